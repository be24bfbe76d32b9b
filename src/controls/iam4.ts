import {
  accountLabel,
  type AccountSnapshot,
  type Finding,
  type RootSessionFacts,
} from '../model.js';
import {
  accountFinding,
  errorFinding,
  securityHubDoc,
  type Control,
  type ControlInfo,
} from './control.js';
import { summaryCount, unknownSummaryValue, summaryOf } from './root-findings.js';
import { rootSessionEvidence, rootSessionFacts, withRefusal } from './root-session-findings.js';

const info: ControlInfo = {
  id: 'IAM.4',
  title: 'IAM root user access key should not exist',
  severity: 'critical',
  docUrl: securityHubDoc('IAM.4'),
  needs: ['summary'],
  remediation: {
    text:
      'Sign in as the root user, open Security credentials, and delete every root access key (deactivate first if ' +
      'something still uses it, and move that workload to an IAM role).',
    verify:
      'aws iam get-account-summary --query SummaryMap.AccountAccessKeysPresent  # 0 when none exist',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html',
  },
};

export const iam4: Control = { ...info, evaluate };

function evaluate(snapshot: AccountSnapshot): Finding[] {
  const facts = rootSessionFacts(snapshot);
  if (facts) return fromRootSession(snapshot, facts);
  return withRefusal(inAccount(snapshot), snapshot);
}

/** Any key root's ListAccessKeys lists fails, active or not, each named with its status and last use. */
function fromRootSession(snapshot: AccountSnapshot, facts: RootSessionFacts): Finding[] {
  const observed: Record<string, string | number | boolean | null> = {
    rootAccessKeys: facts.accessKeys.length,
  };
  const details = facts.accessKeys.map((key, index) => {
    const n = index + 1;
    observed[`accessKey${n}Id`] = key.accessKeyId;
    observed[`accessKey${n}Active`] = key.active;
    if (key.lastUsed) observed[`accessKey${n}LastUsed`] = key.lastUsed;
    const use = key.lastUsed
      ? `last used ${key.lastUsed}`
      : key.lastUsedUnknown
        ? `last use not known (${key.lastUsedUnknown})`
        : 'never used';
    return `${key.accessKeyId} ${key.active ? 'active' : 'inactive'}, ${use}`;
  });
  const evidence = rootSessionEvidence(
    facts,
    ['iam:ListAccessKeys', ...(facts.accessKeys.length > 0 ? ['iam:GetAccessKeyLastUsed'] : [])],
    observed,
  );
  if (facts.accessKeys.length === 0)
    return [accountFinding(info, snapshot, 'PASSED', 'Root has no access keys.', evidence)];
  return [
    accountFinding(
      info,
      snapshot,
      'FAILED',
      `Root user of ${accountLabel(snapshot)} has ${facts.accessKeys.length} access key(s) (${details.join('; ')}): a leaked root key has no MFA in front of it. Inactive keys count too.`,
      evidence,
    ),
  ];
}

function inAccount(snapshot: AccountSnapshot): Finding[] {
  const calls = ['iam:GetAccountSummary'];
  const summary = summaryOf(snapshot);
  if (!summary.ok) return [errorFinding(info, snapshot, summary.failure)];
  const present = summaryCount(summary.value, 'AccountAccessKeysPresent');
  if (present === undefined)
    return unknownSummaryValue(info, snapshot, summary.value, 'AccountAccessKeysPresent');
  if (present === 0) {
    return [
      accountFinding(info, snapshot, 'PASSED', 'Root has no access keys.', {
        source: 'live',
        calls,
        observed: { AccountAccessKeysPresent: 0 },
      }),
    ];
  }
  const observed: Record<string, string | number | boolean | null> = {
    AccountAccessKeysPresent: present,
  };
  // In the report's root row, a key that exists is active or has a rotation date.
  const keys = (snapshot.rootAccessKeys ?? []).filter(
    (key) => key.active === true || key.lastRotated,
  );
  const details = keys.map((key) => {
    observed[`accessKey${key.key}Active`] = key.active;
    if (key.lastUsed) observed[`accessKey${key.key}LastUsed`] = key.lastUsed;
    return `key ${key.key} ${key.active ? 'active' : 'inactive'}, ${key.lastUsed ? `last used ${key.lastUsed}` : 'never used'}`;
  });
  const detail = details.length > 0 ? ` (credential report: ${details.join('; ')})` : '';
  return [
    accountFinding(
      info,
      snapshot,
      'FAILED',
      `Root user of ${accountLabel(snapshot)} has an access key${detail}: a leaked root key has no MFA in front of it. Inactive keys count too.`,
      {
        source: 'live',
        calls: snapshot.rootAccessKeys ? [...calls, 'iam:GetCredentialReport'] : calls,
        observed,
        ...(snapshot.credentialReportGeneratedAt && details.length > 0
          ? {
              note: `key details from the credential report of ${snapshot.credentialReportGeneratedAt}`,
            }
          : {}),
      },
    ),
  ];
}
