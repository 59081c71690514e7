/**
 * The demo register's organisations: the real public bodies and the fictional members, and their
 * identities.
 */
import type { OrganizationScope } from '../../db/tables/members.js';
import {
  FIELDS_OF_ACTIVITY,
  type FieldOfActivity,
  PUBLISHABLE_FIELDS,
  type PublishableField,
} from '../../db/tables/members.js';
import { type Category, History, STORIES, type Story, tellPublicBody } from './history.js';
import type { BuildContext, DemoOrganization, Identity } from './model.js';
import { apportion, at, type Rng, type Weighted, weightsOf } from './random.js';
import type {
  DemoSources,
  KindId,
  KindProfile,
  NamePart,
  PartSource,
  TemplateId,
} from './sources.js';

const PUBLIC_BODY_EXTRA_FIELDS: readonly FieldOfActivity[] = [
  'PLACE_TO_BELONG',
  'SUICIDE_PREVENTION',
  'CHILDREN',
  'ELDERLY',
  'POVERTY',
];

export function planPublicBodies(ctx: BuildContext): DemoOrganization[] {
  const { prefectures, designatedCities } = ctx.reference;
  const bodies = [
    ...prefectures.map((p) => ({
      name: p.name,
      kana: p.kana,
      type: '都道府県',
      prefectureCode: p.code,
      cityCode: null,
      domain: `pref-${p.code}.example.jp`,
    })),
    ...designatedCities.map((c) => ({
      name: c.name,
      kana: c.kana,
      type: '政令指定都市',
      prefectureCode: c.prefecture_code,
      cityCode: c.code,
      domain: `city-${c.code}.example.jp`,
    })),
  ];
  return bodies.map((body) => {
    const history = new History(ctx.rng, 'COOPERATING');
    tellPublicBody(history);
    const identity: Identity = {
      name: body.name,
      nameKana: body.kana,
      organizationType: body.type,
      prefectureCode: body.prefectureCode,
      designatedCityCode: body.cityCode,
      scope: 'REGIONAL',
      fields: orderFields('CONSULTATION', [
        'COMMUNITY',
        ...ctx.rng.sample(PUBLIC_BODY_EXTRA_FIELDS, ctx.rng.int(1, 2)),
      ]),
      website: `https://www.${body.domain}/`,
      description: fillTemplate(ctx.sources.descriptions.templates.publicBody, { name: body.name }),
      publishedFields: [...PUBLISHABLE_FIELDS],
      domain: body.domain,
      localGovernment: true,
    };
    return { id: ctx.ids.uuid(), identity, history: history.events, firstCategory: 'COOPERATING' };
  });
}

export function planFictionalOrganizations(ctx: BuildContext): DemoOrganization[] {
  const planned = STORIES.flatMap((story) =>
    Array.from({ length: story.count }, () => {
      const history = new History(ctx.rng, story.category);
      story.tell(history);
      return { story, history: history.events };
    }),
  );
  const kinds = assignKinds(
    ctx.rng,
    planned.map((p) => p.story),
    ctx.sources.kinds.mix,
  );
  // Shuffled so that the demo numbers in the domains say nothing about an organisation's story.
  const order = ctx.rng.shuffle(planned.map((_, index) => index));
  return order.map((index, position) => {
    const { story, history } = at(planned, index);
    const identity = fictionalIdentity(ctx, at(kinds, index), position + 1);
    return { id: ctx.ids.uuid(), identity, history, firstCategory: story.category };
  });
}

/** A kind per planned organisation: pinned by its story, or dealt from its category's mix. */
function assignKinds(
  rng: Rng,
  stories: readonly Story[],
  mix: DemoSources['kinds']['mix'],
): KindId[] {
  const decks = new Map<Category, KindId[]>();
  for (const category of ['REGULAR', 'SUPPORTING', 'COOPERATING'] as const) {
    const unpinned = stories.filter((s) => s.category === category && !s.kinds).length;
    decks.set(category, rng.shuffle(apportion(unpinned, weightsOf(mix[category]))));
  }
  return stories.map((story) => {
    if (story.kinds) return rng.pick(story.kinds);
    const kind = decks.get(story.category)?.pop();
    if (!kind)
      throw new Error(`Demo register bug: no kind left for a ${story.category} organisation.`);
    return kind;
  });
}

function fictionalIdentity(ctx: BuildContext, kindId: KindId, demoNumber: number): Identity {
  const { rng, sources } = ctx;
  const kind = sources.kinds.kinds[kindId];
  const scope: OrganizationScope = rng.chance(kind.nationalShare) ? 'NATIONAL' : 'REGIONAL';
  const prefectureCode = scope === 'NATIONAL' && rng.chance(0.8) ? '13' : choosePrefecture(ctx);
  const mainField = rng.weighted(mainFieldWeights(sources, kind));
  const extraCandidates = Object.keys(FIELDS_OF_ACTIVITY).filter(
    (f): f is FieldOfActivity => f !== mainField && f !== 'FUNDING',
  );
  const fields = orderFields(
    mainField,
    rng.sample(extraCandidates, rng.weighted(EXTRA_FIELD_COUNTS)),
  );
  const { name, nameKana } = fictionalName(ctx, kind, mainField, scope);
  const domain = `demo-${String(demoNumber).padStart(3, '0')}.example.jp`;
  const area = scope === 'NATIONAL' ? '全国' : prefectureName(ctx, prefectureCode);
  return {
    name,
    nameKana,
    organizationType: kind.type,
    prefectureCode,
    designatedCityCode: null,
    scope,
    fields,
    website: rng.chance(0.85) ? `https://${domain}/` : null,
    description: describe(sources.descriptions, kind.template, fields, area, rng),
    publishedFields: choosePublishedFields(rng),
    domain,
    localGovernment: kind.localGovernment,
  };
}

