// The deploy/ templates: they parse, their policies are IAM policies, their trust is scoped to one
// repository (or one hub role), CloudFormation and Terraform agree, and the README copies them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { loadCloudFormation } from './cloudformation.js';
import { admitsToken, normalizePolicy, policyShapeProblems, trustProblems } from './iam-policy.js';
import {
  DEPLOY,
  exampleSettings,
  FORMATS,
  grantedActions,
  FIRST_SESSION_ONLY_ACTIONS,
  HUB_ONLY_ACTIONS,
  HUB_ROLE_ARN,
  ORGANIZATION_ID,
  ROLES,
  rolePolicies,
  type Role,
  type Settings,
} from './templates.js';
import {
  ALARM_TOPIC,
  CHANGE_EVENT_SETUPS,
  changeEventModule,
  changeEventTemplate,
  cloudFormationModel,
  terraformModel,
  type ChangeEventModel,
} from './change-event-model.js';
import { loadTerraformModule, type Module } from './terraform.js';

const GITHUB = 'token.actions.githubusercontent.com';
const PROVIDER = `arn:aws:iam::123456789012:oidc-provider/${GITHUB}`;

/** The trust condition that lets exactly these sub claims in. */
const exactly = (...subs: string[]) => ({
  StringEquals: { [`${GITHUB}:aud`]: ['sts.amazonaws.com'], [`${GITHUB}:sub`]: subs },
});
const TEN = Array.from({ length: 10 }, (_, i) => `environment:e${i}`);

/** Each way a person may scope the OIDC trust, with the condition it must produce. */
const SCOPES: Array<[string, Settings, Record<string, Record<string, string[]>>]> = [
  ['the default: runs on main', {}, exactly('repo:octo-org/octo-repo:ref:refs/heads/main')],
  [
    'runs on main and the pull-request check',
    { subjects: ['ref:refs/heads/main', 'pull_request'] },
    exactly('repo:octo-org/octo-repo:ref:refs/heads/main', 'repo:octo-org/octo-repo:pull_request'),
  ],
  [
    'one environment',
    { subjects: ['environment:audit'] },
    exactly('repo:octo-org/octo-repo:environment:audit'),
  ],
  [
    'ten subjects, the most a template takes',
    { subjects: TEN },
    exactly(...TEN.map((subject) => `repo:octo-org/octo-repo:${subject}`)),
  ],
  [
    'the sub claim exactly as GitHub sends it',
    { subjectClaim: 'repo:octo-org/octo-repo:ref:refs/heads/release/v1' },
    exactly('repo:octo-org/octo-repo:ref:refs/heads/release/v1'),
  ],
];

const OIDC_ROLES = ['single-account', 'hub'] as const;
const cases = ROLES.flatMap((role) => FORMATS.map((format) => [role, format] as const));

