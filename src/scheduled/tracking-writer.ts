// The tracking issue at the edge: the token, @actions/github's Octokit, and warnings instead of failures.
import * as core from '@actions/core';
import { provideUndici } from '../runtime/undici-slot.js';
import { syncTrackingIssue, trackingFailure, type TrackingInput } from './tracking-issue.js';

/** Brings the tracking issue in step; any failure is a warning, and the audit's result stands. */
export async function writeTrackingIssue(
  token: string,
  input: Omit<TrackingInput, 'repository'>,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  if (!env.GITHUB_REPOSITORY) {
    core.warning(
      'tracking-issue was not updated: GITHUB_REPOSITORY is not set (not a GitHub run).',
    );
    return;
  }
  if (!token) {
    core.warning(
      'tracking-issue was not updated: github-token is empty; leave it at its default (the workflow token) and give the job `permissions: issues: write`.',
    );
    return;
  }
  core.setSecret(token);
  try {
    // Octokit and undici are loaded only for a run that keeps a tracking issue: start-up stays small.
    const [github] = await Promise.all([import('@actions/github'), provideUndici()]);
    const octokit = github.getOctokit(token, {
      baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
      request: { retries: 0 },
    });
    const { action, number } = await syncTrackingIssue(octokit as never, {
      ...input,
      repository: env.GITHUB_REPOSITORY,
    });
    core.info(`tracking-issue: ${action}${number ? ` #${number}` : ''}`);
  } catch (error) {
    core.warning(trackingFailure(error).replaceAll(token, '***'));
  }
}
