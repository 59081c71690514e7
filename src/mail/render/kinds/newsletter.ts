/** メールマガジン: 第N号, issue date, table of contents, ordered sections of items. */
import { html } from '../../../lib/html.js';
import type { NewsletterContent } from '../content.js';
import { formatEraDate } from '../dates.js';
import { EMPTY, linkListHtml, paragraphsHtml, previewText } from '../fragments.js';
import { subscriptionFooter } from './footers.js';
import type { KindContext, KindRendering } from './types.js';

export function renderNewsletter(content: NewsletterContent, ctx: KindContext): KindRendering {
  const { templates } = ctx;
  const issue = `第${content.issueNumber}号`;
  const anchor = (i: number) => `section-${i + 1}`;

  const toc = html`<ol>${content.sections.map(
    (section, i) =>
      html`<li><a href="#${anchor(i)}">${section.heading}</a><ul>${section.items.map(
        (item) => html`<li>${item.title}</li>`,
      )}</ul></li>`,
  )}</ol>`;

  const sections = content.sections.map((section, i) =>
    templates.fill('partials/newsletter-section', {
      anchor: anchor(i),
      heading: `${i + 1}. ${section.heading}`,
      items: html`${section.items.map((item) =>
        templates.fill('partials/newsletter-item', {
          title: item.title,
          body: paragraphsHtml(item.body),
          links: linkListHtml(item.links),
        }),
      )}`,
    }),
  );

  const closing =
    content.closing.length === 0
      ? EMPTY
      : templates.fill('partials/section', {
          content: templates.fill('partials/text-block', {
            content: paragraphsHtml(content.closing),
          }),
        });

  return {
    subject: `【孤独・孤立対策官民連携プラットフォーム】メールマガジン ${issue}${content.title ? ` ${content.title}` : ''}`,
    preview: previewText(
      `${issue}：${content.sections.flatMap((s) => s.items.map((item) => item.title)).join('／')}`,
    ),
    headerLabel: 'メールマガジン',
    body: templates.fill('newsletter', {
      title: content.title ?? `メールマガジン ${issue}`,
      meta: `メールマガジン ${issue}　${formatEraDate(content.issueDate)}発行`,
      intro: paragraphsHtml(content.intro),
      toc,
      sections: html`${sections}`,
      closing,
    }),
    footerNote: subscriptionFooter(ctx, 'メールマガジン'),
  };
}
