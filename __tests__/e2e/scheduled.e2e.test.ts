// Scheduled runs people act on, end to end through dist/index.js: exceptions, the baseline, the tracking issue.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from '@jest/globals';
import { compliantAccount, demoAccount, type FakeAccount } from '../fake-aws/account.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { SIX, sixAccountOrganization } from '../fake-aws/organization.js';
import { changePayload, dispatchEnv } from './dispatch-event.js';
import { scenario, scenarioOrg } from './harness.js';

/** Compliant but for one API-only user without MFA: only IAM.19 (medium) fails. */
const deployerOnly = (): FakeAccount => {
  const account = compliantAccount();
  account.users.push({ name: 'ci-deployer', password: false, mfa: 'none' });
  return account;
};
const demo = (): FakeAccount => ({ ...demoAccount(), accountId: '111122223333' });
const exception = (expires: string, extra = '') =>
  `- control: IAM.19\n  account: '111122223333'\n  resource: ci-deployer\n  reason: API-only deploy user; its key is rotated by Vault\n  expires: ${expires}\n${extra}`;

describe('exceptions', () => {
  test('without an exception, ci-deployer fails the step at fail-on medium', async () => {
    const run = await scenario(deployerOnly(), { inputs: { 'fail-on': 'medium' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.excepted).toBe('0');
  });

  test("an exception hides ci-deployer's IAM.19: the finding stays FAILED, the step passes", async () => {
    const run = await scenario(deployerOnly(), {
      inputs: {
        'fail-on': 'medium',
        exceptions: exception('2099-03-31'),
        'sarif-path': 'out.sarif',
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'passed', excepted: '1' });
    const finding = run.findings('IAM.19').find((f) => f.resource.endsWith('/ci-deployer'));
    expect(finding).toMatchObject({
      status: 'FAILED',
      exception: {
        reason: 'API-only deploy user; its key is rotated by Vault',
        expires: '2099-03-31',
      },
    });
    expect(run.report.exceptions).toEqual({ excepted: 1, unused: [], expired: [] });
    // ☑️, as the users table marks an accepted cell: ✅ would say nothing fails (issue 21.5).
    expect(run.summary).toMatch(/^## ☑️ IAM MFA audit passed with 1 finding accepted by exception/);
    expect(run.summary).toContain('### Accepted by exception (1)');
    // In the users table the accepted cell is marked apart from the failures.
    expect(run.summary).toMatch(/ci-deployer<\/code> \| ✅ \| ☑️ \|/);
    expect(run.summary).toContain('☑️ fails but is accepted by exception');
    expect(run.summary).toMatch(
      /<code>ci-deployer<\/code> .*IAM\.19.*rotated by Vault.*2099-03-31 \(in \d+ days\)/,
    );
    expect(run.stdout).toMatch(
      /::warning::exceptions entry 1 \(ci-deployer\) expires on 2099-03-31, more than a year ahead/,
    );
    const sarif = JSON.parse(await readFile(path.join(run.tempDir, 'out.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0].suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'API-only deploy user; its key is rotated by Vault (expires 2099-03-31)',
      },
    ]);
  });

  test('the same exception after its date applies to nothing: the step fails and warns', async () => {
    const run = await scenario(deployerOnly(), {
      inputs: { 'fail-on': 'medium', exceptions: exception('2026-01-31') },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.excepted).toBe('0');
    expect(run.stdout).toMatch(
      /::warning::The exception for ci-deployer \(IAM\.19, account 111122223333\) expired on 2026-01-31/,
    );
    expect(run.report.exceptions.expired).toEqual([
      expect.objectContaining({ entry: 1, resource: 'ci-deployer', expires: '2026-01-31' }),
    ]);
    const iam19 = run.findings('IAM.19');
    expect(iam19.find((f) => f.resource.endsWith('/ci-deployer'))?.status).toBe('FAILED');
    expect(iam19.every((f) => !('exception' in f))).toBe(true);
  });

  test('an exception on an ERROR finding does not apply, and is listed unused', async () => {
    const account = deployerOnly();
    account.faults = { ListMFADevices: { code: 'AccessDenied', status: 403 } };
    const run = await scenario(account, {
      inputs: { 'fail-on': 'medium', exceptions: exception('2099-03-31') },
    });
    expect(run.exitCode).toBe(1);
    expect(run.statuses('IAM.19')).toContain('ERROR');
    expect(run.outputs.excepted).toBe('0');
    expect(run.report.exceptions.unused).toEqual([
      expect.objectContaining({ resource: 'ci-deployer' }),
    ]);
  });

  test('every malformed exception is refused with its message, before any AWS call', async () => {
    const text = [
      '- control: IAM.19\n  resource: a\n  expires: 2027-01-01',
      '- control: IAM.19\n  resource: b\n  reason: r',
      '- control: IAM.99\n  resource: c\n  reason: r\n  expires: 2027-01-01',
      '- control: IAM.19\n  resource: d\n  reason: r\n  expires: 2027-02-30',
      "- control: IAM.19\n  account: '12345'\n  resource: e\n  reason: r\n  expires: 2027-01-01",
      '- control: IAM.19\n  resource: f\n  reason: r\n  expires: 2027-01-01\n  owner: me',
    ].join('\n');
    const run = await scenario(deployerOnly(), { inputs: { exceptions: text } });
    expect(run.exitCode).toBe(1);
    expect([...run.calls.keys()]).toEqual([]);
    for (const message of [
      'exceptions entry 1 (a): field "reason" is required',
      'exceptions entry 2 (b): field "expires" is required',
      'exceptions entry 3 (c): field "control" "IAM.99" is not a control',
      'exceptions entry 4 (d): field "expires" "2027-02-30" is not a date',
      'exceptions entry 5 (e): field "account" "12345" is not a 12-digit account id',
      'exceptions entry 6 (f): unknown field "owner"',
    ])
      expect(run.failure).toContain(message);
  });
});

describe('baseline-report', () => {
  test('new, fixed and firstSeen carried from the baseline', async () => {
    const first = await scenario(demo());
    const baseline = structuredClone(first.report);
    const findings = baseline.accounts[0].findings as Array<Record<string, unknown>>;
    const byUser = (name: string, control: string) =>
      findings.find((f) => f.control === control && String(f.resource).endsWith(`/${name}`));
    // bob has been failing for 40 days; dave.new was not failing then; erin failed and is gone now.
    (byUser('bob', 'IAM.5') as Record<string, unknown>).firstSeen = '2026-01-01T06:17:00.000Z';
    baseline.accounts[0].findings = findings.filter(
      (f) => !String(f.resource).endsWith('/dave.new'),
    );
    baseline.accounts[0].findings.push({
      ...byUser('bob', 'IAM.5'),
      resource: 'arn:aws:iam::111122223333:user/erin',
    });
    // alice passed then and passes now; make her fail in the baseline: she is "fixed, passes now".
    (byUser('alice', 'IAM.5') as Record<string, unknown>).status = 'FAILED';
    const dir = await mkdtemp(path.join(tmpdir(), 'baseline-'));
    const file = path.join(dir, 'previous.json');
    await writeFile(file, JSON.stringify(baseline));

    const run = await scenario(demo(), { inputs: { 'baseline-report': file } });
    const diff = run.report.sinceBaseline;
    expect(diff.new.map((f: { resource: string }) => f.resource)).toEqual(
      expect.arrayContaining(['arn:aws:iam::111122223333:user/dave.new']),
    );
    expect(diff.new.length).toBeGreaterThan(0);
    expect(diff.new.every((f: { resource: string }) => f.resource.endsWith('/dave.new'))).toBe(
      true,
    );
    expect(diff.fixed).toEqual([
      {
        control: 'IAM.5',
        accountId: '111122223333',
        resource: 'arn:aws:iam::111122223333:user/alice',
        was: 'FAILED',
        now: 'PASSED',
      },
      {
        control: 'IAM.5',
        accountId: '111122223333',
        resource: 'arn:aws:iam::111122223333:user/erin',
        was: 'FAILED',
        now: 'gone',
      },
    ]);
    expect(diff.unknownNow).toEqual([]);
    // A change entry is never read as a finding: no `status`; a new one points at its finding.
    for (const entry of [...diff.new, ...diff.fixed]) expect(entry).not.toHaveProperty('status');
    expect(diff.new.length).toBeGreaterThan(0);
    for (const entry of diff.new as Array<{ finding: string; resource: string; control: string }>) {
      const [, , a, , f] = entry.finding.split('/');
      const pointed = run.report.accounts[Number(a)].findings[Number(f)];
      expect([pointed.control, pointed.resource]).toEqual([entry.control, entry.resource]);
      expect(['FAILED', 'ERROR']).toContain(pointed.status);
    }
    expect(run.outputs['new-findings']).toBe(String(diff.new.length));
    expect(run.outputs['fixed-findings']).toBe('2');
    const bob = run.findings('IAM.5').find((f) => f.resource.endsWith('/bob')) as {
      firstSeen?: string;
    };
    expect(bob.firstSeen).toBe('2026-01-01T06:17:00.000Z');
    const dave = run.findings('IAM.5').find((f) => f.resource.endsWith('/dave.new')) as {
      firstSeen?: string;
    };
    expect(Date.parse(dave.firstSeen as string)).toBeGreaterThanOrEqual(run.startedAt - 1000);
    expect(run.summary).toMatch(/### Since the last run .*\n\n\*\*\d+ new, 2 fixed\.\*\*/);
    expect(run.summary).toMatch(
      /<code>bob<\/code> IAM\.5: failing for \d+ days \(since 2026-01-01\)/,
    );
  });

  test('a missing baseline is a warning; a file that is not this tool report fails naming it', async () => {
    const missing = await scenario(compliantAccount(), {
      inputs: { 'baseline-report': 'nope.json' },
    });
    expect(missing.exitCode).toBe(0);
    expect(missing.stdout).toMatch(/::warning::baseline-report .*nope\.json could not be read/);
    const dir = await mkdtemp(path.join(tmpdir(), 'baseline-'));
    const file = path.join(dir, 'other.json');
    await writeFile(file, JSON.stringify({ version: '2.1.0', runs: [] }));
    const other = await scenario(compliantAccount(), { inputs: { 'baseline-report': file } });
    expect(other.exitCode).toBe(1);
    expect(other.failure).toContain(
      `baseline-report ${file} is not a JSON report of iam-mfa-audit`,
    );
    // One outcome, told the same way everywhere (issue 21.3): not "passed" beside a failed step.
    expect(other.outputs.result).toBe('failed');
    expect(other.report.totals.result).toBe('failed');
    const heading = other.summary.split('\n')[0];
    expect(heading).not.toMatch(/✅|passed:/);
    expect(heading).toMatch(/^## ⚠️ IAM MFA audit incomplete: .*but the run did not finish$/);
    expect(other.summary).not.toMatch(/The step passed/);
    expect(other.summary).toContain('The step failed');
  });

  test('a package.json as baseline fails the step, and every channel says failed', async () => {
    const run = await scenario(compliantAccount(), {
      inputs: { 'baseline-report': path.resolve('package.json') },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('failed');
    expect(run.failure).toMatch(/baseline-report .*package\.json is not a JSON report/);
    expect(run.summary).not.toMatch(/The step passed/);
  });
});

describe('baseline-report across accounts (issue 26.4)', () => {
  test('an account that cannot be entered now: its baseline failures are unknown now, never fixed', async () => {
    const withAlice = () => {
      const org = sixAccountOrganization();
      const sandbox = org.members.find((m) => m.account.accountId === SIX.accounts.roleMissing);
      if (!sandbox) throw new Error('no sandbox account');
      sandbox.account.users.push({ name: 'zed', password: true, mfa: 'none' });
      return { org, sandbox };
    };
    // Yesterday the member role was there, and alice failed IAM.5 and IAM.19.
    const yesterday = withAlice();
    yesterday.sandbox.account.roles = sixAccountOrganization().members[1]?.account.roles ?? [];
    const first = await scenarioOrg(yesterday.org, {
      inputs: { accounts: 'organization', 'fail-on': 'none' },
    });
    const aliceThen = first
      .account(SIX.accounts.roleMissing)
      .findings.filter((f: { resource: string }) => f.resource.endsWith(':user/zed'));
    expect(
      aliceThen.map((f: { control: string; status: string }) => `${f.control} ${f.status}`),
    ).toEqual(['IAM.5 FAILED', 'IAM.19 FAILED']);
    const dir = await mkdtemp(path.join(tmpdir(), 'baseline-'));
    const file = path.join(dir, 'yesterday.json');
    await writeFile(file, first.reportText);

    // Today it is gone: the account is not judged, so alice is neither fixed nor failing.
    const today = await scenarioOrg(withAlice().org, {
      inputs: { accounts: 'organization', 'fail-on': 'none', 'baseline-report': file },
    });
    expect(today.account(SIX.accounts.roleMissing).status).toBe('not-judged');
    const diff = today.report.sinceBaseline;
    expect(
      diff.fixed.filter((f: { accountId: string }) => f.accountId === SIX.accounts.roleMissing),
    ).toEqual([]);
    expect(
      diff.unknownNow.filter((f: { resource: string }) => f.resource.endsWith(':user/zed')),
    ).toEqual([
      expect.objectContaining({
        control: 'IAM.5',
        was: 'FAILED',
        now: 'unknown',
        why: 'account not judged now: it could not be entered',
      }),
      expect.objectContaining({ control: 'IAM.19', was: 'FAILED', now: 'unknown' }),
    ]);
    expect(today.outputs['fixed-findings']).toBe(String(diff.fixed.length));
    expect(today.summary).toMatch(
      /❔ <code>zed<\/code> IAM\.5 in 444455556666: failed before, unknown now/,
    );
    expect(today.summary).not.toMatch(/✅ <code>zed<\/code>/);
  });
});

describe('tracking-issue', () => {
  let github: FakeGitHub | undefined;
  afterEach(async () => {
    await github?.close();
    github = undefined;
  });
  const options = (token: string) => ({
    inputs: { 'tracking-issue': 'IAM MFA audit fails', 'github-token': token, 'fail-on': 'medium' },
    env: { GITHUB_API_URL: github?.url },
  });

  test('opened on a failing run, updated not duplicated, closed on a passing run', async () => {
    github = await startFakeGitHub({
      writeToken: 'ghs_writer0123456789',
      perPage: 2,
      // Other open issues before it: the search pages through them (Link headers).
      issues: [1, 2, 3].map((n) => ({
        number: n,
        title: 'IAM MFA audit fails',
        body: 'same title, no marker',
        state: 'open' as const,
        comments: [],
      })),
    });
    const failing = await scenario(deployerOnly(), options('ghs_writer0123456789'));
    expect(failing.exitCode).toBe(1);
    expect(github.issues).toHaveLength(4);
    const issue = github.issues[3];
    expect(issue?.state).toBe('open');
    expect(issue?.body).toContain('<!-- iam-mfa-audit tracking-issue');
    expect(issue?.body).toContain(
      '`arn:aws:iam::111122223333:user/ci-deployer` in 111122223333 (compliant): IAM.19',
    );
    expect(issue?.body).toContain('https://github.com/octo-org/octo-repo/actions/runs/4242');
    expect(github.requests.filter((r) => r.startsWith('GET'))).toHaveLength(2);
    expect(failing.stdout).not.toMatch(/^(?!::add-mask::).*ghs_writer0123456789/m);

    const again = await scenario(deployerOnly(), options('ghs_writer0123456789'));
    expect(again.exitCode).toBe(1);
    expect(github.issues).toHaveLength(4);
    expect(github.requests.filter((r) => r.startsWith('POST'))).toHaveLength(1);

    const worse = deployerOnly();
    worse.users.push({ name: 'mallory', password: true, mfa: 'none' });
    await scenario(worse, options('ghs_writer0123456789'));
    expect(github.issues).toHaveLength(4);
    expect(github.requests).toContain('PATCH /repos/octo-org/octo-repo/issues/4');
    expect(github.issues[3]?.body).toContain('mallory');

    const passing = await scenario(compliantAccount(), options('ghs_writer0123456789'));
    expect(passing.exitCode).toBe(0);
    expect(github.issues[3]?.state).toBe('closed');
    expect(github.issues[3]?.comments).toEqual([
      expect.stringMatching(
        /^✅ Fixed in \[run\]\(https:\/\/github\.com\/octo-org\/octo-repo\/actions\/runs\/4242\)/,
      ),
    ]);
  });

  test('a refused GitHub API (no issues: write) warns with the fix and changes nothing else', async () => {
    github = await startFakeGitHub({ writeToken: 'ghs_writer0123456789' });
    const plain = await scenario(deployerOnly(), { inputs: { 'fail-on': 'medium' } });
    const refused = await scenario(deployerOnly(), options('ghs_readonly0123456789'));
    expect(refused.exitCode).toBe(plain.exitCode);
    expect(refused.outputs).toEqual({
      ...plain.outputs,
      'report-path': refused.outputs['report-path'],
    });
    expect(refused.report.accounts[0].findings.map((f: { status: string }) => f.status)).toEqual(
      plain.report.accounts[0].findings.map((f: { status: string }) => f.status),
    );
    expect(refused.report.totals).toEqual(plain.report.totals);
    expect(refused.failure).toBe(plain.failure);
    expect(refused.stdout).toMatch(
      /::warning::tracking-issue was not updated: GitHub's API answered 403 .*permissions: issues: write/,
    );
    expect(github.issues).toHaveLength(0);
    expect(refused.stdout).not.toMatch(/^(?!::add-mask::).*ghs_readonly0123456789/m);
  });

  test("a change event for one compliant account never closes the Organization's issue: it comments (issue 21.1)", async () => {
    github = await startFakeGitHub({ writeToken: 'ghs_writer0123456789' });
    const env = { GITHUB_API_URL: github.url };
    const orgInputs = {
      accounts: 'organization',
      'tracking-issue': 'IAM MFA audit fails',
      'github-token': 'ghs_writer0123456789',
    };
    const daily = await scenarioOrg(sixAccountOrganization(), { inputs: orgInputs, env });
    expect(daily.exitCode).toBe(1);
    expect(github.issues).toHaveLength(1);
    const body = github.issues[0]?.body;
    expect(github.issues[0]?.state).toBe('open');

    const change = await scenarioOrg(sixAccountOrganization(), {
      inputs: orgInputs,
      env: { ...env, ...(await dispatchEnv(changePayload({ account: SIX.accounts.compliant }))) },
    });
    expect(change.exitCode).toBe(0);
    expect(change.outputs.result).toBe('passed');
    expect(change.summary).toMatch(
      /^## ✅ IAM MFA audit passed \(the change event's account 222233334444 only\)/m,
    );
    // The root of 333344445555 still has no MFA: the issue stays open, its body as it was.
    expect(github.issues[0]?.state).toBe('open');
    expect(github.issues[0]?.body).toBe(body);
    expect(github.requests.filter((r) => r.startsWith('PATCH'))).toEqual([]);
    // Nothing the issue does not already say: no comment, so a stream of events does not bury it.
    expect(github.issues[0]?.comments).toEqual([]);

    // A change that makes a user fail in that account: the issue is still left as it was, and a
    // comment says what the partial run found that the issue does not list.
    const worse = sixAccountOrganization();
    worse.members
      .find((m) => m.account.accountId === SIX.accounts.compliant)
      ?.account.users.push({ name: 'mallory', password: true, mfa: 'none' });
    await scenarioOrg(worse, {
      inputs: { ...orgInputs, 'fail-on': 'medium' },
      env: { ...env, ...(await dispatchEnv(changePayload({ account: SIX.accounts.compliant }))) },
    });
    expect(github.issues[0]?.state).toBe('open');
    expect(github.issues[0]?.body).toBe(body);
    expect(github.issues[0]?.comments).toEqual([
      expect.stringMatching(
        /^ℹ️ \[A run\]\(.*\) covered only part of the selection \(the change event's account 222233334444 only\)[\s\S]*Failing or not judged there, and not listed here:\n\n- ❌ `arn:aws:iam::222233334444:user\/mallory` in 222233334444 \(prod-payments\): IAM\.5, IAM\.19/,
      ),
    ]);
  });

  test('a shard never rewrites or closes the issue of the whole selection', async () => {
    github = await startFakeGitHub({ writeToken: 'ghs_writer0123456789' });
    const env = { GITHUB_API_URL: github.url };
    const inputs = {
      accounts: 'organization',
      'tracking-issue': 'IAM MFA audit fails',
      'github-token': 'ghs_writer0123456789',
    };
    await scenarioOrg(sixAccountOrganization(), { inputs, env });
    const body = github.issues[0]?.body;
    for (const shard of ['1/3', '2/3', '3/3'])
      await scenarioOrg(sixAccountOrganization(), { inputs: { ...inputs, shard }, env });
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]?.state).toBe('open');
    expect(github.issues[0]?.body).toBe(body);
    // Each shard found what the issue already lists: nothing to add.
    expect(github.issues[0]?.comments).toEqual([]);
    expect(github.requests.filter((r) => r.startsWith('PATCH'))).toEqual([]);
  });
});
