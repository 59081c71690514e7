/**
 * Links: `Link` for screens of the app (client-side navigation), `ExternalLink` for pages served
 * by the API (archive, previews, the GraphQL IDE) and other sites.
 */
import type { AnchorHTMLAttributes } from 'react';
import { type LinkProps, Link as RouterLink } from 'react-router';

const STYLE =
  'text-blue-1000 underline underline-offset-[calc(3/16*1rem)] hover:text-blue-1100 hover:decoration-[calc(3/16*1rem)] active:text-orange-700 visited:text-magenta-900';

export function Link({ className = '', ...props }: LinkProps) {
  return <RouterLink className={`${STYLE} ${className}`} {...props} />;
}

export function ExternalLink({
  className = '',
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a className={`${STYLE} ${className}`} {...props} />;
}
