import { describe, expect, test } from '@jest/globals';
import { setupFailure } from '../../src/outcome/outcome.js';
import { renderSummary } from '../../src/report/summary.js';
import type { Finding } from '../../src/model.js';
import {
  base,
  userFinding,
  rootFinding,
  account,
  summaryInput,
  summaryOf,
} from './report-fixtures.js';

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
      /\| \[IAM.9\]\(https:\/\/docs.aws.amazon.com\/securityhub\/latest\/userguide\/iam-controls.html#iam-9\) \|.*\| ❌&nbsp;FAILED \| 1 \|/,
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

describe('a control with nothing to judge says what there was none of', () => {
  test('no IAM users for the user controls, no user pools for Cognito.5', async () => {
    const { statusMark } = await import('../../src/report/control-status.js');
    expect(statusMark({ control: 'IAM.19', status: 'NO_USERS' })).toBe(
      '➖&nbsp;no&nbsp;IAM&nbsp;users',
    );
    expect(statusMark({ control: 'Cognito.5', status: 'NO_USERS' })).toBe(
      '➖&nbsp;no&nbsp;user&nbsp;pools',
    );
    expect(statusMark({ control: 'Cognito.5', status: 'FAILED' })).toBe('❌&nbsp;FAILED');
  });
});
