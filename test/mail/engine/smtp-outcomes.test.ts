/**
 * How SMTP replies and failures end up in deliveries, against a real SMTP server scripted per
 * recipient: 451 → retried and sent later; 550 5.1.1 → FAILED, suppressed, not retried; 5.7.1 →
 * FAILED, not suppressed; a dropped connection before the data → retried; after the data →
 * UNKNOWN, never resent until a person decides; the server stopped and restarted mid-send.
 */
import { randomBytes } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as service from '../../../src/modules/mailings/mailing.service.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/database.js';
import {
  addOrganization,
  audienceOf,
  bulkMailing,
  createMailing,
  deliveryStatuses,
  type ServiceCaller,
  secretariat,
  startTestWorker,
  waitForMailing,
} from '../../helpers/mail/harness.js';
import { type SmtpSink, startSmtpSink } from '../../helpers/mail/smtp-sink.js';
import { sleep, waitFor } from '../../helpers/wait.js';

let database: TestDatabase;
let sink: SmtpSink;
let ctx: ServiceCaller;

beforeAll(async () => {
  database = await createTestDatabase();
  sink = await startSmtpSink();
  await startTestWorker(database.url, database.db, sink.url, { secretKey: randomBytes(32) });
  ({ ctx } = await secretariat(database.db));
});

beforeEach(() => sink.behave(() => ({ kind: 'accept' })));

async function deliveryOf(mailingId: string, address: string) {
  return database.db
    .selectFrom('deliveries')
    .selectAll()
    .where('mailing_id', '=', mailingId)
    .where('address', '=', address)
    .executeTakeFirstOrThrow();
}

