// Issue 23's figures: an Organization of 1,000 accounts, root controls only (IAM.9, IAM.6, IAM.4,
// IMA.1), audited through root sessions (sts:AssumeRoot, no member role) against member roles
// (sts:AssumeRole, in-account reads), with the same per-call delay, per-account IAM throttle and
// per-caller STS throttle as the Organization section. Median wall time beside the floor, the calls
// each way makes, and peak RSS.
import { generatedOrganization, HUB_ROLE_ARN } from '../../__tests__/fake-aws/organization.js';
import { ROOT_SESSION_PREFIX } from '../../__tests__/fake-aws/root-session.js';
import { runAction } from '../../__tests__/fake-aws/run-action.js';
import { startFakeOrganization } from '../../__tests__/fake-aws/server.js';
import { median, peakRssMb, RSS_HOOK, spread } from './stats.js';

export interface RootSessionBenchOptions {
  node: string;
  latencyMs: number;
  throttle: { ratePerSecond: number; burst: number };
  stsThrottle: { ratePerSecond: number; burst: number };
  bareNodeMs: number;
  runs: number;
  accounts: number;
}

const PAGE = 20;
const ROOT_CONTROLS = 'IAM.9, IAM.6, IAM.4, IMA.1';

/**
 * The least time the evidence allows: start-up and the OIDC round trip; discovery's pages one after
 * another (ListOrganizationsFeatures and, with root sessions, DescribeOrganization beside them);
 * then per member one STS call (AssumeRoot or AssumeRole) and one round of reads that do not depend
 * on each other, as many accounts at once as STS's per-caller rate lets the sessions through.
 */
export function rootSessionFloorMs(o: RootSessionBenchOptions): number {
  const d = o.latencyMs;
  const discovery = Math.ceil(o.accounts / PAGE) * d;
  const perAccount = 2 * d;
  const byStsRate =
    (Math.max(0, o.accounts - 1 - o.stsThrottle.burst) / o.stsThrottle.ratePerSecond) * 1000;
  return o.bareNodeMs + d + discovery + byStsRate + perAccount;
}

export async function benchRootSessions(o: RootSessionBenchOptions): Promise<object[]> {
  console.log(
    `\nRoot sessions (issue 23): ${o.accounts} accounts, root controls only; IAM throttle ${o.throttle.ratePerSecond}/s per account, STS ${o.stsThrottle.ratePerSecond}/s (burst ${o.stsThrottle.burst}) per calling account`,
  );
  console.log(
    '| members entered by | median ms (spread) | floor ms | ours/floor | AssumeRoot | AssumeRole | in-account IAM calls | root-session IAM calls | throttled | peak RSS MB |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const floor = rootSessionFloorMs(o);
  const rows: object[] = [];
  for (const [way, assumeRoot] of [
    ['member roles (assume-root: false)', false],
    ['root sessions (assume-root: true)', true],
  ] as const) {
    const times: number[] = [];
    const rss: number[] = [];
    let calls = new Map<string, number>();
    let throttled = 0;
    for (let i = 0; i < o.runs; i++) {
      const org = {
        ...generatedOrganization({ accounts: o.accounts }),
        enabledFeatures: ['RootCredentialsManagement', 'RootSessions'],
      };
      const fake = await startFakeOrganization(org, {
        latencyMs: o.latencyMs,
        throttle: o.throttle,
        stsThrottle: o.stsThrottle,
      });
      const run = await runAction(fake, {
        node: o.node,
        inputs: {
          'role-to-assume': HUB_ROLE_ARN,
          accounts: 'organization',
          controls: ROOT_CONTROLS,
          'assume-root': String(assumeRoot),
          'fail-on': 'none',
        },
        env: { RUNNER_DEBUG: undefined },
        nodeArgs: [RSS_HOOK],
      });
      await fake.close();
      if (run.exitCode !== 0) throw new Error(`run failed: ${run.failure ?? run.stderr}`);
      if (Number(run.outputs['accounts-not-judged'] ?? 0) > 0)
        throw new Error('accounts not judged: the bench measures nothing');
      times.push(run.elapsedMs);
      rss.push(peakRssMb(run.stderr));
      calls = new Map(fake.calls);
      throttled = [...fake.throttled].reduce((n, [, c]) => n + c, 0);
    }
    const count = (test: (op: string) => boolean) =>
      [...calls].filter(([op]) => test(op)).reduce((n, [, c]) => n + c, 0);
    const row = {
      way,
      accounts: o.accounts,
      medianMs: Math.round(median(times)),
      spread: spread(times),
      floorMs: Math.round(floor),
      oursOverFloor: +(median(times) / floor).toFixed(2),
      assumeRoot: calls.get('sts:AssumeRoot') ?? 0,
      assumeRole: calls.get('sts:AssumeRole') ?? 0,
      inAccountIamCalls: count((op) => op.startsWith('iam:')),
      rootSessionIamCalls: count((op) => op.startsWith(`${ROOT_SESSION_PREFIX}iam:`)),
      throttled,
      peakRssMb: Math.round(Math.max(...rss)),
    };
    rows.push(row);
    console.log(
      `| ${way} | ${row.medianMs} (${row.spread}) | ${row.floorMs} | ${row.oursOverFloor} | ${row.assumeRoot} | ${row.assumeRole} | ${row.inAccountIamCalls} | ${row.rootSessionIamCalls} | ${throttled} | ${row.peakRssMb} |`,
    );
  }
  return rows;
}
