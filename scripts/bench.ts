// `npm run bench`: the bundled action, run as the runner runs it, against the fake AWS with a
// realistic cost per call (a round-trip delay and IAM-like throttling), beside the floor the
// evidence allows and the per-user approach, all measured in this one run. Figures, not asserts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LIVE_CONCURRENCY } from '../src/aws/snapshot.js';
import {
  compliantAccount,
  type FakeAccount,
  type FakeUser,
} from '../__tests__/fake-aws/account.js';
import { E2E_RUNTIME } from '../__tests__/fake-aws/runtimes.js';
import { BUNDLE, runAction } from '../__tests__/fake-aws/run-action.js';
import { startFakeAws } from '../__tests__/fake-aws/server.js';
import { floorOf } from './bench/floor.js';
import { perUserAudit } from './bench/per-user.js';
import { benchLivePasses } from './bench/live-passes.js';
import { benchOrganization } from './bench/organization.js';
import { benchMerge } from './bench/merge.js';
import { benchCognito } from './bench/cognito.js';
import { benchRootSessions } from './bench/root-sessions.js';
import { benchStartUp } from './bench/start-up.js';
import { benchOneAccountPhases } from './bench/one-account-phases.js';
import { median, peakRssMb, RSS_HOOK, spread } from './bench/stats.js';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const LATENCY_MS = env('BENCH_LATENCY_MS', 40);
const RATE = env('BENCH_RATE', 200);
const BURST = env('BENCH_BURST', 100);
const RUNS = env('BENCH_RUNS', 3);
const BIG_RUNS = env('BENCH_BIG_RUNS', 2);
const SIZES = (process.env.BENCH_SIZES ?? '0,100,1000,5000')
  .split(',')
  .map(Number)
  .filter((n) => n >= 0 && process.env.BENCH_SIZES !== '');
const SECTIONS = new Set(
  (
    process.env.BENCH_SECTIONS ??
    'start-up,phases,sizes,live-passes,organization,root-sessions,cognito,merge'
  ).split(','),
);
const ORG_SIZES = (process.env.BENCH_ORG_SIZES ?? '100,1000').split(',').map(Number);
/** AWS's pace for a credential report (docs/performance.md says where the figure comes from). */
const REPORT_GENERATION_MS = env('BENCH_REPORT_GENERATION_MS', 5000);
const STS_RATE = env('BENCH_STS_RATE', 200);
// The last build before every pass was checked live (issue 15): the "before" of that section.
const BEFORE_COMMIT = process.env.BENCH_BEFORE ?? '6c1947f';
const throttle = { ratePerSecond: RATE, burst: BURST };
const node = E2E_RUNTIME.node;

type ReportKind = 'generated' | 'fresh' | 'stale';

// generated: no report before the run, which generates one (live evidence, spec "Fresh evidence");
// fresh: one 5 minutes old; stale: 3 hours old, 5 % of users changed since. Both already there.
function account(users: number, lacking: number, report: ReportKind): FakeAccount {
  const list: FakeUser[] = Array.from({ length: users }, (_, i) => ({
    name: `user-${i}`,
    password: i % 2 === 0,
    mfa: i < Math.round(users * lacking) ? 'none' : 'virtual',
  }));
  if (report === 'stale') {
    // 5 % of users changed since the report: half created since, half with MFA changed since.
    const changed = Math.round(users * 0.05);
    for (let i = 0; i < changed; i++) {
      const user = list[users - 1 - i * 19 - (i % 7)] ?? list[i];
      if (!user) continue;
      user.inReport = i % 2 ? 'absent' : { mfa: user.mfa === 'none' ? 'virtual' : 'none' };
    }
  }
  return compliantAccount({
    users: list,
    report: {
      ageMinutes: report === 'stale' ? 180 : report === 'fresh' ? 5 : 0,
      ...(report === 'generated' ? { present: false } : {}),
    },
  });
}

function nodeStartMs(): number {
  const times = Array.from({ length: 7 }, () => {
    const t = performance.now();
    execFileSync(node, ['-e', '']);
    return performance.now() - t;
  });
  return median(times);
}

