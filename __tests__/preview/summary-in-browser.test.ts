// The job summary checked the way people see it: rendered as GitHub renders Markdown, in Chromium.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../fake-aws/run-action.js';
import {
  chromiumAvailable,
  CHROMIUM,
  launchChromium,
  PREVIEW_ACCOUNTS,
  renderPage,
  summaryOf,
} from './render.js';

const required = process.env.REQUIRE_BROWSER === '1';
const FIXTURES = path.join(ROOT, '__tests__/fixtures/preview');
const run = chromiumAvailable() ? describe : describe.skip;

if (!chromiumAvailable()) {
  test(
    required
      ? 'Chromium is installed (REQUIRE_BROWSER=1)'
      : `Chromium is not at ${CHROMIUM}: browser tests skipped; run scripts/install-browser.sh`,
    () => {
      if (required) throw new Error(`No Chromium at ${CHROMIUM}: run scripts/install-browser.sh`);
    },
  );
}

run('the job summary in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(name: string): Promise<{ page: Page; markdown: string }> {
    const entry = PREVIEW_ACCOUNTS.find((candidate) => candidate.name === name);
    const markdown = await summaryOf((entry as (typeof PREVIEW_ACCOUNTS)[number]).account());
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.setContent(renderPage(markdown, name), { waitUntil: 'load' });
    return { page, markdown };
  }

  async function expectReadable(page: Page): Promise<void> {
    const text = await page.locator('article').innerText();
    // Nothing meant as markup shows as text.
    for (const raw of [
      '<code>',
      '</code>',
      '<details',
      '<summary',
      '<sub>',
      '**',
      '| ---',
      '\\*',
      '\\_',
      '\\|',
      '&lt;',
      '&amp;',
    ]) {
      expect(text).not.toContain(raw);
    }
    // The controls table is a table, with a row per control, in the order people read them.
    const firstCells = await page
      .locator('table')
      .first()
      .locator('tbody tr td:first-child')
      .allInnerTexts();
    expect(firstCells).toEqual(['IAM.9', 'IAM.6', 'IAM.4', 'IAM.5', 'IAM.19']);
    const href = await page
      .locator('table')
      .first()
      .locator('tbody tr td:first-child a')
      .first()
      .getAttribute('href');
    expect(href).toBe(
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-9',
    );
  }

  test.each([
    ['compliant', /^✅ IAM MFA audit passed/],
    [
      'root-without-mfa',
      /^❌ IAM MFA audit failed: Root user of 111122223333 \(prod\) has no MFA: anyone with its password owns the account\.$/,
    ],
    [
      '40-users-12-failing',
      /^❌ IAM MFA audit failed: 8 IAM user\(s\) in 111122223333 \(staging\) can sign in to the console with a password and have no MFA device\.$/,
    ],
  ])(
    '%s: the verdict comes first, and the page reads as text, not markup',
    async (name, verdict) => {
      const { page } = await open(name);
      expect(await page.locator('article h2').first().innerText()).toMatch(verdict);
      await expectReadable(page);
      await page.close();
    },
  );

  test.each(PREVIEW_ACCOUNTS.map((entry) => entry.name))(
    'the committed fixture %s.html reads as text, with its verdict first',
    async (name) => {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      await page.goto(pathToFileURL(path.join(FIXTURES, `${name}.html`)).href, {
        waitUntil: 'load',
      });
      expect(await page.locator('article h2').first().innerText()).toMatch(
        /^(✅|❌) IAM MFA audit (passed|failed)/,
      );
      await expectReadable(page);
      expect(statSync(path.join(FIXTURES, `${name}.png`)).size).toBeGreaterThan(10_000);
      await page.close();
    },
  );

  test('40 users, 12 failing: each failing user is a row, with its evidence in words', async () => {
    const { page } = await open('40-users-12-failing');
    const iam19 = page.locator('details', { hasText: '12 failing resource(s)' });
    expect(await iam19.locator('tbody tr').count()).toBe(12);
    // Row 0 (dev-user-0000) has no password; row 1 has one.
    expect(await iam19.locator('tbody tr').nth(1).innerText()).toMatch(
      /console password, no MFA device, password last used 2026-11-20; confirmed live/,
    );
    await page.close();
  });

  test('5,000 users, 1,500 failing: under 1 MiB, folded lists that open, and a pointer to the rest', async () => {
    const { page, markdown } = await open('5000-users-1500-failing');
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024);
    await expectReadable(page);
    // Pin the element by index: a :not([open]) locator would move on to the next list once this opens.
    const openStates = await page
      .locator('details')
      .evaluateAll((all) => all.map((d) => (d as unknown as { open: boolean }).open));
    const index = openStates.indexOf(false);
    expect(index).toBeGreaterThanOrEqual(0);
    const first = page.locator('details').nth(index);
    expect(await first.locator('tbody tr').first().isVisible()).toBe(false);
    await first.locator('summary').click();
    expect(await first.evaluate((element) => (element as unknown as { open: boolean }).open)).toBe(
      true,
    );
    expect(await first.locator('tbody tr').first().isVisible()).toBe(true);
    expect(await page.locator('article').innerText()).toMatch(
      /…and \d+ more, listed in the JSON report/,
    );
    await page.close();
  });
});
