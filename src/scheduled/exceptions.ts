// Exceptions applied to the findings (spec "Exceptions"); the entries come from inputs/exceptions.ts.
import type { AccountResult, Finding } from '../model.js';
import type { ExceptionEntry } from '../inputs/exceptions.js';

export interface ExceptionOutcome {
  accounts: AccountResult[];
  /** FAILED findings that carry an exception. */
  excepted: number;
  expired: ExceptionEntry[];
  unused: ExceptionEntry[];
}

/**
 * Marks the FAILED findings an exception accepts (never ERROR ones); expired exceptions apply to
 * nothing. Pure: returns new accounts, leaves the input as it was.
 */
export function applyExceptions(
  accounts: AccountResult[],
  exceptions: ExceptionEntry[],
  today: string,
): ExceptionOutcome {
  const expired = exceptions.filter((entry) => entry.expires < today);
  const live = exceptions.filter((entry) => entry.expires >= today);
  const used = new Set<ExceptionEntry>();
  let excepted = 0;
  // What is accepted is what this run's input says: an exception a shard stamped is decided anew.
  const result = accounts.map((account) => {
    let changed = false;
    const findings = account.findings.map((finding) => {
      const entry =
        finding.status === 'FAILED' && live.length > 0
          ? live.find((candidate) => matches(candidate, finding, account.accountId))
          : undefined;
      if (!entry) {
        if (!finding.exception) return finding;
        changed = true;
        const decidedAnew = { ...finding };
        delete decidedAnew.exception;
        return decidedAnew;
      }
      used.add(entry);
      excepted += 1;
      changed = true;
      return { ...finding, exception: { reason: entry.reason, expires: entry.expires } };
    });
    return changed ? { ...account, findings } : account;
  });
  return {
    accounts: result,
    excepted,
    expired,
    unused: live.filter((entry) => !used.has(entry)),
  };
}

function matches(entry: ExceptionEntry, finding: Finding, accountId: string): boolean {
  if (!entry.controls.includes(finding.control)) return false;
  if (entry.account && entry.account !== accountId) return false;
  if (entry.resource === finding.resource) return true;
  if (finding.resourceType === 'AwsAccount') return entry.resource === 'root';
  return finding.resource.slice(finding.resource.lastIndexOf('/') + 1) === entry.resource;
}

/** How people name an exception in a warning: its resource, controls and account. */
export function describeException(entry: ExceptionEntry): string {
  return `${entry.resource} (${entry.controls.join(', ')}${entry.account ? `, account ${entry.account}` : ''})`;
}