describe('every template parses', () => {
  test('CloudFormation: YAML with intrinsic tags, one template per set-up', () => {
    const files = readdirSync(path.join(DEPLOY, 'cloudformation')).filter((f) =>
      /\.ya?ml$/.test(f),
    );
    expect(files.sort()).toEqual([
      'organization-hub.yml',
      'organization-member.yml',
      'single-account.yml',
    ]);
    for (const file of files) {
      const template = loadCloudFormation(path.join(DEPLOY, 'cloudformation', file));
      expect(template).toMatchObject({ AWSTemplateFormatVersion: '2010-09-09' });
      expect(Object.keys(template.Outputs ?? {})).toContain('RoleArn');
    }
  });

  test('the CloudFormation reader understands the tags, and refuses what is not YAML', () => {
    expect(() => loadCloudFormation(path.join(DEPLOY, 'README.md'))).toThrow();
    const template = loadCloudFormation(path.join(DEPLOY, 'cloudformation/single-account.yml'));
    expect(template.Conditions?.HasSubjectClaim).toEqual({
      'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'SubjectClaim' }, ''] }],
    });
    expect(template.Conditions?.HasSubject1).toEqual({
      'Fn::Not': [
        {
          'Fn::Equals': [
            {
              'Fn::Select': [
                1,
                { 'Fn::Split': [',', { 'Fn::Sub': '${GitHubSubjects},,,,,,,,,' }] },
              ],
            },
            '',
          ],
        },
      ],
    });
  });

  test('Terraform: HashiCorp HCL parser, one module per set-up, with variables and a role_arn output', async () => {
    const modules = readdirSync(path.join(DEPLOY, 'terraform'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('change-events-'))
      .map((entry) => entry.name);
    expect(modules.sort()).toEqual(['organization-hub', 'organization-member', 'single-account']);
    for (const name of modules) {
      const module = await loadTerraformModule(path.join(DEPLOY, 'terraform', name));
      expect(Object.keys(module.variable ?? {}).length).toBeGreaterThan(0);
      expect(Object.keys(module.output ?? {})).toContain('role_arn');
      expect(Object.keys(module.resource ?? {})).toContain('aws_iam_role');
    }
  });

  test('the HCL parser refuses broken HCL', async () => {
    const { parse } = await import('@cdktf/hcl2json');
    await expect(
      parse('broken.tf', 'resource "aws_iam_role" "x" {\n  name = \n'),
    ).rejects.toThrow();
  });
});

describe.each(cases)('%s (%s)', (role, format) => {
  const settings: Settings[] =
    role === 'member'
      ? [exampleSettings(role), { hubRoleArn: HUB_ROLE_ARN }]
      : SCOPES.flatMap(([, scope]) =>
          [true, false].map((createOidcProvider) => ({
            ...exampleSettings(role),
            ...scope,
            createOidcProvider,
          })),
        );

  test('every policy document is an IAM policy, for every way of filling it in', async () => {
    for (const setting of settings) {
      const { trust, permissions } = await rolePolicies(role, format, setting);
      expect(policyShapeProblems(trust, 'trust')).toEqual([]);
      expect(permissions).not.toHaveLength(0);
      for (const policy of permissions) expect(policyShapeProblems(policy, 'identity')).toEqual([]);
    }
  });

  test('the trust policy lets one repository (or the hub role) in, and nothing else', async () => {
    for (const setting of settings) {
      const { trust } = await rolePolicies(role, format, setting);
      expect(trustProblems(trust as never)).toEqual([]);
    }
  });

  test('no action wildcard; Resource * only for actions that take no resource', async () => {
    const { permissions } = await rolePolicies(role, format);
    for (const st of permissions.flatMap((policy) => policy.Statement)) {
      expect(st.Effect).toBe('Allow');
      for (const action of st.Action ?? []) expect(action).not.toMatch(/[*?]/);
      if (st.Resource?.includes('*'))
        expect(st.Action).not.toEqual(
          expect.arrayContaining([
            expect.stringMatching(
              /ListMFADevices|GetLoginProfile|AssumeRole$|DescribeUserPool|GetUserPoolMfaConfig|GetParametersByPath/,
            ),
          ]),
        );
    }
  });

  test('sessions: at most one hour (member sessions are chained)', async () => {
    expect((await rolePolicies(role, format)).maxSessionDuration).toBe(3600);
  });
});

describe.each(OIDC_ROLES)('the OIDC trust of the %s role', (role) => {
  test.each(SCOPES)('scoped to %s', async (_name, scope, condition) => {
    for (const format of FORMATS) {
      for (const createOidcProvider of [true, false]) {
        const settings = { ...exampleSettings(role), ...scope, createOidcProvider };
        const { trust } = await rolePolicies(role, format, settings);
        expect(trust).toEqual({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'GitHubActions',
              Effect: 'Allow',
              Principal: { Federated: [PROVIDER] },
              Action: ['sts:AssumeRoleWithWebIdentity'],
              Condition: condition,
            },
          ],
        });
      }
    }
  });

  test('names the partition’s provider (GovCloud, China)', async () => {
    for (const format of FORMATS) {
      const { trust } = await rolePolicies(role, format, exampleSettings(role), 'aws-us-gov');
      expect(trust.Statement[0]?.Principal?.Federated).toEqual([
        `arn:aws-us-gov:iam::123456789012:oidc-provider/${GITHUB}`,
      ]);
    }
  });

  test.each<[string, Settings]>([
    ['a wildcard owner', { owner: '*' }],
    ['a wildcard repository', { repository: '*' }],
    ['an owner with a wildcard', { owner: 'octo*' }],
    ['a repository pattern', { repository: 'octo-*' }],
    ['an owner/repo in the owner', { owner: 'octo-org/*' }],
    ['a subject pattern', { subjects: ['ref:refs/heads/*'] }],
    ['any subject of the repository', { subjects: ['*'] }],
    ['a subject with ?', { subjects: ['environment:prod-?'] }],
    ['a subject with a class', { subjects: ['ref:refs/heads/[a-z]ain'] }],
    ['a good subject beside a wildcard', { subjects: ['pull_request', '*'] }],
    ['a subject with a space', { subjects: ['pull request'] }],
    ['no subject', { subjects: [] }],
    ['eleven subjects', { subjects: [...TEN, 'pull_request'] }],
    ['a sub claim with a wildcard', { subjectClaim: 'repo:octo-org/*' }],
    ['a sub claim that is not a repository’s', { subjectClaim: '*' }],
    ['no repository at all', { repository: undefined }],
  ])(
    'refuses %s (CloudFormation parameter rules and Terraform validations)',
    async (_name, bad) => {
      for (const format of FORMATS) {
        const settings = { ...exampleSettings(role), ...bad };
        await expect(rolePolicies(role, format, settings)).rejects.toThrow();
      }
    },
  );
});

