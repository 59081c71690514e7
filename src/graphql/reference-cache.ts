/**
 * Reference data (prefectures, regions, categories, ministries, working groups) is written only
 * by the seeds (`loadReferenceData` at start-up or from the CLI), yet the directory and the
 * catalogue read it on every request through their dataloaders. Each list is kept per database
 * handle for a minute instead: one round trip fewer per list and request, and a re-seed is seen
 * within a minute. The arrays are shared between requests and must not be modified.
 */
import type { Db } from '../db/create-db.js';

export const REFERENCE_CACHE_MS = 60_000;

/** A cached loader; `peek` answers synchronously once a fresh value has arrived. */
export interface CachedReference<T> {
  (db: Db): Promise<T>;
  /**
   * The value, if loaded and fresh; otherwise undefined (and nothing is loaded). Lets a field
   * resolver return the object itself rather than a promise: graphql-js completes a list of
   * objects whose fields are all synchronous without a promise per object, which is most of
   * the cost of a directory page.
   */
  peek(db: Db): T | undefined;
}

export function cachedReference<T>(
  load: (db: Db) => Promise<T>,
  ttlMs = REFERENCE_CACHE_MS,
): CachedReference<T> {
  const entries = new WeakMap<
    Db,
    { expires: number; value: Promise<T>; resolved?: { value: T } }
  >();
  const cached = (db: Db) => {
    const now = Date.now();
    const entry = entries.get(db);
    if (entry && now < entry.expires) return entry.value;
    const value = load(db);
    const fresh: { expires: number; value: Promise<T>; resolved?: { value: T } } = {
      expires: now + ttlMs,
      value,
    };
    entries.set(db, fresh);
    value.then(
      (resolved) => {
        fresh.resolved = { value: resolved };
      },
      // A failed load is not remembered.
      () => {
        if (entries.get(db) === fresh) entries.delete(db);
      },
    );
    return value;
  };
  return Object.assign(cached, {
    peek(db: Db): T | undefined {
      const entry = entries.get(db);
      return entry && Date.now() < entry.expires ? entry.resolved?.value : undefined;
    },
  });
}

/**
 * For a field of a loadable type: the objects for `keys` when the cache holds them all (the
 * field stays synchronous), otherwise the keys themselves, which the type's dataloader loads.
 */
export function cachedOrKeys<K, T>(
  cache: CachedReference<ReadonlyMap<K, T>>,
  db: Db,
  keys: readonly K[],
): (T | K)[] {
  const byKey = cache.peek(db);
  if (!byKey || keys.some((key) => !byKey.has(key))) return [...keys];
  return keys.map((key) => byKey.get(key) as T);
}
