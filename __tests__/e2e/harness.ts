import { readFile } from 'node:fs/promises';
import { expect } from '@jest/globals';
import type { FakeAccount } from '../fake-aws/account.js';
import { runAction, type ActionRun, type RunOptions } from '../fake-aws/run-action.js';
import { startFakeAws, type FakeOptions } from '../fake-aws/server.js';
import type { FakeOrganization } from '../fake-aws/organization.js';
import { startFakeOrganization } from '../fake-aws/server.js';

export interface Scenario extends ActionRun {
  calls: Map<string, number>;
  /** Status of each finding of a control, in report order. */
  statuses: (control: string) => string[];
  findings: (control: string) => Array<{
    status: string;
    resource: string;
    message: string;
    evidence: { source: string; note?: string };
  }>;
}

/**
 * Runs the bundled action against a fresh fake account, and checks on every run that no secret
 * the fake handed out (OIDC token, access key, secret key, session token) appears anywhere the
 * action wrote, other than the ::add-mask:: commands that tell the runner to hide it.
 */
export async function scenario(
  account: FakeAccount,
  options: RunOptions & { fake?: FakeOptions } = {},
): Promise<Scenario> {
  const fake = await startFakeAws(account, options.fake);
  try {
    const run = await runAction(fake, options);
    const leak = await leakedSecret(fake.secrets, run);
    if (leak) throw new Error(leak);
    const findings = (control: string) =>
      (run.report?.accounts?.[0]?.findings ?? []).filter(
        (finding: { control: string }) => finding.control === control,
      );
    return {
      ...run,
      calls: new Map(fake.calls),
      findings,
      statuses: (control) => findings(control).map((finding: { status: string }) => finding.status),
    };
  } finally {
    await fake.close();
  }
}

/** The secrets must at least have been masked: one ::add-mask:: per credential part. */
export function expectMasked(run: ActionRun, count: number): void {
  expect(run.stdout.match(/^::add-mask::/gm)?.length ?? 0).toBeGreaterThanOrEqual(count);
}

export interface OrgScenario extends ActionRun {
  calls: Map<string, number>;
  /** Calls by account, then operation (see FakeAws.callsByAccount). */
  callsByAccount: Map<string, Map<string, number>>;
  /** The report's entry for one account (`accounts[]` by `accountId`), if any. */
  account: (accountId: string) => any; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Findings of a control in one account's entry, in report order. */
  findings: (
    accountId: string,
    control: string,
  ) => Array<{
    status: string;
    resource: string;
    message: string;
    evidence: { source: string; note?: string };
  }>;
}

/** Where a secret the fake handed out shows in what the action wrote, outside ::add-mask:: lines. */
export async function leakedSecret(secrets: string[], run: ActionRun): Promise<string | undefined> {
  const outputsFile = await readFile(`${run.tempDir}/output.txt`, 'utf8');
  const visibleStdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  const written = {
    stdout: visibleStdout,
    stderr: run.stderr,
    summary: run.summary,
    outputs: outputsFile,
    report: run.reportText,
  };
  for (const secret of secrets) {
    // A cut message may end in a piece of a secret: its first 12 characters are a leak too.
    const piece = secret.length > 20 ? secret.slice(0, 12) : secret;
    for (const [where, text] of Object.entries(written)) {
      if (text.includes(piece)) return `a secret (${secret.slice(0, 4)}…) leaked into ${where}`;
    }
  }
  return undefined;
}

/**
 * Runs the bundled action against a fresh fake organization (one server, every account), and checks
 * that no secret of any account (OIDC token, and every credential issued: the first session's and
 * each AssumeRole's) appears anywhere the action wrote.
 */
export async function scenarioOrg(
  org: FakeOrganization,
  options: RunOptions & { fake?: FakeOptions } = {},
): Promise<OrgScenario> {
  const fake = await startFakeOrganization(org, options.fake);
  try {
    const run = await runAction(fake, options);
    const leak = await leakedSecret(fake.secrets, run);
    if (leak) throw new Error(leak);
    const account = (accountId: string) =>
      (run.report?.accounts ?? []).find(
        (entry: { accountId: string }) => entry.accountId === accountId,
      );
    return {
      ...run,
      calls: new Map(fake.calls),
      callsByAccount: new Map([...fake.callsByAccount].map(([id, ops]) => [id, new Map(ops)])),
      account,
      findings: (accountId, control) =>
        (account(accountId)?.findings ?? []).filter(
          (finding: { control: string }) => finding.control === control,
        ),
    };
  } finally {
    await fake.close();
  }
}
