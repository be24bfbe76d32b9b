import type { FailOn } from '../inputs/config.js';
import type { RunContext } from '../inputs/context.js';
import type { Shard, ShardSelection } from '../inputs/shard.js';
import type { Trigger } from '../inputs/trigger.js';
import type { AccountResult, ControlId } from '../model.js';
import type { Outcome } from '../outcome/outcome.js';
import type { RunChanges } from '../scheduled/run-changes.js';

/**
 * Everything the writers say about one run, built once where the run ends (finish, or invalid
 * inputs): the summary, the JSON report, SARIF, the annotations and the outputs all read it.
 */
export interface RunRecord {
  /** The action's version. */
  version: string;
  /** When the run ended: the report's generatedAt, and the clock the summary's ages use. */
  now: number;
  context: RunContext;
  controls: readonly ControlId[];
  failOn: FailOn;
  reportPath: string;
  /** Undefined: no SARIF file. */
  sarifPath?: string;
  /** The slice of the accounts this job audited (a matrix job). */
  shard?: Shard;
  /** The whole list the shard sliced, recorded for the merge. */
  shardSelection?: ShardSelection;
  /**
   * Where the run covered only part of the selection (a change event's account, a shard, a merge
   * with shards missing): which part, for the headline.
   */
  partOf?: string;
  /** Why nothing was audited by the user's own choice (result skipped). */
  skipped?: string;
  roleToAssume?: string;
  /** Centralized root access in the Organization; undefined where not known. */
  rootCredentialsManagement?: boolean;
  /** The change event that triggered this run. */
  trigger?: Trigger;
  /** Exceptions applied and the baseline diff, where the run has them. */
  changes?: RunChanges;
  accounts: AccountResult[];
  outcome: Outcome;
  /** Set when no account could be read at all (credentials, inputs). */
  setupError?: string;
  /** Why nothing was judged, for the headline ("the inputs are invalid"). */
  setupTitle?: string;
  /** Facts about the run the summary states first (a missing shard, a report path that fell back). */
  runNotes: string[];
  /** Problems of the run itself (a missing shard): the JSON report's errors, beside any setup error. */
  runErrors: string[];
}
