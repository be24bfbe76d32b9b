// An AWS Organization audited in one run (issue 8): dist/index.js against one fake server that
// holds every account, Organizations over JSON 1.1 and sts:AssumeRole with trust policies.
import { describe, expect, test } from '@jest/globals';
import { HUB_ROLE_ARN, SIX, sixAccountOrganization } from '../fake-aws/organization.js';
import { E2E_RUNTIME } from '../fake-aws/runtimes.js';
import { grantedActions } from '../deploy/templates.js';
import { changePayload, dispatchEnv } from './dispatch-event.js';
import { scenarioOrg, type OrgScenario } from './harness.js';

const node = E2E_RUNTIME.node;
const A = SIX.accounts;
const ROOT_CONTROLS = ['IAM.9', 'IAM.6', 'IAM.4'];
const ALL = [...ROOT_CONTROLS, 'IAM.5', 'IAM.19'];

const statuses = (run: OrgScenario, account: string, control: string): string[] =>
  run.findings(account, control).map((f: { status: string }) => f.status);

/** No finding of one account names another account's resources. */
function expectOwnResources(run: OrgScenario): void {
  for (const account of run.report.accounts as Array<{
    accountId: string;
    findings: Array<{ resource: string }>;
  }>) {
    for (const finding of account.findings)
      expect(finding.resource).toMatch(new RegExp(`^arn:aws:iam::${account.accountId}:`));
  }
}

describe('accounts: organization', () => {
  test('six accounts across two levels of OUs: exactly the findings the spec says, per account', async () => {
    const run = await scenarioOrg(sixAccountOrganization(), {
      node,
      inputs: { accounts: 'organization', 'fail-on': 'critical' },
    });
    // The hub, audited with the first session: users lacking MFA.
    for (const control of ROOT_CONTROLS) expect(statuses(run, A.hub, control)).toEqual(['PASSED']);
    expect(statuses(run, A.hub, 'IAM.19').filter((s) => s === 'FAILED')).toHaveLength(2);
    expect(statuses(run, A.hub, 'IAM.5').filter((s) => s === 'FAILED')).toHaveLength(1);
    // The compliant member passes everything.
    for (const control of ALL) expect(statuses(run, A.compliant, control)).not.toContain('FAILED');
    for (const control of ALL) expect(statuses(run, A.compliant, control)).not.toContain('ERROR');
    // Root without MFA.
    expect(statuses(run, A.rootNoMfa, 'IAM.9')).toEqual(['FAILED']);
    expect(statuses(run, A.rootNoMfa, 'IAM.6')).toEqual(['FAILED']);
    // Not judged: one ERROR per control, naming the role, the code and the fix.
    for (const id of [A.roleMissing, A.untrusted]) {
      expect(run.account(id).status).toBe('not-judged');
      for (const control of ALL) {
        const [finding, ...rest] = run.findings(id, control);
        expect(rest).toEqual([]);
        if (!finding) throw new Error(`no ${control} finding for ${id}`);
        expect(finding.status).toBe('ERROR');
        expect(finding.resource).toBe(`arn:aws:iam::${id}:root`);
        expect(finding.message).toContain(`arn:aws:iam::${id}:role/iam-mfa-audit`);
        expect(finding.message).toContain('AccessDenied');
        expect(finding.message).toContain(HUB_ROLE_ARN);
      }
    }
    // Suspended: skipped, with its state, no findings.
    expect(run.account(A.suspended)).toMatchObject({
      status: 'skipped',
      skippedReason: expect.stringMatching(/SUSPENDED/),
      findings: [],
    });
    expect(run.report.accounts).toHaveLength(6);
    expectOwnResources(run);
    // Member accounts were entered with AssumeRole, each at most an hour; no call into the others.
    expect(run.callsByAccount.get(A.suspended)?.get('iam:ListUsers')).toBeUndefined();
    expect(run.callsByAccount.get(A.roleMissing)?.get('iam:ListUsers')).toBeUndefined();
    expect(run.callsByAccount.get(A.compliant)?.get('iam:ListUsers')).toBe(1);
    expect(run.callsByAccount.get(A.hub)?.get('sts:AssumeRole')).toBeUndefined();

    expect(run.exitCode).toBe(1);
    // accounts-failed counts audited accounts with a FAILED finding at or above fail-on (critical):
    // the root without MFA (critical, at the threshold), not the hub (its users fail medium
    // controls only) and not the two unjudged accounts (ERROR is not FAILED; they have their own count).
    expect(run.outputs).toMatchObject({
      result: 'failed',
      'accounts-audited': '3',
      'accounts-failed': '1',
      'accounts-not-judged': '2',
      'accounts-skipped': '1',
    });
    expect(run.summary).toMatch(/of 5 accounts/);
    expect(run.summary).toContain('sandbox-vendor');
    expect(run.summary).toMatch(/SUSPENDED/);
    // Centralized root access is on: the member whose root lacks MFA gets the central fix.
    const fix = (id: string): string =>
      (run.account(id).findings as Array<{ control: string; remediation: { text: string } }>).find(
        (f) => f.control === 'IAM.9',
      )?.remediation.text ?? '';
    expect(fix(A.rootNoMfa)).toMatch(/assume-root/);
    expect(run.summary).toContain('aws sts assume-root --target-principal 333344445555');
    expect(fix(A.hub)).not.toMatch(/assume-root/);
  });

  test('the hub role of deploy/ grants exactly what an Organization run calls from the first session', async () => {
    // The whole Organization and an OU in one run: every discovery call is made; every control,
    // with a user pool in the hub and in a member, so that Cognito.5 makes all its calls.
    const org = sixAccountOrganization();
    for (const member of org.members)
      if (member.account.accountId === A.hub || member.account.accountId === A.compliant)
        member.account = {
          ...member.account,
          userPools: [{ region: 'eu-west-1', name: 'shop', mfa: 'ON', estimatedUsers: 3 }],
        };
    const run = await scenarioOrg(org, {
      node,
      inputs: {
        accounts: `organization\n${SIX.ous.workloads}`,
        controls: 'all',
        'fail-on': 'none',
      },
    });
    // A run a change event triggered (issue 16): the membership check's calls.
    const dispatched = await scenarioOrg(sixAccountOrganization(), {
      node,
      inputs: { accounts: SIX.ous.workloads, 'fail-on': 'none' },
      env: await dispatchEnv(changePayload({ account: A.compliant })),
    });
    expect(dispatched.calls.get('organizations:ListParents')).toBeGreaterThan(0);
    const hubCalls = new Set(
      [run, dispatched]
        .flatMap((one) => [...(one.callsByAccount.get(A.hub)?.keys() ?? [])])
        .filter((op) => !op.startsWith('oidc:') && op !== 'sts:AssumeRoleWithWebIdentity'),
    );
    // AssumeRole is counted in the account it enters.
    for (const id of [A.compliant, A.rootNoMfa]) {
      if (run.callsByAccount.get(id)?.get('sts:AssumeRole')) hubCalls.add('sts:AssumeRole');
    }
    for (const format of ['cloudformation', 'terraform'] as const) {
      expect([...(await grantedActions('hub', format))].sort()).toEqual([...hubCalls].sort());
    }
    // What auditing one account takes, in any account (the hub's own included).
    const memberCalls = new Set(
      [...run.callsByAccount.values()].flatMap((ops) =>
        [...ops.keys()].filter(
          (op) => /^(iam|cognito-idp|account):/.test(op) && op !== 'iam:ListOrganizationsFeatures',
        ),
      ),
    );
    for (const format of ['cloudformation', 'terraform'] as const) {
      expect([...(await grantedActions('member', format))].sort()).toEqual([...memberCalls].sort());
    }
  });
});

