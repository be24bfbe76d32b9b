import { describe, expect, test } from '@jest/globals';
import { CONTROL_IDS, type AccountResult, type Finding } from '../../src/model.js';
import {
  accountsTable,
  organizationHeadline,
  sortWorstFirst,
} from '../../src/report/organization-summary.js';
import * as build from '../model-builders.js';

const finding = (
  control: Finding['control'],
  status: Finding['status'],
  extra: Partial<Finding> = {},
): Finding => build.finding(control, 'arn:aws:iam::111122223333:root', status, extra);
const passing = CONTROL_IDS.map((c) => finding(c, 'PASSED'));
const account = (
  id: string,
  findings: Finding[],
  extra: Partial<AccountResult> = {},
): AccountResult =>
  build.account(findings, { accountId: id, readAt: '2026-11-29T06:17:00.000Z', ...extra });

const clean = account('100000000001', passing);
const rootless = account('100000000002', [finding('IAM.9', 'FAILED'), ...passing.slice(1)], {
  alias: 'legacy',
});
const users = account('100000000003', [
  ...passing.slice(0, 3),
  finding('IAM.19', 'FAILED', { resourceType: 'AwsIamUser' }),
]);
const unjudged = account(
  '100000000004',
  CONTROL_IDS.map((c) => finding(c, 'ERROR')),
  { status: 'not-judged' },
);
const skipped = account('100000000005', [], {
  status: 'skipped',
  skippedReason: 'Organizations state SUSPENDED',
});

describe('organizationHeadline', () => {
  test('the verdict across accounts: by worst severity, not judged and skipped apart', () => {
    const { mark, text, details } = organizationHeadline([
      clean,
      rootless,
      users,
      unjudged,
      skipped,
    ]);
    expect(mark).toBe('❌');
    // One short line; the accounts it counts are named in the details under it.
    expect(text).toBe('2 of 4 accounts fail a control, 1 not judged');
    expect(details).toEqual([
      '1 fails a critical control: 100000000002 (legacy): IAM.9',
      '1 fails at worst a medium control: 100000000003: IAM.19',
      '1 account was not judged',
      '1 skipped',
    ]);
  });

  test('never a pass while an account was not judged', () => {
    expect(organizationHeadline([clean, unjudged])).toMatchObject({
      mark: '⚠️',
      text: '1 of 2 not judged',
    });
  });

  test('a pass says so, and says what exceptions accepted', () => {
    expect(organizationHeadline([clean, skipped])).toEqual({
      mark: '✅',
      text: 'every selected control passed on the one account (1 skipped)',
      details: [],
    });
    const accepted = account('100000000006', [
      finding('IAM.9', 'FAILED', { exception: { reason: 'r', expires: '2099-01-01' } }),
      ...passing.slice(1),
    ]);
    // ☑️, as an accepted cell of the users table: ✅ would say nothing fails.
    expect(organizationHeadline([clean, accepted])).toMatchObject({
      mark: '☑️',
      text: 'every selected control passed on all 2 accounts, with 1 finding accepted by exception (1 critical)',
    });
  });

  test('nothing judged is never a pass: every account skipped, or none at all', () => {
    expect(organizationHeadline([skipped])).toMatchObject({
      mark: '⚠️',
      text: 'no account was judged (1 skipped)',
    });
    expect(organizationHeadline([]).mark).toBe('⚠️');
  });
});

describe('accounts table', () => {
  test('worst first: critical failures, not judged, errors, other failures, passes, skipped', () => {
    expect(
      sortWorstFirst([skipped, clean, users, unjudged, rootless], CONTROL_IDS).map(
        (a) => a.accountId,
      ),
    ).toEqual(['100000000002', '100000000004', '100000000003', '100000000001', '100000000005']);
  });

  test('rows stop at the budget and the rest are counted, never silently dropped', () => {
    const many = Array.from({ length: 500 }, (_, i) => account(String(200000000000 + i), passing));
    const budget = { left: 10_000, cut: false };
    const text = accountsTable(many, CONTROL_IDS, budget);
    expect(budget.cut).toBe(true);
    expect(Buffer.byteLength(text)).toBeLessThan(12_000);
    expect(text).toMatch(/…and \d+ more accounts, every one in the JSON report\./);
  });
});

describe('a cell per control', () => {
  test('failing IAM users and failing user pools are counted; the root controls are the account', () => {
    const pool = (id: string, status: Finding['status']) =>
      build.finding(
        'Cognito.5',
        `arn:aws:cognito-idp:eu-west-1:100000000006:userpool/${id}`,
        status,
        {
          resourceType: 'AwsCognitoUserPool',
        },
      );
    const pools = account('100000000006', [
      finding('IAM.9', 'FAILED'),
      pool('eu-west-1_a', 'FAILED'),
      pool('eu-west-1_b', 'FAILED'),
      pool('eu-west-1_c', 'PASSED'),
    ]);
    const table = accountsTable([pools], ['IAM.9', 'Cognito.5'], { left: 10_000, cut: false });
    expect(table).toContain('| <code>100000000006</code> |  | ❌ | ❌ 2 |');
  });
});
