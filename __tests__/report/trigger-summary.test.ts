import { describe, expect, test } from '@jest/globals';
import {
  changeAge,
  triggerAnnotations,
  triggerRecord,
  triggerSummary,
} from '../../src/report/trigger-summary.js';
import type { Trigger } from '../../src/inputs/trigger.js';

const NOW = Date.parse('2026-11-29T23:00:00Z');
const change: Trigger = {
  event: 'DeactivateMFADevice',
  account: '123456789012',
  user: 'a_b*c',
  actor: 'arn:aws:sts::123456789012:assumed-role/Admin/jane@example.com',
  time: '2026-11-29T22:57:00Z',
  eventId: '3038ebd2-c98a-4c65-9b6e-e22506292313',
};

describe('the trigger in the reports', () => {
  test('the summary opening names event, user, actor, time, event id and the delay, escaped', () => {
    const text = triggerSummary(change, NOW);
    expect(text.split('\n')[0]).toBe(
      '**Triggered by a change:** <code>DeactivateMFADevice</code> on IAM user <code>a_b*c</code> in account <code>123456789012</code>, by <code>arn:aws:sts::123456789012:assumed-role/Admin/jane@example.com</code>, at <code>2026-11-29T22:57:00Z</code> (3 min before this audit).',
    );
    expect(text).toContain('CloudTrail event id <code>3038ebd2-c98a-4c65-9b6e-e22506292313</code>');
  });

  test('ages in words', () => {
    const at = (time: string) => changeAge({ ...change, time }, NOW);
    expect(at('2026-11-29T22:59:30Z')).toBe('30 s before this audit');
    expect(at('2026-11-29T19:00:00Z')).toBe('4 h before this audit');
    expect(at('2026-11-29T23:01:00Z')).toMatch(/clocks differ/);
    expect(changeAge({ ...change, time: 'not a time' }, NOW)).toBeUndefined();
  });

  test('the JSON record holds the validated payload and the delay', () => {
    expect(triggerRecord(change, NOW)).toEqual({
      source: 'repository_dispatch',
      ...change,
      secondsBeforeAudit: 180,
    });
  });

  test('a root sign-in is a warning; a user change or an IAM user sign-in is none', () => {
    const signIn: Trigger = {
      event: 'ConsoleLogin',
      account: '123456789012',
      actor: 'arn:aws:iam::123456789012:root',
      time: '2026-11-29T22:58:00Z',
      eventId: '0b3c9f4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
      mfaUsed: false,
    };
    expect(triggerAnnotations(signIn)).toEqual([
      {
        level: 'warning',
        title: 'Root sign-in',
        message:
          'root signed in at 2026-11-29T22:58:00Z, MFA used: no (account 123456789012, CloudTrail event 0b3c9f4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b).',
      },
    ]);
    expect(triggerAnnotations({ ...signIn, mfaUsed: true })[0]?.message).toMatch(/MFA used: yes/);
    expect(triggerAnnotations(change)).toEqual([]);
    expect(triggerAnnotations({ ...signIn, user: 'bob' })).toEqual([]);
    expect(triggerAnnotations(undefined)).toEqual([]);
  });
});
