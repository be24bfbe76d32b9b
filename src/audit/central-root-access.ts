import type { AccountResult, Finding, Remediation } from '../model.js';

const ROOT_CONTROLS = new Set(['IAM.9', 'IAM.6', 'IAM.4']);

/** The fix that needs no root sign-in, where the Organization has centralized root access. */
export function centralRootRemediation(accountId: string): Remediation {
  return {
    text:
      'Centralized root access is on in this Organization: delete the root credentials of this member account ' +
      'from the management account (or the delegated administrator for root access), with no root sign-in. ' +
      `aws sts assume-root --target-principal ${accountId} --task-policy-arn arn=arn:aws:iam::aws:policy/root-task/IAMDeleteRootUserCredentials, ` +
      'then with that session: aws iam delete-login-profile; aws iam list-access-keys and aws iam delete-access-key ' +
      '--access-key-id <id>; aws iam list-mfa-devices and aws iam deactivate-mfa-device --serial-number <arn>. ' +
      'Root then has no password and cannot sign in; recover it centrally if ever needed.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html',
    verify: `aws iam get-account-summary --query SummaryMap.AccountPasswordPresent  # 0 in ${accountId} after the deletion`,
  };
}

/**
 * A member account whose root controls FAILED gets the central fix, where the feature is on. The
 * first session's own account is left as it is: it may be the management account, where central
 * deletion does not apply.
 */
export function withCentralRootRemediation(result: AccountResult): AccountResult {
  let changed = false;
  const findings = result.findings.map((finding): Finding => {
    if (finding.status !== 'FAILED' || !ROOT_CONTROLS.has(finding.control)) return finding;
    changed = true;
    return { ...finding, remediation: centralRootRemediation(result.accountId) };
  });
  return changed ? { ...result, findings } : result;
}
