// The merge's reading of shard reports: repeated parts shared, nothing else changed.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { mergeShardReports } from '../../src/merge/merge-shards.js';
import { SCHEMA_VERSION } from '../../src/report/json-format.js';

const remediation = { text: 'Assign an MFA device.', verify: 'aws iam list-mfa-devices', url: 'u' };
const userFinding = (accountId: string, user: string, observed: Record<string, unknown>) => ({
  control: 'IAM.5',
  title: 'MFA should be enabled for all IAM users that have a console password',
  severity: 'medium',
  status: 'PASSED',
  resourceType: 'AwsIamUser',
  resource: `arn:aws:iam::${accountId}:user/${user}`,
  message: `IAM user ${user} has an MFA device.`,
  evidence: { source: 'live', calls: ['iam:ListMFADevices'], observed },
  remediation,
});
const account = (accountId: string, findings: object[], alias?: string) => ({
  accountId,
  partition: 'aws',
  ...(alias ? { alias } : {}),
  status: 'audited',
  credentialReportGeneratedAt: null,
  evidenceReadAt: '2026-11-29T06:17:00.000Z',
  notes: [],
  findings,
});
const RUN = { repository: 'octo/audits', runId: 4242, attempt: 1 };
const SELECTION = { accounts: 4, digest: '0123456789abcdef' };
const shard = (index: number, count: number, accounts: object[]) => ({
  schemaVersion: SCHEMA_VERSION,
  tool: { name: 'iam-mfa-audit', version: '0.1.0' },
  run: RUN,
  controls: ['IAM.5'],
  shard: { index, count, selection: SELECTION },
  accounts,
  errors: [] as string[],
  totals: { result: 'passed' },
});

async function merged(...reports: object[]) {
  const dir = await mkdtemp(path.join(tmpdir(), 'iam-mfa-audit-merge-'));
  for (const [i, report] of reports.entries())
    // A large first report, a small second: the second must not read what is left of the first.
    await writeFile(path.join(dir, `shard-${i + 1}.json`), JSON.stringify(report, null, i ? 0 : 8));
  return mergeShardReports('shard-*.json', dir);
}

