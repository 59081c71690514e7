/** The e-mail telling a new member user how to sign in. Contains no secret. */
import type { TransactionalMessage } from '../../mail/transactional.js';

export function invitationMessage(input: {
  displayName: string;
  organizationName: string;
  publicUrl: string;
}): TransactionalMessage {
  return {
    subject: '【孤独・孤立対策官民連携プラットフォーム】ユーザー登録のお知らせ',
    title: 'ユーザー登録のお知らせ',
    paragraphs: [
      `${input.displayName} 様`,
      `${input.organizationName} のユーザーとして、孤独・孤立対策官民連携プラットフォームに登録されました。`,
      '次のページでこのメールアドレスを入力すると、サインイン用リンクが届きます。',
    ],
    action: { label: 'サインインページを開く', url: `${input.publicUrl}/sign-in` },
  };
}
