// The fan-out over accounts: every target audited as one unit, the rest not judged or skipped.
// account-pipeline.ts schedules the units (entered, report waited for, audited), each stage under
// an adaptive bound (adaptive-bound.ts); report-head-start.ts starts each report on entry.
import {
  attemptTimeoutFor,
  createAgents,
  createStsClient,
  isThrottlingCode,
} from '../aws/clients.js';
import type { ReportStart } from '../aws/credential-report.js';
import type { Identity, SessionCredentials } from '../aws/credentials.js';
import { assumeMemberRole, type EntryFailure } from '../aws/member-role.js';
import { liveUserNames } from '../aws/user-plan.js';
import { evidenceNeeds } from '../controls/index.js';
import type { Config } from '../inputs/config.js';
import { accountLabel, type AccountResult } from '../model.js';
import { Deadline, DeadlineExceeded } from '../runtime/deadline.js';
import type { RunLog } from '../runtime/log.js';
import { collectBeforeHeapDoubles, growYoungGenerationOnce } from '../runtime/heap-settings.js';
import { accountsMemoryAllows } from '../runtime/memory.js';
import type { RunDeps } from '../runtime/run-deps.js';
import { auditAccount, type AccountAuditDeps } from './account.js';
import type { AccountsAsFound } from './choose-accounts.js';
import { runPipeline, type InFlight } from './account-pipeline.js';
import { AdaptiveBound, fixedBound } from './adaptive-bound.js';
import { withCentralRootRemediation } from './central-root-access.js';
import { notJudgedResult, outOfTime, skippedResult, type NotJudged } from './not-judged.js';
import { rootSessionDeps } from './root-session-unit.js';
import { auditWithRootSession, type Entry, type RootExtra } from './root-account.js';
import type { RootSessionPlan } from './root-session-plan.js';
import { reportHeadStart } from './report-head-start.js';
import type { Target, Targets } from './targets.js';
import { userPoolSource } from './user-pools.js';

/**
 * Accounts audited at once when the run starts; the bound then grows while IAM answers and halves
 * when it throttles, up to what memory allows. IAM's limits are per account, so accounts do not
 * slow each other.
 */
export const ACCOUNT_CONCURRENCY = 16;
/** Accounts audited at once, at most: an account in its audit holds its IAM client, users and verdicts. */
const AUDIT_CEILING = 64;
const AUDIT_BYTES = 2 * 1024 * 1024;
/**
 * sts:AssumeRole calls in flight when the run starts, and at most: STS's limits are per calling
 * account, and every member session is an AssumeRole from the first one. The bound halves when STS throttles.
 */
const ENTRY_INITIAL = 16;
const ENTRY_CEILING = 64;
/**
 * Accounts entered and not yet audited, at most: enough to keep every report STS lets us start
 * waiting at once (200 entries a second, a report taking seconds). Each holds its session, the IAM
 * client that polls its report and a timer: 29 KiB of heap measured for 500 waiting accounts.
 */
const AHEAD_CEILING = 1024;
const AHEAD_BYTES = 32 * 1024;
/** An AssumeRole still throttled after the SDK's retries is tried again this often, after a wait. */
const ENTRY_THROTTLE_RETRIES = 3;
const ENTRY_THROTTLE_WAIT_MS = 1_000;
/** The accounts in flight go to the debug log at most this often. */
const IN_FLIGHT_LOG_MS = 500;
/**
 * One account may take a quarter of the run, and at least a minute, so a stuck one cannot starve
 * the rest: once for its entry and its report's wait, once for its audit.
 */
const MIN_ACCOUNT_SHARE_MS = 60_000;

export interface FanOutDeps extends AccountAuditDeps {
  /** The member role's name, a path may lead it. */
  memberRoleName: string;
  roleSessionName: string;
  /** The first session's role, which every member role must trust (for the fix in messages). */
  firstRoleArn: string;
  /** Centralized root access is on: member accounts get the fix that needs no root sign-in. */
  rootCredentialsManagement?: boolean;
  mask: (secret: string) => void;
  /** A fixed bound instead of the adaptive one (the benchmark's comparison). */
  concurrency?: number;
  /** assume-root: root sessions, where the run can open them (else the refusal every root names). */
  rootSessions?: RootSessionPlan;
  /** Reports started ahead of the audit; off only for the benchmark's comparison. */
  headStart: boolean;
}

