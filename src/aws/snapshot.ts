import {
  GetLoginProfileCommand,
  ListAccountAliasesCommand,
  NoSuchEntityException,
  paginateListMFADevices,
  paginateListUsers,
  paginateListVirtualMFADevices,
  type IAMClient,
} from '@aws-sdk/client-iam';
import pLimit from 'p-limit';
import {
  rootArn,
  type AccountSnapshot,
  type CallFailure,
  type Evidence,
  type EvidenceKind,
  type Partition,
  type RootAccessKeyFacts,
  type RootVirtualDevice,
  type UserEvidence,
  type Fact,
  type UserFacts,
} from '../model.js';
import { readAccountSummary } from './account-summary.js';
import { isAccessDenied, read, type TimeLimit } from './call-failure.js';
import {
  fetchCredentialReport,
  parseCredentialReport,
  ROOT_ROW,
  type ReportPolicy,
  type ReportRow,
  type ReportStart,
} from './credential-report.js';
import { collectPages, IAM_PAGES } from './pages.js';
import {
  matchReportRows,
  mfaSource,
  passwordNeedsLiveCheck,
  type ListedUser,
  type MfaSource,
  type UserCheckContext,
  type UserPlan,
} from './user-plan.js';

/** Which evidence the selected controls need (the control registry's set); nothing else is read. */
export type EvidenceNeeds = ReadonlySet<EvidenceKind>;

export interface SnapshotDeps extends ReportPolicy {
  iam: IAMClient;
  /** No read waits past it; a read cut short is a failure of that read. */
  limit: TimeLimit;
  /** Live confirmations in flight at once. */
  concurrency: number;
  warn: (message: string) => void;
  /** User names decided live whatever the report says (the user a change event names). */
  liveUsers?: ReadonlySet<string>;
  /** The credential report was started ahead of the audit (the fan-out's head start). */
  reportStart?: ReportStart;
}

const PAGE_SIZE = 1000;
/**
 * Live confirmations in flight at once (the benchmark gives the per-user approach the same). About
 * what a throttled IAM lets through per round trip: at 20, throttling cut 1,000-user runs to a third.
 */
export const LIVE_CONCURRENCY = 10;
/** The alias only names the account: it may never hold up a verdict. */
const ALIAS_LIMIT_MS = 5_000;
const ALIAS_GRACE_MS = 1_000;

interface AssignedVirtualDevice {
  serialNumber: string;
  userArn?: string;
  enabledAt?: string;
}

/** Reads one account's evidence. Independent reads run together; no read's failure stops another. */
export async function readSnapshot(
  account: { accountId: string; partition: Partition },
  needs: EvidenceNeeds,
  deps: SnapshotDeps,
): Promise<AccountSnapshot> {
  const readAt = new Date(deps.now()).toISOString();
  const alias = startAliasRead(deps.iam);
  // One listing of assigned virtual devices serves IAM.6 (root's) and the user controls (who holds one now).
  const devices =
    needs.has('rootVirtualDevices') || needs.has('users')
      ? read('iam:ListVirtualMFADevices', () => listAssignedVirtualDevices(deps.iam), deps.limit)
      : undefined;
  const [summary, devicesRead, users] = await Promise.all([
    needs.has('summary')
      ? read('iam:GetAccountSummary', () => readAccountSummary(deps.iam), deps.limit)
      : undefined,
    devices,
    needs.has('users') ? readUsers(needs, devices, deps) : undefined,
  ]);
  const aliasRead = await alias.settle(ALIAS_GRACE_MS);
  if (!aliasRead.ok)
    deps.warn(
      `Could not read the account alias of ${account.accountId} (${aliasRead.failure.code}); continuing without it.`,
    );

  const root = rootArn(account.partition, account.accountId);
  return {
    accountId: account.accountId,
    partition: account.partition,
    alias: aliasRead.ok ? aliasRead.value : undefined,
    readAt,
    summary,
    rootVirtualDevices:
      needs.has('rootVirtualDevices') && devicesRead ? rootDevices(devicesRead, root) : undefined,
    rootAccessKeys: users?.rootAccessKeys,
    users: users?.evidence,
    credentialReportGeneratedAt: users?.reportGeneratedAt,
  };
}

/**
 * Starts the alias read under its own short limit. settle() waits for it at most `graceMs` more,
 * then aborts it: the verdicts are ready, and a name is not worth waiting for.
 */
