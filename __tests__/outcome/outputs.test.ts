// Every output of action.yml, pinned to its value: the accounts-* counts at the fail-on threshold,
// and each other output from what the run hands stepOutputs (README "Outputs").
import { describe, expect, test } from '@jest/globals';
import type { ExceptionEntry } from '../../src/inputs/exceptions.js';
import type { AccountResult, Finding } from '../../src/model.js';
import type { FailOn } from '../../src/inputs/config.js';
import { decideOutcome, withRunProblems } from '../../src/outcome/outcome.js';
import { stepOutputs } from '../../src/outcome/outputs.js';
import { diffBaseline } from '../../src/scheduled/baseline.js';
import { applyExceptions } from '../../src/scheduled/exceptions.js';
import type { RunChanges } from '../../src/scheduled/run-changes.js';
import { account, finding } from '../model-builders.js';

const ID = '111122223333';
const ROOT = `arn:aws:iam::${ID}:root`;
const user = (name: string) => `arn:aws:iam::${ID}:user/${name}`;
const rootPasses = (): Finding[] =>
  (['IAM.9', 'IAM.6', 'IAM.4'] as const).map((c) => finding(c, ROOT, 'PASSED'));
/** An account whose root passes and whose user bob fails IAM.19 (medium). */
const bobFails = (accountId = ID, rest: Partial<Finding> = {}) =>
  account(
    [...rootPasses(), finding('IAM.19', `arn:aws:iam::${accountId}:user/bob`, 'FAILED', rest)],
    { accountId },
  );
const notJudged = (accountId: string) =>
  account(
    (['IAM.9', 'IAM.6', 'IAM.4', 'IAM.5', 'IAM.19'] as const).map((c) =>
      finding(c, `arn:aws:iam::${accountId}:root`, 'ERROR'),
    ),
    { accountId, status: 'not-judged' },
  );
const skipped = (accountId: string) =>
  account([], { accountId, status: 'skipped', skippedReason: 'SUSPENDED' });

function outputsOf(
  accounts: AccountResult[],
  failOn: FailOn,
  more: Partial<Parameters<typeof stepOutputs>[0]> = {},
  runProblems: string[] = [],
) {
  return stepOutputs({
    outcome: withRunProblems(decideOutcome(accounts, failOn), runProblems),
    reportPath: '/tmp/iam-mfa-audit.json',
    ...more,
  });
}

describe('accounts-failed: audited accounts with a FAILED finding at or above fail-on', () => {
  test('a medium FAILED finding counts at fail-on medium and low, not at high or critical', () => {
    const accounts = [bobFails()];
    expect(outputsOf(accounts, 'low')['accounts-failed']).toBe(1);
    expect(outputsOf(accounts, 'medium')['accounts-failed']).toBe(1);
    expect(outputsOf(accounts, 'high')['accounts-failed']).toBe(0);
    expect(outputsOf(accounts, 'critical')['accounts-failed']).toBe(0);
  });

  test('a critical FAILED root counts at fail-on critical: at the threshold, not only above it', () => {
    const rootless = account([
      finding('IAM.9', ROOT, 'FAILED'),
      finding('IAM.6', ROOT, 'FAILED'),
      finding('IAM.4', ROOT, 'PASSED'),
    ]);
    expect(outputsOf([rootless], 'critical')['accounts-failed']).toBe(1);
  });

  test('an accepted finding does not count, though it stays FAILED and counts as a finding', () => {
    const accepted = bobFails(ID, { exception: { reason: 'break-glass', expires: '2027-01-31' } });
    const outputs = outputsOf([accepted], 'medium');
    expect(outputs['accounts-failed']).toBe(0);
    expect(outputs['accounts-audited']).toBe(1);
    expect(outputs.medium).toBe(1);
    expect(outputs.result).toBe('passed');
  });

  test('an account counts once however many of its findings fail; each failing account counts', () => {
    const twice = account([
      finding('IAM.9', ROOT, 'FAILED'),
      finding('IAM.5', user('bob'), 'FAILED'),
      finding('IAM.19', user('bob'), 'FAILED'),
    ]);
    const outputs = outputsOf(
      [twice, bobFails('222233334444'), account(rootPasses(), { accountId: '333344445555' })],
      'medium',
    );
    expect(outputs['accounts-failed']).toBe(2);
    expect(outputs['accounts-audited']).toBe(3);
  });

  test('an unjudged account counts in accounts-not-judged, never in accounts-audited or accounts-failed', () => {
    const outputs = outputsOf([bobFails(), notJudged('222233334444')], 'critical');
    expect(outputs).toMatchObject({
      result: 'failed',
      'accounts-audited': 1,
      'accounts-failed': 0,
      'accounts-not-judged': 1,
      'accounts-skipped': 0,
    });
  });

  test('an audited account with one control not judged (ERROR) is audited, and not failed: ERROR is not FAILED', () => {
    const partly = account([...rootPasses(), finding('IAM.19', ROOT, 'ERROR')]);
    const outputs = outputsOf([partly], 'low');
    expect(outputs['accounts-audited']).toBe(1);
    expect(outputs['accounts-failed']).toBe(0);
    expect(outputs.result).toBe('failed');
  });

  test('with fail-on none, an account with any FAILED finding counts (the step does not fail)', () => {
    const outputs = outputsOf(
      [bobFails(), account(rootPasses(), { accountId: '222233334444' })],
      'none',
    );
    expect(outputs['accounts-failed']).toBe(1);
    expect(outputs.result).toBe('passed');
  });
});

