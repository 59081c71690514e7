/**
 * The floors of src/, lowest first (docs/architecture.md draws the same map). A file may import
 * files on its own floor or below, never above; no import cycle anywhere in src/. Checked by
 * `npm run lint:deps` (part of `npm run lint`) and by test/architecture/layers.test.ts, which
 * `npm test` runs.
 *
 * Paths are regular expressions over paths relative to the repository root. Two folders are
 * split between floors: src/graphql/schema.ts and apollo.ts assemble and serve the schema (doors),
 * while the rest of src/graphql — builder, scalars, errors, pagination — is the toolkit the
 * modules build their types with (platform); src/jobs/queue.ts, the typed queue every floor above
 * adds jobs to, is platform, while the worker and its tasks (the rest of src/jobs) are doors.
 */
const floors = [
  { name: 'base', path: '^src/(lib/|config(-variables)?\\.ts$|logger\\.ts$|errors\\.ts$)' },
  { name: 'db', path: '^src/db/' },
  {
    name: 'platform',
    path: '^src/(auth/|audit/|context\\.ts$|jobs/queue\\.ts$|graphql/(?!(schema|apollo)\\.ts$))',
  },
  { name: 'mail', path: '^src/(mail/|observability/)' },
  { name: 'modules', path: '^src/modules/' },
  { name: 'seed', path: '^src/seed/' },
  {
    name: 'doors',
    path: '^src/(graphql/(schema|apollo)\\.ts$|http/|jobs/(?!queue\\.ts$)|cli/)',
  },
  { name: 'app', path: '^src/(app\\.ts|main\\.ts|start\\.mjs)$' },
];

/** The files of a floor (and, should two patterns ever overlap, on no floor above it). */
function onFloor(index) {
  const above = floors.slice(index + 1).map((floor) => floor.path);
  return { path: floors[index].path, ...(above.length ? { pathNot: above } : {}) };
}

const upward = floors.slice(0, -1).map((floor, index) => ({
  name: `no-upward-from-${floor.name}`,
  comment: `${floor.name} may import ${floors
    .slice(0, index + 1)
    .map((f) => f.name)
    .join(', ')} only: it sits below ${floors
    .slice(index + 1)
    .map((f) => f.name)
    .join(', ')}.`,
  severity: 'error',
  from: onFloor(index),
  to: { path: floors.slice(index + 1).map((f) => f.path) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'Import cycles in src/ make the floors meaningless and load order fragile.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-floor',
      comment: 'Every file in src/ belongs to a floor: add new folders to .dependency-cruiser.cjs.',
      severity: 'error',
      from: { path: '^src/', pathNot: floors.map((floor) => floor.path) },
      to: {},
    },
    ...upward,
    {
      name: 'services-without-graphql',
      comment:
        'Services, repositories and the engine know nothing of GraphQL: they throw the domain ' +
        'errors of src/errors.ts, which each front door maps once (GraphQL: src/graphql/error-types.ts).',
      severity: 'error',
      from: { path: '^src/(modules|mail|audit|db|seed)/', pathNot: '\\.graphql\\.ts$' },
      to: { path: '^src/graphql/' },
    },
    {
      name: 'services-without-graphql-types',
      comment:
        'Services and repositories of a module do not import GraphQL type files (*.graphql.ts): ' +
        'those call services, not the other way round.',
      severity: 'error',
      from: { path: '^src/modules/', pathNot: '\\.graphql\\.ts$' },
      to: { path: '^src/modules/.+\\.graphql\\.ts$' },
    },
  ],
  options: {
    includeOnly: '^src/',
    doNotFollow: { path: 'node_modules' },
    // TypeScript 7 has no JavaScript API yet: swc parses the sources. It reads them before any
    // transpilation, so type-only imports count as dependencies too.
    parser: 'swc',
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
