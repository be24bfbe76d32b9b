import type { AccountSnapshot, Finding, UserFacts } from '../model.js';
import { securityHubDoc, type Control, type ControlInfo } from './control.js';
import { ENFORCE_MFA_POLICY, USER_MFA_REMEDIATION_URL } from './iam19.js';
import { userFindings, type UserVerdict } from './user-findings.js';

const info: ControlInfo = {
  id: 'IAM.5',
  title: 'MFA should be enabled for all IAM users that have a console password',
  severity: 'medium',
  docUrl: securityHubDoc('IAM.5'),
  needs: ['users', 'userPasswords'],
  failingUsers: 'can sign in to the console with a password and have no MFA device',
  remediation: {
    text:
      'Assign an MFA device to each listed user, or remove the console password of users that only need API access ' +
      '(aws iam delete-login-profile --user-name <user>).',
    verify:
      'aws iam list-mfa-devices --user-name <user>; aws iam get-login-profile --user-name <user>',
    url: USER_MFA_REMEDIATION_URL,
    seeAlso: ENFORCE_MFA_POLICY,
  },
};

export const iam5: Control = { ...info, evaluate };

function evaluate(snapshot: AccountSnapshot): Finding[] {
  return userFindings(info, snapshot, decide);
}

function decide(
  user: UserFacts,
): UserVerdict | { unread: UserFacts['mfa'] | UserFacts['password'] } {
  if (!user.mfa.ok) return { unread: user.mfa };
  const mfa = { name: 'mfaActive', fact: user.mfa.value, call: 'iam:ListMFADevices' };
  if (user.mfa.value.value) {
    return { status: 'PASSED', message: `IAM user ${user.userName} has MFA.`, facts: [mfa] };
  }
  if (!user.password.ok) return { unread: user.password };
  const password = {
    name: 'consolePassword',
    fact: user.password.value,
    call: 'iam:GetLoginProfile',
  };
  if (user.password.value.value === null) {
    return {
      unread: {
        ok: false,
        failure: {
          call: 'iam:GetLoginProfile',
          code: 'UnknownPasswordState',
          message: `the credential report does not say whether ${user.userName} has a password`,
        },
      },
    };
  }
  return user.password.value.value
    ? {
        status: 'FAILED',
        message: `IAM user ${user.userName} can sign in to the console with a password and has no MFA device.`,
        facts: [mfa, password],
      }
    : {
        status: 'PASSED',
        message: `IAM user ${user.userName} has no console password.`,
        facts: [mfa, password],
      };
}
