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

/** Your organisation’s reply to a circular. */
export type AcknowledgeMailingInput = {
  /** The answer to its question (required when the circular says so). */
  answer?: string | null | undefined;
  /** The circular. */
  mailingId: string | number;
};

/** A new agenda item (議案), added at the end of the agenda. */
export type AddAgendaItemInput = {
  /** Explanation. */
  description?: string | null | undefined;
  /** The meeting. */
  meetingId: string | number;
  /** Who proposes it; the board for a general-meeting item and the secretariat otherwise when omitted. */
  proposer?: AgendaItemProposerInput | null | undefined;
  /** Title (件名). */
  title: string;
};

/** A new seat on the board for a term. */
export type AddBoardSeatInput = {
  /** Last day of the term (included); omit for an open term. */
  endsOn?: string | null | undefined;
  /** The member organisation; it must be an active member on `startsOn`. */
  organizationId: string | number;
  /** Role. */
  role: BoardRole;
  /** First day of the term. */
  startsOn: string;
};

/** A new contact person. */
export type AddContactInput = {
  /** E-mail address. */
  email: string;
  /** Make this the primary contact. */
  isPrimary?: boolean | null | undefined;
  /** Name (one line: it is written into mail headers). */
  name: string;
  /** Reading in hiragana. */
  nameKana?: string | null | undefined;
  /** The organisation. */
  organizationId: string | number;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Roles: 代表, 事務担当, 総会代議員, 幹事, 分科会担当, 孤独・孤立対策担当. */
  roles?: Array<string> | null | undefined;
};

/** Who proposes an agenda item. */
export type AgendaItemProposerInput = {
  /** Kind. */
  kind: ProposerKind;
  /** The proposing organisation; required for ORGANIZATION, not allowed otherwise. */
  organizationId?: string | number | null | undefined;
};

/** Where an agenda item (議案) is. It moves once, from PROPOSED to one of the other three. */
export type AgendaItemStatus =
  /** Approved (承認・可決). */
  | 'APPROVED'
  /** Put to the meeting (提案中). */
  | 'PROPOSED'
  /** Rejected (否決). */
  | 'REJECTED'
  /** Withdrawn by the proposer (取り下げ). */
  | 'WITHDRAWN';

/** An application for membership (入会申請). */
export type ApplyForMembershipInput = {
  /** Your e-mail address. */
  applicantEmail: string;
  /** Your name (becomes the primary contact; one line). */
  applicantName: string;
  /** Reading of your name. */
  applicantNameKana?: string | null | undefined;
  /** Phone number. */
  applicantPhone?: string | null | undefined;
  /** Category applied for. */
  category: MembershipCategoryCode;
  /** What the organisation does. */
  description?: string | null | undefined;
  /** Fields of activity. */
  fieldsOfActivity: Array<FieldOfActivity>;
  /** Leave empty. The application form carries a hidden field that people never see and bots fill in, sent here; with a value the answer looks the same but nothing is stored and nothing is mailed. */
  honeypot?: string | null | undefined;
  /** Message to the secretariat. */
  message?: string | null | undefined;
  /** Name of the organisation (one line). */
  organizationName: string;
  /** Reading in hiragana. */
  organizationNameKana: string;
  /** Legal form or kind, e.g. NPO法人, 一般社団法人, 社会福祉法人, 株式会社, 市区町村. */
  organizationType: string;
  /** Prefecture of the main office (JIS code). */
  prefectureCode: string;
  /** Fields you agree to show in the public directory once a member (default: name, category, prefecture). */
  publishedFields?: Array<PublishableField> | null | undefined;
  /** Nationwide or regional. */
  scope: OrganizationScope;
  /** Website. */
  website?: string | null | undefined;
};

/** Whether one invited organisation attended. */
export type AttendanceEntryInput = {
  /** Whether it attended in person. */
  attended: boolean;
  /** An invited organisation. */
  organizationId: string | number;
};

/** Which contacts of each targeted organisation receive the mailing. */
export type AudienceContactSelection =
  /** Every contact. */
  | 'ALL'
  /** Contacts holding one of `roles`. */
  | 'BY_ROLE'
  /** The primary contact (主担当) only. */
  | 'PRIMARY';

/** Which contacts of each organisation. */
export type AudienceContactsInput = {
  /** Roles for BY_ROLE, e.g. 代表, 事務担当, 総会代議員. */
  roles?: Array<string> | null | undefined;
  /** Which contacts. */
  selection: AudienceContactSelection;
};

/** Role of a seat on the board (幹事会). */
export type BoardRole =
  /** Chair of the board (議長); at most one on any day. */
  | 'CHAIR'
  /** Board member (幹事). */
  | 'MEMBER'
  /** Vice chair (副議長). */
  | 'VICE_CHAIR';

/** Cancelling a scheduled meeting. */
export type CancelMeetingInput = {
  /** The meeting. */
  meetingId: string | number;
  /** Why it is cancelled. */
  reason?: string | null | undefined;
};

