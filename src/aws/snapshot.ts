import {
  GetAccountSummaryCommand,
  GetLoginProfileCommand,
  ListAccountAliasesCommand,
  ListMFADevicesCommand,
  NoSuchEntityException,
  paginateListUsers,
  paginateListVirtualMFADevices,
  type IAMClient,
} from '@aws-sdk/client-iam';
import pLimit from 'p-limit';
import {
  rootArn,
  type AccountSnapshot,
  type AccountSummaryFacts,
  type CallFailure,
  type Evidence,
  type Partition,
  type RootAccessKeyFacts,
  type RootVirtualDevice,
  type UserEvidence,
  type UserFacts,
} from '../model.js';
import { isAccessDenied, read, type TimeLimit } from './call-failure.js';
import {
  fetchCredentialReport,
  parseCredentialReport,
  ROOT_ROW,
  type ReportPolicy,
  type ReportRow,
} from './credential-report.js';
import { collectPages } from './pages.js';
import { planUserChecks, type ListedUser, type UserPlan } from './user-plan.js';

/** Which evidence the selected controls need; nothing else is read. */
export interface EvidenceNeeds {
  summary: boolean;
  rootVirtualDevices: boolean;
  users: boolean;
  userPasswords: boolean;
}

export interface SnapshotDeps extends ReportPolicy {
  iam: IAMClient;
  /** No read waits past it; a read cut short is a failure of that read. */
  limit: TimeLimit;
  /** Live confirmations in flight at once. */
  concurrency: number;
  warn: (message: string) => void;
}

const PAGE_SIZE = 1000;
/**
 * Live confirmations in flight at once (the benchmark gives the per-user approach the same). About
 * what a throttled IAM lets through per round trip: at 20, throttling cut 1,000-user runs to a third.
 */
export const LIVE_CONCURRENCY = 10;

/** Reads one account's evidence. Independent reads run together; no read's failure stops another. */
export async function readSnapshot(
  account: { accountId: string; partition: Partition },
  needs: EvidenceNeeds,
  deps: SnapshotDeps,
): Promise<AccountSnapshot> {
  const readAt = new Date(deps.now()).toISOString();
  const [alias, summary, rootVirtualDevices, users] = await Promise.all([
    read(
      'iam:ListAccountAliases',
      async () => {
        const out = await deps.iam.send(new ListAccountAliasesCommand({}));
        return out.AccountAliases?.[0];
      },
      deps.limit,
    ),
    needs.summary
      ? read('iam:GetAccountSummary', () => readSummary(deps.iam), deps.limit)
      : undefined,
    needs.rootVirtualDevices
      ? read(
          'iam:ListVirtualMFADevices',
          () => readRootVirtualDevices(deps.iam, rootArn(account.partition, account.accountId)),
          deps.limit,
        )
      : undefined,
    needs.users ? readUsers(needs.userPasswords, deps) : undefined,
  ]);
  if (!alias.ok)
    deps.warn(`Could not read the account alias (${alias.failure.code}); continuing without it.`);

  return {
    accountId: account.accountId,
    partition: account.partition,
    alias: alias.ok ? alias.value : undefined,
    readAt,
    summary,
    rootVirtualDevices,
    rootAccessKeys: users?.rootAccessKeys,
    users: users?.evidence,
    credentialReportGeneratedAt: users?.reportGeneratedAt,
  };
}

async function readSummary(iam: IAMClient): Promise<AccountSummaryFacts> {
  const out = await iam.send(new GetAccountSummaryCommand({}));
  const map = out.SummaryMap ?? {};
  return {
    accountMfaEnabled: map.AccountMFAEnabled,
    accountPasswordPresent: map.AccountPasswordPresent,
    accountAccessKeysPresent: map.AccountAccessKeysPresent,
  };
}

async function readRootVirtualDevices(iam: IAMClient, root: string): Promise<RootVirtualDevice[]> {
  const devices = await collectPages(
    paginateListVirtualMFADevices(
      { client: iam, pageSize: PAGE_SIZE },
      { AssignmentStatus: 'Assigned' },
    ),
    (page) => page.VirtualMFADevices,
  );
  // Root's devices are those assigned to exactly the root ARN: names and paths of devices say nothing.
  return devices
    .filter((device) => device.User?.Arn === root)
    .map((device) => ({
      serialNumber: device.SerialNumber ?? '(no serial number)',
      enabledAt: device.EnableDate?.toISOString(),
    }));
}

