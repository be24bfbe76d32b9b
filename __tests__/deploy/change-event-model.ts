// The change-event set-ups (deploy/change-events/*.yml, deploy/terraform/change-events-*) read into
// one comparable shape, so that the parity test can say CloudFormation and Terraform create the same.
// Resources are named by what they are, not by their logical ids or names: a rule by the `source`
// of its pattern (`rule(aws.iam)`), and `api-destination`, `connection`, `dead-letter-queue`, `bus`,
// `role`; an attribute of one is `rule(aws.iam).arn`, `dead-letter-queue.name`, and so on.
import path from 'node:path';
import {
  intrinsics,
  loadCloudFormation,
  NO_VALUE,
  type Json,
  type Template,
} from './cloudformation.js';
import { normalizePolicy, type PolicyDocument } from './iam-policy.js';
import { ACCOUNT_ID, DEPLOY } from './templates.js';
import {
  checkPlan,
  evaluateValue,
  loadTerraformModule,
  moduleResolver,
  type Module,
} from './terraform.js';

export const CHANGE_EVENT_SETUPS = [
  'single-account',
  'organization-member',
  'organization-central',
] as const;
export type ChangeEventSetup = (typeof CHANGE_EVENT_SETUPS)[number];

export const changeEventTemplate = (setup: ChangeEventSetup) =>
  path.join(DEPLOY, 'change-events', `${setup}.yml`);
export const changeEventModule = (setup: ChangeEventSetup) =>
  path.join(DEPLOY, 'terraform', `change-events-${setup}`);

export const CENTRAL_BUS_ARN =
  'arn:aws:events:us-east-1:111122223333:event-bus/iam-mfa-audit-changes';
const TOKEN = 'github_pat_0123456789abcdefghij';

/** What a person fills in, in each format's names. */
const SETTINGS: Record<ChangeEventSetup, Record<string, string>> = {
  'single-account': { owner: 'octo-org', repository: 'octo-repo', token: TOKEN },
  'organization-member': { centralBusArn: CENTRAL_BUS_ARN },
  'organization-central': {
    owner: 'octo-org',
    repository: 'octo-repo',
    token: TOKEN,
    organizationId: 'o-a1b2c3d4e5',
  },
};
const NAMES: Record<string, [string, string]> = {
  owner: ['GitHubOwner', 'github_owner'],
  repository: ['GitHubRepository', 'github_repository'],
  token: ['GitHubToken', 'github_token'],
  organizationId: ['OrganizationId', 'organization_id'],
  centralBusArn: ['CentralBusArn', 'central_bus_arn'],
  alarmTopicArn: ['AlarmTopicArn', 'alarm_topic_arn'],
};
export const ALARM_TOPIC = 'arn:aws:sns:us-east-1:123456789012:iam-mfa-audit-alarms';

export interface Target {
  id: Json;
  arn: Json;
  roleArn: Json;
  transformer?: { paths: Json; template: string };
  retry?: Json;
  deadLetterArn?: Json;
}
export interface Rule {
  bus: string;
  description: Json;
  pattern: Json;
  targets: Target[];
}
export interface ChangeEventModel {
  rules: Record<string, Rule>;
  bus?: { name: Json; policy: PolicyDocument };
  connection?: Json;
  apiDestination?: Json;
  role: { trust: PolicyDocument; permissions: PolicyDocument[] };
  queue?: { retention: Json; sse: Json; policy: PolicyDocument };
  alarms: Json[];
}

/** A JSON text with runs of white space made one space: JSON's own white space is not meaning. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const sortedObject = (entries: Array<[string, Json]>): Json =>
  Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b)));

const byJson = (a: Json, b: Json) => JSON.stringify(a).localeCompare(JSON.stringify(b));

/** The alarm as both formats can say it. */
function alarm(spec: {
  description: Json;
  namespace?: Json;
  metricName?: Json;
  statistic?: Json;
  period?: Json;
  dimensions?: Array<[string, Json]>;
  evaluationPeriods: Json;
  threshold: Json;
  comparison: Json;
  treatMissingData: Json;
  actions: Json;
  metrics?: Array<{
    id: Json;
    expression?: Json;
    label?: Json;
    returnData?: Json;
    metric?: { namespace: Json; metricName: Json; dimensions: Array<[string, Json]> };
    period?: Json;
    stat?: Json;
  }>;
}): Json {
  const out: Record<string, Json> = {
    description: spec.description,
    evaluationPeriods: Number(spec.evaluationPeriods),
    threshold: Number(spec.threshold),
    comparison: spec.comparison,
    treatMissingData: spec.treatMissingData,
    actions: spec.actions ?? [],
  };
  if (spec.metricName !== undefined)
    Object.assign(out, {
      namespace: spec.namespace,
      metricName: spec.metricName,
      statistic: spec.statistic,
      period: Number(spec.period),
      dimensions: sortedObject(spec.dimensions ?? []),
    });
  if (spec.metrics)
    out.metrics = spec.metrics
      .map((query) => {
        const one: Record<string, Json> = {
          id: query.id,
          returnData: query.returnData ?? true,
        };
        if (query.expression !== undefined) one.expression = query.expression;
        if (query.label !== undefined) one.label = query.label;
        if (query.metric)
          Object.assign(one, {
            namespace: query.metric.namespace,
            metricName: query.metric.metricName,
            dimensions: sortedObject(query.metric.dimensions),
            period: Number(query.period),
            stat: query.stat ?? null,
          });
        return one;
      })
      .sort(byJson);
  return out;
}

