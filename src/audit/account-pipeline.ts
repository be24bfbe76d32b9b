// The stages an account passes through, each with its own bound: entered (STS), its report waited
// for (no AWS place held), audited (IAM). Accounts flow through one by one, in order of entry.
import pLimit from 'p-limit';
import type { AdaptiveBound } from './adaptive-bound.js';

export interface Stages<T, E, R> {
  /** Enters one account: its session (sts:AssumeRole). Under the entry bound. */
  enter: (item: T) => Promise<E>;
  /**
   * Waits until the entered account's evidence can be read (its credential report is ready),
   * holding no audit place. Omitted: no head start; the account is entered in its audit place.
   */
  ready?: (entered: E) => Promise<E>;
  /** Audits one entered account. Under the audit bound. */
  audit: (entered: E) => Promise<R>;
}

export interface PipelineBounds {
  entry: AdaptiveBound;
  audit: AdaptiveBound;
  /** Accounts entered and not yet audited, at most: what memory allows to wait. */
  ahead: number;
}

/** How many accounts are in each stage, and the bounds, at one moment. */
export interface InFlight {
  entering: number;
  waiting: number;
  auditing: number;
  entryBound: number;
  auditBound: number;
}

/**
 * Runs every item through the stages, each as soon as it comes (items may still be arriving: the
 * accounts discovery is listing); results in item order. Where the items fail to come, the ones
 * already under way end first, then the failure is thrown.
 */
export async function runPipeline<T, E, R>(
  items: Iterable<T> | AsyncIterable<T>,
  stages: Stages<T, E, R>,
  bounds: PipelineBounds,
  watch: (inFlight: InFlight) => void = () => undefined,
): Promise<R[]> {
  const entryPlaces = pLimit(bounds.entry.limit);
  const auditPlaces = pLimit(bounds.audit.limit);
  const aheadPlaces = pLimit(Math.max(1, bounds.ahead));
  const now = { entering: 0, waiting: 0, auditing: 0 };
  const move = (from: keyof typeof now | undefined, to: keyof typeof now | undefined): void => {
    if (from) now[from] -= 1;
    if (to) now[to] += 1;
    watch({ ...now, entryBound: bounds.entry.limit, auditBound: bounds.audit.limit });
  };
  bounds.entry.onChange((limit) => (entryPlaces.concurrency = limit));
  bounds.audit.onChange((limit) => (auditPlaces.concurrency = limit));

  const { ready } = stages;
  const headStart = async (item: T): Promise<R> => {
    const entered = await entryPlaces(async () => {
      move(undefined, 'entering');
      try {
        return await stages.enter(item);
      } finally {
        move('entering', 'waiting');
      }
    });
    let waited: E;
    try {
      waited = await (ready as (entered: E) => Promise<E>)(entered);
    } catch (error) {
      move('waiting', undefined);
      throw error;
    }
    return auditPlaces(async () => {
      move('waiting', 'auditing');
      try {
        return await stages.audit(waited);
      } finally {
        move('auditing', undefined);
      }
    });
  };
  const inPlace = (item: T): Promise<R> =>
    auditPlaces(async () => {
      move(undefined, 'auditing');
      try {
        return await stages.audit(await stages.enter(item));
      } finally {
        move('auditing', undefined);
      }
    });
  const started: Array<Promise<R>> = [];
  try {
    for await (const item of items) {
      const result = aheadPlaces(() => (ready ? headStart(item) : inPlace(item)));
      // Awaited below with the rest; until then a failure must not count as unhandled.
      result.catch(() => undefined);
      started.push(result);
    }
  } catch (error) {
    await Promise.allSettled(started);
    throw error;
  }
  return Promise.all(started);
}
