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

export interface ChangedFinding {
  control: ControlId | string;
  accountId: string;
  resource: string;
  status: Status;
}

export interface FixedFinding extends ChangedFinding {
  /** passed: PASSED now; gone: no finding now (the user was deleted, or the control not run). */
  how: 'passed' | 'gone' | 'not-applicable';
}

export interface BaselineDiff {
  baselineGeneratedAt: string;
  /** FAILED or ERROR now, and not FAILED or ERROR in the baseline. */
  new: ChangedFinding[];
  /** FAILED in the baseline, and PASSED, NOT_APPLICABLE or gone now. */
  fixed: FixedFinding[];
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
 * baseline's where it was flagged there too, else this run's time. Pure.
 */
export function diffBaseline(
  accounts: AccountResult[],
  baseline: Baseline | undefined,
  now: string,
): { accounts: AccountResult[]; diff?: BaselineDiff } {
  if (!baseline) return { accounts: accounts.map((account) => withFirstSeen(account, now)) };
  const before = new Map<string, BaselineFinding>();
  for (const finding of baseline.findings)
    before.set(key(finding.control, finding.accountId, finding.resource), finding);
  const seenNow = new Set<string>();
  const added: ChangedFinding[] = [];
  const fixed: FixedFinding[] = [];
  const diffed = accounts.map((account) => {
    let changed = false;
    const findings = account.findings.map((finding) => {
      const k = key(finding.control, account.accountId, finding.resource);
      seenNow.add(k);
      const earlier = before.get(k);
      const change = {
        control: finding.control,
        accountId: account.accountId,
        resource: finding.resource,
        status: finding.status,
      };
      if (!flagged(finding.status)) {
        if (earlier?.status === 'FAILED')
          fixed.push({ ...change, how: finding.status === 'PASSED' ? 'passed' : 'not-applicable' });
        return finding;
      }
      const carried =
        earlier && flagged(earlier.status)
          ? (earlier.firstSeen ?? baseline.generatedAt)
          : undefined;
      if (!carried) added.push(change);
      // A merge keeps the firstSeen each shard carried from its own baseline.
      const firstSeen = carried || finding.firstSeen || now;
      if (finding.firstSeen === firstSeen) return finding;
      changed = true;
      return { ...finding, firstSeen };
    });
    return changed ? { ...account, findings } : account;
  });
  // Gone: the baseline's account is in this run (a finding of it was seen), but the finding is not.
  const accountsNow = new Set(
    accounts.filter((a) => a.status !== 'skipped').map((a) => a.accountId),
  );
  for (const [k, finding] of before) {
    if (finding.status !== 'FAILED' || seenNow.has(k) || !accountsNow.has(finding.accountId))
      continue;
    fixed.push({ ...finding, how: 'gone' });
  }
  return {
    accounts: diffed,
    diff: { baselineGeneratedAt: baseline.generatedAt, new: added, fixed },
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
