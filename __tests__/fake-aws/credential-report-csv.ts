import type { FakeAccount, FakeUser } from './account.js';

export const REPORT_HEADER = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
];

function field(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One user's fields as a report has them: `password` and `mfa` as written (true, false or a token). */
export function reportRow(
  accountId: string,
  user: string,
  password: string,
  mfa: string,
): string[] {
  const rest = Array<string>(14).fill('N/A');
  return [
    user,
    `arn:aws:iam::${accountId}:user/${user}`,
    '2026-01-01T00:00:00+00:00',
    password,
    'N/A',
    'N/A',
    'N/A',
    mfa,
    ...rest,
  ];
}

/** A report from rows of fields, quoted as RFC 4180 wants. */
export function reportCsv(rows: string[][]): string {
  return [REPORT_HEADER, ...rows].map((row) => row.map(field).join(',')).join('\n') + '\n';
}

/** The report as AWS writes it: users as they were at `generatedAt`, and the `<root_account>` row. */
export function credentialReportCsv(
  account: FakeAccount,
  userArn: (u: FakeUser) => string,
  createdAt: (u: FakeUser) => string,
): string {
  const p = account.partition ?? 'aws';
  const keys = account.root.accessKeys;
  const key = (i: number): string[] => {
    const k = keys[i];
    if (!k) return ['false', 'N/A', 'N/A', 'N/A', 'N/A'];
    return [
      String(k.active),
      '2025-03-01T10:00:00+00:00',
      k.lastUsed ?? 'N/A',
      k.lastUsed ? 'us-east-1' : 'N/A',
      k.lastUsed ? 'iam' : 'N/A',
    ];
  };
  const rootMfa =
    account.root.virtualDevices.length +
      account.root.hardwareKeys +
      (account.root.totpSerials?.length ?? 0) >
    0;
  const rows: string[][] = [
    [
      '<root_account>',
      `arn:${p}:iam::${account.accountId}:root`,
      '2020-01-01T00:00:00+00:00',
      'not_supported',
      '2026-10-01T00:00:00+00:00',
      'not_supported',
      'not_supported',
      String(rootMfa),
      ...key(0),
      ...key(1),
      'false',
      'N/A',
      'false',
      'N/A',
    ],
  ];
  const reported = [
    ...account.users.filter((u) => u.inReport !== 'absent'),
    ...(account.deletedSinceReport ?? []),
  ];
  for (const user of reported) {
    const seen = { ...user, ...(typeof user.inReport === 'object' ? user.inReport : {}) };
    rows.push([
      user.name,
      userArn(user),
      createdAt(user),
      String(seen.password),
      seen.password ? (user.passwordLastUsed ?? 'no_information') : 'N/A',
      seen.password ? '2026-01-01T00:00:00+00:00' : 'N/A',
      'N/A',
      String(seen.mfa !== 'none'),
      'false',
      'N/A',
      'N/A',
      'N/A',
      'N/A',
      'false',
      'N/A',
      'N/A',
      'N/A',
      'N/A',
      'false',
      'N/A',
      'false',
      'N/A',
    ]);
  }
  return reportCsv(rows);
}
