import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { selectsOneAccount } from '../../src/inputs/account-selection.js';
import { outputPaths, parseConfig, type RawInputs } from '../../src/inputs/config.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

const blank: RawInputs = {
  'role-to-assume': '',
  'aws-region': '',
  audience: '',
  'role-session-name': '',
  'role-duration-seconds': '',
  controls: '',
  'assume-root': '',
  regions: '',
  'fail-on': '',
  'report-path': '',
  'timeout-seconds': '',
  'sarif-path': '',
  accounts: '',
  'exclude-accounts': '',
  'member-role-name': '',
  shard: '',
  'merge-reports': '',
  exceptions: '',
  'baseline-report': '',
  'tracking-issue': '',
  'github-token': '',
};
const env = { RUNNER_TEMP: '/runner/tmp', GITHUB_WORKSPACE: '/work/repo' };
const parse = (inputs: Partial<RawInputs>) => parseConfig({ ...blank, ...inputs }, env);
const problems = (inputs: Partial<RawInputs>): string[] => {
  try {
    parse(inputs);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
};

describe('parseConfig', () => {
  test('empty inputs take the documented defaults', () => {
    expect(parse({})).toEqual({
      roleToAssume: undefined,
      region: 'us-east-1',
      partition: 'aws',
      audience: 'sts.amazonaws.com',
      roleSessionName: 'iam-mfa-audit',
      roleDurationSeconds: 900,
      controls: ['IAM.9', 'IAM.6', 'IAM.4', 'IAM.5', 'IAM.19'],
      assumeRoot: false,
      failOn: 'critical',
      reportPath: '/runner/tmp/iam-mfa-audit.json',
      timeoutSeconds: 600,
      sarifPath: undefined,
      selection: {
        ownAccountOnly: true,
        organization: false,
        parents: [],
        accountIds: [],
        exclude: [],
        memberRoleName: 'iam-mfa-audit',
      },
      shard: undefined,
      mergeReports: undefined,
      exceptions: [],
      exceptionWarnings: [],
      baselineReport: undefined,
      trackingIssue: undefined,
      githubToken: '',
    });
  });

  test('accounts mix ids, organization, OUs and roots; duplicates go; bad entries are all named', () => {
    const selection = parse({
      accounts: '111122223333, organization\nou-ab12-abcdefgh\nr-ab12, 111122223333',
      'exclude-accounts': '444455556666',
      'role-to-assume': 'arn:aws:iam::111122223333:role/audit/hub-role',
    }).selection;
    expect(selection).toEqual({
      ownAccountOnly: false,
      organization: true,
      parents: ['ou-ab12-abcdefgh', 'r-ab12'],
      accountIds: ['111122223333'],
      exclude: ['444455556666'],
      // The member templates' role, not the hub's own name (issue 22.1).
      memberRoleName: 'iam-mfa-audit',
    });
    expect(
      problems({
        accounts: '12345, ou-nope, 111122223333 444455556666',
        'exclude-accounts': 'organization',
        'member-role-name': 'bad name!',
      }),
    ).toEqual([
      expect.stringMatching(/accounts: "12345" is not a 12-digit account id/),
      expect.stringMatching(/accounts: "ou-nope"/),
      expect.stringMatching(
        /"111122223333 444455556666".*separate entries with commas or new lines/,
      ),
      expect.stringMatching(/exclude-accounts: "organization" is not a 12-digit account id/),
      expect.stringMatching(/member-role-name "bad name!"/),
    ]);
    expect(parse({ shard: '2/4' }).shard).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', 'x', '1/0', '2'])
      expect(problems({ shard: bad })[0]).toMatch(/shard ".*" must be K\/N/);
    expect(problems({ shard: '1/2', 'merge-reports': 'shards/*.json' })[0]).toMatch(
      /cannot be used together/,
    );
    expect(parse({ 'member-role-name': '/audit/member' }).selection.memberRoleName).toBe(
      'audit/member',
    );
  });

  test('the region picks the partition', () => {
    expect(parse({ 'aws-region': 'us-gov-west-1' }).partition).toBe('aws-us-gov');
    expect(parse({ 'aws-region': 'cn-north-1' }).partition).toBe('aws-cn');
    expect(parse({ 'aws-region': 'eu-central-2' }).partition).toBe('aws');
  });

  test('controls are split on commas and new lines, kept in reading order, without repeats', () => {
    expect(parse({ controls: 'IAM.19,\n IAM.6 , IAM.19\n' }).controls).toEqual(['IAM.6', 'IAM.19']);
  });

  test('the default is the five IAM controls; all (alone, any case) selects every control in order', () => {
    expect(parse({}).controls).toEqual(['IAM.9', 'IAM.6', 'IAM.4', 'IAM.5', 'IAM.19']);
    expect(parse({ controls: ' ALL ' }).controls).toEqual([
      'IAM.9',
      'IAM.6',
      'IAM.4',
      'IMA.1',
      'IAM.5',
      'IAM.19',
      'Cognito.5',
    ]);
    expect(parse({ controls: 'Cognito.5, IAM.9' }).controls).toEqual(['IAM.9', 'Cognito.5']);
    expect(parse({ controls: 'IMA.1, IAM.9' }).controls).toEqual(['IAM.9', 'IMA.1']);
    expect(problems({ controls: 'all, IAM.9' })[0]).toMatch(/"all" is not a control.*or all/);
  });

  test('regions: names of the partition, each once; empty is the default', () => {
    expect(parse({}).regions).toBeUndefined();
    expect(parse({ regions: 'eu-west-1,\n us-east-1, eu-west-1' }).regions).toEqual([
      'eu-west-1',
      'us-east-1',
    ]);
    expect(() => parse({ regions: 'eu-west-1 us-east-1' })).toThrow(
      /regions: "eu-west-1 us-east-1" is not an AWS region name/,
    );
    expect(() => parse({ regions: 'cn-north-1' })).toThrow(
      /regions: "cn-north-1" is not a region of partition aws/,
    );
  });

  test('assume-root is true or false (any case), false by default; anything else names the input', () => {
    expect(parse({ 'assume-root': 'True' }).assumeRoot).toBe(true);
    expect(parse({ 'assume-root': 'false' }).assumeRoot).toBe(false);
    expect(problems({ 'assume-root': 'yes' })).toEqual([
      'assume-root "yes" must be true or false.',
    ]);
  });

  test('a relative report-path is resolved against the workspace', () => {
    expect(parse({ 'report-path': 'out/audit.json' }).reportPath).toBe('/work/repo/out/audit.json');
  });

  test.each<[string, Partial<RawInputs>, RegExp]>([
    [
      'an unknown control id',
      { controls: 'IAM.7' },
      /"IAM.7" is not a control.*known controls: IAM.9, IAM.6/,
    ],
    [
      'a control id in the wrong case, with a suggestion',
      { controls: 'iam-9' },
      /did you mean IAM.9\?/,
    ],
    [
      'an unknown fail-on',
      { 'fail-on': 'severe' },
      /fail-on "severe" must be one of critical, high, medium, low, none/,
    ],
    ['a fail-on in the wrong case', { 'fail-on': 'Critical' }, /fail-on "Critical"/],
    [
      'a user ARN as the role',
      { 'role-to-assume': 'arn:aws:iam::123456789012:user/bob' },
      /is not an IAM role ARN/,
    ],
    [
      'a role ARN with a short account id',
      { 'role-to-assume': 'arn:aws:iam::12345:role/r' },
      /is not an IAM role ARN/,
    ],
    [
      'a role in another partition than the region',
      { 'role-to-assume': 'arn:aws-cn:iam::123456789012:role/r' },
      /partition aws-cn but aws-region "us-east-1" is in aws/,
    ],
    [
      'an unknown region',
      { 'aws-region': 'us-east1' },
      /aws-region "us-east1" is not an AWS region/,
    ],
    [
      'a one-character session name',
      { 'role-session-name': 'x' },
      /role-session-name "x" must be 2 to 64/,
    ],
    [
      'a session name with a workflow command',
      { 'role-session-name': 'a::error::b' },
      /role-session-name "a::error::b"/,
    ],
    [
      'a session name with a new line',
      { 'role-session-name': 'ab\ncd' },
      /role-session-name "ab\\ncd"/,
    ],
    [
      'a duration under 900',
      { 'role-duration-seconds': '899' },
      /role-duration-seconds "899" must be a whole number from 900 to 43200/,
    ],
    ['a duration over 43200', { 'role-duration-seconds': '43201' }, /43201/],
    ['a duration that is not a whole number', { 'role-duration-seconds': '1e3' }, /"1e3"/],
    [
      'an audience with white space',
      { audience: 'sts amazonaws' },
      /audience "sts amazonaws" must not contain white space/,
    ],
  ])('rejects %s, saying what is allowed', (_name, inputs, message) => {
    const found = problems(inputs);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  test('names every bad input at once', () => {
    const found = problems({
      controls: 'IAM.1',
      'fail-on': 'x',
      'role-duration-seconds': '5',
      'aws-region': 'mars-1',
    });
    expect(found).toHaveLength(4);
    expect(() => parse({ controls: 'IAM.1', 'fail-on': 'x' })).toThrow(
      /Invalid inputs:\n- controls.*\n- fail-on/,
    );
  });
});

describe('outputPaths: where the reports go, even when other inputs are invalid', () => {
  const env = { GITHUB_WORKSPACE: '/work/space', RUNNER_TEMP: '/runner/temp' };
  test("a shard's default report carries the shard in its name", () => {
    expect(outputPaths({ 'report-path': '', 'sarif-path': '', shard: '3/8' }, env).reportPath).toBe(
      '/runner/temp/iam-mfa-audit-shard-3-of-8.json',
    );
  });
  test('outside a runner (no RUNNER_TEMP) the default is the system temporary folder, never the checkout', () => {
    const local = outputPaths(
      { 'report-path': '', 'sarif-path': '', shard: '' },
      { GITHUB_WORKSPACE: '/work/space' },
    ).reportPath;
    expect(local).toBe(path.join(tmpdir(), 'iam-mfa-audit.json'));
    expect(local.startsWith('/work/space')).toBe(false);
  });
  test('a report-path naming a folder falls back to the default, and says so', () => {
    const paths = outputPaths(
      { 'report-path': 'reports/', 'sarif-path': 'out.sarif', shard: '' },
      env,
    );
    expect(paths).toMatchObject({
      reportPath: '/runner/temp/iam-mfa-audit.json',
      sarifPath: '/work/space/out.sarif',
      reportPathFellBack: true,
    });
    expect(paths.problems[0]).toMatch(
      /report-path "reports\/" names a folder.*reports\/iam-mfa-audit\.json.*written to the default, \/runner\/temp\/iam-mfa-audit\.json/,
    );
  });
  test('a sarif-path equal to the report path is refused, and no SARIF is written over the report', () => {
    const paths = outputPaths(
      { 'report-path': 'a.json', 'sarif-path': './a.json', shard: '' },
      env,
    );
    expect(paths.sarifPath).toBeUndefined();
    expect(paths.problems).toEqual([
      `sarif-path "./a.json" is the JSON report's path; give each its own file.`,
    ]);
  });
});

describe('selectsOneAccount: a change event run of it covers all of the selection', () => {
  const of = (accounts: string) => selectsOneAccount(parse({ accounts }).selection);
  test('the own account, or one id, is one account; two ids, an OU or the organization are not', () => {
    expect(of('')).toBe(true);
    expect(of('111122223333')).toBe(true);
    expect(of('111122223333, 444455556666')).toBe(false);
    expect(of('ou-ab12-abcdefgh')).toBe(false);
    expect(of('organization')).toBe(false);
    expect(of('111122223333, organization')).toBe(false);
  });
});
