// Issue 8's figures: Organizations of 100 and 1,000 accounts (20 users each, 10 % without MFA),
// each with a credential report generated in the run and with one already there (issue 12),
// the same per-call delay and per-account IAM throttle as the rest of the bench, and STS throttled
// per calling account. Median wall time beside the floor, and peak RSS. Issue 25: reports generated
// at AWS's pace (the fake takes `reportGenerationMs` to write each), the accounts in flight over
// time, and the fan-out before (16 accounts at once, no head start) beside now.
import { generatedOrganization, HUB_ROLE_ARN } from '../../__tests__/fake-aws/organization.js';
import { runAction } from '../../__tests__/fake-aws/run-action.js';
import { startFakeOrganization } from '../../__tests__/fake-aws/server.js';
import { cpuMs, CPU_HOOK, median, peakRssMb, RSS_HOOK, spread } from './stats.js';

export interface OrganizationBenchOptions {
  node: string;
  latencyMs: number;
  throttle: { ratePerSecond: number; burst: number };
  stsThrottle: { ratePerSecond: number; burst: number };
  bareNodeMs: number;
  runs: number;
  sizes: number[];
  /** How long AWS takes to generate a credential report (see docs/performance.md). */
  reportGenerationMs: number;
  /** Also run the fan-out as it was (16 at once, reports not started ahead); runs of it at AWS's pace. */
  before: boolean;
  beforePaceRuns: number;
}

/** The fan-out as it was before issue 25, kept reachable for this comparison only. */
const BEFORE_ENV = { IAM_MFA_AUDIT_ACCOUNT_CONCURRENCY: '16', IAM_MFA_AUDIT_HEAD_START: 'off' };

const USERS = 20;
const LACKING = 0.1;
const PAGE = 20;

/**
 * The least time the evidence allows: start-up and the OIDC round trip; discovery's ListAccounts
 * pages, one after another; then, per account, the round trips that depend on each other
 * (AssumeRole; GenerateCredentialReport then GetCredentialReport, beside ListUsers and the device
 * listing; ListMFADevices then GetLoginProfile for users without MFA) — as many accounts at once as
 * STS's per-caller rate keeps busy, so never faster than that rate lets the AssumeRoles through.
 */
export function organizationFloorMs(
  accounts: number,
  o: Pick<OrganizationBenchOptions, 'latencyMs' | 'stsThrottle' | 'bareNodeMs'>,
  reportPresent: boolean,
  generationMs = 0,
): number {
  const d = o.latencyMs;
  const discovery = Math.ceil(accounts / PAGE) * d;
  // A report generated in the run needs no confirmation: ListMFADevices and GetLoginProfile go.
  // Its generation is waited for once per account, the accounts' waits overlapping.
  const perAccount = reportPresent ? 5 * d : 3 * d + generationMs;
  const byStsRate =
    (Math.max(0, accounts - 1 - o.stsThrottle.burst) / o.stsThrottle.ratePerSecond) * 1000;
  return o.bareNodeMs + d + discovery + Math.max(perAccount, byStsRate + perAccount);
}

/** What the fan-out's debug lines say of the accounts in flight (fan-out.ts inFlightLog). */
export interface InFlightSample {
  at: number;
  entering: number;
  waiting: number;
  auditing: number;
  auditBound: number;
  entryBound: number;
}

export function inFlightSamples(stdout: string): InFlightSample[] {
  return [
    ...stdout.matchAll(
      /accounts in flight at \+([\d.]+) s: (\d+) entering \(bound (\d+)\), (\d+) waiting for their report, (\d+) audited \(bound (\d+)\)/g,
    ),
  ].map((m) => ({
    at: Number(m[1]),
    entering: Number(m[2]),
    entryBound: Number(m[3]),
    waiting: Number(m[4]),
    auditing: Number(m[5]),
    auditBound: Number(m[6]),
  }));
}

/** A line of the run's in-flight samples, about one a second: `t s: audited/waiting (bounds)`. */
function timeline(samples: InFlightSample[]): string {
  const picked: InFlightSample[] = [];
  for (const sample of samples)
    if (!picked.length || sample.at >= (picked.at(-1) as InFlightSample).at + 1)
      picked.push(sample);
  return picked
    .map((s) => `${s.at.toFixed(0)}s ${s.auditing}/${s.waiting} (${s.auditBound}/${s.entryBound})`)
    .join(' · ');
}