/** The claims of a token GitHub issues to a run of octo-org/octo-repo (or another repository). */
const token = (subject: string, repository = 'octo-org/octo-repo') => ({
  aud: 'sts.amazonaws.com',
  sub: `repo:${repository}:${subject}`,
});

describe('which runs the OIDC trust admits (what STS would decide for a token)', () => {
  test('the model of STS: StringEquals is exact, StringLike matches * and ?, every condition must hold', () => {
    const policy = (condition: object) => ({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: PROVIDER },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: condition,
        },
      ],
    });
    const aud = { [`${GITHUB}:aud`]: 'sts.amazonaws.com' };
    const like = policy({ StringEquals: aud, StringLike: { [`${GITHUB}:sub`]: 'repo:o/r:*' } });
    expect(admitsToken(like, token('pull_request', 'o/r'))).toBe(true);
    expect(admitsToken(like, token('pull_request', 'o/r-evil'))).toBe(false);
    expect(admitsToken(like, { ...token('pull_request', 'o/r'), aud: 'sigstore' })).toBe(false);
    const equals = policy({ StringEquals: { ...aud, [`${GITHUB}:sub`]: 'repo:o/r:*' } });
    expect(admitsToken(equals, token('pull_request', 'o/r'))).toBe(false);
    expect(() => admitsToken(policy({ StringNotEquals: aud }), token('x'))).toThrow();
  });

  test.each(OIDC_ROLES)(
    '%s: the pull-request check’s token is admitted when pull_request is listed, refused otherwise',
    async (role) => {
      const pullRequest = token('pull_request');
      const main = token('ref:refs/heads/main');
      for (const format of FORMATS) {
        const withPr = await rolePolicies(role, format, {
          ...exampleSettings(role),
          subjects: ['ref:refs/heads/main', 'pull_request'],
        });
        expect(admitsToken(withPr.trust, pullRequest)).toBe(true);
        expect(admitsToken(withPr.trust, main)).toBe(true);
        // Not another repository's pull requests, nor a branch or environment that is not listed.
        expect(admitsToken(withPr.trust, token('pull_request', 'octo-org/octo-repo-evil'))).toBe(
          false,
        );
        expect(admitsToken(withPr.trust, token('pull_request', 'evil-org/octo-repo'))).toBe(false);
        expect(admitsToken(withPr.trust, token('ref:refs/heads/feature'))).toBe(false);
        expect(admitsToken(withPr.trust, token('environment:prod'))).toBe(false);

        // The default trusts the scheduled run on main, and refuses the pull-request check.
        const byDefault = await rolePolicies(role, format, exampleSettings(role));
        expect(admitsToken(byDefault.trust, main)).toBe(true);
        expect(admitsToken(byDefault.trust, pullRequest)).toBe(false);
        const environmentOnly = await rolePolicies(role, format, {
          ...exampleSettings(role),
          subjects: ['environment:audit'],
        });
        expect(admitsToken(environmentOnly.trust, token('environment:audit'))).toBe(true);
        expect(admitsToken(environmentOnly.trust, pullRequest)).toBe(false);
        expect(admitsToken(environmentOnly.trust, main)).toBe(false);
      }
    },
  );

  test.each(OIDC_ROLES)(
    '%s: every trust the templates render matches sub exactly (StringEquals, no wildcard)',
    async (role) => {
      for (const [, scope] of SCOPES)
        for (const format of FORMATS) {
          const { trust } = await rolePolicies(role, format, {
            ...exampleSettings(role),
            ...scope,
          });
          const [statement] = trust.Statement;
          expect(Object.keys(statement?.Condition ?? {})).toEqual(['StringEquals']);
          for (const sub of statement?.Condition?.StringEquals?.[`${GITHUB}:sub`] ?? [])
            expect(sub).not.toMatch(/[*?]/);
        }
    },
  );
});

