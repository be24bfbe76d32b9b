import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@jest/globals';
import {
  isForkPullRequest,
  runContext,
  runInfo,
  workflowEvent,
  workflowPathOf,
} from '../../src/inputs/context.js';

const eventFile = (payload: unknown): string => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'context-')), 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return file;
};

test('a pull request from a fork is told apart from one of the same repository', () => {
  const fork = eventFile({ pull_request: { head: { repo: { fork: true } } } });
  const same = eventFile({ pull_request: { head: { repo: { fork: false } } } });
  expect(isForkPullRequest({ GITHUB_EVENT_PATH: fork })).toBe(true);
  expect(isForkPullRequest({ GITHUB_EVENT_PATH: same })).toBe(false);
  expect(isForkPullRequest({})).toBe(false);
});

test('the event is the runner’s name and payload; a run off GitHub has none', () => {
  const file = eventFile({ action: 'iam-mfa-change' });
  expect(
    workflowEvent({ GITHUB_EVENT_NAME: 'repository_dispatch', GITHUB_EVENT_PATH: file }),
  ).toEqual({ name: 'repository_dispatch', payload: { action: 'iam-mfa-change' } });
  expect(workflowEvent({})).toEqual({ name: undefined, payload: {} });
});

test('the run link uses the server, repository and run id the runner sets', () => {
  expect(
    runInfo({
      GITHUB_REPOSITORY: 'acme/audit',
      GITHUB_RUN_ID: '42',
      GITHUB_SERVER_URL: 'https://ghe.example.com',
    }),
  ).toEqual({
    repository: 'acme/audit',
    runId: 42,
    url: 'https://ghe.example.com/acme/audit/actions/runs/42',
  });
  expect(runInfo({})).toBeUndefined();
});

test('the workflow path comes from GITHUB_WORKFLOW_REF', () => {
  expect(workflowPathOf('octo-org/octo-repo/.github/workflows/audit.yml@refs/heads/main')).toBe(
    '.github/workflows/audit.yml',
  );
  expect(workflowPathOf(undefined)).toBe('.github/workflows');
});

test("the run's context: the run, its event, its workflow file and this action's page", () => {
  expect(
    runContext({
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_RUN_ID: '42',
      GITHUB_SERVER_URL: 'https://ghe.example.com',
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/audit.yml@refs/heads/main',
      GITHUB_ACTION_REPOSITORY: 'iam-mfa-audit/iam-mfa-audit',
    }),
  ).toEqual({
    run: {
      repository: 'octo-org/octo-repo',
      runId: 42,
      url: 'https://ghe.example.com/octo-org/octo-repo/actions/runs/42',
    },
    eventName: 'schedule',
    workflowPath: '.github/workflows/audit.yml',
    actionUrl: 'https://ghe.example.com/iam-mfa-audit/iam-mfa-audit',
  });
  expect(runContext({})).toEqual({ workflowPath: '.github/workflows' });
});
