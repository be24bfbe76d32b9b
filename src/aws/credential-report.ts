import {
  CredentialReportExpiredException,
  CredentialReportNotPresentException,
  CredentialReportNotReadyException,
  GenerateCredentialReportCommand,
  GetCredentialReportCommand,
  LimitExceededException,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { parse } from 'csv-parse/sync';
import { CallError, EvidenceError } from './call-failure.js';

export interface ReportPolicy {
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  /** How long to wait for AWS to finish a report before the controls that need it ERROR. */
  deadlineMs: number;
}

export interface RawCredentialReport {
  generatedAt: Date;
  csv: string;
  /**
   * This run's GenerateCredentialReport started the report that was read (State STARTED, and a
   * GeneratedTime no earlier than that call, give or take clock skew): the report is live evidence.
   */
  generatedDuringRun: boolean;
}

const CLOCK_SKEW_MS = 60_000;

/**
 * The poll schedule: a first look soon (a small account's report may be ready at once), then
 * doubling to a look every 2 s, so that a report AWS takes seconds to write is seen within 2 s.
 */
const FIRST_WAIT_MS = 200;
const MAX_WAIT_MS = 2_000;

/** When to look again for a report in the making: first after `firstMs`, doubling to `maxMs`. */
export interface PollSchedule {
  firstMs: number;
  maxMs: number;
}

const ONE_ACCOUNT: PollSchedule = { firstMs: FIRST_WAIT_MS, maxMs: MAX_WAIT_MS };

/**
 * Many accounts' reports in the making at once (the fan-out's head start): each look is a signed
 * request and its XML, CPU the audits of other accounts need, while the wait itself overlaps the
 * others'. A first look after 1 s, then every 2 s: a report of 5 s is seen after 3 looks, not 5.
 */
export const MANY_ACCOUNTS: PollSchedule = { firstMs: 1_000, maxMs: MAX_WAIT_MS };

const nextWait = (wait: number, schedule: PollSchedule = ONE_ACCOUNT): number =>
  Math.min(wait * 2, schedule.maxMs);

/** What starting the report ahead of the audit learned: when it was asked for, and its state. */
export interface ReportStart {
  askedAt: number;
  /** A report this run's call started (State STARTED): the report read will be live evidence. */
  startedByRun: boolean;
  /** AWS said COMPLETE: the report can be read at once. */
  complete: boolean;
}

/** GenerateCredentialReport, once: the report is started, or known to be there. */
export async function startCredentialReport(
  iam: IAMClient,
  now: () => number,
): Promise<ReportStart> {
  const askedAt = now();
  try {
    const generated = await iam.send(new GenerateCredentialReportCommand({}));
    return {
      askedAt,
      startedByRun: generated.State === 'STARTED',
      complete: generated.State === 'COMPLETE',
    };
  } catch (error) {
    throw new CallError('iam:GenerateCredentialReport', error);
  }
}

/**
 * Asks GenerateCredentialReport again (`askAgain`: startCredentialReport with a client of the
 * caller's choosing) on the poll schedule until AWS says COMPLETE (it answers INPROGRESS meanwhile,
 * and sends no report), or the deadline. The caller reads the report after: a report not ready, or
 * a failed call, is left to the read, which reports it.
 */
export async function awaitCredentialReport(
  askAgain: () => Promise<ReportStart>,
  policy: ReportPolicy,
  start: ReportStart,
  schedule: PollSchedule = ONE_ACCOUNT,
): Promise<ReportStart> {
  const deadline = start.askedAt + policy.deadlineMs;
  let wait = schedule.firstMs;
  let state = start;
  while (!state.complete && policy.now() + wait <= deadline) {
    await policy.sleep(wait);
    wait = nextWait(wait, schedule);
    try {
      const again = await askAgain();
      state = {
        askedAt: start.askedAt,
        startedByRun: start.startedByRun || again.startedByRun,
        complete: again.complete,
      };
    } catch {
      return state;
    }
  }
  return state;
}

/**
 * Generate, then get, the credential report. AWS answers GenerateCredentialReport with COMPLETE
 * when a report under 4 hours old exists, so the usual run is two calls. ReportInProgress is not
 * retried by the SDK; we wait with backoff until the deadline. Errors carry the failing call.
 * `started`: GenerateCredentialReport was already called ahead of the audit; the deadline counts
 * from that call.
 */
export async function fetchCredentialReport(
  iam: IAMClient,
  policy: ReportPolicy,
  started?: ReportStart,
): Promise<RawCredentialReport> {
  const deadline = (started?.askedAt ?? policy.now()) + policy.deadlineMs;
  let wait = FIRST_WAIT_MS;
  let step: 'generate' | 'get' = started ? 'get' : 'generate';
  let lastAnswer: string | undefined;
  let startedAt: number | undefined = started?.startedByRun ? started.askedAt : undefined;
  for (;;) {
    try {
      if (step === 'generate') {
        const askedAt = policy.now();
        const generated = await iam.send(new GenerateCredentialReportCommand({}));
        lastAnswer = `GenerateCredentialReport ${generated.State ?? 'without a state'}`;
        step = 'get';
        if (generated.State === 'STARTED') startedAt ??= askedAt;
        if (generated.State === 'COMPLETE') continue;
      } else {
        const report = await iam.send(new GetCredentialReportCommand({}));
        if (!report.Content || !report.GeneratedTime) {
          throw new EvidenceError(
            'MalformedCredentialReport',
            'GetCredentialReport returned no content',
          );
        }
        return {
          generatedAt: report.GeneratedTime,
          csv: new TextDecoder().decode(report.Content),
          generatedDuringRun:
            startedAt !== undefined && report.GeneratedTime.getTime() >= startedAt - CLOCK_SKEW_MS,
        };
      }
    } catch (error) {
      if (
        error instanceof CredentialReportNotPresentException ||
        error instanceof CredentialReportExpiredException
      ) {
        step = 'generate';
      } else if (!(
        error instanceof CredentialReportNotReadyException ||
        error instanceof LimitExceededException
      )) {
        throw new CallError(
          step === 'generate' ? 'iam:GenerateCredentialReport' : 'iam:GetCredentialReport',
          error,
        );
      }
      lastAnswer = error.name;
    }
    if (policy.now() + wait > deadline) {
      throw new EvidenceError(
        'ReportNotReady',
        `the credential report was not ready within ${Math.round(policy.deadlineMs / 1000)} s (last answer: ${lastAnswer})`,
      );
    }
    await policy.sleep(wait);
    wait = nextWait(wait);
  }
}

/** A report field that is not `true`/`false` (N/A, no_information, not_supported) is null. */
export type ReportBoolean = boolean | null;

export interface ReportRow {
  user: string;
  arn: string;
  userCreationTime?: string;
  passwordEnabled: ReportBoolean;
  passwordLastUsed?: string;
  mfaActive: ReportBoolean;
  accessKeys: Array<{ key: 1 | 2; active: ReportBoolean; lastUsed?: string; lastRotated?: string }>;
}

export const ROOT_ROW = '<root_account>';

const REQUIRED_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
] as const;

