// Every user verdict live (issue 15) and the false passes of issue 9, through dist/index.js.
import { describe, expect, test } from '@jest/globals';
import { compliantAccount, type FakeAccount, type FakeUser } from '../fake-aws/account.js';
import { reportCsv, reportRow } from '../fake-aws/credential-report-csv.js';
import { E2E_RUNTIME } from '../fake-aws/runtimes.js';
import { scenario, type Scenario } from './harness.js';

const node = E2E_RUNTIME.node;

const statusOf = (run: Scenario, control: string, user: string): string | undefined =>
  run.findings(control).find((f) => f.resource.endsWith(`:user/${user}`))?.status;
const findingOf = (run: Scenario, control: string, user: string) =>
  run.findings(control).find((f) => f.resource.endsWith(`:user/${user}`)) as
    { status: string; evidence: { source: string; note?: string; calls: string[] } } | undefined;

describe('a report that was already there: its passes are checked live', () => {
  // A report frozen 2 hours before the run, and changes since.
  const users: FakeUser[] = [
    { name: 'console-lost', password: true, mfa: 'none', inReport: { mfa: 'virtual' } },
    { name: 'api-lost', password: false, mfa: 'none', inReport: { mfa: 'virtual' } },
    { name: 'hardware', password: true, mfa: 'hardware' },
    { name: 'virtual-1', password: true, mfa: 'virtual' },
    { name: 'virtual-2', password: false, mfa: 'virtual' },
  ];

  test('a device deactivated since fails; a hardware device costs one call; virtual holders none', async () => {
    const run = await scenario(compliantAccount({ users, report: { ageMinutes: 120 } }), {
      node,
      inputs: { 'fail-on': 'medium' },
    });
    expect(statusOf(run, 'IAM.5', 'console-lost')).toBe('FAILED');
    expect(statusOf(run, 'IAM.19', 'console-lost')).toBe('FAILED');
    expect(statusOf(run, 'IAM.19', 'api-lost')).toBe('FAILED');
    expect(statusOf(run, 'IAM.5', 'api-lost')).toBe('PASSED');
    for (const name of ['hardware', 'virtual-1', 'virtual-2']) {
      expect(statusOf(run, 'IAM.5', name)).toBe('PASSED');
      expect(statusOf(run, 'IAM.19', name)).toBe('PASSED');
    }
    // ListMFADevices for the two who lost MFA and the hardware holder; GetLoginProfile for the two.
    expect(run.calls.get('iam:ListMFADevices')).toBe(3);
    expect(run.calls.get('iam:GetLoginProfile')).toBe(2);
    expect(run.calls.get('iam:ListVirtualMFADevices')).toBe(1);

    const lost = findingOf(run, 'IAM.19', 'console-lost');
    expect(lost?.evidence.source).toBe('live');
    expect(lost?.evidence.note).toMatch(
      /credential report of .* is out of date: mfaActive was true/,
    );
    const apiOnly = findingOf(run, 'IAM.5', 'api-lost');
    expect(apiOnly?.evidence.source).toBe('live');
    expect(apiOnly?.evidence.calls).toEqual(['iam:ListMFADevices', 'iam:GetLoginProfile']);
    const holder = findingOf(run, 'IAM.19', 'virtual-1');
    expect(holder?.evidence.source).toBe('live');
    expect(holder?.evidence.calls).toContain('iam:ListVirtualMFADevices');
    expect(findingOf(run, 'IAM.19', 'hardware')?.evidence.calls).toContain('iam:ListMFADevices');
    expect(run.exitCode).toBe(1);
  });

  test('with IAM.19 alone the device listing is still read, and no password is asked', async () => {
    const run = await scenario(compliantAccount({ users, report: { ageMinutes: 120 } }), {
      node,
      inputs: { controls: 'IAM.19', 'fail-on': 'none' },
    });
    expect(run.calls.get('iam:ListVirtualMFADevices')).toBe(1);
    expect(run.calls.get('iam:GetLoginProfile')).toBeUndefined();
    expect(run.statuses('IAM.19').filter((s) => s === 'FAILED')).toHaveLength(2);
  });

  test('where the device listing is denied, passes are confirmed with ListMFADevices instead', async () => {
    const run = await scenario(
      compliantAccount({
        users,
        report: { ageMinutes: 120 },
        faults: { ListVirtualMFADevices: { code: 'AccessDenied', status: 403 } },
      }),
      { node, inputs: { 'fail-on': 'none' } },
    );
    expect(run.statuses('IAM.6')).toEqual(['ERROR']);
    expect(run.calls.get('iam:ListMFADevices')).toBe(5);
    expect(statusOf(run, 'IAM.19', 'console-lost')).toBe('FAILED');
    expect(statusOf(run, 'IAM.19', 'virtual-1')).toBe('PASSED');
  });

  test('where the listing and ListMFADevices are both denied, the user controls are ERROR', async () => {
    const run = await scenario(
      compliantAccount({
        users,
        report: { ageMinutes: 120 },
        faults: {
          ListVirtualMFADevices: { code: 'AccessDenied', status: 403 },
          ListMFADevices: { code: 'AccessDenied', status: 403 },
        },
      }),
      { node, inputs: { 'fail-on': 'none' } },
    );
    expect(run.statuses('IAM.5')).toEqual(['ERROR']);
    expect(run.statuses('IAM.19')).toEqual(['ERROR']);
    expect(run.outputs.result).toBe('incomplete');
  });
});

