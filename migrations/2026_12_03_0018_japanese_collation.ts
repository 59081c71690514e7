import { type Kysely, sql } from 'kysely';

/**
 * 五十音順 in Japanese dictionary order (JIS X 4061), as ICU's `ja` collation orders it — the
 * long-vowel mark ー, small kana, voiced and semi-voiced marks, hiragana and katakana — instead
 * of code-point order: organisations' readings (`name_kana`) use the ICU collation `ja_jp`.
 * Every `ORDER BY name_kana` (the directory, board, invitees, exports) follows the column's
 * collation, and the directory's index (name_kana, id) is rebuilt with it, so the directory
 * still reads a page in index order. The table is not rewritten (only the index is).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM pg_collation WHERE collprovider = 'i'`.execute(db);
  if ((rows[0]?.n ?? 0) === 0) {
    throw new Error(
      'This PostgreSQL server is built without ICU, which 五十音順 (the ja-JP collation) needs. Use a build with ICU (the default since PostgreSQL 16).',
    );
  }
  await sql`CREATE COLLATION IF NOT EXISTS ja_jp (provider = icu, locale = 'ja-JP')`.execute(db);
  await sql`ALTER TABLE organizations ALTER COLUMN name_kana TYPE text COLLATE ja_jp`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE organizations ALTER COLUMN name_kana TYPE text COLLATE "default"`.execute(
    db,
  );
  await sql`DROP COLLATION IF EXISTS ja_jp`.execute(db);
}
