/** 事務局訪問記: visited organisation, date, staff, title, paragraphs, photos with alt text. */
import { html } from '../../../lib/html.js';
import type { VisitReportContent } from '../content.js';
import { formatEraDate } from '../dates.js';
import { photoUrl } from '../file-links.js';
import { EMPTY, linkListHtml, paragraphsHtml, previewText } from '../fragments.js';
import { subscriptionFooter } from './footers.js';
import type { KindContext, KindRendering } from './types.js';

export function renderVisitReport(content: VisitReportContent, ctx: KindContext): KindRendering {
  const { templates } = ctx;
  const organization = content.organizationUrl
    ? html`<a href="${content.organizationUrl}">${content.organization}</a>`
    : html`${content.organization}`;

  const photos = content.photos.map((photo) =>
    templates.fill('partials/photo', {
      src: photo.fileId ? photoUrl(ctx, photo.fileId) : (photo.url ?? ''),
      alt: photo.alt,
      caption: photo.caption
        ? templates.fill('partials/text-block', {
            content: html`<p class="meta">${photo.caption}</p>`,
          })
        : EMPTY,
    }),
  );

  const links =
    content.links.length === 0
      ? EMPTY
      : templates.fill('partials/text-block', {
          content: html`<h2>関連リンク</h2>${linkListHtml(content.links)}`,
        });

  return {
    subject: `【事務局訪問記】${content.title}`,
    preview: previewText(content.lead ?? content.paragraphs[0] ?? content.title),
    headerLabel: '事務局訪問記',
    body: templates.fill('visit-report', {
      title: content.title,
      details: html`<p class="meta">訪問先：${organization}<br />訪問日：${formatEraDate(
        content.visitDate,
      )}<br />訪問者：${content.staff.join('、')}（事務局）</p>`,
      lead: content.lead ? html`<p><strong>${content.lead}</strong></p>` : EMPTY,
      paragraphs: paragraphsHtml(content.paragraphs),
      photos: html`${photos}`,
      links,
    }),
    footerNote: subscriptionFooter(ctx, '事務局訪問記'),
  };
}
