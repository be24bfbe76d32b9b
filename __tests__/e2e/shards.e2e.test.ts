// Past one job (issue 12): four shards of a 12-account Organization, then the merge, read exactly as
// one run over every account; a missing shard fails the merge.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { generatedOrganization, HUB_ROLE_ARN } from '../fake-aws/organization.js';
import type { FakeOrganization } from '../fake-aws/organization.js';
import { runAction, type ActionRun } from '../fake-aws/run-action.js';
import { E2E_RUNTIME } from '../fake-aws/runtimes.js';
import { startFakeOrganization } from '../fake-aws/server.js';
import { scenarioOrg } from './harness.js';

const node = E2E_RUNTIME.node;

function twelveAccounts(): FakeOrganization {
  const org = generatedOrganization({ accounts: 12, usersPerAccount: 3, lackingMfa: 0.34 });
  const [, second, third, fourth] = org.members;
  if (!second || !third || !fourth) throw new Error('too few accounts');
  second.state = 'SUSPENDED';
  third.account = { ...third.account, roles: [] };
  fourth.account = {
    ...fourth.account,
    root: { password: true, virtualDevices: [], hardwareKeys: 0, accessKeys: [] },
  };
  return org;
}

const inputs = { 'role-to-assume': HUB_ROLE_ARN, accounts: 'organization', 'fail-on': 'critical' };
/** What must not differ between a merge and one run: every account's findings, and the outcome. */
const comparable = (report: {
  accounts: Array<Record<string, unknown> & { findings: Array<Record<string, unknown>> }>;
  totals: object;
}) => ({
  // The times of reading differ between runs; everything else must not.
  accounts: report.accounts.map(
    ({ evidenceReadAt: _read, credentialReportGeneratedAt: _gen, findings, ...rest }) => ({
      ...rest,
      findings: findings.map(({ firstSeen: _first, ...finding }) => finding),
    }),
  ),
  totals: report.totals,
});
const accountOutputs = (run: ActionRun) =>
  Object.fromEntries(
    [
      'result',
      'critical',
      'medium',
      'accounts-audited',
      'accounts-failed',
      'accounts-not-judged',
      'accounts-skipped',
    ].map((name) => [name, run.outputs[name]]),
  );

async function shardsThenMerge(
  org: FakeOrganization,
  shards: number[],
  count: number,
  mergeInputs: Record<string, string> = {},
  /** Per shard: another Organization to discover (a fault, an account created), or other inputs. */
  per: {
    org?: (index: number) => FakeOrganization | undefined;
    inputs?: (index: number) => Record<string, string>;
    env?: (index: number) => Record<string, string>;
  } = {},
) {
  const fake = await startFakeOrganization(org);
  const root = await mkdtemp(path.join(tmpdir(), 'iam-mfa-audit-merge-'));
  const dir = path.join(root, 'shards');
  await mkdir(dir);
  try {
    for (const index of shards) {
      const own = per.org?.(index);
      const shardFake = own ? await startFakeOrganization(own) : fake;
      const run = await runAction(shardFake, {
        node,
        inputs: {
          ...inputs,
          shard: `${index}/${count}`,
          'fail-on': 'none',
          ...per.inputs?.(index),
        },
        env: per.env?.(index),
      }).finally(() => (own ? shardFake.close() : undefined));
      expect(run.outputs['artifact-name']).toBe(`iam-mfa-audit-shard-${index}-of-${count}`);
      expect(path.basename(run.outputs['report-path'] ?? '')).toBe(
        `iam-mfa-audit-shard-${index}-of-${count}.json`,
      );
      await writeFile(
        path.join(dir, `shard-${index}.json`),
        await readFile(run.outputs['report-path'] as string),
      );
    }
  } finally {
    await fake.close();
  }
  // The merge needs no AWS: no endpoint, no credentials, no OIDC variables.
  const noAws = await startFakeOrganization(org);
  const calls = () => [...noAws.calls.values()].reduce((a, b) => a + b, 0);
  try {
    const merge = await runAction(noAws, {
      node,
      ambient: true,
      inputs: {
        'merge-reports': 'shards/*.json',
        'fail-on': 'critical',
        'sarif-path': 'merged.sarif',
        ...mergeInputs,
      },
      env: {
        GITHUB_WORKSPACE: root,
        AWS_ACCESS_KEY_ID: undefined,
        AWS_SECRET_ACCESS_KEY: undefined,
        AWS_SESSION_TOKEN: undefined,
      },
    });
    expect(calls()).toBe(0);
    return merge;
  } finally {
    await noAws.close();
  }
}