const bareNode = nodeStartMs();
const bundleKiB = Math.round(statSync(BUNDLE).size / 1024);
const distDir = path.dirname(BUNDLE);
const allChunksKiB = Math.round(
  readdirSync(distDir)
    .filter((file) => file.endsWith('.js'))
    .reduce((n, file) => n + statSync(path.join(distDir, file)).size, 0) / 1024,
);
console.log(
  `iam-mfa-audit bench · ${new Date().toISOString()} · node ${execFileSync(node, ['--version']).toString().trim()} · ${LATENCY_MS} ms per call · throttle ${RATE}/s (burst ${BURST}) · concurrency ${LIVE_CONCURRENCY} · bundle: entry ${bundleKiB} KiB of ${allChunksKiB} KiB · bare node start ${Math.round(bareNode)} ms`,
);
const startUp = SECTIONS.has('start-up')
  ? await benchStartUp({
      node,
      latencyMs: LATENCY_MS,
      runs: env('BENCH_START_RUNS', 15),
      beforeCommit: process.env.BENCH_START_BEFORE ?? 'ef46246',
    })
  : undefined;

const phases = SECTIONS.has('phases')
  ? await benchOneAccountPhases({
      node,
      latencyMs: LATENCY_MS,
      throttle,
      runs: RUNS,
      sizes: [0, 100],
      reportGenerationMs: REPORT_GENERATION_MS,
    })
  : [];

