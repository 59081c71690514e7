import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/create-db.js';
import type { Database } from '../../db/database.js';
import type { OrganizationRow, PublishableField } from '../../db/tables/members.js';
import { todayInJapan } from '../../lib/japan-date.js';
import { escapeLike, foldForSearch } from '../../lib/japanese-text.js';
import type { Page, PageRequest } from '../../lib/page.js';
import { isUuid } from '../../lib/uuid.js';
import type { BoardSeat } from '../governance/governance.js';
import { type Organization, toOrganization } from './organization.js';

/**
 * Which organisations a viewer may load at all: the secretariat every one but applications whose
 * address is not confirmed yet, a member user its own plus active ones, everybody else active
 * ones only. Applied in SQL, so `node(id)`, edges and lists share one rule.
 */
function visibleTo(db: Db, viewer: Viewer) {
  const query = db.selectFrom('organizations');
  if (viewer.kind === 'SECRETARIAT') {
    return query.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('membership_applications as a')
            .select('a.organization_id')
            .whereRef('a.organization_id', '=', 'organizations.id')
            .where('a.confirmed_at', 'is', null),
        ),
      ),
    );
  }
  if (viewer.kind === 'MEMBER') {
    return query.where((eb) =>
      eb.or([eb('status', '=', 'ACTIVE'), eb('id', '=', viewer.organizationId)]),
    );
  }
  return query.where('status', '=', 'ACTIVE');
}

export async function findVisibleOrganizations(
  db: Db,
  viewer: Viewer,
  ids: readonly string[],
): Promise<Organization[]> {
  const uuids = ids.filter(isUuid);
  if (uuids.length === 0) return [];
  const rows = await visibleTo(db, viewer).selectAll().where('id', 'in', uuids).execute();
  return rows.map(toOrganization);
}

export interface OrganizationFilter {
  readonly text?: string | null;
  readonly categories?: readonly string[] | null;
  /** Only honoured for the secretariat; others see active organisations (and their own). */
  readonly statuses?: readonly string[] | null;
  readonly organizationTypes?: readonly string[] | null;
  readonly prefectures?: readonly string[] | null;
  readonly regions?: readonly string[] | null;
  readonly fieldsOfActivity?: readonly string[] | null;
  readonly workingGroups?: readonly number[] | null;
  /** true: only organisations holding a board seat today; false: only those without. */
  readonly onBoard?: boolean | null;
}

export type OrganizationOrder = 'KANA' | 'JOINED_ON' | 'PREFECTURE';

/** The columns an {@link Organization} is made of. */
const ORGANIZATION_COLUMNS = [
  'id',
  'name',
  'name_kana',
  'category_code',
  'status',
  'organization_type',
  'prefecture_code',
  'designated_city_code',
  'scope',
  'fields_of_activity',
  'website',
  'description',
  'published_fields',
  'joined_on',
  'version',
  'updated_at',
] as const;

type OrganizationsEb = ExpressionBuilder<Database, 'organizations'>;

/**
 * Whether the viewer may see `field` of the row: always for the secretariat and the
 * organisation's own users, for everybody else only where the organisation published it. A
 * filter or an order on a field holds only where this is true, so an unpublished value can
 * never be found (or sorted) out.
 */
function seesField(viewer: Viewer, field: PublishableField) {
  return (eb: OrganizationsEb): Expression<SqlBool> => {
    const published = eb(eb.val<string>(field), '=', eb.fn.any('published_fields'));
    if (viewer.kind === 'SECRETARIAT') return eb.lit(true);
    if (viewer.kind === 'MEMBER') return eb.or([published, eb('id', '=', viewer.organizationId)]);
    return published;
  };
}