test.each(OIDC_ROLES)(
  '%s: Terraform refuses a subject with a comma in it (CloudFormation reads commas as separators)',
  async (role) => {
    await expect(
      rolePolicies(role, 'terraform', {
        ...exampleSettings(role),
        subjects: ['pull_request,ref:refs/heads/main'],
      }),
    ).rejects.toThrow(/github_subjects/);
  },
);

describe('CloudFormation and Terraform grant the same, per role', () => {
  test.each(ROLES)('%s: identical trust and permission policies', async (role) => {
    const variants: Settings[] =
      role === 'member'
        ? [exampleSettings(role), { hubRoleArn: HUB_ROLE_ARN }]
        : SCOPES.map(([, scope]) => ({ ...exampleSettings(role), ...scope }));
    for (const settings of variants) {
      const [cloudformation, terraform] = await Promise.all(
        FORMATS.map((format) => rolePolicies(role, format, settings)),
      );
      expect(terraform).toEqual(cloudformation);
    }
    expect(await grantedActions(role, 'terraform')).toEqual(
      await grantedActions(role, 'cloudformation'),
    );
  });
});

describe('CloudFormation and Terraform create the same change-event path, per set-up', () => {
  test('a Terraform module for each change-event template, in the modules’ four files', () => {
    const modules = readdirSync(path.join(DEPLOY, 'terraform'))
      .filter((name) => name.startsWith('change-events-'))
      .sort();
    expect(modules).toEqual(CHANGE_EVENT_SETUPS.map((setup) => `change-events-${setup}`).sort());
    for (const setup of CHANGE_EVENT_SETUPS) {
      expect(readdirSync(changeEventModule(setup)).sort()).toEqual([
        'main.tf',
        'outputs.tf',
        'variables.tf',
        'versions.tf',
      ]);
      expect(readdirSync(path.dirname(changeEventTemplate(setup)))).toContain(`${setup}.yml`);
    }
  });

  test.each(CHANGE_EVENT_SETUPS)(
    '%s: the same rules, patterns, input transformer, targets, retries, dead letters, alarms and permissions',
    async (setup) => {
      for (const extra of [{}, { alarmTopicArn: ALARM_TOPIC }] as Array<Record<string, string>>) {
        const cloudformation = cloudFormationModel(setup, extra);
        expect(await terraformModel(setup, extra)).toEqual(cloudformation);
        // What the comparison covers is there (so equal is not equally empty).
        const rules = Object.values(cloudformation.rules);
        expect(Object.keys(cloudformation.rules).sort()).toEqual([
          'rule(aws.iam)',
          'rule(aws.signin)',
        ]);
        for (const rule of rules) {
          expect(rule.pattern).toHaveProperty('source');
          expect(rule.targets).toHaveLength(1);
          expect(rule.targets[0]).toMatchObject({
            retry: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 3600 },
            deadLetterArn: 'dead-letter-queue.arn',
          });
          if (setup !== 'organization-member')
            expect(rule.targets[0]?.transformer?.template).toContain('<eventId>');
        }
        expect(cloudformation.alarms).toHaveLength(2);
        expect(cloudformation.queue?.policy.Statement[0]?.Action).toEqual(['sqs:SendMessage']);
        const actions = cloudformation.role.permissions.flatMap((p) =>
          p.Statement.flatMap((st) => st.Action ?? []),
        );
        expect(actions).toEqual([
          setup === 'organization-member' ? 'events:PutEvents' : 'events:InvokeApiDestination',
        ]);
        expect(JSON.stringify(cloudformation.alarms).includes(ALARM_TOPIC)).toBe(
          'alarmTopicArn' in extra,
        );
      }
    },
  );

  test('the central rules and their alarm dimensions name the central bus in both', async () => {
    for (const model of [
      cloudFormationModel('organization-central'),
      await terraformModel('organization-central'),
    ]) {
      expect(Object.values(model.rules).map((rule) => rule.bus)).toEqual(['bus.name', 'bus.name']);
      expect(model.bus?.name).toBe('iam-mfa-audit-changes');
      expect(JSON.stringify(model.bus?.policy)).toContain('aws:PrincipalOrgID');
      const dimensions = JSON.stringify(model.alarms);
      expect(dimensions).toContain('"EventBusName":"bus.name","RuleName":"rule(aws.iam).name"');
    }
  });

  describe('the comparison sees a drift on either side', () => {
    const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
    const drifted = async (
      setup: (typeof CHANGE_EVENT_SETUPS)[number],
      change: (module: Module) => void,
    ): Promise<[ChangeEventModel, ChangeEventModel]> => {
      const module = clone(await loadTerraformModule(changeEventModule(setup)));
      change(module);
      return [await terraformModel(setup, {}, module), cloudFormationModel(setup)];
    };
    const locals = (module: Module) => (module.locals ?? [])[0] as Record<string, string>;
    const resource = (module: Module, type: string, name: string) =>
      (module.resource?.[type]?.[name] as Array<Record<string, unknown>>)[0] as Record<
        string,
        unknown
      >;

    test('a pattern value', async () => {
      const [terraform, cloudformation] = await drifted('single-account', (module) => {
        locals(module).iam_change_pattern = locals(module).iam_change_pattern!.replace(
          '"DeleteUser"',
          '"DeleteRole"',
        );
      });
      expect(terraform).not.toEqual(cloudformation);
      expect(terraform.rules['rule(aws.iam)']?.pattern).not.toEqual(
        cloudformation.rules['rule(aws.iam)']?.pattern,
      );
    });

    test('an input path', async () => {
      const [terraform, cloudformation] = await drifted('organization-central', (module) => {
        (locals(module).input_paths as unknown as Record<string, string>).user =
          '$.detail.userAgent';
      });
      expect(terraform).not.toEqual(cloudformation);
    });

    test('a dropped alarm dimension', async () => {
      const [terraform, cloudformation] = await drifted('organization-central', (module) => {
        const alarm = resource(module, 'aws_cloudwatch_metric_alarm', 'failed_invocations');
        const queries = alarm.metric_query as Array<{ metric?: Array<{ dimensions: object }> }>;
        const metric = queries.find((q) => q.metric)?.metric?.[0] as {
          dimensions: Record<string, unknown>;
        };
        delete metric.dimensions.EventBusName;
      });
      expect(terraform.alarms).not.toEqual(cloudformation.alarms);
    });

    test('a missing retry policy or dead-letter queue', async () => {
      for (const block of ['retry_policy', 'dead_letter_config']) {
        const [terraform, cloudformation] = await drifted('organization-member', (module) => {
          delete resource(module, 'aws_cloudwatch_event_target', 'root_sign_in')[block];
        });
        expect(terraform).not.toEqual(cloudformation);
      }
    });

    test('a wider permission, on the CloudFormation side', async () => {
      const template = loadCloudFormation(changeEventTemplate('organization-member'));
      const role = template.Resources.ForwardRole?.Properties as {
        Policies: Array<{ PolicyDocument: { Statement: Array<{ Action: string }> } }>;
      };
      role.Policies[0]!.PolicyDocument.Statement[0]!.Action = 'events:*';
      expect(await terraformModel('organization-member')).not.toEqual(
        cloudFormationModel('organization-member', {}, template),
      );
    });
  });

  test.each(CHANGE_EVENT_SETUPS)(
    '%s: Terraform refuses a region other than us-east-1',
    async (setup) => {
      await expect(terraformModel(setup, {}, undefined, 'eu-west-1')).rejects.toThrow(/us-east-1/);
    },
  );

  test('Terraform refuses a token that is too short, and a central bus outside us-east-1', async () => {
    await expect(terraformModel('single-account', { token: 'short' })).rejects.toThrow(
      /github_token/,
    );
    await expect(
      terraformModel('organization-member', {
        centralBusArn: 'arn:aws:events:eu-west-1:111122223333:event-bus/iam-mfa-audit-changes',
      }),
    ).rejects.toThrow(/central_bus_arn/);
  });
});

