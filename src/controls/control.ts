import {
  accountLabel,
  rootArn,
  type AccountSnapshot,
  type CallFailure,
  type ControlId,
  type EvidenceKind,
  type Finding,
  type FindingEvidence,
  type Remediation,
  type Severity,
  type Status,
} from '../model.js';

export interface Control {
  id: ControlId;
  title: string;
  severity: Severity;
  /** Security Hub's documentation of the control. */
  docUrl: string;
  remediation: Remediation;
  needs: EvidenceKind[];
  /** For user controls: what the failing users do, after "12 IAM user(s) in <account>". */
  failingUsers?: string;
  evaluate: (snapshot: AccountSnapshot) => Finding[];
}

export type ControlInfo = Omit<Control, 'evaluate'>;

export function securityHubDoc(id: ControlId): string {
  return `https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#${id.toLowerCase().replace('.', '-')}`;
}

/** A finding about the account itself (root controls, and ERROR findings of any control). */
export function accountFinding(
  control: ControlInfo,
  snapshot: AccountSnapshot,
  status: Status,
  message: string,
  evidence: FindingEvidence,
): Finding {
  return {
    control: control.id,
    title: control.title,
    severity: control.severity,
    status,
    resourceType: 'AwsAccount',
    resource: rootArn(snapshot.partition, snapshot.accountId),
    message,
    evidence,
    remediation: control.remediation,
  };
}

/** The one ERROR finding a control gives when evidence it needs could not be read. */
export function errorFinding(
  control: ControlInfo,
  snapshot: AccountSnapshot,
  failure: CallFailure,
): Finding {
  const fix = failure.fix
    ? ` Fix: ${failure.fix}.`
    : failure.missingPermission
      ? ` Add ${failure.missingPermission} to the role's policy.`
      : '';
  return accountFinding(
    control,
    snapshot,
    'ERROR',
    `Could not judge account ${accountLabel(snapshot)}: ${failure.call} failed with ${failure.code} (${failure.message}).${fix}`,
    {
      source: 'live',
      calls: [failure.call],
      observed: {
        errorCode: failure.code,
        ...(failure.missingPermission ? { missingPermission: failure.missingPermission } : {}),
      },
    },
  );
}

/** Evidence a control needs but that was never read is a bug: say so as ERROR, never pass. */
export function notRead(call: string): CallFailure {
  return { call, code: 'NotRead', message: 'the evidence was not gathered' };
}
