import type { FailOn } from './config.js';
import { SEVERITY_RANK, type AccountResult, type ControlId, type Severity } from './model.js';

export type CountedSeverity = 'critical' | 'high' | 'medium' | 'low';
export const COUNTED_SEVERITIES: readonly CountedSeverity[] = ['critical', 'high', 'medium', 'low'];

export interface Outcome {
  result: 'passed' | 'failed';
  /** FAILED or ERROR findings by severity. */
  counts: Record<CountedSeverity, number>;
  /** Set when the step must fail: what failed, by control, and which accounts could not be judged. */
  failureMessage?: string;
}

/**
 * A FAILED finding fails the step at or above fail-on. An ERROR finding fails it at any severity
 * (unless fail-on is none): an account the action could not judge is never passed.
 */
export function isBlocking(
  finding: { status: string; severity: Severity },
  failOn: FailOn,
): boolean {
  if (failOn === 'none') return false;
  return finding.status === 'ERROR' || SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn];
}

/** No account could be read (credentials): nothing was judged, so the step fails whatever fail-on says. */
export function setupFailure(message: string): Outcome {
  return {
    result: 'failed',
    counts: { critical: 0, high: 0, medium: 0, low: 0 },
    failureMessage: message,
  };
}

/** fail-on → passed or failed, with the counts of FAILED and ERROR findings by severity. */
export function decideOutcome(accounts: AccountResult[], failOn: FailOn): Outcome {
  const counts: Record<CountedSeverity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  const perControl = new Map<ControlId, { failed: number; error: number }>();
  const unjudged = new Set<string>();
  let blocking = 0;
  for (const account of accounts) {
    for (const finding of account.findings) {
      if (finding.status !== 'FAILED' && finding.status !== 'ERROR') continue;
      if (finding.severity !== 'informational') counts[finding.severity] += 1;
      if (!isBlocking(finding, failOn)) continue;
      blocking += 1;
      const entry = perControl.get(finding.control) ?? { failed: 0, error: 0 };
      if (finding.status === 'FAILED') entry.failed += 1;
      else {
        entry.error += 1;
        unjudged.add(`${account.accountId} (${finding.control})`);
      }
      perControl.set(finding.control, entry);
    }
  }
  if (blocking === 0) return { result: 'passed', counts };
  const byControl = [...perControl]
    .map(([control, { failed, error }]) =>
      [
        failed > 0 ? `${control}: ${failed} failed` : '',
        error > 0 ? `${control}: could not be judged` : '',
      ]
        .filter(Boolean)
        .join(', '),
    )
    .join('; ');
  const unjudgedText =
    unjudged.size > 0
      ? ` Could not judge ${[...unjudged].join(', ')}: see the ERROR findings for the call that failed and the fix.`
      : '';
  return {
    result: 'failed',
    counts,
    failureMessage: `IAM MFA audit failed (fail-on: ${failOn}): ${blocking} finding(s) (${byControl}).${unjudgedText} Details are in the job summary.`,
  };
}
