// An AWS Organization described as data, for the fake server: accounts, OUs, states, and builders.
import type { Fault, FakeAccount, FakeRole, FakeUser } from './account.js';

export type AccountState = 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE' | 'CLOSED';

export interface FakeMember {
  /** The per-account description (users, root, report, roles, faults). */
  account: FakeAccount;
  /** The root id or an OU id. */
  parentId: string;
  name?: string;
  email?: string;
  /** Default ACTIVE. */
  state?: AccountState;
  /** Old API answers: no State field, only the retired Status field. */
  omitState?: boolean;
  /** No retired Status field either (with omitState: an account whose state is not given). */
  omitStatus?: boolean;
}

export interface FakeOu {
  /** `ou-ab12-xxxxxxxx`. */
  id: string;
  name: string;
  parentId: string;
}

export interface FakeOrganization {
  /** `o-exampleorg1`. */
  id: string;
  /** Must be one of the members. */
  managementAccountId: string;
  /** `r-ab12`. */
  rootId: string;
  ous: FakeOu[];
  members: FakeMember[];
  /** Accounts that are delegated administrators for Organizations reads (and ListOrganizationsFeatures). */
  delegatedAdministrators?: string[];
  /** iam:ListOrganizationsFeatures' EnabledFeatures, e.g. ['RootCredentialsManagement','RootSessions']. */
  enabledFeatures?: string[];
  /** Faults for Organizations operations by name (ListAccounts, ListChildren, ListAccountsForParent, DescribeOrganization). */
  faults?: Record<string, Fault>;
  /** Every n-th page of an Organizations listing is empty while NextToken is set (AWS does this). */
  emptyPageEvery?: number;
}

export const HUB_ACCOUNT = '111122223333';
export const MEMBER_ROLE = 'iam-mfa-audit';
export const HUB_ROLE_ARN = `arn:aws:iam::${HUB_ACCOUNT}:role/iam-mfa-audit`;

/** A member role trusting the hub's OIDC role (the hub-and-spoke set-up). */
export function memberRole(trusted: string = HUB_ROLE_ARN, name = MEMBER_ROLE): FakeRole {
  return { name, trustedPrincipals: [trusted] };
}

/** The accounts and OUs of sixAccountOrganization(), by what each is there to show. */
export const SIX = {
  orgId: 'o-exampleorg1',
  rootId: 'r-ab12',
  ous: {
    security: 'ou-ab12-securit1',
    workloads: 'ou-ab12-workload',
    prod: 'ou-ab12-prod0001',
    sandbox: 'ou-ab12-sandbox1',
  },
  accounts: {
    /** Management account and hub: OIDC role iam-mfa-audit; users lacking MFA. Under the root. */
    hub: HUB_ACCOUNT,
    /** Everything right. Workloads/Prod. */
    compliant: '222233334444',
    /** Root has a password and no MFA. Workloads/Prod. */
    rootNoMfa: '333344445555',
    /** No member role. Workloads/Sandbox. */
    roleMissing: '444455556666',
    /** The member role trusts someone other than the hub. Workloads/Sandbox. */
    untrusted: '555566667777',
    /** SUSPENDED. Security. */
    suspended: '666677778888',
  },
} as const;

const rootWithMfa = (): FakeAccount['root'] => ({
  password: true,
  virtualDevices: [],
  hardwareKeys: 1,
  accessKeys: [],
});

const compliantUsers = (): FakeUser[] => [
  { name: 'alice', password: true, mfa: 'virtual', passwordLastUsed: '2026-11-20T09:00:00+00:00' },
  { name: 'deploy-bot', password: false, mfa: 'hardware' },
];

function member(
  accountId: string,
  alias: string,
  parentId: string,
  parts: Partial<FakeAccount> = {},
): FakeMember {
  return {
    account: {
      accountId,
      alias,
      root: rootWithMfa(),
      users: compliantUsers(),
      report: { ageMinutes: 30 },
      roles: [memberRole()],
      ...parts,
    },
    parentId,
    name: alias,
    email: `aws+${alias}@example.com`,
  };
}

/**
 * Six accounts across two levels of OUs: root → {hub}, Security → {suspended},
 * Workloads → Prod → {compliant, rootNoMfa}, Workloads → Sandbox → {roleMissing, untrusted}.
 * A fresh object every call: change it freely.
 */
