// The layering of src/ (docs/architecture.md): `npm run deps` checks the project against the rules of
// .dependency-cruiser.cjs; here, that each rule can fail, that the tree has only rooms, and that the
// documented graph is the one the code has.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from '@jest/globals';
import { architectureGraph, committedGraph, ROOMS, roomOf } from '../scripts/architecture-graph.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CRUISER = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** dependency-cruiser with the project's rules over `dir`'s src/: the violations it reports. */
function violations(dir: string): Violation[] {
  const run = spawnSync(
    process.execPath,
    [
      CRUISER,
      'src',
      '--config',
      path.join(ROOT, '.dependency-cruiser.cjs'),
      '--output-type',
      'json',
    ],
    { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  if (!run.stdout) throw new Error(`dependency-cruiser printed nothing: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

/** A small tree of src/ in which each file breaks one rule, beside the project's packages. */
const BROKEN: Record<string, string> = {
  'src/model.ts': 'export type Id = string;',
  'src/main.ts': "import { audit } from './modes/audit.js';\nexport const run = audit;",
  'src/modes/audit.ts': 'export const audit = 1;',
  'src/runtime/clock.ts': "import type { Id } from '../model.js';\nexport type Clock = Id;",
  'src/inputs/config.ts': "import { run } from '../main.js';\nexport const config = run;",
  'src/aws/reads.ts':
    "import type { Summary } from '../report/summary.js';\nexport type Read = Summary;",
  'src/controls/iam9.ts':
    "import { readFileSync } from 'node:fs';\nimport type { Read } from '../aws/reads.js';\nexport const iam9 = (r: Read) => readFileSync(String(r));",
  'src/audit/account.ts':
    "import type { IAMClient } from '@aws-sdk/client-iam';\nexport type Client = IAMClient;",
  'src/scheduled/tracking.ts':
    "import { getOctokit } from '@actions/github';\nexport const octokit = getOctokit;",
  'src/outcome/one.ts': "import { two } from './two.js';\nexport const one = () => two();",
  'src/outcome/two.ts': "import { one } from './one.js';\nexport const two = (): unknown => one;",
  'src/report/summary.ts':
    "import * as core from '@actions/core';\nimport { audit } from '../modes/audit.js';\nimport type { Client } from '../audit/account.js';\nexport type Summary = Client;\nexport const summary = () => core.info(String(audit));",
};

describe('the layering of src/', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'architecture-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('each rule fails on a tree that breaks it, type-only imports included', () => {
    for (const [file, text] of Object.entries(BROKEN)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), `${text}\n`);
    }
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true },
      }),
    );
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const found = violations(dir).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    const expected = [
      'runtime-imports-no-room-after-it: src/runtime/clock.ts → src/model.ts',
      'inputs-imports-no-room-after-it: src/inputs/config.ts → src/main.ts',
      'aws-imports-no-room-after-it: src/aws/reads.ts → src/report/summary.ts',
      'controls-imports-no-room-after-it: src/controls/iam9.ts → src/aws/reads.ts',
      'controls-and-reporters-do-no-io: src/controls/iam9.ts → fs',
      'report-imports-no-room-after-it: src/report/summary.ts → src/modes/audit.ts',
      'reporters-read-plain-data: src/report/summary.ts → src/audit/account.ts',
      'no-cycles: src/outcome/one.ts → src/outcome/two.ts',
    ];
    for (const line of expected) expect(found).toContain(line);
    // Packages resolve to their type declarations: match the rule and the importer only.
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^aws-types-stay-in-aws: src\/audit\/account\.ts → .*node_modules\/@aws-sdk\/client-iam\//,
        ),
        expect.stringMatching(
          /^actions-core-at-the-edges: src\/report\/summary\.ts → .*node_modules\/@actions\/core\//,
        ),
        expect.stringMatching(
          /^octokit-only-for-the-tracking-issue: src\/scheduled\/tracking\.ts → .*node_modules\/@actions\/github\//,
        ),
      ]),
    );
  });

  test("src/'s root holds only index.ts, main.ts, finish.ts and model.ts; every other file is in a room", () => {
    const files = readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
    expect(files.filter((file) => !file.slice(4).includes('/')).sort()).toEqual([
      'src/finish.ts',
      'src/index.ts',
      'src/main.ts',
      'src/model.ts',
    ]);
    // Every file is in exactly one room of the rules: a file in none would be under no rule.
    const notInOneRoom = files.filter(
      (file) => ROOMS.filter((room) => new RegExp(room.path).test(file)).length !== 1,
    );
    expect(notInOneRoom).toEqual([]);
    expect(roomOf('src/report/json-reader.ts')).toBe('report format');
    expect(roomOf('src/report/json.ts')).toBe('report');
  });

  test("docs/architecture.md's graph is what the code imports today", () => {
    expect(committedGraph()).toBe(architectureGraph());
  });
});
