// Findings and accounts the report tests share, and the summary of them.
import { CONTROL_IDS, type AccountResult, type Finding } from '../../src/model.js';
import { decideOutcome } from '../../src/outcome/outcome.js';
import { renderSummary } from '../../src/report/summary.js';
import * as build from '../model-builders.js';

export const base = {
  title: 't',
  evidence: {
    source: 'live' as const,
    calls: ['iam:ListMFADevices'],
    observed: { mfaActive: false },
  },
  remediation: { text: 'fix', url: 'https://docs.aws.amazon.com/x', verify: 'aws iam x' },
};
export const userFinding = (
  name: string,
  status: Finding['status'] = 'FAILED',
  control: Finding['control'] = 'IAM.19',
): Finding =>
  build.finding(control, `arn:aws:iam::123456789012:user/${name}`, status, {
    ...base,
    message: `IAM user ${name} has no MFA device.`,
  });
export const rootFinding = (control: Finding['control'], status: Finding['status']): Finding =>
  build.finding(control, 'arn:aws:iam::123456789012:root', status, {
    ...base,
    message: `${control} ${status}`,
  });
export const account = (findings: Finding[], alias?: string): AccountResult =>
  build.account(findings, {
    accountId: '123456789012',
    alias,
    readAt: '2026-11-22T10:00:00.000Z',
    credentialReportGeneratedAt: '2026-11-22T08:00:00.000Z',
  });
export const summaryInput = (
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
export const summaryOf = (
  accounts: AccountResult[],
  failOn: 'critical' | 'none' | 'medium' = 'critical',
  listBudgetBytes?: number,
) => renderSummary(summaryInput(accounts, failOn, listBudgetBytes));
