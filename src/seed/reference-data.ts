/**
 * Loads the reference data in `seeds/` (taken from the source documents; see seeds/README.md)
 * into the database. Idempotent: every run leaves the tables equal to the files, so it runs at
 * each start-up and after an upgrade that corrects a seed file.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Db } from '../db/create-db.js';
import { foldForSearch } from '../lib/japanese-text.js';

const seedsDir = new URL('../../seeds/', import.meta.url);

const placement = z.object({ basicPolicy: z.number().int(), subItem: z.number().int() });

const files = {
  categories: {
    file: 'membership-categories.json',
    schema: z.array(
      z.object({
        code: z.enum(['REGULAR', 'SUPPORTING', 'COOPERATING']),
        nameJa: z.string(),
        nameEn: z.string(),
        descriptionJa: z.string(),
        descriptionEn: z.string(),
        sortOrder: z.number().int(),
      }),
    ),
  },
  regions: {
    file: 'regions.json',
    schema: z.array(
      z.object({ code: z.string(), name: z.string(), nameEn: z.string(), sortOrder: z.number() }),
    ),
  },
  prefectures: {
    file: 'prefectures.json',
    schema: z.array(
      z.object({
        code: z.string().regex(/^\d{2}$/),
        name: z.string(),
        kana: z.string(),
        nameEn: z.string(),
        region: z.string(),
      }),
    ),
  },
  designatedCities: {
    file: 'designated-cities.json',
    schema: z.array(
      z.object({
        code: z.string().regex(/^\d{6}$/),
        name: z.string(),
        kana: z.string(),
        nameEn: z.string(),
        prefectureCode: z.string().regex(/^\d{2}$/),
      }),
    ),
  },
  ministries: {
    file: 'ministries.json',
    schema: z.array(
      z.object({
        code: z.string().regex(/^[a-z]+$/),
        name: z.string(),
        nameEn: z.string(),
        sortOrder: z.number().int(),
      }),
    ),
  },
  basicPolicies: {
    file: 'basic-policies.json',
    schema: z.array(
      z.object({
        number: z.number().int(),
        title: z.string(),
        subItems: z.array(
          z.object({ number: z.number().int(), symbol: z.string(), title: z.string() }),
        ),
      }),
    ),
  },
  policyMeasures: {
    file: 'policy-measures.json',
    schema: z.array(
      z.object({
        number: z.number().int().positive(),
        title: z.string().min(1),
        ministries: z.array(z.string()).min(1),
        page: z.number().int().positive(),
        primary: placement,
        relistings: z.array(placement),
        subMeasures: z.array(
          z.object({
            label: z.string(),
            title: z.string(),
            ministries: z.array(z.string()).min(1),
          }),
        ),
      }),
    ),
  },
  workingGroups: {
    file: 'working-groups.json',
    schema: z.array(
      z.object({
        number: z.number().int(),
        title: z.string(),
        theme: z.string(),
        goalsIntro: z.string().nullable(),
        goals: z.array(z.string()),
        note: z.string().nullable(),
      }),
    ),
  },
} as const;

type Files = typeof files;
export type ReferenceData = { [K in keyof Files]: z.output<Files[K]['schema']> };

/** Reads and validates every seed file; a malformed file fails with its name and the path. */
export async function readReferenceData(): Promise<ReferenceData> {
  const entries = await Promise.all(
    Object.entries(files).map(async ([key, { file, schema }]) => {
      const raw = JSON.parse(await readFile(new URL(file, seedsDir), 'utf8'));
      const result = (schema as z.ZodType).safeParse(raw);
      if (!result.success) {
        throw new Error(`seeds/${file} is malformed: ${z.prettifyError(result.error)}`);
      }
      return [key, result.data] as const;
    }),
  );
  return Object.fromEntries(entries) as ReferenceData;
}

