// The action end to end: dist/index.js, run as the runner runs it, against the fake AWS.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { compliantAccount, demoAccount, type FakeAccount } from '../fake-aws/account.js';
import { E2E_RUNTIME, node24, runtimes } from '../fake-aws/runtimes.js';
import { startForwardProxy } from '../fake-aws/forward-proxy.js';
import { PREVIEW_ACCOUNTS } from '../preview/render.js';
import { sarifErrors } from '../report/sarif-validator.js';
import { expectMasked, scenario } from './harness.js';

const account = (patch: (a: FakeAccount) => void): FakeAccount => {
  const a = compliantAccount();
  patch(a);
  return a;
};

describe.each(runtimes())('dist/index.js under $name', ({ node }) => {
  test('a fully compliant account passes, with every output, the summary and the report', async () => {
    const run = await scenario(compliantAccount(), { node });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      result: 'passed',
      critical: '0',
      high: '0',
      medium: '0',
      low: '0',
    });
    expect(run.outputs['report-path']).toBe(`${run.tempDir}/iam-mfa-audit.json`);
    for (const control of ['IAM.9', 'IAM.6', 'IAM.4'])
      expect(run.statuses(control)).toEqual(['PASSED']);
    expect(run.statuses('IAM.5')).toEqual(['PASSED', 'PASSED']);
    expect(run.statuses('IAM.19')).toEqual(['PASSED', 'PASSED']);
    expect(run.summary).toMatch(/^## ✅ IAM MFA audit passed/);
    expect(run.summary).toContain('(compliant)');
    expect(run.report).toMatchObject({
      schemaVersion: 4,
      tool: { name: 'iam-mfa-audit' },
      run: {
        repository: 'octo-org/octo-repo',
        runId: 4242,
        url: 'https://github.com/octo-org/octo-repo/actions/runs/4242',
      },
      accounts: [{ accountId: '111122223333', partition: 'aws', alias: 'compliant' }],
      totals: { result: 'passed', byStatus: { PASSED: 7, FAILED: 0, ERROR: 0, NOT_APPLICABLE: 0 } },
    });
    expect(run.report.accounts[0].credentialReportGeneratedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(run.annotations).toEqual([]);
    expectMasked(run, 4);
  });

  test('root without MFA fails IAM.9 and IAM.6, and the step', async () => {
    const run = await scenario(
      account((a) => (a.root.hardwareKeys = 0)),
      { node },
    );
    expect(run.exitCode).toBe(1);
    expect(run.statuses('IAM.9')).toEqual(['FAILED']);
    expect(run.statuses('IAM.6')).toEqual(['FAILED']);
    expect(run.statuses('IAM.4')).toEqual(['PASSED']);
    expect(run.outputs).toMatchObject({ result: 'failed', critical: '2' });
    expect(run.failure).toContain('IAM.9: 1 failed');
    expect(run.failure).toContain('IAM.6: 1 failed');
    expect(run.summary).toMatch(
      /^## ❌ IAM MFA audit failed: Root user of 111122223333 \(compliant\) has no MFA/,
    );
    expect(run.annotations.map((a) => [a.level, a.title])).toEqual([
      ['error', 'IAM.9 MFA should be enabled for the root user'],
      ['error', 'IAM.6 Hardware MFA should be enabled for the root user'],
    ]);
  });

  test('root with a hardware key and a virtual device fails IAM.6 only, naming the device', async () => {
    const run = await scenario(
      account((a) => (a.root.virtualDevices = ['phone-of-ceo'])),
      { node },
    );
    expect(run.statuses('IAM.9')).toEqual(['PASSED']);
    expect(run.statuses('IAM.6')).toEqual(['FAILED']);
    expect(run.findings('IAM.6')[0]?.message).toContain(
      'arn:aws:iam::111122223333:mfa/phone-of-ceo',
    );
    expect(run.exitCode).toBe(1);
  });

  test("a user named like root, with a device named like root's, is not root", async () => {
    const run = await scenario(
      account((a) =>
        a.users.push(
          { name: 'rootadmin', password: true, mfa: 'virtual' },
          { name: 'root-account-mfa-device', password: false, mfa: 'virtual' },
        ),
      ),
      { node },
    );
    expect(run.statuses('IAM.6')).toEqual(['PASSED']);
    expect(run.exitCode).toBe(0);
  });

  test('a root with no password passes IAM.9 and IAM.6', async () => {
    const run = await scenario(
      account((a) => Object.assign(a.root, { password: false, hardwareKeys: 0 })),
      { node },
    );
    expect(run.statuses('IAM.9')).toEqual(['PASSED']);
    expect(run.statuses('IAM.6')).toEqual(['PASSED']);
    expect(run.findings('IAM.9')[0]?.message).toContain('no password');
    expect(run.exitCode).toBe(0);
  });

  test('root access keys fail IAM.4, inactive ones too, with the key details from the report', async () => {
    const run = await scenario(
      account(
        (a) => (a.root.accessKeys = [{ active: false, lastUsed: '2026-02-03T04:05:06+00:00' }]),
      ),
      { node },
    );
    expect(run.statuses('IAM.4')).toEqual(['FAILED']);
    expect(run.findings('IAM.4')[0]?.message).toContain(
      'key 1 inactive, last used 2026-02-03T04:05:06+00:00',
    );
    expect(run.exitCode).toBe(1);
  });

  test('console users without MFA fail IAM.5 and IAM.19; key-only users without MFA fail IAM.19 only', async () => {
    const run = await scenario(
      account((a) =>
        a.users.push(
          { name: 'bob', password: true, mfa: 'none' },
          { name: 'build-bot', password: false, mfa: 'none' },
        ),
      ),
      { node, inputs: { 'fail-on': 'medium' } },
    );
    const failing = (control: string) =>
      run
        .findings(control)
        .filter((f) => f.status === 'FAILED')
        .map((f) => f.resource);
    expect(failing('IAM.5')).toEqual(['arn:aws:iam::111122223333:user/bob']);
    expect(failing('IAM.19')).toEqual([
      'arn:aws:iam::111122223333:user/bob',
      'arn:aws:iam::111122223333:user/build-bot',
    ]);
    expect(run.findings('IAM.5').find((f) => f.status === 'FAILED')?.evidence.source).toBe('live');
    // The outputs count findings (bob twice); the report and the summary count people.
    expect(run.outputs).toMatchObject({ result: 'failed', critical: '0', medium: '3' });
    expect(run.report.totals.failingResources).toEqual({
      rootUsers: 0,
      iamUsers: 2,
      consoleUsers: 1,
    });
    expect(run.failure).toContain('2 IAM users fail, 1 of them can sign in to the console');
    expect(run.summary).toMatch(
      /^## ❌ IAM MFA audit failed: 2 IAM users in 111122223333 \(compliant\) have no MFA device, 1 of them can sign in to the console with a password\.$/m,
    );
    // bob fails both user controls and is one row.
    expect(
      run.summary.match(
        /^\| <code title="arn:aws:iam::111122223333:user\/bob">bob<\/code> \| ❌ \| ❌ \|/gm,
      ),
    ).toHaveLength(1);
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => a.level)).toEqual(['warning', 'warning']);
  });

  test('a user who added MFA after the report passes, and the evidence says the report was out of date', async () => {
    const run = await scenario(
      account((a) =>
        a.users.push({ name: 'carol', password: true, mfa: 'virtual', inReport: { mfa: 'none' } }),
      ),
      { node },
    );
    const carol = run.findings('IAM.19').find((f) => f.resource.endsWith('/carol'));
    expect(carol?.status).toBe('PASSED');
    expect(carol?.evidence.source).toBe('live');
    expect(carol?.evidence.note).toMatch(/credential report of .* is out of date/);
    expect(run.exitCode).toBe(0);
  });

  test('a user created after the report is judged live; a user deleted after it has no finding', async () => {
    const run = await scenario(
      account((a) => {
        a.users.push({ name: 'newbie', password: true, mfa: 'none', inReport: 'absent' });
        a.deletedSinceReport = [{ name: 'gone', password: true, mfa: 'none' }];
      }),
      { node, inputs: { 'fail-on': 'medium' } },
    );
    const resources = run.findings('IAM.5').map((f) => f.resource);
    expect(resources).toContain('arn:aws:iam::111122223333:user/newbie');
    expect(resources.some((r) => r.endsWith('/gone'))).toBe(false);
    expect(run.findings('IAM.5').find((f) => f.resource.endsWith('/newbie'))?.status).toBe(
      'FAILED',
    );
    // newbie, and deploy-bot: its hardware device is not in the virtual-device listing (rule 4).
    expect(run.calls.get('iam:ListMFADevices')).toBe(2);
  });

  test('fail-on: none never fails the step, and still reports every finding', async () => {
    const run = await scenario(
      { ...demoAccount(), accountId: '111122223333' },
      { node, inputs: { 'fail-on': 'none' } },
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe('passed');
    expect(Number(run.outputs.critical)).toBe(3);
    // The headline describes the account, which fails; the next line says the step passed, and why.
    expect(run.summary).toMatch(/^## ❌ IAM MFA audit failed: Root user of 111122223333/);
    expect(run.summary).toContain('**The step passed because fail-on is none');
    expect(run.summary).not.toContain('✅ IAM MFA audit');
  });

  test('fail-on: none with a control it could not judge: result incomplete, no ✅, and the step says so', async () => {
    const run = await scenario(
      account((a) => {
        a.users.push({ name: 'bob', password: true, mfa: 'none' });
        a.faults = { GetLoginProfile: { code: 'AccessDenied', status: 403 } };
      }),
      { node, inputs: { 'fail-on': 'none' } },
    );
    expect(run.exitCode).toBe(0);
    expect(run.statuses('IAM.5')).toEqual(['ERROR']);
    expect(run.outputs.result).toBe('incomplete');
    expect(run.report.totals.result).toBe('incomplete');
    expect(run.summary).not.toContain('✅ IAM MFA audit');
    expect(run.summary).toMatch(
      /^## ❌ IAM MFA audit failed: 1 IAM user in 111122223333 \(compliant\) has no MFA device\. Could not judge IAM\.5 on 111122223333 \(compliant\)\.$/m,
    );
    expect(run.summary).toContain('but the result is incomplete');
    expect(run.stdout).toContain('but the result is incomplete');
    // The ERROR annotation names the account once.
    const iam5 = run.annotations.find((a) => a.title.startsWith('IAM.5'));
    expect(iam5?.message.match(/Could not judge/g)).toHaveLength(1);
  });

  test('with credentials already in the environment, the action says whose they are', async () => {
    const run = await scenario(compliantAccount(), { node, ambient: true });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('using the AWS credentials already in the environment');
    expect(run.stdout).toContain(
      'Using the identity arn:aws:sts::111122223333:assumed-role/ambient-role/ambient',
    );
  });

  test('a missing id-token permission fails with the fix, before any AWS call, and leaves a summary', async () => {
    const run = await scenario(compliantAccount(), {
      node,
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined },
    });
    expect(run.exitCode).toBe(1);
    expect(run.failure).toContain('permissions:');
    expect(run.failure).toContain('id-token: write');
    expect(run.calls.size).toBe(0);
    expect(run.summary).toContain('could not run');
    // The YAML to add is a code block in the summary, not a line of prose.
    expect(run.summary).toContain(
      '```yaml\npermissions:\n  id-token: write\n  contents: read\n```',
    );
    expect(run.summary).toContain('no evidence read');
    expect(run.report).toMatchObject({ accounts: [], totals: { result: 'failed' } });
    expect(run.outputs.result).toBe('failed');
  });

  test('off GitHub (no GITHUB_ACTIONS, no OIDC variables, as under local-action), the message says so, not id-token', async () => {
    const run = await scenario(compliantAccount(), {
      node,
      env: {
        GITHUB_ACTIONS: undefined,
        ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined,
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.failure).toMatch(/^No OIDC token: this run is not on GitHub Actions/);
    expect(run.failure).toContain('leave role-to-assume empty');
    expect(run.failure).not.toContain('id-token: write');
    expect(run.calls.size).toBe(0);
  });
});

// Which controls each evidence call feeds: AccessDenied on it ERRORs those and only those.
const DENIALS: Array<[string, string[]]> = [
  ['GetAccountSummary', ['IAM.9', 'IAM.6', 'IAM.4']],
  ['ListVirtualMFADevices', ['IAM.6']],
  ['GenerateCredentialReport', ['IAM.5', 'IAM.19']],
  ['GetCredentialReport', ['IAM.5', 'IAM.19']],
  ['ListUsers', ['IAM.5', 'IAM.19']],
  ['ListMFADevices', ['IAM.5', 'IAM.19']],
  ['GetLoginProfile', ['IAM.5']],
];

describe('AccessDenied on one evidence call', () => {
  const runtime = E2E_RUNTIME;
  test.each(DENIALS)(
    'on %s ERRORs only %j, names the permission, and fails the step',
    async (operation, erroring) => {
      const a = compliantAccount();
      a.users.push({ name: 'bob', password: true, mfa: 'none' });
      // A report already there (30 minutes old): bob's failure is confirmed by the per-user calls.
      a.faults = { [operation]: { code: 'AccessDenied', status: 403 } };
      const run = await scenario(a, { node: runtime.node });
      for (const control of ['IAM.9', 'IAM.6', 'IAM.4', 'IAM.5', 'IAM.19']) {
        const statuses = run.statuses(control);
        if (erroring.includes(control)) {
          expect(statuses).toEqual(['ERROR']);
          expect(run.findings(control)[0]?.message).toContain(
            `iam:${operation} failed with AccessDenied`,
          );
          expect(run.findings(control)[0]?.message).toContain(
            `Add iam:${operation} to the role's policy`,
          );
        } else {
          expect(statuses).not.toContain('ERROR');
          expect(statuses.length).toBeGreaterThan(0);
        }
      }
      expect(run.exitCode).toBe(1);
      expect(run.outputs.result).toBe('failed');
      expect(run.failure).toContain('Could not judge 111122223333');
      expect(run.summary).toContain('could not be judged');
      expect(run.summary).toContain(`Add iam:${operation} to the role`);
    },
  );

  test('on ListAccountAliases loses only the alias', async () => {
    const a = compliantAccount({
      faults: { ListAccountAliases: { code: 'AccessDenied', status: 403 } },
    });
    const run = await scenario(a, { node: runtime.node });
    expect(run.exitCode).toBe(0);
    expect(run.report.accounts[0].alias).toBeUndefined();
    expect(run.stdout).toContain('Could not read the account alias');
  });
});

describe('proxies', () => {
  const node24Runtime = node24();
  const maybe = node24Runtime ? test : test.skip;
  maybe('AWS calls go through HTTP_PROXY, and NO_PROXY bypasses it (Node 24)', async () => {
    const proxy = await startForwardProxy();
    try {
      const through = await scenario(compliantAccount(), {
        node: node24Runtime?.node,
        env: { HTTP_PROXY: proxy.url },
      });
      expect(through.exitCode).toBe(0);
      const viaProxy = proxy.forwarded();
      const awsCalls = [...through.calls]
        .filter(([op]) => !op.startsWith('oidc:'))
        .reduce((n, [, c]) => n + c, 0);
      expect(viaProxy).toBeGreaterThanOrEqual(awsCalls);
      const bypass = await scenario(compliantAccount(), {
        node: node24Runtime?.node,
        env: { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' },
      });
      expect(bypass.exitCode).toBe(0);
      expect(proxy.forwarded()).toBe(viaProxy);
    } finally {
      await proxy.close();
    }
  });
});

describe('bad inputs and persistent faults', () => {
  const runtime = E2E_RUNTIME;
  test('bad inputs fail before any AWS call, all named at once, with result: failed', async () => {
    const run = await scenario(compliantAccount(), {
      node: runtime.node,
      inputs: { controls: 'IAM.9, IAM.99', 'fail-on': 'severe', 'role-session-name': 'x' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.calls.size).toBe(0);
    expect(run.failure).toMatch(
      /Invalid inputs:\n- role-session-name .*\n- controls: "IAM.99".*\n- fail-on "severe"/,
    );
    expect(run.outputs.result).toBe('failed');
    expect(run.summary).toContain('the inputs are invalid');
  });

  test("a 503 past the SDK's retries ERRORs the control, says how many attempts, and fails the step", async () => {
    const a = compliantAccount({
      faults: {
        GetAccountSummary: {
          code: 'ServiceUnavailable',
          status: 503,
          message: 'Service is unavailable',
        },
      },
    });
    const run = await scenario(a, { node: runtime.node });
    expect(run.statuses('IAM.9')).toEqual(['ERROR']);
    expect(run.findings('IAM.9')[0]?.message).toMatch(
      /iam:GetAccountSummary failed with ServiceUnavailable \(Service is unavailable \(after 6 attempts\)\)/,
    );
    expect(run.statuses('IAM.19')).toEqual(['PASSED', 'PASSED']);
    expect(run.exitCode).toBe(1);
  });
});

describe('SARIF for code scanning', () => {
  const runtime = E2E_RUNTIME;
  test('sarif-path writes a valid SARIF file anchored to the workflow, with fingerprints stable across runs', async () => {
    const options = {
      node: runtime.node,
      inputs: { 'sarif-path': 'results/iam-mfa-audit.sarif', 'fail-on': 'none' },
      env: { GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/mfa.yml@refs/heads/main' },
    };
    const account = { ...demoAccount(), accountId: '111122223333' };
    const read = async () => {
      const run = await scenario(account, options);
      expect(run.outputs['sarif-path']).toBe(`${run.tempDir}/results/iam-mfa-audit.sarif`);
      return JSON.parse(await readFile(run.outputs['sarif-path'] as string, 'utf8'));
    };
    const first = await read();
    const second = await read();
    expect(sarifErrors(first)).toEqual([]);
    const prints = (doc: typeof first) =>
      doc.runs[0].results.map(
        (r: { partialFingerprints: { primaryLocationLineHash: string } }) =>
          r.partialFingerprints.primaryLocationLineHash,
      );
    expect(prints(second)).toEqual(prints(first));
    expect(new Set(prints(first)).size).toBe(first.runs[0].results.length);
    expect(first.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      '.github/workflows/mfa.yml',
    );
    expect(first.runs[0].results.length).toBe(3 + 2 + 3);
  });

  test('without sarif-path there is no SARIF file and the output is empty', async () => {
    const run = await scenario(compliantAccount(), { node: runtime.node });
    expect(run.outputs['sarif-path']).toBe('');
    // Everything the action writes lands in its temporary directory (workspace, RUNNER_TEMP, HOME).
    const written = await readdir(run.tempDir, { recursive: true, withFileTypes: true });
    const files = written
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name));
    expect(files).toContain(run.outputs['report-path']);
    expect(files.filter((file) => /\.sarif$/i.test(file))).toEqual([]);
    for (const file of files)
      expect([file, (await readFile(file, 'utf8')).includes('sarif-2.1.0')]).toEqual([file, false]);
  });
});

describe('SARIF of the four preview accounts', () => {
  const runtime = E2E_RUNTIME;
  test.each(PREVIEW_ACCOUNTS.map((entry) => [entry.name, entry.account] as const))(
    '%s: valid SARIF 2.1.0, one result per failing resource, distinct fingerprints',
    async (_name, account) => {
      const run = await scenario(account(), {
        node: runtime.node,
        inputs: { 'sarif-path': 'out.sarif', 'fail-on': 'none' },
      });
      const sarif = JSON.parse(await readFile(run.outputs['sarif-path'] as string, 'utf8'));
      expect(sarifErrors(sarif)).toEqual([]);
      const failing = run.report.accounts[0].findings.filter(
        (f: { status: string }) => f.status === 'FAILED' || f.status === 'ERROR',
      );
      expect(sarif.runs[0].results).toHaveLength(Math.min(failing.length, 5000));
      const prints = sarif.runs[0].results.map(
        (r: { partialFingerprints: { primaryLocationLineHash: string } }) =>
          r.partialFingerprints.primaryLocationLineHash,
      );
      expect(new Set(prints).size).toBe(prints.length);
    },
  );
});
