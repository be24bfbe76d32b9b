import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { applyExceptions, parseExceptions } from '../../src/scheduled/exceptions.js';
import { diffBaseline, readBaseline } from '../../src/scheduled/baseline.js';
import { decideOutcome } from '../../src/outcome/outcome.js';
import type { AccountResult, Finding } from '../../src/model.js';

const finding = (
  control: Finding['control'],
  resource: string,
  status: Finding['status'],
): Finding =>
  ({
    control,
    title: control,
    severity: control === 'IAM.19' || control === 'IAM.5' ? 'medium' : 'critical',
    status,
    resourceType: resource.endsWith(':root') ? 'AwsAccount' : 'AwsIamUser',
    resource,
    message: 'm',
    evidence: { source: 'live', calls: [], observed: {} },
    remediation: { text: '', url: '', verify: '' },
  }) as Finding;
const account = (findings: Finding[]): AccountResult => ({
  accountId: '111122223333',
  partition: 'aws',
  readAt: '2026-11-29T00:00:00Z',
  findings,
  notes: [],
});
const ci = 'arn:aws:iam::111122223333:user/deploy/ci-deployer';
const root = 'arn:aws:iam::111122223333:root';

describe('parseExceptions', () => {
  test('a list of controls, an unquoted account, a name, root and an ARN', () => {
    const parsed = parseExceptions(
      `- control: [IAM.5, IAM.19]\n  account: 111122223333\n  resource: ci-deployer\n  reason: r\n  expires: 2027-03-31\n- control: IAM.9\n  resource: root\n  reason: r\n  expires: '2027-01-01'`,
      '2026-11-29',
      parse,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries[0]).toEqual({
      position: 1,
      controls: ['IAM.5', 'IAM.19'],
      account: '111122223333',
      resource: 'ci-deployer',
      reason: 'r',
      expires: '2027-03-31',
    });
    expect(parsed.warnings).toEqual([]);
  });
  test('not a list, and not YAML', () => {
    expect(parseExceptions('control: IAM.19', '2026-11-29', parse).problems[0]).toContain(
      'a YAML list',
    );
    expect(parseExceptions('- [unclosed', '2026-11-29', parse).problems[0]).toContain(
      'not valid YAML',
    );
  });
  test('more than a year ahead is a warning, not a problem', () => {
    const parsed = parseExceptions(
      '- control: IAM.19\n  resource: x\n  reason: r\n  expires: 2028-01-01',
      '2026-11-29',
      parse,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.warnings[0]).toContain('exceptions entry 1 (x) expires on 2028-01-01');
  });
});

describe('applyExceptions', () => {
  const entries = parseExceptions(
    `- control: IAM.19\n  resource: ci-deployer\n  reason: vault\n  expires: 2026-11-29\n- control: IAM.9\n  resource: root\n  reason: r\n  expires: 2026-11-28\n- control: IAM.5\n  resource: ${ci}\n  reason: r\n  expires: 2027-01-01\n- control: IAM.19\n  account: '999999999999'\n  resource: bob\n  reason: r\n  expires: 2027-01-01`,
    '2026-11-01',
    parse,
  ).entries;
  const accounts = [
    account([
      finding('IAM.19', ci, 'FAILED'),
      finding('IAM.9', root, 'FAILED'),
      finding('IAM.5', ci, 'ERROR'),
      finding('IAM.19', 'arn:aws:iam::111122223333:user/bob', 'FAILED'),
    ]),
  ];
  const applied = applyExceptions(accounts, entries, '2026-11-29');

  test('valid through its whole last day; FAILED only; by name, ARN, account', () => {
    const [first] = applied.accounts;
    expect(first?.findings.map((f) => f.exception?.reason ?? null)).toEqual([
      'vault',
      null,
      null,
      null,
    ]);
    expect(first?.findings[0]?.status).toBe('FAILED');
    expect(applied.excepted).toBe(1);
    expect(applied.expired.map((e) => e.position)).toEqual([2]);
    expect(applied.unused.map((e) => e.position)).toEqual([3, 4]);
    expect(accounts[0]?.findings[0]?.exception).toBeUndefined();
  });
  test('an excepted finding does not count for fail-on; the rest still do', () => {
    const onlyExcepted = applyExceptions(
      [account([finding('IAM.19', ci, 'FAILED')])],
      entries,
      '2026-11-29',
    );
    expect(decideOutcome(onlyExcepted.accounts, 'medium').result).toBe('passed');
    expect(decideOutcome(applied.accounts, 'medium').result).toBe('failed');
  });
});

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
      account([
        finding('IAM.19', ci, 'FAILED'),
        finding('IAM.9', root, 'PASSED'),
        finding('IAM.5', ci, 'FAILED'),
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
