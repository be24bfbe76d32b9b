// The change-event path's failure signals (issue 21, items 8 and 9): every alarm watches a metric
// that exists, and no rule target can drop an event without a dead letter and an alarm.
//
// EventBridge publishes a rule's metrics (AWS/Events) with the dimension RuleName alone for a rule
// on the default bus, and with both EventBusName and RuleName for a rule on a custom bus ("Monitoring
// Amazon EventBridge", EventBridge user guide). CloudFormation's Ref of a rule on a custom bus is
// `bus|rule` (aws-cloudformation/cloudformation-coverage-roadmap#1131), of one on the default bus its
// name.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { loadCloudFormation, type Json, type Template } from './cloudformation.js';
import { DEPLOY } from './templates.js';

type Resource = Template['Resources'][string] & {
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
};
type Dimension = { Name: string; Value: Json };
interface Metric {
  Namespace?: Json;
  MetricName?: Json;
  Dimensions?: Dimension[];
}

const files = (dir: string) =>
  readdirSync(path.join(DEPLOY, dir))
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => `${dir}/${file}`);
const CHANGE_EVENTS = files('change-events');
const ALL = [...CHANGE_EVENTS, ...files('cloudformation')];
const load = (file: string) => loadCloudFormation(path.join(DEPLOY, file));
const resources = (template: Template) =>
  Object.entries(template.Resources) as Array<[string, Resource]>;
const ofType = (template: Template, type: string) =>
  resources(template).filter(([, r]) => r.Type === type);

/** Every metric an alarm reads: its own (Namespace, MetricName, Dimensions), or each MetricStat's. */
function alarmMetrics(alarm: Resource): Metric[] {
  const props = alarm.Properties as Record<string, Json> & {
    Metrics?: Array<{ MetricStat?: { Metric: Metric } }>;
  };
  if (props.MetricName !== undefined) return [props as Metric];
  return (props.Metrics ?? []).flatMap((query) =>
    query.MetricStat ? [query.MetricStat.Metric] : [],
  );
}

const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The rule a RuleName value names: `!Ref Rule` on the default bus, `!Select [1, !Split ['|', !Ref Rule]]` on a custom one. */
function ruleNamed(template: Template, value: Json): { rule: string } | { problem: string } {
  const busOf = (rule: string) => ruleBus(template, rule);
  if (isObject(value) && typeof value.Ref === 'string') {
    const rule = value.Ref;
    if (template.Resources[rule]?.Type !== 'AWS::Events::Rule')
      return { problem: `RuleName is Ref ${rule}, not a rule of this template` };
    if (busOf(rule) !== 'default')
      return { problem: `RuleName is Ref ${rule}, which is bus|rule for a rule on a custom bus` };
    return { rule };
  }
  const split = splitOfRuleRef(template, value);
  if (split && split.index === 1) {
    if (busOf(split.rule) === 'default')
      return { problem: `RuleName splits Ref ${split.rule}, which has no | on the default bus` };
    return { rule: split.rule };
  }
  return { problem: `RuleName ${JSON.stringify(value)} does not resolve to a rule` };
}

/** `!Select [i, !Split ['|', !Ref Rule]]` → {index: i, rule}. */
function splitOfRuleRef(
  template: Template,
  value: Json,
): { index: number; rule: string } | undefined {
  if (!isObject(value) || !Array.isArray(value['Fn::Select'])) return undefined;
  const [index, inner] = value['Fn::Select'];
  if (!isObject(inner) || !Array.isArray(inner['Fn::Split'])) return undefined;
  const [separator, ref] = inner['Fn::Split'];
  if (separator !== '|' || !isObject(ref) || typeof ref.Ref !== 'string') return undefined;
  if (template.Resources[ref.Ref]?.Type !== 'AWS::Events::Rule') return undefined;
  return { index: Number(index), rule: ref.Ref };
}

/**
 * The bus a value names, as a comparable key: `default`; `resource:X` for Ref or GetAtt X.Name of
 * an AWS::Events::EventBus; `name:N` for a literal name (or !Sub without variables).
 */
