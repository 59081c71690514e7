/**
 * GraphQL of the public archive: `archive` (published items, newest first), `ArchiveItem` nodes,
 * an organisation's `visitReports`, and the secretariat's `setMailingPublication`.
 * Archive fields are public (anonymous callers, partner keys, signed-in users alike).
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { NotFoundError, ValidationFailedError } from '../../errors.js';
import { builder } from '../../graphql/builder.js';
import { offsetConnection } from '../../graphql/pagination.js';
import { parseCompiledEmail, webVersionText } from '../../mail/render/index.js';
import { MailingContentRef, storedContent } from '../mailings/content.graphql.js';
import { MailingRef } from '../mailings/mailing.graphql.js';
import type { Mailing } from '../mailings/mailing.js';
import { OrganizationRef } from '../members/organization.graphql.js';
import {
  type ARCHIVE_KINDS,
  type ArchiveItem,
  archiveUrl,
  isArchiveKind,
  webVersion,
} from './archive.js';
import {
  countArchive,
  findCompiledEmails,
  findPublishedItems,
  listArchive,
} from './archive.repository.js';
import { setMailingPublication } from './archive.service.js';

const ArchiveKindEnum = builder.enumType('ArchiveKind', {
  description: 'Kinds of mail published in the archive (会議の招集通知 never are).',
  values: {
    NEWSLETTER: { description: 'メールマガジン (newsletter issues).' },
    VISIT_REPORT: { description: '事務局訪問記 (office-visit reports).' },
    NOTICE: { description: '事務連絡 (administrative circulars) marked public.' },
  } satisfies Record<(typeof ARCHIVE_KINDS)[number], { description: string }>,
});

export const ArchiveItemRef = builder.loadableNodeRef('ArchiveItem', {
  id: { resolve: (item: ArchiveItem) => item.id },
  // Only published items load, for every viewer: the archive is the public view.
  load: async (ids: string[], context: Context) => {
    const found = new Map((await findPublishedItems(context.db, ids)).map((i) => [i.id, i]));
    return ids.map((id) => found.get(id) ?? null);
  },
  sort: (item: ArchiveItem) => item.id,
});

/**
 * The web version of each item, computed once per item per request; the compiled e-mails of a
 * page's items are read in one query, not one per item.
 */
const webVersionLoader = createContextCache(
  (context: Context) =>
    new DataLoader<ArchiveItem, ReturnType<typeof webVersion>, string>(
      async (items) => {
        const compiled = await findCompiledEmails(
          context.db,
          items.map((item) => item.id),
        );
        const publicUrl = context.config.publicUrl;
        return items.map((item) => {
          const json = compiled.get(item.id);
          if (json == null) return new NotFoundError('そのメールは見つかりません。');
          return webVersion(parseCompiledEmail(json), publicUrl);
        });
      },
      { cacheKeyFn: (item) => item.id },
    ),
);

const webVersionOf = (context: Context, item: ArchiveItem) => webVersionLoader(context).load(item);

ArchiveItemRef.implement({
  description:
    'A published mailing: a メールマガジン issue, a 事務局訪問記 or a public 事務連絡, as anyone may read it. Its `html` and `text` are the e-mail filled with neutral values instead of a recipient’s (no personal data, no personal links), without the parts only an e-mail needs (the footer note with its 配信停止・配信設定 links, the 「ブラウザで表示する」 line).',
  fields: (t) => ({
    kind: t.expose('kind', { type: ArchiveKindEnum, description: 'Kind of mail.' }),
    title: t.exposeString('title', {
      description:
        'Title: a newsletter’s 第N号 and theme, a visit report’s title, a circular’s 件名.',
    }),
    subject: t.exposeString('subject', { description: 'The e-mail’s subject line.' }),
    content: t.field({
      type: MailingContentRef,
      nullable: true,
      description: 'The editorial content, typed by kind (sections, paragraphs, issuers, photos…).',
      resolve: (item) => storedContent(item.content),
    }),
    issueNumber: t.exposeInt('issueNumber', {
      nullable: true,
      description: 'Issue number (第N号) of a newsletter; null for other kinds.',
    }),
    issuedOn: t.expose('issuedOn', {
      type: 'Date',
      nullable: true,
      description:
        'The date the content carries: issue date, visit date, or the date of the circular.',
    }),
    publishedAt: t.field({
      type: 'DateTime',
      description: 'When it entered the archive (when its sending started).',
      resolve: (item) => item.publishedAt ?? new Date(0),
    }),
    url: t.string({
      description: 'Stable web address: `<PUBLIC_URL>/archive/<kind>/<id>`.',
      resolve: (item, _args, context) => archiveUrl(context.config.publicUrl, item),
    }),
    html: t.string({
      description:
        'The web version as a complete HTML document (the e-mail’s HTML part without its mail-only parts).',
      resolve: async (item, _args, context) => (await webVersionOf(context, item)).html,
    }),
    text: t.string({
      description:
        'The web version as plain text (converted from `html`, as the e-mail’s text part is).',
      // Converted from the page's HTML only when asked for (a few ms an item).
      resolve: async (item, _args, context) => webVersionText(await webVersionOf(context, item)),
    }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      description:
        'The visited organisation of a visit report, when it is listed in the public directory; null otherwise.',
      resolve: (item) => (item.organizationListed ? item.organizationId : null),
    }),
  }),
});

