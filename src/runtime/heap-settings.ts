import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

// V8 settings an action cannot pass on Node's command line. Each is read at each resize of the
// heap, so they work when set from inside; a Node that ignored them would only use more memory
// (or, for the young generation's growth, more CPU).

/**
 * Keeps the young generation at its starting size. On a runner's 16 GB Node lets it grow to two
 * 64 MB semi-spaces, and the audit's short-lived garbage (responses, signatures) then holds
 * 128 MB that is 95 % empty: the largest part of a 5,000-user run's peak (`npm run bench`).
 */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * A merge's live data grows report by report (the findings of every account), and so does a
 * fan-out's (the results of the accounts audited); V8 lets the old generation grow to several
 * times what is live before it collects; here, to twice at most. Measured on a merge of 10,000
 * accounts: peak RSS 284–303 → 217–248 MB, for about 0.7 s more; on a fan-out over 1,000 accounts
 * at AWS's pace: 288–294 → 201 MB, its CPU time unchanged within the noise (`npm run bench`).
 */
export function collectBeforeHeapDoubles(): void {
  setFlagsFromString('--heap-growing-percent=100');
}

const GROWN_SEMI_SPACE_MB = 8;

/**
 * A fan-out over many accounts allocates far more than one account's audit (every account's
 * requests, signatures and responses at once): with the young generation kept at its starting
 * 1 MB, what is in flight across a wait survives its scavenges, is promoted, and the old generation
 * is collected again and again. Here the young generation grows once, to two 8 MB semi-spaces, and
 * is kept there. V8 reads its semi-space size only at start-up, so the growth factor is raised
 * until the first growth is seen, then set back. Measured on 1,000 accounts (`npm run bench`).
 */
export function growYoungGenerationOnce(): void {
  const newSpaceMb = (): number =>
    (getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0) /
    2 ** 20;
  const startMb = newSpaceMb();
  // new_space counts both semi-spaces.
  const factor = Math.floor((2 * GROWN_SEMI_SPACE_MB) / Math.max(1, startMb));
  if (factor <= 1) return;
  setFlagsFromString(`--semi-space-growth-factor=${factor}`);
  const watch = new PerformanceObserver(() => {
    if (newSpaceMb() <= startMb) return;
    setFlagsFromString('--semi-space-growth-factor=1');
    watch.disconnect();
  });
  watch.observe({ entryTypes: ['gc'] });
}