function filtered(db: Db, viewer: Viewer, filter: OrganizationFilter) {
  let query = visibleTo(db, viewer);
  const text = filter.text ? foldForSearch(filter.text) : '';
  if (text) {
    const pattern = `%${escapeLike(text)}%`;
    query =
      viewer.kind === 'SECRETARIAT'
        ? query.where('search_text', 'like', pattern)
        : // Name and reading each only where the viewer may see it.
          query.where((eb) =>
            eb.or([
              eb.and([seesField(viewer, 'name')(eb), eb('search_name', 'like', pattern)]),
              eb.and([seesField(viewer, 'nameKana')(eb), eb('search_kana', 'like', pattern)]),
            ]),
          );
  }
  if (filter.categories?.length) {
    const categories = filter.categories;
    query = query.where((eb) =>
      eb.and([seesField(viewer, 'category')(eb), eb('category_code', 'in', categories)]),
    );
  }
  if (filter.statuses?.length && viewer.kind === 'SECRETARIAT') {
    query = query.where('status', 'in', filter.statuses as OrganizationRow['status'][]);
  }
  if (filter.organizationTypes?.length) {
    const types = filter.organizationTypes;
    query = query.where((eb) =>
      eb.and([seesField(viewer, 'organizationType')(eb), eb('organization_type', 'in', types)]),
    );
  }
  if (filter.prefectures?.length) {
    const prefectures = filter.prefectures;
    query = query.where((eb) =>
      eb.and([seesField(viewer, 'prefecture')(eb), eb('prefecture_code', 'in', prefectures)]),
    );
  }
  if (filter.regions?.length) {
    const regions = filter.regions;
    // A region is the prefecture's: it is as public as the prefecture.
    query = query.where((eb) =>
      eb.and([
        seesField(viewer, 'prefecture')(eb),
        eb(
          'prefecture_code',
          'in',
          eb.selectFrom('prefectures').select('code').where('region_code', 'in', regions),
        ),
      ]),
    );
  }
  if (filter.fieldsOfActivity?.length) {
    const fields = [...filter.fieldsOfActivity];
    query = query.where((eb) =>
      eb.and([
        seesField(viewer, 'fieldsOfActivity')(eb),
        sql<boolean>`fields_of_activity && ${sql.val(fields)}::text[]`,
      ]),
    );
  }
  if (filter.workingGroups?.length) {
    const groups = filter.workingGroups;
    query = query.where('id', 'in', (eb) =>
      eb
        .selectFrom('working_group_memberships')
        .select('organization_id')
        .where('working_group_number', 'in', groups)
        .where('left_on', 'is', null),
    );
  }
  if (filter.onBoard != null) {
    const seated = (eb: OrganizationsEb) =>
      eb.exists(
        eb
          .selectFrom('board_seats as s')
          .select('s.id')
          .whereRef('s.organization_id', '=', 'organizations.id')
          .where('s.starts_on', '<=', sql<string>`current_date`)
          .where((w) =>
            w.or([w('s.ends_on', 'is', null), w('s.ends_on', '>=', sql<string>`current_date`)]),
          ),
      );
    query = query.where((eb) => (filter.onBoard ? seated(eb) : eb.not(seated(eb))));
  }
  return query;
}

