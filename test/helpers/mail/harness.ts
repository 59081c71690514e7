/**
 * Wiring for mail engine tests: a cloned test database, register rows made to measure, the
 * mailing service called as the secretariat, and in-process workers with fast engine timings
 * against a scriptable SMTP sink.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll } from 'vitest';
import type { Actor } from '../../../src/auth/actor.js';
import { loadConfig } from '../../../src/config.js';
import type { Db } from '../../../src/db/create-db.js';
import type { MailingKind } from '../../../src/db/tables/mailings.js';
import type { Worker, WorkerDeps } from '../../../src/jobs/worker.js';
import { compareKana } from '../../../src/lib/japanese-text.js';
import type { AudienceInput } from '../../../src/mail/engine/audience.js';
import type { MailEngineOptions } from '../../../src/mail/engine/options.js';
import { sampleNewsletter, sampleNotice } from '../../../src/mail/render/samples.js';
import type { Mailing } from '../../../src/modules/mailings/mailing.js';
import * as service from '../../../src/modules/mailings/mailing.service.js';
import { createUser } from '../accounts.js';
import { startTestMailWorker } from '../mail-worker.js';
import { waitFor } from '../wait.js';

export const MAIL_FROM =
  '孤独・孤立対策官民連携プラットフォーム事務局 <secretariat@tsunagari.example.jp>';
export const PUBLIC_URL = 'https://tsunagari.example.jp';

/** Engine timings that make recovery and retries observable within a test. */
export const FAST_ENGINE: Partial<MailEngineOptions> = {
  concurrency: 4,
  ratePerSecond: 0,
  batchSize: 20,
  jobsPerMailing: 2,
  maxAttempts: 6,
  retryBaseMs: 150,
  retryMaxMs: 2000,
  returnPathDomain: 'bounces.tsunagari.example.jp',
  jobBudgetMs: 2000,
  heartbeatMs: 200,
  staleAfterMs: 1500,
  watchdogMs: 500,
  host: 'test',
};

/**
 * What a test calls the mailing services with, as a resolver does with its context:
 * `fn(ctx.db, ctx, input)`, and `ctx.config` after the input for those that take it.
 */
export interface ServiceCaller extends Actor {
  readonly db: Db;
  readonly config: service.MailingConfig;
}

export function serviceContext(db: Db, accountId: string): ServiceCaller {
  const config = loadConfig({ NODE_ENV: 'test', MAIL_FROM, PUBLIC_URL });
  return {
    db,
    viewer: { kind: 'SECRETARIAT', accountId, sessionId: randomUUID(), role: 'SECRETARIAT_STAFF' },
    requestId: `test-${randomUUID()}`,
    config,
  };
}

export async function secretariat(db: Db) {
  const user = await createUser(db, { role: 'SECRETARIAT_STAFF' });
  return { user, ctx: serviceContext(db, user.accountId) };
}

export interface SeededOrganization {
  readonly id: string;
  readonly name: string;
  readonly contacts: {
    id: string;
    email: string;
    name: string;
    isPrimary: boolean;
    roles: string[];
  }[];
}

let seq = 0;

/**
 * Inserts an ACTIVE organisation with contacts. `contacts` lists e-mail addresses; the first is
 * primary. Options set the organisation's attributes the audience criteria look at.
 */
