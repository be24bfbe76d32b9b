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
        yield `${indent(JSON.stringify(element, null, 2) ?? 'null', '    ')}${i < item.length - 1 ? ',' : ''}\n`;
      }
      yield `  ]${comma}\n`;
    } else {
      yield `  ${JSON.stringify(key)}: ${indent(JSON.stringify(item, null, 2), '  ').trimStart()}${comma}\n`;
    }
  }
  yield '}';
}

function indent(text: string, pad: string): string {
  return pad + text.replace(/\n/g, `\n${pad}`);
}
