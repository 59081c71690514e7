/** HTTP: reply pages reached from a circular or meeting notice (/acknowledge/<token>, /meeting-reply/<token>). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpDeps } from './server.js';

/** Serves the request when the path is one of this module's; false otherwise. */
export async function handleReplyPage(
  _deps: HttpDeps,
  _req: IncomingMessage,
  _res: ServerResponse,
  _url: URL,
): Promise<boolean> {
  return false;
}
