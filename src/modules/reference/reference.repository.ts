import type { Db } from '../../db/create-db.js';

export interface MembershipCategory {
  readonly code: 'REGULAR' | 'SUPPORTING' | 'COOPERATING';
  readonly nameJa: string;
  readonly nameEn: string;
  readonly descriptionJa: string;
  readonly descriptionEn: string;
}

export interface Region {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
}

export interface Prefecture {
  readonly code: string;
  readonly name: string;
  readonly kana: string;
  readonly nameEn: string;
  readonly regionCode: string;
}

export interface DesignatedCity {
  readonly code: string;
  readonly name: string;
  readonly kana: string;
  readonly nameEn: string;
  readonly prefectureCode: string;
}

export async function listMembershipCategories(db: Db): Promise<MembershipCategory[]> {
  const rows = await db
    .selectFrom('membership_categories')
    .select([
      'code',
      'name_ja as nameJa',
      'name_en as nameEn',
      'description_ja as descriptionJa',
      'description_en as descriptionEn',
    ])
    .orderBy('sort_order')
    .execute();
  return rows as MembershipCategory[];
}

export async function listRegions(db: Db): Promise<Region[]> {
  return db
    .selectFrom('regions')
    .select(['code', 'name', 'name_en as nameEn'])
    .orderBy('sort_order')
    .execute();
}

export async function listPrefectures(db: Db): Promise<Prefecture[]> {
  return db
    .selectFrom('prefectures')
    .select(['code', 'name', 'kana', 'name_en as nameEn', 'region_code as regionCode'])
    .orderBy('code')
    .execute();
}

export async function listDesignatedCities(db: Db): Promise<DesignatedCity[]> {
  return db
    .selectFrom('designated_cities')
    .select(['code', 'name', 'kana', 'name_en as nameEn', 'prefecture_code as prefectureCode'])
    .orderBy('code')
    .execute();
}
