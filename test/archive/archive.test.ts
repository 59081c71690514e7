/**
 * The public archive end to end: one mailing of each kind sent through the real worker to the
 * SMTP sink; the received message's 「ブラウザで表示する」 link followed over HTTP to the archive
 * page; the anonymous `archive` query (what is listed, what is not, paging, kind filter); a visit
 * report under its organisation; unpublishing (410, gone from the list); no personal data.
 */
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MailingKind } from '../../src/db/tables/mailings.js';
import {
  sampleMeetingNotice,
  sampleNewsletter,
  sampleNotice,
  sampleVisitReport,
} from '../../src/mail/render/samples.js';
import { createApiKey } from '../../src/modules/accounts/api-keys.js';
import type { Mailing } from '../../src/modules/mailings/mailing.js';
import * as service from '../../src/modules/mailings/mailing.service.js';
import type { ArchiveArchiveQuery, ArchiveKind } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { createUser, type TestUser } from '../helpers/accounts.js';
import type { TestDatabase } from '../helpers/database.js';
import { expectTypename } from '../helpers/graphql.js';
import {
  addOrganization,
  audienceOf,
  PUBLIC_URL,
  type SeededOrganization,
  type ServiceCaller,
  secretariat,
  waitForMailing,
} from '../helpers/mail/harness.js';
import type { SmtpSink } from '../helpers/mail/smtp-sink.js';
import { startMailWorld } from '../helpers/mail/world.js';
import type { TestServer } from '../helpers/server.js';

const secretKey = randomBytes(32);
const RECIPIENT = { email: 'hanako@archive.example.jp', name: '受信　花子' };
let database: TestDatabase;
let sink: SmtpSink;
let server: TestServer;
let ctx: ServiceCaller;
let staff: TestUser;
let visited: SeededOrganization;
let audienceOrg: SeededOrganization;

const sent: Record<
  'newsletter' | 'visitReport' | 'publicNotice' | 'privateNotice' | 'meetingNotice',
  Mailing
> = {} as never;
let draft: Mailing;
/** Every query of the shared database handle, for the query-count check. */
const queries: string[] = [];

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

async function createAndSend(
  kind: MailingKind,
  content: object,
  extra: { isPublic?: boolean; organizationId?: string } = {},
): Promise<Mailing> {
  const mailing = await service.createMailing(
    ctx.db,
    ctx,
    {
      kind,
      contentJson: JSON.stringify(content),
      audience: audienceOf([audienceOrg.id]),
      ...extra,
    },
    ctx.config,
  );
  await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
  await waitForMailing(database.db, mailing.id, ['SENT']);
  return mailing;
}

/** The message the sink received for a mailing, parsed. */
async function receivedFor(mailingId: string) {
  const row = await database.db
    .selectFrom('deliveries')
    .select('message_id')
    .where('mailing_id', '=', mailingId)
    .executeTakeFirstOrThrow();
  const message = sink.received.find((m) => m.messageId === row.message_id);
  if (!message) throw new Error(`no message received for ${mailingId}`);
  return sink.parse(message);
}

/** The 「ブラウザで表示する」 link of a received message, pointed at the test server. */
async function webLinkOf(mailingId: string): Promise<string | undefined> {
  const parsed = await receivedFor(mailingId);
  const href = /<a href="([^"]+)"[^>]*>ブラウザで表示する<\/a>/.exec(String(parsed.html))?.[1];
  return href?.replaceAll('&amp;', '&').replace(PUBLIC_URL, server.url);
}

beforeAll(async () => {
  ({ database, sink, server, staff } = await startMailWorld({
    secretKey,
    env: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000' },
    onQuery: (q) => queries.push(q),
  }));
  ({ ctx } = await secretariat(database.db));
  visited = await addOrganization(database.db, { name: '訪問先　つながるまち' });
  audienceOrg = await addOrganization(database.db, {
    contacts: [{ email: RECIPIENT.email, name: RECIPIENT.name }],
  });
  sent.newsletter = await createAndSend('NEWSLETTER', sampleNewsletter);
  sent.visitReport = await createAndSend('VISIT_REPORT', sampleVisitReport, {
    organizationId: visited.id,
  });
  sent.publicNotice = await createAndSend('NOTICE', sampleNotice, { isPublic: true });
  sent.privateNotice = await createAndSend('NOTICE', {
    ...sampleNotice,
    subject: '非公開の事務連絡について',
  });
  sent.meetingNotice = await createAndSend('MEETING_NOTICE', sampleMeetingNotice);
  draft = await service.createMailing(
    ctx.db,
    ctx,
    {
      kind: 'NEWSLETTER',
      contentJson: JSON.stringify({ ...sampleNewsletter, issueNumber: 13, title: '未送信の号' }),
      audience: audienceOf([audienceOrg.id]),
    },
    ctx.config,
  );
}, 60_000);

