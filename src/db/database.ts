/**
 * The database as Kysely sees it: every table, by name. The table types live in src/db/tables/,
 * one file per area with the vocabularies of its columns; they mirror `migrations/`, and
 * test/db/table-types.test.ts compares them with the migrated schema so the two cannot drift
 * apart silently.
 */
import type { AccountTables } from './tables/accounts.js';
import type { CatalogueTables } from './tables/catalogue.js';
import type { FileTables } from './tables/files.js';
import type { GovernanceTables } from './tables/governance.js';
import type { MailingTables } from './tables/mailings.js';
import type { MemberTables } from './tables/members.js';
import type { ReferenceTables } from './tables/reference.js';
import type { ReplyTables } from './tables/replies.js';
import type { SystemTables } from './tables/system.js';
import type { WorkingGroupTables } from './tables/working-groups.js';

export interface Database
  extends ReferenceTables,
    CatalogueTables,
    MemberTables,
    WorkingGroupTables,
    AccountTables,
    GovernanceTables,
    MailingTables,
    ReplyTables,
    FileTables,
    SystemTables {}
