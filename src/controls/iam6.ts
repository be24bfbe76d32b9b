import {
  accountLabel,
  type AccountSnapshot,
  type Finding,
  type FindingEvidence,
  type RootSessionFacts,
} from '../model.js';
import {
  accountFinding,
  errorFinding,
  notRead,
  securityHubDoc,
  type Control,
  type ControlInfo,
} from './control.js';
import {
  outsideAwsPartition,
  rootHasNoPassword,
  summaryCount,
  summaryOf,
  unknownSummaryValue,
} from './root-findings.js';
import {
  deviceCounts,
  devicesInWords,
  rootSessionEvidence,
  rootSessionFacts,
  withRefusal,
} from './root-session-findings.js';

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
      'changed from the CLI or API.',
    verify:
      'aws iam list-virtual-mfa-devices --assignment-status Assigned --query "VirtualMFADevices[?ends_with(User.Arn, \':root\')].SerialNumber"  # empty when none',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-fido-mfa-for-root.html',
  },
};

export const iam6: Control = { ...info, evaluate };

function evaluate(snapshot: AccountSnapshot): Finding[] {
  const notOffered = outsideAwsPartition(info, snapshot);
  if (notOffered) return notOffered;
  const facts = rootSessionFacts(snapshot);
  if (facts) return fromRootSession(snapshot, facts);
  return withRefusal(inAccount(snapshot), snapshot);
}

/** Root's own device list decides: any virtual device fails, whatever hardware root also has. */
function fromRootSession(snapshot: AccountSnapshot, facts: RootSessionFacts): Finding[] {
  const virtual = facts.devices.filter((device) => device.type === 'virtual');
  const serials = virtual.map((device) => device.serialNumber).join(', ');
  const evidence = rootSessionEvidence(facts, ['iam:GetLoginProfile', 'iam:ListMFADevices'], {
    rootPassword: facts.loginProfile,
    ...deviceCounts(facts.devices),
    ...(facts.devices.length > 0 ? { rootMfaDeviceSerials: devicesInWords(facts.devices) } : {}),
  });
  if (!facts.loginProfile) {
    if (virtual.length === 0) return rootHasNoPassword(info, snapshot, evidence);
    return rootHasNoPassword(info, snapshot, {
      ...evidence,
      note: `${evidence.note}; root still has virtual MFA device(s) ${serials}, unused while it has no password: remove them with a root session (task policy IAMDeleteRootUserCredentials)`,
    });
  }
  if (facts.devices.length === 0)
    return [
      accountFinding(
        info,
        snapshot,
        'FAILED',
        `Root user of ${accountLabel(snapshot)} has no MFA, hardware or virtual (ListMFADevices in a root session lists none).`,
        evidence,
      ),
    ];
  if (virtual.length > 0) return [virtualDeviceFinding(snapshot, serials, evidence)];
  return [
    accountFinding(
      info,
      snapshot,
      'PASSED',
      `Root's MFA is hardware only: ${devicesInWords(facts.devices)}.${facts.devices.some((device) => device.type === 'fido') ? ' (The API cannot tell a synced passkey from a hardware security key.)' : ''}`,
      evidence,
    ),
  ];
}

function inAccount(snapshot: AccountSnapshot): Finding[] {
  const summary = summaryOf(snapshot);
  if (!summary.ok) return [errorFinding(info, snapshot, summary.failure)];
  const accountMfaEnabled = summaryCount(summary.value, 'AccountMFAEnabled');
  const accountPasswordPresent = summaryCount(summary.value, 'AccountPasswordPresent');
  // Every pass but "no password" rests on both sources, so an unread device list never becomes a pass.
  const devices = snapshot.rootVirtualDevices ?? {
    ok: false,
    failure: notRead('iam:ListVirtualMFADevices'),
  };
  const observed = {
    AccountMFAEnabled: accountMfaEnabled ?? null,
    AccountPasswordPresent: accountPasswordPresent ?? null,
  };
  // Root without a password cannot sign in at all (spec order: before the device rule, as IAM.9).
  if (accountPasswordPresent === 0) {
    const leftover = devices.ok ? devices.value.map((device) => device.serialNumber) : [];
    return rootHasNoPassword(info, snapshot, {
      source: 'live',
      calls: ['iam:GetAccountSummary', ...(devices.ok ? ['iam:ListVirtualMFADevices'] : [])],
      observed: {
        ...observed,
        ...(leftover.length > 0 ? { leftoverVirtualDeviceSerials: leftover.join(', ') } : {}),
      },
      ...(leftover.length > 0
        ? {
            note: `root still has virtual MFA device(s) ${leftover.join(', ')}, unused while it has no password: remove them as root, or from the management account with a root session (sts:AssumeRoot with the task policy IAMDeleteRootUserCredentials)`,
          }
        : {}),
    });
  }
  if (accountMfaEnabled === 0) {
    return [
      accountFinding(
        info,
        snapshot,
        'FAILED',
        `Root user of ${accountLabel(snapshot)} has no MFA, hardware or virtual.`,
        { source: 'live', calls: ['iam:GetAccountSummary'], observed },
      ),
    ];
  }
  if (!devices.ok) return [errorFinding(info, snapshot, devices.failure)];
  const evidence = {
    source: 'live' as const,
    calls: ['iam:GetAccountSummary', 'iam:ListVirtualMFADevices'],
    observed: { ...observed, rootVirtualMfaDevices: devices.value.length },
  };
  if (devices.value.length > 0) {
    const serials = devices.value.map((device) => device.serialNumber).join(', ');
    return [virtualDeviceFinding(snapshot, serials, evidence)];
  }
  if (accountMfaEnabled === undefined)
    return unknownSummaryValue(info, snapshot, summary.value, 'AccountMFAEnabled');
  return [
    accountFinding(
      info,
      snapshot,
      'PASSED',
      'Root has MFA and no virtual MFA device: its MFA is hardware (a FIDO key, passkey or hardware token).',
      evidence,
    ),
  ];
}

/** A virtual device fails IAM.6 even beside a hardware key: any virtual device is a way in. */
function virtualDeviceFinding(
  snapshot: AccountSnapshot,
  serials: string,
  evidence: FindingEvidence,
): Finding {
  return accountFinding(
    info,
    snapshot,
    'FAILED',
    `Root user of ${accountLabel(snapshot)} has a virtual MFA device (${serials}): a phishable code opens the account, whatever hardware key root also has.`,
    { ...evidence, observed: { ...evidence.observed, virtualDeviceSerials: serials } },
  );
}
