import { describe, expect, test } from '@jest/globals';
import type { ReportRow } from '../../src/aws/credential-report.js';
import { planUserChecks } from '../../src/aws/user-plan.js';

const created = '2026-01-01T00:00:00+00:00';
const row = (user: string, mfaActive: boolean | null, userCreationTime = created): ReportRow => ({
  user,
  arn: `arn:aws:iam::1:user/${user}`,
  userCreationTime,
  passwordEnabled: true,
  mfaActive,
  accessKeys: [],
});
const listed = (userName: string, createDate = new Date(created)) => ({
  userName,
  arn: `arn:aws:iam::1:user/${userName}`,
  createDate,
});

describe('planUserChecks', () => {
  test('the report passes users with MFA; users without, or unknown, are confirmed live', () => {
    const plan = planUserChecks(
      [listed('a'), listed('b'), listed('c')],
      [row('a', true), row('b', false), row('c', null)],
    );
    expect(plan.users.map((u) => [u.user.userName, u.confirmLive])).toEqual([
      ['a', false],
      ['b', true],
      ['c', true],
    ]);
  });

  test('users the report lacks are checked live; rows of deleted users are dropped', () => {
    const plan = planUserChecks([listed('new')], [row('gone', false), row('<root_account>', true)]);
    expect(plan.users).toEqual([{ user: listed('new'), confirmLive: true }]);
    expect(plan).toMatchObject({ usersNotInReport: 1, droppedReportRows: 1 });
  });

  test("a namesake created since the report is not judged by the old user's row", () => {
    const plan = planUserChecks(
      [listed('bob', new Date('2026-11-22T10:00:00Z'))],
      [row('bob', true)],
    );
    expect(plan.users[0]?.confirmLive).toBe(true);
    expect(plan.users[0]?.row).toBeUndefined();
    expect(plan).toMatchObject({ usersNotInReport: 1, droppedReportRows: 1 });
  });
});
