import { type SelectQueryBuilder, sql } from 'kysely';
import type { Db } from '../../db/create-db.js';
import type { Database } from '../../db/database.js';
import { escapeLike, foldForSearch } from '../../lib/japanese-text.js';
import type { Page, PageRequest } from '../../lib/page.js';
import type {
  BasicPolicy,
  Ministry,
  Placement,
  PolicyMeasure,
  PolicyMeasureFilter,
  PolicyMeasureMinistry,
  SubItem,
  SubMeasure,
} from './policy-measure.js';

function filteredMeasures(
  db: Db,
  filter: PolicyMeasureFilter,
): SelectQueryBuilder<Database, 'policy_measures', object> {
  let query = db.selectFrom('policy_measures');
  if (filter.basicPolicy != null || filter.subItem != null) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('policy_measure_placements as p')
          .select('p.measure_number')
          .whereRef('p.measure_number', '=', 'policy_measures.number')
          .$if(filter.basicPolicy != null, (q) =>
            q.where('p.basic_policy_number', '=', filter.basicPolicy as number),
          )
          .$if(filter.subItem != null, (q) =>
            q.where('p.sub_item_number', '=', filter.subItem as number),
          ),
      ),
    );
  }
  if (filter.ministry) {
    const ministry = filter.ministry;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('policy_measure_ministries as m')
          .select('m.measure_number')
          .whereRef('m.measure_number', '=', 'policy_measures.number')
          .where('m.ministry_code', '=', ministry),
      ),
    );
  }
  const text = filter.text ? foldForSearch(filter.text) : '';
  if (text) query = query.where('search_text', 'like', `%${escapeLike(text)}%`);
  return query;
}

export async function findPolicyMeasures(
  db: Db,
  filter: PolicyMeasureFilter,
  page: PageRequest,
): Promise<Page<PolicyMeasure>> {
  const rows = await filteredMeasures(db, filter)
    .select(['number', 'title', 'page'])
    // The responsible ministries in the same round trip (see PolicyMeasure.ministryCodes).
    .select(
      sql<string[]>`coalesce((SELECT array_agg(mm.ministry_code ORDER BY mm.position)
        FROM policy_measure_ministries mm WHERE mm.measure_number = policy_measures.number), '{}')`.as(
        'ministry_codes',
      ),
    )
    // The whole list's size in the same round trip, when the caller asks for totalCount.
    .$if(page.withTotal, (q) => q.select((eb) => eb.fn.countAll<number>().over().as('total')))
    .orderBy('number')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return {
    rows: rows.map(({ number, title, page, ministry_codes }) => ({
      number,
      title,
      page,
      ministryCodes: ministry_codes,
    })),
    total: rows[0]?.total,
  };
}

export async function countPolicyMeasures(db: Db, filter: PolicyMeasureFilter): Promise<number> {
  const row = await filteredMeasures(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function findPolicyMeasuresByNumbers(
  db: Db,
  numbers: readonly number[],
): Promise<PolicyMeasure[]> {
  if (numbers.length === 0) return [];
  return db
    .selectFrom('policy_measures')
    .select(['number', 'title', 'page'])
    .where('number', 'in', numbers)
    .execute();
}

export async function findMinistriesOfMeasures(
  db: Db,
  numbers: readonly number[],
): Promise<PolicyMeasureMinistry[]> {
  return db
    .selectFrom('policy_measure_ministries')
    .select(['measure_number as measureNumber', 'ministry_code as ministryCode'])
    .where('measure_number', 'in', numbers)
    .orderBy('measure_number')
    .orderBy('position')
    .execute();
}

export async function findSubMeasuresOfMeasures(
  db: Db,
  numbers: readonly number[],
): Promise<SubMeasure[]> {
  return db
    .selectFrom('policy_sub_measures')
    .select([
      'measure_number as measureNumber',
      'label',
      'title',
      'ministry_codes as ministryCodes',
    ])
    .where('measure_number', 'in', numbers)
    .orderBy('measure_number')
    .orderBy('position')
    .execute();
}

export async function findPlacementsOfMeasures(
  db: Db,
  numbers: readonly number[],
): Promise<Placement[]> {
  return db
    .selectFrom('policy_measure_placements')
    .select([
      'measure_number as measureNumber',
      'basic_policy_number as basicPolicyNumber',
      'sub_item_number as subItemNumber',
      'is_primary as isPrimary',
    ])
    .where('measure_number', 'in', numbers)
    .orderBy('measure_number')
    .orderBy('position')
    .execute();
}

/** Measures listed under each given sub-item (`"<policy>-<item>"` keys), primary or re-listed. */
export async function findPlacementsInSubItems(
  db: Db,
  keys: readonly string[],
): Promise<Placement[]> {
  const pairs = keys.map((key) => key.split('-').map(Number) as [number, number]);
  return db
    .selectFrom('policy_measure_placements')
    .select([
      'measure_number as measureNumber',
      'basic_policy_number as basicPolicyNumber',
      'sub_item_number as subItemNumber',
      'is_primary as isPrimary',
    ])
    .where((eb) =>
      eb.or(
        pairs.map(([policy, item]) =>
          eb.and([eb('basic_policy_number', '=', policy), eb('sub_item_number', '=', item)]),
        ),
      ),
    )
    .orderBy('measure_number')
    .execute();
}

export async function listMinistries(db: Db): Promise<Ministry[]> {
  return db
    .selectFrom('ministries')
    .select(['code', 'name', 'name_en as nameEn'])
    .orderBy('sort_order')
    .execute();
}

export async function findMinistriesByCodes(db: Db, codes: readonly string[]): Promise<Ministry[]> {
  return db
    .selectFrom('ministries')
    .select(['code', 'name', 'name_en as nameEn'])
    .where('code', 'in', codes)
    .execute();
}

export async function listBasicPolicies(db: Db): Promise<BasicPolicy[]> {
  return db.selectFrom('basic_policies').select(['number', 'title']).orderBy('number').execute();
}

export async function findBasicPoliciesByNumbers(
  db: Db,
  numbers: readonly number[],
): Promise<BasicPolicy[]> {
  return db
    .selectFrom('basic_policies')
    .select(['number', 'title'])
    .where('number', 'in', numbers)
    .execute();
}

export async function findSubItemsOfPolicies(
  db: Db,
  numbers: readonly number[],
): Promise<SubItem[]> {
  return db
    .selectFrom('basic_policy_sub_items')
    .select(['basic_policy_number as basicPolicyNumber', 'number', 'symbol', 'title'])
    .where('basic_policy_number', 'in', numbers)
    .orderBy('basic_policy_number')
    .orderBy('number')
    .execute();
}
