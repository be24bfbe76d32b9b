import type { FailOn } from '../inputs/config.js';
import type { Trigger } from '../inputs/trigger.js';
import { accountLabel, type AccountResult, type ControlId } from '../model.js';
import type { Outcome } from '../outcome/outcome.js';
import { accountPeople } from '../outcome/people.js';
import type { RunChanges } from '../scheduled/run-changes.js';
import { renderAccountSection, type SectionContext } from './account-section.js';
import { changesSections, pullRequestNote } from './changes-summary.js';
import { code, codeBlock, link, md, messageBlock } from './markdown.js';
import {
  accountsTable,
  foldedAccount,
  isManyAccounts,
  organizationHeadline,
  sortWorstFirst,
} from './organization-summary.js';
import { failingUsersPhrase } from './people-words.js';
import { triggerSummary } from './trigger-summary.js';

export interface SummaryInput {
  accounts: AccountResult[];
  controls: readonly ControlId[];
  outcome: Outcome;
  failOn: FailOn;
  roleToAssume?: string;
  reportPath: string;
  version: string;
  now: number;
  /** Set when no account could be read at all (credentials, inputs); the summary then says only that. */
  setupError?: string;
  /** Why nothing was judged, for the headline ("the inputs are invalid"). */
  setupTitle?: string;
  /** Facts about the run itself (a report path that fell back to the default). */
  runNotes?: string[];
  /** The workflow run's page, where known: a cut list's rest is in its artifacts. */
  runUrl?: string;
  /** Bytes the resource lists may take; GitHub drops a step summary over 1 MiB. */
  listBudgetBytes?: number;
  /** Centralized root access in the Organization; undefined where not known. */
  rootCredentialsManagement?: boolean;
  /** Exceptions applied and the baseline diff, where the run has them. */
  changes?: RunChanges;
  /** GITHUB_EVENT_NAME: a pull request's check says what it reads. */
  eventName?: string;
  /** The change event that triggered this run, shown first. */
  trigger?: Trigger;
  /** The run covered part of the selection (a change event's account, a shard, shards missing). */
  partOf?: string;
  /** Nothing was audited by the user's choice (result skipped): why. */
  skipped?: string;
  /** Problems of the run itself (shards missing, a baseline that is not a report): never ✅. */
  runErrors?: string[];
}

/** The accounts table's share of the summary: about 2,500 accounts; the rest are counted. */
const ACCOUNTS_TABLE_BUDGET = 250 * 1024;

const DEFAULT_LIST_BUDGET = 700 * 1024;
const UPLOAD_ARTIFACT = 'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2';

/** Findings → the job summary: the accounts' verdict, what fail-on made of the step, then each account. */
export function renderSummary(input: SummaryInput): string {
  const opening = input.trigger
    ? triggerSummary(input.trigger, input.now, !input.skipped) + '\n\n'
    : '';
  return opening + renderResults(input);
}

function renderResults(input: SummaryInput): string {
  const context: SectionContext = {
    controls: input.controls,
    now: input.now,
    budget: { left: input.listBudgetBytes ?? DEFAULT_LIST_BUDGET, cut: false },
  };
  if (!input.setupError && !input.skipped && isManyAccounts(input.accounts))
    return renderManyAccounts(input, context);
  const parts = [headline(input)];
  for (const note of input.runNotes ?? []) parts.push(`> ${md(note)}`);
  parts.push(...scheduledSections(input));
  for (const account of input.accounts) parts.push(...renderAccountSection(account, context));
  if (context.budget.cut) parts.push(keepTheReport(input.runUrl));
  parts.push(footer(input));
  return parts.join('\n\n') + '\n';
}

/**
 * Many accounts: the verdict across them, one row per account (worst first), then each account
 * that fails or was not judged, folded; every part within its share of the size budget.
 */
