/** The e-mail telling a new member user how to sign in. Contains no secret. */
import { compileEmail, personalize } from '../../mail/render/index.js';
import type { RenderedEmail } from './sign-in-email.js';

export async function invitationEmail(input: {
  displayName: string;
  organizationName: string;
  publicUrl: string;
}): Promise<RenderedEmail> {
  const compiled = await compileEmail(
    {
      kind: 'TRANSACTIONAL',
      subject: '【孤独・孤立対策官民連携プラットフォーム】ユーザー登録のお知らせ',
      title: 'ユーザー登録のお知らせ',
      paragraphs: [
        `${input.displayName} 様`,
        `${input.organizationName} のユーザーとして、孤独・孤立対策官民連携プラットフォームに登録されました。`,
        '次のページでこのメールアドレスを入力すると、サインイン用リンクが届きます。',
      ],
      action: { label: 'サインインページを開く', url: `${input.publicUrl}/sign-in` },
    },
    { publicUrl: input.publicUrl },
  );
  return personalize(compiled, {});
}
