import * as core from '@actions/core';
import { withPointer } from '../finish.js';
import { FAIL_ON_LEVELS, outputPaths, type FailOn, type RawInputs } from '../inputs/config.js';
import { runContext } from '../inputs/context.js';
import { TriggerError } from '../inputs/trigger.js';
import { setupFailure } from '../outcome/outcome.js';
import { writeReports } from '../report/writers.js';
import type { ConfigurationError } from '../runtime/errors.js';
import { Redactor } from '../runtime/redact.js';
import type { RunDeps } from '../runtime/run-deps.js';
import { VERSION } from '../runtime/version.js';

/**
 * Invalid inputs: no AWS call, but every report is still written (the JSON report with the error,
 * the summary, the outputs), so that an `if: always()` upload step has something to upload.
 */
export async function reportInvalidInputs(
  raw: RawInputs,
  error: ConfigurationError,
  deps: RunDeps,
): Promise<void> {
  const paths = outputPaths(raw, deps.env);
  const runNotes: string[] = [];
  if (paths.reportPathFellBack) {
    runNotes.push(
      `report-path is invalid, so the JSON report was written to the default path, ${paths.reportPath}.`,
    );
    core.warning(runNotes[0] as string);
  }
  const failOnInput = raw['fail-on'].trim();
  const failOn = (FAIL_ON_LEVELS as readonly string[]).includes(failOnInput)
    ? (failOnInput as FailOn)
    : 'critical';
  const written = await core.group('Reports', () =>
    writeReports(
      {
        version: VERSION,
        now: deps.now(),
        context: runContext(deps.env),
        controls: [],
        failOn,
        reportPath: paths.reportPath,
        sarifPath: paths.sarifPath,
        accounts: [],
        outcome: setupFailure(error.message),
        setupError: error.message,
        setupTitle:
          error instanceof TriggerError
            ? 'the dispatch payload is invalid'
            : 'the inputs are invalid',
        runNotes,
        runErrors: [],
      },
      new Redactor(),
    ),
  );
  core.setFailed(withPointer(written.outcome.failureMessage ?? error.message, written));
}
