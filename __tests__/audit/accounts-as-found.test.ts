// Issue 25: accounts flow into the fan-out as discovery finds them. The pipeline over a stream of
// items, and the choice of accounts as found against chooseTargets over the whole listing.
import { describe, expect, test } from '@jest/globals';
import { runPipeline } from '../../src/audit/account-pipeline.js';
import { fixedBound } from '../../src/audit/adaptive-bound.js';
import { chooseTargets, targetsAsFound } from '../../src/audit/targets.js';
import type { OrganizationAccount } from '../../src/aws/organization.js';
import { parseAccountSelection } from '../../src/inputs/account-selection.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));
const bounds = () => ({ entry: fixedBound(4, () => 0), audit: fixedBound(4, () => 0), ahead: 100 });

/** An async stream the test feeds by hand, as discovery's pages would. */
function stream<T>() {
  const queue: T[] = [];
  let ended = false;
  let failure: unknown;
  let wake = () => undefined as void;
  return {
    push: (...items: T[]) => (queue.push(...items), wake()),
    end: () => ((ended = true), wake()),
    fail: (error: unknown) => ((failure = error), wake()),
    async *[Symbol.asyncIterator]() {
      for (;;) {
        while (queue.length > 0) yield queue.shift() as T;
        if (failure) throw failure;
        if (ended) return;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}

describe('the pipeline over items still arriving', () => {
  test('an item is entered and audited before the stream ends; results in item order', async () => {
    const items = stream<number>();
    const audited: number[] = [];
    const run = runPipeline(
      items,
      {
        enter: async (i) => i,
        ready: async (i) => i,
        audit: async (i) => (audited.push(i), i * 10),
      },
      bounds(),
    );
    items.push(3, 1);
    for (let n = 0; n < 10; n++) await tick();
    // Both audited while the stream is still open.
    expect(audited.sort()).toEqual([1, 3]);
    items.push(2);
    items.end();
    expect(await run).toEqual([30, 10, 20]);
  });

  test('a stream that fails lets the items under way finish, then throws its failure', async () => {
    const items = stream<number>();
    const finished: number[] = [];
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const run = runPipeline(
      items,
      {
        enter: async (i) => i,
        audit: async (i) => {
          await gate;
          finished.push(i);
          return i;
        },
      },
      bounds(),
    );
    let settled = false;
    run.then(
      () => (settled = true),
      () => (settled = true),
    );
    items.push(1, 2);
    for (let n = 0; n < 5; n++) await tick();
    items.fail(new Error('ListAccounts refused'));
    for (let n = 0; n < 10; n++) await tick();
    // Not thrown while accounts are under way: their clients and timers must end first.
    expect(settled).toBe(false);
    release();
    await expect(run).rejects.toThrow('ListAccounts refused');
    expect(finished.sort()).toEqual([1, 2]);
  });
});

const select = (accounts: string, exclude: string) => {
  const problems: string[] = [];
  const selection = parseAccountSelection({ accounts, exclude, memberRoleName: '' }, problems);
  expect(problems).toEqual([]);
  return selection;
};

describe('accounts as found are the accounts chooseTargets audits', () => {
  const account = (id: number, state?: string, name?: string): OrganizationAccount => ({
    accountId: String(200000000000 + id),
    ...(name ? { name } : {}),
    state,
  });

  test('excluded, not ACTIVE and state-unknown accounts are held back; named ones come last', () => {
    const selection = select('organization, 200000000009, 200000000001', '200000000002');
    const pages = [
      [account(1, 'ACTIVE', 'one'), account(2, 'ACTIVE'), account(3, 'SUSPENDED')],
      [account(4, undefined), account(5, 'PENDING_CLOSURE'), account(6, 'ACTIVE')],
    ];
    const asFound = targetsAsFound(selection);
    const found = [...pages.map((page) => asFound.found(page)), asFound.rest()];
    // Page by page: the first page's account 1 does not wait for the second page.
    expect(found[0]).toEqual([{ accountId: '200000000001', name: 'one' }]);
    expect(found[1]).toEqual([{ accountId: '200000000006' }]);
    // Named in the inputs and not found: after discovery, as chooseTargets counts it ACTIVE.
    expect(found[2]).toEqual([{ accountId: '200000000009' }]);
    const whole = chooseTargets(selection, '111122223333', pages.flat());
    expect(found.flat().sort((a, b) => a.accountId.localeCompare(b.accountId))).toEqual(
      whole.audit,
    );
  });

  test('a named account found by discovery is decided by its state there, not counted again', () => {
    const selection = select('organization, 200000000003', '');
    const asFound = targetsAsFound(selection);
    expect(asFound.found([account(3, 'SUSPENDED')])).toEqual([]);
    expect(asFound.rest()).toEqual([]);
    expect(chooseTargets(selection, '111122223333', [account(3, 'SUSPENDED')]).audit).toEqual([]);
  });
});
