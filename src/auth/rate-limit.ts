import { sql } from 'kysely';
import type { Db } from '../db/create-db.js';

export interface RateLimitResult {
  readonly allowed: boolean;
  readonly hits: number;
  /** Seconds until the current window ends (for Retry-After). */
  readonly retryAfterSeconds: number;
}

/**
 * Counts one hit against `key` in a fixed window and tells whether it is within `limit`.
 * The counter lives in Postgres, so every API process shares it; one upsert, no race.
 */
export async function hitRateLimit(
  db: Db,
  key: string,
  limit: number,
  windowSeconds: number,
): Promise<RateLimitResult> {
  const window = `${windowSeconds} seconds`;
  const { rows } = await sql<{ hits: number; retry_after: number }>`
    INSERT INTO rate_limit_counters AS c (key, window_start, hits)
    VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN c.window_start <= now() - ${window}::interval THEN 1 ELSE c.hits + 1 END,
      window_start = CASE WHEN c.window_start <= now() - ${window}::interval THEN now() ELSE c.window_start END
    RETURNING hits, ceil(extract(epoch FROM (window_start + ${window}::interval - now())))::int AS retry_after`.execute(
    db,
  );
  const row = rows[0];
  if (!row) throw new Error('rate limit upsert returned no row');
  return {
    allowed: row.hits <= limit,
    hits: row.hits,
    retryAfterSeconds: Math.max(1, row.retry_after),
  };
}

/** Hits per key for the API: counted in memory and added to the shared counter in batches. */
export interface BatchedRateLimiter {
  /** Counts one hit against `key`; answers from memory except for a key's first hit in a window. */
  hit(key: string, limit: number): RateLimitResult | Promise<RateLimitResult>;
  /** Adds the hits counted since the last flush to Postgres (one statement for all keys). */
  flush(): Promise<void>;
  /** Stops the periodic flush. */
  stop(): void;
}

interface KeyState {
  /** Hits in the shared counter when this process last heard from Postgres (ours included). */
  known: number;
  /** Hits counted here and not yet added to the shared counter. */
  pending: number;
  /** End of the shared window (epoch milliseconds, Postgres clock). */
  windowEnd: number;
}

/**
 * The per-request API limit without a database round trip per request. A key's first hit in a
 * window goes to Postgres (so a caller is known to every process and the window is the shared
 * one); later hits are counted in memory against `known + pending` and added to the shared counter
 * every `flushMs` in one statement, which also brings back what other processes counted. A
 * single process is exact; across processes a caller can overshoot by what the others counted in
 * the last `flushMs` (one second by default). Hits counted during the last interval before the
 * process stops are not flushed.
 */
export function createBatchedRateLimiter(
  db: Db,
  options: { windowSeconds: number; flushMs?: number; onError?: (error: unknown) => void },
): BatchedRateLimiter {
  const { windowSeconds } = options;
  const window = `${windowSeconds} seconds`;
  const states = new Map<string, KeyState>();
  const firstHits = new Map<string, Promise<unknown>>();
  let flushing: Promise<void> | undefined;

  const result = (state: KeyState, limit: number, now: number): RateLimitResult => {
    const hits = state.known + state.pending;
    return {
      allowed: hits <= limit,
      hits,
      retryAfterSeconds: Math.max(1, Math.ceil((state.windowEnd - now) / 1000)),
    };
  };

  /** Adds `counts` to the shared counters; returns each key's total and window end. */
  const add = async (keys: string[], counts: number[]) => {
    const { rows } = await sql<{ key: string; hits: number; window_end: number }>`
      INSERT INTO rate_limit_counters AS c (key, window_start, hits)
      SELECT k, now(), n FROM unnest(${keys}::text[], ${counts}::int[]) AS t(k, n)
      ON CONFLICT (key) DO UPDATE SET
        hits = CASE WHEN c.window_start <= now() - ${window}::interval THEN excluded.hits ELSE c.hits + excluded.hits END,
        window_start = CASE WHEN c.window_start <= now() - ${window}::interval THEN now() ELSE c.window_start END
      RETURNING key, hits, (extract(epoch FROM window_start + ${window}::interval) * 1000)::float8 AS window_end`.execute(
      db,
    );
    return rows;
  };

  const firstHit = async (key: string, limit: number): Promise<RateLimitResult> => {
    const [row] = await add([key], [1]);
    if (!row) throw new Error('rate limit upsert returned no row');
    const state = { known: row.hits, pending: 0, windowEnd: row.window_end };
    states.set(key, state);
    return result(state, limit, Date.now());
  };

  const hit = (key: string, limit: number): RateLimitResult | Promise<RateLimitResult> => {
    const now = Date.now();
    const state = states.get(key);
    if (state && now < state.windowEnd) {
      state.pending += 1;
      return result(state, limit, now);
    }
    // Concurrent first hits of a key wait for one round trip, then count in memory.
    const inFlight = firstHits.get(key);
    if (inFlight) return inFlight.then(() => hit(key, limit));
    const promise = firstHit(key, limit).finally(() => firstHits.delete(key));
    firstHits.set(key, promise);
    return promise;
  };

  const flushOnce = async () => {
    const now = Date.now();
    const sent = new Map<string, { state: KeyState; count: number }>();
    for (const [key, state] of states) {
      if (now >= state.windowEnd) {
        // The window is over: its unflushed hits no longer count anywhere.
        states.delete(key);
      } else if (state.pending > 0) {
        sent.set(key, { state, count: state.pending });
      }
    }
    if (sent.size === 0) return;
    const keys = [...sent.keys()];
    const rows = await add(
      keys,
      keys.map((key) => sent.get(key)?.count ?? 0),
    );
    for (const row of rows) {
      const entry = sent.get(row.key);
      // A key whose window ended meanwhile has started afresh; leave its new state alone.
      if (!entry || states.get(row.key) !== entry.state) continue;
      entry.state.pending -= entry.count;
      entry.state.known = row.hits;
      entry.state.windowEnd = row.window_end;
    }
  };

  const flush = () => {
    flushing ??= flushOnce().finally(() => {
      flushing = undefined;
    });
    return flushing;
  };

  const timer = setInterval(() => {
    flush().catch((error: unknown) => options.onError?.(error));
  }, options.flushMs ?? 1000);
  timer.unref();

  return { hit, flush, stop: () => clearInterval(timer) };
}
