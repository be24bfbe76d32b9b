import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  IDPCommunicationErrorException,
  IDPRejectedClaimException,
  InvalidIdentityTokenException,
  RegionDisabledException,
  type Credentials,
  type STSClient,
} from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import type { Partition } from '../model.js';
import { CredentialsError } from '../runtime/errors.js';
import { parsePrincipalArn } from './partition.js';
import { errorCode } from './call-failure.js';
import { withTimeout } from '../runtime/deadline.js';

/** A session's credentials, as the SDK's clients take them: opaque outside src/aws/. */
export type SessionCredentials = AwsCredentialIdentity;

export interface Identity {
  arn: string;
  accountId: string;
  partition: Partition;
  /** Undefined: the SDK's default credential chain is used. */
  credentials?: AwsCredentialIdentity;
}

export interface RoleRequest {
  roleArn: string;
  audience: string;
  sessionName: string;
  durationSeconds: number;
  region: string;
}

export interface OidcDeps {
  /** `core.getIDToken`: asks GitHub for a token with this audience. */
  getIdToken: (audience: string) => Promise<string>;
  setSecret: (secret: string) => void;
  sleep: (ms: number) => Promise<void>;
  debug: (message: string) => void;
  /** The OIDC request variables the runner sets where the job has `id-token: write`. */
  oidcRequestAvailable: boolean;
  isForkPullRequest: boolean;
  /** GITHUB_ACTIONS is 'true': the run is on a GitHub runner (not a laptop, not local-action). */
  onGitHubActions: boolean;
}

const MAX_ATTEMPTS = 4;
// core.getIDToken retries 10 times with a 3-minute socket timeout; a token normally takes < 1 s.
const TOKEN_TIMEOUT_MS = 60_000;
const RETRY_BASE_MS = 1_000;
/**
 * GitHub OIDC token → sts:AssumeRoleWithWebIdentity. Every credential part is masked the moment it
 * arrives. Only throttling, server and network errors are retried, each with a fresh token.
 */
export async function assumeRoleWithOidc(
  sts: STSClient,
  request: RoleRequest,
  deps: OidcDeps,
): Promise<Identity> {
  if (!deps.oidcRequestAvailable) throw new CredentialsError(noOidcMessage(deps));
  for (let attempt = 1; ; attempt++) {
    const token = await getToken(request.audience, deps);
    try {
      const out = await sts.send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: request.roleArn,
          RoleSessionName: request.sessionName,
          WebIdentityToken: token,
          DurationSeconds: request.durationSeconds,
        }),
      );
      const credentials = maskedCredentials(out.Credentials, deps.setSecret);
      if (!credentials) {
        throw new CredentialsError('Could not assume role with OIDC: STS returned no credentials.');
      }
      const arn = out.AssumedRoleUser?.Arn ?? '';
      return { arn, ...parsePrincipalArn(arn), credentials };
    } catch (error) {
      if (error instanceof CredentialsError) throw error;
      const kind = classify(error);
      if (kind !== 'transient' || attempt >= MAX_ATTEMPTS) {
        throw new CredentialsError(assumeRoleMessage(kind, error, token, request, attempt));
      }
      const code = errorCode(error);
      deps.debug(
        `AssumeRoleWithWebIdentity attempt ${attempt} failed with ${code}; retrying with a fresh token`,
      );
      await deps.sleep(RETRY_BASE_MS * 2 ** (attempt - 1));
    }
  }
}

/**
 * STS's credentials, every part masked the moment it arrives; undefined where a part is missing.
 */
export function maskedCredentials(
  creds: Credentials | undefined,
  mask: (secret: string) => void,
): AwsCredentialIdentity | undefined {
  if (!creds?.AccessKeyId || !creds.SecretAccessKey || !creds.SessionToken) return undefined;
  mask(creds.AccessKeyId);
  mask(creds.SecretAccessKey);
  mask(creds.SessionToken);
  return {
    accessKeyId: creds.AccessKeyId,
    secretAccessKey: creds.SecretAccessKey,
    sessionToken: creds.SessionToken,
    expiration: creds.Expiration,
  };
}

/** Credentials already in the environment: say whose they are, or what to set. */
export async function ambientIdentity(sts: STSClient): Promise<Identity> {
  try {
    const out = await sts.send(new GetCallerIdentityCommand({}));
    const arn = out.Arn ?? '';
    return { arn, ...parsePrincipalArn(arn) };
  } catch (error) {
    throw new CredentialsError(
      `No usable AWS credentials (${errorCode(error)}: ${firstLine(error)}). Either set the role-to-assume input ` +
        '(with `permissions: id-token: write` on the job), or configure credentials in an earlier step, ' +
        'for example with aws-actions/configure-aws-credentials.',
    );
  }
}

