// Issue 25: reports are started ahead of the audit, so an account whose report AWS is slow to
// write holds no audit place. dist/index.js against the fake Organization, with a call log.
import { expect, test } from '@jest/globals';
import { generatedOrganization, HUB_ROLE_ARN } from '../fake-aws/organization.js';
import { runAction } from '../fake-aws/run-action.js';
import { E2E_RUNTIME } from '../fake-aws/runtimes.js';
import { startFakeOrganization } from '../fake-aws/server.js';

const SLOW_MS = 4_000;

test("accounts whose reports are slow to generate do not hold back the others' audits", async () => {
  const org = generatedOrganization({ accounts: 41, usersPerAccount: 3 });
  // More slow accounts than the fan-out audits at once when it starts (16), first in the list:
  // audited in their places while their reports were written, they would hold up every other.
  const slow = org.members.slice(1, 21).map((member) => {
    member.account = {
      ...member.account,
      report: { ...member.account.report, present: false, generationMs: SLOW_MS },
    };
    return member.account.accountId;
  });
  const fast = org.members.slice(21).map((member) => member.account.accountId);
  const fake = await startFakeOrganization(org);
  try {
    const run = await runAction(fake, {
      node: E2E_RUNTIME.node,
      inputs: { 'role-to-assume': HUB_ROLE_ARN, accounts: 'organization', 'fail-on': 'none' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['accounts-not-judged']).toBe('0');

    const firstReady = Math.min(...slow.map((id) => fake.reportReadyAt(id) as number));
    const lastCall = (id: string) =>
      Math.max(...fake.callLog.filter((c) => c.accountId === id).map((c) => c.at));
    // Every fast account was audited, to its last IAM call, before any slow report was ready.
    for (const id of fast) expect(lastCall(id)).toBeLessThan(firstReady);
    // Their lines in the log come first.
    const order = [...run.stdout.matchAll(/^(\d{12}) \(acct-\d+\): /gm)].map((m) => m[1]);
    expect(order.slice(0, fast.length).sort()).toEqual([...fast].sort());
    // The slow accounts waited for their reports, then were judged on them (live evidence),
    // each report read once it was ready: no GetCredentialReport answered ReportInProgress.
    for (const id of slow) {
      const account = (run.report.accounts as Array<{ accountId: string }>).find(
        (a) => a.accountId === id,
      );
      expect(account).toMatchObject({ status: 'audited', reportGeneratedDuringRun: true });
      expect(fake.callsByAccount.get(id)?.get('iam:GetCredentialReport')).toBe(1);
    }
    // The waits overlapped: every slow report was asked for before the first of them was ready
    // (in place, 16 at a time, the last four would have been asked for after the first wave's).
    const readyAt = slow.map((id) => fake.reportReadyAt(id) as number);
    expect(Math.max(...readyAt) - SLOW_MS).toBeLessThan(Math.min(...readyAt));
  } finally {
    await fake.close();
  }
});
