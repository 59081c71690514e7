/** 招集通知: body, date and time, place and/or online link, agenda, attend/absent/proxy buttons. */
import { html } from '../../../lib/html.js';
import type { MeetingNoticeContent } from '../content.js';
import { formatEraDateWithWeekday, formatTimeRange } from '../dates.js';
import { contactSection, EMPTY, paragraphsHtml, previewText } from '../fragments.js';
import type { KindContext, KindRendering } from './types.js';

export function renderMeetingNotice(
  content: MeetingNoticeContent,
  ctx: KindContext,
): KindRendering {
  const { templates } = ctx;
  const when = `${formatEraDateWithWeekday(content.date)} ${formatTimeRange(content.startTime, content.endTime)}`;
  const { venue, online } = content;

  const details = html`<p>日時：${when}${
    venue
      ? html`<br />場所：${venue.name}${venue.address ? `（${venue.address}）` : ''}${
          venue.mapUrl ? html`<br /><a href="${venue.mapUrl}">会場の地図</a>` : EMPTY
        }`
      : EMPTY
  }${
    online
      ? html`<br />オンライン参加：<a href="${online.url}">${online.url}</a>${
          online.note ? html`<br />${online.note}` : EMPTY
        }`
      : EMPTY
  }</p>`;

  const agenda = html`<ol>${content.agenda.map(
    (item) =>
      html`<li>${item.title}${item.note ? html`<br /><span class="meta">${item.note}</span>` : EMPTY}</li>`,
  )}</ol>`;

  const options = content.allowProxy
    ? '「出席する」「欠席する」「委任する」'
    : '「出席する」「欠席する」';
  const replyRequest = paragraphsHtml([
    `${content.replyDeadline ? `${formatEraDateWithWeekday(content.replyDeadline)}までに、` : ''}下の${options}のいずれかのボタンから御回答ください。`,
  ]);

  return {
    subject: `【招集通知】${content.title}`,
    preview: previewText(
      `${content.bodyName}　日時：${when}${venue ? `　場所：${venue.name}` : '　オンライン開催'}`,
    ),
    headerLabel: '招集通知',
    body: templates.fill('meeting-notice', {
      title: content.title,
      bodyName: content.bodyName,
      paragraphs: paragraphsHtml(content.paragraphs),
      details,
      agenda,
      replyRequest,
      replyButtons: templates.fill('partials/meeting-reply', {
        proxy: content.allowProxy ? templates.fill('partials/meeting-reply-proxy', {}) : EMPTY,
      }),
      contact: contactSection(templates, content.contact),
    }),
    footerNote: templates.fill('partials/footer-meeting', { bodyName: content.bodyName }),
  };
}
