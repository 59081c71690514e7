/**
 * A 事務連絡 with an uploaded PDF sent to two organisations through the real worker and an SMTP
 * sink: each message carries its own organisation's download link; following it serves the same
 * bytes with the Japanese file name and records the download for that organisation; a link does
 * not open another mailing's file, a tampered token opens nothing, and attachment and
 * unsubscribe tokens do not stand in for each other.
 */
import { randomBytes } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { signLinkToken } from '../../src/mail/engine/links.js';
import { sampleNotice } from '../../src/mail/render/samples.js';
import * as service from '../../src/modules/mailings/mailing.service.js';
import { graphql } from '../generated/index.js';
import type { TestUser } from '../helpers/accounts.js';
import type { TestDatabase } from '../helpers/database.js';
import { dispositionFilename, PUBLIC_URL, pdf, sha256, upload } from '../helpers/files.js';
import {
  addOrganization,
  audienceOf,
  type SeededOrganization,
  type ServiceCaller,
  serviceContext,
  waitForMailing,
} from '../helpers/mail/harness.js';
import type { SmtpSink } from '../helpers/mail/smtp-sink.js';
import { startMailWorld } from '../helpers/mail/world.js';
import type { TestServer } from '../helpers/server.js';

const secretKey = randomBytes(32);
let database: TestDatabase;
let sink: SmtpSink;
let server: TestServer;
let staff: TestUser;
let ctx: ServiceCaller;

beforeAll(async () => {
  ({ database, sink, server, staff } = await startMailWorld({
    secretKey,
    engine: { ratePerSecond: 100, concurrency: 2, batchSize: 10 },
  }));
  ctx = serviceContext(database.db, staff.accountId);
});

const FILENAME = '別添1_熱中症予防.pdf';

async function sendNotice(orgs: SeededOrganization[], attachments: unknown[]) {
  const mailing = await service.createMailing(
    ctx.db,
    ctx,
    {
      kind: 'NOTICE',
      contentJson: JSON.stringify({ ...sampleNotice, attachments }),
      audience: audienceOf(orgs.map((o) => o.id)),
    },
    ctx.config,
  );
  await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
  await waitForMailing(database.db, mailing.id, ['SENT']);
  const deliveries = await database.db
    .selectFrom('deliveries')
    .select(['id', 'address', 'message_id', 'organization_id'])
    .where('mailing_id', '=', mailing.id)
    .execute();
  return { mailing, deliveries };
}

async function received(messageId: string) {
  const message = sink.received.find((m) => m.messageId === messageId);
  if (!message) throw new Error(`message ${messageId} not received`);
  return sink.parse(message);
}

/** The attachment link of `fileId` in a message's text part (as the recipient sees it). */
function linkIn(text: string, fileId: string): string {
  const match = new RegExp(`${PUBLIC_URL}/attachments/[A-Za-z0-9._-]+/${fileId}`).exec(text);
  if (!match) throw new Error(`no attachment link for ${fileId} in:\n${text}`);
  return match[0];
}

const local = (url: string) => url.replace(PUBLIC_URL, server.url);

async function downloads() {
  return database.db
    .selectFrom('file_downloads')
    .select(['file_id', 'mailing_id', 'delivery_id', 'organization_id'])
    .execute();
}

const MAILING = graphql(`
  query AttachmentsMailing($id: ID!) { mailing(id: $id) { attachmentDownloads {
        file { filename } organization { id } organizationName downloads } } }
`);

