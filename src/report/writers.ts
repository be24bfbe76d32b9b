import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { stepOutputs } from '../outcome/outputs.js';
import type { Redactor } from '../runtime/redact.js';
import { buildAnnotations } from './annotations.js';
import { buildJsonReport } from './json.js';
import { jsonChunks } from './json-chunks.js';
import type { RunRecord } from './run-record.js';
import { buildSarif } from './sarif.js';
import { renderSummary } from './summary.js';
import { triggerAnnotations } from './trigger-summary.js';

/** What was written: why a report file could not be, and whether the job summary was. */
export interface Written {
  reportError?: string;
  summaryWritten: boolean;
}

/** Writes every result of the run; returns why a report file could not be written, if it could not. */
export async function writeReports(record: RunRecord, redactor: Redactor): Promise<Written> {
  const { accounts, controls, context, outcome } = record;
  let reportError = await writeJsonFile(
    record.reportPath,
    buildJsonReport({
      ...record,
      generatedAt: new Date(record.now).toISOString(),
      run: context.run,
      errors: [...(record.setupError ? [record.setupError] : []), ...record.runErrors],
    }),
    'JSON report',
    'report-path',
    redactor,
  );
  if (record.sarifPath) {
    const sarif = buildSarif({
      accounts,
      controls,
      version: record.version,
      workflowPath: context.workflowPath,
      informationUri: context.actionUrl,
    });
    const sarifError = await writeJsonFile(
      record.sarifPath,
      sarif,
      'SARIF file',
      'sarif-path',
      redactor,
    );
    reportError = [reportError, sarifError].filter(Boolean).join(' ') || undefined;
  }

  const summaryWritten = await writeSummary(
    redactor.redact(
      renderSummary({ ...record, runUrl: context.run?.url, eventName: context.eventName }),
    ),
  );

  const stepWillFail = outcome.result === 'failed' || reportError !== undefined;
  for (const annotation of buildAnnotations(
    accounts,
    controls,
    stepWillFail,
    triggerAnnotations(record.trigger),
  )) {
    const properties = { title: redactor.redact(annotation.title) };
    const message = redactor.redact(annotation.message);
    if (annotation.level === 'error') core.error(message, properties);
    else core.warning(message, properties);
  }

  for (const [name, value] of Object.entries(stepOutputs(record, reportError !== undefined)))
    core.setOutput(name, value);
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
