/**
 * The database goes away mid-send and comes back (a restart or failover, as the worker sees
 * it): a TCP proxy between the worker and Postgres cuts every connection and refuses new ones
 * for a few seconds. After recovery the mailing is SENT and every recipient got the message
 * exactly once, except deliveries marked UNKNOWN (at most those in flight at the cut).
 * Before the fixes in src/db/create-db.ts and src/jobs/worker.ts both outages crashed the
 * process (an 'error' on a checked-out pg client; graphile-worker failing a job unawaited).
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../../src/db/create-db.js';
import * as service from '../../../src/modules/mailings/mailing.service.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/database.js';
import {
  bulkMailing,
  deliveryStatuses,
  type ServiceCaller,
  secretariat,
  startTestWorker,
  waitForMailing,
} from '../../helpers/mail/harness.js';
import { type SmtpSink, startSmtpSink } from '../../helpers/mail/smtp-sink.js';
import { startTcpProxy, type TcpProxy } from '../../helpers/tcp-proxy.js';
import { sleep, waitFor } from '../../helpers/wait.js';

const secretKey = randomBytes(32);
const COUNT = 600;
let database: TestDatabase;
let sink: SmtpSink;
let proxy: TcpProxy;
let workerDb: Db;
let ctx: ServiceCaller;
const poolErrors: Error[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const direct = new URL(database.url);
  proxy = await startTcpProxy(direct.hostname, Number(direct.port || 5432));
  afterAll(() => proxy.close());
  const viaProxy = new URL(database.url);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  // The worker reaches the database only through the proxy (queue and engine alike); the
  // test and the API side use the direct connection.
  workerDb = createDb(viaProxy.toString(), { onPoolError: (error) => poolErrors.push(error) });
  afterAll(() => workerDb.destroy());
  sink = await startSmtpSink();
  // Results of sent messages wait 4 s for the database (30 s in production), so both a short
  // outage (they wait) and a long one (the jobs give up) fit in a test.
  await startTestWorker(viaProxy.toString(), workerDb, sink.url, {
    secretKey,
    engine: { recordRetryMs: 4000 },
  });
  ({ ctx } = await secretariat(database.db));
});

/**
 * Sends COUNT messages, cuts the worker's database connections for `cutMs` after 150 were
 * received, and checks the end state: SENT; each recipient exactly one message except UNKNOWN
 * deliveries (≤ those in flight at the cut), nothing left queued or sending.
 */
async function sendThroughOutage(domain: string, cutMs: number) {
  const { emails, mailing } = await bulkMailing(ctx, COUNT, domain);
  // Slow enough that the cut lands mid-send.
  sink.behave(() => ({ kind: 'accept', delayMs: 3 }));
  await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
  const received = () => sink.received.filter((m) => m.to.endsWith(`@${domain}`));
  await waitFor(async () => (received().length >= 150 ? true : undefined), {
    timeoutMs: 30_000,
    intervalMs: 5,
  });

  await proxy.cut();
  const k = received().length;
  const cutAt = Date.now();
  // The outage itself: the database stays unreachable for `cutMs`.
  await sleep(cutMs);
  // Nothing can start while the worker has no database: what is started now was in flight at
  // the cut. (Counted at the end of the outage, not at its start: a statement that reached
  // Postgres just before the cut still commits, after the worker lost the connection.)
  const { rows } = await sql<{ started: number }>`
    SELECT count(*)::int AS started FROM deliveries
    WHERE mailing_id = ${mailing.id} AND status = 'SENDING' AND attempt_started_at IS NOT NULL`.execute(
    database.db,
  );
  const inFlight = rows[0]?.started ?? 0;
  const duringCut = received().length - k;
  await proxy.restore();
  const restoredAt = Date.now();

  await waitForMailing(database.db, mailing.id, ['SENT'], 90_000);
  const finishedAt = Date.now();
  expect(k).toBeLessThan(COUNT);
  const statuses = await deliveryStatuses(database.db, mailing.id);
  const unknown = statuses.UNKNOWN ?? 0;
  expect(statuses).toEqual({ SENT: COUNT - unknown, ...(unknown ? { UNKNOWN: unknown } : {}) });
  expect(unknown).toBeLessThanOrEqual(inFlight);

  // Every recipient got it once; only an UNKNOWN delivery may lack an accepted message.
  const perAddress = new Map<string, number>();
  for (const m of received().filter((m) => m.accepted)) {
    perAddress.set(m.to, (perAddress.get(m.to) ?? 0) + 1);
  }
  expect([...perAddress.values()].every((n) => n === 1)).toBe(true);
  const unknownAddresses = new Set(
    (
      await database.db
        .selectFrom('deliveries')
        .select('address')
        .where('mailing_id', '=', mailing.id)
        .where('status', '=', 'UNKNOWN')
        .execute()
    ).map((d) => d.address),
  );
  const missing = emails.filter((e) => !perAddress.has(e));
  expect(missing.every((e) => unknownAddresses.has(e))).toBe(true);
  console.info(
    `database restart test (${cutMs} ms): cut after k=${k} received; in flight at the cut=${inFlight}; sent during the cut=${duringCut}; UNKNOWN=${unknown}; finished ${finishedAt - restoredAt} ms after the database came back (cut ${restoredAt - cutAt} ms)`,
  );
  return { unknown, inFlight };
}

describe('a database restart mid-send', () => {
  it('a 2 s outage: the results of sent messages wait for the database; the mailing finishes, each recipient gets it once', async () => {
    await sendThroughOutage('short.dbrestart.example.jp', 2000);
    // The worker really lost its connections (and survived it).
    expect(poolErrors.length).toBeGreaterThan(0);
  }, 120_000);

  it('a 10 s outage (longer than results may wait): jobs give up, recovery marks the in-flight ones UNKNOWN, the rest go once', async () => {
    await sendThroughOutage('long.dbrestart.example.jp', 10_000);
  }, 120_000);
});
