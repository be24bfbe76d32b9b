import { shardName, type Shard } from '../inputs/shard.js';
import type { RunChanges } from '../scheduled/run-changes.js';
import { COUNTED_SEVERITIES, type Outcome } from './outcome.js';

/** The step's outputs (action.yml), by name: what workflows read after the step. */
export function stepOutputs(run: {
  outcome: Outcome;
  shard?: Shard;
  reportPath: string;
  sarifPath?: string;
  changes?: RunChanges;
}): Record<string, string | number> {
  const { outcome, changes } = run;
  return {
    result: outcome.result,
    ...Object.fromEntries(
      COUNTED_SEVERITIES.map((severity) => [severity, outcome.counts[severity]]),
    ),
    'accounts-audited': outcome.accounts.audited,
    'accounts-failed': outcome.accounts.failed,
    'accounts-not-judged': outcome.accounts.notJudged,
    'accounts-skipped': outcome.accounts.skipped,
    'artifact-name': shardName(run.shard),
    'report-path': run.reportPath,
    'sarif-path': run.sarifPath ?? '',
    excepted: changes?.excepted ?? 0,
    'new-findings': changes?.diff?.new.length ?? '',
    'fixed-findings': changes?.diff?.fixed.length ?? '',
  };
}
