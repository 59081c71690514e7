/** Kysely table types of replies to circulars. */
import type { Generated, Selectable } from 'kysely';
import type { Timestamp } from './columns.js';

/** How a reply reached us: the signed link in the e-mail, the API (a member user), the secretariat. */
export const ACKNOWLEDGEMENT_CHANNELS = ['LINK', 'API', 'SECRETARIAT'] as const;
export type AcknowledgementChannel = (typeof ACKNOWLEDGEMENT_CHANNELS)[number];

export interface AcknowledgementTable {
  id: Generated<string>;
  /** Always the original circular, also for replies through a reminder. */
  mailing_id: string;
  organization_id: string;
  delivery_id: string | null;
  answer: string | null;
  channel: AcknowledgementChannel;
  responded_by: string | null;
  contact_id: string | null;
  note: string | null;
  late: Generated<boolean>;
  responded_at: Timestamp;
}

export type ReplyTables = {
  acknowledgements: AcknowledgementTable;
};

export type AcknowledgementRow = Selectable<AcknowledgementTable>;
