import path from 'node:path';
import { glob } from 'tinyglobby';
import type { RunInfo } from '../inputs/context.js';
import { CONTROL_IDS, DEFAULT_CONTROL_IDS, type AccountResult, type ControlId } from '../model.js';
import { SCHEMA_VERSION } from '../report/json-format.js';
import {
  readJsonReport,
  ReportReadError,
  type ReportAccount,
  type ReportDocument,
} from '../report/json-reader.js';
import { FileReader } from './file-reader.js';
import { Interner } from './lean-findings.js';

/** Shard reports → the results one run over every account would have had (no AWS call). */
export interface Merged {
  accounts: AccountResult[];
  controls: ControlId[];
  rootCredentialsManagement?: boolean;
  files: number;
  /** What makes the merge incomplete or wrong: each fails the step, naming the file or shard. */
  problems: string[];
  /** Where shards are missing or failed: which, and how many accounts no shard audited (the headline's). */
  partOf?: string;
}

/** The run a report was written in: repository and run id (a re-run keeps both, raising the attempt). */
function runOf(run: { repository?: unknown; runId?: unknown } | undefined): string | undefined {
  return typeof run?.repository === 'string' && typeof run.runId === 'number'
    ? `${run.repository} run ${run.runId}`
    : undefined;
}

const COMPLETED = ['passed', 'failed', 'incomplete'];

export async function mergeShardReports(
  pattern: string,
  workspace: string,
  /** The merge job's own run: shards of any other run are strangers. */
  ownRun?: RunInfo,
): Promise<Merged> {
  const files = (await glob(pattern, { cwd: workspace, absolute: true, onlyFiles: true })).sort();
  const merged: Merged = { accounts: [], controls: [], files: files.length, problems: [] };
  if (files.length === 0) {
    merged.problems.push(
      `merge-reports "${pattern}" matched no file under ${workspace}: download the shards' reports first (actions/download-artifact with pattern and merge-multiple: true).`,
    );
    return merged;
  }
  const shards = new Map<number, string>();
  const seenAccounts = new Map<string, string>();
  const intern = new Interner();
  const reader = new FileReader();
  let count: number | undefined;
  let controls: string | undefined;
  let run = runOf(ownRun);
  const failed = new Set<number>();
  const selections = new Map<string, { accounts: number; shards: number[] }>();
  for (const file of files) {
    const name = path.relative(workspace, file) || file;
    let report: ReportDocument;
    try {
      report = readJsonReport(await reader.text(file), [SCHEMA_VERSION]);
    } catch (error) {
      merged.problems.push(readProblem(name, error));
      continue;
    }
    const problem = shardProblem(report);
    if (problem) {
      merged.problems.push(`${name} ${problem}`);
      continue;
    }
    const shard = report.shard as { index: number; count: number };
    const itsRun = runOf(report.run);
    run ??= itsRun;
    if (itsRun !== run) {
      merged.problems.push(
        `${name} (shard ${shard.index} of ${shard.count}) is from ${itsRun ?? 'no workflow run'}${typeof report.generatedAt === 'string' ? `, generated ${report.generatedAt}` : ''}, not ${run ?? "no workflow run (the first report's)"}: the merge takes the shards of one run only. Download only this run's reports (actions/download-artifact without run-id), and clear the folder of older ones.`,
      );
      continue;
    }
    count ??= shard.count;
    if (shard.count !== count) {
      merged.problems.push(
        `${name} is shard ${shard.index} of ${shard.count}, but other reports are of ${count} shards: merge one matrix at a time.`,
      );
      continue;
    }
    if (shards.has(shard.index)) {
      merged.problems.push(
        `shard ${shard.index} of ${count} appears twice (${shards.get(shard.index)} and ${name}).`,
      );
      continue;
    }
    shards.set(shard.index, name);
    const failure = shardFailure(report);
    if (failure) {
      failed.add(shard.index);
      merged.problems.push(
        `${name} (shard ${shard.index} of ${shard.count}) could not complete: ${failure} Its accounts are not all judged; re-run that matrix job, then the merge.`,
      );
    }
    const selection = report.shard?.selection;
    if (typeof selection?.digest === 'string' && typeof selection.accounts === 'number') {
      const key = `${selection.accounts} ${selection.digest}`;
      const entry = selections.get(key) ?? { accounts: selection.accounts, shards: [] };
      entry.shards.push(shard.index);
      selections.set(key, entry);
    } else if (!failure) {
      merged.problems.push(
        `${name} (shard ${shard.index} of ${shard.count}) does not record the account list it sliced, so the merge cannot tell whether every account is in some shard; re-run the shards with this version.`,
      );
    }
    const controlList = JSON.stringify(report.controls);
    controls ??= controlList;
    if (controlList !== controls) {
      merged.problems.push(
        `${name} decided the controls ${(report.controls as string[]).join(', ')}, other shards ${(JSON.parse(controls) as string[]).join(', ')}: give every shard the same controls input.`,
      );
    }
    const flag = report.organization?.rootCredentialsManagement;
    if (typeof flag === 'boolean') merged.rootCredentialsManagement ??= flag;
    for (const account of report.accounts as ReportAccount[]) {
      const earlier = seenAccounts.get(account.accountId);
      if (earlier) {
        merged.problems.push(
          `account ${account.accountId} was audited twice (${earlier} and ${name}); its findings are counted once.`,
        );
        continue;
      }
      seenAccounts.set(account.accountId, name);
      merged.accounts.push(intern.account(account));
    }
  }
  if (selections.size > 1) {
    const seen = [...selections.values()]
      .map((entry) => `${shardsNamed(entry.shards)} sliced ${entry.accounts} accounts`)
      .join('; ');
    merged.problems.push(
      `the shards saw different account lists (${seen}): an account was created, closed or moved between their discoveries, so an account may be in no slice or in two. Re-run the whole matrix, then the merge.`,
    );
  }
  if (count !== undefined) {
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !shards.has(i));
    if (missing.length > 0) {
      merged.problems.push(
        `${shardsNamed(missing)} of ${count} ${missing.length > 1 ? 'are' : 'is'} missing: ${missing.length > 1 ? 'their' : 'its'} accounts were never audited, so the Organization is not judged. Re-run the failed matrix jobs, then the merge.`,
      );
    }
    const [selection] = selections.size === 1 ? [...selections.values()] : [];
    if (missing.length > 0 || failed.size > 0) {
      const notAudited = selection
        ? `: ${Math.max(0, selection.accounts - merged.accounts.length)} of ${selection.accounts} accounts not audited`
        : '';
      const failedShards = [...failed].sort((a, b) => a - b);
      merged.partOf =
        [
          missing.length > 0 ? `${shardsNamed(missing)} of ${count} missing` : '',
          failed.size > 0 ? `${shardsNamed(failedShards)} of ${count} failed` : '',
        ]
          .filter(Boolean)
          .join(', ') + notAudited;
    }
  }
  merged.controls = controls ? (JSON.parse(controls) as ControlId[]) : [...DEFAULT_CONTROL_IDS];
  merged.accounts.sort((a, b) => a.accountId.localeCompare(b.accountId));
  return merged;
}