function renderManyAccounts(input: SummaryInput, context: SectionContext): string {
  const verdict = organizationHeadline(input.accounts);
  const unfinished = (input.runErrors ?? []).length > 0 && verdict.mark !== '❌';
  const mark = unfinished ? '⚠️' : verdict.mark;
  const word = { '✅': 'passed', '☑️': 'passed', '❌': 'failed', '⚠️': 'incomplete' }[mark];
  const details = verdict.details.map((line) => `- ${md(line)}`).join('\n');
  const parts = [
    `## ${mark} IAM MFA audit ${word}${scopeOf(input)}: ${md(verdict.text)}${details ? `\n\n${details}` : ''}\n\n**${md(input.outcome.stepText)}**`,
  ];
  for (const note of input.runNotes ?? []) parts.push(`> ${md(note)}`);
  parts.push(...scheduledSections(input));
  if (input.rootCredentialsManagement !== undefined) {
    parts.push(
      input.rootCredentialsManagement
        ? '> Centralized root access is on in this Organization: member accounts whose root still has a password are given the fix that needs no root sign-in.'
        : '> Centralized root access is off in this Organization (iam:ListOrganizationsFeatures); turning it on lets root credentials of member accounts be deleted centrally.',
    );
  }
  const sorted = sortWorstFirst(input.accounts, input.controls);
  const tableBudget = { left: ACCOUNTS_TABLE_BUDGET, cut: false };
  parts.push('### Accounts', accountsTable(sorted, input.controls, tableBudget));
  const flagged = sorted.filter(
    (account) =>
      account.status !== 'skipped' &&
      account.findings.some((f) => f.status === 'FAILED' || f.status === 'ERROR'),
  );
  if (flagged.length > 0) parts.push('### Accounts that fail or were not judged');
  let shown = 0;
  for (const account of flagged) {
    const folded = foldedAccount(
      account,
      account.status === 'not-judged'
        ? [messageBlock(account.findings[0]?.message ?? '')]
        : renderAccountSection(account, context),
    );
    const size = Buffer.byteLength(folded);
    if (size > context.budget.left) break;
    context.budget.left -= size;
    parts.push(folded);
    shown += 1;
  }
  if (shown < flagged.length) {
    context.budget.cut = true;
    parts.push(`…and the details of ${flagged.length - shown} more accounts, in the JSON report.`);
  }
  if (context.budget.cut || tableBudget.cut) parts.push(keepTheReport(input.runUrl));
  parts.push(footer(input));
  return parts.join('\n\n') + '\n';
}

/** The pull-request note and the exceptions and baseline sections (changes-summary.ts). */
function scheduledSections(input: SummaryInput): string[] {
  const note = pullRequestNote(input.eventName);
  return [...(note ? [note] : []), ...changesSections(input.accounts, input.changes, input.now)];
}

/** Where the run covered part of the selection, the headline says which part. */
function scopeOf(input: SummaryInput): string {
  return input.partOf ? ` (${md(input.partOf)})` : '';
}

/**
 * The headline describes the accounts; the line under it says what fail-on made of the step. ✅
 * only where every control of every account was judged and passed, and the run finished.
 */
function headline(input: SummaryInput): string {
  if (input.setupError) {
    return `## ⚠️ IAM MFA audit could not run: ${input.setupTitle ?? 'no account was judged'}\n\n${messageBlock(input.setupError)}`;
  }
  const step = md(input.outcome.stepText);
  if (input.skipped) return `## ⏭️ IAM MFA audit skipped: ${md(input.skipped)}\n\n${step}`;
  const scope = scopeOf(input);
  const flagged = input.accounts.flatMap((account) =>
    account.findings.filter((f) => f.status === 'FAILED' || f.status === 'ERROR'),
  );
  const accepted = flagged.filter((f) => f.status === 'FAILED' && f.exception);
  if (flagged.length === accepted.length) {
    const judged = input.accounts.filter((account) => account.status !== 'skipped');
    if (judged.length === 0 || (input.runErrors ?? []).length > 0) {
      const what =
        judged.length === 0
          ? 'no account was judged'
          : `${judged.length === 1 ? `every selected control passed on ${md(accountLabel(judged[0] as AccountResult))}` : `every selected control passed on ${judged.length} accounts`}, but the run did not finish`;
      return `## ⚠️ IAM MFA audit incomplete${scope}: ${what}\n\n**${step}**`;
    }
    if (accepted.length > 0) {
      const critical = accepted.filter((f) => f.severity === 'critical').length;
      return `## ☑️ IAM MFA audit passed${scope} with ${accepted.length} finding${accepted.length === 1 ? '' : 's'} accepted by exception${critical > 0 ? ` (${critical} critical)` : ''}\n\n${step}`;
    }
    const where = judged.map(accountLabel).join(', ');
    return `## ✅ IAM MFA audit passed${scope}: every selected control passed on ${md(where)}\n\n${step}`;
  }
  const unjudged = flagged.some((f) => f.status === 'ERROR')
    ? unjudgedSentence(input.accounts)
    : '';
  const heading = flagged.some((f) => f.status === 'FAILED' && !f.exception)
    ? `❌ IAM MFA audit failed${scope}: ${md(failedSentence(input.accounts))}${unjudged ? ` ${md(`C${unjudged.slice(1)}.`)}` : ''}`
    : `⚠️ IAM MFA audit incomplete${scope}: ${md(unjudged)}`;
  return `## ${heading}\n\n**${step}**`;
}

