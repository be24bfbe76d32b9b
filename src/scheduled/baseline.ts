// The `baseline-report` input: an earlier run's JSON report, and what changed since.
import type { AccountResult, ControlId, Finding, Status } from '../model.js';
import { readJsonReport, ReportReadError, type ReportDocument } from '../report/json-reader.js';

/** One finding of a baseline report, as much of it as the diff needs. */
export interface BaselineFinding {
  control: string;
  accountId: string;
  resource: string;
  status: Status;
  firstSeen?: string;
}

export interface Baseline {
  generatedAt: string;
  findings: BaselineFinding[];
}

/** Which finding an entry is about: the baseline's key. */
export interface FindingKey {
  control: ControlId | string;
  accountId: string;
  resource: string;
}

/** FAILED or ERROR now, and not in the baseline, or PASSED or NOT_APPLICABLE there. */
export interface NewFinding extends FindingKey {
  was: 'PASSED' | 'NOT_APPLICABLE' | 'absent';
  now: 'FAILED' | 'ERROR';
}

/** FAILED in the baseline and judged now: it passes, does not apply, or is gone (the user deleted). */
export interface FixedFinding extends FindingKey {
  was: 'FAILED';
  now: 'PASSED' | 'NOT_APPLICABLE' | 'gone';
}

/** FAILED in the baseline, and not judged now: neither fixed nor failing. */
export interface UnknownNowFinding extends FindingKey {
  was: 'FAILED';
  now: 'unknown';
  /** Why it could not be compared: the account or the control was not judged, or not run. */
  why: string;
}

export interface BaselineDiff {
  baselineGeneratedAt: string;
  new: NewFinding[];
  fixed: FixedFinding[];
  unknownNow: UnknownNowFinding[];
}

const STATUSES = ['PASSED', 'FAILED', 'NOT_APPLICABLE', 'ERROR'];

/** A report's text → its findings, or why it is not this tool's report. */
export function readBaseline(text: string, file: string): Baseline {
  const notOurs = (why: string) =>
    new Error(`baseline-report ${file} is not a JSON report of iam-mfa-audit: ${why}.`);
  let report: ReportDocument;
  try {
    report = readJsonReport(text);
  } catch (error) {
    throw error instanceof ReportReadError ? notOurs(error.message) : error;
  }
  // Every version lists accounts[]; 2 added each account's status (a skipped one has no findings).
  const accounts = report.accounts;
  const findings: BaselineFinding[] = [];
  for (const account of accounts as Array<Record<string, unknown>>) {
    if (!Array.isArray(account?.findings)) continue;
    for (const finding of account.findings as Array<Record<string, unknown>>) {
      if (
        typeof finding?.control !== 'string' ||
        typeof finding.resource !== 'string' ||
        !STATUSES.includes(finding.status as string)
      )
        throw notOurs('a finding lacks control, resource or status');
      findings.push({
        control: finding.control,
        accountId: String(account.accountId ?? ''),
        resource: finding.resource,
        status: finding.status as Status,
        ...(typeof finding.firstSeen === 'string' ? { firstSeen: finding.firstSeen } : {}),
      });
    }
  }
  return {
    generatedAt: typeof report.generatedAt === 'string' ? report.generatedAt : '',
    findings,
  };
}

const key = (control: string, accountId: string, resource: string) =>
  `${control}\n${accountId}\n${resource}`;
const flagged = (status: Status) => status === 'FAILED' || status === 'ERROR';

/**
 * What changed since the baseline, and each FAILED or ERROR finding with its `firstSeen`: the
 * baseline's where it was flagged there too, else this run's time. A baseline failure this run
 * could not judge (its account not entered or skipped, its control ERROR or not selected) is
 * unknown now, never fixed. Accounts this run did not cover (another shard's) are not compared. Pure.
 */
export function diffBaseline(
  accounts: AccountResult[],
  baseline: Baseline | undefined,
  now: string,
  controls: readonly string[],
): { accounts: AccountResult[]; diff?: BaselineDiff } {
  if (!baseline) return { accounts: accounts.map((account) => withFirstSeen(account, now)) };
  const before = new Map<string, BaselineFinding>();
  for (const finding of baseline.findings)
    before.set(key(finding.control, finding.accountId, finding.resource), finding);
  const seenNow = new Set<string>();
  const added: NewFinding[] = [];
  const fixed: FixedFinding[] = [];
  const unknownNow: UnknownNowFinding[] = [];
  const diffed = accounts.map((account) => {
    let changed = false;
    const findings = account.findings.map((finding) => {
      const k = key(finding.control, account.accountId, finding.resource);
      seenNow.add(k);
      const earlier = before.get(k);
      const where = {
        control: finding.control,
        accountId: account.accountId,
        resource: finding.resource,
      };
      if (finding.status === 'PASSED' || finding.status === 'NOT_APPLICABLE') {
        if (earlier?.status === 'FAILED')
          fixed.push({ ...where, was: 'FAILED', now: finding.status });
        return finding;
      }
      const carried =
        earlier && flagged(earlier.status)
          ? (earlier.firstSeen ?? baseline.generatedAt)
          : undefined;
      if (!carried)
        added.push({
          ...where,
          was:
            earlier?.status === 'PASSED' || earlier?.status === 'NOT_APPLICABLE'
              ? earlier.status
              : 'absent',
          now: finding.status,
        });
      // A merge keeps the firstSeen each shard carried from its own baseline.
      const firstSeen = carried || finding.firstSeen || now;
      if (finding.firstSeen === firstSeen) return finding;
      changed = true;
      return { ...finding, firstSeen };
    });
    return changed ? { ...account, findings } : account;
  });
  const byAccount = new Map(accounts.map((account) => [account.accountId, account]));
  const unjudgedControls = new Map<string, Set<string>>();
  for (const account of accounts)
    unjudgedControls.set(
      account.accountId,
      new Set(account.findings.filter((f) => f.status === 'ERROR').map((f) => f.control)),
    );
  for (const [k, finding] of before) {
    if (finding.status !== 'FAILED' || seenNow.has(k)) continue;
    const account = byAccount.get(finding.accountId);
    if (!account) continue;
    const where = {
      control: finding.control,
      accountId: finding.accountId,
      resource: finding.resource,
    };
    const why =
      account.status === 'skipped'
        ? `account skipped now (${account.skippedReason ?? 'left out'})`
        : account.status === 'not-judged'
          ? 'account not judged now: it could not be entered'
          : !controls.includes(finding.control)
            ? `${finding.control} was not selected in this run`
            : unjudgedControls.get(finding.accountId)?.has(finding.control)
              ? `${finding.control} could not be judged in the account now (ERROR)`
              : undefined;
    if (why) unknownNow.push({ ...where, was: 'FAILED', now: 'unknown', why });
    else fixed.push({ ...where, was: 'FAILED', now: 'gone' });
  }
  return {
    accounts: diffed,
    diff: { baselineGeneratedAt: baseline.generatedAt, new: added, fixed, unknownNow },
  };
}

/**
 * Without a baseline nothing is new or fixed: each FAILED or ERROR finding only keeps the
 * `firstSeen` a shard carried, or gets this run's time. No key per finding (a merge has 400,000).
 */
function withFirstSeen(account: AccountResult, now: string): AccountResult {
  let findings: Finding[] | undefined;
  account.findings.forEach((finding, i) => {
    if (!flagged(finding.status) || finding.firstSeen) return;
    findings ??= [...account.findings];
    findings[i] = { ...finding, firstSeen: now };
  });
  return findings ? { ...account, findings } : account;
}
