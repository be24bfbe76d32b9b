import { open } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { CONTROL_IDS, type AccountResult, type ControlId, type Finding } from '../model.js';
import { SCHEMA_VERSION } from '../report/json.js';

/** Shard reports → the results one run over every account would have had (no AWS call). */
export interface Merged {
  accounts: AccountResult[];
  controls: ControlId[];
  rootCredentialsManagement?: boolean;
  files: number;
  /** What makes the merge incomplete or wrong: each fails the step, naming the file or shard. */
  problems: string[];
}

interface ShardReport {
  schemaVersion?: unknown;
  tool?: { name?: unknown };
  controls?: unknown;
  shard?: { index?: unknown; count?: unknown };
  organization?: { rootCredentialsManagement?: unknown };
  accounts?: unknown;
}

/** The JSON report's shape of one account (json.ts), read back. */
interface ReportAccount extends Omit<AccountResult, 'readAt' | 'credentialReportGeneratedAt'> {
  evidenceReadAt: string;
  credentialReportGeneratedAt: string | null;
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
    let report: ShardReport;
    try {
      report = JSON.parse(await reader.text(file)) as ShardReport;
    } catch (error) {
      merged.problems.push(`${name} is not a readable JSON report (${(error as Error).message}).`);
      continue;
    }
    const problem = reportProblem(report);
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

function reportProblem(report: ShardReport): string | undefined {
  if (report?.tool?.name !== 'iam-mfa-audit') return 'is not a report of iam-mfa-audit.';
  if (report.schemaVersion !== SCHEMA_VERSION)
    return `has schema version ${String(report.schemaVersion)}; this version of the action merges version ${SCHEMA_VERSION} (re-run the shards with the same version).`;
  if (
    !report.shard ||
    !Number.isInteger(report.shard.index) ||
    !Number.isInteger(report.shard.count)
  )
    return 'is not a shard report (it has no shard): run the audit jobs with the shard input.';
  if (!Array.isArray(report.accounts) || !Array.isArray(report.controls))
    return 'has no accounts or controls list: it is cut short or not a report.';
  const unknown = (report.controls as unknown[]).filter(
    (id) => !(CONTROL_IDS as readonly unknown[]).includes(id),
  );
  if (unknown.length > 0)
    return `names controls this version does not know: ${unknown.join(', ')}.`;
  return undefined;
}

/**
 * Reads file after file into one buffer, decoded once (reading with an encoding decodes chunk by
 * chunk). A fresh buffer of megabytes per report is freed late and leaves the process's memory
 * fragmented: a merge of a hundred reports would hold several of them at its peak.
 */
class FileReader {
  private buffer = Buffer.alloc(0);

  async text(file: string): Promise<string> {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      if (this.buffer.length < size + 1) this.buffer = Buffer.allocUnsafe(size + 1);
      let length = 0;
      // Read to the end, past the size stat gave: a file still being written is not cut short.
      for (;;) {
        if (length === this.buffer.length) {
          const larger = Buffer.allocUnsafe(this.buffer.length * 2);
          this.buffer.copy(larger);
          this.buffer = larger;
        }
        const { bytesRead } = await handle.read(this.buffer, length, this.buffer.length - length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      return this.buffer.toString('utf8', 0, length);
    } finally {
      await handle.close();
    }
  }
}

/**
 * Reports repeat each control's title and fix, and a passing user's evidence, in every finding;
 * parsed, each copy is an object of its own. Sharing one copy keeps a merge of thousands of
 * accounts within memory. The parsed findings are the merge's own, so they are changed in place.
 */
class Interner {
  /** Past this many distinct values (evidence that names a user's dates), new ones are not kept. */
  private static readonly MAX_VALUES = 10_000;
  private readonly values = new Map<string, unknown>();
  private readonly texts = new Map<string, string>();

  private text<T extends string>(value: T): T {
    const known = this.texts.get(value) as T | undefined;
    if (known !== undefined) return known;
    if (this.texts.size < Interner.MAX_VALUES) this.texts.set(value, value);
    return value;
  }

