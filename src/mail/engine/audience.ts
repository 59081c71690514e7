/**
 * Audiences: which organisations and which of their contacts a mailing goes to. A definition
 * is plain data (stored with the mailing); it is turned into SQL here and resolved in the
 * database — counted for a preview, or written into `deliveries` once when sending starts.
 *
 * Semantics: an organisation is targeted when it is ACTIVE and meets every criterion given
 * (within a criterion any value matches), or when it is listed in `includeOrganizations`
 * (any status but WITHDRAWN); `excludeOrganizations` always wins. No criterion at all means
 * every active member. Of each targeted organisation, the selected contacts receive the mail,
 * one message per distinct address.
 */
import { type RawBuilder, sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/create-db.js';
import { INVITEES_OF_M } from '../../db/invitees.js';
import type { DeliverySuppressionReason, MailingKind } from '../../db/tables/mailings.js';
import { FIELDS_OF_ACTIVITY } from '../../db/tables/members.js';
import { japaneseZodErrors } from '../../lib/zod-japanese.js';

export const CONTACT_SELECTIONS = ['PRIMARY', 'ALL', 'BY_ROLE'] as const;
export type ContactSelection = (typeof CONTACT_SELECTIONS)[number];

/** Kinds a contact may opt out of; the others (事務連絡, 招集通知) are administrative. */
export const OPTIONAL_KINDS: ReadonlySet<MailingKind> = new Set(['NEWSLETTER', 'VISIT_REPORT']);

const uuid = z.uuid({ error: '団体の ID（UUID）を指定してください。' });
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max, `指定できるのは ${max} 件までです。`).default([]);

export const audienceSchema = z
  .strictObject({
    categories: list(z.enum(['REGULAR', 'SUPPORTING', 'COOPERATING']), 3),
    workingGroups: list(z.int().min(1).max(99), 20),
    /** Organisations holding a board (幹事会) seat today (Japan time), from `board_seats`. */
    board: z.boolean().default(false),
    organizationTypes: list(z.string().trim().min(1).max(60), 50),
    prefectures: list(
      z.string().regex(/^\d{2}$/, '都道府県コード（JIS、例: "13"）で指定してください。'),
      47,
    ),
    regions: list(
      z.string().regex(/^[a-z]{2,20}$/, '地方のコード（例: "kanto"）で指定してください。'),
      20,
    ),
    fieldsOfActivity: list(
      z.enum(Object.keys(FIELDS_OF_ACTIVITY) as [keyof typeof FIELDS_OF_ACTIVITY]),
      30,
    ),
    includeOrganizations: list(uuid, 2000),
    excludeOrganizations: list(uuid, 2000),
    /** The invitees of this meeting on its day (a 招集通知), resolved when sending starts. */
    meeting: z.uuid({ error: '会議の ID（UUID）を指定してください。' }).nullable().default(null),
    contacts: z.strictObject({
      selection: z.enum(CONTACT_SELECTIONS),
      roles: list(z.string().trim().min(1).max(60), 20),
    }),
  })
  .refine((a) => a.contacts.selection !== 'BY_ROLE' || a.contacts.roles.length > 0, {
    path: ['contacts', 'roles'],
    message: '担当者を役割で選ぶ（BY_ROLE）ときは、役割を一つ以上指定してください。',
  })
  .refine((a) => a.contacts.selection === 'BY_ROLE' || a.contacts.roles.length === 0, {
    path: ['contacts', 'roles'],
    message: '役割は、担当者を役割で選ぶ（BY_ROLE）ときだけ指定できます。',
  });

/** A validated audience definition. */
export type Audience = z.output<typeof audienceSchema>;
export type AudienceInput = z.input<typeof audienceSchema>;

export interface AudienceProblem {
  readonly path: string[];
  readonly message: string;
}

/** Parses a stored or submitted definition; problems name the field (in Japanese). */
export function parseAudience(
  input: unknown,
): { ok: true; audience: Audience } | { ok: false; problems: AudienceProblem[] } {
  const result = audienceSchema.safeParse(input, { error: japaneseZodErrors });
  if (result.success) return { ok: true, audience: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: issue.path.map(String),
      message: issue.message,
    })),
  };
}

/** What each field that names something in the register names, for its problems. */
const REFERENCE_LABELS = {
  prefectures: '都道府県コード',
  regions: '地方のコード',
  workingGroups: '分科会の番号',
  includeOrganizations: '団体の ID',
  excludeOrganizations: '団体の ID',
} as const;

