// The fake organization driven by the real AWS SDK v3 clients, as the action will drive it.
import { afterEach, describe, expect, test } from '@jest/globals';
import {
  AccountNotManagementOrDelegatedAdministratorException,
  GetAccountSummaryCommand,
  IAMClient,
  ListMFADevicesCommand,
  ListOrganizationsFeaturesCommand,
  ListUsersCommand,
  ListVirtualMFADevicesCommand,
  paginateListUsers,
} from '@aws-sdk/client-iam';
import {
  AccessDeniedException,
  AWSOrganizationsNotInUseException,
  DescribeOrganizationCommand,
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListChildrenCommand,
  OrganizationsClient,
  ParentNotFoundException,
  paginateListAccounts,
  paginateListAccountsForParent,
  paginateListChildren,
  type Account,
} from '@aws-sdk/client-organizations';
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
} from '@aws-sdk/client-sts';
import { compliantAccount, type Fault } from './account.js';
import {
  generatedOrganization,
  HUB_ROLE_ARN,
  memberRole,
  SIX,
  sixAccountOrganization,
  type FakeOrganization,
} from './organization.js';
import {
  startFakeAws,
  startFakeOrganization,
  type FakeAws,
  type FakeOptions,
  type IssuedCredentials,
} from './server.js';

const A = SIX.accounts;
const HUB_SESSION = `arn:aws:sts::${A.hub}:assumed-role/iam-mfa-audit/gha-run`;
const roleIn = (account: string, name = 'iam-mfa-audit') => `arn:aws:iam::${account}:role/${name}`;

let fake: FakeAws | undefined;
const clients: Array<{ destroy: () => void }> = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await fake?.close();
  fake = undefined;
});

async function start(org: FakeOrganization = sixAccountOrganization(), options?: FakeOptions) {
  fake = await startFakeOrganization(org, options);
  return fake;
}

function sdk(credentials: IssuedCredentials) {
  const config = {
    region: 'us-east-1',
    endpoint: (fake as FakeAws).url,
    credentials,
    maxAttempts: 1,
  };
  const made = {
    iam: new IAMClient(config),
    sts: new STSClient(config),
    org: new OrganizationsClient(config),
  };
  clients.push(made.iam, made.sts, made.org);
  return made;
}

const hub = () => sdk((fake as FakeAws).credentialsFor(A.hub, HUB_SESSION));

/** Credentials of the member role of `account`, entered from the hub with sts:AssumeRole. */
async function enter(account: string) {
  const out = await hub().sts.send(
    new AssumeRoleCommand({ RoleArn: roleIn(account), RoleSessionName: 'iam-mfa-audit' }),
  );
  const c = out.Credentials!;
  return sdk({
    accessKeyId: c.AccessKeyId!,
    secretAccessKey: c.SecretAccessKey!,
    sessionToken: c.SessionToken!,
  });
}

interface SdkFailure {
  name: string;
  message: string;
  status?: number;
  error: unknown;
}

async function failure(promise: Promise<unknown>): Promise<SdkFailure> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode, error };
  }
  throw new Error('the call succeeded');
}

async function userNames(iam: IAMClient): Promise<string[]> {
  const names: string[] = [];
  for await (const page of paginateListUsers({ client: iam, pageSize: 2 }, {}))
    for (const user of page.Users ?? []) names.push(user.UserName!);
  return names;
}

