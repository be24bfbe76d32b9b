// Plain data shared by every phase after the AWS reads. Nothing here knows about the SDK.

export const CONTROL_IDS = [
  'IAM.9',
  'IAM.6',
  'IAM.4',
  'IMA.1',
  'IAM.5',
  'IAM.19',
  'Cognito.5',
] as const;
export type ControlId = (typeof CONTROL_IDS)[number];
/** The `controls` input's default; `all` selects every id of CONTROL_IDS. */
export const DEFAULT_CONTROL_IDS: readonly ControlId[] = [
  'IAM.9',
  'IAM.6',
  'IAM.4',
  'IAM.5',
  'IAM.19',
];

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Higher is more severe: how fail-on compares severities and how SARIF orders results. */
export const SEVERITY_RANK: Record<Severity, number> = {
  critical: 4,
  high: 3,
  medium: 2,
  low: 1,
  informational: 0,
};

/** How GitHub should show a finding of this severity: critical and high are errors. */
export function alertLevel(severity: Severity): 'error' | 'warning' {
  return severity === 'critical' || severity === 'high' ? 'error' : 'warning';
}

export type Status = 'PASSED' | 'FAILED' | 'NOT_APPLICABLE' | 'ERROR';
export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';
export type EvidenceSource = 'live' | 'credential-report';

/** A call that could not be read, said so that a person can fix it. */
export interface CallFailure {
  /** AWS operation, as `service:Operation` (`iam:ListUsers`). */
  call: string;
  /** AWS error code (`AccessDenied`, `Throttling`) or the client's (`TimeoutError`). */
  code: string;
  message: string;
  /** The IAM action to add to the role's policy, where the code says access was denied. */
  missingPermission?: string;
  /** What to do, where the code alone does not say (a refused root session). */
  fix?: string;
}

export type Evidence<T> = { ok: true; value: T } | { ok: false; failure: CallFailure };

/** A fact about a user and where it came from. `null` means not read because no verdict needs it. */
export interface Fact<T> {
  value: T;
  source: EvidenceSource;
  /** The call that read a live fact (`iam:ListMFADevices`, `iam:ListVirtualMFADevices`). */
  via?: string;
  /** What the credential report said, where the live answer overrode it. */
  reportSaid?: T | null;
}

/** The `SummaryMap` keys the root controls read. */
export const SUMMARY_KEYS = [
  'AccountMFAEnabled',
  'AccountPasswordPresent',
  'AccountAccessKeysPresent',
] as const;
export type SummaryKey = (typeof SUMMARY_KEYS)[number];

/** Which field of AccountSummaryFacts holds each key's count. */
export const SUMMARY_FIELD = {
  AccountMFAEnabled: 'accountMfaEnabled',
  AccountPasswordPresent: 'accountPasswordPresent',
  AccountAccessKeysPresent: 'accountAccessKeysPresent',
} as const satisfies Record<SummaryKey, string>;

export interface AccountSummaryFacts {
  /** Each is a whole number ≥ 0, or undefined: the key was missing, or is in `malformed`. */
  accountMfaEnabled?: number;
  accountPasswordPresent?: number;
  accountAccessKeysPresent?: number;
  /** Keys whose value is not a whole number ≥ 0, with the value as AWS sent it: unknown. */
  malformed?: Partial<Record<SummaryKey, string>>;
}

export interface RootVirtualDevice {
  serialNumber: string;
  enabledAt?: string;
}

export interface RootAccessKeyFacts {
  key: 1 | 2;
  active: boolean | null;
  lastUsed?: string;
  lastRotated?: string;
}

export interface UserFacts {
  userName: string;
  arn: string;
  mfa: Evidence<Fact<boolean>>;
  password: Evidence<Fact<boolean | null>>;
  passwordLastUsed?: string;
}

export interface UserEvidence {
  users: UserFacts[];
  reportGeneratedAt: string;
  /** The report was generated during this run, so its rows are live evidence. */
  reportIsLive: boolean;
  /**
   * Every MFA verdict was read during the run; false only with IAM.5 alone, where a report's
   * "no password" passes a user as of the report (spec rule 5).
   */
  allVerdictsLive: boolean;
  /** Report rows whose user no longer exists (deleted since the report). */
  droppedReportRows: number;
  /** Users missing from the report (created since), evaluated live. */
  usersNotInReport: number;
}

/** Evidence a control can ask for; the snapshot reads only what the selected controls need. */
export type EvidenceKind =
  | 'summary'
  | 'rootVirtualDevices'
  | 'users'
  | 'userPasswords'
  | 'userMfa'
  | 'rootSession'
  | 'userPools';

/** virtual: an authenticator app; fido: a FIDO security key or passkey; totp: a hardware TOTP token. */
export type RootDeviceType = 'virtual' | 'fido' | 'totp';

export interface RootDevice {
  serialNumber: string;
  type: RootDeviceType;
  enabledAt?: string;
}

export interface RootSessionKey {
  accessKeyId: string;
  active: boolean;
  /** When it was last used; undefined: never. */
  lastUsed?: string;
  /** The key's last use could not be read (GetAccessKeyLastUsed failed): said, never guessed. */
  lastUsedUnknown?: string;
}

