// A local fake of IAM, STS and GitHub's OIDC token endpoint, speaking AWS's Query protocol
// (form-encoded requests, XML responses and error bodies). One account per server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Fault, FakeAccount, FakeUser } from './account.js';
import { credentialReportCsv } from './credential-report-csv.js';
import { errorResponse, IAM_NS, okResponse, RawXml, STS_NS, toXml, type XmlNode } from './xml.js';

const STS_ACTIONS = new Set(['AssumeRoleWithWebIdentity', 'GetCallerIdentity']);
const MAX_PAGE = 1000;
const OIDC_ISSUER = 'https://token.actions.githubusercontent.com';

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}

export interface OidcClaims {
  sub: string;
  repository: string;
}

export interface FakeAws {
  url: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL for the fake OIDC endpoint. */
  oidcRequestUrl: string;
  oidcRequestToken: string;
  /** Calls by operation (`iam:ListUsers`, `sts:AssumeRoleWithWebIdentity`, `oidc:token`). */
  calls: Map<string, number>;
  /** Calls refused with Throttling by the token bucket, by operation. */
  throttled: Map<string, number>;
  /** When the first request of any kind arrived (Date.now()), for cold-start figures. */
  firstRequestAt: () => number | undefined;
  /** Every secret the fake handed out: tokens and credentials, for leak checks. */
  secrets: string[];
  /** Credentials valid without OIDC (the "already in the environment" case). */
  ambient: IssuedCredentials;
  close: () => Promise<void>;
}

export interface FakeOptions {
  claims?: Partial<OidcClaims>;
  /** Round-trip delay added to every AWS answer, in ms. */
  latencyMs?: number;
  /** Listings (by action) whose every page answers the same marker: paging that never ends. */
  endlessPaging?: string[];
  /** IAM actions the role may call (`iam:ListUsers`); any other is AccessDenied. Omitted: all. */
  allowedActions?: string[];
  /** The OIDC token endpoint answers 500, never answers, or answers a body that is not JSON. */
  oidcFault?: 'error' | 'hang' | 'not-json';
  /** IAM-like throttling: a token bucket for the account; past it, calls get `Throttling`. */
  throttle?: { ratePerSecond: number; burst: number };
}

