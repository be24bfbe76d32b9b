// Cognito.5's reads for one account, inside that account's unit: which regions, then their pools.
import { read, type TimeLimit } from '../aws/call-failure.js';
import { attemptTimeoutFor, type SharedAgents } from '../aws/clients.js';
import type { Identity, SessionCredentials } from '../aws/credentials.js';
import type { Config } from '../inputs/config.js';
import type { Partition, UserPoolEvidence } from '../model.js';
import type { RunLog } from '../runtime/log.js';

type UserPoolsApi = typeof import('../aws/user-pools.js');

/** Reads one account's user pools with that account's session. */
export interface UserPoolSource {
  read(
    account: { accountId: string; partition: Partition },
    credentials: SessionCredentials | undefined,
    limit: TimeLimit,
    agents?: SharedAgents,
  ): Promise<UserPoolEvidence>;
}

export interface RegionChoice {
  regions: string[];
  /** Regions of the `regions` input where the service is not offered: never called. */
  notOffered: string[];
}

/**
 * The regions to read: those of the `regions` input that offer the service, in the input's order;
 * by default every enabled region that offers it. A region without the service is never called.
 */
export function chooseRegions(
  requested: readonly string[] | undefined,
  offered: readonly string[],
  enabled: readonly string[] | undefined,
): RegionChoice {
  const offers = new Set(offered);
  if (requested) {
    return {
      regions: requested.filter((region) => offers.has(region)),
      notOffered: requested.filter((region) => !offers.has(region)),
    };
  }
  const on = new Set(enabled ?? []);
  return { regions: [...offers].filter((region) => on.has(region)).sort(), notOffered: [] };
}

/**
 * Cognito.5's source, or undefined when it is not selected. The Cognito, SSM and Account SDKs are
 * loaded on first use only. The regions offering the service are public and the same for every
 * account of the partition: read once per run, with the first session.
 */
export function userPoolSource(
  config: Pick<Config, 'controls' | 'regions' | 'region' | 'timeoutSeconds'>,
  first: Pick<Identity, 'credentials'>,
  env: NodeJS.ProcessEnv,
  log: Pick<RunLog, 'debug'>,
): UserPoolSource | undefined {
  if (!config.controls.includes('Cognito.5')) return undefined;
  let api: Promise<UserPoolsApi> | undefined;
  let offered: Promise<string[]> | undefined;
  const load = (): Promise<UserPoolsApi> => (api ??= import('../aws/user-pools.js'));
  const common = (credentials: SessionCredentials | undefined, agents?: SharedAgents) => ({
    env,
    credentials,
    agents,
    attemptTimeoutMs: attemptTimeoutFor(config.timeoutSeconds),
    onRetry: (operation: string, attempts: number) =>
      log.debug(`${operation} took ${attempts} attempts`),
  });
  const offeredRegions = (aws: UserPoolsApi): Promise<string[]> =>
    (offered ??= (async () => {
      const ssm = aws.createSsmClient({ ...common(first.credentials), region: config.region });
      try {
        return await aws.readServiceRegions(ssm, aws.COGNITO_REGIONS_PATH);
      } finally {
        ssm.destroy();
      }
    })());

  return {
    async read(account, credentials, limit, agents) {
      const aws = await load();
      const client = common(credentials, agents);
      const offers = await read('ssm:GetParametersByPath', () => offeredRegions(aws), limit);
      if (!offers.ok) return { regions: offers, notOffered: [] };
      let enabled: string[] | undefined;
      if (!config.regions) {
        const accountClient = aws.createAccountClient({ ...client, region: config.region });
        const listed = await read(
          'account:ListRegions',
          () => aws.readEnabledRegions(accountClient),
          limit,
        ).finally(() => {
          if (!agents) accountClient.destroy();
        });
        if (!listed.ok) return { regions: listed, notOffered: [] };
        enabled = listed.value;
      }
      const choice = chooseRegions(config.regions, offers.value, enabled);
      const regions = await aws.readUserPools(account, choice.regions, { client, limit });
      return { regions: { ok: true, value: regions }, notOffered: choice.notOffered };
    },
  };
}
