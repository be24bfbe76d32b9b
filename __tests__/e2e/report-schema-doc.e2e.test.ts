// docs/report-schema.md documents the JSON report field by field (issue 22.5). This test runs
// dist/index.js the ways a report gets its fields (one account with a baseline and exceptions, an
// Organization, a change event, shards and their merge), collects every key path the reports hold,
// and requires the documented paths to be exactly those: a field written but not documented, or
// documented but never written, fails it.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { demoAccount, type FakeAccount } from '../fake-aws/account.js';
import {
  generatedOrganization,
  HUB_ROLE_ARN,
  sixAccountOrganization,
} from '../fake-aws/organization.js';
import { ROOT, runAction } from '../fake-aws/run-action.js';
import { startFakeOrganization } from '../fake-aws/server.js';
import { changePayload, dispatchEnv } from './dispatch-event.js';
import { scenario, scenarioOrg } from './harness.js';

const DOC = path.join(ROOT, 'docs/report-schema.md');
/** Free-form maps: the document describes the map, not its keys. */
const MAPS = ['accounts[].findings[].evidence.observed'];

/** Every key path of a JSON value: `a.b`, `a[].b` for objects in arrays; children of MAPS left out. */
function keyPaths(value: unknown, prefix = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) keyPaths(item, `${prefix}[]`, into);
  } else if (value !== null && typeof value === 'object') {
    if (MAPS.includes(prefix)) return into;
    for (const [key, child] of Object.entries(value)) {
      const at = prefix ? `${prefix}.${key}` : key;
      into.add(at);
      keyPaths(child, at, into);
    }
  }
  return into;
}

