/**
 * `npm run seed:demo`: loads the demo register (with its board seats) into the configured database (DATABASE_URL, or
 * the embedded one under DATA_DIR) once; running it again changes nothing.
 */
import path from 'node:path';
import { loadConfig } from '../config.js';
import { createDb } from '../db/create-db.js';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { migrateToLatest } from '../db/migrate.js';
import { loadDemoBoard } from '../seed/demo-board.js';
import { loadDemoRegister } from '../seed/demo-register.js';
import { loadReferenceData } from '../seed/reference-data.js';

const config = loadConfig();
const embedded = config.databaseUrl
  ? undefined
  : await startEmbeddedPostgres({ clusterDir: path.join(config.dataDir, 'postgres') });
const db = createDb(config.databaseUrl ?? (embedded?.connectionString as string));
try {
  await migrateToLatest(db);
  await loadReferenceData(db);
  const loaded = await loadDemoRegister(db);
  await loadDemoBoard(db);
  process.stdout.write(
    loaded.organizations > 0
      ? `Loaded the demo register: ${loaded.organizations} organisations, ${loaded.contacts} contacts.\n`
      : 'The demo register was already loaded; nothing changed.\n',
  );
} finally {
  await db.destroy();
  await embedded?.stop();
}
