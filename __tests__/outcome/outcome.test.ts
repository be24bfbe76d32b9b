import { describe, expect, test } from '@jest/globals';
import type { Finding } from '../../src/model.js';
import { decideOutcome } from '../../src/outcome/outcome.js';
import { base, userFinding, rootFinding, account } from '../report/report-fixtures.js';

describe('decideOutcome', () => {
  test('FAILED at or above fail-on fails; below does not', () => {
    const accounts = [account([userFinding('a')])];
    expect(decideOutcome(accounts, 'critical').result).toBe('passed');
    expect(decideOutcome(accounts, 'medium').result).toBe('failed');
    expect(decideOutcome(accounts, 'medium').counts).toEqual({
      critical: 0,
      high: 0,
      medium: 1,
      low: 0,
    });
  });
  test('ERROR fails at any severity, and says the account could not be judged; none never fails', () => {
    const accounts = [account([userFinding('a', 'ERROR')])];
    const outcome = decideOutcome(accounts, 'critical');
    expect(outcome.result).toBe('failed');
    expect(outcome.failureMessage).toContain('Could not judge 123456789012 (IAM.19)');
    expect(outcome.failureMessage).toContain('(IAM.19: not judged in 1 account)');
    expect(decideOutcome(accounts, 'none').result).toBe('incomplete');
  });

  test('fail-on: none with an unjudged control is incomplete, never passed; with only FAILED it passes the step', () => {
    const unjudged = decideOutcome([account([userFinding('a', 'ERROR', 'IAM.5')])], 'none');
    expect(unjudged.result).toBe('incomplete');
    expect(unjudged.failureMessage).toBeUndefined();
    expect(unjudged.stepText).toMatch(
      /did not fail, because fail-on is none, but the result is incomplete/,
    );
    const failing = decideOutcome([account([rootFinding('IAM.9', 'FAILED')])], 'none');
    expect(failing.result).toBe('passed');
    expect(failing.stepText).toMatch(/fail-on is none/);
  });

  test('people are counted once: a user failing IAM.5 and IAM.19 is one user, a root failing two controls one root', () => {
    const console = (name: string, control: Finding['control']): Finding => ({
      ...userFinding(name, 'FAILED', control),
      evidence: { ...base.evidence, observed: { mfaActive: false, consolePassword: true } },
    });
    const accounts = [
      account([
        rootFinding('IAM.9', 'FAILED'),
        rootFinding('IAM.6', 'FAILED'),
        console('a', 'IAM.5'),
        console('a', 'IAM.19'),
        userFinding('b'),
        userFinding('c', 'PASSED'),
      ]),
    ];
    const outcome = decideOutcome(accounts, 'medium');
    expect(outcome.people).toEqual({ rootUsers: 1, iamUsers: 2, consoleUsers: 1 });
    expect(outcome.counts.medium).toBe(3);
    expect(outcome.failureMessage).toContain(
      'the root user of 123456789012 fails; 2 IAM users fail, 1 of them can sign in to the console (IAM.9: 1 failed; IAM.6: 1 failed; IAM.5: 1 failed; IAM.19: 2 failed).',
    );
    expect(outcome.failureMessage).not.toContain('job summary');
  });
  test('the message counts findings by control', () => {
    const accounts = [
      account([
        rootFinding('IAM.9', 'FAILED'),
        rootFinding('IAM.6', 'FAILED'),
        userFinding('a'),
        userFinding('b'),
      ]),
    ];
    expect(decideOutcome(accounts, 'medium').failureMessage).toContain(
      '(IAM.9: 1 failed; IAM.6: 1 failed; IAM.19: 2 failed)',
    );
  });
});

describe('the step line counts what the outputs count (issue 22.7)', () => {
  test('its account count is accounts-failed, and a control it names says what failed below fail-on', () => {
    const rootFails = { ...account([rootFinding('IAM.9', 'FAILED')]), accountId: '111111111111' };
    const usersFail = {
      ...account([userFinding('bob', 'FAILED', 'IAM.5'), userFinding('eve', 'ERROR', 'IAM.5')]),
      accountId: '222222222222',
    };
    const outcome = decideOutcome([rootFails, usersFail], 'critical');
    expect(outcome.accounts.failed).toBe(1);
    expect(outcome.stepText).toContain('1 account fails at or above critical: the root user of');
    // IAM.5 is in the line for its ERROR; bob's failure (medium, below critical) is said beside it.
    expect(outcome.stepText).toMatch(
      /IAM\.5: not judged in 1 account, 1 more failed below fail-on/,
    );
  });

  test('two failing accounts are counted as two', () => {
    const one = { ...account([rootFinding('IAM.9', 'FAILED')]), accountId: '111111111111' };
    const two = { ...account([rootFinding('IAM.6', 'FAILED')]), accountId: '222222222222' };
    const outcome = decideOutcome([one, two], 'critical');
    expect(outcome.accounts.failed).toBe(2);
    expect(outcome.failureMessage).toContain('2 accounts fail at or above critical:');
  });
});

describe('people are IAM users and roots, never user pools', () => {
  test('a failing user pool is no failing IAM user in the counts of people', async () => {
    const { accountPeople } = await import('../../src/outcome/people.js');
    const pool: Finding = {
      ...userFinding('bob'),
      control: 'Cognito.5',
      resourceType: 'AwsCognitoUserPool',
      resource: 'arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_shop',
    };
    const people = accountPeople(account([userFinding('bob'), pool]));
    expect(people.usersJudged).toBe(1);
    expect(people.failingUsers.map((user) => user.name)).toEqual(['bob']);
  });
});
