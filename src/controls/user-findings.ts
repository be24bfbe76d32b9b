import type { AccountSnapshot, EvidenceSource, Fact, Finding, UserFacts } from '../model.js';
import { errorFinding, notRead, type ControlInfo } from './control.js';

export interface UserVerdict {
  status: 'PASSED' | 'FAILED';
  message: string;
  /** The facts the verdict rests on, in the order they were decided. */
  facts: Array<{ name: string; fact: Fact<boolean | null>; call: string }>;
}

/**
 * One finding per IAM user. Any user fact the verdict needs that could not be read turns the whole
 * control into one ERROR finding for the account: a partial list of users is never a pass.
 */
export function userFindings(
  info: ControlInfo,
  snapshot: AccountSnapshot,
  decide: (user: UserFacts) => UserVerdict | { unread: UserFacts['mfa'] | UserFacts['password'] },
): Finding[] {
  const users = snapshot.users ?? { ok: false, failure: notRead('iam:GetCredentialReport') };
  if (!users.ok) return [errorFinding(info, snapshot, users.failure)];
  const findings: Finding[] = [];
  for (const user of users.value.users) {
    const verdict = decide(user);
    if ('unread' in verdict) {
      if (!verdict.unread.ok) return [errorFinding(info, snapshot, verdict.unread.failure)];
      continue;
    }
    findings.push(toFinding(info, user, verdict, users.value));
  }
  return findings;
}

function toFinding(
  info: ControlInfo,
  user: UserFacts,
  verdict: UserVerdict,
  report: { reportGeneratedAt: string; reportIsLive: boolean },
): Finding {
  const observed: Record<string, string | number | boolean | null> = {};
  const calls = new Set<string>();
  const stale: string[] = [];
  let source: EvidenceSource = 'credential-report';
  for (const { name, fact, call } of verdict.facts) {
    observed[name] = fact.value;
    observed[`${name}From`] =
      fact.source === 'live' ? `live (${fact.via ?? call})` : 'credential-report';
    calls.add(fact.source === 'live' ? (fact.via ?? call) : 'iam:GetCredentialReport');
    if (fact.source === 'live') source = 'live';
    if (fact.reportSaid !== undefined)
      stale.push(`${name} was ${fact.reportSaid}, IAM now says ${fact.value}`);
  }
  if (user.passwordLastUsed) observed.passwordLastUsed = user.passwordLastUsed;
  return {
    control: info.id,
    title: info.title,
    severity: info.severity,
    status: verdict.status,
    resourceType: 'AwsIamUser',
    resource: user.arn,
    message: verdict.message,
    evidence: {
      source,
      calls: [...calls],
      observed,
      ...(stale.length > 0
        ? {
            note: `the credential report of ${report.reportGeneratedAt} is out of date: ${stale.join('; ')}`,
          }
        : source === 'credential-report'
          ? {
              note: report.reportIsLive
                ? `from the credential report generated during this run (${report.reportGeneratedAt})`
                : `from the credential report of ${report.reportGeneratedAt}`,
            }
          : {}),
    },
    remediation: info.remediation,
  };
}