// ---------------------------------------------------------------- CloudFormation

/** The template with parameters, conditions and functions resolved, and resources named by what they are. */
export function cloudFormationModel(
  setup: ChangeEventSetup,
  extra: Record<string, string> = {},
  template: Template = loadCloudFormation(changeEventTemplate(setup)),
): ChangeEventModel {
  const settings = { ...SETTINGS[setup], ...extra };
  const parameters: Record<string, string> = {};
  for (const [name, spec] of Object.entries(template.Parameters ?? {}))
    if (spec.Default !== undefined) parameters[name] = spec.Default;
  for (const [key, value] of Object.entries(settings))
    parameters[(NAMES[key] as [string, string])[0]] = value;

  const symbol = (id: string): string => {
    const resource = template.Resources[id];
    if (!resource) throw new Error(`unknown resource ${id}`);
    switch (resource.Type) {
      case 'AWS::Events::Rule':
        return `rule(${String((resource.Properties.EventPattern as { source: Json[] }).source[0])})`;
      case 'AWS::Events::ApiDestination':
        return 'api-destination';
      case 'AWS::Events::Connection':
        return 'connection';
      case 'AWS::Events::EventBus':
        return 'bus';
      case 'AWS::SQS::Queue':
        return 'dead-letter-queue';
      case 'AWS::IAM::Role':
        return 'role';
    }
    throw new Error(`${resource.Type} is not modelled`);
  };
  const ATTRIBUTES: Record<string, string> = { Arn: 'arn', Name: 'name', QueueName: 'name' };
  const ref = (name: string): string | typeof NO_VALUE => {
    if (name === 'AWS::NoValue') return NO_VALUE;
    if (name === 'AWS::AccountId') return ACCOUNT_ID;
    if (name === 'AWS::Region') return 'us-east-1';
    if (name === 'AWS::Partition') return 'aws';
    if (name in parameters) return parameters[name] as string;
    const resource = template.Resources[name];
    if (resource?.Type === 'AWS::Events::Rule') {
      const bus = resource.Properties.EventBusName;
      const own = `${symbol(name)}.name`;
      return bus === undefined ? own : `${String(evaluate(bus))}|${own}`;
    }
    if (resource?.Type === 'AWS::SQS::Queue') return `${symbol(name)}.url`;
    if (resource?.Type === 'AWS::Events::EventBus') return `${symbol(name)}.name`;
    throw new Error(`Ref ${name} is not modelled`);
  };
  const condition = (name: string): boolean =>
    Boolean(evaluate(template.Conditions?.[name] as Json));

  const attribute = (id: string, name: string): string => {
    const attr = ATTRIBUTES[name];
    if (!attr) throw new Error(`GetAtt ${name} is not modelled`);
    return `${symbol(id)}.${attr}`;
  };
  const evaluate = intrinsics({ ref, attribute, condition });

  const resources = Object.entries(template.Resources).map(
    ([id, r]) => [id, r.Type, evaluate(r.Properties) as Record<string, Json>] as const,
  );
  const all = (type: string) => resources.filter(([, t]) => t === type);
  const one = (type: string) => {
    const found = all(type);
    if (found.length > 1) throw new Error(`more than one ${type}`);
    return found[0]?.[2];
  };

  const rules: Record<string, Rule> = {};
  for (const [id, , props] of all('AWS::Events::Rule')) {
    const targets = (props.Targets ?? []) as Array<Record<string, Json>>;
    rules[symbol(id)] = {
      bus: props.EventBusName === undefined ? 'default' : String(props.EventBusName),
      description: props.Description as Json,
      pattern: props.EventPattern as Json,
      targets: targets.map((t) => {
        const target: Target = { id: t.Id as Json, arn: t.Arn as Json, roleArn: t.RoleArn as Json };
        const transformer = t.InputTransformer as
          { InputPathsMap: Json; InputTemplate: string } | undefined;
        if (transformer)
          target.transformer = {
            paths: transformer.InputPathsMap,
            template: collapse(transformer.InputTemplate),
          };
        if (t.RetryPolicy) target.retry = t.RetryPolicy;
        const deadLetter = t.DeadLetterConfig as { Arn: Json } | undefined;
        if (deadLetter) target.deadLetterArn = deadLetter.Arn;
        return target;
      }),
    };
  }

  const model: ChangeEventModel = { rules, role: { trust: empty(), permissions: [] }, alarms: [] };
  const busResource = all('AWS::Events::EventBus')[0];
  if (busResource) {
    const policy = one('AWS::Events::EventBusPolicy') as {
      StatementId: string;
      Statement: Record<string, Json>;
    };
    model.bus = {
      name: busResource[2].Name as Json,
      policy: normalizePolicy({
        Version: '2012-10-17',
        Statement: [{ Sid: policy.StatementId, ...policy.Statement }],
      }),
    };
  }
  const connection = one('AWS::Events::Connection');
  if (connection) {
    const auth = connection.AuthParameters as {
      ApiKeyAuthParameters: { ApiKeyName: Json; ApiKeyValue: Json };
      InvocationHttpParameters: { HeaderParameters: Array<{ Key: Json; Value: Json }> };
    };
    model.connection = {
      description: connection.Description as Json,
      type: connection.AuthorizationType as Json,
      apiKey: [auth.ApiKeyAuthParameters.ApiKeyName, auth.ApiKeyAuthParameters.ApiKeyValue],
      headers: auth.InvocationHttpParameters.HeaderParameters.map((h) => [h.Key, h.Value]),
    };
  }
  const destination = one('AWS::Events::ApiDestination');
  if (destination)
    model.apiDestination = {
      connection: destination.ConnectionArn as Json,
      method: destination.HttpMethod as Json,
      endpoint: destination.InvocationEndpoint as Json,
      rate: destination.InvocationRateLimitPerSecond as Json,
    };
  const role = one('AWS::IAM::Role') as
    { AssumeRolePolicyDocument: Json; Policies?: Array<{ PolicyDocument: Json }> } | undefined;
  if (!role) throw new Error(`${setup}: no role`);
  model.role = {
    trust: normalizePolicy(role.AssumeRolePolicyDocument),
    permissions: (role.Policies ?? []).map((p) => normalizePolicy(p.PolicyDocument)),
  };
  const queue = one('AWS::SQS::Queue');
  if (queue) {
    const policy = one('AWS::SQS::QueuePolicy') as { PolicyDocument: Json } | undefined;
    model.queue = {
      retention: queue.MessageRetentionPeriod as Json,
      sse: queue.SqsManagedSseEnabled as Json,
      policy: normalizePolicy(policy?.PolicyDocument ?? null),
    };
  }
  const dims = (list: Json) =>
    ((list ?? []) as Array<{ Name: string; Value: Json }>).map(
      (d) => [d.Name, d.Value] as [string, Json],
    );
  model.alarms = all('AWS::CloudWatch::Alarm')
    .map(([, , p]) =>
      alarm({
        description: p.AlarmDescription as Json,
        namespace: p.Namespace,
        metricName: p.MetricName,
        statistic: p.Statistic,
        period: p.Period,
        dimensions: p.MetricName === undefined ? undefined : dims(p.Dimensions as Json),
        evaluationPeriods: p.EvaluationPeriods as Json,
        threshold: p.Threshold as Json,
        comparison: p.ComparisonOperator as Json,
        treatMissingData: p.TreatMissingData as Json,
        actions: (p.AlarmActions ?? []) as Json,
        metrics: (
          p.Metrics as
            | Array<{
                Id: Json;
                Expression?: Json;
                Label?: Json;
                ReturnData?: Json;
                MetricStat?: {
                  Metric: { Namespace: Json; MetricName: Json; Dimensions: Json };
                  Period: Json;
                  Stat: Json;
                };
              }>
            | undefined
        )?.map((m) => ({
          id: m.Id,
          expression: m.Expression,
          label: m.Label,
          returnData: m.ReturnData,
          metric: m.MetricStat && {
            namespace: m.MetricStat.Metric.Namespace,
            metricName: m.MetricStat.Metric.MetricName,
            dimensions: dims(m.MetricStat.Metric.Dimensions),
          },
          period: m.MetricStat?.Period,
          stat: m.MetricStat?.Stat,
        })),
      }),
    )
    .sort(byJson);
  return model;
}

