import { describe, expect, test } from '@jest/globals';
import pLimit from 'p-limit';
import { AdaptiveBound, fixedBound } from '../../src/audit/adaptive-bound.js';
import { runPipeline } from '../../src/audit/account-pipeline.js';
import { createStsClient } from '../../src/aws/clients.js';
import { assumeMemberRole } from '../../src/aws/member-role.js';
import { generatedOrganization, HUB_ACCOUNT, HUB_ROLE_ARN } from '../fake-aws/organization.js';
import { startFakeOrganization } from '../fake-aws/server.js';

const clock = () => {
  let t = 0;
  return { now: () => t, pass: (ms: number) => (t += ms) };
};

describe('the adaptive bound', () => {
  test('grows by one per success until the first throttle (slow start), within its ceiling', () => {
    const { now } = clock();
    const bound = new AdaptiveBound({ initial: 4, ceiling: 10, now });
    for (let i = 0; i < 4; i++) bound.succeeded();
    expect(bound.limit).toBe(8);
    for (let i = 0; i < 10; i++) bound.succeeded();
    expect(bound.limit).toBe(10);
  });

  test('a throttle halves it; throttles within the settling time do not halve it again', () => {
    const { now, pass } = clock();
    const bound = new AdaptiveBound({ initial: 32, ceiling: 64, now, settleMs: 1_000 });
    bound.throttled();
    expect(bound.limit).toBe(16);
    bound.throttled();
    pass(999);
    bound.throttled();
    expect(bound.limit).toBe(16);
    pass(1);
    bound.throttled();
    expect(bound.limit).toBe(8);
  });

  test('never below its floor, whatever the throttling', () => {
    const { now, pass } = clock();
    const bound = new AdaptiveBound({ initial: 4, ceiling: 64, now });
    for (let i = 0; i < 10; i++) {
      bound.throttled();
      pass(5_000);
    }
    expect(bound.limit).toBe(1);
  });

  test('after a throttle it recovers by about one per round of successes (additive increase)', () => {
    const { now } = clock();
    const bound = new AdaptiveBound({ initial: 16, ceiling: 64, now });
    bound.throttled();
    expect(bound.limit).toBe(8);
    for (let i = 0; i < 8; i++) bound.succeeded();
    expect(bound.limit).toBe(8);
    for (let i = 0; i < 9; i++) bound.succeeded();
    expect(bound.limit).toBe(9);
    expect(bound.throttledOnce).toBe(true);
  });

  test('watchers hear each change of the whole limit; a fixed bound never moves', () => {
    const { now } = clock();
    const bound = new AdaptiveBound({ initial: 2, ceiling: 8, now });
    const heard: number[] = [];
    bound.onChange((limit) => heard.push(limit));
    bound.succeeded();
    bound.succeeded();
    bound.throttled();
    expect(heard).toEqual([3, 4, 2]);
    const fixed = fixedBound(16, now);
    fixed.succeeded();
    fixed.throttled();
    expect(fixed.limit).toBe(16);
  });
});

describe('the pipeline keeps each stage within its bound', () => {
  test('entering, waiting and auditing never exceed their bounds, and results keep item order', async () => {
    const { now } = clock();
    const entry = fixedBound(2, now);
    const audit = fixedBound(3, now);
    const most = { entering: 0, waiting: 0, auditing: 0 };
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    const items = Array.from({ length: 20 }, (_, i) => i);
    const results = await runPipeline(
      items,
      {
        enter: async (i) => (await tick(), i),
        ready: async (i) => {
          for (let n = 0; n < (i % 3) * 3; n++) await tick();
          return i;
        },
        audit: async (i) => (await tick(), i * 10),
      },
      { entry, audit, ahead: 6 },
      (i) => {
        most.entering = Math.max(most.entering, i.entering);
        most.waiting = Math.max(most.waiting, i.waiting);
        most.auditing = Math.max(most.auditing, i.auditing);
      },
    );
    expect(results).toEqual(items.map((i) => i * 10));
    expect(most.entering).toBeLessThanOrEqual(2);
    expect(most.auditing).toBeLessThanOrEqual(3);
    expect(most.entering + most.waiting).toBeGreaterThan(0);
  });
});

test('a throttled STS makes the entry bound shrink, then grow again', async () => {
  const org = generatedOrganization({ accounts: 120, usersPerAccount: 0 });
  const fake = await startFakeOrganization(org, {
    stsThrottle: { ratePerSecond: 40, burst: 10 },
  });
  try {
    const credentials = fake.credentialsFor(
      HUB_ACCOUNT,
      `arn:aws:sts::${HUB_ACCOUNT}:assumed-role/iam-mfa-audit/run`,
    );
    const bound = new AdaptiveBound({ initial: 16, ceiling: 64, now: Date.now, settleMs: 200 });
    const limits: number[] = [bound.limit];
    bound.onChange((limit) => limits.push(limit));
    const sts = createStsClient({
      region: 'us-east-1',
      env: { AWS_ENDPOINT_URL: fake.url },
      credentials,
      maxAttempts: 5,
      onThrottle: () => bound.throttled(),
    });
    process.env.AWS_ENDPOINT_URL = fake.url;
    const members = org.members.slice(1).map((m) => m.account.accountId);
    const entered = await runPipeline(
      members,
      {
        enter: async (id) => {
          const entry = await assumeMemberRole(
            sts,
            {
              roleArn: `arn:aws:iam::${id}:role/iam-mfa-audit`,
              sessionName: 'run',
              durationSeconds: 900,
            },
            () => undefined,
            HUB_ROLE_ARN,
          );
          if (entry.ok) bound.succeeded();
          return entry.ok;
        },
        audit: async (ok) => ok,
      },
      { entry: bound, audit: fixedBound(64, Date.now), ahead: 200 },
    );
    sts.destroy();
    expect(fake.throttled.get('sts:AssumeRole')).toBeGreaterThan(0);
    const lowest = Math.min(...limits);
    expect(lowest).toBeLessThan(16);
    // It grew again after its lowest point: the bound probes back up while calls succeed.
    expect(Math.max(...limits.slice(limits.lastIndexOf(lowest)))).toBeGreaterThan(lowest);
    expect(entered.filter(Boolean).length).toBeGreaterThan(0);
  } finally {
    delete process.env.AWS_ENDPOINT_URL;
    await fake.close();
  }
});

// p-limit's concurrency can be changed while work is queued: the pipeline relies on it.
test('a p-limit whose concurrency grows starts queued work at once', async () => {
  const limit = pLimit(1);
  let running = 0;
  let most = 0;
  const work = () =>
    limit(async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
    });
  const all = Promise.all([work(), work(), work()]);
  limit.concurrency = 3;
  await all;
  expect(most).toBe(3);
});
