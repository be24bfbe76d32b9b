// The templates grant exactly what the bundled action calls: the fake's call log over real runs of
// dist/index.js, with the fake refusing every IAM action the template does not grant.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { compliantAccount, demoAccount, type FakeAccount } from '../fake-aws/account.js';
import { E2E_RUNTIME } from '../fake-aws/runtimes.js';
import { scenario, type Scenario } from '../e2e/harness.js';
import { DEFAULT_TOKEN_SUB } from '../fake-aws/server.js';
import { admitsToken } from './iam-policy.js';
import {
  FIRST_SESSION_ONLY_ACTIONS,
  FORMATS,
  grantedActions,
  HUB_ONLY_ACTIONS,
  rolePolicies,
} from './templates.js';
import type { FakeUserPool } from '../fake-aws/cognito-api.js';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const node = E2E_RUNTIME.node;
const ALL = ['IAM.9', 'IAM.6', 'IAM.4', 'IAM.5', 'IAM.19'];

/** Every user was created since the credential report, so each one is checked live. */
function everyUserLive(): FakeAccount {
  return compliantAccount({
    users: [
      { name: 'alice', password: true, mfa: 'virtual', inReport: 'absent' },
      { name: 'bob', password: true, mfa: 'none', inReport: 'absent' },
      { name: 'ci-bot', password: false, mfa: 'none', inReport: 'absent' },
      { name: 'dana', path: '/admins/', password: true, mfa: 'hardware', inReport: 'absent' },
    ],
  });
}

/** Cognito.5's reads: pools in two regions, each described. */
function withUserPools(): FakeAccount {
  const pools: FakeUserPool[] = [
    { region: 'eu-west-1', name: 'shop', mfa: 'ON', softwareToken: true, estimatedUsers: 40 },
    { region: 'us-east-1', name: 'legacy', mfa: 'OPTIONAL', sms: true, estimatedUsers: 7 },
  ];
  return compliantAccount({ userPools: pools });
}

const RUNS: Array<[string, () => FakeAccount, Record<string, string>?]> = [
  // In the account of the harness's role-to-assume.
  ['the demo account', () => ({ ...demoAccount(), accountId: '111122223333' })],
  ['an account whose every user needs live checks', everyUserLive],
  ['every control, Cognito user pools too', withUserPools, { controls: 'all' }],
];

/**
 * The AWS actions the runs called, less the OIDC sign-in (what the trust policy allows, not a
 * permission of the role) and GitHub's token endpoint (not AWS).
 */
function permissionsCalled(runs: Iterable<Scenario>): Set<string> {
  const called = new Set<string>();
  for (const run of runs) for (const op of run.calls.keys()) called.add(op);
  expect(called.has('sts:AssumeRoleWithWebIdentity')).toBe(true);
  called.delete('sts:AssumeRoleWithWebIdentity');
  for (const op of called) if (op.startsWith('oidc:')) called.delete(op);
  return called;
}

describe('the single-account and member roles grant exactly the calls of end-to-end runs', () => {
  const runs = new Map<string, Scenario>();
  let granted: Set<string>;

  beforeAll(async () => {
    granted = await grantedActions('single-account', 'cloudformation');
    for (const [name, account, inputs] of RUNS)
      runs.set(
        name,
        await scenario(account(), {
          node,
          inputs: { 'fail-on': 'none', ...inputs },
          fake: { allowedActions: [...granted] },
        }),
      );
  });

  test.each(RUNS.map(([name]) => name))(
    '%s: judged in full with only the granted actions',
    (name) => {
      const run = runs.get(name) as Scenario;
      const inputs = RUNS.find(([known]) => known === name)?.[2];
      expect(run.exitCode).toBe(0);
      for (const control of inputs?.controls === 'all' ? [...ALL, 'Cognito.5'] : ALL) {
        expect(run.statuses(control).length).toBeGreaterThan(0);
        expect(run.statuses(control)).not.toContain('ERROR');
      }
    },
  );

  test('the every-user-live run reads each user live', () => {
    const run = runs.get(RUNS[1]?.[0] as string) as Scenario;
    // Virtual-device holders are read live from the device listing, the others with ListMFADevices.
    expect(run.calls.get('iam:ListMFADevices')).toBeGreaterThan(0);
    expect(run.calls.get('iam:GetLoginProfile')).toBeGreaterThan(0);
    for (const finding of run.findings('IAM.19')) expect(finding.evidence.source).toBe('live');
  });

  test.each(
    (['single-account', 'member'] as const).flatMap((role) =>
      FORMATS.map((format) => [role, format] as const),
    ),
  )('%s (%s): granted = called, nothing missing, nothing extra', async (role, format) => {
    const called = [...permissionsCalled(runs.values())].filter(
      (action) => role === 'single-account' || !FIRST_SESSION_ONLY_ACTIONS.includes(action),
    );
    expect([...(await grantedActions(role, format))].sort()).toEqual(called.sort());
  });

  test('the trust policy allows the sign-in the action made, for the repository it ran in', async () => {
    // The runs above signed in with the fake's token of a run on main; the fake's role admitted it.
    const made = { aud: 'sts.amazonaws.com', sub: DEFAULT_TOKEN_SUB };
    for (const role of demoAccount().roles)
      expect(DEFAULT_TOKEN_SUB).toMatch(
        new RegExp(`^${(role.trustedSub ?? '').split('*').map(escapeRegExp).join('.*')}$`),
      );
    for (const format of FORMATS) {
      const { trust } = await rolePolicies('single-account', format);
      expect(trust.Statement[0]?.Action).toEqual(['sts:AssumeRoleWithWebIdentity']);
      // The template's default trust admits that token, and not the same run of another repository.
      expect(admitsToken(trust, made)).toBe(true);
      expect(
        admitsToken(trust, { ...made, sub: made.sub.replace('octo-repo', 'octo-repo-evil') }),
      ).toBe(false);
    }
  });

  test.each(FORMATS)(
    'the hub role (%s) = these calls + the Organizations reads and member sessions',
    async (format) => {
      const called = permissionsCalled(runs.values());
      expect([...(await grantedActions('hub', format))].sort()).toEqual(
        [...called, ...HUB_ONLY_ACTIONS].sort(),
      );
    },
  );
});