describe('the other outputs', () => {
  test('accounts-audited, accounts-not-judged and accounts-skipped count each account by how it ended', () => {
    const outputs = outputsOf(
      [
        account(rootPasses(), { accountId: '100000000001' }),
        bobFails('100000000002'),
        notJudged('100000000003'),
        notJudged('100000000004'),
        skipped('100000000005'),
        skipped('100000000006'),
        skipped('100000000007'),
      ],
      'critical',
    );
    expect(outputs).toMatchObject({
      'accounts-audited': 2,
      'accounts-not-judged': 2,
      'accounts-skipped': 3,
    });
  });

  test('critical, high, medium and low count FAILED and ERROR findings, not people and not passes', () => {
    const accounts = [
      account([
        finding('IAM.9', ROOT, 'FAILED'),
        finding('IAM.6', ROOT, 'ERROR'),
        finding('IAM.4', ROOT, 'PASSED'),
        // One user failing two controls: two findings.
        finding('IAM.5', user('bob'), 'FAILED'),
        finding('IAM.19', user('bob'), 'FAILED'),
        finding('IAM.19', user('carol'), 'PASSED'),
        finding('IAM.19', user('dave'), 'NOT_APPLICABLE'),
      ]),
      account(
        [finding('IAM.4', `arn:aws:iam::222233334444:root`, 'FAILED', { severity: 'high' })],
        {
          accountId: '222233334444',
        },
      ),
      account([finding('IAM.19', user('eve'), 'FAILED', { severity: 'low' })], {
        accountId: '333344445555',
      }),
    ];
    expect(outputsOf(accounts, 'none')).toMatchObject({ critical: 2, high: 1, medium: 2, low: 1 });
  });

  test('result is the outcome: passed, failed at fail-on, incomplete with fail-on none and an ERROR', () => {
    expect(outputsOf([account(rootPasses())], 'low').result).toBe('passed');
    expect(outputsOf([bobFails()], 'medium').result).toBe('failed');
    expect(outputsOf([bobFails()], 'high').result).toBe('passed');
    expect(outputsOf([notJudged(ID)], 'none').result).toBe('incomplete');
  });

  test('result is failed when the run has a problem of its own (a report file not written), whatever the findings say', () => {
    expect(outputsOf([account(rootPasses())], 'critical').result).toBe('passed');
    expect(
      outputsOf([account(rootPasses())], 'critical', {}, ['Could not write the JSON report'])
        .result,
    ).toBe('failed');
  });

  test('artifact-name names the shard, so that no two shards upload the same artifact', () => {
    expect(outputsOf([], 'critical')['artifact-name']).toBe('iam-mfa-audit');
    expect(outputsOf([], 'critical', { shard: { index: 2, count: 4 } })['artifact-name']).toBe(
      'iam-mfa-audit-shard-2-of-4',
    );
  });

  test('report-path is the report written; sarif-path is the SARIF file, or empty without one', () => {
    const without = outputsOf([], 'critical', { reportPath: '/runner/tmp/a.json' });
    expect(without['report-path']).toBe('/runner/tmp/a.json');
    expect(without['sarif-path']).toBe('');
    expect(outputsOf([], 'critical', { sarifPath: 'results/a.sarif' })['sarif-path']).toBe(
      'results/a.sarif',
    );
  });

  test('excepted counts the FAILED findings an exception accepted; 0 without exceptions', () => {
    const entry = (position: number, resource: string, expires: string): ExceptionEntry => ({
      position,
      controls: ['IAM.19'],
      resource,
      reason: 'service account',
      expires,
    });
    const applied = applyExceptions(
      [
        account([
          finding('IAM.19', user('bob'), 'FAILED'),
          finding('IAM.19', user('carol'), 'FAILED'),
          finding('IAM.19', user('dave'), 'PASSED'),
        ]),
      ],
      // bob's is accepted; carol's expired yesterday; dave passes (an exception never touches a pass).
      [
        entry(1, 'bob', '2026-12-01'),
        entry(2, 'carol', '2026-11-30'),
        entry(3, 'dave', '2026-12-01'),
      ],
      '2026-12-01',
    );
    const changes: RunChanges = {
      excepted: applied.excepted,
      expired: applied.expired,
      unused: applied.unused,
    };
    const outputs = stepOutputs({
      outcome: decideOutcome(applied.accounts, 'medium'),
      reportPath: 'r',
      changes,
    });
    expect(outputs.excepted).toBe(1);
    expect(outputs['accounts-failed']).toBe(1);
    expect(outputsOf([bobFails()], 'medium').excepted).toBe(0);
  });

  test('new-findings and fixed-findings count the diff with the baseline; empty without a baseline', () => {
    expect(outputsOf([bobFails()], 'medium')['new-findings']).toBe('');
    expect(outputsOf([bobFails()], 'medium')['fixed-findings']).toBe('');
    const now = account([
      ...rootPasses(),
      finding('IAM.19', user('bob'), 'FAILED'), // failed before too: neither new nor fixed
      finding('IAM.19', user('carol'), 'FAILED'), // new
      finding('IAM.19', user('dave'), 'ERROR'), // new: ERROR counts as flagged
      finding('IAM.19', user('erin'), 'PASSED'), // fixed: passes now
    ]);
    const before = (resource: string, status: Finding['status']) => ({
      control: 'IAM.19',
      accountId: ID,
      resource,
      status,
    });
    const { accounts, diff } = diffBaseline(
      [now],
      {
        generatedAt: '2026-11-28T06:00:00.000Z',
        findings: [
          before(user('bob'), 'FAILED'),
          before(user('erin'), 'FAILED'),
          before(user('frank'), 'FAILED'), // gone now, but IAM.19 has an ERROR: unknown, not fixed
        ],
      },
      '2026-11-29T06:00:00.000Z',
      ['IAM.19'],
    );
    const changes: RunChanges = { excepted: 0, expired: [], unused: [], ...(diff ? { diff } : {}) };
    const outputs = stepOutputs({
      outcome: decideOutcome(accounts, 'medium'),
      reportPath: 'r',
      changes,
    });
    expect(outputs['new-findings']).toBe(2);
    expect(outputs['fixed-findings']).toBe(1);
    expect(diff?.unknownNow.map((f) => f.resource)).toEqual([user('frank')]);
  });
});