test("centralized root access: members get the central fix, the first session's own account never", async () => {
  const org = sixAccountOrganization();
  const hub = org.members.find((m) => m.account.accountId === A.hub);
  if (!hub) throw new Error('no hub');
  // The hub may be the management account, where central deletion does not apply.
  hub.account.root = { password: true, virtualDevices: [], hardwareKeys: 0, accessKeys: [] };
  const run = await scenarioOrg(org, {
    node,
    inputs: { accounts: 'organization', controls: 'IAM.9', 'fail-on': 'none' },
  });
  const fixOf = (id: string): string =>
    (run.findings(id, 'IAM.9')[0] as unknown as { remediation: { text: string } }).remediation.text;
  expect(statuses(run, A.hub, 'IAM.9')).toEqual(['FAILED']);
  expect(statuses(run, A.rootNoMfa, 'IAM.9')).toEqual(['FAILED']);
  expect(fixOf(A.rootNoMfa)).toMatch(/assume-root --target-principal 333344445555/);
  expect(fixOf(A.hub)).not.toMatch(/assume-root/);
  expect(fixOf(A.hub)).toMatch(/Sign in to the AWS Management Console as the root user/);
});

test('accounts: an OU audits only that subtree; exclude-accounts leaves one out', async () => {
  const run = await scenarioOrg(sixAccountOrganization(), {
    node,
    inputs: {
      accounts: SIX.ous.workloads,
      'exclude-accounts': A.untrusted,
      'fail-on': 'none',
    },
  });
  const ids = (run.report.accounts as Array<{ accountId: string; status?: string }>).map(
    (a) => `${a.accountId}:${a.status ?? 'audited'}`,
  );
  expect(ids.sort()).toEqual(
    [
      `${A.compliant}:audited`,
      `${A.rootNoMfa}:audited`,
      `${A.roleMissing}:not-judged`,
      `${A.untrusted}:skipped`,
    ].sort(),
  );
  expect(run.account(A.untrusted).skippedReason).toMatch(/exclude-accounts/);
  expect(run.callsByAccount.get(A.hub)?.get('iam:ListUsers')).toBeUndefined();
  expect(run.outputs.result).toBe('incomplete');
});

