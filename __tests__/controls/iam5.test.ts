import { describe, expect, test } from '@jest/globals';
import { iam5 } from '../../src/controls/iam5.js';
import { statuses } from './control-results.js';
import { denied, snapshot, user, withUsers } from './snapshot-builder.js';

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
