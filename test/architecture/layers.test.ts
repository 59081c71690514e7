/**
 * The floors of src/ (docs/architecture.md, .dependency-cruiser.cjs): no import cycle, no import
 * that runs up a floor, no file outside a floor. Runs dependency-cruiser as `npm run lint:deps`
 * does, on src/ and on a small tree made to break each rule (so a rule that stopped matching
 * would fail here too).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const config = path.join(root, '.dependency-cruiser.cjs');
const depcruise = path.join(root, 'node_modules', '.bin', 'depcruise');

interface Violation {
  readonly rule: { readonly name: string };
  readonly from: string;
  readonly to: string;
  readonly cycle?: readonly { readonly name: string }[];
}

async function cruise(cwd: string): Promise<Violation[]> {
  const { stdout } = await promisify(execFile)(
    depcruise,
    ['src', '--config', config, '--output-type', 'json'],
    { cwd, maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stdout?: string }) => {
    // depcruise exits non-zero when it finds errors; the report is still on stdout.
    if (error.stdout) return { stdout: error.stdout };
    throw error;
  });
  const result = JSON.parse(stdout) as { summary: { violations: Violation[] } };
  return result.summary.violations;
}

describe('the floors of src/', () => {
  it('hold: no cycle, no upward import, every file on a floor', async () => {
    const violations = await cruise(root);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  });

  describe('a tree that breaks them', () => {
    let dir: string | undefined;
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('is reported: upward imports (type-only too), a cycle, a file on no floor, a repository importing GraphQL types, a service importing the GraphQL toolkit', async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'tsunagari-layers-'));
      const files: Record<string, string> = {
        // db reaching up into a module (what db/database.ts once did with table types)
        'src/db/database.ts':
          "import type { Row } from '../modules/mailings/tables.js';\n" +
          'export type Database = { rows: Row };\n',
        'src/modules/mailings/tables.ts': 'export type Row = { id: string };\n',
        // the mail engine importing a module's service
        'src/mail/engine/engine.ts':
          "import { load } from '../../modules/files/file.service.js';\n" +
          'export const run = () => load();\n',
        'src/modules/files/file.service.ts': 'export const load = () => 1;\n',
        // a cycle between the HTTP server and a page
        'src/http/server.ts':
          "import { page } from './page.js';\nexport const send = () => page;\n",
        'src/http/page.ts':
          "import { send } from './server.js';\nexport const page = () => send;\n",
        // a service reaching for its GraphQL types
        'src/modules/files/file.graphql.ts':
          "import { load } from './file.service.js';\n" + 'export const field = load;\n',
        'src/modules/files/file.repository.ts':
          "import { field } from './file.graphql.js';\n" + 'export const query = field;\n',
        // a service throwing the GraphQL toolkit's errors instead of the domain's
        'src/modules/files/file.rules.ts':
          "import { NotFoundError } from '../../graphql/errors.js';\n" +
          'export const missing = () => new NotFoundError();\n',
        'src/graphql/errors.ts': 'export class NotFoundError extends Error {}\n',
        // a folder nobody placed
        'src/elsewhere/thing.ts':
          "import { load } from '../modules/files/file.service.js';\n" +
          'export const thing = load;\n',
      };
      for (const [name, text] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
        await writeFile(path.join(dir, name), text);
      }

      // A cycle is reported once, from whichever of its files is cruised first.
      const found = (await cruise(dir))
        .map((v) =>
          v.rule.name === 'no-cycle'
            ? `no-cycle: ${[v.from, v.to].sort().join(' ⇄ ')}`
            : `${v.rule.name}: ${v.from} → ${v.to}`,
        )
        .sort();
      expect(found).toEqual([
        'no-cycle: src/http/page.ts ⇄ src/http/server.ts',
        'no-floor: src/elsewhere/thing.ts → src/modules/files/file.service.ts',
        'no-upward-from-db: src/db/database.ts → src/modules/mailings/tables.ts',
        'no-upward-from-mail: src/mail/engine/engine.ts → src/modules/files/file.service.ts',
        'services-without-graphql-types: src/modules/files/file.repository.ts → src/modules/files/file.graphql.ts',
        'services-without-graphql: src/modules/files/file.rules.ts → src/graphql/errors.ts',
      ]);
    });
  });
});
