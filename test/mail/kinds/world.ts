/**
 * What the tests of the kinds of mail share: a cloned database, a real SMTP server, an
 * in-process mail worker, the HTTP/GraphQL server, and a secretariat staff user.
 */
import { randomBytes } from 'node:crypto';
import { createUser, type TestUser } from '../../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/database.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { MAIL_FROM, PUBLIC_URL, startTestWorker } from '../engine/helpers/harness.js';
import { type SmtpSink, startSmtpSink } from '../engine/helpers/smtp-sink.js';

export interface MailWorld {
  readonly database: TestDatabase;
  readonly sink: SmtpSink;
  readonly server: TestServer;
  readonly staff: TestUser;
}

/** Call in `beforeAll`; everything stops after the file. */
export async function startMailWorld(): Promise<MailWorld> {
  const secretKey = randomBytes(32);
  const database = await createTestDatabase();
  const sink = await startSmtpSink();
  await startTestWorker(database.url, database.db, sink.url, { secretKey });
  const server = await startTestServer({
    db: database.db,
    secretKey,
    env: { PUBLIC_URL, MAIL_FROM },
  });
  const staff = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
  return { database, sink, server, staff };
}

/** The Relay global ID of a row. */
export function globalIdOf(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64');
}

/** The database id inside a Relay global ID. */
export function localIdOf(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':')[1] ?? '';
}
