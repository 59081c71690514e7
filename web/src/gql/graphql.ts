/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What an account may do. */
export type AccountRole =
  /** A user of one member organisation. */
  | 'MEMBER'
  /** Secretariat (事務局) administrator: also accounts and API keys. */
  | 'SECRETARIAT_ADMIN'
  /** Secretariat (事務局) staff: everything operational. */
  | 'SECRETARIAT_STAFF';

/** What kind of mail a mailing is. */
export type MailingKind =
  /** 会議の招集通知 (meeting notice); administrative like NOTICE. */
  | 'MEETING_NOTICE'
  /** メールマガジン (newsletter); contacts may unsubscribe. */
  | 'NEWSLETTER'
  /** 事務連絡 (administrative circular); reaches designated contacts whatever their newsletter choice. */
  | 'NOTICE'
  /** 事務局訪問記 (office-visit report); contacts may unsubscribe. */
  | 'VISIT_REPORT';

/** How the caller is identified. */
export type ViewerKind =
  /** No credentials. */
  | 'ANONYMOUS'
  /** A member organisation’s user. */
  | 'MEMBER'
  /** A partner API key. */
  | 'PARTNER'
  /** Secretariat staff. */
  | 'SECRETARIAT';

export type AdminViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminViewerQuery = { viewer: { kind: ViewerKind, account: { displayName: string, role: AccountRole } | null } };

export type AdminDashboardQueryVariables = Exact<{
  recentSent: number;
}>;


export type AdminDashboardQuery = { awaitingApproval: { totalCount: number, edges: Array<{ node: { id: string, kind: MailingKind, subject: string, createdAt: string, previewUrl: string } }> }, applications: { totalCount: number }, profileChanges: { totalCount: number }, workingGroupRequests: { totalCount: number }, sent: { edges: Array<{ node: { id: string, subject: string, replySummary: { organizations: number, notYet: number } | null } }> }, bounces: { totalCount: number } };

export type MemberViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberViewerQuery = { viewer: { kind: ViewerKind, account: { displayName: string } | null, organization: { name: string | null } | null } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { __typename: 'SignOutPayload' } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AdminViewerDocument = new TypedDocumentString(`
    query AdminViewer {
  viewer {
    kind
    account {
      displayName
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AdminViewerQuery, AdminViewerQueryVariables>;
export const AdminDashboardDocument = new TypedDocumentString(`
    query AdminDashboard($recentSent: Int!) {
  awaitingApproval: mailings(filter: {awaitingApproval: true}, first: 5) {
    totalCount
    edges {
      node {
        id
        kind
        subject
        createdAt
        previewUrl
      }
    }
  }
  applications: membershipApplications(status: PENDING, first: 1) {
    totalCount
  }
  profileChanges: profileChangeRequests(status: PENDING, first: 1) {
    totalCount
  }
  workingGroupRequests(status: PENDING, first: 1) {
    totalCount
  }
  sent: mailings(filter: {statuses: [SENDING, SENT]}, first: $recentSent) {
    edges {
      node {
        id
        subject
        replySummary {
          organizations
          notYet
        }
      }
    }
  }
  bounces: suppressions(filter: {reasons: [HARD_BOUNCE, COMPLAINT]}, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AdminDashboardQuery, AdminDashboardQueryVariables>;
export const MemberViewerDocument = new TypedDocumentString(`
    query MemberViewer {
  viewer {
    kind
    account {
      displayName
    }
    organization {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MemberViewerQuery, MemberViewerQueryVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut {
    __typename
  }
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;