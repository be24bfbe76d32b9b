import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { parseExceptions } from '../../src/inputs/exceptions.js';

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