/** What the run gives the fan-out beside its Config. */
export interface FanOutRun extends RunDeps {
  log: RunLog;
  /** Masks a credential part the moment it arrives (member sessions). */
  mask: (secret: string) => void;
  /** Centralized root access (RootCredentialsManagement); undefined where not known. */
  rootCredentialsManagement?: boolean;
  /** The IAM user a change event names: decided live in the account, whatever the report says. */
  liveUser?: string;
  /** assume-root's plan (planRootSessions); undefined without assume-root. */
  rootSessions?: RootSessionPlan;
}

/** The fan-out's settings, from the Config and the first session. */
export function fanOutDeps(config: Config, first: Identity, run: FanOutRun): FanOutDeps {
  return {
    region: config.region,
    controls: config.controls,
    timeoutSeconds: config.timeoutSeconds,
    env: run.env,
    now: run.now,
    sleep: run.sleep,
    log: run.log,
    mask: run.mask,
    memberRoleName: config.selection.memberRoleName,
    roleSessionName: config.roleSessionName,
    firstRoleArn: config.roleToAssume ?? roleArnOf(first.arn),
    rootCredentialsManagement: run.rootCredentialsManagement,
    concurrency: accountConcurrency(run.env),
    headStart: run.env.IAM_MFA_AUDIT_HEAD_START !== 'off',
    liveUsers: run.liveUser ? liveUserNames([run.liveUser]) : undefined,
    userPools: userPoolSource(config, first, run.env, run.log),
    rootSessions: run.rootSessions,
  };
}

/**
 * Reports are started ahead where a selected control reads the credential report and accounts are
 * many. With root sessions each unit decides for itself whether to enter the account at all.
 */
function headStartWanted(deps: FanOutDeps, single: boolean): boolean {
  return (
    deps.headStart && !single && !deps.rootSessions && evidenceNeeds(deps.controls).has('users')
  );
}

/**
 * The first session's role, which member roles must trust: `assumed-role/NAME/SESSION` becomes the
 * role's ARN (its path, which the session ARN does not carry, is left out); anything else as it is.
 */
export function roleArnOf(principalArn: string): string {
  const match = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(principalArn);
  return match ? `arn:${match[1]}:iam::${match[2]}:role/${match[3]}` : principalArn;
}

/** A fixed bound: IAM_MFA_AUDIT_ACCOUNT_CONCURRENCY lets the benchmark compare bounds. */
function accountConcurrency(env: NodeJS.ProcessEnv): number | undefined {
  const value = Number(env.IAM_MFA_AUDIT_ACCOUNT_CONCURRENCY);
  return Number.isInteger(value) && value > 0 && value <= 256 ? value : undefined;
}

/** What one account carries from its entry to its audit. */
interface Entered {
  target: Target;
  /**
   * Its in-account session (credentials undefined: the first session's own account with ambient
   * credentials), or why it could not be entered; undefined where a root-session unit enters itself.
   */
  entry?: Entry<SessionCredentials | undefined>;
  /** Its credential report, started ahead of the audit. */
  report?: ReportStart;
}

/**
 * Audits every target under a bound: the first session's own account with the first session,
 * every other account through its member role. An account that cannot be entered, or whose turn
 * comes after the deadline, is not judged; it never stops the others. Results come in account order.
 */
