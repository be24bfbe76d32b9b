import { createHash } from 'node:crypto';
import { CONTROLS } from '../controls/index.js';
import {
  accountLabel,
  alertLevel,
  SEVERITY_RANK,
  type AccountResult,
  type ControlId,
  type Finding,
  type Severity,
} from '../model.js';

// GitHub's scale: over 9.0 critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, 0.1 to 3.9 low.
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  informational: '0.0',
};
/** Code scanning keeps only the top 5,000 results of a run, by severity. */
export const MAX_RESULTS_PER_RUN = 5000;

export interface SarifInput {
  accounts: AccountResult[];
  controls: readonly ControlId[];
  version: string;
  /** The workflow file that ran the action (from GITHUB_WORKFLOW_REF): a cloud finding has no line of code. */
  workflowPath: string;
  informationUri?: string;
  /** Why the run did not finish (a setup error, shards missing): the invocation did not succeed. */
  problems?: readonly string[];
}

/** Findings → SARIF 2.1.0 for GitHub code scanning: one run, one result per FAILED or ERROR finding of any account. */
export function buildSarif(input: SarifInput): object {
  const controls = CONTROLS.filter((control) => input.controls.includes(control.id));
  const rules = controls.map((control) => ({
    id: control.id,
    name: control.id.replace('.', ''),
    shortDescription: { text: control.title },
    fullDescription: {
      text: `${control.title} (AWS Security Hub control ${control.id}, severity ${control.severity}).`,
    },
    helpUri: control.docUrl,
    help: {
      text: `${control.remediation.text} Verify: ${control.remediation.verify} ${control.remediation.url}`,
      markdown: `**How to fix:** ${control.remediation.text}\n\n**Verify:** \`${control.remediation.verify}\`\n\n[AWS documentation](${control.remediation.url}) · [Security Hub ${control.id}](${control.docUrl})`,
    },
    defaultConfiguration: { level: level(control.severity) },
    properties: {
      tags: ['security', 'aws', 'iam', 'mfa'],
      precision: 'very-high',
      'security-severity': SECURITY_SEVERITY[control.severity],
    },
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    // One run for every account (a file may hold at most 20 runs), also where none was read:
    // code scanning reads an empty `runs` as clean, and a failed invocation as not.
    runs: [oneRun(input, rules)],
  };
}

function oneRun(input: SarifInput, rules: Array<{ id: string }>): object {
  const flagged = input.accounts
    .flatMap((account) =>
      account.findings
        .filter((finding) => finding.status === 'FAILED' || finding.status === 'ERROR')
        .map((finding) => ({ finding, account })),
    )
    .sort((a, b) => SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity]);
  const kept = flagged.slice(0, MAX_RESULTS_PER_RUN);
  const left = flagged.length - kept.length;
  const [only] = input.accounts;
  const category =
    input.accounts.length === 1 && only
      ? `iam-mfa-audit/${only.partition}/${only.accountId}/`
      : `iam-mfa-audit/${only?.partition ?? 'aws'}/accounts/`;
  return {
    tool: {
      driver: {
        name: 'iam-mfa-audit',
        version: input.version,
        ...(input.informationUri ? { informationUri: input.informationUri } : {}),
        rules,
      },
    },
    automationDetails: { id: category },
    results: kept.map(({ finding, account }) =>
      result(
        finding,
        account,
        rules.findIndex((rule) => rule.id === finding.control),
        input.workflowPath,
      ),
    ),
    invocations: [invocation(input.problems ?? [], left)],
  };
}

/** Whether the run finished, and why not: the problems as errors, a cut result list as a warning. */
function invocation(problems: readonly string[], left: number): object {
  const notifications = [
    ...problems.map((text) => ({ level: 'error', message: { text } })),
    ...(left > 0
      ? [
          {
            level: 'warning',
            message: {
              text: `${left} more findings were left out (code scanning keeps ${MAX_RESULTS_PER_RUN} per run); all are in the JSON report.`,
            },
          },
        ]
      : []),
  ];
  return {
    executionSuccessful: problems.length === 0,
    ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
  };
}

function result(
  finding: Finding,
  account: AccountResult,
  ruleIndex: number,
  workflowPath: string,
): object {
  const where = accountLabel(account);
  const text =
    finding.status === 'ERROR'
      ? `Not judged in account ${where}: ${finding.message}`
      : `${finding.message} Account ${where}.`;
  return {
    ruleId: finding.control,
    ruleIndex,
    level: finding.status === 'ERROR' ? 'error' : level(finding.severity),
    message: { text },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: workflowPath }, region: { startLine: 1 } },
        logicalLocations: [{ fullyQualifiedName: finding.resource, kind: 'resource' }],
      },
    ],
    // Every result is anchored to line 1 of the same file: this keeps each resource its own alert.
    partialFingerprints: {
      primaryLocationLineHash: fingerprint(finding.control, account.accountId, finding.resource),
    },
    ...(finding.exception
      ? {
          suppressions: [
            {
              kind: 'external',
              status: 'accepted',
              justification: `${finding.exception.reason} (expires ${finding.exception.expires})`,
            },
          ],
        }
      : {}),
    properties: {
      status: finding.status,
      severity: finding.severity,
      resource: finding.resource,
      accountId: account.accountId,
    },
  };
}

export function fingerprint(control: string, accountId: string, resource: string): string {
  return `${createHash('sha256').update(`${control}\n${accountId}\n${resource}`).digest('hex').slice(0, 32)}:1`;
}

function level(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'informational' ? 'note' : alertLevel(severity);
}
