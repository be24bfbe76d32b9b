import pLimit from 'p-limit';
import type { AccountSelection } from '../inputs/account-selection.js';
import { attemptTimeoutFor, createAgents, createStsClient } from '../aws/clients.js';
import type { Identity } from '../aws/credentials.js';
import { assumeMemberRole } from '../aws/member-role.js';
import type { OrganizationAccount } from '../aws/organization.js';
import { notJudgedFindings, type NotJudged } from './not-judged.js';
import { Deadline, DeadlineExceeded } from '../runtime/deadline.js';
import type { AccountResult } from '../model.js';
import { sliceForShard, type Shard } from '../inputs/shard.js';
import { auditAccount, type AccountAuditDeps } from './account.js';
import { withCentralRootRemediation } from './central-root-access.js';

export interface Target {
  accountId: string;
  name?: string;
}

export interface Targets {
  /** Accounts to audit, by id. */
  audit: Target[];
  /** Accounts left out, with the reason (their Organizations state, or exclude-accounts). */
  skipped: Array<Target & { reason: string }>;
}

/**
 * Accounts audited at once. IAM's limits are per account, so accounts do not slow each other;
 * STS's are per calling account, and every member session is an AssumeRole from the first one.
 * `npm run bench` measured the choice.
 */
export const ACCOUNT_CONCURRENCY = 16;
const OUT_OF_TIME_FIX = 'raise timeout-seconds, or shard the Organization over a matrix of jobs';
/** One account may take a quarter of the run, and at least a minute, so a stuck one cannot starve the rest. */
const MIN_ACCOUNT_SHARE_MS = 60_000;

/** Which accounts to audit and which to list as skipped (pure: discovery has already run). */
export function chooseTargets(
  selection: AccountSelection,
  firstAccountId: string,
  discovered: OrganizationAccount[],
): Targets {
  const candidates = new Map<string, OrganizationAccount | Target>();
  if (selection.ownAccountOnly) candidates.set(firstAccountId, { accountId: firstAccountId });
  for (const accountId of selection.accountIds) candidates.set(accountId, { accountId });
  for (const account of discovered) candidates.set(account.accountId, account);
  const exclude = new Set(selection.exclude);
  const targets: Targets = { audit: [], skipped: [] };
  for (const account of [...candidates.values()].sort((a, b) =>
    a.accountId.localeCompare(b.accountId),
  )) {
    const target: Target = {
      accountId: account.accountId,
      ...(account.name ? { name: account.name } : {}),
    };
    const state = 'state' in account ? account.state : 'ACTIVE';
    if (exclude.has(account.accountId))
      targets.skipped.push({ ...target, reason: 'listed in exclude-accounts' });
    else if (state !== 'ACTIVE')
      targets.skipped.push({ ...target, reason: `Organizations state ${state}` });
    else targets.audit.push(target);
  }
  return targets;
}

/**
 * One shard's part of the targets: the whole list, audited and skipped, by account id, cut into
 * stable slices, so that every account, skipped ones too, is in exactly one shard's report.
 */
export function shardTargets(targets: Targets, shard: Shard): Targets {
  const all = [
    ...targets.audit.map((target) => ({ ...target, reason: undefined as string | undefined })),
    ...targets.skipped,
  ];
  const mine = sliceForShard(all, shard);
  return {
    audit: mine.filter((t) => t.reason === undefined).map(({ reason: _reason, ...t }) => t),
    skipped: mine.flatMap((t) => (t.reason === undefined ? [] : [{ ...t, reason: t.reason }])),
  };
}

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
}

/**
 * Audits every target under a bound: the first session's own account with the first session,
 * every other account through its member role. An account that cannot be entered, or whose turn
 * comes after the deadline, is not judged; it never stops the others. Results come in target order.
 */
export async function auditAccounts(
  targets: Targets,
  first: Identity,
  deadline: Deadline,
  deps: FanOutDeps,
): Promise<AccountResult[]> {
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
      deps,
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
    if (target.accountId === first.accountId) {
      return auditAccount(
        { ...target, partition: first.partition },
        first.credentials,
        accountDeadline,
        accountDeps,
      );
    }
    const roleArn = `arn:${first.partition}:iam::${target.accountId}:role/${deps.memberRoleName}`;
    let entry: Awaited<ReturnType<typeof assumeMemberRole>>;
    try {
      entry = await accountDeadline.race(
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
      entry = {
        ok: false,
        failure: {
          code: 'DeadlineExceeded',
          message: error.message,
          fix: OUT_OF_TIME_FIX,
        },
      };
    }
    if (!entry.ok) return notJudged(target, { roleArn, ...entry.failure });
    const result = await auditAccount(
      { ...target, partition: first.partition },
      entry.credentials,
      accountDeadline,
      accountDeps,
    );
    return deps.rootCredentialsManagement ? withCentralRootRemediation(result) : result;
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
    return [...audited, ...targets.skipped.map((target) => skippedResult(target, first, deps))];
  } finally {
    agents.http.destroy();
    agents.https.destroy();
  }
}

function notJudgedResult(target: Target, entry: NotJudged, deps: FanOutDeps): AccountResult {
  return {
    accountId: target.accountId,
    partition: entry.partition,
    status: 'not-judged',
    ...(target.name ? { name: target.name } : {}),
    readAt: new Date(deps.now()).toISOString(),
    findings: notJudgedFindings(deps.controls, entry),
    notes: [],
  };
}

function skippedResult(
  target: Target & { reason: string },
  first: Identity,
  deps: FanOutDeps,
): AccountResult {
  return {
    accountId: target.accountId,
    partition: first.partition,
    status: 'skipped',
    ...(target.name ? { name: target.name } : {}),
    skippedReason: target.reason,
    readAt: new Date(deps.now()).toISOString(),
    findings: [],
    notes: [],
  };
}

function accountLine(result: AccountResult): string {
  const flagged = result.findings.filter((f) => f.status === 'FAILED' || f.status === 'ERROR');
  const label = result.alias ? `${result.accountId} (${result.alias})` : result.accountId;
  if (result.status === 'not-judged')
    return `${label}: not judged (${flagged[0]?.evidence.observed.errorCode})`;
  const failed = new Set(flagged.map((f) => `${f.control} ${f.status}`));
  return `${label}: ${failed.size === 0 ? 'every control passed' : [...failed].join(', ')}`;
}
