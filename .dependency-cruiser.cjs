// The layering of src/ (design.md, "The shape of the code"), checked by `npm run deps` in `npm test`.
// The rooms (scripts/architecture-rooms.json) are listed in the order data flows through a run: a room
// may import the rooms before it and itself, never one after it, and rooms of one step (aws/ and
// controls/, audit/ and merge/) not each other. `__tests__/architecture.test.ts` proves that each rule
// can fail.

// eslint-disable-next-line @typescript-eslint/no-require-imports -- dependency-cruiser loads its config as CommonJS
const { steps } = require('./scripts/architecture-rooms.json');

const rooms = steps.flatMap((step, rank) => step.map(({ name, path }) => ({ name, path, rank })));
/** A rule's name: `report format` → `report-format`, `model.ts` → `model`. */
const slug = (name) => name.replace(/[.]ts$/, '').replace(/ /g, '-');

/** One rule per room: nothing from a later step, nor from a sibling room of the same step. */
const layerRules = rooms.flatMap((room) => {
  const above = rooms.filter(
    (other) => other.rank > room.rank || (other.rank === room.rank && other !== room),
  );
  if (above.length === 0) return [];
  return {
    name: `${slug(room.name)}-imports-no-room-after-it`,
    severity: 'error',
    comment: `${room.name} may import only ${
      rooms
        .filter((other) => other.rank < room.rank)
        .map((other) => other.name)
        .join(', ') || 'nothing outside itself'
    } and itself: data flows one way.`,
    from: { path: room.path },
    to: { path: above.map((other) => other.path) },
  };
});

/** Where @actions/core may be called: the entry, the modes, finish, reading inputs, the writers. */
const ACTIONS_EDGES = [
  '^src/index[.]ts$',
  '^src/main[.]ts$',
  '^src/finish[.]ts$',
  '^src/modes/',
  '^src/inputs/raw-inputs[.]ts$',
  '^src/report/writers[.]ts$',
  '^src/scheduled/tracking-writer[.]ts$',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'aws-types-stay-in-aws',
      severity: 'error',
      comment: 'AWS SDK types and clients stay in src/aws/: everything above it is plain data.',
      from: { path: '^src/', pathNot: '^src/aws/' },
      to: { path: '(^|/)node_modules/@(aws-sdk|smithy)/' },
    },
    {
      name: 'actions-core-at-the-edges',
      severity: 'error',
      comment: `@actions/core is called only at the edges: ${ACTIONS_EDGES.join(', ')}.`,
      from: { path: '^src/', pathNot: ACTIONS_EDGES },
      to: { path: '(^|/)node_modules/@actions/core/' },
    },
    {
      name: 'octokit-only-for-the-tracking-issue',
      severity: 'error',
      comment: '@actions/github (Octokit, undici) is loaded only for the tracking issue.',
      from: { path: '^src/', pathNot: '^src/scheduled/tracking-writer[.]ts$' },
      to: { path: '(^|/)node_modules/@actions/github/' },
    },
    {
      name: 'controls-and-reporters-do-no-io',
      severity: 'error',
      comment:
        'Controls and reporters are pure functions of plain data: no file system, network or process.',
      from: { path: ['^src/controls/', '^src/report/'], pathNot: '^src/report/writers[.]ts$' },
      to: {
        dependencyTypes: ['core'],
        path: '^(node:)?(fs|fs/promises|net|http|https|child_process|process|os)$',
      },
    },
    {
      name: 'reporters-read-plain-data',
      severity: 'error',
      comment:
        'Reporters read findings, never the rooms that gather them (aws/, audit/, merge/): a report can be rendered from a literal.',
      from: { path: '^src/report/' },
      to: { path: ['^src/aws/', '^src/audit/', '^src/merge/'] },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle makes two rooms one: split the shared part into the lower room.',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    // Type-only imports count: a type from a later room is a dependency on that room all the same.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: {
      archi: { collapsePattern: '^src/(report/json-(format|reader)[.]ts|[^/]+/|[^/]+[.]ts)' },
    },
  },
};
