// `npm run preview`: the job summaries of four demo accounts, rendered as GitHub renders them and
// photographed in headless Chromium (scripts/install-browser.sh installs it). The Markdown goes to
// __tests__/fixtures/preview/ (committed: the browser test renders each afresh and compares); the
// pages and the photographs go to .tmp/preview/, which is not committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  chromiumAvailable,
  CHROMIUM,
  launchChromium,
  PREVIEW_ACCOUNTS,
  PREVIEW_FIXTURES,
  PREVIEW_OUT,
  renderPage,
  summaryOf,
} from '../__tests__/preview/render.js';
import { ROOT } from '../__tests__/fake-aws/run-action.js';

if (!chromiumAvailable()) {
  console.error(`No Chromium at ${CHROMIUM}: run scripts/install-browser.sh first.`);
  process.exit(1);
}
mkdirSync(PREVIEW_FIXTURES, { recursive: true });
mkdirSync(PREVIEW_OUT, { recursive: true });
const browser = await launchChromium();
try {
  for (const { name, account } of PREVIEW_ACCOUNTS) {
    const markdown = await summaryOf(account());
    const html = renderPage(markdown, `iam-mfa-audit: ${name}`);
    writeFileSync(path.join(PREVIEW_FIXTURES, `${name}.md`), markdown);
    writeFileSync(path.join(PREVIEW_OUT, `${name}.html`), html);
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.setContent(html, { waitUntil: 'load' });
    await page.screenshot({
      path: path.join(PREVIEW_OUT, `${name}.png`),
      fullPage: name !== '5000-users-1500-failing',
    });
    await page.close();
    console.log(
      `${name}: summary ${Buffer.byteLength(markdown)} bytes → ${path.relative(ROOT, PREVIEW_FIXTURES)}/${name}.md, ${path.relative(ROOT, PREVIEW_OUT)}/${name}.{html,png}`,
    );
  }
} finally {
  await browser.close();
}
