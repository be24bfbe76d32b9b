import type {
  AccountSnapshot,
  AccountSummaryFacts,
  Evidence,
  Finding,
  FindingEvidence,
} from '../model.js';
import { accountFinding, errorFinding, notRead, type ControlInfo } from './control.js';

const SUMMARY_CALL = 'iam:GetAccountSummary';

/** IAM.9 and IAM.6 exist only in the aws partition: elsewhere they are NOT_APPLICABLE. */
export function outsideAwsPartition(
  info: ControlInfo,
  snapshot: AccountSnapshot,
): Finding[] | undefined {
  if (snapshot.partition === 'aws') return undefined;
  return [
    accountFinding(
      info,
      snapshot,
      'NOT_APPLICABLE',
      'Security Hub does not offer this control outside the aws partition (root console sign-in works differently in aws-us-gov and aws-cn).',
      { source: 'live', calls: [], observed: { partition: snapshot.partition } },
    ),
  ];
}

/** The account summary, or a failure saying it was never read. */
export function summaryOf(snapshot: AccountSnapshot): Evidence<AccountSummaryFacts> {
  return snapshot.summary ?? { ok: false, failure: notRead(SUMMARY_CALL) };
}

/** A SummaryMap key the verdict needs is missing: unknown, never 0. */
export function missingSummaryKey(
  info: ControlInfo,
  snapshot: AccountSnapshot,
  key: string,
): Finding[] {
  return [
    errorFinding(info, snapshot, {
      call: SUMMARY_CALL,
      code: 'MissingSummaryKey',
      message: `SummaryMap has no ${key} key`,
    }),
  ];
}

/** AccountPasswordPresent 0: root cannot sign in, so root MFA controls pass. */
export function rootHasNoPassword(
  info: ControlInfo,
  snapshot: AccountSnapshot,
  evidence: FindingEvidence,
): Finding[] {
  return [
    accountFinding(
      info,
      snapshot,
      'PASSED',
      'Root has no password: it cannot sign in to the console.',
      evidence,
    ),
  ];
}
