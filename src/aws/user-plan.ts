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
  /** The report cannot pass this user on its own: ask IAM now. */
  confirmLive: boolean;
}

export interface Plan {
  users: UserPlan[];
  droppedReportRows: number;
  usersNotInReport: number;
}

/**
 * Decides, per user that exists now, whether the report suffices or IAM must be asked live.
 * The report is up to 4 hours old: a user it lacks (created since) or whose row belongs to an
 * earlier user of the same name is asked live; rows of users that no longer exist are dropped.
 */
export function planUserChecks(listed: ListedUser[], rows: ReportRow[]): Plan {
  const byName = new Map(rows.filter((row) => row.user !== ROOT_ROW).map((row) => [row.user, row]));
  let usersNotInReport = 0;
  const used = new Set<string>();
  const users = listed.map((user): UserPlan => {
    const candidate = byName.get(user.userName);
    const row = candidate && sameUser(candidate, user) ? candidate : undefined;
    if (!row) {
      usersNotInReport += 1;
      return { user, confirmLive: true };
    }
    used.add(row.user);
    return { user, row, confirmLive: row.mfaActive !== true };
  });
  return { users, droppedReportRows: byName.size - used.size, usersNotInReport };
}

function sameUser(row: ReportRow, user: ListedUser): boolean {
  if (!row.userCreationTime || !user.createDate) return true;
  // The report has second precision; a different creation time is a namesake created since.
  return Math.abs(Date.parse(row.userCreationTime) - user.createDate.getTime()) < 1000;
}
