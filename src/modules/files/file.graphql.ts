/**
 * GraphQL of stored files: the File node and list (secretariat only), and on Mailing which
 * organisations downloaded which attachment when. Uploads go over HTTP (POST /files,
 * docs/files.md), not GraphQL.
 */
import { isSecretariat } from '../../auth/viewer.js';
import type { Context } from '../../context.js';
import type { FILE_PURPOSES } from '../../db/tables/files.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { builder } from '../../graphql/builder.js';
import { offsetConnection } from '../../graphql/pagination.js';
import { isUuid } from '../../lib/uuid.js';
import { AccountRef } from '../accounts/account.graphql.js';
import { MailingRef } from '../mailings/mailing.graphql.js';
import { OrganizationRef } from '../members/organization.graphql.js';
import type { StoredFile } from './file.js';
import {
  type AttachmentDownloadSummary,
  countFiles,
  findFilesByIds,
  listAttachmentDownloads,
  listFiles,
} from './file.repository.js';
import { deleteFile } from './file.service.js';

const FilePurposeEnum = builder.enumType('FilePurpose', {
  description: 'What an uploaded file is for; it can only be used there.',
  values: {
    ATTACHMENT: {
      description:
        'An attachment of a 事務連絡 (PDF, office file, CSV/TXT; up to 10 MiB), downloaded through a per-organisation link.',
    },
    PHOTO: {
      description:
        'A photo of a 事務局訪問記 (JPEG, PNG, GIF, WebP; up to 2 MiB); public at /files/<fileId> once uploaded.',
    },
  } satisfies Record<(typeof FILE_PURPOSES)[number], { description: string }>,
});

export const FileRef = builder.loadableNodeRef('File', {
  id: { resolve: (f: StoredFile) => f.id },
  load: async (ids: string[], context: Context) => {
    if (!isSecretariat(context.viewer)) return ids.map(() => null);
    const found = new Map(
      (await findFilesByIds(context.db, ids.filter(isUuid))).map((f) => [f.id, f]),
    );
    return ids.map((id) => found.get(id) ?? null);
  },
  sort: (f: StoredFile) => f.id,
});

FileRef.implement({
  description: 'An uploaded file (attachment or photo). Secretariat only.',
  fields: (t) => ({
    fileId: t.exposeString('id', {
      description:
        'The file’s UUID. Mailing content’s `fileId` takes this or `id` (the global ID, as the API shows IDs everywhere).',
    }),
    filename: t.exposeString('filename', { description: 'File name as uploaded (cleaned).' }),
    contentType: t.exposeString('contentType', {
      description: 'Media type, determined from the file’s bytes.',
    }),
    byteSize: t.exposeInt('byteSize', { description: 'Size in bytes.' }),
    sha256: t.exposeString('sha256', { description: 'SHA-256 of the bytes (hex).' }),
    purpose: t.expose('purpose', {
      type: FilePurposeEnum,
      description: 'What the file is for.',
    }),
    url: t.string({
      nullable: true,
      description: 'Public address of a PHOTO; null for attachments (they go per organisation).',
      resolve: (f, _args, { config }) =>
        f.purpose === 'PHOTO' ? `${config.publicUrl.replace(/\/+$/, '')}/files/${f.id}` : null,
    }),
    uploadedBy: t.expose('uploadedBy', {
      type: AccountRef,
      nullable: true,
      description: 'Who uploaded it.',
    }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      description: 'When it was uploaded.',
    }),
  }),
});

const AttachmentDownloadRef = builder
  .objectRef<AttachmentDownloadSummary>('AttachmentDownload')
  .implement({
    description: 'Downloads of one attachment of a mailing by one organisation.',
    fields: (t) => ({
      file: t.field({
        type: FileRef,
        nullable: true,
        description: 'The attachment.',
        resolve: (d) => d.fileId,
      }),
      organization: t.field({
        type: OrganizationRef,
        nullable: true,
        description: 'The organisation whose link was used (null if it was deleted).',
        resolve: (d) => d.organizationId,
      }),
      organizationName: t.exposeString('organizationName', {
        description: 'The organisation’s name as the mailing was addressed.',
      }),
      downloads: t.exposeInt('downloads', { description: 'How many times it was downloaded.' }),
      firstDownloadedAt: t.expose('firstDownloadedAt', {
        type: 'DateTime',
        description: 'First download.',
      }),
      lastDownloadedAt: t.expose('lastDownloadedAt', {
        type: 'DateTime',
        description: 'Latest download.',
      }),
    }),
  });

builder.objectField(MailingRef, 'attachmentDownloads', (t) =>
  t.field({
    type: [AttachmentDownloadRef],
    description:
      'Which organisations downloaded which attachment (fileId attachments of a 事務連絡) and when, per file and organisation. Secretariat only.',
    authScopes: { secretariat: true },
    resolve: (m, _args, { db }) => listAttachmentDownloads(db, m.id),
  }),
);

builder.queryFields((t) => ({
  files: t.connection({
    description: 'Uploaded files, newest first. Secretariat only.',
    type: FileRef,
    authScopes: { secretariat: true },
    args: {
      purpose: t.arg({ type: FilePurposeEnum, description: 'Only files of this purpose.' }),
    },
    resolve: (_root, args, { db }) => {
      const filter = { purpose: args.purpose ?? null };
      return offsetConnection(
        args,
        (page) => listFiles(db, filter, page),
        () => countFiles(db, filter),
      );
    },
  }),
}));

const DeleteFileInput = builder.inputType('DeleteFileInput', {
  description: 'The uploaded file to delete.',
  fields: (t) => ({
    fileId: t.globalID({
      for: FileRef,
      required: true,
      description: 'The file: its ID (global ID) or its UUID.',
    }),
  }),
});

const DeleteFilePayload = builder
  .objectRef<{ deletedFileId: string }>('DeleteFilePayload')
  .implement({
    description: 'The file was deleted.',
    fields: (t) => ({
      deletedFileId: t.globalID({
        description:
          'Global ID of the deleted File (for a client cache, e.g. Relay’s @deleteRecord).',
        resolve: (p) => ({ type: 'File', id: p.deletedFileId }),
      }),
    }),
  });

builder.mutationField('deleteFile', (t) =>
  t.field({
    description:
      'Deletes an uploaded file (e.g. the wrong one was uploaded) — only while no mailing refers to it, drafts included; otherwise CONFLICT, naming the mailings. Audited. Secretariat only.',
    type: DeleteFilePayload,
    errors: { types: [NotFoundError, ConflictError] },
    authScopes: { secretariat: true },
    args: { input: t.arg({ type: DeleteFileInput, required: true, description: 'The file.' }) },
    resolve: (_root, { input }, context) =>
      deleteFile(context.db, context, { fileId: input.fileId.id }),
  }),
);
