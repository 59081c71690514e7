/**
 * Reference data (prefectures, regions, categories, ministries, working groups) is written only
 * by the seeds (`loadReferenceData` at start-up or from the CLI), yet the directory and the
 * catalogue read it on every request through their dataloaders. Each list is kept per database
 * handle for a minute instead: one round trip fewer per list and request, and a re-seed is seen
 * within a minute. The arrays are shared between requests and must not be modified.
 */
import type { Db } from '../db/create-db.js';

export const REFERENCE_CACHE_MS = 60_000;

export function cachedReference<T>(
  load: (db: Db) => Promise<T>,
  ttlMs = REFERENCE_CACHE_MS,
): (db: Db) => Promise<T> {
  const entries = new WeakMap<Db, { expires: number; value: Promise<T> }>();
  return (db) => {
    const now = Date.now();
    const entry = entries.get(db);
    if (entry && now < entry.expires) return entry.value;
    const value = load(db);
    entries.set(db, { expires: now + ttlMs, value });
    // A failed load is not remembered.
    value.catch(() => {
      if (entries.get(db)?.value === value) entries.delete(db);
    });
    return value;
  };
}
