import { describe, expect, test } from '@jest/globals';
import { diffBaseline, readBaseline } from '../../src/scheduled/baseline.js';
import * as build from '../model-builders.js';
import { CONTROL_IDS, type Finding } from '../../src/model.js';

const ALL = CONTROL_IDS;

const bob = 'arn:aws:iam::111122223333:user/bob';
const finding = (status: Finding['status'], firstSeen?: string): Finding =>
  build.finding('IAM.19', bob, status, firstSeen ? { firstSeen } : {});
const account = (findings: Finding[]) =>
  build.account(findings, { readAt: '2026-11-29T06:17:00.000Z' });

describe('diffBaseline without a baseline', () => {
  test('a failing finding is first seen now', () => {
    const [result] = diffBaseline(
      [account([finding('FAILED')])],
      undefined,
      '2026-11-29T06:17:00.000Z',
      ALL,
    ).accounts;
    expect(result?.findings[0]?.firstSeen).toBe('2026-11-29T06:17:00.000Z');
  });

  test("a merged shard's finding keeps the firstSeen its shard carried", () => {
    const before = account([finding('FAILED', '2026-10-01T06:17:00.000Z'), finding('PASSED')]);
    const [result] = diffBaseline([before], undefined, '2026-11-29T06:17:00.000Z', ALL).accounts;
    expect(result?.findings[0]?.firstSeen).toBe('2026-10-01T06:17:00.000Z');
    // Nothing to change: the very same account comes back.
    expect(result).toBe(before);
  });
});

describe('diffBaseline without a baseline, on many findings', () => {
  test('ERROR and FAILED findings are first seen now, PASSED ones never; the input is left as it was', () => {
    const input = account([finding('PASSED'), finding('ERROR'), finding('FAILED')]);
    const { accounts, diff } = diffBaseline([input], undefined, '2026-11-29T06:17:00.000Z', ALL);
    expect(diff).toBeUndefined();
    expect(accounts[0]?.findings.map((f) => f.firstSeen)).toEqual([
      undefined,
      '2026-11-29T06:17:00.000Z',
      '2026-11-29T06:17:00.000Z',
    ]);
    expect(accounts[0]?.findings[0]).toBe(input.findings[0]);
    expect(input.findings.map((f) => f.firstSeen)).toEqual([undefined, undefined, undefined]);
  });
});

const ci = 'arn:aws:iam::111122223333:user/deploy/ci-deployer';
const root = 'arn:aws:iam::111122223333:root';

