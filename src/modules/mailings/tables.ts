/** Kysely table types of the mail engine (merged into `Database` in src/db/database.ts). */
// biome-ignore lint/complexity/noBannedTypes: filled in by the mail engine
export type MailingTables = {};
