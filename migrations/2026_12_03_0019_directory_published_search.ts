import { type Kysely, sql } from 'kysely';

/**
 * What the public directory may search and sort by. Callers who may not see an organisation's
 * unpublished fields must not find it by them either, so the name and the reading get search
 * columns of their own (a hidden one is then simply not searched), and the 五十音順 sorts by
 * the reading only where it is published.
 *
 * The folding is src/lib/japanese-text.ts's foldForSearch written in SQL — NFKC, katakana →
 * hiragana, lower case, no white space — as generated columns, so every writer (API, CSV import,
 * seeds) keeps them current without knowing about them. `public_kana` sorts in dictionary
 * order like `name_kana` (the ja_jp collation of migration 0018).
 */
const KATAKANA = String.fromCharCode(...range(0x30a1, 0x30f6));
const HIRAGANA = String.fromCharCode(...range(0x3041, 0x3096));

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function fold(column: string) {
  return sql`regexp_replace(lower(translate(normalize(${sql.ref(column)}, NFKC), ${sql.lit(KATAKANA)}, ${sql.lit(HIRAGANA)})), '[[:space:]\\u3000]+', '', 'g')`;
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE organizations
    ADD COLUMN search_name text GENERATED ALWAYS AS (${fold('name')}) STORED,
    ADD COLUMN search_kana text GENERATED ALWAYS AS (${fold('name_kana')}) STORED,
    ADD COLUMN public_kana text COLLATE ja_jp GENERATED ALWAYS AS
      (CASE WHEN 'nameKana' = ANY (published_fields) THEN name_kana END) STORED`.execute(db);
  // The public 五十音順 reads this index in order, as the secretariat's reads organizations_kana_idx.
  await sql`CREATE INDEX organizations_public_kana_idx ON organizations (public_kana, id)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX organizations_public_kana_idx`.execute(db);
  await sql`ALTER TABLE organizations DROP COLUMN public_kana, DROP COLUMN search_kana,
    DROP COLUMN search_name`.execute(db);
}
