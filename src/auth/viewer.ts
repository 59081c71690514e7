/**
 * Who is making a request. Every authorisation rule in the schema is written against this
 * type; sessions and API keys (src/modules/accounts/authenticate.ts) produce it.
 */
export type Viewer =
  | { readonly kind: 'ANONYMOUS' }
  | { readonly kind: 'PARTNER'; readonly apiKeyId: string }
  | {
      readonly kind: 'MEMBER';
      readonly accountId: string;
      readonly sessionId: string;
      readonly organizationId: string;
      readonly isOrganizationAdmin: boolean;
    }
  | {
      readonly kind: 'SECRETARIAT';
      readonly accountId: string;
      readonly sessionId: string;
      readonly role: 'SECRETARIAT_ADMIN' | 'SECRETARIAT_STAFF';
    };

export const anonymousViewer: Viewer = Object.freeze({ kind: 'ANONYMOUS' });

/** The secretariat, or a member user of this organisation: may see its non-public data. */
export function canSeeOrganizationPrivate(viewer: Viewer, organizationId: string): boolean {
  return (
    viewer.kind === 'SECRETARIAT' ||
    (viewer.kind === 'MEMBER' && viewer.organizationId === organizationId)
  );
}

export function isSecretariat(viewer: Viewer): boolean {
  return viewer.kind === 'SECRETARIAT';
}

/** A member user who is an admin of this organisation (not the secretariat). */
export function isOrganizationAdminOf(viewer: Viewer, organizationId: string): boolean {
  return (
    viewer.kind === 'MEMBER' &&
    viewer.organizationId === organizationId &&
    viewer.isOrganizationAdmin
  );
}
