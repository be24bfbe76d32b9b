import { AssumeRoleCommand, type STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import { errorCode, oneLine } from './call-failure.js';
import { maskedCredentials } from './credentials.js';

export interface MemberRoleRequest {
  roleArn: string;
  sessionName: string;
  /** Role chaining allows at most an hour. */
  durationSeconds: number;
}

export const MAX_CHAINED_SESSION_SECONDS = 3600;

/** Why a member account could not be entered, said so that a person can fix it. */
export interface EntryFailure {
  code: string;
  message: string;
  fix: string;
}

/**
 * sts:AssumeRole into a member account, chained from the first session. Every credential part is
 * masked the moment it arrives. The STS client's own retries cover throttling, 5xx and network
 * errors; AccessDenied is final.
 */
export async function assumeMemberRole(
  sts: STSClient,
  request: MemberRoleRequest,
  mask: (secret: string) => void,
  trustedBy: string,
): Promise<
  { ok: true; credentials: AwsCredentialIdentity } | { ok: false; failure: EntryFailure }
> {
  try {
    const out = await sts.send(
      new AssumeRoleCommand({
        RoleArn: request.roleArn,
        RoleSessionName: request.sessionName,
        DurationSeconds: Math.min(request.durationSeconds, MAX_CHAINED_SESSION_SECONDS),
      }),
    );
    const credentials = maskedCredentials(out.Credentials, mask);
    return credentials
      ? { ok: true, credentials }
      : {
          ok: false,
          failure: {
            code: 'NoCredentials',
            message: 'STS returned no credentials',
            fix: 'run again',
          },
        };
  } catch (error) {
    const code = errorCode(error);
    const message = oneLine(String((error as Error)?.message ?? error));
    const fix =
      code === 'AccessDenied' || code === 'AccessDeniedException'
        ? `deploy the member role ${request.roleArn} in this account (deploy/'s member template creates it as iam-mfa-audit; if your member accounts have it under another name, set member-role-name to that name); its trust policy must trust ${trustedBy}, and ${trustedBy} needs sts:AssumeRole on it`
        : code === 'RegionDisabledException'
          ? "activate STS in the action's aws-region for this account, or choose another aws-region"
          : 'run again; if it persists, check STS in this account';
    return { ok: false, failure: { code, message, fix } };
  }
}