describe('the Organization roles', () => {
  test.each(FORMATS)(
    '%s: the hub grants the single-account actions, plus Organizations reads and member sessions',
    async (format) => {
      const single = await grantedActions('single-account', format);
      const hub = await grantedActions('hub', format);
      expect([...hub].sort()).toEqual([...single, ...HUB_ONLY_ACTIONS].sort());
      expect(await grantedActions('member', format)).toEqual(
        new Set([...single].filter((action) => !FIRST_SESSION_ONLY_ACTIONS.includes(action))),
      );
    },
  );

  test.each(FORMATS)(
    '%s: the hub assumes only the member role, only inside its Organization',
    async (format) => {
      for (const [settings, resource] of [
        [{}, 'arn:aws:iam::*:role/iam-mfa-audit'],
        [
          { memberRoleName: 'auditor', memberRolePath: '/security/' },
          'arn:aws:iam::*:role/security/auditor',
        ],
      ] as const) {
        const { permissions } = await rolePolicies('hub', format, {
          ...exampleSettings('hub'),
          ...settings,
        });
        const assume = permissions
          .flatMap((p) => p.Statement)
          .filter((st) => st.Action?.includes('sts:AssumeRole'));
        expect(assume).toEqual([
          {
            Sid: 'MemberSessions',
            Effect: 'Allow',
            Action: ['sts:AssumeRole'],
            Resource: [resource],
            Condition: { StringEquals: { 'aws:ResourceOrgID': [ORGANIZATION_ID] } },
          },
        ]);
      }
    },
  );

  test.each(FORMATS)(
    '%s: root sessions (off by default) add sts:AssumeRoot on member roots, only with the audit task policy',
    async (format) => {
      const rootGrants = async (settings: object, partition = 'aws') =>
        (
          await rolePolicies('hub', format, { ...exampleSettings('hub'), ...settings }, partition)
        ).permissions
          .flatMap((p) => p.Statement)
          .filter((st) => ['RootSessions', 'ManagementAccount'].includes(st.Sid ?? ''));
      expect(await rootGrants({})).toEqual([]);
      expect(await rootGrants({ enableRootSessions: false })).toEqual([]);
      for (const partition of ['aws', 'aws-us-gov']) {
        expect(await rootGrants({ enableRootSessions: true }, partition)).toEqual([
          {
            Sid: 'RootSessions',
            Effect: 'Allow',
            Action: ['sts:AssumeRoot'],
            Resource: [`arn:${partition}:iam::*:root`],
            Condition: {
              StringEquals: {
                'sts:TaskPolicyArn': [
                  `arn:${partition}:iam::aws:policy/root-task/IAMAuditRootUserCredentials`,
                ],
              },
            },
          },
          {
            Sid: 'ManagementAccount',
            Effect: 'Allow',
            Action: ['organizations:DescribeOrganization'],
            Resource: ['*'],
          },
        ]);
      }
    },
  );

  test.each(FORMATS)(
    '%s: the member trusts only the hub role, in the Organization when given',
    async (format) => {
      const statement = {
        Sid: 'IamMfaAuditHub',
        Effect: 'Allow',
        Principal: { AWS: [HUB_ROLE_ARN] },
        Action: ['sts:AssumeRole'],
      };
      const withOrg = await rolePolicies('member', format);
      expect(withOrg.trust.Statement).toEqual([
        { ...statement, Condition: { StringEquals: { 'aws:PrincipalOrgID': [ORGANIZATION_ID] } } },
      ]);
      const withoutOrg = await rolePolicies('member', format, { hubRoleArn: HUB_ROLE_ARN });
      expect(withoutOrg.trust.Statement).toEqual([statement]);
      expect(withOrg.roleArn).toBe('arn:aws:iam::123456789012:role/iam-mfa-audit');
      await expect(rolePolicies('member', format, { hubRoleArn: '*' })).rejects.toThrow();
      await expect(
        rolePolicies('member', format, { hubRoleArn: 'arn:aws:iam::111122223333:root' }),
      ).rejects.toThrow();
    },
  );

  test.each(FORMATS)(
    '%s: the hub role is named apart from the member role (both may live in one account)',
    async (format) => {
      const hub = await rolePolicies('hub', format);
      const member = await rolePolicies('member', format);
      expect(hub.roleArn).toBe('arn:aws:iam::123456789012:role/iam-mfa-audit-hub');
      expect(hub.roleArn).not.toBe(member.roleArn);
    },
  );
});

