import { describe, expect, test } from '@jest/globals';
import { iam6 } from '../../src/controls/iam6.js';
import { one } from './control-results.js';
import { denied, snapshot, summary } from './snapshot-builder.js';

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
