// The `exceptions` input: accepted findings, each with a reason and an expiry, read and checked.
import { CONTROL_IDS, type ControlId } from '../model.js';

export interface ExceptionEntry {
  /** 1-based position in the list, as people count the entries they wrote. */
  position: number;
  controls: ControlId[];
  account?: string;
  /** An IAM user name, `root`, or the finding's ARN. */
  resource: string;
  reason: string;
  /** YYYY-MM-DD; valid through that whole day in UTC. */
  expires: string;
}

export interface ParsedExceptions {
  entries: ExceptionEntry[];
  /** Problems for a ConfigurationError; each names the entry and the field. */
  problems: string[];
  /** Allowed but worth saying (an expiry more than a year ahead). */
  warnings: string[];
}

const FIELDS = ['control', 'account', 'resource', 'reason', 'expires'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ACCOUNT_ID = /^\d{12}$/;
const DAY_MS = 86_400_000;

/** The `yaml` package's parse, passed in: it is loaded only by runs that have exceptions. */
export type YamlParse = (text: string, options: { schema: 'core'; uniqueKeys: boolean }) => unknown;

/** `exceptions` YAML text → typed entries; `today` is YYYY-MM-DD in UTC. */
export function parseExceptions(
  text: string,
  today: string,
  parseYaml: YamlParse,
): ParsedExceptions {
  const result: ParsedExceptions = { entries: [], problems: [], warnings: [] };
  if (text.trim() === '') return result;
  let document: unknown;
  try {
    document = parseYaml(text, { schema: 'core', uniqueKeys: true });
  } catch (error) {
    result.problems.push(
      `exceptions is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    );
    return result;
  }
  if (document === null || document === undefined) return result;
  if (!Array.isArray(document)) {
    result.problems.push(
      'exceptions must be a YAML list of entries (each starting with "- control: …").',
    );
    return result;
  }
  document.forEach((item: unknown, index) => {
    const entry = parseEntry(item, index + 1, today, result);
    if (entry) result.entries.push(entry);
  });
  return result;
}

function parseEntry(
  item: unknown,
  position: number,
  today: string,
  out: ParsedExceptions,
): ExceptionEntry | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    out.problems.push(
      `exceptions entry ${position} must be a mapping with control, resource, reason and expires.`,
    );
    return undefined;
  }
  const fields = item as Record<string, unknown>;
  const resource = typeof fields.resource === 'string' ? fields.resource.trim() : '';
  const name = `exceptions entry ${position}${resource ? ` (${resource})` : ''}`;
  const problems: string[] = [];
  for (const key of Object.keys(fields)) {
    if (!FIELDS.includes(key))
      problems.push(`${name}: unknown field "${key}"; the fields are ${FIELDS.join(', ')}.`);
  }
  const controls = parseControls(fields.control, name, problems);
  if (!resource)
    problems.push(
      `${name}: field "resource" is required: an IAM user name, root, or the finding's ARN.`,
    );
  const reason = typeof fields.reason === 'string' ? fields.reason.trim() : '';
  if (!reason)
    problems.push(`${name}: field "reason" is required: say why the finding is accepted.`);
  let account: string | undefined;
  if (fields.account !== undefined) {
    account =
      typeof fields.account === 'number' && Number.isInteger(fields.account)
        ? String(fields.account)
        : typeof fields.account === 'string'
          ? fields.account.trim()
          : '';
    if (!ACCOUNT_ID.test(account))
      problems.push(
        `${name}: field "account" ${JSON.stringify(fields.account)} is not a 12-digit account id (quote it: '012345678901').`,
      );
  }
  const expires = parseDate(fields.expires, name, problems);
  if (expires && Date.parse(expires) - Date.parse(today) > 366 * DAY_MS) {
    out.warnings.push(
      `${name} expires on ${expires}, more than a year ahead; accepted risks are worth a look at least once a year.`,
    );
  }
  out.problems.push(...problems);
  if (problems.length > 0 || !expires) return undefined;
  return { position, controls, ...(account ? { account } : {}), resource, reason, expires };
}

function parseControls(value: unknown, name: string, problems: string[]): ControlId[] {
  if (value === undefined) {
    problems.push(`${name}: field "control" is required (for example IAM.19, or a list).`);
    return [];
  }
  const ids = Array.isArray(value) ? value : [value];
  const controls: ControlId[] = [];
  for (const id of ids) {
    if (typeof id === 'string' && (CONTROL_IDS as readonly string[]).includes(id.trim()))
      controls.push(id.trim() as ControlId);
    else
      problems.push(
        `${name}: field "control" ${JSON.stringify(id)} is not a control this action decides; known controls: ${CONTROL_IDS.join(', ')}.`,
      );
  }
  if (ids.length === 0) problems.push(`${name}: field "control" is an empty list.`);
  return controls;
}

function parseDate(value: unknown, name: string, problems: string[]): string | undefined {
  if (value === undefined || value === null || value === '') {
    problems.push(
      `${name}: field "expires" is required: a date (YYYY-MM-DD) after which the exception no longer applies.`,
    );
    return undefined;
  }
  const text = typeof value === 'string' ? value.trim() : String(value);
  const match = DATE.exec(text);
  const date = match ? new Date(`${text}T00:00:00Z`) : undefined;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    problems.push(
      `${name}: field "expires" ${JSON.stringify(text)} is not a date; write YYYY-MM-DD (2027-03-31).`,
    );
    return undefined;
  }
  return text;
}

/** YYYY-MM-DD of a time, in UTC. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
