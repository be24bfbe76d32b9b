// Jest's globalSetup: when the browser tests of the job summary will be skipped, say so on the
// terminal, where a person sees it (a skipped test's name is visible only in the JSON results).
import { existsSync } from 'node:fs';

/** @param {NodeJS.ProcessEnv} env */
export function browserNotice(env = process.env) {
  const chromium = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium)) return undefined;
  if (env.REQUIRE_BROWSER === '1') {
    return `No Chromium at ${chromium}, and REQUIRE_BROWSER=1: the browser test will fail. Run: bash scripts/install-browser.sh`;
  }
  return `No Chromium at ${chromium}: the browser tests of the job summary are SKIPPED. Run: bash scripts/install-browser.sh`;
}

export default function globalSetup() {
  const notice = browserNotice();
  if (notice) console.error(`\n⚠️  ${notice}\n`);
}
