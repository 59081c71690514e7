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

/** How a reply to a circular reached the secretariat. */
export type AcknowledgementChannel =
  /** A member user through the API (acknowledgeMailing). */
  | 'API'
  /** The signed link in the e-mail (or in a reminder). */
  | 'LINK'
  /** Recorded by the secretariat (e.g. answered by phone; recordAcknowledgement). */
  | 'SECRETARIAT';

/** Approve a pending application. */
export type ApproveApplicationInput = {
  /** Joining date (default: today, Japan time). */
  joinedOn?: string | null | undefined;
  /** The applying organisation. */
  organizationId: string | number;
};

/** Role of a seat on the board (幹事会). */
export type BoardRole =
  /** Chair of the board (議長); at most one on any day. */
  | 'CHAIR'
  /** Board member (幹事). */
  | 'MEMBER'
  /** Vice chair (副議長). */
  | 'VICE_CHAIR';

/** A change of membership category. */
export type ChangeMembershipCategoryInput = {
  /** The new category. */
  category: MembershipCategoryCode;
  /** Date of the change (default: today, Japan time). */
  effectiveOn?: string | null | undefined;
  /** The `version` you read. */
  expectedVersion: number;
  /** Note for the record. */
  note?: string | null | undefined;
  /** The organisation. */
  organizationId: string | number;
};

/** A change of membership status. Allowed: 会員 → 資格停止 or 退会; 資格停止 → 会員 or 退会. */
export type ChangeMembershipStatusInput = {
  /** Date of the change (default: today, Japan time). */
  effectiveOn?: string | null | undefined;
  /** The `version` you read. */
  expectedVersion: number;
  /** Note for the record. */
  note?: string | null | undefined;
  /** The organisation. */
  organizationId: string | number;
  /** The new status. */
  status: MemberStatusChange;
};

/** A new account. */
export type CreateAccountInput = {
  /** Name shown in the service. */
  displayName: string;
  /** Sign-in address. */
  email: string;
  /** For MEMBER accounts: may manage the organisation’s users. */
  isOrganizationAdmin?: boolean | null | undefined;
  /** Required for MEMBER accounts. */
  organizationId?: string | number | null | undefined;
  /** Role. */
  role: AccountRole;
};

/** A new partner API key. */
export type CreateApiKeyInput = {
  /** Optional expiry. */
  expiresAt?: string | null | undefined;
  /** Who it is for, e.g. ○○県官民連携プラットフォーム. */
  name: string;
};

/** A decision on a held profile change. */
export type DecideProfileChangeInput = {
  /** Reason (shown to the organisation). */
  reason?: string | null | undefined;
  /** The request. */
  requestId: string | number;
};

/** A decision on a join/leave request. */
export type DecideWorkingGroupRequestInput = {
  /** Date the change takes effect (default: today, Japan time). */
  effectiveOn?: string | null | undefined;
  /** Reason, e.g. when declining. */
  reason?: string | null | undefined;
  /** The request. */
  requestId: string | number;
};

/** Stable machine-readable code of an expected error. */
export type ErrorCode =
  /** The action needs the approval of an admin other than the preparer. */
  | 'APPROVAL_REQUIRED'
  /** The object changed since you read it, or the action was already done. */
  | 'CONFLICT'
  /** A link or token is expired, used or forged. */
  | 'INVALID_TOKEN'
  /** The object does not exist or is not visible to you. */
  | 'NOT_FOUND'
  /** Too many requests; retry after `retryAfterSeconds`. */
  | 'RATE_LIMITED'
  /** The input was rejected; see `problems`. */
  | 'VALIDATION_FAILED';

/** Field of activity (活動分野), a controlled vocabulary. */
export type FieldOfActivity =
  /** こども・若者 */
  | 'CHILDREN'
  /** 地域づくり */
  | 'COMMUNITY'
  /** 相談支援 */
  | 'CONSULTATION'
  /** 障害 */
  | 'DISABILITY'
  /** 災害・被災者 */
  | 'DISASTER'
  /** 高齢者 */
  | 'ELDERLY'
  /** 就労 */
  | 'EMPLOYMENT'
  /** 家族・子育て */
  | 'FAMILY'
  /** 外国人 */
  | 'FOREIGN_RESIDENTS'
  /** 助成 */
  | 'FUNDING'
  /** 健康・医療 */
  | 'HEALTH'
  /** 住まい */
  | 'HOUSING'
  /** 性的マイノリティ */
  | 'LGBTQ'
  /** 居場所づくり */
  | 'PLACE_TO_BELONG'
  /** 生活困窮 */
  | 'POVERTY'
  /** 調査研究 */
  | 'RESEARCH'
  /** 自殺対策 */
  | 'SUICIDE_PREVENTION';

