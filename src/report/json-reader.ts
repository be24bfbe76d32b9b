// The one reader of the JSON report, shared by the merge of shards and the baseline.
import type { AccountResult } from '../model.js';
import { READ_SCHEMA_VERSIONS, TOOL_NAME } from './json-format.js';

/** One account as the JSON report writes it (report/json.ts). */
export interface ReportAccount extends Omit<
  AccountResult,
  'readAt' | 'credentialReportGeneratedAt'
> {
  evidenceReadAt: string;
  credentialReportGeneratedAt: string | null;
}

/** The top of a report this action wrote; each reader checks the fields it relies on beyond these. */
export interface ReportDocument {
  schemaVersion: number;
  tool: { name: string; version?: unknown };
  generatedAt?: unknown;
  controls?: unknown;
  shard?: {
    index?: unknown;
    count?: unknown;
    selection?: { accounts?: unknown; digest?: unknown };
  };
  run?: { repository?: unknown; runId?: unknown; attempt?: unknown };
  organization?: { rootCredentialsManagement?: unknown };
  accounts: unknown[];
  errors?: unknown;
  totals?: { result?: unknown };
}

/**
 * Why a text is not a report this version reads: `json`, not JSON at all; `version`, this tool's
 * report in a schema version not accepted here; `not-ours`, anything else.
 */
export class ReportReadError extends Error {
  constructor(
    readonly kind: 'json' | 'version' | 'not-ours',
    message: string,
  ) {
    super(message);
    this.name = 'ReportReadError';
  }
}

/**
 * A report's text → the report, or a ReportReadError saying why it is not one: not JSON, not this
 * tool's, a schema version outside `versions` (by default every version this action reads), no
 * accounts list. The parsed value is returned as it is: a merge of thousands of accounts copies nothing.
 */
export function readJsonReport(
  text: string,
  versions: readonly number[] = READ_SCHEMA_VERSIONS,
): ReportDocument {
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch (error) {
    throw new ReportReadError('json', `it is not JSON (${(error as Error).message})`);
  }
  const notOurs = (why: string) => new ReportReadError('not-ours', why);
  if (typeof report !== 'object' || report === null || Array.isArray(report))
    throw notOurs('it is not a JSON object');
  const fields = report as Partial<ReportDocument>;
  if (fields.tool?.name !== TOOL_NAME) throw notOurs(`tool.name is not ${TOOL_NAME}`);
  if (!versions.includes(fields.schemaVersion as number))
    throw new ReportReadError(
      'version',
      `schemaVersion ${JSON.stringify(fields.schemaVersion)} is not one this version reads here (${versions.join(', ')})`,
    );
  if (!Array.isArray(fields.accounts)) throw notOurs('it has no accounts list');
  return fields as ReportDocument;
}
