import {
  SUMMARY_FIELD,
  type AccountSnapshot,
  type AccountSummaryFacts,
  type Evidence,
  type Finding,
  type FindingEvidence,
  type SummaryKey,
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

/** A SummaryMap count the verdicts may rest on: a whole number ≥ 0, else undefined (unknown). */
export function summaryCount(facts: AccountSummaryFacts, key: SummaryKey): number | undefined {
  if (facts.malformed?.[key] !== undefined) return undefined;
  const value = facts[SUMMARY_FIELD[key]];
  return Number.isInteger(value) && (value as number) >= 0 ? value : undefined;
}

/** A SummaryMap key the verdict needs is missing or not a count: unknown, never 0. */
export function unknownSummaryValue(
  info: ControlInfo,
  snapshot: AccountSnapshot,
  facts: AccountSummaryFacts,
  key: SummaryKey,
): Finding[] {
  const raw = facts.malformed?.[key] ?? facts[SUMMARY_FIELD[key]];
  return [
    errorFinding(
      info,
      snapshot,
      raw === undefined
        ? { call: SUMMARY_CALL, code: 'MissingSummaryKey', message: `SummaryMap has no ${key} key` }
        : {
            call: SUMMARY_CALL,
            code: 'MalformedSummaryValue',
            message: `SummaryMap's ${key} is ${JSON.stringify(String(raw)).slice(0, 40)}, not a whole number`,
          },
    ),
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
