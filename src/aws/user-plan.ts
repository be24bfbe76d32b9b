import type { ReportRow } from './credential-report.js';
import { ROOT_ROW } from './credential-report.js';

export interface ListedUser {
  userName: string;
  arn: string;
  createDate?: Date;
}

export interface UserPlan {
  user: ListedUser;
  /** The user's report row, when the report knows this very user (same name and creation time). */
  row?: ReportRow;
}

export interface Plan {
  users: UserPlan[];
  droppedReportRows: number;
  usersNotInReport: number;
}

/**
 * Pairs every user that exists now with its report row. The report is up to 4 hours old: a user it
 * lacks (created since), or whose row belongs to an earlier user of the same name, has no row;
 * rows of users that no longer exist are dropped.
 */
export function matchReportRows(listed: ListedUser[], rows: ReportRow[]): Plan {
  const byName = new Map(rows.filter((row) => row.user !== ROOT_ROW).map((row) => [row.user, row]));
  let usersNotInReport = 0;
  const used = new Set<string>();
  const users = listed.map((user): UserPlan => {
    const candidate = byName.get(user.userName);
    const row = candidate && sameUser(candidate, user) ? candidate : undefined;
    if (!row) {
      usersNotInReport += 1;
      return { user };
    }
    used.add(row.user);
    return { user, row };
  });
  return { users, droppedReportRows: byName.size - used.size, usersNotInReport };
}

/**
 * The report writes creation times in whole seconds; ListUsers may carry fractions, which the SDK
 * rounds (…:05.9995Z becomes …:06Z). Times within a second are the same user; a namesake created
 * since the report is at least the old user's lifetime apart.
 */
function sameUser(row: ReportRow, user: ListedUser): boolean {
  if (!row.userCreationTime || !user.createDate) return true;
  const reportSecond = Math.floor(Date.parse(row.userCreationTime) / 1000);
  const listedSecond = Math.floor(user.createDate.getTime() / 1000);
  return Math.abs(reportSecond - listedSecond) <= 1;
}

export interface UserCheckContext {
  /** IAM.5 is selected: a user without MFA needs a live password check. */
  passwordsNeeded: boolean;
  /** IAM.19 is selected: every user's MFA is a verdict. */
  mfaNeeded: boolean;
  /** The report was generated during this run: its rows are live evidence. */
  reportIsLive: boolean;
  /** ARNs of users holding an assigned virtual MFA device now; undefined: the listing failed. */
  virtualHolders?: ReadonlySet<string>;
  /**
   * Users decided live whatever the report or the listing says (the user a change event names),
   * lower-cased by liveUserNames: IAM user names are unique without regard to case.
   */
  liveUsers?: ReadonlySet<string>;
}

/** The names a change event asks to decide live, as isLiveUser compares them. */
export function liveUserNames(names: Iterable<string>): ReadonlySet<string> {
  return new Set([...names].map((name) => name.toLowerCase()));
}

function isLiveUser(userName: string, context: UserCheckContext): boolean {
  return context.liveUsers?.has(userName.toLowerCase()) ?? false;
}

/**
 * Where a user's MFA fact comes from (spec "Fresh evidence for the user controls"):
 * - `report`: the report settles it (a report this run generated, whatever it says; or, with IAM.5
 *   alone, the report shows no password, which passes IAM.5 as of the report);
 * - `listing`: the user holds an assigned virtual device now (no per-user call);
 * - `ListMFADevices`: ask IAM for this user.
 */
export type MfaSource = 'report' | 'listing' | 'ListMFADevices';

export function mfaSource({ user, row }: UserPlan, context: UserCheckContext): MfaSource {
  if (isLiveUser(user.userName, context)) return 'ListMFADevices';
  if (!context.mfaNeeded && row?.passwordEnabled === false) return 'report';
  // A report this run generated is live evidence: its answer, either way, needs no second call.
  if (context.reportIsLive && row && row.mfaActive !== null) return 'report';
  if (context.virtualHolders?.has(user.arn)) return 'listing';
  return 'ListMFADevices';
}

/** A user found without MFA needs GetLoginProfile for IAM.5 unless a live report settles it. */
export function passwordNeedsLiveCheck(
  { user, row }: UserPlan,
  context: UserCheckContext,
): boolean {
  if (!context.passwordsNeeded) return false;
  if (isLiveUser(user.userName, context)) return true;
  return !(context.reportIsLive && row && row.passwordEnabled !== null);
}