/** A suppression to lift. */
export type LiftSuppressionInput = {
  /** Why it is lifted. */
  note?: string | null | undefined;
  /** The suppression. */
  suppressionId: string | number;
};

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

/** Where a mailing is in its lifecycle. */
export type MailingStatus =
  /** Cancelled; deliveries not yet sent were cancelled. */
  | 'CANCELLED'
  /** Being written; the only state in which it can be edited. */
  | 'DRAFT'
  /** Sending paused; resume to continue. */
  | 'PAUSED'
  /** Will start sending at `scheduledAt`. */
  | 'SCHEDULED'
  /** Being sent. */
  | 'SENDING'
  /** Every delivery reached a final state. */
  | 'SENT';

/** An invited organisation’s reply to a meeting notice. */
export type MeetingResponseKind =
  /** Will not attend and gives no proxy (欠席). */
  | 'ABSENT'
  /** Will attend (出席). */
  | 'ATTEND'
  /** Will not attend and gives a proxy (委任状); counts toward the quorum. */
  | 'PROXY';

/** A status the secretariat can move a member to. */
export type MemberStatusChange =
  /** Reinstate a suspended member (会員). */
  | 'ACTIVE'
  /** Suspend membership (資格停止). */
  | 'SUSPENDED'
  /** Withdraw from the platform (退会). */
  | 'WITHDRAWN';

/** Membership category of an organisation. */
export type MembershipCategoryCode =
  /** 協力会員: economic organisations, local governments and others that cooperate. */
  | 'COOPERATING'
  /** 正会員: NPOs and support organisations. */
  | 'REGULAR'
  /** 賛助会員: private bodies and grant-makers supporting the platform. */
  | 'SUPPORTING';

/** Conditions an organisation must all meet. */
export type OrganizationFilter = {
  /** Any of these categories. */
  categories?: Array<MembershipCategoryCode> | null | undefined;
  /** Any of these fields. */
  fieldsOfActivity?: Array<FieldOfActivity> | null | undefined;
  /** true: only organisations holding a board (幹事会) seat today; false: only those without. */
  onBoard?: boolean | null | undefined;
  /** Any of these organisation types, e.g. ["NPO法人", "都道府県"]. */
  organizationTypes?: Array<string> | null | undefined;
  /** Any of these prefecture codes (JIS X 0401, e.g. "13"). */
  prefectures?: Array<string> | null | undefined;
  /** Any of these region codes (see `regions`), e.g. ["kanto"]. */
  regions?: Array<string> | null | undefined;
  /** Any of these statuses. Secretariat only; others always see active members. */
  statuses?: Array<OrganizationStatus> | null | undefined;
  /** Words in the name or reading; width and katakana/hiragana are ignored. */
  text?: string | null | undefined;
  /** Current members of any of these working groups (1–3). */
  workingGroups?: Array<number> | null | undefined;
};

/** Where the organisation works. */
export type OrganizationScope =
  /** Nationwide (全国). */
  | 'NATIONAL'
  /** In a region (地域). */
  | 'REGIONAL';

/** Where an organisation is in its membership. */
export type OrganizationStatus =
  /** A member (会員). */
  | 'ACTIVE'
  /** Applied; not yet approved (申請中). */
  | 'APPLIED'
  /** Application rejected (不承認). */
  | 'REJECTED'
  /** Membership suspended (資格停止). */
  | 'SUSPENDED'
  /** Left the platform (退会). */
  | 'WITHDRAWN';

/** A profile field a member can agree to show in the public directory. */
export type PublishableField =
  /** The `category` field. */
  | 'category'
  /** The `description` field. */
  | 'description'
  /** The `fieldsOfActivity` field. */
  | 'fieldsOfActivity'
  /** The `name` field. */
  | 'name'
  /** The `nameKana` field. */
  | 'nameKana'
  /** The `organizationType` field. */
  | 'organizationType'
  /** The `prefecture` field. */
  | 'prefecture'
  /** The `scope` field. */
  | 'scope'
  /** The `website` field. */
  | 'website';

/** A reply the secretariat received otherwise (phone, paper). */
export type RecordAcknowledgementInput = {
  /** Its answer, if any. */
  answer?: string | null | undefined;
  /** The circular. */
  mailingId: string | number;
  /** How it was received. */
  note?: string | null | undefined;
  /** The organisation that replied (one the circular addressed). */
  organizationId: string | number;
};

/** Reject a pending application. */
export type RejectApplicationInput = {
  /** The applying organisation. */
  organizationId: string | number;
  /** Reason, e-mailed to the applicant. */
  reason: string;
};

/** Where an addressed organisation stands with a circular. */
export type ReplyState =
  /** It replied (確認しました / the form). */
  | 'ACKNOWLEDGED'
  /** As a filter only: the circular or a reminder was accepted by one of its mail servers (whether or not it replied). */
  | 'DELIVERED'
  /** Delivered, and no reply yet. */
  | 'NOT_YET'
  /** No message reached it (bounced, failed, suppressed, no contact) and no reply yet. */
  | 'UNREACHED';

