/** The run's time is up; whatever was still waiting is reported as not read. */
export class DeadlineExceeded extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeadlineExceeded';
  }
}

/** Settles with `work`, or rejects with DeadlineExceeded after `ms`; the timer never keeps Node alive. */
export function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(message)), Math.max(0, ms));
    timer.unref();
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/** The whole run's deadline (input timeout-seconds): no phase waits past it. */
export class Deadline {
  private readonly at: number;

  constructor(
    readonly seconds: number,
    private readonly now: () => number,
    /** What ran out, in messages: the run's time, or one account's share of it. */
    private readonly what = `the run's time ran out (timeout-seconds: ${seconds})`,
  ) {
    this.at = now() + seconds * 1000;
  }

  /** A deadline `ms` from now, or this one if it comes first: one account's share of the run. */
  share(ms: number, what: string): Deadline {
    return ms < this.remainingMs()
      ? new Deadline(ms / 1000, this.now, what)
      : new Deadline(this.remainingMs() / 1000, this.now, this.what);
  }

  remainingMs(): number {
    return Math.max(0, this.at - this.now());
  }

  race<T>(work: Promise<T>, what: string): Promise<T> {
    return withTimeout(work, this.remainingMs(), `${what} had not answered when ${this.what}`);
  }
}
