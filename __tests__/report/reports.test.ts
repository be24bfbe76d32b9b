import { describe, expect, test } from '@jest/globals';
import { CONTROL_IDS, type AccountResult, type Finding } from '../../src/model.js';
import { decideOutcome } from '../../src/outcome.js';
import { buildAnnotations } from '../../src/report/annotations.js';
import { md } from '../../src/report/markdown.js';
import { renderSummary } from '../../src/report/summary.js';

const base = {
  title: 't',
  evidence: {
    source: 'live' as const,
    calls: ['iam:ListMFADevices'],
    observed: { mfaActive: false },
  },
  remediation: { text: 'fix', url: 'https://docs.aws.amazon.com/x', verify: 'aws iam x' },
};
const userFinding = (
  name: string,
  status: Finding['status'] = 'FAILED',
  control: Finding['control'] = 'IAM.19',
): Finding => ({
  ...base,
  control,
  severity: 'medium',
  status,
  resourceType: 'AwsIamUser',
  resource: `arn:aws:iam::123456789012:user/${name}`,
  message: `IAM user ${name} has no MFA device.`,
});
const rootFinding = (control: Finding['control'], status: Finding['status']): Finding => ({
  ...base,
  control,
  severity: 'critical',
  status,
  resourceType: 'AwsAccount',
  resource: 'arn:aws:iam::123456789012:root',
  message: `${control} ${status}`,
});
const account = (findings: Finding[], alias?: string): AccountResult => ({
  accountId: '123456789012',
  partition: 'aws',
  alias,
  readAt: '2026-11-22T10:00:00.000Z',
  credentialReportGeneratedAt: '2026-11-22T08:00:00.000Z',
  findings,
  notes: [],
});
const summaryOf = (
  accounts: AccountResult[],
  failOn: 'critical' | 'none' | 'medium' = 'critical',
  listBudgetBytes?: number,
) =>
  renderSummary({
    accounts,
    controls: CONTROL_IDS,
    outcome: decideOutcome(accounts, failOn),
    failOn,
    reportPath: '/tmp/report.json',
    version: '0.1.0',
    now: Date.parse('2026-11-22T10:30:00Z'),
    listBudgetBytes,
  });

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
    expect(decideOutcome(accounts, 'none').result).toBe('passed');
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
      '4 finding(s) (IAM.9: 1 failed; IAM.6: 1 failed; IAM.19: 2 failed)',
    );
  });
});

describe('md', () => {
  test('makes Markdown and HTML from AWS inert', () => {
    expect(md('<img src=x onerror=alert(1)> **b** [l](http://x) `c` a|b\n::error::x')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; \\*\\*b\\*\\* \\[l\\](http://x) \\`c\\` a\\|b ::error::x',
    );
  });
});

describe('renderSummary', () => {
  test('a hostile user name cannot break the table or inject markup', () => {
    const text = summaryOf([account([userFinding('x|y<script>`z`</script>**')])], 'medium');
    const row = text.split('\n').find((line) => line.includes('x&#124;y'));
    expect(row).toBeDefined();
    expect(text).not.toContain('<script>');
    // Two cells (resource, evidence): four pieces around the unescaped pipes.
    expect(row?.split(/(?<!\\)\|/).length).toBe(4);
  });

  test('verdict first, then the account, the controls table and the fix', () => {
    const text = summaryOf([account([rootFinding('IAM.9', 'FAILED')], 'prod')]);
    expect(text.split('\n')[0]).toBe('## ❌ IAM MFA audit failed: IAM.9 FAILED');
    expect(text).toContain('### Account <code>123456789012</code> (prod)');
    expect(text).toContain('(2 h 30 min old;');
    expect(text).toMatch(
      /\| \[IAM.9\]\(https:\/\/docs.aws.amazon.com\/securityhub\/latest\/userguide\/iam-controls.html#iam-9\) \|.*\| ❌ FAILED \| 1 \|/,
    );
    expect(text).toContain('**How to fix:**');
    expect(text).toContain('cannot be set up from the CLI or API');
  });

  test("5,000 failing users stay under GitHub's 1 MiB limit and point to the JSON report for the rest", () => {
    const users = Array.from({ length: 5000 }, (_, i) => userFinding(`user-with-a-long-name-${i}`));
    const text = summaryOf(
      [account([...users, ...users.map((f) => ({ ...f, control: 'IAM.5' as const }))])],
      'medium',
    );
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(text).toMatch(
      /…and \d+ more, listed in the JSON report \(<code>\/tmp\/report.json<\/code>\)/,
    );
  });

  test('a control lists at most 500 resources; the rest are counted and pointed to', () => {
    const users = Array.from({ length: 600 }, (_, i) => userFinding(`u${i}`));
    const text = summaryOf([account(users)], 'medium');
    expect(text.split('\n').filter((line) => line.startsWith('| <code>'))).toHaveLength(500);
    expect(text).toContain('…and 100 more, listed in the JSON report');
  });

  test('ERROR controls stand apart, saying it is not a pass', () => {
    const text = summaryOf([account([rootFinding('IAM.6', 'ERROR')])]);
    expect(text).toContain(
      '#### ⚠️ IAM.6: Hardware MFA should be enabled for the root user could not be judged',
    );
    expect(text).toContain('This is not a pass');
  });
});

describe('buildAnnotations', () => {
  test('one per failing control, error for critical, warning for medium, naming the first users', () => {
    const annotations = buildAnnotations(
      [
        account([
          rootFinding('IAM.9', 'FAILED'),
          ...['a', 'b', 'c', 'd'].map((n) => userFinding(n)),
        ]),
      ],
      CONTROL_IDS,
      true,
    );
    expect(annotations).toEqual([
      {
        level: 'error',
        title: 'IAM.9 MFA should be enabled for the root user',
        message: 'IAM.9 FAILED',
      },
      {
        level: 'warning',
        title: 'IAM.19 MFA should be enabled for all IAM users',
        message: '4 IAM user(s) in 123456789012 fail: a, b, c and 1 more (in the job summary).',
      },
    ]);
  });

  test('never more errors than GitHub shows, leaving one for setFailed', () => {
    const accounts = Array.from({ length: 6 }, () =>
      account([rootFinding('IAM.9', 'FAILED'), rootFinding('IAM.4', 'FAILED')]),
    );
    expect(
      buildAnnotations(accounts, CONTROL_IDS, true).filter((a) => a.level === 'error'),
    ).toHaveLength(9);
    expect(
      buildAnnotations(accounts, CONTROL_IDS, false).filter((a) => a.level === 'error'),
    ).toHaveLength(10);
  });
});
