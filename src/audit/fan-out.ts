// The fan-out over accounts: every target audited as one unit under a bound, the rest not judged or skipped.
import pLimit from 'p-limit';
import { attemptTimeoutFor, createAgents, createStsClient } from '../aws/clients.js';
import type { Identity, SessionCredentials } from '../aws/credentials.js';
import { assumeMemberRole } from '../aws/member-role.js';
import { liveUserNames } from '../aws/user-plan.js';
import type { Config } from '../inputs/config.js';
import type { AccountResult } from '../model.js';
import { Deadline, DeadlineExceeded } from '../runtime/deadline.js';
import type { RunLog } from '../runtime/log.js';
import type { RunDeps } from '../runtime/run-deps.js';
import { auditAccount, type AccountAuditDeps } from './account.js';
import { withCentralRootRemediation } from './central-root-access.js';
import { notJudgedResult, skippedResult, type NotJudged } from './not-judged.js';
import { rootSessionDeps } from './root-session-unit.js';
import { auditWithRootSession, type Entry } from './root-account.js';
import type { RootSessionPlan } from './root-session-plan.js';
import type { Target, Targets } from './targets.js';
import { userPoolSource } from './user-pools.js';

/**
 * Accounts audited at once. IAM's limits are per account, so accounts do not slow each other;
 * STS's are per calling account, and every member session is an AssumeRole from the first one.
 * `npm run bench` measured the choice.
 */
export const ACCOUNT_CONCURRENCY = 16;
const OUT_OF_TIME_FIX = 'raise timeout-seconds, or shard the Organization over a matrix of jobs';
/** One account may take a quarter of the run, and at least a minute, so a stuck one cannot starve the rest. */
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
  concurrency?: number;
  /** assume-root: root sessions, where the run can open them (else the refusal every root names). */
  rootSessions?: RootSessionPlan;
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
    liveUsers: run.liveUser ? liveUserNames([run.liveUser]) : undefined,
    userPools: userPoolSource(config, first, run.env, run.log),
    rootSessions: run.rootSessions,
  };
}

/**
 * The first session's role, which member roles must trust: `assumed-role/NAME/SESSION` becomes the
 * role's ARN (its path, which the session ARN does not carry, is left out); anything else as it is.
 */
export function roleArnOf(principalArn: string): string {
  const match = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(principalArn);
  return match ? `arn:${match[1]}:iam::${match[2]}:role/${match[3]}` : principalArn;
}

/** Accounts audited at once; IAM_MFA_AUDIT_ACCOUNT_CONCURRENCY lets the benchmark compare bounds. */
function accountConcurrency(env: NodeJS.ProcessEnv): number {
  const value = Number(env.IAM_MFA_AUDIT_ACCOUNT_CONCURRENCY);
  return Number.isInteger(value) && value > 0 && value <= 256 ? value : ACCOUNT_CONCURRENCY;
}

/**
 * Audits every target under a bound: the first session's own account with the first session,
 * every other account through its member role. An account that cannot be entered, or whose turn
 * comes after the deadline, is not judged; it never stops the others. Results come in target order.
 */
