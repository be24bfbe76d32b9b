import * as core from '@actions/core';
import { collectBeforeHeapDoubles } from './runtime/heap-settings.js';
import {
  FAIL_ON_LEVELS,
  outputPaths,
  parseConfig,
  type Config,
  type FailOn,
  type RawInputs,
} from './inputs/config.js';
import { Deadline, DeadlineExceeded } from './runtime/deadline.js';
import { Redactor } from './runtime/redact.js';
import { ConfigurationError, CredentialsError } from './runtime/errors.js';
import { readRawInputs } from './inputs/raw-inputs.js';
import type { RunDeps } from './runtime/run-deps.js';
import type { AccountResult } from './model.js';
import { getIdentity } from './audit/first-session.js';
import { workflowEvent } from './inputs/context.js';
import { readTrigger, TriggerError, type Trigger } from './inputs/trigger.js';

export type { RunDeps } from './runtime/run-deps.js';

const defaultDeps: RunDeps = {
  env: process.env,
  now: Date.now,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The pipeline: inputs → config → credentials → snapshot → controls → reports → outcome. */
export async function run(deps: RunDeps = defaultDeps): Promise<void> {
  let config: Config;
  let trigger: Trigger | undefined;
  const raw = readRawInputs();
  try {
    // The YAML parser is loaded only where there are exceptions to read.
    const yaml = raw.exceptions.trim() ? await import('yaml') : undefined;
    config = parseConfig(raw, deps.env, deps.now(), yaml?.parse);
    const event = workflowEvent(deps.env);
    trigger = readTrigger(event.name, event.payload);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    await reportInvalidInputs(raw, error, deps);
    return;
  }
  if (config.githubToken) core.setSecret(config.githubToken);
  for (const [key, value] of Object.entries(config))
    if (key !== 'githubToken') core.debug(`${key}: ${JSON.stringify(value)}`);
  for (const warning of config.exceptionWarnings) core.warning(warning);

  if (config.mergeReports) {
    await mergeReports(config, config.mergeReports, deps);
    return;
  }

  const deadline = new Deadline(config.timeoutSeconds, deps.now);
  const redactor = new Redactor();
  const mask = (secret: string): void => {
    core.setSecret(secret);
    redactor.add(secret);
  };
  let accounts: AccountResult[] = [];
  let setupError: string | undefined;
  let rootCredentialsManagement: boolean | undefined;
  const log = { info: core.info, debug: core.debug, warning: core.warning };
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
    // The audit and its SDK clients are loaded once there are credentials: start-up compiles
    // only what the first request needs.
    const [{ chooseAccounts }, { chooseTriggeredAccount }, fanOut, { logMemory }] =
      await Promise.all([
        import('./audit/choose-accounts.js'),
        import('./audit/choose-triggered-account.js'),
        import('./audit/fan-out.js'),
        import('./finish.js'),
      ]);
    const { auditAccounts, shardTargets } = fanOut;
    const chosen = await core.group('Accounts', () =>
      trigger
        ? chooseTriggeredAccount(config, trigger, identity, deadline, deps.env, log)
        : chooseAccounts(config, identity, deadline, deps.env, log),
    );
    rootCredentialsManagement = chosen.rootCredentialsManagement;
    const targets = config.shard ? shardTargets(chosen.targets, config.shard) : chosen.targets;
    if (config.shard) {
      core.info(
        `Shard ${config.shard.index} of ${config.shard.count}: ${targets.audit.length} account(s) to audit, ${targets.skipped.length} skipped.`,
      );
    }
    const { audit } = targets;
    accounts = await core.group(
      audit.length === 1
        ? `Evidence of account ${audit[0]?.accountId}`
        : `Auditing ${audit.length} accounts`,
      () =>
        auditAccounts(targets, identity, deadline, {
          region: config.region,
          controls: config.controls,
          timeoutSeconds: config.timeoutSeconds,
          env: deps.env,
          now: deps.now,
          sleep: deps.sleep,
          log,
          memberRoleName: config.selection.memberRoleName,
          roleSessionName: config.roleSessionName,
          firstRoleArn: config.roleToAssume ?? roleArnOf(identity.arn),
          rootCredentialsManagement,
          mask,
          concurrency: accountConcurrency(deps.env, fanOut.ACCOUNT_CONCURRENCY),
          liveUsers: trigger?.user ? new Set([trigger.user]) : undefined,
        }),
    );
    logMemory('accounts audited');
  } catch (error) {
    if (!(error instanceof CredentialsError)) throw error;
    setupError = error.message;
  }

  const { finish } = await import('./finish.js');
  await finish(
    config,
    { accounts, setupError, rootCredentialsManagement, trigger },
    redactor,
    deps,
    log,
  );
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
  const [{ writeReports }, { setupFailure }, { withPointer }] = await Promise.all([
    import('./report/writers.js'),
    import('./outcome/outcome.js'),
    import('./finish.js'),
  ]);
  const written = await core.group('Reports', () =>
    writeReports(
      {
        controls: [],
        failOn,
        reportPath: paths.reportPath,
        sarifPath: paths.sarifPath,
        runNotes,
        setupTitle:
          error instanceof TriggerError
            ? 'the dispatch payload is invalid'
            : 'the inputs are invalid',
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

/** The shards' reports → one summary, annotations, outputs, SARIF and JSON report; no AWS call. */
async function mergeReports(config: Config, pattern: string, deps: RunDeps): Promise<void> {
  const workspace = deps.env.GITHUB_WORKSPACE || process.cwd();
  const merged = await core.group('Merging shard reports', async () => {
    collectBeforeHeapDoubles();
    const { mergeShardReports } = await import('./merge/merge-shards.js');
    const result = await mergeShardReports(pattern, workspace);
    core.info(`${result.files} report(s), ${result.accounts.length} account(s).`);
    for (const problem of result.problems) core.error(problem, { title: 'Merging shard reports' });
    return result;
  });
  const { finish } = await import('./finish.js');
  await finish(
    config,
    {
      accounts: merged.accounts,
      rootCredentialsManagement: merged.rootCredentialsManagement,
      runProblems: merged.problems,
      controls: merged.controls,
    },
    new Redactor(),
    deps,
    { info: core.info, debug: core.debug, warning: core.warning },
  );
}

/**
 * The first session's role, which member roles must trust: `assumed-role/NAME/SESSION` becomes the
 * role's ARN (its path, which the session ARN does not carry, is left out); anything else as it is.
 */
function roleArnOf(principalArn: string): string {
  const match = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(principalArn);
  return match ? `arn:${match[1]}:iam::${match[2]}:role/${match[3]}` : principalArn;
}

/** Accounts audited at once; IAM_MFA_AUDIT_ACCOUNT_CONCURRENCY lets the benchmark compare bounds. */
function accountConcurrency(env: NodeJS.ProcessEnv, fallback: number): number {
  const value = Number(env.IAM_MFA_AUDIT_ACCOUNT_CONCURRENCY);
  return Number.isInteger(value) && value > 0 && value <= 256 ? value : fallback;
}
