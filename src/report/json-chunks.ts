/**
 * `JSON.stringify(value, null, 2)`, in pieces of at most about `PIECE_BYTES`: containers down to
 * the findings of each account are written out member by member, and each finding (any value
 * deeper) is stringified whole, so a secret inside a value is never cut between pieces. A report of
 * thousands of accounts, or of one account with thousands of users, is never one string in memory.
 */
export function* jsonChunks(value: object, pieceBytes = PIECE_BYTES): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  for (const part of parts(value, 0)) {
    pending.push(part);
    length += part.length;
    if (length >= pieceBytes) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield pending.join('');
}

const PIECE_BYTES = 64 * 1024;
/** Report → accounts → account → findings: the containers written member by member. */
const STREAMED_LEVELS = 4;

function* parts(value: unknown, depth: number): Generator<string> {
  if (depth >= STREAMED_LEVELS || !isPlainContainer(value)) {
    yield stringifiedAt(value, depth);
    return;
  }
  const pad = '  '.repeat(depth);
  const inner = `${pad}  `;
  if (Array.isArray(value)) {
    yield '[\n';
    for (const [i, item] of value.entries()) {
      yield inner;
      yield* parts(item === undefined || typeof item === 'function' ? null : item, depth + 1);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${pad}]`;
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => !omitted(v));
  yield '{\n';
  for (const [i, [key, item]] of entries.entries()) {
    yield `${inner}${JSON.stringify(key)}: `;
    yield* parts(item, depth + 1);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${pad}}`;
}

/** An array or plain object with members; anything else (toJSON, empty) is left to stringify. */
function isPlainContainer(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return value.length > 0;
  return Object.values(value).some((v) => !omitted(v));
}

function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * A value as JSON.stringify writes it `depth` levels in: stringified inside as many wrapping
 * arrays, then cut out, which is faster than indenting each of its lines afterwards.
 */
function stringifiedAt(value: unknown, depth: number): string {
  if (depth === 0) return JSON.stringify(value, null, 2) ?? 'null';
  let wrapped: unknown = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  const { head, tail } = wrapperAt(depth);
  return text.slice(head, text.length - tail);
}

const wrappers: Array<{ head: number; tail: number }> = [];

function wrapperAt(depth: number): { head: number; tail: number } {
  let known = wrappers[depth];
  if (!known) {
    let probe: unknown = 0;
    for (let i = 0; i < depth; i++) probe = [probe];
    const text = JSON.stringify(probe, null, 2);
    const head = text.indexOf('0');
    known = { head, tail: text.length - head - 1 };
    wrappers[depth] = known;
  }
  return known;
}