/**
 * Checks that everything the definition names exists (prefectures, regions, working groups,
 * organisations). Returns the problems; empty when fine.
 */
export async function checkAudienceReferences(
  db: Db,
  audience: Audience,
): Promise<AudienceProblem[]> {
  const problems: AudienceProblem[] = [];
  const missing = async (
    field: keyof typeof REFERENCE_LABELS,
    values: readonly (string | number)[],
    query: () => Promise<(string | number)[]>,
  ) => {
    if (values.length === 0) return;
    const found = new Set((await query()).map(String));
    values.forEach((value, i) => {
      if (!found.has(String(value))) {
        problems.push({
          path: [field, String(i)],
          message: `${REFERENCE_LABELS[field]}「${value}」は登録されていません。`,
        });
      }
    });
  };
  await missing('prefectures', audience.prefectures, async () =>
    (
      await db
        .selectFrom('prefectures')
        .select('code')
        .where('code', 'in', audience.prefectures)
        .execute()
    ).map((r) => r.code),
  );
  await missing('regions', audience.regions, async () =>
    (
      await db.selectFrom('regions').select('code').where('code', 'in', audience.regions).execute()
    ).map((r) => r.code),
  );
  await missing('workingGroups', audience.workingGroups, async () =>
    (
      await db
        .selectFrom('working_groups')
        .select('number')
        .where('number', 'in', audience.workingGroups)
        .execute()
    ).map((r) => r.number),
  );
  if (audience.meeting) {
    const found = await db
      .selectFrom('meetings')
      .select('id')
      .where('id', '=', audience.meeting)
      .executeTakeFirst();
    if (!found) problems.push({ path: ['meeting'], message: 'その会議は見つかりません。' });
  }
  for (const field of ['includeOrganizations', 'excludeOrganizations'] as const) {
    await missing(field, audience[field], async () =>
      (
        await db
          .selectFrom('organizations')
          .select('id')
          .where('id', 'in', audience[field])
          .execute()
      ).map((r) => r.id),
    );
  }
  return problems;
}

const textArray = (values: readonly string[]) => sql`${values as string[]}::text[]`;
const uuidArray = (values: readonly string[]) => sql`${values as string[]}::uuid[]`;

/** `SELECT id, name, name_kana FROM organizations …` for the targeted organisations. */
export function targetedOrganizationsSql(audience: Audience): RawBuilder<unknown> {
  const criteria: RawBuilder<unknown>[] = [];
  if (audience.categories.length)
    criteria.push(sql`o.category_code = ANY(${textArray(audience.categories)})`);
  if (audience.organizationTypes.length) {
    criteria.push(sql`o.organization_type = ANY(${textArray(audience.organizationTypes)})`);
  }
  if (audience.prefectures.length) {
    criteria.push(sql`o.prefecture_code = ANY(${textArray(audience.prefectures)})`);
  }
  if (audience.regions.length) {
    criteria.push(sql`EXISTS (SELECT 1 FROM prefectures p
      WHERE p.code = o.prefecture_code AND p.region_code = ANY(${textArray(audience.regions)}))`);
  }
  if (audience.fieldsOfActivity.length) {
    criteria.push(sql`o.fields_of_activity && ${textArray(audience.fieldsOfActivity)}`);
  }
  if (audience.workingGroups.length) {
    criteria.push(sql`EXISTS (SELECT 1 FROM working_group_memberships w
      WHERE w.organization_id = o.id AND w.left_on IS NULL
        AND w.working_group_number = ANY(${sql`${audience.workingGroups as number[]}::int[]`}))`);
  }
  if (audience.board) {
    criteria.push(sql`EXISTS (SELECT 1 FROM board_seats b
      WHERE b.organization_id = o.id AND b.starts_on <= (now() AT TIME ZONE 'Asia/Tokyo')::date
        AND (b.ends_on IS NULL OR b.ends_on >= (now() AT TIME ZONE 'Asia/Tokyo')::date))`);
  }
  if (audience.meeting) {
    criteria.push(sql`o.id IN (SELECT invitee.organization_id
      FROM meetings m CROSS JOIN LATERAL ${INVITEES_OF_M} AS invitee WHERE m.id = ${audience.meeting})`);
  }
  const matches = criteria.length ? sql.join(criteria, sql` AND `) : sql`TRUE`;
  return sql`SELECT o.id, o.name, o.name_kana FROM organizations o
    WHERE ((o.status = 'ACTIVE' AND ${matches})
        OR (o.id = ANY(${uuidArray(audience.includeOrganizations)}) AND o.status <> 'WITHDRAWN'))
      AND NOT (o.id = ANY(${uuidArray(audience.excludeOrganizations)}))`;
}