export async function addOrganization(
  db: Db,
  options: {
    name?: string;
    category?: 'REGULAR' | 'SUPPORTING' | 'COOPERATING';
    type?: string;
    prefecture?: string | null;
    fields?: string[];
    status?: 'ACTIVE' | 'SUSPENDED' | 'WITHDRAWN' | 'APPLIED';
    contacts?: (string | { email: string; name?: string; roles?: string[]; primary?: boolean })[];
    workingGroups?: number[];
  } = {},
): Promise<SeededOrganization> {
  seq++;
  const name = options.name ?? `テスト団体${seq}`;
  const { id } = await db
    .insertInto('organizations')
    .values({
      name,
      name_kana: `てすとだんたい${String(seq).padStart(5, '0')}`,
      category_code: options.category ?? 'REGULAR',
      status: options.status ?? 'ACTIVE',
      organization_type: options.type ?? 'NPO法人',
      prefecture_code: options.prefecture === undefined ? '13' : options.prefecture,
      scope: 'REGIONAL',
      fields_of_activity: options.fields ?? [],
      search_text: name,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const contacts: SeededOrganization['contacts'] = [];
  for (const [i, spec] of (options.contacts ?? []).entries()) {
    const c = typeof spec === 'string' ? { email: spec } : spec;
    const isPrimary = c.primary ?? i === 0;
    const row = await db
      .insertInto('contacts')
      .values({
        organization_id: id,
        name: c.name ?? `担当者${seq}-${i + 1}`,
        email: c.email,
        roles: c.roles ?? [],
        is_primary: isPrimary,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    contacts.push({
      id: row.id,
      email: c.email,
      name: c.name ?? `担当者${seq}-${i + 1}`,
      isPrimary,
      roles: c.roles ?? [],
    });
  }
  for (const group of options.workingGroups ?? []) {
    await db
      .insertInto('working_group_memberships')
      .values({
        working_group_number: group,
        organization_id: id,
        role: 'MEMBER',
        joined_on: '2024-04-01',
      })
      .execute();
  }
  return { id, name, contacts };
}

/** Organisations added together by {@link addManyOrganizations}. */
export interface ManyOrganizations {
  /** Their primary contacts' addresses, in sending order (address order, also 五十音順 of the organisations). */
  readonly emails: string[];
  /** Their ids, in the same order. */
  readonly organizationIds: string[];
  /** The organisation type they alone share (an audience of exactly them). */
  readonly organizationType: string;
}

/** Many organisations with one primary contact each, in one statement per table. */
export async function addManyOrganizations(
  db: Db,
  count: number,
  domain: string,
): Promise<ManyOrganizations> {
  const batch = randomBytes(3).toString('hex');
  const orgs = await db
    .insertInto('organizations')
    .values(
      Array.from({ length: count }, (_, i) => ({
        name: `一括団体${batch}-${i}`,
        name_kana: `いっかつ${batch}${String(i).padStart(6, '0')}`,
        category_code: 'REGULAR',
        status: 'ACTIVE' as const,
        organization_type: `一括${batch}`,
        prefecture_code: '13',
        scope: 'REGIONAL' as const,
        search_text: `一括団体${batch}-${i}`,
      })),
    )
    .returning(['id', 'name_kana'])
    .execute();
  orgs.sort((a, b) => compareKana(a.name_kana, b.name_kana));
  const emails = orgs.map((_, i) => `r${String(i).padStart(5, '0')}@${domain}`);
  await db
    .insertInto('contacts')
    .values(
      orgs.map((org, i) => ({
        organization_id: org.id,
        name: `受信者${i}`,
        email: emails[i] as string,
        is_primary: true,
      })),
    )
    .execute();
  return {
    emails,
    organizationIds: orgs.map((org) => org.id),
    organizationType: `一括${batch}`,
  };
}

/** An audience of exactly the given organisations (by inclusion), all contacts or primaries. */
export function audienceOf(
  organizationIds: string[],
  selection: 'PRIMARY' | 'ALL' = 'ALL',
): AudienceInput {
  return {
    categories: ['SUPPORTING'],
    organizationTypes: ['(nobody)'],
    includeOrganizations: organizationIds,
    contacts: { selection },
  };
}

/** An audience of every active organisation of the given type. */
export function audienceOfType(type: string, selection: 'PRIMARY' | 'ALL' = 'ALL'): AudienceInput {
  return { organizationTypes: [type], contacts: { selection } };
}

export function contentFor(kind: MailingKind): string {
  return JSON.stringify(kind === 'NOTICE' ? sampleNotice : sampleNewsletter);
}

export async function createMailing(
  ctx: ServiceCaller,
  audience: AudienceInput,
  kind: MailingKind = 'NEWSLETTER',
): Promise<Mailing> {
  // Every newsletter here is the same sample issue (第12号): the duplicate is deliberate.
  return service.createMailing(
    ctx.db,
    ctx,
    {
      kind,
      contentJson: contentFor(kind),
      audience,
      confirmDuplicateIssueNumber: true,
    },
    ctx.config,
  );
}

/** `count` new organisations with one primary contact each, and a newsletter to exactly them. */
export async function bulkMailing(
  ctx: ServiceCaller,
  count: number,
  domain: string,
): Promise<{ emails: string[]; mailing: Mailing }> {
  const { emails, organizationType } = await addManyOrganizations(ctx.db, count, domain);
  const mailing = await createMailing(ctx, audienceOfType(organizationType, 'PRIMARY'));
  return { emails, mailing };
}

export interface TestWorker {
  readonly worker: Worker;
  readonly deps: WorkerDeps;
  stop(): Promise<void>;
}

/**
 * An in-process worker with its own transport (SMTP pool, one connection per message in
 * flight) and engine, built as the service builds it (src/jobs/mail-worker.ts, through
 * test/helpers/mail-worker.ts); stopped after the file's tests.
 */
export async function startTestWorker(
  databaseUrl: string,
  db: Db,
  smtpUrl: string,
  options: { engine?: Partial<MailEngineOptions>; secretKey: Buffer },
): Promise<TestWorker> {
  const mail = await startTestMailWorker({
    database: { url: databaseUrl, db },
    smtpUrl,
    publicUrl: PUBLIC_URL,
    mailFrom: MAIL_FROM,
    secretKey: options.secretKey,
    overrides: {
      concurrency: 6,
      socketTimeoutMs: 3000,
      mailEngine: { ...FAST_ENGINE, ...options.engine },
    },
  });
  const stop = () => mail.stop();
  afterAll(stop);
  return { worker: mail.worker, deps: mail.deps, stop };
}

/** Waits until the mailing reaches one of `statuses`. */
export async function waitForMailing(
  db: Db,
  mailingId: string,
  statuses: string[],
  timeoutMs = 20_000,
): Promise<void> {
  await waitFor(
    async () => {
      const row = await db
        .selectFrom('mailings')
        .select('status')
        .where('id', '=', mailingId)
        .executeTakeFirstOrThrow();
      return statuses.includes(row.status) ? true : undefined;
    },
    { timeoutMs, intervalMs: 50 },
  );
}

export async function deliveryStatuses(db: Db, mailingId: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('deliveries')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('mailing_id', '=', mailingId)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
