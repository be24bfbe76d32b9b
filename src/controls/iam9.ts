import {
  accountLabel,
  type AccountSnapshot,
  type Finding,
  type RootSessionFacts,
} from '../model.js';
import {
  accountFinding,
  errorFinding,
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
  devicesInWords,
  rootSessionEvidence,
  rootSessionFacts,
  withRefusal,
} from './root-session-findings.js';

const info: ControlInfo = {
  id: 'IAM.9',
  title: 'MFA should be enabled for the root user',
  severity: 'critical',
  docUrl: securityHubDoc('IAM.9'),
  needs: ['summary'],
  remediation: {
    text:
      'Sign in to the AWS Management Console as the root user, open Security credentials, and assign an MFA device ' +
      '(a FIDO security key or passkey is best). Root MFA cannot be set up from the CLI or API.',
    verify: 'aws iam get-account-summary --query SummaryMap.AccountMFAEnabled  # 1 when enabled',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
  },
};

export const iam9: Control = { ...info, evaluate };

function evaluate(snapshot: AccountSnapshot): Finding[] {
  const notOffered = outsideAwsPartition(info, snapshot);
  if (notOffered) return notOffered;
  const facts = rootSessionFacts(snapshot);
  if (facts) return fromRootSession(snapshot, facts);
  return withRefusal(inAccount(snapshot), snapshot);
}

/** Root's own lists decide: no password, or at least one device of any kind, passes. */
function fromRootSession(snapshot: AccountSnapshot, facts: RootSessionFacts): Finding[] {
  const evidence = rootSessionEvidence(facts, ['iam:GetLoginProfile', 'iam:ListMFADevices'], {
    rootPassword: facts.loginProfile,
    rootMfaDevices: facts.devices.length,
  });
  if (!facts.loginProfile) return rootHasNoPassword(info, snapshot, evidence);
  if (facts.devices.length > 0)
    return [
      accountFinding(
        info,
        snapshot,
        'PASSED',
        `Root has MFA: ${devicesInWords(facts.devices)}.`,
        evidence,
      ),
    ];
  return [
    accountFinding(
      info,
      snapshot,
      'FAILED',
      `Root user of ${accountLabel(snapshot)} has no MFA device (ListMFADevices in a root session lists none): anyone with its password owns the account.`,
      evidence,
    ),
  ];
}

function inAccount(snapshot: AccountSnapshot): Finding[] {
  const summary = summaryOf(snapshot);
  if (!summary.ok) return [errorFinding(info, snapshot, summary.failure)];
  const accountMfaEnabled = summaryCount(summary.value, 'AccountMFAEnabled');
  const accountPasswordPresent = summaryCount(summary.value, 'AccountPasswordPresent');
  const evidence = {
    source: 'live' as const,
    calls: ['iam:GetAccountSummary'],
    observed: {
      AccountMFAEnabled: accountMfaEnabled ?? null,
      AccountPasswordPresent: accountPasswordPresent ?? null,
    },
  };
  if (accountPasswordPresent === 0) return rootHasNoPassword(info, snapshot, evidence);
  if (accountMfaEnabled === undefined)
    return unknownSummaryValue(info, snapshot, summary.value, 'AccountMFAEnabled');
  if (accountMfaEnabled >= 1) {
    return [accountFinding(info, snapshot, 'PASSED', 'Root has MFA enabled.', evidence)];
  }
  return [
    accountFinding(
      info,
      snapshot,
      'FAILED',
      `Root user of ${accountLabel(snapshot)} has no MFA: anyone with its password owns the account.`,
      evidence,
    ),
  ];
}
