// Every complete workflow the README shows (a yaml block with `on:` and `jobs:`) passes
// @action-validator/core, GitHub's workflow schema as the SchemaStore keeps it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { ROOT } from './fake-aws/run-action.js';

const require = createRequire(import.meta.url);
const { validateWorkflow } = require('@action-validator/core') as {
  validateWorkflow: (src: string) => { errors: Array<{ title: string; path?: string }> };
};

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1] as string);
const workflows = blocks.filter((block) => /^on:/m.test(block) && /^jobs:/m.test(block));

describe('the README workflows', () => {
  test('the change-triggered workflow is among them', () => {
    expect(workflows.some((w) => w.includes('types: [iam-mfa-change]'))).toBe(true);
    expect(workflows.length).toBeGreaterThanOrEqual(3);
  });

  test('the validator refuses a broken workflow (so that passing means something)', () => {
    expect(validateWorkflow('on: push\njobs:\n  a:\n    steps: 5\n').errors.length).toBeGreaterThan(
      0,
    );
  });

  test.each(workflows.map((w, i) => [i, w.split('\n')[1] ?? '', w] as const))(
    'workflow %i (%s) is valid',
    (_i, _first, workflow) => {
      expect(validateWorkflow(workflow).errors).toEqual([]);
    },
  );
});
