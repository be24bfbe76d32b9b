import type { FailOn } from '../inputs/config.js';
import {
  accountLabel,
  SEVERITY_RANK,
  type AccountResult,
  type ControlId,
  type Severity,
} from '../model.js';
import { accountPeople } from './people.js';

export type CountedSeverity = 'critical' | 'high' | 'medium' | 'low';
export const COUNTED_SEVERITIES: readonly CountedSeverity[] = ['critical', 'high', 'medium', 'low'];

/**
 * failed: the step fails; incomplete: it does not (fail-on: none) but something was not judged;
 * skipped: a change event named an account in exclude-accounts, and nothing was audited.
 */
export type Result = 'passed' | 'failed' | 'incomplete' | 'skipped';

/** Resources that fail, counted as people count them: one root per account, one user once. */
export interface PeopleCounts {
  /** Accounts whose root user fails at least one root control. */
  rootUsers: number;
  /** IAM users that fail at least one user control. */
  iamUsers: number;
  /** Of those, users who can sign in to the console with a password. */
  consoleUsers: number;
}

export interface Outcome {
  result: Result;
  /** FAILED or ERROR findings by severity (findings, not people: the outputs' contract). */
  counts: Record<CountedSeverity, number>;
  people: PeopleCounts;
  /** Accounts by how they ended: the accounts-* outputs. */
  accounts: AccountCounts;
  /** What fail-on made of the step, in plain words, for the summary. */
  stepText: string;
  /** Set when the step must fail: what failed, by resource and by control, and what was not judged. */
  failureMessage?: string;
}

export interface AccountCounts {
  /** Entered and judged on their own evidence. */
  audited: number;
  /** Audited, with a FAILED finding at or above fail-on (any FAILED finding with fail-on none). */
  failed: number;
  /** Could not be entered: an ERROR for every control. */
  notJudged: number;
  skipped: number;
}

/** How many accounts were audited, failed, not judged and skipped. */
export function countAccounts(accounts: AccountResult[], failOn: FailOn): AccountCounts {
  const counts: AccountCounts = { audited: 0, failed: 0, notJudged: 0, skipped: 0 };
  for (const account of accounts) {
    if (account.status === 'skipped') counts.skipped += 1;
    else if (account.status === 'not-judged') counts.notJudged += 1;
    else {
      counts.audited += 1;
      const fails = account.findings.some(
        (f) =>
          f.status === 'FAILED' &&
          !f.exception &&
          (failOn === 'none' || SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]),
      );
      if (fails) counts.failed += 1;
    }
  }
  return counts;
}

const NO_COUNTS = (): Record<CountedSeverity, number> => ({
  critical: 0,
  high: 0,
  medium: 0,
  low: 0,
});
const NAMED_ACCOUNTS = 3;

/**
 * A FAILED finding fails the step at or above fail-on. An ERROR finding fails it at any severity
 * (unless fail-on is none): an account the action could not judge is never passed.
 */
export function isBlocking(
  finding: { status: string; severity: Severity; exception?: unknown },
  failOn: FailOn,
): boolean {
  if (failOn === 'none' || finding.exception) return false;
  return finding.status === 'ERROR' || SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn];
}

/** The counts of a run that judged no account. */
function nothingCounted(skipped: number): Pick<Outcome, 'counts' | 'people' | 'accounts'> {
  return {
    counts: NO_COUNTS(),
    people: { rootUsers: 0, iamUsers: 0, consoleUsers: 0 },
    accounts: { audited: 0, failed: 0, notJudged: 0, skipped },
  };
}

/** No account could be read (credentials, inputs): nothing was judged, so the step fails whatever fail-on says. */
export function setupFailure(message: string): Outcome {
  return {
    result: 'failed',
    ...nothingCounted(0),
    stepText: 'The step failed: no account was judged.',
    failureMessage: message,
  };
}

/** Nothing to judge, by the user's own choice (design: an excluded account's change event). */
export function skippedOutcome(reason: string): Outcome {
  return {
    result: 'skipped',
    ...nothingCounted(1),
    stepText: `Nothing was audited: ${reason}. The step did not fail.`,
  };
}

