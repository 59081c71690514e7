/** Dates of the demo register, as day numbers (days since 1970-01-01, UTC). */
// ---------------------------------------------------------------------------------------------
// Dates

/** Days since 1970-01-01 (UTC): plain integers make date arithmetic and comparison trivial. */
export type Day = number;

/** Both ends included. */
export interface Span {
  readonly from: Day;
  readonly to: Day;
}

const MS_PER_DAY = 86_400_000;

export function day(iso: string): Day {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function isoDate(d: Day): string {
  return new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
}

export function span(from: string, to: string): Span {
  return { from: day(from), to: day(to) };
}

export function isWeekend(d: Day): boolean {
  const weekday = (d + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday.
  return weekday === 0 || weekday === 6;
}
