// Cognito.5 end to end (issue 24): dist/index.js against the fake, `controls: all`, pools in three
// regions of one account and of each account of an Organization; and the default run, which makes no
// Cognito call and loads no Cognito code.
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { compliantAccount, type FakeAccount } from '../fake-aws/account.js';
import type { FakeUserPool } from '../fake-aws/cognito-api.js';
import { generatedOrganization } from '../fake-aws/organization.js';
import { BUNDLE } from '../fake-aws/run-action.js';
import { E2E_RUNTIME } from '../fake-aws/runtimes.js';
import { scenario, scenarioOrg, type OrgScenario, type Scenario } from './harness.js';

const node = E2E_RUNTIME.node;
const NOT_OFFERED = 'ap-northeast-3';
const DENIED = 'ap-southeast-2';

/** Pools in eu-west-1 (one of each verdict), 65 in us-east-1 (two pages), and a refusing region. */
function withPools(account: FakeAccount): FakeAccount {
  const many: FakeUserPool[] = Array.from({ length: 65 }, (_, i) => ({
    region: 'us-east-1',
    name: `tenant-${String(i).padStart(2, '0')}`,
    mfa: 'ON',
    softwareToken: true,
    estimatedUsers: 10,
  }));
  return {
    ...account,
    userPools: [
      { region: 'eu-west-1', name: 'shop', mfa: 'ON', softwareToken: true, estimatedUsers: 900 },
      { region: 'eu-west-1', name: 'legacy', mfa: 'OPTIONAL', sms: true, estimatedUsers: 4200 },
      { region: 'eu-west-1', name: 'internal', mfa: 'OFF', estimatedUsers: 37 },
      {
        region: 'eu-west-1',
        name: 'passkeys',
        mfa: 'OFF',
        firstFactors: ['PASSWORD', 'WEB_AUTHN'],
        estimatedUsers: 12,
      },
      { region: 'eu-west-1', name: 'garbled', mfa: 'ON', describeAnswersEmpty: true },
      ...many,
      { region: DENIED, name: 'hidden', mfa: 'OFF', estimatedUsers: 5 },
    ],
    cognitoDeniedRegions: [DENIED],
  };
}

type Finding = { status: string; resource: string; message: string };

function expectPoolVerdicts(findings: Finding[], accountId: string): void {
  const byName = (name: string) =>
    findings.find((f) => f.resource.endsWith(`:${accountId}:userpool/eu-west-1_${name}`));
  expect(byName('shop')?.status).toBe('PASSED');
  expect(byName('legacy')).toMatchObject({ status: 'FAILED' });
  expect(byName('legacy')?.message).toMatch(/MFA optional: .*about 4200 user\(s\) exposed/);
  expect(byName('internal')?.status).toBe('FAILED');
  expect(byName('internal')?.message).toMatch(/MFA off.*about 37 user\(s\) exposed/);
  expect(byName('passkeys')?.status).toBe('NOT_APPLICABLE');
  expect(byName('passkeys')?.message).toContain('WEB_AUTHN');
  // An answer without the pool is not judged, never read as MFA off (or on).
  expect(byName('garbled')).toMatchObject({ status: 'ERROR' });
  expect(byName('garbled')?.message).toMatch(
    /cognito-idp:DescribeUserPool failed with MalformedResponse \(the answer held no UserPool\)/,
  );
  // Both pages of us-east-1, every pool once.
  const east = findings.filter((f) => f.resource.includes(':us-east-1:'));
  expect(east).toHaveLength(65);
  expect(new Set(east.map((f) => f.resource)).size).toBe(65);
  expect(east.every((f) => f.status === 'PASSED')).toBe(true);
  // The refusing region: one ERROR naming the call, the code and the fix; no pool of it.
  const denied = findings.filter((f) => f.resource.includes(`:${DENIED}:`));
  expect(denied).toEqual([
    expect.objectContaining({
      status: 'ERROR',
      resource: `arn:aws:cognito-idp:${DENIED}:${accountId}:userpool/*`,
    }),
  ]);
  expect(denied[0]?.message).toMatch(
    /cognito-idp:ListUserPools failed with AccessDeniedException.*Add cognito-idp:ListUserPools/,
  );
}

function expectNoCallWithoutTheService(calls: Map<string, Map<string, number>>): void {
  expect([...calls.keys()]).not.toContain(NOT_OFFERED);
  // Opt-in regions offering Cognito but not enabled for the accounts are never called either.
  for (const region of ['af-south-1', 'ap-east-1', 'me-south-1'])
    expect([...calls.keys()]).not.toContain(region);
  expect(calls.get('us-east-1')?.get('ListUserPools')).toBe(2);
  expect(calls.get('eu-west-1')?.get('ListUserPools')).toBe(1);
}