/** fail-on → passed, failed or incomplete, with the counts of findings and of people. */
export function decideOutcome(accounts: AccountResult[], failOn: FailOn): Outcome {
  const counts = NO_COUNTS();
  const perControl = new Map<ControlId, { failed: number; error: number }>();
  // FAILED below fail-on, by control: said beside a control the step line names, never hidden.
  const below = new Map<ControlId, number>();
  const unjudged = new Map<string, ControlId[]>();
  const blockingRoots: string[] = [];
  const blockingUsers = new Set<string>();
  let blockingConsoleUsers = 0;
  const people: PeopleCounts = { rootUsers: 0, iamUsers: 0, consoleUsers: 0 };
  let blocking = 0;
  let flagged = 0;
  for (const account of accounts) {
    const accountPeopleCounts = accountPeople(account);
    if (accountPeopleCounts.rootFailing.length > 0) people.rootUsers += 1;
    people.iamUsers += accountPeopleCounts.failingUsers.length;
    people.consoleUsers += accountPeopleCounts.consoleUsers;
    let rootBlocks = false;
    for (const finding of account.findings) {
      if (finding.status !== 'FAILED' && finding.status !== 'ERROR') continue;
      flagged += 1;
      if (finding.severity !== 'informational') counts[finding.severity] += 1;
      if (finding.status === 'ERROR') {
        const controls = unjudged.get(accountLabel(account)) ?? [];
        if (!controls.includes(finding.control)) controls.push(finding.control);
        unjudged.set(accountLabel(account), controls);
      }
      if (!isBlocking(finding, failOn)) {
        if (finding.status === 'FAILED' && !finding.exception)
          below.set(finding.control, (below.get(finding.control) ?? 0) + 1);
        continue;
      }
      blocking += 1;
      const entry = perControl.get(finding.control) ?? { failed: 0, error: 0 };
      if (finding.status === 'FAILED') {
        entry.failed += 1;
        if (finding.resourceType === 'AwsAccount') rootBlocks = true;
        else blockingUsers.add(finding.resource);
      } else entry.error += 1;
      perControl.set(finding.control, entry);
    }
    if (rootBlocks) blockingRoots.push(accountLabel(account));
    blockingConsoleUsers += accountPeopleCounts.failingUsers.filter(
      (user) => user.consolePassword === true && blockingUsers.has(user.arn),
    ).length;
  }
  const named = [...unjudged]
    .slice(0, NAMED_ACCOUNTS)
    .map(([account, controls]) => `${account} (${controls.join(', ')})`);
  if (unjudged.size > NAMED_ACCOUNTS) named.push(`${unjudged.size - NAMED_ACCOUNTS} more accounts`);
  const unjudgedText =
    unjudged.size > 0
      ? `Could not judge ${named.join(', ')}: see the ERROR findings for the call that failed and the fix.`
      : '';
  const accountCounts = countAccounts(accounts, failOn);

  if (blocking === 0) {
    let stepText: string;
    if (unjudged.size > 0) {
      stepText = `The step did not fail, because fail-on is none, but the result is incomplete. ${unjudgedText}`;
      return { result: 'incomplete', counts, people, accounts: accountCounts, stepText };
    }
    if (flagged === 0) stepText = `The step passed (fail-on: ${failOn}).`;
    else if (failOn === 'none')
      stepText =
        'The step passed because fail-on is none: findings are reported but never fail the step.';
    else
      stepText = `The step passed: no finding is at or above fail-on (${failOn}), and every control was judged; the failures below do not fail it.`;
    return { result: 'passed', counts, people, accounts: accountCounts, stepText };
  }

  const resources: string[] = [];
  if (blockingRoots.length > NAMED_ACCOUNTS)
    resources.push(`the root users of ${blockingRoots.length} accounts fail`);
  else for (const account of blockingRoots) resources.push(`the root user of ${account} fails`);
  if (blockingUsers.size > 0) {
    const n = blockingUsers.size;
    const console =
      blockingConsoleUsers > 0
        ? `, ${n === 1 ? 'it can' : `${blockingConsoleUsers} of them can`} sign in to the console`
        : '';
    resources.push(`${n} IAM user${n === 1 ? ' fails' : 's fail'}${console}`);
  }
  const byControl = [...perControl]
    .map(
      ([control, { failed, error }]) =>
        `${control}: ${[
          failed > 0 ? `${failed} failed` : '',
          error > 0 ? `not judged in ${error} account${error > 1 ? 's' : ''}` : '',
          below.get(control) ? `${below.get(control)} more failed below fail-on` : '',
        ]
          .filter(Boolean)
          .join(', ')}`,
    )
    .join('; ');
  // The same count as the accounts-failed output: audited accounts failing at or above fail-on.
  const failingAccounts =
    accountCounts.failed > 0
      ? `${accountCounts.failed} account${accountCounts.failed === 1 ? '' : 's'} ${accountCounts.failed === 1 ? 'fails' : 'fail'} at or above ${failOn}: `
      : '';
  const lead = resources.length > 0 ? `${failingAccounts}${resources.join('; ')} ` : '';
  const detail = `${lead}(${byControl}).${unjudgedText ? ` ${unjudgedText}` : ''}`;
  return {
    result: 'failed',
    counts,
    people,
    accounts: accountCounts,
    stepText: `The step failed (fail-on: ${failOn}): ${detail}`,
    failureMessage: `IAM MFA audit failed (fail-on: ${failOn}): ${detail}`,
  };
}

/**
 * Problems of the run itself (a missing shard, a report that is not one): the step fails whatever
 * fail-on says, because accounts they concern were never judged.
 */
export function withRunProblems(outcome: Outcome, problems: string[]): Outcome {
  if (problems.length === 0) return outcome;
  const text = problems.join(' ');
  return {
    ...outcome,
    result: 'failed',
    stepText: `The step failed: ${text}${outcome.failureMessage ? ` ${outcome.stepText}` : ''}`,
    failureMessage: `IAM MFA audit failed: ${text}${outcome.failureMessage ? ` ${outcome.failureMessage}` : ''}`,
  };
}
