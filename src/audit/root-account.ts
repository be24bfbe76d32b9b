// One account's unit where assume-root opens root sessions (spec "Root sessions"): root from a
// root session, IAM users (and a refused root) from the in-account session, each failure named.
import { isRootControl } from '../controls/index.js';
import {
  type AccountResult,
  type AccountSnapshot,
  type CallFailure,
  type ControlId,
  type Evidence,
  type Finding,
  type Partition,
  type RootSessionFacts,
} from '../model.js';
import { devicesInWords } from '../controls/root-session-findings.js';
import { judge } from './account.js';
import { notJudgedFindings, type NotJudged } from './not-judged.js';
import type { RootSessionPlan } from './root-session-plan.js';
import type { Target } from './targets.js';

/** What the account was given beside its in-account session: the root session's reading. */
export interface RootExtra {
  rootSession?: Evidence<RootSessionFacts>;
  managementAccount?: boolean;
}

/** Entering the account in-account: the first session's own credentials, or its member role. */
export type Entry<Credentials> =
  | { ok: true; credentials: Credentials }
  | { ok: false; failure: Omit<NotJudged, 'accountId' | 'partition'> };

export interface RootUnitDeps<Credentials> {
  plan: RootSessionPlan;
  controls: readonly ControlId[];
  partition: Partition;
  now: () => number;
  /** sts:AssumeRoot into the account, root's evidence read, the session dropped. */
  readRoot: () => Promise<Evidence<RootSessionFacts>>;
  /** The in-account session (asked only where it is needed). */
  enter: () => Promise<Entry<Credentials>>;
  /** The account audited in-account with those credentials, the root session's reading beside. */
  audit: (credentials: Credentials, extra: RootExtra) => Promise<AccountResult>;
  /** The account not judged at all. */
  notJudged: (entry: Omit<NotJudged, 'accountId' | 'partition'>) => AccountResult;
}

/** A root sign-in this recent is said in the account's details. */
const RECENT_SIGN_IN_DAYS = 90;
const DAY_MS = 86_400_000;

/**
 * One account with root sessions on. The management account is never a target: decided in-account.
 * Elsewhere root's evidence comes from a root session; the in-account session is entered only where
 * a user control needs it or the root session was refused (then the root controls fall back to it).
 */
export async function auditWithRootSession<Credentials>(
  target: Target,
  deps: RootUnitDeps<Credentials>,
): Promise<AccountResult> {
  if (target.accountId === deps.plan.managementAccountId) {
    const entry = await deps.enter();
    if (!entry.ok) return deps.notJudged(entry.failure);
    return deps.audit(entry.credentials, { managementAccount: true });
  }
  const rootSession: Evidence<RootSessionFacts> = deps.plan.refusal
    ? { ok: false, failure: deps.plan.refusal }
    : await deps.readRoot();
  const userControls = deps.controls.filter((id) => !isRootControl(id));
  if (rootSession.ok && userControls.length === 0)
    return withRootNotes(fromRootSessionAlone(target, rootSession, deps), rootSession, deps.now);
  const entry = await deps.enter();
  if (entry.ok)
    return withRootNotes(
      await deps.audit(entry.credentials, { rootSession }),
      rootSession,
      deps.now,
    );
  if (!rootSession.ok) return bothRefused(deps, entry.failure, rootSession.failure);
  // Root decided by its session; the IAM users, which only the member role can read, not judged.
  const result = fromRootSessionAlone(target, rootSession, {
    ...deps,
    controls: deps.controls.filter(isRootControl),
  });
  const users = notJudgedFindings(userControls, {
    ...entry.failure,
    accountId: target.accountId,
    partition: deps.partition,
  });
  return withRootNotes(
    {
      ...result,
      findings: [...result.findings, ...users],
      notes: [...result.notes, `IAM users not judged: ${users[0]?.message ?? entry.failure.code}`],
    },
    rootSession,
    deps.now,
  );
}

/** Root's evidence from its session alone: no member role, no in-account call. */
function fromRootSessionAlone(
  target: Target,
  rootSession: Evidence<RootSessionFacts>,
  deps: Pick<RootUnitDeps<unknown>, 'controls' | 'partition' | 'now'>,
): AccountResult {
  const snapshot: AccountSnapshot = {
    accountId: target.accountId,
    partition: deps.partition,
    readAt: new Date(deps.now()).toISOString(),
    rootSession,
  };
  const result = judge(deps.controls, snapshot);
  return { ...result, ...(target.name ? { name: target.name } : {}) };
}

/** Neither session: every control ERROR, naming the member role's failure and the root session's. */
function bothRefused<Credentials>(
  deps: RootUnitDeps<Credentials>,
  member: Omit<NotJudged, 'accountId' | 'partition'>,
  root: CallFailure,
): AccountResult {
  const result = deps.notJudged({
    ...member,
    message: `${member.message}; and no root session either: ${root.call} failed with ${root.code} (${root.message})`,
    fix: `${member.fix}; for the root controls alone: ${root.fix ?? 'check centralized root access'}`,
  });
  const findings = result.findings.map((finding): Finding => ({
    ...finding,
    evidence: {
      ...finding.evidence,
      calls: [...finding.evidence.calls, root.call],
      observed: { ...finding.evidence.observed, rootSessionErrorCode: root.code },
    },
  }));
  return { ...result, findings };
}

/** The account's details say root's devices by type, and a recent root sign-in. */
function withRootNotes(
  result: AccountResult,
  rootSession: Evidence<RootSessionFacts>,
  now: () => number,
): AccountResult {
  if (!rootSession.ok) return result;
  const facts = rootSession.value;
  const notes = [
    facts.devices.length > 0
      ? `Root's MFA devices (root session): ${devicesInWords(facts.devices)}.`
      : "Root's MFA devices (root session): none.",
  ];
  const signedIn = facts.passwordLastUsed ? Date.parse(facts.passwordLastUsed) : NaN;
  const days = Math.floor((now() - signedIn) / DAY_MS);
  if (Number.isFinite(days) && days <= RECENT_SIGN_IN_DAYS)
    notes.push(
      `Root signed in to the console ${days <= 0 ? 'today' : `${days} day(s) ago`} (${facts.passwordLastUsed}).`,
    );
  return { ...result, notes: [...result.notes, ...notes] };
}
