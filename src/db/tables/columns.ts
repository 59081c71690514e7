/** Column types shared by the table files: how timestamps, dates and jsonb are read and written. */
import type { ColumnType } from 'kysely';

/** A timestamp with a database default (optional on insert). */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A timestamp the application must set on insert. */
export type RequiredTimestamp = ColumnType<Date, Date | string, Date | string>;
export type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;
/** `date` columns are read as `YYYY-MM-DD` strings (see the type parser in create-db.ts). */
export type DateString = ColumnType<string, string, string>;
/** A jsonb column: written as JSON text, read as parsed JSON. */
export type Json = ColumnType<unknown, string, string>;
export type NullableJson = ColumnType<unknown, string | null | undefined, string | null>;
