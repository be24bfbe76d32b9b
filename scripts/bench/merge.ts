// Issue 12's figure: a merge of 10,000 accounts from 100 shard reports, through dist/index.js.
// The shard reports are made by the action's own report builder from the controls' verdicts on
// plain snapshots (20 users per account, 10 % without MFA), so they have a real report's shape.
import { mkdir, mkdtemp, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { snapshot } from '../../__tests__/controls/snapshot-builder.js';
import { compliantAccount } from '../../__tests__/fake-aws/account.js';
import { runAction } from '../../__tests__/fake-aws/run-action.js';
import { startFakeAws } from '../../__tests__/fake-aws/server.js';
import { judge } from '../../src/audit/account.js';
import { CONTROL_IDS, type AccountSnapshot, type UserFacts } from '../../src/model.js';
import { decideOutcome } from '../../src/outcome/outcome.js';
import { buildJsonReport } from '../../src/report/json.js';
import { jsonChunks } from '../../src/report/json-chunks.js';
import { median, peakRssMb, RSS_HOOK, spread } from './stats.js';

export interface MergeBenchOptions {
  node: string;
  accounts: number;
  shards: number;
  runs: number;
}

function accountSnapshot(accountId: string): AccountSnapshot {
  const users: UserFacts[] = Array.from({ length: 20 }, (_, i) => ({
    userName: `user-${i}`,
    arn: `arn:aws:iam::${accountId}:user/user-${i}`,
    mfa: { ok: true, value: { value: i >= 2, source: 'live', via: 'iam:ListMFADevices' } },
    password: { ok: true, value: { value: true, source: 'credential-report' } },
  }));
  const now = new Date().toISOString();
  const passing = snapshot().users;
  if (!passing?.ok) throw new Error('the snapshot builder lists users');
  return snapshot({
    accountId,
    readAt: now,
    users: { ok: true, value: { ...passing.value, users, reportGeneratedAt: now } },
    credentialReportGeneratedAt: now,
  });
}

async function writeShards(dir: string, o: MergeBenchOptions): Promise<number> {
  let bytes = 0;
  const perShard = Math.ceil(o.accounts / o.shards);
  for (let shard = 1; shard <= o.shards; shard++) {
    const accounts = Array.from({ length: perShard }, (_, i) =>
      judge(CONTROL_IDS, accountSnapshot(String(200000000000 + (shard - 1) * perShard + i))),
    );
    const report = buildJsonReport({
      version: '0.1.0',
      generatedAt: new Date().toISOString(),
      accounts,
      outcome: decideOutcome(accounts, 'critical'),
      failOn: 'critical',
      errors: [],
      shard: { index: shard, count: o.shards },
      controls: CONTROL_IDS,
    });
    const handle = await open(path.join(dir, `shard-${shard}.json`), 'w');
    for (const chunk of jsonChunks(report)) {
      bytes += Buffer.byteLength(chunk);
      await handle.write(chunk);
    }
    await handle.close();
  }
  return bytes;
}

export async function benchMerge(o: MergeBenchOptions): Promise<object> {
  const root = await mkdtemp(path.join(tmpdir(), 'iam-mfa-audit-merge-bench-'));
  await mkdir(path.join(root, 'shards'));
  const bytes = await writeShards(path.join(root, 'shards'), o);
  // The merge makes no AWS call; the fake is only where the harness points the endpoint.
  const fake = await startFakeAws(compliantAccount());
  try {
    const walls: number[] = [];
    const rss: number[] = [];
    let summaryBytes = 0;
    for (let i = 0; i < o.runs; i++) {
      const run = await runAction(fake, {
        node: o.node,
        ambient: true,
        inputs: { 'merge-reports': 'shards/*.json', 'fail-on': 'none' },
        env: { GITHUB_WORKSPACE: root, RUNNER_DEBUG: undefined },
        nodeArgs: [RSS_HOOK],
      });
      if (run.exitCode !== 0) throw new Error(`merge failed: ${run.failure ?? run.stderr}`);
      walls.push(run.elapsedMs);
      rss.push(peakRssMb(run.stderr));
      summaryBytes = Buffer.byteLength(run.summary);
    }
    const awsCalls = [...fake.calls.values()].reduce((a, b) => a + b, 0);
    const row = {
      accounts: o.accounts,
      shards: o.shards,
      inputMb: Math.round(bytes / 1048576),
      runs: o.runs,
      wallMs: Math.round(median(walls)),
      wallSpreadMs: spread(walls),
      peakRssMb: Math.round(Math.max(...rss)),
      peakRssSpreadMb: spread(rss),
      summaryKiB: Math.round(summaryBytes / 1024),
      awsCalls,
    };
    console.log(
      `\nMerge (issue 12): ${row.accounts} accounts from ${row.shards} shard reports (${row.inputMb} MB of JSON), ${row.runs} runs: median ${row.wallMs} ms (${row.wallSpreadMs}), peak RSS ${row.peakRssMb} MB (${row.peakRssSpreadMb}), summary ${row.summaryKiB} KiB, AWS calls ${awsCalls}`,
    );
    return row;
  } finally {
    await fake.close();
  }
}