describe('entering accounts', () => {
  test('the OIDC role lives in the hub: its session is the hub role, and sees the hub users', async () => {
    await start();
    const server = fake as FakeAws;
    const response = await fetch(`${server.oidcRequestUrl}&audience=sts.amazonaws.com`, {
      headers: { authorization: `Bearer ${server.oidcRequestToken}` },
    });
    const token = ((await response.json()) as { value: string }).value;
    const anonymous = new STSClient({ region: 'us-east-1', endpoint: server.url });
    clients.push(anonymous);
    const out = await anonymous.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: HUB_ROLE_ARN,
        RoleSessionName: 'gha',
        WebIdentityToken: token,
      }),
    );
    expect(out.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${A.hub}:assumed-role/iam-mfa-audit/gha`);
    const c = out.Credentials!;
    const session = sdk({
      accessKeyId: c.AccessKeyId!,
      secretAccessKey: c.SecretAccessKey!,
      sessionToken: c.SessionToken!,
    });
    const me = await session.sts.send(new GetCallerIdentityCommand({}));
    expect(me).toMatchObject({ Account: A.hub, Arn: out.AssumedRoleUser?.Arn });
    expect(await userNames(session.iam)).toEqual(['alice', 'deploy-bot', 'bob', 'ci-deployer']);
  });

  test('sts:AssumeRole into a trusting member: a session in that account, seeing only its IAM', async () => {
    await start();
    const out = await hub().sts.send(
      new AssumeRoleCommand({
        RoleArn: roleIn(A.rootNoMfa),
        RoleSessionName: 'iam-mfa-audit',
        DurationSeconds: 3600,
      }),
    );
    expect(out.AssumedRoleUser?.Arn).toBe(
      `arn:aws:sts::${A.rootNoMfa}:assumed-role/iam-mfa-audit/iam-mfa-audit`,
    );
    const expires = out.Credentials!.Expiration!.getTime() - Date.now();
    expect(expires).toBeGreaterThan(3500_000);
    expect(expires).toBeLessThanOrEqual(3600_000);
    expect(fake!.secrets).toContain(out.Credentials!.SecretAccessKey);
    expect(fake!.principalOf(out.Credentials!.AccessKeyId!)).toEqual({
      accountId: A.rootNoMfa,
      arn: out.AssumedRoleUser?.Arn,
    });

    const member = await enter(A.rootNoMfa);
    expect(await member.sts.send(new GetCallerIdentityCommand({}))).toMatchObject({
      Account: A.rootNoMfa,
      Arn: `arn:aws:sts::${A.rootNoMfa}:assumed-role/iam-mfa-audit/iam-mfa-audit`,
    });
    const summary = await member.iam.send(new GetAccountSummaryCommand({}));
    expect(summary.SummaryMap?.AccountMFAEnabled).toBe(0);
    const hubSummary = await hub().iam.send(new GetAccountSummaryCommand({}));
    expect(hubSummary.SummaryMap?.AccountMFAEnabled).toBe(1);
    const users = await member.iam.send(new ListUsersCommand({}));
    expect(users.Users?.map((u) => u.Arn)).toEqual([
      `arn:aws:iam::${A.rootNoMfa}:user/alice`,
      `arn:aws:iam::${A.rootNoMfa}:user/deploy-bot`,
    ]);
  });

  test.each([
    ['the member role is missing', A.roleMissing],
    ['the member role trusts someone else', A.untrusted],
    ['the account is suspended', A.suspended],
    ['the account is not in the organization', '999999999999'],
  ])('AccessDenied (403) as AWS words it when %s', async (_why, account) => {
    await start();
    const denied = await failure(
      hub().sts.send(
        new AssumeRoleCommand({ RoleArn: roleIn(account), RoleSessionName: 'iam-mfa-audit' }),
      ),
    );
    expect(denied).toMatchObject({
      name: 'AccessDenied',
      status: 403,
      message: `User: ${HUB_SESSION} is not authorized to perform: sts:AssumeRole on resource: ${roleIn(account)}`,
    });
  });

  test('an untrusted caller (a session of another hub role, or ambient credentials) is denied', async () => {
    await start();
    const other = sdk(
      fake!.credentialsFor(A.hub, `arn:aws:sts::${A.hub}:assumed-role/iam-mfa-audit-2/x`),
    );
    for (const client of [other.sts, sdk(fake!.ambient).sts]) {
      const denied = await failure(
        client.send(
          new AssumeRoleCommand({ RoleArn: roleIn(A.compliant), RoleSessionName: 'iam-mfa-audit' }),
        ),
      );
      expect(denied.name).toBe('AccessDenied');
    }
  });

  test('role paths: a trusted role ARN with a path matches its sessions; RoleArn must name the path', async () => {
    const org = sixAccountOrganization();
    const target = org.members.find((m) => m.account.accountId === A.compliant)!;
    target.account.roles = [
      {
        ...memberRole(`arn:aws:iam::${A.hub}:role/security/iam-mfa-audit`, 'auditor'),
        path: '/audit/',
      },
    ];
    await start(org);
    const ok = await hub().sts.send(
      new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${A.compliant}:role/audit/auditor`,
        RoleSessionName: 's1',
      }),
    );
    expect(ok.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${A.compliant}:assumed-role/auditor/s1`);
    const wrongPath = await failure(
      hub().sts.send(
        new AssumeRoleCommand({ RoleArn: roleIn(A.compliant, 'auditor'), RoleSessionName: 's1' }),
      ),
    );
    expect(wrongPath.name).toBe('AccessDenied');
  });

  test('role chaining: DurationSeconds above 3600 is a ValidationError', async () => {
    await start();
    const tooLong = await failure(
      hub().sts.send(
        new AssumeRoleCommand({
          RoleArn: roleIn(A.compliant),
          RoleSessionName: 'iam-mfa-audit',
          DurationSeconds: 7200,
        }),
      ),
    );
    expect(tooLong).toMatchObject({
      name: 'ValidationError',
      status: 400,
      message: expect.stringContaining('role chaining') as unknown as string,
    });
  });

  test('an unknown access key is InvalidClientTokenId on IAM and UnrecognizedClientException on Organizations', async () => {
    await start();
    const stranger = sdk({ accessKeyId: 'ASIANOTISSUED', secretAccessKey: 'x', sessionToken: 'y' });
    expect((await failure(stranger.iam.send(new ListUsersCommand({})))).name).toBe(
      'InvalidClientTokenId',
    );
    expect((await failure(stranger.org.send(new ListAccountsCommand({})))).name).toBe(
      'UnrecognizedClientException',
    );
  });
});

describe('Organizations over AWS JSON 1.1', () => {
  test('ListAccounts pages to the end through empty pages, at most 20 a page, each account once', async () => {
    await start({ ...generatedOrganization({ accounts: 45 }), emptyPageEvery: 2 });
    const pages: Array<{ count: number; token: boolean }> = [];
    const ids: string[] = [];
    for await (const page of paginateListAccounts({ client: hub().org }, {})) {
      pages.push({ count: page.Accounts?.length ?? 0, token: page.NextToken !== undefined });
      for (const account of page.Accounts ?? []) ids.push(account.Id!);
    }
    expect(ids).toHaveLength(45);
    expect(new Set(ids).size).toBe(45);
    expect(Math.max(...pages.map((p) => p.count))).toBe(20);
    expect(pages.filter((p) => p.count === 0 && p.token).length).toBeGreaterThan(0);
    expect(pages.at(-1)?.token).toBe(false);
    expect(fake!.callsByAccount.get(A.hub)?.get('organizations:ListAccounts')).toBe(pages.length);

    const tooMany = await failure(hub().org.send(new ListAccountsCommand({ MaxResults: 21 })));
    expect(tooMany.name).toBe('InvalidInputException');
    const forged = await failure(hub().org.send(new ListAccountsCommand({ NextToken: 'nope' })));
    expect(forged.name).toBe('InvalidInputException');
  });

  test('Account objects: State, the retired Status, Paths, JoinedTimestamp; no State where omitted', async () => {
    const org = sixAccountOrganization();
    const closed = org.members.find((m) => m.account.accountId === A.suspended)!;
    closed.state = 'CLOSED';
    const old = org.members.find((m) => m.account.accountId === A.rootNoMfa)!;
    old.omitState = true;
    old.state = 'PENDING_CLOSURE';
    await start(org);
    const accounts = new Map<string, Account>();
    for await (const page of paginateListAccounts({ client: hub().org }, {}))
      for (const account of page.Accounts ?? []) accounts.set(account.Id!, account);
    expect(accounts.size).toBe(6);
    expect(accounts.get(A.compliant)).toMatchObject({
      State: 'ACTIVE',
      Status: 'ACTIVE',
      Name: 'prod-payments',
      Email: 'aws+prod-payments@example.com',
      Arn: `arn:aws:organizations::${A.hub}:account/${SIX.orgId}/${A.compliant}`,
      JoinedMethod: 'CREATED',
      Paths: [`${SIX.orgId}/${SIX.rootId}/${SIX.ous.workloads}/${SIX.ous.prod}/${A.compliant}/`],
    });
    expect(accounts.get(A.compliant)?.JoinedTimestamp).toBeInstanceOf(Date);
    expect(accounts.get(A.suspended)).toMatchObject({ State: 'CLOSED', Status: 'SUSPENDED' });
    expect(accounts.get(A.rootNoMfa)?.State).toBeUndefined();
    expect(accounts.get(A.rootNoMfa)?.Status).toBe('PENDING_CLOSURE');

    const described = await hub().org.send(new DescribeOrganizationCommand({}));
    expect(described.Organization).toMatchObject({
      Id: SIX.orgId,
      MasterAccountId: A.hub,
      FeatureSet: 'ALL',
      Arn: `arn:aws:organizations::${A.hub}:organization/${SIX.orgId}`,
    });
  });

  test('OUs walk at any depth with ListChildren and ListAccountsForParent', async () => {
    await start({ ...sixAccountOrganization(), emptyPageEvery: 2 });
    const client = hub().org;
    async function accountsUnder(parent: string): Promise<string[]> {
      const found: string[] = [];
      for await (const page of paginateListAccountsForParent(
        { client, pageSize: 1 },
        { ParentId: parent },
      ))
        for (const account of page.Accounts ?? []) found.push(account.Id!);
      for await (const page of paginateListChildren(
        { client, pageSize: 1 },
        { ParentId: parent, ChildType: 'ORGANIZATIONAL_UNIT' },
      ))
        for (const child of page.Children ?? []) found.push(...(await accountsUnder(child.Id!)));
      return found;
    }
    expect((await accountsUnder(SIX.ous.workloads)).sort()).toEqual(
      [A.compliant, A.rootNoMfa, A.roleMissing, A.untrusted].sort(),
    );
    expect((await accountsUnder(SIX.rootId)).length).toBe(6);
    const direct = await client.send(
      new ListChildrenCommand({ ParentId: SIX.rootId, ChildType: 'ACCOUNT' }),
    );
    expect(direct.Children).toEqual([{ Id: A.hub, Type: 'ACCOUNT' }]);

    const missing = await failure(
      client.send(new ListAccountsForParentCommand({ ParentId: 'ou-ab12-nothere1' })),
    );
    expect(missing.error).toBeInstanceOf(ParentNotFoundException);
    expect(missing.status).toBe(400);
  });

  test('only the management account and delegated administrators may list; members get AccessDeniedException', async () => {
    const org = sixAccountOrganization();
    org.delegatedAdministrators = [A.compliant];
    await start(org);
    const member = sdk(fake!.credentialsFor(A.rootNoMfa));
    for (const command of [
      new ListAccountsCommand({}),
      new ListChildrenCommand({ ParentId: SIX.rootId, ChildType: 'ACCOUNT' }),
      new ListAccountsForParentCommand({ ParentId: SIX.rootId }),
    ]) {
      const denied = await failure(member.org.send(command as ListAccountsCommand));
      expect(denied.error).toBeInstanceOf(AccessDeniedException);
      expect(denied.message).toBe("You don't have permissions to access this resource.");
    }
    // AWS lets any member describe its organization.
    expect(
      (await member.org.send(new DescribeOrganizationCommand({}))).Organization?.MasterAccountId,
    ).toBe(A.hub);
    const delegated = sdk(fake!.credentialsFor(A.compliant));
    expect((await delegated.org.send(new ListAccountsCommand({}))).Accounts).toHaveLength(6);
  });

  test('a standalone account: AWSOrganizationsNotInUseException', async () => {
    fake = await startFakeAws(compliantAccount());
    const denied = await failure(sdk(fake.ambient).org.send(new ListAccountsCommand({})));
    expect(denied.error).toBeInstanceOf(AWSOrganizationsNotInUseException);
  });

  test('faults per operation: an error code, and a NextToken that repeats forever', async () => {
    const org = generatedOrganization({ accounts: 30 });
    org.faults = {
      ListChildren: { code: 'AccessDeniedException', status: 400, times: 1 },
      ListAccounts: { kind: 'repeat-marker' },
    };
    await start(org);
    const client = hub().org;
    const children = new ListChildrenCommand({ ParentId: 'r-ab12', ChildType: 'ACCOUNT' });
    expect((await failure(client.send(children))).error).toBeInstanceOf(AccessDeniedException);
    expect((await client.send(children)).Children).toEqual([{ Id: A.hub, Type: 'ACCOUNT' }]);
    const first = await client.send(new ListAccountsCommand({}));
    const second = await client.send(new ListAccountsCommand({ NextToken: first.NextToken }));
    expect(first.NextToken).toBeDefined();
    expect(second.NextToken).toBe(first.NextToken);
    expect(second.Accounts?.map((a) => a.Id)).toEqual(first.Accounts?.map((a) => a.Id));
  });

  test.each([
    ['truncated-without-marker', 20],
    ['empty-truncated', 0],
  ] as const)('ListAccounts paging fault %s: %d accounts and no NextToken', async (kind, count) => {
    const org = generatedOrganization({ accounts: 30 });
    org.faults = { ListAccounts: { kind } };
    await start(org);
    const page = await hub().org.send(new ListAccountsCommand({}));
    expect(page.Accounts).toHaveLength(count);
    expect(page.NextToken).toBeUndefined();
  });
});

describe('iam:ListOrganizationsFeatures', () => {
  test('the management account and delegated administrators read it; a member gets the modelled exception', async () => {
    const org = sixAccountOrganization();
    org.delegatedAdministrators = [A.compliant];
    await start(org);
    const features = await hub().iam.send(new ListOrganizationsFeaturesCommand({}));
    expect(features.OrganizationId).toBe(SIX.orgId);
    expect(features.EnabledFeatures).toEqual(['RootCredentialsManagement', 'RootSessions']);
    const delegated = await (
      await enter(A.compliant)
    ).iam.send(new ListOrganizationsFeaturesCommand({}));
    expect(delegated.OrganizationId).toBe(SIX.orgId);

    const member = await enter(A.rootNoMfa);
    const refused = await failure(member.iam.send(new ListOrganizationsFeaturesCommand({})));
    expect(refused.error).toBeInstanceOf(AccountNotManagementOrDelegatedAdministratorException);
    expect(refused.status).toBe(400);
  });
});

describe('state per account', () => {
  test('credentials are scoped: account B sees only B; faults of B stay in B', async () => {
    const org = sixAccountOrganization();
    const b = org.members.find((m) => m.account.accountId === A.compliant)!;
    b.account.users = [{ name: 'only-in-b', password: true, mfa: 'none' }];
    b.account.faults = { GetAccountSummary: { code: 'Throttling', status: 400 } };
    await start(org);
    const inB = await enter(A.compliant);
    expect(await userNames(inB.iam)).toEqual(['only-in-b']);
    expect(await userNames(hub().iam)).not.toContain('only-in-b');
    expect((await failure(inB.iam.send(new GetAccountSummaryCommand({})))).name).toBe('Throttling');
    expect((await hub().iam.send(new GetAccountSummaryCommand({}))).SummaryMap?.Users).toBe(4);
    const counts = fake!.callsByAccount;
    expect(counts.get(A.compliant)?.get('sts:AssumeRole')).toBe(1);
    expect(counts.get(A.compliant)?.get('iam:GetAccountSummary')).toBe(1);
    expect(counts.get(A.hub)?.get('iam:GetAccountSummary')).toBe(1);
    expect(counts.get(A.hub)?.get('sts:AssumeRole')).toBeUndefined();
    expect(fake!.calls.get('iam:GetAccountSummary')).toBe(2);
  });

  test('each account has its own throttle bucket', async () => {
    await start(sixAccountOrganization(), { throttle: { ratePerSecond: 0.001, burst: 3 } });
    const inB = await enter(A.compliant); // the hub's first token
    for (let i = 0; i < 3; i++) await inB.iam.send(new GetAccountSummaryCommand({}));
    expect((await failure(inB.iam.send(new GetAccountSummaryCommand({})))).name).toBe('Throttling');
    const h = hub();
    await h.iam.send(new GetAccountSummaryCommand({}));
    await h.iam.send(new GetAccountSummaryCommand({}));
    expect((await failure(h.iam.send(new GetAccountSummaryCommand({})))).name).toBe('Throttling');
    expect(fake!.throttledByAccount.get(A.compliant)?.get('iam:GetAccountSummary')).toBe(1);
    expect(fake!.throttledByAccount.get(A.hub)?.get('iam:GetAccountSummary')).toBe(1);
  });

  test('ambient credentials belong to the management account, or to ambientAccountId', async () => {
    await start();
    const me = await sdk(fake!.ambient).sts.send(new GetCallerIdentityCommand({}));
    expect(me).toMatchObject({
      Account: A.hub,
      Arn: `arn:aws:sts::${A.hub}:assumed-role/ambient-role/ambient`,
    });
    await fake!.close();
    await start(sixAccountOrganization(), {
      ambientAccountId: A.compliant,
      ambientRoleName: 'iam-mfa-audit',
    });
    const other = await sdk(fake!.ambient).sts.send(new GetCallerIdentityCommand({}));
    expect(other.Arn).toBe(`arn:aws:sts::${A.compliant}:assumed-role/iam-mfa-audit/ambient`);
  });
});

describe('IAM paging faults', () => {
  const cases: Array<[string, Fault['kind'], () => object]> = [
    ['ListUsers', 'truncated-without-marker', () => new ListUsersCommand({ MaxItems: 1 })],
    ['ListUsers', 'empty-truncated', () => new ListUsersCommand({})],
    [
      'ListVirtualMFADevices',
      'truncated-without-marker',
      () => new ListVirtualMFADevicesCommand({}),
    ],
    ['ListVirtualMFADevices', 'empty-truncated', () => new ListVirtualMFADevicesCommand({})],
    [
      'ListMFADevices',
      'truncated-without-marker',
      () => new ListMFADevicesCommand({ UserName: 'alice' }),
    ],
    ['ListMFADevices', 'empty-truncated', () => new ListMFADevicesCommand({ UserName: 'alice' })],
  ];
  test.each(cases)('%s %s: IsTruncated=true and no Marker', async (action, kind, command) => {
    const account = compliantAccount({ faults: { [action]: { kind, times: 1 } } });
    fake = await startFakeAws(account);
    const { iam } = sdk(fake.ambient);
    const send = (c: object) =>
      iam.send(c as ListUsersCommand) as unknown as Promise<Record<string, unknown>>;
    const faulted = await send(command());
    expect(faulted.IsTruncated).toBe(true);
    expect(faulted.Marker).toBeUndefined();
    const listed = Object.values(faulted).find(Array.isArray) as unknown[] | undefined;
    if (kind === 'empty-truncated') expect(listed ?? []).toHaveLength(0);
    else expect((listed ?? []).length).toBeGreaterThan(0);
    const healthy = await send(command());
    expect(healthy.IsTruncated === false || healthy.Marker !== undefined).toBe(true);
  });

  test('repeat-marker: the same Marker on every page', async () => {
    fake = await startFakeAws(
      compliantAccount({ faults: { ListUsers: { kind: 'repeat-marker' } } }),
    );
    const { iam } = sdk(fake.ambient);
    const first = await iam.send(new ListUsersCommand({}));
    const second = await iam.send(new ListUsersCommand({ Marker: first.Marker }));
    expect(first.IsTruncated).toBe(true);
    expect(second.Marker).toBe(first.Marker);
  });
});

describe('builders', () => {
  test('sixAccountOrganization: six accounts across two levels of OUs, one of each kind', () => {
    const org = sixAccountOrganization();
    expect(org.members).toHaveLength(6);
    const depth = (parent: string): number =>
      parent === org.rootId ? 0 : 1 + depth(org.ous.find((ou) => ou.id === parent)!.parentId);
    expect(Math.max(...org.members.map((m) => depth(m.parentId)))).toBe(2);
    expect(org.members.filter((m) => (m.state ?? 'ACTIVE') !== 'ACTIVE')).toHaveLength(1);
    expect(sixAccountOrganization()).not.toBe(org);
  });

  test('generatedOrganization(1000): 20 users each, 10 % lacking MFA, one shared user list', async () => {
    const org = generatedOrganization({ accounts: 1000 });
    expect(org.members).toHaveLength(1000);
    const users = org.members[1]!.account.users;
    expect(users).toHaveLength(20);
    expect(users.filter((u) => u.password && u.mfa === 'none')).toHaveLength(2);
    expect(org.members[999]!.account.users).toBe(users);
    await start(org);
    let count = 0;
    for await (const page of paginateListAccounts({ client: hub().org }, {}))
      count += page.Accounts?.length ?? 0;
    expect(count).toBe(1000);
    const last = await enter(org.members[999]!.account.accountId);
    expect((await last.iam.send(new ListUsersCommand({}))).Users).toHaveLength(20);
  });
});