/** The contact filter (alias `c`) for the definition's contact selection. */
export function contactSelectionSql(audience: Audience): RawBuilder<unknown> {
  switch (audience.contacts.selection) {
    case 'PRIMARY':
      return sql`c.is_primary`;
    case 'ALL':
      return sql`TRUE`;
    case 'BY_ROLE':
      return sql`c.roles && ${textArray(audience.contacts.roles)}`;
  }
}

/**
 * CTEs shared by the preview and the resolution, so the two cannot differ:
 * - `targeted`: the targeted organisations;
 * - `candidates`: their selected contacts;
 * - `classified`: one row per distinct address, in address order (the sending order) — the
 *   first-ranked contact sharing it (primary contacts first) — with the reason that address
 *   must not be mailed, if any, decided by the address's suppressions and by that contact's
 *   own state.
 * One sort (DISTINCT ON) and hashed lookups rather than window functions or self-joins: the
 * plan stays linear even when the planner's statistics are stale (right after a bulk import),
 * and 100,000 candidates cost one in-memory sort.
 */
export function audienceCtes(audience: Audience, kind: MailingKind): RawBuilder<unknown> {
  const optional = OPTIONAL_KINDS.has(kind);
  return sql`targeted AS (${targetedOrganizationsSql(audience)}),
    candidates AS (
      SELECT c.id AS contact_id, c.organization_id, c.name, btrim(c.email) AS email,
             c.address_key, c.address_valid, c.is_primary, c.opted_out_kinds,
             c.email_status, t.name AS organization_name, t.name_kana
      -- The organisations again rather than the targeted CTE: joined directly, not through the
      -- stored CTE, the join costs a third less.
      FROM (${targetedOrganizationsSql(audience)}) t JOIN contacts c ON c.organization_id = t.id
      WHERE ${contactSelectionSql(audience)}
    ),
    classified AS (
      SELECT DISTINCT ON (x.address_key) x.*,
        CASE
          WHEN NOT x.address_valid THEN 'INVALID_ADDRESS'
          WHEN s.reason IS NOT NULL THEN s.reason
          WHEN x.email_status = 'BOUNCED' THEN 'HARD_BOUNCE'
          WHEN x.email_status = 'COMPLAINED' THEN 'COMPLAINT'
          WHEN ${optional}::boolean AND x.opted_out_kinds @> ARRAY[${kind}]::text[] THEN 'OPTED_OUT'
        END AS suppression_reason
      FROM candidates x
      LEFT JOIN suppressions s ON lower(s.address) = x.address_key AND s.lifted_at IS NULL
        AND (${optional}::boolean OR s.reason <> 'UNSUBSCRIBE_ALL')
      ORDER BY x.address_key, x.is_primary DESC, x.name_kana, x.organization_id, x.contact_id
    )`;
}

/**
 * True for a targeted organisation (alias `t`) that no deliverable address reaches, given the
 * `chosen` rows (one per address: organization_id, address_key, suppression_reason). An
 * organisation is reached by its own chosen contact or by another organisation's selected
 * contact at the same address (who then receives the one message to it). The second test
 * joins the selected contacts to the chosen addresses, so it comes second: the first one
 * settles nearly every organisation, and a hashed subplan is only built when a row needs it.
 * Neither reads `candidates`, which is then read once and streams instead of being stored.
 */
function notReached(
  t: RawBuilder<unknown>,
  chosen: RawBuilder<unknown>,
  audience: Audience,
): RawBuilder<unknown> {
  return sql`${t}.id NOT IN (SELECT organization_id FROM ${chosen} WHERE suppression_reason IS NULL)
    AND ${t}.id NOT IN (SELECT c.organization_id FROM contacts c
      JOIN ${chosen} k ON k.address_key = c.address_key AND k.suppression_reason IS NULL
      WHERE ${contactSelectionSql(audience)})`;
}

export interface AudienceSampleRecipient {
  readonly name: string;
  readonly address: string;
  readonly organizationId: string;
  readonly organizationName: string;
}

