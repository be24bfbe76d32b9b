// Issue 12's start-up figure: from the runner starting Node to the action's first request (the
// OIDC token) and to its first AWS request, beside a bare `node -e ''`, under Node 24, interleaved
// run by run so that the machine's noise falls on all alike. "before" is an earlier bundle.
import { execFileSync } from 'node:child_process';
import { compliantAccount } from '../../__tests__/fake-aws/account.js';
import { BUNDLE, runAction } from '../../__tests__/fake-aws/run-action.js';
import { startFakeAws } from '../../__tests__/fake-aws/server.js';
import { beforeBundle } from './live-passes.js';
import { median } from './stats.js';

export interface StartUpOptions {
  node: string;
  latencyMs: number;
  runs: number;
  beforeCommit: string;
}

async function firstRequests(node: string, latencyMs: number, bundle: string) {
  const fake = await startFakeAws(compliantAccount({ users: [] }), { latencyMs });
  try {
    const run = await runAction(fake, { node, bundle, inputs: { 'fail-on': 'none' } });
    if (run.exitCode !== 0) throw new Error(`run failed: ${run.failure ?? run.stderr}`);
    const since = (at: number | undefined) => (at ?? Number.NaN) - run.startedAt;
    return { first: since(fake.firstRequestAt()), aws: since(fake.firstAwsRequestAt()) };
  } finally {
    await fake.close();
  }
}

export async function benchStartUp(o: StartUpOptions): Promise<object> {
  const bundles = { before: beforeBundle(o.beforeCommit), now: BUNDLE };
  const bare: number[] = [];
  const times = {
    before: { first: [] as number[], aws: [] as number[] },
    now: { first: [] as number[], aws: [] as number[] },
  };
  for (let i = 0; i < o.runs; i++) {
    const t = performance.now();
    execFileSync(o.node, ['-e', '']);
    bare.push(performance.now() - t);
    for (const which of ['before', 'now'] as const) {
      const { first, aws } = await firstRequests(o.node, o.latencyMs, bundles[which]);
      times[which].first.push(first);
      times[which].aws.push(aws);
    }
  }
  const bareMs = median(bare);
  const row = (which: 'before' | 'now') => ({
    firstRequestMs: Math.round(median(times[which].first)),
    firstRequestOverBareMs: Math.round(median(times[which].first) - bareMs),
    firstAwsRequestMs: Math.round(median(times[which].aws)),
    firstAwsRequestOverBareMs: Math.round(median(times[which].aws) - bareMs),
  });
  const result = {
    runs: o.runs,
    bareNodeMs: Math.round(bareMs),
    before: row('before'),
    now: row('now'),
  };
  console.log(
    `\nStart-up (issue 12): median of ${o.runs} runs, node ${execFileSync(o.node, ['--version']).toString().trim()}; bare node -e '' ${result.bareNodeMs} ms; OIDC and AWS answer after ${o.latencyMs} ms`,
  );
  console.log(
    '| bundle | first request (OIDC token) ms | over bare node | first AWS request ms | over bare node |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const which of ['before', 'now'] as const) {
    const r = result[which];
    console.log(
      `| ${which === 'before' ? `before (${o.beforeCommit.slice(0, 7)})` : 'now'} | ${r.firstRequestMs} | ${r.firstRequestOverBareMs} | ${r.firstAwsRequestMs} | ${r.firstAwsRequestOverBareMs} |`,
    );
  }
  return result;
}
