// The regional reads of Cognito.5, faked: Cognito user pools (AWS JSON 1.1,
// `X-Amz-Target: AWSCognitoIdentityProviderService.*`), AWS's public SSM parameters of its global
// infrastructure (JSON 1.1, `AmazonSSM.GetParametersByPath`) and the Account API's ListRegions (REST
// JSON, `POST /listRegions`). The region of a call is the one the caller signed for, in the
// Authorization header's credential scope, as AWS routes it by endpoint.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';

export const COGNITO_TARGET = 'AWSCognitoIdentityProviderService.';
export const SSM_TARGET = 'AmazonSSM.';
const REGIONS_PATH = '/aws/service/global-infrastructure/services/cognito-idp/regions';

/** The regions enabled by default in every account of the aws partition (no opt-in). */
export const DEFAULT_ENABLED_REGIONS = [
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ca-central-1',
  'eu-central-1',
  'eu-north-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
];

/** Where the fake offers Cognito user pools: 17 regions, opt-in ones too; not ap-northeast-3. */
export const DEFAULT_COGNITO_REGIONS = [
  ...DEFAULT_ENABLED_REGIONS.filter((region) => region !== 'ap-northeast-3'),
  'af-south-1',
  'ap-east-1',
  'me-south-1',
].sort();

export interface FakeUserPool {
  region: string;
  name: string;
  /** Default `<region>_<name>`. */
  id?: string;
  mfa: 'ON' | 'OFF' | 'OPTIONAL';
  sms?: boolean;
  softwareToken?: boolean;
  email?: boolean;
  /** SignInPolicy.AllowedFirstAuthFactors (PASSWORD, EMAIL_OTP, SMS_OTP, WEB_AUTHN); omitted: none set. */
  firstFactors?: string[];
  estimatedUsers?: number;
  /** DescribeUserPool answers 200 with no UserPool (a malformed answer the action must not judge). */
  describeAnswersEmpty?: boolean;
}

/** An account's Cognito side: its pools, the regions it has enabled, regions that refuse. */
export interface FakeCognitoAccount {
  userPools?: FakeUserPool[];
  /** Default DEFAULT_ENABLED_REGIONS. */
  enabledRegions?: string[];
  /** Regions where every Cognito call is AccessDeniedException (an SCP denying the region). */
  cognitoDeniedRegions?: string[];
}

export interface RegionalContext {
  accountId: string | undefined;
  account: FakeCognitoAccount | undefined;
  /** Whether the fake's allowedActions let the caller make `op`. */
  allowed: (op: string) => boolean;
  /** Records the call for the caller's account. */
  count: (op: string) => void;
  delay: () => Promise<void> | undefined;
}

type Json = Record<string, unknown>;
type Answer = { json: Json } | { error: string; status: number; message: string };

export class FakeRegionalApis {
  /** Cognito calls by region, then operation: a region without the service must never appear. */
  readonly cognitoCallsByRegion = new Map<string, Map<string, number>>();

  constructor(private readonly cognitoRegions: readonly string[] = DEFAULT_COGNITO_REGIONS) {}

  /** Answers the request if it is one of these APIs; false otherwise. */
  handles(req: IncomingMessage): boolean {
    const target = String(req.headers['x-amz-target'] ?? '');
    return (
      target.startsWith(COGNITO_TARGET) ||
      target.startsWith(SSM_TARGET) ||
      (req.method === 'POST' && req.url === '/listRegions')
    );
  }

  async handle(
    req: IncomingMessage,
    body: string,
    res: ServerResponse,
    context: RegionalContext,
  ): Promise<void> {
    const target = String(req.headers['x-amz-target'] ?? '');
    const region = /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(req.headers.authorization ?? '')?.[1];
    const [service, operation] = target.startsWith(COGNITO_TARGET)
      ? ['cognito-idp', target.slice(COGNITO_TARGET.length)]
      : target.startsWith(SSM_TARGET)
        ? ['ssm', target.slice(SSM_TARGET.length)]
        : ['account', 'ListRegions'];
    const op = `${service}:${operation}`;
    context.count(op);
    if (service === 'cognito-idp') {
      const byRegion = this.cognitoCallsByRegion.get(region ?? '?') ?? new Map<string, number>();
      this.cognitoCallsByRegion.set(region ?? '?', byRegion);
      byRegion.set(operation, (byRegion.get(operation) ?? 0) + 1);
    }
    await context.delay();
    let input: Json;
    try {
      input = body ? (JSON.parse(body) as Json) : {};
    } catch {
      return send(res, service, {
        error: 'SerializationException',
        status: 400,
        message: 'bad JSON',
      });
    }
    send(res, service, this.answer(service, operation, op, region ?? '', input, context));
  }

  private answer(
    service: string,
    operation: string,
    op: string,
    region: string,
    input: Json,
    context: RegionalContext,
  ): Answer {
    if (!context.accountId)
      return {
        error: 'UnrecognizedClientException',
        status: 400,
        message: 'The security token included in the request is invalid.',
      };
    const denied = (): Answer => ({
      error: 'AccessDeniedException',
      status: 400,
      message: `User: arn:aws:sts::${context.accountId}:assumed-role/iam-mfa-audit/iam-mfa-audit is not authorized to perform: ${op}`,
    });
    if (!context.allowed(op)) return denied();
    const account = context.account ?? {};
    if (service === 'ssm') return this.parameters(operation, input);
    if (service === 'account') return listRegions(account, input);
    const enabled = account.enabledRegions ?? DEFAULT_ENABLED_REGIONS;
    if (!this.cognitoRegions.includes(region))
      return {
        error: 'UnknownEndpoint',
        status: 400,
        message: `cognito-idp.${region}.amazonaws.com does not exist`,
      };
    if (!enabled.includes(region))
      return {
        error: 'UnrecognizedClientException',
        status: 400,
        message: 'The security token included in the request is invalid.',
      };
    if (account.cognitoDeniedRegions?.includes(region)) return denied();
    return cognito(operation, region, context.accountId, account, input);
  }

