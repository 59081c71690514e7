/**
 * The table types in src/db/tables/ against the migrated database: the same tables, the same
 * columns, and a column may be null exactly when its type says so. The types are read from the
 * source (TypeScript types do not exist at run time); the files keep one column per member.
 */
import { readdir, readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

const tablesDir = new URL('../../src/db/tables/', import.meta.url);
const databaseFile = new URL('../../src/db/database.ts', import.meta.url);

/** Column types of src/db/tables/columns.ts that hold null. */
const NULLABLE_ALIASES = new Set(['NullableTimestamp', 'NullableJson']);

interface Column {
  readonly name: string;
  readonly type: string;
}

function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
}

/** The members of a `{ … }` body: `name: type` pairs, split on `;` outside brackets. */
function members(body: string): Column[] {
  const out: Column[] = [];
  let depth = 0;
  let current = '';
  for (const ch of body) {
    if ('<({['.includes(ch)) depth++;
    if ('>)}]'.includes(ch)) depth--;
    if (ch === ';' && depth === 0) {
      const match = /^\s*(\w+)\??\s*:\s*([\s\S]+?)\s*$/.exec(current);
      if (match?.[1] && match[2]) out.push({ name: match[1], type: match[2].replace(/\s+/g, ' ') });
      current = '';
    } else {
      current += ch;
    }
  }
  return out;
}

/** The body of `export interface Name {…}` or `export type Name = {…};` at `start`. */
function bodyAt(text: string, start: number): string {
  const open = text.indexOf('{', start);
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return text.slice(open + 1, i);
  }
  throw new Error('unbalanced braces');
}

interface Declared {
  /** table name → its columns */
  readonly tables: Map<string, Column[]>;
  /** the `…Tables` groups each file exports */
  readonly groups: string[];
}

async function declaredTables(): Promise<Declared> {
  const interfaces = new Map<string, Column[]>();
  const groupMembers: { group: string; table: string; interfaceName: string }[] = [];
  for (const file of await readdir(tablesDir)) {
    if (!file.endsWith('.ts')) continue;
    const text = withoutComments(await readFile(new URL(file, tablesDir), 'utf8'));
    for (const match of text.matchAll(/export interface (\w+) \{/g)) {
      interfaces.set(match[1] as string, members(bodyAt(text, match.index)));
    }
    for (const match of text.matchAll(/export type (\w+Tables) = \{/g)) {
      for (const { name, type } of members(bodyAt(text, match.index))) {
        groupMembers.push({ group: match[1] as string, table: name, interfaceName: type });
      }
    }
  }
  const tables = new Map<string, Column[]>();
  for (const { table, interfaceName } of groupMembers) {
    const columns = interfaces.get(interfaceName);
    if (!columns) throw new Error(`${table}: no interface ${interfaceName} in src/db/tables/`);
    tables.set(table, columns);
  }
  return { tables, groups: [...new Set(groupMembers.map((m) => m.group))] };
}

/** `text` split on `separator` outside brackets. */
function topLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if ('<({['.includes(ch)) depth++;
    if ('>)}]'.includes(ch)) depth--;
    if (ch === separator && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  return [...parts, current.trim()];
}

/**
 * Whether a column read with this type may be null; undefined for `unknown` (a jsonb column read
 * as parsed JSON, where a JSON null is a value whether or not the column is NOT NULL).
 */
function typeAllowsNull(type: string): boolean | undefined {
  if (type === 'unknown') return undefined;
  if (NULLABLE_ALIASES.has(type)) return true;
  const generic = /^(Generated|GeneratedAlways|ColumnType)<([\s\S]+)>$/.exec(type);
  // ColumnType<Select, Insert, Update>: the select type tells.
  if (generic?.[2]) return typeAllowsNull(topLevel(generic[2], ',')[0] ?? '');
  return topLevel(type, '|').includes('null');
}

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});

describe('the table types of src/db/tables/', () => {
  it('are all part of Database (src/db/database.ts)', async () => {
    const { groups } = await declaredTables();
    const text = await readFile(databaseFile, 'utf8');
    const extended = /export interface Database\s+extends([\s\S]*?)\{\}/.exec(text)?.[1] ?? '';
    expect(
      extended
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
        .sort(),
    ).toEqual([...groups].sort());
  });

  it('name the tables and columns of the migrated database, null where the column may be', async () => {
    const { tables } = await declaredTables();
    const { rows } = await sql<{
      table_name: string;
      column_name: string;
      is_nullable: string;
      is_generated: string;
    }>`
      SELECT table_name, column_name, is_nullable, is_generated
      FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name NOT LIKE 'kysely_migration%'
      ORDER BY table_name, ordinal_position`.execute(database.db);
    /** table → column → nullable; undefined for a generated column, whose type tells what its
     * expression yields (Postgres reports one nullable unless it is constrained). */
    const actual = new Map<string, Map<string, boolean | undefined>>();
    for (const row of rows) {
      const columns = actual.get(row.table_name) ?? new Map<string, boolean | undefined>();
      columns.set(
        row.column_name,
        row.is_generated === 'ALWAYS' ? undefined : row.is_nullable === 'YES',
      );
      actual.set(row.table_name, columns);
    }

    expect([...tables.keys()].sort()).toEqual([...actual.keys()].sort());
    for (const [table, columns] of tables) {
      const live = actual.get(table) ?? new Map<string, boolean | undefined>();
      expect(
        columns.map((c) => c.name).sort(),
        `columns of ${table} (src/db/tables/ against the migrations)`,
      ).toEqual([...live.keys()].sort());
    }
    const nullability = [...tables].flatMap(([table, columns]) =>
      columns
        .filter((c) => {
          const nullable = actual.get(table)?.get(c.name);
          const allowed = typeAllowsNull(c.type);
          return nullable !== undefined && allowed !== undefined && allowed !== nullable;
        })
        .map((c) => `${table}.${c.name}: ${c.type}`),
    );
    expect(nullability, 'types that allow null where the column is NOT NULL, or not').toEqual([]);
  });
});
