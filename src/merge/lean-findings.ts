// The merge's memory machinery: one copy of what reports repeat, and passing findings held compactly.
import type { AccountResult, Finding } from '../model.js';
import type { ReportAccount } from '../report/json-reader.js';

/**
 * Reports repeat each control's title and fix, and a passing user's evidence, in every finding;
 * parsed, each copy is an object of its own. Sharing one copy keeps a merge of thousands of
 * accounts within memory. The parsed findings are the merge's own, so they are changed in place.
 */
export class Interner {
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
