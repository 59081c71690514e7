/**
 * Kysely table types. They mirror `migrations/`; a test compares them with the live schema
 * (test/db/schema-types.test.ts) so the two cannot drift apart silently.
 */
import type { ColumnType, Generated, GeneratedAlways, Insertable, Selectable } from 'kysely';
import type { FileTables } from '../modules/files/tables.js';
import type { GovernanceTables } from '../modules/governance/tables.js';
import type { MailingTables } from '../modules/mailings/tables.js';
import type { ReplyTables } from '../modules/replies/tables.js';

/** A timestamp with a database default (optional on insert). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A timestamp the application must set on insert. */
type RequiredTimestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;
/** `date` columns are read as `YYYY-MM-DD` strings (see the type parser in create-db.ts). */
type DateString = ColumnType<string, string, string>;

export interface MembershipCategoryTable {
  code: string;
  name_ja: string;
  name_en: string;
  description_ja: string;
  description_en: string;
  sort_order: number;
}

export interface RegionTable {
  code: string;
  name: string;
  name_en: string;
  sort_order: number;
}

export interface PrefectureTable {
  code: string;
  name: string;
  kana: string;
  name_en: string;
  region_code: string;
}

export interface DesignatedCityTable {
  code: string;
  name: string;
  kana: string;
  name_en: string;
  prefecture_code: string;
}

export interface MinistryTable {
  code: string;
  name: string;
  name_en: string;
  sort_order: number;
}

export interface BasicPolicyTable {
  number: number;
  title: string;
}

export interface BasicPolicySubItemTable {
  basic_policy_number: number;
  number: number;
  symbol: string;
  title: string;
}

export interface PolicyMeasureTable {
  number: number;
  title: string;
  page: number;
  search_text: string;
}

export interface PolicyMeasureMinistryTable {
  measure_number: number;
  ministry_code: string;
  position: number;
}

export interface PolicySubMeasureTable {
  measure_number: number;
  position: number;
  label: string;
  title: string;
  ministry_codes: string[];
}

export interface PolicyMeasurePlacementTable {
  measure_number: number;
  basic_policy_number: number;
  sub_item_number: number;
  is_primary: boolean;
  position: number;
}

export interface WorkingGroupTable {
  number: number;
  title: string;
  theme: string;
  goals_intro: string | null;
  goals: string[];
  note: string | null;
}

export type OrganizationStatus = 'APPLIED' | 'ACTIVE' | 'SUSPENDED' | 'WITHDRAWN' | 'REJECTED';
export type OrganizationScope = 'NATIONAL' | 'REGIONAL';

