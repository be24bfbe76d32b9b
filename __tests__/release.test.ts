// A release that exists: every reference to this action names package.json's major version, and the
// release workflow checks the tag against package.json, tests, checks dist/, publishes CHANGELOG.md's
// notes and moves the major tag. Its shell steps are run here, as the runner would run them.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { ROOT } from './fake-aws/run-action.js';
// @ts-expect-error: a plain .mjs script, without types
import { changelogSection } from '../scripts/changelog-notes.mjs';

const require = createRequire(import.meta.url);
const { validateWorkflow } = require('@action-validator/core') as {
  validateWorkflow: (src: string) => { errors: Array<{ title: string; path?: string }> };
};
const section = changelogSection as (text: string, version: string) => string | undefined;

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const VERSION = JSON.parse(read('package.json')).version as string;
const MAJOR = `v${VERSION.split('.')[0]}`;

/** Every file under these paths (text the repository ships or shows), the bundle and fixtures aside. */
function filesUnder(...roots: string[]): string[] {
  const out: string[] = [];
  const walk = (relative: string) => {
    const full = path.join(ROOT, relative);
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full)) walk(path.join(relative, name));
    } else out.push(relative);
  };
  for (const root of roots) walk(root);
  return out;
}

/** `OWNER/iam-mfa-audit@vN…` in a `uses:`, and `…/iam-mfa-audit//deploy/…?ref=vN…` in a Terraform source. */
const REFERENCE = /[\w.-]+\/iam-mfa-audit(?:@|\/\/[^\s"?]*\?ref=)(v\d+[\w.-]*|[^\s"'`]+)/g;

function references(text: string): string[] {
  return [...text.matchAll(REFERENCE)].map((m) => m[0]);
}

describe('every reference to this action names package.json’s major version', () => {
  const files = [
    'README.md',
    'SECURITY.md',
    'CHANGELOG.md',
    ...filesUnder('docs', 'deploy', 'src', '.github'),
  ];
  const found = files.flatMap((file) =>
    references(read(file)).map((reference) => [file, reference] as const),
  );

  test('the search finds the references there are (so that none wrong means something)', () => {
    const where = new Set(found.map(([file]) => file));
    for (const file of ['README.md', 'deploy/README.md', 'src/report/summary.ts'])
      expect(where).toContain(file);
    expect(references('uses: octo-org/iam-mfa-audit@v1\n')).toEqual(['octo-org/iam-mfa-audit@v1']);
    expect(
      references('source = "github.com/x/iam-mfa-audit//deploy/terraform/single-account?ref=v2"'),
    ).toEqual(['x/iam-mfa-audit//deploy/terraform/single-account?ref=v2']);
    expect(references('uses: x/iam-mfa-audit@main')).toEqual(['x/iam-mfa-audit@main']);
  });

  test(`each names ${MAJOR} (package.json ${VERSION}), by a version tag`, () => {
    const wrong = found.filter(([, reference]) => {
      const version = /(?:@|\?ref=)(v\d+)(?:\.\d+\.\d+)?$/.exec(reference);
      return version?.[1] !== MAJOR;
    });
    expect(wrong.map(([file, reference]) => `${file}: ${reference}`)).toEqual([]);
  });
});

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
const releaseText = read('.github/workflows/release.yml');
const release = parse(releaseText) as {
  on: { push: { tags: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>;
};
const job = Object.values(release.jobs)[0] as {
  permissions: Record<string, string>;
  steps: Step[];
};
const steps = job.steps;
const stepIndex = (match: (step: Step) => boolean) => {
  const index = steps.findIndex(match);
  expect(index).toBeGreaterThanOrEqual(0);
  return index;
};
const named = (pattern: RegExp) => steps[stepIndex((s) => pattern.test(s.name ?? ''))] as Step;

/** Runs a step's script as the runner does (bash -e), with its env's literal values and these. */
function runStep(step: Step, env: Record<string, string>, pathPrefix?: string) {
  const result = spawnSync('bash', ['-e', '-c', step.run ?? ''], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...env,
      PATH: pathPrefix ? `${pathPrefix}:${process.env.PATH}` : process.env.PATH,
    },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the release workflow', () => {
  test('is a valid workflow, run by a pushed tag vX.Y.Z, with contents: write on its job only', () => {
    expect(validateWorkflow(releaseText).errors).toEqual([]);
    expect(release.on.push.tags).toEqual(['v*.*.*']);
    expect(release.permissions).toEqual({ contents: 'read' });
    expect(job.permissions).toEqual({ contents: 'write' });
  });

  test('pins every action by commit SHA with its version, the same as ci.yml', () => {
    const ci = read('.github/workflows/ci.yml');
    const uses = [...releaseText.matchAll(/uses: (\S+)(.*)/g)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [line, action, comment] of uses) {
      expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(comment).toMatch(/^ # v\d+\.\d+\.\d+$/);
      expect(ci).toContain(line);
    }
  });

  test('installs, tests and checks dist/ as CI does, before anything is published', () => {
    const publish = stepIndex((s) => /gh release create/.test(s.run ?? ''));
    const moveMajor = stepIndex((s) => /git push -f origin/.test(s.run ?? ''));
    const order = [
      stepIndex((s) => /^The tag is v/.test(s.name ?? '')),
      stepIndex((s) => s.run === 'npm ci'),
      stepIndex((s) => s.run === 'bash scripts/install-browser.sh'),
      stepIndex((s) => s.run === 'npm test'),
      stepIndex((s) => s.run === 'npm run bundle'),
      stepIndex((s) => /git status --porcelain -- dist/.test(s.run ?? '')),
      publish,
      moveMajor,
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(steps.find((s) => s.run === 'npm test')?.env).toEqual({
      REQUIRE_BROWSER: '1',
      REQUIRE_NODE24: '1',
    });
    expect(steps[publish]?.env?.GH_TOKEN).toBe('${{ github.token }}');
  });

  test('refuses a tag that is not v + package.json’s version', () => {
    const check = named(/^The tag is v/);
    expect(check.env?.TAG).toBe('${{ github.ref_name }}');
    expect(runStep(check, { TAG: `v${VERSION}` }).status).toBe(0);
    for (const tag of ['v9.9.9', VERSION, `v${VERSION}-rc.1`, `${MAJOR}`]) {
      const refused = runStep(check, { TAG: tag });
      expect(refused.status).not.toBe(0);
      expect(refused.output).toContain(`::error::The tag ${tag} is not v + package.json's version`);
    }
  });

  test('refuses a tag on a commit that main does not have, before anything is published', () => {
    const check = named(/^The tagged commit is on main/);
    expect(stepIndex((s) => s === check)).toBeLessThan(
      stepIndex((s) => /gh release create/.test(s.run ?? '')),
    );
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    const bin = mkdtempSync(path.join(tmpdir(), 'fake-git-'));
    const fakeGit = (status: number) =>
      writeFileSync(
        path.join(bin, 'git'),
        `#!/bin/sh\necho "$*" > "${bin}/args"\nexit ${status}\n`,
      );
    fakeGit(0);
    chmodSync(path.join(bin, 'git'), 0o755);
    expect(runStep(check, { TAG: 'v0.3.1' }, bin).status).toBe(0);
    expect(readFileSync(path.join(bin, 'args'), 'utf8')).toBe(
      'merge-base --is-ancestor HEAD refs/remotes/origin/main\n',
    );
    fakeGit(1);
    const refused = runStep(check, { TAG: 'v0.3.1' }, bin);
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('::error::The tag v0.3.1 is on a commit that is not on main');
  });

  test('takes the notes from CHANGELOG.md’s section for the tag, and refuses a version without one', () => {
    const notes = named(/release notes/);
    const temp = mkdtempSync(path.join(tmpdir(), 'release-'));
    expect(runStep(notes, { TAG: `v${VERSION}`, RUNNER_TEMP: temp }).status).toBe(0);
    const written = readFileSync(path.join(temp, 'release-notes.md'), 'utf8');
    expect(written.trim()).toBe(section(read('CHANGELOG.md'), VERSION));
    expect(written).not.toMatch(/^## /m);
    const missing = runStep(notes, { TAG: 'v9.9.9', RUNNER_TEMP: temp });
    expect(missing.status).not.toBe(0);
    expect(missing.output).toContain('has no non-empty "## [v9.9.9]" section');
  });

  test('moves the major tag to the released commit, and leaves it for a pre-release', () => {
    const move = named(/major tag/);
    const bin = mkdtempSync(path.join(tmpdir(), 'fake-git-'));
    const log = path.join(bin, 'calls.log');
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$*" >> "${log}"\n`);
    chmodSync(path.join(bin, 'git'), 0o755);
    expect(runStep(move, { TAG: 'v0.3.1' }, bin).status).toBe(0);
    const calls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    expect(calls.filter((c) => !c.startsWith('config '))).toEqual([
      'tag -f -a v0 -m v0: v0.3.1 HEAD',
      'push -f origin refs/tags/v0',
    ]);
    writeFileSync(log, '');
    expect(runStep(move, { TAG: 'v1.0.0' }, bin).status).toBe(0);
    expect(readFileSync(log, 'utf8')).toContain('push -f origin refs/tags/v1\n');
    writeFileSync(log, '');
    expect(runStep(move, { TAG: 'v0.4.0-rc.1' }, bin).status).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe('');
  });
});

describe('CHANGELOG.md', () => {
  const changelog = read('CHANGELOG.md');
  test(`keeps an Unreleased section and one for ${VERSION}, each with something in it`, () => {
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
    expect(section(changelog, 'Unreleased')).toBeDefined();
    expect(section(changelog, VERSION)).toMatch(/^### Added$/m);
  });

  test('a section runs to the next version, without the link definitions at the foot', () => {
    const text = [
      '# Changelog',
      '## [Unreleased]',
      '',
      '## [0.1.10] - 2026-01-02',
      '- ten',
      '## [0.1.1]',
      '- one',
      '',
      '[0.1.1]: https://example.com/v0.1.1',
    ].join('\n');
    expect(section(text, 'Unreleased')).toBeUndefined();
    expect(section(text, '0.1.10')).toBe('- ten');
    expect(section(text, '0.1.1')).toBe('- one');
    expect(section(text, '0.1')).toBeUndefined();
    expect(section(text, '0.1.1.0')).toBeUndefined();
  });
});
