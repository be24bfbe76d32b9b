// The `tracking-issue` input: one GitHub issue kept in step with the audit's result.
import { createHash } from 'node:crypto';
import { accountLabel, type AccountResult } from '../model.js';

/** GitHub refuses an issue body over 65,536 characters; this leaves room for the frame. */
const BODY_LIMIT = 60_000;

/** The part of Octokit this uses: `request` and `paginate` (what @actions/github's getOctokit returns). */
export interface IssuesClient {
  request: (route: string, parameters?: Record<string, unknown>) => Promise<{ data: unknown }>;
  paginate: (route: string, parameters?: Record<string, unknown>) => Promise<unknown[]>;
}

export interface TrackingInput {
  title: string;
  repository: string;
  failing: boolean;
  headline: string;
  accounts: AccountResult[];
  runUrl?: string;
  /** Resources the baseline did not flag, where there is a baseline. */
  newKeys?: Set<string>;
  /**
   * The run covered only part of the selection, or did not finish: it never creates, rewrites or
   * closes the issue of the whole selection, and only comments on an open one.
   */
  partOf?: string;
}

export type TrackingAction = 'created' | 'updated' | 'unchanged' | 'closed' | 'commented' | 'none';

interface Issue {
  number: number;
  body?: string | null;
  pull_request?: unknown;
  html_url?: string;
}

/** The hidden marker that finds the issue again, whatever its title became. */
export function marker(title: string): string {
  const id = createHash('sha256').update(title).digest('hex').slice(0, 16);
  return `<!-- iam-mfa-audit tracking-issue ${id}`;
}

/** One line per failing or not-judged resource, keyed as the baseline keys findings. */
export function resourceLines(
  accounts: AccountResult[],
  newKeys?: Set<string>,
): Array<{ key: string; line: string }> {
  const byResource = new Map<
    string,
    { controls: string[]; error: boolean; isNew: boolean; account: AccountResult; resource: string }
  >();
  for (const account of accounts) {
    for (const finding of account.findings) {
      if (finding.status !== 'ERROR' && (finding.status !== 'FAILED' || finding.exception))
        continue;
      const id = `${account.accountId}\n${finding.resource}`;
      const entry = byResource.get(id) ?? {
        controls: [],
        error: false,
        isNew: false,
        account,
        resource: finding.resource,
      };
      entry.controls.push(`${finding.control}${finding.status === 'ERROR' ? ' (not judged)' : ''}`);
      if (finding.status === 'ERROR') entry.error = true;
      if (newKeys?.has(`${finding.control}\n${account.accountId}\n${finding.resource}`))
        entry.isNew = true;
      byResource.set(id, entry);
    }
  }
  return [...byResource.entries()].map(([id, entry]) => ({
    key: id,
    line: `- ${entry.error ? '⚠️' : '❌'} \`${entry.resource}\` in ${accountLabel(entry.account)}: ${entry.controls.join(', ')}${entry.isNew ? ' **(new)**' : ''}`,
  }));
}

/**
 * What a partial run has to say to the issue: its failing lines the body does not list, and the
 * body's lines for the accounts it judged that it no longer has. Nothing new: no comment, so a
 * stream of change events does not bury the issue.
 */
export function partialNews(
  body: string,
  accounts: AccountResult[],
): { appeared: string[]; cleared: string[] } {
  const listed = body
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.replace(/ \*\*\(new\)\*\*$/, ''));
  const found = resourceLines(accounts).map((entry) => entry.line);
  const judged = accounts
    .filter((account) => account.status !== 'skipped')
    .map((account) => ` in ${account.accountId}`);
  return {
    appeared: found.filter((line) => !listed.includes(line)),
    cleared: listed.filter(
      (line) => judged.some((id) => line.includes(id)) && !found.includes(line),
    ),
  };
}

