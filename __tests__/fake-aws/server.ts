// A local fake of IAM, STS, AWS Organizations and GitHub's OIDC token endpoint. IAM and STS speak
// AWS's Query protocol (form-encoded requests, XML responses and error bodies); Organizations speaks
// AWS JSON 1.1, routed by its X-Amz-Target header. One server holds one account or a whole
// organization; every credential it issues belongs to one account and one principal, and an IAM
// call answers from that account's data only.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Fault, FakeAccount, FakeRole, PagingFaultKind } from './account.js';
import { FakeAccountState, FaultCounter, TokenBucket, type Answer } from './account-state.js';
import { FakeRegionalApis } from './cognito-api.js';
import type { FakeOrganization } from './organization.js';
import { FakeOrganizationsApi, ORGANIZATIONS_TARGET } from './organizations-api.js';
import { errorResponse, IAM_NS, okResponse, STS_NS, toXml } from './xml.js';
import { FakeRootSessions, ROOT_SESSION_PREFIX, type RootSessionOptions } from './root-session.js';

/** The sub claim of the fake's OIDC token unless a test gives another: a run on main. */
export const DEFAULT_TOKEN_SUB = 'repo:octo-org/octo-repo:ref:refs/heads/main';

const STS_ACTIONS = new Set([
  'AssumeRoleWithWebIdentity',
  'AssumeRole',
  'AssumeRoot',
  'GetCallerIdentity',
]);
const PAGING_FAULTS = new Set<string>([
  'truncated-without-marker',
  'empty-truncated',
  'repeat-marker',
]);
const OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
const ONE_HOUR = 3600;

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}

export interface OidcClaims {
  sub: string;
  repository: string;
}

/** Who holds a credential the fake issued. */
export interface Principal {
  accountId: string;
  /** `arn:aws:sts::<id>:assumed-role/<role>/<session>` for role sessions. */
  arn: string;
}

export interface FakeAws {
  url: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL for the fake OIDC endpoint. */
  oidcRequestUrl: string;
  oidcRequestToken: string;
  /** Calls by operation, all accounts together (`iam:ListUsers`, `sts:AssumeRole`, `organizations:ListAccounts`, `oidc:token`). */
  calls: Map<string, number>;
  /**
   * Calls by account, then operation. IAM, GetCallerIdentity and Organizations calls count for the
   * caller's account, sts:AssumeRole for the target account (the one being entered; the caller's if
   * it does not exist), AssumeRoleWithWebIdentity for the role's account. oidc:token counts nowhere.
   */
  callsByAccount: Map<string, Map<string, number>>;
  /** Cognito calls by the region signed for, then operation (cognito-api.ts). */
  cognitoCallsByRegion: Map<string, Map<string, number>>;
  /** Calls refused with Throttling by the token bucket, by operation. */
  throttled: Map<string, number>;
  /** The same, by the account whose bucket ran dry, then operation. */
  throttledByAccount: Map<string, Map<string, number>>;
  /** When the first request of any kind arrived (Date.now()), for cold-start figures. */
  firstRequestAt: () => number | undefined;
  /** When the first AWS request arrived (the OIDC token request is not one). */
  firstAwsRequestAt: () => number | undefined;
  /** Every AWS call as it arrived (Date.now()), with the account it counts for (see callsByAccount). */
  callLog: Array<{ at: number; op: string; accountId?: string }>;
  /** When the credential report the run started in `accountId` is ready (Date.now()), if one was. */
  reportReadyAt: (accountId: string) => number | undefined;
  /** Every secret the fake handed out, in every account: tokens and credentials, for leak checks. */
  secrets: string[];
  /** Credentials valid without OIDC (the "already in the environment" case). */
  ambient: IssuedCredentials;
  /**
   * Issues credentials of a principal in `accountId` without STS (tests that need account B's
   * credentials directly). Default principal: `arn:<partition>:sts::<id>:assumed-role/ambient-role/ambient`.
   */
  credentialsFor: (accountId: string, principalArn?: string) => IssuedCredentials;
  /** The principal an issued access key belongs to. */
  principalOf: (accessKeyId: string) => Principal | undefined;
  close: () => Promise<void>;
}

