// Cognito.5's evidence: every user pool of one account in each region read. Loaded with import()
// only when Cognito.5 is selected, so the default run never loads the Cognito SDK.
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  paginateListUserPools,
} from '@aws-sdk/client-cognito-identity-provider';
import pLimit from 'p-limit';
import type {
  CallFailure,
  Evidence,
  Partition,
  RegionUserPools,
  UserPool,
  UserPoolFacts,
} from '../model.js';
import { isAccessDenied, read, type TimeLimit } from './call-failure.js';
import { clientSettings, reportRetries, type ClientOptions } from './clients.js';
import { collectPages, NEXT_TOKEN_PAGES } from './pages.js';

export {
  COGNITO_REGIONS_PATH,
  createAccountClient,
  createSsmClient,
  readEnabledRegions,
  readServiceRegions,
} from './service-regions.js';

/** ListUserPools' largest page. */
const POOL_PAGE_SIZE = 60;
/**
 * Cognito's request quotas are per account and region, and its read categories allow 5 to 15
 * requests a second: 3 pools described at once in a region stays under them with the SDK's retries
 * to spare. Regions have quotas of their own, so several are read at once.
 */
export const POOLS_PER_REGION = 3;
export const REGIONS_PER_ACCOUNT = 6;

export interface UserPoolsDeps {
  /** Everything a client needs but its region (the account's credentials, shared agents). */
  client: Omit<ClientOptions, 'region'>;
  limit: TimeLimit;
}

/** Reads the pools of every region, a few regions at a time; a region's failure stays in it. */
export async function readUserPools(
  account: { accountId: string; partition: Partition },
  regions: readonly string[],
  deps: UserPoolsDeps,
): Promise<RegionUserPools[]> {
  const limit = pLimit(REGIONS_PER_ACCOUNT);
  // Once a call is denied in this account, it is denied in every region: it is not sent again.
  const denied = new Map<string, CallFailure>();
  return Promise.all(
    regions.map((region) => limit(() => readRegion(account, region, denied, deps))),
  );
}

async function readRegion(
  account: { accountId: string; partition: Partition },
  region: string,
  denied: Map<string, CallFailure>,
  deps: UserPoolsDeps,
): Promise<RegionUserPools> {
  const client = new CognitoIdentityProviderClient(clientSettings({ ...deps.client, region }));
  reportRetries(client.middlewareStack, deps.client.onRetry);
  try {
    const listed = await read(
      'cognito-idp:ListUserPools',
      () =>
        collectPages(
          'cognito-idp:ListUserPools',
          paginateListUserPools(
            { client, pageSize: POOL_PAGE_SIZE },
            { MaxResults: POOL_PAGE_SIZE },
          ),
          (page) => page.UserPools,
          NEXT_TOKEN_PAGES,
        ),
      deps.limit,
    );
    if (!listed.ok) return { region, pools: listed };
    const limit = pLimit(POOLS_PER_REGION);
    const pools = await Promise.all(
      listed.value.map((listedPool) =>
        limit(async (): Promise<UserPool> => {
          const id = listedPool.Id ?? '';
          const described = await describePool(client, id, denied, deps.limit);
          return {
            id,
            name: listedPool.Name ?? id,
            arn: described.arn ?? poolArn(account, region, id),
            region,
            facts: described.facts,
          };
        }),
      ),
    );
    return { region, pools: { ok: true, value: pools } };
  } finally {
    if (!deps.client.agents) client.destroy();
  }
}

function poolArn(
  account: { accountId: string; partition: Partition },
  region: string,
  id: string,
): string {
  return `arn:${account.partition}:cognito-idp:${region}:${account.accountId}:userpool/${id}`;
}

/**
 * DescribeUserPool decides (MfaConfiguration, first factors, users); GetUserPoolMfaConfig only adds
 * which second factors are on, so where it cannot be read the verdict stands and the evidence says so.
 */
async function describePool(
  client: CognitoIdentityProviderClient,
  id: string,
  denied: Map<string, CallFailure>,
  limit: TimeLimit,
): Promise<{ arn?: string; facts: Evidence<UserPoolFacts> }> {
  const [described, mfa] = await Promise.all([
    guarded('cognito-idp:DescribeUserPool', denied, limit, async () => {
      const out = await client.send(new DescribeUserPoolCommand({ UserPoolId: id }));
      return out.UserPool;
    }),
    guarded('cognito-idp:GetUserPoolMfaConfig', denied, limit, () =>
      client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: id })),
    ),
  ]);
  if (!described.ok) return { facts: described };
  const pool = described.value;
  // An answer without the pool says nothing about its MFA: not judged, never taken for OFF.
  if (!pool)
    return {
      facts: {
        ok: false,
        failure: {
          call: 'cognito-idp:DescribeUserPool',
          code: 'MalformedResponse',
          message: 'the answer held no UserPool',
        },
      },
    };
  const secondFactors = mfa.ok
    ? [
        ...(mfa.value.SmsMfaConfiguration ? ['SMS'] : []),
        ...(mfa.value.SoftwareTokenMfaConfiguration?.Enabled ? ['SOFTWARE_TOKEN'] : []),
        ...(mfa.value.EmailMfaConfiguration ? ['EMAIL'] : []),
      ]
    : undefined;
  return {
    arn: pool.Arn,
    facts: {
      ok: true,
      value: {
        mfaConfiguration: pool.MfaConfiguration,
        secondFactors: secondFactors ?? [],
        ...(mfa.ok ? {} : { secondFactorsUnread: mfa.failure }),
        firstFactors: [...(pool.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? [])],
        estimatedUsers: pool.EstimatedNumberOfUsers,
      },
    },
  };
}

async function guarded<T>(
  call: string,
  denied: Map<string, CallFailure>,
  limit: TimeLimit,
  fn: () => Promise<T>,
): Promise<Evidence<T>> {
  const known = denied.get(call);
  if (known) return { ok: false, failure: known };
  const result = await read(call, fn, limit);
  if (!result.ok && isAccessDenied(result.failure)) denied.set(call, result.failure);
  return result;
}