describe('attachments reach each organisation as its own download link', () => {
  let fileId: string;
  let body: Buffer;
  let orgA: SeededOrganization;
  let orgB: SeededOrganization;
  let sent: Awaited<ReturnType<typeof sendNotice>>;
  let linkA: string;
  let linkB: string;

  beforeAll(async () => {
    body = pdf(300_000, 'heat');
    const uploaded = await upload(server.url, staff.headers, 'ATTACHMENT', FILENAME, body);
    expect(uploaded.status).toBe(201);
    fileId = uploaded.json.fileId;
    orgA = await addOrganization(database.db, { contacts: ['a@city-a.example.lg.jp'] });
    orgB = await addOrganization(database.db, { contacts: ['b@city-b.example.lg.jp'] });
    sent = await sendNotice(
      [orgA, orgB],
      [{ label: '別添1 熱中症予防について', fileId, note: '要確認' }],
    );
    const messageOf = (address: string) =>
      sent.deliveries.find((d) => d.address === address)?.message_id ?? '';
    const mailA = await received(messageOf('a@city-a.example.lg.jp'));
    const mailB = await received(messageOf('b@city-b.example.lg.jp'));
    linkA = linkIn(mailA.text ?? '', fileId);
    linkB = linkIn(mailB.text ?? '', fileId);
    // The HTML part has the same link, with the file's type and size next to it.
    expect(mailA.html).toContain(`href="${linkA}"`);
    expect(mailA.html).toContain('別添1 熱中症予防について（PDF, 300 KB）');
    expect(mailA.text).toContain(`別添1 熱中症予防について（PDF, 300 KB）: ${linkA}`);
    expect(mailA.text).toContain(`ファイル名：${FILENAME}`);
    // Not attached to the message itself (no attach: true).
    expect(mailA.attachments).toEqual([]);
  });

  it('gives each organisation a different link', () => {
    expect(linkA).not.toBe(linkB);
  });

  it('serves the same bytes to both, with the Japanese file name, and records who downloaded', async () => {
    for (const [link, org] of [
      [linkA, orgA],
      [linkB, orgB],
    ] as const) {
      const response = await fetch(local(link));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-length')).toBe(String(body.length));
      const disposition = response.headers.get('content-disposition');
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
      expect(dispositionFilename(disposition)).toBe(FILENAME);
      expect(sha256(await response.arrayBuffer())).toBe(sha256(body));
      const rows = await downloads();
      expect(rows.at(-1)).toEqual({
        file_id: fileId,
        mailing_id: sent.mailing.id,
        delivery_id: sent.deliveries.find((d) => d.organization_id === org.id)?.id,
        organization_id: org.id,
      });
    }

    // The secretariat sees which organisations opened the attachment.
    const result = await server.graphql(
      MAILING,
      { id: encodeGlobalID('Mailing', sent.mailing.id) },
      staff.headers,
    );
    expect(result.errors).toBeUndefined();
    const summary = result.data?.mailing?.attachmentDownloads ?? [];
    expect(summary.map((d) => d.organizationName).sort()).toEqual([orgA.name, orgB.name].sort());
    expect(summary.every((d) => d.file?.filename === FILENAME && d.downloads === 1)).toBe(true);
    expect(summary.map((d) => d.organization?.id).sort()).toEqual(
      [encodeGlobalID('Organization', orgA.id), encodeGlobalID('Organization', orgB.id)].sort(),
    );
  });

  it('does not open another mailing’s file with this link, nor with a tampered token (404, nothing recorded)', async () => {
    const other = await upload(server.url, staff.headers, 'ATTACHMENT', '他の資料.pdf', pdf(10));
    const orgC = await addOrganization(database.db, { contacts: ['c@city-c.example.lg.jp'] });
    await sendNotice([orgC], [{ label: '別の資料', fileId: other.json.fileId }]);
    const before = (await downloads()).length;

    const otherFile = linkA.replace(fileId, other.json.fileId);
    const wrongFile = await fetch(local(otherFile));
    expect(wrongFile.status).toBe(404);
    expect(await wrongFile.text()).toContain('ファイルが見つかりません');

    const token = /\/attachments\/([^/]+)\//.exec(linkA)?.[1] ?? '';
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    const tampered = linkA.replace(token, `${token.slice(0, -1)}${last}`);
    expect((await fetch(local(tampered))).status).toBe(404);
    const otherDelivery = sent.deliveries.find((d) => d.organization_id === orgB.id)?.id ?? '';
    const swapped = linkA.replace(token, `${otherDelivery}.${token.split('.')[1]}`);
    expect((await fetch(local(swapped))).status).toBe(404);

    expect((await downloads()).length).toBe(before);
  });

  it('keeps purposes apart: an unsubscribe token opens no attachment, an attachment token unsubscribes nobody', async () => {
    const delivery = sent.deliveries[0];
    if (!delivery) throw new Error('no delivery');
    const unsubscribeToken = signLinkToken(secretKey, 'unsubscribe', delivery.id);
    const before = (await downloads()).length;
    const asAttachment = await fetch(`${server.url}/attachments/${unsubscribeToken}/${fileId}`);
    expect(asAttachment.status).toBe(404);
    expect((await downloads()).length).toBe(before);

    const filesToken = signLinkToken(secretKey, 'files', delivery.id);
    const asUnsubscribe = await fetch(`${server.url}/unsubscribe/${filesToken}`);
    expect(asUnsubscribe.status).toBe(400);
    expect(await asUnsubscribe.text()).toContain('リンクが無効です');
  });

  it('serves the attachment at /files/<uuid> only once the mailing is published in the archive', async () => {
    expect((await fetch(`${server.url}/files/${fileId}`)).status).toBe(404);
    await database.db
      .updateTable('mailings')
      .set({ is_public: true, published_at: new Date() })
      .where('id', '=', sent.mailing.id)
      .execute();
    const response = await fetch(`${server.url}/files/${fileId}`);
    expect(response.status).toBe(200);
    expect(dispositionFilename(response.headers.get('content-disposition'))).toBe(FILENAME);
    expect(sha256(await response.arrayBuffer())).toBe(sha256(body));
  });
});

