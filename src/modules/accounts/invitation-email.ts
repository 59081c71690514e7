/** The e-mail telling a new member user how to sign in. Contains no secret. */
import { html } from '../../lib/html.js';

export function invitationEmail(input: {
  displayName: string;
  organizationName: string;
  signInUrl: string;
}): { subject: string; html: string; text: string } {
  const subject = '【孤独・孤立対策官民連携プラットフォーム】ユーザー登録のお知らせ';
  const body = html`<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:'Hiragino Kaku Gothic ProN','Hiragino Sans','BIZ UDPGothic',Meiryo,'Noto Sans JP',sans-serif;line-height:1.8;color:#222;">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px;">
<p>${input.displayName} 様</p>
<p>${input.organizationName} のユーザーとして、孤独・孤立対策官民連携プラットフォームに登録されました。</p>
<p>次のページでこのメールアドレスを入力すると、サインイン用リンクが届きます。</p>
<p><a href="${input.signInUrl}">${input.signInUrl}</a></p>
<hr style="border:none;border-top:1px solid #ddd;margin:24px 0;">
<p style="font-size:12px;color:#666;">孤独・孤立対策官民連携プラットフォーム事務局（内閣府 孤独・孤立対策推進室）</p>
</div></body></html>`.value;
  const text = [
    `${input.displayName} 様`,
    '',
    `${input.organizationName} のユーザーとして、孤独・孤立対策官民連携プラットフォームに登録されました。`,
    '次のページでこのメールアドレスを入力すると、サインイン用リンクが届きます。',
    '',
    input.signInUrl,
    '',
    '--',
    '孤独・孤立対策官民連携プラットフォーム事務局（内閣府 孤独・孤立対策推進室）',
  ].join('\n');
  return { subject, html: body, text };
}
