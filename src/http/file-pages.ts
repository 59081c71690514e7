/** HTTP: stored files: upload (POST /files), public photos, per-organisation attachment downloads. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpDeps } from './server.js';

/** Serves the request when the path is one of this module's; false otherwise. */
export async function handleFilePage(
  _deps: HttpDeps,
  _req: IncomingMessage,
  _res: ServerResponse,
  _url: URL,
): Promise<boolean> {
  return false;
}
