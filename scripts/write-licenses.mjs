// dist/licenses.txt from the packages ncc bundled into every chunk (its stats), not only the
// entry chunk: ncc's own --license output lists the entry chunk's packages alone once the bundle
// is split (dynamic imports load the Organizations SDK, Octokit, undici and tinyglobby on demand).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [statsFile, outFile] = process.argv.slice(2);
if (!statsFile || !outFile)
  throw new Error('usage: write-licenses.mjs <ncc stats.json> <licenses.txt>');
const root = process.cwd();
const stats = JSON.parse(readFileSync(statsFile, 'utf8'));

const packageDirs = new Set();
const visit = (modules = []) => {
  for (const module of modules) {
    visit(module.modules);
    const name = String(module.name ?? '');
    const at = name.lastIndexOf('node_modules/');
    if (at < 0) continue;
    const rest = name.slice(at + 'node_modules/'.length).split('/');
    const packageName = rest[0]?.startsWith('@') ? rest.slice(0, 2).join('/') : rest[0];
    if (packageName)
      packageDirs.add(path.join(root, name.slice(0, at), 'node_modules', packageName));
  }
};
visit(stats.modules);

const LICENSE_FILE = /^(licen[cs]e|copying)(\..*)?$/i;
const entries = new Map();
for (const dir of packageDirs) {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const license =
    typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'UNKNOWN');
  const file = existsSync(dir)
    ? readdirSync(dir).find((entry) => LICENSE_FILE.test(entry))
    : undefined;
  const text = file ? readFileSync(path.join(dir, file), 'utf8').trim() : '';
  const key =
    entries.has(manifest.name) && entries.get(manifest.name).version !== manifest.version
      ? `${manifest.name}@${manifest.version}`
      : manifest.name;
  entries.set(key, { version: manifest.version, license, text });
}
const text = [...entries]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, { license, text }]) => `${name}\n${license}${text ? `\n${text}` : ''}\n`)
  .join('\n');
writeFileSync(outFile, text);
console.log(`${outFile}: ${entries.size} packages`);
