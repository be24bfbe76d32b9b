// deploy/change-events (issue 16): the rules' patterns against recorded CloudTrail events, the input
// transformer against the dispatch route's limits and the action's own payload check.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { readTrigger, TRIGGER_EVENTS } from '../../src/inputs/trigger.js';
import { loadCloudFormation, type Json } from './cloudformation.js';
import { applyInputTransformer, matchesPattern } from './event-pattern.js';
import { DEPLOY } from './templates.js';

const FIXTURES = path.resolve(DEPLOY, '../__tests__/fixtures/cloudtrail');
const TEMPLATES = ['single-account.yml', 'organization-member.yml', 'organization-central.yml'];
type Pattern = Record<string, Json>;
type Transformer = { InputPathsMap: Record<string, string>; InputTemplate: string };

const template = (name: string) => loadCloudFormation(path.join(DEPLOY, 'change-events', name));
const rulesOf = (name: string) =>
  Object.values(template(name).Resources).filter((r) => r.Type === 'AWS::Events::Rule');
const patternsOf = (name: string) => rulesOf(name).map((r) => r.Properties.EventPattern as Pattern);
const matchesAny = (patterns: Pattern[], event: unknown) =>
  patterns.some((pattern) => matchesPattern(pattern, event));

const fixtures = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({
    file,
    shouldMatch: file.startsWith('match--'),
    event: JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as {
      detail: { eventName: string };
    },
  }));

describe('the matcher, on the EventBridge user guide examples', () => {
  const ec2 = {
    version: '0',
    id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
    'detail-type': 'EC2 Instance State-change Notification',
    source: 'aws.ec2',
    account: '111122223333',
    time: '2017-12-22T18:43:48Z',
    region: 'us-west-1',
    resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
    detail: { 'instance-id': 'i-1234567890abcdef0', state: 'terminated' },
  };
  test('exact values, nested fields, and arrays in the event', () => {
    expect(
      matchesPattern(
        {
          source: ['aws.ec2'],
          'detail-type': ['EC2 Instance State-change Notification'],
          detail: { state: ['terminated'] },
        },
        ec2,
      ),
    ).toBe(true);
    expect(matchesPattern({ detail: { state: ['running', 'pending'] } }, ec2)).toBe(false);
    expect(
      matchesPattern(
        { resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'] },
        ec2,
      ),
    ).toBe(true);
    expect(matchesPattern({ detail: { 'not-there': ['x'] } }, ec2)).toBe(false);
  });
  test('prefix, anything-but, exists, equals-ignore-case', () => {
    expect(matchesPattern({ time: [{ prefix: '2017-12-22' }] }, ec2)).toBe(true);
    expect(matchesPattern({ time: [{ prefix: '2017-10-02' }] }, ec2)).toBe(false);
    expect(matchesPattern({ detail: { state: [{ 'anything-but': 'initializing' }] } }, ec2)).toBe(
      true,
    );
    expect(
      matchesPattern({ detail: { state: [{ 'anything-but': ['stopped', 'terminated'] }] } }, ec2),
    ).toBe(false);
    expect(
      matchesPattern({ detail: { state: [{ 'anything-but': { prefix: 'term' } }] } }, ec2),
    ).toBe(false);
    expect(matchesPattern({ detail: { state: [{ exists: true }] } }, ec2)).toBe(true);
    expect(matchesPattern({ detail: { 'c-count': [{ exists: false }] } }, ec2)).toBe(true);
    expect(matchesPattern({ detail: { state: [{ exists: false }] } }, ec2)).toBe(false);
    expect(
      matchesPattern(
        { 'detail-type': [{ 'equals-ignore-case': 'ec2 instance state-change notification' }] },
        ec2,
      ),
    ).toBe(true);
  });
  test('$or: any one branch, beside the other fields', () => {
    const pattern: Pattern = {
      source: ['aws.ec2'],
      $or: [{ 'detail-type': ['Nothing'] }, { detail: { state: ['terminated'] } }],
    };
    expect(matchesPattern(pattern, ec2)).toBe(true);
    expect(matchesPattern({ ...pattern, source: ['aws.s3'] }, ec2)).toBe(false);
    expect(
      matchesPattern({ $or: [{ 'detail-type': ['Nothing'] }, { source: ['aws.s3'] }] }, ec2),
    ).toBe(false);
  });
});

describe('the rules of deploy/change-events', () => {
  test('there are fixtures of both kinds', () => {
    expect(fixtures.filter((f) => f.shouldMatch).length).toBeGreaterThanOrEqual(10);
    expect(fixtures.filter((f) => !f.shouldMatch).length).toBeGreaterThanOrEqual(5);
  });

  test.each(TEMPLATES)('%s: every template has the same two patterns', (name) => {
    expect(patternsOf(name)).toEqual(patternsOf('single-account.yml'));
    expect(patternsOf(name)).toHaveLength(2);
  });

  test.each(fixtures.map((f) => [f.file, f] as const))('%s', (_file, fixture) => {
    expect(matchesAny(patternsOf('single-account.yml'), fixture.event)).toBe(fixture.shouldMatch);
  });

  test("the patterns list exactly the design's events", () => {
    const named = new Set<string>();
    const collect = (value: Json): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'eventName' && Array.isArray(inner))
            inner.forEach((name) => named.add(String(name)));
          else collect(inner);
        }
    };
    patternsOf('single-account.yml').forEach((p) => collect(p));
    expect([...named].sort()).toEqual([...TRIGGER_EVENTS].sort());
    // Every matching fixture's event is one of them, and each of them has a fixture.
    const matched = new Set(
      fixtures.filter((f) => f.shouldMatch).map((f) => f.event.detail.eventName),
    );
    expect([...matched].sort()).toEqual([...TRIGGER_EVENTS].sort());
  });

  test('successful calls only, in us-east-1, at most one dispatch a second', () => {
    const [iam, signin] = patternsOf('single-account.yml');
    expect(iam?.detail).toMatchObject({ errorCode: [{ exists: false }] });
    expect(signin?.detail).toMatchObject({ responseElements: { ConsoleLogin: ['Success'] } });
    for (const name of TEMPLATES)
      expect(JSON.stringify(template(name).Rules)).toContain('us-east-1');
    for (const name of ['single-account.yml', 'organization-central.yml']) {
      const resources = Object.values(template(name).Resources);
      const destination = resources.find((r) => r.Type === 'AWS::Events::ApiDestination');
      expect(destination?.Properties).toMatchObject({
        HttpMethod: 'POST',
        InvocationRateLimitPerSecond: 1,
      });
      expect(JSON.stringify(destination?.Properties.InvocationEndpoint)).toContain(
        'https://api.github.com/repos/${GitHubOwner}/${GitHubRepository}/dispatches',
      );
      const types = resources.map((r) => r.Type);
      for (const type of ['AWS::Events::Connection', 'AWS::SQS::Queue', 'AWS::CloudWatch::Alarm'])
        expect(types).toContain(type);
      expect(template(name).Parameters?.GitHubToken).toMatchObject({ NoEcho: true });
    }
  });

  test('the central bus admits the Organization only', () => {
    const policy = Object.values(template('organization-central.yml').Resources).find(
      (r) => r.Type === 'AWS::Events::EventBusPolicy',
    );
    expect(JSON.stringify(policy?.Properties)).toContain('aws:PrincipalOrgID');
  });
});