function mainFieldWeights(sources: DemoSources, kind: KindProfile): Weighted<FieldOfActivity> {
  if (kind.mainFields === 'SUPPORT') return weightsOf(sources.kinds.supportFieldWeights);
  return kind.mainFields.map((field) => [field, 1]);
}

const EXTRA_FIELD_COUNTS: Weighted<number> = [
  [0, 25],
  [1, 40],
  [2, 25],
  [3, 10],
];

/** The main field first, the others in vocabulary order. */
function orderFields(main: FieldOfActivity, others: readonly FieldOfActivity[]): FieldOfActivity[] {
  const vocabulary = Object.keys(FIELDS_OF_ACTIVITY);
  const rest = [...new Set(others)].filter((f) => f !== main);
  return [main, ...rest.sort((a, b) => vocabulary.indexOf(a) - vocabulary.indexOf(b))];
}

function choosePrefecture(ctx: BuildContext): string {
  return ctx.rng.weighted(
    ctx.reference.prefectures.map(
      (p) => [p.code, ctx.sources.kinds.prefectureWeights[p.code] ?? 1] as const,
    ),
  );
}

function prefectureName(ctx: BuildContext, code: string): string {
  const prefecture = ctx.reference.prefectures.find((p) => p.code === code);
  if (!prefecture) throw new Error(`Unknown prefecture code ${code}.`);
  return prefecture.name;
}

/** Marks every fictional name, so nobody mistakes a demo organisation for a real one. */
const DEMO_MARKER = '（デモ）';

/**
 * A unique fictional name: legal-form prefix, then the distinctive part built from the kind's
 * pattern, then the demo marker. The reading is that of the distinctive part only, as the
 * directory sorts 五十音順 by it.
 */
function fictionalName(
  ctx: BuildContext,
  kind: KindProfile,
  mainField: FieldOfActivity,
  scope: OrganizationScope,
): { name: string; nameKana: string } {
  const patterns = kind.names;
  // A place name in a national organisation's name would read oddly; use another pattern if any.
  const national = patterns.filter(
    (p) => !p.parts.some((part) => part === 'PLACE' || part === 'MUNICIPALITY'),
  );
  const candidates = scope === 'NATIONAL' && national.length > 0 ? national : patterns;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const pattern = ctx.rng.pick(candidates);
    const parts = pattern.parts.map((source) => resolveNamePart(ctx, source, mainField));
    const distinctive = parts.map(([text]) => text).join('');
    const name = `${pattern.prefix ? `${pattern.prefix} ` : ''}${distinctive}${DEMO_MARKER}`;
    if (ctx.takenNames.has(name)) continue;
    ctx.takenNames.add(name);
    return { name, nameKana: parts.map(([, kana]) => kana).join('') };
  }
  throw new Error(
    `Ran out of distinct demo names of type ${kind.type}: add name parts in seeds/demo.`,
  );
}

const MUNICIPALITY_SUFFIX_KANA = { 市: 'し', 町: 'まち', 村: 'むら' } as const;

function resolveNamePart(
  ctx: BuildContext,
  source: PartSource,
  mainField: FieldOfActivity,
): NamePart {
  const { names } = ctx.sources;
  switch (source) {
    case 'STEM':
      return ctx.rng.pick(names.stems);
    case 'FIELD':
      return ctx.rng.pick(names.fieldTails[mainField]);
    case 'PLACE': {
      const [text, kana] = ctx.rng.pick(names.places);
      return [text, kana];
    }
    case 'MUNICIPALITY': {
      const [text, kana, suffix] = ctx.rng.pick(names.places);
      return [`${text}${suffix}`, `${kana}${MUNICIPALITY_SUFFIX_KANA[suffix]}`];
    }
    default:
      return ctx.rng.pick(source);
  }
}

function describe(
  descriptions: DemoSources['descriptions'],
  template: TemplateId,
  fields: readonly FieldOfActivity[],
  area: string,
  rng: Rng,
): string {
  const mentioned = fields.slice(0, template === 'support' || template === 'coop' ? 2 : 1);
  const activities = mentioned.map((f) => descriptions.activities[f]).join('、');
  const sentence = fillTemplate(descriptions.templates[template], { area, activities });
  return template === 'support' && rng.chance(0.5)
    ? sentence + rng.pick(descriptions.closings)
    : sentence;
}

function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string) => values[key] ?? placeholder);
}

const WITHHOLDABLE_FIELDS: readonly PublishableField[] = [
  'website',
  'description',
  'fieldsOfActivity',
];

/** Most members publish everything; some leave out a field or two; a few publish very little. */
function choosePublishedFields(rng: Rng): PublishableField[] {
  const roll = rng.next();
  if (roll < 0.65) return [...PUBLISHABLE_FIELDS];
  if (roll < 0.85) {
    const withheld = new Set<PublishableField>(rng.sample(WITHHOLDABLE_FIELDS, rng.int(1, 2)));
    return PUBLISHABLE_FIELDS.filter((f) => !withheld.has(f));
  }
  if (roll < 0.95) return ['name', 'nameKana', 'category', 'prefecture'];
  return ['name', 'category'];
}