/** RFC 4180 parse of the report. A row with the wrong number of fields is an error naming its line. */
export function parseCredentialReport(csv: string): ReportRow[] {
  let records: string[][];
  try {
    // Named line ends: csv-parse's guess at them costs as much as the rest of a small report.
    records = parse(csv, {
      skip_empty_lines: true,
      relax_column_count: false,
      record_delimiter: ['\r\n', '\n'],
    }) as string[][];
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    throw new EvidenceError(
      'MalformedCredentialReport',
      `the credential report is not valid CSV${lines ? ` at line ${lines}` : ''}: ${(error as Error).message}`,
    );
  }
  const [header, ...rows] = records;
  if (!header)
    throw new EvidenceError(
      'MalformedCredentialReport',
      'the credential report is empty (no header line)',
    );
  const column = new Map(header.map((name, index) => [name.trim(), index]));
  const missing = REQUIRED_COLUMNS.filter((name) => !column.has(name));
  if (missing.length > 0) {
    throw new EvidenceError(
      'MalformedCredentialReport',
      `the credential report lacks the column(s) ${missing.join(', ')}`,
    );
  }
  return rows.map((fields) => {
    const field = (name: (typeof REQUIRED_COLUMNS)[number]): string =>
      fields[column.get(name) as number] as string;
    return {
      user: field('user'),
      arn: field('arn'),
      userCreationTime: date(field('user_creation_time')),
      passwordEnabled: bool(field('password_enabled')),
      passwordLastUsed: date(field('password_last_used')),
      mfaActive: bool(field('mfa_active')),
      accessKeys: ([1, 2] as const).map((key) => ({
        key,
        active: bool(field(`access_key_${key}_active`)),
        lastUsed: date(field(`access_key_${key}_last_used_date`)),
        lastRotated: date(field(`access_key_${key}_last_rotated`)),
      })),
    };
  });
}

function bool(text: string): ReportBoolean {
  const lower = text.trim().toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : null;
}

function date(text: string): string | undefined {
  const value = text.trim();
  return Number.isNaN(Date.parse(value)) || !/^\d{4}-\d{2}-\d{2}/.test(value) ? undefined : value;
}
