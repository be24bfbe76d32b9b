import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { parseConfig, type Config } from './config.js';
import { runInfo, isForkPullRequest } from './context.js';
import { CONTROLS, evaluateControls, evidenceNeeds } from './controls/index.js';
import { Deadline, DeadlineExceeded } from './deadline.js';
import { Redactor } from './redact.js';
import { ConfigurationError, CredentialsError } from './errors.js';
import { readRawInputs } from './inputs.js';
import type { AccountResult, AccountSnapshot } from './model.js';
import { COUNTED_SEVERITIES, decideOutcome, setupFailure, type Outcome } from './outcome.js';
import { buildAnnotations } from './report/annotations.js';
import { buildJsonReport } from './report/json.js';
import { md } from './report/markdown.js';
import { buildSarif, workflowPathOf } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import { VERSION } from './version.js';
import { createIamClient, createStsClient } from './aws/clients.js';
import { ambientIdentity, assumeRoleWithOidc, type Identity } from './aws/credentials.js';
import { readSnapshot } from './aws/snapshot.js';

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
const LIVE_CONCURRENCY = 10;

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
    account = await core.group('Controls', async () => judge(config, snapshot));
  } catch (error) {
    if (!(error instanceof CredentialsError)) throw error;
    setupError = error.message;
  }

  const accounts = account ? [account] : [];
  const outcome = setupError ? setupFailure(setupError) : decideOutcome(accounts, config.failOn);
  const reportError = await core.group('Reports', () =>
    writeReports(config, accounts, outcome, setupError, redactor, deps),
  );
  const failure = [outcome.failureMessage, reportError].filter(Boolean).join(' ');
  if (failure) core.setFailed(redactor.redact(failure));
  else core.info(`IAM MFA audit passed (fail-on: ${config.failOn}).`);
}

async function getIdentity(
  config: Config,
  deps: RunDeps,
  mask: (secret: string) => void,
): Promise<Identity> {
  const sts = createStsClient({
    region: config.region,
    env: deps.env,
    // With a role, assumeRoleWithOidc retries itself, each time with a fresh token.
    maxAttempts: config.roleToAssume ? 1 : undefined,
    onRetry: (operation, attempts) => core.debug(`sts:${operation} took ${attempts} attempts`),
  });
  try {
    if (!config.roleToAssume) {
      core.info('No role-to-assume given: using the AWS credentials already in the environment.');
      for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
        const value = deps.env[name];
        if (value) mask(value);
      }
      const identity = await ambientIdentity(sts);
      core.info(`Using the identity ${identity.arn}.`);
      return identity;
    }
    const identity = await assumeRoleWithOidc(
      sts,
      {
        roleArn: config.roleToAssume,
        audience: config.audience,
        sessionName: config.roleSessionName,
        durationSeconds: config.roleDurationSeconds,
        region: config.region,
      },
      {
        getIdToken: (audience) => core.getIDToken(audience),
        setSecret: mask,
        sleep: deps.sleep,
        debug: core.debug,
        oidcRequestAvailable: Boolean(
          deps.env.ACTIONS_ID_TOKEN_REQUEST_URL && deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
        ),
        isForkPullRequest: isForkPullRequest(),
      },
    );
    core.info(
      `Assumed ${identity.arn} (account ${identity.accountId}, partition ${identity.partition}).`,
    );
    return identity;
  } finally {
    sts.destroy();
  }
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

/** Writes every result; returns why the JSON report could not be written, if it could not. */
async function writeReports(
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

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(markdown);
    return;
  }
  await core.summary.addRaw(markdown).write();
}
