/**
 * `Meeting.notices`: the 招集通知 mailings generated from a meeting (`createMeetingNotice`), so the
 * console's meeting page can link to them. Kept apart from meeting.graphql.ts because the
 * mailings module already imports MeetingRef from there.
 */
import { builder } from '../../graphql/builder.js';
import { MailingRef } from '../mailings/mailing.graphql.js';
import { MeetingRef } from './meeting.graphql.js';
import { findNoticeMailingIds } from './meeting.repository.js';

builder.objectField(MeetingRef, 'notices', (t) =>
  t.field({
    type: [MailingRef],
    description:
      'The 招集通知 (MEETING_NOTICE) mailings generated from this meeting, newest first. Secretariat only.',
    authScopes: { secretariat: true },
    resolve: (meeting, _args, { db }) => findNoticeMailingIds(db, meeting.id),
  }),
);
