import * as core from '@actions/core';
import { parseConfig, type Config } from './config.js';
import { CONTROLS, evaluateControls, evidenceNeeds } from './controls/index.js';
import { Deadline, DeadlineExceeded } from './deadline.js';
import { Redactor } from './redact.js';
import { ConfigurationError, CredentialsError } from './errors.js';
import { readRawInputs } from './inputs.js';
import type { AccountResult, AccountSnapshot } from './model.js';
import { decideOutcome, setupFailure } from './outcome.js';
import { getIdentity } from './identity.js';
import { md } from './report/markdown.js';
import { writeReports, writeSummary } from './report-writers.js';
import { attemptTimeoutFor, createIamClient } from './aws/clients.js';
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
  try {
    config = parseConfig(readRawInputs(), deps.env);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    await writeSummary(
      `## ⚠️ IAM MFA audit could not run: the inputs are invalid\n\n${error.problems.map((p) => `- ${md(p)}`).join('\n')}\n`,
    );
    core.setOutput('result', 'failed');
    core.setFailed(error.message);
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
  const reportError = await core.group('Reports', () =>
    writeReports(config, accounts, outcome, setupError, redactor, deps),
  );
  logMemory('reports written');
  const failure = [outcome.failureMessage, reportError].filter(Boolean).join(' ');
  if (failure) core.setFailed(redactor.redact(failure));
  else core.info(`IAM MFA audit passed (fail-on: ${config.failOn}).`);
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
    attemptTimeoutMs: attemptTimeoutFor(config.timeoutSeconds),
    onRetry: (operation, attempts) => core.debug(`iam:${operation} took ${attempts} attempts`),
  });
  const snapshot = await readSnapshot(
    identity,
    {
      summary: needs.has('summary'),
      rootVirtualDevices: needs.has('rootVirtualDevices'),
      users: needs.has('users'),
      userPasswords: needs.has('userPasswords'),
      userMfa: needs.has('userMfa'),
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
