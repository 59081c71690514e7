/** What the mailing services share about a call: the request's context and who is calling. */
import type { Viewer } from '../../auth/viewer.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/create-db.js';

/** What a service call needs from the request. */
export interface ServiceContext {
  readonly db: Db;
  readonly viewer: Viewer;
  readonly requestId: string;
  readonly config: Pick<Config, 'publicUrl' | 'siteUrl' | 'mailFrom' | 'mail'>;
}

export function accountOf(viewer: Viewer): string | null {
  return viewer.kind === 'SECRETARIAT' || viewer.kind === 'MEMBER' ? viewer.accountId : null;
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.kind === 'SECRETARIAT' && viewer.role === 'SECRETARIAT_ADMIN';
}
