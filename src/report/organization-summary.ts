import { controlById } from '../controls/index.js';
import {
  accountLabel,
  SEVERITY_RANK,
  type AccountResult,
  type ControlId,
  type Severity,
} from '../model.js';
import { controlRows, type ControlRow } from './control-status.js';
import { code, link, md, table } from './markdown.js';

/** A run over several accounts (an Organization, or ids named in `accounts`). */
export function isManyAccounts(accounts: AccountResult[]): boolean {
  return (
    accounts.length > 1 ||
    accounts.some((account) => account.status !== undefined && account.status !== 'audited')
  );
}

/** Where an account stands, worst first: the order of the accounts table. */
function standing(account: AccountResult, controls: readonly ControlId[]): number {
  if (account.status === 'skipped') return 9;
  if (account.status === 'not-judged') return 1;
  const rows = controlRows(account, controls);
  const worstFailed = Math.max(
    -1,
    ...rows
      .filter((row) => row.status === 'FAILED')
      .map((row) => SEVERITY_RANK[controlById(row.control).severity]),
  );
  if (worstFailed >= SEVERITY_RANK.critical) return 0;
  if (rows.some((row) => row.status === 'ERROR')) return 2;
  if (worstFailed >= 0) return 3;
  return 4;
}

export function sortWorstFirst(
  accounts: AccountResult[],
  controls: readonly ControlId[],
): AccountResult[] {
  return accounts
    .map((account) => ({ account, rank: standing(account, controls) }))
    .sort((a, b) => a.rank - b.rank || a.account.accountId.localeCompare(b.account.accountId))
    .map(({ account }) => account);
}

const NAMED = 3;

/**
 * The verdict across accounts in one short line ("2 of 5 accounts fail a control, 2 not judged"),
 * and its details, a line each ("1 fails a critical control: 333344445555 (prod-legacy): IAM.9,
 * IAM.6"). Never a pass while any finding is FAILED or ERROR.
 */
export function organizationHeadline(accounts: AccountResult[]): {
  mark: '✅' | '☑️' | '❌' | '⚠️';
  text: string;
  details: string[];
} {
  const considered = accounts.filter((account) => account.status !== 'skipped');
  const skipped = accounts.length - considered.length;
  const notJudged = considered.filter((account) => account.status === 'not-judged');
  const failing = new Map<Severity, AccountResult[]>();
  const withErrors = considered.filter(
    (account) =>
      account.status !== 'not-judged' && account.findings.some((f) => f.status === 'ERROR'),
  );
  const accepted = considered.flatMap((account) =>
    account.findings.filter((f) => f.status === 'FAILED' && f.exception),
  );
  for (const account of considered) {
    // Accepted findings stay FAILED but are said apart: they do not make an account fail here.
    const failed = account.findings.filter((f) => f.status === 'FAILED' && !f.exception);
    if (failed.length === 0) continue;
    const worst = failed.reduce((a, b) =>
      SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a,
    );
    failing.set(worst.severity, [...(failing.get(worst.severity) ?? []), account]);
  }
  const parts: string[] = [];
  for (const severity of ['critical', 'high', 'medium', 'low'] as const) {
    const list = failing.get(severity) ?? [];
    if (list.length === 0) continue;
    const named = list
      .slice(0, NAMED)
      .map(
        (account) =>
          `${accountLabel(account)}: ${[...new Set(account.findings.filter((f) => f.status === 'FAILED' && !f.exception).map((f) => f.control))].join(', ')}`,
      );
    const more = list.length > NAMED ? `; and ${list.length - NAMED} more` : '';
    parts.push(
      `${list.length} ${list.length === 1 ? 'fails' : 'fail'} ${severity === 'critical' ? 'a critical control' : `at worst a ${severity} control`}: ${named.join('; ')}${more}`,
    );
  }
  if (notJudged.length > 0)
    parts.push(
      `${notJudged.length} account${notJudged.length === 1 ? ' was' : 's were'} not judged`,
    );
  if (withErrors.length > 0)
    parts.push(
      `${withErrors.length} account${withErrors.length === 1 ? '' : 's'} had controls that could not be judged`,
    );
  const critical = accepted.filter((f) => f.severity === 'critical').length;
  const acceptedText =
    accepted.length > 0
      ? `${accepted.length} finding${accepted.length === 1 ? '' : 's'} accepted by exception${critical > 0 ? ` (${critical} critical)` : ''}`
      : '';
  if (parts.length === 0) {
    const all = `${considered.length === 1 ? 'the one account' : `all ${considered.length} accounts`}${skipped > 0 ? ` (${skipped} skipped)` : ''}`;
    if (considered.length === 0)
      return {
        mark: '⚠️',
        text: `no account was judged${skipped > 0 ? ` (${skipped} skipped)` : ''}`,
        details: [],
      };
    return {
      mark: acceptedText ? '☑️' : '✅',
      text: acceptedText
        ? `every selected control passed on ${all}, with ${acceptedText}`
        : `every selected control passed on ${all}`,
      details: [],
    };
  }
  if (acceptedText) parts.push(acceptedText);
  if (skipped > 0) parts.push(`${skipped} skipped`);
  const failingCount = [...failing.values()].reduce((n, list) => n + list.length, 0);
  const short = [
    failingCount > 0 ? `${failingCount} of ${considered.length} accounts fail a control` : '',
    notJudged.length > 0
      ? `${notJudged.length}${failingCount > 0 ? '' : ` of ${considered.length}`} not judged`
      : '',
    failingCount === 0 && notJudged.length === 0 && withErrors.length > 0
      ? `${withErrors.length} of ${considered.length} accounts had controls that could not be judged`
      : '',
  ].filter(Boolean);
  return { mark: failing.size > 0 ? '❌' : '⚠️', text: short.join(', '), details: parts };
}

