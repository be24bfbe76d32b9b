// Issue 25: where one small account's time goes, phase by phase, from the fake's call log: Node's
// start and the entry chunk (to the OIDC request), the credentials (OIDC and
// AssumeRoleWithWebIdentity), loading the audit's chunks (from STS's answer to the first IAM
// call), the evidence (first IAM call to the last answer; of it, the wait for a generated report),
// and writing the reports until the process exits.
import { compliantAccount, type FakeUser } from '../../__tests__/fake-aws/account.js';
import { runAction } from '../../__tests__/fake-aws/run-action.js';
import { startFakeAws } from '../../__tests__/fake-aws/server.js';
import { median } from './stats.js';

export interface PhasesOptions {
  node: string;
  latencyMs: number;
  throttle: { ratePerSecond: number; burst: number };
  runs: number;
  sizes: number[];
  reportGenerationMs: number;
}

const PHASES = ['start-up', 'credentials', 'chunks', 'evidence', 'report wait', 'write'] as const;
type Phase = (typeof PHASES)[number];

export async function benchOneAccountPhases(o: PhasesOptions): Promise<object[]> {
  console.log(
    `\nOne account, phase by phase (issue 25): median ms of ${o.runs} runs; "report wait" is part of "evidence" (GenerateCredentialReport to the GetCredentialReport that answered)`,
  );
  console.log(
    `| users | report | total | ${PHASES.join(' | ')} |\n| ---: | --- | ---: | ${PHASES.map(() => '---:').join(' | ')} |`,
  );
  const rows: object[] = [];
  for (const users of o.sizes) {
    for (const [report, generationMs] of [
      ['already there', undefined],
      ['generated, fake instant', 0],
      [`generated at AWS's pace (${o.reportGenerationMs / 1000} s)`, o.reportGenerationMs],
    ] as const) {
      const byPhase = new Map<Phase | 'total', number[]>();
      const add = (phase: Phase | 'total', ms: number) =>
        byPhase.set(phase, [...(byPhase.get(phase) ?? []), ms]);
      for (let i = 0; i < o.runs; i++) {
        const list: FakeUser[] = Array.from({ length: users }, (_, n) => ({
          name: `user-${n}`,
          password: n % 2 === 0,
          mfa: n % 10 === 0 ? 'none' : 'virtual',
        }));
        const fake = await startFakeAws(
          compliantAccount({
            users: list,
            report:
              generationMs === undefined
                ? { ageMinutes: 5 }
                : { ageMinutes: 0, present: false, generationMs },
          }),
          { latencyMs: o.latencyMs, throttle: o.throttle },
        );
        const run = await runAction(fake, {
          node: o.node,
          inputs: { 'fail-on': 'none' },
          env: { RUNNER_DEBUG: undefined },
        });
        await fake.close();
        if (run.exitCode !== 0) throw new Error(`run failed: ${run.failure ?? run.stderr}`);
        const log = fake.callLog;
        const at = (op: string) => log.find((c) => c.op === op)?.at ?? Number.NaN;
        const iam = log.filter((c) => c.op.startsWith('iam:'));
        const firstIam = iam[0]?.at ?? Number.NaN;
        const lastAnswer = (iam.at(-1)?.at ?? Number.NaN) + o.latencyMs;
        const generate = at('iam:GenerateCredentialReport');
        const gets = log.filter((c) => c.op === 'iam:GetCredentialReport');
        const stsAnswer = at('sts:AssumeRoleWithWebIdentity') + o.latencyMs;
        const end = run.startedAt + run.elapsedMs;
        add('total', run.elapsedMs);
        add('start-up', at('oidc:token') - run.startedAt);
        add('credentials', stsAnswer - at('oidc:token'));
        add('chunks', firstIam - stsAnswer);
        add('evidence', lastAnswer - firstIam);
        add('report wait', (gets.at(-1)?.at ?? generate) - generate);
        add('write', end - lastAnswer);
      }
      const m = (phase: Phase | 'total') => Math.round(median(byPhase.get(phase) ?? [Number.NaN]));
      const row = {
        users,
        report,
        totalMs: m('total'),
        ...Object.fromEntries(PHASES.map((p) => [p, m(p)])),
      };
      rows.push(row);
      console.log(`| ${users} | ${report} | ${m('total')} | ${PHASES.map(m).join(' | ')} |`);
    }
  }
  return rows;
}
