/**
 * What the tests that send real mail share: a cloned database, a real SMTP server
 * (smtp-server), an in-process mail worker, the HTTP/GraphQL server, and a secretariat staff
 * user — all stopped after the file.
 */
import { randomBytes } from 'node:crypto';
import type { MailEngineOptions } from '../../../src/mail/engine/options.js';
import { createUser, type TestUser } from '../accounts.js';
import { createTestDatabase, type TestDatabase } from '../database.js';
import { startTestServer, type TestServer } from '../server.js';
import { MAIL_FROM, PUBLIC_URL, startTestWorker } from './harness.js';
import { type SmtpSink, startSmtpSink } from './smtp-sink.js';

export interface MailWorld {
  readonly database: TestDatabase;
  readonly sink: SmtpSink;
  readonly server: TestServer;
  readonly staff: TestUser;
  /** Signs the links in the messages; the same for the worker and the server. */
  readonly secretKey: Buffer;
}

/** Call in `beforeAll`. */
export async function startMailWorld(
  options: {
    secretKey?: Buffer;
    /** Engine settings beyond the tests' fast defaults. */
    engine?: Partial<MailEngineOptions>;
    /** Server configuration beyond PUBLIC_URL and MAIL_FROM. */
    env?: Record<string, string>;
    /** Sees every query of the shared database handle (the server's and the worker's). */
    onQuery?: (sql: string) => void;
  } = {},
): Promise<MailWorld> {
  const secretKey = options.secretKey ?? randomBytes(32);
  const database = await createTestDatabase(options.onQuery ? { onQuery: options.onQuery } : {});
  const sink = await startSmtpSink();
  await startTestWorker(database.url, database.db, sink.url, {
    secretKey,
    ...(options.engine ? { engine: options.engine } : {}),
  });
  const server = await startTestServer({
    db: database.db,
    secretKey,
    env: { PUBLIC_URL, MAIL_FROM, ...options.env },
  });
  const staff = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
  return { database, sink, server, staff, secretKey };
}

/** The Relay global ID of a row. */
export function globalIdOf(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64');
}

/** The database id inside a Relay global ID. */
export function localIdOf(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':')[1] ?? '';
}
