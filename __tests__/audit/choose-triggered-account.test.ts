import { describe, expect, test } from '@jest/globals';
import { parseAccountSelection } from '../../src/inputs/account-selection.js';
import {
  chooseTriggeredTarget,
  OutsideSelectionError,
  type MembershipLookups,
} from '../../src/audit/choose-triggered-account.js';

const FIRST = '111122223333';
const selection = (accounts: string, exclude = '') => {
  const problems: string[] = [];
  const parsed = parseAccountSelection({ accounts, exclude, memberRoleName: '' }, problems);
  expect(problems).toEqual([]);
  return parsed;
};

/** An Organization: r-ab12 → ou-ab12-workload → ou-ab12-prod0001 → 222233334444; 666677778888 suspended. */
function organization(): MembershipLookups & { asked: string[] } {
  const parents: Record<string, string> = {
    '222233334444': 'ou-ab12-prod0001',
    'ou-ab12-prod0001': 'ou-ab12-workload',
    'ou-ab12-workload': 'r-ab12',
    '666677778888': 'r-ab12',
  };
  const asked: string[] = [];
  return {
    asked,
    describeAccount: async (id) => {
      asked.push(`DescribeAccount ${id}`);
      if (id === '222233334444') return { accountId: id, name: 'prod', state: 'ACTIVE' };
      if (id === '666677778888') return { accountId: id, state: 'SUSPENDED' };
      return undefined;
    },
    ancestorsOf: async (id, enough) => {
      const found: string[] = [];
      for (let child = id; parents[child]; child = parents[child] as string) {
        asked.push(`ListParents ${child}`);
        found.push(parents[child] as string);
        if (enough(parents[child] as string)) break;
      }
      return found;
    },
  };
}

const outside = async (promise: Promise<unknown>): Promise<string> => {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(OutsideSelectionError);
  return (error as Error).message;
};

describe('chooseTriggeredTarget', () => {
  test('empty accounts: the own account only, with no Organizations call', async () => {
    const org = organization();
    expect(await chooseTriggeredTarget(selection(''), FIRST, FIRST, org)).toEqual({
      audit: [{ accountId: FIRST }],
      skipped: [],
    });
    const message = await outside(chooseTriggeredTarget(selection(''), FIRST, '222233334444', org));
    expect(message).toMatch(
      /222233334444.*not the credentials' own account.*accounts input is empty/,
    );
    expect(org.asked).toEqual([]);
  });

  test('ids: only those named; exclude-accounts wins, as a skip with no call', async () => {
    const org = organization();
    expect(
      (await chooseTriggeredTarget(selection('222233334444'), FIRST, '222233334444', org)).audit,
    ).toEqual([{ accountId: '222233334444' }]);
    expect(
      await outside(chooseTriggeredTarget(selection('222233334444'), FIRST, '999988887777', org)),
    ).toMatch(/999988887777.*accounts input/);
    expect(
      await chooseTriggeredTarget(
        selection('organization', '222233334444'),
        FIRST,
        '222233334444',
        org,
      ),
    ).toEqual({
      audit: [],
      skipped: [{ accountId: '222233334444', reason: 'listed in exclude-accounts' }],
    });
    expect(org.asked).toEqual([]);
  });

  test('organization: one DescribeAccount; not a member, or not ACTIVE, is outside', async () => {
    const org = organization();
    expect(
      (await chooseTriggeredTarget(selection('organization'), FIRST, '222233334444', org)).audit,
    ).toEqual([{ accountId: '222233334444', name: 'prod' }]);
    expect(org.asked).toEqual(['DescribeAccount 222233334444']);
    expect(
      await outside(chooseTriggeredTarget(selection('organization'), FIRST, '999988887777', org)),
    ).toMatch(/not an account of the Organization \(accounts input: organization\)/);
    expect(
      await outside(chooseTriggeredTarget(selection('organization'), FIRST, '666677778888', org)),
    ).toMatch(/SUSPENDED/);
  });

  test('an OU: the walk up stops at the selected OU; an account under another parent is outside', async () => {
    const org = organization();
    const ou = selection('ou-ab12-workload');
    expect((await chooseTriggeredTarget(ou, FIRST, '222233334444', org)).audit).toHaveLength(1);
    expect(org.asked).toEqual([
      'DescribeAccount 222233334444',
      'ListParents 222233334444',
      'ListParents ou-ab12-prod0001',
    ]);
    expect(
      await outside(
        chooseTriggeredTarget(selection('ou-ab12-prod0001'), FIRST, '666677778888', org),
      ),
    ).toMatch(/SUSPENDED/);
    const other = organization();
    other.describeAccount = async (id) => ({ accountId: id, state: 'ACTIVE' });
    expect(
      await outside(
        chooseTriggeredTarget(selection('ou-ab12-prod0001'), FIRST, '666677778888', other),
      ),
    ).toMatch(/666677778888.*not under ou-ab12-prod0001 \(the accounts input\)/);
  });
});