export interface AudiencePreview {
  /** Distinct addresses that would receive the mailing. */
  readonly recipientCount: number;
  /** Targeted organisations. */
  readonly organizationCount: number;
  /** Addresses that would be recorded as SUPPRESSED, by reason. */
  readonly suppressed: readonly { reason: DeliverySuppressionReason; count: number }[];
  /** Targeted organisations that no deliverable address reaches. */
  readonly unreachedOrganizationCount: number;
  /** The first recipients in sending order (up to 10). */
  readonly sample: readonly AudienceSampleRecipient[];
  /** The first unreached organisations in 五十音順 (up to UNREACHED_SAMPLE), with the reason. */
  readonly unreached: readonly AudienceUnreachedOrganization[];
}

/** How many unreached organisations an audience preview names. */
export const UNREACHED_SAMPLE = 50;

export interface AudienceUnreachedOrganization {
  readonly organizationId: string;
  readonly organizationName: string;
  readonly reason: 'NO_CONTACTS' | 'NO_MATCHING_CONTACT' | 'ALL_SUPPRESSED';
}

/**
 * Settings for the transaction of an audience query: memory for its sort (the default 4 MB
 * spills 100,000 candidates to disk), and no JIT compilation — the planner's estimate of a
 * large audience crosses the JIT threshold, and compiling costs more than the linear plan saves.
 */
export async function tuneForAudience(trx: Db): Promise<void> {
  await sql`SET LOCAL work_mem = '64MB'`.execute(trx);
  await sql`SET LOCAL jit = off`.execute(trx);
}

/** Counts and a sample, computed in SQL (one statement). */
export async function previewAudience(
  db: Db,
  audience: Audience,
  kind: MailingKind,
): Promise<AudiencePreview> {
  return db.transaction().execute(async (trx) => {
    await tuneForAudience(trx);
    return previewIn(trx, audience, kind);
  });
}

async function previewIn(db: Db, audience: Audience, kind: MailingKind): Promise<AudiencePreview> {
  const { rows } = await sql<{
    organization_count: number;
    recipient_count: number;
    unreached: number;
    suppressed: { reason: DeliverySuppressionReason; count: number }[] | null;
    sample:
      | { name: string; address: string; organizationId: string; organizationName: string }[]
      | null;
    unreached_sample: AudienceUnreachedOrganization[] | null;
  }>`WITH ${audienceCtes(audience, kind)}
    SELECT
      (SELECT count(*) FROM targeted)::int AS organization_count,
      (SELECT count(*) FROM classified WHERE suppression_reason IS NULL)::int AS recipient_count,
      (SELECT count(*) FROM targeted t WHERE ${notReached(sql`t`, sql`classified`, audience)})::int AS unreached,
      (SELECT json_agg(json_build_object('reason', reason, 'count', n) ORDER BY reason)
         FROM (SELECT suppression_reason AS reason, count(*)::int AS n FROM classified
               WHERE suppression_reason IS NOT NULL GROUP BY suppression_reason) s) AS suppressed,
      (SELECT json_agg(json_build_object('name', name, 'address', email,
                'organizationId', organization_id, 'organizationName', organization_name))
         FROM (SELECT * FROM classified WHERE suppression_reason IS NULL
               ORDER BY address_key LIMIT 10) s) AS sample,
      (SELECT json_agg(json_build_object('organizationId', id, 'organizationName', name,
                'reason', reason) ORDER BY name_kana, id)
         FROM (SELECT t.id, t.name, t.name_kana,
                 CASE
                   WHEN NOT EXISTS (SELECT 1 FROM contacts c WHERE c.organization_id = t.id) THEN 'NO_CONTACTS'
                   WHEN NOT EXISTS (SELECT 1 FROM contacts c WHERE c.organization_id = t.id
                                    AND ${contactSelectionSql(audience)}) THEN 'NO_MATCHING_CONTACT'
                   ELSE 'ALL_SUPPRESSED'
                 END AS reason
               FROM targeted t WHERE ${notReached(sql`t`, sql`classified`, audience)}
               ORDER BY t.name_kana, t.id LIMIT ${UNREACHED_SAMPLE}) u) AS unreached_sample
  `.execute(db);
  const row = rows[0];
  return {
    recipientCount: row?.recipient_count ?? 0,
    organizationCount: row?.organization_count ?? 0,
    unreachedOrganizationCount: row?.unreached ?? 0,
    suppressed: row?.suppressed ?? [],
    sample: row?.sample ?? [],
    unreached: row?.unreached_sample ?? [],
  };
}

export interface ResolvedAudience {
  readonly deliveries: number;
  readonly suppressed: number;
  readonly organizations: number;
  readonly issues: number;
}

