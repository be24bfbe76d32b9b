// Issue 8's figures: Organizations of 100 and 1,000 accounts (20 users each, 10 % without MFA),
// each with a credential report generated in the run and with one already there (issue 12),
// the same per-call delay and per-account IAM throttle as the rest of the bench, and STS throttled
// per calling account. Median wall time beside the floor, and peak RSS.
import { generatedOrganization, HUB_ROLE_ARN } from '../../__tests__/fake-aws/organization.js';
import { runAction } from '../../__tests__/fake-aws/run-action.js';
import { startFakeOrganization } from '../../__tests__/fake-aws/server.js';
import { median, peakRssMb, RSS_HOOK, spread } from './stats.js';

export interface OrganizationBenchOptions {
  node: string;
  latencyMs: number;
  throttle: { ratePerSecond: number; burst: number };
  stsThrottle: { ratePerSecond: number; burst: number };
  bareNodeMs: number;
  runs: number;
  sizes: number[];
  concurrencies: number[];
}

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
  o: OrganizationBenchOptions,
  reportPresent: boolean,
): number {
  const d = o.latencyMs;
  const discovery = Math.ceil(accounts / PAGE) * d;
  // A report generated in the run needs no confirmation: ListMFADevices and GetLoginProfile go.
  const perAccount = (reportPresent ? 5 : 3) * d;
  const byStsRate =
    (Math.max(0, accounts - 1 - o.stsThrottle.burst) / o.stsThrottle.ratePerSecond) * 1000;
  return o.bareNodeMs + d + discovery + Math.max(perAccount, byStsRate + perAccount);
}

export async function benchOrganization(o: OrganizationBenchOptions): Promise<object[]> {
  console.log(
    `\nOrganizations (issue 8): ${USERS} users per account, ${LACKING * 100} % without MFA; IAM throttle ${o.throttle.ratePerSecond}/s per account, STS ${o.stsThrottle.ratePerSecond}/s (burst ${o.stsThrottle.burst}) per calling account`,
  );
  console.log(
    '| accounts | report | accounts at once | median ms (spread) | floor ms | ours/floor | AssumeRole | IAM calls | throttled | peak RSS MB |',
  );
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const rows: object[] = [];
  for (const accounts of o.sizes) {
    for (const [report, reportPresent] of [
      ['generated in the run', false],
      ['already there', true],
    ] as const)
      for (const concurrency of o.concurrencies) {
        const times: number[] = [];
        const rss: number[] = [];
        let assumeRole = 0;
        let iamCalls = 0;
        let throttled = 0;
        for (let i = 0; i < o.runs; i++) {
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
          });
          const run = await runAction(fake, {
            node: o.node,
            inputs: { 'role-to-assume': HUB_ROLE_ARN, accounts: 'organization', 'fail-on': 'none' },
            env: {
              IAM_MFA_AUDIT_ACCOUNT_CONCURRENCY: String(concurrency),
              RUNNER_DEBUG: undefined,
            },
            nodeArgs: [RSS_HOOK],
          });
          await fake.close();
          if (run.exitCode !== 0) throw new Error(`run failed: ${run.failure ?? run.stderr}`);
          const notJudged = Number(run.outputs['accounts-not-judged'] ?? 0);
          if (notJudged > 0)
            throw new Error(`${notJudged} accounts not judged: the bench measures nothing`);
          times.push(run.elapsedMs);
          rss.push(peakRssMb(run.stderr));
          assumeRole = fake.calls.get('sts:AssumeRole') ?? 0;
          throttled = [...fake.throttled].reduce((n, [, c]) => n + c, 0);
          iamCalls = [...fake.calls]
            .filter(([op]) => op.startsWith('iam:'))
            .reduce((n, [, c]) => n + c, 0);
        }
        const floor = organizationFloorMs(accounts, o, reportPresent);
        const row = {
          accounts,
          report,
          concurrency,
          medianMs: Math.round(median(times)),
          spread: spread(times),
          floorMs: Math.round(floor),
          oursOverFloor: +(median(times) / floor).toFixed(2),
          assumeRole,
          iamCalls,
          throttled,
          peakRssMb: Math.round(Math.max(...rss)),
        };
        rows.push(row);
        console.log(
          `| ${accounts} | ${report} | ${concurrency} | ${row.medianMs} (${row.spread}) | ${row.floorMs} | ${row.oursOverFloor} | ${assumeRole} | ${iamCalls} | ${throttled} | ${row.peakRssMb} |`,
        );
      }
  }
  return rows;
}
