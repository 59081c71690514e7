/**
 * Unsubscribe by e-mail (the List-Unsubscribe `mailto:`, RFC 2369): a newsletter goes out
 * through the real worker and SMTP sink, the reply a mail client would send to the mailto is
 * posted to the bounce intake as the MTA pipes it, and the contact is opted out exactly as by
 * the one-click POST.
 */
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { signLinkToken } from '../../../src/mail/engine/links.js';
import * as service from '../../../src/modules/mailings/mailing.service.js';
import type { TestDatabase } from '../../helpers/database.js';
import {
  addOrganization,
  audienceOf,
  createMailing,
  type ServiceCaller,
  secretariat,
  waitForMailing,
} from '../../helpers/mail/harness.js';
import type { SmtpSink } from '../../helpers/mail/smtp-sink.js';
import { startMailWorld } from '../../helpers/mail/world.js';
import type { TestServer } from '../../helpers/server.js';

const secretKey = randomBytes(32);
const BOUNCE_SECRET = 'bounce-webhook-secret-for-mailto-tests-0123';
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

/** Sends a mailing of `kind` to the organisation; returns its deliveries by address. */
async function send(orgId: string, kind: 'NEWSLETTER' | 'NOTICE' = 'NEWSLETTER') {
  const mailing = await createMailing(ctx, audienceOf([orgId]), kind);
  await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
  await waitForMailing(database.db, mailing.id, ['SENT']);
  const rows = await database.db
    .selectFrom('deliveries')
    .select(['id', 'address', 'status', 'suppression_reason', 'message_id'])
    .where('mailing_id', '=', mailing.id)
    .execute();
  return new Map(rows.map((r) => [r.address, r]));
}

/** The mailto: of the received message's List-Unsubscribe header: its address and subject. */
async function mailtoOf(messageId: string): Promise<{ to: string; subject: string }> {
  const message = sink.received.find((m) => m.messageId === messageId);
  if (!message) throw new Error('message not received');
  const header =
    (await sink.parse(message)).headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '';
  const mailto = /<mailto:([^>]+)>/.exec(header)?.[1];
  if (!mailto) throw new Error(`no mailto in ${header}`);
  const [to = '', query = ''] = mailto.split('?');
  return { to, subject: new URLSearchParams(query).get('subject') ?? '' };
}

/** The message a mail client sends when the user follows the mailto (as the MTA hands it on). */
function replyMessage(from: string, to: string, subject: string, extraHeaders: string[] = []) {
  return Buffer.from(
    [
      `Return-Path: <${from}>`,
      ...extraHeaders,
      `From: =?UTF-8?B?${Buffer.from('担当者').toString('base64')}?= <${from}>`,
      `To: ${to}`,
      `Subject: ${subject}`,
      `Date: ${new Date().toUTCString().replace('GMT', '+0000')}`,
      `Message-ID: <${randomBytes(8).toString('hex')}@mail.example.net>`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      'このメッセージは配信停止のために自動で作成されました。',
      '',
    ].join('\r\n'),
  );
}