function busKey(template: Template, value: Json | undefined): string | undefined {
  if (value === undefined || value === 'default') return 'default';
  if (typeof value === 'string') return `name:${value}`;
  if (!isObject(value)) return undefined;
  if (typeof value['Fn::Sub'] === 'string' && !value['Fn::Sub'].includes('${'))
    return busKey(template, value['Fn::Sub']);
  const ref = typeof value.Ref === 'string' ? value.Ref : undefined;
  const getAtt = Array.isArray(value['Fn::GetAtt']) ? value['Fn::GetAtt'] : undefined;
  const target = ref ?? (getAtt?.[1] === 'Name' ? String(getAtt[0]) : undefined);
  if (target && template.Resources[target]?.Type === 'AWS::Events::EventBus') {
    const name = template.Resources[target]?.Properties.Name;
    return typeof name === 'string' ? `name:${name}` : `resource:${target}`;
  }
  return undefined;
}

function ruleBus(template: Template, rule: string): string | undefined {
  return busKey(template, template.Resources[rule]?.Properties.EventBusName);
}

/** What is wrong with one AWS/Events metric's dimensions, for the rule they name. */
function eventsMetricProblems(template: Template, metric: Metric): string[] {
  const dimensions = metric.Dimensions ?? [];
  const byName = new Map(dimensions.map((d) => [d.Name, d.Value]));
  if (byName.size !== dimensions.length) return ['a dimension is repeated'];
  if (!byName.has('RuleName')) return ['no RuleName dimension'];
  const named = ruleNamed(template, byName.get('RuleName') as Json);
  if ('problem' in named) return [named.problem];
  const bus = ruleBus(template, named.rule);
  if (bus === undefined) return [`the bus of ${named.rule} is not resolvable`];
  const names = [...byName.keys()].sort();
  if (bus === 'default')
    return names.join() === 'RuleName'
      ? []
      : [`${named.rule} is on the default bus: dimensions must be {RuleName}, not {${names}}`];
  if (names.join() !== 'EventBusName,RuleName')
    return [
      `${named.rule} is on a custom bus: dimensions must be {EventBusName, RuleName}, not {${names}}`,
    ];
  const value = byName.get('EventBusName') as Json;
  const split = splitOfRuleRef(template, value);
  const given = split?.index === 0 ? ruleBus(template, split.rule) : busKey(template, value);
  return given === bus
    ? []
    : [`EventBusName ${JSON.stringify(value)} is not the bus of ${named.rule} (${bus})`];
}

/** Each AWS/Events metric of each alarm of a template, with its problems. */
function eventsMetrics(template: Template) {
  return ofType(template, 'AWS::CloudWatch::Alarm').flatMap(([name, alarm]) =>
    alarmMetrics(alarm)
      .filter((metric) => metric.Namespace === 'AWS/Events')
      .map((metric) => ({ alarm: name, metric, problems: eventsMetricProblems(template, metric) })),
  );
}

/** The logical id a `!GetAtt X.Arn` / `!Ref X` points to. */
function referenced(value: Json | undefined): string | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value.Ref === 'string') return value.Ref;
  if (Array.isArray(value['Fn::GetAtt'])) return String(value['Fn::GetAtt'][0]);
  return undefined;
}

type Target = {
  Arn: Json;
  RetryPolicy?: { MaximumRetryAttempts?: number; MaximumEventAgeInSeconds?: number };
  DeadLetterConfig?: { Arn: Json };
};
const targetsOf = (template: Template) =>
  ofType(template, 'AWS::Events::Rule').flatMap(([rule, r]) =>
    ((r.Properties.Targets ?? []) as Target[]).map((target) => ({ rule, target })),
  );