export interface FakeOrg extends FakeAws {
  organization: FakeOrganization;
}

export interface FakeOptions {
  claims?: Partial<OidcClaims>;
  /** Round-trip delay added to every AWS answer, in ms. */
  latencyMs?: number;
  /** Listings (by action) whose every page answers the same marker: paging that never ends. */
  endlessPaging?: string[];
  /**
   * Actions every principal may call (`iam:ListUsers`, `organizations:ListAccounts`); any other IAM
   * or Organizations call is AccessDenied (STS calls are never refused here). Omitted: all.
   */
  allowedActions?: string[];
  /** The OIDC token endpoint answers 500, never answers, or answers a body that is not JSON. */
  oidcFault?: 'error' | 'hang' | 'not-json';
  /**
   * IAM-like throttling: a token bucket per account, taken by IAM calls to the account and by the
   * STS and Organizations calls it makes (AssumeRoleWithWebIdentity: the role's account); past it,
   * calls get `Throttling` (Organizations: `TooManyRequestsException`).
   */
  throttle?: { ratePerSecond: number; burst: number };
  /**
   * STS and Organizations calls get their own bucket per calling account, at this rate, instead of
   * sharing the account's `throttle` bucket (AWS's STS quota is separate from IAM's).
   */
  stsThrottle?: { ratePerSecond: number; burst: number };
  /** The account the ambient credentials belong to; default the management account (or the one account). */
  ambientAccountId?: string;
  /** Role of the ambient session (`assumed-role/<name>/ambient`); default `ambient-role`. */
  ambientRoleName?: string;
  /** Regions whose public SSM parameters offer Cognito user pools; default DEFAULT_COGNITO_REGIONS. */
  cognitoRegions?: string[];
  /** sts:AssumeRoot (root-session.ts); a target's refusal is a fault on its account (`AssumeRoot`). */
  rootSessions?: RootSessionOptions;
  /** How long every account's credential report takes to generate (FakeAccount report.generationMs). */
  reportGenerationMs?: number;
}

export function startFakeAws(account: FakeAccount, options: FakeOptions = {}): Promise<FakeAws> {
  return start(new FakeCloud([account], account.accountId, undefined, options));
}

/** One server for every account of `org`; the OIDC role lives in whichever account RoleArn names. */
export async function startFakeOrganization(
  org: FakeOrganization,
  options: FakeOptions = {},
): Promise<FakeOrg> {
  const api = new FakeOrganizationsApi(org);
  const cloud = new FakeCloud(
    org.members.map((m) => m.account),
    org.managementAccountId,
    api,
    options,
  );
  return { ...(await start(cloud)), organization: org };
}