interface UsersRead {
  evidence: Evidence<UserEvidence>;
  rootAccessKeys?: RootAccessKeyFacts[];
  reportGeneratedAt?: string;
}

async function readUsers(needPasswords: boolean, deps: SnapshotDeps): Promise<UsersRead> {
  const [report, listed] = await Promise.all([
    read(
      'iam:GetCredentialReport',
      async () => {
        const raw = await fetchCredentialReport(deps.iam, deps);
        return { generatedAt: raw.generatedAt.toISOString(), rows: parseCredentialReport(raw.csv) };
      },
      deps.limit,
    ),
    read('iam:ListUsers', () => listUsers(deps.iam), deps.limit),
  ]);
  if (!report.ok) return { evidence: report };
  const reportGeneratedAt = report.value.generatedAt;
  const rootRow = report.value.rows.find((row) => row.user === ROOT_ROW);
  const rootAccessKeys = rootRow?.accessKeys.map((key) => ({ ...key }));
  if (!listed.ok) return { evidence: listed, rootAccessKeys, reportGeneratedAt };

  const plan = planUserChecks(listed.value, report.value.rows);
  const limit = pLimit(deps.concurrency);
  const confirmer = new LiveConfirmer(deps.iam, needPasswords, deps.limit);
  const users = await Promise.all(
    plan.users.map((userPlan) =>
      userPlan.confirmLive ? limit(() => confirmer.confirm(userPlan)) : fromReport(userPlan),
    ),
  );
  return {
    evidence: {
      ok: true,
      value: {
        users,
        reportGeneratedAt,
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
    paginateListUsers({ client: iam, pageSize: PAGE_SIZE }, {}),
    (page) => page.Users,
  );
  return users.map((user) => ({
    userName: user.UserName ?? '',
    arn: user.Arn ?? '',
    createDate: user.CreateDate,
  }));
}

function fromReport({ user, row }: UserPlan): UserFacts {
  const reportRow = row as ReportRow;
  return {
    userName: user.userName,
    arn: user.arn,
    mfa: { ok: true, value: { value: true, source: 'credential-report' } },
    password: {
      ok: true,
      value: { value: reportRow.passwordEnabled, source: 'credential-report' },
    },
    passwordLastUsed: reportRow.passwordLastUsed,
  };
}

/**
 * Asks IAM about one user the report cannot pass. Once a call is denied, the same call for other
 * users is not sent: the answer would be the same, and retrying it only makes the failure slow.
 */
class LiveConfirmer {
  private readonly denied = new Map<string, CallFailure>();

  constructor(
    private readonly iam: IAMClient,
    private readonly needPasswords: boolean,
    private readonly limit: TimeLimit,
  ) {}

  async confirm({ user, row }: UserPlan): Promise<UserFacts> {
    const reportPassword = row?.passwordEnabled ?? null;
    const facts: UserFacts = {
      userName: user.userName,
      arn: user.arn,
      passwordLastUsed: row?.passwordLastUsed,
      mfa: await this.call('iam:ListMFADevices', async () => {
        const out = await this.iam.send(new ListMFADevicesCommand({ UserName: user.userName }));
        const live = (out.MFADevices?.length ?? 0) > 0;
        return {
          value: live,
          source: 'live' as const,
          ...(row && row.mfaActive !== live ? { reportSaid: row.mfaActive } : {}),
        };
      }),
      password: { ok: true, value: { value: reportPassword, source: 'credential-report' } },
    };
    // A password only changes a verdict (IAM.5) for a user without MFA, and only a user the report
    // would fail (password true, unknown, or not in the report) is confirmed live; a report's
    // "no password" passes IAM.5 as of the report, as its other passes do.
    if (this.needPasswords && facts.mfa.ok && !facts.mfa.value.value && reportPassword !== false) {
      facts.password = await this.call('iam:GetLoginProfile', async () => {
        const live = await this.hasLoginProfile(user.userName);
        return {
          value: live,
          source: 'live' as const,
          ...(row && reportPassword !== live ? { reportSaid: reportPassword } : {}),
        };
      });
    }
    return facts;
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
