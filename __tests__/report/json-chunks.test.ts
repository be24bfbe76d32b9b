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

  test('each item of a top-level array is its own piece', () => {
    const chunks = [...jsonChunks({ accounts: [{ a: 1 }, { b: 2 }, { c: 3 }] })];
    expect(
      chunks.filter((c) => c.includes('"a"') || c.includes('"b"') || c.includes('"c"')),
    ).toHaveLength(3);
  });
});
