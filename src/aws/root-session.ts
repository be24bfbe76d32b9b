// A root session in a member account: sts:AssumeRoot with the audit task policy, on a regional endpoint.
import { AssumeRootCommand, type STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import type { CallFailure, Partition } from '../model.js';
import { describeFailure } from './call-failure.js';
import { isThrottlingCode } from './clients.js';
import { maskedCredentials } from './credentials.js';

export const ASSUME_ROOT = 'sts:AssumeRoot';
/** AWS allows a root session at most 900 s; the audit of one account's root takes a few calls. */
export const ROOT_SESSION_SECONDS = 900;

/** The AWS-managed task policy that allows only reads of root's own credentials. */
export function auditTaskPolicyArn(partition: Partition): string {
  return `arn:${partition}:iam::aws:policy/root-task/IAMAuditRootUserCredentials`;
}

/** A refusal of sts:AssumeRoot, said so that a person can fix it. */
export type RootSessionRefusal = CallFailure & { fix: string };

const TURN_ON =
  'turn on centralized root access in the management account: aws organizations enable-aws-service-access ' +
  '--service-principal iam.amazonaws.com; aws iam enable-organizations-root-credentials-management; ' +
  'aws iam enable-organizations-root-sessions';

/**
 * Where STS is reached for this run: AWS_ENDPOINT_URL_STS, else AWS_ENDPOINT_URL, as the SDK reads
 * them. The global endpoint (sts.amazonaws.com) refuses AssumeRoot, so it is never asked.
 */
export function globalStsEndpoint(env: NodeJS.ProcessEnv): string | undefined {
  const url = env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL;
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase() === 'sts.amazonaws.com' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The refusal to give without asking AWS: the global endpoint, or root sessions not on here. */
export function rootSessionUnavailable(
  reason: 'global-endpoint' | 'feature-off' | 'sessions-off' | 'not-known',
  endpoint?: string,
): RootSessionRefusal {
  if (reason === 'global-endpoint')
    return {
      call: ASSUME_ROOT,
      code: 'GlobalEndpoint',
      message: `the STS endpoint ${endpoint} is the global one, which refuses AssumeRoot`,
      fix: 'point AWS_ENDPOINT_URL_STS at a regional endpoint (https://sts.<region>.amazonaws.com), or unset it',
    };
  if (reason === 'sessions-off')
    return {
      call: ASSUME_ROOT,
      code: 'RootSessionsOff',
      message:
        "the Organization's centralized root access is on, but its root sessions (RootSessions) are off, so no root session can be opened",
      fix: 'in the management account: aws iam enable-organizations-root-sessions',
    };
  return {
    call: ASSUME_ROOT,
    code: reason === 'feature-off' ? 'CentralizedRootAccessOff' : 'CentralizedRootAccessNotKnown',
    message:
      reason === 'feature-off'
        ? "the Organization's centralized root access (RootCredentialsManagement) is off, so no root session can be opened"
        : 'the first session is not in the management account or the delegated administrator for centralized root access, so root sessions cannot be opened from it',
    fix:
      reason === 'feature-off'
        ? TURN_ON
        : 'run the audit from the management account or the delegated administrator for root access (deploy/ has the hub role), with centralized root access on',
  };
}

/**
 * sts:AssumeRoot into `accountId` with the audit task policy. Every credential part is masked the
 * moment it arrives; the caller drops the credentials once the account's root evidence is read.
 * The STS client's own retries cover throttling and 5xx; a refusal is final.
 */
export async function assumeRoot(
  sts: STSClient,
  target: { accountId: string; partition: Partition },
  mask: (secret: string) => void,
): Promise<
  { ok: true; credentials: AwsCredentialIdentity } | { ok: false; failure: RootSessionRefusal }
> {
  try {
    const out = await sts.send(
      new AssumeRootCommand({
        TargetPrincipal: target.accountId,
        TaskPolicyArn: { arn: auditTaskPolicyArn(target.partition) },
        DurationSeconds: ROOT_SESSION_SECONDS,
      }),
    );
    const credentials = maskedCredentials(out.Credentials, mask);
    if (credentials) return { ok: true, credentials };
    return {
      ok: false,
      failure: {
        call: ASSUME_ROOT,
        code: 'NoCredentials',
        message: 'STS returned no credentials',
        fix: 'run again',
      },
    };
  } catch (error) {
    const failure = describeFailure(ASSUME_ROOT, error);
    return { ok: false, failure: { ...failure, fix: refusalFix(failure) } };
  }
}

/** What to do about a refusal, by its code. */
export function refusalFix(failure: CallFailure): string {
  if (failure.missingPermission)
    return (
      `give the first session's role sts:AssumeRoot on arn:aws:iam::*:root with the condition sts:TaskPolicyArn = ` +
      `IAMAuditRootUserCredentials (the hub template's EnableRootSessions), check that no service control policy ` +
      `denies sts:AssumeRoot, and that centralized root access is on (${TURN_ON})`
    );
  if (isThrottlingCode(failure.code))
    return 'STS throttled the root sessions past retries: run again, or audit fewer accounts at once (shard)';
  if (failure.code === 'RegionDisabledException')
    return "activate STS in the action's aws-region, or choose another aws-region";
  return 'run again; if it persists, check centralized root access in the management account';
}
