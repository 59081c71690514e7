/** The e-mail asking an applicant to confirm their address (transactional). */
import { type RenderedEmail, renderTransactional } from '../../mail/transactional.js';
import { APPLICATION_CONFIRM_TTL_HOURS } from './application.service.js';

/**
 * Fixed text and the link only: it goes to an address nobody has confirmed yet, so it repeats
 * nothing the applicant typed (a name can carry a URL a mail program turns into a link).
 */
export function applicationConfirmationEmail(input: {
  link: string;
  publicUrl: string;
  /** The platform's website (config `siteUrl`), the footer's 「ウェブサイト」 link. */
  siteUrl?: string | undefined;
}): Promise<RenderedEmail> {
  return renderTransactional(
    {
      subject: '【孤独・孤立対策官民連携プラットフォーム】入会申請のメールアドレスの確認',
      title: 'メールアドレスの確認',
      paragraphs: [
        '孤独・孤立対策官民連携プラットフォームへの入会申請で、このメールアドレスが申請者の連絡先として入力されました。',
        '申請を確定して事務局に届けるには、下のボタン（またはリンク）を開き、表示されたページで「申請を確定する」を押してください。',
      ],
      action: { label: '申請を確定する', url: input.link },
      footnote: `このリンクは${APPLICATION_CONFIRM_TTL_HOURS}時間有効です。お心当たりのない場合は、このメールを破棄してください。申請は確定されず、削除されます。`,
    },
    input.publicUrl,
    input.siteUrl,
  );
}