describe('shard: K/N and merge-reports', () => {
  test('four shards merged equal one unsharded run: findings, outputs and outcome', async () => {
    const whole = await scenarioOrg(twelveAccounts(), { node, inputs });
    const merge = await shardsThenMerge(twelveAccounts(), [1, 2, 3, 4], 4);
    expect(comparable(merge.report)).toEqual(comparable(whole.report));
    expect(accountOutputs(merge)).toEqual(accountOutputs(whole));
    expect(merge.exitCode).toBe(whole.exitCode);
    expect(merge.report.accounts).toHaveLength(12);
    expect(merge.summary.split('\n')[0]).toBe(whole.summary.split('\n')[0]);
    const sarif = JSON.parse(await readFile(merge.outputs['sarif-path'] as string, 'utf8'));
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  });

  test('a missing shard fails the merge, naming it; what was merged is still reported', async () => {
    const merge = await shardsThenMerge(twelveAccounts(), [1, 2, 4], 4);
    expect(merge.exitCode).toBe(1);
    expect(merge.outputs.result).toBe('failed');
    expect(merge.failure).toMatch(/shard 3 of 4 is missing: its accounts were never audited/);
    expect(merge.report.errors.join(' ')).toMatch(/shard 3 of 4 is missing/);
    expect(merge.report.accounts.length).toBeGreaterThan(0);
  });

  test('the merge applies exceptions as one run would: an accepted finding stays FAILED and does not fail the step', async () => {
    // The fifth account's root lacks MFA; every other account passes the critical controls.
    const org = twelveAccounts();
    const account = org.members[3]?.account.accountId as string;
    const merge = await shardsThenMerge(org, [1, 2, 3], 3, {
      'fail-on': 'critical',
      exceptions: [
        `- control: [IAM.9, IAM.6]`,
        `  account: '${account}'`,
        `  resource: root`,
        `  reason: being replaced this quarter`,
        `  expires: 2099-12-31`,
      ].join('\n'),
    });
    const accepted = merge.report.accounts
      .find((a: { accountId: string }) => a.accountId === account)
      .findings.filter((f: { control: string }) => f.control === 'IAM.9');
    expect(accepted).toMatchObject([
      { status: 'FAILED', exception: { reason: 'being replaced this quarter' } },
    ]);
    // The member role missing in another account still makes the run fail: never passed.
    expect(merge.outputs.result).toBe('failed');
    expect(merge.failure).not.toMatch(/IAM\.9: 1 failed/);
  });

  test('a file that is not a report of this tool is an error naming the file, never skipped', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'iam-mfa-audit-merge-'));
    const shards = path.join(root, 'shards');
    await mkdir(shards);
    await writeFile(path.join(shards, 'a.json'), '{"hello": "world"}');
    await writeFile(path.join(shards, 'b.json'), '{ cut');
    const fake = await startFakeOrganization(twelveAccounts());
    try {
      const merge = await runAction(fake, {
        node,
        ambient: true,
        inputs: { 'merge-reports': 'shards/*.json' },
        env: { GITHUB_WORKSPACE: root },
      });
      expect(merge.exitCode).toBe(1);
      expect(merge.failure).toMatch(/shards\/a\.json is not a report of iam-mfa-audit/);
      expect(merge.failure).toMatch(/shards\/b\.json is not a readable JSON report/);
    } finally {
      await fake.close();
    }
  });

  test('a merge that matched no file judged nothing: never ✅, never passed, and SARIF says the run failed', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'iam-mfa-audit-merge-'));
    const fake = await startFakeOrganization(twelveAccounts());
    try {
      const merge = await runAction(fake, {
        node,
        ambient: true,
        inputs: { 'merge-reports': 'shards/*.json', 'sarif-path': 'merged.sarif' },
        env: { GITHUB_WORKSPACE: root },
      });
      expect(merge.exitCode).toBe(1);
      expect(merge.outputs.result).toBe('failed');
      expect(merge.summary).not.toMatch(/✅|passed/);
      expect(merge.summary).toMatch(/^## ⚠️ IAM MFA audit incomplete: no account was judged/m);
      expect(merge.report.totals.result).toBe('failed');
      const sarif = JSON.parse(await readFile(path.join(root, 'merged.sarif'), 'utf8'));
      expect(sarif.runs).toHaveLength(1);
      expect(sarif.runs[0].results).toEqual([]);
      expect(sarif.runs[0].invocations).toEqual([
        {
          executionSuccessful: false,
          toolExecutionNotifications: [
            { level: 'error', message: { text: expect.stringContaining('matched no file') } },
          ],
        },
      ]);
    } finally {
      await fake.close();
    }
  });

  test('shards missing: the headline names them and how many accounts nobody audited', async () => {
    const merge = await shardsThenMerge(twelveAccounts(), [1, 3], 4);
    expect(merge.exitCode).toBe(1);
    const heading = merge.summary.split('\n').find((line: string) => line.startsWith('## '));
    expect(heading).toMatch(/\(shards 2, 4 of 4 missing: 6 of 12 accounts not audited\)/);
    expect(heading).not.toMatch(/✅/);
  });

  test('a shard whose discovery failed fails the merge, naming the shard and its error (issue 26.1)', async () => {
    const throttled = (index: number) => {
      if (index !== 2) return undefined;
      const org = twelveAccounts();
      org.faults = { ListAccounts: { code: 'TooManyRequestsException', status: 400 } };
      return org;
    };
    const merge = await shardsThenMerge(twelveAccounts(), [1, 2], 2, {}, { org: throttled });
    expect(merge.exitCode).toBe(1);
    expect(merge.outputs.result).toBe('failed');
    expect(merge.failure).toMatch(
      /shard-2\.json \(shard 2 of 2\) could not complete: .*ListAccounts/,
    );
    expect(merge.summary).not.toMatch(/^## ✅/m);
    expect(merge.summary).toMatch(/shard 2 of 2 failed: 6 of 12 accounts not audited/);
  });

  test('shards that discovered different account lists fail the merge, saying a rerun fixes it (issue 26.2)', async () => {
    // An account created between shard 1's discovery and shard 2's shifts the slices.
    const grown = (index: number) => {
      if (index !== 2) return undefined;
      const org = twelveAccounts();
      const extra = generatedOrganization({ accounts: 13, usersPerAccount: 1, lackingMfa: 0 })
        .members[12];
      if (!extra) throw new Error('no 13th account');
      org.members.push({ ...extra, parentId: org.rootId });
      return org;
    };
    const merge = await shardsThenMerge(twelveAccounts(), [1, 2], 2, {}, { org: grown });
    expect(merge.exitCode).toBe(1);
    expect(merge.failure).toMatch(
      /the shards saw different account lists \(shard 1 sliced 12 accounts; shard 2 sliced 13 accounts\).*Re-run the whole matrix/,
    );
  });

  test('a shard report of another workflow run is a stranger: named, and not merged (issue 26.3)', async () => {
    const merge = await shardsThenMerge(
      twelveAccounts(),
      [1, 2],
      2,
      {},
      {
        env: (index): Record<string, string> =>
          index === 2 ? { GITHUB_REPOSITORY: 'someone/else', GITHUB_RUN_ID: '77' } : {},
      },
    );
    expect(merge.exitCode).toBe(1);
    expect(merge.failure).toMatch(
      /shard-2\.json \(shard 2 of 2\) is from someone\/else run 77, generated .*, not octo-org\/octo-repo run 4242/,
    );
    expect(merge.report.accounts).toHaveLength(6);
  });

  test("a shard's exceptions do not outlive the merge's: the merge decides from its own input (issue 26.7)", async () => {
    const org = twelveAccounts();
    const account = org.members[3]?.account.accountId as string;
    const exception = [
      `- control: [IAM.9, IAM.6]`,
      `  account: '${account}'`,
      `  resource: root`,
      `  reason: being replaced this quarter`,
      `  expires: 2099-12-31`,
    ].join('\n');
    const merge = await shardsThenMerge(
      twelveAccounts(),
      [1, 2, 3],
      3,
      {},
      {
        inputs: () => ({ exceptions: exception }),
      },
    );
    const root = merge.report.accounts
      .find((a: { accountId: string }) => a.accountId === account)
      .findings.filter((f: { control: string }) => f.control === 'IAM.9');
    expect(root).toHaveLength(1);
    expect(root[0].status).toBe('FAILED');
    expect(root[0]).not.toHaveProperty('exception');
    expect(merge.outputs.excepted).toBe('0');
    expect(merge.failure).toMatch(/IAM\.9: 1 failed/);
  });
});
