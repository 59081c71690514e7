/**
 * What flows back: one-click unsubscribe (RFC 8058) and the preferences page over real HTTP,
 * an unsubscribe committed mid-send stopping further mail, bounce and complaint reports (JSON
 * and raw DSN/ARF messages), and the secretariat's view of suppressions.
 */
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { signLinkToken } from '../../../src/mail/engine/links.js';
import * as service from '../../../src/modules/mailings/mailing.service.js';
import { graphql } from '../../generated/index.js';
import { createUser } from '../../helpers/accounts.js';
import type { TestDatabase } from '../../helpers/database.js';
import { present } from '../../helpers/graphql.js';
import {
  addOrganization,
  audienceOf,
  bulkMailing,
  createMailing,
  deliveryStatuses,
  PUBLIC_URL,
  type ServiceCaller,
  secretariat,
  waitForMailing,
} from '../../helpers/mail/harness.js';
import type { SmtpSink } from '../../helpers/mail/smtp-sink.js';
import { startMailWorld } from '../../helpers/mail/world.js';
import type { TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/wait.js';

const secretKey = randomBytes(32);
const BOUNCE_SECRET = 'bounce-webhook-secret-for-tests-0123456789';
let database: TestDatabase;
let sink: SmtpSink;
let server: TestServer;
let ctx: ServiceCaller;

beforeAll(async () => {
  ({ database, sink, server } = await startMailWorld({
    secretKey,
    engine: { ratePerSecond: 100, concurrency: 2, batchSize: 10 },
    env: { BOUNCE_WEBHOOK_SECRET: BOUNCE_SECRET },
  }));
  ({ ctx } = await secretariat(database.db));
});

/** Sends a newsletter to one new organisation's contacts; returns its deliveries by address. */
async function sentNewsletter(contacts: string[], kind: 'NEWSLETTER' | 'NOTICE' = 'NEWSLETTER') {
  const org = await addOrganization(database.db, { contacts });
  const mailing = await createMailing(ctx, audienceOf([org.id]), kind);
  await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
  await waitForMailing(database.db, mailing.id, ['SENT']);
  const rows = await database.db
    .selectFrom('deliveries')
    .select(['id', 'address', 'contact_id', 'message_id'])
    .where('mailing_id', '=', mailing.id)
    .execute();
  return { org, mailing, deliveries: new Map(rows.map((r) => [r.address, r])) };
}

/** The one-click URL from the received message's List-Unsubscribe header. */
async function unsubscribeUrl(messageId: string): Promise<string> {
  const message = sink.received.find((m) => m.messageId === messageId);
  if (!message) throw new Error('message not received');
  const header =
    (await sink.parse(message)).headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '';
  const https = /<(https:[^>]+)>/.exec(header)?.[1];
  if (!https) throw new Error('no https List-Unsubscribe');
  return https.replace(PUBLIC_URL, server.url);
}

async function optedOut(email: string): Promise<string[]> {
  const row = await database.db
    .selectFrom('contacts')
    .select('opted_out_kinds')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return row.opted_out_kinds;
}

const SUPPRESSIONS = graphql(`
  query UnsubscribeSuppressions { suppressions(first: 10, filter: { address: "lift@bounce" }) { totalCount edges { node { id reason source } } } }
`);

const LIFT_SUPPRESSION = graphql(`
  mutation UnsubscribeLiftSuppression($id: ID!) { liftSuppression(input: { suppressionId: $id, note: "アドレス確認済み" }) { __typename ... on Error { code } } }
`);

const LIFT_SUPPRESSION2 = graphql(`
  mutation UnsubscribeLiftSuppression2($id: ID!) { liftSuppression(input: { suppressionId: $id }) { __typename ... on Error { code } } }
`);

describe('one-click unsubscribe', () => {
  it('GET shows a Japanese confirmation page with a button and changes nothing', async () => {
    const { deliveries } = await sentNewsletter(['get@unsub.example.jp']);
    const url = await unsubscribeUrl(deliveries.get('get@unsub.example.jp')?.message_id ?? '');
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).toContain('配信停止');
    expect(body).toContain('<button type="submit">配信を停止する</button>');
    expect(body).toContain('name="List-Unsubscribe" value="One-Click"');
    expect(await optedOut('get@unsub.example.jp')).toEqual([]);
  });

  it('POST List-Unsubscribe=One-Click (urlencoded) takes effect at once: 200, no redirect, no cookie; repeating it is harmless', async () => {
    const { deliveries } = await sentNewsletter(['url@unsub.example.jp']);
    const url = await unsubscribeUrl(deliveries.get('url@unsub.example.jp')?.message_id ?? '');
    for (let i = 0; i < 2; i++) {
      const response = await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(response.headers.get('location')).toBeNull();
      expect(await response.text()).toContain('配信を停止しました');
      expect(await optedOut('url@unsub.example.jp')).toEqual(['NEWSLETTER']);
    }
    const audit = await database.db
      .selectFrom('audit_events')
      .select(['action', 'actor_kind'])
      .where('action', '=', 'contact.unsubscribe')
      .where('target_id', '=', deliveries.get('url@unsub.example.jp')?.contact_id ?? '')
      .execute();
    expect(audit).toEqual([{ action: 'contact.unsubscribe', actor_kind: 'ANONYMOUS' }]);
  });

  it('POST as multipart/form-data works the same', async () => {
    const { deliveries } = await sentNewsletter(['multi@unsub.example.jp']);
    const url = await unsubscribeUrl(deliveries.get('multi@unsub.example.jp')?.message_id ?? '');
    const form = new FormData();
    form.append('List-Unsubscribe', 'One-Click');
    const response = await fetch(url, { method: 'POST', body: form, redirect: 'manual' });
    expect(response.status).toBe(200);
    expect(await optedOut('multi@unsub.example.jp')).toEqual(['NEWSLETTER']);
  });

  it('a forged or altered token, or a POST without the one-click field, changes nothing', async () => {
    const { deliveries } = await sentNewsletter(['forged@unsub.example.jp']);
    const delivery = deliveries.get('forged@unsub.example.jp');
    const url = await unsubscribeUrl(delivery?.message_id ?? '');
    const post = (target: string, body = 'List-Unsubscribe=One-Click') =>
      fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    const last = url.at(-1) === 'A' ? 'B' : 'A';
    expect((await post(`${url.slice(0, -1)}${last}`)).status).toBe(400);
    // A token made with another key, and a valid token for another purpose.
    const otherKey = signLinkToken(randomBytes(32), 'unsubscribe', delivery?.id ?? '');
    expect((await post(`${server.url}/unsubscribe/${otherKey}`)).status).toBe(400);
    const wrongPurpose = signLinkToken(secretKey, 'preferences', delivery?.id ?? '');
    expect((await post(`${server.url}/unsubscribe/${wrongPurpose}`)).status).toBe(400);
    expect((await post(`${server.url}/unsubscribe/nonsense`)).status).toBe(400);
    expect((await post(url, 'List-Unsubscribe=Yes')).status).toBe(400);
    expect(await optedOut('forged@unsub.example.jp')).toEqual([]);
  });

  it('NOTICE (事務連絡) cannot be unsubscribed from, and ignores newsletter opt-outs', async () => {
    const { deliveries } = await sentNewsletter(['admin@notice.example.jp'], 'NOTICE');
    const delivery = deliveries.get('admin@notice.example.jp');
    const token = signLinkToken(secretKey, 'unsubscribe', delivery?.id ?? '');
    const response = await fetch(`${server.url}/unsubscribe/${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('配信停止の対象外');
    expect(await optedOut('admin@notice.example.jp')).toEqual([]);
  });

  it('the preferences page shows and saves the kinds a contact receives', async () => {
    const { deliveries } = await sentNewsletter(['prefs@unsub.example.jp']);
    const contactId = deliveries.get('prefs@unsub.example.jp')?.contact_id ?? '';
    const url = `${server.url}/preferences/${signLinkToken(secretKey, 'preferences', contactId)}`;
    const page = await (await fetch(url)).text();
    expect(page).toContain('メールの配信設定');
    expect(page).toContain('value="NEWSLETTER" checked');
    const saved = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'form=preferences&receive=NEWSLETTER',
    });
    expect(await saved.text()).toContain('設定を保存しました');
    expect(await optedOut('prefs@unsub.example.jp')).toEqual(['VISIT_REPORT']);
    const tampered = await fetch(`${url.slice(0, -2)}xx`);
    expect(tampered.status).toBe(400);
  });

  it('an unsubscribe committed mid-send stops further mail to that contact', async () => {
    const { mailing } = await bulkMailing(ctx, 60, 'midsend.example.jp');
    await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
    // The last recipient in sending order unsubscribes (from a previous newsletter's link)
    // while the first messages are going out.
    await waitFor(async () =>
      sink.received.some((m) => m.to.endsWith('@midsend.example.jp')) ? true : undefined,
    );
    const last = await database.db
      .selectFrom('deliveries')
      .select(['id', 'address', 'status'])
      .where('mailing_id', '=', mailing.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(last.status === 'QUEUED' || last.status === 'SENDING').toBe(true);
    const response = await fetch(
      `${server.url}/unsubscribe/${signLinkToken(secretKey, 'unsubscribe', last.id)}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      },
    );
    expect(response.status).toBe(200);
    await waitForMailing(database.db, mailing.id, ['SENT']);
    const after = await database.db
      .selectFrom('deliveries')
      .select(['status', 'suppression_reason'])
      .where('id', '=', last.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ status: 'SUPPRESSED', suppression_reason: 'OPTED_OUT' });
    expect(sink.received.some((m) => m.to === last.address)).toBe(false);
    expect(await deliveryStatuses(database.db, mailing.id)).toEqual({ SENT: 59, SUPPRESSED: 1 });
  });
});