/**
 * The CTE `inserted` of a resolution: the rows of `source` (one per address, with
 * `suppression_reason`) written into `deliveries` in address order, each with its Message-ID
 * fixed now. The ids are time-ordered and drawn in that order, and the engine sends in id
 * order: the sending order needs no numbering of its own. Shared by the audience and the
 * reminder resolutions.
 */
function deliveriesFrom(
  source: RawBuilder<unknown>,
  mailing: { id: string; kind: MailingKind },
  messageIdDomain: string,
): RawBuilder<unknown> {
  // No ON CONFLICT: the source has one row per address, and the unique index on
  // (mailing_id, lower(address)) would fail the statement rather than skip a row silently (a
  // speculative insertion per row cost a quarter of the resolution). The ids are drawn in a
  // subquery, not a CTE, so its rows stream into the INSERT instead of being stored first;
  // the volatile id keeps it from being merged into the outer query, so each row's id is
  // drawn once (it is also the Message-ID's local part).
  return sql`inserted AS (
      INSERT INTO deliveries (id, mailing_id, kind, contact_id, organization_id, address,
        recipient_name, organization_name, status, suppression_reason, message_id, next_attempt_at)
      SELECT id, ${mailing.id}, ${mailing.kind}, contact_id, organization_id, email, name,
        organization_name, CASE WHEN suppression_reason IS NULL THEN 'QUEUED' ELSE 'SUPPRESSED' END,
        suppression_reason, '<' || id || '@' || ${messageIdDomain} || '>', now()
      FROM (SELECT time_ordered_uuid() AS id, x.* FROM ${source} x ORDER BY x.address_key) drawn
      RETURNING organization_id, lower(address) AS address_key, suppression_reason
    )`;
}

/** The final SELECT of a resolution (after the `inserted`, `targeted` and `issues` CTEs). */
const resolvedCounts = sql`SELECT i.deliveries, i.suppressed,
           (SELECT count(*) FROM targeted)::int AS organizations,
           (SELECT count(*) FROM issues)::int AS issues
    FROM (SELECT count(*)::int AS deliveries, count(suppression_reason)::int AS suppressed
          FROM inserted) i`;

/**
 * Writes the audience of `mailingId` into `deliveries` (one row per distinct address, with its
 * Message-ID fixed now) and the unreached organisations into `mailing_issues`, in one
 * statement. Run once, in the transaction that marks the mailing resolved.
 */
export async function resolveAudience(
  db: Db,
  mailing: { id: string; kind: MailingKind; audience: Audience },
  messageIdDomain: string,
): Promise<ResolvedAudience> {
  const { audience, kind } = mailing;
  const { rows } = await sql<ResolvedAudience>`
    WITH ${audienceCtes(audience, kind)},
    ${deliveriesFrom(sql.raw('classified'), mailing, messageIdDomain)},
    issues AS (
      INSERT INTO mailing_issues (mailing_id, organization_id, organization_name, reason)
      SELECT ${mailing.id}, t.id, t.name,
        CASE
          WHEN NOT EXISTS (SELECT 1 FROM contacts c WHERE c.organization_id = t.id) THEN 'NO_CONTACTS'
          WHEN NOT EXISTS (SELECT 1 FROM contacts c WHERE c.organization_id = t.id
                           AND ${contactSelectionSql(audience)}) THEN 'NO_MATCHING_CONTACT'
          ELSE 'ALL_SUPPRESSED'
        END
      FROM targeted t
      -- From what was written rather than from classified: referenced once, the classifying
      -- query streams into the INSERT instead of being stored first.
      WHERE ${notReached(sql`t`, sql`inserted`, audience)}
      ON CONFLICT DO NOTHING
      RETURNING 1
    )
    ${resolvedCounts}`.execute(db);
  return rows[0] ?? { deliveries: 0, suppressed: 0, organizations: 0, issues: 0 };
}

/**
 * The audience of a reminder (`mailings.reminder_of`), resolved when it starts: the
 * organisations the circular addressed that have not acknowledged it by now. Per organisation,
 * the contacts whose delivery of the circular went out again; for each delivery that BOUNCED,
 * FAILED or was SUPPRESSED, the next deliverable contact of the organisation that did not get
 * the circular (primary first, then contacts with a role) instead — escalation. Organisations
 * left without a deliverable address become mailing issues. Same shape as resolveAudience.
 */
