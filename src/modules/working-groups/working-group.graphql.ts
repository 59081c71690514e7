import type { Db } from '../../db/create-db.js';
import { builder } from '../../graphql/builder.js';
import { cachedOrKeys, cachedReference } from '../../graphql/reference-cache.js';
import {
  findWorkingGroupsByNumbers,
  listWorkingGroups,
  type WorkingGroup,
} from './working-group.repository.js';

// Working groups are reference data (seeded, never edited through the API).
const workingGroupsByNumber = cachedReference(
  async (db) => new Map((await listWorkingGroups(db)).map((g) => [g.number, g])),
);

/** The working groups themselves when cached, else their numbers for WorkingGroupRef's dataloader. */
export function workingGroupsOrNumbers(
  db: Db,
  numbers: readonly number[],
): (WorkingGroup | number)[] {
  return cachedOrKeys(workingGroupsByNumber, db, numbers);
}

export const WorkingGroupRef = builder.loadableNodeRef('WorkingGroup', {
  id: { resolve: (group: WorkingGroup) => group.number, parse: (id) => Number(id) },
  load: async (numbers: number[], { db }) => {
    const groups = await workingGroupsByNumber(db);
    return numbers.map((n) => groups.get(n) ?? null);
  },
  sort: (group: WorkingGroup) => group.number,
});

WorkingGroupRef.implement({
  description: 'A working group (分科会) of the platform, with its theme and goals.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Number of the working group, 1–3.' }),
    title: t.exposeString('title', { description: 'Title (the question the group works on).' }),
    theme: t.exposeString('theme', { description: 'Theme statement (テーマ).' }),
    goalsIntro: t.exposeString('goalsIntro', {
      nullable: true,
      description: 'Lead sentence before the goals, where the source has one.',
    }),
    goals: t.exposeStringList('goals', { description: 'Goals (目標), in order.' }),
    note: t.exposeString('note', {
      nullable: true,
      description: 'Note (※) from the source, if any.',
    }),
  }),
});

builder.queryFields((t) => ({
  workingGroups: t.field({
    description: 'Working groups 1–3.',
    type: [WorkingGroupRef],
    resolve: (_root, _args, { db }) => listWorkingGroups(db),
  }),
  workingGroup: t.field({
    description: 'One working group by number; null if there is none.',
    type: WorkingGroupRef,
    nullable: true,
    args: { number: t.arg.int({ required: true, description: 'Number of the group, 1–3.' }) },
    resolve: async (_root, { number }, { db }) =>
      (await findWorkingGroupsByNumbers(db, [number]))[0] ?? null,
  }),
}));