async function getToken(audience: string, deps: OidcDeps): Promise<string> {
  let token: string;
  try {
    token = await withTimeout(
      deps.getIdToken(audience),
      TOKEN_TIMEOUT_MS,
      `GitHub did not answer within ${TOKEN_TIMEOUT_MS / 1000} s`,
    );
  } catch (error) {
    throw new CredentialsError(
      `Could not get an OIDC token from GitHub: ${firstLine(error)}. Check that the job has \`permissions: id-token: write\`; ` +
        'if GitHub is having an incident, re-run the job later.',
    );
  }
  deps.setSecret(token);
  return token;
}

function noOidcMessage(deps: Pick<OidcDeps, 'isForkPullRequest' | 'onGitHubActions'>): string {
  if (!deps.onGitHubActions) {
    return (
      'No OIDC token: this run is not on GitHub Actions (GITHUB_ACTIONS is not "true"), and only a ' +
      'GitHub runner can request one. To run the audit locally (for example with ' +
      '`npx @github/local-action . src/main.ts .env`), leave role-to-assume empty and give AWS ' +
      'credentials in the environment (AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY); ' +
      'see "Run it locally" in the README.'
    );
  }
  if (deps.isForkPullRequest) {
    return (
      'No OIDC token: this run is a pull request from a fork, and GitHub gives fork pull requests no ' +
      'OIDC token (and no secrets). Run the audit on push, schedule or workflow_dispatch, or on ' +
      'pull requests from branches of this repository.'
    );
  }
  return (
    'No OIDC token: the job cannot request one (ACTIONS_ID_TOKEN_REQUEST_URL is not set). Add\n' +
    '  permissions:\n    id-token: write\n    contents: read\n' +
    'to the job (or the workflow). Pull requests from forks never get an OIDC token.'
  );
}

type StsErrorKind = 'trust' | 'region' | 'validation' | 'transient' | 'other';

/** The SDK turns STS's wire codes into exception classes (InvalidIdentityToken → …Exception). */
function classify(error: unknown): StsErrorKind {
  const code = errorCode(error);
  if (
    error instanceof InvalidIdentityTokenException ||
    error instanceof IDPRejectedClaimException ||
    code === 'AccessDenied'
  ) {
    return 'trust';
  }
  if (error instanceof RegionDisabledException) return 'region';
  if (code === 'ValidationError') return 'validation';
  if (error instanceof IDPCommunicationErrorException || isTransient(error)) return 'transient';
  return 'other';
}

function assumeRoleMessage(
  kind: StsErrorKind,
  error: unknown,
  token: string,
  request: RoleRequest,
  attempts: number,
): string {
  const prefix = `Could not assume role ${request.roleArn} with OIDC (${errorCode(error)}: ${firstLine(error)}).`;
  if (kind === 'trust') {
    const claims = tokenClaims(token);
    return (
      `${prefix} Either the role does not exist, or its trust policy does not trust this token. The trust ` +
      `policy must allow sts:AssumeRoleWithWebIdentity for the federated principal ` +
      `token.actions.githubusercontent.com, with the condition "token.actions.githubusercontent.com:aud" ` +
      `equal to "${request.audience}" and "token.actions.githubusercontent.com:sub" matching this token's ` +
      `sub. This token's claims: sub=${claims.sub}, aud=${claims.aud}, repository=${claims.repository}. ` +
      'Repositories created since July 2026 send immutable sub claims that carry ids ' +
      '(repository_owner_id, repository_id): match the sub exactly as shown here.'
    );
  }
  if (kind === 'region') {
    return `${prefix} STS is not activated in ${request.region}: choose another aws-region or activate the region's STS endpoint in the account.`;
  }
  if (kind === 'validation') {
    return `${prefix} Check role-to-assume, role-session-name and role-duration-seconds (at most the role's maximum session duration).`;
  }
  return `${prefix} Gave up after ${attempts} attempt(s).`;
}

/** The token's public claims, for error messages; the token itself is never shown. */
export function tokenClaims(token: string): { sub: string; aud: string; repository: string } {
  try {
    const payload = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
    );
    const text = (value: unknown): string =>
      Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : '(absent)';
    return { sub: text(payload.sub), aud: text(payload.aud), repository: text(payload.repository) };
  } catch {
    return { sub: '(unreadable)', aud: '(unreadable)', repository: '(unreadable)' };
  }
}

function isTransient(error: unknown): boolean {
  const err = error as {
    $fault?: string;
    $metadata?: { httpStatusCode?: number };
    name?: string;
    code?: string;
  };
  const status = err.$metadata?.httpStatusCode ?? 0;
  return (
    err.$fault === 'server' ||
    status >= 500 ||
    /Throttl|TimeoutError/.test(err.name ?? '') ||
    /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN)$/.test(err.code ?? '')
  );
}

function firstLine(error: unknown): string {
  return (
    String((error as Error)?.message ?? error)
      .split('\n')[0]
      ?.slice(0, 300) ?? ''
  );
}