describe('trustProblems refuses a trust policy that lets in any repository, branch of any repository, or role', () => {
  const github = (condition: Record<string, Record<string, string | string[]>>, extra = {}) => ({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: PROVIDER },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: condition,
        ...extra,
      },
    ],
  });
  const aud = { [`${GITHUB}:aud`]: 'sts.amazonaws.com' };
  const like = (sub: string | string[]) =>
    github({ StringEquals: aud, StringLike: { [`${GITHUB}:sub`]: sub } });

  test('a well-scoped policy passes (so the refusals below are for their reason)', () => {
    expect(trustProblems(like('repo:octo-org/octo-repo:*'))).toEqual([]);
    expect(trustProblems(like('repo:octo-org/octo-repo:ref:refs/heads/*'))).toEqual([]);
    expect(
      trustProblems(
        github({
          StringEquals: { ...aud, [`${GITHUB}:sub`]: 'repo:octo-org/octo-repo:environment:audit' },
        }),
      ),
    ).toEqual([]);
  });

  test.each<[string, object, RegExp]>([
    ['sub repo:*', like('repo:*'), /not scoped to one repository/],
    ['sub *', like('*'), /not scoped to one repository/],
    ['sub repo:octo/*', like('repo:octo/*'), /not scoped to one repository/],
    ['sub repo:octo-org/octo-*', like('repo:octo-org/octo-*'), /not scoped to one repository/],
    ['sub repo:*/octo-repo:*', like('repo:*/octo-repo:*'), /not scoped to one repository/],
    [
      'sub repo:octo-org/octo-repo* (octo-repo-evil too)',
      like('repo:octo-org/octo-repo*'),
      /not scoped/,
    ],
    [
      'one good sub and one wide one',
      like(['repo:octo-org/octo-repo:*', 'repo:octo-org/*']),
      /not scoped/,
    ],
    ['no sub condition', github({ StringEquals: aud }), /no .*:sub condition/],
    [
      'no aud condition',
      github({ StringLike: { [`${GITHUB}:sub`]: 'repo:octo-org/octo-repo:*' } }),
      /:aud StringEquals/,
    ],
    [
      'StringLike on aud',
      github({ StringLike: { ...aud, [`${GITHUB}:sub`]: 'repo:octo-org/octo-repo:*' } }),
      /:aud StringEquals/,
    ],
    [
      'another audience',
      github({
        StringEquals: { [`${GITHUB}:aud`]: 'sigstore' },
        StringLike: { [`${GITHUB}:sub`]: 'repo:o/r:*' },
      }),
      /:aud StringEquals/,
    ],
    [
      'sub under ForAnyValue:StringLike',
      github({
        StringEquals: aud,
        'ForAnyValue:StringLike': { [`${GITHUB}:sub`]: 'repo:octo-org/octo-repo:*' },
      }),
      /one StringEquals or StringLike/,
    ],
    [
      'sub under StringNotEquals',
      github({
        StringEquals: aud,
        StringNotEquals: { [`${GITHUB}:sub`]: 'repo:octo-org/other:*' },
      }),
      /one StringEquals or StringLike/,
    ],
    [
      'a wildcard under StringEquals',
      github({ StringEquals: { ...aud, [`${GITHUB}:sub`]: 'repo:octo-org/octo-repo:*' } }),
      /wildcard under StringEquals/,
    ],
    [
      'another provider',
      {
        ...like('repo:octo-org/octo-repo:*'),
        Statement: [
          {
            ...like('repo:octo-org/octo-repo:*').Statement[0],
            Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/gitlab.com' },
          },
        ],
      },
      /other than GitHub's/,
    ],
    [
      'sts:* as the action',
      github(
        { StringEquals: aud, StringLike: { [`${GITHUB}:sub`]: 'repo:o/r:*' } },
        { Action: 'sts:*' },
      ),
      /nothing else/,
    ],
    [
      'any AWS principal',
      {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }],
      },
      /not one role/,
    ],
    [
      'a whole account',
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::111122223333:root' },
            Action: 'sts:AssumeRole',
          },
        ],
      },
      /not one role/,
    ],
    [
      'a service',
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'ec2.amazonaws.com' },
            Action: 'sts:AssumeRole',
          },
        ],
      },
      /trusts Service principals/,
    ],
    [
      'NotPrincipal',
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', NotPrincipal: { AWS: HUB_ROLE_ARN }, Action: 'sts:AssumeRole' },
        ],
      },
      /exclusion/,
    ],
  ])('%s', (_name, policy, reason) => {
    const problems = trustProblems(policy as never);
    expect(problems.join('\n')).toMatch(reason);
  });
});

