import http from 'node:http';
import https from 'node:https';
import { STSClient } from '@aws-sdk/client-sts';
import type {
  AwsCredentialIdentity,
  MetadataBearer,
  MiddlewareStack,
  Provider,
} from '@aws-sdk/types';
import { RequestSha256 } from './request-hash.js';

export interface ClientOptions {
  region: string;
  /** HTTP_PROXY, HTTPS_PROXY and NO_PROXY are read from here (Node 24's Agent `proxyEnv`). */
  env: NodeJS.ProcessEnv;
  /** Omitted: the SDK's default credential chain (environment, profile, instance role). */
  credentials?: AwsCredentialIdentity;
  /** Called once per AWS attempt after the first, so retries show in the debug log. */
  onRetry?: (operation: string, attempts: number) => void;
  /** Called for every attempt AWS refused for its rate (the SDK retries it): the fan-out backs off. */
  onThrottle?: (operation: string) => void;
  /** How long one attempt may take before it is abandoned and retried (default 30 s). */
  attemptTimeoutMs?: number;
  /**
   * Connection pools shared by many clients (one per audited account), so that accounts reuse
   * connections. Whoever made them destroys them; a client given them must not be destroyed.
   */
  agents?: SharedAgents;
}

export interface SharedAgents {
  http: http.Agent;
  https: https.Agent;
  /** What the first client of each kind looked up, for the clients made after it (sharedLookups). */
  lookups?: Map<string, LookedUp>;
}

/** Keep-alive pools that honour HTTP_PROXY, HTTPS_PROXY and NO_PROXY from `env`. */
export function createAgents(env: NodeJS.ProcessEnv): SharedAgents {
  const agent = { keepAlive: true, proxyEnv: env };
  return { http: new http.Agent(agent), https: new https.Agent(agent), lookups: new Map() };
}

/**
 * The settings a new SDK client looks up in the environment and the AWS config files when it is
 * made: FIPS, dual-stack, the app id, the auth scheme preference, and at its first request the
 * endpoint (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>, `endpoint_url` in the config file). Each
 * is a chain of providers that throws an error at every miss, some 0.3 ms a client (measured), and
 * a fan-out makes two or more clients an account. The SDK memoizes each answer in its client's
 * resolved config, so the clients that share agents are given the first client's answers, never
 * looking again: the endpoint it found as `endpoint`, or none found as `ignoreConfiguredEndpointUrls`
 * (both mean to the SDK what the lookup would have). Until the first client's endpoint lookup has
 * answered, the clients made meanwhile look for themselves.
 */
const LOOKED_UP = [
  'useFipsEndpoint',
  'useDualstackEndpoint',
  'userAgentAppId',
  'authSchemePreference',
] as const;
interface LookedUp {
  useFipsEndpoint?: Provider<boolean>;
  useDualstackEndpoint?: Provider<boolean>;
  userAgentAppId?: Provider<string | undefined>;
  authSchemePreference?: Provider<string[]>;
  endpoint?: string;
  ignoreConfiguredEndpointUrls?: boolean;
}
/** What a client's resolved config holds of the endpoint lookup (the SDK's EndpointResolvedConfig). */
interface EndpointLookup {
  isCustomEndpoint?: boolean;
  ignoreConfiguredEndpointUrls?: boolean;
  serviceConfiguredEndpoint?: Provider<string | undefined>;
}

/** `make` given the lookups of the first client of its kind made with these agents, if any. */
export function sharedLookups<Client extends { config: object }>(
  kind: string,
  agents: SharedAgents | undefined,
  make: (lookedUp: LookedUp) => Client,
): Client {
  const known = agents?.lookups?.get(kind);
  const client = make(known ?? {});
  if (agents?.lookups && !known) {
    const config = client.config as LookedUp & EndpointLookup;
    const lookedUp = Object.fromEntries(LOOKED_UP.map((name) => [name, config[name]])) as LookedUp;
    agents.lookups.set(kind, lookedUp);
    if (!config.isCustomEndpoint && !config.ignoreConfiguredEndpointUrls)
      config.serviceConfiguredEndpoint?.().then(
        (url) => {
          if (url) lookedUp.endpoint = url;
          else lookedUp.ignoreConfiguredEndpointUrls = true;
        },
        // The first client's own request reports the failure; later clients look again.
        () => undefined,
      );
  }
  return client;
}