test('a report generated during this run is live evidence: no user costs a call, failing or not', async () => {
  const run = await scenario(
    compliantAccount({
      users: [
        { name: 'hardware', password: true, mfa: 'hardware' },
        { name: 'virtual', password: true, mfa: 'virtual' },
        { name: 'console-nomfa', password: true, mfa: 'none' },
        { name: 'api-nomfa', password: false, mfa: 'none' },
      ],
      report: { ageMinutes: 0, present: false, pollsUntilReady: 1 },
    }),
    { node, inputs: { 'fail-on': 'none' } },
  );
  expect(run.calls.get('iam:ListMFADevices')).toBeUndefined();
  expect(run.calls.get('iam:GetLoginProfile')).toBeUndefined();
  expect(findingOf(run, 'IAM.19', 'hardware')?.evidence.note).toMatch(/generated during this run/);
  expect(statusOf(run, 'IAM.5', 'console-nomfa')).toBe('FAILED');
  expect(statusOf(run, 'IAM.5', 'api-nomfa')).toBe('PASSED');
  expect(statusOf(run, 'IAM.19', 'api-nomfa')).toBe('FAILED');
  expect(findingOf(run, 'IAM.19', 'console-nomfa')?.evidence.note).toMatch(
    /generated during this run/,
  );
  expect(run.summary).toContain('the report was generated during this run');
});