function startAliasRead(iam: IAMClient): {
  settle: (graceMs: number) => Promise<Evidence<string | undefined>>;
} {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ALIAS_LIMIT_MS);
  timer.unref();
  const result = read(
    'iam:ListAccountAliases',
    async () => {
      const out = await iam.send(new ListAccountAliasesCommand({}), {
        abortSignal: abort.signal,
      });
      return out.AccountAliases?.[0];
    },
    { race: (work) => work },
  ).finally(() => clearTimeout(timer));
  return {
    settle: (graceMs) => {
      const grace = setTimeout(() => abort.abort(), graceMs);
      grace.unref();
      return result.finally(() => clearTimeout(grace));
    },
  };
}

async function listAssignedVirtualDevices(iam: IAMClient): Promise<AssignedVirtualDevice[]> {
  const devices = await collectPages(
    'iam:ListVirtualMFADevices',
    paginateListVirtualMFADevices(
      { client: iam, pageSize: PAGE_SIZE },
      { AssignmentStatus: 'Assigned' },
    ),
    (page) => page.VirtualMFADevices,
    IAM_PAGES,
  );
  return devices.map((device) => ({
    serialNumber: device.SerialNumber ?? '(no serial number)',
    userArn: device.User?.Arn,
    enabledAt: device.EnableDate?.toISOString(),
  }));
}

/** Root's devices are those assigned to exactly the root ARN: names and paths of devices say nothing. */
function rootDevices(
  devices: Evidence<AssignedVirtualDevice[]>,
  root: string,
): Evidence<RootVirtualDevice[]> {
  if (!devices.ok) return devices;
  return {
    ok: true,
    value: devices.value
      .filter((device) => device.userArn === root)
      .map(({ serialNumber, enabledAt }) => ({ serialNumber, enabledAt })),
  };
}

interface UsersRead {
  evidence: Evidence<UserEvidence>;
  rootAccessKeys?: RootAccessKeyFacts[];
  reportGeneratedAt?: string;
}

async function readUsers(
  needs: EvidenceNeeds,
  devices: Promise<Evidence<AssignedVirtualDevice[]>> | undefined,
  deps: SnapshotDeps,
): Promise<UsersRead> {
  const [report, listed, devicesRead] = await Promise.all([
    read(
      'iam:GetCredentialReport',
      async () => {
        const raw = await fetchCredentialReport(deps.iam, deps, deps.reportStart);
        return {
          generatedAt: raw.generatedAt.toISOString(),
          generatedDuringRun: raw.generatedDuringRun,
          rows: parseCredentialReport(raw.csv),
        };
      },
      deps.limit,
    ),
    read('iam:ListUsers', () => listUsers(deps.iam), deps.limit),
    devices,
  ]);
  if (!report.ok) return { evidence: report };
  const reportGeneratedAt = report.value.generatedAt;
  const rootRow = report.value.rows.find((row) => row.user === ROOT_ROW);
  const rootAccessKeys = rootRow?.accessKeys.map((key) => ({ ...key }));
  if (!listed.ok) return { evidence: listed, rootAccessKeys, reportGeneratedAt };

  const plan = matchReportRows(listed.value, report.value.rows);
  const context: UserCheckContext = {
    passwordsNeeded: needs.has('userPasswords'),
    mfaNeeded: needs.has('userMfa'),
    reportIsLive: report.value.generatedDuringRun,
    virtualHolders: devicesRead?.ok
      ? new Set(devicesRead.value.flatMap((device) => (device.userArn ? [device.userArn] : [])))
      : undefined,
    liveUsers: deps.liveUsers,
  };
  const limit = pLimit(deps.concurrency);
  const checker = new UserChecker(deps.iam, context, deps.limit);
  let fromReportOnly = 0;
  const users = await Promise.all(
    plan.users.map((userPlan) => {
      const source = mfaSource(userPlan, context);
      if (source === 'report' && !context.reportIsLive) {
        fromReportOnly += 1;
        return fromReport(userPlan);
      }
      return source === 'ListMFADevices'
        ? limit(() => checker.check(userPlan, source))
        : checker.check(userPlan, source);
    }),
  );
  return {
    evidence: {
      ok: true,
      value: {
        users,
        reportGeneratedAt,
        reportIsLive: report.value.generatedDuringRun,
        allVerdictsLive: fromReportOnly === 0,
        droppedReportRows: plan.droppedReportRows,
        usersNotInReport: plan.usersNotInReport,
      },
    },
    rootAccessKeys,
    reportGeneratedAt,
  };
}

