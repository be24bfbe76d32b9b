// The rooms of src/ and the imports between them, as a Mermaid graph (GitHub draws it), from
// dependency-cruiser's reading of the code with the rules in .dependency-cruiser.cjs.
//   npx tsx scripts/architecture-graph.ts           prints the graph
//   npx tsx scripts/architecture-graph.ts --write   writes it into docs/architecture.md
// __tests__/architecture.test.ts keeps docs/architecture.md equal to what this prints.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOC = path.join(ROOT, 'docs/architecture.md');
const BEGIN = '<!-- graph: scripts/architecture-graph.ts -->';
const END = '<!-- end of graph -->';
/** The rooms in the order data flows through a run; the graph lists them so. */
export const ROOMS_IN_ORDER = [
  'index.ts',
  'main.ts',
  'modes',
  'finish.ts',
  'inputs',
  'merge',
  'audit',
  'aws',
  'controls',
  'scheduled',
  'outcome',
  'report',
  'report format',
  'model.ts',
  'runtime',
];

/** The room of a module: its folder under src/, a file at src/'s root, or the report's format. */
export function roomOf(source: string): string | undefined {
  if (/^src\/report\/json-(format|reader)\.ts$/.test(source)) return 'report format';
  const match = /^src\/([^/]+)(\/)?/.exec(source);
  return match ? match[1] : undefined;
}

export function architectureGraph(): string {
  const json = execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs'),
      'src',
      '--config',
      '.dependency-cruiser.cjs',
      '--include-only',
      '^src/',
      '--output-type',
      'json',
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const edges = new Set<string>();
  const { modules } = JSON.parse(json) as {
    modules: Array<{ source: string; dependencies: Array<{ resolved: string }> }>;
  };
  for (const module of modules) {
    const from = roomOf(module.source);
    for (const dependency of module.dependencies) {
      const to = roomOf(dependency.resolved);
      if (from && to && from !== to) edges.add(`${from}\n${to}`);
    }
  }
  const rooms = [...new Set([...edges].flatMap((edge) => edge.split('\n')))];
  const unknown = rooms.filter((room) => !ROOMS_IN_ORDER.includes(room));
  if (unknown.length > 0)
    throw new Error(`rooms missing from ROOMS_IN_ORDER: ${unknown.join(', ')}`);
  const id = (room: string) => room.replace(/[^a-z]+/g, '_');
  const rank = (room: string) => ROOMS_IN_ORDER.indexOf(room);
  const lines = ['flowchart TD'];
  for (const room of ROOMS_IN_ORDER.filter((r) => rooms.includes(r)))
    lines.push(`  ${id(room)}["${room}"]`);
  for (const edge of [...edges].sort((a, b) => {
    const [a1, a2] = a.split('\n');
    const [b1, b2] = b.split('\n');
    return rank(a1 as string) - rank(b1 as string) || rank(a2 as string) - rank(b2 as string);
  })) {
    const [from, to] = edge.split('\n') as [string, string];
    lines.push(`  ${id(from)} --> ${id(to)}`);
  }
  return `${BEGIN}\n\n\`\`\`mermaid\n${lines.join('\n')}\n\`\`\`\n\n${END}`;
}

/** docs/architecture.md's graph as committed. */
export function committedGraph(): string | undefined {
  const doc = readFileSync(DOC, 'utf8');
  const from = doc.indexOf(BEGIN);
  const to = doc.indexOf(END);
  return from >= 0 && to > from ? doc.slice(from, to + END.length) : undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const graph = architectureGraph();
  if (process.argv.includes('--write')) {
    const doc = readFileSync(DOC, 'utf8');
    const old = committedGraph();
    if (!old) throw new Error(`${DOC} has no ${BEGIN} … ${END} block`);
    writeFileSync(DOC, doc.replace(old, graph));
  } else console.log(graph);
}
