// One account's section of the job summary: its facts, the controls table, what fails and how to fix it.
import { controlById } from '../controls/index.js';
import type { AccountResult, ControlId, Finding, Remediation } from '../model.js';
import { accountPeople, type FailingUser } from '../outcome/people.js';
import { controlRows, statusMark, type ControlRow } from './control-status.js';
import { evidenceInWords } from './evidence-words.js';
import { code, codeWithTitle, link, md, table } from './markdown.js';
import { failingUsersPhrase, iamUsers } from './people-words.js';
import { userPoolsSection } from './user-pools-section.js';

/** Past this many rows a list helps nobody in a summary; the JSON report has every finding. */
export const MAX_USER_ROWS = 500;

/** What the account sections share: the run's settings and what is left of the size budget. */
export interface SectionContext {
  controls: readonly ControlId[];
  now: number;
  budget: { left: number; cut: boolean };
}

/** One account's section: its facts, the controls table, then what fails and how to fix it. */
export function renderAccountSection(account: AccountResult, context: SectionContext): string[] {
  const name = account.alias
    ? `${code(account.accountId)} (${md(account.alias)})`
    : code(account.accountId);
  const reportAge = account.credentialReportGeneratedAt
    ? ` · credential report generated ${account.credentialReportGeneratedAt} (${age(context.now - Date.parse(account.credentialReportGeneratedAt))} old) · ${freshness(account)}`
    : '';
  const lines = [
    `### Account ${name}`,
    `Partition ${code(account.partition)} · evidence read ${account.readAt}${reportAge}`,
  ];
  const people = accountPeople(account);
  const inShort = peopleLine(people);
  if (inShort) lines.push(`**In short:** ${md(inShort)}`);
  const rows = controlRows(account, context.controls);
  lines.push(
    table(
      ['Control', 'Title', 'Severity', 'Status', 'Failing resources'],
      rows.map((row) => {
        const control = controlById(row.control);
        return [
          link(row.control, control.docUrl),
          md(control.title),
          control.severity,
          statusMark(row),
          String(row.failing.length),
        ];
      }),
    ),
  );
  for (const note of account.notes) lines.push(`> ${md(note)}`);
  for (const row of rows) {
    if (row.status === 'ERROR') lines.push(errorSection(row));
    if (row.control === 'Cognito.5') {
      const pools = userPoolsSection(account.findings, context.budget);
      if (pools) lines.push(pools);
    } else if (row.status === 'FAILED' && row.failing[0]?.resourceType === 'AwsAccount')
      lines.push(rootFailureSection(row, account, context));
  }
  if (people.failingUsers.length > 0) {
    lines.push(usersSection(people.failingUsers, people.usersJudged, rows, account, context));
  }
  return lines;
}

/** How fresh the user verdicts are (spec "Fresh evidence for the user controls", rule 5). */
function freshness(account: AccountResult): string {
  if (account.reportGeneratedDuringRun)
    return 'the report was generated during this run, so every user verdict is live';
  if (account.userVerdictsLive === false)
    return 'every user verdict was read live during this run, except IAM.5 passes of users the report shows without a console password, which are as old as the report';
  return 'every user verdict was read live during this run (the report only chose which users to ask)';
}

/** "the root user fails IAM.9, IAM.6; 12 of 40 IAM users have no MFA device, 8 of them …". */
function peopleLine(people: ReturnType<typeof accountPeople>): string {
  const parts: string[] = [];
  if (people.rootFailing.length > 0)
    parts.push(`the root user fails ${people.rootFailing.join(', ')}`);
  const failing = people.failingUsers.length;
  if (failing > 0) {
    parts.push(failingUsersPhrase(failing, people.consoleUsers, { of: people.usersJudged }));
  }
  return parts.length > 0 ? `${parts.join('; ')}.` : '';
}

function errorSection(row: ControlRow): string {
  const control = controlById(row.control);
  const reasons = row.errors.map((finding) => `- ${md(finding.message)}`).join('\n');
  return `#### ⚠️ ${row.control}: ${md(control.title)} could not be judged\n\n${reasons}\n\nThis is not a pass: fix the access and run again.`;
}

function rootFailureSection(
  row: ControlRow,
  account: AccountResult,
  context: SectionContext,
): string {
  const control = controlById(row.control);
  const head = `#### ❌ ${row.control}: ${md(control.title)} (${control.severity})`;
  const evidence = row.failing.map(
    (finding) =>
      `${md(finding.message)}\n\nEvidence: ${md(evidenceInWords(finding, reportAge(account, context)))}`,
  );
  return [head, ...evidence, howToFix(row.control, row.failing[0]?.remediation)].join('\n\n');
}

