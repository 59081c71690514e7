/**
 * Japanese formats: numbers with 桁区切り, dates in 和暦 (令和7年12月3日) as the secretariat's
 * documents write them, or in 西暦 where a plain date reads better. Always Japan time.
 */
const TIME_ZONE = 'Asia/Tokyo';

const numberFormat = new Intl.NumberFormat('ja-JP');
const warekiDate = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: TIME_ZONE,
});
const warekiDateTime = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
});
const seirekiDate = new Intl.DateTimeFormat('ja-JP', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: TIME_ZONE,
});

/** 1234567 → "1,234,567". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A GraphQL Date ("2025-12-03") or DateTime as 和暦: "令和7年12月3日". */
export function formatWareki(value: string | Date): string {
  return warekiDate.format(toDate(value));
}

/** A DateTime as 和暦 with the time: "令和7年12月3日 09:30". */
export function formatWarekiDateTime(value: string | Date): string {
  return warekiDateTime.format(toDate(value));
}

/** A date as 西暦: "2025年12月3日". */
export function formatDate(value: string | Date): string {
  return seirekiDate.format(toDate(value));
}

function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  // A bare date is a day in Japan, not midnight UTC.
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+09:00` : value);
}