export async function auditAccounts(
  config: Config,
  targets: Targets | Pick<AccountsAsFound, 'found' | 'chosen'>,
  first: Identity,
  deadline: Deadline,
  run: FanOutRun,
): Promise<AccountResult[]> {
  const deps = fanOutDeps(config, first, run);
  const asFound = 'found' in targets;
  const single = !asFound && targets.audit.length === 1;
  // Many accounts: their results pile up while short-lived garbage (responses, signatures) churns.
  if (!single) {
    collectBeforeHeapDoubles();
    growYoungGenerationOnce();
  }
  const agents = createAgents(deps.env);
  const fixed = deps.concurrency;
  const bounds = {
    entry: fixed
      ? fixedBound(fixed, deps.now)
      : new AdaptiveBound({ initial: ENTRY_INITIAL, ceiling: ENTRY_CEILING, now: deps.now }),
    audit: fixed
      ? fixedBound(fixed, deps.now)
      : new AdaptiveBound({
          initial: ACCOUNT_CONCURRENCY,
          ceiling: accountsMemoryAllows(AUDIT_BYTES, AUDIT_CEILING),
          now: deps.now,
        }),
    ahead: accountsMemoryAllows(AHEAD_BYTES, AHEAD_CEILING),
  };
  const iamThrottled = (operation: string) => {
    deps.log.debug(`iam:${operation} throttled`);
    bounds.audit.throttled();
  };
  const accountDeps = { ...deps, agents, onIamThrottle: iamThrottled };
  const share = Math.max(MIN_ACCOUNT_SHARE_MS, (deadline.seconds * 1000) / 4);
  const shareOf = (): Deadline =>
    single
      ? deadline
      : deadline.share(
          share,
          `this account's share of the run (${Math.round(share / 1000)} s) ran out`,
        );
  // Only member accounts need STS: a run of the first session's own account never creates it.
  let sts: ReturnType<typeof createStsClient> | undefined;
  const memberSts = (): ReturnType<typeof createStsClient> =>
    (sts ??= createStsClient({
      region: deps.region,
      env: deps.env,
      credentials: first.credentials,
      agents,
      attemptTimeoutMs: attemptTimeoutFor(deps.timeoutSeconds),
      onRetry: (operation, attempts) =>
        deps.log.debug(`sts:${operation} took ${attempts} attempts`),
      onThrottle: (operation) => {
        deps.log.debug(`sts:${operation} throttled`);
        bounds.entry.throttled();
      },
    }));
  const notJudged = (target: Target, entry: Omit<NotJudged, 'accountId' | 'partition'>) =>
    notJudgedResult(
      target,
      { ...entry, accountId: target.accountId, partition: first.partition },
      deps.controls,
      new Date(deps.now()).toISOString(),
    );

  /**
   * Enters one account: the first session's own, or its member role. With root sessions the unit
   * itself enters in-account, and only where it needs to (auditWithRootSession).
   */
  const enter = async (target: Target): Promise<Entered> => {
    if (deadline.remainingMs() === 0) {
      const failure = outOfTime(
        `the run's time ran out (timeout-seconds: ${deadline.seconds}) before this account's turn`,
      );
      return { target, entry: { ok: false, failure } };
    }
    return deps.rootSessions ? { target } : { target, entry: await enterInAccount(target) };
  };
  /** The first session's own account, or a member's role (retried while STS throttles). */
  const enterInAccount = async (target: Target): Promise<Entry<SessionCredentials | undefined>> => {
    if (target.accountId === first.accountId) return { ok: true, credentials: first.credentials };
    const roleArn = `arn:${first.partition}:iam::${target.accountId}:role/${deps.memberRoleName}`;
    const entryDeadline = shareOf();
    for (let attempt = 0; ; attempt++) {
      const entry = await assumeWithin(entryDeadline, target, roleArn);
      if (entry.ok) {
        bounds.entry.succeeded();
        return entry;
      }
      const wait = ENTRY_THROTTLE_WAIT_MS * 2 ** attempt;
      if (
        !isThrottlingCode(entry.failure.code) ||
        attempt >= ENTRY_THROTTLE_RETRIES ||
        entryDeadline.remainingMs() <= wait
      )
        return { ok: false, failure: { roleArn, ...entry.failure } };
      await deps.sleep(wait);
    }
  };
  const assumeWithin = async (limit: Deadline, target: Target, roleArn: string) => {
    try {
      return await limit.race(
        assumeMemberRole(
          memberSts(),
          { roleArn, sessionName: deps.roleSessionName, durationSeconds: 3600 },
          deps.mask,
          deps.firstRoleArn,
        ),
        `sts:AssumeRole into ${target.accountId}`,
      );
    } catch (error) {
      if (!(error instanceof DeadlineExceeded)) throw error;
      const failure: EntryFailure = outOfTime(error.message);
      return { ok: false as const, failure };
    }
  };

  /** Starts the entered account's report and waits for it, holding no audit place. */
  const ready = async (entered: Entered): Promise<Entered> => {
    if (!entered.entry?.ok) return entered;
    const report = await reportHeadStart(
      entered.target.accountId,
      entered.entry.credentials,
      shareOf(),
      accountDeps,
    );
    return { ...entered, report };
  };

  /** One account's unit: its session → snapshot → controls → findings. */
  const auditOne = async (entered: Entered): Promise<AccountResult> => {
    const { target, entry } = entered;
    if (entry && !entry.ok) return notJudged(target, entry.failure);
    const own = target.accountId === first.accountId;
    const account = { ...target, partition: first.partition };
    const limit = shareOf();
    const audit = async (
      credentials: SessionCredentials | undefined,
      extra: RootExtra = {},
    ): Promise<AccountResult> => {
      const result = await auditAccount(account, credentials, limit, accountDeps, {
        ...extra,
        reportStart: entered.report,
      });
      bounds.audit.succeeded();
      return deps.rootCredentialsManagement && !own ? withCentralRootRemediation(result) : result;
    };
    if (!deps.rootSessions) return audit(entry?.credentials);
    return auditWithRootSession(target, {
      ...rootSessionDeps(account, limit, { ...accountDeps, sts: memberSts }),
      plan: deps.rootSessions,
      enter: () => enterInAccount(target),
      audit,
      notJudged: (entry) => notJudged(target, entry),
    });
  };

  const inFlight = inFlightLog(deps.log, deps.now);
  try {
    const audited = await runPipeline(
      asFound ? targets.found : targets.audit,
      {
        enter,
        ready: headStartWanted(deps, single) ? ready : undefined,
        audit: async (entered) => {
          const result = await auditOne(entered);
          deps.log.info(accountLine(result));
          return result;
        },
      },
      bounds,
      single ? undefined : inFlight.watch,
    );
    if (!single) inFlight.close();
    const all = asFound ? (await targets.chosen).targets : targets;
    if (asFound) inAccountOrder(audited, all);
    const readAt = new Date(deps.now()).toISOString();
    return [
      ...audited,
      ...(all.unknownState ?? []).map((target) =>
        notJudged(target, {
          code: 'UnknownAccountState',
          message:
            'Organizations gave this account neither State nor Status, so whether it is ACTIVE is not known',
          fix: 'check the account in the AWS Organizations console and re-run; an account whose state cannot be read is not judged rather than skipped',
        }),
      ),
      ...all.skipped.map((target) => skippedResult(target, first.partition, readAt)),
    ];
  } finally {
    agents.http.destroy();
    agents.https.destroy();
  }
}

