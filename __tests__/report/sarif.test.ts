import { describe, expect, test } from '@jest/globals';
import { CONTROL_IDS, type AccountResult, type Finding } from '../../src/model.js';
import { buildSarif, MAX_RESULTS_PER_RUN } from '../../src/report/sarif.js';
import { sarifErrors } from './sarif-validator.js';
import * as build from '../model-builders.js';

const finding = (
  control: Finding['control'],
  resource: string,
  status: Finding['status'] = 'FAILED',
  severity: Finding['severity'] = 'medium',
): Finding =>
  build.finding(control, resource, status, {
    severity,
    resourceType: 'AwsIamUser',
    message: `${resource} fails.`,
  });
const account = (findings: Finding[]): AccountResult =>
  build.account(findings, { accountId: '123456789012', alias: 'prod', readAt: 'now' });
const sarif = (accounts: AccountResult[]) =>
  buildSarif({
    accounts,
    controls: CONTROL_IDS,
    version: '0.1.0',
    workflowPath: '.github/workflows/audit.yml',
  }) as {
    runs: Array<{
      results: Array<{
        ruleId: string;
        level: string;
        partialFingerprints: { primaryLocationLineHash: string };
      }>;
      automationDetails: { id: string };
      invocations?: unknown[];
      tool: { driver: { rules: Array<{ id: string; properties: Record<string, unknown> }> } };
    }>;
  };

describe('buildSarif', () => {
  test('validates against the SARIF 2.1.0 schema, with one rule per control and security-severity', () => {
    const doc = sarif([
      account([
        finding('IAM.9', 'arn:aws:iam::123456789012:root', 'FAILED', 'critical'),
        finding('IAM.19', 'arn:aws:iam::123456789012:user/bob'),
        finding('IAM.5', 'arn:aws:iam::123456789012:user/bob', 'PASSED'),
      ]),
    ]);
    expect(sarifErrors(doc)).toEqual([]);
    const run = doc.runs[0];
    expect(run?.tool.driver.rules.map((r) => r.id)).toEqual(CONTROL_IDS);
    expect(run?.tool.driver.rules[0]?.properties).toMatchObject({
      tags: expect.arrayContaining(['security']),
      'security-severity': '9.5',
    });
    expect(run?.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['IAM.9', 'error'],
      ['IAM.19', 'warning'],
    ]);
    expect(run?.automationDetails.id).toBe('iam-mfa-audit/aws/123456789012/');
  });

  test('fingerprints are stable for a resource and distinct across resources and controls', () => {
    const first = sarif([
      account([finding('IAM.19', 'u/a'), finding('IAM.19', 'u/b'), finding('IAM.5', 'u/a')]),
    ]).runs[0]?.results.map((r) => r.partialFingerprints.primaryLocationLineHash);
    const again = sarif([
      account([finding('IAM.19', 'u/a'), finding('IAM.19', 'u/b'), finding('IAM.5', 'u/a')]),
    ]).runs[0]?.results.map((r) => r.partialFingerprints.primaryLocationLineHash);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(3);
  });

  test("keeps code scanning's 5,000 results per run, most severe first, and says how many were left out", () => {
    const many = Array.from({ length: 6000 }, (_, i) => finding('IAM.19', `u/${i}`));
    const doc = sarif([account([...many, finding('IAM.9', 'root', 'FAILED', 'critical')])]);
    expect(sarifErrors(doc)).toEqual([]);
    expect(doc.runs[0]?.results).toHaveLength(MAX_RESULTS_PER_RUN);
    expect(doc.runs[0]?.results[0]?.ruleId).toBe('IAM.9');
    expect(JSON.stringify(doc.runs[0]?.invocations)).toContain('1001 more findings were left out');
  });
});

describe('a run that did not finish is never read as clean (issue 21.6)', () => {
  const withProblems = (accounts: AccountResult[], problems: string[]) =>
    buildSarif({
      accounts,
      controls: CONTROL_IDS,
      version: '0.1.0',
      workflowPath: '.github/workflows/audit.yml',
      problems,
    }) as { runs: Array<{ results: unknown[]; invocations: unknown[] }> };

  test('nothing judged: one run, no results, an invocation that did not succeed, saying why', () => {
    const out = withProblems([], ['merge-reports "shards/*.json" matched no file']);
    expect(sarifErrors(out)).toEqual([]);
    expect(out.runs).toHaveLength(1);
    expect(out.runs[0]?.results).toEqual([]);
    expect(out.runs[0]?.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          { level: 'error', message: { text: 'merge-reports "shards/*.json" matched no file' } },
        ],
      },
    ]);
  });

  test('a finished run says it succeeded, with nothing to notify', () => {
    const out = withProblems(
      [account([finding('IAM.19', 'arn:aws:iam::123456789012:user/bob')])],
      [],
    );
    expect(out.runs[0]?.invocations).toEqual([{ executionSuccessful: true }]);
  });
});
