// Root sessions (issue 23, spec "Root sessions"): dist/index.js against a fake Organization with
// centralized root access and assume-root: true; root's devices read with sts:AssumeRoot.
import { describe, expect, test } from '@jest/globals';
import type { FakeAccount } from '../fake-aws/account.js';
import {
  HUB_ACCOUNT,
  memberRole,
  MEMBER_ROLE,
  type FakeMember,
  type FakeOrganization,
} from '../fake-aws/organization.js';
import { ROOT_SESSION_PREFIX, TASK_POLICY_ACTIONS } from '../fake-aws/root-session.js';
import { E2E_RUNTIME } from '../fake-aws/runtimes.js';
import { grantedActions } from '../deploy/templates.js';
import { expectMasked, scenarioOrg, type OrgScenario } from './harness.js';

const node = E2E_RUNTIME.node;
const ROOT_ONLY = 'IAM.9, IAM.6, IAM.4, IMA.1';

/** The members, by what each root holds. */
const M = {
  fidoOnly: '200000000001',
  fidoAndVirtual: '200000000002',
  twoHardware: '200000000003',
  removed: '200000000004',
  keys: '200000000005',
  disagrees: '200000000006',
  refused: '200000000007',
  neither: '200000000008',
  noRole: '200000000009',
} as const;