/** A new meeting. */
export type CreateMeetingInput = {
  /** Whether invitees may reply PROXY (委任状); true when omitted. */
  allowsProxy?: boolean | null | undefined;
  /** The body that meets. */
  body: GoverningBody;
  /** Planned end; after the start. */
  endsAt?: string | null | undefined;
  /** Online meeting link. */
  onlineUrl?: string | null | undefined;
  /** Venue (会場). */
  place?: string | null | undefined;
  /** Quorum rule; more than half (1/2) when omitted. */
  quorum?: QuorumRuleInput | null | undefined;
  /** Start. */
  startsAt: string;
  /** Title. */
  title: string;
  /** The working group (1–3); required for WORKING_GROUP, not allowed otherwise. */
  workingGroupNumber?: number | null | undefined;
};

/** A 招集通知 generated from a meeting: its body, title, day, time, place or online link and agenda, sent to its invitees. */
export type CreateMeetingNoticeInput = {
  /** Inquiries block, one line each. */
  contact?: Array<string> | null | undefined;
  /** Which contacts of each invited organisation (default: all). */
  contacts?: AudienceContactsInput | null | undefined;
  /** The meeting. */
  meetingId: string | number;
  /** Paragraphs before the details (a standard request to attend when left out). */
  paragraphs?: Array<string> | null | undefined;
  /** Reply deadline (on or before the day). */
  replyDeadline?: string | null | undefined;
  /** Require an admin’s approval before sending. */
  requiresApproval?: boolean | null | undefined;
};

/** The end of a seat’s term. */
export type EndBoardSeatInput = {
  /** Last day of the term (included); not before its first day. */
  endsOn: string;
  /** The seat. */
  seatId: string | number;
};

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

/** The body a meeting belongs to. */
export type GoverningBody =
  /** The board (幹事会); invites the organisations holding a seat that day. */
  | 'BOARD'
  /** The general meeting of the members (総会); invites every active member. */
  | 'GENERAL_MEETING'
  /** A working group (分科会); invites the group’s members that day. */
  | 'WORKING_GROUP';

