/** Field problems of a ValidationFailedError, keyed by the input field they concern. */
export function problemsByField(
  problems: readonly { readonly path: readonly string[]; readonly message: string }[],
): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const p of problems) {
    const field = p.path[p.path.length - 1] ?? '';
    byField[field] = byField[field] ? `${byField[field]} ${p.message}` : p.message;
  }
  return byField;
}

/** Today in Japan as YYYY-MM-DD (the default of the effective dates). */
export function todayInJapan(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
}
