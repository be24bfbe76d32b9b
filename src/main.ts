import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { parseConfig, type Config } from './config.js';
import { runInfo, isForkPullRequest } from './context.js';
import { CONTROLS, evaluateControls, evidenceNeeds } from './controls/index.js';
import { ConfigurationError, CredentialsError } from './errors.js';
import { readRawInputs } from './inputs.js';
import type { AccountResult, AccountSnapshot } from './model.js';
import { COUNTED_SEVERITIES, decideOutcome, setupFailure, type Outcome } from './outcome.js';
import { buildAnnotations } from './report/annotations.js';
import { buildJsonReport } from './report/json.js';
import { md } from './report/markdown.js';
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

  let account: AccountResult | undefined;
  let setupError: string | undefined;
  try {
    const identity = await core.group('Credentials', () => getIdentity(config, deps));
    const snapshot = await core.group(`Evidence of account ${identity.accountId}`, () =>
      readEvidence(config, identity, deps),
    );
    account = await core.group('Controls', async () => judge(config, snapshot));
  } catch (error) {
    if (!(error instanceof CredentialsError)) throw error;
    setupError = error.message;
  }

  const accounts = account ? [account] : [];
  const outcome = setupError ? setupFailure(setupError) : decideOutcome(accounts, config.failOn);
  await core.group('Reports', () => writeReports(config, accounts, outcome, setupError, deps));
  if (outcome.failureMessage) core.setFailed(outcome.failureMessage);
  else core.info(`IAM MFA audit passed (fail-on: ${config.failOn}).`);
}

async function getIdentity(config: Config, deps: RunDeps): Promise<Identity> {
  const onRetry = (operation: string, attempts: number): void =>
    core.debug(`sts:${operation} took ${attempts} attempts`);
  if (!config.roleToAssume) {
    core.info('No role-to-assume given: using the AWS credentials already in the environment.');
    const identity = await ambientIdentity(
      createStsClient({ region: config.region, env: deps.env, onRetry }),
    );
    core.info(`Using the identity ${identity.arn}.`);
    return identity;
  }
  const identity = await assumeRoleWithOidc(
    createStsClient({ region: config.region, env: deps.env, maxAttempts: 1, onRetry }),
    {
      roleArn: config.roleToAssume,
      audience: config.audience,
      sessionName: config.roleSessionName,
      durationSeconds: config.roleDurationSeconds,
      region: config.region,
    },
    {
      getIdToken: (audience) => core.getIDToken(audience),
      setSecret: core.setSecret,
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
}

async function readEvidence(
  config: Config,
  identity: Identity,
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
      sleep: deps.sleep,
      now: deps.now,
      deadlineMs: REPORT_DEADLINE_MS,
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

async function writeReports(
  config: Config,
  accounts: AccountResult[],
  outcome: Outcome,
  setupError: string | undefined,
  deps: RunDeps,
): Promise<void> {
  const report = buildJsonReport({
    version: VERSION,
    generatedAt: new Date(deps.now()).toISOString(),
    run: runInfo(deps.env),
    accounts,
    outcome,
    failOn: config.failOn,
    errors: setupError ? [setupError] : [],
  });
  await mkdir(path.dirname(config.reportPath), { recursive: true });
  await writeFile(config.reportPath, JSON.stringify(report, null, 2) + '\n');
  core.info(`JSON report: ${config.reportPath}`);

  await writeSummary(
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
  );

  const stepWillFail = outcome.result === 'failed';
  for (const annotation of buildAnnotations(accounts, config.controls, stepWillFail)) {
    const properties = { title: annotation.title };
    if (annotation.level === 'error') core.error(annotation.message, properties);
    else core.warning(annotation.message, properties);
  }

  core.setOutput('result', outcome.result);
  for (const severity of COUNTED_SEVERITIES) core.setOutput(severity, outcome.counts[severity]);
  core.setOutput('report-path', config.reportPath);
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(markdown);
    return;
  }
  await core.summary.addRaw(markdown).write();
}
