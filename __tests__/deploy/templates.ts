// The deploy/ templates, read by role and format, rendered for given settings: the policies each
// role would carry once deployed, and the set of actions it grants.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCloudFormation, renderCloudFormation, type Json } from './cloudformation.js';
import { normalizePolicy, type PolicyDocument } from './iam-policy.js';
import { checkPlan, evaluateValue, loadTerraformModule, moduleResolver } from './terraform.js';

export const DEPLOY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../deploy');
export const ROLES = ['single-account', 'hub', 'member'] as const;
export const FORMATS = ['cloudformation', 'terraform'] as const;
export type Role = (typeof ROLES)[number];
export type Format = (typeof FORMATS)[number];

const NAMES: Record<Role, string> = {
  'single-account': 'single-account',
  hub: 'organization-hub',
  member: 'organization-member',
};

export function templatePath(role: Role, format: Format): string {
  return format === 'cloudformation'
    ? path.join(DEPLOY, 'cloudformation', `${NAMES[role]}.yml`)
    : path.join(DEPLOY, 'terraform', NAMES[role]);
}

/** What a person fills in; each format names it its own way. */
export interface Settings {
  owner?: string;
  repository?: string;
  /** Sub claims after `repo:OWNER/REPO:`; CloudFormation takes them joined by commas. */
  subjects?: string[];
  subjectClaim?: string;
  createOidcProvider?: boolean;
  organizationId?: string;
  hubRoleArn?: string;
  memberRoleName?: string;
  memberRolePath?: string;
  /** The hub's sts:AssumeRoot for root sessions (assume-root); off by default. */
  enableRootSessions?: boolean;
}

const CLOUDFORMATION: Record<keyof Settings, string> = {
  owner: 'GitHubOwner',
  repository: 'GitHubRepository',
  subjects: 'GitHubSubjects',
  subjectClaim: 'SubjectClaim',
  createOidcProvider: 'CreateOidcProvider',
  organizationId: 'OrganizationId',
  hubRoleArn: 'HubRoleArn',
  memberRoleName: 'MemberRoleName',
  memberRolePath: 'MemberRolePath',
  enableRootSessions: 'EnableRootSessions',
};
const TERRAFORM: Record<keyof Settings, string> = {
  owner: 'github_owner',
  repository: 'github_repository',
  subjects: 'github_subjects',
  subjectClaim: 'subject_claim',
  createOidcProvider: 'create_oidc_provider',
  organizationId: 'organization_id',
  hubRoleArn: 'hub_role_arn',
  memberRoleName: 'member_role_name',
  memberRolePath: 'member_role_path',
  enableRootSessions: 'enable_root_sessions',
};

export const ACCOUNT_ID = '123456789012';
export const HUB_ROLE_ARN = 'arn:aws:iam::111122223333:role/iam-mfa-audit-hub';
export const ORGANIZATION_ID = 'o-a1b2c3d4e5';

/** The settings of the README's examples (octo-org/octo-repo, account 123456789012). */
export function exampleSettings(role: Role): Settings {
  if (role === 'member') return { hubRoleArn: HUB_ROLE_ARN, organizationId: ORGANIZATION_ID };
  return {
    owner: 'octo-org',
    repository: 'octo-repo',
    ...(role === 'hub' ? { organizationId: ORGANIZATION_ID } : {}),
  };
}

export interface RolePolicies {
  roleArn: string;
  maxSessionDuration: number;
  trust: PolicyDocument;
  permissions: PolicyDocument[];
}

/** The role a template creates, with its policies as deployed for these settings (list values as lists). */
export async function rolePolicies(
  role: Role,
  format: Format,
  settings: Settings = exampleSettings(role),
  partition = 'aws',
): Promise<RolePolicies> {
  const names = format === 'cloudformation' ? CLOUDFORMATION : TERRAFORM;
  const values: Record<string, Json> = {};
  for (const [key, value] of Object.entries(settings) as Array<[keyof Settings, Json]>)
    if (value !== undefined)
      values[names[key]] =
        format === 'cloudformation' ? [value].flat().map(String).join(',') : value;
  return format === 'cloudformation'
    ? cloudFormationRole(role, values as Record<string, string>, partition)
    : terraformRole(role, values, partition);
}