const CELL: Record<string, string> = {
  PASSED: '✅',
  FAILED: '❌',
  ERROR: '⚠️',
  NOT_APPLICABLE: '➖',
  NO_USERS: '➖',
};

function cell(row: ControlRow): string {
  const mark = CELL[row.status] ?? '?';
  // IAM users or user pools: the root controls' one resource is the account itself.
  const resources = row.failing.filter((f) => f.resourceType !== 'AwsAccount').length;
  return row.status === 'FAILED' && resources > 0 ? `${mark} ${resources}` : mark;
}

/**
 * One row per account, worst first, a cell per control, within `budget` bytes; the accounts left
 * over are counted, not dropped from the JSON report. Skipped accounts say why.
 */
export function accountsTable(
  sorted: AccountResult[],
  controls: readonly ControlId[],
  budget: { left: number; cut: boolean },
): string {
  const header = ['Account', 'Name', ...controls.map((id) => link(id, controlById(id).docUrl))];
  const rows: string[][] = [];
  for (const account of sorted) {
    const name = md(account.alias ?? account.name ?? '');
    const cells =
      account.status === 'skipped'
        ? controls.map((_, i) => (i === 0 ? `skipped: ${md(account.skippedReason ?? '')}` : ''))
        : account.status === 'not-judged'
          ? controls.map(() => '⚠️')
          : controlRows(account, controls).map(cell);
    const row = [code(account.accountId), name, ...cells];
    const size = Buffer.byteLength(row.join(' | ')) + 6;
    if (size > budget.left) break;
    budget.left -= size;
    rows.push(row);
  }
  const rest = sorted.length - rows.length;
  if (rest > 0) budget.cut = true;
  const legend =
    '❌ fails (with the number of failing IAM users or user pools), ⚠️ not judged, ✅ passes, ➖ not applicable or nothing to judge (no IAM users, no user pools).';
  return `${legend}\n\n${table(header, rows)}${rest > 0 ? `\n\n…and ${rest} more accounts, every one in the JSON report.` : ''}`;
}

/** The details of one account that fails or was not judged, folded. */
export function foldedAccount(account: AccountResult, section: string[]): string {
  const flagged = [
    ...new Set(
      account.findings
        .filter((f) => f.status === 'FAILED' || f.status === 'ERROR')
        .map((f) => `${f.control} ${f.status === 'FAILED' ? '❌' : '⚠️'}`),
    ),
  ];
  const what = account.status === 'not-judged' ? 'not judged' : flagged.join(', ');
  return `<details><summary>${md(accountLabel(account))}: ${what}</summary>\n\n${section.join('\n\n')}\n\n</details>`;
}