  private parameters(operation: string, input: Json): Answer {
    if (operation !== 'GetParametersByPath')
      return { error: 'InvalidAction', status: 400, message: `no ${operation}` };
    const path = String(input.Path ?? '');
    const max = Math.min(Number(input.MaxResults ?? 10), 10);
    const all =
      path === REGIONS_PATH || path === `${REGIONS_PATH}/`
        ? this.cognitoRegions.map((region) => ({
            Name: `${REGIONS_PATH}/${region}`,
            Type: 'String',
            Value: region,
            Version: 1,
            ARN: `arn:aws:ssm:us-east-1::parameter${REGIONS_PATH}/${region}`,
          }))
        : [];
    return { json: page(all, 'Parameters', max, input.NextToken) };
  }
}

function cognito(
  operation: string,
  region: string,
  accountId: string,
  account: FakeCognitoAccount,
  input: Json,
): Answer {
  const pools = (account.userPools ?? []).filter((pool) => pool.region === region);
  const idOf = (pool: FakeUserPool) => pool.id ?? `${region}_${pool.name}`;
  if (operation === 'ListUserPools') {
    const max = Number(input.MaxResults);
    if (!Number.isInteger(max) || max < 1 || max > 60)
      return {
        error: 'InvalidParameterException',
        status: 400,
        message: '1 validation error detected: maxResults must be between 1 and 60',
      };
    const listed = pools.map((pool) => ({ Id: idOf(pool), Name: pool.name }));
    return { json: page(listed, 'UserPools', max, input.NextToken) };
  }
  const pool = pools.find((candidate) => idOf(candidate) === input.UserPoolId);
  if (!pool)
    return {
      error: 'ResourceNotFoundException',
      status: 400,
      message: `User pool ${String(input.UserPoolId)} does not exist.`,
    };
  if (operation === 'DescribeUserPool') {
    if (pool.describeAnswersEmpty) return { json: {} };
    return {
      json: {
        UserPool: {
          Id: idOf(pool),
          Name: pool.name,
          Arn: `arn:aws:cognito-idp:${region}:${accountId}:userpool/${idOf(pool)}`,
          MfaConfiguration: pool.mfa,
          EstimatedNumberOfUsers: pool.estimatedUsers ?? 0,
          ...(pool.firstFactors
            ? { Policies: { SignInPolicy: { AllowedFirstAuthFactors: pool.firstFactors } } }
            : {}),
        },
      },
    };
  }
  if (operation === 'GetUserPoolMfaConfig') {
    return {
      json: {
        MfaConfiguration: pool.mfa,
        ...(pool.sms
          ? {
              SmsMfaConfiguration: {
                SmsConfiguration: { SnsCallerArn: `arn:aws:iam::${accountId}:role/sns` },
              },
            }
          : {}),
        SoftwareTokenMfaConfiguration: { Enabled: pool.softwareToken === true },
        ...(pool.email ? { EmailMfaConfiguration: { Message: '{####}' } } : {}),
      },
    };
  }
  return { error: 'InvalidAction', status: 400, message: `no ${operation}` };
}

function listRegions(account: FakeCognitoAccount, input: Json): Answer {
  const statuses = (input.RegionOptStatusContains as string[] | undefined) ?? [];
  const enabled = new Set(account.enabledRegions ?? DEFAULT_ENABLED_REGIONS);
  const every = [...new Set([...DEFAULT_ENABLED_REGIONS, ...DEFAULT_COGNITO_REGIONS, ...enabled])];
  const regions = every
    .map((name) => ({
      RegionName: name,
      RegionOptStatus: enabled.has(name)
        ? DEFAULT_ENABLED_REGIONS.includes(name)
          ? 'ENABLED_BY_DEFAULT'
          : 'ENABLED'
        : 'DISABLED',
    }))
    .filter((region) => statuses.length === 0 || statuses.includes(region.RegionOptStatus))
    .sort((a, b) => a.RegionName.localeCompare(b.RegionName));
  return { json: page(regions, 'Regions', Number(input.MaxResults ?? 20), input.NextToken) };
}

/** A page of `items` from the offset NextToken holds; a token only where more follow. */
function page<T>(items: T[], key: string, max: number, token: unknown): Json {
  const start = typeof token === 'string' ? Number(token.replace(/^page-/, '')) : 0;
  const end = start + max;
  return {
    [key]: items.slice(start, end),
    ...(end < items.length ? { NextToken: `page-${end}` } : {}),
  };
}

function send(res: ServerResponse, service: string, answer: Answer): void {
  const requestId = randomUUID();
  const type = service === 'account' ? 'application/json' : 'application/x-amz-json-1.1';
  const headers = { 'content-type': type, 'x-amzn-requestid': requestId };
  if ('error' in answer) {
    res
      .writeHead(answer.status, { ...headers, 'x-amzn-errortype': answer.error })
      .end(JSON.stringify({ __type: answer.error, message: answer.message }));
    return;
  }
  res.writeHead(200, headers).end(JSON.stringify(answer.json));
}