/** Upserts all reference data in one transaction. */
export async function loadReferenceData(db: Db, data?: ReferenceData): Promise<void> {
  const seeds = data ?? (await readReferenceData());
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('membership_categories')
      .values(
        seeds.categories.map((c) => ({
          code: c.code,
          name_ja: c.nameJa,
          name_en: c.nameEn,
          description_ja: c.descriptionJa,
          description_en: c.descriptionEn,
          sort_order: c.sortOrder,
        })),
      )
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name_ja: eb.ref('excluded.name_ja'),
          name_en: eb.ref('excluded.name_en'),
          description_ja: eb.ref('excluded.description_ja'),
          description_en: eb.ref('excluded.description_en'),
          sort_order: eb.ref('excluded.sort_order'),
        })),
      )
      .execute();

    await trx
      .insertInto('regions')
      .values(
        seeds.regions.map((r) => ({
          code: r.code,
          name: r.name,
          name_en: r.nameEn,
          sort_order: r.sortOrder,
        })),
      )
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          name_en: eb.ref('excluded.name_en'),
          sort_order: eb.ref('excluded.sort_order'),
        })),
      )
      .execute();

    await trx
      .insertInto('prefectures')
      .values(
        seeds.prefectures.map((p) => ({
          code: p.code,
          name: p.name,
          kana: p.kana,
          name_en: p.nameEn,
          region_code: p.region,
        })),
      )
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          kana: eb.ref('excluded.kana'),
          name_en: eb.ref('excluded.name_en'),
          region_code: eb.ref('excluded.region_code'),
        })),
      )
      .execute();

    await trx
      .insertInto('designated_cities')
      .values(
        seeds.designatedCities.map((c) => ({
          code: c.code,
          name: c.name,
          kana: c.kana,
          name_en: c.nameEn,
          prefecture_code: c.prefectureCode,
        })),
      )
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          kana: eb.ref('excluded.kana'),
          name_en: eb.ref('excluded.name_en'),
          prefecture_code: eb.ref('excluded.prefecture_code'),
        })),
      )
      .execute();

    await trx
      .insertInto('ministries')
      .values(
        seeds.ministries.map((m) => ({
          code: m.code,
          name: m.name,
          name_en: m.nameEn,
          sort_order: m.sortOrder,
        })),
      )
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          name_en: eb.ref('excluded.name_en'),
          sort_order: eb.ref('excluded.sort_order'),
        })),
      )
      .execute();

    // The catalogue is replaced wholesale: nothing outside it references its child rows.
    await trx.deleteFrom('policy_measure_placements').execute();
    await trx.deleteFrom('policy_measure_ministries').execute();
    await trx.deleteFrom('policy_sub_measures').execute();
    await trx.deleteFrom('policy_measures').execute();
    await trx.deleteFrom('basic_policy_sub_items').execute();
    await trx.deleteFrom('basic_policies').execute();

    await trx
      .insertInto('basic_policies')
      .values(seeds.basicPolicies.map((b) => ({ number: b.number, title: b.title })))
      .execute();
    await trx
      .insertInto('basic_policy_sub_items')
      .values(
        seeds.basicPolicies.flatMap((b) =>
          b.subItems.map((s) => ({
            basic_policy_number: b.number,
            number: s.number,
            symbol: s.symbol,
            title: s.title,
          })),
        ),
      )
      .execute();

    const measures = seeds.policyMeasures;
    await trx
      .insertInto('policy_measures')
      .values(
        measures.map((m) => ({
          number: m.number,
          title: m.title,
          page: m.page,
          search_text: foldForSearch([m.title, ...m.subMeasures.map((s) => s.title)].join(' ')),
        })),
      )
      .execute();
    await trx
      .insertInto('policy_measure_ministries')
      .values(
        measures.flatMap((m) =>
          m.ministries.map((code, position) => ({
            measure_number: m.number,
            ministry_code: code,
            position,
          })),
        ),
      )
      .execute();
    const subMeasures = measures.flatMap((m) =>
      m.subMeasures.map((s, position) => ({
        measure_number: m.number,
        position,
        label: s.label,
        title: s.title,
        ministry_codes: s.ministries,
      })),
    );
    if (subMeasures.length > 0) {
      await trx.insertInto('policy_sub_measures').values(subMeasures).execute();
    }
    await trx
      .insertInto('policy_measure_placements')
      .values(
        measures.flatMap((m) =>
          [m.primary, ...m.relistings].map((p, position) => ({
            measure_number: m.number,
            basic_policy_number: p.basicPolicy,
            sub_item_number: p.subItem,
            is_primary: position === 0,
            position,
          })),
        ),
      )
      .execute();

    await trx
      .insertInto('working_groups')
      .values(
        seeds.workingGroups.map((w) => ({
          number: w.number,
          title: w.title,
          theme: w.theme,
          goals_intro: w.goalsIntro,
          goals: w.goals,
          note: w.note,
        })),
      )
      .onConflict((oc) =>
        oc.column('number').doUpdateSet((eb) => ({
          title: eb.ref('excluded.title'),
          theme: eb.ref('excluded.theme'),
          goals_intro: eb.ref('excluded.goals_intro'),
          goals: eb.ref('excluded.goals'),
          note: eb.ref('excluded.note'),
        })),
      )
      .execute();
  });
}
