// After ncc: the marker Node needs to load dist/index.js as ESM, and chunks in ASCII.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
writeFileSync(new URL('package.json', dist), '{ "type": "module" }\n');

// A source with one character past Latin-1 (an emoji in a summary string) is held by V8 as
// two bytes a character, and scanned as such, on every start. \u escapes mean the same in
// strings, templates, regular expressions and comments (the bundle has no String.raw).
for (const file of readdirSync(dist).filter((name) => name.endsWith('.js'))) {
  const url = new URL(file, dist);
  const code = readFileSync(url, 'utf8');
  if (code.includes('String.raw'))
    throw new Error(`${file} uses String.raw: escaping would change it`);
  const ascii = code.replace(/[^\p{ASCII}]/gu, (character) =>
    // One escape per UTF-16 unit: an emoji is a surrogate pair, as JavaScript strings hold it.
    [...Array(character.length).keys()]
      .map((i) => `\\u${character.charCodeAt(i).toString(16).padStart(4, '0')}`)
      .join(''),
  );
  if (ascii !== code) writeFileSync(url, ascii);
}