describe('alarm dimensions are the ones EventBridge publishes for the rule’s bus', () => {
  test.each(ALL)('%s', (file) => {
    const template = load(file);
    for (const { alarm, problems } of eventsMetrics(template))
      expect({ alarm, problems }).toEqual({ alarm, problems: [] });
  });

  test('the change-event templates have AWS/Events alarms on both kinds of bus', () => {
    const buses = CHANGE_EVENTS.flatMap((file) => {
      const template = load(file);
      return eventsMetrics(template).map(({ metric }) =>
        (metric.Dimensions ?? []).some((d) => d.Name === 'EventBusName') ? 'custom' : 'default',
      );
    });
    expect(new Set(buses)).toEqual(new Set(['custom', 'default']));
  });

  test('every rule’s FailedInvocations is watched', () => {
    for (const file of CHANGE_EVENTS) {
      const template = load(file);
      const watched = eventsMetrics(template)
        .filter(({ metric }) => metric.MetricName === 'FailedInvocations')
        .map(({ metric }) => {
          const value = metric.Dimensions?.find((d) => d.Name === 'RuleName')?.Value as Json;
          const named = ruleNamed(template, value);
          return 'rule' in named ? named.rule : undefined;
        });
      const rules = ofType(template, 'AWS::Events::Rule').map(([name]) => name);
      expect({ file, watched: [...new Set(watched)].sort() }).toEqual({
        file,
        watched: rules.sort(),
      });
    }
  });

  describe('the check refuses what EventBridge would never publish', () => {
    const central = load('change-events/organization-central.yml');
    const member = load('change-events/organization-member.yml');
    const ref = (name: string) => ({ Ref: name });
    const nameOf = (rule: string) => ({ 'Fn::Select': [1, { 'Fn::Split': ['|', ref(rule)] }] });
    const busOf = (rule: string) => ({ 'Fn::Select': [0, { 'Fn::Split': ['|', ref(rule)] }] });
    const metric = (...dimensions: Array<[string, Json]>): Metric => ({
      Namespace: 'AWS/Events',
      MetricName: 'FailedInvocations',
      Dimensions: dimensions.map(([Name, Value]) => ({ Name, Value })),
    });

    test.each<[string, Template, Metric, RegExp | null]>([
      [
        'custom bus, RuleName only (the old central alarm)',
        central,
        metric(['RuleName', nameOf('IamChangeRule')]),
        /custom bus/,
      ],
      [
        'custom bus, Ref of the rule as RuleName',
        central,
        metric(['EventBusName', ref('CentralBus')], ['RuleName', ref('IamChangeRule')]),
        /bus\|rule/,
      ],
      [
        'custom bus, another bus',
        central,
        metric(['EventBusName', 'default'], ['RuleName', nameOf('IamChangeRule')]),
        /not the bus/,
      ],
      [
        'custom bus, both dimensions',
        central,
        metric(['EventBusName', ref('CentralBus')], ['RuleName', nameOf('IamChangeRule')]),
        null,
      ],
      [
        'custom bus, bus from the rule’s Ref',
        central,
        metric(['EventBusName', busOf('RootSignInRule')], ['RuleName', nameOf('RootSignInRule')]),
        null,
      ],
      [
        'custom bus, the bus by its literal name',
        central,
        metric(['EventBusName', 'iam-mfa-audit-changes'], ['RuleName', nameOf('IamChangeRule')]),
        null,
      ],
      [
        'default bus, an EventBusName too',
        member,
        metric(['EventBusName', 'default'], ['RuleName', ref('IamChangeRule')]),
        /default bus/,
      ],
      ['default bus, a split Ref', member, metric(['RuleName', nameOf('IamChangeRule')]), /no \|/],
      ['default bus, RuleName only', member, metric(['RuleName', ref('IamChangeRule')]), null],
      ['a name that is no rule', member, metric(['RuleName', 'iam-changes']), /does not resolve/],
    ])('%s', (_name, template, candidate, problem) => {
      const problems = eventsMetricProblems(template, candidate);
      if (problem === null) expect(problems).toEqual([]);
      else expect(problems.join('\n')).toMatch(problem);
    });
  });
});

