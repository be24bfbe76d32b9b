import { describe, expect, test } from '@jest/globals';
import { jsonChunks } from '../../src/report/json-chunks.js';

describe('jsonChunks', () => {
  test.each([
    [{}],
    [{ a: 1, b: 'two', c: null }],
    [{ schemaVersion: 2, accounts: [], errors: ['x'] }],
    [
      {
        run: { id: 1 },
        accounts: [{ id: 'a', findings: [{ x: [1, 2], y: {} }] }, { id: 'b' }],
        totals: { n: 2 },
      },
    ],
    [{ skip: undefined, list: [[1], 'two', { three: 'line\nbreak' }] }],
    [{ items: [undefined, [], {}, [[1, { deep: [] }]], 'x', 0] }],
  ])('pieces join into JSON.stringify(value, null, 2): %j', (value) => {
    expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2));
  });

  test.each([1, 100, 64 * 1024])(
    'pieces of at most %i bytes (besides one value) join into the same JSON',
    (pieceBytes) => {
      const value = {
        accounts: [{ id: 'a', findings: [{ x: [1, 2], y: { z: 'deep' } }, { q: null }] }],
        totals: { n: 2, byStatus: { PASSED: 1 } },
      };
      expect([...jsonChunks(value, pieceBytes)].join('')).toBe(JSON.stringify(value, null, 2));
    },
  );

  test("one account's thousands of findings are written in bounded pieces, each finding whole", () => {
    const secret = 'AKIA' + 'S'.repeat(36);
    const findings = Array.from({ length: 10_000 }, (_, i) => ({
      control: 'IAM.19',
      resource: `arn:aws:iam::123456789012:user/user-${i}`,
      evidence: { observed: { note: i === 5_000 ? `leaked ${secret} here` : 'none' } },
    }));
    const report = { schemaVersion: 2, accounts: [{ accountId: '123456789012', findings }] };
    const chunks = [...jsonChunks(report)];
    expect(chunks.join('')).toBe(JSON.stringify(report, null, 2));
    const largestFinding = Math.max(...findings.map((f) => JSON.stringify(f, null, 2).length));
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(64 * 1024 + 2 * largestFinding);
    // A finding is never cut: the secret is whole in the piece that holds it.
    expect(chunks.filter((chunk) => chunk.includes(secret))).toHaveLength(1);
    expect(chunks.filter((chunk) => chunk.includes('AKIASSSS'))).toHaveLength(1);
  });
});
