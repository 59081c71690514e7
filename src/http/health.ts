import { sql } from 'kysely';
import type { Db } from '../db/create-db.js';
import { pendingMigrations } from '../db/migrate.js';

export interface Readiness {
  readonly ready: boolean;
  readonly database: 'ok' | 'unreachable';
  readonly pendingMigrations: string[];
}

/** Ready means: the database answers and every migration in `migrations/` is applied. */
export async function checkReadiness(db: Db): Promise<Readiness> {
  try {
    await sql`SELECT 1`.execute(db);
  } catch {
    return { ready: false, database: 'unreachable', pendingMigrations: [] };
  }
  const pending = await pendingMigrations(db);
  return { ready: pending.length === 0, database: 'ok', pendingMigrations: pending };
}
