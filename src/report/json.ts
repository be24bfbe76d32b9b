import type { RunInfo } from '../inputs/context.js';
import type { Trigger } from '../inputs/trigger.js';
import { triggerRecord } from './trigger-summary.js';
import type { AccountResult, Status } from '../model.js';
import type { Outcome } from '../outcome/outcome.js';
import { SCHEMA_VERSION, TOOL_NAME } from './json-format.js';
import type { RunChanges } from '../scheduled/run-changes.js';

export interface JsonReportInput {
  version: string;
  generatedAt: string;
  run?: RunInfo;
  accounts: AccountResult[];
  outcome: Outcome;
  failOn: string;
  errors: string[];
  /** The slice of the accounts this job audited (a matrix job). */
  shard?: { index: number; count: number };
  /** Centralized root access in the Organization; undefined where not known. */
  rootCredentialsManagement?: boolean;
  /** Controls that were selected: a merge checks that every shard decided the same ones. */
  controls: readonly string[];
  /** Exceptions and the baseline diff, where the run has them. */
  changes?: RunChanges;
  /** The change event that triggered this run, recorded as `trigger`. */
  trigger?: Trigger;
}

/** Findings → the JSON report (json-format.ts's SCHEMA_VERSION): the record a scheduled audit keeps. */
export function buildJsonReport(input: JsonReportInput): object {
  const byStatus: Record<Status, number> = { PASSED: 0, FAILED: 0, NOT_APPLICABLE: 0, ERROR: 0 };
  for (const account of input.accounts) {
    for (const finding of account.findings) byStatus[finding.status] += 1;
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: input.version },
    generatedAt: input.generatedAt,
    ...(input.run ? { run: input.run } : {}),
    ...(input.trigger
      ? { trigger: triggerRecord(input.trigger, Date.parse(input.generatedAt)) }
      : {}),
    controls: input.controls,
    ...(input.shard ? { shard: input.shard } : {}),
    ...(input.rootCredentialsManagement !== undefined
      ? { organization: { rootCredentialsManagement: input.rootCredentialsManagement } }
      : {}),
    // By account id: a merge of shards then reads exactly as one run over every account.
    accounts: [...input.accounts].sort(byAccountId).map((account) => ({
      accountId: account.accountId,
      partition: account.partition,
      ...(account.alias ? { alias: account.alias } : {}),
      ...(account.name ? { name: account.name } : {}),
      status: account.status ?? 'audited',
      ...(account.skippedReason ? { skippedReason: account.skippedReason } : {}),
      credentialReportGeneratedAt: account.credentialReportGeneratedAt ?? null,
      ...(account.reportGeneratedDuringRun !== undefined
        ? { reportGeneratedDuringRun: account.reportGeneratedDuringRun }
        : {}),
      ...(account.userVerdictsLive !== undefined
        ? { userVerdictsLive: account.userVerdictsLive }
        : {}),
      evidenceReadAt: account.readAt,
      notes: account.notes,
      findings: account.findings,
    })),
    errors: input.errors,
    ...changesFields(input.changes),
    totals: {
      result: input.outcome.result,
      failOn: input.failOn,
      byStatus,
      failedOrErrorBySeverity: input.outcome.counts,
      failingResources: input.outcome.people,
      accounts: input.outcome.accounts,
    },
  };
}

function byAccountId(a: AccountResult, b: AccountResult): number {
  return a.accountId.localeCompare(b.accountId);
}

/** Unused and expired exceptions and the baseline diff, at the top level (findings carry their own). */
function changesFields(changes: RunChanges | undefined): object {
  if (!changes) return {};
  const entry = ({ position, ...rest }: RunChanges['unused'][number]) => ({
    entry: position,
    ...rest,
  });
  return {
    exceptions: {
      excepted: changes.excepted,
      unused: changes.unused.map(entry),
      expired: changes.expired.map(entry),
    },
    ...(changes.diff ? { sinceBaseline: changes.diff } : {}),
  };
}
