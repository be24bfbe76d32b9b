// An AWS account described as data, for the fake IAM/STS server.
import type { FakeCognitoAccount } from './cognito-api.js';

export type MfaKind = 'none' | 'virtual' | 'hardware';

export interface FakeUser {
  name: string;
  path?: string;
  /** ISO time; defaults to a day before the report. */
  createdAt?: string;
  password: boolean;
  mfa: MfaKind;
  passwordLastUsed?: string;
  /** How the credential report saw this user, where it differs from now; 'absent': created since. */
  inReport?: Partial<Pick<FakeUser, 'password' | 'mfa'>> | 'absent';
}

export interface FakeRole {
  name: string;
  /** `/` by default; a path such as `/audit/` makes the ARN `role/audit/NAME`. */
  path?: string;
  /** The OIDC token `sub` the trust policy allows; `*` matches any run of characters. Omitted: no OIDC trust. */
  trustedSub?: string;
  audience?: string;
  /**
   * Principals allowed to sts:AssumeRole it: role ARNs (`arn:aws:iam::111122223333:role/iam-mfa-audit`,
   * paths allowed), which a session of that role matches; `arn:aws:iam::X:root` or `X`: any principal of
   * account X; or a session ARN exactly. Omitted: nobody.
   */
  trustedPrincipals?: string[];
}

/**
 * Paging faults of listings (IAM ListUsers, ListVirtualMFADevices, ListMFADevices; Organizations
 * ListAccounts, ListAccountsForParent, ListChildren). truncated-without-marker: the page says
 * IsTruncated=true but has no Marker (Organizations, which has no IsTruncated: a page that stops
 * early with no NextToken); empty-truncated: an empty page, IsTruncated=true, no Marker (Organizations:
 * an empty page with no NextToken); repeat-marker: every page answers the same Marker/NextToken.
 */
export type PagingFaultKind = 'truncated-without-marker' | 'empty-truncated' | 'repeat-marker';

export interface Fault {
  /**
   * error (default): an AWS XML error body with `code` and `status`; reset: the connection is
   * destroyed; hang: no answer ever comes; malformed: a 200 whose XML is cut off.
   */
  kind?: 'error' | 'reset' | 'hang' | 'malformed' | PagingFaultKind;
  /** AWS error code, e.g. AccessDenied, Throttling, ServiceUnavailable. */
  code?: string;
  status?: number;
  message?: string;
  /** Answer normally this many times first (a token that expires half-way). */
  after?: number;
  /** Then answer with the fault this many times, then normally again; omitted: always. */
  times?: number;
  /** Fault only every n-th call (a rate); omitted: every call. */
  every?: number;
}

export interface FakeAccount extends FakeCognitoAccount {
  accountId: string;
  alias?: string;
  partition?: 'aws' | 'aws-us-gov' | 'aws-cn';
  root: {
    password: boolean;
    /** Names of root's virtual devices (serial `arn:aws:iam::ACCT:mfa/NAME`). */
    virtualDevices: string[];
    /** How many FIDO security keys or passkeys root holds (serial `…:u2f/root-account-mfa-device/…`). */
    hardwareKeys: number;
    /** Serials of root's hardware TOTP tokens (`GAHT12345678`); they count as MFA like the others. */
    totpSerials?: string[];
    /** Root's last console sign-in (GetUser's PasswordLastUsed in a root session). */
    passwordLastUsed?: string;
    accessKeys: Array<{ active: boolean; lastUsed?: string }>;
    /** SummaryMap keys the fake leaves out (old endpoints send no AccountPasswordPresent). */
    omitSummaryKeys?: string[];
    /** SummaryMap values sent as written here, whatever root holds ("", "true", "-1"). */
    summaryValues?: Record<string, string>;
  };
  users: FakeUser[];
  /** Users that exist only in the credential report (deleted since it was generated). */
  deletedSinceReport?: FakeUser[];
  report: {
    ageMinutes: number;
    /**
     * After a generate, GetCredentialReport answers ReportInProgress (and GenerateCredentialReport
     * INPROGRESS) this many times.
     */
    pollsUntilReady?: number;
    /**
     * How long a report takes to generate after GenerateCredentialReport (ms), as AWS takes seconds;
     * meanwhile GetCredentialReport answers ReportInProgress. Default: FakeOptions.reportGenerationMs, else 0.
     */
    generationMs?: number;
    /** Whether a report exists before the run asks for one. */
    present?: boolean;
    /** Raw CSV to serve instead of the generated one (malformed reports). */
    csvOverride?: string;
  };
  roles: FakeRole[];
  faults?: Record<string, Fault>;
}

export const REPORT_EPOCH = Date.parse('2026-01-01T00:00:00Z');

export function compliantAccount(overrides: Partial<FakeAccount> = {}): FakeAccount {
  return {
    accountId: '111122223333',
    alias: 'compliant',
    root: { password: true, virtualDevices: [], hardwareKeys: 1, accessKeys: [] },
    users: [
      {
        name: 'alice',
        password: true,
        mfa: 'virtual',
        passwordLastUsed: '2026-11-20T09:00:00+00:00',
      },
      { name: 'deploy-bot', password: false, mfa: 'hardware' },
    ],
    report: { ageMinutes: 30 },
    roles: [{ name: 'iam-mfa-audit', trustedSub: 'repo:octo-org/octo-repo:*' }],
    ...overrides,
  };
}

/** The demo account: one finding of every kind, and the staleness the live checks correct. */
export function demoAccount(): FakeAccount {
  return {
    accountId: '123456789012',
    alias: 'demo-prod',
    root: {
      password: true,
      virtualDevices: [],
      hardwareKeys: 0,
      accessKeys: [{ active: true, lastUsed: '2026-11-19T17:42:00+00:00' }],
    },
    users: [
      {
        name: 'alice',
        password: true,
        mfa: 'hardware',
        passwordLastUsed: '2026-11-21T08:12:00+00:00',
      },
      { name: 'bob', password: true, mfa: 'none', passwordLastUsed: '2026-11-20T16:03:00+00:00' },
      { name: 'carol', password: true, mfa: 'virtual', inReport: { mfa: 'none' } },
      { name: 'ci-deployer', password: false, mfa: 'none' },
      { name: 'rootadmin', password: true, mfa: 'virtual' },
      { name: 'dave.new', password: true, mfa: 'none', inReport: 'absent' },
    ],
    deletedSinceReport: [{ name: 'eve-contractor', password: true, mfa: 'none' }],
    report: { ageMinutes: 195 },
    roles: [{ name: 'iam-mfa-audit', trustedSub: 'repo:octo-org/octo-repo:*' }],
  };
}
