import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { IAMClient } from '@aws-sdk/client-iam';
import { createIamClient } from '../../src/aws/iam-client.js';
import {
  awaitCredentialReport,
  MANY_ACCOUNTS,
  fetchCredentialReport,
  parseCredentialReport,
  startCredentialReport,
} from '../../src/aws/credential-report.js';
import { compliantAccount, type FakeAccount } from '../fake-aws/account.js';
import { REPORT_HEADER, reportCsv, reportRow } from '../fake-aws/credential-report-csv.js';
import { startFakeAws, type FakeAws } from '../fake-aws/server.js';

const header = REPORT_HEADER.join(',');
const row = (user: string, password: string, mfa: string) =>
  reportCsv([reportRow('123456789012', user, password, mfa)]).split('\n')[1] as string;

describe('parseCredentialReport', () => {
  test('reads names with commas and quotes as RFC 4180 fields', () => {
    const csv = `${header}\n${row('a,b=c.d@e-f_g', 'true', 'false')}\n${row('say "hi"', 'false', 'TRUE')}\n`;
    const rows = parseCredentialReport(csv);
    expect(rows.map((r) => r.user)).toEqual(['a,b=c.d@e-f_g', 'say "hi"']);
    expect(rows[0]).toMatchObject({
      arn: 'arn:aws:iam::123456789012:user/a,b=c.d@e-f_g',
      passwordEnabled: true,
      mfaActive: false,
      userCreationTime: '2026-01-01T00:00:00+00:00',
    });
    expect(rows[1]).toMatchObject({ passwordEnabled: false, mfaActive: true });
  });

  test('lines may end in CRLF or LF, even mixed; a quoted line end stays inside its field', () => {
    const lines = [header, row('alice', 'true', 'true'), row('bob', 'true', 'false')];
    const lf = parseCredentialReport(`${lines.join('\n')}\n`);
    expect(lf.map((r) => [r.user, r.mfaActive])).toEqual([
      ['alice', true],
      ['bob', false],
    ]);
    expect(parseCredentialReport(`${lines.join('\r\n')}\r\n`)).toEqual(lf);
    expect(parseCredentialReport(`${lines[0]}\r\n${lines[1]}\n${lines[2]}`)).toEqual(lf);
    // Without a final line end, the last row's last column carries no stray CR.
    expect(parseCredentialReport(lines.join('\r\n'))[1]).toEqual(lf[1]);
    const quoted = reportCsv([reportRow('123456789012', 'line\r\nbreak', 'true', 'true')]);
    expect(parseCredentialReport(quoted).map((r) => r.user)).toEqual(['line\r\nbreak']);
  });

  test('N/A, no_information, not_supported and anything else are not booleans or dates', () => {
    const [a, b] = parseCredentialReport(
      `${header}\n${row('a', 'not_supported', 'no_information')}\n${row('b', 'yes', 'N/A')}\n`,
    );
    expect(a).toMatchObject({
      passwordEnabled: null,
      mfaActive: null,
      passwordLastUsed: undefined,
    });
    expect(b).toMatchObject({ passwordEnabled: null, mfaActive: null });
  });

  test('a row with too few fields is an error that names its line', () => {
    const csv = `${header}\n${row('a', 'true', 'true')}\nb,arn,2026-01-01,true\n`;
    expect(() => parseCredentialReport(csv)).toThrow(/not valid CSV at line 3/);
  });

  test('a report without the needed columns, or without a header, is an error', () => {
    expect(() => parseCredentialReport('user,arn\nx,y\n')).toThrow(
      /lacks the column\(s\) user_creation_time/,
    );
    expect(() => parseCredentialReport('')).toThrow(/empty/);
  });

  test('a report with only the header has no rows', () => {
    expect(parseCredentialReport(`${header}\n`)).toEqual([]);
  });
});

