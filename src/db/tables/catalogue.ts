/**
 * Kysely table types of the catalogue of policy measures: basic policies, their sub-items, the
 * measures and where they are placed.
 */
import type { Selectable } from 'kysely';

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

export type CatalogueTables = {
  basic_policies: BasicPolicyTable;
  basic_policy_sub_items: BasicPolicySubItemTable;
  policy_measures: PolicyMeasureTable;
  policy_measure_ministries: PolicyMeasureMinistryTable;
  policy_sub_measures: PolicySubMeasureTable;
  policy_measure_placements: PolicyMeasurePlacementTable;
};

export type PolicyMeasureRow = Selectable<PolicyMeasureTable>;
