// The job summary checked the way people see it: rendered as GitHub renders Markdown, in Chromium.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  chromiumAvailable,
  CHROMIUM,
  launchChromium,
  PREVIEW_ACCOUNTS,
  PREVIEW_FIXTURES,
  PREVIEW_OUT,
  renderPage,
  stableSummary,
  summaryOf,
} from './render.js';

const required = process.env.REQUIRE_BROWSER === '1';
const run = chromiumAvailable() ? describe : describe.skip;

/** Each preview account's summary, as the bundled action writes it now: one run per account. */
const fresh = new Map<string, Promise<string>>();
function summaryNow(name: string): Promise<string> {
  const entry = PREVIEW_ACCOUNTS.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no preview account ${name}`);
  if (!fresh.has(name)) fresh.set(name, summaryOf(entry.account()));
  return fresh.get(name) as Promise<string>;
}

// Needs no browser: the committed Markdown must say what the action writes now.
describe('the committed previews', () => {
  test.each(PREVIEW_ACCOUNTS.map((entry) => entry.name))(
    '%s.md is what the action writes now (times, temporary paths and version aside); npm run preview rewrites it',
    async (name) => {
      const committed = readFileSync(path.join(PREVIEW_FIXTURES, `${name}.md`), 'utf8');
      expect(stableSummary(await summaryNow(name))).toBe(stableSummary(committed));
    },
  );
});

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
    const markdown = await summaryNow(name);
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
      /^❌ IAM MFA audit failed: 12 IAM users in 111122223333 \(staging\) have no MFA device, 8 of them can sign in to the console with a password\.$/,
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
    '%s: the page rendered now reads as text, with its verdict first, and is photographed into .tmp/preview/',
    async (name) => {
      const { page, markdown } = await open(name);
      expect(await page.locator('article h2').first().innerText()).toMatch(
        /^(✅|❌) IAM MFA audit (passed|failed)/,
      );
      await expectReadable(page);
      mkdirSync(PREVIEW_OUT, { recursive: true });
      writeFileSync(path.join(PREVIEW_OUT, `${name}.html`), renderPage(markdown, name));
      const photo = path.join(PREVIEW_OUT, `${name}.png`);
      await page.screenshot({ path: photo, fullPage: name !== '5000-users-1500-failing' });
      expect(statSync(photo).size).toBeGreaterThan(10_000);
      await page.close();
    },
  );

  test('40 users, 12 failing: each failing user is one row, a column per user control, its name shown and its ARN on hover', async () => {
    const { page } = await open('40-users-12-failing');
    const users = page.locator('details', { hasText: '12 IAM users failing' });
    expect(await users.locator('tbody tr').count()).toBe(12);
    expect(await users.locator('thead th').allInnerTexts()).toEqual([
      'IAM user',
      'IAM.5',
      'IAM.19',
      'Evidence',
    ]);
    // Row 0 (dev-user-0000) has no password: it passes IAM.5; row 1 has one and fails both.
    const cells = async (row: number) =>
      users.locator('tbody tr').nth(row).locator('td').allInnerTexts();
    expect((await cells(0)).slice(0, 3)).toEqual(['dev-user-0000', '✅', '❌']);
    const second = await cells(1);
    expect(second.slice(0, 3)).toEqual(['ops-user-0001', '❌', '❌']);
    expect(second[3]).toMatch(
      /^console password \(last used 2026-11-20\), no MFA device; confirmed live$/,
    );
    expect(await users.locator('tbody tr').nth(1).locator('td code').getAttribute('title')).toBe(
      'arn:aws:iam::111122223333:user/ops-user-0001',
    );
    // No name is broken across lines: each is one line high.
    const heights = await users
      .locator('tbody tr td:first-child code')
      .evaluateAll((all) =>
        all.map((code) => (code as unknown as { offsetHeight: number }).offsetHeight),
      );
    expect(heights).toHaveLength(12);
    expect(Math.max(...heights)).toBeLessThan(30);
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
    const text = await page.locator('article').innerText();
    expect(text).toMatch(/…and \d+ more, listed in the JSON report/);
    // How to keep the report, with the run's artifacts linked; never a temp path for the rest.
    expect(text).toContain('Keeping the full list');
    expect(text).toContain('path: ${{ steps.audit.outputs.report-path }}');
    expect(await page.locator('a', { hasText: "this run's artifacts" }).getAttribute('href')).toBe(
      'https://github.com/octo-org/octo-repo/actions/runs/4242#artifacts',
    );
    await page.close();
  });
});
