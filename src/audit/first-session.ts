// The first session: the role assumed with the workflow's OIDC token, or the ambient credentials.
import { attemptTimeoutFor, createStsClient } from '../aws/clients.js';
import { ambientIdentity, assumeRoleWithOidc, type Identity } from '../aws/credentials.js';
import type { Config } from '../inputs/config.js';
import { isForkPullRequest } from '../inputs/context.js';
import { DeadlineExceeded, type Deadline } from '../runtime/deadline.js';
import { CredentialsError } from '../runtime/errors.js';
import type { RunLog } from '../runtime/log.js';
import type { RunDeps } from '../runtime/run-deps.js';

export interface FirstSessionDeps extends RunDeps {
  log: RunLog;
  /** Masks a credential part the moment it arrives. */
  mask: (secret: string) => void;
  /** The workflow's OIDC token for an audience (@actions/core's getIDToken at the edge). */
  getIdToken: (audience: string) => Promise<string>;
}

/**
 * The identity to audit with, within the run's deadline: the role assumed with the OIDC token, or
 * the ambient credentials. A deadline that comes first is a CredentialsError, as any other failure.
 */
export async function getIdentity(
  config: Config,
  deps: FirstSessionDeps,
  deadline: Deadline,
): Promise<Identity> {
  return deadline.race(firstSession(config, deps), 'Getting AWS credentials').catch((error) => {
    throw error instanceof DeadlineExceeded ? new CredentialsError(`${error.message}.`) : error;
  });
}

async function firstSession(config: Config, deps: FirstSessionDeps): Promise<Identity> {
  const { log, mask } = deps;
  const sts = createStsClient({
    region: config.region,
    env: deps.env,
    // With a role, assumeRoleWithOidc retries itself, each time with a fresh token.
    maxAttempts: config.roleToAssume ? 1 : undefined,
    attemptTimeoutMs: attemptTimeoutFor(config.timeoutSeconds),
    onRetry: (operation, attempts) => log.debug(`sts:${operation} took ${attempts} attempts`),
  });
  try {
    if (!config.roleToAssume) {
      log.info('No role-to-assume given: using the AWS credentials already in the environment.');
      for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
        const value = deps.env[name];
        if (value) mask(value);
      }
      const identity = await ambientIdentity(sts);
      log.info(`Using the identity ${identity.arn}.`);
      return identity;
    }
    const identity = await assumeRoleWithOidc(
      sts,
      {
        roleArn: config.roleToAssume,
        audience: config.audience,
        sessionName: config.roleSessionName,
        durationSeconds: config.roleDurationSeconds,
        region: config.region,
      },
      {
        getIdToken: deps.getIdToken,
        setSecret: mask,
        sleep: deps.sleep,
        debug: log.debug,
        oidcRequestAvailable: Boolean(
          deps.env.ACTIONS_ID_TOKEN_REQUEST_URL && deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
        ),
        isForkPullRequest: isForkPullRequest(deps.env),
        onGitHubActions: deps.env.GITHUB_ACTIONS === 'true',
      },
    );
    log.info(
      `Assumed ${identity.arn} (account ${identity.accountId}, partition ${identity.partition}).`,
    );
    return identity;
  } finally {
    sts.destroy();
  }
}
