/** Membership applications as the service takes them and the secretariat reads them. */
import type { FieldOfActivity, PublishableField } from '../../db/tables/members.js';

export interface ApplicationInput {
  readonly organizationName: string;
  readonly organizationNameKana: string;
  readonly category: 'REGULAR' | 'SUPPORTING' | 'COOPERATING';
  readonly organizationType: string;
  readonly prefectureCode: string;
  /** The designated city of the main office, within the prefecture (none when absent). */
  readonly designatedCityCode?: string | null;
  readonly scope: 'NATIONAL' | 'REGIONAL';
  readonly fieldsOfActivity: readonly FieldOfActivity[];
  readonly website?: string | null;
  readonly description?: string | null;
  readonly publishedFields: readonly PublishableField[];
  readonly applicantName: string;
  readonly applicantNameKana?: string | null;
  readonly applicantEmail: string;
  readonly applicantPhone?: string | null;
  readonly message?: string | null;
}

/** An application the secretariat reads (only confirmed ones are theirs). */
export interface Application {
  readonly organizationId: string;
  readonly applicantName: string;
  readonly applicantEmail: string;
  readonly message: string | null;
  readonly status: 'PENDING' | 'APPROVED' | 'REJECTED';
  readonly rejectionReason: string | null;
  readonly createdAt: Date;
  readonly decidedAt: Date | null;
  readonly duplicateAddress: boolean;
}
