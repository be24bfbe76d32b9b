// How many accounts may be in one stage at once: grows while AWS answers, halves when it throttles.

export interface BoundSettings {
  /** Where the bound starts. */
  initial: number;
  /** Never above it: what the runner's memory allows. */
  ceiling: number;
  /** Never below it. */
  floor?: number;
  now: () => number;
  /**
   * Throttles this soon after a decrease belong to the same burst of refusals (calls that were
   * already in flight): they do not halve the bound again.
   */
  settleMs?: number;
}

const SETTLE_MS = 1_000;

/**
 * Additive increase, multiplicative decrease (TCP's congestion control, with calls for packets).
 * Until the first throttle the bound grows by one per success, doubling each round of accounts
 * (slow start); after one, by one per round, so it probes back up to the rate AWS allows. A
 * throttle halves it, once per settling time. Pure: the clock is given, nothing waits.
 */
export class AdaptiveBound {
  private value: number;
  private slowStart = true;
  private lastDecreaseAt = Number.NEGATIVE_INFINITY;
  private readonly floor: number;
  private readonly ceiling: number;
  private readonly settleMs: number;
  private readonly watchers: Array<(limit: number) => void> = [];

  constructor(private readonly settings: BoundSettings) {
    this.floor = Math.max(1, Math.floor(settings.floor ?? 1));
    this.ceiling = Math.max(this.floor, Math.floor(settings.ceiling));
    this.settleMs = settings.settleMs ?? SETTLE_MS;
    this.value = clamp(settings.initial, this.floor, this.ceiling);
  }

  /** Accounts allowed in the stage now: a whole number from floor to ceiling. */
  get limit(): number {
    return Math.floor(this.value);
  }

  /** Whether a throttle has been seen (the bound is past its slow start). */
  get throttledOnce(): boolean {
    return !this.slowStart;
  }

  /** Called with the new limit whenever it changes. */
  onChange(watcher: (limit: number) => void): void {
    this.watchers.push(watcher);
  }

  /** One unit of work (a call, an account) went through without being throttled. */
  succeeded(): void {
    this.set(this.value + (this.slowStart ? 1 : 1 / this.value));
  }

  /** AWS refused a call for its rate. */
  throttled(): void {
    const now = this.settings.now();
    this.slowStart = false;
    if (now - this.lastDecreaseAt < this.settleMs) return;
    this.lastDecreaseAt = now;
    this.set(this.value / 2);
  }

  private set(value: number): void {
    const before = this.limit;
    this.value = clamp(value, this.floor, this.ceiling);
    if (this.limit !== before) for (const watcher of this.watchers) watcher(this.limit);
  }
}

function clamp(value: number, floor: number, ceiling: number): number {
  return Math.min(ceiling, Math.max(floor, value));
}

/** A bound that never moves: the benchmark's fixed concurrency, for comparison. */
export function fixedBound(limit: number, now: () => number): AdaptiveBound {
  return new AdaptiveBound({ initial: limit, floor: limit, ceiling: limit, now });
}