const RECENT = new Date(Date.now() - 3 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');

function account(id: string, root: Partial<FakeAccount['root']>, parts: Partial<FakeAccount> = {}) {
  return {
    accountId: id,
    alias: `acct-${id.slice(-2)}`,
    root: { password: true, virtualDevices: [], hardwareKeys: 0, accessKeys: [], ...root },
    users: [{ name: 'alice', password: true, mfa: 'hardware' as const }],
    report: { ageMinutes: 30 },
    roles: [memberRole()],
    ...parts,
  };
}

const DENIED = { AssumeRoot: { code: 'AccessDenied', status: 403 } };

function rootOrganization(
  options: { only?: string[]; features?: string[] } = {},
): FakeOrganization {
  const accounts: FakeAccount[] = [
    account(
      HUB_ACCOUNT,
      { hardwareKeys: 1 },
      {
        roles: [{ name: MEMBER_ROLE, trustedSub: 'repo:octo-org/octo-repo:*' }],
      },
    ),
    account(M.fidoOnly, { hardwareKeys: 1, passwordLastUsed: RECENT }),
    account(M.fidoAndVirtual, { hardwareKeys: 1, virtualDevices: ['root-phone'] }),
    account(M.twoHardware, { hardwareKeys: 1, totpSerials: ['GAHT12345678'] }),
    account(M.removed, { password: false }),
    account(M.keys, {
      hardwareKeys: 2,
      accessKeys: [{ active: true, lastUsed: '2026-11-19T17:42:00Z' }, { active: false }],
    }),
    // The summary says no MFA; root's own list shows a FIDO key: the list decides.
    account(M.disagrees, { hardwareKeys: 1, summaryValues: { AccountMFAEnabled: '0' } }),
    account(M.refused, { hardwareKeys: 1, virtualDevices: ['old-phone'] }, { faults: DENIED }),
    account(M.neither, { hardwareKeys: 1 }, { faults: DENIED, roles: [] }),
    account(M.noRole, { hardwareKeys: 2 }, { roles: [] }),
  ];
  const members: FakeMember[] = accounts
    .filter(
      (a) => !options.only || a.accountId === HUB_ACCOUNT || options.only.includes(a.accountId),
    )
    .map((a) => ({ account: a, parentId: 'r-ab12', name: a.alias }));
  return {
    id: 'o-exampleorg1',
    managementAccountId: HUB_ACCOUNT,
    rootId: 'r-ab12',
    ous: [],
    members,
    enabledFeatures: options.features ?? ['RootCredentialsManagement', 'RootSessions'],
  };
}

const statuses = (run: OrgScenario, id: string, control: string): string[] =>
  run.findings(id, control).map((f) => f.status);
const only = (run: OrgScenario, id: string, control: string) => {
  const [finding, ...rest] = run.findings(id, control);
  expect(rest).toEqual([]);
  if (!finding) throw new Error(`no ${control} finding in ${id}`);
  return finding as { status: string; message: string; evidence: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
};

describe('assume-root: true, root controls only', () => {
  let run: OrgScenario;
  test('each root decided from its own devices; refusals fall back, named', async () => {
    run = await scenarioOrg(rootOrganization(), {
      node,
      inputs: {
        accounts: 'organization',
        controls: ROOT_ONLY,
        'assume-root': 'true',
        'fail-on': 'none',
      },
    });
    expect(run.exitCode).toBe(0);
    // One FIDO key: IAM.9 and IAM.6 pass, IMA.1 fails.
    expect(statuses(run, M.fidoOnly, 'IAM.9')).toEqual(['PASSED']);
    expect(statuses(run, M.fidoOnly, 'IAM.6')).toEqual(['PASSED']);
    expect(only(run, M.fidoOnly, 'IMA.1')).toMatchObject({
      status: 'FAILED',
      message: expect.stringMatching(/one hardware key .*u2f\/.*mail and phone/),
    });
    expect(only(run, M.fidoOnly, 'IAM.6').message).toMatch(
      /FIDO security key or passkey arn:aws:iam::200000000001:u2f\//,
    );
    // A FIDO key and a virtual device: IAM.6 fails naming the virtual serial.
    expect(only(run, M.fidoAndVirtual, 'IAM.6')).toMatchObject({
      status: 'FAILED',
      message: expect.stringContaining('arn:aws:iam::200000000002:mfa/root-phone'),
    });
    expect(statuses(run, M.fidoAndVirtual, 'IAM.9')).toEqual(['PASSED']);
    expect(statuses(run, M.fidoAndVirtual, 'IMA.1')).toEqual(['FAILED']);
    // A FIDO key and a hardware TOTP token: all pass.
    for (const control of ['IAM.9', 'IAM.6', 'IAM.4', 'IMA.1'])
      expect(statuses(run, M.twoHardware, control)).toEqual(['PASSED']);
    expect(only(run, M.twoHardware, 'IMA.1').message).toMatch(/hardware TOTP token GAHT12345678/);
    // Root credentials removed: nothing to sign in with.
    for (const control of ['IAM.9', 'IAM.6', 'IAM.4'])
      expect(statuses(run, M.removed, control)).toEqual(['PASSED']);
    expect(statuses(run, M.removed, 'IMA.1')).toEqual(['NOT_APPLICABLE']);
    // Root's keys, active and inactive, each with its last use.
    expect(only(run, M.keys, 'IAM.4')).toMatchObject({
      status: 'FAILED',
      message: expect.stringMatching(
        /2 access key\(s\) \(AKIA\d+ROOT1 active, last used 2026-11-19T17:42:00.000Z; AKIA\d+ROOT2 inactive, never used\)/,
      ),
    });
    // The summary disagrees with the list: the list decides, and the evidence says so.
    const disagreeing = only(run, M.disagrees, 'IAM.9');
    expect(disagreeing.status).toBe('PASSED');
    expect(disagreeing.evidence.note).toMatch(
      /GetAccountSummary says AccountMFAEnabled 0 but ListMFADevices lists devices: the lists decide/,
    );
    // The management account (the hub) is decided in-account; its IMA.1 cannot be.
    expect(statuses(run, HUB_ACCOUNT, 'IAM.6')).toEqual(['PASSED']);
    expect(only(run, HUB_ACCOUNT, 'IMA.1')).toMatchObject({
      status: 'NOT_APPLICABLE',
      message: expect.stringContaining('cannot target the management account'),
    });
    expect(run.callsByAccount.get(HUB_ACCOUNT)?.get('sts:AssumeRoot')).toBeUndefined();
    expect(run.callsByAccount.get(HUB_ACCOUNT)?.get('iam:GetAccountSummary')).toBe(1);
    // AssumeRoot refused: the member role's in-account evidence decides, naming the refusal.
    const fellBack = only(run, M.refused, 'IAM.6');
    expect(fellBack.status).toBe('FAILED');
    expect(fellBack.evidence.calls).toContain('iam:ListVirtualMFADevices');
    expect(fellBack.evidence.note).toMatch(
      /root session refused: sts:AssumeRoot failed with AccessDenied/,
    );
    expect(only(run, M.refused, 'IMA.1')).toMatchObject({
      status: 'ERROR',
      message: expect.stringMatching(
        /sts:AssumeRoot failed with AccessDenied.*Fix: .*sts:TaskPolicyArn/,
      ),
    });
    // Neither a root session nor the member role: ERROR naming both.
    expect(run.account(M.neither).status).toBe('not-judged');
    for (const control of ['IAM.9', 'IAM.6', 'IAM.4', 'IMA.1']) {
      const finding = only(run, M.neither, control);
      expect(finding.status).toBe('ERROR');
      expect(finding.message).toContain(`arn:aws:iam::${M.neither}:role/iam-mfa-audit`);
      expect(finding.message).toMatch(/sts:AssumeRoot failed with AccessDenied/);
    }
    // The summary's account details: root's devices by type, and a recent root sign-in.
    expect(run.account(M.fidoOnly).notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Root's MFA devices \(root session\): FIDO security key or passkey /,
        ),
        expect.stringMatching(/^Root signed in to the console 3 day\(s\) ago/),
      ]),
    );
    expect(run.summary).toMatch(
      /Root's MFA devices \(root session\): virtual \(authenticator app\) arn:aws:iam::200000000002:mfa\/root-phone/,
    );
    expect(run.summary).toMatch(/\| IMA\.1|IMA\.1\]/);
  });

  test('members whose root session works are never entered: no AssumeRole, no in-account call', () => {
    for (const id of [M.fidoOnly, M.fidoAndVirtual, M.twoHardware, M.removed, M.keys, M.noRole]) {
      const ops = [...(run.callsByAccount.get(id)?.keys() ?? [])];
      expect(ops).toContain('sts:AssumeRoot');
      expect(
        ops.filter((op) => op !== 'sts:AssumeRoot' && !op.startsWith(ROOT_SESSION_PREFIX)),
      ).toEqual([]);
    }
    // Root sessions ask only what the task policy allows.
    const allowed = TASK_POLICY_ACTIONS.map((action) => `${ROOT_SESSION_PREFIX}iam:${action}`);
    for (const op of run.calls.keys())
      if (op.startsWith(ROOT_SESSION_PREFIX)) expect(allowed).toContain(op);
    // Only the refused ones fell back to their member role.
    expect(run.callsByAccount.get(M.refused)?.get('sts:AssumeRole')).toBe(1);
  });

  test('root-session credentials are masked the moment they arrive (the leak check ran on every output)', () => {
    // Every credential the fake issued, root sessions' included, was checked by scenarioOrg; each
    // of 9 sessions (the OIDC one, 7 root sessions, 2 member roles) is masked in three parts.
    expectMasked(run, 3 * 9);
  });

  test('an Organization whose roots all open: no sts:AssumeRole at all', async () => {
    const clean = await scenarioOrg(
      rootOrganization({ only: [M.fidoOnly, M.twoHardware, M.removed, M.noRole] }),
      {
        node,
        inputs: { accounts: 'organization', controls: ROOT_ONLY, 'assume-root': 'true' },
      },
    );
    expect(clean.calls.get('sts:AssumeRoot')).toBe(4);
    expect(clean.calls.get('sts:AssumeRole')).toBeUndefined();
    expect(statuses(clean, M.noRole, 'IMA.1')).toEqual(['PASSED']);
  });
});

