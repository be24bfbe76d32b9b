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
interface Room {
  name: string;
  path: string;
}
const { steps } = JSON.parse(
  readFileSync(path.join(ROOT, 'scripts/architecture-rooms.json'), 'utf8'),
) as { steps: Room[][] };

/** The rooms, the last step of the flow first: the graph lists them so, top down. */
export const ROOMS: readonly Room[] = steps.flat().reverse();

/** The room of a module (a path under src/): the one whose pattern it matches, if any. */
export function roomOf(source: string): string | undefined {
  return ROOMS.find((room) => new RegExp(room.path).test(source))?.name;
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
  const rooms = new Set([...edges].flatMap((edge) => edge.split('\n')));
  const id = (room: string) => room.replace(/[^a-z]+/g, '_');
  const rank = (name: string) => ROOMS.findIndex((room) => room.name === name);
  const lines = ['flowchart TD'];
  for (const { name } of ROOMS.filter((room) => rooms.has(room.name)))
    lines.push(`  ${id(name)}["${name}"]`);
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
