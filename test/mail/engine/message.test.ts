/**
 * What a recipient receives: HTML and text parts filled for them, the headers of the issue
 * (Message-ID, List-Id, List-Unsubscribe + Post, VERP Return-Path), a DKIM signature that
 * verifies (mailauth) and covers both List-* headers, and no header injection.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  composeMessage,
  prepareMailing,
  recipientValues,
} from '../../../src/mail/engine/compose.js';
import {
  assertHeaderSafe,
  encodeHeaderText,
  formatMailbox,
  HeaderInjectionError,
  headerLine,
  parseMailbox,
} from '../../../src/mail/engine/headers.js';
import { verifyLinkToken } from '../../../src/mail/engine/links.js';
import { compileEmail, personalize } from '../../../src/mail/render/index.js';
import { sampleNewsletter } from '../../../src/mail/render/samples.js';
import * as service from '../../../src/modules/mailings/mailing.service.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/database.js';
import { testDkimKey, verifyDkim } from '../../helpers/dkim.js';
import {
  addOrganization,
  audienceOf,
  createMailing,
  deliveryStatuses,
  PUBLIC_URL,
  type ServiceCaller,
  secretariat,
  startTestWorker,
  waitForMailing,
} from '../../helpers/mail/harness.js';
import {
  type ReceivedMessage,
  type SmtpSink,
  startSmtpSink,
} from '../../helpers/mail/smtp-sink.js';

const DKIM = testDkimKey('tsu2026');
const secretKey = randomBytes(32);

let database: TestDatabase;
let sink: SmtpSink;
let ctx: ServiceCaller;

beforeAll(async () => {
  database = await createTestDatabase();
  sink = await startSmtpSink();
  await startTestWorker(database.url, database.db, sink.url, {
    secretKey,
    engine: {
      dkim: {
        domain: DKIM.domain,
        selector: DKIM.selector,
        privateKey: DKIM.privateKeyPem,
      },
    },
  });
  ({ ctx } = await secretariat(database.db));
});

/** The message's (first) DKIM signature, as a receiving server judges it. */
async function signatureOf(message: ReceivedMessage) {
  const [dkim] = await verifyDkim(message, DKIM);
  return dkim;
}

function header(mail: ParsedMail, name: string): string {
  return mail.headerLines.find((h) => h.key === name)?.line ?? '';
}

