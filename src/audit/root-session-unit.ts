// Reading one account's root through a root session: AssumeRoot, the reads, then the session dropped.
import type { createStsClient, SharedAgents } from '../aws/clients.js';
import { readRootEvidence } from '../aws/root-evidence.js';
import { ASSUME_ROOT, assumeRoot } from '../aws/root-session.js';
import type { ControlId, Evidence, Partition, RootSessionFacts } from '../model.js';
import { DeadlineExceeded, type Deadline } from '../runtime/deadline.js';
import type { RunLog } from '../runtime/log.js';
import { accountIamClient } from './account.js';
import { outOfTime } from './not-judged.js';

export interface RootReadDeps {
  region: string;
  controls: readonly ControlId[];
  timeoutSeconds: number;
  env: NodeJS.ProcessEnv;
  now: () => number;
  log: RunLog;
  mask: (secret: string) => void;
  agents?: SharedAgents;
  /** The first session's STS client (regional endpoint), made on first use. */
  sts: () => ReturnType<typeof createStsClient>;
}

/** What auditWithRootSession needs to read root in this account. */
export function rootSessionDeps(
  account: { accountId: string; partition: Partition },
  limit: Deadline,
  deps: RootReadDeps,
) {
  return {
    controls: deps.controls,
    partition: account.partition,
    now: deps.now,
    readRoot: () => readRootInSession(account, limit, deps),
  };
}

/**
 * sts:AssumeRoot with the audit task policy, root's evidence read with that session, and the
 * session dropped: its credentials live only in this call (masked the moment they arrived).
 */
async function readRootInSession(
  account: { accountId: string; partition: Partition },
  limit: Deadline,
  deps: RootReadDeps,
): Promise<Evidence<RootSessionFacts>> {
  let opened: Awaited<ReturnType<typeof assumeRoot>>;
  try {
    opened = await limit.race(
      assumeRoot(deps.sts(), account, deps.mask),
      `${ASSUME_ROOT} into ${account.accountId}`,
    );
  } catch (error) {
    if (!(error instanceof DeadlineExceeded)) throw error;
    return {
      ok: false,
      failure: { call: ASSUME_ROOT, ...outOfTime(error.message) },
    };
  }
  if (!opened.ok) {
    deps.log.debug(`${ASSUME_ROOT} into ${account.accountId} refused: ${opened.failure.code}`);
    return opened;
  }
  const iam = accountIamClient(
    opened.credentials,
    deps,
    `root session, account ${account.accountId}`,
  );
  try {
    return await readRootEvidence(iam, limit);
  } finally {
    if (!deps.agents) iam.destroy();
  }
}
