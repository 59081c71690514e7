import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { builder } from '../../graphql/builder.js';
import { offsetConnection } from '../../graphql/pagination.js';
import { cachedOrKeys, cachedReference } from '../../graphql/reference-cache.js';
import {
  countPolicyMeasures,
  findBasicPoliciesByNumbers,
  findMinistriesOfMeasures,
  findPlacementsInSubItems,
  findPlacementsOfMeasures,
  findPolicyMeasures,
  findPolicyMeasuresByNumbers,
  findSubItemsOfPolicies,
  findSubMeasuresOfMeasures,
  listBasicPolicies,
  listMinistries,
} from './catalogue.repository.js';
import type {
  BasicPolicy,
  Ministry,
  Placement,
  PolicyMeasure,
  SubItem,
  SubMeasure,
} from './policy-measure.js';

/** Returns `items` ordered like `keys`, `null` where a key has no item (dataloader contract). */
function byKeys<K, T>(keys: readonly K[], items: readonly T[], keyOf: (item: T) => K) {
  const map = new Map(items.map((item) => [keyOf(item), item]));
  return keys.map((key) => map.get(key) ?? null);
}

const ministriesByCode = cachedReference(
  async (db) => new Map((await listMinistries(db)).map((m) => [m.code, m])),
);

/** Responsible ministries per measure number, batched per request. */
const ministriesOfMeasureLoader = createContextCache(
  (context: Context) =>
    new DataLoader<number, readonly Ministry[]>(async (numbers) => {
      const [links, byCode] = await Promise.all([
        findMinistriesOfMeasures(context.db, numbers),
        ministriesByCode(context.db),
      ]);
      return numbers.map((n) =>
        links
          .filter((l) => l.measureNumber === n)
          .map((l) => byCode.get(l.ministryCode) as Ministry),
      );
    }),
);

const subItemKey = (policy: number, item: number) => `${policy}-${item}`;

// Refs first, implementations after: the types refer to each other.
export const MinistryRef = builder.loadableObjectRef('Ministry', {
  load: async (codes: string[], { db }) => {
    const byCode = await ministriesByCode(db);
    return codes.map((code) => byCode.get(code) ?? null);
  },
  sort: (ministry: Ministry) => ministry.code,
});
export const BasicPolicyRef = builder.loadableObjectRef('BasicPolicy', {
  load: async (numbers: number[], { db }) =>
    byKeys(numbers, await findBasicPoliciesByNumbers(db, numbers), (b) => b.number),
  sort: (policy: BasicPolicy) => policy.number,
});
export const SubItemRef = builder.loadableObjectRef('BasicPolicySubItem', {
  load: async (keys: string[], { db }) => {
    const policies = [...new Set(keys.map((key) => Number(key.split('-')[0])))];
    const items = await findSubItemsOfPolicies(db, policies);
    return byKeys(keys, items, (i) => subItemKey(i.basicPolicyNumber, i.number));
  },
  sort: (item: SubItem) => subItemKey(item.basicPolicyNumber, item.number),
});
export const PolicyMeasureRef = builder.loadableNodeRef('PolicyMeasure', {
  id: { resolve: (measure: PolicyMeasure) => measure.number, parse: (id) => Number(id) },
  // A global id with a non-numeric key parses to NaN: no such measure (null), never a query.
  load: async (numbers: number[], { db }) =>
    byKeys(
      numbers,
      await findPolicyMeasuresByNumbers(db, numbers.filter(Number.isSafeInteger)),
      (m) => m.number,
    ),
  sort: (measure: PolicyMeasure) => measure.number,
});
export const PlacementRef = builder.objectRef<Placement>('PolicyMeasurePlacement');
const SubMeasureRef = builder.objectRef<SubMeasure>('PolicySubMeasure');

MinistryRef.implement({
  description: 'A ministry or agency (府省庁) responsible for policy measures.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'Stable short identifier, e.g. `cao` for 内閣府, `mhlw` for 厚生労働省.',
    }),
    name: t.exposeString('name', { description: 'Official Japanese name, e.g. 厚生労働省.' }),
    nameEn: t.exposeString('nameEn', { description: 'English name.' }),
  }),
});

BasicPolicyRef.implement({
  description: 'One of the four basic policies (基本方針) of the 孤独・孤立対策重点計画.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Number of the basic policy, (1) to (4).' }),
    title: t.exposeString('title', { description: 'Title as written in the plan.' }),
    subItems: t.loadableGroup({
      description: 'Sub-items (①, ②, …) under this basic policy, in order.',
      type: SubItemRef,
      load: (numbers: number[], { db }) => findSubItemsOfPolicies(db, numbers),
      group: (item) => (item as SubItem).basicPolicyNumber,
      resolve: (policy) => policy.number,
    }),
  }),
});

SubItemRef.implement({
  description: 'A sub-item (①, ②, …) of a basic policy under which measures are listed.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Number of the sub-item within its policy.' }),
    symbol: t.exposeString('symbol', { description: 'Circled numeral as printed, e.g. ①.' }),
    title: t.exposeString('title', { description: 'Title as written in the plan.' }),
    basicPolicy: t.field({
      description: 'The basic policy this sub-item belongs to.',
      type: BasicPolicyRef,
      resolve: (item) => item.basicPolicyNumber,
    }),
    placements: t.loadableGroup({
      description:
        'Measures listed under this sub-item, primary listings and re-listings (再掲), by number.',
      type: PlacementRef,
      load: (keys: string[], { db }) => findPlacementsInSubItems(db, keys),
      group: (p) => subItemKey(p.basicPolicyNumber, p.subItemNumber),
      resolve: (item) => subItemKey(item.basicPolicyNumber, item.number),
    }),
  }),
});

