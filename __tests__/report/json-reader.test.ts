import { describe, expect, test } from '@jest/globals';
import { decideOutcome } from '../../src/outcome/outcome.js';
import { READ_SCHEMA_VERSIONS, SCHEMA_VERSION } from '../../src/report/json-format.js';
import { buildJsonReport } from '../../src/report/json.js';
import { readJsonReport, ReportReadError } from '../../src/report/json-reader.js';
import { account, finding } from '../model-builders.js';

const written = (
  accounts = [account([finding('IAM.9', 'arn:aws:iam::111122223333:root', 'FAILED')])],
) =>
  JSON.stringify(
    buildJsonReport({
      version: '0.1.0',
      generatedAt: '2026-12-01T00:00:00.000Z',
      accounts,
      outcome: decideOutcome(accounts, 'critical'),
      failOn: 'critical',
      errors: [],
      controls: ['IAM.9'],
    }),
  );
const why = (text: string, versions?: readonly number[]) => {
  try {
    readJsonReport(text, versions);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportReadError);
    return `${(error as ReportReadError).kind}: ${(error as Error).message}`;
  }
  throw new Error('read');
};

describe('readJsonReport', () => {
  test("reads what the writer writes, at the writer's own schema version", () => {
    const report = readJsonReport(written());
    expect(report.schemaVersion).toBe(SCHEMA_VERSION);
    expect(report.accounts).toHaveLength(1);
    expect(readJsonReport(written(), [SCHEMA_VERSION]).tool.name).toBe('iam-mfa-audit');
  });

  test('the versions read run from the oldest still read up to the one written, none skipped', () => {
    expect(READ_SCHEMA_VERSIONS.at(-1)).toBe(SCHEMA_VERSION);
    expect(READ_SCHEMA_VERSIONS).toEqual(
      Array.from(
        { length: READ_SCHEMA_VERSIONS.length },
        (_, i) => (READ_SCHEMA_VERSIONS[0] ?? 0) + i,
      ),
    );
  });

  test('says why a text is not a report it reads', () => {
    expect(why('{')).toMatch(/^json: it is not JSON/);
    expect(why('[]')).toBe('not-ours: it is not a JSON object');
    expect(why('{"runs":[]}')).toBe('not-ours: tool.name is not iam-mfa-audit');
    const newer = JSON.stringify({ ...JSON.parse(written()), schemaVersion: SCHEMA_VERSION + 1 });
    expect(why(newer)).toContain(
      `version: schemaVersion ${SCHEMA_VERSION + 1} is not one this version reads`,
    );
    const older = JSON.stringify({ ...JSON.parse(written()), schemaVersion: 1 });
    expect(why(older, [SCHEMA_VERSION])).toContain('version: schemaVersion 1 is not one');
    const cut = JSON.stringify({ ...JSON.parse(written()), accounts: undefined });
    expect(why(cut)).toBe('not-ours: it has no accounts list');
  });
});
