/**
 * Kysely table types of the member register — organisations, their membership events and
 * contacts, applications and profile change requests — with the controlled vocabularies of their
 * columns.
 */
import type { ColumnType, Generated, GeneratedAlways, Insertable, Selectable } from 'kysely';
import type { DateString, NullableTimestamp, Timestamp } from './columns.js';

/** The controlled vocabulary of `organizations.fields_of_activity`: code → Japanese label. */
export const FIELDS_OF_ACTIVITY = {
  CHILDREN: 'こども・若者',
  ELDERLY: '高齢者',
  POVERTY: '生活困窮',
  SUICIDE_PREVENTION: '自殺対策',
  DISABILITY: '障害',
  FOREIGN_RESIDENTS: '外国人',
  HOUSING: '住まい',
  CONSULTATION: '相談支援',
  PLACE_TO_BELONG: '居場所づくり',
  COMMUNITY: '地域づくり',
  HEALTH: '健康・医療',
  EMPLOYMENT: '就労',
  DISASTER: '災害・被災者',
  LGBTQ: '性的マイノリティ',
  FAMILY: '家族・子育て',
  RESEARCH: '調査研究',
  FUNDING: '助成',
} as const;

/** A code of {@link FIELDS_OF_ACTIVITY}. */
export type FieldOfActivity = keyof typeof FIELDS_OF_ACTIVITY;

/** Profile fields a member can agree to show in the public directory (`published_fields`). */
export const PUBLISHABLE_FIELDS = [
  'name',
  'nameKana',
  'category',
  'organizationType',
  'prefecture',
  'designatedCity',
  'scope',
  'fieldsOfActivity',
  'website',
  'description',
] as const;

/** A value of {@link PUBLISHABLE_FIELDS}. */
export type PublishableField = (typeof PUBLISHABLE_FIELDS)[number];

/** The roles a contact can hold (`contacts.roles`). */
export const CONTACT_ROLES = [
  '代表',
  '事務担当',
  '総会代議員',
  '幹事',
  '分科会担当',
  '孤独・孤立対策担当',
] as const;

/** A value of {@link CONTACT_ROLES}. */
export type ContactRole = (typeof CONTACT_ROLES)[number];

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

export type MemberTables = {
  organizations: OrganizationTable;
  membership_events: MembershipEventTable;
  contacts: ContactTable;
  membership_applications: MembershipApplicationTable;
  profile_change_requests: ProfileChangeRequestTable;
};

export type OrganizationRow = Selectable<OrganizationTable>;
export type NewOrganization = Insertable<OrganizationTable>;