export async function resolveReminderAudience(
  db: Db,
  mailing: { id: string; reminderOf: string },
  messageIdDomain: string,
): Promise<ResolvedAudience> {
  const original = mailing.reminderOf;
  const { rows } = await sql<ResolvedAudience>`
    WITH orig AS (
      SELECT organization_id, contact_id, status FROM deliveries
      WHERE mailing_id = ${original} AND organization_id IS NOT NULL
    ),
    targeted AS (
      SELECT o.id, o.name, o.name_kana FROM organizations o
      WHERE o.id IN (SELECT organization_id FROM orig
                     UNION SELECT organization_id FROM mailing_issues
                     WHERE mailing_id = ${original} AND organization_id IS NOT NULL)
        AND o.status <> 'WITHDRAWN'
        AND NOT EXISTS (SELECT 1 FROM acknowledgements a
                        WHERE a.mailing_id = ${original} AND a.organization_id = o.id)
    ),
    candidates AS (
      SELECT c.id AS contact_id, c.organization_id, c.name, btrim(c.email) AS email,
             c.address_key, c.is_primary, c.roles,
             t.name AS organization_name, t.name_kana,
             (SELECT g.status FROM orig g WHERE g.contact_id = c.id LIMIT 1) AS original_status,
             CASE
               WHEN NOT c.address_valid THEN 'INVALID_ADDRESS'
               WHEN s.reason IS NOT NULL THEN s.reason
               WHEN c.email_status = 'BOUNCED' THEN 'HARD_BOUNCE'
               WHEN c.email_status = 'COMPLAINED' THEN 'COMPLAINT'
             END AS own_reason
      FROM targeted t JOIN contacts c ON c.organization_id = t.id
      LEFT JOIN suppressions s ON lower(s.address) = c.address_key AND s.lifted_at IS NULL
        AND s.reason <> 'UNSUBSCRIBE_ALL'
    ),
    kept AS (
      SELECT * FROM candidates
      WHERE original_status IS NOT NULL
        AND original_status NOT IN ('BOUNCED', 'FAILED', 'SUPPRESSED', 'CANCELLED')
    ),
    -- How many substitutes each organisation needs: one per failed delivery of the circular
    -- and per kept contact no longer deliverable; one if the circular reached none of them.
    needed AS (
      SELECT t.id AS organization_id,
        CASE WHEN NOT EXISTS (SELECT 1 FROM orig g WHERE g.organization_id = t.id) THEN 1
             ELSE (SELECT count(*) FROM orig g WHERE g.organization_id = t.id
                   AND g.status IN ('BOUNCED', 'FAILED', 'SUPPRESSED'))
                + (SELECT count(*) FROM kept k WHERE k.organization_id = t.id
                   AND k.own_reason IS NOT NULL) END AS n
      FROM targeted t
    ),
    substitutes AS (
      SELECT x.* FROM (
        SELECT c.*, row_number() OVER (PARTITION BY c.organization_id
          ORDER BY c.is_primary DESC, (cardinality(c.roles) > 0) DESC, c.name, c.contact_id) AS k
        FROM candidates c WHERE c.original_status IS NULL AND c.own_reason IS NULL
      ) x JOIN needed n ON n.organization_id = x.organization_id
      WHERE x.k <= n.n
    ),
    chosen AS (
      SELECT DISTINCT ON (address_key) contact_id, organization_id, name, email, address_key,
        is_primary, organization_name, name_kana, own_reason AS suppression_reason
      FROM (SELECT contact_id, organization_id, name, email, address_key, is_primary,
                   organization_name, name_kana, own_reason FROM kept
            UNION ALL
            SELECT contact_id, organization_id, name, email, address_key, is_primary,
                   organization_name, name_kana, own_reason FROM substitutes) u
      ORDER BY address_key, is_primary DESC, contact_id
    ),
    reached AS (SELECT DISTINCT organization_id FROM chosen WHERE suppression_reason IS NULL),
    ${deliveriesFrom(sql.raw('chosen'), { id: mailing.id, kind: 'NOTICE' }, messageIdDomain)},
    issues AS (
      INSERT INTO mailing_issues (mailing_id, organization_id, organization_name, reason)
      SELECT ${mailing.id}, t.id, t.name,
        CASE WHEN NOT EXISTS (SELECT 1 FROM contacts c WHERE c.organization_id = t.id)
             THEN 'NO_CONTACTS' ELSE 'ALL_SUPPRESSED' END
      FROM targeted t
      WHERE t.id NOT IN (SELECT organization_id FROM reached)
      ON CONFLICT DO NOTHING
      RETURNING 1
    )
    ${resolvedCounts}`.execute(db);
  return rows[0] ?? { deliveries: 0, suppressed: 0, organizations: 0, issues: 0 };
}