export async function startFakeAws(
  account: FakeAccount,
  options: FakeOptions = {},
): Promise<FakeAws> {
  const state = new FakeState(account, options);
  const server = createServer((req, res) => {
    state.handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    oidcRequestUrl: `${url}/oidc/token?api-version=2.0`,
    oidcRequestToken: state.oidcRequestToken,
    calls: state.calls,
    throttled: state.throttled,
    firstRequestAt: () => state.firstRequestAt,
    secrets: state.secrets,
    ambient: state.ambient,
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

class FakeState {
  readonly calls = new Map<string, number>();
  readonly throttled = new Map<string, number>();
  firstRequestAt: number | undefined;
  private tokens = 0;
  private tokensAt = 0;
  readonly secrets: string[] = [];
  readonly oidcRequestToken = secret('ghs_oidcreq', 16);
  readonly ambient: IssuedCredentials;
  private readonly validKeys = new Set<string>();
  private readonly issuedTokens = new Map<
    string,
    { aud: string; sub: string; repository: string }
  >();
  private readonly faultCounts = new Map<string, number>();
  private readonly partition: string;
  private readonly reportGeneratedAt: number;
  private reportState: 'absent' | 'generating' | 'ready';
  private pollsLeft: number;

  constructor(
    private readonly account: FakeAccount,
    private readonly options: FakeOptions,
  ) {
    this.partition = account.partition ?? 'aws';
    this.reportGeneratedAt = Date.now() - account.report.ageMinutes * 60_000;
    this.reportState = account.report.present === false ? 'absent' : 'ready';
    this.pollsLeft = account.report.pollsUntilReady ?? 0;
    this.ambient = this.issue();
    this.secrets.push(this.oidcRequestToken);
  }

  private issue(): IssuedCredentials {
    const creds = {
      accessKeyId: secret('ASIA', 8),
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: randomBytes(120).toString('base64'),
    };
    this.validKeys.add(creds.accessKeyId);
    this.secrets.push(creds.accessKeyId, creds.secretAccessKey, creds.sessionToken);
    return creds;
  }

  private count(name: string): void {
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
  }

  /** Takes a token from the bucket, refilled at the configured rate; false when it is empty. */
  private takeToken(): boolean {
    const throttle = this.options.throttle;
    if (!throttle) return true;
    const now = Date.now();
    if (this.tokensAt === 0) this.tokens = throttle.burst;
    else
      this.tokens = Math.min(
        throttle.burst,
        this.tokens + ((now - this.tokensAt) / 1000) * throttle.ratePerSecond,
      );
    this.tokensAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.firstRequestAt ??= Date.now();
    const body = await readBody(req);
    if (req.url?.startsWith('/oidc/token')) return this.oidc(req, res);
    const params = new URLSearchParams(body);
    const action = params.get('Action') ?? '';
    const isSts = STS_ACTIONS.has(action);
    const ns = isSts ? STS_NS : IAM_NS;
    this.count(`${isSts ? 'sts' : 'iam'}:${action}`);
    if (this.options.latencyMs) await new Promise((r) => setTimeout(r, this.options.latencyMs));
    const requestId = randomUUID();
    const send = (status: number, xml: string): void => {
      res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }).end(xml);
    };
    const fail = (status: number, code: string, message: string): void =>
      send(status, errorResponse(ns, code, message, requestId, status < 500));

    if (!this.takeToken()) {
      const op = `${isSts ? 'sts' : 'iam'}:${action}`;
      this.throttled.set(op, (this.throttled.get(op) ?? 0) + 1);
      return fail(400, 'Throttling', 'Rate exceeded');
    }
    const fault = this.account.faults?.[action];
    if (fault && this.faultApplies(action, fault)) {
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
      const message = (fault.message ?? this.deniedMessage(action, code))
        .replace(
          '{accessKeyId}',
          /Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1] ?? '',
        )
        .replace('{sessionToken}', String(req.headers['x-amz-security-token'] ?? ''));
      return fail(fault.status ?? 500, code, message);
    }
    if (
      !isSts &&
      this.options.allowedActions &&
      !this.options.allowedActions.includes(`iam:${action}`)
    ) {
      return fail(403, 'AccessDenied', this.deniedMessage(action, 'AccessDenied'));
    }
    if (action !== 'AssumeRoleWithWebIdentity') {
      const keyId = /Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1];
      if (!keyId || !this.validKeys.has(keyId)) {
        return fail(
          403,
          'InvalidClientTokenId',
          'The security token included in the request is invalid.',
        );
      }
    }
    const handler = this.handlers[action];
    if (!handler) return fail(400, 'InvalidAction', `Could not find operation ${action}`);
    const result = handler(params);
    if ('error' in result) return fail(result.status, result.error, result.message);
    send(200, okResponse(action, ns, toXml(result.xml), requestId));
  }

  /** Counts the call and says whether this one is faulted (after, every, times). */
  private faultApplies(action: string, fault: Fault): boolean {
    const seen = (this.faultCounts.get(action) ?? 0) + 1;
    this.faultCounts.set(action, seen);
    const n = seen - (fault.after ?? 0);
    if (n <= 0) return false;
    if (fault.every !== undefined) return n % fault.every === 0;
    return fault.times === undefined || n <= fault.times;
  }

  private deniedMessage(action: string, code: string): string {
    return code === 'AccessDenied'
      ? `User: arn:${this.partition}:sts::${this.account.accountId}:assumed-role/iam-mfa-audit/iam-mfa-audit is not authorized to perform: iam:${action} on resource: *`
      : `${code} (injected)`;
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
      sub: this.options.claims?.sub ?? 'repo:octo-org/octo-repo:ref:refs/heads/main',
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

  private userArn = (user: FakeUser): string =>
    `arn:${this.partition}:iam::${this.account.accountId}:user${user.path ?? '/'}${user.name}`;

  private createdAt = (user: FakeUser): string =>
    user.createdAt ??
    new Date(this.reportGeneratedAt - 86_400_000).toISOString().replace(/\.\d+Z$/, '+00:00');

  private findUser(name: string | null): FakeUser | undefined {
    return this.account.users.find((user) => user.name === name);
  }

  private page<T>(items: T[], params: URLSearchParams): { slice: T[]; more: XmlNode } {
    if (this.options.endlessPaging?.includes(params.get('Action') ?? '')) {
      return { slice: items.slice(0, 1), more: { IsTruncated: true, Marker: 'c2FtZQ==' } };
    }
    const start = Number(
      params.get('Marker') ? Buffer.from(params.get('Marker') as string, 'base64').toString() : 0,
    );
    const size = Math.min(Number(params.get('MaxItems') ?? 100), MAX_PAGE);
    const slice = items.slice(start, start + size);
    const next = start + size;
    return next < items.length
      ? { slice, more: { IsTruncated: true, Marker: Buffer.from(String(next)).toString('base64') } }
      : { slice, more: { IsTruncated: false } };
  }

  private readonly handlers: Record<
    string,
    (
      params: URLSearchParams,
    ) => { xml: XmlNode } | { error: string; status: number; message: string }
  > = {
    AssumeRoleWithWebIdentity: (params) => {
      const token = this.issuedTokens.get(params.get('WebIdentityToken') ?? '');
      if (!token)
        return {
          error: 'InvalidIdentityToken',
          status: 400,
          message: 'Incorrect token audience or signature.',
        };
      const arn = params.get('RoleArn') ?? '';
      const roleName = arn.split('/').pop();
      const role = this.account.roles.find(
        (r) =>
          arn === `arn:${this.partition}:iam::${this.account.accountId}:role/${r.name}` &&
          r.name === roleName,
      );
      const subOk =
        role &&
        new RegExp(`^${role.trustedSub.split('*').map(escapeRegExp).join('.*')}$`).test(token.sub);
      if (!role || !subOk || token.aud !== (role.audience ?? 'sts.amazonaws.com')) {
        return {
          error: 'AccessDenied',
          status: 403,
          message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
        };
      }
      const creds = this.issue();
      const session = params.get('RoleSessionName') ?? '';
      return {
        xml: {
          Credentials: {
            AccessKeyId: creds.accessKeyId,
            SecretAccessKey: creds.secretAccessKey,
            SessionToken: creds.sessionToken,
            Expiration: new Date(Date.now() + 900_000).toISOString(),
          },
          SubjectFromWebIdentityToken: token.sub,
          AssumedRoleUser: {
            Arn: `arn:${this.partition}:sts::${this.account.accountId}:assumed-role/${role.name}/${session}`,
            AssumedRoleId: `AROAFAKE:${session}`,
          },
          Provider: OIDC_ISSUER,
          Audience: token.aud,
        },
      };
    },
    GetCallerIdentity: () => ({
      xml: {
        Arn: `arn:${this.partition}:sts::${this.account.accountId}:assumed-role/ambient-role/ambient`,
        UserId: 'AROAFAKE:ambient',
        Account: this.account.accountId,
      },
    }),
    GetAccountSummary: () => {
      const root = this.account.root;
      const map: Record<string, number> = {
        Users: this.account.users.length,
        AccountMFAEnabled: root.virtualDevices.length + root.hardwareKeys > 0 ? 1 : 0,
        AccountAccessKeysPresent: root.accessKeys.length > 0 ? 1 : 0,
        AccountPasswordPresent: root.password ? 1 : 0,
        AccountSigningCertificatesPresent: 0,
        MFADevices: 0,
        MFADevicesInUse: 0,
      };
      for (const key of root.omitSummaryKeys ?? []) delete map[key];
      return {
        xml: {
          SummaryMap: new RawXml(
            Object.entries(map)
              .map(([key, value]) => `<entry><key>${key}</key><value>${value}</value></entry>`)
              .join(''),
          ),
        },
      };
    },
    ListAccountAliases: () => ({
      xml: { AccountAliases: this.account.alias ? [this.account.alias] : [], IsTruncated: false },
    }),
    ListVirtualMFADevices: (params) => {
      const status = params.get('AssignmentStatus') ?? 'Any';
      const root = `arn:${this.partition}:iam::${this.account.accountId}:root`;
      const devices: XmlNode[] = [
        ...this.account.root.virtualDevices.map((name) => ({
          SerialNumber: `arn:${this.partition}:iam::${this.account.accountId}:mfa/${name}`,
          User: {
            Arn: root,
            UserId: this.account.accountId,
            CreateDate: '2020-01-01T00:00:00Z',
            Path: '/',
            UserName: '',
          },
          EnableDate: '2025-06-01T00:00:00Z',
        })),
        ...this.account.users
          .filter((user) => user.mfa === 'virtual')
          .map((user) => ({
            SerialNumber: `arn:${this.partition}:iam::${this.account.accountId}:mfa/${user.name}`,
            User: {
              Arn: this.userArn(user),
              UserId: `AIDA${user.name.length}`,
              CreateDate: this.createdAt(user),
              Path: user.path ?? '/',
              UserName: user.name,
            },
            EnableDate: '2025-06-01T00:00:00Z',
          })),
      ];
      const unassigned = [
        {
          SerialNumber: `arn:${this.partition}:iam::${this.account.accountId}:mfa/unassigned-root-looking`,
        },
      ];
      const listed =
        status === 'Assigned'
          ? devices
          : status === 'Unassigned'
            ? unassigned
            : [...devices, ...unassigned];
      const { slice, more } = this.page(listed, params);
      return { xml: { VirtualMFADevices: slice, ...more } };
    },
    ListUsers: (params) => {
      const { slice, more } = this.page(this.account.users, params);
      return {
        xml: {
          Users: slice.map((user) => ({
            Path: user.path ?? '/',
            UserName: user.name,
            UserId: `AIDA${Buffer.from(user.name).toString('hex').slice(0, 16).toUpperCase()}`,
            Arn: this.userArn(user),
            CreateDate: this.createdAt(user).replace('+00:00', 'Z'),
          })),
          ...more,
        },
      };
    },
    ListMFADevices: (params) => {
      const user = this.findUser(params.get('UserName'));
      if (!user)
        return {
          error: 'NoSuchEntity',
          status: 404,
          message: `The user with name ${params.get('UserName')} cannot be found.`,
        };
      const devices =
        user.mfa === 'none'
          ? []
          : [
              {
                UserName: user.name,
                SerialNumber: `arn:${this.partition}:iam::${this.account.accountId}:${user.mfa === 'virtual' ? 'mfa' : 'u2f'}/${user.name}`,
                EnableDate: '2025-06-01T00:00:00Z',
              },
            ];
      return { xml: { MFADevices: devices, IsTruncated: false } };
    },
    GetLoginProfile: (params) => {
      const user = this.findUser(params.get('UserName'));
      if (!user || !user.password) {
        return {
          error: 'NoSuchEntity',
          status: 404,
          message: `Login Profile for User ${params.get('UserName')} cannot be found.`,
        };
      }
      return {
        xml: {
          LoginProfile: {
            UserName: user.name,
            CreateDate: this.createdAt(user).replace('+00:00', 'Z'),
            PasswordResetRequired: false,
          },
        },
      };
    },
    GenerateCredentialReport: () => {
      if (this.reportState === 'ready') return { xml: { State: 'COMPLETE' } };
      this.reportState = 'generating';
      return {
        xml: {
          State: 'STARTED',
          Description: 'No report exists. Starting a new report generation task',
        },
      };
    },
    GetCredentialReport: () => {
      if (this.reportState === 'absent') {
        return { error: 'ReportNotPresent', status: 410, message: 'Credential report not present' };
      }
      if (this.reportState === 'generating') {
        if (this.pollsLeft > 0) {
          this.pollsLeft -= 1;
          return { error: 'ReportInProgress', status: 404, message: 'Report is in progress' };
        }
        this.reportState = 'ready';
      }
      const csv =
        this.account.report.csvOverride ??
        credentialReportCsv(this.account, this.userArn, this.createdAt);
      return {
        xml: {
          Content: Buffer.from(csv).toString('base64'),
          ReportFormat: 'text/csv',
          GeneratedTime: new Date(this.reportGeneratedAt).toISOString().replace(/\.\d+Z$/, 'Z'),
        },
      };
    },
  };
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
