import * as core from '@actions/core';
import {
  FAIL_ON_LEVELS,
  outputPaths,
  parseConfig,
  type Config,
  type FailOn,
  type RawInputs,
} from './config.js';
import { CONTROLS, evaluateControls, evidenceNeeds } from './controls/index.js';
import { Deadline, DeadlineExceeded } from './deadline.js';
import { Redactor } from './redact.js';
import { ConfigurationError, CredentialsError } from './errors.js';
import { readRawInputs } from './inputs.js';
import type { AccountResult, AccountSnapshot } from './model.js';
import { decideOutcome, setupFailure } from './outcome.js';
import { getIdentity } from './identity.js';
import { writeReports, type Written } from './report-writers.js';
import { createIamClient } from './aws/clients.js';
import type { Identity } from './aws/credentials.js';
import { LIVE_CONCURRENCY, readSnapshot } from './aws/snapshot.js';

export interface RunDeps {
  env: NodeJS.ProcessEnv;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

const defaultDeps: RunDeps = {
  env: process.env,
  now: Date.now,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const REPORT_DEADLINE_MS = 180_000;

/** The pipeline: inputs → config → credentials → snapshot → controls → reports → outcome. */
export async function run(deps: RunDeps = defaultDeps): Promise<void> {
  let config: Config;
  const raw = readRawInputs();
  try {
    config = parseConfig(raw, deps.env);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    await reportInvalidInputs(raw, error, deps);
    return;
  }
  for (const [key, value] of Object.entries(config)) core.debug(`${key}: ${JSON.stringify(value)}`);

  const deadline = new Deadline(config.timeoutSeconds, deps.now);
  const redactor = new Redactor();
  const mask = (secret: string): void => {
    core.setSecret(secret);
    redactor.add(secret);
  };
  let account: AccountResult | undefined;
  let setupError: string | undefined;
  try {
    const identity = await core.group('Credentials', () =>
      deadline
        .race(getIdentity(config, deps, mask), 'Getting AWS credentials')
        .catch((error: unknown) => {
          throw error instanceof DeadlineExceeded
            ? new CredentialsError(`${error.message}.`)
            : error;
        }),
    );
    const snapshot = await core.group(`Evidence of account ${identity.accountId}`, () =>
      readEvidence(config, identity, deadline, deps),
    );
    logMemory('evidence read');
    account = await core.group('Controls', async () => judge(config, snapshot));
    logMemory('controls decided');
  } catch (error) {
    if (!(error instanceof CredentialsError)) throw error;
    setupError = error.message;
  }

  const accounts = account ? [account] : [];
  const outcome = setupError ? setupFailure(setupError) : decideOutcome(accounts, config.failOn);
  const written = await core.group('Reports', () =>
    writeReports(config, accounts, outcome, setupError, redactor, deps),
  );
  logMemory('reports written');
  const failure = [outcome.failureMessage, written.reportError].filter(Boolean).join(' ');
  if (failure) core.setFailed(redactor.redact(withPointer(failure, written)));
  else core.info(redactor.redact(outcome.stepText));
}

/** The step's failure message, pointing to the summary only where one was written. */
function withPointer(failure: string, written: Written): string {
  return written.summaryWritten ? `${failure} Details are in the job summary.` : failure;
}

/**
 * Invalid inputs: no AWS call, but every report is still written (the JSON report with the error,
 * the summary, the outputs), so that an `if: always()` upload step has something to upload.
 */
async function reportInvalidInputs(
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
        controls: [],
        failOn,
        reportPath: paths.reportPath,
        sarifPath: paths.sarifPath,
        runNotes,
        setupTitle: 'the inputs are invalid',
      },
      [],
      setupFailure(error.message),
      error.message,
      new Redactor(),
      deps,
    ),
  );
  core.setFailed(
    withPointer([error.message, written.reportError].filter(Boolean).join(' '), written),
  );
}

async function readEvidence(
  config: Config,
  identity: Identity,
  deadline: Deadline,
  deps: RunDeps,
): Promise<AccountSnapshot> {
  const needs = evidenceNeeds(config.controls);
  const iam = createIamClient({
    region: config.region,
    env: deps.env,
    credentials: identity.credentials,
    onRetry: (operation, attempts) => core.debug(`iam:${operation} took ${attempts} attempts`),
  });
  const snapshot = await readSnapshot(
    identity,
    {
      summary: needs.has('summary'),
      rootVirtualDevices: needs.has('rootVirtualDevices'),
      users: needs.has('users'),
      userPasswords: needs.has('userPasswords'),
    },
    {
      iam,
      concurrency: LIVE_CONCURRENCY,
      limit: deadline,
      sleep: deps.sleep,
      now: deps.now,
      deadlineMs: Math.min(REPORT_DEADLINE_MS, deadline.remainingMs()),
      warn: core.warning,
    },
  );
  iam.destroy();
  return snapshot;
}

function judge(config: Config, snapshot: AccountSnapshot): AccountResult {
  const findings = evaluateControls(config.controls, snapshot);
  for (const control of CONTROLS.filter((c) => config.controls.includes(c.id))) {
    const mine = findings.filter((finding) => finding.control === control.id);
    const count = (status: string): number =>
      mine.filter((finding) => finding.status === status).length;
    core.info(
      `${control.id}: ${count('FAILED')} failed, ${count('ERROR')} error, ${count('PASSED')} passed, ${count('NOT_APPLICABLE')} not applicable`,
    );
  }
  const notes: string[] = [];
  const users = snapshot.users?.ok ? snapshot.users.value : undefined;
  if (users && users.users.length === 0)
    notes.push('No IAM users: IAM.5 and IAM.19 have nothing to check.');
  if (users && users.usersNotInReport > 0)
    notes.push(
      `${users.usersNotInReport} user(s) created since the credential report were checked live.`,
    );
  if (users && users.droppedReportRows > 0)
    notes.push(
      `${users.droppedReportRows} credential report row(s) of users deleted since were ignored.`,
    );
  return {
    accountId: snapshot.accountId,
    partition: snapshot.partition,
    alias: snapshot.alias,
    credentialReportGeneratedAt: snapshot.credentialReportGeneratedAt,
    readAt: snapshot.readAt,
    findings,
    notes,
  };
}

/** Memory in the debug log, so a large account's cost can be seen where it arises. */
function logMemory(phase: string): void {
  const { rss, heapUsed } = process.memoryUsage();
  const peak = process.resourceUsage().maxRSS / 1024;
  core.debug(
    `memory after ${phase}: rss ${Math.round(rss / 1048576)} MB (peak ${Math.round(peak)} MB), heap ${Math.round(heapUsed / 1048576)} MB`,
  );
}
