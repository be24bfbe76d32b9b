import type { AccountSnapshot, Finding } from '../model.js';
import {
  accountFinding,
  errorFinding,
  notRead,
  PARTITION_NOT_OFFERED,
  securityHubDoc,
  type Control,
  type ControlInfo,
} from './control.js';

const info: ControlInfo = {
  id: 'IAM.6',
  title: 'Hardware MFA should be enabled for the root user',
  severity: 'critical',
  docUrl: securityHubDoc('IAM.6'),
  needs: ['summary', 'rootVirtualDevices'],
  remediation: {
    text:
      'As the root user in the AWS Management Console (Security credentials), register a FIDO security key or a ' +
      'hardware TOTP token, then remove every virtual (authenticator app) MFA device from root. Root MFA cannot be ' +
      'changed from the CLI or API. Verify with: aws iam list-virtual-mfa-devices --assignment-status Assigned ' +
      '(no device whose User.Arn is the root ARN).',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-fido-mfa-for-root.html',
  },
};

export const iam6: Control = { ...info, evaluate };

function evaluate(snapshot: AccountSnapshot): Finding[] {
  const calls = ['iam:GetAccountSummary', 'iam:ListVirtualMFADevices'];
  if (snapshot.partition !== 'aws') {
    return [
      accountFinding(info, snapshot, 'NOT_APPLICABLE', PARTITION_NOT_OFFERED, {
        source: 'live',
        calls: [],
        observed: { partition: snapshot.partition },
      }),
    ];
  }
  const summary = snapshot.summary ?? { ok: false, failure: notRead('iam:GetAccountSummary') };
  if (!summary.ok) return [errorFinding(info, snapshot, summary.failure)];
  const { accountMfaEnabled, accountPasswordPresent } = summary.value;
  if (accountMfaEnabled === 0 && accountPasswordPresent !== 0) {
    return [
      accountFinding(
        info,
        snapshot,
        'FAILED',
        `Root user of ${snapshot.accountId} has no MFA, hardware or virtual.`,
        {
          source: 'live',
          calls: ['iam:GetAccountSummary'],
          observed: {
            AccountMFAEnabled: 0,
            AccountPasswordPresent: accountPasswordPresent ?? null,
          },
        },
      ),
    ];
  }
  // Every pass rests on both sources, so a device list we could not read never becomes a pass.
  const devices = snapshot.rootVirtualDevices ?? {
    ok: false,
    failure: notRead('iam:ListVirtualMFADevices'),
  };
  if (!devices.ok) return [errorFinding(info, snapshot, devices.failure)];
  const observed = {
    AccountMFAEnabled: accountMfaEnabled ?? null,
    AccountPasswordPresent: accountPasswordPresent ?? null,
    rootVirtualMfaDevices: devices.value.length,
  };
  if (devices.value.length > 0) {
    const serials = devices.value.map((device) => device.serialNumber).join(', ');
    return [
      accountFinding(
        info,
        snapshot,
        'FAILED',
        `Root user of ${snapshot.accountId} has a virtual MFA device (${serials}): a phishable code opens the account, whatever hardware key root also has.`,
        { source: 'live', calls, observed: { ...observed, virtualDeviceSerials: serials } },
      ),
    ];
  }
  if (accountPasswordPresent === 0) {
    return [
      accountFinding(
        info,
        snapshot,
        'PASSED',
        'Root has no password: it cannot sign in to the console.',
        { source: 'live', calls, observed },
      ),
    ];
  }
  if (accountMfaEnabled === undefined) {
    return [
      errorFinding(info, snapshot, {
        call: 'iam:GetAccountSummary',
        code: 'MissingSummaryKey',
        message: 'SummaryMap has no AccountMFAEnabled key',
      }),
    ];
  }
  return [
    accountFinding(
      info,
      snapshot,
      'PASSED',
      'Root has MFA and no virtual MFA device: its MFA is hardware (a FIDO key, passkey or hardware token).',
      {
        source: 'live',
        calls,
        observed,
      },
    ),
  ];
}