async function postMail(raw: Buffer, secret = BOUNCE_SECRET) {
  const response = await fetch(`${server.url}/bounces`, {
    method: 'POST',
    headers: { 'content-type': 'message/rfc822', authorization: `Bearer ${secret}` },
    body: raw,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function optedOut(email: string): Promise<string[]> {
  const row = await database.db
    .selectFrom('contacts')
    .select('opted_out_kinds')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return row.opted_out_kinds;
}

async function auditCount(contactId: string): Promise<number> {
  const rows = await database.db
    .selectFrom('audit_events')
    .select('after')
    .where('action', '=', 'contact.unsubscribe')
    .where('target_id', '=', contactId)
    .execute();
  return rows.length;
}

describe('unsubscribe by mail to the List-Unsubscribe mailto:', () => {
  it('the reply to the mailto opts the contact out; the next newsletter skips them; 事務連絡 still reach them; a repeat is a no-op', async () => {
    const org = await addOrganization(database.db, {
      contacts: ['taro@mailto.example.jp', 'hanako@mailto.example.jp'],
    });
    const first = await send(org.id);
    const taro = first.get('taro@mailto.example.jp');
    const mailto = await mailtoOf(taro?.message_id ?? '');
    // RFC 2369 form, on the return-path domain, the subject carrying the signed token.
    expect(mailto.to).toBe('unsubscribe@bounces.tsunagari.example.jp');
    expect(mailto.subject).toBe(
      `unsubscribe ${signLinkToken(secretKey, 'unsubscribe', taro?.id ?? '')}`,
    );

    const reply = replyMessage('taro@mailto.example.jp', mailto.to, mailto.subject, [
      `Delivered-To: ${mailto.to}`,
    ]);
    const done = await postMail(reply);
    expect(done).toEqual({
      status: 200,
      body: {
        unsubscribe: 'UNSUBSCRIBED',
        deliveryId: taro?.id,
        kind: 'NEWSLETTER',
        address: 'taro@mailto.example.jp',
      },
    });
    expect(await optedOut('taro@mailto.example.jp')).toEqual(['NEWSLETTER']);
    expect(await optedOut('hanako@mailto.example.jp')).toEqual([]);
    const contactId = org.contacts[0]?.id ?? '';
    expect(await auditCount(contactId)).toBe(1);

    // The MTA delivers the same message twice (or the user sends it again): nothing changes.
    const again = await postMail(reply);
    expect(again.status).toBe(200);
    expect(again.body.unsubscribe).toBe('ALREADY_UNSUBSCRIBED');
    expect(await optedOut('taro@mailto.example.jp')).toEqual(['NEWSLETTER']);
    expect(await auditCount(contactId)).toBe(1);

    // The next newsletter: taro is skipped and gets no message, hanako gets hers.
    const before = sink.received.filter((m) => m.to === 'taro@mailto.example.jp').length;
    const second = await send(org.id);
    expect(second.get('taro@mailto.example.jp')).toMatchObject({
      status: 'SUPPRESSED',
      suppression_reason: 'OPTED_OUT',
    });
    expect(second.get('hanako@mailto.example.jp')?.status).toBe('SENT');
    expect(sink.received.filter((m) => m.to === 'taro@mailto.example.jp').length).toBe(before);

    // 事務連絡 are administrative: they still reach him.
    const notice = await send(org.id, 'NOTICE');
    const noticeToTaro = notice.get('taro@mailto.example.jp');
    expect(noticeToTaro?.status).toBe('SENT');
    expect(sink.accepted().some((m) => m.messageId === noticeToTaro?.message_id)).toBe(true);
  });

  it('a forged, altered or wrong-purpose token changes nothing and is reported', async () => {
    const org = await addOrganization(database.db, { contacts: ['forged@mailto.example.jp'] });
    const delivery = (await send(org.id)).get('forged@mailto.example.jp');
    const { to, subject } = await mailtoOf(delivery?.message_id ?? '');
    const altered = `${subject.slice(0, -1)}${subject.at(-1) === 'A' ? 'B' : 'A'}`;
    const otherKey = `unsubscribe ${signLinkToken(randomBytes(32), 'unsubscribe', delivery?.id ?? '')}`;
    const otherPurpose = `unsubscribe ${signLinkToken(secretKey, 'preferences', delivery?.id ?? '')}`;
    for (const bad of [altered, otherKey, otherPurpose]) {
      const result = await postMail(replyMessage('forged@mailto.example.jp', to, bad));
      expect(result.status).toBe(422);
      expect(result.body.unsubscribe).toBe('INVALID_TOKEN');
      expect(String(result.body.error)).toContain('not genuine');
    }
    const none = await postMail(replyMessage('forged@mailto.example.jp', to, 'unsubscribe'));
    expect(none.status).toBe(422);
    expect(String(none.body.error)).toContain('no unsubscribe token');
    // A genuine token in a message not addressed to the unsubscribe address is not acted on.
    const elsewhere = await postMail(
      replyMessage('forged@mailto.example.jp', 'secretariat@tsunagari.example.jp', subject),
    );
    expect(elsewhere.status).toBe(422);
    // Without the bearer secret nothing is read.
    expect((await postMail(replyMessage('x@example.jp', to, subject), 'wrong')).status).toBe(401);
    expect(await optedOut('forged@mailto.example.jp')).toEqual([]);
    expect(await auditCount(org.contacts[0]?.id ?? '')).toBe(0);
  });

  it('reads an encoded, replied-to subject and the unsubscribe+<token>@ address form', async () => {
    const org = await addOrganization(database.db, {
      contacts: ['encoded@mailto.example.jp', 'plus@mailto.example.jp'],
    });
    const sent = await send(org.id);
    const encoded = await mailtoOf(sent.get('encoded@mailto.example.jp')?.message_id ?? '');
    const word = Buffer.from(`Re: ${encoded.subject}`).toString('base64');
    const first = await postMail(
      replyMessage('encoded@mailto.example.jp', encoded.to, `=?UTF-8?B?${word}?=`),
    );
    expect(first.body.unsubscribe).toBe('UNSUBSCRIBED');
    expect(await optedOut('encoded@mailto.example.jp')).toEqual(['NEWSLETTER']);

    const plus = await mailtoOf(sent.get('plus@mailto.example.jp')?.message_id ?? '');
    const token = plus.subject.replace('unsubscribe ', '');
    const second = await postMail(
      replyMessage(
        'plus@mailto.example.jp',
        `"配信停止" <unsubscribe+${token}@bounces.tsunagari.example.jp>`,
        '配信停止',
      ),
    );
    expect(second.body.unsubscribe).toBe('UNSUBSCRIBED');
    expect(await optedOut('plus@mailto.example.jp')).toEqual(['NEWSLETTER']);
  });
});
