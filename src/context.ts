import * as github from '@actions/github';
import type { RunInfo } from './report/json.js';

/** The workflow run the action is part of, where there is one. */
export function runInfo(env: NodeJS.ProcessEnv): RunInfo | undefined {
  if (!env.GITHUB_REPOSITORY) return undefined;
  const { serverUrl, runId } = github.context;
  const repository = env.GITHUB_REPOSITORY;
  return { repository, runId, url: `${serverUrl}/${repository}/actions/runs/${runId}` };
}

/** Fork pull requests get no OIDC token; the error message says so when this is one. */
export function isForkPullRequest(): boolean {
  const pr = github.context.payload.pull_request as
    { head?: { repo?: { fork?: boolean } } } | undefined;
  return pr?.head?.repo?.fork === true;
}

/** The event that started the workflow, as the runner wrote it (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH). */
export function workflowEvent(): { name: string; payload: unknown } {
  return { name: github.context.eventName, payload: github.context.payload };
}
