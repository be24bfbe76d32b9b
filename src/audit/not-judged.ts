// What an account the action did not judge yields: not entered (ERROR per control), or skipped.
import {
  rootArn,
  type AccountResult,
  type ControlId,
  type Finding,
  type Partition,
} from '../model.js';
import { controlById } from '../controls/index.js';
import type { Target } from './targets.js';

/** Why an account the run's time (or its share of it) ran out on is not judged, and the fix. */
export function outOfTime(message: string): {
  code: 'DeadlineExceeded';
  message: string;
  fix: string;
} {
  return {
    code: 'DeadlineExceeded',
    message,
    fix: 'raise timeout-seconds, or shard the Organization over a matrix of jobs',
  };
}

export interface NotJudged {
  accountId: string;
  partition: Partition;
  /** The member role that could not be assumed, where one was tried. */
  roleArn?: string;
  code: string;
  message: string;
  fix: string;
}

/**
 * An account the action could not enter is not judged: one ERROR per selected control, naming the
 * role, the error and the fix. Never dropped, never passed (spec "Accounts").
 */
export function notJudgedFindings(controls: readonly ControlId[], account: NotJudged): Finding[] {
  const what = account.roleArn
    ? `could not assume ${account.roleArn} (${account.code}: ${account.message})`
    : `${account.code}: ${account.message}`;
  return controls.map((id) => {
    const control = controlById(id);
    return {
      control: id,
      title: control.title,
      severity: control.severity,
      status: 'ERROR',
      resourceType: 'AwsAccount',
      resource: rootArn(account.partition, account.accountId),
      message: `Account ${account.accountId} was not judged: ${what}. Fix: ${account.fix}.`,
      evidence: {
        source: 'live',
        calls: account.roleArn ? ['sts:AssumeRole'] : [],
        observed: {
          errorCode: account.code,
          ...(account.roleArn ? { roleArn: account.roleArn } : {}),
        },
      },
      remediation: control.remediation,
    };
  });
}

/** The account as a result: not judged, an ERROR per control, read at `readAt`. */
export function notJudgedResult(
  target: Target,
  entry: NotJudged,
  controls: readonly ControlId[],
  readAt: string,
): AccountResult {
  return {
    accountId: target.accountId,
    partition: entry.partition,
    status: 'not-judged',
    ...(target.name ? { name: target.name } : {}),
    readAt,
    findings: notJudgedFindings(controls, entry),
    notes: [],
  };
}

/** An account left out (its Organizations state, or exclude-accounts): no findings, the reason. */
export function skippedResult(
  target: Target & { reason: string },
  partition: Partition,
  readAt: string,
): AccountResult {
  return {
    accountId: target.accountId,
    partition,
    status: 'skipped',
    ...(target.name ? { name: target.name } : {}),
    skippedReason: target.reason,
    readAt,
    findings: [],
    notes: [],
  };
}
