import path from 'node:path';
import { glob } from 'tinyglobby';
import { CONTROL_IDS, type AccountResult, type ControlId } from '../model.js';
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
}

export async function mergeShardReports(pattern: string, workspace: string): Promise<Merged> {
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
  if (count !== undefined) {
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !shards.has(i));
    if (missing.length > 0) {
      merged.problems.push(
        `shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${count} ${missing.length > 1 ? 'are' : 'is'} missing: ${missing.length > 1 ? 'their' : 'its'} accounts were never audited, so the Organization is not judged. Re-run the failed matrix jobs, then the merge.`,
      );
    }
  }
  merged.controls = controls ? (JSON.parse(controls) as ControlId[]) : [...CONTROL_IDS];
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