describe('bounces and complaints', () => {
  const post = (body: string, type: string, secret = BOUNCE_SECRET) =>
    fetch(`${server.url}/bounces`, {
      method: 'POST',
      headers: { 'content-type': type, authorization: `Bearer ${secret}` },
      body,
    });

  it('needs the webhook secret', async () => {
    const response = await post(
      JSON.stringify({ address: 'x@example.jp', type: 'hard' }),
      'application/json',
      'wrong-secret-wrong-secret-wrong',
    );
    expect(response.status).toBe(401);
    const none = await fetch(`${server.url}/bounces`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(none.status).toBe(401);
  });

  it('JSON hard bounce by VERP delivery id: BOUNCED, suppressed, contact BOUNCED; soft bounces only count', async () => {
    const { deliveries } = await sentNewsletter([
      'hard@bounce.example.jp',
      'soft@bounce.example.jp',
    ]);
    const hard = deliveries.get('hard@bounce.example.jp');
    const response = await post(
      JSON.stringify({
        deliveryId: `bounce+${hard?.id}@bounces.tsunagari.example.jp`,
        type: 'hard',
        status: '5.1.1',
        reason: 'user unknown',
      }),
      'application/json',
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      accepted: 1,
      results: [{ type: 'HARD', suppressed: true }],
    });
    const row = await database.db
      .selectFrom('deliveries')
      .select(['status', 'bounced_at'])
      .where('id', '=', hard?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('BOUNCED');
    const contact = await database.db
      .selectFrom('contacts')
      .select('email_status')
      .where('email', '=', 'hard@bounce.example.jp')
      .executeTakeFirstOrThrow();
    expect(contact.email_status).toBe('BOUNCED');

    for (let i = 0; i < 2; i++) {
      expect(
        (
          await post(
            JSON.stringify({ address: 'soft@bounce.example.jp', type: 'soft', status: '4.2.2' }),
            'application/json',
          )
        ).status,
      ).toBe(200);
    }
    const soft = await database.db
      .selectFrom('deliveries')
      .select(['status', 'soft_bounce_count'])
      .where('id', '=', deliveries.get('soft@bounce.example.jp')?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(soft).toEqual({ status: 'SENT', soft_bounce_count: 2 });
    const suppressed = await database.db
      .selectFrom('suppressions')
      .select('address')
      .where('address', '=', 'soft@bounce.example.jp')
      .execute();
    expect(suppressed).toHaveLength(0);
    expect((await post(JSON.stringify({ type: 'hard' }), 'application/json')).status).toBe(422);
    expect(
      (await post(JSON.stringify({ address: 'x@y.jp', type: 'bounce' }), 'application/json'))
        .status,
    ).toBe(422);
  });

  it('a raw DSN (RFC 3464 multipart/report) sent to the VERP address bounces that delivery', async () => {
    const { deliveries } = await sentNewsletter(['dsn@bounce.example.jp']);
    const delivery = deliveries.get('dsn@bounce.example.jp');
    const dsn = [
      'From: MAILER-DAEMON@mx.example.jp',
      `To: bounce+${delivery?.id}@bounces.tsunagari.example.jp`,
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"',
      '',
      '--BOUNDARY',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Your message could not be delivered.',
      '--BOUNDARY',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.jp',
      'Arrival-Date: Mon, 24 Nov 2026 09:00:00 +0900',
      '',
      'Final-Recipient: rfc822; dsn@bounce.example.jp',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 <dsn@bounce.example.jp>: User unknown',
      '',
      '--BOUNDARY',
      'Content-Type: text/rfc822-headers',
      '',
      `Message-ID: ${delivery?.message_id}`,
      'Subject: newsletter',
      '',
      '--BOUNDARY--',
      '',
    ].join('\r\n');
    const response = await post(dsn, 'message/rfc822');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      results: [{ type: 'HARD', deliveryId: delivery?.id, address: 'dsn@bounce.example.jp' }],
    });
    const row = await database.db
      .selectFrom('deliveries')
      .select('status')
      .where('id', '=', delivery?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('BOUNCED');
    const event = await database.db
      .selectFrom('bounce_events')
      .selectAll()
      .where('delivery_id', '=', delivery?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ source: 'DSN', type: 'HARD', status: '5.1.1' });
  });

  it('an ARF complaint suppresses the address as COMPLAINT', async () => {
    const { deliveries } = await sentNewsletter(['spam@complaint.example.jp']);
    const delivery = deliveries.get('spam@complaint.example.jp');
    const arf = [
      'From: fbl@isp.example.jp',
      'To: fbl-reports@tsunagari.example.jp',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=feedback-report; boundary="B"',
      '',
      '--B',
      'Content-Type: text/plain',
      '',
      'This is an abuse report.',
      '--B',
      'Content-Type: message/feedback-report',
      '',
      'Feedback-Type: abuse',
      'Version: 1',
      'Original-Rcpt-To: <spam@complaint.example.jp>',
      '',
      '--B',
      'Content-Type: text/rfc822-headers',
      '',
      `Message-ID: ${delivery?.message_id}`,
      '',
      '--B--',
      '',
    ].join('\r\n');
    const response = await post(arf, 'message/rfc822');
    expect(response.status).toBe(200);
    const suppression = await database.db
      .selectFrom('suppressions')
      .selectAll()
      .where('address', '=', 'spam@complaint.example.jp')
      .executeTakeFirstOrThrow();
    expect(suppression).toMatchObject({
      reason: 'COMPLAINT',
      source: 'dsn',
      delivery_id: delivery?.id,
    });
    const contact = await database.db
      .selectFrom('contacts')
      .select('email_status')
      .where('email', '=', 'spam@complaint.example.jp')
      .executeTakeFirstOrThrow();
    expect(contact.email_status).toBe('COMPLAINED');
  });

  it('the secretariat lists suppressions and lifts one: the address is mailed again', async () => {
    const { org } = await sentNewsletter(['lift@bounce.example.jp']);
    expect(
      (
        await post(
          JSON.stringify({ address: 'lift@bounce.example.jp', type: 'hard', status: '5.1.1' }),
          'application/json',
        )
      ).status,
    ).toBe(200);
    const staff = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
    const list = await server.graphql(SUPPRESSIONS, {}, staff.headers);
    expect(list.data?.suppressions.totalCount).toBe(1);
    const node = list.data?.suppressions.edges[0]?.node;
    expect(node).toMatchObject({ reason: 'HARD_BOUNCE', source: 'WEBHOOK' });
    const id = present(node?.id, 'the suppression');
    const lifted = await server.graphql(LIFT_SUPPRESSION, { id }, staff.headers);
    expect(lifted.data?.liftSuppression.__typename).toBe('SuppressionPayload');
    const again = await server.graphql(LIFT_SUPPRESSION2, { id }, staff.headers);
    expect(again.data?.liftSuppression).toMatchObject({ code: 'CONFLICT' });
    const contact = await database.db
      .selectFrom('contacts')
      .select('email_status')
      .where('email', '=', 'lift@bounce.example.jp')
      .executeTakeFirstOrThrow();
    expect(contact.email_status).toBe('OK');
    const next = await createMailing(ctx, audienceOf([org.id]));
    await service.sendMailing(ctx.db, ctx, { mailingId: next.id });
    await waitForMailing(database.db, next.id, ['SENT']);
    expect(await deliveryStatuses(database.db, next.id)).toEqual({ SENT: 1 });
  });
});