// The fixed CloudTrail fields a payload may hold; free text (userAgent, errorMessage) never.
const FIXED_PATHS = new Set([
  '$.account',
  '$.region',
  '$.detail.eventName',
  '$.detail.requestParameters.userName',
  '$.detail.userIdentity.arn',
  '$.detail.eventTime',
  '$.detail.eventID',
  '$.detail.additionalEventData.MFAUsed',
]);

describe('the input transformer', () => {
  const transformers = ['single-account.yml', 'organization-central.yml'].flatMap((name) =>
    rulesOf(name).flatMap((rule) =>
      (rule.Properties.Targets as Array<{ InputTransformer?: Transformer }>).flatMap((t) =>
        t.InputTransformer ? [t.InputTransformer] : [],
      ),
    ),
  );

  test('reads fixed CloudTrail fields only, and never puts a value inside a quoted string', () => {
    expect(transformers).toHaveLength(4);
    for (const transformer of transformers) {
      expect(transformer).toEqual(transformers[0]);
      for (const field of Object.values(transformer.InputPathsMap))
        expect(FIXED_PATHS).toContain(field);
      const literals = transformer.InputTemplate.match(/"(?:[^"\\]|\\.)*"/g) ?? [];
      expect(literals.length).toBeGreaterThan(0);
      for (const literal of literals) expect(literal).not.toMatch(/<[A-Za-z]+>/);
    }
  });

  test.each(fixtures.filter((f) => f.shouldMatch).map((f) => [f.file, f] as const))(
    '%s: a body that GitHub accepts and the action reads',
    (_file, fixture) => {
      const body = applyInputTransformer(transformers[0] as Transformer, fixture.event) as {
        event_type: string;
        client_payload: Record<string, unknown>;
      };
      expect(Object.keys(body).sort()).toEqual(['client_payload', 'event_type']);
      expect(body.event_type.length).toBeLessThanOrEqual(100);
      expect(Object.keys(body.client_payload).length).toBeLessThanOrEqual(10);
      expect(JSON.stringify(body)).not.toMatch(/aws-cli|Mozilla|authorized/);
      const trigger = readTrigger('repository_dispatch', { action: body.event_type, ...body });
      expect(trigger?.event).toBe(fixture.event.detail.eventName);
      expect(trigger?.account).toBe('123456789012');
    },
  );

  test('a root sign-in carries MFAUsed; a root key change names no user', () => {
    const signIn = fixtures.find((f) => f.file === 'match--root-console-login-without-mfa.json');
    const key = fixtures.find((f) => f.file === 'match--root-create-access-key.json');
    const payload = (f: typeof signIn) =>
      (
        applyInputTransformer(transformers[0] as Transformer, f?.event) as {
          client_payload: Record<string, unknown>;
        }
      ).client_payload;
    expect(payload(signIn)).toMatchObject({ event: 'ConsoleLogin', mfaUsed: 'No' });
    expect(payload(key)).not.toHaveProperty('user');
  });
});
