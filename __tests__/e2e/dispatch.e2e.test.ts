// Red within minutes of a change (issue 16): dist/index.js run on repository_dispatch with the
// payload deploy/'s EventBridge rule sends, against the fake AWS.
import { describe, expect, test } from '@jest/globals';
import { compliantAccount, type FakeAccount } from '../fake-aws/account.js';
import { SIX, sixAccountOrganization } from '../fake-aws/organization.js';
import { E2E_RUNTIME } from '../fake-aws/runtimes.js';
import { changePayload, dispatchEnv } from './dispatch-event.js';
import { scenario, scenarioOrg } from './harness.js';

const node = E2E_RUNTIME.node;
const A = SIX.accounts;

/**
 * alice's device was deactivated after the credential report was generated: the report (made by
 * this very run, so "live") still shows MFA.
 */
function deactivatedSinceReport(): FakeAccount {
  const account = compliantAccount({ report: { ageMinutes: 0, present: false } });
  account.users = [
    { name: 'alice', password: true, mfa: 'none', inReport: { mfa: 'virtual' } },
    { name: 'deploy-bot', password: false, mfa: 'hardware' },
  ];
  return account;
}

/** A root sign-in as deploy/'s rule forwards it: no user name, the root as the caller. */
const rootSignIn = (overrides: Record<string, unknown>) =>
  changePayload({
    event: 'ConsoleLogin',
    user: undefined,
    actor: 'arn:aws:iam::111122223333:root',
    ...overrides,
  });

const alice = (run: Awaited<ReturnType<typeof scenario>>, control: string) =>
  run.findings(control).find((f) => f.resource.endsWith(':user/alice'));

