import { rootArn, type ControlId, type Finding, type Partition } from '../model.js';
import { controlById } from '../controls/index.js';

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