export const DEFAULT_ATTEMPT_TIMEOUT_MS = 30_000;
const CONNECT_TIMEOUT_MS = 3_000;

/**
 * One attempt's time limit for a run of `timeoutSeconds`: a fifth of the run, so that a hung
 * attempt leaves time to retry, and never more than 30 s, nor less than 1 s.
 */
export function attemptTimeoutFor(timeoutSeconds: number): number {
  return Math.max(1_000, Math.min(DEFAULT_ATTEMPT_TIMEOUT_MS, (timeoutSeconds * 1000) / 5));
}

/**
 * Every request ends: a connection that never opens or a response that never comes is a
 * TimeoutError, which the SDK's retry strategy retries like any transient fault. Without
 * throwOnRequestTimeout this SDK only logs a warning and the request waits forever.
 * The SDK ignores proxy variables; Node 24's agents honour them, NO_PROXY included, via proxyEnv.
 */
function requestHandler(options: ClientOptions) {
  const agents = options.agents ?? createAgents(options.env);
  return {
    connectionTimeout: CONNECT_TIMEOUT_MS,
    requestTimeout: options.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS,
    throwOnRequestTimeout: true,
    httpAgent: agents.http,
    httpsAgent: agents.https,
  };
}
const IAM_MAX_ATTEMPTS = 6;

/** STS of the region's partition; `maxAttempts` 1 where the caller retries with a fresh token. */
export function createStsClient(options: ClientOptions & { maxAttempts?: number }): STSClient {
  const client = new STSClient(clientSettings(options, options.maxAttempts ?? 3));
  reportRetries(client.middlewareStack, options.onRetry);
  reportThrottles(client.middlewareStack, options.onThrottle);
  return client;
}

/**
 * What every client of the action shares: region, credentials, the request handler's time limits
 * and agents, and the SDK's standard retries (backoff per request, on throttling too). Each client
 * resolves its middleware once per command class (cacheMiddleware), not at every call: a fan-out
 * sends some 11 calls an account. A middleware added to one command is then run for every later
 * command of its class on that client, so such a middleware must keep no state of its own call
 * (account-summary.ts); a call given options (an abort signal) resolves afresh.
 */
export function clientSettings(options: ClientOptions, maxAttempts = IAM_MAX_ATTEMPTS) {
  return {
    region: options.region,
    credentials: options.credentials,
    maxAttempts,
    retryMode: 'standard' as const,
    requestHandler: requestHandler(options),
    sha256: RequestSha256,
    cacheMiddleware: true,
  };
}

export function reportRetries<Input extends object, Output extends MetadataBearer>(
  stack: MiddlewareStack<Input, Output>,
  onRetry: ClientOptions['onRetry'],
): void {
  if (!onRetry) return;
  stack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const attempts = (result.output as MetadataBearer).$metadata?.attempts;
      if (attempts && attempts > 1)
        onRetry(String(context.commandName).replace(/Command$/, ''), attempts);
      return result;
    },
    { step: 'initialize', name: 'iamMfaAuditRetryLog' },
  );
}

/** The codes AWS services answer when a caller goes faster than its rate (HTTP 429 likewise). */
const THROTTLING_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
]);

/** Whether an SDK error (or its code) says AWS refused the call for its rate. */
export function isThrottling(error: unknown): boolean {
  const err = error as { name?: string; $metadata?: { httpStatusCode?: number } } | undefined;
  return THROTTLING_CODES.has(err?.name ?? '') || err?.$metadata?.httpStatusCode === 429;
}

export function isThrottlingCode(code: string): boolean {
  return THROTTLING_CODES.has(code);
}

/**
 * Calls `onThrottle` for each attempt refused for its rate. It sits inside the SDK's retry loop
 * (finalizeRequest, below the retry middleware's high priority), so it sees every attempt.
 */
export function reportThrottles<Input extends object, Output extends MetadataBearer>(
  stack: MiddlewareStack<Input, Output>,
  onThrottle: ClientOptions['onThrottle'],
): void {
  if (!onThrottle) return;
  stack.add(
    (next, context) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        if (isThrottling(error)) onThrottle(String(context.commandName).replace(/Command$/, ''));
        throw error;
      }
    },
    { step: 'finalizeRequest', priority: 'low', name: 'iamMfaAuditThrottleSignal' },
  );
}
