// The fake's sts:AssumeRoot and root sessions, driven by the real SDK clients as the action drives them.
import { afterEach, describe, expect, test } from '@jest/globals';
import {
  GetAccessKeyLastUsedCommand,
  GetLoginProfileCommand,
  GetUserCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListMFADevicesCommand,
  ListUsersCommand,
  ListVirtualMFADevicesCommand,
  NoSuchEntityException,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, AssumeRootCommand, STSClient } from '@aws-sdk/client-sts';
import { SIX, sixAccountOrganization, type FakeOrganization } from './organization.js';
import { AUDIT_TASK_POLICY } from './root-session.js';
import { startFakeOrganization, type FakeAws, type IssuedCredentials } from './server.js';

const A = SIX.accounts;
let fake: FakeAws | undefined;
const clients: Array<{ destroy: () => void }> = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await fake?.close();
  fake = undefined;
});

function sdk(credentials: IssuedCredentials) {
  const config = {
    region: 'us-east-1',
    endpoint: (fake as FakeAws).url,
    credentials,
    maxAttempts: 1,
  };
  const made = { iam: new IAMClient(config), sts: new STSClient(config) };
  clients.push(made.iam, made.sts);
  return made;
}

/** The compliant member's root: a FIDO key, a virtual device, a TOTP token, two keys, a sign-in. */
function organization(patch: Partial<FakeOrganization> = {}): FakeOrganization {
  const org = sixAccountOrganization();
  const member = org.members.find((m) => m.account.accountId === A.compliant);
  if (!member) throw new Error('no compliant member');
  member.account.root = {
    password: true,
    virtualDevices: ['phone'],
    hardwareKeys: 1,
    totpSerials: ['GAHT12345678'],
    passwordLastUsed: '2026-11-20T09:00:00Z',
    accessKeys: [{ active: true, lastUsed: '2026-11-19T17:42:00Z' }, { active: false }],
  };
  return { ...org, ...patch };
}

const assumeRoot = (sts: STSClient, target: string, extra: { DurationSeconds?: number } = {}) =>
  sts.send(
    new AssumeRootCommand({
      TargetPrincipal: target,
      TaskPolicyArn: { arn: AUDIT_TASK_POLICY },
      ...extra,
    }),
  );

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: { name: string; message: string }) => error,
  );

