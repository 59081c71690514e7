import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type Migration,
  type MigrationProvider,
  type MigrationResultSet,
  Migrator,
} from 'kysely/migration';
import type { Db } from './create-db.js';

/** `migrations/` at the top of the repository. */
export const migrationFolder = fileURLToPath(new URL('../../migrations', import.meta.url));

/**
 * Reads `migrations/*.ts` in name order. Our own provider rather than Kysely's
 * FileMigrationProvider because the `import()` must run in our module graph, where the
 * TypeScript loader (tsx, or the test runner's) is active.
 */
class MigrationFolderProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await fs.readdir(migrationFolder))
      .filter((file) => /\.(ts|js|mjs)$/.test(file) && !file.endsWith('.d.ts'))
      .sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      const module = (await import(
        pathToFileURL(path.join(migrationFolder, file)).href
      )) as Migration;
      migrations[file.replace(/\.[^.]+$/, '')] = module;
    }
    return migrations;
  }
}

function createMigrator(db: Db): Migrator {
  return new Migrator({ db, provider: new MigrationFolderProvider() });
}

/** Runs every pending migration; throws with the failing migration's name and cause. */
export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  const result = await createMigrator(db).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `Database migration "${failed}" failed: ${String(result.error)}. Nothing after it ran; ` +
        'fix the cause and start again (migrations that succeeded stay applied).',
      { cause: result.error },
    );
  }
  return result;
}

/** Names of migrations present in `migrations/` but not yet applied (empty when current). */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const migrations = await createMigrator(db).getMigrations();
  return migrations.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
