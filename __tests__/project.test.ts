// What a newcomer reads and runs: README ↔ action.yml, the licence, the Node the dependencies need,
// and a test run that says when it skips the browser.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from '@jest/globals';
// @ts-expect-error: a plain .js module (Jest's globalSetup), without types
import { browserNotice, node24Notice } from './browser-notice.js';

const root = new URL('..', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, root), 'utf8');
const require = createRequire(import.meta.url);
const semver = require('semver') as {
  satisfies: (version: string, range: string) => boolean;
  minVersion: (range: string) => { version: string } | null;
};

/** The names declared under `inputs:` or `outputs:` in action.yml. */
function actionNames(section: 'inputs' | 'outputs'): string[] {
  const block = read('action.yml').split(`\n${section}:\n`)[1]?.split(/\n\S/)[0] ?? '';
  return [...block.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1] as string);
}

/** The names in the first column of the README table under `## <heading>`. */
function readmeNames(heading: string): string[] {
  const section = read('README.md').split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  const rows = section.split('\n').filter((line) => /^\| `/.test(line));
  return rows.flatMap((row) =>
    [...(row.split('|')[1] ?? '').matchAll(/`([a-z-]+)`/g)].map((m) => m[1] as string),
  );
}

describe('the README matches action.yml', () => {
  test('every input of action.yml is in the README inputs table, and nothing else', () => {
    expect(readmeNames('Inputs').sort()).toEqual(actionNames('inputs').sort());
  });
  test('every output of action.yml is in the README outputs table, and nothing else', () => {
    expect(readmeNames('Outputs').sort()).toEqual(actionNames('outputs').sort());
  });
  test('the bounds of timeout-seconds are stated in both', () => {
    expect(read('README.md')).toMatch(/\| `timeout-seconds` .*1 to 21600/);
    expect(read('action.yml')).toMatch(/timeout-seconds:\n\s+description: >-\n.*1 to 21600/);
  });
  test('result is passed, failed or incomplete in both', () => {
    expect(read('README.md')).toMatch(/\| `result` .*`failed`.*`incomplete`.*`passed`/);
    expect(read('action.yml')).toMatch(
      /result:\n\s+description: >-\n\s+failed when the step fails; incomplete when/,
    );
  });
});

test("the licence is the MIT licence package.json names, with this project's copyright", () => {
  expect(JSON.parse(read('package.json')).license).toBe('MIT');
  const licence = read('LICENSE');
  expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) 2026 iam-mfa-audit contributors\n/);
  expect(licence).toContain('THE SOFTWARE IS PROVIDED "AS IS"');
});

test('the engines field allows only Node versions every locked dependency supports', () => {
  const range = JSON.parse(read('package.json')).engines.node as string;
  // The lowest version of each part of the range ("^22.13.0 || >=24" → 22.13.0, 24.0.0).
  const lowest = range.split('||').map((part) => semver.minVersion(part.trim())?.version as string);
  const lock = JSON.parse(read('package-lock.json')) as {
    packages: Record<string, { engines?: { node?: string }; optional?: boolean }>;
  };
  const refused: string[] = [];
  for (const [name, entry] of Object.entries(lock.packages)) {
    const theirs = entry.engines?.node;
    if (!name || !theirs || entry.optional) continue;
    for (const version of lowest)
      if (!semver.satisfies(version, theirs))
        refused.push(`${name} (${theirs}) refuses ${version}`);
  }
  expect(refused).toEqual([]);
});

describe('browser tests are never skipped silently', () => {
  test('without Chromium, the test run prints a notice (Jest globalSetup), and says it fails under REQUIRE_BROWSER', () => {
    expect(read('jest.config.js')).toContain(
      "globalSetup: '<rootDir>/__tests__/browser-notice.js'",
    );
    expect(browserNotice({ CHROMIUM_PATH: '/nonexistent/chromium' })).toMatch(
      /browser tests of the job summary are SKIPPED\. Run: bash scripts\/install-browser\.sh/,
    );
    expect(browserNotice({ CHROMIUM_PATH: '/nonexistent/chromium', REQUIRE_BROWSER: '1' })).toMatch(
      /REQUIRE_BROWSER=1: the browser test will fail/,
    );
    expect(browserNotice({ CHROMIUM_PATH: process.execPath })).toBeUndefined();
  });
  test('CI installs the browser before npm test, and requires it', () => {
    const ci = read('.github/workflows/ci.yml');
    const install = ci.indexOf('- run: bash scripts/install-browser.sh');
    const npmTest = ci.indexOf('- run: npm test');
    expect(install).toBeGreaterThan(0);
    expect(npmTest).toBeGreaterThan(install);
    expect(ci.slice(npmTest).split('\n      - ')[0]).toMatch(/env:\n\s+REQUIRE_BROWSER: '1'/);
  });
});

describe('the end-to-end tests never leave Node 24 silently', () => {
  test('without Node 24, the test run prints a notice, and says it fails under REQUIRE_NODE24', () => {
    expect(node24Notice({}, '/nonexistent/node')).toMatch(
      /end-to-end tests run under the machine's node, and the Node 24 test is SKIPPED\. Run: npm ci/,
    );
    expect(node24Notice({ REQUIRE_NODE24: '1' }, '/nonexistent/node')).toMatch(
      /REQUIRE_NODE24=1: the Node 24 test will fail/,
    );
    expect(node24Notice({ REQUIRE_NODE24: '1' }, process.execPath)).toBeUndefined();
  });
  test('CI and .ci/run require Node 24 beside the browser', () => {
    const ci = read('.github/workflows/ci.yml');
    const npmTest = ci.indexOf('- run: npm test');
    expect(ci.slice(npmTest).split('\n      - ')[0]).toMatch(/\n\s+REQUIRE_NODE24: '1'/);
    expect(read('.ci/run')).toMatch(/^export REQUIRE_NODE24=1$/m);
  });
});

test('.env.example sets up a local run with ambient credentials, no role, and the fake endpoint', () => {
  const env = read('.env.example');
  expect(env).not.toMatch(/^INPUT_ROLE-TO-ASSUME=/m);
  expect(env).toMatch(/^AWS_PROFILE=/m);
  expect(env).toMatch(/AWS_ENDPOINT_URL=/);
  expect(read('README.md')).toContain('npx @github/local-action . src/main.ts .env');
  expect(read('.gitignore')).toMatch(/^\.env$/m);
});
