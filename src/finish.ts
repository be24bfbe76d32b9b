import * as core from '@actions/core';
import type { Config } from './inputs/config.js';
import { runContext } from './inputs/context.js';
import type { Trigger } from './inputs/trigger.js';
import type { AccountResult } from './model.js';
import { decideOutcome, setupFailure, withRunProblems } from './outcome/outcome.js';
import type { RunRecord } from './report/run-record.js';
import { writeReports, type Written } from './report/writers.js';
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
  const { setupError, runProblems = [] } = judged;
  let { accounts } = judged;
  let changes: RunChanges | undefined;
  if (!setupError)
    ({ accounts, changes } = await applyRunChanges(accounts, config, deps.now(), log));
  const outcome = withRunProblems(
    setupError ? setupFailure(setupError) : decideOutcome(accounts, config.failOn),
    runProblems,
  );
  const record: RunRecord = {
    version: VERSION,
    now: deps.now(),
    context: runContext(deps.env),
    controls: judged.controls ?? config.controls,
    failOn: config.failOn,
    reportPath: config.reportPath,
    sarifPath: config.sarifPath,
    shard: config.shard,
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
  const written = await core.group('Reports', () => writeReports(record, redactor));
  logMemory('reports written', log.debug);
  if (config.trackingIssue && !setupError)
    await writeTrackingIssue(
      config.githubToken,
      {
        title: config.trackingIssue,
        failing: outcome.result !== 'passed',
        headline: redactor.redact(outcome.stepText),
        accounts,
        runUrl: record.context.run?.url,
        newKeys: newKeys(changes),
      },
      deps.env,
    );
  const failure = [outcome.failureMessage, changes?.baselineError, written.reportError]
    .filter(Boolean)
    .join(' ');
  if (failure) core.setFailed(redactor.redact(withPointer(failure, written)));
  else core.info(redactor.redact(outcome.stepText));
}

/** The step's failure message, pointing to the summary only where one was written. */
export function withPointer(failure: string, written: Written): string {
  return written.summaryWritten ? `${failure} Details are in the job summary.` : failure;
}
