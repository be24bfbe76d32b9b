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
  id: 'IAM.9',
  title: 'MFA should be enabled for the root user',
  severity: 'critical',
  docUrl: securityHubDoc('IAM.9'),
  needs: ['summary'],
  remediation: {
    text:
      'Sign in to the AWS Management Console as the root user, open Security credentials, and assign an MFA device ' +
      '(a FIDO security key or passkey is best). Root MFA cannot be set up from the CLI or API. ' +
      'Verify with: aws iam get-account-summary --query SummaryMap.AccountMFAEnabled (1 when enabled).',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
  },
};

export const iam9: Control = { ...info, evaluate };

function evaluate(snapshot: AccountSnapshot): Finding[] {
  const calls = ['iam:GetAccountSummary'];
  if (snapshot.partition !== 'aws') {
    return [
      accountFinding(info, snapshot, 'NOT_APPLICABLE', PARTITION_NOT_OFFERED, {
        source: 'live',
        calls: [],
        observed: { partition: snapshot.partition },
      }),
    ];
  }
  const summary = snapshot.summary ?? { ok: false, failure: notRead(calls[0] as string) };
  if (!summary.ok) return [errorFinding(info, snapshot, summary.failure)];
  const { accountMfaEnabled, accountPasswordPresent } = summary.value;
  const observed = {
    AccountMFAEnabled: accountMfaEnabled ?? null,
    AccountPasswordPresent: accountPasswordPresent ?? null,
  };
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
        call: calls[0] as string,
        code: 'MissingSummaryKey',
        message: 'SummaryMap has no AccountMFAEnabled key',
      }),
    ];
  }
  if (accountMfaEnabled >= 1) {
    return [
      accountFinding(info, snapshot, 'PASSED', 'Root has MFA enabled.', {
        source: 'live',
        calls,
        observed,
      }),
    ];
  }
  return [
    accountFinding(
      info,
      snapshot,
      'FAILED',
      `Root user of ${snapshot.accountId} has no MFA: anyone with its password owns the account.`,
      { source: 'live', calls, observed },
    ),
  ];
}
