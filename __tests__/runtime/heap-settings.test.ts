// The young generation: kept at its starting size for one account, grown once to two 8 MB
// semi-spaces for a fan-out, and held there. Run in a Node of its own: V8's flags are per process.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@jest/globals';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = `
import { getHeapSpaceStatistics } from 'node:v8';
import { keepYoungGenerationSmall, growYoungGenerationOnce } from './src/runtime/heap-settings.ts';
const newSpaceMb = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 2 ** 20;
const kept = [];
// Short-lived objects, a share of them living a while: what requests in flight leave behind.
const churn = async (rounds) => {
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < 200000; i++) {
      const o = { i, s: 'x' + i, a: [i, i] };
      if (i % 50 === 0) kept.push(o);
      if (kept.length > 20000) kept.shift();
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
};
keepYoungGenerationSmall();
await churn(10);
const small = newSpaceMb();
growYoungGenerationOnce();
await churn(20);
const grown = newSpaceMb();
await churn(30);
console.log(JSON.stringify({ small, grown, held: newSpaceMb() }));
`;

test('a fan-out grows the young generation once, to two 8 MB semi-spaces, and holds it there', async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', SCRIPT],
    { cwd: ROOT },
  );
  const { small, grown, held } = JSON.parse(stdout) as Record<string, number>;
  // Kept small, it stays at its start whatever the churn.
  expect(small).toBeLessThanOrEqual(4);
  expect(grown).toBe(16);
  expect(held).toBe(16);
}, 60_000);
