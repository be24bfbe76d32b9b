import * as core from '@actions/core';
import type { Config } from './inputs/config.js';
import { runContext } from './inputs/context.js';
import type { ShardSelection } from './inputs/shard.js';
import type { Trigger } from './inputs/trigger.js';
import type { AccountResult } from './model.js';
import { decideOutcome, setupFailure, skippedOutcome, withRunProblems } from './outcome/outcome.js';
import type { RunRecord } from './report/run-record.js';
import { MIN_WRITE_MS, writeReports, type Written } from './report/writers.js';
import type { Deadline } from './runtime/deadline.js';
import type { RunLog } from './runtime/log.js';
import { logMemory } from './runtime/memory.js';
import type { Redactor } from './runtime/redact.js';
import type { RunDeps } from './runtime/run-deps.js';
import { VERSION } from './runtime/version.js';
import { applyRunChanges, newKeys, type RunChanges } from './scheduled/run-changes.js';
import { writeTrackingIssue } from './scheduled/tracking-writer.js';

/** What the audit, or the merge of shards, leaves for the reports. */
export interface Judged {
  accounts: AccountResult[];
  setupError?: string;
  rootCredentialsManagement?: boolean;
  trigger?: Trigger;
  /** Problems of the run itself (a missing shard): the step fails whatever fail-on says. */
  runProblems?: string[];
  /** The controls the accounts were judged on, where not the input's (a merge). */
  controls?: Config['controls'];
  /** The run covered part of the selection (a change event's account, a shard, shards missing). */
  partOf?: string;
  /** Nothing was audited by the user's choice: a change event's account is in exclude-accounts. */
  skipped?: string;
  /** The whole list a shard sliced. */
  shardSelection?: ShardSelection;
  /** The run's deadline: the reports may take what is left of it (at least MIN_WRITE_MS). */
  deadline?: Deadline;
}

/**
 * What every mode shares at the end: exceptions and the baseline → the outcome → the run's record →
 * every report and output → the tracking issue → the step's result (setFailed last).
 */
export async function finish(
  config: Config,
  judged: Judged,
  redactor: Redactor,
  deps: RunDeps,
  log: RunLog,
): Promise<void> {
  const { setupError, skipped } = judged;
  const controls = judged.controls ?? config.controls;
  const runProblems = [...(judged.runProblems ?? [])];
  let { accounts } = judged;
  let changes: RunChanges | undefined;
  if (!setupError) {
    ({ accounts, changes } = await applyRunChanges(
      accounts,
      { ...config, controls },
      deps.now(),
      log,
    ));
    if (changes.baselineError) runProblems.push(changes.baselineError);
    const judgedAny = accounts.some((account) => account.status !== 'skipped');
    // A shard's slice may be empty; a run that says why it judged nothing needs no second reason.
    if (!skipped && !config.shard && !judgedAny && runProblems.length === 0)
      runProblems.push(
        `no account was judged: ${accounts.length === 0 ? 'the selection is empty' : `every selected account was skipped (${accounts.length})`}. Check the accounts and exclude-accounts inputs.`,
      );
  }
  const outcome = withRunProblems(
    setupError
      ? setupFailure(setupError)
      : skipped
        ? skippedOutcome(skipped)
        : decideOutcome(accounts, config.failOn),
    runProblems,
  );
  const record: RunRecord = {
    version: VERSION,
    now: deps.now(),
    context: runContext(deps.env),
    controls,
    failOn: config.failOn,
    reportPath: config.reportPath,
    sarifPath: config.sarifPath,
    shard: config.shard,
    shardSelection: judged.shardSelection,
    partOf: judged.partOf,
    skipped,
    roleToAssume: config.roleToAssume,
    rootCredentialsManagement: judged.rootCredentialsManagement,
    trigger: judged.trigger,
    changes,
    accounts,
    outcome,
    setupError,
    runNotes: runProblems,
    runErrors: runProblems,
  };
  const writeMs = Math.max(judged.deadline?.remainingMs() ?? 0, MIN_WRITE_MS);
  const written = await core.group('Reports', () => writeReports(record, redactor, writeMs));
  logMemory('reports written', log.debug);
  const told = written.outcome;
  if (config.trackingIssue && !setupError && !skipped)
    await writeTrackingIssue(
      config.githubToken,
      {
        title: config.trackingIssue,
        failing: told.result !== 'passed',
        // Only a run that judged the whole selection may close or rewrite its issue.
        partOf: judged.partOf ?? (runProblems.length > 0 ? 'this run did not finish' : undefined),
        headline: redactor.redact(told.stepText),
        accounts,
        runUrl: record.context.run?.url,
        newKeys: newKeys(changes),
      },
      deps.env,
    );
  if (told.failureMessage)
    core.setFailed(redactor.redact(withPointer(told.failureMessage, written)));
  else if (told.result === 'skipped')
    core.notice(redactor.redact(told.stepText), { title: 'Change event skipped' });
  else core.info(redactor.redact(told.stepText));
}

/** The step's failure message, pointing to the summary only where one was written. */
export function withPointer(failure: string, written: Written): string {
  return written.summaryWritten ? `${failure} Details are in the job summary.` : failure;
}