const PlacementKind = builder.enumType('PlacementKind', {
  description: 'Whether a listing is the measure’s own sheet or a re-listing (再掲).',
  values: {
    PRIMARY: { description: 'The measure’s own listing, with its page.' },
    RELISTED: { description: 'Listed again (再掲) under another sub-item.' },
  } as const,
});

PlacementRef.implement({
  description: 'A place in the plan where a measure is listed.',
  fields: (t) => ({
    kind: t.field({
      description: 'PRIMARY for the measure’s own listing, RELISTED for 再掲.',
      type: PlacementKind,
      resolve: (p) => (p.isPrimary ? 'PRIMARY' : 'RELISTED'),
    }),
    basicPolicy: t.field({
      description: 'Basic policy of the listing.',
      type: BasicPolicyRef,
      resolve: (p) => p.basicPolicyNumber,
    }),
    subItem: t.field({
      description: 'Sub-item of the listing.',
      type: SubItemRef,
      resolve: (p) => subItemKey(p.basicPolicyNumber, p.subItemNumber),
    }),
    measure: t.field({
      description: 'The measure listed here.',
      type: PolicyMeasureRef,
      resolve: (p) => p.measureNumber,
    }),
  }),
});

SubMeasureRef.implement({
  description: 'A part of a measure with its own responsible ministries (e.g. No. 130).',
  fields: (t) => ({
    label: t.exposeString('label', { description: 'Bullet or label as printed.' }),
    title: t.exposeString('title', { description: 'Title of the sub-measure.' }),
    ministries: t.field({
      description: 'Ministries responsible for this sub-measure.',
      type: [MinistryRef],
      resolve: (s) => [...s.ministryCodes],
    }),
  }),
});

PolicyMeasureRef.implement({
  description:
    'A concrete measure (具体的施策) of the 孤独・孤立対策重点計画, with its responsible ministries and where it is listed.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Number in the plan (No. 001 = 1).' }),
    title: t.exposeString('title', { description: 'Title of the measure.' }),
    page: t.exposeInt('page', { description: 'Page of the measure’s sheet in the plan.' }),
    ministries: t.field({
      description: 'Responsible ministries, in the order the plan names them.',
      type: [MinistryRef],
      // A catalogue page brings the codes along; a measure loaded otherwise asks the dataloader.
      resolve: (measure, _args, context) =>
        measure.ministryCodes
          ? cachedOrKeys(ministriesByCode, context.db, measure.ministryCodes)
          : ministriesOfMeasureLoader(context).load(measure.number),
    }),
    subMeasures: t.loadableGroup({
      description: 'Sub-measures with their own ministries; empty for most measures.',
      type: SubMeasureRef,
      load: (numbers: number[], { db }) => findSubMeasuresOfMeasures(db, numbers),
      group: (s) => s.measureNumber,
      resolve: (measure) => measure.number,
    }),
    placements: t.loadableGroup({
      description: 'Every listing of the measure: the primary one first, then re-listings (再掲).',
      type: PlacementRef,
      load: (numbers: number[], { db }) => findPlacementsOfMeasures(db, numbers),
      group: (p) => p.measureNumber,
      resolve: (measure) => measure.number,
    }),
  }),
});

const PolicyMeasureFilter = builder.inputType('PolicyMeasureFilter', {
  description: 'Conditions a measure must all meet.',
  fields: (t) => ({
    basicPolicy: t.int({
      description: 'Listed (primary or 再掲) under this basic policy, 1–4.',
      validate: z.number().int().min(1).max(4),
    }),
    subItem: t.int({
      description: 'Listed under this sub-item number (use with `basicPolicy`).',
      validate: z.number().int().min(1).max(20),
    }),
    ministry: t.string({
      description: 'Responsible ministry code (see `ministries`), e.g. `mhlw`.',
      validate: z.string().max(40),
    }),
    text: t.string({
      description: 'Words in the title; width and katakana/hiragana are ignored.',
      validate: z.string().max(200),
    }),
  }),
});

builder.queryFields((t) => ({
  policyMeasures: t.connection({
    description: 'The policy-measure catalogue of the 重点計画, by number.',
    type: PolicyMeasureRef,
    args: { filter: t.arg({ type: PolicyMeasureFilter, description: 'Narrow the list.' }) },
    resolve: async (_root, args, { db }, info) => {
      const filter = args.filter ?? {};
      return offsetConnection(
        args,
        (page) => findPolicyMeasures(db, filter, page),
        () => countPolicyMeasures(db, filter),
        info,
      );
    },
  }),
  policyMeasure: t.field({
    description: 'One measure by its number in the plan (No. 080 → 80); null if there is none.',
    type: PolicyMeasureRef,
    nullable: true,
    args: { number: t.arg.int({ required: true, description: 'Number of the measure.' }) },
    resolve: async (_root, { number }, { db }) =>
      (await findPolicyMeasuresByNumbers(db, [number]))[0] ?? null,
  }),
  basicPolicies: t.field({
    description: 'The four basic policies (基本方針) with their sub-items.',
    type: [BasicPolicyRef],
    resolve: (_root, _args, { db }) => listBasicPolicies(db),
  }),
  ministries: t.field({
    description: 'Ministries and agencies named in the catalogue, in government order.',
    type: [MinistryRef],
    resolve: (_root, _args, { db }) => listMinistries(db),
  }),
}));
