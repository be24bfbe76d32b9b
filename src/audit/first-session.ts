import * as core from '@actions/core';
import type { Config } from '../inputs/config.js';
import { isForkPullRequest } from '../inputs/context.js';
import type { RunDeps } from '../runtime/run-deps.js';
import { attemptTimeoutFor, createStsClient } from '../aws/clients.js';
import { ambientIdentity, assumeRoleWithOidc, type Identity } from '../aws/credentials.js';

/** The identity to audit with: the role assumed with the OIDC token, or the ambient credentials. */
export async function getIdentity(
  config: Config,
  deps: RunDeps,
  mask: (secret: string) => void,
): Promise<Identity> {
  const sts = createStsClient({
    region: config.region,
    env: deps.env,
    // With a role, assumeRoleWithOidc retries itself, each time with a fresh token.
    maxAttempts: config.roleToAssume ? 1 : undefined,
    attemptTimeoutMs: attemptTimeoutFor(config.timeoutSeconds),
    onRetry: (operation, attempts) => core.debug(`sts:${operation} took ${attempts} attempts`),
  });
  try {
    if (!config.roleToAssume) {
      core.info('No role-to-assume given: using the AWS credentials already in the environment.');
      for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
        const value = deps.env[name];
        if (value) mask(value);
      }
      const identity = await ambientIdentity(sts);
      core.info(`Using the identity ${identity.arn}.`);
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
        getIdToken: (audience) => core.getIDToken(audience),
        setSecret: mask,
        sleep: deps.sleep,
        debug: core.debug,
        oidcRequestAvailable: Boolean(
          deps.env.ACTIONS_ID_TOKEN_REQUEST_URL && deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
        ),
        isForkPullRequest: isForkPullRequest(deps.env),
        onGitHubActions: deps.env.GITHUB_ACTIONS === 'true',
      },
    );
    core.info(
      `Assumed ${identity.arn} (account ${identity.accountId}, partition ${identity.partition}).`,
    );
    return identity;
  } finally {
    sts.destroy();
  }
}
