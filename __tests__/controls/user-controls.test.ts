import { describe, expect, test } from '@jest/globals';
import { iam19 } from '../../src/controls/iam19.js';
import { iam5 } from '../../src/controls/iam5.js';
import { denied, snapshot, user, withUsers } from './snapshot-builder.js';

const statuses = (findings: ReturnType<typeof iam5.evaluate>) =>
  findings.map((f) => [f.resource.split(/[/:]/).pop(), f.status]);

describe('IAM.5 MFA should be enabled for all IAM users that have a console password', () => {
  test('password and no MFA → FAILED; password and MFA → PASSED; no password → PASSED', () => {
    const findings = iam5.evaluate(
      withUsers(
        user('pw-no-mfa', false, true),
        user('pw-mfa', true, true),
        user('no-pw', false, false),
      ),
    );
    expect(statuses(findings)).toEqual([
      ['pw-no-mfa', 'FAILED'],
      ['pw-mfa', 'PASSED'],
      ['no-pw', 'PASSED'],
    ]);
    expect(findings[0]).toMatchObject({
      resourceType: 'AwsIamUser',
      severity: 'medium',
      resource: 'arn:aws:iam::123456789012:user/pw-no-mfa',
    });
  });
  test('a user without MFA whose password state is unknown → ERROR, never a pass', () => {
    expect(statuses(iam5.evaluate(withUsers(user('x', false, null))))).toEqual([['root', 'ERROR']]);
  });
  test("one user's unreadable login profile → one ERROR for the account", () => {
    const facts = user('x', false, true);
    facts.password = denied('iam:GetLoginProfile');
    const findings = iam5.evaluate(withUsers(user('ok', true, true), facts));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      status: 'ERROR',
      resource: 'arn:aws:iam::123456789012:root',
    });
    expect(findings[0]?.message).toContain('iam:GetLoginProfile');
  });
  test('no IAM users → no findings', () => {
    expect(iam5.evaluate(withUsers())).toEqual([]);
  });
  test('users unreadable → one ERROR', () => {
    expect(statuses(iam5.evaluate(snapshot({ users: denied('iam:ListUsers') })))).toEqual([
      ['root', 'ERROR'],
    ]);
  });
});

describe('IAM.19 MFA should be enabled for all IAM users', () => {
  test('no MFA → FAILED whether or not the user has a password; MFA → PASSED', () => {
    const findings = iam19.evaluate(
      withUsers(user('pw', false, true), user('keys-only', false, false), user('mfa', true, null)),
    );
    expect(statuses(findings)).toEqual([
      ['pw', 'FAILED'],
      ['keys-only', 'FAILED'],
      ['mfa', 'PASSED'],
    ]);
  });
  test('a pass from the report says how old the report is; a live override says the report is out of date', () => {
    const fromReport = user('old', true, true, 'credential-report');
    const overridden = user('fixed', true, true);
    if (overridden.mfa.ok) overridden.mfa.value.reportSaid = false;
    const [first, second] = iam19.evaluate(withUsers(fromReport, overridden));
    expect(first?.evidence).toMatchObject({
      source: 'credential-report',
      note: 'from the credential report of 2026-11-22T08:00:00.000Z',
    });
    expect(second?.evidence.source).toBe('live');
    expect(second?.evidence.note).toMatch(
      /credential report of 2026-11-22T08:00:00.000Z is out of date: mfaActive was false, IAM now says true/,
    );
  });
  test("one user's unreadable MFA devices → one ERROR for the account", () => {
    const facts = user('x', false, true);
    facts.mfa = denied('iam:ListMFADevices');
    expect(statuses(iam19.evaluate(withUsers(user('a', true, true), facts)))).toEqual([
      ['root', 'ERROR'],
    ]);
  });
});