if (SECTIONS.has('sizes')) {
  console.log(
    '\nOne account (issues 9 and 15): report generated in the run, or already there (fresh: 5 min; stale: 3 h, 5 % changed since)',
  );
  console.log(
    '| users | no MFA | report | median ms (spread) | floor ms | ours/floor | per-user ms | per-user/ours | IAM calls (needed) | throttled | cold start ms | peak RSS MB |',
  );
  console.log(
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
}

const perUserBySize = new Map<number, number>();
const rows: object[] = [];
for (const users of SECTIONS.has('sizes') ? SIZES : []) {
  const runs = users >= 5000 ? BIG_RUNS : RUNS;
  // The per-user approach does not read the credential report: its cost depends on the users alone.
  const theirs: number[] = [];
  // At 5,000 users one per-user run takes about a minute; one keeps the bench within 10 minutes.
  for (let i = 0; i < (users >= 5000 ? 1 : runs); i++) {
    const fake = await startFakeAws(account(users, 0, 'fresh'), {
      latencyMs: LATENCY_MS,
      throttle,
    });
    // Same footing as ours: a Node start and the AssumeRoleWithWebIdentity round trip come first.
    theirs.push(bareNode + LATENCY_MS + (await perUserAudit(fake, LIVE_CONCURRENCY)));
    await fake.close();
  }
  perUserBySize.set(users, median(theirs));

  for (const lacking of users === 0 ? [0] : [0, 0.3, 1]) {
    for (const report of ['generated', 'fresh', 'stale'] as const) {
      const times: number[] = [];
      const cold: number[] = [];
      const rss: number[] = [];
      let calls = 0;
      let throttled = 0;
      for (let i = 0; i < runs; i++) {
        const fake = await startFakeAws(account(users, lacking, report), {
          latencyMs: LATENCY_MS,
          throttle,
        });
        const run = await runAction(fake, {
          node,
          inputs: { 'fail-on': 'none' },
          nodeArgs: [RSS_HOOK],
        });
        await fake.close();
        if (run.exitCode !== 0) throw new Error(`run failed: ${run.failure ?? run.stderr}`);
        times.push(run.elapsedMs);
        cold.push((fake.firstRequestAt() ?? run.startedAt) - run.startedAt);
        rss.push(peakRssMb(run.stderr));
        throttled = [...fake.throttled]
          .filter(([op]) => op.startsWith('iam:'))
          .reduce((n, [, c]) => n + c, 0);
        calls =
          [...fake.calls].filter(([op]) => op.startsWith('iam:')).reduce((n, [, c]) => n + c, 0) -
          throttled;
      }
      const floor = floorOf({
        account: account(users, lacking, report),
        latencyMs: LATENCY_MS,
        ratePerSecond: RATE,
        burst: BURST,
        nodeStartMs: bareNode,
      });
      const ours = median(times);
      const perUser = perUserBySize.get(users) as number;
      const row = {
        users,
        lackingMfaPercent: lacking * 100,
        report,
        medianMs: Math.round(ours),
        spreadMs: spread(times),
        floorMs: Math.round(floor.ms),
        oursOverFloor: +(ours / floor.ms).toFixed(2),
        perUserMs: Math.round(perUser),
        perUserOverOurs: +(perUser / ours).toFixed(2),
        iamCalls: calls,
        iamCallsNeeded: floor.iamCalls,
        throttled,
        coldStartMs: Math.round(median(cold)),
        coldStartOverBareNodeMs: Math.round(median(cold) - bareNode),
        peakRssMb: Math.round(Math.max(...rss)),
      };
      rows.push(row);
      console.log(
        `| ${users} | ${lacking * 100}% | ${report} | ${row.medianMs} (${row.spreadMs}) | ${row.floorMs} | ${row.oursOverFloor} | ${row.perUserMs} | ${row.perUserOverOurs} | ${calls} (${floor.iamCalls}) | ${throttled} | ${row.coldStartMs} | ${row.peakRssMb} |`,
      );
    }
  }
}
const livePasses = SECTIONS.has('live-passes')
  ? await benchLivePasses({
      node,
      latencyMs: LATENCY_MS,
      throttle,
      bareNodeMs: bareNode,
      runs: BIG_RUNS,
      beforeCommit: BEFORE_COMMIT,
      users: env('BENCH_LIVE_USERS', 5000),
    })
  : [];

const organizations = SECTIONS.has('organization')
  ? await benchOrganization({
      node,
      latencyMs: LATENCY_MS,
      throttle,
      stsThrottle: { ratePerSecond: STS_RATE, burst: BURST },
      bareNodeMs: bareNode,
      runs: BIG_RUNS,
      sizes: ORG_SIZES,
      reportGenerationMs: REPORT_GENERATION_MS,
      before: process.env.BENCH_ORG_BEFORE !== '0',
      beforePaceRuns: env('BENCH_ORG_BEFORE_PACE_RUNS', 1),
    })
  : [];

const rootSessions = SECTIONS.has('root-sessions')
  ? await benchRootSessions({
      node,
      latencyMs: LATENCY_MS,
      throttle,
      stsThrottle: { ratePerSecond: STS_RATE, burst: BURST },
      bareNodeMs: bareNode,
      runs: BIG_RUNS,
      accounts: env('BENCH_ROOT_ACCOUNTS', 1000),
    })
  : [];

const cognito = SECTIONS.has('cognito')
  ? await benchCognito({
      node,
      latencyMs: LATENCY_MS,
      bareNodeMs: bareNode,
      runs: RUNS,
      poolCounts: [0, 10, 100],
      orgAccounts: env('BENCH_COGNITO_ACCOUNTS', 100),
      orgPoolsPerAccount: 10,
    })
  : [];

const merge = SECTIONS.has('merge')
  ? await benchMerge({
      node,
      accounts: env('BENCH_MERGE_ACCOUNTS', 10000),
      shards: env('BENCH_MERGE_SHARDS', 100),
      runs: env('BENCH_MERGE_RUNS', 3),
    })
  : undefined;

mkdirSync('.tmp', { recursive: true });
const result = {
  startUp,
  phases,
  merge,
  livePasses,
  organizations,
  rootSessions,
  cognito,
  at: new Date().toISOString(),
  latencyMs: LATENCY_MS,
  throttle,
  concurrency: LIVE_CONCURRENCY,
  bareNodeStartMs: Math.round(bareNode),
  bundleKiB,
  rows,
};
writeFileSync('.tmp/bench.json', JSON.stringify(result, null, 2) + '\n');
console.log('written to .tmp/bench.json');
