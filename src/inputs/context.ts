import { existsSync, readFileSync } from 'node:fs';

// The run's context read from the runner's variables as @actions/github's Context reads them:
// importing @actions/github for this would load Octokit and undici on every start.

/** The workflow run the action is part of, recorded in the JSON report. */
export interface RunInfo {
  repository?: string;
  runId?: number;
  /** GITHUB_RUN_ATTEMPT: a re-run of failed jobs keeps the run id and raises the attempt. */
  attempt?: number;
  url?: string;
}

/** What the reports say of where they were made: the run, its event, its workflow file, this action. */
export interface RunContext {
  run?: RunInfo;
  /** GITHUB_EVENT_NAME: a pull request's check says what it reads. */
  eventName?: string;
  /** The workflow file that ran the action: a cloud finding has no line of code for SARIF. */
  workflowPath: string;
  /** This action's repository page, where the runner names it. */
  actionUrl?: string;
}

export function runContext(env: NodeJS.ProcessEnv): RunContext {
  return {
    run: runInfo(env),
    eventName: env.GITHUB_EVENT_NAME,
    workflowPath: workflowPathOf(env.GITHUB_WORKFLOW_REF),
    actionUrl: env.GITHUB_ACTION_REPOSITORY
      ? `${serverUrl(env)}/${env.GITHUB_ACTION_REPOSITORY}`
      : undefined,
  };
}

/** The workflow run the action is part of, where there is one. */
export function runInfo(env: NodeJS.ProcessEnv): RunInfo | undefined {
  if (!env.GITHUB_REPOSITORY) return undefined;
  const runId = Number.parseInt(env.GITHUB_RUN_ID ?? '', 10);
  const attempt = Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '', 10);
  const repository = env.GITHUB_REPOSITORY;
  return {
    repository,
    runId,
    ...(Number.isInteger(attempt) ? { attempt } : {}),
    url: `${serverUrl(env)}/${repository}/actions/runs/${runId}`,
  };
}

/** GitHub's web address: github.com, or the GitHub Enterprise Server the run is on. */
function serverUrl(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_SERVER_URL ?? 'https://github.com';
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

/** `owner/repo/.github/workflows/audit.yml@refs/heads/main` → `.github/workflows/audit.yml`. */
export function workflowPathOf(workflowRef: string | undefined): string {
  const match = /^[^/]+\/[^/]+\/(.+?)@/.exec(workflowRef ?? '');
  return match?.[1] ?? '.github/workflows';
}
