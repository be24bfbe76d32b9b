import { describe, expect, test } from '@jest/globals';
import { iam9 } from '../../src/controls/iam9.js';
import { one } from './control-results.js';
import { denied, snapshot, summary } from './snapshot-builder.js';

describe('IAM.9 MFA should be enabled for the root user', () => {
  test('partition other than aws → NOT_APPLICABLE', () => {
    expect(one(iam9.evaluate(snapshot({ partition: 'aws-us-gov' }))).status).toBe('NOT_APPLICABLE');
    expect(one(iam9.evaluate(snapshot({ partition: 'aws-cn' }))).status).toBe('NOT_APPLICABLE');
  });
  test('AccountPasswordPresent 0 → PASSED, root has no password', () => {
    const finding = one(
      iam9.evaluate(snapshot(summary({ accountMfaEnabled: 0, accountPasswordPresent: 0 }))),
    );
    expect(finding.status).toBe('PASSED');
    expect(finding.message).toMatch(/root has no password/i);
  });
  test('AccountMFAEnabled ≥ 1 → PASSED', () => {
    expect(
      one(iam9.evaluate(snapshot(summary({ accountMfaEnabled: 2, accountPasswordPresent: 1 }))))
        .status,
    ).toBe('PASSED');
  });
  test('AccountMFAEnabled 0 → FAILED, with the account as resource', () => {
    const finding = one(
      iam9.evaluate(snapshot(summary({ accountMfaEnabled: 0, accountPasswordPresent: 1 }))),
    );
    expect(finding).toMatchObject({
      status: 'FAILED',
      severity: 'critical',
      resource: 'arn:aws:iam::123456789012:root',
      resourceType: 'AwsAccount',
    });
  });
  test('AccountPasswordPresent missing → root is taken to have a password', () => {
    expect(one(iam9.evaluate(snapshot(summary({ accountMfaEnabled: 0 })))).status).toBe('FAILED');
  });
  test('AccountMFAEnabled missing → ERROR, never 0 or a pass', () => {
    expect(one(iam9.evaluate(snapshot(summary({ accountPasswordPresent: 1 })))).status).toBe(
      'ERROR',
    );
  });
  test('summary unreadable → ERROR naming the call and the permission', () => {
    const finding = one(iam9.evaluate(snapshot({ summary: denied('iam:GetAccountSummary') })));
    expect(finding.status).toBe('ERROR');
    expect(finding.message).toContain("Add iam:GetAccountSummary to the role's policy");
  });
  test('summary never read → ERROR', () => {
    expect(one(iam9.evaluate(snapshot({ summary: undefined }))).status).toBe('ERROR');
  });
});
