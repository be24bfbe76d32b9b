// Issue 24's figures: Cognito.5 over 17 regions, one account with 0, 10 and 100 user pools, and an
// Organization of 100 accounts with Cognito.5 selected. Every call pays the same round-trip delay as
// the rest of the bench. Calls, median wall time beside the floor, and peak RSS.
import { compliantAccount, type FakeAccount } from '../../__tests__/fake-aws/account.js';
import {
  DEFAULT_ENABLED_REGIONS,
  type FakeUserPool,
} from '../../__tests__/fake-aws/cognito-api.js';
import { generatedOrganization, HUB_ROLE_ARN } from '../../__tests__/fake-aws/organization.js';
import { runAction } from '../../__tests__/fake-aws/run-action.js';
import {
  startFakeAws,
  startFakeOrganization,
  type FakeAws,
} from '../../__tests__/fake-aws/server.js';
import { POOLS_PER_REGION, REGIONS_PER_ACCOUNT } from '../../src/aws/user-pools.js';
import { median, peakRssMb, RSS_HOOK, spread } from './stats.js';

export interface CognitoBenchOptions {
  node: string;
  latencyMs: number;
  bareNodeMs: number;
  runs: number;
  poolCounts: number[];
  orgAccounts: number;
  orgPoolsPerAccount: number;
}

const REGIONS = DEFAULT_ENABLED_REGIONS;
const SSM_PAGES = Math.ceil(REGIONS.length / 10);

/** `count` pools spread round-robin over the 17 regions, a third of them failing. */
function pools(count: number): FakeUserPool[] {
  return Array.from({ length: count }, (_, i) => ({
    region: REGIONS[i % REGIONS.length] as string,
    name: `pool-${i}`,
    mfa: i % 3 === 0 ? 'OPTIONAL' : 'ON',
    softwareToken: true,
    estimatedUsers: 100 + i,
  }));
}

/**
 * The least time the evidence allows with Cognito's per-region bound: start-up, the OIDC sign-in
 * (2 round trips); then, beside the IAM reads (about 4 round trips), the public regions' pages one
 * after another, the enabled regions, and in the busiest region its listing pages and its pools
 * described POOLS_PER_REGION at a time (DescribeUserPool and GetUserPoolMfaConfig side by side).
 */
export function cognitoFloorMs(poolCount: number, o: CognitoBenchOptions): number {
  const d = o.latencyMs;
  const busiest = Math.ceil(poolCount / REGIONS.length);
  const region =
    Math.max(1, Math.ceil(busiest / 60)) * d + Math.ceil(busiest / POOLS_PER_REGION) * d;
  const cognito = SSM_PAGES * d + d + region;
  return o.bareNodeMs + 2 * d + Math.max(4 * d, cognito);
}

function cognitoCalls(fake: FakeAws): Record<string, number> {
  const calls: Record<string, number> = {};
  for (const [op, n] of fake.calls)
    if (/^(cognito-idp|ssm|account):/.test(op)) calls[op.replace(/^cognito-idp:/, '')] = n;
  return calls;
}

export async function benchCognito(o: CognitoBenchOptions): Promise<object[]> {
  console.log(
    `\nCognito.5 (issue 24): ${REGIONS.length} regions, ${REGIONS_PER_ACCOUNT} regions at once per account, ${POOLS_PER_REGION} pools at once per region, ${o.latencyMs} ms per call`,
  );
  console.log(
    '| accounts | pools per account | median ms (spread) | floor ms | ours/floor | calls (Cognito, SSM, Account) | peak RSS MB |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | --- | ---: |');
  const rows: object[] = [];
  const measure = async (
    accounts: number,
    poolCount: number,
    start: () => Promise<FakeAws>,
    inputs: Record<string, string>,
    floor: number,
  ) => {
    const times: number[] = [];
    const rss: number[] = [];
    let calls: Record<string, number> = {};
    for (let i = 0; i < o.runs; i++) {
      const fake = await start();
      const run = await runAction(fake, {
        node: o.node,
        inputs: { controls: 'all', 'fail-on': 'none', ...inputs },
        env: { RUNNER_DEBUG: undefined },
        nodeArgs: [RSS_HOOK],
      });
      await fake.close();
      if (run.exitCode !== 0) throw new Error(`run failed: ${run.failure ?? run.stderr}`);
      times.push(run.elapsedMs);
      rss.push(peakRssMb(run.stderr));
      calls = cognitoCalls(fake);
    }
    const row = {
      accounts,
      poolsPerAccount: poolCount,
      medianMs: Math.round(median(times)),
      spread: spread(times),
      floorMs: Math.round(floor),
      oursOverFloor: +(median(times) / floor).toFixed(2),
      calls,
      peakRssMb: Math.round(Math.max(...rss)),
    };
    rows.push(row);
    const callText = Object.entries(calls)
      .map(([op, n]) => `${op} ${n}`)
      .join(', ');
    console.log(
      `| ${accounts} | ${poolCount} | ${row.medianMs} (${row.spread}) | ${row.floorMs} | ${row.oursOverFloor} | ${callText} | ${row.peakRssMb} |`,
    );
  };
  const options = { latencyMs: o.latencyMs, cognitoRegions: REGIONS };
  for (const count of o.poolCounts) {
    const account: FakeAccount = compliantAccount({ userPools: pools(count) });
    await measure(1, count, () => startFakeAws(account, options), {}, cognitoFloorMs(count, o));
  }
  const org = generatedOrganization({ accounts: o.orgAccounts, usersPerAccount: 20 });
  const shared = pools(o.orgPoolsPerAccount);
  for (const member of org.members) member.account = { ...member.account, userPools: shared };
  // Accounts go 16 at a time (the fan-out's bound): the floor is a wave of them per AssumeRole and audit.
  const waves = Math.ceil(o.orgAccounts / 16);
  const orgFloor =
    cognitoFloorMs(o.orgPoolsPerAccount, o) +
    Math.ceil(o.orgAccounts / 20) * o.latencyMs +
    (waves - 1) * (cognitoFloorMs(o.orgPoolsPerAccount, o) - o.bareNodeMs);
  await measure(
    o.orgAccounts,
    o.orgPoolsPerAccount,
    () => startFakeOrganization(org, options),
    { 'role-to-assume': HUB_ROLE_ARN, accounts: 'organization' },
    orgFloor,
  );
  return rows;
}
