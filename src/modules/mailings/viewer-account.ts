/** What the mailing rules ask of the viewer an actor acts as. */
import type { Viewer } from '../../auth/viewer.js';

/** The account behind the viewer (recorded as creator, editor, approver), or null. */
export function accountOf(viewer: Viewer): string | null {
  return viewer.kind === 'SECRETARIAT' || viewer.kind === 'MEMBER' ? viewer.accountId : null;
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.kind === 'SECRETARIAT' && viewer.role === 'SECRETARIAT_ADMIN';
}
