/**
 * SQL in the modules lives in repositories (docs/architecture.md, "One door per use case"):
 * services hold transactions and rules, GraphQL files call services. The member CSV import's
 * files are that import's own repository.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const modules = path.join(root, 'src/modules');

/** The CSV import's data access, which reads and writes in bulk in its own transaction. */
const CSV_REPOSITORY = new Set([
  'members/csv/import-apply.ts',
  'members/csv/import-register.ts',
  'members/csv/member-export.ts',
  'members/csv/reference.ts',
]);

/** A Kysely query or raw SQL: what only a repository may write. */
const SQL = /\.(selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql(`|<)/;

function writesSql(source: string): boolean {
  return SQL.test(source);
}

describe('SQL in src/modules', () => {
  it('is only in repositories (*.repository.ts) and the CSV import', async () => {
    const files = (await readdir(modules, { recursive: true }))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => file.split(path.sep).join('/'));
    const offenders: string[] = [];
    for (const file of files) {
      if (file.endsWith('.repository.ts') || CSV_REPOSITORY.has(file)) continue;
      if (writesSql(await readFile(path.join(modules, file), 'utf8'))) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });

  it('is recognised in the forms a service would write it', () => {
    expect(writesSql("await trx.updateTable('mailings').set({ status })")).toBe(true);
    expect(writesSql('db.selectFrom("contacts")')).toBe(true);
    expect(writesSql('await sql`SELECT 1`.execute(db)')).toBe(true);
    expect(writesSql('sql<boolean>`false`')).toBe(true);
    expect(writesSql('return findContacts(db, ids);')).toBe(false);
  });
});
