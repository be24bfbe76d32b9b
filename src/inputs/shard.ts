/** `shard: K/N`: this job audits the K-th of N stable, near-equal slices of the accounts. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * The whole list a shard sliced: its size, and a digest of its sorted account ids. Shards that
 * discovered different lists cut different slices, and an account could fall between them.
 */
export interface ShardSelection {
  accounts: number;
  digest: string;
}

/** GitHub runs at most 256 jobs in one matrix; a few matrices may share one merge. */
export const MAX_SHARDS = 1000;

export function parseShard(text: string, problems: string[]): Shard | undefined {
  const value = text.trim();
  if (!value) return undefined;
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    problems.push(
      `shard "${value}" must be K/N with 1 ≤ K ≤ N ≤ ${MAX_SHARDS} (for example \${{ matrix.shard }}/4 with shard: [1, 2, 3, 4]).`,
    );
    return undefined;
  }
  return { index, count };
}

/** The shard's own name: in default file names and the artifact-name output, so shards never collide. */
export function shardName(shard: Shard | undefined): string {
  return shard ? `iam-mfa-audit-shard-${shard.index}-of-${shard.count}` : 'iam-mfa-audit';
}

/**
 * The K-th of N slices of `items` sorted by account id: slice boundaries floor((K-1)·L/N) to
 * floor(K·L/N), so slices differ in size by at most one and the same list always cuts the same way.
 */
export function sliceForShard<T extends { accountId: string }>(items: T[], shard: Shard): T[] {
  const sorted = [...items].sort((a, b) => a.accountId.localeCompare(b.accountId));
  const from = Math.floor(((shard.index - 1) * sorted.length) / shard.count);
  const to = Math.floor((shard.index * sorted.length) / shard.count);
  return sorted.slice(from, to);
}
