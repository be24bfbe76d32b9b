// One account of the fake: its IAM data and answers, credential-report state, fault counters and
// throttle token bucket. IAM limits are per account, so each account has its own.
import type { Fault, FakeAccount, FakeUser, PagingFaultKind } from './account.js';
import { credentialReportCsv } from './credential-report-csv.js';
import { RawXml, type XmlNode } from './xml.js';

const MAX_PAGE = 1000;
const REPEATED_MARKER = 'c2FtZQ==';

export type Answer = { xml: XmlNode } | { error: string; status: number; message: string };

/** What an IAM answer may depend on beyond the account itself. */
export interface CallContext {
  /** A paging fault that applies to this call. */
  paging?: PagingFaultKind;
  /** Listings whose every page answers the same marker (FakeOptions.endlessPaging). */
  endlessPaging?: string[];
  /** The organization as this account sees it; undefined: a standalone account. */
  organization?: { id: string; callerIsAdministrator: boolean; enabledFeatures: string[] };
}

export class TokenBucket {
  private tokens = 0;
  private at = 0;
  constructor(private readonly limit?: { ratePerSecond: number; burst: number }) {}

  /** Takes a token, refilled at the configured rate; false when the bucket is empty. */
  take(): boolean {
    if (!this.limit) return true;
    const now = Date.now();
    if (this.at === 0) this.tokens = this.limit.burst;
    else
      this.tokens = Math.min(
        this.limit.burst,
        this.tokens + ((now - this.at) / 1000) * this.limit.ratePerSecond,
      );
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Counts calls by name and says whether the n-th one is faulted (after, every, times). */
export class FaultCounter {
  private readonly seen = new Map<string, number>();

  applies(name: string, fault: Fault): boolean {
    const seen = (this.seen.get(name) ?? 0) + 1;
    this.seen.set(name, seen);
    const n = seen - (fault.after ?? 0);
    if (n <= 0) return false;
    if (fault.every !== undefined) return n % fault.every === 0;
    return fault.times === undefined || n <= fault.times;
  }
}

export class FakeAccountState {
  readonly partition: string;
  readonly bucket: TokenBucket;
  readonly faults = new FaultCounter();
  private readonly reportGeneratedAt: number;
  /** When a report this run started was generated: its GeneratedTime. */
  private startedReportAt: number | undefined;
  private reportState: 'absent' | 'generating' | 'ready';
  private pollsLeft: number;
  /** When the report being generated is ready (Date.now()). */
  private readyAt = 0;
  private readonly generationMs: number;

  constructor(
    readonly account: FakeAccount,
    throttle?: { ratePerSecond: number; burst: number },
    reportGenerationMs = 0,
  ) {
    this.generationMs = account.report.generationMs ?? reportGenerationMs;
    this.partition = account.partition ?? 'aws';
    this.bucket = new TokenBucket(throttle);
    this.reportGeneratedAt = Date.now() - account.report.ageMinutes * 60_000;
    this.reportState = account.report.present === false ? 'absent' : 'ready';
    this.pollsLeft = account.report.pollsUntilReady ?? 0;
  }

  get accountId(): string {
    return this.account.accountId;
  }

  /** When the report generated in the run is ready (Date.now()); undefined if none was started. */
  get reportReadyAt(): number | undefined {
    return this.startedReportAt === undefined ? undefined : this.readyAt;
  }

  /** A poll of a report being generated: in progress while polls or time remain. */
  private stillGenerating(): boolean {
    if (this.pollsLeft > 0) {
      this.pollsLeft -= 1;
      return true;
    }
    return Date.now() < this.readyAt;
  }

  /** The IAM answer to `action`, or undefined for an action the fake does not know. */
  iam(action: string, params: URLSearchParams, ctx: CallContext): Answer | undefined {
    return this.handlers[action]?.(params, ctx);
  }

  private userArn = (user: FakeUser): string =>
    `arn:${this.partition}:iam::${this.account.accountId}:user${user.path ?? '/'}${user.name}`;

  private createdAt = (user: FakeUser): string =>
    user.createdAt ??
    new Date(this.reportGeneratedAt - 86_400_000).toISOString().replace(/\.\d+Z$/, '+00:00');

  private findUser(name: string | null): FakeUser | undefined {
    return this.account.users.find((user) => user.name === name);
  }

  private page<T>(
    items: T[],
    params: URLSearchParams,
    ctx: CallContext,
  ): { slice: T[]; more: XmlNode } {
    if (ctx.paging === 'repeat-marker' || ctx.endlessPaging?.includes(params.get('Action') ?? '')) {
      return { slice: items.slice(0, 1), more: { IsTruncated: true, Marker: REPEATED_MARKER } };
    }
    if (ctx.paging === 'empty-truncated') return { slice: [], more: { IsTruncated: true } };
    const start = Number(
      params.get('Marker') ? Buffer.from(params.get('Marker') as string, 'base64').toString() : 0,
    );
    const size = Math.min(Number(params.get('MaxItems') ?? 100), MAX_PAGE);
    const slice = items.slice(start, start + size);
    const next = start + size;
    if (ctx.paging === 'truncated-without-marker') return { slice, more: { IsTruncated: true } };
    return next < items.length
      ? { slice, more: { IsTruncated: true, Marker: Buffer.from(String(next)).toString('base64') } }
      : { slice, more: { IsTruncated: false } };
  }

  private readonly handlers: Record<string, (params: URLSearchParams, ctx: CallContext) => Answer> =
    {
      GetAccountSummary: () => {
        const root = this.account.root;
        const map: Record<string, number | string> = {
          Users: this.account.users.length,
          AccountMFAEnabled:
            root.virtualDevices.length + root.hardwareKeys + (root.totpSerials?.length ?? 0) > 0
              ? 1
              : 0,
          AccountAccessKeysPresent: root.accessKeys.length > 0 ? 1 : 0,
          AccountPasswordPresent: root.password ? 1 : 0,
          AccountSigningCertificatesPresent: 0,
          MFADevices: 0,
          MFADevicesInUse: 0,
        };
        for (const key of root.omitSummaryKeys ?? []) delete map[key];
        Object.assign(map, root.summaryValues);
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
      ListVirtualMFADevices: (params, ctx) => {
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
        const { slice, more } = this.page(listed, params, ctx);
        return { xml: { VirtualMFADevices: slice, ...more } };
      },
      ListUsers: (params, ctx) => {
        const { slice, more } = this.page(this.account.users, params, ctx);
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
      ListMFADevices: (params, ctx) => {
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
        const { slice, more } = this.page(devices, params, ctx);
        return { xml: { MFADevices: slice, ...more } };
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
        if (this.reportState === 'generating') {
          if (this.stillGenerating()) return { xml: { State: 'INPROGRESS' } };
          this.reportState = 'ready';
        }
        if (this.reportState === 'ready') return { xml: { State: 'COMPLETE' } };
        // A report started now is generated now, whatever age the account's report was given.
        this.startedReportAt = Date.now();
        this.readyAt = this.startedReportAt + this.generationMs;
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
          return {
            error: 'ReportNotPresent',
            status: 410,
            message: 'Credential report not present',
          };
        }
        if (this.reportState === 'generating') {
          if (this.stillGenerating())
            return { error: 'ReportInProgress', status: 404, message: 'Report is in progress' };
          this.reportState = 'ready';
        }
        const csv =
          this.account.report.csvOverride ??
          credentialReportCsv(this.account, this.userArn, this.createdAt);
        return {
          xml: {
            Content: Buffer.from(csv).toString('base64'),
            ReportFormat: 'text/csv',
            GeneratedTime: new Date(this.startedReportAt ?? this.reportGeneratedAt)
              .toISOString()
              .replace(/\.\d+Z$/, 'Z'),
          },
        };
      },
      ListOrganizationsFeatures: (_params, ctx) => {
        const org = ctx.organization;
        if (!org) {
          return {
            error: 'OrganizationNotFoundException',
            status: 400,
            message: 'The request failed because AWS Organizations is not in use by this account.',
          };
        }
        if (!org.callerIsAdministrator) {
          return {
            error: 'AccountNotManagementOrDelegatedAdministratorException',
            status: 400,
            message:
              'The request was rejected because the account making the request is not the management account or delegated administrator account for centralized root access.',
          };
        }
        return { xml: { OrganizationId: org.id, EnabledFeatures: org.enabledFeatures } };
      },
    };
}