describe('sts:AssumeRoot', () => {
  test('the management account opens a root session in a member; its calls read root', async () => {
    fake = await startFakeOrganization(organization());
    const hub = sdk(fake.ambient);
    const out = await assumeRoot(hub.sts, A.compliant, { DurationSeconds: 900 });
    const creds = out.Credentials;
    if (!creds?.AccessKeyId || !creds.SecretAccessKey || !creds.SessionToken)
      throw new Error('no credentials');
    expect(fake.secrets).toContain(creds.SessionToken);
    const root = sdk({
      accessKeyId: creds.AccessKeyId,
      secretAccessKey: creds.SecretAccessKey,
      sessionToken: creds.SessionToken,
    });
    const devices = (await root.iam.send(new ListMFADevicesCommand({}))).MFADevices ?? [];
    expect(devices.map((d) => d.SerialNumber)).toEqual([
      `arn:aws:iam::${A.compliant}:mfa/phone`,
      expect.stringMatching(
        new RegExp(`^arn:aws:iam::${A.compliant}:u2f/root-account-mfa-device/`),
      ),
      'GAHT12345678',
    ]);
    // Paged as IAM pages.
    const first = await root.iam.send(new ListMFADevicesCommand({ MaxItems: 2 }));
    expect(first).toMatchObject({ IsTruncated: true, Marker: expect.any(String) });
    await expect(root.iam.send(new GetLoginProfileCommand({}))).resolves.toBeDefined();
    const keys = (await root.iam.send(new ListAccessKeysCommand({}))).AccessKeyMetadata ?? [];
    expect(keys.map((k) => k.Status)).toEqual(['Active', 'Inactive']);
    const used = await root.iam.send(
      new GetAccessKeyLastUsedCommand({ AccessKeyId: keys[0]?.AccessKeyId }),
    );
    expect(used.AccessKeyLastUsed?.LastUsedDate?.toISOString()).toBe('2026-11-19T17:42:00.000Z');
    const never = await root.iam.send(
      new GetAccessKeyLastUsedCommand({ AccessKeyId: keys[1]?.AccessKeyId }),
    );
    expect(never.AccessKeyLastUsed?.LastUsedDate).toBeUndefined();
    const user = await root.iam.send(new GetUserCommand({}));
    expect(user.User?.PasswordLastUsed?.toISOString()).toBe('2026-11-20T09:00:00.000Z');
    // The task policy's explicit deny: everything else, the virtual-device listing and AssumeRole included.
    for (const denied of [
      root.iam.send(new ListVirtualMFADevicesCommand({})),
      root.iam.send(new ListUsersCommand({})),
      root.iam.send(new ListMFADevicesCommand({ UserName: 'alice' })),
      root.sts.send(
        new AssumeRoleCommand({
          RoleArn: `arn:aws:iam::${A.compliant}:role/iam-mfa-audit`,
          RoleSessionName: 'x',
        }),
      ),
    ])
      expect(await failure(denied)).toMatchObject({
        name: 'AccessDenied',
        message: expect.stringMatching(/explicit deny in a session policy/),
      });
    expect(fake.calls.get('root-session:iam:ListMFADevices')).toBe(3);
  });

  test('no login profile: NoSuchEntity', async () => {
    const org = organization();
    const member = org.members.find((m) => m.account.accountId === A.rootNoMfa);
    if (member) member.account.root = { ...member.account.root, password: false };
    fake = await startFakeOrganization(org);
    const creds = (await assumeRoot(sdk(fake.ambient).sts, A.rootNoMfa)).Credentials;
    const root = sdk({
      accessKeyId: creds?.AccessKeyId ?? '',
      secretAccessKey: creds?.SecretAccessKey ?? '',
      sessionToken: creds?.SessionToken ?? '',
    });
    await expect(root.iam.send(new GetLoginProfileCommand({}))).rejects.toBeInstanceOf(
      NoSuchEntityException,
    );
  });

  test.each<[string, () => FakeOrganization, string, RegExp, object]>([
    [
      'more than 900 s',
      organization,
      A.compliant,
      /less than or equal to 900/,
      { DurationSeconds: 901 },
    ],
    [
      'the management account as target',
      organization,
      A.hub,
      /management account cannot be the target/,
      {},
    ],
    [
      'centralized root access off',
      () => organization({ enabledFeatures: ['RootCredentialsManagement'] }),
      A.compliant,
      /not enabled/,
      {},
    ],
    ['a target outside the organization', organization, '999999999999', /not a member/, {}],
    ['a suspended target', organization, A.suspended, /SUSPENDED/, {}],
  ])('refused: %s', async (_name, org, target, message, extra) => {
    fake = await startFakeOrganization(org());
    const error = await failure(assumeRoot(sdk(fake.ambient).sts, target, extra));
    expect(error.message).toMatch(message);
  });

  test('refused from a member account, on the global endpoint, and where the target denies it', async () => {
    const org = organization();
    const member = org.members.find((m) => m.account.accountId === A.rootNoMfa);
    if (member) member.account.faults = { AssumeRoot: { code: 'AccessDenied', status: 403 } };
    fake = await startFakeOrganization(org);
    const fromMember = sdk(fake.credentialsFor(A.rootNoMfa));
    expect((await failure(assumeRoot(fromMember.sts, A.compliant))).message).toMatch(
      /not the management account/,
    );
    expect((await failure(assumeRoot(sdk(fake.ambient).sts, A.rootNoMfa))).name).toBe(
      'AccessDenied',
    );
    await fake.close();
    fake = await startFakeOrganization(organization(), { rootSessions: { globalEndpoint: true } });
    expect((await failure(assumeRoot(sdk(fake.ambient).sts, A.compliant))).message).toMatch(
      /global endpoint/,
    );
  });
});
