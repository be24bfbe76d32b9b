import {
  accountLabel,
  userPoolsArn,
  type AccountSnapshot,
  type CallFailure,
  type Finding,
  type FindingEvidence,
  type Status,
  type UserPool,
  type UserPoolFacts,
} from '../model.js';
import { notRead, type Control, type ControlInfo } from './control.js';

/** First factors that sign a user in without a password: the AWS Config rule leaves such pools out. */
export const PASSWORDLESS_FACTORS = ['EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] as const;
export const OPTIONAL_MESSAGE = 'optional: users who never set it up sign in with a password alone';

const info: ControlInfo = {
  id: 'Cognito.5',
  title: 'MFA should be enabled for Cognito user pools',
  severity: 'medium',
  docUrl:
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cognito-controls.html#cognito-5',
  needs: ['userPools'],
  remediation: {
    text:
      'Require MFA pool-wide: enable a second factor and set MFA to ON, e.g. aws cognito-idp ' +
      'set-user-pool-mfa-config --user-pool-id <id> --software-token-mfa-configuration Enabled=true ' +
      '--mfa-configuration ON. Users without a factor are asked to set one up at their next sign-in.',
    verify: 'aws cognito-idp get-user-pool-mfa-config --user-pool-id <id> --region <region>',
    url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html',
  },
};

export const cognito5: Control = { ...info, evaluate };

const CALLS = ['cognito-idp:ListUserPools', 'cognito-idp:DescribeUserPool'];

/**
 * One finding per user pool of every region read. A region that could not be listed is one ERROR
 * finding for that region; the other regions are still decided.
 */
function evaluate(snapshot: AccountSnapshot): Finding[] {
  const evidence = snapshot.userPools;
  const regions = evidence?.regions ?? {
    ok: false as const,
    failure: notRead('cognito-idp:ListUserPools'),
  };
  if (!regions.ok) return [unreadFinding(snapshot, '*', regions.failure)];
  return regions.value.flatMap(({ region, pools }) =>
    pools.ok
      ? pools.value.map((pool) => poolFinding(snapshot, pool))
      : [unreadFinding(snapshot, region, pools.failure)],
  );
}

export interface PoolVerdict {
  status: Status;
  /** What the pool's MFA setting means, after "User pool NAME (ID) in REGION". */
  reason: string;
}

/** The verdict on one pool's facts (spec "Cognito.5: user pools"). */
export function decidePool(facts: UserPoolFacts): PoolVerdict {
  const passwordless = facts.firstFactors.filter((factor) =>
    (PASSWORDLESS_FACTORS as readonly string[]).includes(factor),
  );
  if (passwordless.length > 0) {
    return {
      status: 'NOT_APPLICABLE',
      reason: `allows a passwordless first factor (${passwordless.join(', ')}), which Cognito.5 does not judge`,
    };
  }
  switch (facts.mfaConfiguration ?? 'OFF') {
    case 'ON':
      return { status: 'PASSED', reason: 'requires MFA' };
    case 'OPTIONAL':
      return { status: 'FAILED', reason: `has MFA ${OPTIONAL_MESSAGE}` };
    case 'OFF':
      return {
        status: 'FAILED',
        reason:
          facts.mfaConfiguration === undefined
            ? 'has MFA off (DescribeUserPool gave no MfaConfiguration; OFF is its default)'
            : 'has MFA off: every user signs in with a password alone',
      };
    default:
      return {
        status: 'ERROR',
        reason: `has MfaConfiguration "${facts.mfaConfiguration}", which this action does not know`,
      };
  }
}

function poolFinding(snapshot: AccountSnapshot, pool: UserPool): Finding {
  const label = `User pool ${pool.name} (${pool.id}) in ${pool.region}`;
  if (!pool.facts.ok) {
    const { failure } = pool.facts;
    return finding(pool.arn, 'ERROR', `Could not judge ${label}: ${failed(failure)}`, {
      source: 'live',
      calls: [failure.call],
      observed: { poolName: pool.name, poolId: pool.id, region: pool.region, ...codes(failure) },
    });
  }
  const facts = pool.facts.value;
  const verdict = decidePool(facts);
  const exposed =
    verdict.status === 'FAILED' && facts.estimatedUsers !== undefined
      ? `; about ${facts.estimatedUsers} user(s) exposed`
      : facts.estimatedUsers !== undefined
        ? ` (about ${facts.estimatedUsers} user(s))`
        : '';
  return finding(pool.arn, verdict.status, `${label} ${verdict.reason}${exposed}.`, {
    source: 'live',
    calls: CALLS,
    observed: {
      poolName: pool.name,
      poolId: pool.id,
      region: pool.region,
      mfaConfiguration: facts.mfaConfiguration ?? null,
      secondFactors: facts.secondFactorsUnread
        ? `not read (${facts.secondFactorsUnread.call}: ${facts.secondFactorsUnread.code})`
        : facts.secondFactors.join(', ') || 'none',
      firstFactors: facts.firstFactors.join(', ') || 'not set (password)',
      estimatedUsers: facts.estimatedUsers ?? null,
    },
  });
}

/** A region (or, with `*`, every region) whose pools could not be listed. */
function unreadFinding(snapshot: AccountSnapshot, region: string, failure: CallFailure): Finding {
  const where = region === '*' ? 'any region' : `region ${region}`;
  return finding(
    userPoolsArn(snapshot.partition, snapshot.accountId, region),
    'ERROR',
    `Could not judge the user pools of account ${accountLabel(snapshot)} in ${where}: ${failed(failure)}`,
    {
      source: 'live',
      calls: [failure.call],
      observed: { ...(region === '*' ? {} : { region }), ...codes(failure) },
    },
  );
}

function failed(failure: CallFailure): string {
  const fix = failure.missingPermission
    ? ` Add ${failure.missingPermission} to the role's policy.`
    : '';
  return `${failure.call} failed with ${failure.code} (${failure.message}).${fix}`;
}

function codes(failure: CallFailure): Record<string, string> {
  return {
    errorCode: failure.code,
    ...(failure.missingPermission ? { missingPermission: failure.missingPermission } : {}),
  };
}

function finding(
  resource: string,
  status: Status,
  message: string,
  evidence: FindingEvidence,
): Finding {
  return {
    control: info.id,
    title: info.title,
    severity: info.severity,
    status,
    resourceType: 'AwsCognitoUserPool',
    resource,
    message,
    evidence,
    remediation: info.remediation,
  };
}
