// The release notes of one version: the body of its `## [VERSION]` section in CHANGELOG.md (Keep a
// Changelog), without the heading. Exits 1, saying why, when the section is missing or empty.
// Usage: node scripts/changelog-notes.mjs 0.1.0 [CHANGELOG.md]
import { readFileSync } from 'node:fs';

export function changelogSection(text, version) {
  const lines = text.split('\n');
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const heading = new RegExp(`^## \\[${escaped}\\](?:\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    // Link reference definitions ([0.1.0]: https://…) belong to the file's foot, not to a section.
    .filter((line) => !/^\[[^\]]+\]:\s/.test(line))
    .join('\n')
    .trim();
  return body === '' ? undefined : body;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  if (!version) {
    console.error('usage: changelog-notes.mjs VERSION [CHANGELOG.md]');
    process.exit(2);
  }
  const notes = changelogSection(readFileSync(file, 'utf8'), version.replace(/^v/, ''));
  if (notes === undefined) {
    console.error(`${file} has no non-empty "## [${version}]" section`);
    process.exit(1);
  }
  console.log(notes);
}
