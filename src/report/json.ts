import type { RunInfo } from '../inputs/context.js';
import type { Shard, ShardSelection } from '../inputs/shard.js';
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
  /** The slice of the accounts this job audited (a matrix job), and the whole list it sliced. */
  shard?: Shard;
  shardSelection?: ShardSelection;
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
  const accounts = [...input.accounts].sort(byAccountId);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: input.version },
    generatedAt: input.generatedAt,
    ...(input.run ? { run: input.run } : {}),
    ...(input.trigger
      ? { trigger: triggerRecord(input.trigger, Date.parse(input.generatedAt)) }
      : {}),
    controls: input.controls,
    ...(input.shard
      ? {
          shard: {
            ...input.shard,
            ...(input.shardSelection ? { selection: input.shardSelection } : {}),
          },
        }
      : {}),
    ...(input.rootCredentialsManagement !== undefined
      ? { organization: { rootCredentialsManagement: input.rootCredentialsManagement } }
      : {}),
    // By account id: a merge of shards then reads exactly as one run over every account.
    accounts: accounts.map((account) => ({
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
    ...changesFields(input.changes, accounts),
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
function changesFields(changes: RunChanges | undefined, accounts: AccountResult[]): object {
  if (!changes) return {};
  const entry = ({ position, ...rest }: RunChanges['unused'][number]) => ({
    entry: position,
    ...rest,
  });
  const diff = changes.diff;
  return {
    exceptions: {
      excepted: changes.excepted,
      unused: changes.unused.map(entry),
      expired: changes.expired.map(entry),
    },
    ...(diff
      ? {
          sinceBaseline: {
            ...diff,
            new: withPointers(diff.new, accounts),
          },
        }
      : {}),
  };
}

/**
 * Each new entry points at its finding in this report (`/accounts/3/findings/7`, RFC 6901) rather
 * than copying it: the finding is the one place its status lives.
 */
function withPointers<T extends { control: string; accountId: string; resource: string }>(
  entries: T[],
  accounts: AccountResult[],
): Array<T & { finding?: string }> {
  if (entries.length === 0) return entries;
  const wanted = new Map(entries.map((e) => [`${e.control}\n${e.accountId}\n${e.resource}`, e]));
  const pointers = new Map<T, string>();
  accounts.forEach((account, a) => {
    account.findings.forEach((finding, f) => {
      const e = wanted.get(`${finding.control}\n${account.accountId}\n${finding.resource}`);
      if (e && !pointers.has(e)) pointers.set(e, `/accounts/${a}/findings/${f}`);
    });
  });
  return entries.map((e) => {
    const pointer = pointers.get(e);
    return pointer ? { ...e, finding: pointer } : e;
  });
}
