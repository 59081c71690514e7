/**
 * What the demo register is built from: the organisation kinds, the data files in `seeds/demo/`
 * (checked when read), and the reference rows in the database.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Db } from '../../db/create-db.js';
import { FIELDS_OF_ACTIVITY, type FieldOfActivity } from '../../db/tables/members.js';

// ---------------------------------------------------------------------------------------------
// Organisation kinds (their profiles and name patterns: seeds/demo/organization-kinds.json)

const KIND_IDS = [
  'npo',
  'certifiedNpo',
  'association',
  'publicInterestAssociation',
  'socialWelfare',
  'foundation',
  'publicInterestFoundation',
  'voluntary',
  'coop',
  'grantFoundation',
  'grantGeneralFoundation',
  'company',
  'businessAssociation',
  'municipality',
  'economic',
  'labour',
  'industryAssociation',
] as const;
export type KindId = (typeof KIND_IDS)[number];

const TEMPLATE_IDS = [
  'support',
  'funder',
  'company',
  'economic',
  'coop',
  'labour',
  'municipality',
  'publicBody',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

// ---------------------------------------------------------------------------------------------
// Data files (seeds/demo)

const demoSeedsDir = new URL('../../../seeds/demo/', import.meta.url);

const fieldCode = z.enum(
  Object.keys(FIELDS_OF_ACTIVITY) as [FieldOfActivity, ...FieldOfActivity[]],
);
const hiragana = z.string().regex(/^[\u3041-\u3096ー]+$/, 'must be hiragana');
const namePart = z.tuple([z.string().min(1), hiragana]);
const partSource = z.union([
  z.enum(['STEM', 'PLACE', 'MUNICIPALITY', 'FIELD']),
  z.array(namePart).min(1),
]);
const personName = z.tuple([z.string().min(1), hiragana, z.string().regex(/^[a-z]+$/)]);

/** `{ item: weight }`; items left out are never drawn. */
const weightTable = <K extends z.core.$ZodType<string>>(key: K) =>
  z.partialRecord(key, z.number().positive());

const sourceSchemas = {
  kinds: z.object({
    /** Share of each kind among the fictional organisations of a category. */
    mix: z.record(z.enum(['REGULAR', 'SUPPORTING', 'COOPERATING']), weightTable(z.enum(KIND_IDS))),
    /** How often each field is the main one where a kind says "SUPPORT". */
    supportFieldWeights: weightTable(fieldCode),
    /** Where fictional organisations are based; unlisted prefectures weigh 1. */
    prefectureWeights: z.record(z.string().regex(/^\d{2}$/), z.number().positive()),
    kinds: z.record(
      z.enum(KIND_IDS),
      z.object({
        /** `organizations.organization_type`. */
        type: z.string().min(1),
        template: z.enum(TEMPLATE_IDS),
        /** Probability of a national rather than a regional scope. */
        nationalShare: z.number().min(0).max(1),
        /** Candidates for the main field: listed ones evenly, or the support weights. */
        mainFields: z.union([z.literal('SUPPORT'), z.array(fieldCode).min(1)]),
        /** Local governments get a 孤独・孤立対策担当 mailbox as their primary contact. */
        localGovernment: z.boolean().default(false),
        names: z.array(z.object({ prefix: z.string(), parts: z.array(partSource).min(1) })).min(1),
      }),
    ),
  }),
  names: z.object({
    stems: z.array(namePart).min(1),
    places: z.array(z.tuple([z.string().min(1), hiragana, z.enum(['市', '町', '村'])])).min(1),
    fieldTails: z.record(fieldCode, z.array(namePart).min(1)),
  }),
  people: z.object({
    surnames: z.array(personName).min(1),
    givenNames: z.array(personName).min(1),
  }),
  descriptions: z.object({
    activities: z.record(fieldCode, z.string().min(1)),
    templates: z.record(z.enum(TEMPLATE_IDS), z.string().min(1)),
    closings: z.array(z.string().min(1)).min(1),
  }),
};

export type NamePart = z.output<typeof namePart>;
export type PartSource = z.output<typeof partSource>;
export type PersonName = z.output<typeof personName>;
export type KindProfile = z.output<typeof sourceSchemas.kinds>['kinds'][KindId];
export interface DemoSources {
  readonly kinds: z.output<typeof sourceSchemas.kinds>;
  readonly names: z.output<typeof sourceSchemas.names>;
  readonly people: z.output<typeof sourceSchemas.people>;
  readonly descriptions: z.output<typeof sourceSchemas.descriptions>;
}

export async function readDemoSources(): Promise<DemoSources> {
  const [kinds, names, people, descriptions] = await Promise.all([
    readJson('organization-kinds.json', sourceSchemas.kinds),
    readJson('organization-names.json', sourceSchemas.names),
    readJson('people.json', sourceSchemas.people),
    readJson('descriptions.json', sourceSchemas.descriptions),
  ]);
  return { kinds, names, people, descriptions };
}

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  const raw: unknown = JSON.parse(await readFile(new URL(file, demoSeedsDir), 'utf8'));
  const result = schema.safeParse(raw);
  if (!result.success)
    throw new Error(`seeds/demo/${file} is malformed: ${z.prettifyError(result.error)}`);
  return result.data;
}

// ---------------------------------------------------------------------------------------------
// Reference rows (from the database, so foreign keys hold)

export interface ReferenceRows {
  readonly prefectures: readonly { code: string; name: string; kana: string }[];
  readonly designatedCities: readonly {
    code: string;
    name: string;
    kana: string;
    prefecture_code: string;
  }[];
  readonly workingGroupNumbers: readonly number[];
}

export async function readReferenceRows(db: Db): Promise<ReferenceRows> {
  const prefectures = await db
    .selectFrom('prefectures')
    .select(['code', 'name', 'kana'])
    .orderBy('code')
    .execute();
  const designatedCities = await db
    .selectFrom('designated_cities')
    .select(['code', 'name', 'kana', 'prefecture_code'])
    .orderBy('code')
    .execute();
  const workingGroups = await db
    .selectFrom('working_groups')
    .select('number')
    .orderBy('number')
    .execute();
  if (prefectures.length !== 47 || designatedCities.length !== 20 || workingGroups.length === 0) {
    throw new Error(
      `The demo register needs the reference data (found ${prefectures.length} prefectures, ` +
        `${designatedCities.length} designated cities, ${workingGroups.length} working groups; ` +
        'expected 47, 20 and at least 1). Run loadReferenceData(db) first.',
    );
  }
  return { prefectures, designatedCities, workingGroupNumbers: workingGroups.map((w) => w.number) };
}
