/**
 * The demo member register: a deterministic, fictional register for demos and local development.
 *
 * - The 47 prefectures and 20 designated cities are real public bodies (every one of them is a
 *   cooperating member), so they keep their real names. Every other organisation is fictional and
 *   its name ends in 「（デモ）」; e-mail addresses and websites use reserved `example.jp` domains.
 * - The membership history reproduces the published counts exactly: 414 / 49 / 165 (628) active
 *   members on 2025-05-01 and 637 on 2025-06-01, growing from the founding in February 2022 to
 *   October 2026, with a few category changes, suspensions and withdrawals.
 * - Name parts, person names and description phrases live in `seeds/demo/*.json`.
 *
 * Loading is recorded in `seed_runs`, so it happens once per database.
 *
 * This file loads it; `demo-register/` builds it: `build.ts` (the generator) from `history.ts`
 * (the membership stories), `sources.ts` (the data files and reference rows), `organizations.ts`,
 * `working-groups.ts` and `contacts.ts`, written as rows by `rows.ts`.
 */
import type { Db } from '../db/create-db.js';
import { buildDemoRegister } from './demo-register/build.js';
import { insertRegister } from './demo-register/rows.js';
import { readDemoSources, readReferenceRows } from './demo-register/sources.js';

/** The `seed_runs.name` that records the demo register as loaded. */
export const DEMO_REGISTER_SEED_NAME = 'demo-register';

/** The seed used when none is given; the same seed always builds the same register. */
export const DEFAULT_DEMO_SEED = 20220225;

/**
 * Loads the demo register in one transaction, unless `seed_runs` says it is already loaded (then
 * it changes nothing and returns zeros). Needs the reference data (prefectures, designated cities,
 * working groups) to be loaded first. The same `seed` always gives the same rows, ids included.
 */
export async function loadDemoRegister(
  db: Db,
  options: { seed?: number } = {},
): Promise<{ organizations: number; contacts: number }> {
  const sources = await readDemoSources();
  return db.transaction().execute(async (trx) => {
    // Claiming the seed run first makes a concurrent second loader wait on the primary key and
    // then find the row, instead of loading a second register.
    const claimed = await trx
      .insertInto('seed_runs')
      .values({ name: DEMO_REGISTER_SEED_NAME })
      .onConflict((oc) => oc.column('name').doNothing())
      .returning('name')
      .executeTakeFirst();
    if (!claimed) return { organizations: 0, contacts: 0 };

    const reference = await readReferenceRows(trx);
    const register = buildDemoRegister(sources, reference, options.seed ?? DEFAULT_DEMO_SEED);
    await insertRegister(trx, register);
    return { organizations: register.organizations.length, contacts: register.contacts.length };
  });
}
