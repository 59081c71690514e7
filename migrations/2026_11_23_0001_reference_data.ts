import { type Kysely, sql } from 'kysely';

/**
 * Reference data from the source documents: membership categories, regions, prefectures,
 * designated cities, ministries, the basic policies with their sub-items, the policy-measure
 * catalogue and the working groups. Rows are loaded by the seed loader, not here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pgcrypto`.execute(db);

  await db.schema
    .createTable('membership_categories')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_ja', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description_ja', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('regions')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('prefectures')
    .addColumn('code', 'char(2)', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('kana', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .execute();

  await db.schema
    .createTable('designated_cities')
    .addColumn('code', 'char(6)', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kana', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('prefecture_code', 'char(2)', (c) => c.notNull().references('prefectures.code'))
    .execute();

  await db.schema
    .createTable('ministries')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('basic_policies')
    .addColumn('number', 'integer', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('basic_policy_sub_items')
    .addColumn('basic_policy_number', 'integer', (c) =>
      c.notNull().references('basic_policies.number'),
    )
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('basic_policy_sub_items_pkey', ['basic_policy_number', 'number'])
    .execute();

  await db.schema
    .createTable('policy_measures')
    .addColumn('number', 'integer', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('page', 'integer', (c) => c.notNull())
    // NFKC-normalised, kana-folded title for text search (see src/lib/japanese-text.ts).
    .addColumn('search_text', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('policy_measure_ministries')
    .addColumn('measure_number', 'integer', (c) =>
      c.notNull().references('policy_measures.number').onDelete('cascade'),
    )
    .addColumn('ministry_code', 'text', (c) => c.notNull().references('ministries.code'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('policy_measure_ministries_pkey', ['measure_number', 'ministry_code'])
    .execute();
  await db.schema
    .createIndex('policy_measure_ministries_ministry_idx')
    .on('policy_measure_ministries')
    .column('ministry_code')
    .execute();

  await db.schema
    .createTable('policy_sub_measures')
    .addColumn('measure_number', 'integer', (c) =>
      c.notNull().references('policy_measures.number').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('ministry_codes', sql`text[]`, (c) => c.notNull())
    .addPrimaryKeyConstraint('policy_sub_measures_pkey', ['measure_number', 'position'])
    .execute();

  // Where a measure is listed: once as its primary placement (with its page), and again
  // under other sub-items as a re-listing (再掲).
  await db.schema
    .createTable('policy_measure_placements')
    .addColumn('measure_number', 'integer', (c) =>
      c.notNull().references('policy_measures.number').onDelete('cascade'),
    )
    .addColumn('basic_policy_number', 'integer', (c) => c.notNull())
    .addColumn('sub_item_number', 'integer', (c) => c.notNull())
    .addColumn('is_primary', 'boolean', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('policy_measure_placements_pkey', [
      'measure_number',
      'basic_policy_number',
      'sub_item_number',
    ])
    .addForeignKeyConstraint(
      'policy_measure_placements_sub_item_fkey',
      ['basic_policy_number', 'sub_item_number'],
      'basic_policy_sub_items',
      ['basic_policy_number', 'number'],
    )
    .execute();
  await sql`CREATE UNIQUE INDEX policy_measure_placements_one_primary
    ON policy_measure_placements (measure_number) WHERE is_primary`.execute(db);
  await db.schema
    .createIndex('policy_measure_placements_sub_item_idx')
    .on('policy_measure_placements')
    .columns(['basic_policy_number', 'sub_item_number'])
    .execute();

  await db.schema
    .createTable('working_groups')
    .addColumn('number', 'integer', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('goals_intro', 'text')
    .addColumn('goals', sql`text[]`, (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'working_groups',
    'policy_measure_placements',
    'policy_sub_measures',
    'policy_measure_ministries',
    'policy_measures',
    'basic_policy_sub_items',
    'basic_policies',
    'ministries',
    'designated_cities',
    'prefectures',
    'regions',
    'membership_categories',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
