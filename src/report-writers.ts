import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import type { Config } from './config.js';
import { runInfo } from './context.js';
import type { RunDeps } from './main.js';
import type { AccountResult } from './model.js';
import { COUNTED_SEVERITIES, type Outcome } from './outcome.js';
import type { Redactor } from './redact.js';
import { buildAnnotations } from './report/annotations.js';
import { buildJsonReport } from './report/json.js';
import { buildSarif, workflowPathOf } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import { VERSION } from './version.js';

/** Writes every result; returns why the JSON report could not be written, if it could not. */
export async function writeReports(
  config: Config,
  accounts: AccountResult[],
  outcome: Outcome,
  setupError: string | undefined,
  redactor: Redactor,
  deps: RunDeps,
): Promise<string | undefined> {
  const report = buildJsonReport({
    version: VERSION,
    generatedAt: new Date(deps.now()).toISOString(),
    run: runInfo(deps.env),
    accounts,
    outcome,
    failOn: config.failOn,
    errors: setupError ? [setupError] : [],
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

  await writeSummary(
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
      }),
    ),
  );

  const stepWillFail = outcome.result === 'failed' || reportError !== undefined;
  for (const annotation of buildAnnotations(accounts, config.controls, stepWillFail)) {
    const properties = { title: redactor.redact(annotation.title) };
    const message = redactor.redact(annotation.message);
    if (annotation.level === 'error') core.error(message, properties);
    else core.warning(message, properties);
  }

  core.setOutput('result', reportError ? 'failed' : outcome.result);
  for (const severity of COUNTED_SEVERITIES) core.setOutput(severity, outcome.counts[severity]);
  core.setOutput('report-path', config.reportPath);
  core.setOutput('sarif-path', config.sarifPath ?? '');
  return reportError;
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
    await writeFile(file, redactor.redact(JSON.stringify(content, null, 2)) + '\n');
    core.info(`${what}: ${file}`);
    return undefined;
  } catch (error) {
    return `Could not write the ${what} to ${file} (${(error as Error).message}); set ${input} to a writable file.`;
  }
}

export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(markdown);
    return;
  }
  await core.summary.addRaw(markdown).write();
}