export async function benchOrganization(o: OrganizationBenchOptions): Promise<object[]> {
  const pace = `generated at AWS's pace (${o.reportGenerationMs / 1000} s)`;
  console.log(
    `\nOrganizations (issues 8 and 25): ${USERS} users per account, ${LACKING * 100} % without MFA; IAM throttle ${o.throttle.ratePerSecond}/s per account, STS ${o.stsThrottle.ratePerSecond}/s (burst ${o.stsThrottle.burst}) per calling account; a report generated in the run takes ${o.reportGenerationMs} ms (${pace}) or none (instant)`,
  );
  console.log(
    '| accounts | report | fan-out | median ms (spread) | floor ms | ours/floor | most audited / waiting at once | AssumeRole | IAM calls | throttled | peak RSS MB | action CPU s | fake CPU s |',
  );
  console.log(
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  const rows: object[] = [];
  const timelines: string[] = [];
  for (const accounts of o.sizes) {
    for (const [report, reportPresent, generationMs] of [
      ['already there', true, 0],
      [pace, false, o.reportGenerationMs],
    ] as const)
      for (const fanOut of o.before ? (['before', 'now'] as const) : (['now'] as const)) {
        const runs = fanOut === 'before' && !reportPresent ? o.beforePaceRuns : o.runs;
        if (runs === 0) continue;
        const times: number[] = [];
        const rss: number[] = [];
        const actionCpu: number[] = [];
        const fakeCpu: number[] = [];
        let assumeRole = 0;
        let iamCalls = 0;
        let throttled = 0;
        let samples: InFlightSample[] = [];
        for (let i = 0; i < runs; i++) {
          const org = generatedOrganization({
            accounts,
            usersPerAccount: USERS,
            lackingMfa: LACKING,
            reportPresent,
          });
          const fake = await startFakeOrganization(org, {
            latencyMs: o.latencyMs,
            throttle: o.throttle,
            stsThrottle: o.stsThrottle,
            reportGenerationMs: generationMs,
          });
          // The fake answers in this process: its CPU time is this process's during the run.
          const cpuBefore = process.cpuUsage();
          const run = await runAction(fake, {
            node: o.node,
            inputs: {
              'role-to-assume': HUB_ROLE_ARN,
              accounts: 'organization',
              'fail-on': 'none',
              'timeout-seconds': '3600',
            },
            env: { ...(fanOut === 'before' ? BEFORE_ENV : {}), RUNNER_DEBUG: '1' },
            nodeArgs: [RSS_HOOK, CPU_HOOK],
            killAfterMs: 900_000,
          });
          const cpuSpent = process.cpuUsage(cpuBefore);
          fakeCpu.push((cpuSpent.user + cpuSpent.system) / 1000);
          actionCpu.push(cpuMs(run.stderr));
          await fake.close();
          if (run.exitCode !== 0) throw new Error(`run failed: ${run.failure ?? run.stderr}`);
          const notJudged = Number(run.outputs['accounts-not-judged'] ?? 0);
          if (notJudged > 0)
            throw new Error(`${notJudged} accounts not judged: the bench measures nothing`);
          times.push(run.elapsedMs);
          rss.push(peakRssMb(run.stderr));
          samples = inFlightSamples(run.stdout);
          assumeRole = fake.calls.get('sts:AssumeRole') ?? 0;
          throttled = [...fake.throttled].reduce((n, [, c]) => n + c, 0);
          iamCalls = [...fake.calls]
            .filter(([op]) => op.startsWith('iam:'))
            .reduce((n, [, c]) => n + c, 0);
        }
        const floor = organizationFloorMs(accounts, o, reportPresent, generationMs);
        const most = (key: 'auditing' | 'waiting') => Math.max(0, ...samples.map((s) => s[key]));
        const row = {
          accounts,
          report,
          fanOut,
          medianMs: Math.round(median(times)),
          spread: spread(times),
          floorMs: Math.round(floor),
          oursOverFloor: +(median(times) / floor).toFixed(2),
          mostAudited: most('auditing'),
          mostWaiting: most('waiting'),
          inFlight: samples,
          assumeRole,
          iamCalls,
          throttled,
          peakRssMb: Math.round(Math.max(...rss)),
          actionCpuS: +(median(actionCpu) / 1000).toFixed(1),
          fakeCpuS: +(median(fakeCpu) / 1000).toFixed(1),
        };
        rows.push(row);
        console.log(
          `| ${accounts} | ${report} | ${fanOut === 'before' ? 'before: 16 at once' : 'now: adaptive, reports ahead'} | ${row.medianMs} (${row.spread}) | ${row.floorMs} | ${row.oursOverFloor} | ${row.mostAudited} / ${row.mostWaiting} | ${assumeRole} | ${iamCalls} | ${throttled} | ${row.peakRssMb} | ${row.actionCpuS} | ${row.fakeCpuS} |`,
        );
        if (fanOut === 'now')
          timelines.push(`- ${accounts} accounts, report ${report}: ${timeline(samples)}`);
      }
  }
  console.log(
    '\nAccounts in flight over time (now; last run): seconds since the fan-out began, audited/waiting for their report (audit bound/entry bound)',
  );
  for (const line of timelines) console.log(line);
  return rows;
}