describe('no change event is lost silently', () => {
  test.each(CHANGE_EVENTS)(
    '%s: every rule target retries, then dead-letters to a queue of the template',
    (file) => {
      const template = load(file);
      const targets = targetsOf(template);
      expect(targets.length).toBeGreaterThanOrEqual(2);
      for (const { rule, target } of targets) {
        expect({ rule, retry: target.RetryPolicy }).toEqual({
          rule,
          retry: {
            MaximumRetryAttempts: expect.any(Number),
            MaximumEventAgeInSeconds: expect.any(Number),
          },
        });
        const { MaximumRetryAttempts: attempts, MaximumEventAgeInSeconds: age } =
          target.RetryPolicy ?? {};
        expect(attempts).toBeGreaterThanOrEqual(1);
        expect(attempts).toBeLessThanOrEqual(185);
        expect(age).toBeGreaterThanOrEqual(60);
        expect(age).toBeLessThanOrEqual(86400);
        const queue = referenced(target.DeadLetterConfig?.Arn);
        expect({ rule, dlq: queue && template.Resources[queue]?.Type }).toEqual({
          rule,
          dlq: 'AWS::SQS::Queue',
        });
        expect(target.DeadLetterConfig?.Arn).toEqual({ 'Fn::GetAtt': [queue, 'Arn'] });
      }
    },
  );

  test.each(ALL)('%s: every SQS queue survives stack deletion and replacement', (file) => {
    for (const [name, queue] of ofType(load(file), 'AWS::SQS::Queue'))
      expect({ name, deletion: queue.DeletionPolicy, replace: queue.UpdateReplacePolicy }).toEqual({
        name,
        deletion: 'Retain',
        replace: 'Retain',
      });
  });

  test.each(CHANGE_EVENTS)(
    '%s: every dead-letter queue has an alarm on its visible messages',
    (file) => {
      const template = load(file);
      const queues = new Set(
        targetsOf(template).map(({ target }) => referenced(target.DeadLetterConfig?.Arn)),
      );
      for (const queue of queues) {
        const alarms = ofType(template, 'AWS::CloudWatch::Alarm').filter(([, alarm]) =>
          alarmMetrics(alarm).some(
            (metric) =>
              metric.Namespace === 'AWS/SQS' &&
              metric.MetricName === 'ApproximateNumberOfMessagesVisible' &&
              JSON.stringify(metric.Dimensions) ===
                JSON.stringify([
                  { Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } },
                ]),
          ),
        );
        expect({ queue, alarms: alarms.length }).toEqual({ queue, alarms: 1 });
        expect(alarms[0]?.[1].Properties).toMatchObject({
          Threshold: 0,
          ComparisonOperator: 'GreaterThanThreshold',
        });
      }
    },
  );

  test.each(CHANGE_EVENTS)(
    '%s: each queue policy lets only events.amazonaws.com send, only for this template’s rules',
    (file) => {
      const template = load(file);
      const policies = ofType(template, 'AWS::SQS::QueuePolicy');
      const queues = ofType(template, 'AWS::SQS::Queue').map(([name]) => name);
      expect(policies.map(([, p]) => p.Properties.Queues)).toEqual(queues.map((q) => [{ Ref: q }]));
      const rules = ofType(template, 'AWS::Events::Rule').map(([name]) => name);
      for (const [, policy] of policies) {
        const [queue] = policy.Properties.Queues as Array<{ Ref: string }>;
        const rulesDeadLettering = targetsOf(template)
          .filter(({ target }) => referenced(target.DeadLetterConfig?.Arn) === queue?.Ref)
          .map(({ rule }) => rule);
        expect(policy.Properties.PolicyDocument).toEqual({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'events.amazonaws.com' },
              Action: 'sqs:SendMessage',
              Resource: { 'Fn::GetAtt': [queue?.Ref, 'Arn'] },
              Condition: {
                ArnEquals: {
                  'aws:SourceArn': [...new Set(rulesDeadLettering)].map((rule) => ({
                    'Fn::GetAtt': [rule, 'Arn'],
                  })),
                },
              },
            },
          ],
        });
        expect(rulesDeadLettering.every((rule) => rules.includes(rule))).toBe(true);
      }
    },
  );
});
