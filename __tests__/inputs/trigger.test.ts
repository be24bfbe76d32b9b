import { describe, expect, test } from '@jest/globals';
import { readTrigger, TriggerError, TRIGGER_EVENTS } from '../../src/inputs/trigger.js';

const valid = {
  account: '123456789012',
  region: 'us-east-1',
  event: 'DeactivateMFADevice',
  user: 'first.last+ops=1,x@example-co_2',
  actor: 'arn:aws:sts::123456789012:assumed-role/Admin/jane@example.com',
  time: '2026-11-29T22:58:01Z',
  eventId: '3038ebd2-c98a-4c65-9b6e-e22506292313',
};
const dispatch = (clientPayload: unknown, action = 'iam-mfa-change') => ({
  action,
  client_payload: clientPayload,
});

function problemsOf(clientPayload: unknown): string {
  try {
    readTrigger('repository_dispatch', dispatch(clientPayload));
  } catch (error) {
    expect(error).toBeInstanceOf(TriggerError);
    return (error as Error).message;
  }
  throw new Error('no error');
}

describe('readTrigger', () => {
  test('a valid payload becomes the trigger, every field kept', () => {
    expect(readTrigger('repository_dispatch', dispatch(valid))).toEqual(valid);
  });

  test('other events and other dispatch types are no trigger: the run is as it always was', () => {
    for (const name of ['schedule', 'push', 'pull_request', 'workflow_dispatch'])
      expect(readTrigger(name, dispatch(valid))).toBeUndefined();
    expect(readTrigger('repository_dispatch', dispatch(valid, 'deploy'))).toBeUndefined();
    expect(readTrigger(undefined, {})).toBeUndefined();
  });

  test('every event of the design is known; others are refused', () => {
    for (const event of TRIGGER_EVENTS)
      expect(readTrigger('repository_dispatch', dispatch({ ...valid, event }))?.event).toBe(event);
    expect(problemsOf({ ...valid, event: 'PutUserPolicy' })).toMatch(
      /client_payload\.event \("PutUserPolicy"\) is not one of/,
    );
  });

  test('each bad field is named, all at once', () => {
    const message = problemsOf({
      account: '12345678901',
      event: 'ConsoleLogin',
      user: 'bob; rm -rf /',
      actor: 'not-an-arn',
      time: 'yesterday',
      eventId: '../../etc',
      region: 'US East',
      mfaUsed: 'maybe',
    });
    for (const field of ['account', 'user', 'actor', 'time', 'eventId', 'region', 'mfaUsed'])
      expect(message).toContain(`client_payload.${field}`);
    expect(message).not.toContain('client_payload.event ');
    expect(message).toMatch(/no AWS call was made/);
  });

  const required = {
    account: valid.account,
    event: 'CreateAccessKey',
    time: valid.time,
    eventId: valid.eventId,
  };

  test('account, event, time and eventId are required; user is optional (root events name none)', () => {
    for (const field of ['account', 'event', 'time', 'eventId'] as const) {
      const rest: Record<string, string> = { ...required };
      delete rest[field];
      expect(problemsOf(rest)).toMatch(new RegExp(`client_payload\\.${field} is missing`));
    }
    expect(readTrigger('repository_dispatch', dispatch(required))).toEqual(required);
  });

  test('"" and null are a missing key: optional fields are left out, required ones fail closed', () => {
    const rootSignIn = {
      ...required,
      event: 'ConsoleLogin',
      actor: 'arn:aws:iam::123456789012:root',
    };
    for (const empty of ['', null]) {
      expect(
        readTrigger(
          'repository_dispatch',
          dispatch({ ...rootSignIn, user: empty, mfaUsed: empty, region: empty }),
        ),
      ).toEqual(rootSignIn);
      for (const field of ['account', 'event', 'time', 'eventId'] as const)
        expect(problemsOf({ ...required, [field]: empty })).toMatch(
          new RegExp(`client_payload\\.${field} is missing`),
        );
    }
    // A blank that is not empty is a value, and not a valid one.
    expect(problemsOf({ ...rootSignIn, user: ' ' })).toMatch(/client_payload\.user/);
  });

  test('user names: IAM characters, 1 to 64; numbers and objects are refused', () => {
    expect(problemsOf({ ...valid, user: 'a'.repeat(65) })).toMatch(/client_payload\.user/);
    expect(problemsOf({ ...valid, user: 'ünïcode' })).toMatch(/client_payload\.user/);
    expect(problemsOf({ ...valid, account: 123456789012 })).toMatch(/client_payload\.account/);
    expect(
      readTrigger('repository_dispatch', dispatch({ ...valid, user: 'a'.repeat(64) }))?.user,
    ).toHaveLength(64);
  });

  test('at most 10 keys, and only the fields the design lists', () => {
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'x']));
    expect(problemsOf({ ...valid, ...eleven })).toMatch(/at most 10/);
    expect(problemsOf({ ...valid, userAgent: 'curl' })).toMatch(
      /client_payload\."userAgent" is not a field/,
    );
  });

  test("MFAUsed in any case; CloudTrail's Yes and No", () => {
    const mfa = (mfaUsed: unknown) =>
      readTrigger('repository_dispatch', dispatch({ ...valid, event: 'ConsoleLogin', mfaUsed }))
        ?.mfaUsed;
    expect(mfa('Yes')).toBe(true);
    expect(mfa('NO')).toBe(false);
    expect(mfa('no')).toBe(false);
    expect(mfa(undefined)).toBeUndefined();
  });

  test('a value shown in an error is cut short', () => {
    const message = problemsOf({ ...valid, actor: 'x'.repeat(5000) });
    expect(message.length).toBeLessThan(300);
  });

  test('a payload that is not an object is refused', () => {
    expect(problemsOf('account=1')).toMatch(/client_payload is missing or not an object/);
    expect(problemsOf(undefined)).toMatch(/client_payload is missing/);
  });
});