  /** The value shared last for each control: the next finding's is most often the same. */
  private readonly last = new Map<string, unknown>();

  private shared<T>(value: T, slot: string): T {
    const last = this.last.get(slot);
    if (last !== undefined && sameJson(last, value)) return last as T;
    const known = this.known(value);
    this.last.set(slot, known);
    return known;
  }

  private known<T>(value: T): T {
    const key = JSON.stringify(value);
    const known = this.values.get(key);
    if (known !== undefined) return known as T;
    if (this.values.size < Interner.MAX_VALUES) this.values.set(key, value);
    return value;
  }

  account(account: ReportAccount): AccountResult {
    const { evidenceReadAt, credentialReportGeneratedAt, findings, ...rest } = account;
    // A user's findings of IAM.5 and IAM.19 repeat its ARN, and mostly its message; the root's
    // messages are the same in every account.
    const inAccount = new Map<string, string>();
    const local = (value: string): string => {
      const known = inAccount.get(value);
      if (known !== undefined) return known;
      inAccount.set(value, value);
      return value;
    };
    for (const finding of findings) {
      finding.title = this.text(finding.title);
      // JSON.parse makes a string of each "AwsIamUser": 400,000 of them in a merge of 10,000 accounts.
      finding.resourceType = this.text(finding.resourceType);
      finding.control = this.text(finding.control);
      finding.status = this.text(finding.status);
      finding.severity = this.text(finding.severity);
      finding.resource = local(finding.resource);
      finding.message =
        finding.resourceType === 'AwsAccount' ? this.text(finding.message) : local(finding.message);
      finding.remediation = this.shared(finding.remediation, `${finding.control} remediation`);
      finding.evidence = this.shared(
        finding.evidence,
        `${finding.control} ${finding.status} evidence`,
      );
    }
    return {
      ...rest,
      readAt: evidenceReadAt,
      ...(credentialReportGeneratedAt ? { credentialReportGeneratedAt } : {}),
      findings: findings.map((finding) => this.passing.compact(finding)),
    };
  }

  private readonly passing = new PassingFindings();
}

const SHAPED_KEYS = [
  'control',
  'title',
  'severity',
  'status',
  'resourceType',
  'resource',
  'message',
  'evidence',
  'remediation',
];

/**
 * Passing findings, the most of a merge (380,000 of 430,000 at 10,000 accounts), each held as its
 * resource and message on a prototype that all findings of the same control, status, evidence and
 * fix share, and that writes them back in their keys' order (toJSON). Nothing changes a passing
 * finding afterwards: exceptions and the baseline copy only FAILED and ERROR findings.
 */
class PassingFindings {
  private readonly shapes = new Map<string, object>();
  private readonly ids = new Map<object, number>();

  compact(finding: Finding): Finding {
    if (finding.status !== 'PASSED' && finding.status !== 'NOT_APPLICABLE') return finding;
    const keys = Object.keys(finding);
    if (keys.length !== SHAPED_KEYS.length || keys.some((key, i) => key !== SHAPED_KEYS[i]))
      return finding;
    const { control, title, severity, status, resourceType, evidence, remediation } = finding;
    const key = [
      control,
      status,
      severity,
      resourceType,
      title,
      this.id(evidence),
      this.id(remediation),
    ].join('\n');
    let shape = this.shapes.get(key);
    if (!shape) {
      shape = { control, title, severity, status, resourceType, evidence, remediation };
      Object.defineProperty(shape, 'toJSON', {
        value(this: Finding) {
          return Object.fromEntries(SHAPED_KEYS.map((name) => [name, this[name as keyof Finding]]));
        },
      });
      this.shapes.set(key, shape);
    }
    const compact = Object.create(shape) as Finding;
    compact.resource = finding.resource;
    compact.message = finding.message;
    return compact;
  }

  private id(value: object): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }
}

/** Whether two parsed JSON values would stringify the same (keys in the same order). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  for (let i = 0; i < aKeys.length; i++) {
    const key = aKeys[i] as string;
    if (key !== bKeys[i]) return false;
    if (!sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
      return false;
  }
  return true;
}