/** A new user for a member organisation. */
export type InviteOrganizationUserInput = {
  /** The new user’s name. */
  displayName: string;
  /** The new user’s address. */
  email: string;
  /** May manage the organisation’s users too. */
  isOrganizationAdmin?: boolean | null | undefined;
  /** The organisation. */
  organizationId: string | number;
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

/** Where a meeting is. */
export type MeetingStatus =
  /** Cancelled (中止); no further changes. */
  | 'CANCELLED'
  /** Took place (開催済み): minutes or attendance were recorded. */
  | 'HELD'
  /** Planned (開催予定); members can reply until it starts. */
  | 'SCHEDULED';

/** Membership category of an organisation. */
export type MembershipCategoryCode =
  /** 協力会員: economic organisations, local governments and others that cooperate. */
  | 'COOPERATING'
  /** 正会員: NPOs and support organisations. */
  | 'REGULAR'
  /** 賛助会員: private bodies and grant-makers supporting the platform. */
  | 'SUPPORTING';

/** Mail kinds a contact may decline. 事務連絡 (NOTICE) and meeting notices are administrative and always delivered. */
export type OptOutMailKind =
  /** メールマガジン. */
  | 'NEWSLETTER'
  /** 事務局訪問記. */
  | 'VISIT_REPORT';

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

/** Who proposes an agenda item. */
export type ProposerKind =
  /** The board (幹事会); the default for general-meeting items. */
  | 'BOARD'
  /** A member organisation (named in `organization`). */
  | 'ORGANIZATION'
  /** The secretariat (事務局); the default for other meetings. */
  | 'SECRETARIAT';

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

/** What the quorum count is based on. */
export type QuorumBasis =
  /** Recorded attendance: invitees who attended plus PROXY replies of those who did not. */
  | 'ATTENDANCE'
  /** Replies, before attendance is recorded: ATTEND + PROXY (a forecast). */
  | 'RESPONSES';

/** A quorum ratio: present must be more than invitees × numerator / denominator (0 ≤ numerator < denominator). */
export type QuorumRuleInput = {
  /** Denominator, e.g. 2 (of 1/2). */
  denominator: number;
  /** Numerator, e.g. 1 (of 1/2). */
  numerator: number;
};

/** Attendance of a meeting that has started; organisations not listed keep what was recorded. */
export type RecordAttendanceInput = {
  /** Invited organisations and whether they attended (up to 1000). */
  entries: Array<AttendanceEntryInput>;
  /** The meeting. */
  meetingId: string | number;
};

/** The minutes (議事録) of a meeting that has started. */
export type RecordMinutesInput = {
  /** The `version` you read; a newer one gives CONFLICT. */
  expectedVersion: number;
  /** The meeting. */
  meetingId: string | number;
  /** The minutes. */
  minutes: string;
};

/** A contact to remove. */
export type RemoveContactInput = {
  /** The contact. */
  contactId: string | number;
};

/** A user to remove from their organisation. */
export type RemoveOrganizationUserInput = {
  /** The account. */
  accountId: string | number;
};

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

/** Changes to an agenda item. Status moves only from PROPOSED to APPROVED, REJECTED or WITHDRAWN; a decided item keeps its title and description. */
export type UpdateAgendaItemInput = {
  /** The item. */
  agendaItemId: string | number;
  /** Explanation; null to clear. */
  description?: string | null | undefined;
  /** Note on the decision; null to clear. */
  resultNote?: string | null | undefined;
  /** New status. */
  status?: AgendaItemStatus | null | undefined;
  /** Title. */
  title?: string | null | undefined;
};

/** Changes to a contact; omitted fields stay as they are. */
export type UpdateContactInput = {
  /** The contact. */
  contactId: string | number;
  /** E-mail address. */
  email?: string | null | undefined;
  /** true makes this the primary contact (the previous one stops being it). */
  isPrimary?: boolean | null | undefined;
  /** Name (one line: it is written into mail headers). */
  name?: string | null | undefined;
  /** Reading in hiragana. */
  nameKana?: string | null | undefined;
  /** Mail kinds this contact declines. */
  optedOutKinds?: Array<OptOutMailKind> | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Roles. */
  roles?: Array<string> | null | undefined;
};

/** Changes to a meeting that is not cancelled; omitted fields stay. The body cannot change (create a new meeting instead). Moving the start to another day changes the invitees. */
export type UpdateMeetingInput = {
  /** Whether invitees may reply PROXY. */
  allowsProxy?: boolean | null | undefined;
  /** Planned end; null to clear. */
  endsAt?: string | null | undefined;
  /** The `version` you read; a newer one gives CONFLICT. */
  expectedVersion: number;
  /** The meeting. */
  meetingId: string | number;
  /** Online link; null to clear. */
  onlineUrl?: string | null | undefined;
  /** Venue; null to clear. */
  place?: string | null | undefined;
  /** Quorum rule. */
  quorum?: QuorumRuleInput | null | undefined;
  /** Start. */
  startsAt?: string | null | undefined;
  /** Title. */
  title?: string | null | undefined;
};

/** Profile fields a member organisation may change itself. Category, status and name are changed by the secretariat. */
export type UpdateOrganizationProfileInput = {
  /** Description; null to clear. */
  description?: string | null | undefined;
  /** The `version` you read; a newer one gives CONFLICT. */
  expectedVersion: number;
  /** Fields of activity. */
  fieldsOfActivity?: Array<FieldOfActivity> | null | undefined;
  /** Reading in hiragana. */
  nameKana?: string | null | undefined;
  /** The organisation. */
  organizationId: string | number;
  /** Fields to publish. */
  publishedFields?: Array<PublishableField> | null | undefined;
  /** Website; null to clear. */
  website?: string | null | undefined;
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

/** A pending profile change of your organisation to withdraw. */
export type WithdrawProfileChangeInput = {
  /** The request (`pendingProfileChange.id`). */
  requestId: string | number;
};

/** Which organisation and which group. */
export type WorkingGroupRequestInput = {
  /** The organisation. */
  organizationId: string | number;
  /** Why the organisation asks to join or leave (optional, up to 1,000 characters); the secretariat reads it with the request. */
  reason?: string | null | undefined;
  /** Group number, 1–3. */
  workingGroup: number;
};

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

export type AdminAddAgendaItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;


export type AdminAddAgendaItemMutation = { addAgendaItem:
    | { __typename: 'AgendaItemPayload' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationFailedError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type AdminUpdateAgendaItemMutationVariables = Exact<{
  input: UpdateAgendaItemInput;
}>;


export type AdminUpdateAgendaItemMutation = { updateAgendaItem:
    | { __typename: 'AgendaItemPayload' }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationFailedError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type AdminBoardQueryVariables = Exact<{
  asOf: string;
}>;


export type AdminBoardQuery = { boardComposition: { asOf: string, size: number, seats: Array<{ id: string, role: BoardRole, startsOn: string, endsOn: string | null, organization: { id: string, name: string | null } | null }> } };

export type AdminBoardCandidatesQueryVariables = Exact<{
  text: string;
}>;


export type AdminBoardCandidatesQuery = { organizations: { edges: Array<{ node: { id: string, name: string | null } }> } };

export type AdminAddBoardSeatMutationVariables = Exact<{
  input: AddBoardSeatInput;
}>;


export type AdminAddBoardSeatMutation = { addBoardSeat:
    | { __typename: 'BoardSeatPayload' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationFailedError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type AdminEndBoardSeatMutationVariables = Exact<{
  input: EndBoardSeatInput;
}>;


export type AdminEndBoardSeatMutation = { endBoardSeat:
    | { __typename: 'BoardSeatPayload' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationFailedError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type AdminMeetingInviteesQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
  responded?: boolean | null | undefined;
}>;


export type AdminMeetingInviteesQuery = { node:
    | { invitees: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { attended: boolean | null, organization: { id: string, name: string | null }, response: { response: MeetingResponseKind, proxyHolderName: string | null, note: string | null, respondedAt: string, proxyHolder: { id: string, name: string | null } | null } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type AdminRespondToMeetingMutationVariables = Exact<{
  input: RespondToMeetingInput;
}>;


export type AdminRespondToMeetingMutation = { respondToMeeting:
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RespondToMeetingPayload' }
    | { __typename: 'ValidationFailedError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type AdminRecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type AdminRecordAttendanceMutation = { recordAttendance:
    | { __typename: 'MeetingPayload' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationFailedError', message: string }
   };

export type AdminMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminMeetingQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgendaItem' }
    | { __typename: 'ArchiveItem' }
    | { __typename: 'BoardSeat' }
    | { __typename: 'Contact' }
    | { __typename: 'Delivery' }
    | { __typename: 'File' }
    | { __typename: 'Mailing' }
    | { __typename: 'Meeting', id: string, title: string, body: GoverningBody, startsAt: string, endsAt: string | null, meetingDate: string, place: string | null, onlineUrl: string | null, status: MeetingStatus, cancellationReason: string | null, allowsProxy: boolean, repliesOpen: boolean, minutes: string | null, version: number, workingGroup: { number: number } | null, quorumRule: { numerator: number, denominator: number }, responses: { invited: number, attend: number, absent: number, proxy: number, noReply: number }, quorum: { invited: number, present: number, required: number, reached: boolean, basis: QuorumBasis }, agendaItems: Array<{ id: string, position: number, title: string, description: string | null, status: AgendaItemStatus, resultNote: string | null, decidedAt: string | null, proposer: { kind: ProposerKind, organization: { name: string | null } | null } }> }
    | { __typename: 'Organization' }
    | { __typename: 'PolicyMeasure' }
    | { __typename: 'Suppression' }
    | { __typename: 'WorkingGroup' }
   | null };

export type AdminCancelMeetingMutationVariables = Exact<{
  input: CancelMeetingInput;
}>;


export type AdminCancelMeetingMutation = { cancelMeeting:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'MeetingPayload' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationFailedError', message: string }
   };

export type AdminRecordMinutesMutationVariables = Exact<{
  input: RecordMinutesInput;
}>;


export type AdminRecordMinutesMutation = { recordMinutes:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'MeetingPayload' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationFailedError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type AdminMeetingFormQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminMeetingFormQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgendaItem' }
    | { __typename: 'ArchiveItem' }
    | { __typename: 'BoardSeat' }
    | { __typename: 'Contact' }
    | { __typename: 'Delivery' }
    | { __typename: 'File' }
    | { __typename: 'Mailing' }
    | { __typename: 'Meeting', id: string, title: string, body: GoverningBody, startsAt: string, endsAt: string | null, place: string | null, onlineUrl: string | null, status: MeetingStatus, allowsProxy: boolean, version: number, workingGroup: { number: number } | null, quorumRule: { numerator: number, denominator: number } }
    | { __typename: 'Organization' }
    | { __typename: 'PolicyMeasure' }
    | { __typename: 'Suppression' }
    | { __typename: 'WorkingGroup' }
   | null };

export type AdminCreateMeetingMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;


export type AdminCreateMeetingMutation = { createMeeting:
    | { __typename: 'MeetingPayload', meeting: { id: string } }
    | { __typename: 'ValidationFailedError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type AdminUpdateMeetingMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;


export type AdminUpdateMeetingMutation = { updateMeeting:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'MeetingPayload', meeting: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationFailedError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type AdminMeetingsQueryVariables = Exact<{
  body?: GoverningBody | null | undefined;
  today: string;
}>;


export type AdminMeetingsQuery = { upcoming: { totalCount: number, edges: Array<{ node: { id: string, title: string, body: GoverningBody, startsAt: string, meetingDate: string, status: MeetingStatus, workingGroup: { number: number } | null, responses: { invited: number, attend: number, absent: number, proxy: number, noReply: number }, quorum: { present: number, required: number, reached: boolean, basis: QuorumBasis } } }> }, past: { totalCount: number, edges: Array<{ node: { id: string, title: string, body: GoverningBody, startsAt: string, meetingDate: string, status: MeetingStatus, workingGroup: { number: number } | null, responses: { invited: number, attend: number, absent: number, proxy: number, noReply: number }, quorum: { present: number, required: number, reached: boolean, basis: QuorumBasis } } }> } };

export type AdminMeetingRowFragment = { id: string, title: string, body: GoverningBody, startsAt: string, meetingDate: string, status: MeetingStatus, workingGroup: { number: number } | null, responses: { invited: number, attend: number, absent: number, proxy: number, noReply: number }, quorum: { present: number, required: number, reached: boolean, basis: QuorumBasis } };

export type AdminMeetingNoticesQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminMeetingNoticesQuery = { node:
    | { notices: Array<{ id: string, subject: string, status: MailingStatus, createdAt: string }> }
    | Record<PropertyKey, never>
   | null };

export type AdminCreateMeetingNoticeMutationVariables = Exact<{
  input: CreateMeetingNoticeInput;
}>;


export type AdminCreateMeetingNoticeMutation = { createMeetingNotice:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'MailingPayload', mailing: { id: string, subject: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationFailedError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type ApplyReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplyReferenceQuery = { membershipCategories: Array<{ code: MembershipCategoryCode, nameJa: string, descriptionJa: string }>, prefectures: Array<{ code: string, name: string }> };

export type ApplyForMembershipMutationVariables = Exact<{
  input: ApplyForMembershipInput;
}>;


export type ApplyForMembershipMutation = { applyForMembership:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'OrganizationPayload' }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string }
    | { __typename: 'ValidationFailedError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type MemberContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberContactsQuery = { viewer: { organization: { id: string, contacts: Array<{ id: string, name: string, nameKana: string | null, email: string, phone: string | null, roles: Array<string>, isPrimary: boolean, emailStatus: string, optedOutKinds: Array<string> }> } | null } };

export type MemberAddContactMutationVariables = Exact<{
  input: AddContactInput;
}>;


export type MemberAddContactMutation = { addContact:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ContactPayload' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationFailedError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type MemberUpdateContactMutationVariables = Exact<{
  input: UpdateContactInput;
}>;


export type MemberUpdateContactMutation = { updateContact:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ContactPayload' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationFailedError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type MemberRemoveContactMutationVariables = Exact<{
  input: RemoveContactInput;
}>;


export type MemberRemoveContactMutation = { removeContact:
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RemoveContactPayload' }
    | { __typename: 'ValidationFailedError', message: string }
   };

export type MemberViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberViewerQuery = { viewer: { kind: ViewerKind, account: { id: string, displayName: string, isOrganizationAdmin: boolean } | null, organization: { id: string, name: string | null } | null } };

export type MemberNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberNoticesQuery = { viewer: { organization: { id: string, receivedNotices: { totalCount: number, edges: Array<{ node: { mailingId: string, subject: string, sentAt: string | null, replyRequest: { deadline: string, question: string | null, answerRequired: boolean } | null, acknowledgement: { acknowledgedAt: string, answer: string | null, late: boolean } | null } }> } } | null }, meetings: { edges: Array<{ node: { id: string, title: string, body: GoverningBody, startsAt: string, place: string | null, onlineUrl: string | null, status: MeetingStatus, allowsProxy: boolean, repliesOpen: boolean, ownResponse: { response: MeetingResponseKind, proxyHolderName: string | null, proxyHolder: { name: string | null } | null } | null } }> }, newsletters: { edges: Array<{ node: { id: string, title: string, issuedOn: string | null, url: string } }> }, visitReports: { edges: Array<{ node: { id: string, title: string, issuedOn: string | null, url: string } }> } };

export type MemberAcknowledgeMutationVariables = Exact<{
  input: AcknowledgeMailingInput;
}>;


export type MemberAcknowledgeMutation = { acknowledgeMailing:
    | { __typename: 'AcknowledgementPayload' }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationFailedError', message: string }
   };

export type MemberRespondToMeetingMutationVariables = Exact<{
  input: RespondToMeetingInput;
}>;


export type MemberRespondToMeetingMutation = { respondToMeeting:
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RespondToMeetingPayload' }
    | { __typename: 'ValidationFailedError', message: string }
   };

export type MemberOrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberOrganizationQuery = { viewer: { organization: { id: string, name: string | null, nameKana: string | null, category: MembershipCategoryCode | null, status: OrganizationStatus, organizationType: string | null, scope: OrganizationScope | null, website: string | null, description: string | null, fieldsOfActivity: Array<FieldOfActivity> | null, publishedFields: Array<PublishableField>, version: number, joinedOn: string | null, prefecture: { name: string } | null, pendingProfileChange: { id: string, createdAt: string, changes: Array<{ field: string, before: string | null, after: string | null }> } | null } | null } };

export type MemberUpdateProfileMutationVariables = Exact<{
  input: UpdateOrganizationProfileInput;
}>;


export type MemberUpdateProfileMutation = { updateOrganizationProfile:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateOrganizationProfilePayload', pendingChange: { id: string } | null }
    | { __typename: 'ValidationFailedError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type MemberWithdrawProfileChangeMutationVariables = Exact<{
  input: WithdrawProfileChangeInput;
}>;


export type MemberWithdrawProfileChangeMutation = { withdrawProfileChange:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DecideProfileChangePayload' }
    | { __typename: 'NotFoundError', message: string }
   };

export type MemberUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberUsersQuery = { viewer: { organization: { id: string, users: Array<{ id: string, displayName: string, email: string, isOrganizationAdmin: boolean, lastSignInAt: string | null, disabled: boolean }> } | null } };

export type MemberInviteUserMutationVariables = Exact<{
  input: InviteOrganizationUserInput;
}>;


export type MemberInviteUserMutation = { inviteOrganizationUser:
    | { __typename: 'AccountPayload' }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
   };

export type MemberRemoveUserMutationVariables = Exact<{
  input: RemoveOrganizationUserInput;
}>;


export type MemberRemoveUserMutation = { removeOrganizationUser:
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RemoveOrganizationUserPayload' }
   };

export type MemberWorkingGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberWorkingGroupsQuery = { workingGroups: Array<{ number: number, title: string, theme: string }>, viewer: { organization: { id: string, workingGroupMemberships: Array<{ role: WorkingGroupRole, joinedOn: string, workingGroup: { number: number } }>, workingGroupRequests: Array<{ id: string, kind: WorkingGroupRequestKind, status: WorkingGroupRequestStatus, reason: string | null, requestReason: string | null, createdAt: string, workingGroup: { number: number } }> } | null } };

export type MemberRequestJoinMutationVariables = Exact<{
  input: WorkingGroupRequestInput;
}>;


export type MemberRequestJoinMutation = { requestToJoinWorkingGroup:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationFailedError', message: string }
    | { __typename: 'WorkingGroupRequestPayload' }
   };

export type MemberRequestLeaveMutationVariables = Exact<{
  input: WorkingGroupRequestInput;
}>;


export type MemberRequestLeaveMutation = { requestToLeaveWorkingGroup:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationFailedError', message: string }
    | { __typename: 'WorkingGroupRequestPayload' }
   };

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
export const AdminMeetingRowFragmentDoc = new TypedDocumentString(`
    fragment AdminMeetingRow on Meeting {
  id
  title
  body
  workingGroup {
    number
  }
  startsAt
  meetingDate
  status
  responses {
    invited
    attend
    absent
    proxy
    noReply
  }
  quorum {
    present
    required
    reached
    basis
  }
}
    `, {"fragmentName":"AdminMeetingRow"}) as unknown as TypedDocumentString<AdminMeetingRowFragment, unknown>;
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
export const AdminAddAgendaItemDocument = new TypedDocumentString(`
    mutation AdminAddAgendaItem($input: AddAgendaItemInput!) {
  addAgendaItem(input: $input) {
    __typename
    ... on Error {
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
    `) as unknown as TypedDocumentString<AdminAddAgendaItemMutation, AdminAddAgendaItemMutationVariables>;
export const AdminUpdateAgendaItemDocument = new TypedDocumentString(`
    mutation AdminUpdateAgendaItem($input: UpdateAgendaItemInput!) {
  updateAgendaItem(input: $input) {
    __typename
    ... on Error {
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
    `) as unknown as TypedDocumentString<AdminUpdateAgendaItemMutation, AdminUpdateAgendaItemMutationVariables>;
export const AdminBoardDocument = new TypedDocumentString(`
    query AdminBoard($asOf: Date!) {
  boardComposition(asOf: $asOf) {
    asOf
    size
    seats {
      id
      role
      startsOn
      endsOn
      organization {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminBoardQuery, AdminBoardQueryVariables>;
export const AdminBoardCandidatesDocument = new TypedDocumentString(`
    query AdminBoardCandidates($text: String!) {
  organizations(filter: {text: $text, statuses: [ACTIVE]}, first: 20) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminBoardCandidatesQuery, AdminBoardCandidatesQueryVariables>;
export const AdminAddBoardSeatDocument = new TypedDocumentString(`
    mutation AdminAddBoardSeat($input: AddBoardSeatInput!) {
  addBoardSeat(input: $input) {
    __typename
    ... on Error {
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
    `) as unknown as TypedDocumentString<AdminAddBoardSeatMutation, AdminAddBoardSeatMutationVariables>;
export const AdminEndBoardSeatDocument = new TypedDocumentString(`
    mutation AdminEndBoardSeat($input: EndBoardSeatInput!) {
  endBoardSeat(input: $input) {
    __typename
    ... on Error {
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
    `) as unknown as TypedDocumentString<AdminEndBoardSeatMutation, AdminEndBoardSeatMutationVariables>;
export const AdminMeetingInviteesDocument = new TypedDocumentString(`
    query AdminMeetingInvitees($id: ID!, $first: Int!, $after: String, $responded: Boolean) {
  node(id: $id) {
    ... on Meeting {
      invitees(first: $first, after: $after, responded: $responded) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            organization {
              id
              name
            }
            response {
              response
              proxyHolder {
                id
                name
              }
              proxyHolderName
              note
              respondedAt
            }
            attended
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminMeetingInviteesQuery, AdminMeetingInviteesQueryVariables>;
export const AdminRespondToMeetingDocument = new TypedDocumentString(`
    mutation AdminRespondToMeeting($input: RespondToMeetingInput!) {
  respondToMeeting(input: $input) {
    __typename
    ... on Error {
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
    `) as unknown as TypedDocumentString<AdminRespondToMeetingMutation, AdminRespondToMeetingMutationVariables>;
export const AdminRecordAttendanceDocument = new TypedDocumentString(`
    mutation AdminRecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AdminRecordAttendanceMutation, AdminRecordAttendanceMutationVariables>;
export const AdminMeetingDocument = new TypedDocumentString(`
    query AdminMeeting($id: ID!) {
  node(id: $id) {
    __typename
    ... on Meeting {
      id
      title
      body
      workingGroup {
        number
      }
      startsAt
      endsAt
      meetingDate
      place
      onlineUrl
      status
      cancellationReason
      allowsProxy
      repliesOpen
      minutes
      version
      quorumRule {
        numerator
        denominator
      }
      responses {
        invited
        attend
        absent
        proxy
        noReply
      }
      quorum {
        invited
        present
        required
        reached
        basis
      }
      agendaItems {
        id
        position
        title
        description
        proposer {
          kind
          organization {
            name
          }
        }
        status
        resultNote
        decidedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminMeetingQuery, AdminMeetingQueryVariables>;
export const AdminCancelMeetingDocument = new TypedDocumentString(`
    mutation AdminCancelMeeting($input: CancelMeetingInput!) {
  cancelMeeting(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCancelMeetingMutation, AdminCancelMeetingMutationVariables>;
export const AdminRecordMinutesDocument = new TypedDocumentString(`
    mutation AdminRecordMinutes($input: RecordMinutesInput!) {
  recordMinutes(input: $input) {
    __typename
    ... on Error {
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
    `) as unknown as TypedDocumentString<AdminRecordMinutesMutation, AdminRecordMinutesMutationVariables>;
export const AdminMeetingFormDocument = new TypedDocumentString(`
    query AdminMeetingForm($id: ID!) {
  node(id: $id) {
    __typename
    ... on Meeting {
      id
      title
      body
      workingGroup {
        number
      }
      startsAt
      endsAt
      place
      onlineUrl
      status
      allowsProxy
      version
      quorumRule {
        numerator
        denominator
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminMeetingFormQuery, AdminMeetingFormQueryVariables>;
export const AdminCreateMeetingDocument = new TypedDocumentString(`
    mutation AdminCreateMeeting($input: CreateMeetingInput!) {
  createMeeting(input: $input) {
    __typename
    ... on MeetingPayload {
      meeting {
        id
      }
    }
    ... on Error {
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
    `) as unknown as TypedDocumentString<AdminCreateMeetingMutation, AdminCreateMeetingMutationVariables>;
export const AdminUpdateMeetingDocument = new TypedDocumentString(`
    mutation AdminUpdateMeeting($input: UpdateMeetingInput!) {
  updateMeeting(input: $input) {
    __typename
    ... on MeetingPayload {
      meeting {
        id
      }
    }
    ... on Error {
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
    `) as unknown as TypedDocumentString<AdminUpdateMeetingMutation, AdminUpdateMeetingMutationVariables>;
export const AdminMeetingsDocument = new TypedDocumentString(`
    query AdminMeetings($body: GoverningBody, $today: Date!) {
  upcoming: meetings(body: $body, from: $today, order: STARTS_AT_ASC, first: 40) {
    totalCount
    edges {
      node {
        ...AdminMeetingRow
      }
    }
  }
  past: meetings(body: $body, to: $today, order: STARTS_AT_DESC, first: 20) {
    totalCount
    edges {
      node {
        ...AdminMeetingRow
      }
    }
  }
}
    fragment AdminMeetingRow on Meeting {
  id
  title
  body
  workingGroup {
    number
  }
  startsAt
  meetingDate
  status
  responses {
    invited
    attend
    absent
    proxy
    noReply
  }
  quorum {
    present
    required
    reached
    basis
  }
}`) as unknown as TypedDocumentString<AdminMeetingsQuery, AdminMeetingsQueryVariables>;
export const AdminMeetingNoticesDocument = new TypedDocumentString(`
    query AdminMeetingNotices($id: ID!) {
  node(id: $id) {
    ... on Meeting {
      notices {
        id
        subject
        status
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminMeetingNoticesQuery, AdminMeetingNoticesQueryVariables>;
export const AdminCreateMeetingNoticeDocument = new TypedDocumentString(`
    mutation AdminCreateMeetingNotice($input: CreateMeetingNoticeInput!) {
  createMeetingNotice(input: $input) {
    __typename
    ... on MailingPayload {
      mailing {
        id
        subject
      }
    }
    ... on Error {
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
    `) as unknown as TypedDocumentString<AdminCreateMeetingNoticeMutation, AdminCreateMeetingNoticeMutationVariables>;
export const ApplyReferenceDocument = new TypedDocumentString(`
    query ApplyReference {
  membershipCategories {
    code
    nameJa
    descriptionJa
  }
  prefectures {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<ApplyReferenceQuery, ApplyReferenceQueryVariables>;
export const ApplyForMembershipDocument = new TypedDocumentString(`
    mutation ApplyForMembership($input: ApplyForMembershipInput!) {
  applyForMembership(input: $input) {
    __typename
    ... on ValidationFailedError {
      problems {
        path
        message
      }
    }
    ... on RateLimitedError {
      retryAfterSeconds
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ApplyForMembershipMutation, ApplyForMembershipMutationVariables>;
export const MemberContactsDocument = new TypedDocumentString(`
    query MemberContacts {
  viewer {
    organization {
      id
      contacts {
        id
        name
        nameKana
        email
        phone
        roles
        isPrimary
        emailStatus
        optedOutKinds
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MemberContactsQuery, MemberContactsQueryVariables>;
export const MemberAddContactDocument = new TypedDocumentString(`
    mutation MemberAddContact($input: AddContactInput!) {
  addContact(input: $input) {
    __typename
    ... on ValidationFailedError {
      problems {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MemberAddContactMutation, MemberAddContactMutationVariables>;
export const MemberUpdateContactDocument = new TypedDocumentString(`
    mutation MemberUpdateContact($input: UpdateContactInput!) {
  updateContact(input: $input) {
    __typename
    ... on ValidationFailedError {
      problems {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MemberUpdateContactMutation, MemberUpdateContactMutationVariables>;
export const MemberRemoveContactDocument = new TypedDocumentString(`
    mutation MemberRemoveContact($input: RemoveContactInput!) {
  removeContact(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MemberRemoveContactMutation, MemberRemoveContactMutationVariables>;
export const MemberViewerDocument = new TypedDocumentString(`
    query MemberViewer {
  viewer {
    kind
    account {
      id
      displayName
      isOrganizationAdmin
    }
    organization {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MemberViewerQuery, MemberViewerQueryVariables>;
export const MemberNoticesDocument = new TypedDocumentString(`
    query MemberNotices {
  viewer {
    organization {
      id
      receivedNotices(first: 50) {
        totalCount
        edges {
          node {
            mailingId
            subject
            sentAt
            replyRequest {
              deadline
              question
              answerRequired
            }
            acknowledgement {
              acknowledgedAt
              answer
              late
            }
          }
        }
      }
    }
  }
  meetings(first: 50, order: STARTS_AT_DESC) {
    edges {
      node {
        id
        title
        body
        startsAt
        place
        onlineUrl
        status
        allowsProxy
        repliesOpen
        ownResponse {
          response
          proxyHolderName
          proxyHolder {
            name
          }
        }
      }
    }
  }
  newsletters: archive(first: 5, kind: NEWSLETTER) {
    edges {
      node {
        id
        title
        issuedOn
        url
      }
    }
  }
  visitReports: archive(first: 5, kind: VISIT_REPORT) {
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
    `) as unknown as TypedDocumentString<MemberNoticesQuery, MemberNoticesQueryVariables>;
export const MemberAcknowledgeDocument = new TypedDocumentString(`
    mutation MemberAcknowledge($input: AcknowledgeMailingInput!) {
  acknowledgeMailing(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MemberAcknowledgeMutation, MemberAcknowledgeMutationVariables>;
export const MemberRespondToMeetingDocument = new TypedDocumentString(`
    mutation MemberRespondToMeeting($input: RespondToMeetingInput!) {
  respondToMeeting(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MemberRespondToMeetingMutation, MemberRespondToMeetingMutationVariables>;
export const MemberOrganizationDocument = new TypedDocumentString(`
    query MemberOrganization {
  viewer {
    organization {
      id
      name
      nameKana
      category
      status
      organizationType
      scope
      website
      description
      fieldsOfActivity
      publishedFields
      version
      joinedOn
      prefecture {
        name
      }
      pendingProfileChange {
        id
        createdAt
        changes {
          field
          before
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MemberOrganizationQuery, MemberOrganizationQueryVariables>;
export const MemberUpdateProfileDocument = new TypedDocumentString(`
    mutation MemberUpdateProfile($input: UpdateOrganizationProfileInput!) {
  updateOrganizationProfile(input: $input) {
    __typename
    ... on UpdateOrganizationProfilePayload {
      pendingChange {
        id
      }
    }
    ... on ValidationFailedError {
      problems {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MemberUpdateProfileMutation, MemberUpdateProfileMutationVariables>;
export const MemberWithdrawProfileChangeDocument = new TypedDocumentString(`
    mutation MemberWithdrawProfileChange($input: WithdrawProfileChangeInput!) {
  withdrawProfileChange(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MemberWithdrawProfileChangeMutation, MemberWithdrawProfileChangeMutationVariables>;
export const MemberUsersDocument = new TypedDocumentString(`
    query MemberUsers {
  viewer {
    organization {
      id
      users {
        id
        displayName
        email
        isOrganizationAdmin
        lastSignInAt
        disabled
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MemberUsersQuery, MemberUsersQueryVariables>;
export const MemberInviteUserDocument = new TypedDocumentString(`
    mutation MemberInviteUser($input: InviteOrganizationUserInput!) {
  inviteOrganizationUser(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MemberInviteUserMutation, MemberInviteUserMutationVariables>;
export const MemberRemoveUserDocument = new TypedDocumentString(`
    mutation MemberRemoveUser($input: RemoveOrganizationUserInput!) {
  removeOrganizationUser(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MemberRemoveUserMutation, MemberRemoveUserMutationVariables>;
export const MemberWorkingGroupsDocument = new TypedDocumentString(`
    query MemberWorkingGroups {
  workingGroups {
    number
    title
    theme
  }
  viewer {
    organization {
      id
      workingGroupMemberships {
        role
        joinedOn
        workingGroup {
          number
        }
      }
      workingGroupRequests {
        id
        kind
        status
        reason
        requestReason
        createdAt
        workingGroup {
          number
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MemberWorkingGroupsQuery, MemberWorkingGroupsQueryVariables>;
export const MemberRequestJoinDocument = new TypedDocumentString(`
    mutation MemberRequestJoin($input: WorkingGroupRequestInput!) {
  requestToJoinWorkingGroup(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MemberRequestJoinMutation, MemberRequestJoinMutationVariables>;
export const MemberRequestLeaveDocument = new TypedDocumentString(`
    mutation MemberRequestLeave($input: WorkingGroupRequestInput!) {
  requestToLeaveWorkingGroup(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MemberRequestLeaveMutation, MemberRequestLeaveMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut {
    __typename
  }
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;