/** Memory in the debug log, so a large account's cost can be seen where it arises. */
export function logMemory(phase: string, debug: (message: string) => void): void {
  const { rss, heapUsed } = process.memoryUsage();
  const peak = process.resourceUsage().maxRSS / 1024;
  debug(
    `memory after ${phase}: rss ${Math.round(rss / 1048576)} MB (peak ${Math.round(peak)} MB), heap ${Math.round(heapUsed / 1048576)} MB`,
  );
}
