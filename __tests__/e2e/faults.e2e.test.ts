// Faults, bad input, hostile data and secrets, each tried against the bundled action: it reaches
// the right verdict or says plainly that it could not judge, never hangs, never leaks a secret,
// and always leaves its summary and report behind.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from '@jest/globals';
import { compliantAccount, type FakeAccount, type FakeUser } from '../fake-aws/account.js';
import { reportCsv, reportRow } from '../fake-aws/credential-report-csv.js';
import { E2E_RUNTIME } from '../fake-aws/runtimes.js';
import { runAction } from '../fake-aws/run-action.js';
import { startFakeAws, type FakeOptions } from '../fake-aws/server.js';
import { sarifErrors } from '../report/sarif-validator.js';
import { scenario, type Scenario } from './harness.js';
import { SCHEMA_VERSION } from '../../src/report/json-format.js';

const node = E2E_RUNTIME.node;
const ALL = ['IAM.9', 'IAM.6', 'IAM.4', 'IAM.5', 'IAM.19'];

/** An account with users who lack MFA, so every evidence call is made. */
function busyAccount(patch: Partial<FakeAccount> = {}): FakeAccount {
  const users: FakeUser[] = [
    { name: 'alice', password: true, mfa: 'virtual' },
    ...Array.from({ length: 12 }, (_, i): FakeUser => ({
      name: `nomfa-${i}`,
      password: i % 2 === 0,
      mfa: 'none',
    })),
  ];
  return compliantAccount({ users, ...patch });
}

/**
 * What the spec makes of busyAccount, control by control, as [resource, status] pairs: root has a
 * password, one hardware key, no virtual device and no access key, so the root controls pass; a
 * user fails IAM.19 without MFA, and IAM.5 without MFA but with a password.
 */
function busyVerdicts(control: string): Array<[string, string]> {
  const { accountId, users } = busyAccount();
  if (!['IAM.5', 'IAM.19'].includes(control)) return [[`arn:aws:iam::${accountId}:root`, 'PASSED']];
  return users
    .map((user): [string, string] => {
      const fails = user.mfa === 'none' && (control === 'IAM.19' || user.password);
      return [`arn:aws:iam::${accountId}:user/${user.name}`, fails ? 'FAILED' : 'PASSED'];
    })
    .sort();
}

/** Each finding of a control as [resource, status], sorted. */
const verdicts = (run: Scenario, control: string): Array<[string, string]> =>
  run
    .findings(control)
    .map((finding): [string, string] => [finding.resource, finding.status])
    .sort();

/**
 * The controls a fault touches are one ERROR each; every other control has exactly its right
 * verdicts (not merely no ERROR: a control with no findings at all would pass that).
 */
function expectJudgedOrError(run: Scenario, erroring: string[]): void {
  for (const control of ALL) {
    if (erroring.includes(control)) expect(run.statuses(control)).toEqual(['ERROR']);
    else expect([control, verdicts(run, control)]).toEqual([control, busyVerdicts(control)]);
  }
  expect(run.summary.length).toBeGreaterThan(0);
  expect(run.report?.schemaVersion).toBe(SCHEMA_VERSION);
}

/** The right verdicts for busyAccount, every control: 6 of the 12 without MFA have a password. */
function expectBusyVerdicts(run: Scenario): void {
  expect(busyVerdicts('IAM.19').filter(([, s]) => s === 'FAILED')).toHaveLength(12);
  expect(busyVerdicts('IAM.5').filter(([, s]) => s === 'FAILED')).toHaveLength(6);
  expectJudgedOrError(run, []);
}

