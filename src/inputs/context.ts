import { existsSync, readFileSync } from 'node:fs';
import type { RunInfo } from '../report/json.js';

// The run's context read from the runner's variables as @actions/github's Context reads them:
// importing @actions/github for this would load Octokit and undici on every start.

/** The workflow run the action is part of, where there is one. */
export function runInfo(env: NodeJS.ProcessEnv): RunInfo | undefined {
  if (!env.GITHUB_REPOSITORY) return undefined;
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = Number.parseInt(env.GITHUB_RUN_ID ?? '', 10);
  const repository = env.GITHUB_REPOSITORY;
  return { repository, runId, url: `${serverUrl}/${repository}/actions/runs/${runId}` };
}

/** Fork pull requests get no OIDC token; the error message says so when this is one. */
export function isForkPullRequest(env: NodeJS.ProcessEnv): boolean {
  const pr = (workflowEvent(env).payload as { pull_request?: unknown }).pull_request as
    { head?: { repo?: { fork?: boolean } } } | undefined;
  return pr?.head?.repo?.fork === true;
}

/** The event that started the workflow, as the runner wrote it (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH). */
export function workflowEvent(env: NodeJS.ProcessEnv): {
  name: string | undefined;
  payload: unknown;
} {
  const path = env.GITHUB_EVENT_PATH;
  let payload: unknown = {};
  if (path) {
    if (existsSync(path)) payload = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    else process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist\n`);
  }
  return { name: env.GITHUB_EVENT_NAME, payload };
}
