/**
 * Deleting an uploaded file (`deleteFile`): the secretariat removes a file no mailing refers to;
 * a file that a draft or a sent mailing uses stays (CONFLICT naming the mailing); members cannot;
 * and a mailing saved while the file is being deleted either keeps its file or is refused —
 * never saved pointing at nothing.
 */
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { ValidationFailedError } from '../../src/errors.js';
import { sampleNotice, sampleVisitReport } from '../../src/mail/render/samples.js';
import { deleteFile, holdContentFiles } from '../../src/modules/files/file.service.js';
import * as service from '../../src/modules/mailings/mailing.service.js';
import { graphql } from '../generated/index.js';
import { createUser, type TestUser } from '../helpers/accounts.js';
import type { TestDatabase } from '../helpers/database.js';
import { pdf, png, startFilesWorld, upload } from '../helpers/files.js';
import { expectTypename } from '../helpers/graphql.js';
import { addOrganization, audienceOf, serviceContext } from '../helpers/mail/harness.js';
import type { TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';

let database: TestDatabase;
let server: TestServer;
let staff: TestUser;

beforeAll(async () => {
  ({ database, server, staff } = await startFilesWorld());
});

const DELETE = graphql(`
  mutation DeleteDeleteFile($id: ID!) {
  deleteFile(input: { fileId: $id }) {
  __typename
  ... on DeleteFilePayload { deletedFileId }
  ... on Error { code message }
  }
  }
`);

async function uploaded(name: string): Promise<{ id: string; fileId: string }> {
  const { status, json } = await upload(
    server.url,
    staff.headers,
    'ATTACHMENT',
    name,
    pdf(10, name),
  );
  expect(status).toBe(201);
  return { id: json.id, fileId: json.fileId };
}

async function stillStored(fileId: string): Promise<boolean> {
  const row = await database.db
    .selectFrom('files')
    .select('id')
    .where('id', '=', fileId)
    .executeTakeFirst();
  return row !== undefined;
}

function noticeWith(fileId: string, subject: string) {
  return JSON.stringify({ ...sampleNotice, subject, attachments: [{ label: '別添1', fileId }] });
}

describe('deleteFile', () => {
  it('deletes a file no mailing uses, answers its global ID and records who deleted what', async () => {
    const file = await uploaded('間違えた資料.pdf');
    const { data, errors } = await server.graphql(DELETE, { id: file.id }, staff.headers);
    expect(errors).toBeUndefined();
    expect(data?.deleteFile).toEqual({ __typename: 'DeleteFilePayload', deletedFileId: file.id });
    expect(await stillStored(file.fileId)).toBe(false);
    const audit = await database.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id', 'before'])
      .where('target_id', '=', file.fileId)
      .orderBy('occurred_at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['file.upload', 'file.delete']);
    expect(audit[1]?.actor_id).toBe(staff.accountId);
    expect(JSON.stringify(audit[1]?.before)).toContain('間違えた資料.pdf');
    // Gone for good: deleting again is NOT_FOUND, and nothing else changed.
    const again = await server.graphql(DELETE, { id: file.id }, staff.headers);
    expect(again.data?.deleteFile).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
    });
  });

  it('keeps a file a draft refers to, and says which mailing uses it', async () => {
    const file = await uploaded('別添1.pdf');
    const org = await addOrganization(database.db, { contacts: ['draft@files.example.jp'] });
    const caller = serviceContext(database.db, staff.accountId);
    await service.createMailing(
      database.db,
      caller,
      {
        kind: 'NOTICE',
        contentJson: noticeWith(file.fileId, '下書きの事務連絡'),
        audience: audienceOf([org.id]),
      },
      caller.config,
    );
    const { data } = await server.graphql(DELETE, { id: file.id }, staff.headers);
    expect(expectTypename(data?.deleteFile, 'ConflictError').message).toContain(
      '下書きの事務連絡」',
    );
    expect(await stillStored(file.fileId)).toBe(true);
  });

  it('keeps a photo a visit report shows', async () => {
    const photo = await upload(server.url, staff.headers, 'PHOTO', '訪問の様子.png', png());
    expect(photo.status).toBe(201);
    const org = await addOrganization(database.db, { contacts: ['photo@files.example.jp'] });
    const caller = serviceContext(database.db, staff.accountId);
    await service.createMailing(
      database.db,
      caller,
      {
        kind: 'VISIT_REPORT',
        contentJson: JSON.stringify({
          ...sampleVisitReport,
          photos: [{ fileId: photo.json.fileId, alt: '訪問の様子' }],
        }),
        audience: audienceOf([org.id]),
      },
      caller.config,
    );
    const { data } = await server.graphql(DELETE, { id: photo.json.id }, staff.headers);
    expect(data?.deleteFile.__typename).toBe('ConflictError');
    expect(await stillStored(photo.json.fileId)).toBe(true);
  });

  it('is for the secretariat only', async () => {
    const file = await uploaded('会員には消せない.pdf');
    const org = await addOrganization(database.db);
    const member = await createUser(database.db, {
      role: 'MEMBER',
      organizationId: org.id,
      isOrganizationAdmin: true,
    });
    const asMember = await server.graphql(DELETE, { id: file.id }, member.headers);
    expect(asMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await server.graphql(DELETE, { id: file.id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await stillStored(file.fileId)).toBe(true);
  });

  it('a mailing saved while the file is being deleted keeps it: the delete waits, then refuses', async () => {
    const file = await uploaded('同時に.pdf');
    const ctx = serviceContext(database.db, staff.accountId);
    const content = JSON.parse(noticeWith(file.fileId, '同時に保存された事務連絡'));
    let deleting: Promise<unknown> | undefined;
    await database.db.transaction().execute(async (trx) => {
      // The saving transaction holds the file (as createMailing does) …
      expect(await holdContentFiles(trx, content)).toEqual([]);
      await trx
        .insertInto('mailings')
        .values({
          kind: 'NOTICE',
          subject: '同時に保存された事務連絡',
          content: JSON.stringify(content),
          audience: JSON.stringify({}),
        })
        .execute();
      // … so the delete started now must wait for it to commit.
      deleting = deleteFile(ctx.db, ctx, { fileId: file.fileId }).catch((error: Error) => error);
      // … and it does: its statement waits for a lock this transaction holds.
      await waitFor(async () => {
        const { rows } = await sql<{ waiting: number }>`
          SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(database.db);
        return (rows[0]?.waiting ?? 0) > 0 ? true : undefined;
      });
      expect(await stillStored(file.fileId)).toBe(true);
    });
    const outcome = await deleting;
    expect(outcome).toBeInstanceOf(Error);
    expect((outcome as Error).message).toContain('「同時に保存された事務連絡」');
    expect(await stillStored(file.fileId)).toBe(true);
  });

  it('a mailing saved after the file was deleted is refused, naming the field', async () => {
    const file = await uploaded('先に消えた.pdf');
    const ctx = serviceContext(database.db, staff.accountId);
    await deleteFile(ctx.db, ctx, { fileId: file.fileId });
    const org = await addOrganization(database.db, { contacts: ['late@files.example.jp'] });
    const saving = service.createMailing(
      ctx.db,
      ctx,
      {
        kind: 'NOTICE',
        contentJson: noticeWith(file.fileId, '消えたファイルの事務連絡'),
        audience: audienceOf([org.id]),
      },
      ctx.config,
    );
    await expect(saving).rejects.toBeInstanceOf(ValidationFailedError);
    await expect(saving).rejects.toMatchObject({
      problems: [
        expect.objectContaining({ path: ['input', 'contentJson', 'attachments', '0', 'fileId'] }),
      ],
    });
  });
});
