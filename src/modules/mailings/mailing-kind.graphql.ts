/** The `MailingKind` enum, shared by the mailings and the settings that name kinds. */

import type { MAILING_KINDS } from '../../db/tables/mailings.js';
import { builder } from '../../graphql/builder.js';

export const MailingKindEnum = builder.enumType('MailingKind', {
  description: 'What kind of mail a mailing is.',
  values: {
    NEWSLETTER: { description: 'メールマガジン (newsletter); contacts may unsubscribe.' },
    VISIT_REPORT: { description: '事務局訪問記 (office-visit report); contacts may unsubscribe.' },
    NOTICE: {
      description:
        '事務連絡 (administrative circular); reaches designated contacts whatever their newsletter choice.',
    },
    MEETING_NOTICE: { description: '会議の招集通知 (meeting notice); administrative like NOTICE.' },
  } satisfies Record<(typeof MAILING_KINDS)[number], { description: string }>,
});
