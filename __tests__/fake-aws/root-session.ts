// sts:AssumeRoot and the root sessions it opens, for the fake: who may open one into which account,
// and the IAM calls the audit task policy (IAMAuditRootUserCredentials) allows, about the target's
// root. Everything else a root session asks is AccessDenied, as the task policy's explicit deny.
import type { FakeAccountState, Answer } from './account-state.js';
import type { FakeOrganizationsApi } from './organizations-api.js';
import type { IssuedCredentials, Principal } from './server.js';
import type { XmlNode } from './xml.js';

export const AUDIT_TASK_POLICY = 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials';
/** What the task policy allows, each without UserName (about root). */
export const TASK_POLICY_ACTIONS = [
  'GetAccountSummary',
  'ListMFADevices',
  'GetLoginProfile',
  'ListAccessKeys',
  'GetAccessKeyLastUsed',
  'GetUser',
  'ListSigningCertificates',
] as const;
/** How the fake's call log names a call made with root-session credentials. */
export const ROOT_SESSION_PREFIX = 'root-session:';
const MAX_ROOT_SESSION_SECONDS = 900;
const ROOT_CREATED = '2019-03-01T00:00:00Z';

export interface RootSessionOptions {
  /**
   * The action was pointed at the global STS endpoint (sts.amazonaws.com), which refuses AssumeRoot.
   * The fake is reached at 127.0.0.1 whatever endpoint the action believes it calls, so it cannot see
   * the host: this flag stands for it. The code and wording of AWS's refusal are the fake's guess.
   */
  globalEndpoint?: boolean;
}

export class FakeRootSessions {
  /** Access key ids of root sessions: their calls are the task policy's, not a role's. */
  private readonly sessions = new Set<string>();

  constructor(
    private readonly options: RootSessionOptions,
    private readonly organizations: FakeOrganizationsApi | undefined,
    private readonly issue: (principal: Principal) => IssuedCredentials,
  ) {}

  holds(accessKeyId: string | undefined): boolean {
    return accessKeyId !== undefined && this.sessions.has(accessKeyId);
  }

  /** sts:AssumeRoot: TargetPrincipal, TaskPolicyArn.arn, DurationSeconds (at most 900). */
  assumeRoot(
    params: URLSearchParams,
    caller: Principal,
    target: FakeAccountState | undefined,
  ): Answer {
    const targetId = params.get('TargetPrincipal') ?? '';
    const policy = params.get('TaskPolicyArn.arn') ?? '';
    const duration = Number(params.get('DurationSeconds') ?? MAX_ROOT_SESSION_SECONDS);
    if (this.options.globalEndpoint)
      return {
        error: 'InvalidAction',
        status: 400,
        message: 'AssumeRoot is not available on the global endpoint; use a regional STS endpoint.',
      };
    if (!/^\d{12}$/.test(targetId))
      return validation(
        `1 validation error detected: Value '${targetId}' at 'targetPrincipal' failed to satisfy constraint: Member must satisfy regular expression pattern: \\d{12}`,
      );
    if (!Number.isInteger(duration) || duration < 0 || duration > MAX_ROOT_SESSION_SECONDS)
      return validation(
        `1 validation error detected: Value '${params.get('DurationSeconds')}' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to ${MAX_ROOT_SESSION_SECONDS}`,
      );
    if (policy !== AUDIT_TASK_POLICY.replace(':aws:', `:${target?.partition ?? 'aws'}:`))
      return validation(`The task policy ${policy} is not one this fake models.`);
    const denied = (why: string): Answer => ({
      error: 'AccessDenied',
      status: 403,
      message: `User: ${caller.arn} is not authorized to perform: sts:AssumeRoot on resource: arn:aws:iam::${targetId}:root (${why})`,
    });
    const org = this.organizations;
    if (!org) return denied('the caller is not in an organization');
    if (!org.isAdministrator(caller.accountId))
      return denied('not the management account or the delegated administrator for root access');
    const features = org.org.enabledFeatures ?? [];
    if (!features.includes('RootCredentialsManagement') || !features.includes('RootSessions'))
      return denied('centralized root access (root sessions) is not enabled in the organization');
    const member = org.member(targetId);
    if (!member || !target) return denied('the target is not a member of the organization');
    if (targetId === org.org.managementAccountId)
      return denied('the management account cannot be the target of AssumeRoot');
    if ((member.state ?? 'ACTIVE') !== 'ACTIVE') return denied(`the target is ${member.state}`);
    const creds = this.issue({
      accountId: targetId,
      arn: `arn:${target.partition}:iam::${targetId}:root`,
    });
    this.sessions.add(creds.accessKeyId);
    return {
      xml: {
        Credentials: {
          AccessKeyId: creds.accessKeyId,
          SecretAccessKey: creds.secretAccessKey,
          SessionToken: creds.sessionToken,
          Expiration: new Date(
            Date.now() + (duration || MAX_ROOT_SESSION_SECONDS) * 1000,
          ).toISOString(),
        },
        SourceIdentity: undefined,
      },
    };
  }

