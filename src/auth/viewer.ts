/**
 * Who is making a request. Every authorisation rule in the schema is written against this
 * type; sign-in and API keys (src/modules/accounts) produce it.
 */
export type Viewer =
  | { readonly kind: 'ANONYMOUS' }
  | { readonly kind: 'PARTNER'; readonly apiKeyId: string }
  | {
      readonly kind: 'MEMBER';
      readonly accountId: string;
      readonly organizationId: string;
      readonly isOrganizationAdmin: boolean;
    }
  | {
      readonly kind: 'SECRETARIAT';
      readonly accountId: string;
      readonly role: 'SECRETARIAT_ADMIN' | 'SECRETARIAT_STAFF';
    };

export const anonymousViewer: Viewer = Object.freeze({ kind: 'ANONYMOUS' });