/** The issue's body: the headline, every failing and not-judged resource, the run; under GitHub's limit. */
export function issueBody(input: TrackingInput): { body: string; state: string } {
  const lines = resourceLines(input.accounts, input.newKeys);
  const state = createHash('sha256')
    .update(input.headline)
    .update(lines.map((l) => l.line).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const head = `${marker(input.title)} state ${state} -->\n## ${input.headline}\n\n### Failing and not judged (⚠️) resources\n\n`;
  const tail = `\n\n${input.runUrl ? `Last updated by [this run](${input.runUrl}).` : ''} The issue closes itself when the audit passes.`;
  const kept: string[] = [];
  let size = head.length + tail.length + 100;
  for (const { line } of lines) {
    if (size + line.length + 1 > BODY_LIMIT) break;
    size += line.length + 1;
    kept.push(line);
  }
  const more =
    kept.length < lines.length
      ? `\n…and ${lines.length - kept.length} more, listed in the JSON report.`
      : '';
  return { body: `${head}${kept.join('\n') || '(none)'}${more}${tail}`, state };
}

/**
 * Creates, updates or closes the tracking issue. Throws the API's error; the caller turns it into
 * a warning so that the audit's own result is untouched.
 */
export async function syncTrackingIssue(
  client: IssuesClient,
  input: TrackingInput,
): Promise<{ action: TrackingAction; number?: number }> {
  const [owner, repo] = input.repository.split('/');
  const found = (await client.paginate('GET /repos/{owner}/{repo}/issues', {
    owner,
    repo,
    state: 'open',
    per_page: 100,
  })) as Issue[];
  const open = found.find(
    (issue) => !issue.pull_request && (issue.body ?? '').includes(marker(input.title)),
  );
  if (input.partOf) {
    if (!open) return { action: 'none' };
    const news = partialNews(open.body ?? '', input.accounts);
    if (news.appeared.length === 0 && news.cleared.length === 0)
      return { action: 'unchanged', number: open.number };
    const where = input.runUrl ? `[A run](${input.runUrl})` : 'A run';
    const list = (title: string, lines: string[]) =>
      lines.length === 0
        ? ''
        : `\n\n${title}\n\n${lines.slice(0, 50).join('\n')}${lines.length > 50 ? `\n…and ${lines.length - 50} more.` : ''}`;
    await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner,
      repo,
      issue_number: open.number,
      body: `ℹ️ ${where} covered only part of the selection (${input.partOf}); this issue is kept by runs over the whole selection and was left as it was. What that run found: ${input.headline}${list('Failing or not judged there, and not listed here:', news.appeared)}${list(
        'Listed here, and no longer failing there:',
        news.cleared.map((line) => line.replace(/^- (❌|⚠️)/, '- ✅')),
      )}`,
    });
    return { action: 'commented', number: open.number };
  }
  if (!input.failing) {
    if (!open) return { action: 'none' };
    const where = input.runUrl ? `[run](${input.runUrl})` : 'the latest run';
    await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner,
      repo,
      issue_number: open.number,
      body: `✅ Fixed in ${where}: ${input.headline}`,
    });
    await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      owner,
      repo,
      issue_number: open.number,
      state: 'closed',
      state_reason: 'completed',
    });
    return { action: 'closed', number: open.number };
  }
  const { body, state } = issueBody(input);
  if (!open) {
    const created = (await client.request('POST /repos/{owner}/{repo}/issues', {
      owner,
      repo,
      title: input.title,
      body,
    })) as { data: Issue };
    return { action: 'created', number: created.data.number };
  }
  if ((open.body ?? '').includes(`state ${state} -->`))
    return { action: 'unchanged', number: open.number };
  await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
    owner,
    repo,
    issue_number: open.number,
    body,
  });
  return { action: 'updated', number: open.number };
}

/** An API failure → a warning that says the fix; the token's permission is the usual cause. */
export function trackingFailure(error: unknown): string {
  const status = (error as { status?: number }).status;
  const message = (error as Error).message ?? String(error);
  const fix =
    status === 401 || status === 403
      ? 'give the job `permissions: issues: write` (or set github-token to a token that may write issues)'
      : status === 404
        ? 'check that the repository has issues turned on and that github-token can see it'
        : status === 410
          ? 'turn issues on in the repository settings'
          : 'the audit result stands; the issue will be brought in step on the next run';
  return `tracking-issue was not updated: GitHub's API answered ${status ?? 'with an error'} (${message.split('\n')[0]}); ${fix}.`;
}