/** An invited organisation’s reply, changeable until the meeting starts. */
export type RespondToMeetingInput = {
  /** The meeting. */
  meetingId: string | number;
  /** Note, e.g. who will attend. */
  note?: string | null | undefined;
  /** The replying organisation (your own, unless you are the secretariat). */
  organizationId: string | number;
  /** For PROXY: the person to hold the proxy. With no holder, the chair (議長). */
  proxyHolderName?: string | null | undefined;
  /** For PROXY: another invited organisation to hold the proxy. */
  proxyHolderOrganizationId?: string | number | null | undefined;
  /** The reply. */
  response: MeetingResponseKind;
};

/** A key to revoke. */
export type RevokeApiKeyInput = {
  /** The key’s id. */
  id: string | number;
};

/** The circular to remind non-respondents of. */
export type SendReminderInput = {
  /** The circular’s version you saw; CONFLICT if it changed. */
  expectedVersion?: number | null | undefined;
  /** The circular. */
  mailingId: string | number;
};

/** Disable or re-enable an account. */
export type SetAccountDisabledInput = {
  /** The account. */
  accountId: string | number;
  /** true to disable (ends its sessions). */
  disabled: boolean;
};

/** Narrow the list of suppressions. */
export type SuppressionFilter = {
  /** Part of the address. */
  address?: string | null | undefined;
  /** Include lifted suppressions (default: active only). */
  includeLifted?: boolean | null | undefined;
  /** Any of these reasons. */
  reasons?: Array<SuppressionReason> | null | undefined;
};

/** Why an address must not be mailed. */
export type SuppressionReason =
  /** The recipient reported the mail as spam. */
  | 'COMPLAINT'
  /** The mailbox does not exist (5.1.x reply or bounce report). */
  | 'HARD_BOUNCE'
  /** Suppressed by the secretariat. */
  | 'MANUAL'
  /** The recipient asked for no optional mail at all (administrative mail still goes). */
  | 'UNSUBSCRIBE_ALL';

/** Settings to change. */
export type UpdateSettingsInput = {
  /** Hold member users’ profile changes for review. */
  profileChangesRequireReview?: boolean | null | undefined;
};

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

/** Join or leave. */
export type WorkingGroupRequestKind =
  /** Join the group. */
  | 'JOIN'
  /** Leave the group. */
  | 'LEAVE';

/** Where a join/leave request stands. */
export type WorkingGroupRequestStatus =
  /** Approved and applied. */
  | 'APPROVED'
  /** Declined. */
  | 'DECLINED'
  /** Waiting for the secretariat. */
  | 'PENDING'
  /** Withdrawn by the organisation. */
  | 'WITHDRAWN';

/** Role in a working group. */
export type WorkingGroupRole =
  /** Chair (座長). */
  | 'CHAIR'
  /** Member (構成員). */
  | 'MEMBER'
  /** Vice chair (副座長). */
  | 'VICE_CHAIR';

export type AdminViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminViewerQuery = { viewer: { kind: ViewerKind, account: { displayName: string, role: AccountRole } | null } };

export type AdminDashboardQueryVariables = Exact<{
  recentSent: number;
}>;


export type AdminDashboardQuery = { awaitingApproval: { totalCount: number, edges: Array<{ node: { id: string, kind: MailingKind, subject: string, createdAt: string, previewUrl: string } }> }, applications: { totalCount: number }, profileChanges: { totalCount: number }, workingGroupRequests: { totalCount: number }, sent: { edges: Array<{ node: { id: string, subject: string, replySummary: { organizations: number, notYet: number } | null } }> }, bounces: { totalCount: number } };

export type RegisterChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterChoicesQuery = { organizationTypesInUse: Array<string>, regions: Array<{ code: string, name: string }>, prefectures: Array<{ code: string, name: string }>, workingGroups: Array<{ number: number, title: string }> };

export type RegisterDirectoryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: OrganizationFilter | null | undefined;
}>;


export type RegisterDirectoryQuery = { organizations: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, nameKana: string | null, category: MembershipCategoryCode | null, status: OrganizationStatus, organizationType: string | null, joinedOn: string | null, prefecture: { name: string } | null } }> } };

export type RegisterChangeCategoryMutationVariables = Exact<{
  input: ChangeMembershipCategoryInput;
}>;


