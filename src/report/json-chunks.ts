/**
 * `JSON.stringify(value, null, 2)`, in pieces: each item of the top-level arrays is its own piece,
 * so a report of a thousand accounts is written without one string of all of it in memory.
 */
export function* jsonChunks(value: object): Generator<string> {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (const [index, [key, item]] of entries.entries()) {
    const comma = index < entries.length - 1 ? ',' : '';
    if (Array.isArray(item) && item.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (const [i, element] of item.entries()) {
        yield `${arrayItem(element)}${i < item.length - 1 ? ',' : ''}\n`;
      }
      yield `  ]${comma}\n`;
    } else {
      yield `  ${JSON.stringify(key)}: ${indent(JSON.stringify(item, null, 2), '  ').trimStart()}${comma}\n`;
    }
  }
  yield '}';
}

const WRAPPED_HEAD = '{\n  "a": [\n'.length;
const WRAPPED_TAIL = '\n  ]\n}'.length;

/**
 * An item of a top-level array, indented as JSON.stringify indents it there: stringified in place
 * of a wrapper, then cut out, which is faster than indenting every line of it afterwards.
 */
function arrayItem(element: unknown): string {
  const wrapped = JSON.stringify({ a: [element] }, null, 2);
  return wrapped.slice(WRAPPED_HEAD, wrapped.length - WRAPPED_TAIL);
}

function indent(text: string, pad: string): string {
  return pad + text.replace(/\n/g, `\n${pad}`);
}