/**
 * The one sentence that matters: the first root failure in its own words, or else how many IAM
 * users fail ("12 IAM users in 123456789012 (prod) have no MFA device, 8 of them can sign in…").
 */
function failedSentence(accounts: AccountResult[]): string {
  const failing = accounts.filter((account) => account.findings.some((f) => f.status === 'FAILED'));
  const [first] = failing;
  if (!first) return '';
  const others = failing.length > 1 ? ` (and ${failing.length - 1} more account(s))` : '';
  const root = first.findings.find((f) => f.status === 'FAILED' && f.resourceType === 'AwsAccount');
  if (root) return `${root.message.replace(/\.$/, '')}${others}.`;
  const people = accountPeople(first);
  return `${failingUsersPhrase(people.failingUsers.length, people.consoleUsers, {
    where: ` in ${accountLabel(first)}`,
  })}${others}.`;
}

function unjudgedSentence(accounts: AccountResult[]): string {
  const parts = accounts.flatMap((account) => {
    const controls = [
      ...new Set(account.findings.filter((f) => f.status === 'ERROR').map((f) => f.control)),
    ];
    return controls.length > 0 ? [`${controls.join(', ')} on ${accountLabel(account)}`] : [];
  });
  return `could not judge ${parts.join('; ')}`;
}

/** Where a cut list's rest is: the JSON report, which the runner deletes unless it is uploaded. */
function keepTheReport(runUrl: string | undefined): string {
  const yaml = [
    '- id: audit',
    '  uses: iam-mfa-audit/iam-mfa-audit@v0',
    '  # with: …',
    '- if: always()',
    `  uses: ${UPLOAD_ARTIFACT}`,
    '  with:',
    '    name: iam-mfa-audit',
    '    path: ${{ steps.audit.outputs.report-path }}',
  ].join('\n');
  const artifacts = runUrl
    ? ` Where the workflow does this, the report is among ${link("this run's artifacts", `${runUrl}#artifacts`)}.`
    : '';
  return `#### Keeping the full list\n\nThe JSON report lists every finding, but it is written under the runner's temporary folder, which is deleted with the job. Keep it with the step's ${code('report-path')} output and an upload step:\n\n${codeBlock(yaml, 'yaml')}\n\n${artifacts.trim()}`.trimEnd();
}

function footer(input: SummaryInput): string {
  const role = input.roleToAssume ? code(input.roleToAssume) : 'credentials from the environment';
  const parts = [`iam-mfa-audit ${md(input.version)}`];
  if (!input.setupError || input.roleToAssume) parts.push(`role ${role}`);
  if (input.controls.length > 0) parts.push(`controls ${input.controls.join(', ')}`);
  parts.push(`fail-on ${input.failOn}`);
  const readAt = input.accounts.map((account) => account.readAt).sort();
  const first = readAt[0];
  const last = readAt[readAt.length - 1];
  parts.push(
    !first
      ? 'no evidence read'
      : first === last
        ? `evidence read ${first}`
        : `evidence read ${first} to ${last}`,
  );
  parts.push(`JSON report ${code(input.reportPath)}`);
  return `<sub>${parts.join(' · ')}</sub>`;
}
