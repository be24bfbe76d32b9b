import { describe, expect, test } from '@jest/globals';
import { fanOutDeps, roleArnOf, type FanOutRun } from '../../src/audit/fan-out.js';
import type { Identity } from '../../src/aws/credentials.js';
import { INPUT_NAMES, parseConfig, type RawInputs } from '../../src/inputs/config.js';

const inputs = (given: Partial<RawInputs>): RawInputs => ({
  ...(Object.fromEntries(INPUT_NAMES.map((name) => [name, ''])) as RawInputs),
  ...given,
});
const config = (given: Partial<RawInputs>) =>
  parseConfig(inputs(given), { RUNNER_TEMP: '/runner/tmp' });
const first: Identity = {
  arn: 'arn:aws:sts::111122223333:assumed-role/audit-hub/gh-run-1',
  accountId: '111122223333',
  partition: 'aws',
};
const run = (env: NodeJS.ProcessEnv = {}, more: Partial<FanOutRun> = {}): FanOutRun => ({
  env,
  now: () => 0,
  sleep: async () => undefined,
  log: { info: () => undefined, debug: () => undefined, warning: () => undefined },
  mask: () => undefined,
  ...more,
});

describe('the fan-out builds its settings from the Config', () => {
  test("role-to-assume is the role members must trust; without it, the first session's role", () => {
    const withRole = fanOutDeps(
      config({ 'role-to-assume': 'arn:aws:iam::111122223333:role/audit/hub' }),
      first,
      run(),
    );
    expect(withRole.firstRoleArn).toBe('arn:aws:iam::111122223333:role/audit/hub');
    expect(fanOutDeps(config({}), first, run()).firstRoleArn).toBe(
      'arn:aws:iam::111122223333:role/audit-hub',
    );
  });

  test('member role, session name, controls and region come from the inputs', () => {
    const deps = fanOutDeps(
      config({
        'member-role-name': 'audit/reader',
        'role-session-name': 'nightly',
        controls: 'IAM.9, IAM.19',
        'aws-region': 'eu-west-1',
        'timeout-seconds': '120',
      }),
      first,
      run(),
    );
    expect(deps).toMatchObject({
      memberRoleName: 'audit/reader',
      roleSessionName: 'nightly',
      controls: ['IAM.9', 'IAM.19'],
      region: 'eu-west-1',
      timeoutSeconds: 120,
    });
  });

  test("the bound adapts unless the benchmark's variable fixes a whole number from 1 to 256", () => {
    const bound = (value?: string) =>
      fanOutDeps(config({}), first, run({ IAM_MFA_AUDIT_ACCOUNT_CONCURRENCY: value })).concurrency;
    expect(bound()).toBeUndefined();
    expect(bound('16')).toBe(16);
    expect(bound('0')).toBeUndefined();
    expect(bound('257')).toBeUndefined();
    expect(bound('2.5')).toBeUndefined();
  });

  test("reports are started ahead unless the benchmark's variable turns it off", () => {
    expect(fanOutDeps(config({}), first, run()).headStart).toBe(true);
    expect(fanOutDeps(config({}), first, run({ IAM_MFA_AUDIT_HEAD_START: 'off' })).headStart).toBe(
      false,
    );
  });

  test("a change event's user is decided live; central root access is carried to every member", () => {
    const deps = fanOutDeps(
      config({}),
      first,
      run({}, { liveUser: 'alice', rootCredentialsManagement: true }),
    );
    expect([...(deps.liveUsers ?? [])]).toEqual(['alice']);
    expect(deps.rootCredentialsManagement).toBe(true);
    expect(fanOutDeps(config({}), first, run()).liveUsers).toBeUndefined();
  });
});

describe('roleArnOf', () => {
  test('an assumed-role session becomes its role; any other principal stays as it is', () => {
    expect(roleArnOf('arn:aws-us-gov:sts::111122223333:assumed-role/hub/s')).toBe(
      'arn:aws-us-gov:iam::111122223333:role/hub',
    );
    expect(roleArnOf('arn:aws:iam::111122223333:user/ci')).toBe(
      'arn:aws:iam::111122223333:user/ci',
    );
  });
});
