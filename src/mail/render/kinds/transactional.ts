/** Service mail (sign-in links, application receipts …): no unsubscribe line, no list footer. */
import type { TransactionalContent } from '../content.js';
import { EMPTY, paragraphsHtml, previewText } from '../fragments.js';
import type { KindContext, KindRendering } from './types.js';

export function renderTransactional(
  content: TransactionalContent,
  ctx: KindContext,
): KindRendering {
  const { templates } = ctx;
  return {
    subject: content.subject,
    preview: previewText(content.paragraphs[0] ?? content.title),
    headerLabel: '',
    body: templates.fill('transactional', {
      title: content.title,
      paragraphs: paragraphsHtml(content.paragraphs),
      action: content.action
        ? templates.fill('partials/transactional-action', {
            href: content.action.url,
            label: content.action.label,
          })
        : EMPTY,
      footnote: content.footnote
        ? templates.fill('partials/footnote', { content: paragraphsHtml([content.footnote]) })
        : EMPTY,
    }),
    footerNote: EMPTY,
  };
}