  /** An IAM call with root-session credentials in `account`: the task policy's calls, about root. */
  answer(op: string, action: string, params: URLSearchParams, account: FakeAccountState): Answer {
    const root = account.account.root;
    const id = account.accountId;
    const rootArn = `arn:${account.partition}:iam::${id}:root`;
    const explicitDeny = (): Answer => ({
      error: 'AccessDenied',
      status: 403,
      message: `User: ${rootArn} is not authorized to perform: ${op.slice(ROOT_SESSION_PREFIX.length)} on resource: ${rootArn} with an explicit deny in a session policy`,
    });
    const iamCall = op === `${ROOT_SESSION_PREFIX}iam:${action}`;
    if (
      !iamCall ||
      !(TASK_POLICY_ACTIONS as readonly string[]).includes(action) ||
      params.has('UserName')
    )
      return explicitDeny();
    const keys = root.accessKeys.map((key, index) => ({
      ...key,
      id: `AKIA${id}ROOT${index + 1}`,
    }));
    switch (action) {
      case 'GetAccountSummary':
        return account.iam(action, params, {}) as Answer;
      case 'ListMFADevices':
        return { xml: page(rootDevices(account), params, 'MFADevices') };
      case 'GetLoginProfile':
        return root.password
          ? {
              xml: {
                LoginProfile: {
                  UserName: '',
                  CreateDate: ROOT_CREATED,
                  PasswordResetRequired: false,
                },
              },
            }
          : {
              error: 'NoSuchEntity',
              status: 404,
              message: 'Login Profile for User root cannot be found.',
            };
      case 'ListAccessKeys':
        return {
          xml: page(
            keys.map((key) => ({
              AccessKeyId: key.id,
              Status: key.active ? 'Active' : 'Inactive',
              CreateDate: ROOT_CREATED,
            })),
            params,
            'AccessKeyMetadata',
          ),
        };
      case 'GetAccessKeyLastUsed': {
        const key = keys.find((k) => k.id === params.get('AccessKeyId'));
        if (!key)
          return { error: 'AccessDenied', status: 403, message: "The access key is not root's." };
        return {
          xml: {
            AccessKeyLastUsed: key.lastUsed
              ? { LastUsedDate: key.lastUsed, ServiceName: 's3', Region: 'us-east-1' }
              : { ServiceName: 'N/A', Region: 'N/A' },
          },
        };
      }
      case 'GetUser':
        return {
          xml: {
            User: {
              Path: '/',
              UserName: '',
              UserId: id,
              Arn: rootArn,
              CreateDate: ROOT_CREATED,
              PasswordLastUsed: root.passwordLastUsed,
            },
          },
        };
      default:
        return { xml: { Certificates: [], IsTruncated: false } };
    }
  }
}

/** Root's devices as ListMFADevices lists them: virtual, FIDO and hardware TOTP serials. */
export function rootDevices(account: FakeAccountState): XmlNode[] {
  const { root } = account.account;
  const prefix = `arn:${account.partition}:iam::${account.accountId}`;
  const device = (serial: string): XmlNode => ({
    UserName: '',
    SerialNumber: serial,
    EnableDate: '2025-06-01T00:00:00Z',
  });
  return [
    ...root.virtualDevices.map((name) => device(`${prefix}:mfa/${name}`)),
    ...Array.from({ length: root.hardwareKeys }, (_, i) =>
      device(`${prefix}:u2f/root-account-mfa-device/FIDOKEY${String(i + 1).padStart(4, '0')}`),
    ),
    ...(root.totpSerials ?? []).map(device),
  ];
}

/** One page of a listing: MaxItems (default 100) from the Marker, IsTruncated and the next Marker. */
function page(items: XmlNode[], params: URLSearchParams, tag: string): XmlNode {
  const start = Number(params.get('Marker') ?? 0);
  const size = Number(params.get('MaxItems') ?? 100);
  const slice = items.slice(start, start + size);
  const next = start + size;
  return next < items.length
    ? { [tag]: slice, IsTruncated: true, Marker: String(next) }
    : { [tag]: slice, IsTruncated: false };
}

function validation(message: string): Answer {
  return { error: 'ValidationError', status: 400, message };
}