export type RegisterChangeCategoryMutation = { changeMembershipCategory:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'OrganizationPayload' }
    | { __typename: 'ValidationFailedError', code: ErrorCode, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type RegisterChangeStatusMutationVariables = Exact<{
  input: ChangeMembershipStatusInput;
}>;


export type RegisterChangeStatusMutation = { changeMembershipStatus:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'OrganizationPayload' }
    | { __typename: 'ValidationFailedError', code: ErrorCode, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type RegisterOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type RegisterOrganizationQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgendaItem' }
    | { __typename: 'ArchiveItem' }
    | { __typename: 'BoardSeat' }
    | { __typename: 'Contact' }
    | { __typename: 'Delivery' }
    | { __typename: 'File' }
    | { __typename: 'Mailing' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organization', id: string, version: number, name: string | null, nameKana: string | null, category: MembershipCategoryCode | null, status: OrganizationStatus, organizationType: string | null, scope: OrganizationScope | null, website: string | null, description: string | null, fieldsOfActivity: Array<FieldOfActivity> | null, joinedOn: string | null, publishedFields: Array<PublishableField>, prefecture: { name: string } | null, pendingProfileChange: { id: string, createdAt: string } | null, contacts: Array<{ id: string, name: string, nameKana: string | null, email: string, emailStatus: string, phone: string | null, roles: Array<string>, isPrimary: boolean, optedOutKinds: Array<string> }>, membershipHistory: Array<{ kind: string, occurredOn: string, categoryAfter: MembershipCategoryCode, statusAfter: string, note: string | null }>, workingGroupMemberships: Array<{ role: WorkingGroupRole, joinedOn: string, workingGroup: { number: number, title: string } }>, workingGroupRequests: Array<{ id: string, kind: WorkingGroupRequestKind, status: WorkingGroupRequestStatus, createdAt: string, workingGroup: { number: number } }>, boardSeat: { role: BoardRole, startsOn: string, endsOn: string | null } | null, receivedNotices: { totalCount: number, edges: Array<{ node: { mailingId: string, subject: string, sentAt: string | null, replyRequest: { deadline: string } | null, acknowledgement: { acknowledgedAt: string, answer: string | null, channel: AcknowledgementChannel, late: boolean } | null } }> }, visitReports: { totalCount: number, edges: Array<{ node: { id: string, title: string, issuedOn: string | null, url: string } }> } }
    | { __typename: 'PolicyMeasure' }
    | { __typename: 'Suppression' }
    | { __typename: 'WorkingGroup' }
   | null };

export type RegisterApplicationsQueryVariables = Exact<{
  first: number;
}>;


export type RegisterApplicationsQuery = { membershipApplications: { totalCount: number, edges: Array<{ node: { createdAt: string, applicantName: string, applicantEmail: string, message: string | null, organization: { id: string, name: string | null, nameKana: string | null, category: MembershipCategoryCode | null, organizationType: string | null, scope: OrganizationScope | null, website: string | null, description: string | null, fieldsOfActivity: Array<FieldOfActivity> | null, prefecture: { name: string } | null } } }> } };

export type RegisterApproveApplicationMutationVariables = Exact<{
  input: ApproveApplicationInput;
}>;


export type RegisterApproveApplicationMutation = { approveApplication:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'OrganizationPayload' }
   };

export type RegisterRejectApplicationMutationVariables = Exact<{
  input: RejectApplicationInput;
}>;


export type RegisterRejectApplicationMutation = { rejectApplication:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'OrganizationPayload' }
    | { __typename: 'ValidationFailedError', code: ErrorCode, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type RegisterProfileChangesQueryVariables = Exact<{
  first: number;
}>;


export type RegisterProfileChangesQuery = { profileChangeRequests: { totalCount: number, edges: Array<{ node: { id: string, createdAt: string, organization: { id: string, name: string | null }, changes: Array<{ field: string, before: string | null, after: string | null }> } }> } };

export type RegisterApproveProfileChangeMutationVariables = Exact<{
  input: DecideProfileChangeInput;
}>;


export type RegisterApproveProfileChangeMutation = { approveProfileChange:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DecideProfileChangePayload' }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type RegisterRejectProfileChangeMutationVariables = Exact<{
  input: DecideProfileChangeInput;
}>;


export type RegisterRejectProfileChangeMutation = { rejectProfileChange:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DecideProfileChangePayload' }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type RegisterWorkingGroupRequestsQueryVariables = Exact<{
  first: number;
}>;


export type RegisterWorkingGroupRequestsQuery = { workingGroupRequests: { totalCount: number, edges: Array<{ node: { id: string, kind: WorkingGroupRequestKind, reason: string | null, createdAt: string, organization: { id: string, name: string | null }, workingGroup: { number: number, title: string } } }> } };

export type RegisterApproveWorkingGroupRequestMutationVariables = Exact<{
  input: DecideWorkingGroupRequestInput;
}>;


export type RegisterApproveWorkingGroupRequestMutation = { approveWorkingGroupRequest:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationFailedError', code: ErrorCode, message: string, problems: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'WorkingGroupRequestPayload' }
   };

export type RegisterDeclineWorkingGroupRequestMutationVariables = Exact<{
  input: DecideWorkingGroupRequestInput;
}>;


export type RegisterDeclineWorkingGroupRequestMutation = { declineWorkingGroupRequest:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'WorkingGroupRequestPayload' }
   };

export type MailingRepliesQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
  state?: ReplyState | null | undefined;
}>;


