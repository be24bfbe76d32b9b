import { describe, expect, test } from '@jest/globals';
import { iam4 } from '../../src/controls/iam4.js';
import { iam6 } from '../../src/controls/iam6.js';
import { iam9 } from '../../src/controls/iam9.js';
import { denied, snapshot } from './snapshot-builder.js';

const summary = (value: {
  accountMfaEnabled?: number;
  accountPasswordPresent?: number;
  accountAccessKeysPresent?: number;
}) => ({ summary: { ok: true as const, value } });
const one = (findings: ReturnType<typeof iam9.evaluate>) => {
  expect(findings).toHaveLength(1);
  return findings[0] as (typeof findings)[number];
};

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

describe('IAM.6 Hardware MFA should be enabled for the root user', () => {
  const device = {
    rootVirtualDevices: {
      ok: true as const,
      value: [{ serialNumber: 'arn:aws:iam::123456789012:mfa/backup-phone' }],
    },
  };
  test('partition other than aws → NOT_APPLICABLE', () => {
    expect(one(iam6.evaluate(snapshot({ partition: 'aws-cn' }))).status).toBe('NOT_APPLICABLE');
  });
  test('AccountPasswordPresent 0 → PASSED, root has no password', () => {
    expect(
      one(iam6.evaluate(snapshot(summary({ accountMfaEnabled: 0, accountPasswordPresent: 0 }))))
        .status,
    ).toBe('PASSED');
  });
  test('AccountMFAEnabled 0 → FAILED, root has no MFA', () => {
    const finding = one(
      iam6.evaluate(snapshot(summary({ accountMfaEnabled: 0, accountPasswordPresent: 1 }))),
    );
    expect(finding.status).toBe('FAILED');
    expect(finding.message).toMatch(/no MFA/);
  });
  test('a virtual device assigned to root → FAILED even with a hardware key, naming the serial', () => {
    const finding = one(
      iam6.evaluate(
        snapshot({ ...summary({ accountMfaEnabled: 1, accountPasswordPresent: 1 }), ...device }),
      ),
    );
    expect(finding.status).toBe('FAILED');
    expect(finding.message).toContain('arn:aws:iam::123456789012:mfa/backup-phone');
  });
  test('MFA and no virtual device → PASSED (hardware)', () => {
    expect(one(iam6.evaluate(snapshot())).status).toBe('PASSED');
  });
  test('either source unreadable → ERROR, never a pass', () => {
    expect(one(iam6.evaluate(snapshot({ summary: denied('iam:GetAccountSummary') }))).status).toBe(
      'ERROR',
    );
    const finding = one(
      iam6.evaluate(snapshot({ rootVirtualDevices: denied('iam:ListVirtualMFADevices') })),
    );
    expect(finding.status).toBe('ERROR');
    expect(finding.message).toContain('iam:ListVirtualMFADevices');
  });

  test('root without a password passes before the device rule, naming leftover virtual devices', () => {
    const noPassword = summary({ accountMfaEnabled: 1, accountPasswordPresent: 0 });
    const leftover = one(
      iam6.evaluate(
        snapshot({
          ...noPassword,
          rootVirtualDevices: {
            ok: true,
            value: [{ serialNumber: 'arn:aws:iam::1:mfa/old-phone' }],
          },
        }),
      ),
    );
    expect(leftover.status).toBe('PASSED');
    expect(leftover.message).toMatch(/no password/);
    expect(leftover.evidence.observed.leftoverVirtualDeviceSerials).toBe(
      'arn:aws:iam::1:mfa/old-phone',
    );
    expect(leftover.evidence.note).toMatch(/old-phone.*remove/);
    // The verdict does not rest on the device list: root cannot sign in at all.
    expect(
      one(iam6.evaluate(snapshot({ ...noPassword, rootVirtualDevices: undefined }))).status,
    ).toBe('PASSED');
  });
});

describe('IAM.4 IAM root user access key should not exist', () => {
  test("AccountAccessKeysPresent ≥ 1 → FAILED, with the report's key details in the evidence", () => {
    const finding = one(
      iam4.evaluate(
        snapshot({
          ...summary({ accountMfaEnabled: 1, accountAccessKeysPresent: 1 }),
          rootAccessKeys: [
            {
              key: 1,
              active: false,
              lastRotated: '2024-01-01T00:00:00+00:00',
              lastUsed: '2025-05-05T00:00:00+00:00',
            },
            { key: 2, active: false },
          ],
        }),
      ),
    );
    expect(finding.status).toBe('FAILED');
    expect(finding.message).toContain('key 1 inactive, last used 2025-05-05');
    expect(finding.message).not.toContain('key 2');
    expect(finding.evidence.observed).toMatchObject({
      AccountAccessKeysPresent: 1,
      accessKey1Active: false,
    });
  });
  test('AccountAccessKeysPresent 0 → PASSED', () => {
    expect(one(iam4.evaluate(snapshot())).status).toBe('PASSED');
  });
  test('applies in every partition', () => {
    expect(
      one(
        iam4.evaluate(
          snapshot({ partition: 'aws-us-gov', ...summary({ accountAccessKeysPresent: 1 }) }),
        ),
      ).status,
    ).toBe('FAILED');
  });
  test('unreadable or missing key → ERROR', () => {
    expect(one(iam4.evaluate(snapshot({ summary: denied('iam:GetAccountSummary') }))).status).toBe(
      'ERROR',
    );
    expect(one(iam4.evaluate(snapshot(summary({ accountMfaEnabled: 1 })))).status).toBe('ERROR');
  });
});