describe('SMTP replies', () => {
  it('451 on one recipient: retried with backoff and sent later; the others go at once', async () => {
    sink.behave((address, attempt) =>
      address === 'busy@451.example.jp' && attempt <= 2
        ? { kind: 'rcpt', code: 451, message: '4.3.0 Mailbox temporarily unavailable, try later' }
        : { kind: 'accept' },
    );
    const org = await addOrganization(database.db, {
      contacts: ['ok1@451.example.jp', 'busy@451.example.jp', 'ok2@451.example.jp'],
    });
    const mailing = await createMailing(ctx, audienceOf([org.id]));
    await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
    await waitForMailing(database.db, mailing.id, ['SENT']);
    expect(await deliveryStatuses(database.db, mailing.id)).toEqual({ SENT: 3 });
    const busy = await deliveryOf(mailing.id, 'busy@451.example.jp');
    expect(busy.attempts).toBe(3);
    expect(busy.last_smtp_reply).toMatch(/^250/);
    expect(sink.rcptAttempts.get('busy@451.example.jp')).toBe(3);
    expect(sink.accepted().filter((m) => m.to === 'busy@451.example.jp')).toHaveLength(1);
    // The later attempts came after a delay, not in a tight loop.
    const received = sink.accepted().find((m) => m.to === 'busy@451.example.jp');
    const first = sink.accepted().find((m) => m.to === 'ok1@451.example.jp');
    expect((received?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThan(300);
  });

  it('550 5.1.1: FAILED at once, address suppressed, contact marked BOUNCED, never retried', async () => {
    sink.behave((address) =>
      address === 'gone@550.example.jp'
        ? {
            kind: 'rcpt',
            code: 550,
            message: '5.1.1 <gone@550.example.jp>: Recipient address rejected: User unknown',
          }
        : { kind: 'accept' },
    );
    const org = await addOrganization(database.db, {
      contacts: ['here@550.example.jp', 'gone@550.example.jp'],
    });
    const mailing = await createMailing(ctx, audienceOf([org.id]));
    await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
    await waitForMailing(database.db, mailing.id, ['SENT']);
    expect(await deliveryStatuses(database.db, mailing.id)).toEqual({ SENT: 1, FAILED: 1 });
    const gone = await deliveryOf(mailing.id, 'gone@550.example.jp');
    expect(gone.attempts).toBe(1);
    expect(gone.last_smtp_reply).toMatch(/^550 5\.1\.1/);
    expect(sink.rcptAttempts.get('gone@550.example.jp')).toBe(1);
    const suppression = await database.db
      .selectFrom('suppressions')
      .selectAll()
      .where('address', '=', 'gone@550.example.jp')
      .executeTakeFirstOrThrow();
    expect(suppression).toMatchObject({
      reason: 'HARD_BOUNCE',
      source: 'smtp',
      delivery_id: gone.id,
      lifted_at: null,
    });
    const contact = await database.db
      .selectFrom('contacts')
      .select('email_status')
      .where('email', '=', 'gone@550.example.jp')
      .executeTakeFirstOrThrow();
    expect(contact.email_status).toBe('BOUNCED');

    // The next mailing records the address as SUPPRESSED and does not even try it.
    const next = await createMailing(ctx, audienceOf([org.id]));
    await service.sendMailing(ctx.db, ctx, { mailingId: next.id });
    await waitForMailing(database.db, next.id, ['SENT']);
    expect(await deliveryStatuses(database.db, next.id)).toEqual({ SENT: 1, SUPPRESSED: 1 });
    expect((await deliveryOf(next.id, 'gone@550.example.jp')).suppression_reason).toBe(
      'HARD_BOUNCE',
    );
    expect(sink.rcptAttempts.get('gone@550.example.jp')).toBe(1);
  });

  it('550 5.7.1 (policy, not the mailbox): FAILED without suppressing the address', async () => {
    sink.behave((address) =>
      address === 'policy@571.example.jp'
        ? { kind: 'data', code: 550, message: '5.7.1 Message rejected by content policy' }
        : { kind: 'accept' },
    );
    const org = await addOrganization(database.db, { contacts: ['policy@571.example.jp'] });
    const mailing = await createMailing(ctx, audienceOf([org.id]));
    await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
    await waitForMailing(database.db, mailing.id, ['SENT']);
    expect(await deliveryStatuses(database.db, mailing.id)).toEqual({ FAILED: 1 });
    expect((await deliveryOf(mailing.id, 'policy@571.example.jp')).last_smtp_reply).toMatch(
      /^550 5\.7\.1/,
    );
    const suppressed = await database.db
      .selectFrom('suppressions')
      .select('id')
      .where('address', '=', 'policy@571.example.jp')
      .execute();
    expect(suppressed).toHaveLength(0);
  });

  it('a connection dropped before the data: retried and sent once', async () => {
    sink.behave((address, attempt) =>
      address === 'flaky@drop.example.jp' && attempt === 1
        ? { kind: 'drop-before-data' }
        : { kind: 'accept' },
    );
    const org = await addOrganization(database.db, { contacts: ['flaky@drop.example.jp'] });
    const mailing = await createMailing(ctx, audienceOf([org.id]));
    await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
    await waitForMailing(database.db, mailing.id, ['SENT']);
    expect(await deliveryStatuses(database.db, mailing.id)).toEqual({ SENT: 1 });
    expect(sink.received.filter((m) => m.to === 'flaky@drop.example.jp')).toHaveLength(1);
  });

  it('a connection dropped after the data: UNKNOWN, not resent; resendDelivery sends it again by hand', async () => {
    sink.behave((address, attempt) =>
      address === 'maybe@unknown.example.jp' && attempt === 1
        ? { kind: 'drop-after-data' }
        : { kind: 'accept' },
    );
    const org = await addOrganization(database.db, {
      contacts: ['maybe@unknown.example.jp', 'fine@unknown.example.jp'],
    });
    const mailing = await createMailing(ctx, audienceOf([org.id]));
    await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
    await waitForMailing(database.db, mailing.id, ['SENT']);
    expect(await deliveryStatuses(database.db, mailing.id)).toEqual({ SENT: 1, UNKNOWN: 1 });
    const maybe = await deliveryOf(mailing.id, 'maybe@unknown.example.jp');
    expect(maybe.last_error).toMatch(/may have been delivered/);
    // Not retried automatically, however long we wait: an absence, so a fixed wait (eight of the
    // worker's 100 ms polls).
    await sleep(800);
    expect(sink.rcptAttempts.get('maybe@unknown.example.jp')).toBe(1);

    await service.resendDelivery(ctx.db, ctx, { deliveryId: maybe.id });
    await waitForMailing(database.db, mailing.id, ['SENT']);
    await waitFor(async () =>
      (await deliveryOf(mailing.id, 'maybe@unknown.example.jp')).status === 'SENT'
        ? true
        : undefined,
    );
    const copies = sink.received.filter((m) => m.to === 'maybe@unknown.example.jp');
    expect(copies).toHaveLength(2);
    // Same Message-ID both times, so the recipient's client can tell it is the same message.
    expect(new Set(copies.map((m) => m.messageId)).size).toBe(1);
    // A SENT delivery cannot be resent.
    await expect(
      service.resendDelivery(ctx.db, ctx, { deliveryId: maybe.id }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });
});

describe('the SMTP server goes away mid-send', () => {
  it('stopped and restarted: every recipient gets the message; only UNKNOWN ones could be duplicates', async () => {
    const { emails, mailing } = await bulkMailing(ctx, 200, 'outage.example.jp');
    // Slow the server down so the outage lands mid-send.
    sink.behave(() => ({ kind: 'accept', delayMs: 5 }));
    await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
    await waitFor(async () =>
      sink.accepted().filter((m) => m.to.endsWith('@outage.example.jp')).length >= 40
        ? true
        : undefined,
    );
    await sink.stop();
    // The outage itself: the server stays away this long while the worker keeps trying.
    await sleep(700);
    await sink.start();
    await waitForMailing(database.db, mailing.id, ['SENT'], 30_000);

    const unknown = await database.db
      .selectFrom('deliveries')
      .select('id')
      .where('mailing_id', '=', mailing.id)
      .where('status', '=', 'UNKNOWN')
      .execute();
    for (const { id } of unknown) await service.resendDelivery(ctx.db, ctx, { deliveryId: id });
    await waitForMailing(database.db, mailing.id, ['SENT'], 30_000);
    const statuses = await deliveryStatuses(database.db, mailing.id);
    expect(statuses).toEqual({ SENT: 200 });

    const received = sink.received.filter((m) => m.to.endsWith('@outage.example.jp'));
    const perAddress = new Map<string, number>();
    for (const m of received) perAddress.set(m.to, (perAddress.get(m.to) ?? 0) + 1);
    expect([...perAddress.keys()].sort()).toEqual([...emails].sort());
    const duplicates = received.length - perAddress.size;
    expect(duplicates).toBeLessThanOrEqual(unknown.length);
    const retried = await database.db
      .selectFrom('deliveries')
      .select('id')
      .where('mailing_id', '=', mailing.id)
      .where('attempts', '>', 1)
      .execute();
    // The outage was noticed: some deliveries needed more than one attempt.
    expect(retried.length + unknown.length).toBeGreaterThan(0);
  });
});
