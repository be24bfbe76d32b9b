// Issue 25: an Organization's accounts are entered as discovery lists them ("as soon as the
// account is known"), not after its last page. dist/index.js against the fake Organization.
import { expect, test } from '@jest/globals';
import { generatedOrganization, HUB_ROLE_ARN } from '../fake-aws/organization.js';
import { runAction } from '../fake-aws/run-action.js';
import { E2E_RUNTIME } from '../fake-aws/runtimes.js';
import { startFakeOrganization } from '../fake-aws/server.js';

const ACCOUNTS = 100; // five pages of ListAccounts (at most 20 each)
const inputs = { 'role-to-assume': HUB_ROLE_ARN, accounts: 'organization', 'fail-on': 'none' };

test('the first accounts are entered and audited while discovery is still listing the rest', async () => {
  const org = generatedOrganization({ accounts: ACCOUNTS, usersPerAccount: 2 });
  const fake = await startFakeOrganization(org, { latencyMs: 60 });
  try {
    const run = await runAction(fake, { node: E2E_RUNTIME.node, inputs });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['accounts-not-judged']).toBe('0');
    const pages = fake.callLog.filter((c) => c.op === 'organizations:ListAccounts');
    expect(pages).toHaveLength(ACCOUNTS / 20);
    const lastPageAt = Math.max(...pages.map((c) => c.at));
    const enteredAt = fake.callLog.filter((c) => c.op === 'sts:AssumeRole').map((c) => c.at);
    // Before the last page was asked for, the first page's accounts were in, their reports started.
    expect(enteredAt.filter((at) => at < lastPageAt).length).toBeGreaterThanOrEqual(20);
    const reportsBefore = fake.callLog.filter(
      (c) => c.op === 'iam:GenerateCredentialReport' && c.at < lastPageAt,
    );
    expect(reportsBefore.length).toBeGreaterThan(0);
    // Every account once, in account order, whatever order they were found and finished in.
    const ids = (run.report.accounts as Array<{ accountId: string }>).map((a) => a.accountId);
    expect(ids).toEqual(org.members.map((m) => m.account.accountId).sort());
    expect(new Set(ids).size).toBe(ACCOUNTS);
    expect(run.stdout).toMatch(
      /100 account\(s\) to audit, 0 skipped \(100 found in the Organization\)/,
    );
  } finally {
    await fake.close();
  }
});

test('discovery failing after accounts were entered fails the run: nothing it audited is passed', async () => {
  const org = generatedOrganization({ accounts: ACCOUNTS, usersPerAccount: 2 });
  // The first two pages answer; the third is refused.
  org.faults = { ListAccounts: { code: 'AccessDeniedException', status: 400, after: 2 } };
  const fake = await startFakeOrganization(org, { latencyMs: 60 });
  try {
    const run = await runAction(fake, {
      node: E2E_RUNTIME.node,
      inputs: { ...inputs, 'fail-on': 'critical' },
    });
    // Accounts of the first pages were entered before the refusal...
    expect(fake.calls.get('sts:AssumeRole') ?? 0).toBeGreaterThan(0);
    // ...yet the run judges none of them: a selection it could not list is not judged.
    expect(run.exitCode).toBe(1);
    expect(run.stderr).not.toMatch(/Node\.js v\d+|UnhandledPromiseRejection/);
    expect(run.failure).toMatch(
      /organizations:ListAccounts failed with AccessDeniedException.*management account or a delegated administrator/,
    );
    expect(run.outputs.result).toBe('failed');
    expect(run.report.accounts).toEqual([]);
    expect(run.report.errors[0]).toMatch(/AccessDeniedException/);
  } finally {
    await fake.close();
  }
});

test('an account listed twice, and one excluded, are decided as the whole listing decides them', async () => {
  const org = generatedOrganization({ accounts: 45, usersPerAccount: 2 });
  const [, excluded, suspended] = org.members.map((m) => m.account.accountId);
  const member = org.members[2];
  if (!member) throw new Error('no third member');
  member.state = 'SUSPENDED';
  const fake = await startFakeOrganization(org, { latencyMs: 20 });
  try {
    const run = await runAction(fake, {
      node: E2E_RUNTIME.node,
      inputs: {
        ...inputs,
        // An OU walk beside the whole Organization names every account twice.
        accounts: `organization, ${org.rootId}`,
        'exclude-accounts': excluded as string,
      },
    });
    expect(run.exitCode).toBe(0);
    const accounts = run.report.accounts as Array<{ accountId: string; status: string }>;
    expect(accounts).toHaveLength(45);
    expect(accounts.find((a) => a.accountId === excluded)?.status).toBe('skipped');
    expect(accounts.find((a) => a.accountId === suspended)?.status).toBe('skipped');
    expect(accounts.filter((a) => a.status === 'audited')).toHaveLength(43);
    // Each account entered once, though two listings named it.
    expect(fake.calls.get('sts:AssumeRole')).toBe(43 - 1);
    expect(fake.callsByAccount.get(excluded as string)).toBeUndefined();
  } finally {
    await fake.close();
  }
});