describe('policyShapeProblems refuses what IAM would refuse', () => {
  const good = normalizePolicy({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' }],
  });
  test.each<[string, object, 'identity' | 'trust', RegExp]>([
    ['an old Version', { ...good, Version: '2008-10-17' }, 'identity', /Version/],
    ['no Statement', { Version: '2012-10-17', Statement: [] }, 'identity', /no Statement/],
    [
      'no Effect',
      { ...good, Statement: [{ Action: 'iam:ListUsers', Resource: '*' }] },
      'identity',
      /Effect/,
    ],
    [
      'no Resource',
      { ...good, Statement: [{ Effect: 'Allow', Action: 'iam:ListUsers' }] },
      'identity',
      /Resource/,
    ],
    [
      'a bad action',
      { ...good, Statement: [{ Effect: 'Allow', Action: 'ListUsers', Resource: '*' }] },
      'identity',
      /service:Action/,
    ],
    [
      'a Principal in an identity policy',
      { ...good, Statement: [{ ...good.Statement[0], Principal: { AWS: '*' } }] },
      'identity',
      /Principal/,
    ],
    ['a trust policy without Principal', good, 'trust', /Principal/],
    [
      'a misspelt key',
      { ...good, Statement: [{ ...good.Statement[0], Resources: '*' }] },
      'identity',
      /unknown key/,
    ],
  ])('%s', (_name, policy, kind, reason) => {
    expect(policyShapeProblems(policy, kind).join('\n')).toMatch(reason);
  });
});