builder.queryFields((t) => ({
  archive: t.connection({
    description:
      'Published mailings, newest first by the date they carry (`issuedOn`; publication time breaks ties): newsletter issues, visit reports and public circulars. Open to anyone.',
    type: ArchiveItemRef,
    args: {
      kind: t.arg({ type: ArchiveKindEnum, description: 'Only this kind.' }),
    },
    resolve: (_root, args, { db }) => {
      const filter = { kind: args.kind ?? null };
      return offsetConnection(
        args,
        (page) => listArchive(db, filter, page),
        () => countArchive(db, filter),
      );
    },
  }),
}));

builder.objectField(OrganizationRef, 'visitReports', (t) =>
  t.connection({
    description: 'Published 事務局訪問記 about this organisation, newest visit first.',
    type: ArchiveItemRef,
    resolve: (org, args, { db }) => {
      const filter = { kind: 'VISIT_REPORT' as const, organizationId: org.id };
      return offsetConnection(
        args,
        (page) => listArchive(db, filter, page),
        () => countArchive(db, filter),
      );
    },
  }),
);

builder.objectField(MailingRef, 'archiveItem', (t) =>
  t.field({
    type: ArchiveItemRef,
    nullable: true,
    authScopes: { secretariat: true },
    description: 'The mailing as published in the archive; null while it is not published.',
    resolve: (mailing) => (isArchiveKind(mailing.kind) ? mailing.id : null),
  }),
);

const SetMailingPublicationInput = builder.inputType('SetMailingPublicationInput', {
  description: 'Whether a mailing is published in the archive.',
  fields: (t) => ({
    mailingId: t.globalID({ for: MailingRef, required: true, description: 'The mailing.' }),
    isPublic: t.boolean({
      required: true,
      description:
        'true: published once its sending starts (at once if it already has); false: withdrawn — its URL answers 410 Gone.',
    }),
  }),
});

const SetMailingPublicationPayload = builder
  .objectRef<{ mailing: Mailing }>('SetMailingPublicationPayload')
  .implement({
    description: 'The mailing after the change.',
    fields: (t) => ({
      mailing: t.expose('mailing', { type: MailingRef, description: 'The mailing.' }),
      archiveItem: t.field({
        type: ArchiveItemRef,
        nullable: true,
        description: 'The published item; null while it is not published.',
        resolve: (p) => p.mailing.id,
      }),
    }),
  });

builder.mutationField('setMailingPublication', (t) =>
  t.field({
    description:
      'Publishes a newsletter, visit report or circular in the archive, or withdraws it. 招集通知 cannot be published (VALIDATION_FAILED). Secretariat only.',
    type: SetMailingPublicationPayload,
    errors: { types: [NotFoundError, ValidationFailedError] },
    authScopes: { secretariat: true },
    args: {
      input: t.arg({
        type: SetMailingPublicationInput,
        required: true,
        description: 'The mailing and its publication.',
      }),
    },
    resolve: async (_root, { input }, context) => ({
      mailing: await setMailingPublication(context.db, context, {
        mailingId: input.mailingId.id,
        isPublic: input.isPublic,
      }),
    }),
  }),
);