describe('small files attached to the message as well (attach: true)', () => {
  it('arrives as a MIME attachment with its Japanese name and the same bytes, next to the link', async () => {
    const small = pdf(50_000, 'small');
    const name = '様式1_受領確認票（記入用）.pdf';
    const uploaded = await upload(server.url, staff.headers, 'ATTACHMENT', name, small);
    const orgs = [
      await addOrganization(database.db, { contacts: ['d@city-d.example.lg.jp'] }),
      await addOrganization(database.db, { contacts: ['e@city-e.example.lg.jp'] }),
    ];
    const { deliveries } = await sendNotice(orgs, [
      { label: '様式1', fileId: uploaded.json.fileId, attach: true },
    ]);
    expect(deliveries).toHaveLength(2);
    for (const delivery of deliveries) {
      const mail = await received(delivery.message_id);
      expect(mail.attachments).toHaveLength(1);
      const [attachment] = mail.attachments;
      expect(attachment?.filename).toBe(name);
      expect(attachment?.contentType).toBe('application/pdf');
      expect(sha256(attachment?.content ?? Buffer.alloc(0))).toBe(sha256(small));
      // The text and HTML parts are still there, with the per-organisation link.
      expect(mail.text).toContain('このメールにも添付しています');
      const link = linkIn(mail.text ?? '', uploaded.json.fileId);
      expect(mail.html).toContain(`href="${link}"`);
      const response = await fetch(local(link));
      expect(sha256(await response.arrayBuffer())).toBe(sha256(small));
    }
  });

  it('refuses attach: true for a file over 2 MiB when the mailing is saved, naming the field', async () => {
    const big = await upload(
      server.url,
      staff.headers,
      'ATTACHMENT',
      'big.pdf',
      pdf(3 * 1024 * 1024),
    );
    const org = await addOrganization(database.db, { contacts: ['f@city-f.example.lg.jp'] });
    await expect(
      service.createMailing(
        ctx.db,
        ctx,
        {
          kind: 'NOTICE',
          contentJson: JSON.stringify({
            ...sampleNotice,
            attachments: [{ label: '大きい資料', fileId: big.json.fileId, attach: true }],
          }),
          audience: audienceOf([org.id]),
        },
        ctx.config,
      ),
    ).rejects.toMatchObject({
      problems: [
        {
          path: ['input', 'contentJson', 'attachments', '0', 'attach'],
          message: expect.stringContaining('2 MiB までのファイル'),
        },
      ],
    });
  });
});
