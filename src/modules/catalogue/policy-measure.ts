/** Domain types of the policy-measure catalogue (重点計画 具体的施策). */
export interface PolicyMeasure {
  readonly number: number;
  readonly title: string;
  /** Page of the measure's sheet in the 重点計画 document. */
  readonly page: number;
  /** Responsible ministries' codes in the plan's order, when the page query brought them. */
  readonly ministryCodes?: readonly string[];
}

export interface PolicyMeasureMinistry {
  readonly measureNumber: number;
  readonly ministryCode: string;
}

export interface SubMeasure {
  readonly measureNumber: number;
  readonly label: string;
  readonly title: string;
  readonly ministryCodes: readonly string[];
}

export interface Placement {
  readonly measureNumber: number;
  readonly basicPolicyNumber: number;
  readonly subItemNumber: number;
  /** `false` for a re-listing (再掲). */
  readonly isPrimary: boolean;
}

export interface Ministry {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
}

export interface BasicPolicy {
  readonly number: number;
  readonly title: string;
}

export interface SubItem {
  readonly basicPolicyNumber: number;
  readonly number: number;
  readonly symbol: string;
  readonly title: string;
}

export interface PolicyMeasureFilter {
  readonly basicPolicy?: number | null;
  readonly subItem?: number | null;
  readonly ministry?: string | null;
  readonly text?: string | null;
}
