import type { AccountSnapshot, AccountSummaryFacts, Fact, UserFacts } from '../../src/model.js';

export const ACCOUNT = '123456789012';

/** A snapshot of an account where everything passes; tests change the part they are about. */
export function snapshot(patch: Partial<AccountSnapshot> = {}): AccountSnapshot {
  const base: AccountSnapshot = {
    accountId: ACCOUNT,
    partition: 'aws',
    readAt: '2026-11-22T10:00:00.000Z',
    summary: {
      ok: true,
      value: { accountMfaEnabled: 1, accountPasswordPresent: 1, accountAccessKeysPresent: 0 },
    },
    rootVirtualDevices: { ok: true, value: [] },
    rootAccessKeys: [],
    users: {
      ok: true,
      value: {
        users: [],
        reportGeneratedAt: '2026-11-22T08:00:00.000Z',
        reportIsLive: false,
        allVerdictsLive: true,
        droppedReportRows: 0,
        usersNotInReport: 0,
      },
    },
  };
  return { ...base, ...patch };
}

const fact = <T>(
  value: T,
  source: 'live' | 'credential-report' = 'live',
): { ok: true; value: Fact<T> } => ({ ok: true, value: { value, source } });

export function user(
  name: string,
  mfa: boolean,
  password: boolean | null,
  source: 'live' | 'credential-report' = 'live',
): UserFacts {
  return {
    userName: name,
    arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
    mfa: fact(mfa, source),
    password: fact(password, source),
  };
}

export function withUsers(...users: UserFacts[]): AccountSnapshot {
  return snapshot({
    users: {
      ok: true,
      value: {
        users,
        reportGeneratedAt: '2026-11-22T08:00:00.000Z',
        reportIsLive: false,
        allVerdictsLive: true,
        droppedReportRows: 0,
        usersNotInReport: 0,
      },
    },
  });
}

export const denied = (call: string) => ({
  ok: false as const,
  failure: { call, code: 'AccessDenied', message: 'no', missingPermission: call },
});

/** The snapshot's GetAccountSummary, read, with these keys of SummaryMap. */
export const summary = (value: AccountSummaryFacts) => ({ summary: { ok: true as const, value } });