describe('assume-root: true with user controls', () => {
  test('the member role reads IAM users; a member whose role is missing has its root decided all the same', async () => {
    const run = await scenarioOrg(rootOrganization({ only: [M.fidoOnly, M.noRole, M.neither] }), {
      node,
      inputs: {
        accounts: 'organization',
        controls: 'all',
        'assume-root': 'true',
        'fail-on': 'none',
      },
    });
    expect(statuses(run, M.fidoOnly, 'IAM.19')).toEqual(['PASSED']);
    expect(run.callsByAccount.get(M.fidoOnly)?.get('sts:AssumeRole')).toBe(1);
    // The member role is missing: root decided by its session, users not judged, naming the role.
    for (const control of ['IAM.9', 'IAM.6', 'IAM.4', 'IMA.1'])
      expect(statuses(run, M.noRole, control)).toEqual(['PASSED']);
    for (const control of ['IAM.5', 'IAM.19']) {
      const finding = only(run, M.noRole, control);
      expect(finding.status).toBe('ERROR');
      expect(finding.message).toContain(
        `could not assume arn:aws:iam::${M.noRole}:role/iam-mfa-audit`,
      );
    }
    // Neither: every control ERROR naming both.
    for (const control of ['IAM.9', 'IMA.1', 'IAM.19'])
      expect(only(run, M.neither, control).message).toMatch(
        /could not assume .*sts:AssumeRoot failed/,
      );
  });
});

