// Cognito.5's part of an account's summary: its user pools, worst first, with the people a failing pool exposes.
import { controlById } from '../controls/index.js';
import type { Finding } from '../model.js';
import { code, codeWithTitle, md, table } from './markdown.js';

/** Past this many rows a list helps nobody in a summary; the JSON report has every pool. */
export const MAX_POOL_ROWS = 200;

const RANK: Record<Finding['status'], number> = {
  FAILED: 0,
  ERROR: 1,
  NOT_APPLICABLE: 2,
  PASSED: 3,
};
const MARK: Record<Finding['status'], string> = {
  FAILED: '❌',
  ERROR: '⚠️',
  NOT_APPLICABLE: '➖',
  PASSED: '✅',
};

/** "2 user pool(s)", "1 user pool". */
export function userPools(count: number): string {
  return `${count} user pool${count === 1 ? '' : 's'}`;
}

/** The estimated users of the account's failing pools (AWS's estimate, not an exact count). */
export function usersExposed(findings: readonly Finding[]): number {
  return findings
    .filter((finding) => finding.status === 'FAILED')
    .reduce((sum, finding) => sum + estimated(finding), 0);
}

function estimated(finding: Finding): number {
  const value = finding.evidence.observed.estimatedUsers;
  return typeof value === 'number' ? value : 0;
}

/** Worst first: failing pools by the users they expose, then unjudged, out of scope, passing. */
export function worstPoolsFirst(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      RANK[a.status] - RANK[b.status] ||
      estimated(b) - estimated(a) ||
      a.resource.localeCompare(b.resource),
  );
}

/** The section, or nothing where the account has no Cognito.5 finding on a pool. */
export function userPoolsSection(
  findings: readonly Finding[],
  budget: { left: number; cut: boolean },
): string | undefined {
  const pools = findings.filter(
    (finding) => finding.control === 'Cognito.5' && !finding.resource.endsWith('/*'),
  );
  if (pools.length === 0) return undefined;
  const failing = pools.filter((finding) => finding.status === 'FAILED').length;
  const exposed = usersExposed(pools);
  const head =
    failing > 0
      ? `#### ❌ Cognito user pools without required MFA: ${failing} of ${userPools(pools.length)} fail, exposing about ${exposed.toLocaleString('en-US')} estimated user(s)`
      : `#### Cognito user pools: ${userPools(pools.length)}, none failing`;
  const rows: string[][] = [];
  const sorted = worstPoolsFirst(pools);
  for (const finding of sorted.slice(0, MAX_POOL_ROWS)) {
    const seen = finding.evidence.observed;
    const cells = [
      codeWithTitle(String(seen.poolName ?? ''), finding.resource),
      code(String(seen.region ?? '')),
      `${MARK[finding.status]} ${String(seen.mfaConfiguration ?? finding.status)}`,
      md(String(seen.secondFactors ?? '')),
      md(String(seen.firstFactors ?? '')),
      seen.estimatedUsers === null || seen.estimatedUsers === undefined
        ? '—'
        : String(seen.estimatedUsers),
    ];
    const size = Buffer.byteLength(cells.join(' | ')) + 6;
    if (size > budget.left) break;
    budget.left -= size;
    rows.push(cells);
  }
  const rest = pools.length - rows.length;
  if (rest > 0) budget.cut = true;
  const more = rest > 0 ? `\n\n…and ${rest} more, listed in the JSON report.` : '';
  const details = `<details${failing > 0 && pools.length <= 20 ? ' open' : ''}><summary>${userPools(pools.length)}, worst first</summary>\n\n❌ fails Cognito.5, ⚠️ could not be judged, ➖ passwordless sign-in (not judged by Cognito.5), ✅ passes; hover a name for its ARN.\n\n${table(['User pool', 'Region', 'MFA', 'Second factors', 'First factors', 'Estimated users'], rows)}${more}\n\n</details>`;
  const remediation = controlById('Cognito.5').remediation;
  const fix =
    failing > 0
      ? `**How to fix Cognito.5:** ${md(remediation.text)}\n\n**Verify:** ${code(remediation.verify)}`
      : undefined;
  return [head, details, ...(fix ? [fix] : [])].join('\n\n');
}