async function listUsers(iam: IAMClient): Promise<ListedUser[]> {
  const users = await collectPages(
    'iam:ListUsers',
    paginateListUsers({ client: iam, pageSize: PAGE_SIZE }, {}),
    (page) => page.Users,
    IAM_PAGES,
  );
  return users.map((user) => ({
    userName: user.UserName ?? '',
    arn: user.Arn ?? '',
    createDate: user.CreateDate,
  }));
}

/** A user the report settles: a report this run generated, or IAM.5's "no password" (spec rule 5). */
function fromReport({ user, row }: UserPlan): UserFacts {
  const reportRow = row as ReportRow;
  return {
    userName: user.userName,
    arn: user.arn,
    mfa: { ok: true, value: { value: reportRow.mfaActive === true, source: 'credential-report' } },
    password: {
      ok: true,
      value: { value: reportRow.passwordEnabled, source: 'credential-report' },
    },
    passwordLastUsed: reportRow.passwordLastUsed,
  };
}

/**
 * Decides one user's MFA (from a report this run generated, the device listing, or ListMFADevices),
 * then, for a user without MFA, the password IAM.5 needs (GetLoginProfile): at most 2 calls per user. Once a call is
 * denied, the same call for other users is not sent: the answer would be the same, and retrying it
 * only makes the failure slow.
 */
class UserChecker {
  private readonly denied = new Map<string, CallFailure>();

  constructor(
    private readonly iam: IAMClient,
    private readonly context: UserCheckContext,
    private readonly limit: TimeLimit,
  ) {}

  async check(plan: UserPlan, source: MfaSource): Promise<UserFacts> {
    const { user, row } = plan;
    const reportPassword = row?.passwordEnabled ?? null;
    const mfa: Evidence<Fact<boolean>> =
      source === 'report'
        ? { ok: true, value: { value: row?.mfaActive === true, source: 'credential-report' } }
        : source === 'listing'
          ? { ok: true, value: liveFact(true, 'iam:ListVirtualMFADevices', row?.mfaActive) }
          : await this.call('iam:ListMFADevices', async () =>
              liveFact(
                await this.hasMfaDevice(user.userName),
                'iam:ListMFADevices',
                row?.mfaActive,
              ),
            );
    let password: Evidence<Fact<boolean | null>> = {
      ok: true,
      value: { value: reportPassword, source: 'credential-report' },
    };
    if (mfa.ok && !mfa.value.value && passwordNeedsLiveCheck(plan, this.context)) {
      password = await this.call('iam:GetLoginProfile', async () =>
        liveFact(
          await this.hasLoginProfile(user.userName),
          'iam:GetLoginProfile',
          row?.passwordEnabled,
        ),
      );
    }
    return {
      userName: user.userName,
      arn: user.arn,
      mfa,
      password,
      passwordLastUsed: row?.passwordLastUsed,
    };
  }

  private async hasMfaDevice(userName: string): Promise<boolean> {
    const devices = await collectPages(
      'iam:ListMFADevices',
      paginateListMFADevices({ client: this.iam }, { UserName: userName }),
      (page) => page.MFADevices,
      IAM_PAGES,
    );
    return devices.length > 0;
  }

  private async hasLoginProfile(userName: string): Promise<boolean> {
    try {
      await this.iam.send(new GetLoginProfileCommand({ UserName: userName }));
      return true;
    } catch (error) {
      if (error instanceof NoSuchEntityException) return false;
      throw error;
    }
  }

  private async call<T>(call: string, fn: () => Promise<T>): Promise<Evidence<T>> {
    const denied = this.denied.get(call);
    if (denied) return { ok: false, failure: denied };
    const result = await read(call, fn, this.limit);
    if (!result.ok && isAccessDenied(result.failure)) this.denied.set(call, result.failure);
    return result;
  }
}

/** A fact read live, noting what the report said where it differs. */
function liveFact<T>(value: T, via: string, reportSaid: T | null | undefined): Fact<T> {
  return {
    value,
    source: 'live',
    via,
    ...(reportSaid !== undefined && reportSaid !== value ? { reportSaid } : {}),
  };
}
