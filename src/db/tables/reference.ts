/**
 * Kysely table types of the reference data (loaded by src/seed/reference-data.ts): membership
 * categories, regions, prefectures, designated cities, ministries and the working groups.
 */

export interface MembershipCategoryTable {
  code: string;
  name_ja: string;
  name_en: string;
  description_ja: string;
  description_en: string;
  sort_order: number;
}

export interface RegionTable {
  code: string;
  name: string;
  name_en: string;
  sort_order: number;
}

export interface PrefectureTable {
  code: string;
  name: string;
  kana: string;
  name_en: string;
  region_code: string;
}

export interface DesignatedCityTable {
  code: string;
  name: string;
  kana: string;
  name_en: string;
  prefecture_code: string;
}

export interface MinistryTable {
  code: string;
  name: string;
  name_en: string;
  sort_order: number;
}

export interface WorkingGroupTable {
  number: number;
  title: string;
  theme: string;
  goals_intro: string | null;
  goals: string[];
  note: string | null;
}

export type ReferenceTables = {
  membership_categories: MembershipCategoryTable;
  regions: RegionTable;
  prefectures: PrefectureTable;
  designated_cities: DesignatedCityTable;
  ministries: MinistryTable;
  working_groups: WorkingGroupTable;
};
