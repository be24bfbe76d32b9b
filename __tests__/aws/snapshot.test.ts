import { afterEach, describe, expect, test } from '@jest/globals';
import { createIamClient } from '../../src/aws/iam-client.js';
import { readSnapshot } from '../../src/aws/snapshot.js';
import { evidenceNeeds } from '../../src/controls/index.js';
import type { EvidenceKind } from '../../src/model.js';
import { compliantAccount, type FakeAccount, type FakeUser } from '../fake-aws/account.js';
import { startFakeAws, type FakeAws, type FakeOptions } from '../fake-aws/server.js';

let fake: FakeAws | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const deniedLoginProfile = {
  call: 'iam:GetLoginProfile',
  code: 'AccessDenied',
  missingPermission: 'iam:GetLoginProfile',
};

const everything: ReadonlySet<EvidenceKind> = new Set([
  'summary',
  'rootVirtualDevices',
  'users',
  'userPasswords',
  'userMfa',
]);

async function read(account: FakeAccount, options?: FakeOptions, needs = everything) {
  fake = await startFakeAws(account, options);
  process.env.AWS_ENDPOINT_URL = fake.url;
  const warnings: string[] = [];
  const snapshot = await readSnapshot({ accountId: account.accountId, partition: 'aws' }, needs, {
    iam: createIamClient({ region: 'us-east-1', env: {}, credentials: fake.ambient }),
    concurrency: 10,
    limit: { race: (work) => work },
    now: () => Date.parse('2026-11-22T12:00:00Z'),
    sleep: async () => undefined,
    deadlineMs: 1000,
    warn: (message) => warnings.push(message),
  });
  return { snapshot, warnings, calls: fake.calls };
}

