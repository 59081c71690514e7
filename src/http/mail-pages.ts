/**
 * Pages and endpoints a recipient reaches from an e-mail (unsubscribe, preferences) and the
 * mail engine's own endpoints (preview, bounce intake). Returns false for paths it does not serve.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from '../context.js';
import type { HttpDeps } from './server.js';

export async function handleMailPage(
  _deps: HttpDeps,
  _req: IncomingMessage,
  _res: ServerResponse,
  _url: URL,
  _context: Context,
): Promise<boolean> {
  return false;
}