describe('Cognito.5 on one account', () => {
  let run: Scenario & { regions: Map<string, Map<string, number>> };
  beforeAll(async () => {
    const { startFakeAws } = await import('../fake-aws/server.js');
    const { runAction } = await import('../fake-aws/run-action.js');
    const { leakedSecret } = await import('./harness.js');
    const fake = await startFakeAws(withPools(compliantAccount()));
    try {
      const one = await runAction(fake, { node, inputs: { controls: 'all', 'fail-on': 'none' } });
      const leak = await leakedSecret(fake.secrets, one);
      if (leak) throw new Error(leak);
      const findings = (control: string) =>
        (one.report?.accounts?.[0]?.findings ?? []).filter(
          (f: { control: string }) => f.control === control,
        );
      run = {
        ...one,
        calls: new Map(fake.calls),
        findings,
        statuses: (control) => findings(control).map((f: { status: string }) => f.status),
        regions: fake.cognitoCallsByRegion,
      };
    } finally {
      await fake.close();
    }
  });

  test('each pool decided as the spec says; the denied region ERROR; the others decided', () => {
    expect(run.exitCode).toBe(0);
    expectPoolVerdicts(run.findings('Cognito.5'), '111122223333');
    expect(run.statuses('IAM.9')).toEqual(['PASSED']);
  });
  test('a region without the service is never called; the regions read are the enabled ones', () => {
    expectNoCallWithoutTheService(run.regions);
    expect(run.calls.get('account:ListRegions')).toBe(1);
    expect(run.calls.get('ssm:GetParametersByPath')).toBe(2);
  });
  test('the summary has a user-pool section, worst first, with the users failing pools expose', () => {
    expect(run.summary).toContain('Cognito user pools');
    expect(run.summary.indexOf('legacy')).toBeLessThan(run.summary.indexOf('shop'));
    expect(run.summary).toMatch(/4[,.]?237 estimated user\(s\)/);
    expect(run.annotations.filter((a) => a.title.includes('Cognito.5')).length).toBeLessThanOrEqual(
      2,
    );
  });
});

describe('Cognito.5 in an Organization of three accounts', () => {
  let run: OrgScenario & { regions?: Map<string, Map<string, number>> };
  let ids: string[];
  beforeAll(async () => {
    const org = generatedOrganization({ accounts: 3, usersPerAccount: 2, topOus: 1, childOus: 1 });
    for (const member of org.members) member.account = withPools({ ...member.account });
    ids = org.members.map((m) => m.account.accountId);
    run = await scenarioOrg(org, {
      node,
      inputs: { accounts: 'organization', controls: 'all', 'fail-on': 'none' },
    });
  });
  test('every account has its own pools decided, its denied region ERROR', () => {
    expect(run.exitCode).toBe(0);
    for (const id of ids) {
      const findings = run.findings(id, 'Cognito.5');
      expectPoolVerdicts(findings, id);
      for (const finding of findings)
        expect(finding.resource).toMatch(new RegExp(`^arn:aws:cognito-idp:[a-z0-9-]+:${id}:`));
    }
  });
  test('each account reads its regions with its own session; the public regions once per run', () => {
    for (const id of ids) {
      const calls = run.callsByAccount.get(id);
      expect(calls?.get('cognito-idp:ListUserPools')).toBe(17);
      expect(calls?.get('account:ListRegions')).toBe(1);
    }
    expect(run.calls.get('ssm:GetParametersByPath')).toBe(2);
    expect(run.summary).toMatch(/Cognito\.5/);
  });
});

describe('the default run', () => {
  test('makes no Cognito, SSM or Account call, and loads no chunk of their SDKs', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'chunks-'));
    const log = path.join(dir, 'loaded.txt');
    const hook = path.join(dir, 'hook.mjs');
    writeFileSync(log, '');
    writeFileSync(
      hook,
      `import { registerHooks } from 'node:module';\nimport { appendFileSync } from 'node:fs';\n` +
        `registerHooks({ load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); } });\n`,
    );
    const dist = path.dirname(BUNDLE);
    const lazy = readdirSync(dist).filter(
      (file) =>
        /^\d+\.index\.js$/.test(file) &&
        /AWSCognitoIdentityProviderService|AmazonSSM|\/listRegions/.test(
          readFileSync(path.join(dist, file), 'utf8'),
        ),
    );
    expect(lazy.length).toBeGreaterThan(0);
    const loaded = async (inputs: Record<string, string>) => {
      writeFileSync(log, '');
      const one = await scenario(withPools(compliantAccount()), {
        node,
        inputs,
        nodeArgs: ['--import', hook],
      });
      const urls = (await readFile(log, 'utf8')).split('\n').filter(Boolean);
      return { one, chunks: lazy.filter((file) => urls.some((url) => url.endsWith(`/${file}`))) };
    };
    const plain = await loaded({});
    expect(plain.one.exitCode).toBe(0);
    expect(plain.chunks).toEqual([]);
    for (const op of plain.one.calls.keys()) expect(op).not.toMatch(/^(cognito-idp|ssm|account):/);
    expect(plain.one.statuses('Cognito.5')).toEqual([]);
    // The same hook sees the chunks load when Cognito.5 is selected: the check above can fail.
    const selected = await loaded({ controls: 'Cognito.5', 'fail-on': 'none' });
    expect(selected.chunks.length).toBeGreaterThan(0);
    expect(selected.one.calls.get('cognito-idp:ListUserPools')).toBeGreaterThan(0);
    appendFileSync(log, '');
  });
});
