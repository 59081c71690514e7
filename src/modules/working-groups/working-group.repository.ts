import type { Db } from '../../db/create-db.js';

export interface WorkingGroup {
  readonly number: number;
  readonly title: string;
  readonly theme: string;
  readonly goalsIntro: string | null;
  readonly goals: readonly string[];
  readonly note: string | null;
}

const columns = ['number', 'title', 'theme', 'goals_intro as goalsIntro', 'goals', 'note'] as const;

export async function listWorkingGroups(db: Db): Promise<WorkingGroup[]> {
  return db.selectFrom('working_groups').select(columns).orderBy('number').execute();
}

export async function findWorkingGroupsByNumbers(
  db: Db,
  numbers: readonly number[],
): Promise<WorkingGroup[]> {
  if (numbers.length === 0) return [];
  return db.selectFrom('working_groups').select(columns).where('number', 'in', numbers).execute();
}
