// The least time the evidence allows: the round trips that depend on each other, in sequence, at
// the configured delay, and never faster than the throttle lets that many calls through.
import type { FakeAccount } from '../../__tests__/fake-aws/account.js';

export interface FloorInput {
  account: FakeAccount;
  latencyMs: number;
  ratePerSecond: number;
  burst: number;
  nodeStartMs: number;
}

export interface Floor {
  ms: number;
  /** The IAM calls the evidence needs: 6 plus pages plus live confirmations (a report already there). */
  iamCalls: number;
}

export function floorOf({
  account,
  latencyMs: d,
  ratePerSecond,
  burst,
  nodeStartMs,
}: FloorInput): Floor {
  const users = account.users;
  const pages = (n: number) => Math.max(1, Math.ceil(n / 1000));
  const virtual =
    users.filter((u) => u.mfa === 'virtual').length + account.root.virtualDevices.length;
  // A report that was already there decides nothing alone (spec rules 1 and 4): users holding a
  // virtual device now are confirmed by the listing; everyone else is asked ListMFADevices, and
  // those without MFA now GetLoginProfile.
  // A report this run generated is live evidence itself: nobody is asked again.
  const generated = account.report.present === false;
  const confirm = generated ? [] : users.filter((u) => u.mfa !== 'virtual');
  const passwords = confirm.filter((u) => u.mfa === 'none');
  const listing = Math.max(d, pages(virtual) * d, 2 * d, pages(users.length) * d);
  const confirmDepth = (confirm.length > 0 ? d : 0) + (passwords.length > 0 ? d : 0);
  const iamCalls =
    6 + (pages(virtual) - 1) + (pages(users.length) - 1) + confirm.length + passwords.length;
  const byRate = (Math.max(0, iamCalls + 1 - burst) / ratePerSecond) * 1000;
  // AssumeRoleWithWebIdentity comes first; everything else depends on it.
  return { ms: nodeStartMs + d + Math.max(listing + confirmDepth, byRate), iamCalls };
}