describe('without root sessions', () => {
  test('without assume-root, IMA.1 is NOT_APPLICABLE everywhere and no AssumeRoot is made', async () => {
    const run = await scenarioOrg(rootOrganization({ only: [M.fidoOnly, M.twoHardware] }), {
      node,
      inputs: { accounts: 'organization', controls: ROOT_ONLY },
    });
    for (const id of [HUB_ACCOUNT, M.fidoOnly, M.twoHardware])
      expect(only(run, id, 'IMA.1')).toMatchObject({
        status: 'NOT_APPLICABLE',
        message: expect.stringContaining('assume-root: true'),
      });
    expect(run.calls.get('sts:AssumeRoot')).toBeUndefined();
    expect(run.calls.get('sts:AssumeRole')).toBe(2);
  });

  test('centralized root access off: a warning naming how to turn it on; root read in-account; IMA.1 ERROR', async () => {
    const run = await scenarioOrg(rootOrganization({ only: [M.fidoOnly], features: [] }), {
      node,
      inputs: {
        accounts: 'organization',
        controls: ROOT_ONLY,
        'assume-root': 'true',
        'fail-on': 'none',
      },
    });
    expect(run.stdout).toMatch(
      /::warning::assume-root: .*centralized root access .* is off.*enable-organizations-root-credentials-management/,
    );
    expect(run.calls.get('sts:AssumeRoot')).toBeUndefined();
    expect(statuses(run, M.fidoOnly, 'IAM.6')).toEqual(['PASSED']);
    expect(only(run, M.fidoOnly, 'IAM.6').evidence.note).toMatch(/CentralizedRootAccessOff/);
    expect(only(run, M.fidoOnly, 'IMA.1')).toMatchObject({
      status: 'ERROR',
      message: expect.stringContaining('aws iam enable-organizations-root-sessions'),
    });
  });
  test('centralized root access on but its root sessions off: one warning naming the command; no AssumeRoot is tried', async () => {
    const run = await scenarioOrg(
      rootOrganization({ only: [M.fidoOnly], features: ['RootCredentialsManagement'] }),
      {
        node,
        inputs: {
          accounts: 'organization',
          controls: ROOT_ONLY,
          'assume-root': 'true',
          'fail-on': 'none',
        },
      },
    );
    const warnings = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::warning::assume-root'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /root sessions \(RootSessions\) are off.*aws iam enable-organizations-root-sessions/,
    );
    expect(run.calls.get('sts:AssumeRoot')).toBeUndefined();
    expect(run.calls.get('iam:ListOrganizationsFeatures')).toBe(1);
    expect(statuses(run, M.fidoOnly, 'IAM.9')).toEqual(['PASSED']);
    expect(only(run, M.fidoOnly, 'IAM.9').evidence.note).toMatch(/RootSessionsOff/);
    expect(only(run, M.fidoOnly, 'IMA.1')).toMatchObject({
      status: 'ERROR',
      message: expect.stringContaining('aws iam enable-organizations-root-sessions'),
    });
  });
});

test('a delegated administrator: the management account is never a root session target', async () => {
  const org = rootOrganization({ only: [M.fidoOnly, M.twoHardware] });
  org.managementAccountId = M.twoHardware;
  org.delegatedAdministrators = [HUB_ACCOUNT];
  const run = await scenarioOrg(org, {
    node,
    inputs: {
      accounts: 'organization',
      controls: ROOT_ONLY,
      'assume-root': 'true',
      'fail-on': 'none',
    },
  });
  expect(run.callsByAccount.get(M.twoHardware)?.get('sts:AssumeRoot')).toBeUndefined();
  expect(run.callsByAccount.get(M.twoHardware)?.get('sts:AssumeRole')).toBe(1);
  expect(only(run, M.twoHardware, 'IMA.1').message).toContain(
    'cannot target the management account',
  );
  expect(statuses(run, M.fidoOnly, 'IMA.1')).toEqual(['FAILED']);
  expect(run.calls.get('organizations:DescribeOrganization')).toBe(1);
});

test('the hub role with root sessions on grants exactly what an assume-root run calls from the first session', async () => {
  const run = await scenarioOrg(rootOrganization({ only: [M.fidoOnly, M.refused] }), {
    node,
    inputs: { accounts: 'organization', controls: 'all', 'assume-root': 'true', 'fail-on': 'none' },
  });
  // Calls made with the first session (counted in the hub), AssumeRole and AssumeRoot where they go.
  const called = new Set(
    [...(run.callsByAccount.get(HUB_ACCOUNT)?.keys() ?? [])].filter(
      (op) => !op.startsWith('oidc:') && op !== 'sts:AssumeRoleWithWebIdentity',
    ),
  );
  for (const ops of run.callsByAccount.values())
    for (const op of ['sts:AssumeRole', 'sts:AssumeRoot']) if (ops.get(op)) called.add(op);
  for (const format of ['cloudformation', 'terraform'] as const) {
    const on = await grantedActions('hub', format, { enableRootSessions: true });
    const off = await grantedActions('hub', format);
    // Every call is granted; what root sessions add is exactly what this run called for them.
    for (const op of called) expect(on).toContain(op);
    expect([...on].filter((op) => !off.has(op)).sort()).toEqual([
      'organizations:DescribeOrganization',
      'sts:AssumeRoot',
    ]);
    expect(called).toContain('sts:AssumeRoot');
    expect(called).toContain('organizations:DescribeOrganization');
  }
});