describe('baseline', () => {
  const report = (findings: object[], schemaVersion = 3) =>
    JSON.stringify({
      schemaVersion,
      tool: { name: 'iam-mfa-audit' },
      generatedAt: '2026-10-01T00:00:00Z',
      accounts: [{ accountId: '111122223333', findings }],
    });
  test('schema 1, 2 and 3 are read; anything else names the file', () => {
    expect(readBaseline(report([], 1), 'a.json').findings).toEqual([]);
    expect(readBaseline(report([], 2), 'a.json').findings).toEqual([]);
    expect(() => readBaseline('{"runs":[]}', 'b.sarif')).toThrow(
      'baseline-report b.sarif is not a JSON report of iam-mfa-audit',
    );
    expect(() => readBaseline(report([], 5), 'c.json')).toThrow('schemaVersion 5');
    expect(() => readBaseline('not json', 'd.json')).toThrow('it is not JSON');
  });
  test('new, fixed (passed or gone) and firstSeen carried', () => {
    const baseline = readBaseline(
      report([
        { control: 'IAM.19', resource: ci, status: 'FAILED', firstSeen: '2026-09-01T00:00:00Z' },
        { control: 'IAM.9', resource: root, status: 'FAILED' },
        { control: 'IAM.5', resource: 'arn:aws:iam::111122223333:user/gone', status: 'FAILED' },
      ]),
      'r.json',
    );
    const now = [
      build.account([
        build.finding('IAM.19', ci, 'FAILED'),
        build.finding('IAM.9', root, 'PASSED'),
        build.finding('IAM.5', ci, 'FAILED'),
      ]),
    ];
    const { accounts, diff } = diffBaseline(now, baseline, '2026-11-29T00:00:00Z', ALL);
    expect(accounts[0]?.findings.map((f) => f.firstSeen ?? null)).toEqual([
      '2026-09-01T00:00:00Z',
      null,
      '2026-11-29T00:00:00Z',
    ]);
    expect(diff?.new).toEqual([
      { control: 'IAM.5', accountId: '111122223333', resource: ci, was: 'absent', now: 'FAILED' },
    ]);
    expect(diff?.fixed).toEqual([
      { control: 'IAM.9', accountId: '111122223333', resource: root, was: 'FAILED', now: 'PASSED' },
      {
        control: 'IAM.5',
        accountId: '111122223333',
        resource: 'arn:aws:iam::111122223333:user/gone',
        was: 'FAILED',
        now: 'gone',
      },
    ]);
    expect(diff?.unknownNow).toEqual([]);
    // No entry reads as a finding: a script selecting status FAILED finds none of them.
    for (const entry of [...(diff?.new ?? []), ...(diff?.fixed ?? [])])
      expect(entry).not.toHaveProperty('status');
  });

  describe('what this run could not judge is unknown now, never fixed (issue 26.4)', () => {
    const alice = 'arn:aws:iam::111122223333:user/alice';
    const baseline = readBaseline(
      report([
        { control: 'IAM.19', resource: alice, status: 'FAILED' },
        { control: 'IAM.5', resource: alice, status: 'FAILED' },
      ]),
      'r.json',
    );
    const whyOf = (now: ReturnType<typeof build.account>, controls: readonly string[] = ALL) => {
      const { diff } = diffBaseline([now], baseline, '2026-11-29T00:00:00Z', controls);
      expect(diff?.fixed).toEqual([]);
      return diff?.unknownNow.map((f) => `${f.control} ${f.was}→${f.now}: ${f.why}`);
    };

    test('an account that could not be entered: each failure is unknown, naming why', () => {
      const notJudged = build.account(
        [build.finding('IAM.19', 'arn:aws:iam::111122223333:root', 'ERROR')],
        { status: 'not-judged' },
      );
      expect(whyOf(notJudged)).toEqual([
        'IAM.19 FAILED→unknown: account not judged now: it could not be entered',
        'IAM.5 FAILED→unknown: account not judged now: it could not be entered',
      ]);
    });

    test('one control ERROR in an audited account: only its failures are unknown', () => {
      const iam19Error = build.account([
        build.finding('IAM.19', 'arn:aws:iam::111122223333:root', 'ERROR'),
      ]);
      const { diff } = diffBaseline([iam19Error], baseline, '2026-11-29T00:00:00Z', ALL);
      expect(diff?.unknownNow.map((f) => f.control)).toEqual(['IAM.19']);
      // IAM.5 was judged and has no finding for alice: she is gone for IAM.5.
      expect(diff?.fixed.map((f) => `${f.control} ${f.now}`)).toEqual(['IAM.5 gone']);
    });

    test('a control not selected now, and an account skipped now, are unknown', () => {
      expect(whyOf(build.account([]), ['IAM.9'])).toEqual([
        'IAM.19 FAILED→unknown: IAM.19 was not selected in this run',
        'IAM.5 FAILED→unknown: IAM.5 was not selected in this run',
      ]);
      expect(
        whyOf(
          build.account([], { status: 'skipped', skippedReason: 'listed in exclude-accounts' }),
        ),
      ).toEqual([
        'IAM.19 FAILED→unknown: account skipped now (listed in exclude-accounts)',
        'IAM.5 FAILED→unknown: account skipped now (listed in exclude-accounts)',
      ]);
    });
  });
});
