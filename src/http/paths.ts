/**
 * Paths as the HTTP layer reads them: path segments decoded without ever throwing, and the
 * route pattern of a path — what the request log and the metrics show instead of the path, so
 * the tokens in e-mail links (unsubscribe, settings, replies, attachments, web versions) are never
 * written down.
 */

import { readId } from '../lib/global-id.js';
import { isUuid } from '../lib/uuid.js';

/** A path segment as text; a malformed %-escape becomes '' (a token or id no route accepts). */
export function decodeSegment(segment: string | undefined): string {
  try {
    return decodeURIComponent(segment ?? '');
  } catch {
    return '';
  }
}

/**
 * The UUID of the object of `typename` a path segment names, by its global ID (what the API
 * shows) or its UUID; undefined for anything else, including an ID of another type.
 */
export function idInPath(segment: string | undefined, typename: string): string | undefined {
  const reading = readId([typename], decodeSegment(segment));
  return reading.ok && isUuid(reading.id) ? reading.id.toLowerCase() : undefined;
}

/** Pattern → regular expression; `:name` stands for one path segment. */
const ROUTES: readonly (readonly [string, RegExp])[] = [
  '/',
  '/graphql',
  '/healthz',
  '/readyz',
  '/metrics',
  '/sign-in',
  '/sign-in/request',
  '/unsubscribe/:token',
  '/preferences/:token',
  '/acknowledge/:token',
  '/meeting-reply/:token',
  '/web/:token',
  '/attachments/:token/:file',
  '/files',
  '/files/:file',
  '/mailings/:id/preview',
  '/mailings/:id/web',
  '/bounces',
  '/archive',
  '/archive/:kind',
  '/archive/:kind/:item',
  '/mailbox',
  '/mailbox/:message',
  '/mailbox/:message/raw',
  '/admin',
  '/admin/*',
  '/member',
  '/member/*',
  '/apply',
  '/apply/confirm',
  '/assets/:file',
].map((pattern) => [
  pattern,
  new RegExp(`^${pattern.replace(/\/\*$/, '(?:/.*)?').replace(/:[a-z]+/g, '[^/]+')}/?$`),
]);

/**
 * The route pattern of `pathname` (`/unsubscribe/:token`), or `other` for a path no route
 * serves. Only these fixed strings reach the log and the metrics labels.
 */
export function routePattern(pathname: string): string {
  for (const [pattern, regexp] of ROUTES) if (regexp.test(pathname)) return pattern;
  return 'other';
}
