import { describe, expect, test } from '@jest/globals';
import type { ReportRow } from '../../src/aws/credential-report.js';
import {
  matchReportRows,
  liveUserNames,
  mfaSource,
  passwordNeedsLiveCheck,
  type UserCheckContext,
  type UserPlan,
} from '../../src/aws/user-plan.js';

const created = '2026-01-01T00:00:05+00:00';
const row = (
  user: string,
  mfaActive: boolean | null,
  passwordEnabled: boolean | null = true,
  userCreationTime = created,
): ReportRow => ({
  user,
  arn: `arn:aws:iam::1:user/${user}`,
  userCreationTime,
  passwordEnabled,
  mfaActive,
  accessKeys: [],
});
const listed = (userName: string, createDate = new Date(created)) => ({
  userName,
  arn: `arn:aws:iam::1:user/${userName}`,
  createDate,
});

describe('matchReportRows', () => {
  test('users the report lacks have no row; rows of deleted users are dropped', () => {
    const plan = matchReportRows(
      [listed('new')],
      [row('gone', false), row('<root_account>', true)],
    );
    expect(plan.users).toEqual([{ user: listed('new') }]);
    expect(plan).toMatchObject({ usersNotInReport: 1, droppedReportRows: 1 });
  });

  test("a namesake created since the report is not judged by the old user's row", () => {
    const plan = matchReportRows(
      [listed('bob', new Date('2026-11-22T10:00:00Z'))],
      [row('bob', true)],
    );
    expect(plan.users[0]?.row).toBeUndefined();
    expect(plan).toMatchObject({ usersNotInReport: 1, droppedReportRows: 1 });
  });

  test('creation times are compared in whole seconds: microseconds the SDK rounds up are the same user', () => {
    // ListUsers said …:05.999565Z, which the SDK parses as …:06.000Z; the report says …:05.
    const plan = matchReportRows(
      [listed('carol', new Date('2026-01-01T00:00:06.000Z')), listed('dan')],
      [row('carol', true), row('dan', true)],
    );
    expect(plan.users.map((u) => u.row?.user)).toEqual(['carol', 'dan']);
    expect(plan).toMatchObject({ usersNotInReport: 0, droppedReportRows: 0 });
  });
});

describe('mfaSource and passwordNeedsLiveCheck (spec "Fresh evidence", rules 1 to 5)', () => {
  const both: UserCheckContext = {
    passwordsNeeded: true,
    mfaNeeded: true,
    reportIsLive: false,
    virtualHolders: new Set(['arn:aws:iam::1:user/holder']),
  };
  const plan = (name: string, reportRow?: ReportRow): UserPlan => ({
    user: listed(name),
    row: reportRow,
  });

  test("an old report's pass is checked: the listing confirms virtual holders, ListMFADevices the rest", () => {
    expect(mfaSource(plan('holder', row('holder', true)), both)).toBe('listing');
    expect(mfaSource(plan('hardware', row('hardware', true)), both)).toBe('ListMFADevices');
    expect(mfaSource(plan('gone', row('gone', false)), both)).toBe('ListMFADevices');
    expect(mfaSource(plan('new'), both)).toBe('ListMFADevices');
  });

  test('the listing also settles a user the report shows without MFA who holds a device now', () => {
    expect(mfaSource(plan('holder', row('holder', false)), both)).toBe('listing');
  });

  test('where the listing could not be read, every user is asked ListMFADevices', () => {
    const unread = { ...both, virtualHolders: undefined };
    expect(mfaSource(plan('holder', row('holder', true)), unread)).toBe('ListMFADevices');
  });

  test('a report generated during this run is live evidence, passes and failures alike', () => {
    const live = { ...both, reportIsLive: true };
    expect(mfaSource(plan('hardware', row('hardware', true)), live)).toBe('report');
    expect(mfaSource(plan('none', row('none', false)), live)).toBe('report');
    // An unknown token, or a user the report lacks, is still asked.
    expect(mfaSource(plan('odd', row('odd', null)), live)).toBe('ListMFADevices');
    expect(mfaSource(plan('new'), live)).toBe('ListMFADevices');
    expect(passwordNeedsLiveCheck(plan('odd', row('odd', false, null)), live)).toBe(true);
  });

  test("with IAM.5 alone, the report's no-password settles the user with no call", () => {
    const iam5 = { ...both, mfaNeeded: false };
    expect(mfaSource(plan('api', row('api', false, false)), iam5)).toBe('report');
    expect(mfaSource(plan('console', row('console', false, true)), iam5)).toBe('ListMFADevices');
    expect(mfaSource(plan('api', row('api', false, false)), both)).toBe('ListMFADevices');
  });

  test('a user without MFA gets a live password check unless a live report says no password', () => {
    expect(passwordNeedsLiveCheck(plan('api', row('api', false, false)), both)).toBe(true);
    expect(
      passwordNeedsLiveCheck(plan('api', row('api', false, false)), {
        ...both,
        reportIsLive: true,
      }),
    ).toBe(false);
    expect(
      passwordNeedsLiveCheck(plan('api', row('api', false, true)), {
        ...both,
        passwordsNeeded: false,
      }),
    ).toBe(false);
  });
});

describe('liveUsers: the user a change event names', () => {
  const liveReport: UserCheckContext = {
    passwordsNeeded: true,
    mfaNeeded: true,
    reportIsLive: true,
    virtualHolders: new Set(['arn:aws:iam::1:user/alice']),
    liveUsers: liveUserNames(['alice']),
  };
  const alice: UserPlan = { user: listed('alice'), row: row('alice', true, false) };
  const bob: UserPlan = { user: listed('bob'), row: row('bob', true, false) };

  test('is asked ListMFADevices even where a live report or the device listing would settle it', () => {
    expect(mfaSource(alice, liveReport)).toBe('ListMFADevices');
    expect(mfaSource(bob, liveReport)).toBe('report');
  });

  test('has its password read live for IAM.5, even where the report says none', () => {
    expect(passwordNeedsLiveCheck(alice, liveReport)).toBe(true);
    expect(passwordNeedsLiveCheck(bob, liveReport)).toBe(false);
    expect(passwordNeedsLiveCheck(alice, { ...liveReport, passwordsNeeded: false })).toBe(false);
  });

  test("the event's name matches the user without regard to case, as IAM's names are unique", () => {
    const event = { ...liveReport, liveUsers: liveUserNames(['ALICE']) };
    const upper: UserPlan = { user: listed('Alice'), row: row('Alice', true, false) };
    expect(mfaSource(upper, event)).toBe('ListMFADevices');
    expect(passwordNeedsLiveCheck(upper, event)).toBe(true);
    expect(mfaSource(bob, event)).toBe('report');
  });

  test('with IAM.5 alone, a report that shows no password does not settle the named user', () => {
    const iam5Only = { ...liveReport, mfaNeeded: false, reportIsLive: false };
    expect(mfaSource(alice, iam5Only)).toBe('ListMFADevices');
    expect(mfaSource(bob, iam5Only)).toBe('report');
  });
});