describe('transient faults within the retry budget: the right verdicts, retries in the debug log', () => {
  test.each<[string, FakeAccount['faults'], RegExp | undefined]>([
    [
      'Throttling on ListUsers, twice',
      { ListUsers: { code: 'Throttling', status: 400, times: 2 } },
      /::debug::iam:ListUsers took 3 attempts/,
    ],
    [
      '503 on GetAccountSummary, twice',
      { GetAccountSummary: { code: 'ServiceUnavailable', status: 503, times: 2 } },
      /::debug::iam:GetAccountSummary took 3 attempts/,
    ],
    [
      '500 on ListVirtualMFADevices, once',
      { ListVirtualMFADevices: { code: 'InternalFailure', status: 500, times: 1 } },
      /took 2 attempts/,
    ],
    [
      'a connection reset on ListMFADevices, once',
      { ListMFADevices: { kind: 'reset', times: 1 } },
      /::debug::iam:ListMFADevices took 2 attempts/,
    ],
    [
      'Throttling on every 4th ListMFADevices call',
      { ListMFADevices: { code: 'Throttling', status: 400, every: 4 } },
      /::debug::iam:ListMFADevices took 2 attempts/,
    ],
    [
      'LimitExceeded on GenerateCredentialReport, once',
      { GenerateCredentialReport: { code: 'LimitExceeded', status: 409, times: 1 } },
      undefined,
    ],
  ])('%s', async (_name, faults, debugLine) => {
    const run = await scenario(busyAccount({ faults }), { node, inputs: { 'fail-on': 'none' } });
    expect(run.exitCode).toBe(0);
    expectBusyVerdicts(run);
    if (debugLine) expect(run.stdout).toMatch(debugLine);
  });
});