export async function findOrganizations(
  db: Db,
  viewer: Viewer,
  filter: OrganizationFilter,
  page: PageRequest,
  order: OrganizationOrder = 'KANA',
): Promise<Page<Organization>> {
  const today = todayInJapan();
  let query = filtered(db, viewer, filter)
    // What toOrganization reads, not search_text (the longest column, only ever searched).
    .select(ORGANIZATION_COLUMNS)
    // Current working groups and today's board seat in the same round trip (see `prefetched`).
    .select([
      sql<
        number[]
      >`coalesce((SELECT array_agg(m.working_group_number ORDER BY m.working_group_number)
        FROM working_group_memberships m
        WHERE m.organization_id = organizations.id AND m.left_on IS NULL), '{}')`.as(
        'working_group_numbers',
      ),
      sql<BoardSeat | null>`(SELECT json_build_object('id', s.id, 'organizationId', s.organization_id,
          'role', s.role, 'startsOn', s.starts_on, 'endsOn', s.ends_on)
        FROM board_seats s
        WHERE s.organization_id = organizations.id AND s.starts_on <= ${today}
          AND (s.ends_on IS NULL OR s.ends_on >= ${today})
        ORDER BY s.starts_on DESC LIMIT 1)`.as('board_seat'),
    ])
    // The whole list's size in the same round trip, when the caller asks for totalCount: an
    // uncorrelated subquery, run once. (A `count(*) over ()` window would make Postgres build
    // every row of the list — subqueries included — before the LIMIT: 450 ms at 100,000.)
    .$if(page.withTotal, (q) =>
      q.select(
        filtered(db, viewer, filter)
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .as('total'),
      ),
    );
  if (order === 'JOINED_ON') query = query.orderBy('joined_on', (o) => o.nullsLast());
  if (order === 'PREFECTURE') {
    // An unpublished prefecture sorts as if there were none (last), like a missing one.
    query = query.orderBy(
      (eb) =>
        eb
          .case()
          .when(seesField(viewer, 'prefecture')(eb))
          .then(eb.ref('prefecture_code'))
          .else(null)
          .end(),
      (o) => o.nullsLast(),
    );
  }
  // The secretariat sorts by every reading; everybody else by published readings only (the
  // others last), so the order cannot place a hidden reading between two known ones.
  query =
    viewer.kind === 'SECRETARIAT'
      ? query.orderBy('name_kana')
      : query.orderBy('public_kana', (o) => o.nullsLast());
  const rows = await query.orderBy('id').limit(page.limit).offset(page.offset).execute();
  return {
    rows: rows.map((row) => ({
      ...toOrganization(row),
      prefetched: { workingGroupNumbers: row.working_group_numbers, boardSeat: row.board_seat },
    })),
    total: rows[0]?.total ?? undefined,
  };
}

export async function countOrganizations(
  db: Db,
  viewer: Viewer,
  filter: OrganizationFilter,
): Promise<number> {
  const row = await filtered(db, viewer, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

export interface ProfilePatch {
  readonly nameKana?: string;
  readonly website?: string | null;
  readonly description?: string | null;
  readonly fieldsOfActivity?: readonly string[];
  readonly publishedFields?: readonly string[];
}

/**
 * Applies a profile change if the row still has `expectedVersion`; returns undefined when the
 * version moved on (someone else saved first), leaving the row untouched. Run it in a
 * transaction: the row is locked between the check and the write.
 */
export async function updateOrganizationProfile(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: ProfilePatch,
): Promise<Organization | undefined> {
  const current = await db
    .selectFrom('organizations')
    .select(['name', 'name_kana'])
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .forUpdate()
    .executeTakeFirst();
  if (!current) return undefined;
  const nameKana = patch.nameKana ?? current.name_kana;
  const row = await db
    .updateTable('organizations')
    .set((eb) => ({
      name_kana: nameKana,
      search_text: foldForSearch(`${current.name} ${nameKana}`),
      ...(patch.website !== undefined ? { website: patch.website } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.fieldsOfActivity !== undefined
        ? { fields_of_activity: [...patch.fieldsOfActivity] }
        : {}),
      ...(patch.publishedFields !== undefined
        ? { published_fields: [...patch.publishedFields] }
        : {}),
      version: eb('version', '+', 1),
      updated_at: sql`now()`,
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toOrganization(row);
}

/** Current working-group numbers of each organisation, in order. */
export async function findCurrentWorkingGroupNumbers(
  db: Db,
  organizationIds: readonly string[],
): Promise<Map<string, number[]>> {
  const numbers = new Map<string, number[]>(organizationIds.map((id) => [id, []]));
  if (organizationIds.length === 0) return numbers;
  const rows = await db
    .selectFrom('working_group_memberships')
    .select(['organization_id', 'working_group_number'])
    .where('organization_id', 'in', organizationIds)
    .where('left_on', 'is', null)
    .orderBy('working_group_number')
    .execute();
  for (const r of rows) numbers.get(r.organization_id)?.push(r.working_group_number);
  return numbers;
}

/** The organisation types held by at least one organisation, in code-point order. */
export async function findOrganizationTypesInUse(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('organizations')
    .select('organization_type')
    .distinct()
    .orderBy('organization_type')
    .execute();
  return rows.map((r) => r.organization_type);
}
