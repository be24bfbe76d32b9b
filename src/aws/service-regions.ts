// Where a regional control reads: the regions that offer the service, among those the account has enabled.
//
// The source with the fewest permissions and calls: AWS's public SSM parameters of its global
// infrastructure name the regions of each service (ssm:GetParametersByPath, 10 a page: 4 calls,
// once per run, for every account alike), and account:ListRegions names the regions enabled for one
// account (one call per account). ec2:DescribeRegions would need the same one permission and call,
// but the EC2 client is several megabytes; an opt-in region that is not enabled refuses every call,
// so it cannot be learnt by calling Cognito either.
import { AccountClient, paginateListRegions } from '@aws-sdk/client-account';
import { paginateGetParametersByPath, SSMClient } from '@aws-sdk/client-ssm';
import { clientSettings, reportRetries, type ClientOptions } from './clients.js';
import { EvidenceError } from './call-failure.js';
import { collectPages, NEXT_TOKEN_PAGES } from './pages.js';

export const COGNITO_REGIONS_PATH =
  '/aws/service/global-infrastructure/services/cognito-idp/regions';
const SSM_PAGE_SIZE = 10;

export function createSsmClient(options: ClientOptions): SSMClient {
  const client = new SSMClient(clientSettings(options));
  reportRetries(client.middlewareStack, options.onRetry);
  return client;
}

export function createAccountClient(options: ClientOptions): AccountClient {
  const client = new AccountClient(clientSettings(options));
  reportRetries(client.middlewareStack, options.onRetry);
  return client;
}

/** The regions whose public parameters say the service is offered there, sorted. */
export async function readServiceRegions(ssm: SSMClient, path: string): Promise<string[]> {
  const parameters = await collectPages(
    'ssm:GetParametersByPath',
    paginateGetParametersByPath({ client: ssm, pageSize: SSM_PAGE_SIZE }, { Path: path }),
    (page) => page.Parameters,
    NEXT_TOKEN_PAGES,
  );
  return regionsOfParameters(parameters);
}

/**
 * The regions the public parameters name: each parameter's value, or the last part of its name
 * (`…/regions/eu-west-1`). One that names neither is malformed: a region dropped in silence would
 * never be read, so the listing decides nothing and Cognito.5 is ERROR.
 */
export function regionsOfParameters(
  parameters: readonly { Name?: string; Value?: string }[],
): string[] {
  return parameters
    .map((parameter) => {
      const region = parameter.Value || parameter.Name?.split('/').pop();
      if (!region)
        throw new EvidenceError(
          'MalformedResponse',
          'GetParametersByPath listed a parameter with neither a value nor a name',
        );
      return region;
    })
    .sort();
}

/** The regions enabled for the caller's account (opt-in regions only once opted in). */
export async function readEnabledRegions(account: AccountClient): Promise<string[]> {
  const regions = await collectPages(
    'account:ListRegions',
    paginateListRegions(
      { client: account, pageSize: 50 },
      { RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'] },
    ),
    (page) => page.Regions,
    NEXT_TOKEN_PAGES,
  );
  return regions.flatMap((region) =>
    region.RegionName &&
    (region.RegionOptStatus === 'ENABLED' || region.RegionOptStatus === 'ENABLED_BY_DEFAULT')
      ? [region.RegionName]
      : [],
  );
}
