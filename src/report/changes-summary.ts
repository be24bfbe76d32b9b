// The summary's sections for scheduled runs: accepted by exception, and what changed since the baseline.
import { accountLabel, type AccountResult } from '../model.js';
import type { RunChanges } from '../scheduled/run-changes.js';
import { code, md, table } from './markdown.js';

const DAY_MS = 86_400_000;
const MAX_ROWS = 100;

/** "Accepted by exception", "Since the last run", and expired or unused exceptions; empty when none apply. */
export function changesSections(
  accounts: AccountResult[],
  changes: RunChanges | undefined,
  now: number,
): string[] {
  if (!changes) return [];
  const parts: string[] = [];
  const excepted = accounts.flatMap((account) =>
    account.findings
      .filter((f) => f.status === 'FAILED' && f.exception)
      .map((finding) => ({ account, finding })),
  );
  if (excepted.length > 0) {
    const critical = excepted.filter((e) => e.finding.severity === 'critical').length;
    parts.push(
      `### Accepted by exception (${excepted.length})\n\nThese findings still FAIL; an exception accepts them until it expires, so they do not fail the step.${critical > 0 ? ` **${critical} of them ${critical === 1 ? 'is' : 'are'} critical.**` : ''}`,
      table(
        ['Resource', 'Account', 'Control', 'Severity', 'Reason', 'Expires'],
        excepted.slice(0, MAX_ROWS).map(({ account, finding }) => {
          const days = Math.floor(
            (Date.parse(`${finding.exception?.expires}T23:59:59Z`) - now) / DAY_MS,
          );
          return [
            code(finding.resource.slice(finding.resource.lastIndexOf('/') + 1)),
            md(accountLabel(account)),
            finding.control,
            finding.severity,
            md(finding.exception?.reason ?? ''),
            `${finding.exception?.expires} (in ${days} day${days === 1 ? '' : 's'})`,
          ];
        }),
      ),
    );
  }
  for (const entry of changes.expired)
    parts.push(
      `> ⚠️ The exception for ${code(entry.resource)} (${entry.controls.join(', ')}) expired on ${entry.expires} and no longer applies.`,
    );
  if (changes.unused.length > 0)
    parts.push(
      `> Unused exceptions (matched no FAILED finding): ${changes.unused.map((e) => `${code(e.resource)} (${e.controls.join(', ')})`).join(', ')}.`,
    );
  const diff = changes.diff;
  if (diff) {
    const name = (f: { resource: string }) =>
      code(f.resource.slice(f.resource.lastIndexOf('/') + 1));
    const newLines = diff.new
      .slice(0, MAX_ROWS)
      .map((f) => `- 🆕 ${name(f)} ${f.control} ${f.now} in ${f.accountId}`);
    const fixedLines = diff.fixed
      .slice(0, MAX_ROWS)
      .map(
        (f) =>
          `- ✅ ${name(f)} ${f.control} in ${f.accountId}: ${f.now === 'gone' ? 'gone (no finding now: the resource no longer exists)' : f.now === 'PASSED' ? 'passes now' : 'not applicable now'}`,
      );
    const unknownLines = diff.unknownNow
      .slice(0, MAX_ROWS)
      .map(
        (f) =>
          `- ❔ ${name(f)} ${f.control} in ${f.accountId}: failed before, unknown now (${md(f.why)})`,
      );
    const longest = accounts
      .flatMap((a) => a.findings)
      .filter((f) => (f.status === 'FAILED' || f.status === 'ERROR') && f.firstSeen)
      .map((f) => ({ f, days: Math.floor((now - Date.parse(f.firstSeen as string)) / DAY_MS) }))
      .filter((x) => x.days >= 1)
      .sort((a, b) => b.days - a.days)
      .slice(0, 10)
      .map(
        ({ f, days }) =>
          `- ${name(f)} ${f.control}: failing for ${days} day${days === 1 ? '' : 's'} (since ${(f.firstSeen as string).slice(0, 10)})`,
      );
    parts.push(
      `### Since the last run (${diff.baselineGeneratedAt || 'baseline report'})\n\n**${diff.new.length} new, ${diff.fixed.length} fixed${diff.unknownNow.length > 0 ? `, ${diff.unknownNow.length} unknown now (failed before, not judged in this run)` : ''}.**` +
        (newLines.length > 0 ? `\n\n${newLines.join('\n')}` : '') +
        (fixedLines.length > 0 ? `\n\n${fixedLines.join('\n')}` : '') +
        (unknownLines.length > 0 ? `\n\n${unknownLines.join('\n')}` : '') +
        (longest.length > 0 ? `\n\nFailing the longest:\n\n${longest.join('\n')}` : ''),
    );
  }
  return parts;
}

/** On a pull request: the check reads the live account, not the pull request's code. */
export function pullRequestNote(eventName: string | undefined): string | undefined {
  return eventName === 'pull_request' || eventName === 'pull_request_target'
    ? "> This check reads the live AWS account, not this pull request's code: a finding is fixed by the account's owners (root MFA only by the root user), not by a change here."
    : undefined;
}