/**
 * One table of the account's failing IAM users: a row per user, a column per selected user
 * control, so a user who fails IAM.5 and IAM.19 is listed once.
 */
function usersSection(
  users: FailingUser[],
  judged: number,
  rows: ControlRow[],
  account: AccountResult,
  context: SectionContext,
): string {
  const userRows = rows.filter((row) => controlById(row.control).failingUsers !== undefined);
  const consoleUsers = users.filter((user) => user.consolePassword === true).length;
  const head = `#### ❌ IAM users without MFA: ${md(failingUsersPhrase(users.length, consoleUsers, { of: judged }))}`;
  const listed: string[][] = [];
  for (const user of users.slice(0, MAX_USER_ROWS)) {
    const cells = [
      codeWithTitle(user.name, user.arn),
      ...userRows.map((row) => userCell(user, row)),
      md(evidenceInWords(mergedEvidence(user), reportAge(account, context), { calls: false })),
    ];
    const size = Buffer.byteLength(cells.join(' | ')) + 6;
    if (size > context.budget.left) break;
    context.budget.left -= size;
    listed.push(cells);
  }
  const rest = users.length - listed.length;
  if (rest > 0) context.budget.cut = true;
  const more =
    rest > 0
      ? `\n\n…and ${rest} more, listed in the JSON report; see "Keeping the full list" below for how to keep it after the job.`
      : '';
  const header = [
    'IAM user',
    ...userRows.map((row) => link(row.control, controlById(row.control).docUrl)),
    'Evidence',
  ];
  const details = `<details${users.length <= 20 ? ' open' : ''}><summary>${iamUsers(users.length)} failing</summary>\n\n❌ fails the control, ✅ passes it${userRows.some((row) => row.status === 'ERROR') ? ', ⚠️ could not be judged' : ''}${users.some((user) => Object.values(user.byControl).some((f) => f.exception)) ? ', ☑️ fails but is accepted by exception' : ''}, — not decided for this user; hover a name for its ARN.\n\n${table(header, listed)}${more}\n\n</details>`;
  const fixes = userRows
    .filter((row) => row.status === 'FAILED')
    .map((row) => howToFix(row.control));
  return [head, details, ...fixes].join('\n\n');
}

/** A mark, not a word: the name and the evidence keep the table's width (see the legend). */
const USER_CELL: Record<string, string> = { FAILED: '❌', PASSED: '✅', ERROR: '⚠️' };

function userCell(user: FailingUser, row: ControlRow): string {
  if (row.status === 'ERROR') return USER_CELL.ERROR as string;
  const finding = user.byControl[row.control];
  // Accepted by exception: still FAILED, but said apart (see "Accepted by exception").
  if (finding?.status === 'FAILED' && finding.exception) return '☑️';
  return (finding && USER_CELL[finding.status]) ?? '—';
}

/** Everything known about a user across its findings, as one piece of evidence. */
function mergedEvidence(user: FailingUser): Finding {
  const findings = Object.values(user.byControl);
  const failed = findings.find((f) => f.status === 'FAILED') as Finding;
  const observed = Object.assign({}, ...findings.map((f) => f.evidence.observed));
  const calls = [...new Set(findings.flatMap((f) => f.evidence.calls))];
  const live = findings.some((f) => f.evidence.source === 'live');
  const note = findings.map((f) => f.evidence.note).find(Boolean);
  return {
    ...failed,
    evidence: {
      source: live ? 'live' : 'credential-report',
      calls,
      observed,
      ...(note ? { note } : {}),
    },
  };
}

/** The fix: the finding's own where it has one of its own (centralized root access), else the control's. */
function howToFix(id: ControlId, remediation: Remediation = controlById(id).remediation): string {
  const seeAlso = remediation.seeAlso
    ? ` · ${link(remediation.seeAlso.title, remediation.seeAlso.url)}`
    : '';
  return `**How to fix ${id}:** ${md(remediation.text)} ${link('AWS documentation', remediation.url)}${seeAlso}\n\n**Verify:** ${code(remediation.verify)}`;
}

function reportAge(account: AccountResult, context: SectionContext): string | undefined {
  return account.credentialReportGeneratedAt
    ? age(context.now - Date.parse(account.credentialReportGeneratedAt))
    : undefined;
}

export function age(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