export function sixAccountOrganization(): FakeOrganization {
  const { accounts: a, ous, rootId } = SIX;
  return {
    id: SIX.orgId,
    managementAccountId: a.hub,
    rootId,
    ous: [
      { id: ous.security, name: 'Security', parentId: rootId },
      { id: ous.workloads, name: 'Workloads', parentId: rootId },
      { id: ous.prod, name: 'Prod', parentId: ous.workloads },
      { id: ous.sandbox, name: 'Sandbox', parentId: ous.workloads },
    ],
    members: [
      member(a.hub, 'security-hub', rootId, {
        users: [
          ...compliantUsers(),
          {
            name: 'bob',
            password: true,
            mfa: 'none',
            passwordLastUsed: '2026-11-20T16:03:00+00:00',
          },
          { name: 'ci-deployer', password: false, mfa: 'none' },
        ],
        roles: [{ name: MEMBER_ROLE, trustedSub: 'repo:octo-org/octo-repo:*' }],
      }),
      member(a.compliant, 'prod-payments', ous.prod),
      member(a.rootNoMfa, 'prod-legacy', ous.prod, {
        root: { password: true, virtualDevices: [], hardwareKeys: 0, accessKeys: [] },
      }),
      member(a.roleMissing, 'sandbox-new', ous.sandbox, { roles: [] }),
      member(a.untrusted, 'sandbox-vendor', ous.sandbox, {
        roles: [memberRole('arn:aws:iam::999988887777:role/vendor-audit')],
      }),
      { ...member(a.suspended, 'old-project', ous.security), state: 'SUSPENDED' },
    ],
    enabledFeatures: ['RootCredentialsManagement', 'RootSessions'],
  };
}

export interface GeneratedOrganizationOptions {
  /** Accounts in all, the hub (management account, 111122223333) included. */
  accounts: number;
  /** Users per account; default 20. */
  usersPerAccount?: number;
  /** Share of each account's users with a password and no MFA; default 0.1. */
  lackingMfa?: number;
  /** Whether each account already has a credential report (default); without, the run generates one. */
  reportPresent?: boolean;
  /** OUs under the root, each with this many child OUs; default 10 and 2. */
  topOus?: number;
  childOus?: number;
}

/**
 * An organization of N accounts for benchmarks: every account has the same users (one shared, frozen
 * list: memory stays flat as N grows), root with MFA, and the member role trusting the hub. Accounts
 * are spread round-robin over a two-level OU tree; the hub sits under the root.
 */
export function generatedOrganization(options: GeneratedOrganizationOptions): FakeOrganization {
  const users = options.usersPerAccount ?? 20;
  const lacking = Math.round(users * (options.lackingMfa ?? 0.1));
  const sharedUsers: FakeUser[] = Object.freeze(
    Array.from({ length: users }, (_, i) =>
      Object.freeze({
        name: `user-${String(i).padStart(4, '0')}`,
        password: true,
        mfa: i < lacking ? ('none' as const) : ('virtual' as const),
      }),
    ),
  ) as FakeUser[];
  const sharedRoot = Object.freeze(rootWithMfa()) as FakeAccount['root'];
  const sharedReport = Object.freeze({
    ageMinutes: 30,
    ...(options.reportPresent === false ? { present: false } : {}),
  });
  const sharedMemberRoles = Object.freeze([memberRole()]) as FakeRole[];
  const rootId = 'r-ab12';
  const ous: FakeOu[] = [];
  const leaves: string[] = [];
  for (let t = 0; t < (options.topOus ?? 10); t++) {
    const top = `ou-ab12-t${String(t).padStart(7, '0')}`;
    ous.push({ id: top, name: `Top ${t}`, parentId: rootId });
    for (let c = 0; c < (options.childOus ?? 2); c++) {
      const child = `ou-ab12-c${String(t).padStart(4, '0')}${String(c).padStart(3, '0')}`;
      ous.push({ id: child, name: `Child ${t}.${c}`, parentId: top });
      leaves.push(child);
    }
  }
  if (leaves.length === 0) leaves.push(rootId);
  const members: FakeMember[] = [];
  for (let i = 0; i < options.accounts; i++) {
    const accountId = i === 0 ? HUB_ACCOUNT : String(200000000000 + i);
    members.push({
      account: {
        accountId,
        alias: i === 0 ? 'security-hub' : `acct-${i}`,
        root: sharedRoot,
        users: sharedUsers,
        report: sharedReport,
        roles:
          i === 0
            ? [{ name: MEMBER_ROLE, trustedSub: 'repo:octo-org/octo-repo:*' }]
            : sharedMemberRoles,
      },
      parentId: i === 0 ? rootId : (leaves[(i - 1) % leaves.length] as string),
    });
  }
  return { id: 'o-exampleorg1', managementAccountId: HUB_ACCOUNT, rootId, ous, members };
}
