import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** The tests that drive Chromium (playwright-core): slow, and CPU-hungry while they run. */
const BROWSER_TESTS = ['test/browser/**/*.test.ts', 'test/web/**/*.test.ts'];

export default defineConfig({
  resolve: {
    // One copy of graphql: libraries loaded by Node get its CommonJS build, so our code must too
    // (graphql refuses objects from "another module or realm").
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // One embedded Postgres for the whole run, whichever projects run; each test file clones
    // the migrated template (test/helpers/database.ts).
    globalSetup: ['test/setup/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // `npm test` runs both projects; `npm run test:fast` only `node`, `npm run test:browser`
    // only `browser`; `npx vitest run test/x.test.ts` picks the project from the path.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: BROWSER_TESTS,
          // Files share a worker's module graph (src/ is imported once per worker, not once
          // per file). Safe because every file builds its own state — database, servers,
          // workers — in beforeAll and tears it down with afterAll, and src/ keeps no
          // per-process state that a file could leave behind (only caches keyed by object).
          isolate: false,
          // The files mostly wait — on Postgres, SMTP, the worker's polling — so two run at
          // once (vitest's default on 2 cores is one). Not more: the files that start the
          // service or the CLI as a child process (test/app, test/cli, the crash tests) are
          // CPU-bound while it starts, and three at once pushed them past their timeouts.
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: BROWSER_TESTS,
          // One worker, so one Chromium for all the files (test/helpers/chromium.ts): a screen
          // is CPU-bound (rendering, axe), and two at once on 2 cores pushed the screens past
          // their timeouts. Unisolated, the worker also imports src/ once, not once per file.
          isolate: false,
          maxWorkers: 1,
          // After the node files: Chromium and the node files' Postgres work would otherwise
          // compete for the same cores, and a screen's timeouts are the first to suffer.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
