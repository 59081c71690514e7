/**
 * 事務連絡: era date, issuer(s) (several for a joint circular), addressee, subject, body,
 * attachments, and an optional reply request with a deadline and an acknowledgement button.
 */
import { html } from '../../../lib/html.js';
import type { NoticeContent } from '../content.js';
import { formatEraDate, formatEraDateWithWeekday } from '../dates.js';
import { attachmentListHtml } from '../file-links.js';
import { EMPTY, linesHtml, multiline, paragraphsHtml, previewText } from '../fragments.js';
import type { KindContext, KindRendering } from './types.js';

const DEFAULT_REQUEST =
  '本事務連絡の内容を御確認の上、期限までに下のボタンから受領の御報告をお願いします。';

export function renderNotice(content: NoticeContent, ctx: KindContext): KindRendering {
  const { templates } = ctx;
  const joint = content.issuers.length > 1;
  const reply = content.reply;

  const measures = content.relatedMeasures?.length
    ? html`<h2>関連施策</h2><ul>${content.relatedMeasures.map(
        (m) => html`<li>No.${String(m.number)} ${m.title}</li>`,
      )}</ul>`
    : EMPTY;

  const attachments =
    content.attachments.length === 0
      ? EMPTY
      : html`<h2>添付資料</h2>${attachmentListHtml(content.attachments, ctx)}${
          content.attachments.some((a) => a.fileId)
            ? html`<p class="meta">添付資料のリンクは貴団体専用です。ダウンロードは記録されます。</p>`
            : EMPTY
        }`;

  const replyBlock = reply
    ? templates.fill('partials/notice-reply', {
        deadline: formatEraDateWithWeekday(reply.deadline),
        request: paragraphsHtml([reply.request ?? DEFAULT_REQUEST]),
        buttonLabel: reply.buttonLabel,
        question: reply.question
          ? html`<p><strong>御質問：</strong>${reply.question}${reply.answerRequired ? '（回答必須）' : ''}<br />下のボタンから開くページで御回答ください。</p>`
          : EMPTY,
      })
    : EMPTY;

  const contact = content.contact
    ? templates.fill('partials/contact', { lines: linesHtml(content.contact) })
    : EMPTY;

  return {
    subject: `【事務連絡${reply ? '・要回答' : ''}】${content.subject}`,
    preview: previewText(
      `${formatEraDate(content.date)} ${content.issuers.join('・')}${reply ? `（回答期限：${formatEraDate(reply.deadline)}）` : ''}`,
    ),
    headerLabel: joint ? '事務連絡（関係府省庁連名）' : '事務連絡',
    body: templates.fill('notice', {
      date: formatEraDate(content.date),
      addressee: multiline(content.addressee),
      issuers: linesHtml(content.issuers),
      subject: content.subject,
      paragraphs: paragraphsHtml(content.paragraphs),
      measures,
      attachments,
      reply: replyBlock,
      contact,
    }),
    footerNote: templates.fill('partials/footer-notice', {}),
  };
}
