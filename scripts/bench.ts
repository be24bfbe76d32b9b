// `npm run bench`: the bundled action against the fake AWS at several account sizes, several runs
// each; prints median wall time and IAM calls by operation. Figures, not assertions.
import { writeFileSync, mkdirSync, statSync } from 'node:fs';
import { compliantAccount, type FakeUser } from '../__tests__/fake-aws/account.js';
import { BUNDLE, runAction } from '../__tests__/fake-aws/run-action.js';
import { startFakeAws } from '../__tests__/fake-aws/server.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 0);
const CASES: Array<[users: number, lackingMfa: number]> = [
  [0, 0],
  [100, 30],
  [1000, 300],
  [5000, 1500],
];

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const rows: object[] = [];
console.log(
  `bundle ${(statSync(BUNDLE).size / 1024).toFixed(0)} KiB · ${RUNS} runs per case · ${LATENCY_MS} ms added per AWS call · node ${process.version}`,
);
console.log('users | lacking MFA | median ms | min–max ms | IAM calls by operation');
for (const [count, lacking] of CASES) {
  const users: FakeUser[] = Array.from({ length: count }, (_, i) => ({
    name: `user-${i}`,
    password: i % 2 === 0,
    mfa: i < lacking ? 'none' : 'virtual',
  }));
  const times: number[] = [];
  let calls: Record<string, number> = {};
  for (let run = 0; run < RUNS; run++) {
    const fake = await startFakeAws(compliantAccount({ users }), { latencyMs: LATENCY_MS });
    const result = await runAction(fake, { inputs: { 'fail-on': 'none' } });
    await fake.close();
    if (result.exitCode !== 0) throw new Error(`run failed: ${result.failure ?? result.stderr}`);
    times.push(result.elapsedMs);
    calls = Object.fromEntries([...fake.calls].filter(([op]) => op.startsWith('iam:')));
  }
  const total = Object.values(calls).reduce((a, b) => a + b, 0);
  console.log(
    `${count} | ${lacking} | ${median(times)} | ${Math.min(...times)}–${Math.max(...times)} | ${total} (${Object.entries(
      calls,
    )
      .map(([op, n]) => `${op.slice(4)} ${n}`)
      .join(', ')})`,
  );
  rows.push({
    users: count,
    lackingMfa: lacking,
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    iamCalls: calls,
  });
}
mkdirSync('.tmp', { recursive: true });
writeFileSync(
  '.tmp/bench.json',
  JSON.stringify({ runs: RUNS, latencyMs: LATENCY_MS, node: process.version, rows }, null, 2),
);
console.log('written to .tmp/bench.json');