describe('mergeShardReports', () => {
  test('a user whose evidence differs keeps its own, in its own key order', async () => {
    const findings = [
      userFinding('111111111111', 'ann', { mfaActive: true, consolePassword: true }),
      userFinding('111111111111', 'bob', { mfaActive: true, consolePassword: false }),
      userFinding('111111111111', 'cid', { consolePassword: true, mfaActive: true }),
      userFinding('111111111111', 'dan', { mfaActive: true, consolePassword: true, extra: 1 }),
      userFinding('111111111111', 'eve', { mfaActive: true, consolePassword: true }),
    ];
    const result = await merged(shard(1, 1, [account('111111111111', findings)]));
    expect(result.problems).toEqual([]);
    const read = result.accounts[0]?.findings ?? [];
    expect(JSON.stringify(read)).toBe(JSON.stringify(findings));
    // Equal evidence and fixes are one object, so ten thousand accounts fit in memory.
    expect(read[4]?.evidence).toBe(read[0]?.evidence);
    expect(read[1]?.remediation).toBe(read[0]?.remediation);
    expect(read[1]?.evidence).not.toBe(read[0]?.evidence);
  });

  test('reports of different sizes, read one after the other, are each read whole', async () => {
    const big = shard(1, 2, [
      account(
        '111111111111',
        Array.from({ length: 200 }, (_, i) => userFinding('111111111111', `u${i}`, { i })),
      ),
    ]);
    const small = shard(2, 2, [account('222222222222', [], 'prod-é-☃')]);
    const result = await merged(big, small);
    expect(result.problems).toEqual([]);
    expect(result.accounts.map((a) => [a.accountId, a.alias, a.findings.length])).toEqual([
      ['111111111111', undefined, 200],
      ['222222222222', 'prod-é-☃', 0],
    ]);
  });

  test('a passing finding is held compactly, yet reads and writes as the finding it was', async () => {
    const pass = userFinding('111111111111', 'ann', { mfaActive: true });
    const failed = {
      ...userFinding('111111111111', 'bob', { mfaActive: false }),
      status: 'FAILED',
      message: 'IAM user bob has no MFA device.',
    };
    const result = await merged(
      shard(1, 1, [account('111111111111', [pass, failed, { ...pass, resource: 'r2' }])]),
    );
    const [readPass, readFailed, readPass2] = result.accounts[0]?.findings ?? [];
    for (const key of Object.keys(pass))
      expect(readPass?.[key as keyof typeof readPass]).toEqual(pass[key as keyof typeof pass]);
    expect(JSON.stringify(readPass, null, 2)).toBe(JSON.stringify(pass, null, 2));
    expect(Object.getPrototypeOf(readPass)).toBe(Object.getPrototypeOf(readPass2));
    // A FAILED finding keeps every field its own: exceptions and the baseline copy it with a spread.
    expect({ ...readFailed }).toEqual(failed);
  });

  test('a shard of another schema version names the file and the rerun; its accounts are not merged', async () => {
    const older = { ...shard(2, 2, [account('222222222222', [])]), schemaVersion: 1 };
    const result = await merged(shard(1, 2, [account('111111111111', [])]), older);
    expect(result.problems).toEqual([
      `shard-2.json is not a report of iam-mfa-audit that this version merges: schemaVersion 1 is not one this version reads here (${SCHEMA_VERSION}) (re-run the shards with the same version of the action).`,
      'shard 2 of 2 is missing: its accounts were never audited, so the Organization is not judged. Re-run the failed matrix jobs, then the merge.',
    ]);
    expect(result.accounts.map((a) => a.accountId)).toEqual(['111111111111']);
  });

  describe('a merge never trusts a shard it cannot vouch for (issue 26)', () => {
    const one = [account('111111111111', [])];
    const two = [account('222222222222', [])];

    test('a shard whose run failed fails the merge, naming the shard and its error', async () => {
      const failed = {
        ...shard(2, 2, []),
        errors: ['organizations:ListAccounts failed with ThrottlingException.'],
        totals: { result: 'failed' },
      };
      const result = await merged(shard(1, 2, one), failed);
      expect(result.problems).toEqual([
        'shard-2.json (shard 2 of 2) could not complete: organizations:ListAccounts failed with ThrottlingException. Its accounts are not all judged; re-run that matrix job, then the merge.',
      ]);
      expect(result.partOf).toBe('shard 2 of 2 failed: 3 of 4 accounts not audited');
    });

    test('a result no completed run has, or no errors list, is a failed shard too', async () => {
      const skipped = { ...shard(2, 2, two), totals: { result: 'skipped' } };
      expect((await merged(shard(1, 2, one), skipped)).problems[0]).toMatch(
        /shard 2 of 2\) could not complete: its result is "skipped"/,
      );
      const cut: Partial<ReturnType<typeof shard>> = shard(2, 2, two);
      delete cut.errors;
      expect((await merged(shard(1, 2, one), cut)).problems[0]).toMatch(/no errors list/);
      // fail-on: none lets a shard end incomplete; its ERROR findings are merged and judged.
      const incomplete = { ...shard(2, 2, two), totals: { result: 'incomplete' } };
      expect((await merged(shard(1, 2, one), incomplete)).problems).toEqual([]);
    });

    test('shards that sliced different lists fail the merge and say a rerun fixes it', async () => {
      const other = {
        ...shard(2, 2, two),
        shard: { index: 2, count: 2, selection: { accounts: 5, digest: 'fedcba9876543210' } },
      };
      const result = await merged(shard(1, 2, one), other);
      expect(result.problems).toEqual([
        'the shards saw different account lists (shard 1 sliced 4 accounts; shard 2 sliced 5 accounts): an account was created, closed or moved between their discoveries, so an account may be in no slice or in two. Re-run the whole matrix, then the merge.',
      ]);
    });

    test('a shard of another run is a stranger: named, and not merged', async () => {
      const stranger = {
        ...shard(2, 2, two),
        run: { repository: 'someone/else', runId: 1 },
        generatedAt: '2019-03-01T00:00:00Z',
      };
      const result = await merged(shard(1, 2, one), stranger);
      expect(result.problems[0]).toBe(
        "shard-2.json (shard 2 of 2) is from someone/else run 1, generated 2019-03-01T00:00:00Z, not octo/audits run 4242: the merge takes the shards of one run only. Download only this run's reports (actions/download-artifact without run-id), and clear the folder of older ones.",
      );
      expect(result.accounts.map((a) => a.accountId)).toEqual(['111111111111']);
      expect(result.partOf).toBe('shard 2 of 2 missing: 3 of 4 accounts not audited');
    });

    test("the merge job's own run decides, and a re-run attempt of a shard is of the same run", async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'iam-mfa-audit-merge-'));
      await writeFile(path.join(dir, 'a.json'), JSON.stringify(shard(1, 2, one)));
      await writeFile(
        path.join(dir, 'b.json'),
        JSON.stringify({ ...shard(2, 2, two), run: { ...RUN, attempt: 2 } }),
      );
      expect((await mergeShardReports('*.json', dir, RUN)).problems).toEqual([]);
      const other = await mergeShardReports('*.json', dir, { repository: 'octo/audits', runId: 9 });
      expect(other.problems).toHaveLength(2);
      expect(other.problems[0]).toMatch(
        /a.json \(shard 1 of 2\) is from octo\/audits run 4242, not octo\/audits run 9/,
      );
    });
  });
});
