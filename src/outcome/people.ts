import type { AccountResult, ControlId, Finding } from '../model.js';

/** One IAM user that fails at least one user control, with that user's finding per control. */
export interface FailingUser {
  name: string;
  arn: string;
  /** The user's finding of each user control that has one. */
  byControl: Partial<Record<ControlId, Finding>>;
  /** true: can sign in to the console with a password; null: not read (IAM.5 not selected). */
  consolePassword: boolean | null;
}

/** What one account's resources come to: people, not findings. */
export interface AccountPeople {
  /** Root controls that FAILED, in the order people read them. */
  rootFailing: ControlId[];
  /** IAM users with a finding of any user control (judged users). */
  usersJudged: number;
  failingUsers: FailingUser[];
  /** Failing users who can sign in to the console. */
  consoleUsers: number;
}

/** The user name from a user ARN (`arn:aws:iam::1:user/path/name` → `name`). */
export function userName(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

/**
 * Groups an account's user findings by user, so a user who fails IAM.5 and IAM.19 is one person
 * with two failing controls, not two findings.
 */
export function accountPeople(account: AccountResult): AccountPeople {
  const rootFailing: ControlId[] = [];
  const users = new Map<string, FailingUser & { failing: boolean }>();
  for (const finding of account.findings) {
    if (finding.resourceType === 'AwsAccount') {
      if (finding.status === 'FAILED' && !rootFailing.includes(finding.control))
        rootFailing.push(finding.control);
      continue;
    }
    // A user pool is not an IAM user: its people are its own customers, counted in its evidence.
    if (finding.resourceType !== 'AwsIamUser') continue;
    let user = users.get(finding.resource);
    if (!user) {
      user = {
        name: userName(finding.resource),
        arn: finding.resource,
        byControl: {},
        consolePassword: null,
        failing: false,
      };
      users.set(finding.resource, user);
    }
    user.byControl[finding.control] = finding;
    if (finding.status === 'FAILED') user.failing = true;
    const password = finding.evidence.observed.consolePassword;
    if (typeof password === 'boolean') user.consolePassword = password;
  }
  const failingUsers = [...users.values()]
    .filter((user) => user.failing)
    .map(({ failing: _failing, ...user }) => user);
  return {
    rootFailing,
    usersJudged: users.size,
    failingUsers,
    consoleUsers: failingUsers.filter((user) => user.consolePassword === true).length,
  };
}