export async function auditAccounts(
  config: Config,
  targets: Targets,
  first: Identity,
  deadline: Deadline,
  run: FanOutRun,
): Promise<AccountResult[]> {
  const deps = fanOutDeps(config, first, run);
  const single = targets.audit.length === 1;
  const agents = createAgents(deps.env);
  const accountDeps = { ...deps, agents };
  const share = Math.max(MIN_ACCOUNT_SHARE_MS, (deadline.seconds * 1000) / 4);
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
    }));
  const limit = pLimit(deps.concurrency ?? ACCOUNT_CONCURRENCY);
  const notJudged = (target: Target, entry: Omit<NotJudged, 'accountId' | 'partition'>) =>
    notJudgedResult(
      target,
      { ...entry, accountId: target.accountId, partition: first.partition },
      deps.controls,
      new Date(deps.now()).toISOString(),
    );

  const auditOne = async (target: Target): Promise<AccountResult> => {
    if (deadline.remainingMs() === 0) {
      return notJudged(target, {
        code: 'DeadlineExceeded',
        message: `the run's time ran out (timeout-seconds: ${deadline.seconds}) before this account's turn`,
        fix: OUT_OF_TIME_FIX,
      });
    }
    const accountDeadline = single
      ? deadline
      : deadline.share(
          share,
          `this account's share of the run (${Math.round(share / 1000)} s) ran out`,
        );
    const own = target.accountId === first.accountId;
    const account = { ...target, partition: first.partition };
    const enter = (): Promise<Entry<SessionCredentials | undefined>> =>
      own
        ? Promise.resolve({ ok: true, credentials: first.credentials })
        : enterMember(target, accountDeadline);
    const audit = async (
      credentials: SessionCredentials | undefined,
      extra: Parameters<typeof auditAccount>[4] = {},
    ): Promise<AccountResult> => {
      const result = await auditAccount(account, credentials, accountDeadline, accountDeps, extra);
      return deps.rootCredentialsManagement && !own ? withCentralRootRemediation(result) : result;
    };
    if (deps.rootSessions)
      return auditWithRootSession(target, {
        ...rootSessionDeps(account, accountDeadline, { ...accountDeps, sts: memberSts }),
        plan: deps.rootSessions,
        enter,
        audit,
        notJudged: (entry) => notJudged(target, entry),
      });
    const entry = await enter();
    if (!entry.ok) return notJudged(target, entry.failure);
    return audit(entry.credentials);
  };

  /** sts:AssumeRole into a member account, within the account's share of the run. */
  const enterMember = async (
    target: Target,
    accountDeadline: Deadline,
  ): Promise<Entry<SessionCredentials>> => {
    const roleArn = `arn:${first.partition}:iam::${target.accountId}:role/${deps.memberRoleName}`;
    try {
      const entry = await accountDeadline.race(
        assumeMemberRole(
          memberSts(),
          { roleArn, sessionName: deps.roleSessionName, durationSeconds: 3600 },
          deps.mask,
          deps.firstRoleArn,
        ),
        `sts:AssumeRole into ${target.accountId}`,
      );
      return entry.ok ? entry : { ok: false, failure: { roleArn, ...entry.failure } };
    } catch (error) {
      if (!(error instanceof DeadlineExceeded)) throw error;
      return {
        ok: false,
        failure: {
          roleArn,
          code: 'DeadlineExceeded',
          message: error.message,
          fix: OUT_OF_TIME_FIX,
        },
      };
    }
  };

  try {
    const audited = await Promise.all(
      targets.audit.map((target) =>
        limit(async () => {
          const result = await auditOne(target);
          deps.log.info(accountLine(result));
          return result;
        }),
      ),
    );
    const readAt = new Date(deps.now()).toISOString();
    return [
      ...audited,
      ...(targets.unknownState ?? []).map((target) =>
        notJudged(target, {
          code: 'UnknownAccountState',
          message:
            'Organizations gave this account neither State nor Status, so whether it is ACTIVE is not known',
          fix: 'check the account in the AWS Organizations console and re-run; an account whose state cannot be read is not judged rather than skipped',
        }),
      ),
      ...targets.skipped.map((target) => skippedResult(target, first.partition, readAt)),
    ];
  } finally {
    agents.http.destroy();
    agents.https.destroy();
  }
}

function accountLine(result: AccountResult): string {
  const flagged = result.findings.filter((f) => f.status === 'FAILED' || f.status === 'ERROR');
  const label = result.alias ? `${result.accountId} (${result.alias})` : result.accountId;
  if (result.status === 'not-judged')
    return `${label}: not judged (${flagged[0]?.evidence.observed.errorCode})`;
  const failed = new Set(flagged.map((f) => `${f.control} ${f.status}`));
  return `${label}: ${failed.size === 0 ? 'every control passed' : [...failed].join(', ')}`;
}
