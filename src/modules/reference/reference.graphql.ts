import type { Db } from '../../db/create-db.js';
import { builder } from '../../graphql/builder.js';
import { cachedOrKeys, cachedReference } from '../../graphql/reference-cache.js';
import {
  type DesignatedCity,
  listDesignatedCities,
  listMembershipCategories,
  listPrefectures,
  listRegions,
  type MembershipCategory,
  type Prefecture,
  type Region,
} from './reference.repository.js';

const cachedRegions = cachedReference(listRegions);
const prefecturesByCode = cachedReference(
  async (db) => new Map((await listPrefectures(db)).map((p) => [p.code, p])),
);

/** The designated cities by code (cached: reference data, see reference-cache.ts). */
export const designatedCitiesByCode = cachedReference(
  async (db) => new Map((await listDesignatedCities(db)).map((c) => [c.code, c])),
);

/** The designated city of a code; the cached object itself once loaded (no promise). */
export function designatedCityOf(
  db: Db,
  code: string,
): DesignatedCity | null | Promise<DesignatedCity | null> {
  const cached = designatedCitiesByCode.peek(db);
  if (cached) return cached.get(code) ?? null;
  return designatedCitiesByCode(db).then((cities) => cities.get(code) ?? null);
}

/** The prefecture itself when cached, else its code for PrefectureRef's dataloader. */
export function prefectureOrCode(db: Db, code: string): Prefecture | string {
  return cachedOrKeys(prefecturesByCode, db, [code])[0] ?? code;
}
/** The membership categories in order (cached: reference data, see reference-cache.ts). */
export const cachedMembershipCategories = cachedReference(listMembershipCategories);

export const MembershipCategoryCode = builder.enumType('MembershipCategoryCode', {
  description: 'Membership category of an organisation.',
  values: {
    REGULAR: { description: '正会員: NPOs and support organisations.' },
    SUPPORTING: {
      description: '賛助会員: private bodies and grant-makers supporting the platform.',
    },
    COOPERATING: {
      description: '協力会員: economic organisations, local governments and others that cooperate.',
    },
  } as const,
});

export const MembershipCategoryRef = builder.objectRef<MembershipCategory>('MembershipCategory');
MembershipCategoryRef.implement({
  description: 'A membership category (会員区分) of the platform.',
  fields: (t) => ({
    code: t.expose('code', {
      type: MembershipCategoryCode,
      description: 'Stable code.',
    }),
    nameJa: t.exposeString('nameJa', { description: 'Japanese name, e.g. 正会員.' }),
    nameEn: t.exposeString('nameEn', { description: 'English name.' }),
    descriptionJa: t.exposeString('descriptionJa', { description: 'Who belongs, in Japanese.' }),
    descriptionEn: t.exposeString('descriptionEn', { description: 'Who belongs, in English.' }),
  }),
});

export const RegionRef = builder.loadableObjectRef('Region', {
  load: async (codes: string[], { db }) => {
    const regions = new Map((await cachedRegions(db)).map((r) => [r.code, r]));
    return codes.map((code) => regions.get(code) ?? new Error(`No region ${code}`));
  },
  sort: (region: Region) => region.code,
});
RegionRef.implement({
  description: 'A region (地方) grouping prefectures.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, e.g. `kanto`.' }),
    name: t.exposeString('name', { description: 'Japanese name, e.g. 関東地方.' }),
    nameEn: t.exposeString('nameEn', { description: 'English name.' }),
  }),
});

export const PrefectureRef = builder.loadableObjectRef('Prefecture', {
  load: async (codes: string[], { db }) => {
    const prefectures = await prefecturesByCode(db);
    return codes.map((code) => prefectures.get(code) ?? new Error(`No prefecture ${code}`));
  },
  sort: (prefecture: Prefecture) => prefecture.code,
});
PrefectureRef.implement({
  description: 'A prefecture (都道府県) identified by its JIS X 0401 code.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'JIS X 0401 code, two digits: `01` 北海道 … `47` 沖縄県.',
    }),
    name: t.exposeString('name', { description: 'Japanese name, e.g. 東京都.' }),
    kana: t.exposeString('kana', { description: 'Reading in hiragana.' }),
    nameEn: t.exposeString('nameEn', { description: 'English name.' }),
    region: t.field({
      type: RegionRef,
      description: 'The region the prefecture belongs to.',
      resolve: (p) => p.regionCode,
    }),
  }),
});

export const DesignatedCityRef = builder.objectRef<DesignatedCity>('DesignatedCity');
DesignatedCityRef.implement({
  description:
    'A designated city (政令指定都市), e.g. 横浜市; `designatedCities` lists all 20, `Organization.designatedCity` is one organisation’s.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'Local government code (全国地方公共団体コード), six digits.',
    }),
    name: t.exposeString('name', { description: 'Japanese name, e.g. 横浜市.' }),
    kana: t.exposeString('kana', { description: 'Reading in hiragana.' }),
    nameEn: t.exposeString('nameEn', { description: 'English name.' }),
    prefectureCode: t.exposeString('prefectureCode', {
      description: 'JIS code of its prefecture.',
    }),
    prefecture: t.field({
      type: PrefectureRef,
      description: 'Its prefecture.',
      resolve: (c, _args, { db }) => prefectureOrCode(db, c.prefectureCode),
    }),
  }),
});

builder.queryFields((t) => ({
  membershipCategories: t.field({
    description: 'The three membership categories.',
    type: [MembershipCategoryRef],
    resolve: (_root, _args, { db }) => listMembershipCategories(db),
  }),
  regions: t.field({
    description: 'The eight regions (地方).',
    type: [RegionRef],
    resolve: (_root, _args, { db }) => listRegions(db),
  }),
  prefectures: t.field({
    description: 'The 47 prefectures in JIS code order.',
    type: [PrefectureRef],
    resolve: (_root, _args, { db }) => listPrefectures(db),
  }),
  designatedCities: t.field({
    description: 'The 20 designated cities (政令指定都市) in code order.',
    type: [DesignatedCityRef],
    resolve: (_root, _args, { db }) => listDesignatedCities(db),
  }),
}));