describe('the READMEs', () => {
  const readme = readFileSync(path.join(DEPLOY, '../README.md'), 'utf8');
  const deployReadme = readFileSync(path.join(DEPLOY, 'README.md'), 'utf8');
  const policiesIn = (text: string) =>
    [...text.matchAll(/```json\n([\s\S]*?)```/g)]
      .map((m) => JSON.parse(m[1] as string))
      .filter((doc) => doc && typeof doc === 'object' && 'Statement' in doc)
      .map(normalizePolicy);
  const awsSetup = readme.slice(
    readme.indexOf('## AWS setup'),
    readme.indexOf('\n## ', readme.indexOf('## AWS setup') + 1),
  );

  test("the root README's hand-written trust and permission policies are the single-account template's", async () => {
    const { trust, permissions } = await rolePolicies('single-account', 'cloudformation');
    expect(policiesIn(awsSetup)).toEqual([trust, ...permissions]);
  });

  test("every policy in deploy/README.md is one a template renders for the README's example", async () => {
    const rendered = [];
    for (const role of ROLES) {
      const { trust, permissions } = await rolePolicies(role, 'terraform');
      rendered.push(trust, ...permissions);
    }
    const policies = policiesIn(deployReadme);
    expect(policies.length).toBeGreaterThan(0);
    for (const policy of policies) expect(rendered).toContainEqual(policy);
  });

  test('the AWS setup section points to deploy/ and to each set-up', () => {
    expect(awsSetup).toMatch(/\]\(deploy\/(README\.md)?\)/);
    for (const target of [
      'deploy/cloudformation/single-account.yml',
      'deploy/terraform/single-account',
      'deploy/cloudformation/organization-hub.yml',
      'deploy/cloudformation/organization-member.yml',
    ])
      expect(awsSetup).toContain(target);
  });

  test('deploy/README.md covers each set-up, and the management account a StackSet skips', () => {
    for (const name of ['single-account.yml', 'organization-hub.yml', 'organization-member.yml'])
      expect(deployReadme).toContain(`cloudformation/${name}`);
    for (const name of ['single-account', 'organization-hub', 'organization-member'])
      expect(deployReadme).toContain(`terraform/${name}`);
    expect(deployReadme).toMatch(/management account/);
    expect(deployReadme).toMatch(/SERVICE_MANAGED|service-managed/);
    expect(deployReadme).toMatch(/July 2026/);
  });

  test.each(ROLES)('the %s role needs no action beyond those the README lists', async (role) => {
    const listed = new Set(
      [
        ...`${readme}\n${deployReadme}`.matchAll(
          /\b(?:iam|sts|organizations|cognito-idp|ssm|account):[A-Za-z]+/g,
        ),
      ].map((m) => m[0]),
    );
    for (const action of await grantedActions(role as Role, 'cloudformation'))
      expect(listed).toContain(action);
  });
});
