import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import type { Config } from '../inputs/config.js';
import { runInfo } from '../inputs/context.js';
import type { RunDeps } from '../runtime/run-deps.js';
import type { AccountResult } from '../model.js';
import { COUNTED_SEVERITIES, type Outcome } from '../outcome/outcome.js';
import type { Redactor } from '../runtime/redact.js';
import { buildAnnotations } from './annotations.js';
import { buildJsonReport } from './json.js';
import { jsonChunks } from './json-chunks.js';
import { buildSarif, workflowPathOf } from './sarif.js';
import { renderSummary } from './summary.js';
import { triggerAnnotations } from './trigger-summary.js';
import type { Trigger } from '../inputs/trigger.js';
import { VERSION } from '../runtime/version.js';
import { shardName } from '../inputs/shard.js';
import type { RunChanges } from '../scheduled/run-changes.js';

/** The settings the writers need; with invalid inputs, what could be made of them. */
export type ReportSettings = Pick<
  Config,
  'controls' | 'failOn' | 'reportPath' | 'sarifPath' | 'roleToAssume' | 'shard'
> & {
  /** Facts about the run the summary states first (a report path that fell back to the default). */
  runNotes?: string[];
  /** Why nothing was judged, where nothing was ("the inputs are invalid"). */
  setupTitle?: string;
  /** Centralized root access in the Organization; undefined where not known. */
  rootCredentialsManagement?: boolean;
  /** Problems of the run itself (a missing shard): the JSON report's errors, beside any setup error. */
  runErrors?: string[];
  /** Exceptions applied and the baseline diff (run-changes.ts). */
  changes?: RunChanges;
  /** The change event that triggered this run. */
  trigger?: Trigger;
};

/** What was written: why a report file could not be, and whether the job summary was. */
export interface Written {
  reportError?: string;
  summaryWritten: boolean;
}

/** Writes every result; returns why a report file could not be written, if it could not. */
export async function writeReports(
  config: ReportSettings,
  accounts: AccountResult[],
  outcome: Outcome,
  setupError: string | undefined,
  redactor: Redactor,
  deps: RunDeps,
): Promise<Written> {
  const run = runInfo(deps.env);
  const report = buildJsonReport({
    version: VERSION,
    generatedAt: new Date(deps.now()).toISOString(),
    run,
    accounts,
    outcome,
    failOn: config.failOn,
    errors: [...(setupError ? [setupError] : []), ...(config.runErrors ?? [])],
    shard: config.shard,
    rootCredentialsManagement: config.rootCredentialsManagement,
    controls: config.controls,
    changes: config.changes,
    trigger: config.trigger,
  });
  let reportError = await writeJsonFile(
    config.reportPath,
    report,
    'JSON report',
    'report-path',
    redactor,
  );
  if (config.sarifPath) {
    const sarif = buildSarif({
      accounts,
      controls: config.controls,
      version: VERSION,
      workflowPath: workflowPathOf(deps.env.GITHUB_WORKFLOW_REF),
      informationUri: deps.env.GITHUB_ACTION_REPOSITORY
        ? `${deps.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${deps.env.GITHUB_ACTION_REPOSITORY}`
        : undefined,
    });
    const sarifError = await writeJsonFile(
      config.sarifPath,
      sarif,
      'SARIF file',
      'sarif-path',
      redactor,
    );
    reportError = [reportError, sarifError].filter(Boolean).join(' ') || undefined;
  }

  const summaryWritten = await writeSummary(
    redactor.redact(
      renderSummary({
        accounts,
        controls: config.controls,
        outcome,
        failOn: config.failOn,
        roleToAssume: config.roleToAssume,
        reportPath: config.reportPath,
        version: VERSION,
        now: deps.now(),
        setupError,
        runNotes: config.runNotes,
        setupTitle: config.setupTitle,
        runUrl: run?.url,
        rootCredentialsManagement: config.rootCredentialsManagement,
        changes: config.changes,
        eventName: deps.env.GITHUB_EVENT_NAME,
        trigger: config.trigger,
      }),
    ),
  );

  const stepWillFail = outcome.result === 'failed' || reportError !== undefined;
  for (const annotation of buildAnnotations(
    accounts,
    config.controls,
    stepWillFail,
    triggerAnnotations(config.trigger),
  )) {
    const properties = { title: redactor.redact(annotation.title) };
    const message = redactor.redact(annotation.message);
    if (annotation.level === 'error') core.error(message, properties);
    else core.warning(message, properties);
  }

  core.setOutput('result', reportError ? 'failed' : outcome.result);
  for (const severity of COUNTED_SEVERITIES) core.setOutput(severity, outcome.counts[severity]);
  core.setOutput('accounts-audited', outcome.accounts.audited);
  core.setOutput('accounts-failed', outcome.accounts.failed);
  core.setOutput('accounts-not-judged', outcome.accounts.notJudged);
  core.setOutput('accounts-skipped', outcome.accounts.skipped);
  core.setOutput('artifact-name', shardName(config.shard));
  core.setOutput('report-path', config.reportPath);
  core.setOutput('sarif-path', config.sarifPath ?? '');
  core.setOutput('excepted', config.changes?.excepted ?? 0);
  core.setOutput('new-findings', config.changes?.diff?.new.length ?? '');
  core.setOutput('fixed-findings', config.changes?.diff?.fixed.length ?? '');
  return { reportError, summaryWritten };
}

/** Writes one JSON file; returns why it could not, naming the input that sets its path. */
async function writeJsonFile(
  file: string,
  content: object,
  what: string,
  input: string,
  redactor: Redactor,
): Promise<string | undefined> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const handle = await open(file, 'w');
    try {
      // Piece by piece: a secret lies inside one JSON value, so each piece is redacted whole.
      // The next piece is made while the last is written; one write at a time keeps their order.
      let writing: Promise<unknown> = Promise.resolve();
      for (const chunk of jsonChunks(content)) {
        const text = redactor.redact(chunk);
        await writing;
        writing = handle.write(text);
      }
      await writing;
      await handle.write('\n');
    } finally {
      await handle.close();
    }
    core.info(`${what}: ${file}`);
    return undefined;
  } catch (error) {
    return `Could not write the ${what} to ${file} (${(error as Error).message}); set ${input} to a writable file.`;
  }
}

/**
 * The job summary, where the runner offers one. Without it (a self-hosted runner that lacks it, a
 * local run) the step warns and goes on: every other report is still written. Returns whether it was.
 */
export async function writeSummary(markdown: string): Promise<boolean> {
  try {
    await core.summary.addRaw(markdown).write();
    return true;
  } catch (error) {
    core.summary.emptyBuffer();
    core.warning(
      `No job summary written: ${(error as Error).message} The JSON report, the annotations and the outputs still are; the summary follows in the log.`,
    );
    core.startGroup('Job summary');
    core.info(markdown);
    core.endGroup();
    return false;
  }
}