/**
 * Sorts the results of accounts audited as found into the order of the targets, and checks that
 * they are the targets: an account chosen but never audited must not pass unseen.
 */
function inAccountOrder(audited: AccountResult[], all: Targets): void {
  audited.sort((a, b) => a.accountId.localeCompare(b.accountId));
  const chosen = all.audit.map((target) => target.accountId).join();
  if (audited.map((result) => result.accountId).join() !== chosen)
    throw new Error(
      `the accounts audited as discovery found them (${audited.length}) are not the ${all.audit.length} chosen: a bug in iam-mfa-audit; please report it`,
    );
}

/**
 * The accounts in each stage, in the debug log at most every IN_FLIGHT_LOG_MS (the benchmark
 * reads these lines), and the most at once when the fan-out ends.
 */
function inFlightLog(log: RunLog, now: () => number) {
  const startedAt = now();
  let loggedAt = Number.NEGATIVE_INFINITY;
  const most = { entering: 0, waiting: 0, auditing: 0 };
  const line = (at: number, i: InFlight) =>
    `accounts in flight at +${((at - startedAt) / 1000).toFixed(1)} s: ${i.entering} entering (bound ${i.entryBound}), ${i.waiting} waiting for their report, ${i.auditing} audited (bound ${i.auditBound})`;
  return {
    watch: (i: InFlight) => {
      most.entering = Math.max(most.entering, i.entering);
      most.waiting = Math.max(most.waiting, i.waiting);
      most.auditing = Math.max(most.auditing, i.auditing);
      const at = now();
      if (at - loggedAt < IN_FLIGHT_LOG_MS) return;
      loggedAt = at;
      log.debug(line(at, i));
    },
    close: () =>
      log.debug(
        `accounts in flight at most: ${most.entering} entering, ${most.waiting} waiting for their report, ${most.auditing} audited`,
      ),
  };
}

function accountLine(result: AccountResult): string {
  const flagged = result.findings.filter((f) => f.status === 'FAILED' || f.status === 'ERROR');
  const label = accountLabel(result);
  if (result.status === 'not-judged')
    return `${label}: not judged (${flagged[0]?.evidence.observed.errorCode})`;
  const failed = new Set(flagged.map((f) => `${f.control} ${f.status}`));
  return `${label}: ${failed.size === 0 ? 'every control passed' : [...failed].join(', ')}`;
}
