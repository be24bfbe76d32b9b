import { describe, expect, test } from '@jest/globals';
import { iam19 } from '../../src/controls/iam19.js';
import { statuses } from './control-results.js';
import { denied, user, withUsers } from './snapshot-builder.js';

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