/** Why a file could not be merged, naming it. */
function readProblem(name: string, error: unknown): string {
  if (!(error instanceof ReportReadError) || error.kind === 'json')
    return `${name} is not a readable JSON report (${(error as Error).message}).`;
  const rerun =
    error.kind === 'version' ? ' (re-run the shards with the same version of the action)' : '';
  return `${name} is not a report of iam-mfa-audit that this version merges: ${error.message}${rerun}.`;
}

/** `shard 2` or `shards 2, 4`. */
function shardsNamed(indexes: number[]): string {
  return `shard${indexes.length > 1 ? 's' : ''} ${indexes.join(', ')}`;
}

/** Why a shard's own run did not complete: its errors, or a result no completed run has. */
function shardFailure(report: ReportDocument): string | undefined {
  const errors = Array.isArray(report.errors)
    ? report.errors.filter((e) => typeof e === 'string')
    : [];
  if (errors.length > 0) return errors.join(' ');
  if (!Array.isArray(report.errors)) return 'its report has no errors list: it is cut short.';
  const result = report.totals?.result;
  if (typeof result !== 'string' || !COMPLETED.includes(result))
    return `its result is ${JSON.stringify(result) ?? 'missing'}, not one a completed run has.`;
  return undefined;
}

/** What a report of this tool lacks to be one shard of a matrix. */
function shardProblem(report: ReportDocument): string | undefined {
  if (
    !report.shard ||
    !Number.isInteger(report.shard.index) ||
    !Number.isInteger(report.shard.count)
  )
    return 'is not a shard report (it has no shard): run the audit jobs with the shard input.';
  if (!Array.isArray(report.controls))
    return 'has no controls list: it is cut short or not a report.';
  const unknown = (report.controls as unknown[]).filter(
    (id) => !(CONTROL_IDS as readonly unknown[]).includes(id),
  );
  if (unknown.length > 0)
    return `names controls this version does not know: ${unknown.join(', ')}.`;
  return undefined;
}