export type MailingRepliesQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgendaItem' }
    | { __typename: 'ArchiveItem' }
    | { __typename: 'BoardSeat' }
    | { __typename: 'Contact' }
    | { __typename: 'Delivery' }
    | { __typename: 'File' }
    | { __typename: 'Mailing', id: string, kind: MailingKind, subject: string, status: MailingStatus, version: number, startedAt: string | null, previewUrl: string, meeting: { id: string } | null, content:
        | { __typename: 'MeetingNoticeContent' }
        | { __typename: 'NewsletterContent' }
        | { __typename: 'NoticeContent', reply: { deadline: string, question: string | null } | null }
        | { __typename: 'VisitReportContent' }
       | null, replySummary: { organizations: number, delivered: number, acknowledged: number, notYet: number, unreached: number, late: number } | null, replies: { totalCount: number, edges: Array<{ node: { organizationName: string, state: ReplyState, delivered: boolean, addresses: Array<string>, reminded: boolean, organization: { id: string } | null, acknowledgement: { acknowledgedAt: string, answer: string | null, channel: AcknowledgementChannel, late: boolean, note: string | null } | null } }> } }
    | { __typename: 'Meeting' }
    | { __typename: 'Organization' }
    | { __typename: 'PolicyMeasure' }
    | { __typename: 'Suppression' }
    | { __typename: 'WorkingGroup' }
   | null };

export type RepliesSendReminderMutationVariables = Exact<{
  input: SendReminderInput;
}>;


export type RepliesSendReminderMutation = { sendReminder:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'SendReminderPayload', reminder: { id: string, subject: string } }
    | { __typename: 'ValidationFailedError', code: ErrorCode, message: string }
   };

export type RepliesRecordAcknowledgementMutationVariables = Exact<{
  input: RecordAcknowledgementInput;
}>;


export type RepliesRecordAcknowledgementMutation = { recordAcknowledgement:
    | { __typename: 'AcknowledgementPayload' }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationFailedError', code: ErrorCode, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type MeetingRepliesQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
  responded?: boolean | null | undefined;
}>;


export type MeetingRepliesQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgendaItem' }
    | { __typename: 'ArchiveItem' }
    | { __typename: 'BoardSeat' }
    | { __typename: 'Contact' }
    | { __typename: 'Delivery' }
    | { __typename: 'File' }
    | { __typename: 'Mailing' }
    | { __typename: 'Meeting', id: string, title: string, startsAt: string, repliesOpen: boolean, responses: { invited: number, attend: number, absent: number, proxy: number, noReply: number }, invitees: { totalCount: number, edges: Array<{ node: { organization: { id: string, name: string | null }, response: { response: MeetingResponseKind, respondedAt: string, proxyHolderName: string | null, note: string | null } | null } }> } }
    | { __typename: 'Organization' }
    | { __typename: 'PolicyMeasure' }
    | { __typename: 'Suppression' }
    | { __typename: 'WorkingGroup' }
   | null };

export type RepliesRespondToMeetingMutationVariables = Exact<{
  input: RespondToMeetingInput;
}>;


export type RepliesRespondToMeetingMutation = { respondToMeeting:
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RespondToMeetingPayload' }
    | { __typename: 'ValidationFailedError', code: ErrorCode, message: string }
   };

export type RepliesMailingsQueryVariables = Exact<{
  first: number;
}>;


export type RepliesMailingsQuery = { mailings: { edges: Array<{ node: { id: string, kind: MailingKind, subject: string, startedAt: string | null, meeting: { id: string, startsAt: string, responses: { invited: number, attend: number, absent: number, proxy: number, noReply: number } } | null, replySummary: { organizations: number, acknowledged: number, notYet: number, unreached: number, late: number } | null } }> } };

export type RepliesCsvPageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type RepliesCsvPageQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgendaItem' }
    | { __typename: 'ArchiveItem' }
    | { __typename: 'BoardSeat' }
    | { __typename: 'Contact' }
    | { __typename: 'Delivery' }
    | { __typename: 'File' }
    | { __typename: 'Mailing', replies: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { organizationName: string, state: ReplyState, delivered: boolean, addresses: Array<string>, reminded: boolean, acknowledgement: { acknowledgedAt: string, answer: string | null, channel: AcknowledgementChannel, late: boolean, note: string | null } | null } }> } }
    | { __typename: 'Meeting' }
    | { __typename: 'Organization' }
    | { __typename: 'PolicyMeasure' }
    | { __typename: 'Suppression' }
    | { __typename: 'WorkingGroup' }
   | null };

