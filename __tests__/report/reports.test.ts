import { describe, expect, test } from '@jest/globals';
import { CONTROL_IDS, type AccountResult, type Finding } from '../../src/model.js';
import { decideOutcome, setupFailure } from '../../src/outcome/outcome.js';
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
const summaryInput = (
  accounts: AccountResult[],
  failOn: 'critical' | 'none' | 'medium' = 'critical',
  listBudgetBytes?: number,
) => ({
  accounts,
  controls: CONTROL_IDS,
  outcome: decideOutcome(accounts, failOn),
  failOn,
  reportPath: '/tmp/report.json',
  version: '0.1.0',
  now: Date.parse('2026-11-22T10:30:00Z'),
  listBudgetBytes,
});
const summaryOf = (
  accounts: AccountResult[],
  failOn: 'critical' | 'none' | 'medium' = 'critical',
  listBudgetBytes?: number,
) => renderSummary(summaryInput(accounts, failOn, listBudgetBytes));

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
    // Four cells (user, IAM.5, IAM.19, evidence): six pieces around the unescaped pipes.
    expect(row?.split(/(?<!\\)\|/).length).toBe(6);
  });

  test('verdict first, then the account, the controls table and the fix', () => {
    const text = summaryOf([account([rootFinding('IAM.9', 'FAILED')], 'prod')]);
    expect(text.split('\n')[0]).toBe('## ❌ IAM MFA audit failed: IAM.9 FAILED.');
    expect(text.split('\n')[2]).toMatch(/^\*\*The step failed \(fail-on: critical\)/);
    expect(text).not.toContain('Details are in the job summary');
    expect(text).toContain('### Account <code>123456789012</code> (prod)');
    expect(text).toContain('(2 h 30 min old) · every user verdict was read live during this run');
    expect(text).toMatch(
      /\| \[IAM.9\]\(https:\/\/docs.aws.amazon.com\/securityhub\/latest\/userguide\/iam-controls.html#iam-9\) \|.*\| ❌ FAILED \| 1 \|/,
    );
    // The finding's own fix (a central one, where the Organization has it), else the control's.
    expect(text).toContain(
      '**How to fix IAM.9:** fix [AWS documentation](https://docs.aws.amazon.com/x)',
    );
  });

  test("5,000 failing users stay under GitHub's 1 MiB limit and point to the JSON report for the rest", () => {
    const users = Array.from({ length: 5000 }, (_, i) => userFinding(`user-with-a-long-name-${i}`));
    const text = summaryOf(
      [account([...users, ...users.map((f) => ({ ...f, control: 'IAM.5' as const }))])],
      'medium',
    );
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(text).toMatch(/…and \d+ more, listed in the JSON report/);
    // One row per user, not one per user and control.
    expect(text).toContain('5000 of 5000 IAM users have no MFA device');
  });

  test('at most 500 users are listed; the rest are counted, with how to keep the report, not a temp path', () => {
    const users = Array.from({ length: 600 }, (_, i) => userFinding(`u${i}`));
    const text = summaryOf([account(users)], 'medium');
    expect(text.split('\n').filter((line) => line.startsWith('| <code title='))).toHaveLength(500);
    expect(text).toContain('…and 100 more, listed in the JSON report');
    const keep = text.slice(text.indexOf('#### Keeping the full list'));
    expect(keep).toContain('path: ${{ steps.audit.outputs.report-path }}');
    expect(keep).toMatch(/```yaml\n- id: audit\n/);
    expect(text.slice(0, text.indexOf('<sub>'))).not.toContain('/tmp/report.json');
    const withRun = renderSummary({
      ...summaryInput([account(users)], 'medium'),
      runUrl: 'https://github.com/o/r/actions/runs/7',
    });
    expect(withRun).toContain(
      "[this run's artifacts](https://github.com/o/r/actions/runs/7#artifacts)",
    );
  });

  test('a user failing IAM.5 and IAM.19 is one row with a column per control, named by user name with the ARN in its title', () => {
    const both = (control: Finding['control']): Finding => ({
      ...userFinding('bob', 'FAILED', control),
      resource: 'arn:aws:iam::123456789012:user/team/a-long-path/bob',
      evidence: { ...base.evidence, observed: { mfaActive: false, consolePassword: true } },
    });
    const text = summaryOf(
      [
        account([
          both('IAM.5'),
          both('IAM.19'),
          userFinding('keys-only'),
          userFinding('ok', 'PASSED', 'IAM.5'),
        ]),
      ],
      'medium',
    );
    const rows = text.split('\n').filter((line) => line.startsWith('| <code title='));
    expect(rows).toEqual([
      '| <code title="arn:aws:iam::123456789012:user/team/a-long-path/bob">bob</code> | ❌ | ❌ | console password, no MFA device; confirmed live |',
      '| <code title="arn:aws:iam::123456789012:user/keys-only">keys-only</code> | — | ❌ | no MFA device; confirmed live |',
    ]);
    expect(text).not.toContain('the root user fails');
    expect(text).toContain(
      '2 of 3 IAM users have no MFA device, 1 of them can sign in to the console with a password',
    );
    expect(text.split('\n')[0]).toBe(
      '## ❌ IAM MFA audit failed: 2 IAM users in 123456789012 have no MFA device, 1 of them can sign in to the console with a password.',
    );
  });

  test('never a ✅ while a finding is FAILED or ERROR, whatever fail-on says; the step line says what fail-on made of it', () => {
    const unjudged = summaryOf([account([userFinding('x', 'ERROR', 'IAM.5')], 'demo')], 'none');
    expect(unjudged.split('\n')[0]).toBe(
      '## ⚠️ IAM MFA audit incomplete: could not judge IAM.5 on 123456789012 (demo)',
    );
    expect(unjudged).toContain(
      '**The step did not fail, because fail-on is none, but the result is incomplete.',
    );
    const failed = summaryOf([account([userFinding('x')])], 'none');
    expect(failed.split('\n')[0]).toMatch(
      /^## ❌ IAM MFA audit failed: 1 IAM user in 123456789012 has no MFA device\.$/,
    );
    expect(failed).toContain('**The step passed because fail-on is none');
    const below = summaryOf([account([userFinding('x')])], 'critical');
    expect(below.split('\n')[0]).toMatch(/^## ❌/);
    expect(below).toContain('no finding is at or above fail-on (critical)');
    const clean = summaryOf([account([userFinding('x', 'PASSED')])], 'none');
    expect(clean.split('\n')[0]).toBe(
      '## ✅ IAM MFA audit passed: every selected control passed on 123456789012',
    );
  });

  test('a setup error shows the YAML to add as a code block, and the footer never says "none read"', () => {
    const text = renderSummary({
      ...summaryInput([], 'critical'),
      outcome: setupFailure('x'),
      setupError:
        'No OIDC token: the job cannot request one. Add\n  permissions:\n    id-token: write\nto the job.',
    });
    expect(text).toContain('```yaml\npermissions:\n  id-token: write\n```');
    expect(text).not.toContain('none read');
    expect(text).toContain('no evidence read');
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
        message:
          '4 IAM users in 123456789012 fail: a, b, c and 1 more (listed in the job summary).',
      },
    ]);
  });

  test('an unjudged control says "could not judge" once, not twice', () => {
    const error = {
      ...rootFinding('IAM.5', 'ERROR'),
      message:
        'Could not judge account 123456789012 (demo): iam:GetLoginProfile failed with AccessDenied (x).',
    };
    const [annotation] = buildAnnotations([account([error], 'demo')], CONTROL_IDS, true);
    expect(annotation?.message).toBe(error.message);
  });

  test('many accounts: one annotation per control, naming the first accounts', () => {
    const accounts = Array.from({ length: 6 }, (_, i) => ({
      ...account([rootFinding('IAM.9', 'FAILED'), rootFinding('IAM.4', 'FAILED')]),
      accountId: `12345678901${i}`,
    }));
    const annotations = buildAnnotations(accounts, CONTROL_IDS, true);
    expect(annotations.map((a) => a.title.split(' ')[0])).toEqual(['IAM.9', 'IAM.4']);
    expect(annotations[0]?.message).toBe(
      'IAM.9 fails in 6 account(s): 123456789010, 123456789011, 123456789012 and 3 more (listed in the job summary).',
    );
  });

  test('never more errors than GitHub shows, leaving one for setFailed', () => {
    const unjudged = (control: Finding['control']): Finding => ({
      ...rootFinding(control, 'ERROR'),
      evidence: { source: 'live', calls: [], observed: { errorCode: 'AccessDenied' } },
    });
    const accounts = [
      account(
        ['IAM.9', 'IAM.6', 'IAM.4'].map((c) => rootFinding(c as Finding['control'], 'FAILED')),
      ),
      {
        ...account(['IAM.9', 'IAM.6', 'IAM.4'].map((c) => unjudged(c as Finding['control']))),
        accountId: '210987654321',
      },
      { ...account([rootFinding('IAM.9', 'FAILED')]), accountId: '111122223333' },
    ];
    // 3 controls × (failed, not judged) = 6 errors, all shown.
    expect(
      buildAnnotations(accounts, CONTROL_IDS, true).filter((a) => a.level === 'error'),
    ).toHaveLength(6);
    // One account with many failing controls never passes the cap either.
    const many = Array.from({ length: 12 }, () => rootFinding('IAM.9', 'FAILED'));
    expect(buildAnnotations([account(many)], CONTROL_IDS, true).length).toBeLessThanOrEqual(9);
  });
});