describe('repository_dispatch iam-mfa-change', () => {
  test('the named user is decided live: a device deactivated after the report is FAILED, and the summary opens with the trigger', async () => {
    const payload = changePayload({ user: 'alice' });
    const run = await scenario(deactivatedSinceReport(), {
      node,
      inputs: { 'fail-on': 'low' },
      env: await dispatchEnv(payload),
    });
    expect(alice(run, 'IAM.19')).toMatchObject({
      status: 'FAILED',
      evidence: { source: 'live', calls: expect.arrayContaining(['iam:ListMFADevices']) },
    });
    expect(alice(run, 'IAM.5')?.status).toBe('FAILED');
    expect(run.calls.get('iam:GetLoginProfile')).toBeGreaterThanOrEqual(1);
    const opening = run.summary.split('\n').slice(0, 3).join('\n');
    expect(opening).toMatch(/^\*\*Triggered by a change:\*\*/);
    for (const text of ['DeactivateMFADevice', 'alice', 'jane@example.com', payload.eventId])
      expect(opening).toContain(text as string);
    expect(opening).toMatch(/\(\d+ (s|min) before this audit\)/);
    expect(run.report.trigger).toMatchObject({
      source: 'repository_dispatch',
      event: 'DeactivateMFADevice',
      user: 'alice',
      account: '111122223333',
      eventId: payload.eventId,
    });
    expect(run.report.trigger.secondsBeforeAudit).toBeGreaterThanOrEqual(60);
    expect(run.exitCode).toBe(1);
  });

  test('without the dispatch the same account passes alice on the fresh report (what the trigger changes)', async () => {
    const run = await scenario(deactivatedSinceReport(), { node, inputs: { 'fail-on': 'none' } });
    expect(alice(run, 'IAM.19')).toMatchObject({
      status: 'PASSED',
      evidence: { source: 'credential-report' },
    });
    expect(run.report.trigger).toBeUndefined();
    expect(run.summary).not.toMatch(/Triggered by a change/);
  });

  test('a root sign-in without MFA is a warning annotation, not a finding', async () => {
    const run = await scenario(compliantAccount(), {
      node,
      inputs: { 'fail-on': 'high' },
      env: await dispatchEnv(rootSignIn({ time: '2026-11-29T22:58:00Z', mfaUsed: 'NO' })),
    });
    expect(run.annotations).toContainEqual({
      level: 'warning',
      title: 'Root sign-in',
      message: expect.stringContaining('root signed in at 2026-11-29T22:58:00Z, MFA used: no'),
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe('passed');
    expect(run.summary.split('\n')[0]).toContain('the root user');
  });

  test('a malformed payload is refused by field, before any AWS call', async () => {
    const run = await scenario(compliantAccount(), {
      node,
      env: await dispatchEnv(
        changePayload({ account: '12345', user: 'bob$(id)', event: 'PutUserPolicy' }),
      ),
    });
    expect(run.exitCode).toBe(1);
    for (const field of ['client_payload.account', 'client_payload.user', 'client_payload.event'])
      expect(run.failure).toContain(field);
    expect([...run.calls.keys()]).toEqual([]);
    expect(run.report.errors[0]).toMatch(/Invalid repository_dispatch payload/);
  });

  test('"" and null payload fields, as an EventBridge emulator fills absent paths, are missing keys', async () => {
    const run = await scenario(compliantAccount(), {
      node,
      inputs: { 'fail-on': 'high' },
      env: await dispatchEnv(rootSignIn({ user: '', mfaUsed: '', region: null })),
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe('passed');
    expect(run.report.trigger).not.toHaveProperty('user');
    expect(run.report.trigger).not.toHaveProperty('mfaUsed');
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        title: 'Root sign-in',
        message: expect.stringContaining('MFA used: not known'),
      }),
    );
    // The selection is the credentials' own account: the event's run covers all of it.
    expect(run.summary).toMatch(
      /^## ✅ IAM MFA audit passed: every selected control passed on 111122223333/m,
    );
  });

  test('a required field that is "" fails closed, naming it, with no AWS call', async () => {
    const run = await scenario(compliantAccount(), {
      node,
      env: await dispatchEnv(changePayload({ eventId: '', time: null })),
    });
    expect(run.exitCode).toBe(1);
    expect(run.failure).toContain('client_payload.eventId is missing');
    expect(run.failure).toContain('client_payload.time is missing');
    expect([...run.calls.keys()]).toEqual([]);
  });

  test('another dispatch event type behaves as a scheduled run', async () => {
    const run = await scenario(compliantAccount(), {
      node,
      inputs: { 'fail-on': 'high' },
      env: await dispatchEnv({ anything: 'else' }, 'deploy'),
    });
    expect(run.exitCode).toBe(0);
    expect(run.report.trigger).toBeUndefined();
  });
});

describe('repository_dispatch in an Organization', () => {
  test('accounts: organization: only the payload account is entered', async () => {
    const run = await scenarioOrg(sixAccountOrganization(), {
      node,
      inputs: { accounts: 'organization', 'fail-on': 'none' },
      env: await dispatchEnv(changePayload({ account: A.rootNoMfa, user: 'nobody' })),
    });
    expect(run.report.accounts.map((a: { accountId: string }) => a.accountId)).toEqual([
      A.rootNoMfa,
    ]);
    expect(run.findings(A.rootNoMfa, 'IAM.9').map((f) => f.status)).toEqual(['FAILED']);
    const entered = [...run.callsByAccount]
      .filter(([, ops]) => ops.has('iam:ListUsers'))
      .map(([id]) => id);
    expect(entered).toEqual([A.rootNoMfa]);
    // Membership by DescribeAccount, never by listing the Organization.
    expect(run.calls.get('organizations:DescribeAccount')).toBe(1);
    expect(run.calls.get('organizations:ListAccounts')).toBeUndefined();
    expect(run.calls.get('organizations:ListAccountsForParent')).toBeUndefined();
  });

  test('an OU selection: a member under it is audited after walking up with ListParents', async () => {
    const run = await scenarioOrg(sixAccountOrganization(), {
      node,
      inputs: { accounts: SIX.ous.workloads, 'fail-on': 'none' },
      env: await dispatchEnv(changePayload({ account: A.compliant, user: 'nobody' })),
    });
    expect(run.report.accounts.map((a: { accountId: string }) => a.accountId)).toEqual([
      A.compliant,
    ]);
    // compliant is in Prod, under Workloads: two levels, and the walk stops at the selected OU.
    expect(run.calls.get('organizations:ListParents')).toBe(2);
    expect(run.calls.get('organizations:ListChildren')).toBeUndefined();
  });

  test('an account outside the selection fails naming the account and the input, with no call into it', async () => {
    const run = await scenarioOrg(sixAccountOrganization(), {
      node,
      inputs: { accounts: SIX.ous.workloads },
      env: await dispatchEnv(changePayload({ account: A.suspended })),
    });
    expect(run.exitCode).toBe(1);
    expect(run.failure).toContain(A.suspended);
    expect(run.failure).toMatch(/accounts input/);
    expect(run.callsByAccount.get(A.suspended)).toBeUndefined();
    expect(run.report.accounts).toEqual([]);
  });

  test('an account in exclude-accounts is a notice and result skipped, with no call into it', async () => {
    const run = await scenarioOrg(sixAccountOrganization(), {
      node,
      inputs: { accounts: 'organization', 'exclude-accounts': A.rootNoMfa },
      env: await dispatchEnv(changePayload({ account: A.rootNoMfa })),
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe('skipped');
    expect(run.outputs['accounts-skipped']).toBe('1');
    expect(run.outputs['accounts-audited']).toBe('0');
    expect(run.failure).toBeUndefined();
    expect(run.annotations).toContainEqual({
      level: 'notice',
      title: 'Change event skipped',
      message: expect.stringContaining(`${A.rootNoMfa} is listed in exclude-accounts`),
    });
    expect(run.callsByAccount.get(A.rootNoMfa)).toBeUndefined();
    expect(run.report.accounts).toMatchObject([
      {
        accountId: A.rootNoMfa,
        status: 'skipped',
        skippedReason: 'listed in exclude-accounts',
        findings: [],
      },
    ]);
    expect(run.report.totals.result).toBe('skipped');
    expect(run.summary).toMatch(/## ⏭️ IAM MFA audit skipped: the change event's account/);
    expect(run.summary).not.toMatch(/✅|passed/);
  });

  test('an account named by id that is not selected fails the same way', async () => {
    const run = await scenarioOrg(sixAccountOrganization(), {
      node,
      inputs: { accounts: A.compliant },
      env: await dispatchEnv(changePayload({ account: A.rootNoMfa })),
    });
    expect(run.exitCode).toBe(1);
    expect(run.failure).toMatch(new RegExp(`${A.rootNoMfa}.*accounts input`));
    expect(run.callsByAccount.get(A.rootNoMfa)).toBeUndefined();
    expect(run.calls.get('organizations:DescribeAccount')).toBeUndefined();
  });
});
