/**
 * Uploads over real HTTP (POST /files): who may upload, the Japanese file name kept, size limits
 * (413 with the limit and the size), types checked by their bytes (415), and how mailing content
 * refers to uploaded files (validation names the field; photos render from /files/<uuid>).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ValidationFailedError } from '../../src/errors.js';
import { sampleNotice, sampleVisitReport } from '../../src/mail/render/samples.js';
import * as service from '../../src/modules/mailings/mailing.service.js';
import { graphql } from '../generated/index.js';
import { createUser, type TestUser } from '../helpers/accounts.js';
import type { TestDatabase } from '../helpers/database.js';
import { docx, PUBLIC_URL, pdf, png, sha256, startFilesWorld, upload } from '../helpers/files.js';
import { expectTypename } from '../helpers/graphql.js';
import { addOrganization, audienceOf, serviceContext } from '../helpers/mail/harness.js';
import type { TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
let staff: TestUser;

beforeAll(async () => {
  ({ database, server, staff } = await startFilesWorld());
});

async function fileCount(): Promise<number> {
  const row = await database.db
    .selectFrom('files')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const NODE = graphql(`
  query UploadNode($id: ID!) {
        node(id: $id) { ... on File { filename byteSize purpose uploadedBy { id } } }
        files(first: 10, purpose: ATTACHMENT) { totalCount edges { node { fileId } } }
      }
`);

const MAILING = graphql(`
  query UploadMailing($id: ID!) { mailing(id: $id) { preview { html text } } }
`);

const CREATE_MAILING = graphql(`
  mutation UploadCreateMailing($input: CreateMailingInput!) { createMailing(input: $input) {
        __typename
        ... on MailingPayload { mailing { id content { ... on NoticeContent { attachments { fileId } } } } }
      } }
`);

describe('POST /files', () => {
  it('stores a PDF with its Japanese file name and answers 201 with its IDs, size and SHA-256', async () => {
    const body = pdf(1000);
    const { status, json } = await upload(
      server.url,
      staff.headers,
      'ATTACHMENT',
      '別添1_熱中症予防.pdf',
      body,
    );
    expect(status).toBe(201);
    expect(json).toMatchObject({
      filename: '別添1_熱中症予防.pdf',
      contentType: 'application/pdf',
      byteSize: body.length,
      sha256: sha256(body),
    });
    expect(json.fileId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Buffer.from(json.id, 'base64').toString()).toBe(`File:${json.fileId}`);
    expect(json.url).toBeUndefined();
    const audit = await database.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('target_id', '=', json.fileId)
      .execute();
    expect(audit).toEqual([{ action: 'file.upload', actor_id: staff.accountId }]);

    // The secretariat sees it in GraphQL.
    const result = await server.graphql(NODE, { id: json.id }, staff.headers);
    expect(result.errors).toBeUndefined();
    expect(result.data?.node).toMatchObject({
      filename: '別添1_熱中症予防.pdf',
      byteSize: body.length,
      purpose: 'ATTACHMENT',
    });
    expect(result.data?.files.edges.map((e) => e.node.fileId)).toContain(json.fileId);
  });

  it('takes the name from a percent-encoded x-filename header too, and tells docx apart by its bytes', async () => {
    const response = await fetch(`${server.url}/files?purpose=ATTACHMENT`, {
      method: 'POST',
      headers: {
        ...staff.headers,
        'content-type': 'application/octet-stream',
        'x-filename': encodeURIComponent('様式2_回答票.docx'),
      },
      body: docx(),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      filename: '様式2_回答票.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  });

  it('refuses an attachment over 10 MiB and a photo over 2 MiB with 413, saying the limit and the size', async () => {
    const before = await fileCount();
    const big = await upload(
      server.url,
      staff.headers,
      'ATTACHMENT',
      '大きい.pdf',
      pdf(10 * 1024 * 1024),
    );
    expect(big.status).toBe(413);
    expect(big.json.error?.code).toBe('FILE_TOO_LARGE');
    expect(big.json.error?.message).toContain('上限は 10 MiB');
    expect(big.json.error?.message).toContain('10,485,');
    const photo = await upload(
      server.url,
      staff.headers,
      'PHOTO',
      'photo.png',
      png(2 * 1024 * 1024),
    );
    expect(photo.status).toBe(413);
    expect(photo.json.error?.message).toContain('上限は 2 MiB');
    expect(photo.json.error?.message).toContain(
      `${(2 * 1024 * 1024 + 16).toLocaleString('en-US')} バイト`,
    );
    expect(await fileCount()).toBe(before);
  });

  it('stops reading a streamed body (no Content-Length) at the limit and answers 413', async () => {
    const chunk = Buffer.alloc(256 * 1024, 0x41);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(png(10));
      },
      pull(controller) {
        if (sent > 4 * 1024 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${server.url}/files?purpose=PHOTO&filename=x.png`, {
      method: 'POST',
      headers: { ...staff.headers, 'content-type': 'image/png' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(
      '2 MiB を超えています',
    );
  });

  it('checks the type by the bytes: a PNG named .pdf, a text file as a photo, a plain zip → 415', async () => {
    const before = await fileCount();
    const cases: [string, string, Buffer][] = [
      ['ATTACHMENT', 'fake.pdf', png()],
      ['PHOTO', 'photo.jpg', Buffer.from('not an image at all')],
      ['PHOTO', 'scan.png', pdf()],
      ['ATTACHMENT', 'archive.zip', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100)])],
      ['ATTACHMENT', 'tool.exe', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)])],
    ];
    for (const [purpose, name, body] of cases) {
      const { status, json } = await upload(server.url, staff.headers, purpose, name, body);
      expect(status, name).toBe(415);
      expect(json.error?.code).toBe('UNSUPPORTED_FILE_TYPE');
      expect(json.error?.message).toContain('登録できる形式');
    }
    expect(await fileCount()).toBe(before);
  });

  it('accepts CSV attachments and PNG photos; a photo answer carries its public URL', async () => {
    const csv = await upload(
      server.url,
      staff.headers,
      'ATTACHMENT',
      '名簿.csv',
      Buffer.from('団体名,担当者\nつながるまち,田中\n'),
    );
    expect(csv.status).toBe(201);
    expect(csv.json.contentType).toBe('text/csv');
    const photo = await upload(server.url, staff.headers, 'PHOTO', '食堂.png', png());
    expect(photo.status).toBe(201);
    expect(photo.json.url).toBe(`${PUBLIC_URL}/files/${photo.json.fileId}`);
  });

  it('is for the secretariat only: anonymous 401, member 403, bad purpose 400', async () => {
    const before = await fileCount();
    const org = await addOrganization(database.db);
    const member = await createUser(database.db, {
      role: 'MEMBER',
      organizationId: org.id,
      isOrganizationAdmin: true,
    });
    expect((await upload(server.url, {}, 'ATTACHMENT', 'a.pdf', pdf())).status).toBe(401);
    const forbidden = await upload(server.url, member.headers, 'ATTACHMENT', 'a.pdf', pdf());
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.error?.message).toContain('事務局だけ');
    expect((await upload(server.url, staff.headers, 'OTHER', 'a.pdf', pdf())).status).toBe(400);
    expect(
      (await upload(server.url, { authorization: 'Bearer wrong' }, 'PHOTO', 'a.png', png())).status,
    ).toBe(401);
    expect(await fileCount()).toBe(before);
  });

  it('takes the session cookie only with the x-tsunagari-upload header (no cross-site form upload)', async () => {
    const cookie = { cookie: `tsunagari_session=${staff.token}` };
    const refused = await upload(server.url, cookie, 'ATTACHMENT', 'a.pdf', pdf());
    expect(refused.status).toBe(403);
    expect(refused.json.error?.code).toBe('UPLOAD_HEADER_REQUIRED');
    const form = await fetch(`${server.url}/files?purpose=ATTACHMENT&filename=a.pdf`, {
      method: 'POST',
      headers: { ...cookie, 'content-type': 'text/plain' },
      body: pdf(),
    });
    expect(form.status).toBe(403);
    const allowed = await upload(
      server.url,
      { ...cookie, 'x-tsunagari-upload': '1' },
      'ATTACHMENT',
      'a.pdf',
      pdf(),
    );
    expect(allowed.status).toBe(201);
  });
});

describe('content that refers to uploaded files', () => {
  async function problemsOf(kind: 'NOTICE' | 'VISIT_REPORT', content: unknown) {
    const org = await addOrganization(database.db, { contacts: ['x@files.example.jp'] });
    const ctx = serviceContext(database.db, staff.accountId);
    try {
      await service.createMailing(
        ctx.db,
        ctx,
        {
          kind,
          contentJson: JSON.stringify(content),
          audience: audienceOf([org.id]),
        },
        ctx.config,
      );
    } catch (error) {
      if (error instanceof ValidationFailedError) {
        return error.problems.map((p) => `${p.path.join('.')}: ${p.message}`);
      }
      throw error;
    }
    return [];
  }

  it('names the field: both url and fileId, neither, an unknown fileId, a PDF as a photo', async () => {
    const attachment = await upload(server.url, staff.headers, 'ATTACHMENT', 'a.pdf', pdf());
    const unknown = '00000000-0000-4000-8000-000000000000';
    const notice = await problemsOf('NOTICE', {
      ...sampleNotice,
      attachments: [
        { label: '両方', url: 'https://example.go.jp/a.pdf', fileId: attachment.json.fileId },
        { label: 'どちらもなし' },
        { label: '不明', fileId: unknown },
      ],
    });
    expect(notice).toEqual([
      expect.stringMatching(/^input\.contentJson\.attachments\.2\.fileId: .*見つかりません/),
      expect.stringMatching(
        /^input\.contentJson\.attachments\.0\.fileId: .*どちらか一方だけ.*（両方は指定できません）/,
      ),
      expect.stringMatching(
        /^input\.contentJson\.attachments\.1\.url: .*url か、アップロードしたファイルの fileId のどちらか/,
      ),
    ]);

    const report = await problemsOf('VISIT_REPORT', {
      ...sampleVisitReport,
      photos: [{ fileId: attachment.json.fileId, alt: '写真' }],
    });
    expect(report).toEqual([
      expect.stringMatching(/^input\.contentJson\.photos\.0\.fileId: .*写真ではありません/),
    ]);
  });

  it('renders an uploaded photo as <img src=…/files/<uuid>>, and that URL serves the image', async () => {
    const image = png(500);
    const photo = await upload(server.url, staff.headers, 'PHOTO', '配膳の様子.png', image);
    const org = await addOrganization(database.db, { contacts: ['photo@files.example.jp'] });
    const ctx = serviceContext(database.db, staff.accountId);
    const mailing = await service.createMailing(
      ctx.db,
      ctx,
      {
        kind: 'VISIT_REPORT',
        contentJson: JSON.stringify({
          ...sampleVisitReport,
          photos: [{ fileId: photo.json.fileId, alt: '配膳をするボランティア', caption: '配膳' }],
        }),
        audience: audienceOf([org.id]),
      },
      ctx.config,
    );
    const preview = await server.graphql(
      MAILING,
      { id: Buffer.from(`Mailing:${mailing.id}`).toString('base64') },
      staff.headers,
    );
    const src = `${PUBLIC_URL}/files/${photo.json.fileId}`;
    expect(preview.data?.mailing?.preview.html).toMatch(
      new RegExp(
        `<img[^>]+src="${src}"[^>]*alt="配膳をするボランティア"|<img[^>]+alt="配膳をするボランティア"[^>]*src="${src}"`,
      ),
    );
    const served = await fetch(`${server.url}/files/${photo.json.fileId}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(sha256(await served.arrayBuffer())).toBe(sha256(image));
  });

  it('takes a file by its ID (global ID, as POST /files answers `id`) or its UUID, and refuses an ID of another type', async () => {
    const first = await upload(server.url, staff.headers, 'ATTACHMENT', '別添1.pdf', pdf(10, 'b'));
    const second = await upload(server.url, staff.headers, 'ATTACHMENT', '別添2.pdf', pdf(10, 'c'));
    const org = await addOrganization(database.db, { contacts: ['ids@files.example.jp'] });
    // Typed content over GraphQL: one attachment by its global ID, one by its UUID.
    const created = await server.graphql(
      CREATE_MAILING,
      {
        input: {
          kind: 'NOTICE',
          content: {
            notice: {
              date: sampleNotice.date,
              issuers: sampleNotice.issuers,
              addressee: sampleNotice.addressee,
              subject: sampleNotice.subject,
              paragraphs: sampleNotice.paragraphs,
              attachments: [
                { label: '別添1', fileId: first.json.id },
                { label: '別添2', fileId: second.json.fileId },
              ],
            },
          },
          // A list of IDs takes UUIDs too.
          audience: { includeOrganizations: [org.id], contacts: { selection: 'ALL' } },
        },
      },
      staff.headers,
    );
    expect(created.errors).toBeUndefined();
    const { mailing } = expectTypename(created.data?.createMailing, 'MailingPayload');
    // The API shows both as the File's global ID …
    expect(mailing.content).toEqual({
      attachments: [{ fileId: first.json.id }, { fileId: second.json.id }],
    });
    // … and the content keeps the UUIDs, so the files are held and linked as any other.
    const mailingId = Buffer.from(mailing.id, 'base64')
      .toString()
      .replace(/^Mailing:/, '');
    const row = await database.db
      .selectFrom('mailings')
      .select('content')
      .where('id', '=', mailingId)
      .executeTakeFirstOrThrow();
    expect((row.content as { attachments: { fileId: string }[] }).attachments).toEqual([
      expect.objectContaining({ fileId: first.json.fileId }),
      expect.objectContaining({ fileId: second.json.fileId }),
    ]);

    // An ID of another type (the organisation's) is refused at its field, in Japanese.
    const orgId = Buffer.from(`Organization:${org.id}`).toString('base64');
    expect(
      await problemsOf('NOTICE', {
        ...sampleNotice,
        attachments: [{ label: '取り違え', fileId: orgId }],
      }),
    ).toEqual([
      `input.contentJson.attachments.0.fileId: 「${orgId}」は団体（Organization）の ID です。ここにはファイル（File）の ID を指定してください。`,
    ]);
  });

  it('serves a photo at /files/<global ID> as at /files/<uuid>', async () => {
    const image = png(300);
    const photo = await upload(server.url, staff.headers, 'PHOTO', '写真.png', image);
    const served = await fetch(`${server.url}/files/${encodeURIComponent(photo.json.id)}`);
    expect(served.status).toBe(200);
    expect(sha256(await served.arrayBuffer())).toBe(sha256(image));
    const wrongType = Buffer.from(`Mailing:${photo.json.fileId}`).toString('base64');
    expect((await fetch(`${server.url}/files/${encodeURIComponent(wrongType)}`)).status).toBe(404);
  });

  it('does not serve an attachment at /files/<uuid> unless a published mailing carries it', async () => {
    const attachment = await upload(server.url, staff.headers, 'ATTACHMENT', '内部資料.pdf', pdf());
    const response = await fetch(`${server.url}/files/${attachment.json.fileId}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('ファイルが見つかりません');
    expect((await fetch(`${server.url}/files/not-a-uuid`)).status).toBe(404);
  });
});