function empty(): PolicyDocument {
  return { Version: '2012-10-17', Statement: [] };
}

// ---------------------------------------------------------------- Terraform

const TERRAFORM_SYMBOLS: Record<string, string> = {
  aws_cloudwatch_event_api_destination: 'api-destination',
  aws_cloudwatch_event_connection: 'connection',
  aws_cloudwatch_event_bus: 'bus',
  aws_sqs_queue: 'dead-letter-queue',
  aws_iam_role: 'role',
};

type Block = Record<string, Json>;
const blocks = (module: Module, type: string) =>
  Object.entries(module.resource?.[type] ?? {}).map(
    ([name, [spec]]) => [name, spec as Block] as const,
  );

/** The module planned with these variables, its resources named by what they are. */
export async function terraformModel(
  setup: ChangeEventSetup,
  extra: Record<string, string> = {},
  module?: Module,
  region = 'us-east-1',
): Promise<ChangeEventModel> {
  module ??= await loadTerraformModule(changeEventModule(setup));
  const variables: Record<string, Json> = {};
  for (const [key, value] of Object.entries({ ...SETTINGS[setup], ...extra }))
    variables[(NAMES[key] as [string, string])[1]] = value;

  // Rules are named by their pattern's source, read once the resolver exists (it asks lazily).
  const ruleSymbols = new Map<string, string>();
  const attribute = (accessor: string): Json | undefined => {
    const match = /^(aws_[a-z_]+)\.(\w+)\.(arn|name|url|id)$/.exec(accessor);
    if (!match) return undefined;
    const [, type, name, attr] = match as unknown as [string, string, string, string];
    const symbol =
      type === 'aws_cloudwatch_event_rule' ? ruleSymbols.get(name) : TERRAFORM_SYMBOLS[type];
    if (!symbol || !module.resource?.[type]?.[name]) return undefined;
    // A queue's id is its URL; a role's id is its name.
    const key = attr === 'id' ? (type === 'aws_sqs_queue' ? 'url' : 'name') : attr;
    return `${symbol}.${key}`;
  };
  const plan = { partition: 'aws', accountId: ACCOUNT_ID, region, variables, attribute };
  const resolve = moduleResolver(module, plan);
  const value = async (node: Json | undefined) =>
    node === undefined ? undefined : ((await evaluateValue(node, resolve)) as Json);
  const patternOf = async (spec: Block) =>
    JSON.parse(String(await value(spec.event_pattern))) as Json;
  for (const [name, spec] of blocks(module, 'aws_cloudwatch_event_rule')) {
    const pattern = (await patternOf(spec)) as { source: Json[] };
    ruleSymbols.set(name, `rule(${String(pattern.source[0])})`);
  }
  await checkPlan(module, plan);
  const first = (node: Json | undefined) => (node as Block[] | undefined)?.[0];
  const one = (type: string) => {
    const found = blocks(module, type);
    if (found.length > 1) throw new Error(`more than one ${type}`);
    return found[0]?.[1];
  };

  const rules: Record<string, Rule> = {};
  for (const [name, spec] of blocks(module, 'aws_cloudwatch_event_rule')) {
    const bus = await value(spec.event_bus_name);
    rules[ruleSymbols.get(name) as string] = {
      bus: bus === undefined ? 'default' : String(bus),
      description: (await value(spec.description)) as Json,
      pattern: await patternOf(spec),
      targets: [],
    };
  }
  for (const [name, spec] of blocks(module, 'aws_cloudwatch_event_target')) {
    const rule = String(await value(spec.rule)).replace(/\.name$/, '');
    const owner = rules[rule];
    if (!owner) throw new Error(`target ${name} names no rule of the module`);
    const bus = await value(spec.event_bus_name);
    if ((bus === undefined ? 'default' : String(bus)) !== owner.bus)
      throw new Error(`target ${name} is on another bus than its rule`);
    const target: Target = {
      id: (await value(spec.target_id)) as Json,
      arn: (await value(spec.arn)) as Json,
      roleArn: (await value(spec.role_arn)) as Json,
    };
    const transformer = first(spec.input_transformer);
    if (transformer)
      target.transformer = {
        paths: (await value(transformer.input_paths)) as Json,
        template: collapse(String(await value(transformer.input_template))),
      };
    const retry = first(spec.retry_policy);
    if (retry)
      target.retry = {
        MaximumRetryAttempts: (await value(retry.maximum_retry_attempts)) as Json,
        MaximumEventAgeInSeconds: (await value(retry.maximum_event_age_in_seconds)) as Json,
      };
    const deadLetter = first(spec.dead_letter_config);
    if (deadLetter) target.deadLetterArn = (await value(deadLetter.arn)) as Json;
    owner.targets.push(target);
  }

  const model: ChangeEventModel = { rules, role: { trust: empty(), permissions: [] }, alarms: [] };
  const bus = one('aws_cloudwatch_event_bus');
  if (bus) {
    const policy = one('aws_cloudwatch_event_bus_policy');
    if ((await value(policy?.event_bus_name)) !== 'bus.name')
      throw new Error('the bus policy is not on the bus');
    model.bus = {
      name: (await value(bus.name)) as Json,
      policy: normalizePolicy((await value(policy?.policy)) as Json),
    };
  }
  const connection = one('aws_cloudwatch_event_connection');
  if (connection) {
    const auth = first(connection.auth_parameters) as Block;
    const apiKey = first(auth.api_key) as Block;
    const headers = (first(auth.invocation_http_parameters)?.header ?? []) as Block[];
    model.connection = {
      description: (await value(connection.description)) as Json,
      type: (await value(connection.authorization_type)) as Json,
      apiKey: [(await value(apiKey.key)) as Json, (await value(apiKey.value)) as Json],
      headers: await Promise.all(
        headers.map(async (h) => [(await value(h.key)) as Json, (await value(h.value)) as Json]),
      ),
    };
  }
  const destination = one('aws_cloudwatch_event_api_destination');
  if (destination)
    model.apiDestination = {
      connection: (await value(destination.connection_arn)) as Json,
      method: (await value(destination.http_method)) as Json,
      endpoint: (await value(destination.invocation_endpoint)) as Json,
      rate: (await value(destination.invocation_rate_limit_per_second)) as Json,
    };
  const [roleName, role] = blocks(module, 'aws_iam_role')[0] ?? [];
  if (!role || blocks(module, 'aws_iam_role').length > 1) throw new Error(`${setup}: one role`);
  const attached = blocks(module, 'aws_iam_role_policy').map(([, p]) => p);
  for (const policy of attached)
    if (policy.role !== `\${aws_iam_role.${roleName}.id}`)
      throw new Error(`${setup}: a role policy is attached elsewhere`);
  model.role = {
    trust: normalizePolicy((await value(role.assume_role_policy)) as Json),
    permissions: await Promise.all(
      attached.map(async (p) => normalizePolicy((await value(p.policy)) as Json)),
    ),
  };
  const queue = one('aws_sqs_queue');
  if (queue) {
    const policy = one('aws_sqs_queue_policy');
    if ((await value(policy?.queue_url)) !== 'dead-letter-queue.url')
      throw new Error('the queue policy is not on the queue');
    model.queue = {
      retention: (await value(queue.message_retention_seconds)) as Json,
      sse: (await value(queue.sqs_managed_sse_enabled)) as Json,
      policy: normalizePolicy((await value(policy?.policy)) as Json),
    };
  }
  const dims = async (node: Json | undefined) =>
    Object.entries(((await value(node)) ?? {}) as Record<string, Json>);
  model.alarms = (
    await Promise.all(
      blocks(module, 'aws_cloudwatch_metric_alarm').map(async ([, p]) =>
        alarm({
          description: (await value(p.alarm_description)) as Json,
          namespace: await value(p.namespace),
          metricName: await value(p.metric_name),
          statistic: await value(p.statistic),
          period: await value(p.period),
          dimensions: p.metric_name === undefined ? undefined : await dims(p.dimensions),
          evaluationPeriods: (await value(p.evaluation_periods)) as Json,
          threshold: (await value(p.threshold)) as Json,
          comparison: (await value(p.comparison_operator)) as Json,
          treatMissingData: (await value(p.treat_missing_data)) as Json,
          actions: ((await value(p.alarm_actions)) ?? []) as Json,
          metrics:
            p.metric_query === undefined
              ? undefined
              : await Promise.all(
                  (p.metric_query as Block[]).map(async (q) => {
                    const metric = first(q.metric);
                    return {
                      id: (await value(q.id)) as Json,
                      expression: await value(q.expression),
                      label: await value(q.label),
                      returnData: await value(q.return_data),
                      metric: metric && {
                        namespace: (await value(metric.namespace)) as Json,
                        metricName: (await value(metric.metric_name)) as Json,
                        dimensions: await dims(metric.dimensions),
                      },
                      period: await value(metric?.period),
                      stat: await value(metric?.stat),
                    };
                  }),
                ),
        }),
      ),
    )
  ).sort(byJson);
  return model;
}
