/**
 * Done-when of issue 8 (CLI part): exporting the demo register and importing it into an empty
 * database gives the same register, and importing it again changes nothing. Export and import
 * run as real child processes (`node --import tsx src/cli/index.ts …`).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, cliProcess, scratchDir } from '../helpers/cli.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { changeMarkers, registerSnapshot } from '../helpers/register-snapshot.js';

let demo: TestDatabase;
let empty: TestDatabase;
let dir: string;
let file: string;

beforeAll(async () => {
  [demo, empty] = await Promise.all([createTestDatabase({ demo: true }), createTestDatabase()]);
  dir = await scratchDir();
  file = path.join(dir, '会員名簿.csv');
});

describe('export members → import members', () => {
  it('exports the demo register as UTF-8 CSV with a BOM and Japanese headers', async () => {
    const result = await cliProcess(demo.url, ['export', 'members', '-o', file]);
    expect(result.stderr).toMatch(
      /^Exported 712 organisations and \d+ contacts to .*会員名簿\.csv\.\n$/,
    );
    expect(result.code).toBe(0);
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.slice(1, text.indexOf('\r\n'))).toMatch(
      /^団体ID,団体名,団体名かな,会員区分,状態,団体種別,都道府県,政令指定都市コード,活動範囲,活動分野,ウェブサイト,団体紹介,公開項目,入会日,分科会,会員履歴,主担当者名,主担当者かな,主担当者メール,主担当者電話,主担当者役割,主担当者配信停止,担当者2名,/,
    );
  });

  it('imports it into an empty database, giving the same register', async () => {
    const result = await cliProcess(empty.url, ['import', 'members', file]);
    expect(result.stdout).toBe(
      `Read ${file}: 712 rows, UTF-8 with BOM.\nImported: 712 new, 0 updated, 0 unchanged.\n`,
    );
    expect(result.code).toBe(0);
    // Progress on stderr, a line per tenth when it is not a terminal.
    expect(result.stderr).toContain('Importing [');
    expect(result.stderr).toContain('100% 712/712');

    const [before, after] = await Promise.all([
      registerSnapshot(demo.db),
      registerSnapshot(empty.db),
    ]);
    expect(after.organizations).toHaveLength(712);
    expect(after.organizations).toEqual(before.organizations);
    expect(after.events).toEqual(before.events);
    expect(after.contacts).toEqual(before.contacts);
    expect(after.workingGroups).toEqual(before.workingGroups);
  });

  it('reproduces the published membership counts from the imported history', async () => {
    const counts = async (db: TestDatabase['db'], on: string) => {
      const { rows } = await sql<{ category: string; n: number }>`
        SELECT e.category_after AS category, count(*)::int AS n FROM organizations o
        JOIN LATERAL (SELECT status_after, category_after FROM membership_events e
          WHERE e.organization_id = o.id AND e.occurred_on <= ${on}::date
          ORDER BY occurred_on DESC, created_at DESC LIMIT 1) e ON true
        WHERE e.status_after = 'ACTIVE' GROUP BY 1 ORDER BY 1`.execute(db);
      return Object.fromEntries(rows.map((r) => [r.category, r.n]));
    };
    expect(await counts(empty.db, '2025-05-01')).toEqual({
      COOPERATING: 165,
      REGULAR: 414,
      SUPPORTING: 49,
    });
    expect(await counts(empty.db, '2025-06-01')).toEqual(await counts(demo.db, '2025-06-01'));
  });

  it('changes nothing when the same file is imported again (no versions, events or audit)', async () => {
    const before = await changeMarkers(empty.db);
    const result = await cli(empty.url, ['import', 'members', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Nothing to import: all 712 organisations already match the register.',
    );
    expect(result.stderr).toBe('');
    expect(await changeMarkers(empty.db)).toEqual(before);
  });

  it('changes nothing when the export is imported back into the register it came from', async () => {
    const before = await changeMarkers(demo.db);
    const result = await cli(demo.url, ['import', 'members', file, '--dry-run']);
    expect(result.stdout).toContain('Dry run: 0 new, 0 updated, 712 unchanged.');
    expect((await cli(demo.url, ['import', 'members', file])).code).toBe(0);
    expect(await changeMarkers(demo.db)).toEqual(before);
  });

  it('exports the imported register byte for byte like the original', async () => {
    const again = await cli(empty.url, ['export', 'members']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe((await readFile(file)).toString('utf8'));
  });
});