export type SettingsAccountsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  role?: AccountRole | null | undefined;
}>;


export type SettingsAccountsQuery = { accounts: { totalCount: number, edges: Array<{ node: { id: string, displayName: string, email: string, role: AccountRole, disabled: boolean, lastSignInAt: string | null, organization: { name: string | null } | null } }> } };

export type SettingsCreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type SettingsCreateAccountMutation = { createAccount:
    | { __typename: 'AccountPayload' }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type SettingsSetAccountDisabledMutationVariables = Exact<{
  input: SetAccountDisabledInput;
}>;


export type SettingsSetAccountDisabledMutation = { setAccountDisabled:
    | { __typename: 'AccountPayload' }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type SettingsViewerRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsViewerRoleQuery = { viewer: { account: { role: AccountRole } | null } };

export type SettingsApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsApiKeysQuery = { apiKeys: Array<{ id: string, name: string, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null }> };

export type SettingsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type SettingsCreateApiKeyMutation = { createApiKey: { key: string, apiKey: { id: string, name: string } } };

export type SettingsRevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type SettingsRevokeApiKeyMutation = { revokeApiKey:
    | { __typename: 'ApiKeyPayload' }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type ServiceSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceSettingsQuery = { settings: { profileChangesRequireReview: boolean }, viewer: { account: { role: AccountRole } | null } };

export type ServiceSettingsUpdateMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type ServiceSettingsUpdateMutation = { updateSettings: { profileChangesRequireReview: boolean } };

export type SettingsSuppressionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: SuppressionFilter | null | undefined;
}>;


export type SettingsSuppressionsQuery = { suppressions: { totalCount: number, edges: Array<{ node: { id: string, address: string, reason: SuppressionReason, detail: string | null, source: string, createdAt: string, liftedAt: string | null } }> } };

export type SettingsLiftSuppressionMutationVariables = Exact<{
  input: LiftSuppressionInput;
}>;


export type SettingsLiftSuppressionMutation = { liftSuppression:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'SuppressionPayload' }
   };

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
export const RegisterChoicesDocument = new TypedDocumentString(`
    query RegisterChoices {
  regions {
    code
    name
  }
  prefectures {
    code
    name
  }
  workingGroups {
    number
    title
  }
  organizationTypesInUse
}
    `) as unknown as TypedDocumentString<RegisterChoicesQuery, RegisterChoicesQueryVariables>;
export const RegisterDirectoryDocument = new TypedDocumentString(`
    query RegisterDirectory($first: Int!, $after: String, $filter: OrganizationFilter) {
  organizations(first: $first, after: $after, filter: $filter) {
    totalCount
    edges {
      node {
        id
        name
        nameKana
        category
        status
        organizationType
        joinedOn
        prefecture {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterDirectoryQuery, RegisterDirectoryQueryVariables>;
export const RegisterChangeCategoryDocument = new TypedDocumentString(`
    mutation RegisterChangeCategory($input: ChangeMembershipCategoryInput!) {
  changeMembershipCategory(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
    ... on ValidationFailedError {
      problems {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterChangeCategoryMutation, RegisterChangeCategoryMutationVariables>;
export const RegisterChangeStatusDocument = new TypedDocumentString(`
    mutation RegisterChangeStatus($input: ChangeMembershipStatusInput!) {
  changeMembershipStatus(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
    ... on ValidationFailedError {
      problems {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterChangeStatusMutation, RegisterChangeStatusMutationVariables>;
export const RegisterOrganizationDocument = new TypedDocumentString(`
    query RegisterOrganization($id: ID!) {
  node(id: $id) {
    __typename
    ... on Organization {
      id
      version
      name
      nameKana
      category
      status
      organizationType
      scope
      website
      description
      fieldsOfActivity
      joinedOn
      prefecture {
        name
      }
      publishedFields
      pendingProfileChange {
        id
        createdAt
      }
      contacts {
        id
        name
        nameKana
        email
        emailStatus
        phone
        roles
        isPrimary
        optedOutKinds
      }
      membershipHistory {
        kind
        occurredOn
        categoryAfter
        statusAfter
        note
      }
      workingGroupMemberships {
        role
        joinedOn
        workingGroup {
          number
          title
        }
      }
      workingGroupRequests {
        id
        kind
        status
        createdAt
        workingGroup {
          number
        }
      }
      boardSeat {
        role
        startsOn
        endsOn
      }
      receivedNotices(first: 20) {
        totalCount
        edges {
          node {
            mailingId
            subject
            sentAt
            replyRequest {
              deadline
            }
            acknowledgement {
              acknowledgedAt
              answer
              channel
              late
            }
          }
        }
      }
      visitReports(first: 10) {
        totalCount
        edges {
          node {
            id
            title
            issuedOn
            url
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterOrganizationQuery, RegisterOrganizationQueryVariables>;
export const RegisterApplicationsDocument = new TypedDocumentString(`
    query RegisterApplications($first: Int!) {
  membershipApplications(status: PENDING, first: $first) {
    totalCount
    edges {
      node {
        createdAt
        applicantName
        applicantEmail
        message
        organization {
          id
          name
          nameKana
          category
          organizationType
          scope
          website
          description
          fieldsOfActivity
          prefecture {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterApplicationsQuery, RegisterApplicationsQueryVariables>;
export const RegisterApproveApplicationDocument = new TypedDocumentString(`
    mutation RegisterApproveApplication($input: ApproveApplicationInput!) {
  approveApplication(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterApproveApplicationMutation, RegisterApproveApplicationMutationVariables>;
export const RegisterRejectApplicationDocument = new TypedDocumentString(`
    mutation RegisterRejectApplication($input: RejectApplicationInput!) {
  rejectApplication(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
    ... on ValidationFailedError {
      problems {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterRejectApplicationMutation, RegisterRejectApplicationMutationVariables>;
export const RegisterProfileChangesDocument = new TypedDocumentString(`
    query RegisterProfileChanges($first: Int!) {
  profileChangeRequests(status: PENDING, first: $first) {
    totalCount
    edges {
      node {
        id
        createdAt
        organization {
          id
          name
        }
        changes {
          field
          before
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterProfileChangesQuery, RegisterProfileChangesQueryVariables>;
export const RegisterApproveProfileChangeDocument = new TypedDocumentString(`
    mutation RegisterApproveProfileChange($input: DecideProfileChangeInput!) {
  approveProfileChange(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterApproveProfileChangeMutation, RegisterApproveProfileChangeMutationVariables>;
export const RegisterRejectProfileChangeDocument = new TypedDocumentString(`
    mutation RegisterRejectProfileChange($input: DecideProfileChangeInput!) {
  rejectProfileChange(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterRejectProfileChangeMutation, RegisterRejectProfileChangeMutationVariables>;
export const RegisterWorkingGroupRequestsDocument = new TypedDocumentString(`
    query RegisterWorkingGroupRequests($first: Int!) {
  workingGroupRequests(status: PENDING, first: $first) {
    totalCount
    edges {
      node {
        id
        kind
        reason
        createdAt
        organization {
          id
          name
        }
        workingGroup {
          number
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterWorkingGroupRequestsQuery, RegisterWorkingGroupRequestsQueryVariables>;
export const RegisterApproveWorkingGroupRequestDocument = new TypedDocumentString(`
    mutation RegisterApproveWorkingGroupRequest($input: DecideWorkingGroupRequestInput!) {
  approveWorkingGroupRequest(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
    ... on ValidationFailedError {
      problems {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterApproveWorkingGroupRequestMutation, RegisterApproveWorkingGroupRequestMutationVariables>;
export const RegisterDeclineWorkingGroupRequestDocument = new TypedDocumentString(`
    mutation RegisterDeclineWorkingGroupRequest($input: DecideWorkingGroupRequestInput!) {
  declineWorkingGroupRequest(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterDeclineWorkingGroupRequestMutation, RegisterDeclineWorkingGroupRequestMutationVariables>;
export const MailingRepliesDocument = new TypedDocumentString(`
    query MailingReplies($id: ID!, $first: Int!, $after: String, $state: ReplyState) {
  node(id: $id) {
    __typename
    ... on Mailing {
      id
      kind
      subject
      status
      version
      startedAt
      previewUrl
      meeting {
        id
      }
      content {
        __typename
        ... on NoticeContent {
          reply {
            deadline
            question
          }
        }
      }
      replySummary {
        organizations
        delivered
        acknowledged
        notYet
        unreached
        late
      }
      replies(first: $first, after: $after, state: $state) {
        totalCount
        edges {
          node {
            organizationName
            organization {
              id
            }
            state
            delivered
            addresses
            reminded
            acknowledgement {
              acknowledgedAt
              answer
              channel
              late
              note
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MailingRepliesQuery, MailingRepliesQueryVariables>;
export const RepliesSendReminderDocument = new TypedDocumentString(`
    mutation RepliesSendReminder($input: SendReminderInput!) {
  sendReminder(input: $input) {
    __typename
    ... on SendReminderPayload {
      reminder {
        id
        subject
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RepliesSendReminderMutation, RepliesSendReminderMutationVariables>;
export const RepliesRecordAcknowledgementDocument = new TypedDocumentString(`
    mutation RepliesRecordAcknowledgement($input: RecordAcknowledgementInput!) {
  recordAcknowledgement(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
    ... on ValidationFailedError {
      problems {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RepliesRecordAcknowledgementMutation, RepliesRecordAcknowledgementMutationVariables>;
export const MeetingRepliesDocument = new TypedDocumentString(`
    query MeetingReplies($id: ID!, $first: Int!, $after: String, $responded: Boolean) {
  node(id: $id) {
    __typename
    ... on Meeting {
      id
      title
      startsAt
      repliesOpen
      responses {
        invited
        attend
        absent
        proxy
        noReply
      }
      invitees(first: $first, after: $after, responded: $responded) {
        totalCount
        edges {
          node {
            organization {
              id
              name
            }
            response {
              response
              respondedAt
              proxyHolderName
              note
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingRepliesQuery, MeetingRepliesQueryVariables>;
export const RepliesRespondToMeetingDocument = new TypedDocumentString(`
    mutation RepliesRespondToMeeting($input: RespondToMeetingInput!) {
  respondToMeeting(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RepliesRespondToMeetingMutation, RepliesRespondToMeetingMutationVariables>;
export const RepliesMailingsDocument = new TypedDocumentString(`
    query RepliesMailings($first: Int!) {
  mailings(filter: {statuses: [SENDING, SENT]}, first: $first) {
    edges {
      node {
        id
        kind
        subject
        startedAt
        meeting {
          id
          startsAt
          responses {
            invited
            attend
            absent
            proxy
            noReply
          }
        }
        replySummary {
          organizations
          acknowledged
          notYet
          unreached
          late
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RepliesMailingsQuery, RepliesMailingsQueryVariables>;
export const RepliesCsvPageDocument = new TypedDocumentString(`
    query RepliesCsvPage($id: ID!, $after: String) {
  node(id: $id) {
    __typename
    ... on Mailing {
      replies(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            organizationName
            state
            delivered
            addresses
            reminded
            acknowledgement {
              acknowledgedAt
              answer
              channel
              late
              note
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RepliesCsvPageQuery, RepliesCsvPageQueryVariables>;
export const SettingsAccountsDocument = new TypedDocumentString(`
    query SettingsAccounts($first: Int!, $after: String, $role: AccountRole) {
  accounts(first: $first, after: $after, role: $role) {
    totalCount
    edges {
      node {
        id
        displayName
        email
        role
        disabled
        lastSignInAt
        organization {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsAccountsQuery, SettingsAccountsQueryVariables>;
export const SettingsCreateAccountDocument = new TypedDocumentString(`
    mutation SettingsCreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsCreateAccountMutation, SettingsCreateAccountMutationVariables>;
export const SettingsSetAccountDisabledDocument = new TypedDocumentString(`
    mutation SettingsSetAccountDisabled($input: SetAccountDisabledInput!) {
  setAccountDisabled(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsSetAccountDisabledMutation, SettingsSetAccountDisabledMutationVariables>;
export const SettingsViewerRoleDocument = new TypedDocumentString(`
    query SettingsViewerRole {
  viewer {
    account {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsViewerRoleQuery, SettingsViewerRoleQueryVariables>;
export const SettingsApiKeysDocument = new TypedDocumentString(`
    query SettingsApiKeys {
  apiKeys {
    id
    name
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<SettingsApiKeysQuery, SettingsApiKeysQueryVariables>;
export const SettingsCreateApiKeyDocument = new TypedDocumentString(`
    mutation SettingsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    key
    apiKey {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsCreateApiKeyMutation, SettingsCreateApiKeyMutationVariables>;
export const SettingsRevokeApiKeyDocument = new TypedDocumentString(`
    mutation SettingsRevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsRevokeApiKeyMutation, SettingsRevokeApiKeyMutationVariables>;
export const ServiceSettingsDocument = new TypedDocumentString(`
    query ServiceSettings {
  settings {
    profileChangesRequireReview
  }
  viewer {
    account {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceSettingsQuery, ServiceSettingsQueryVariables>;
export const ServiceSettingsUpdateDocument = new TypedDocumentString(`
    mutation ServiceSettingsUpdate($input: UpdateSettingsInput!) {
  updateSettings(input: $input) {
    profileChangesRequireReview
  }
}
    `) as unknown as TypedDocumentString<ServiceSettingsUpdateMutation, ServiceSettingsUpdateMutationVariables>;
export const SettingsSuppressionsDocument = new TypedDocumentString(`
    query SettingsSuppressions($first: Int!, $after: String, $filter: SuppressionFilter) {
  suppressions(first: $first, after: $after, filter: $filter) {
    totalCount
    edges {
      node {
        id
        address
        reason
        detail
        source
        createdAt
        liftedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsSuppressionsQuery, SettingsSuppressionsQueryVariables>;
export const SettingsLiftSuppressionDocument = new TypedDocumentString(`
    mutation SettingsLiftSuppression($input: LiftSuppressionInput!) {
  liftSuppression(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsLiftSuppressionMutation, SettingsLiftSuppressionMutationVariables>;
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