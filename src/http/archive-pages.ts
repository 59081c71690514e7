/** HTTP: the public archive (/archive/…) and web versions of sent mailings. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpDeps } from './server.js';

/** Serves the request when the path is one of this module's; false otherwise. */
export async function handleArchivePage(
  _deps: HttpDeps,
  _req: IncomingMessage,
  _res: ServerResponse,
  _url: URL,
): Promise<boolean> {
  return false;
}
