import type { SafeHtml } from '../../../lib/html.js';
import type { KindContext } from './types.js';

/** Footer of mail a contact may stop: the unsubscribe line when allowed, else just the name. */
export function subscriptionFooter(ctx: KindContext, listName: string): SafeHtml {
  return ctx.unsubscribable
    ? ctx.templates.fill('partials/footer-subscription', { listName })
    : ctx.templates.fill('partials/footer-recipient', {});
}
