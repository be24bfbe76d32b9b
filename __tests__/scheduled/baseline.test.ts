import { describe, expect, test } from '@jest/globals';
import { diffBaseline, readBaseline } from '../../src/scheduled/baseline.js';
import * as build from '../model-builders.js';
import type { Finding } from '../../src/model.js';

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
    ).accounts;
    expect(result?.findings[0]?.firstSeen).toBe('2026-11-29T06:17:00.000Z');
  });

  test("a merged shard's finding keeps the firstSeen its shard carried", () => {
    const before = account([finding('FAILED', '2026-10-01T06:17:00.000Z'), finding('PASSED')]);
    const [result] = diffBaseline([before], undefined, '2026-11-29T06:17:00.000Z').accounts;
    expect(result?.findings[0]?.firstSeen).toBe('2026-10-01T06:17:00.000Z');
    // Nothing to change: the very same account comes back.
    expect(result).toBe(before);
  });
});

describe('diffBaseline without a baseline, on many findings', () => {
  test('ERROR and FAILED findings are first seen now, PASSED ones never; the input is left as it was', () => {
    const input = account([finding('PASSED'), finding('ERROR'), finding('FAILED')]);
    const { accounts, diff } = diffBaseline([input], undefined, '2026-11-29T06:17:00.000Z');
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
  const report = (findings: object[], schemaVersion = 2) =>
    JSON.stringify({
      schemaVersion,
      tool: { name: 'iam-mfa-audit' },
      generatedAt: '2026-10-01T00:00:00Z',
      accounts: [{ accountId: '111122223333', findings }],
    });
  test('schema 1 and 2 are read; anything else names the file', () => {
    expect(readBaseline(report([], 1), 'a.json').findings).toEqual([]);
    expect(() => readBaseline('{"runs":[]}', 'b.sarif')).toThrow(
      'baseline-report b.sarif is not a JSON report of iam-mfa-audit',
    );
    expect(() => readBaseline(report([], 3), 'c.json')).toThrow('schemaVersion 3');
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
    const { accounts, diff } = diffBaseline(now, baseline, '2026-11-29T00:00:00Z');
    expect(accounts[0]?.findings.map((f) => f.firstSeen ?? null)).toEqual([
      '2026-09-01T00:00:00Z',
      null,
      '2026-11-29T00:00:00Z',
    ]);
    expect(diff?.new.map((f) => `${f.control} ${f.resource}`)).toEqual([`IAM.5 ${ci}`]);
    expect(diff?.fixed.map((f) => `${f.control} ${f.how}`)).toEqual(['IAM.9 passed', 'IAM.5 gone']);
  });
});