describe('the message a recipient receives', () => {
  let newsletter: { mail: ParsedMail; message: ReceivedMessage; deliveryId: string };
  let notice: { mail: ParsedMail; message: ReceivedMessage };

  beforeAll(async () => {
    const org = await addOrganization(database.db, {
      name: 'NPO法人 ひだまり',
      contacts: [{ email: 'tanaka@hidamari.example.jp', name: '田中　花子' }],
    });
    const mailing = await createMailing(ctx, audienceOf([org.id]));
    await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
    await waitForMailing(database.db, mailing.id, ['SENT']);
    const delivery = await database.db
      .selectFrom('deliveries')
      .selectAll()
      .where('mailing_id', '=', mailing.id)
      .executeTakeFirstOrThrow();
    const message = sink.accepted().find((m) => m.messageId === delivery.message_id);
    if (!message) throw new Error('newsletter not received');
    newsletter = { mail: await sink.parse(message), message, deliveryId: delivery.id };

    const noticeMailing = await createMailing(ctx, audienceOf([org.id]), 'NOTICE');
    await service.sendMailing(ctx.db, ctx, { mailingId: noticeMailing.id });
    await waitForMailing(database.db, noticeMailing.id, ['SENT']);
    const noticeDelivery = await database.db
      .selectFrom('deliveries')
      .select('message_id')
      .where('mailing_id', '=', noticeMailing.id)
      .executeTakeFirstOrThrow();
    const noticeMessage = sink.accepted().find((m) => m.messageId === noticeDelivery.message_id);
    if (!noticeMessage) throw new Error('notice not received');
    notice = { mail: await sink.parse(noticeMessage), message: noticeMessage };
  });

  it('has an HTML and a text part, both filled in for the recipient', () => {
    const { mail } = newsletter;
    expect(mail.subject).toContain('第12号');
    expect(mail.html).toContain('田中　花子');
    expect(mail.html).toContain('NPO法人 ひだまり');
    expect(mail.text).toContain('田中　花子');
    expect(mail.text).toContain('地域の居場所づくり');
    expect(mail.text).not.toMatch(/<[a-z]+[\s>]/i);
    // No placeholder marker survives.
    expect(mail.html).not.toMatch(/[\uFDD0\uFDD1]|\{\{/);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0] : undefined).toEqual({
      address: 'tanaka@hidamari.example.jp',
      name: '田中　花子',
    });
    expect(mail.from?.value[0]?.name).toBe('孤独・孤立対策官民連携プラットフォーム事務局');
  });

  it('carries its fixed Message-ID, List-Id and a VERP Return-Path naming the delivery', async () => {
    const { mail, message, deliveryId } = newsletter;
    expect(mail.messageId).toBe(`<${deliveryId}@tsunagari.example.jp>`);
    expect(header(mail, 'list-id')).toMatch(/<newsletter\.tsunagari\.example\.jp>$/);
    expect(message.envelopeFrom).toBe(`bounce+${deliveryId}@bounces.tsunagari.example.jp`);
  });

  it('has one-click List-Unsubscribe (https + mailto) and List-Unsubscribe-Post (RFC 8058)', () => {
    const { mail, deliveryId } = newsletter;
    const value = header(mail, 'list-unsubscribe').replace(/^List-Unsubscribe:\s*/i, '');
    const links = [...value.matchAll(/<([^>]+)>/g)].map((m) => m[1] ?? '');
    expect(links).toHaveLength(2);
    const https = links.find((l) => l.startsWith('https://')) ?? '';
    expect(https.startsWith(`${PUBLIC_URL}/unsubscribe/`)).toBe(true);
    expect(verifyLinkToken(secretKey, 'unsubscribe', https.slice(https.lastIndexOf('/') + 1))).toBe(
      deliveryId,
    );
    expect(links.find((l) => l.startsWith('mailto:'))).toMatch(
      /^mailto:unsubscribe@bounces\.tsunagari\.example\.jp\?subject=unsubscribe%20/,
    );
    expect(header(mail, 'list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    // The same link is in the footer of both parts.
    expect(mail.text).toContain(https);
  });

  it('is DKIM-signed, the signature verifies and covers both List-* headers', async () => {
    const dkim = await signatureOf(newsletter.message);
    expect(dkim?.status.result).toBe('pass');
    expect(dkim?.signingDomain).toBe(DKIM.domain);
    const signed = dkim?.signingHeaders?.keys.toLowerCase().split(/\s*:\s*/) ?? [];
    expect(signed).toEqual(
      expect.arrayContaining([
        'list-unsubscribe',
        'list-unsubscribe-post',
        'from',
        'subject',
        'list-id',
      ]),
    );
  });

  it('fails DKIM when a signed header is altered in transit', async () => {
    const tampered = Buffer.from(
      newsletter.message.raw
        .toString('latin1')
        .replace(
          'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
          'List-Unsubscribe-Post: List-Unsubscribe=Two-Click',
        ),
      'latin1',
    );
    const dkim = await signatureOf({ ...newsletter.message, raw: tampered });
    expect(dkim?.status.result).toBe('fail');
  });

  it('NOTICE (事務連絡) carries List-Id but no unsubscribe headers, and says why in the footer', async () => {
    const { mail, message } = notice;
    expect(header(mail, 'list-id')).toMatch(/<notice\.tsunagari\.example\.jp>$/);
    expect(header(mail, 'list-unsubscribe')).toBe('');
    expect(header(mail, 'list-unsubscribe-post')).toBe('');
    expect(mail.text).toContain('事務連絡');
    expect((await signatureOf(message))?.status.result).toBe('pass');
  });
});

describe('composing from pre-encoded parts', () => {
  it('decodes to exactly what personalize() gives, whatever the byte length of the values', async () => {
    const compiled = await compileEmail(sampleNewsletter, { publicUrl: PUBLIC_URL });
    const prepared = prepareMailing(
      { id: randomUUID(), kind: 'NEWSLETTER', unsubscribable: true, isPublic: true },
      compiled,
      {
        mailFrom: '事務局 <secretariat@tsunagari.example.jp>',
        publicUrl: PUBLIC_URL,
        secretKey,
        messageIdDomain: 'tsunagari.example.jp',
        returnPathDomain: 'bounces.tsunagari.example.jp',
        dkim: undefined,
      },
    );
    // Names of every length mod 3 in bytes, with 1-, 2- and 3-byte characters and HTML specials.
    for (const name of [
      '',
      'a',
      'ab',
      'é',
      'aé',
      '田',
      '田中',
      'a田',
      '<b>&"',
      '山田　太郎＆花子 <x>',
    ]) {
      const delivery = {
        id: randomUUID(),
        address: 'x@example.jp',
        recipientName: name,
        organizationName: `${name}の会`,
        contactId: randomUUID(),
        messageId: `<${randomUUID()}@tsunagari.example.jp>`,
      };
      const expected = personalize(compiled, recipientValues(prepared, delivery));
      const raw = composeMessage(prepared, delivery).raw.toString('latin1');
      const [, textB64, htmlB64] = raw.split(/\r\n--[^\r\n]+\r\n[\s\S]*?\r\n\r\n/);
      const decode = (b64: string | undefined) =>
        Buffer.from(
          (b64 ?? '').replace(/\r\n--[\s\S]*$/, '').replace(/\r\n/g, ''),
          'base64',
        ).toString('utf8');
      expect(decode(textB64)).toBe(expected.text.replace(/\r?\n/g, '\r\n'));
      expect(decode(htmlB64)).toBe(expected.html.replace(/\r?\n/g, '\r\n'));
      for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
      const bodyLines = raw
        .slice(raw.indexOf('\r\n\r\n'))
        .split('\r\n')
        .filter((l) => /^[A-Za-z0-9+/=]+$/.test(l));
      expect(Math.max(...bodyLines.map((l) => l.length))).toBeLessThanOrEqual(76);
    }
  });
});

describe('header injection', () => {
  it('rejects CR, LF and NUL in any header value with a clear error', () => {
    expect(() => assertHeaderSafe('Subject', 'お知らせ\r\nBcc: evil@example.com')).toThrow(
      /Subject header: its value contains a carriage return/,
    );
    expect(() => encodeHeaderText('Subject', 'a\nb')).toThrow(HeaderInjectionError);
    expect(() =>
      formatMailbox('To', { name: '山田\r\nBcc: x@example.com', address: 'a@example.jp' }),
    ).toThrow(HeaderInjectionError);
    expect(() => formatMailbox('To', { address: 'a@example.jp\r\nBcc: x@example.com' })).toThrow(
      HeaderInjectionError,
    );
    expect(() => formatMailbox('To', { address: 'a@example.jp>, <x@example.com' })).toThrow(
      /not a plain e-mail address/,
    );
    expect(() => headerLine('X-Test', 'a\u0000b')).toThrow(/NUL/);
    expect(() => parseMailbox('Name <a@example.jp>\nBcc: x@example.com')).toThrow(
      HeaderInjectionError,
    );
    // Structured values are encoded, never pasted: a Japanese name becomes encoded words.
    expect(formatMailbox('To', { name: '田中　花子', address: 'a@example.jp' })).toMatch(
      /^=\?UTF-8\?B\?[^\r\n]+\?= <a@example\.jp>$/,
    );
    expect(formatMailbox('To', { name: 'Tanaka, Hanako', address: 'a@example.jp' })).toBe(
      '"Tanaka, Hanako" <a@example.jp>',
    );
  });

  it('a contact name with CR/LF fails its delivery (nothing sent to anyone) while the others go out', async () => {
    const org = await addOrganization(database.db, {
      contacts: [
        { email: 'ok@inject.example.jp', name: '普通の名前' },
        { email: 'victim@inject.example.jp', name: '悪意\r\nBcc: attacker@evil.example.com' },
      ],
    });
    const mailing = await createMailing(ctx, audienceOf([org.id]));
    await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
    await waitForMailing(database.db, mailing.id, ['SENT']);
    expect(await deliveryStatuses(database.db, mailing.id)).toEqual({ SENT: 1, FAILED: 1 });
    const failed = await database.db
      .selectFrom('deliveries')
      .select(['address', 'last_error', 'attempts'])
      .where('mailing_id', '=', mailing.id)
      .where('status', '=', 'FAILED')
      .executeTakeFirstOrThrow();
    expect(failed.address).toBe('victim@inject.example.jp');
    expect(failed.last_error).toMatch(/HeaderInjectionError: Refusing to write the To header/);
    expect(
      sink.received.some(
        (m) => m.to.includes('inject.example.jp') && m.to !== 'ok@inject.example.jp',
      ),
    ).toBe(false);
    expect(sink.received.some((m) => m.raw.toString('latin1').includes('attacker@evil'))).toBe(
      false,
    );
    expect([...sink.rcptAttempts.keys()].some((a) => a.includes('evil'))).toBe(false);
  });

  it('content with a line break in the subject is rejected when the mailing is saved', async () => {
    const org = await addOrganization(database.db, { contacts: ['x@inject2.example.jp'] });
    await expect(
      service.createMailing(
        ctx.db,
        ctx,
        {
          kind: 'NOTICE',
          contentJson: JSON.stringify({
            date: '2025-05-27',
            issuers: ['内閣府'],
            addressee: '会員団体 各位',
            subject: '熱中症予防\r\nBcc: attacker@evil.example.com',
            paragraphs: ['本文'],
          }),
          audience: audienceOf([org.id]),
        },
        ctx.config,
      ),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [expect.objectContaining({ path: ['input', 'contentJson', 'subject'] })],
    });
  });
});
