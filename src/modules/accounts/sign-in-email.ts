/** The sign-in e-mail (transactional). */
import { type RenderedEmail, renderTransactional } from '../../mail/transactional.js';
import { SIGN_IN_TOKEN_TTL_MINUTES } from './sign-in.js';

export function signInEmail(input: {
  displayName: string;
  link: string;
  publicUrl: string;
  /** The platform's website (config `siteUrl`), the footer's 「ウェブサイト」 link. */
  siteUrl?: string | undefined;
}): Promise<RenderedEmail> {
  return renderTransactional(
    {
      subject: '【孤独・孤立対策官民連携プラットフォーム】サインイン用リンク',
      title: 'サインイン用リンク',
      paragraphs: [
        `${input.displayName} 様`,
        'サインイン用のリンクをお送りします。下のボタン（またはリンク）を開き、表示されたページで「サインインする」を押してください。',
      ],
      action: { label: 'サインインする', url: input.link },
      footnote: `このリンクは${SIGN_IN_TOKEN_TTL_MINUTES}分間、1回だけ使えます。お心当たりのない場合は、このメールを破棄してください。`,
    },
    input.publicUrl,
    input.siteUrl,
  );
}