describe('issue 9: never a false pass, round two', () => {
  test('a hung attempt is abandoned and retried, not waited on until the deadline', async () => {
    const run = await scenario(
      compliantAccount({ faults: { GetAccountSummary: { kind: 'hang', times: 1 } } }),
      { node, inputs: { 'timeout-seconds': '10' } },
    );
    expect(run.exitCode).toBe(0);
    expect(run.statuses('IAM.9')).toEqual(['PASSED']);
    expect(run.stdout).toMatch(/::debug::iam:GetAccountSummary took 2 attempts/);
    // One attempt may take a fifth of the 10 s run: the retry comes after 2 s, not at 10 s.
    expect(run.elapsedMs).toBeLessThan(8000);
  });

  test('a hung ListAccountAliases never holds up the verdict', async () => {
    const run = await scenario(
      compliantAccount({ faults: { ListAccountAliases: { kind: 'hang' } } }),
      { node },
    );
    expect(run.exitCode).toBe(0);
    expect(run.statuses('IAM.9')).toEqual(['PASSED']);
    expect(run.stdout).toMatch(/::warning::Could not read the account alias/);
    expect(run.elapsedMs).toBeLessThan(5000);
  });

  test('a secret echoed after the 450th character leaves no piece of itself anywhere', async () => {
    const account: FakeAccount = compliantAccount({
      faults: {
        ListUsers: {
          code: 'AccessDenied',
          status: 403,
          message: `${'Denied. '.repeat(57)}token {sessionToken} key {accessKeyId}`,
        },
      },
    });
    const run = await scenario(account, { node, inputs: { 'fail-on': 'none' } });
    expect(run.statuses('IAM.19')).toEqual(['ERROR']);
    const written = [run.summary, run.reportText, run.stdout.replace(/^::add-mask::.*$/gm, '')];
    const tokens = [...run.stdout.matchAll(/^::add-mask::(.*)$/gm)].map((m) => m[1] as string);
    expect(tokens.length).toBeGreaterThan(0);
    for (const secret of tokens.filter((t) => t.length > 20))
      for (const text of written) expect(text).not.toContain(secret.slice(0, 10));
  });

  test('IAM.6: root without a password passes before the device rule, naming the leftover device', async () => {
    const account = compliantAccount();
    account.root = {
      password: false,
      virtualDevices: ['old-phone'],
      hardwareKeys: 0,
      accessKeys: [],
    };
    const run = await scenario(account, { node });
    expect(run.statuses('IAM.6')).toEqual(['PASSED']);
    expect(run.findings('IAM.6')[0]?.evidence.note).toMatch(/mfa\/old-phone/);
  });

  test('creation times are compared in whole seconds: a microsecond CreateDate is the same user', async () => {
    const account = compliantAccount({
      users: [
        {
          name: 'micro',
          password: true,
          mfa: 'virtual',
          createdAt: '2026-01-01T00:00:00.999565+00:00',
        },
      ],
      report: {
        ageMinutes: 30,
        csvOverride: reportCsv([reportRow('111122223333', 'micro', 'true', 'true')]),
      },
    });
    const run = await scenario(account, { node });
    expect(run.statuses('IAM.19')).toEqual(['PASSED']);
    expect(run.report.accounts[0].notes.join(' ')).not.toMatch(/created since|deleted since/);
    expect(run.calls.get('iam:ListMFADevices')).toBeUndefined();
  });
});

describe('issue 9 item 1: a listing that claims more without a way to get it is incomplete', () => {
  const sixWithoutMfa: FakeUser[] = [
    { name: 'alice', password: true, mfa: 'virtual' },
    ...Array.from({ length: 6 }, (_, i): FakeUser => ({
      name: `nomfa-${i}`,
      password: true,
      mfa: 'none',
    })),
  ];

  test.each([
    ['ListUsers', 'truncated-without-marker', ['IAM.5', 'IAM.19']],
    ['ListUsers', 'empty-truncated', ['IAM.5', 'IAM.19']],
    ['ListVirtualMFADevices', 'empty-truncated', ['IAM.6']],
    ['ListVirtualMFADevices', 'truncated-without-marker', ['IAM.6']],
    ['ListMFADevices', 'empty-truncated', ['IAM.5', 'IAM.19']],
  ] as const)(
    '%s answering %s: the controls that need it are ERROR',
    async (action, kind, erroring) => {
      const account = compliantAccount({ users: sixWithoutMfa, faults: { [action]: { kind } } });
      account.root.virtualDevices = ['root-phone'];
      const run = await scenario(account, { node, inputs: { 'fail-on': 'medium' } });
      for (const control of erroring) {
        expect(run.statuses(control)).toEqual(['ERROR']);
        expect(run.findings(control)[0]?.message).toMatch(/IncompleteListing|gave no token/);
      }
      expect(run.exitCode).toBe(1);
      expect(run.outputs.result).toBe('failed');
    },
  );
});
