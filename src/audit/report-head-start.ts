// An account's credential report, started the moment the account is entered and waited for
// outside the audit places: AWS takes seconds to write one, and the waits of many accounts overlap.
import type { SharedAgents } from '../aws/clients.js';
import { errorCode } from '../aws/call-failure.js';
import {
  awaitCredentialReport,
  MANY_ACCOUNTS,
  startCredentialReport,
  type ReportStart,
} from '../aws/credential-report.js';
import type { SessionCredentials } from '../aws/credentials.js';
import type { Deadline } from '../runtime/deadline.js';
import type { RunLog } from '../runtime/log.js';
import { accountIamClient, REPORT_DEADLINE_MS } from './account.js';

export interface HeadStartDeps {
  region: string;
  env: NodeJS.ProcessEnv;
  timeoutSeconds: number;
  agents: SharedAgents;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  log: RunLog;
  /** An IAM call was throttled (the fan-out's bound backs off). */
  onIamThrottle?: (operation: string) => void;
}

/**
 * Starts the account's credential report (GenerateCredentialReport) and waits until AWS says it is
 * complete, within the account's deadline and the report's own, looking again on the schedule of
 * many accounts. Each look has an IAM client of its own, dropped after it (the connections are the
 * run's): between looks a waiting account holds only its credentials and a timer, not a client's
 * 21 KiB, and a thousand accounts wait at once at AWS's pace (docs/performance.md). Nothing here
 * decides a verdict: a failed call or a report not ready in time leaves the read to the audit,
 * which reports it.
 */
export async function reportHeadStart(
  accountId: string,
  credentials: SessionCredentials | undefined,
  deadline: Deadline,
  deps: HeadStartDeps,
): Promise<ReportStart | undefined> {
  const ask = () =>
    startCredentialReport(
      accountIamClient(credentials, deps, `report head start, account ${accountId}`),
      deps.now,
    );
  const policy = {
    now: deps.now,
    sleep: deps.sleep,
    deadlineMs: Math.min(REPORT_DEADLINE_MS, deadline.remainingMs()),
  };
  try {
    return await deadline.race(
      ask().then((start) => awaitCredentialReport(ask, policy, start, MANY_ACCOUNTS)),
      `iam:GenerateCredentialReport in ${accountId}`,
    );
  } catch (error) {
    deps.log.debug(
      `${accountId}: the credential report could not be started ahead (${errorCode(error instanceof Error && 'cause' in error ? error.cause : error)}); the audit reads it itself`,
    );
    return undefined;
  }
}
