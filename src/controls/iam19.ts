import type { AccountSnapshot, Finding, UserFacts } from '../model.js';
import { securityHubDoc, type Control, type ControlInfo } from './control.js';
import { userFindings, type UserVerdict } from './user-findings.js';

export const ENFORCE_MFA_POLICY = {
  title: 'the example policy that enforces MFA',
  url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_my-sec-creds-self-manage-mfa-only.html',
};

export const USER_MFA_REMEDIATION_URL =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html';

const info: ControlInfo = {
  id: 'IAM.19',
  title: 'MFA should be enabled for all IAM users',
  severity: 'medium',
  docUrl: securityHubDoc('IAM.19'),
  needs: ['users', 'userMfa'],
  failingUsers: 'have no MFA device',
  remediation: {
    text:
      'Assign an MFA device to each listed user (aws iam enable-mfa-device, or the console), or delete users nobody ' +
      'needs. To enforce it, attach a policy that denies everything but MFA self-service when ' +
      'aws:MultiFactorAuthPresent is false.',
    verify: 'aws iam list-mfa-devices --user-name <user>',
    url: USER_MFA_REMEDIATION_URL,
    seeAlso: ENFORCE_MFA_POLICY,
  },
};

export const iam19: Control = { ...info, evaluate };

function evaluate(snapshot: AccountSnapshot): Finding[] {
  return userFindings(info, snapshot, decide);
}

function decide(user: UserFacts): UserVerdict | { unread: UserFacts['mfa'] } {
  if (!user.mfa.ok) return { unread: user.mfa };
  const facts: UserVerdict['facts'] = [
    { name: 'mfaActive', fact: user.mfa.value, call: 'iam:ListMFADevices' },
  ];
  // Whether the user can sign in does not change IAM.19, but tells the reader how exposed it is.
  if (user.password.ok && user.password.value.value !== null) {
    facts.unshift({
      name: 'consolePassword',
      fact: user.password.value,
      call: 'iam:GetLoginProfile',
    });
  }
  return user.mfa.value.value
    ? { status: 'PASSED', message: `IAM user ${user.userName} has MFA.`, facts }
    : { status: 'FAILED', message: `IAM user ${user.userName} has no MFA device.`, facts };
}
