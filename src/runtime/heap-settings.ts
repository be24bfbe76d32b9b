import { setFlagsFromString } from 'node:v8';

// V8 settings an action cannot pass on Node's command line. Both are read at each resize of the
// heap, so they work when set from inside; a Node that ignored them would only use more memory.

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
