/**
 * Dates as Japanese public documents write them. Inputs are calendar dates (`YYYY-MM-DD`) and
 * wall-clock times (`HH:MM`) in Japan time, so no time-zone arithmetic is involved.
 */

const eraFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});
const weekdayFormat = new Intl.DateTimeFormat('ja-JP', { weekday: 'short', timeZone: 'UTC' });

function toUtcDate(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got ${JSON.stringify(isoDate)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`${isoDate} is not a calendar date`);
  }
  return date;
}

/**
 * `2025-05-27` → `令和7年5月27日`; the first year of an era is written 元年
 * (`2019-05-01` → `令和元年5月1日`), whatever the ICU version prints.
 */
export function formatEraDate(isoDate: string): string {
  return eraFormat
    .formatToParts(toUtcDate(isoDate))
    .map((part) => (part.type === 'year' && part.value === '1' ? '元' : part.value))
    .join('');
}

/** `2025-06-20` → `令和7年6月20日（金）`. */
export function formatEraDateWithWeekday(isoDate: string): string {
  return `${formatEraDate(isoDate)}（${weekdayFormat.format(toUtcDate(isoDate))}）`;
}

/** `14:00`, `16:30` → `14:00～16:30`; a start alone → `14:00～`. */
export function formatTimeRange(start: string, end?: string): string {
  return `${start}～${end ?? ''}`;
}
