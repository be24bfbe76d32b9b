import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { parseExceptions } from '../../src/inputs/exceptions.js';
import { applyExceptions } from '../../src/scheduled/exceptions.js';
import { decideOutcome } from '../../src/outcome/outcome.js';
import { account, finding } from '../model-builders.js';

const ci = 'arn:aws:iam::111122223333:user/deploy/ci-deployer';
const root = 'arn:aws:iam::111122223333:root';

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
