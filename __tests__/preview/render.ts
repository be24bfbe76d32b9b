// The job summary as a reader sees it: GitHub-flavoured Markdown rendered with GitHub's own
// Markdown stylesheet, in Debian's headless Chromium driven by playwright-core.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { marked } from 'marked';
import { chromium, type Browser } from 'playwright-core';
import { compliantAccount, type FakeAccount, type FakeUser } from '../fake-aws/account.js';
import { ROOT, runAction } from '../fake-aws/run-action.js';
import { startFakeAws } from '../fake-aws/server.js';

const require = createRequire(import.meta.url);
const GITHUB_CSS = readFileSync(
  require.resolve('github-markdown-css/github-markdown-light.css'),
  'utf8',
);

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The committed summaries (Markdown), which the browser test renders afresh and compares. */
export const PREVIEW_FIXTURES = path.join(ROOT, '__tests__/fixtures/preview');
/** Where `npm run preview` and the browser test put the pages and photographs (not committed). */
export const PREVIEW_OUT = path.join(ROOT, '.tmp/preview');

/**
 * A summary with what differs from run to run taken out: times (ISO), the run's temporary
 * directory, and the tool's version. Everything else must match the committed preview.
 */
export function stableSummary(markdown: string): string {
  return markdown
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>')
    .replace(/[^\s<>`]*\/iam-mfa-audit-[A-Za-z0-9]{6}\//g, '<temp>/')
    .replace(/iam-mfa-audit \d+\.\d+\.\d+\S*/g, 'iam-mfa-audit <version>');
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/** Markdown → a page styled as GitHub styles Markdown (HTML blocks such as <details> pass through, as on GitHub). */
export function renderPage(markdown: string, title: string): string {
  const body = marked.parse(markdown, { gfm: true, async: false }) as string;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>${GITHUB_CSS}
body { background: #fff; margin: 0; }
.markdown-body { box-sizing: border-box; max-width: 1012px; margin: 0 auto; padding: 32px; }
</style>
</head>
<body><article class="markdown-body">
${body}
</article></body>
</html>
`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const users = (count: number, failing: number): FakeUser[] =>
  Array.from({ length: count }, (_, i) => ({
    name: `${['dev', 'ops', 'data', 'sec'][i % 4]}-user-${String(i).padStart(4, '0')}`,
    password: i % 3 !== 0,
    mfa: i < failing ? 'none' : i % 2 ? 'virtual' : 'hardware',
    passwordLastUsed: i % 3 !== 0 ? '2026-11-20T09:00:00+00:00' : undefined,
  }));

/** The four accounts whose summaries are kept as fixtures and checked in a browser. */
export const PREVIEW_ACCOUNTS: Array<{ name: string; account: () => FakeAccount }> = [
  { name: 'compliant', account: () => compliantAccount({ alias: 'prod' }) },
  {
    name: 'root-without-mfa',
    account: () => {
      const account = compliantAccount({ alias: 'prod' });
      account.root.hardwareKeys = 0;
      return account;
    },
  },
  {
    name: '40-users-12-failing',
    account: () => compliantAccount({ alias: 'staging', users: users(40, 12) }),
  },
  {
    name: '5000-users-1500-failing',
    account: () => compliantAccount({ alias: 'legacy', users: users(5000, 1500) }),
  },
];

/** Runs the bundled action on an account and returns the job summary it wrote. */
export async function summaryOf(account: FakeAccount): Promise<string> {
  const fake = await startFakeAws(account);
  try {
    const run = await runAction(fake, { inputs: { 'fail-on': 'medium' } });
    return run.summary;
  } finally {
    await fake.close();
  }
}
