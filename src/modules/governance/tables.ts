/** Kysely table types of governance (meetings; merged into `Database` in src/db/database.ts). */
// biome-ignore lint/complexity/noBannedTypes: filled in with the meetings tables
export type GovernanceTables = {};
