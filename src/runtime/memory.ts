import { getHeapStatistics } from 'node:v8';

/** Memory in the debug log, so a large account's cost can be seen where it arises. */
export function logMemory(phase: string, debug: (message: string) => void): void {
  const { rss, heapUsed } = process.memoryUsage();
  const peak = process.resourceUsage().maxRSS / 1024;
  debug(
    `memory after ${phase}: rss ${Math.round(rss / 1048576)} MB (peak ${Math.round(peak)} MB), heap ${Math.round(heapUsed / 1048576)} MB`,
  );
}

/**
 * How many accounts the fan-out may hold at once, each costing about `bytesPerAccount`: an eighth
 * of the heap Node may grow to (its limit follows the runner's memory), and never more than `max`.
 */
export function accountsMemoryAllows(
  bytesPerAccount: number,
  max: number,
  heapLimitBytes: number = getHeapStatistics().heap_size_limit,
): number {
  return Math.max(1, Math.min(max, Math.floor(heapLimitBytes / 8 / bytesPerAccount)));
}
