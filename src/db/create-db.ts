import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';

// Read `date` columns as the plain `YYYY-MM-DD` text Postgres sends: a calendar date has no
// time zone, and turning it into a JS Date at local midnight shifts it across zones.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// bigint counts (count(*)) fit comfortably in a JS number for this domain.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

export type Db = Kysely<Database>;

/**
 * A `pg` pool that survives its idle connections being closed by the server (a restart, a
 * failover, our own ordered shutdown): pg emits those as pool errors, which would otherwise
 * crash the process. The next checkout simply opens a new connection.
 */
export function createPool(
  connectionString: string,
  options: { max?: number; onError?: (error: Error) => void } = {},
): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    application_name: 'tsunagari',
  });
  pool.on('error', (error) => options.onError?.(error));
  // A checked-out client whose connection dies between queries (inside a transaction, or
  // graphile-worker's LISTEN client) emits 'error' on the client itself; without a listener
  // that is an uncaught exception. The query in progress or the next one fails instead.
  pool.on('connect', (client) => {
    client.on('error', (error) => options.onError?.(error));
    preparePinned(client);
  });
  return pool;
}

/** Statements that begin with this comment run as named prepared statements. */
export const PREPARED = '/* prepared */';
const names = new Map<string, string>();

/**
 * Hot statements of the send path (one per message) are parsed and planned once per
 * connection instead of on every execution: the client runs a query whose text starts with
 * {@link PREPARED} as a named prepared statement.
 */
function preparePinned(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (
    ...args: unknown[]
  ) => {
    const [text, values] = args;
    if (typeof text === 'string' && text.startsWith(PREPARED) && Array.isArray(values)) {
      let name = names.get(text);
      if (!name) {
        name = `tsunagari_${names.size + 1}`;
        names.set(text, name);
      }
      return query({ name, text, values }, ...args.slice(2));
    }
    return query(...args);
  };
}

export interface DbOptions {
  /** Upper bound of pooled connections in this process. */
  maxConnections?: number;
  /** Called once per executed query (used by query-count tests and metrics). */
  onQuery?: (sql: string) => void;
  /** Called when an idle pooled connection fails (logged; the pool replaces it). */
  onPoolError?: (error: Error) => void;
}

/** Creates the Kysely instance over a `pg` pool. Call `db.destroy()` to close the pool. */
export function createDb(connectionString: string, options: DbOptions = {}): Db {
  const pool = createPool(connectionString, {
    max: options.maxConnections ?? 10,
    ...(options.onPoolError ? { onError: options.onPoolError } : {}),
  });
  const onQuery = options.onQuery;
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    ...(onQuery
      ? {
          log(event) {
            if (event.level === 'query') onQuery(event.query.sql);
          },
        }
      : {}),
  });
}
