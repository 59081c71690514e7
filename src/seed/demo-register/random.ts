/** The demo register's seeded randomness: deterministic streams for a seed, weighted choices. */
import { type Day, isoDate, isWeekend, type Span } from './dates.js';

export type Weighted<T> = readonly (readonly [T, number])[];

// ---------------------------------------------------------------------------------------------
// Seeded randomness

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(entries: Weighted<T>): T;
  shuffle<T>(items: readonly T[]): T[];
  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** Up to `count` distinct items, each drawn with a chance proportional to its weight. */
  sampleWeighted<T>(items: readonly T[], weight: (item: T) => number, count: number): T[];
  /** A version-4-shaped UUID. */
  uuid(): string;
}

/** mulberry32: tiny, fast and plenty for demo data. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = int(0, i);
      const item = at(copy, i);
      copy[i] = at(copy, j);
      copy[j] = item;
    }
    return copy;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => at(items, int(0, items.length - 1)),
    weighted: (entries) => {
      let roll = next() * entries.reduce((sum, [, w]) => sum + w, 0);
      for (const [item, w] of entries) {
        roll -= w;
        if (roll < 0) return item;
      }
      return at(entries, entries.length - 1)[0];
    },
    shuffle,
    sample: (items, count) => shuffle(items).slice(0, count),
    // Efraimidis–Spirakis: key u^(1/w), keep the largest keys.
    sampleWeighted: (items, weight, count) =>
      items
        .map((item) => ({ item, key: next() ** (1 / weight(item)) }))
        .sort((a, b) => b.key - a.key)
        .slice(0, count)
        .map(({ item }) => item),
    uuid: () => {
      const hex = Array.from({ length: 4 }, () =>
        int(0, 0xffffffff).toString(16).padStart(8, '0'),
      ).join('');
      const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
      const groups = [hex.slice(0, 8), hex.slice(8, 12), `4${hex.slice(13, 16)}`];
      return [...groups, `${variant}${hex.slice(17, 20)}`, hex.slice(20)].join('-');
    },
  };
}

/** A random weekday in `within`; secretariat decisions happen on working days. */
export function weekdayIn(rng: Rng, within: Span): Day {
  if (within.from > within.to) {
    throw new Error(
      `Demo register bug: empty date span ${isoDate(within.from)}…${isoDate(within.to)}.`,
    );
  }
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const candidate = rng.int(within.from, within.to);
    if (!isWeekend(candidate)) return candidate;
  }
  for (let d = within.from; d <= within.to; d += 1) if (!isWeekend(d)) return d;
  throw new Error(
    `Demo register bug: no weekday in ${isoDate(within.from)}…${isoDate(within.to)}.`,
  );
}

/**
 * Splits `total` into whole shares proportional to the weights (largest remainder method), so the
 * mix of kinds is the same for every seed.
 */
export function apportion<T>(total: number, weights: Weighted<T>): T[] {
  const sum = weights.reduce((s, [, w]) => s + w, 0);
  const shares = weights.map(([item, w]) => {
    const exact = (total * w) / sum;
    return { item, count: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let missing = total - shares.reduce((s, share) => s + share.count, 0);
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder)) {
    if (missing <= 0) break;
    share.count += 1;
    missing -= 1;
  }
  return shares.flatMap(({ item, count }) => Array.from({ length: count }, () => item));
}

/** Weights read from a data file as `{ item: weight }`, in file order. */
export function weightsOf<K extends string>(record: Partial<Record<K, number>>): Weighted<K> {
  return Object.entries<number | undefined>(record).flatMap(([item, weight]) =>
    weight === undefined ? [] : [[item as K, weight] as const],
  );
}

/** `items[index]`, failing loudly instead of yielding `undefined`. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined)
    throw new Error(`Demo register bug: index ${index} out of range (${items.length}).`);
  return item;
}
