import type { FailOn } from '../config.js';
import { controlById } from '../controls/index.js';
import { accountLabel, type AccountResult, type ControlId, type Finding } from '../model.js';
import type { Outcome } from '../outcome.js';
import { controlRows, STATUS_MARK, type ControlRow } from './control-status.js';
import { evidenceInWords } from './evidence-words.js';
import { code, link, md, table } from './markdown.js';

export interface SummaryInput {
  accounts: AccountResult[];
  controls: readonly ControlId[];
  outcome: Outcome;
  failOn: FailOn;
  roleToAssume?: string;
  reportPath: string;
  version: string;
  now: number;
  /** Set when no account could be read at all (credentials); the summary then says only that. */
  setupError?: string;
  /** Bytes the resource lists may take; GitHub drops a step summary over 1 MiB. */
  listBudgetBytes?: number;
}

const DEFAULT_LIST_BUDGET = 700 * 1024;
/** Past this many rows a list helps nobody in a summary; the JSON report has every finding. */
export const MAX_ROWS_PER_CONTROL = 500;

/** Findings → the job summary, verdict first. Long lists stop at the budget and point to the JSON report. */
export function renderSummary(input: SummaryInput): string {
  const budget = { left: input.listBudgetBytes ?? DEFAULT_LIST_BUDGET };
  const parts = [headline(input)];
  for (const account of input.accounts) parts.push(...accountSection(account, input, budget));
  parts.push(footer(input));
  return parts.join('\n\n') + '\n';
}

function headline(input: SummaryInput): string {
  if (input.setupError) {
    return `## ⚠️ IAM MFA audit could not run: no account was judged\n\n${md(input.setupError)}`;
  }
  const firstFailure = input.accounts
    .flatMap((account) => account.findings)
    .find((finding) => finding.status === 'FAILED' || finding.status === 'ERROR');
  if (input.outcome.result === 'passed') {
    if (input.failOn === 'none') {
      const found = firstFailure ? ' Failed or unjudged findings are listed below.' : '';
      return `## ✅ IAM MFA audit passed (fail-on: none)\n\nfail-on is none: findings are reported but never fail the step.${found}`;
    }
    const below = firstFailure
      ? ` Findings below ${input.failOn} are listed below; they do not fail the step.`
      : '';
    return `## ✅ IAM MFA audit passed\n\nNo control failed at or above ${input.failOn}, and every control was judged.${below}`;
  }
  const mark = firstFailure?.status === 'ERROR' ? '⚠️' : '❌';
  return `## ${mark} IAM MFA audit failed: ${md(verdictSentence(input.accounts) ?? 'see below')}\n\n${md(input.outcome.failureMessage ?? '')}`;
}

/**
 * The one sentence that matters: the first root failure in its own words, or, for users, how many
 * fail the first failing user control ("12 IAM user(s) in 123456789012 (prod) have no MFA device").
 */
function verdictSentence(accounts: AccountResult[]): string | undefined {
  for (const account of accounts) {
    const flagged = account.findings.filter((f) => f.status === 'FAILED' || f.status === 'ERROR');
    const first = flagged[0];
    if (!first) continue;
    if (first.resourceType === 'AwsAccount') return first.message;
    const phrase = controlById(first.control).failingUsers;
    const count = flagged.filter((f) => f.control === first.control).length;
    return `${count} IAM user(s) in ${accountLabel(account)} ${phrase}.`;
  }
  return undefined;
}

function accountSection(
  account: AccountResult,
  input: SummaryInput,
  budget: { left: number },
): string[] {
  const name = account.alias
    ? `${code(account.accountId)} (${md(account.alias)})`
    : code(account.accountId);
  const reportAge = account.credentialReportGeneratedAt
    ? ` · credential report generated ${account.credentialReportGeneratedAt} (${age(input.now - Date.parse(account.credentialReportGeneratedAt))} old; failures were confirmed live, passes are as old as the report)`
    : '';
  const lines = [
    `### Account ${name}`,
    `Partition ${code(account.partition)} · evidence read ${account.readAt}${reportAge}`,
  ];
  const rows = controlRows(account, input.controls);
  lines.push(
    table(
      ['Control', 'Title', 'Severity', 'Status', 'Failing resources'],
      rows.map((row) => {
        const control = controlById(row.control);
        return [
          link(row.control, control.docUrl),
          md(control.title),
          control.severity,
          STATUS_MARK[row.status],
          String(row.failing.length),
        ];
      }),
    ),
  );
  for (const note of account.notes) lines.push(`> ${md(note)}`);
  for (const row of rows) {
    if (row.status === 'ERROR') lines.push(errorSection(row));
    else if (row.status === 'FAILED') lines.push(failureSection(row, account, input, budget));
  }
  return lines;
}

function errorSection(row: ControlRow): string {
  const control = controlById(row.control);
  const reasons = row.errors.map((finding) => `- ${md(finding.message)}`).join('\n');
  return `#### ⚠️ ${row.control}: ${md(control.title)} could not be judged\n\n${reasons}\n\nThis is not a pass: fix the access and run again.`;
}

function failureSection(
  row: ControlRow,
  account: AccountResult,
  input: SummaryInput,
  budget: { left: number },
): string {
  const reportAge = account.credentialReportGeneratedAt
    ? age(input.now - Date.parse(account.credentialReportGeneratedAt))
    : undefined;
  const evidenceText = (finding: Finding): string => md(evidenceInWords(finding, reportAge));
  const control = controlById(row.control);
  const head = `#### ❌ ${row.control}: ${md(control.title)} (${control.severity}, ${row.failing.length} failing)`;
  const { remediation } = control;
  const seeAlso = remediation.seeAlso
    ? ` · ${link(remediation.seeAlso.title, remediation.seeAlso.url)}`
    : '';
  const fix = `**How to fix:** ${md(remediation.text)} ${link('AWS documentation', remediation.url)}${seeAlso}\n\n**Verify:** ${code(remediation.verify)}`;
  const [first] = row.failing;
  if (row.failing.length === 1 && first && first.resourceType === 'AwsAccount') {
    return [head, md(first.message), `Evidence: ${evidenceText(first)}`, fix].join('\n\n');
  }
  const listed: string[][] = [];
  for (const finding of row.failing.slice(0, MAX_ROWS_PER_CONTROL)) {
    const cells = [code(finding.resource), evidenceText(finding)];
    const size = Buffer.byteLength(cells.join(' | ')) + 6;
    if (size > budget.left) break;
    budget.left -= size;
    listed.push(cells);
  }
  const rest = row.failing.length - listed.length;
  const more =
    rest > 0 ? `\n\n…and ${rest} more, listed in the JSON report (${code(input.reportPath)}).` : '';
  const details = `<details${row.failing.length <= 20 ? ' open' : ''}><summary>${row.failing.length} failing resource(s)</summary>\n\n${table(['Resource', 'Evidence'], listed)}${more}\n\n</details>`;
  return [head, details, fix].join('\n\n');
}

function footer(input: SummaryInput): string {
  const role = input.roleToAssume ? code(input.roleToAssume) : 'credentials from the environment';
  const readAt = input.accounts.map((account) => account.readAt).join(', ') || 'none read';
  return `<sub>iam-mfa-audit ${md(input.version)} · role ${role} · controls ${input.controls.join(', ')} · fail-on ${input.failOn} · evidence read ${readAt} · JSON report ${code(input.reportPath)}</sub>`;
}

export function age(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