async function start(cloud: FakeCloud): Promise<FakeAws> {
  const server = createServer((req, res) => {
    cloud.handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    oidcRequestUrl: `${url}/oidc/token?api-version=2.0`,
    oidcRequestToken: cloud.oidcRequestToken,
    calls: cloud.calls,
    callsByAccount: cloud.callsByAccount,
    cognitoCallsByRegion: cloud.regional.cognitoCallsByRegion,
    throttled: cloud.throttled,
    throttledByAccount: cloud.throttledByAccount,
    firstRequestAt: () => cloud.firstRequestAt,
    firstAwsRequestAt: () => cloud.firstAwsRequestAt,
    callLog: cloud.callLog,
    reportReadyAt: (accountId) => cloud.reportReadyAt(accountId),
    secrets: cloud.secrets,
    ambient: cloud.ambient,
    credentialsFor: (accountId, principalArn) => cloud.credentialsFor(accountId, principalArn),
    principalOf: (accessKeyId) => cloud.principals.get(accessKeyId),
    close: () => closeServer(server),
  };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

function secret(prefix: string, bytes: number): string {
  return prefix + randomBytes(bytes).toString('hex').toUpperCase();
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function bumpIn(map: Map<string, Map<string, number>>, account: string, key: string): void {
  let inner = map.get(account);
  if (!inner) map.set(account, (inner = new Map()));
  bump(inner, key);
}

type Service = 'iam' | 'sts' | 'organizations';

class FakeCloud {
  readonly calls = new Map<string, number>();
  readonly callsByAccount = new Map<string, Map<string, number>>();
  readonly throttled = new Map<string, number>();
  readonly throttledByAccount = new Map<string, Map<string, number>>();
  firstRequestAt: number | undefined;
  firstAwsRequestAt: number | undefined;
  readonly callLog: Array<{ at: number; op: string; accountId?: string }> = [];
  readonly secrets: string[] = [];
  readonly oidcRequestToken = secret('ghs_oidcreq', 16);
  readonly ambient: IssuedCredentials;
  readonly principals = new Map<string, Principal>();
  private readonly accounts = new Map<string, FakeAccountState>();
  private readonly rootSessions: FakeRootSessions;
  /** With stsThrottle: buckets of STS and Organizations, by service and calling account. */
  private readonly callerBuckets = new Map<string, TokenBucket>();
  private readonly organizationFaults = new FaultCounter();
  readonly regional: FakeRegionalApis;
  private readonly issuedTokens = new Map<
    string,
    { aud: string; sub: string; repository: string }
  >();

  constructor(
    accounts: FakeAccount[],
    private readonly defaultAccountId: string,
    private readonly organizations: FakeOrganizationsApi | undefined,
    private readonly options: FakeOptions,
  ) {
    for (const account of accounts)
      this.accounts.set(
        account.accountId,
        new FakeAccountState(account, options.throttle, options.reportGenerationMs),
      );
    const ambientAccount = options.ambientAccountId ?? defaultAccountId;
    if (!this.accounts.has(ambientAccount))
      throw new Error(`ambientAccountId ${ambientAccount} is not an account of the fake`);
    this.ambient = this.credentialsFor(ambientAccount);
    this.rootSessions = new FakeRootSessions(options.rootSessions ?? {}, organizations, (p) =>
      this.issue(p),
    );
    this.secrets.push(this.oidcRequestToken);
    this.regional = new FakeRegionalApis(options.cognitoRegions);
  }

  credentialsFor(accountId: string, principalArn?: string): IssuedCredentials {
    const state = this.accounts.get(accountId);
    if (!state) throw new Error(`no account ${accountId} in the fake`);
    const arn =
      principalArn ??
      `arn:${state.partition}:sts::${accountId}:assumed-role/${this.options.ambientRoleName ?? 'ambient-role'}/ambient`;
    return this.issue({ accountId, arn });
  }

  private issue(principal: Principal): IssuedCredentials {
    const creds = {
      accessKeyId: secret('ASIA', 8),
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: randomBytes(120).toString('base64'),
    };
    this.principals.set(creds.accessKeyId, principal);
    this.secrets.push(creds.accessKeyId, creds.secretAccessKey, creds.sessionToken);
    return creds;
  }

  private account(id: string | undefined): FakeAccountState | undefined {
    return id === undefined ? undefined : this.accounts.get(id);
  }

  private get defaultAccount(): FakeAccountState {
    return this.accounts.get(this.defaultAccountId) as FakeAccountState;
  }

  private callerOf(req: IncomingMessage): Principal | undefined {
    const keyId = /Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1];
    return keyId === undefined ? undefined : this.principals.get(keyId);
  }

  private takeToken(service: Service, account: FakeAccountState, op: string): boolean {
    let bucket = account.bucket;
    const separate = this.options.stsThrottle;
    if (service !== 'iam' && separate) {
      const key = `${service}:${account.accountId}`;
      const known = this.callerBuckets.get(key);
      bucket = known ?? new TokenBucket(separate);
      if (!known) this.callerBuckets.set(key, bucket);
    }
    if (bucket.take()) return true;
    bump(this.throttled, op);
    bumpIn(this.throttledByAccount, account.accountId, op);
    return false;
  }

  reportReadyAt(accountId: string): number | undefined {
    return this.accounts.get(accountId)?.reportReadyAt;
  }

  private count(op: string, accountId?: string): void {
    this.callLog.push({ at: Date.now(), op, accountId });
    bump(this.calls, op);
    if (accountId !== undefined) bumpIn(this.callsByAccount, accountId, op);
  }

  private delay(): Promise<void> | undefined {
    if (!this.options.latencyMs) return undefined;
    return new Promise((r) => setTimeout(r, this.options.latencyMs));
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.firstRequestAt ??= Date.now();
    const body = await readBody(req);
    if (req.url?.startsWith('/oidc/token')) return this.oidc(req, res);
    this.firstAwsRequestAt ??= Date.now();
    if (this.regional.handles(req)) {
      const caller = this.callerOf(req);
      return this.regional.handle(req, body, res, {
        accountId: caller?.accountId,
        account: this.account(caller?.accountId)?.account,
        allowed: (op) => !this.options.allowedActions || this.options.allowedActions.includes(op),
        count: (op) => this.count(op, caller?.accountId),
        delay: () => this.delay(),
      });
    }
    const target = req.headers['x-amz-target'];
    if (typeof target === 'string' && target.startsWith(ORGANIZATIONS_TARGET))
      return this.organizationsCall(target.slice(ORGANIZATIONS_TARGET.length), body, req, res);
    return this.queryCall(new URLSearchParams(body), req, res);
  }

  private async queryCall(
    params: URLSearchParams,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const action = params.get('Action') ?? '';
    const isSts = STS_ACTIONS.has(action);
    const ns = isSts ? STS_NS : IAM_NS;
    const caller = this.callerOf(req);
    // A root session's calls are the task policy's, not a role's: logged apart.
    const rootSession = this.rootSessions.holds(callerKeyId(req));
    const op = `${rootSession ? ROOT_SESSION_PREFIX : ''}${isSts ? 'sts' : 'iam'}:${action}`;
    // `home` pays for the call (its token bucket); `about` is the account the call is about:
    // its faults apply and the call counts for it.
    const roleAccount = this.account(parseRoleArn(params.get('RoleArn') ?? '')?.accountId);
    const home =
      (action === 'AssumeRoleWithWebIdentity' ? roleAccount : this.account(caller?.accountId)) ??
      this.defaultAccount;
    const about =
      (action === 'AssumeRole'
        ? roleAccount
        : action === 'AssumeRoot'
          ? this.account(params.get('TargetPrincipal') ?? undefined)
          : undefined) ?? home;
    this.count(op, about.accountId);
    await this.delay();
    const requestId = randomUUID();
    const send = (status: number, xml: string): void => {
      res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }).end(xml);
    };
    const fail = (status: number, code: string, message: string): void =>
      send(status, errorResponse(ns, code, message, requestId, status < 500));

    if (!this.takeToken(isSts ? 'sts' : 'iam', home, op))
      return fail(400, 'Throttling', 'Rate exceeded');
    let paging: PagingFaultKind | undefined;
    const fault = about.account.faults?.[action];
    if (fault && about.faults.applies(action, fault)) {
      if (isPagingFault(fault)) paging = fault.kind;
      else {
        if (fault.kind === 'hang') return;
        if (fault.kind === 'reset') {
          req.socket.destroy();
          return;
        }
        if (fault.kind === 'malformed') {
          return send(
            200,
            `<${action}Response xmlns="${ns}"><${action}Result><Users><member><UserName>cut`,
          );
        }
        const code = fault.code ?? 'InternalFailure';
        // {accessKeyId} and {sessionToken} echo the caller's own credentials, as some AWS errors do.
        const message = (fault.message ?? this.deniedMessage(op, code, about, caller))
          .replace(
            '{accessKeyId}',
            /Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1] ?? '',
          )
          .replace('{sessionToken}', String(req.headers['x-amz-security-token'] ?? ''));
        return fail(fault.status ?? 500, code, message);
      }
    }
    if (
      !isSts &&
      !rootSession &&
      this.options.allowedActions &&
      !this.options.allowedActions.includes(op)
    ) {
      return fail(403, 'AccessDenied', this.deniedMessage(op, 'AccessDenied', about, caller));
    }
    if (action !== 'AssumeRoleWithWebIdentity' && !caller) {
      return fail(
        403,
        'InvalidClientTokenId',
        'The security token included in the request is invalid.',
      );
    }
    let result: Answer | undefined;
    if (rootSession && action !== 'GetCallerIdentity')
      result = this.rootSessions.answer(op, action, params, home);
    else if (action === 'AssumeRoleWithWebIdentity')
      result = this.assumeRoleWithWebIdentity(params);
    else if (action === 'AssumeRole') result = this.assumeRole(params, caller as Principal);
    else if (action === 'AssumeRoot')
      result = this.rootSessions.assumeRoot(
        params,
        caller as Principal,
        this.account(params.get('TargetPrincipal') ?? undefined),
      );
    else if (action === 'GetCallerIdentity') result = callerIdentity(caller as Principal);
    else {
      const org = this.organizations;
      result = home.iam(action, params, {
        paging,
        endlessPaging: this.options.endlessPaging,
        organization: org && {
          id: org.org.id,
          callerIsAdministrator: org.isAdministrator(home.accountId),
          enabledFeatures: org.org.enabledFeatures ?? [],
        },
      });
    }
    if (!result) return fail(400, 'InvalidAction', `Could not find operation ${action}`);
    if ('error' in result) return fail(result.status, result.error, result.message);
    send(200, okResponse(action, ns, toXml(result.xml), requestId));
  }

  private deniedMessage(
    op: string,
    code: string,
    account: FakeAccountState,
    caller: Principal | undefined,
  ): string {
    const who =
      caller?.arn ??
      `arn:${account.partition}:sts::${account.accountId}:assumed-role/iam-mfa-audit/iam-mfa-audit`;
    return code === 'AccessDenied'
      ? `User: ${who} is not authorized to perform: ${op} on resource: *`
      : `${code} (injected)`;
  }

  private async organizationsCall(
    operation: string,
    body: string,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const op = `organizations:${operation}`;
    const caller = this.callerOf(req);
    const home = this.account(caller?.accountId) ?? this.defaultAccount;
    this.count(op, home.accountId);
    await this.delay();
    const requestId = randomUUID();
    const headers = { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId };
    const send = (status: number, json: string): void => {
      res.writeHead(status, headers).end(json);
    };
    // AWS JSON 1.1 errors: the SDK reads the code from `__type` first, then x-amzn-errortype.
    const fail = (status: number, code: string, message: string): void => {
      res
        .writeHead(status, { ...headers, 'x-amzn-errortype': code })
        .end(JSON.stringify({ __type: code, Message: message }));
    };

    if (!this.takeToken('organizations', home, op)) {
      return fail(
        400,
        'TooManyRequestsException',
        "AWS Organizations can't complete your request because another request is already in progress. Try again later.",
      );
    }
    let paging: PagingFaultKind | undefined;
    const fault = this.organizations?.org.faults?.[operation];
    if (fault && this.organizationFaults.applies(operation, fault)) {
      if (isPagingFault(fault)) paging = fault.kind;
      else {
        if (fault.kind === 'hang') return;
        if (fault.kind === 'reset') {
          req.socket.destroy();
          return;
        }
        if (fault.kind === 'malformed') return send(200, '{"Accounts":[{"Id":"1111');
        const code = fault.code ?? 'ServiceException';
        return fail(fault.status ?? 500, code, fault.message ?? `${code} (injected)`);
      }
    }
    if (this.options.allowedActions && !this.options.allowedActions.includes(op)) {
      return fail(
        400,
        'AccessDeniedException',
        "You don't have permissions to access this resource.",
      );
    }
    if (!caller) {
      return fail(
        400,
        'UnrecognizedClientException',
        'The security token included in the request is invalid.',
      );
    }
    if (!this.organizations) {
      return fail(
        400,
        'AWSOrganizationsNotInUseException',
        'Your account is not a member of an organization.',
      );
    }
    const refusal = this.organizations.refusal(operation, caller.accountId);
    if (refusal && 'error' in refusal) return fail(refusal.status, refusal.error, refusal.message);
    let input: Record<string, unknown>;
    try {
      input = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    } catch {
      return fail(
        400,
        'SerializationException',
        'Start of structure or map found where not expected.',
      );
    }
    const answer = this.organizations.answer(operation, input, paging);
    if ('error' in answer) return fail(answer.status, answer.error, answer.message);
    send(200, JSON.stringify(answer.json));
  }

  private assumeRoleWithWebIdentity(params: URLSearchParams): Answer {
    const token = this.issuedTokens.get(params.get('WebIdentityToken') ?? '');
    if (!token)
      return {
        error: 'InvalidIdentityToken',
        status: 400,
        message: 'Incorrect token audience or signature.',
      };
    const target = this.findRole(params.get('RoleArn') ?? '');
    const role = target?.role;
    const subOk =
      role?.trustedSub !== undefined &&
      new RegExp(`^${role.trustedSub.split('*').map(escapeRegExp).join('.*')}$`).test(token.sub);
    if (!target || !role || !subOk || token.aud !== (role.audience ?? 'sts.amazonaws.com')) {
      return {
        error: 'AccessDenied',
        status: 403,
        message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
      };
    }
    const session = params.get('RoleSessionName') ?? '';
    const arn = `arn:${target.account.partition}:sts::${target.account.accountId}:assumed-role/${role.name}/${session}`;
    const creds = this.issue({ accountId: target.account.accountId, arn });
    return {
      xml: {
        Credentials: credentialsXml(creds, 900),
        SubjectFromWebIdentityToken: token.sub,
        AssumedRoleUser: { Arn: arn, AssumedRoleId: `AROAFAKE:${session}` },
        Provider: OIDC_ISSUER,
        Audience: token.aud,
      },
    };
  }

  private assumeRole(params: URLSearchParams, caller: Principal): Answer {
    const roleArn = params.get('RoleArn') ?? '';
    const session = params.get('RoleSessionName') ?? '';
    const duration = Number(params.get('DurationSeconds') ?? ONE_HOUR);
    if (!/^[\w+=,.@-]{2,64}$/.test(session)) {
      return validationError(
        `1 validation error detected: Value '${session}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
      );
    }
    if (!Number.isInteger(duration) || duration < 900) {
      return validationError(
        `1 validation error detected: Value '${params.get('DurationSeconds')}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900`,
      );
    }
    const target = this.findRole(roleArn);
    const entered =
      target &&
      (this.organizations?.member(target.account.accountId)?.state ?? 'ACTIVE') === 'ACTIVE' &&
      trusts(target.role, caller);
    if (!target || !entered) {
      return {
        error: 'AccessDenied',
        status: 403,
        message: `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
      };
    }
    if (isRoleSession(caller) && duration > ONE_HOUR) {
      return validationError(
        'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
      );
    }
    if (duration > ONE_HOUR) {
      return validationError(
        'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      );
    }
    const arn = `arn:${target.account.partition}:sts::${target.account.accountId}:assumed-role/${target.role.name}/${session}`;
    const creds = this.issue({ accountId: target.account.accountId, arn });
    return {
      xml: {
        Credentials: credentialsXml(creds, duration),
        AssumedRoleUser: {
          Arn: arn,
          AssumedRoleId: `AROAFAKE${target.account.accountId}:${session}`,
        },
      },
    };
  }

  /** The role `arn` names, in an account of the fake, with the right partition, path and name. */
  private findRole(arn: string): { account: FakeAccountState; role: FakeRole } | undefined {
    const parsed = parseRoleArn(arn);
    const account = this.account(parsed?.accountId);
    if (!parsed || !account || account.partition !== parsed.partition) return undefined;
    const role = account.account.roles.find(
      (r) => r.name === parsed.name && (r.path ?? '/') === parsed.path,
    );
    return role && { account, role };
  }

  private oidc(req: IncomingMessage, res: ServerResponse): void {
    this.count('oidc:token');
    if (this.options.oidcFault === 'hang') return;
    if (this.options.oidcFault === 'error') {
      res.writeHead(500).end('{"message":"internal error"}');
      return;
    }
    if (this.options.oidcFault === 'not-json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('<html>oops</html>');
      return;
    }
    if (req.headers.authorization !== `Bearer ${this.oidcRequestToken}`) {
      res.writeHead(401).end('{"message":"bad request token"}');
      return;
    }
    const aud =
      new URL(req.url ?? '', 'http://x').searchParams.get('audience') ??
      'https://github.com/octo-org';
    const claims = {
      sub: this.options.claims?.sub ?? DEFAULT_TOKEN_SUB,
      repository: this.options.claims?.repository ?? 'octo-org/octo-repo',
    };
    const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = [
      b64({ alg: 'RS256', typ: 'JWT' }),
      b64({
        iss: OIDC_ISSUER,
        aud,
        ...claims,
        jti: randomUUID(),
        exp: Math.floor(Date.now() / 1000) + 300,
      }),
      randomBytes(64).toString('base64url'),
    ].join('.');
    this.issuedTokens.set(token, { aud, ...claims });
    this.secrets.push(token);
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ value: token }));
  }
}

function callerKeyId(req: IncomingMessage): string | undefined {
  return /Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1];
}

function isPagingFault(fault: Fault): fault is Fault & { kind: PagingFaultKind } {
  return PAGING_FAULTS.has(fault.kind ?? '');
}

function parseRoleArn(
  arn: string,
): { partition: string; accountId: string; path: string; name: string } | undefined {
  const m = /^arn:([^:]+):iam::(\d{12}):role(\/(?:[^/]+\/)*)([\w+=,.@-]+)$/.exec(arn);
  return m ? { partition: m[1]!, accountId: m[2]!, path: m[3]!, name: m[4]! } : undefined;
}

const ASSUMED_ROLE = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/;

function isRoleSession(principal: Principal): boolean {
  return ASSUMED_ROLE.test(principal.arn);
}

/** Whether `role`'s trust policy lets `caller` assume it (see FakeRole.trustedPrincipals). */
function trusts(role: FakeRole, caller: Principal): boolean {
  const session = ASSUMED_ROLE.exec(caller.arn);
  return (role.trustedPrincipals ?? []).some((trusted) => {
    if (trusted === caller.arn) return true;
    if (/^\d{12}$/.test(trusted)) return trusted === caller.accountId;
    const m = /^arn:([^:]+):iam::(\d{12}):(?:root|role\/(?:[^/]+\/)*([\w+=,.@-]+))$/.exec(trusted);
    if (!m) return false;
    if (m[3] === undefined) return m[2] === caller.accountId;
    return !!session && session[1] === m[1] && session[2] === m[2] && session[3] === m[3];
  });
}

function callerIdentity(caller: Principal): Answer {
  const session = caller.arn.split('/').pop() ?? '';
  return { xml: { Arn: caller.arn, UserId: `AROAFAKE:${session}`, Account: caller.accountId } };
}

function credentialsXml(creds: IssuedCredentials, seconds: number) {
  return {
    AccessKeyId: creds.accessKeyId,
    SecretAccessKey: creds.secretAccessKey,
    SessionToken: creds.sessionToken,
    Expiration: new Date(Date.now() + seconds * 1000).toISOString(),
  };
}

function validationError(message: string): Answer {
  return { error: 'ValidationError', status: 400, message };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