test('IAM-like throttling (a token bucket of 20 calls, 40 a second): the right verdicts, throttles retried', async () => {
  const fake = await startFakeAws(busyAccount(), { throttle: { ratePerSecond: 40, burst: 20 } });
  try {
    const run = await runAction(fake, { node, inputs: { 'fail-on': 'none' } });
    expect(run.exitCode).toBe(0);
    expect([...fake.throttled.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const report = run.report.accounts[0].findings as Array<{ control: string; status: string }>;
    expect(report.filter((f) => f.control === 'IAM.19' && f.status === 'FAILED')).toHaveLength(12);
    expect(report.some((f) => f.status === 'ERROR')).toBe(false);
  } finally {
    await fake.close();
  }
});

describe('persistent faults: the affected controls ERROR, naming the call and code; the rest are decided', () => {
  test.each<[string, FakeAccount['faults'], string[], RegExp]>([
    [
      'malformed XML from ListUsers',
      { ListUsers: { kind: 'malformed' } },
      ['IAM.5', 'IAM.19'],
      /iam:ListUsers failed with/,
    ],
    [
      'an unknown error code from ListVirtualMFADevices',
      { ListVirtualMFADevices: { code: 'WeirdNewError', status: 400 } },
      ['IAM.6'],
      /iam:ListVirtualMFADevices failed with WeirdNewError/,
    ],
    [
      'ExpiredToken half-way through the live checks',
      { ListMFADevices: { code: 'ExpiredToken', status: 403, after: 3 } },
      ['IAM.5', 'IAM.19'],
      /iam:ListMFADevices failed with ExpiredToken/,
    ],
    [
      'connection resets on GetAccountSummary, every time',
      { GetAccountSummary: { kind: 'reset' } },
      ['IAM.9', 'IAM.6', 'IAM.4'],
      /iam:GetAccountSummary failed with/,
    ],
    [
      'AccessDenied on GetLoginProfile',
      { GetLoginProfile: { code: 'AccessDenied', status: 403 } },
      ['IAM.5'],
      /Add iam:GetLoginProfile to the role's policy/,
    ],
  ])('%s', async (_name, faults, erroring, message) => {
    const run = await scenario(busyAccount({ faults }), { node });
    expectJudgedOrError(run, erroring);
    expect(run.findings(erroring[0] as string)[0]?.message).toMatch(message);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('failed');
    expect(run.failure).toContain('Could not judge 111122223333');
  });
});

describe('nothing waits forever', () => {
  test('a report path that never answers (under /proc) fails naming it, within the deadline (issue 21.13)', async () => {
    const run = await scenario(compliantAccount(), {
      node,
      inputs: { 'timeout-seconds': '3', 'report-path': '/proc/iam-mfa-audit/report.json' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('failed');
    expect(run.failure).toMatch(
      /Could not write the JSON report to \/proc\/iam-mfa-audit\/report\.json \(writing \/proc\/iam-mfa-audit\/report\.json had not answered when the reports' time ran out \(\d+ s\)\); set report-path to a writable file/,
    );
    expect(run.summary).toMatch(/^## ⚠️ IAM MFA audit incomplete/m);
    // The audit's 3 s and the reports' floor of 15 s bound the whole run.
    expect(run.elapsedMs).toBeLessThan(3_000 + 15_000 + 10_000);
  });

  test('a response that never comes: the run ends at timeout-seconds, writes what it has, and fails', async () => {
    const run = await scenario(busyAccount({ faults: { GetAccountSummary: { kind: 'hang' } } }), {
      node,
      inputs: { 'timeout-seconds': '3' },
    });
    expectJudgedOrError(run, ['IAM.9', 'IAM.6', 'IAM.4']);
    expect(run.findings('IAM.9')[0]?.message).toMatch(
      /iam:GetAccountSummary failed with DeadlineExceeded.*timeout-seconds: 3/,
    );
    expect(run.exitCode).toBe(1);
    expect(run.elapsedMs).toBeLessThan(3000 + 5000);
  });

  test('a credential report that stays in progress: ERROR at the deadline, not a loop', async () => {
    const run = await scenario(
      busyAccount({ report: { ageMinutes: 0, present: false, pollsUntilReady: 1_000_000 } }),
      {
        node,
        inputs: { 'timeout-seconds': '4' },
      },
    );
    expectJudgedOrError(run, ['IAM.5', 'IAM.19']);
    expect(run.findings('IAM.19')[0]?.message).toMatch(/not ready within|had not answered/);
    expect(run.calls.get('iam:GetCredentialReport')).toBeLessThan(10);
    expect(run.elapsedMs).toBeLessThan(4000 + 5000);
  });

  test('a ListUsers marker that never ends: paging stops and IAM.5 and IAM.19 ERROR', async () => {
    const run = await scenario(busyAccount(), { node, fake: { endlessPaging: ['ListUsers'] } });
    expectJudgedOrError(run, ['IAM.5', 'IAM.19']);
    expect(run.findings('IAM.5')[0]?.message).toMatch(/iam:ListUsers failed with RepeatedMarker/);
  });
});

describe('the credential report as data', () => {
  const csv = reportCsv;
  const row = (user: string, password: string, mfa: string) =>
    reportRow('111122223333', user, password, mfa);

  test('a row with too few fields: ERROR that quotes the line number, never a guess', async () => {
    const account = busyAccount({
      report: {
        ageMinutes: 5,
        csvOverride: csv([row('alice', 'true', 'true'), ['bob', 'arn', 'x']]),
      },
    });
    const run = await scenario(account, { node });
    expectJudgedOrError(run, ['IAM.5', 'IAM.19']);
    expect(run.findings('IAM.19')[0]?.message).toMatch(/MalformedCredentialReport.*line 3/);
  });

  test('user names with commas and quotes are read as one field each', async () => {
    const users: FakeUser[] = [
      { name: 'smith,john+ops=x.y@z-w_1', password: true, mfa: 'none' },
      { name: 'say "hi",there', password: true, mfa: 'virtual' },
    ];
    const run = await scenario(compliantAccount({ users }), {
      node,
      inputs: { 'fail-on': 'none' },
    });
    expect(run.findings('IAM.5').map((f) => [f.resource, f.status])).toEqual([
      ['arn:aws:iam::111122223333:user/smith,john+ops=x.y@z-w_1', 'FAILED'],
      ['arn:aws:iam::111122223333:user/say "hi",there', 'PASSED'],
    ]);
  });

  test('unknown tokens where booleans belong: the user is asked live, not guessed', async () => {
    // The rows' creation time is the users' own, so the report knows these very users.
    const created = '2026-01-01T00:00:00+00:00';
    const account = compliantAccount({
      users: [
        { name: 'alice', password: true, mfa: 'virtual', createdAt: created },
        { name: 'deploy-bot', password: false, mfa: 'hardware', createdAt: created },
      ],
      report: {
        ageMinutes: 5,
        csvOverride: csv([
          row('alice', 'maybe', 'no_information'),
          row('deploy-bot', 'false', 'true'),
        ]),
      },
    });
    const run = await scenario(account, { node });
    const alice = run.findings('IAM.19').find((f) => f.resource.endsWith('/alice'));
    expect(alice).toMatchObject({ status: 'PASSED', evidence: { source: 'live' } });
    expect(run.calls.get('iam:ListMFADevices')).toBe(1);
    expect(run.exitCode).toBe(0);
  });

  test('a report with only its header: every user is judged live', async () => {
    const run = await scenario(busyAccount({ report: { ageMinutes: 5, csvOverride: csv([]) } }), {
      node,
      inputs: { 'fail-on': 'none' },
    });
    expectBusyVerdicts(run);
    // alice holds a virtual device, which the listing shows: no per-user call for her.
    expect(run.calls.get('iam:ListMFADevices')).toBe(12);
    expect(run.report.accounts[0].notes).toContain(
      '13 user(s) created since the credential report were checked live.',
    );
  });
});

describe('the OIDC endpoint and STS', () => {
  test.each<[string, FakeOptions, Partial<FakeAccount>, RegExp]>([
    ['GitHub answers 500', { oidcFault: 'error' }, {}, /Could not get an OIDC token from GitHub/],
    [
      'GitHub answers a body that is not JSON',
      { oidcFault: 'not-json' },
      {},
      /Could not get an OIDC token from GitHub/,
    ],
    [
      'GitHub never answers',
      { oidcFault: 'hang' },
      {},
      /Getting AWS credentials had not answered when the run's time ran out \(timeout-seconds: 3\)/,
    ],
    [
      'STS rejects the token',
      {},
      {
        faults: {
          AssumeRoleWithWebIdentity: {
            code: 'InvalidIdentityToken',
            status: 400,
            message: "Couldn't retrieve verification key",
          },
        },
      },
      /InvalidIdentityToken.*sub=repo:octo-org\/octo-repo/,
    ],
  ])(
    '%s: the step fails with a message that names the fix, and leaves a summary',
    async (_name, fake, patch, message) => {
      const run = await scenario(compliantAccount(patch), {
        node,
        fake,
        inputs: { 'timeout-seconds': '3' },
      });
      expect(run.exitCode).toBe(1);
      expect(run.failure).toMatch(message);
      expect(run.summary).toContain('could not run');
      expect(run.report).toMatchObject({ accounts: [], totals: { result: 'failed' } });
      expect(run.elapsedMs).toBeLessThan(3000 + 5000);
      expect(run.calls.get('iam:GetAccountSummary')).toBeUndefined();
    },
  );
});

describe('bad input fails before any AWS call, saying what is allowed', () => {
  test.each<[string, Record<string, string>, RegExp]>([
    [
      'fail-on in the wrong case',
      { 'fail-on': 'CRITICAL' },
      /fail-on "CRITICAL" must be one of critical, high, medium, low, none/,
    ],
    [
      'controls separated by semicolons',
      { controls: 'IAM.6;IAM.9' },
      /"IAM.6;IAM.9" is not a control.*Separate control ids with commas or new lines/,
    ],
    [
      'controls separated by spaces',
      { controls: 'IAM.9 IAM.6' },
      /"IAM.9 IAM.6" is not a control.*Separate control ids with commas or new lines \(for example `IAM.9, IAM.6`\)/,
    ],
    [
      'a session name with a workflow command',
      { 'role-session-name': 'x::error::y' },
      /role-session-name "x::error::y" must be 2 to 64/,
    ],
    [
      'a session name with a new line',
      { 'role-session-name': 'abc\ndef' },
      /role-session-name "abc\\ndef"/,
    ],
    ['a duration with junk', { 'role-duration-seconds': ' 900x ' }, /role-duration-seconds "900x"/],
    [
      'a region in capitals',
      { 'aws-region': 'US-EAST-1' },
      /aws-region "US-EAST-1" is not an AWS region/,
    ],
    ['a negative timeout', { 'timeout-seconds': '-5' }, /timeout-seconds "-5"/],
    [
      'a role ARN without a name',
      { 'role-to-assume': 'arn:aws:iam::111122223333:role/' },
      /is not an IAM role ARN/,
    ],
    [
      'an audience with white space',
      { audience: 'sts amazonaws.com' },
      /audience "sts amazonaws.com" must not contain white space/,
    ],
  ])('%s', async (_name, inputs, message) => {
    const run = await scenario(compliantAccount(), { node, inputs });
    expect(run.exitCode).toBe(1);
    expect(run.calls.size).toBe(0);
    expect(run.failure).toMatch(message);
    expect(run.outputs.result).toBe('failed');
  });
});

describe('without a job summary file', () => {
  test.each<[string, string | undefined]>([
    ['GITHUB_STEP_SUMMARY unset', undefined],
    ['GITHUB_STEP_SUMMARY naming a file that is not there', '/nonexistent/summary.md'],
  ])('%s: a warning, and every other report and output is still written', async (_name, file) => {
    const run = await scenario(
      compliantAccount({ users: [{ name: 'bob', password: true, mfa: 'none' }] }),
      { node, inputs: { 'fail-on': 'medium' }, env: { GITHUB_STEP_SUMMARY: file } },
    );
    expect(run.stdout).toMatch(/^::warning::No job summary written: /m);
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'failed', medium: '2' });
    expect(run.report.totals.result).toBe('failed');
    expect(run.annotations.map((a) => a.title)).toContain(
      'IAM.5 MFA should be enabled for all IAM users that have a console password',
    );
    // The failure does not point to a summary that was not written; the log carries the summary.
    expect(run.failure).not.toContain('job summary');
    expect(run.stdout).toContain('## ❌ IAM MFA audit failed');
  });
});

describe('hostile data stays inert', () => {
  test('names with Markdown, HTML, workflow commands, %0A, new lines, great length and non-ASCII', async () => {
    const hostile = [
      '**bold**_[link](https://evil.example)_',
      '<img src=x onerror=alert(1)><script>alert(1)</script>',
      '::error title=pwned::injected',
      'x%0A::warning::also-injected',
      'a\n::error::line-start injection',
      'Ωmega-ünïcødé-名前',
      'l'.repeat(5000),
      'pipe|in|name',
    ];
    const users: FakeUser[] = hostile.map((name) => ({ name, password: true, mfa: 'none' }));
    users[0] = { ...users[0], path: '/`code`/</details>/' } as FakeUser;
    const run = await scenario(compliantAccount({ users, alias: '<b>alias</b>|x' }), {
      node,
      inputs: { 'fail-on': 'medium', 'sarif-path': 'hostile.sarif' },
    });
    // The SARIF stays valid, and keeps every name exactly.
    const sarif = JSON.parse(await readFile(run.outputs['sarif-path'] as string, 'utf8'));
    expect(sarifErrors(sarif)).toEqual([]);
    const names = sarif.runs[0].results.map(
      (r: { properties: { resource: string } }) => r.properties.resource,
    );
    for (const name of hostile) expect(names.some((r: string) => r.endsWith(name))).toBe(true);
    expect(run.exitCode).toBe(1);
    // Workflow commands only come from the action: none starts a line because of a user name.
    const commands = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(commands.length).toBeGreaterThan(0);
    expect(
      commands.every((line) =>
        /^::(debug|group|endgroup|add-mask|error|warning|notice)[ :]/.test(line),
      ),
    ).toBe(true);
    // No command's properties (between the command name and `::`) came from a user name.
    const properties = commands.map((line) => /^::\w+( [^:]*)?::/.exec(line)?.[1] ?? '');
    expect(properties.some((p) => p.includes('pwned'))).toBe(false);
    expect(run.stdout).not.toMatch(/^::warning::also-injected/m);
    expect(run.stdout).not.toMatch(/^::error::line-start injection/m);
    // The summary carries no live markup and no broken table row.
    expect(run.summary).not.toMatch(/<script|<img|<b>|<\/details>\//);
    const rows = run.summary.split('\n').filter((l) => l.startsWith('| <code title='));
    expect(rows).toHaveLength(hostile.length);
    for (const line of rows) {
      // Four cells (user, IAM.5, IAM.19, evidence): six pieces around the unescaped pipes.
      expect(line.split(/(?<!\\)\|/).length).toBe(6);
    }
    // The report keeps every name exactly, as JSON.
    const resources = run.findings('IAM.19').map((f) => f.resource);
    for (const name of hostile) expect(resources.some((r) => r.endsWith(name))).toBe(true);
    expect(run.report.accounts[0].alias).toBe('<b>alias</b>|x');
  });
});

describe('secrets', () => {
  test("an AWS error that echoes the caller's access key and session token is redacted everywhere", async () => {
    const account = busyAccount({
      faults: {
        ListUsers: {
          code: 'InvalidClientTokenId',
          status: 403,
          message: 'The key {accessKeyId} with token {sessionToken} is not valid',
        },
      },
    });
    // scenario() fails the test if any secret the fake issued appears anywhere the action wrote.
    const run = await scenario(account, { node });
    expect(run.findings('IAM.19')[0]?.message).toContain('The key *** with token *** is not valid');
  });

  test('credentials already in the environment are masked and never written', async () => {
    const run = await scenario(
      busyAccount({
        faults: {
          ListUsers: { code: 'InvalidClientTokenId', status: 403, message: 'bad {accessKeyId}' },
        },
      }),
      { node, ambient: true },
    );
    expect(run.stdout).toMatch(/^::add-mask::/m);
    expect(run.findings('IAM.5')[0]?.message).toContain('bad ***');
  });
});

describe('the permission map', () => {
  /** The IAM actions of the README's least-privilege policy (the JSON block with Sid AccountEvidence). */
  function readmePolicyActions(): string[] {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const policy = [...readme.matchAll(/```json\n([\s\S]*?)```/g)]
      .map(
        (m) =>
          JSON.parse(m[1] as string) as {
            Statement: Array<{ Sid?: string; Action: string | string[] }>;
          },
      )
      .find((doc) => doc.Statement.some((st) => st.Sid === 'AccountEvidence'));
    if (!policy) throw new Error('README has no policy with Sid AccountEvidence');
    return policy.Statement.flatMap((st) => st.Action);
  }

  test("the README's policy is complete: a role allowed only those actions judges every control", async () => {
    const allowed = readmePolicyActions();
    // Every control, Cognito.5 too, on an account with a user pool.
    const run = await scenario(
      { ...busyAccount(), userPools: [{ region: 'eu-west-1', name: 'shop', mfa: 'ON' }] },
      { node, inputs: { controls: 'all' }, fake: { allowedActions: allowed } },
    );
    for (const control of [...ALL, 'Cognito.5'])
      expect(run.statuses(control)).not.toContain('ERROR');
    expect(run.statuses('Cognito.5')).toEqual(['PASSED']);
    expectBusyVerdicts(run);
    // And nothing more than needed: every action it lists is one the action calls.
    const called = [...run.calls.keys()].filter((op) => /^(iam|cognito-idp|ssm|account):/.test(op));
    expect([...allowed].sort()).toEqual(called.sort());
  });
});
