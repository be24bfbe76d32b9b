import * as core from '@actions/core';
import type { RunLog } from './runtime/log.js';
import type { Config } from './inputs/config.js';
import { runInfo } from './inputs/context.js';
import type { AccountResult } from './model.js';
import { decideOutcome, setupFailure, withRunProblems } from './outcome/outcome.js';
import type { Redactor } from './runtime/redact.js';
import { writeReports, type Written } from './report/writers.js';
import type { RunDeps } from './runtime/run-deps.js';
import { applyRunChanges, newKeys, type RunChanges } from './scheduled/run-changes.js';
import { writeTrackingIssue } from './scheduled/tracking-writer.js';
import type { Trigger } from './inputs/trigger.js';

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
 * Exceptions and the baseline, the outcome, every report, the tracking issue, then the step's
 * result: the same for an audit and for a merge of shards.
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
  const written = await core.group('Reports', () =>
    writeReports(
      {
        ...config,
        controls: judged.controls ?? config.controls,
        rootCredentialsManagement: judged.rootCredentialsManagement,
        changes,
        trigger: judged.trigger,
        runNotes: runProblems,
        runErrors: runProblems,
      },
      accounts,
      outcome,
      setupError,
      redactor,
      deps,
    ),
  );
  logMemory('reports written');
  if (config.trackingIssue && !setupError)
    await writeTrackingIssue(
      config.githubToken,
      {
        title: config.trackingIssue,
        failing: outcome.result !== 'passed',
        headline: redactor.redact(outcome.stepText),
        accounts,
        runUrl: runInfo(deps.env)?.url,
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

/** Memory in the debug log, so a large account's cost can be seen where it arises. */
export function logMemory(phase: string): void {
  const { rss, heapUsed } = process.memoryUsage();
  const peak = process.resourceUsage().maxRSS / 1024;
  core.debug(
    `memory after ${phase}: rss ${Math.round(rss / 1048576)} MB (peak ${Math.round(peak)} MB), heap ${Math.round(heapUsed / 1048576)} MB`,
  );
}
