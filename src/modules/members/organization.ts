import type { Selectable } from 'kysely';
import type {
  FieldOfActivity,
  OrganizationScope,
  OrganizationStatus,
  OrganizationTable,
  PublishableField,
} from '../../db/tables/members.js';
import type { BoardSeat } from '../governance/governance.js';

export interface Organization {
  readonly id: string;
  readonly name: string;
  readonly nameKana: string;
  readonly categoryCode: string;
  readonly status: OrganizationStatus;
  readonly organizationType: string;
  readonly prefectureCode: string | null;
  readonly designatedCityCode: string | null;
  readonly scope: OrganizationScope;
  readonly fieldsOfActivity: readonly FieldOfActivity[];
  readonly website: string | null;
  readonly description: string | null;
  readonly publishedFields: readonly PublishableField[];
  readonly joinedOn: string | null;
  readonly version: number;
  readonly updatedAt: Date;
  /**
   * Brought along by the directory page query, so `workingGroups` and `boardSeat` need no
   * query of their own; undefined when the row was loaded elsewhere (then a dataloader asks).
   */
  readonly prefetched?: {
    /** Working groups the organisation currently belongs to, by number. */
    readonly workingGroupNumbers: readonly number[];
    /** The board seat it holds today (in Japan), if any. */
    readonly boardSeat: BoardSeat | null;
  };
}

export function toOrganization(
  row: Omit<
    Selectable<OrganizationTable>,
    'search_text' | 'search_name' | 'search_kana' | 'public_kana' | 'created_at'
  >,
): Organization {
  return {
    id: row.id,
    name: row.name,
    nameKana: row.name_kana,
    categoryCode: row.category_code,
    status: row.status,
    organizationType: row.organization_type,
    prefectureCode: row.prefecture_code,
    designatedCityCode: row.designated_city_code,
    scope: row.scope,
    fieldsOfActivity: row.fields_of_activity as FieldOfActivity[],
    website: row.website,
    description: row.description,
    publishedFields: row.published_fields as PublishableField[],
    joinedOn: row.joined_on,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export interface Contact {
  readonly id: string;
  readonly organizationId: string;
  readonly name: string;
  readonly nameKana: string | null;
  readonly email: string;
  readonly phone: string | null;
  readonly roles: readonly string[];
  readonly isPrimary: boolean;
  readonly optedOutKinds: readonly string[];
  readonly emailStatus: 'OK' | 'BOUNCED' | 'COMPLAINED';
}
