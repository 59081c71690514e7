/**
 * Reference data the member CSV refers to by name or code (categories, prefectures, designated
 * cities, working groups), read once per import or export, with the lookups both directions use.
 */
import type { Db } from '../../../db/create-db.js';

export interface CsvReference {
  /** code → Japanese name (REGULAR → 正会員), in sort order. */
  readonly categories: ReadonlyMap<string, string>;
  /** code → name (13 → 東京都). */
  readonly prefectures: ReadonlyMap<string, string>;
  /** code → name and prefecture (141003 → 横浜市, 14). */
  readonly designatedCities: ReadonlyMap<string, { name: string; prefectureCode: string }>;
  readonly workingGroupNumbers: ReadonlySet<number>;
  /** Lookups by any accepted spelling (NFKC, lower case). */
  readonly categoryBySpelling: ReadonlyMap<string, string>;
  readonly prefectureBySpelling: ReadonlyMap<string, string>;
  readonly designatedCityBySpelling: ReadonlyMap<string, string>;
}

/** The comparable form of a value typed into a cell: NFKC, trimmed, lower case. */
export function spelling(value: string): string {
  return value.normalize('NFKC').trim().toLowerCase();
}

export async function loadCsvReference(db: Db): Promise<CsvReference> {
  const [categories, prefectures, cities, groups] = await Promise.all([
    db
      .selectFrom('membership_categories')
      .select(['code', 'name_ja', 'name_en'])
      .orderBy('sort_order')
      .execute(),
    db.selectFrom('prefectures').select(['code', 'name', 'name_en']).orderBy('code').execute(),
    db
      .selectFrom('designated_cities')
      .select(['code', 'name', 'name_en', 'prefecture_code'])
      .orderBy('code')
      .execute(),
    db.selectFrom('working_groups').select('number').orderBy('number').execute(),
  ]);
  if (categories.length === 0 || prefectures.length === 0) {
    throw new Error(
      'The reference data (membership categories, prefectures) is missing from the database. Start the service once, or run `npm run seed:demo`, to load it.',
    );
  }
  const categoryBySpelling = new Map<string, string>();
  for (const c of categories) {
    for (const s of [c.code, c.name_ja, c.name_en, c.name_ja.replace(/会員$/, '')]) {
      categoryBySpelling.set(spelling(s), c.code);
    }
  }
  const prefectureBySpelling = new Map<string, string>();
  for (const p of prefectures) {
    for (const s of [p.code, String(Number(p.code)), p.name, p.name_en]) {
      prefectureBySpelling.set(spelling(s), p.code);
    }
  }
  const designatedCityBySpelling = new Map<string, string>();
  for (const c of cities) {
    for (const s of [c.code, String(Number(c.code)), c.name, c.name_en]) {
      designatedCityBySpelling.set(spelling(s), c.code);
    }
  }
  return {
    categories: new Map(categories.map((c) => [c.code, c.name_ja])),
    prefectures: new Map(prefectures.map((p) => [p.code, p.name])),
    designatedCities: new Map(
      cities.map((c) => [c.code, { name: c.name, prefectureCode: c.prefecture_code }]),
    ),
    workingGroupNumbers: new Set(groups.map((g) => g.number)),
    categoryBySpelling,
    prefectureBySpelling,
    designatedCityBySpelling,
  };
}
