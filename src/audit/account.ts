import { CONTROLS, evaluateControls, evidenceNeeds } from '../controls/index.js';
import type {
  ControlId,
  AccountResult,
  AccountSnapshot,
  EvidenceKind,
  Partition,
} from '../model.js';
import type { TimeLimit } from '../aws/call-failure.js';
import { attemptTimeoutFor, type SharedAgents } from '../aws/clients.js';
import type { ReportStart } from '../aws/credential-report.js';
import type { SessionCredentials } from '../aws/credentials.js';
import { createIamClient } from '../aws/iam-client.js';
import { LIVE_CONCURRENCY, readSnapshot } from '../aws/snapshot.js';
import type { RunLog } from '../runtime/log.js';
import type { UserPoolSource } from './user-pools.js';

/** The credential report may take this long to generate before the user controls ERROR. */
export const REPORT_DEADLINE_MS = 180_000;

export interface AccountAuditDeps {
  region: string;
  controls: readonly ControlId[];
  timeoutSeconds: number;
  env: NodeJS.ProcessEnv;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  log: RunLog;
  /** Connection pools shared by the accounts of a run; the fan-out destroys them at the end. */
  agents?: SharedAgents;
  /** User names decided live in every account audited (the user a change event names). */
  liveUsers?: ReadonlySet<string>;
  /** Cognito.5's reads, where it is selected. */
  userPools?: UserPoolSource;
  /** An IAM call was throttled: the fan-out's bound backs off. */
  onIamThrottle?: (operation: string) => void;
}

/**
 * One account, audited: its session → snapshot → controls → its result. `given`: what was read
 * before its audit (a root session's reading; its credential report started ahead).
 */
export async function auditAccount(
  account: { accountId: string; partition: Partition; name?: string },
  credentials: SessionCredentials | undefined,
  limit: TimeLimit & { remainingMs(): number },
  deps: AccountAuditDeps,
  given: Pick<AccountSnapshot, 'rootSession' | 'managementAccount'> & {
    /** Its credential report, started ahead of the audit (the fan-out's head start). */
    reportStart?: ReportStart;
  } = {},
): Promise<AccountResult> {
  const iam = accountIamClient(credentials, deps, `account ${account.accountId}`);
  const { reportStart, ...extra } = given;
  try {
    const [read, userPools] = await Promise.all([
      readSnapshot(account, inAccountNeeds(deps.controls, extra), {
        iam,
        concurrency: LIVE_CONCURRENCY,
        limit,
        sleep: deps.sleep,
        now: deps.now,
        deadlineMs: Math.min(REPORT_DEADLINE_MS, limit.remainingMs()),
        warn: deps.log.warning,
        liveUsers: deps.liveUsers,
        reportStart,
      }),
      deps.userPools?.read(account, credentials, limit, deps.agents),
    ]);
    const snapshot = { ...read, ...extra, userPools };
    return { ...judge(deps.controls, snapshot), ...(account.name ? { name: account.name } : {}) };
  } finally {
    // Destroying a client destroys its connection pools: never the shared ones.
    if (!deps.agents) iam.destroy();
  }
}

/**
 * An IAM client on one account's session and the run's connection pools; its retries go to the
 * debug log under `label`, its throttles to the fan-out's bound.
 */
export function accountIamClient(
  credentials: SessionCredentials | undefined,
  deps: Pick<
    AccountAuditDeps,
    'region' | 'env' | 'agents' | 'timeoutSeconds' | 'log' | 'onIamThrottle'
  >,
  label: string,
): ReturnType<typeof createIamClient> {
  return createIamClient({
    region: deps.region,
    env: deps.env,
    credentials,
    agents: deps.agents,
    attemptTimeoutMs: attemptTimeoutFor(deps.timeoutSeconds),
    onRetry: (operation, attempts) =>
      deps.log.debug(`iam:${operation} took ${attempts} attempts (${label})`),
    onThrottle: deps.onIamThrottle,
  });
}

/** What to read in the account: root's evidence is not, where a root session has read it. */
function inAccountNeeds(
  controls: readonly ControlId[],
  extra: Pick<AccountSnapshot, 'rootSession'>,
): Set<EvidenceKind> {
  const needs = evidenceNeeds(controls);
  if (extra.rootSession?.ok) {
    needs.delete('summary');
    needs.delete('rootVirtualDevices');
  }
  return needs;
}

/** The controls' verdicts on one snapshot, with what the summary says of the evidence as a whole. */
export function judge(controls: readonly ControlId[], snapshot: AccountSnapshot): AccountResult {
  const findings = evaluateControls(controls, snapshot);
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
  notes.push(...userPoolNotes(snapshot));
  return {
    accountId: snapshot.accountId,
    partition: snapshot.partition,
    alias: snapshot.alias,
    credentialReportGeneratedAt: snapshot.credentialReportGeneratedAt,
    ...(users
      ? { reportGeneratedDuringRun: users.reportIsLive, userVerdictsLive: users.allVerdictsLive }
      : {}),
    readAt: snapshot.readAt,
    findings,
    notes,
  };
}

/** What Cognito.5's summary says of the regions as a whole: how many were read, and empty ones. */
function userPoolNotes(snapshot: AccountSnapshot): string[] {
  const evidence = snapshot.userPools;
  if (!evidence) return [];
  const notes = evidence.notOffered.map(
    (region) => `Cognito.5: region ${region} does not offer Cognito user pools; it was not read.`,
  );
  if (!evidence.regions.ok) return notes;
  const read = evidence.regions.value.filter((region) => region.pools.ok);
  const pools = read.reduce(
    (sum, region) => sum + (region.pools.ok ? region.pools.value.length : 0),
    0,
  );
  if (pools === 0)
    notes.push(
      `Cognito.5: ${read.length} region(s) read${read.length > 0 ? ` (${read.map((r) => r.region).join(', ')})` : ''}; they hold no user pools.`,
    );
  else {
    const empty = read.filter((region) => region.pools.ok && region.pools.value.length === 0);
    if (empty.length > 0)
      notes.push(
        `Cognito.5: ${read.length} region(s) read; ${empty.length} of them hold no user pools (${empty.map((r) => r.region).join(', ')}).`,
      );
  }
  return notes;
}

/** One line per control: how many findings of each status, for the log. */
export function controlCounts(result: AccountResult, controls: readonly ControlId[]): string[] {
  return CONTROLS.filter((c) => controls.includes(c.id)).map((control) => {
    const mine = result.findings.filter((finding) => finding.control === control.id);
    const count = (status: string): number =>
      mine.filter((finding) => finding.status === status).length;
    return `${control.id}: ${count('FAILED')} failed, ${count('ERROR')} error, ${count('PASSED')} passed, ${count('NOT_APPLICABLE')} not applicable`;
  });
}