describe('fetchCredentialReport against the fake IAM', () => {
  let fake: FakeAws | undefined;
  const slept: number[] = [];
  const start = async (report: Partial<FakeAccount['report']>, faults?: FakeAccount['faults']) => {
    await fake?.close();
    slept.length = 0;
    fake = await startFakeAws(compliantAccount({ report: { ageMinutes: 10, ...report }, faults }));
    process.env.AWS_ENDPOINT_URL = fake.url;
    let clock = 0;
    const iam = createIamClient({ region: 'us-east-1', env: {}, credentials: fake.ambient });
    return {
      iam,
      policy: {
        now: () => clock,
        sleep: async (ms: number) => {
          slept.push(ms);
          clock += ms;
        },
        deadlineMs: 10_000,
      },
    };
  };
  /** Each look asks GenerateCredentialReport again with the same client. */
  const askAgain = (iam: IAMClient, policy: { now: () => number }) => () =>
    startCredentialReport(iam, policy.now);
  beforeAll(() => {
    process.env.AWS_EC2_METADATA_DISABLED = 'true';
  });
  afterAll(async () => {
    await fake?.close();
    delete process.env.AWS_ENDPOINT_URL;
  });

  test('a fresh report: generate answers COMPLETE, then one get, no waiting', async () => {
    const { iam, policy } = await start({});
    const report = await fetchCredentialReport(iam, policy);
    expect(report.csv.split('\n')[0]).toBe(header);
    expect(fake?.calls.get('iam:GenerateCredentialReport')).toBe(1);
    expect(fake?.calls.get('iam:GetCredentialReport')).toBe(1);
    expect(slept).toEqual([]);
  });

  test('no report yet: generate, then poll through ReportInProgress with backoff', async () => {
    const { iam, policy } = await start({ present: false, pollsUntilReady: 3 });
    await fetchCredentialReport(iam, policy);
    expect(fake?.calls.get('iam:GetCredentialReport')).toBe(4);
    expect(slept).toEqual([200, 400, 800, 1600]);
  });

  test('the poll schedule doubles to a look every 2 s, so a report seconds in the making is seen soon after', async () => {
    const { iam, policy } = await start({ present: false, pollsUntilReady: 6 });
    await fetchCredentialReport(iam, policy);
    expect(slept).toEqual([200, 400, 800, 1600, 2000, 2000, 2000]);
  });

  test('started ahead: the read begins with GetCredentialReport, and a report the run started is live', async () => {
    const { iam, policy } = await start({ present: false, pollsUntilReady: 2 });
    const started = await startCredentialReport(iam, policy.now);
    expect(started).toEqual({ askedAt: 0, startedByRun: true, complete: false });
    const ready = await awaitCredentialReport(askAgain(iam, policy), policy, started);
    expect(ready.complete).toBe(true);
    expect(fake?.calls.get('iam:GenerateCredentialReport')).toBe(4);
    const report = await fetchCredentialReport(iam, policy, ready);
    expect(report.generatedDuringRun).toBe(true);
    expect(fake?.calls.get('iam:GenerateCredentialReport')).toBe(4);
    expect(fake?.calls.get('iam:GetCredentialReport')).toBe(1);
  });

  test('started ahead for one of many accounts: looks after 1 s, then every 2 s', async () => {
    const { iam, policy } = await start({ present: false, pollsUntilReady: 3 });
    const started = await startCredentialReport(iam, policy.now);
    const ready = await awaitCredentialReport(
      askAgain(iam, policy),
      policy,
      started,
      MANY_ACCOUNTS,
    );
    expect(ready.complete).toBe(true);
    expect(slept).toEqual([1000, 2000, 2000, 2000]);
    expect(fake?.calls.get('iam:GenerateCredentialReport')).toBe(5);
  });

  test('started ahead but never ready: the read still ends at the deadline counted from the start', async () => {
    const { iam, policy } = await start({ present: false, pollsUntilReady: 1000 });
    const started = await startCredentialReport(iam, policy.now);
    const waited = await awaitCredentialReport(askAgain(iam, policy), policy, started);
    expect(waited.complete).toBe(false);
    await expect(fetchCredentialReport(iam, policy, waited)).rejects.toThrow(
      /not ready within 10 s/,
    );
    expect(slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(10_000);
  });

  test('LimitExceeded on generate is waited out and generated again', async () => {
    const { iam, policy } = await start(
      {},
      { GenerateCredentialReport: { code: 'LimitExceeded', status: 409, times: 1 } },
    );
    await fetchCredentialReport(iam, policy);
    expect(fake?.calls.get('iam:GenerateCredentialReport')).toBe(2);
  });

  test('a report still in progress at the deadline is an error, after sleeping, never a loop', async () => {
    const { iam, policy } = await start({ present: false, pollsUntilReady: 1000 });
    await expect(fetchCredentialReport(iam, policy)).rejects.toThrow(
      /not ready within 10 s \(last answer: CredentialReportNotReadyException\)/,
    );
    expect(slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(10_000);
    expect(slept.every((ms) => ms > 0)).toBe(true);
  });
});
