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

/** The list every shard slices (audited and skipped), as a shard report records it for the merge. */
export function selectionOf(targets: Targets): ShardSelection {
  const ids = [...targets.audit, ...targets.skipped].map((t) => t.accountId).sort();
  return {
    accounts: ids.length,
    digest: createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 16),
  };
}