export interface OrganizationTable {
  id: Generated<string>;
  name: string;
  name_kana: string;
  category_code: string;
  status: OrganizationStatus;
  organization_type: string;
  prefecture_code: string | null;
  designated_city_code: string | null;
  scope: OrganizationScope;
  fields_of_activity: ColumnType<string[], string[] | undefined, string[]>;
  website: string | null;
  description: string | null;
  published_fields: ColumnType<string[], string[] | undefined, string[]>;
  joined_on: DateString | null;
  search_text: string;
  /** foldForSearch(name), computed by Postgres: searched where the name is published. */
  search_name: GeneratedAlways<string>;
  /** foldForSearch(name_kana), computed by Postgres: searched where the reading is published. */
  search_kana: GeneratedAlways<string>;
  /** name_kana where it is published, else null: the public 五十音順. */
  public_kana: GeneratedAlways<string | null>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type MembershipEventKind =
  | 'JOINED'
  | 'CATEGORY_CHANGED'
  | 'SUSPENDED'
  | 'REINSTATED'
  | 'WITHDRAWN';

export interface MembershipEventTable {
  id: Generated<string>;
  organization_id: string;
  kind: MembershipEventKind;
  occurred_on: DateString;
  status_after: 'ACTIVE' | 'SUSPENDED' | 'WITHDRAWN';
  category_after: string;
  note: string | null;
  created_at: Timestamp;
}

export interface ContactTable {
  id: Generated<string>;
  organization_id: string;
  name: string;
  name_kana: string | null;
  email: string;
  phone: string | null;
  roles: ColumnType<string[], string[] | undefined, string[]>;
  is_primary: Generated<boolean>;
  opted_out_kinds: ColumnType<string[], string[] | undefined, string[]>;
  email_status: Generated<'OK' | 'BOUNCED' | 'COMPLAINED'>;
  /** lower(btrim(email)), computed by Postgres: how the mail engine compares addresses. */
  address_key: GeneratedAlways<string>;
  /** Whether the address passes the engine's structural check (migration 0015). */
  address_valid: GeneratedAlways<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WorkingGroupMembershipTable {
  id: Generated<string>;
  working_group_number: number;
  organization_id: string;
  role: 'CHAIR' | 'VICE_CHAIR' | 'MEMBER';
  joined_on: DateString;
  left_on: DateString | null;
  created_at: Timestamp;
}

export interface SeedRunTable {
  name: string;
  applied_at: Timestamp;
}

export interface OutboundEmailTable {
  id: Generated<string>;
  purpose: string;
  to_address: string;
  subject: string;
  html: string;
  text: string;
  message_id: string;
  status: Generated<'QUEUED' | 'SENT' | 'FAILED'>;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
}

export type AccountRole = 'SECRETARIAT_ADMIN' | 'SECRETARIAT_STAFF' | 'MEMBER';

export interface AccountTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  role: AccountRole;
  organization_id: string | null;
  is_organization_admin: Generated<boolean>;
  disabled_at: NullableTimestamp;
  created_at: Timestamp;
  last_sign_in_at: NullableTimestamp;
}

export interface SignInTokenTable {
  id: Generated<string>;
  account_id: string;
  token_hash: Buffer;
  created_at: Timestamp;
  expires_at: RequiredTimestamp;
  redeemed_at: NullableTimestamp;
}

export interface SessionTable {
  id: Generated<string>;
  account_id: string;
  token_hash: Buffer;
  created_at: Timestamp;
  expires_at: RequiredTimestamp;
  last_used_at: Timestamp;
  revoked_at: NullableTimestamp;
  user_agent: string | null;
  client_ip: string | null;
}

export interface ApiKeyTable {
  id: string;
  name: string;
  secret_hash: Buffer;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  last_used_at: NullableTimestamp;
}

export interface RateLimitCounterTable {
  key: string;
  window_start: RequiredTimestamp;
  hits: number;
}

/** Who made an audited change: a caller of the API (by how it was identified), or the CLI. */
export type AuditActorKind = 'ANONYMOUS' | 'PARTNER' | 'MEMBER' | 'SECRETARIAT' | 'CLI';

export interface AuditEventTable {
  id: Generated<string>;
  occurred_at: Timestamp;
  actor_kind: AuditActorKind;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
}

export interface MembershipApplicationTable {
  organization_id: string;
  applicant_name: string;
  applicant_email: string;
  message: string | null;
  normalized_name: string;
  status: Generated<'PENDING' | 'APPROVED' | 'REJECTED'>;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  rejection_reason: string | null;
  created_at: Timestamp;
  /** When the applicant confirmed the address; null: not in the secretariat's queue yet. */
  confirmed_at: NullableTimestamp;
  /** SHA-256 of the confirmation token while unconfirmed. */
  confirm_token_hash: Buffer | null;
  confirm_expires_at: NullableTimestamp;
  /** The address already belonged to a contact on the register when the application came in. */
  duplicate_address: Generated<boolean>;
}

export interface ProfileChangeRequestTable {
  id: Generated<string>;
  organization_id: string;
  requested_by: string | null;
  changes: ColumnType<Record<string, unknown>, string, string>;
  base_version: number;
  status: Generated<'PENDING' | 'APPROVED' | 'REJECTED' | 'SUPERSEDED' | 'WITHDRAWN'>;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  reason: string | null;
  created_at: Timestamp;
}

export interface WorkingGroupRequestTable {
  id: Generated<string>;
  organization_id: string;
  working_group_number: number;
  kind: 'JOIN' | 'LEAVE';
  status: Generated<'PENDING' | 'APPROVED' | 'DECLINED' | 'WITHDRAWN'>;
  requested_by: string | null;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  reason: string | null;
  /** The organisation's own reason for asking (会員ページ), not the decision's. */
  request_reason: string | null;
  created_at: Timestamp;
}

export interface BoardSeatTable {
  id: Generated<string>;
  organization_id: string;
  role: 'CHAIR' | 'VICE_CHAIR' | 'MEMBER';
  starts_on: DateString;
  ends_on: DateString | null;
  created_at: Timestamp;
}

export interface SettingTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: Timestamp;
}

export interface Database extends MailingTables, GovernanceTables, ReplyTables, FileTables {
  membership_categories: MembershipCategoryTable;
  regions: RegionTable;
  prefectures: PrefectureTable;
  designated_cities: DesignatedCityTable;
  ministries: MinistryTable;
  basic_policies: BasicPolicyTable;
  basic_policy_sub_items: BasicPolicySubItemTable;
  policy_measures: PolicyMeasureTable;
  policy_measure_ministries: PolicyMeasureMinistryTable;
  policy_sub_measures: PolicySubMeasureTable;
  policy_measure_placements: PolicyMeasurePlacementTable;
  working_groups: WorkingGroupTable;
  organizations: OrganizationTable;
  membership_events: MembershipEventTable;
  contacts: ContactTable;
  working_group_memberships: WorkingGroupMembershipTable;
  seed_runs: SeedRunTable;
  outbound_emails: OutboundEmailTable;
  accounts: AccountTable;
  sign_in_tokens: SignInTokenTable;
  sessions: SessionTable;
  api_keys: ApiKeyTable;
  rate_limit_counters: RateLimitCounterTable;
  audit_events: AuditEventTable;
  membership_applications: MembershipApplicationTable;
  profile_change_requests: ProfileChangeRequestTable;
  working_group_requests: WorkingGroupRequestTable;
  board_seats: BoardSeatTable;
  settings: SettingTable;
}

export type OrganizationRow = Selectable<OrganizationTable>;
export type NewOrganization = Insertable<OrganizationTable>;
export type PolicyMeasureRow = Selectable<PolicyMeasureTable>;
export type OutboundEmailRow = Selectable<OutboundEmailTable>;