describe('readSnapshot against the fake IAM', () => {
  test('pages through every user and device with 1,000 to a page, and confirms only users the report fails', async () => {
    const users: FakeUser[] = Array.from({ length: 2500 }, (_, i) => ({
      name: `u${i}`,
      password: true,
      mfa: i % 5 === 0 ? 'none' : 'virtual',
    }));
    const { snapshot, calls } = await read(compliantAccount({ users }));
    expect(snapshot.users?.ok && snapshot.users.value.users.length).toBe(2500);
    expect(calls.get('iam:ListUsers')).toBe(3);
    expect(calls.get('iam:ListVirtualMFADevices')).toBe(2);
    expect(calls.get('iam:ListMFADevices')).toBe(500);
    expect(calls.get('iam:GetLoginProfile')).toBe(500);
  });

  test("root's virtual devices are those assigned to exactly the root ARN", async () => {
    const account = compliantAccount({
      users: [
        { name: 'rootadmin', password: true, mfa: 'virtual' },
        { name: 'root', path: '/root/', password: true, mfa: 'virtual' },
      ],
    });
    account.root.virtualDevices = ['my-phone'];
    const { snapshot } = await read(account);
    expect(snapshot.rootVirtualDevices).toEqual({
      ok: true,
      value: [
        {
          serialNumber: 'arn:aws:iam::111122223333:mfa/my-phone',
          enabledAt: '2025-06-01T00:00:00.000Z',
        },
      ],
    });
  });

  test('every user found without MFA gets GetLoginProfile, whatever the old report said of the password', async () => {
    const users: FakeUser[] = [
      { name: 'pw', password: true, mfa: 'none' },
      { name: 'no-pw', password: false, mfa: 'none' },
      { name: 'new', password: true, mfa: 'none', inReport: 'absent' },
      { name: 'mfa', password: true, mfa: 'virtual' },
    ];
    const { snapshot, calls } = await read(compliantAccount({ users }));
    expect(calls.get('iam:ListMFADevices')).toBe(3);
    expect(calls.get('iam:GetLoginProfile')).toBe(3);
    const noPw = snapshot.users?.ok
      ? snapshot.users.value.users.find((u) => u.userName === 'no-pw')
      : undefined;
    expect(noPw?.password).toEqual({
      ok: true,
      value: { value: false, source: 'live', via: 'iam:GetLoginProfile' },
    });
  });

  test('a user the report saw without a password who has one now fails IAM.5 live (issue 9 item 6)', async () => {
    const users: FakeUser[] = [
      { name: 'given-pw', password: true, mfa: 'none', inReport: { password: false } },
    ];
    const { snapshot } = await read(compliantAccount({ users }));
    const facts = snapshot.users?.ok ? snapshot.users.value.users[0] : undefined;
    expect(facts?.password).toEqual({
      ok: true,
      value: { value: true, source: 'live', via: 'iam:GetLoginProfile', reportSaid: false },
    });
  });

  test('with IAM.5 alone, users the report passes for having no password cost no call', async () => {
    const users: FakeUser[] = [
      { name: 'api', password: false, mfa: 'none' },
      { name: 'console', password: true, mfa: 'none' },
    ];
    const { snapshot, calls } = await read(
      compliantAccount({ users }),
      undefined,
      evidenceNeeds(['IAM.5']),
    );
    expect(calls.get('iam:ListMFADevices')).toBe(1);
    expect(calls.get('iam:GetLoginProfile')).toBe(1);
    expect(snapshot.users?.ok && snapshot.users.value.allVerdictsLive).toBe(false);
  });

  test('a listing whose marker repeats is an error, not a short list', async () => {
    const { snapshot } = await read(compliantAccount(), { endlessPaging: ['ListUsers'] });
    expect(snapshot.users).toMatchObject({
      ok: false,
      failure: { call: 'iam:ListUsers', code: 'RepeatedMarker' },
    });
    expect(fake?.calls.get('iam:ListUsers')).toBe(2);
  });

  test('reads only what the selected controls need', async () => {
    const { calls } = await read(compliantAccount(), undefined, new Set(['summary']));
    expect([...calls.keys()].sort()).toEqual(['iam:GetAccountSummary', 'iam:ListAccountAliases']);
  });

  test('once ListMFADevices is denied, it is not asked again for the other users', async () => {
    const users: FakeUser[] = Array.from({ length: 50 }, (_, i) => ({
      name: `u${i}`,
      password: true,
      mfa: 'none',
    }));
    const { snapshot, calls } = await read(
      compliantAccount({
        users,
        faults: { ListMFADevices: { code: 'AccessDenied', status: 403 } },
      }),
    );
    expect(calls.get('iam:ListMFADevices')).toBeLessThanOrEqual(10);
    const facts = snapshot.users?.ok ? snapshot.users.value.users : [];
    expect(facts).toHaveLength(50);
    expect(facts.every((u) => !u.mfa.ok && u.mfa.failure.code === 'AccessDenied')).toBe(true);
  });

  test('a denied GetLoginProfile is a failure naming iam:GetLoginProfile, never "no password"', async () => {
    const users: FakeUser[] = [
      // The report says no password: a denied live check must not quietly confirm it.
      { name: 'api', password: false, mfa: 'none' },
      { name: 'console', password: true, mfa: 'none' },
    ];
    const { snapshot, calls } = await read(
      compliantAccount({
        users,
        faults: { GetLoginProfile: { code: 'AccessDenied', status: 403 } },
      }),
    );
    expect(calls.get('iam:GetLoginProfile')).toBeGreaterThan(0);
    const facts = snapshot.users?.ok ? snapshot.users.value.users : [];
    expect(facts.map((u) => [u.userName, u.password])).toEqual([
      ['api', { ok: false, failure: expect.objectContaining(deniedLoginProfile) }],
      ['console', { ok: false, failure: expect.objectContaining(deniedLoginProfile) }],
    ]);
    // MFA was read: only the password is unknown.
    for (const user of facts) expect(user.mfa).toMatchObject({ ok: true, value: { value: false } });
  });

  test('AccessDenied names the permission to add; another error code names none', async () => {
    const denied = await read(
      compliantAccount({ faults: { GetAccountSummary: { code: 'AccessDenied', status: 403 } } }),
      undefined,
      new Set(['summary']),
    );
    expect(denied.snapshot.summary).toEqual({
      ok: false,
      failure: expect.objectContaining({
        call: 'iam:GetAccountSummary',
        code: 'AccessDenied',
        missingPermission: 'iam:GetAccountSummary',
      }),
    });
    await fake?.close();
    const broken = await read(
      compliantAccount({ faults: { GetAccountSummary: { code: 'WeirdNewError', status: 400 } } }),
      undefined,
      new Set(['summary']),
    );
    expect(broken.snapshot.summary).toMatchObject({
      ok: false,
      failure: { code: 'WeirdNewError' },
    });
    expect(
      broken.snapshot.summary?.ok === false && broken.snapshot.summary.failure,
    ).not.toHaveProperty('missingPermission');
  });
});