const ARCHIVE_QUERY = graphql(`
  query ArchiveArchive($first: Int!, $after: String, $kind: ArchiveKind) {
  archive(first: $first, after: $after, kind: $kind) {
  totalCount
  pageInfo { hasNextPage endCursor }
  edges { node { id kind title url issuedOn html text organization { id } } }
  }
  }
`);

/** The connection's nodes (the schema has edges only). */
function nodesOf(page: ArchiveArchiveQuery | null | undefined) {
  return page?.archive.edges.map((e) => e.node) ?? [];
}

async function archiveIds(kind?: ArchiveKind): Promise<string[]> {
  const { data, errors } = await server.graphql(ARCHIVE_QUERY, { first: 50, kind });
  expect(errors).toBeUndefined();
  return nodesOf(data).map((n) => n.id);
}

const NODE = graphql(`
  query ArchiveNode($id: ID!) { node(id: $id) { ... on Organization {
         visitReports(first: 5) { totalCount edges { node { id title } } } } } }
`);

const ARCHIVE2 = graphql(`
  query ArchiveArchive2 { archive(first: 10, kind: NEWSLETTER) { edges { node { kind content {
        __typename
        ... on NewsletterContent { issueNumber sections { heading items { title } } }
      } } } } }
`);

describe('web version link in the e-mail', () => {
  it.each([
    ['newsletter', 'newsletters', '孤独・孤立対策強化月間を振り返って'],
    ['visitReport', 'visit-reports', '子ども食堂から広がる地域のつながり'],
    ['publicNotice', 'notices', '熱中症予防に関する御協力のお願い'],
  ] as const)(
    '%s: the received link leads to its archive page with the Japanese title, nothing personal',
    async (key, slug, title) => {
      const mailing = sent[key];
      const link = await webLinkOf(mailing.id);
      expect(link).toBe(`${server.url}/mailings/${mailing.id}/web`);
      const hop = await fetch(link as string, { redirect: 'manual' });
      expect(hop.status).toBe(302);
      expect(hop.headers.get('location')).toBe(`/archive/${slug}/${mailing.id}`);

      const response = await fetch(`${server.url}${hop.headers.get('location')}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      const page = await response.text();
      expect(page).toContain(title);
      expect(page).toContain('アーカイブ');
      expect(page).toContain('name="viewport"');
      // The e-mail itself went to a person, with their name and personal links …
      const received = String((await receivedFor(mailing.id)).html);
      expect(received).toContain(RECIPIENT.name);
      // … the web version has none of it.
      expect(page).not.toContain(RECIPIENT.name);
      expect(page).not.toContain(RECIPIENT.email);
      expect(page).not.toContain(audienceOrg.name);
      expect(page).not.toMatch(/\/unsubscribe\/|\/preferences\/|\/acknowledge\//);
      for (const token of received.matchAll(
        /\/(?:unsubscribe|preferences)\/([A-Za-z0-9_.-]{16,})/g,
      )) {
        expect(page).not.toContain(token[1]);
      }
    },
  );

  it('a meeting notice carries no web version link; a non-public notice’s link opens the recipient’s own copy', async () => {
    expect(await webLinkOf(sent.meetingNotice.id)).toBeUndefined();
    const link = await webLinkOf(sent.privateNotice.id);
    expect(link).toMatch(new RegExp(`^${server.url}/web/[^/]+$`));
    const response = await fetch(link as string, { redirect: 'manual' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const page = await response.text();
    expect(page).toContain('非公開の事務連絡について');
    expect(page).toContain(RECIPIENT.name);
    // Not in the archive: the mailing's own web address (of mail sent before links per
    // delivery) still says so.
    const legacy = await fetch(`${server.url}/mailings/${sent.privateNotice.id}/web`, {
      redirect: 'manual',
    });
    expect(legacy.status).toBe(404);
    expect(await legacy.text()).toContain('ウェブ版は公開されていません');
  });
});

describe('archive query (anonymous)', () => {
  it('lists the newsletter, the visit report and the public notice — not the private notice, the meeting notice or the draft', async () => {
    const ids = await archiveIds();
    expect(new Set(ids)).toEqual(
      new Set(
        [sent.newsletter, sent.visitReport, sent.publicNotice].map((m) =>
          globalId('ArchiveItem', m.id),
        ),
      ),
    );
    for (const hidden of [sent.privateNotice, sent.meetingNotice, draft]) {
      expect(ids).not.toContain(globalId('ArchiveItem', hidden.id));
    }
    const { data, headers } = await server.graphql(ARCHIVE_QUERY, { first: 50 });
    // Public answer: cacheable.
    expect(headers.get('cache-control')).toBe('max-age=300, public');
    const newsletter = nodesOf(data).find((n) => n.kind === 'NEWSLETTER');
    expect(newsletter?.title).toBe('第12号　孤独・孤立対策強化月間を振り返って');
    expect(newsletter?.issuedOn).toBe('2025-06-01');
    expect(newsletter?.url).toBe(`${PUBLIC_URL}/archive/newsletters/${sent.newsletter.id}`);
    expect(newsletter?.html).toContain('孤独・孤立対策強化月間を振り返って');
    expect(newsletter?.text).toContain('会員の活動紹介');
    const all = JSON.stringify(data);
    expect(all).not.toContain(RECIPIENT.email);
    expect(all).not.toContain(RECIPIENT.name);
  });

  it('reads the compiled e-mails of a whole page in one query, not one per item', async () => {
    queries.length = 0;
    const { data, errors } = await server.graphql(ARCHIVE_QUERY, { first: 50 });
    expect(errors).toBeUndefined();
    const nodes = nodesOf(data);
    expect(nodes).toHaveLength(3);
    for (const node of nodes) expect(node.html).toContain('</html>');
    expect(queries.filter((q) => q.includes('"compiled_email"'))).toHaveLength(1);
  });

  it('a partner key and a signed-in member see the same list', async () => {
    const { key } = await createApiKey(database.db, {
      name: 'archive',
      expiresAt: null,
      createdBy: null,
    });
    const member = await createUser(database.db, {
      role: 'MEMBER',
      organizationId: audienceOrg.id,
    });
    const anonymous = await archiveIds();
    for (const headers of [{ authorization: `Bearer ${key}` }, member.headers]) {
      const { data, errors } = await server.graphql(ARCHIVE_QUERY, { first: 50 }, headers);
      expect(errors).toBeUndefined();
      expect(nodesOf(data).map((n) => n.id)).toEqual(anonymous);
    }
  });

  it('pages with first/after, newest first, and filters by kind', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const response: { data?: ArchiveArchiveQuery | null } = await server.graphql(ARCHIVE_QUERY, {
        first: 1,
        after,
      });
      const archive = response.data?.archive;
      expect(archive?.totalCount).toBe(3);
      expect(archive?.edges).toHaveLength(1);
      seen.push(archive?.edges[0]?.node.id ?? '');
      expect(archive?.pageInfo.hasNextPage).toBe(i < 2);
      after = archive?.pageInfo.endCursor ?? null;
    }
    // Newest first by the date each carries (issuedOn), not by when it was sent: the visit
    // report (visited 2025-04-18) was published after the newsletter of 2025-06-01.
    expect(seen).toEqual(
      [sent.newsletter, sent.publicNotice, sent.visitReport].map((m) =>
        globalId('ArchiveItem', m.id),
      ),
    );
    expect(await archiveIds('NOTICE')).toEqual([globalId('ArchiveItem', sent.publicNotice.id)]);
    expect(await archiveIds('VISIT_REPORT')).toEqual([
      globalId('ArchiveItem', sent.visitReport.id),
    ]);
  });

  it('a visit report names its organisation, and the organisation lists its visit reports', async () => {
    const { data } = await server.graphql(ARCHIVE_QUERY, {
      first: 5,
      kind: 'VISIT_REPORT',
    });
    expect(nodesOf(data)[0]?.organization?.id).toBe(globalId('Organization', visited.id));
    const org = await server.graphql(NODE, { id: globalId('Organization', visited.id) });
    expect(org.errors).toBeUndefined();
    expect(org.data?.node?.visitReports.totalCount).toBe(1);
    expect(org.data?.node?.visitReports.edges[0]?.node.title).toBe(
      '子ども食堂から広がる地域のつながり',
    );
  });

  it('archiveItem by node id; unpublished and meeting-notice ids resolve to null', async () => {
    const query = graphql(`
      query ArchiveNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on ArchiveItem { title kind } } }
    `);
    const { data, errors } = await server.graphql(query, {
      ids: [
        globalId('ArchiveItem', sent.publicNotice.id),
        globalId('ArchiveItem', sent.privateNotice.id),
        globalId('ArchiveItem', sent.meetingNotice.id),
      ],
    });
    expect(errors).toBeUndefined();
    expect(data?.nodes).toEqual([
      { title: '熱中症予防に関する御協力のお願い', kind: 'NOTICE' },
      null,
      null,
    ]);
  });
});

describe('archive pages', () => {
  it('/archive lists every published item newest first by the 和暦 date it shows; /archive/notices only notices', async () => {
    const all = await (await fetch(`${server.url}/archive`)).text();
    const positions = [
      '孤独・孤立対策強化月間を振り返って',
      '熱中症予防に関する御協力のお願い',
      '子ども食堂から広がる地域のつながり',
    ].map((t) => all.indexOf(t));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The dates shown run down the page in the same order as the items.
    expect(
      [...all.matchAll(/<span class="meta">[^<]*?(令和\d+年\d+月\d+日)<\/span>/g)].map((m) => m[1]),
    ).toEqual(['令和7年6月1日', '令和7年5月27日', '令和7年4月18日']);
    expect(all).not.toContain('非公開の事務連絡について');
    expect(all).not.toContain('令和7年度第1回幹事会');
    const notices = await (await fetch(`${server.url}/archive/notices`)).text();
    expect(notices).toContain('熱中症予防に関する御協力のお願い');
    expect(notices).not.toContain('子ども食堂から広がる地域のつながり');
  });

  it('an item page has the e-mail without its mail-only parts, and its dates in 和暦', async () => {
    for (const [mailing, slug] of [
      [sent.newsletter, 'newsletters'],
      [sent.visitReport, 'visit-reports'],
      [sent.publicNotice, 'notices'],
    ] as const) {
      const page = await (await fetch(`${server.url}/archive/${slug}/${mailing.id}`)).text();
      // The footer note of the e-mail (whom it was sent to, 配信停止・配信設定 and 連絡先 links)
      // and the 「ブラウザで表示する」 line have no place on the web.
      expect(page, slug).not.toMatch(
        /配信停止|配信設定|確認・変更|ブラウザで表示する|お送りしています/,
      );
      expect(page, slug).not.toContain('mail-only.invalid');
      // The sender block stays.
      expect(page, slug).toContain('発行：内閣府 孤独・孤立対策推進室');
      // Content date and publication date, both in the era.
      const meta = /<p class="ts-meta">([^<]*)<\/p>/.exec(page)?.[1] ?? '';
      expect(meta, slug).toMatch(/^\S+　令和\d+年\d+月\d+日　（公開 令和\d+年\d+月\d+日）$/);
      expect(meta, slug).not.toMatch(/\d{4}年/);
    }
  });

  it('the archive’s html and text fields leave out the mail-only parts too', async () => {
    const { data } = await server.graphql(ARCHIVE_QUERY, { first: 50 });
    const nodes = nodesOf(data);
    expect(nodes).toHaveLength(3);
    for (const node of nodes) {
      for (const part of [node.html, node.text]) {
        expect(part, node.kind).not.toMatch(/配信停止|配信設定|確認・変更|ブラウザで表示する/);
        expect(part, node.kind).toContain('発行：内閣府 孤独・孤立対策推進室');
      }
    }
  });

  it('/archive/newsletters/12 redirects to the stable URL; unknown items are a Japanese 404', async () => {
    const hop = await fetch(`${server.url}/archive/newsletters/12`, { redirect: 'manual' });
    expect(hop.status).toBe(302);
    expect(hop.headers.get('location')).toBe(`/archive/newsletters/${sent.newsletter.id}`);
    for (const path of [
      `/archive/notices/${sent.privateNotice.id}`,
      `/archive/notices/${draft.id}`,
      `/archive/notices/${sent.meetingNotice.id}`,
      '/archive/notices/not-a-uuid',
      '/archive/notices/%E0%A4%A',
      '/archive/nothing',
    ]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toContain('ページが見つかりません');
    }
  });
});

describe('publication', () => {
  const SET = graphql(`
    mutation ArchiveSetMailingPublication($input: SetMailingPublicationInput!) {
    setMailingPublication(input: $input) {
    __typename
    ... on SetMailingPublicationPayload { mailing { id } archiveItem { url } }
    ... on ValidationFailedError { message }
    }
    }
  `);

  it('a meeting notice cannot be published; anonymous callers cannot publish', async () => {
    const refused = await server.graphql(
      SET,
      { input: { mailingId: globalId('Mailing', sent.meetingNotice.id), isPublic: true } },
      staff.headers,
    );
    expect(
      expectTypename(refused.data?.setMailingPublication, 'ValidationFailedError').message,
    ).toContain('招集通知');
    const anonymous = await server.graphql(SET, {
      input: { mailingId: globalId('Mailing', sent.newsletter.id), isPublic: false },
    });
    expect(anonymous.errors?.length).toBeGreaterThan(0);
    expect(await archiveIds()).toContain(globalId('ArchiveItem', sent.newsletter.id));
  });

  it('unpublishing answers 410 Gone at the same URL and removes it from the list; publishing again restores it', async () => {
    const id = sent.visitReport.id;
    const pageUrl = `${server.url}/archive/visit-reports/${id}`;
    const off = await server.graphql(
      SET,
      { input: { mailingId: globalId('Mailing', id), isPublic: false } },
      staff.headers,
    );
    expect(off.errors).toBeUndefined();
    expect(
      expectTypename(off.data?.setMailingPublication, 'SetMailingPublicationPayload').archiveItem,
    ).toBeNull();

    const gone = await fetch(pageUrl);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain('公開を終了しました');
    expect((await fetch(`${server.url}/mailings/${id}/web`, { redirect: 'manual' })).status).toBe(
      410,
    );
    expect(await archiveIds()).not.toContain(globalId('ArchiveItem', id));
    expect(await (await fetch(`${server.url}/archive`)).text()).not.toContain(
      '子ども食堂から広がる地域のつながり',
    );

    const on = await server.graphql(
      SET,
      { input: { mailingId: globalId('Mailing', id), isPublic: true } },
      staff.headers,
    );
    expect(
      expectTypename(on.data?.setMailingPublication, 'SetMailingPublicationPayload').archiveItem
        ?.url,
    ).toBe(`${PUBLIC_URL}/archive/visit-reports/${id}`);
    expect((await fetch(pageUrl)).status).toBe(200);
  });

  it('publishing a notice after it was sent puts it at /mailings/<id>/web too', async () => {
    const id = sent.privateNotice.id;
    await server.graphql(
      SET,
      { input: { mailingId: globalId('Mailing', id), isPublic: true } },
      staff.headers,
    );
    const hop = await fetch(`${server.url}/mailings/${id}/web`, { redirect: 'manual' });
    expect(hop.status).toBe(302);
    expect(hop.headers.get('location')).toBe(`/archive/notices/${id}`);
    await server.graphql(
      SET,
      { input: { mailingId: globalId('Mailing', id), isPublic: false } },
      staff.headers,
    );
  });
});

describe('typed content in the archive', () => {
  it('anonymous callers read an item’s editorial content by kind', async () => {
    const { data, errors } = await server.graphql(ARCHIVE2);
    expect(errors).toBeUndefined();
    const node = data?.archive.edges[0]?.node;
    expect(node?.content).toMatchObject({
      __typename: 'NewsletterContent',
      issueNumber: sampleNewsletter.issueNumber,
      sections: sampleNewsletter.sections.map((section) => ({
        heading: section.heading,
        items: section.items.map((item) => ({ title: item.title })),
      })),
    });
  });
});
