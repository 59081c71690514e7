import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryStatus } from '../../src/db/tables/mailings.js';
import type { MailWorker } from '../../src/jobs/mail-worker.js';
import { type LocalMailbox, startLocalMailbox } from '../../src/mail/local-mailbox.js';
import { queueOutboundEmail } from '../../src/mail/outbound-email.js';
import {
  createMetrics,
  instrumentTransport,
  type Metrics,
} from '../../src/observability/metrics.js';
import { graphql } from '../generated/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestMailWorker } from '../helpers/mail-worker.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';

let database: TestDatabase;
let server: TestServer;
let metrics: Metrics;
let mailbox: LocalMailbox;
let mail: MailWorker;

beforeAll(async () => {
  database = await createTestDatabase();
  metrics = createMetrics(database.db, { operationNames: ['Prefs'] });
  mailbox = await startLocalMailbox({
    dir: await mkdtemp(path.join(os.tmpdir(), 'metrics-mailbox-')),
  });
  server = await startTestServer({
    db: database.db,
    metrics,
    env: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3' },
  });
  mail = await startTestMailWorker({
    database,
    smtpUrl: mailbox.smtpUrl,
    publicUrl: server.url,
    secretKey: randomBytes(32),
    overrides: { concurrency: 1, wrapTransport: (smtp) => instrumentTransport(smtp, metrics) },
  });
});

afterAll(async () => {
  await mail?.stop();
  await mailbox?.stop();
});

async function scrape(): Promise<string> {
  const response = await fetch(`${server.url}/metrics`);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

function value(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(series));
  return line ? Number(line.slice(series.length).trim()) : 0;
}

const PREFS = graphql(`
  query Prefs { prefectures { code } }
`);

const REGIONS = graphql(`
  query MetricsRegions { regions { code } }
`);

describe('/metrics', () => {
  it('exposes HTTP, GraphQL, queue, mail and rate-limit figures, and they move', async () => {
    const before = await scrape();
    await server.graphql(PREFS, {});
    // A string: an unknown field, for the validation-error counter.
    await server.graphql('{ nope }');
    await database.db.transaction().execute((trx) =>
      queueOutboundEmail(trx, 'secretariat@tsunagari.example.jp', {
        purpose: 'metrics',
        to: 'metrics@example.jp',
        subject: 'メトリクス',
        html: '<p>テスト</p>',
        text: 'テスト',
      }),
    );
    await waitFor(async () => ((await mailbox.list()).length > 0 ? true : undefined));
    for (let i = 0; i < 3; i += 1) await server.graphql(REGIONS);

    const after = await scrape();
    expect(value(after, 'tsunagari_graphql_operations_total{operation="Prefs",type="query"}')).toBe(
      value(before, 'tsunagari_graphql_operations_total{operation="Prefs",type="query"}') + 1,
    );
    expect(
      value(after, 'tsunagari_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      value(after, 'tsunagari_http_requests_total{method="POST",route="/graphql",status="200"}'),
    ).toBeGreaterThan(0);
    expect(after).toMatch(/tsunagari_http_request_duration_seconds_bucket\{/);
    expect(value(after, 'tsunagari_smtp_send_duration_seconds_count{outcome="accepted"}')).toBe(1);
    expect(value(after, 'tsunagari_outbound_emails{status="SENT"}')).toBe(1);
    expect(after).toMatch(/tsunagari_queue_jobs\{state="ready"\} \d+/);
    expect(value(after, 'tsunagari_rate_limit_rejections_total{kind="ip"}')).toBeGreaterThanOrEqual(
      1,
    );
  });

  it('counts the deliveries of mailings in progress by status, and those in UNKNOWN across all mailings', async () => {
    const db = database.db;
    const mailing = async (status: 'SENDING' | 'PAUSED' | 'SENT') =>
      (
        await db
          .insertInto('mailings')
          .values({
            kind: 'NEWSLETTER',
            subject: 'メトリクス',
            content: '{}',
            audience: '{}',
            status,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const deliveries = async (mailingId: string, statuses: DeliveryStatus[]) => {
      for (const [i, status] of statuses.entries()) {
        const id = randomUUID();
        await db
          .insertInto('deliveries')
          .values({
            id,
            mailing_id: mailingId,
            kind: 'NEWSLETTER',
            address: `m${i}-${id.slice(0, 8)}@metrics.example.jp`,
            recipient_name: '受信者',
            organization_name: '団体',
            status,
            message_id: `<${id}@metrics.example.jp>`,
            next_attempt_at: new Date(),
            created_at: new Date(),
            updated_at: new Date(),
          })
          .execute();
      }
    };
    await deliveries(await mailing('SENDING'), ['QUEUED', 'QUEUED', 'SENT', 'UNKNOWN']);
    await deliveries(await mailing('PAUSED'), ['QUEUED']);
    // A finished mailing: only its UNKNOWN delivery is still counted.
    await deliveries(await mailing('SENT'), ['SENT', 'SENT', 'UNKNOWN']);

    const text = await scrape();
    expect(value(text, 'tsunagari_deliveries_in_progress{status="QUEUED"}')).toBe(3);
    expect(value(text, 'tsunagari_deliveries_in_progress{status="SENT"}')).toBe(1);
    expect(value(text, 'tsunagari_deliveries_in_progress{status="UNKNOWN"}')).toBe(1);
    expect(value(text, 'tsunagari_deliveries_unknown')).toBe(2);
  });
});
