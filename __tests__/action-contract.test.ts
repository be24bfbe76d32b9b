import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { INPUT_NAMES } from '../src/inputs/config.js';
import { stepOutputs } from '../src/outcome/outputs.js';
import { decideOutcome } from '../src/outcome/outcome.js';
import { VERSION } from '../src/runtime/version.js';

const root = new URL('..', import.meta.url);
const actionYml = readFileSync(new URL('action.yml', root), 'utf8');
const names = (section: string) =>
  [
    ...(actionYml
      .split(`\n${section}:\n`)[1]
      ?.split(/\n\S/)[0]
      ?.matchAll(/^ {2}([a-z-]+):$/gm) ?? []),
  ].map((m) => m[1]);

describe('the action contract', () => {
  test('action.yml declares exactly the inputs the code reads', () => {
    expect(names('inputs').sort()).toEqual([...INPUT_NAMES].sort());
  });
  test('action.yml declares the outputs of design.md and runs node24 from dist', () => {
    expect(names('outputs')).toEqual([
      'result',
      'critical',
      'high',
      'medium',
      'low',
      'accounts-audited',
      'accounts-failed',
      'accounts-not-judged',
      'accounts-skipped',
      'artifact-name',
      'report-path',
      'sarif-path',
      'excepted',
      'new-findings',
      'fixed-findings',
    ]);
    expect(actionYml).toMatch(/runs:\n {2}using: node24\n {2}main: dist\/index.js/);
  });
  test('the code sets exactly the outputs action.yml declares', () => {
    const outputs = stepOutputs({
      outcome: decideOutcome([], 'critical'),
      reportPath: '/tmp/r.json',
    });
    expect(Object.keys(outputs).sort()).toEqual(names('outputs').sort());
  });
  test("the version the report carries is package.json's", () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).version);
  });
});
