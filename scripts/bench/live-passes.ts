// Issue 15's figures: 5,000 users and a report that was already there, with 0 %, 10 % and 100 % of
// the compliant users on hardware devices (which the virtual-device listing cannot show), before
// (report passes taken as they are) and after (every pass checked live), beside the floor.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  compliantAccount,
  type FakeAccount,
  type FakeUser,
} from '../../__tests__/fake-aws/account.js';
import { ROOT, runAction } from '../../__tests__/fake-aws/run-action.js';
import { startFakeAws } from '../../__tests__/fake-aws/server.js';
import { floorOf } from './floor.js';
import { median } from './stats.js';

export interface LivePassesOptions {
  node: string;
  latencyMs: number;
  throttle: { ratePerSecond: number; burst: number };
  bareNodeMs: number;
  runs: number;
  /** The commit whose dist/index.js is "before". */
  beforeCommit: string;
  users: number;
}

const LACKING = 0.1;

function account(users: number, hardwareShare: number): FakeAccount {
  const lacking = Math.round(users * LACKING);
  const compliant = users - lacking;
  const list: FakeUser[] = Array.from({ length: users }, (_, i) => ({
    name: `user-${i}`,
    password: i % 2 === 0,
    mfa:
      i < lacking
        ? 'none'
        : i - lacking < Math.round(compliant * hardwareShare)
          ? 'hardware'
          : 'virtual',
  }));
  return compliantAccount({ users: list, report: { ageMinutes: 120 } });
}

/** The "before" bundle, as committed at `commit` (one file then), beside a package.json that makes it ESM. */
/** dist/ as it was at `commit`, every chunk of it, in .tmp: an earlier build to run beside this one. */
export function beforeBundle(commit: string): string {
  const dir = path.join(ROOT, '.tmp/bench-before', commit);
  mkdirSync(dir, { recursive: true });
  const files = execFileSync('git', ['ls-tree', '--name-only', commit, 'dist/'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => file.endsWith('.js'));
  for (const file of files)
    writeFileSync(
      path.join(dir, path.basename(file)),
      execFileSync('git', ['show', `${commit}:${file}`], { cwd: ROOT, maxBuffer: 64 << 20 }),
    );
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  return path.join(dir, 'index.js');
}

export async function benchLivePasses(options: LivePassesOptions): Promise<object[]> {
  const before = beforeBundle(options.beforeCommit);
  console.log(
    `\nLive passes (issue 15): ${options.users} users, ${LACKING * 100} % without MFA, a report already there (2 h old); before = ${options.beforeCommit.slice(0, 7)}`,
  );
  console.log(
    '| hardware share of compliant users | build | median ms | floor ms | ours/floor | IAM calls | ListMFADevices | GetLoginProfile | passes checked live |',
  );
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  const rows: object[] = [];
  for (const hardwareShare of [0, 0.1, 1]) {
    for (const [build, bundle] of [
      ['before', before],
      ['after', undefined],
    ] as const) {
      const times: number[] = [];
      let calls = new Map<string, number>();
      let throttled = 0;
      for (let i = 0; i < options.runs; i++) {
        const fake = await startFakeAws(account(options.users, hardwareShare), {
          latencyMs: options.latencyMs,
          throttle: options.throttle,
        });
        const run = await runAction(fake, {
          node: options.node,
          bundle,
          inputs: { 'fail-on': 'none' },
        });
        await fake.close();
        if (run.exitCode !== 0) throw new Error(`run failed: ${run.failure ?? run.stderr}`);
        times.push(run.elapsedMs);
        calls = new Map(fake.calls);
        throttled = [...fake.throttled].reduce((n, [, c]) => n + c, 0);
      }
      const iam =
        [...calls].filter(([op]) => op.startsWith('iam:')).reduce((n, [, c]) => n + c, 0) -
        throttled;
      const floor = floorOf({
        account: account(options.users, hardwareShare),
        latencyMs: options.latencyMs,
        ratePerSecond: options.throttle.ratePerSecond,
        burst: options.throttle.burst,
        nodeStartMs: options.bareNodeMs,
      });
      const row = {
        hardwareShare,
        build,
        medianMs: Math.round(median(times)),
        floorMs: Math.round(floor.ms),
        oursOverFloor: +(median(times) / floor.ms).toFixed(2),
        iamCalls: iam,
        listMfaDevices: calls.get('iam:ListMFADevices') ?? 0,
        getLoginProfile: calls.get('iam:GetLoginProfile') ?? 0,
        passesCheckedLive: build === 'after',
      };
      rows.push(row);
      console.log(
        `| ${hardwareShare * 100}% | ${build} | ${row.medianMs} | ${row.floorMs} | ${row.oursOverFloor} | ${iam} (floor ${floor.iamCalls}) | ${row.listMfaDevices} | ${row.getLoginProfile} | ${build === 'after' ? 'yes' : 'no (report)'} |`,
      );
    }
  }
  return rows;
}