/** Root's own credentials, read through a root session (sts:AssumeRoot, IAMAuditRootUserCredentials). */
export interface RootSessionFacts {
  devices: RootDevice[];
  /** Root has a password (GetLoginProfile; NoSuchEntity: none). */
  loginProfile: boolean;
  accessKeys: RootSessionKey[];
  /** Root's last console sign-in (GetUser's PasswordLastUsed), where it ever signed in. */
  passwordLastUsed?: string;
  /** GetAccountSummary read through the same session, to say where it disagrees with the lists. */
  summary?: Evidence<AccountSummaryFacts>;
}

/** A Cognito user pool as DescribeUserPool shows it (Cognito.5's evidence). */
export interface UserPoolFacts {
  /** `OFF`, `ON` or `OPTIONAL`; undefined where DescribeUserPool left it out. */
  mfaConfiguration?: string;
  /** Second factors enabled: `SMS`, `SOFTWARE_TOKEN` (authenticator app), `EMAIL`. */
  secondFactors: string[];
  /** Why `secondFactors` is empty where GetUserPoolMfaConfig could not be read (the verdict does not need it). */
  secondFactorsUnread?: CallFailure;
  /** The sign-in policy's AllowedFirstAuthFactors (`PASSWORD`, `EMAIL_OTP`, `SMS_OTP`, `WEB_AUTHN`); empty: none set. */
  firstFactors: string[];
  estimatedUsers?: number;
}

export interface UserPool {
  id: string;
  name: string;
  arn: string;
  region: string;
  facts: Evidence<UserPoolFacts>;
}

/** One region's user pools; `pools` failed: the region could not be read. */
export interface RegionUserPools {
  region: string;
  pools: Evidence<UserPool[]>;
}

export interface UserPoolEvidence {
  /** The regions read, each with its pools; failed: which regions to read could not be known. */
  regions: Evidence<RegionUserPools[]>;
  /** Regions of the `regions` input left out because Cognito user pools are not offered there. */
  notOffered: string[];
}

/**
 * One account's evidence, read once. A field is undefined when no selected control needs it;
 * a control that finds its evidence undefined reports ERROR rather than guess.
 */
export interface AccountSnapshot {
  accountId: string;
  partition: Partition;
  alias?: string;
  readAt: string;
  summary?: Evidence<AccountSummaryFacts>;
  rootVirtualDevices?: Evidence<RootVirtualDevice[]>;
  rootAccessKeys?: RootAccessKeyFacts[];
  users?: Evidence<UserEvidence>;
  credentialReportGeneratedAt?: string;
  userPools?: UserPoolEvidence;
  /**
   * assume-root: root's evidence from a root session; a failure is the refusal (the root controls
   * then fall back to the in-account evidence, naming it). Undefined: no root session was asked for.
   */
  rootSession?: Evidence<RootSessionFacts>;
  /** The Organization's management account, which no root session can target: decided in-account. */
  managementAccount?: boolean;
}

export interface Remediation {
  text: string;
  url: string;
  /** A CLI command that shows the fix took. */
  verify: string;
  /** A further page: the policy that enforces the fix. */
  seeAlso?: { title: string; url: string };
}

export interface FindingEvidence {
  source: EvidenceSource;
  calls: string[];
  observed: Record<string, string | number | boolean | null>;
  note?: string;
}

export interface Finding {
  control: ControlId;
  title: string;
  severity: Severity;
  status: Status;
  resourceType: 'AwsAccount' | 'AwsIamUser' | 'AwsCognitoUserPool';
  resource: string;
  message: string;
  evidence: FindingEvidence;
  remediation: Remediation;
  /** An accepted FAILED finding: it stays FAILED and does not count for fail-on. */
  exception?: { reason: string; expires: string };
  /** When this finding was first seen FAILED or ERROR, carried from the baseline report. */
  firstSeen?: string;
}

/** audited: judged on its own evidence; not-judged: could not be entered; skipped: left out. */
export type AccountStatus = 'audited' | 'not-judged' | 'skipped';

export interface AccountResult {
  accountId: string;
  partition: Partition;
  alias?: string;
  /** Absent: audited. */
  status?: AccountStatus;
  /** The account's name in AWS Organizations, where it was discovered there. */
  name?: string;
  /** Why a skipped account was left out (its Organizations state, or exclude-accounts). */
  skippedReason?: string;
  credentialReportGeneratedAt?: string;
  /** The credential report was generated during this run (live evidence). */
  reportGeneratedDuringRun?: boolean;
  /**
   * Every user verdict was read during the run; false only with IAM.5 alone, where a report's
   * "no password" passes a user as of the report. Undefined where no user was judged.
   */
  userVerdictsLive?: boolean;
  readAt: string;
  findings: Finding[];
  /** Facts the summary states about the evidence as a whole (no users, rows dropped). */
  notes: string[];
}

/** How findings and reports name an account: its id, and its alias where it has one. */
export function accountLabel(account: { accountId: string; alias?: string }): string {
  return account.alias ? `${account.accountId} (${account.alias})` : account.accountId;
}

export function rootArn(partition: Partition, accountId: string): string {
  return `arn:${partition}:iam::${accountId}:root`;
}

/** Every user pool of an account in a region (`*`: in every region), as one resource. */
export function userPoolsArn(partition: Partition, accountId: string, region = '*'): string {
  return `arn:${partition}:cognito-idp:${region}:${accountId}:userpool/*`;
}
