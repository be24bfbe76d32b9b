import { describe, expect, test } from '@jest/globals';
import {
  issueBody,
  marker,
  partialNews,
  trackingFailure,
} from '../../src/scheduled/tracking-issue.js';
import type { AccountResult, Finding } from '../../src/model.js';
import * as build from '../model-builders.js';

const user = (name: string): Finding =>
  build.finding('IAM.19', `arn:aws:iam::111122223333:user/${name}`, 'FAILED');
const account = (findings: Finding[]): AccountResult => build.account(findings);

describe('the tracking issue body', () => {
  test("stays under GitHub's 65,536 characters with 5,000 failing users, and says how many more", () => {
    const findings = Array.from({ length: 5000 }, (_, i) => user(`user-${i}-${'x'.repeat(40)}`));
    const { body } = issueBody({
      title: 't',
      repository: 'o/r',
      failing: true,
      headline: 'h',
      accounts: [account(findings)],
    });
    expect(body.length).toBeLessThan(65_536);
    expect(body).toMatch(/…and \d+ more, listed in the JSON report\./);
    expect(body.startsWith(marker('t'))).toBe(true);
  });
  test('the state changes with the resources, not with the run link; new ones are marked', () => {
    const input = { title: 't', repository: 'o/r', failing: true, headline: 'h' };
    const a = issueBody({ ...input, accounts: [account([user('bob')])], runUrl: 'https://x/1' });
    const b = issueBody({ ...input, accounts: [account([user('bob')])], runUrl: 'https://x/2' });
    const c = issueBody({
      ...input,
      accounts: [account([user('bob'), user('eve')])],
      newKeys: new Set(['IAM.19\n111122223333\narn:aws:iam::111122223333:user/eve']),
    });
    expect(a.state).toBe(b.state);
    expect(c.state).not.toBe(a.state);
    expect(c.body).toMatch(/user\/eve` in 111122223333: IAM\.19 \*\*\(new\)\*\*/);
    expect(c.body).not.toMatch(/user\/bob`.*\(new\)/);
  });
  test('a refused token is told to ask for issues: write', () => {
    expect(
      trackingFailure(Object.assign(new Error('Resource not accessible'), { status: 403 })),
    ).toContain('permissions: issues: write');
  });
});

describe('what a partial run says to the issue (partialNews)', () => {
  const whole = issueBody({
    title: 't',
    repository: 'o/r',
    failing: true,
    headline: 'h',
    accounts: [
      account([user('bob'), user('eve')]),
      build.account([build.finding('IAM.9', 'arn:aws:iam::444455556666:root', 'FAILED')], {
        accountId: '444455556666',
      }),
    ],
    newKeys: new Set(['IAM.19\n111122223333\narn:aws:iam::111122223333:user/eve']),
  }).body;

  test('nothing new in its account: nothing to say, whatever the (new) marks', () => {
    expect(partialNews(whole, [account([user('bob'), user('eve')])])).toEqual({
      appeared: [],
      cleared: [],
    });
  });

  test("a failure the issue does not list appears; one of its account's lines it no longer has is cleared", () => {
    const news = partialNews(whole, [account([user('bob'), user('mallory')])]);
    expect(news.appeared).toEqual([
      '- ❌ `arn:aws:iam::111122223333:user/mallory` in 111122223333: IAM.19',
    ]);
    expect(news.cleared).toEqual([
      '- ❌ `arn:aws:iam::111122223333:user/eve` in 111122223333: IAM.19',
    ]);
  });

  test("another account's lines are never cleared by a run that did not judge it", () => {
    expect(partialNews(whole, [account([])]).cleared).not.toContainEqual(
      expect.stringContaining('444455556666'),
    );
  });
});
