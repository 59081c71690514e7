/**
 * The one SQL definition of a meeting's invitees, shared by the governance queries
 * (src/modules/governance/meeting.repository.ts) and the mail engine's audience of a 招集通知
 * (src/mail/engine/audience.ts), so the two cannot disagree about who is invited.
 */
import { sql } from 'kysely';

/**
 * The organisation ids invited to the meeting aliased `m` in the surrounding query, derived from
 * its body on `m.meeting_date` (the day in Japan):
 * - GENERAL_MEETING: every organisation whose latest membership event on or before that day
 *   leaves it ACTIVE (the same rule as the membership statistics);
 * - BOARD: every organisation holding a board seat that day (starts_on ≤ day ≤ ends_on);
 * - WORKING_GROUP: every member of the group that day (joined_on ≤ day < left_on).
 * Only the branch of the meeting's body runs (the others have a false one-time filter).
 */
export const INVITEES_OF_M = sql`(
  SELECT latest.organization_id
  FROM (
    SELECT DISTINCT ON (e.organization_id) e.organization_id, e.status_after
    FROM membership_events e
    WHERE m.body = 'GENERAL_MEETING' AND e.occurred_on <= m.meeting_date
    ORDER BY e.organization_id, e.occurred_on DESC, e.created_at DESC
  ) AS latest
  WHERE latest.status_after = 'ACTIVE'
  UNION
  SELECT s.organization_id
  FROM board_seats s
  WHERE m.body = 'BOARD'
    AND s.starts_on <= m.meeting_date
    AND (s.ends_on IS NULL OR s.ends_on >= m.meeting_date)
  UNION
  SELECT w.organization_id
  FROM working_group_memberships w
  WHERE m.body = 'WORKING_GROUP'
    AND w.working_group_number = m.working_group_number
    AND w.joined_on <= m.meeting_date
    AND (w.left_on IS NULL OR w.left_on > m.meeting_date)
)`;
