import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { withRunProblems, type Outcome } from '../outcome/outcome.js';
import { stepOutputs } from '../outcome/outputs.js';
import { Deadline } from '../runtime/deadline.js';
import type { Redactor } from '../runtime/redact.js';
import { buildAnnotations } from './annotations.js';
import { buildJsonReport } from './json.js';
import { jsonChunks } from './json-chunks.js';
import type { RunRecord } from './run-record.js';
import { buildSarif } from './sarif.js';
import { renderSummary } from './summary.js';
import { triggerAnnotations } from './trigger-summary.js';

/** What was written: why a report file could not be, whether the job summary was, and the outcome as told. */
export interface Written {
  reportError?: string;
  summaryWritten: boolean;
  /** The run's outcome with any report file that could not be written: what every channel tells. */
  outcome: Outcome;
}

/** The least time the reports get, even where the audit used all of timeout-seconds. */
export const MIN_WRITE_MS = 15_000;

/**
 * Writes every result of the run, each write bounded by `writeMs` (a path that never answers, such
 * as one under /proc, fails naming the path). A report file that cannot be written fails the step,
 * and the summary, the annotations and the outputs say so as the exit code does.
 */
export async function writeReports(
  record: RunRecord,
  redactor: Redactor,
  writeMs = MIN_WRITE_MS,
): Promise<Written> {
  const { accounts, controls, context } = record;
  // Each write has its own bound: one path that hangs does not take the others' time.
  const deadline = (): Deadline =>
    new Deadline(
      writeMs / 1000,
      Date.now,
      `the reports' time ran out (${Math.round(writeMs / 1000)} s)`,
    );
  const fileErrors: string[] = [];
  // Why the run did not finish, where it did not: the JSON report's errors and SARIF's notifications.
  const problems = [...(record.setupError ? [record.setupError] : []), ...record.runErrors];
  const jsonError = await writeJsonFile(
    record.reportPath,
    buildJsonReport({
      ...record,
      generatedAt: new Date(record.now).toISOString(),
      run: context.run,
      errors: problems,
    }),
    'JSON report',
    'report-path',
    redactor,
    deadline(),
  );
  if (jsonError) fileErrors.push(jsonError);
  if (record.sarifPath) {
    const sarif = buildSarif({
      accounts,
      controls,
      version: record.version,
      workflowPath: context.workflowPath,
      informationUri: context.actionUrl,
      problems,
    });
    const sarifError = await writeJsonFile(
      record.sarifPath,
      sarif,
      'SARIF file',
      'sarif-path',
      redactor,
      deadline(),
    );
    if (sarifError) fileErrors.push(sarifError);
  }
  const outcome = withRunProblems(record.outcome, fileErrors);
  const told: RunRecord = {
    ...record,
    outcome,
    runNotes: [...record.runNotes, ...fileErrors],
    runErrors: [...record.runErrors, ...fileErrors],
  };

  const summaryWritten = await writeSummary(
    redactor.redact(
      renderSummary({ ...told, runUrl: context.run?.url, eventName: context.eventName }),
    ),
    deadline(),
  );

  for (const annotation of buildAnnotations(
    accounts,
    controls,
    outcome.result === 'failed',
    triggerAnnotations(record.trigger),
  )) {
    const properties = { title: redactor.redact(annotation.title) };
    const message = redactor.redact(annotation.message);
    if (annotation.level === 'error') core.error(message, properties);
    else core.warning(message, properties);
  }

  for (const [name, value] of Object.entries(stepOutputs(told))) core.setOutput(name, value);
  return {
    reportError: fileErrors.length > 0 ? fileErrors.join(' ') : undefined,
    summaryWritten,
    outcome,
  };
}

/** Writes one JSON file; returns why it could not, naming the input that sets its path. */
async function writeJsonFile(
  file: string,
  content: object,
  what: string,
  input: string,
  redactor: Redactor,
  deadline: Deadline,
): Promise<string | undefined> {
  try {
    await deadline.race(writeJson(file, content, redactor), `writing ${file}`);
    core.info(`${what}: ${file}`);
    return undefined;
  } catch (error) {
    return `Could not write the ${what} to ${file} (${(error as Error).message}); set ${input} to a writable file.`;
  }
}

async function writeJson(file: string, content: object, redactor: Redactor): Promise<void> {
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
}

/**
 * The job summary, where the runner offers one. Without it (a self-hosted runner that lacks it, a
 * local run) the step warns and goes on: every other report is still written. Returns whether it was.
 */
export async function writeSummary(markdown: string, deadline: Deadline): Promise<boolean> {
  try {
    await deadline.race(
      core.summary.addRaw(markdown).write(),
      `writing the job summary (${process.env.GITHUB_STEP_SUMMARY ?? 'GITHUB_STEP_SUMMARY'})`,
    );
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