function cloudFormationRole(
  role: Role,
  parameters: Record<string, string>,
  partition: string,
): RolePolicies {
  const template = loadCloudFormation(templatePath(role, 'cloudformation'));
  const stack = { partition, accountId: ACCOUNT_ID, region: 'us-east-1', parameters };
  const rendered = renderCloudFormation(template, stack);
  const roles = Object.entries(rendered.Resources).filter(([, r]) => r.Type === 'AWS::IAM::Role');
  if (roles.length !== 1)
    throw new Error(`${role}: expected one AWS::IAM::Role, found ${roles.length}`);
  const [name, resource] = roles[0] as [string, (typeof roles)[0][1]];
  const props = resource.Properties as Record<string, Json> & {
    Policies?: Array<{ PolicyDocument: Json }>;
  };
  const others = Object.values(rendered.Resources).filter((r) => /Policy$/.test(r.Type));
  if (others.length > 0) throw new Error(`${role}: policies outside the role are not modelled`);
  return {
    roleArn: `arn:${partition}:iam::${ACCOUNT_ID}:role${String(props.Path ?? '/')}${String(props.RoleName ?? name)}`,
    maxSessionDuration: Number(props.MaxSessionDuration ?? 3600),
    trust: normalizePolicy(props.AssumeRolePolicyDocument as Json),
    permissions: (props.Policies ?? []).map((policy) => normalizePolicy(policy.PolicyDocument)),
  };
}

async function terraformRole(
  role: Role,
  variables: Record<string, Json>,
  partition: string,
): Promise<RolePolicies> {
  const module = await loadTerraformModule(templatePath(role, 'terraform'));
  const plan = { partition, accountId: ACCOUNT_ID, variables };
  await checkPlan(module, plan);
  const resolve = moduleResolver(module, plan);
  const roles = Object.entries(module.resource?.aws_iam_role ?? {});
  if (roles.length !== 1)
    throw new Error(`${role}: expected one aws_iam_role, found ${roles.length}`);
  const [name, [spec]] = roles[0] as [string, Array<Record<string, Json>>];
  const evaluate = async (value: Json | undefined) =>
    (await evaluateValue(value ?? null, resolve)) as Json;
  // A policy with `count = 0` is not created (the hub's root sessions, off by default).
  const attached: Array<Record<string, Json> | undefined> = [];
  for (const [policy] of Object.values(module.resource?.aws_iam_role_policy ?? {}))
    if (policy?.count === undefined || Number(await evaluate(policy.count)) > 0)
      attached.push(policy);
  const managed = Object.keys(module.resource ?? {}).filter((type) =>
    [
      'aws_iam_role_policy_attachment',
      'aws_iam_policy',
      'aws_iam_role_policies_exclusive',
    ].includes(type),
  );
  if (managed.length > 0) throw new Error(`${role}: ${managed.join()} are not modelled`);
  for (const policy of attached)
    if (policy?.role !== `\${aws_iam_role.${name}.id}`)
      throw new Error(`${role}: a role policy is attached to ${String(policy?.role)}`);
  return {
    roleArn: String(await resolve(`aws_iam_role.${name}.arn`)),
    maxSessionDuration: Number(await evaluate(spec?.max_session_duration ?? 3600)),
    trust: normalizePolicy(await evaluate(spec?.assume_role_policy)),
    permissions: await Promise.all(
      attached.map(async (policy) => normalizePolicy(await evaluate(policy?.policy))),
    ),
  };
}

/** Every action the role's permission policies allow (none of these templates denies). */
export async function grantedActions(
  role: Role,
  format: Format,
  extra: Settings = {},
): Promise<Set<string>> {
  const { permissions } = await rolePolicies(role, format, { ...exampleSettings(role), ...extra });
  return new Set(
    permissions.flatMap((policy) =>
      policy.Statement.filter((st) => st.Effect === 'Allow').flatMap((st) => st.Action ?? []),
    ),
  );
}

/**
 * What only the first session calls, once per run: the public parameters of the regions offering
 * Cognito (Cognito.5). A member role never needs it.
 */
export const FIRST_SESSION_ONLY_ACTIONS = ['ssm:GetParametersByPath'];

/** What the hub role may do beyond the single-account role: Organizations reads and member sessions. */
export const HUB_ONLY_ACTIONS = [
  'organizations:ListAccounts',
  'organizations:ListAccountsForParent',
  'organizations:ListChildren',
  'organizations:DescribeAccount',
  'organizations:ListParents',
  'iam:ListOrganizationsFeatures',
  'sts:AssumeRole',
];