test("a Throttling storm in one account leaves the others' verdicts untouched", async () => {
  const org = sixAccountOrganization();
  const storm = org.members.find((m) => m.account.accountId === A.compliant);
  if (!storm) throw new Error('no compliant member');
  storm.account.faults = {
    ListUsers: { code: 'Throttling', status: 400 },
    GetAccountSummary: { code: 'Throttling', status: 400 },
  };
  const run = await scenarioOrg(org, {
    node,
    inputs: { accounts: 'organization', 'fail-on': 'none' },
  });
  expect(statuses(run, A.compliant, 'IAM.9')).toEqual(['ERROR']);
  expect(statuses(run, A.compliant, 'IAM.19')).toEqual(['ERROR']);
  expect(statuses(run, A.rootNoMfa, 'IAM.9')).toEqual(['FAILED']);
  expect(statuses(run, A.rootNoMfa, 'IAM.19')).not.toContain('ERROR');
  expect(statuses(run, A.hub, 'IAM.19').filter((s) => s === 'FAILED')).toHaveLength(2);
  expectOwnResources(run);
});

test('a deadline mid-run: unfinished accounts are not judged, never passed, and every report is written', async () => {
  const org = sixAccountOrganization();
  for (const member of org.members)
    if (member.account.accountId !== A.hub)
      member.account.faults = { GetAccountSummary: { kind: 'hang' } };
  const run = await scenarioOrg(org, {
    node,
    inputs: { accounts: 'organization', 'timeout-seconds': '4', 'fail-on': 'none' },
  });
  for (const id of [A.compliant, A.rootNoMfa]) {
    for (const control of ROOT_CONTROLS) expect(statuses(run, id, control)).toEqual(['ERROR']);
  }
  for (const control of ALL) expect(statuses(run, A.hub, control)).not.toContain('ERROR');
  expect(run.outputs.result).toBe('incomplete');
  expect(run.summary.length).toBeGreaterThan(0);
  expect(run.elapsedMs).toBeLessThan(4000 + 5000);
});

test('Organizations denied: the run fails naming the permission and the fix, with every report written', async () => {
  const org = sixAccountOrganization();
  org.faults = { ListAccounts: { code: 'AccessDeniedException', status: 400 } };
  const run = await scenarioOrg(org, { node, inputs: { accounts: 'organization' } });
  expect(run.exitCode).toBe(1);
  expect(run.failure).toMatch(
    /organizations:ListAccounts.*management account or a delegated administrator/,
  );
  expect(run.outputs.result).toBe('failed');
  expect(run.report.errors[0]).toMatch(/AccessDeniedException/);
});

test('an account with neither State nor Status is not judged, never skipped (issue 26.6)', async () => {
  const org = sixAccountOrganization();
  const member = org.members.find((m) => m.account.accountId === A.compliant);
  if (!member) throw new Error('no compliant member');
  member.omitState = true;
  member.omitStatus = true;
  const run = await scenarioOrg(org, { node, inputs: { accounts: 'organization' } });
  expect(run.account(A.compliant).status).toBe('not-judged');
  for (const control of ALL) {
    const [finding, ...rest] = run.findings(A.compliant, control);
    expect(rest).toEqual([]);
    expect(finding?.status).toBe('ERROR');
    expect(finding?.message).toMatch(
      /UnknownAccountState: Organizations gave this account neither State nor Status/,
    );
  }
  // Nothing is read in an account whose state is not known.
  expect(run.callsByAccount.get(A.compliant)).toBeUndefined();
  expect(run.outputs['accounts-not-judged']).toBe('3');
  expect(run.outputs.result).toBe('failed');
});

test("the templates' names: a hub role iam-mfa-audit-hub enters members as iam-mfa-audit, with no member-role-name (issue 22.1)", async () => {
  const hubArn = `arn:aws:iam::${A.hub}:role/iam-mfa-audit-hub`;
  const org = sixAccountOrganization();
  for (const member of org.members) {
    if (member.account.accountId === A.hub)
      member.account.roles = [
        { name: 'iam-mfa-audit-hub', trustedSub: 'repo:octo-org/octo-repo:*' },
      ];
    else if (member.account.accountId === A.compliant)
      member.account.roles = [{ name: 'iam-mfa-audit', trustedPrincipals: [hubArn] }];
  }
  const run = await scenarioOrg(org, {
    node,
    inputs: { 'role-to-assume': hubArn, accounts: A.compliant },
  });
  expect(run.account(A.compliant).status).toBe('audited');
  for (const control of ALL) expect(statuses(run, A.compliant, control)).not.toContain('ERROR');
  expect(run.exitCode).toBe(0);
});

test('a member role that is not there: the fix names the member-role-name input', async () => {
  const run = await scenarioOrg(sixAccountOrganization(), {
    node,
    inputs: { accounts: A.roleMissing },
  });
  const [finding] = run.findings(A.roleMissing, 'IAM.9');
  expect(finding?.message).toMatch(/set member-role-name to that name/);
});