/** The `Field` column of every table in the document: backquoted dotted paths. */
function documentedPaths(markdown: string): string[] {
  const paths: string[] = [];
  for (const table of markdown.split(/\n(?!\|)/)) {
    const lines = table.split('\n').filter((line) => line.startsWith('|'));
    const header = lines[0]?.split('|').map((cell) => cell.trim());
    const column = header?.indexOf('Field') ?? -1;
    if (column < 0) continue;
    for (const row of lines.slice(2)) {
      const cell = row.split('|')[column]?.trim() ?? '';
      const match = /^`([^`]+)`$/.exec(cell);
      if (!match) throw new Error(`a Field cell that is not one backquoted path: ${row}`);
      paths.push(match[1] as string);
    }
  }
  return paths;
}

const demo = (): FakeAccount => ({ ...demoAccount(), accountId: '111122223333' });
const reports: Record<string, unknown> = {};

beforeAll(async () => {
  // One account: a baseline that makes entries new, fixed and unknown now, and exceptions used,
  // unused and expired.
  const first = await scenario(demo());
  const baseline = structuredClone(first.report);
  const findings = baseline.accounts[0].findings as Array<Record<string, unknown>>;
  const failing = findings.filter((f) => f.status === 'FAILED');
  const passing = findings.find((f) => f.status === 'PASSED') as Record<string, unknown>;
  baseline.accounts[0].findings = [
    ...findings.filter((f) => f !== failing[0]), // failing[0] is new
    { ...passing, status: 'FAILED', firstSeen: '2026-01-01T00:00:00.000Z' }, // fixed
    { ...failing[1], resource: 'arn:aws:iam::111122223333:user/gone' }, // fixed: gone
    { ...failing[1], control: 'IMA.1' }, // not selected now: unknown
  ];
  const dir = await mkdtemp(path.join(tmpdir(), 'report-schema-'));
  const file = path.join(dir, 'baseline.json');
  await writeFile(file, JSON.stringify(baseline));
  const exceptions = [
    "- control: IAM.19\n  account: '111122223333'\n  resource: bob\n  reason: accepted\n  expires: 2099-01-01",
    "- control: IAM.19\n  account: '222233334444'\n  resource: nobody\n  reason: unused\n  expires: 2099-01-01",
    "- control: [IAM.5]\n  account: '111122223333'\n  resource: bob\n  reason: expired\n  expires: 2026-01-01",
  ].join('\n');
  const one = await scenario(demo(), {
    inputs: { 'baseline-report': file, exceptions, 'fail-on': 'none' },
    env: { GITHUB_RUN_ATTEMPT: '2' },
  });
  reports.oneAccount = one.report;

  reports.organization = (
    await scenarioOrg(sixAccountOrganization(), {
      inputs: { 'role-to-assume': HUB_ROLE_ARN, accounts: 'organization' },
    })
  ).report;

  for (const payload of [
    changePayload(),
    changePayload({ event: 'ConsoleLogin', user: undefined, mfaUsed: 'No' }),
  ]) {
    const run = await scenario(demo(), { env: await dispatchEnv(payload) });
    reports[`change ${String(payload.event)}`] = run.report;
  }

  // Two shards of an Organization, then their merge.
  const org = generatedOrganization({ accounts: 4, usersPerAccount: 2, lackingMfa: 0.5 });
  const fake = await startFakeOrganization(org);
  const root = await mkdtemp(path.join(tmpdir(), 'report-schema-merge-'));
  await mkdir(path.join(root, 'shards'));
  try {
    for (const index of [1, 2]) {
      const run = await runAction(fake, {
        inputs: {
          'role-to-assume': HUB_ROLE_ARN,
          accounts: 'organization',
          shard: `${index}/2`,
          'fail-on': 'none',
        },
      });
      reports[`shard ${index}`] = run.report;
      await writeFile(
        path.join(root, 'shards', `shard-${index}.json`),
        await readFile(run.outputs['report-path'] as string),
      );
    }
    const merge = await runAction(fake, {
      ambient: true,
      inputs: { 'merge-reports': 'shards/*.json' },
      env: { GITHUB_WORKSPACE: root },
    });
    reports.merge = merge.report;
  } finally {
    await fake.close();
  }
}, 300_000);

describe('docs/report-schema.md', () => {
  test('every run wrote a report of the documented schemaVersion', async () => {
    const doc = await readFile(DOC, 'utf8');
    const version = /schemaVersion`? (\d+)/.exec(doc)?.[1];
    for (const [name, report] of Object.entries(reports))
      expect([name, (report as { schemaVersion?: number }).schemaVersion]).toEqual([
        name,
        Number(version),
      ]);
  });

  test('the runs reached the parts of the schema they are here for', () => {
    const one = reports.oneAccount as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(one.sinceBaseline.new.length).toBeGreaterThan(0);
    expect(one.sinceBaseline.fixed.length).toBeGreaterThan(0);
    expect(one.sinceBaseline.unknownNow.length).toBeGreaterThan(0);
    expect(one.exceptions.unused.length).toBe(1);
    expect(one.exceptions.expired.length).toBe(1);
    expect(one.exceptions.excepted).toBeGreaterThan(0);
    expect(reports['change ConsoleLogin']).toHaveProperty('trigger.mfaUsed', false);
    expect(reports.merge).toHaveProperty('accounts');
    expect((reports.merge as { errors: string[] }).errors).toEqual([]);
  });

  test('the documented fields are exactly the fields the reports hold', async () => {
    const written = new Set<string>();
    for (const report of Object.values(reports)) keyPaths(report, '', written);
    const documented = documentedPaths(await readFile(DOC, 'utf8'));
    expect(documented.length).toBe(new Set(documented).size); // none documented twice
    const missing = [...written].filter((p) => !documented.includes(p)).sort();
    const never = documented.filter((p) => !written.has(p)).sort();
    expect({ writtenButNotDocumented: missing, documentedButNeverWritten: never }).toEqual({
      writtenButNotDocumented: [],
      documentedButNeverWritten: [],
    });
  });
});

describe("docs/report-schema.md's example", () => {
  test('is JSON whose every field is documented', async () => {
    const doc = await readFile(DOC, 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const documented = documentedPaths(doc);
    const undocumented = [...keyPaths(JSON.parse(example as string))].filter(
      (p) => !documented.includes(p),
    );
    expect(undocumented).toEqual([]);
  });
});

describe('the collectors (so that agreeing means something)', () => {
  test('keyPaths names nested objects and objects in arrays, and keeps out the free-form map', () => {
    const paths = keyPaths({
      a: { b: 1 },
      accounts: [{ findings: [{ evidence: { observed: { anything: 1 } } }] }],
    });
    expect([...paths].sort()).toEqual(
      [
        'a',
        'a.b',
        'accounts',
        'accounts[].findings',
        'accounts[].findings[].evidence',
        'accounts[].findings[].evidence.observed',
      ].sort(),
    );
  });

  test('documentedPaths reads the Field column and refuses a cell it cannot read', () => {
    const table = '| Field | Meaning |\n| --- | --- |\n| `a.b` | x |\n| `c[].d` | y |\n';
    expect(documentedPaths(`text\n\n${table}\nmore`)).toEqual(['a.b', 'c[].d']);
    expect(() => documentedPaths('| Field |\n| --- |\n| a.b |\n')).toThrow();
  });
});
