// A README people can navigate (issue 22.4): its table of contents lists every ## and ### heading
// with GitHub's anchor, every link inside the README and docs/ reaches a heading or a file that is
// there, and the AWS set-up comes right after "Try it".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { ROOT } from './fake-aws/run-action.js';
import { expectedToc, githubSlug, headings, readmeToc, withoutCodeBlocks } from './readme-toc.js';

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const readme = read('README.md');

describe("GitHub's heading anchors", () => {
  test.each([
    ['GitHub code scanning (SARIF)', 'github-code-scanning-sarif'],
    ['Try it in one minute (no AWS account needed)', 'try-it-in-one-minute-no-aws-account-needed'],
    [
      'Thousands of accounts: a matrix of shards and one merge',
      'thousands-of-accounts-a-matrix-of-shards-and-one-merge',
    ],
    ['Errors you may see, and the fix', 'errors-you-may-see-and-the-fix'],
    ['`merge-reports` and `shard`', 'merge-reports-and-shard'],
    ['A pull-request status check', 'a-pull-request-status-check'],
    ['✅ Passed', '-passed'],
    ['snake_case stays', 'snake_case-stays'],
  ])('%s → #%s', (text, anchor) => {
    expect(githubSlug(text)).toBe(anchor);
  });

  test('a repeated heading gets -1, -2 in order', () => {
    const seen = new Map<string, number>();
    expect(['Notes', 'Notes', 'Notes'].map((t) => githubSlug(t, seen))).toEqual([
      'notes',
      'notes-1',
      'notes-2',
    ]);
  });

  test('a # line inside a code block is not a heading', () => {
    const md = '## One\n\n```yaml\n# a comment\non: push\n```\n\n### Two\n';
    expect(headings(md).map((h) => h.text)).toEqual(['One', 'Two']);
  });
});

describe('the table of contents', () => {
  test('lists every ## and ### heading of the README, in order, with its anchor, and nothing else', () => {
    const toc = readmeToc(readme);
    expect(toc).toBeDefined();
    expect(toc?.replace(/^\*\*Contents\*\*\n+/, '')).toBe(expectedToc(readme));
  });

  test('would fail on a heading left out, or one renamed', () => {
    const md = '<!-- toc -->\n- [A](#a)\n<!-- /toc -->\n\n## A\n\n### B\n';
    expect(readmeToc(md)).not.toBe(expectedToc(md));
    const renamed = '<!-- toc -->\n- [A](#a)\n<!-- /toc -->\n\n## A!\n';
    expect(expectedToc(renamed)).toBe('- [A!](#a)');
    expect(expectedToc('## A\n\n### B\n')).toBe('- [A](#a)\n  - [B](#b)');
  });

  test('the AWS set-up is the section right after "Try it"', () => {
    const sections = headings(readme)
      .filter((h) => h.level === 2)
      .map((h) => h.text);
    const tryIt = sections.findIndex((t) => t.startsWith('Try it'));
    expect(tryIt).toBeGreaterThanOrEqual(0);
    expect(sections[tryIt + 1]).toBe('Set up AWS');
  });
});

describe('links', () => {
  const docs = readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`);

  /** `[text](target)` links outside code blocks, other than web addresses. */
  const localLinks = (markdown: string) =>
    [...withoutCodeBlocks(markdown).matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1] as string)
      .filter((target) => !/^[a-z]+:/.test(target));

  test.each(['README.md', ...docs])(
    'every link in %s reaches a file, and a heading in it',
    (file) => {
      const broken: string[] = [];
      for (const target of localLinks(read(file))) {
        const [where, anchor] = target.split('#') as [string, string | undefined];
        const resolved = where ? path.join(path.dirname(file), where) : file;
        if (!existsSync(path.join(ROOT, resolved))) {
          broken.push(`${target}: no ${resolved}`);
          continue;
        }
        if (anchor === undefined) continue;
        if (!resolved.endsWith('.md')) {
          broken.push(`${target}: an anchor in a file that is not Markdown`);
          continue;
        }
        if (!headings(read(resolved)).some((h) => h.anchor === anchor))
          broken.push(`${target}: no heading #${anchor} in ${resolved}`);
      }
      expect(broken).toEqual([]);
    },
  );

  test('the README links every page of docs/', () => {
    for (const doc of docs) expect(localLinks(readme)).toContain(doc);
  });

  test('the link check sees a broken anchor (so that passing means something)', () => {
    expect(localLinks('see [x](#nowhere) and [y](https://example.com)')).toEqual(['#nowhere']);
    expect(headings(readme).some((h) => h.anchor === 'nowhere')).toBe(false);
  });
});
