/** The sign-in e-mail. Transactional: no List-Unsubscribe, no tracking. */
import { html } from '../../lib/html.js';
import { SIGN_IN_TOKEN_TTL_MINUTES } from './sign-in.js';

export interface SignInEmail {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

export function signInEmail(input: { displayName: string; link: string }): SignInEmail {
  const subject = '【孤独・孤立対策官民連携プラットフォーム】サインイン用リンク';
  const body = html`<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:'Hiragino Kaku Gothic ProN','Hiragino Sans','BIZ UDPGothic',Meiryo,'Noto Sans JP',sans-serif;line-height:1.8;color:#222;">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px;">
<p style="font-size:14px;color:#555;margin:0 0 16px;">孤独・孤立対策官民連携プラットフォーム</p>
<p>${input.displayName} 様</p>
<p>サインイン用のリンクをお送りします。下のボタンを押し、開いたページで「サインインする」を押してください。</p>
<p style="margin:24px 0;"><a href="${input.link}" style="display:inline-block;background:#1a5fb4;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px;">サインインする</a></p>
<p style="font-size:14px;">このリンクは${SIGN_IN_TOKEN_TTL_MINUTES}分間、1回だけ使えます。お心当たりのない場合は、このメールを破棄してください。</p>
<p style="font-size:12px;color:#666;word-break:break-all;">ボタンが使えない場合は次のURLを開いてください：<br>${input.link}</p>
<hr style="border:none;border-top:1px solid #ddd;margin:24px 0;">
<p style="font-size:12px;color:#666;">孤独・孤立対策官民連携プラットフォーム事務局（内閣府 孤独・孤立対策推進室）</p>
</div></body></html>`.value;
  const text = [
    `${input.displayName} 様`,
    '',
    'サインイン用のリンクをお送りします。次のURLを開き、表示されたページで「サインインする」を押してください。',
    '',
    input.link,
    '',
    `このリンクは${SIGN_IN_TOKEN_TTL_MINUTES}分間、1回だけ使えます。お心当たりのない場合は、このメールを破棄してください。`,
    '',
    '--',
    '孤独・孤立対策官民連携プラットフォーム事務局（内閣府 孤独・孤立対策推進室）',
  ].join('\n');
  return { subject, html: body, text };
}
