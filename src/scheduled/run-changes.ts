// Between the audit and the reports: exceptions applied, and the diff with the baseline report.
import { readFile } from 'node:fs/promises';
import { diffBaseline, readBaseline, type BaselineDiff } from './baseline.js';
import { utcDay, type ExceptionEntry } from '../inputs/exceptions.js';
import { applyExceptions, describeException } from './exceptions.js';
import type { AccountResult } from '../model.js';
import type { RunLog } from '../runtime/log.js';

export interface RunChanges {
  /** FAILED findings accepted by an exception. */
  excepted: number;
  expired: ExceptionEntry[];
  unused: ExceptionEntry[];
  diff?: BaselineDiff;
  /** The baseline file is not this tool's report: the step fails, naming the file. */
  baselineError?: string;
}

/** Applies the exceptions, then compares with the baseline (the file read here, at the edge). */
export async function applyRunChanges(
  audited: AccountResult[],
  settings: {
    exceptions: ExceptionEntry[];
    baselineReport?: string;
    /** The controls this run judged: a baseline failure of another control is not compared. */
    controls: readonly string[];
  },
  now: number,
  log: RunLog,
): Promise<{ accounts: AccountResult[]; changes: RunChanges }> {
  const applied = applyExceptions(audited, settings.exceptions, utcDay(now));
  for (const entry of applied.expired)
    log.warning(
      `The exception for ${describeException(entry)} expired on ${entry.expires}; it no longer applies. Renew it with a new date, or fix the finding.`,
    );
  for (const entry of applied.unused)
    log.warning(
      `The exception for ${describeException(entry)} matched no FAILED finding (unused); remove it, or check its resource and account.`,
    );
  const changes: RunChanges = {
    excepted: applied.excepted,
    expired: applied.expired,
    unused: applied.unused,
  };
  let baseline;
  if (settings.baselineReport) {
    const text = await readFile(settings.baselineReport, 'utf8').catch((error: unknown) => {
      log.warning(
        `baseline-report ${settings.baselineReport} could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); this run has no baseline, so nothing is called new or fixed.`,
      );
      return undefined;
    });
    if (text !== undefined) {
      try {
        baseline = readBaseline(text, settings.baselineReport);
      } catch (error) {
        changes.baselineError = (error as Error).message;
      }
    }
  }
  const diffed = diffBaseline(
    applied.accounts,
    baseline,
    new Date(now).toISOString(),
    settings.controls,
  );
  if (diffed.diff) changes.diff = diffed.diff;
  return { accounts: diffed.accounts, changes };
}

/** Keys (control, account, resource) of the new findings, as the tracking issue marks them. */
export function newKeys(changes: RunChanges | undefined): Set<string> | undefined {
  if (!changes?.diff) return undefined;
  return new Set(changes.diff.new.map((f) => `${f.control}\n${f.accountId}\n${f.resource}`));
}
