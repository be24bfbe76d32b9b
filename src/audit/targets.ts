// Which accounts to audit and which to list as skipped: pure, once discovery has run.
import { createHash } from 'node:crypto';
import type { AccountSelection } from '../inputs/account-selection.js';
import { sliceForShard, type Shard, type ShardSelection } from '../inputs/shard.js';
import type { OrganizationAccount } from '../aws/organization.js';

export interface Target {
  accountId: string;
  name?: string;
}

export interface Targets {
  /** Accounts to audit, by id. */
  audit: Target[];
  /** Accounts left out, with the reason (their Organizations state, or exclude-accounts). */
  skipped: Array<Target & { reason: string }>;
  /** Accounts whose Organizations state is not known (neither State nor Status): not judged. */
  unknownState?: Target[];
}

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
    const { target, skipped } = classifyTarget(account, exclude);
    if (skipped === undefined) targets.audit.push(target);
    else if (skipped === UNKNOWN_STATE) (targets.unknownState ??= []).push(target);
    else targets.skipped.push({ ...target, reason: skipped });
  }
  return targets;
}

const UNKNOWN_STATE = Symbol('unknown state');

/**
 * One candidate: audited (no `skipped`), skipped for a reason, or of a state not known. An account
 * named in the inputs and not found by discovery counts as ACTIVE.
 */
function classifyTarget(
  account: OrganizationAccount | Target,
  exclude: ReadonlySet<string>,
): { target: Target; skipped?: string | typeof UNKNOWN_STATE } {
  const target: Target = {
    accountId: account.accountId,
    ...(account.name ? { name: account.name } : {}),
  };
  const state = 'state' in account ? account.state : 'ACTIVE';
  if (exclude.has(account.accountId)) return { target, skipped: 'listed in exclude-accounts' };
  if (state === undefined) return { target, skipped: UNKNOWN_STATE };
  if (state !== 'ACTIVE') return { target, skipped: `Organizations state ${state}` };
  return { target };
}

/**
 * The accounts of a selection to audit, as discovery finds them: each account a page names that
 * chooseTargets would audit, the first time it is named; once discovery has ended, the accounts
 * named in the inputs that it did not find. Together, exactly chooseTargets' `audit`.
 */
export function targetsAsFound(selection: AccountSelection) {
  const exclude = new Set(selection.exclude);
  const named = new Set(selection.accountIds);
  const toAudit = (account: OrganizationAccount | Target): Target[] => {
    const { target, skipped } = classifyTarget(account, exclude);
    return skipped === undefined ? [target] : [];
  };
  return {
    /** Of one page's accounts (each new to discovery), those to audit. */
    found: (accounts: OrganizationAccount[]): Target[] =>
      accounts.flatMap((account) => {
        named.delete(account.accountId);
        return toAudit(account);
      }),
    /** Once discovery has ended: the named accounts it did not find, to audit. */
    rest: (): Target[] => [...named].flatMap((accountId) => toAudit({ accountId })),
  };
}

/**
 * One shard's part of the targets: the whole list, audited and skipped, by account id, cut into
 * stable slices, so that every account, skipped ones too, is in exactly one shard's report.
 */
export function shardTargets(targets: Targets, shard: Shard): Targets {
  const all = [
    ...targets.audit.map((target) => ({ target, kind: 'audit' as const })),
    ...(targets.unknownState ?? []).map((target) => ({ target, kind: 'unknown' as const })),
    ...targets.skipped.map((target) => ({ target, kind: 'skipped' as const })),
  ].map((entry) => ({ ...entry, accountId: entry.target.accountId }));
  const mine = sliceForShard(all, shard);
  const unknownState = mine.flatMap((e) => (e.kind === 'unknown' ? [e.target] : []));
  return {
    audit: mine.flatMap((e) => (e.kind === 'audit' ? [e.target] : [])),
    skipped: mine.flatMap((e) =>
      e.kind === 'skipped' ? [e.target as Target & { reason: string }] : [],
    ),
    ...(unknownState.length > 0 ? { unknownState } : {}),
  };
}

/** The list every shard slices (audited and skipped), as a shard report records it for the merge. */
export function selectionOf(targets: Targets): ShardSelection {
  const ids = [...targets.audit, ...(targets.unknownState ?? []), ...targets.skipped]
    .map((t) => t.accountId)
    .sort();
  return {
    accounts: ids.length,
    digest: createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 16),
  };
}
