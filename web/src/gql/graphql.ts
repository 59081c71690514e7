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

/** How a reply to a circular reached the secretariat. */
export type AcknowledgementChannel =
  /** A member user through the API (acknowledgeMailing). */
  | 'API'
  /** The signed link in the e-mail (or in a reminder). */
  | 'LINK'
  /** Recorded by the secretariat (e.g. answered by phone; recordAcknowledgement). */
  | 'SECRETARIAT';

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
  /** Roles. */
  roles?: Array<ContactRole> | null | undefined;
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
  /** The designated city (政令指定都市) of the main office, if it is in one: its code from `designatedCities` (e.g. "141003" 横浜市), within `prefectureCode`. */
  designatedCityCode?: string | null | undefined;
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
  /** Fields you agree to show in the public directory once a member (default: name, category, prefecture; add designatedCity to show the designated city too). */
  publishedFields?: Array<PublishableField> | null | undefined;
  /** Nationwide or regional. */
  scope: OrganizationScope;
  /** Website. */
  website?: string | null | undefined;
};

/** Approve a pending application. */
export type ApproveApplicationInput = {
  /** Joining date (default: today, Japan time). */
  joinedOn?: string | null | undefined;
  /** The applying organisation. */
  organizationId: string | number;
};

/** The approval of a DRAFT mailing. */
export type ApproveMailingInput = {
  /** The `version` you reviewed; a newer one gives CONFLICT. */
  expectedVersion: number;
  /** The mailing. */
  mailingId: string | number;
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
  /** Roles for BY_ROLE: contacts holding any of them. */
  roles?: Array<ContactRole> | null | undefined;
  /** Which contacts. */
  selection: AudienceContactSelection;
};

/** Who a mailing goes to. An organisation is targeted when it is ACTIVE and meets every criterion given (any value within a criterion), or is listed in `includeOrganizations` (any status but withdrawn); `excludeOrganizations` always wins. No criterion at all means every active member. */
export type AudienceInput = {
  /** Only organisations holding a board (幹事会) seat today. */
  board?: boolean | null | undefined;
  /** Membership categories. */
  categories?: Array<MembershipCategoryCode> | null | undefined;
  /** Which contacts of each organisation. */
  contacts: AudienceContactsInput;
  /** Organisations left out whatever the criteria. */
  excludeOrganizations?: Array<string | number> | null | undefined;
  /** Fields of activity. */
  fieldsOfActivity?: Array<FieldOfActivity> | null | undefined;
  /** Organisations added whatever the criteria. */
  includeOrganizations?: Array<string | number> | null | undefined;
  /** The invitees of this meeting on its day (as for a 招集通知), resolved when sending starts. */
  meeting?: string | number | null | undefined;
  /** Organisation types, e.g. NPO法人, 都道府県. */
  organizationTypes?: Array<string> | null | undefined;
  /** Prefecture codes (JIS X 0401, e.g. "13"). */
  prefectures?: Array<string> | null | undefined;
  /** Region codes, e.g. "kanto". */
  regions?: Array<string> | null | undefined;
  /** Current members of these working groups (numbers). */
  workingGroups?: Array<number> | null | undefined;
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

/** Whether mail reaches a contact’s address. */
export type ContactEmailStatus =
  /** Mail to it bounced for good (hard bounce): the address is suppressed until the secretariat lifts the suppression. */
  | 'BOUNCED'
  /** Its recipient reported a message as spam: the address is suppressed until the secretariat lifts the suppression. */
  | 'COMPLAINED'
  /** Nothing wrong is known: mail is sent to it. */
  | 'OK';

/** A role a contact person holds for their organisation (the register’s vocabulary; the Japanese name is in each description). */
export type ContactRole =
  /** 事務担当: handles the organisation’s business with the secretariat. */
  | 'ADMINISTRATIVE_CONTACT'
  /** 幹事: sits on the board (幹事会) for the organisation. */
  | 'BOARD_MEMBER'
  /** 総会代議員: attends and votes at the general meeting (総会) for the organisation. */
  | 'GENERAL_MEETING_DELEGATE'
  /** 孤独・孤立対策担当: is in charge of loneliness and isolation measures (孤独・孤立対策). */
  | 'LONELINESS_ISOLATION_OFFICER'
  /** 代表: represents the organisation (代表者). */
  | 'REPRESENTATIVE'
  /** 分科会担当: takes part in the working groups (分科会) the organisation belongs to. */
  | 'WORKING_GROUP_CONTACT';

/** A link shown with a label. */
export type ContentLinkInput = {
  /** Link text (one line). */
  label: string;
  /** Absolute http(s) URL. */
  url: string;
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
  /** Optional expiry; must be in the future. */
  expiresAt?: string | null | undefined;
  /** Who it is for, e.g. ○○県官民連携プラットフォーム. */
  name: string;
};

/** A new mailing (DRAFT). Give the content as `content` (typed), or as `contentJson` (deprecated). */
export type CreateMailingInput = {
  /** Who it goes to. Default: every contact of every active member (contacts who opted out of newsletters or visit reports are skipped when sending). A MEETING_NOTICE is best made with `createMeetingNotice`. */
  audience?: AudienceInput | null | undefined;
  /** NEWSLETTER only: save even though another newsletter that is not cancelled has the same issue number (otherwise DuplicateIssueNumberError). Default false. */
  confirmDuplicateIssueNumber?: boolean | null | undefined;
  /** The content, typed by kind (the field you fill gives the kind). */
  content?: MailingContentInput | null | undefined;
  /**
   * The content as JSON, per kind (docs/email-templates.md); `kind` may be left out of the JSON.
   * @deprecated Use `content` (MailingContentInput: one typed field per kind, which also gives the kind).
   */
  contentJson?: string | null | undefined;
  /** Publish to the archive when sending starts. Default: true for NEWSLETTER and VISIT_REPORT, false for NOTICE; MEETING_NOTICE is never public. */
  isPublic?: boolean | null | undefined;
  /** Kind of mail; required with `contentJson`, implied by `content`. */
  kind?: MailingKind | null | undefined;
  /** An admin other than the preparer must approve it before it can be sent or scheduled (default false). */
  requiresApproval?: boolean | null | undefined;
  /** VISIT_REPORT only: the visited organisation (its profile links the report). */
  visitedOrganization?: string | number | null | undefined;
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

/** Where a request the secretariat decides stands: a membership application, a held profile change or a working-group join/leave request. */
export type DecisionState =
  /** Approved (and applied: a member, a published profile, a group). */
  | 'APPROVED'
  /** Waiting for the secretariat’s decision. */
  | 'PENDING'
  /** Rejected by the secretariat (`rejectApplication`, `rejectProfileChange`, `declineWorkingGroupRequest`). */
  | 'REJECTED'
  /** Replaced by a newer request of the same organisation before a decision. */
  | 'SUPERSEDED'
  /** Withdrawn by the organisation before a decision. */
  | 'WITHDRAWN';

/** A draft to delete. */
export type DeleteMailingInput = {
  /** The `version` you saw; a newer one gives CONFLICT. */
  expectedVersion: number;
  /** A DRAFT mailing that was never started. */
  mailingId: string | number;
};

/** What happened to one message of a mailing (one address). See docs/mail-engine.md. */
export type DeliveryStatus =
  /** Accepted, then reported back as undeliverable (bounce report). */
  | 'BOUNCED'
  /** Not sent because the mailing was cancelled. */
  | 'CANCELLED'
  /** Refused (5xx) or out of attempts; not sent. */
  | 'FAILED'
  /** Waiting to be sent. */
  | 'QUEUED'
  /** A temporary failure (4xx or network); will be tried again at `nextAttemptAt`. */
  | 'RETRY'
  /** Claimed by a worker and being sent right now. */
  | 'SENDING'
  /** Accepted by the receiving SMTP server (not proof of delivery to the inbox). */
  | 'SENT'
  /** Not sent: the address is suppressed or the contact opted out (see `suppressionReason`). */
  | 'SUPPRESSED'
  /** The connection was lost after the whole message was sent and before the server answered: it may have arrived. Never resent automatically; see `resendDelivery`. */
  | 'UNKNOWN';

/** Why a delivery was recorded as SUPPRESSED. */
export type DeliverySuppressionReason =
  /** The address is suppressed after a complaint, or the contact is marked COMPLAINED. */
  | 'COMPLAINT'
  /** The address is suppressed after a hard bounce, or the contact is marked BOUNCED. */
  | 'HARD_BOUNCE'
  /** The contact’s address is not a valid e-mail address. */
  | 'INVALID_ADDRESS'
  /** The address was suppressed by the secretariat. */
  | 'MANUAL'
  /** The contact opted out of this kind of mail. */
  | 'OPTED_OUT'
  /** The address asked for no optional mail. */
  | 'UNSUBSCRIBE_ALL';

/** The end of a seat’s term. */
export type EndBoardSeatInput = {
  /** Last day of the term (included); not before its first day. */
  endsOn: string;
  /** The seat. */
  seatId: string | number;
};

/** Stable machine-readable code of an expected error. */
export type ErrorCode =
  /** The action needs the approval of an admin other than the preparer. */
  | 'APPROVAL_REQUIRED'
  /** The object changed since you read it, or the action was already done. */
  | 'CONFLICT'
  /** Another newsletter that is not cancelled already has this issue number; confirm to save it anyway. */
  | 'DUPLICATE_ISSUE_NUMBER'
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

/** A suppression to lift. */
export type LiftSuppressionInput = {
  /** Why it is lifted. */
  note?: string | null | undefined;
  /** The suppression. */
  suppressionId: string | number;
};

/** The content of a mailing: give exactly one field, the one of its kind. */
export type MailingContentInput =
  {   /** A meeting notice. */
  meetingNotice: MeetingNoticeContentInput; newsletter?: never; notice?: never; visitReport?: never; }
  |  { meetingNotice?: never;   /** A newsletter issue. */
  newsletter: NewsletterContentInput; notice?: never; visitReport?: never; }
  |  { meetingNotice?: never; newsletter?: never;   /** A 事務連絡 circular. */
  notice: NoticeContentInput; visitReport?: never; }
  |  { meetingNotice?: never; newsletter?: never; notice?: never;   /** An office-visit report. */
  visitReport: VisitReportContentInput; };

/** Narrow the list of mailings. */
export type MailingFilter = {
  /** true: only drafts that need an admin’s approval of their current content and do not have it yet (what waits for an approver); false: all others. */
  awaitingApproval?: boolean | null | undefined;
  /** Any of these kinds. */
  kinds?: Array<MailingKind> | null | undefined;
  /** Words (separated by spaces) that must all appear in the subject, ignoring case; e.g. "熱中症 周知". */
  search?: string | null | undefined;
  /** Any of these statuses. */
  statuses?: Array<MailingStatus> | null | undefined;
};

/** A mailing. */
export type MailingIdInput = {
  /** The mailing. */
  mailingId: string | number;
};

/** Why a targeted organisation is not reached by a mailing. */
export type MailingIssueReason =
  /** Every selected contact is suppressed or opted out. */
  | 'ALL_SUPPRESSED'
  /** The organisation has no contacts. */
  | 'NO_CONTACTS'
  /** No contact matches the audience’s contact selection (no primary, no such role). */
  | 'NO_MATCHING_CONTACT';

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

/** An item of the agenda (議事). */
export type MeetingNoticeAgendaItemInput = {
  /** Note. */
  note?: string | null | undefined;
  /** Item. */
  title: string;
};

/** A meeting notice (招集通知). `createMeetingNotice` fills it from a Meeting. */
export type MeetingNoticeContentInput = {
  /** Agenda items. */
  agenda: Array<MeetingNoticeAgendaItemInput>;
  /** Offer the 委任 (proxy) reply (default true). */
  allowProxy?: boolean | null | undefined;
  /** Convening body, e.g. 孤独・孤立対策官民連携プラットフォーム 幹事会. */
  bodyName: string;
  /** Inquiries block, one line each. */
  contact?: Array<string> | null | undefined;
  /** Day of the meeting. */
  date: string;
  /** End, HH:MM. */
  endTime?: string | null | undefined;
  /** Online participation. */
  online?: MeetingOnlineInput | null | undefined;
  /** Body paragraphs. */
  paragraphs?: Array<string> | null | undefined;
  /** Reply deadline. */
  replyDeadline?: string | null | undefined;
  /** Start, HH:MM (Japan time). */
  startTime: string;
  /** Title of the notice. */
  title: string;
  /** Venue (or `online`, or both). */
  venue?: MeetingVenueInput | null | undefined;
};

/** How to join a meeting online. */
export type MeetingOnlineInput = {
  /** e.g. the meeting ID and passcode are sent separately. */
  note?: string | null | undefined;
  /** Meeting link. */
  url: string;
};

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

/** Where a meeting takes place. */
export type MeetingVenueInput = {
  /** Address. */
  address?: string | null | undefined;
  /** Map link. */
  mapUrl?: string | null | undefined;
  /** Venue, e.g. 中央合同庁舎第8号館 1階講堂. */
  name: string;
};

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

/** What a dated membership event changed. */
export type MembershipEventKind =
  /** Changed membership category (種別変更). */
  | 'CATEGORY_CHANGED'
  /** Became a member (入会). */
  | 'JOINED'
  /** A suspended membership restored (資格回復). */
  | 'REINSTATED'
  /** Membership suspended (資格停止). */
  | 'SUSPENDED'
  /** Left the platform (退会). */
  | 'WITHDRAWN';

/** A newsletter issue (メールマガジン 第N号). */
export type NewsletterContentInput = {
  /** Closing paragraphs. */
  closing?: Array<string> | null | undefined;
  /** Opening paragraphs. */
  intro?: Array<string> | null | undefined;
  /** Issue date. */
  issueDate: string;
  /** Issue number (第N号). */
  issueNumber: number;
  /** Sections, in order. */
  sections: Array<NewsletterSectionInput>;
  /** Theme of the issue, e.g. 孤独・孤立対策強化月間特集. */
  theme?: string | null | undefined;
};

/** One item of a newsletter section: a member activity, a support programme, an event, a visit report… */
export type NewsletterItemInput = {
  /** Paragraphs. */
  body?: Array<string> | null | undefined;
  /** Links (e.g. the member’s site). */
  links?: Array<ContentLinkInput> | null | undefined;
  /** A member organisation the item introduces; its site is linked. */
  organization?: string | number | null | undefined;
  /** Title (one line). */
  title: string;
  /** A 事務局訪問記 (the Mailing’s ID) the item points to; its archive page is linked. It must be set to be published. */
  visitReport?: string | number | null | undefined;
};

/** A section of a newsletter issue; the table of contents lists the sections. */
export type NewsletterSectionInput = {
  /** Section heading, e.g. 会員の活動紹介. */
  heading: string;
  /** Items, in order. */
  items: Array<NewsletterItemInput>;
};

/** An attachment of a circular: an uploaded file (a download link per recipient organisation) or a URL. */
export type NoticeAttachmentInput = {
  /** Also attach the file to the message when it is small (see docs/files.md). */
  attach?: boolean | null | undefined;
  /** An uploaded ATTACHMENT file: its ID (the `id` POST /files answered, a global ID) or its UUID (`fileId`). */
  fileId?: string | null | undefined;
  /** e.g. 別添1 熱中症予防のための啓発資料. */
  label: string;
  /** Short note, e.g. PDF 1.2MB. */
  note?: string | null | undefined;
  /** Where the document is (give this or `fileId`). */
  url?: string | null | undefined;
};

/** A 事務連絡 circular. */
export type NoticeContentInput = {
  /** Addressee line, e.g. 孤独・孤立対策官民連携プラットフォーム会員 各位. */
  addressee: string;
  /** Attachments (別添). */
  attachments?: Array<NoticeAttachmentInput> | null | undefined;
  /** Inquiries block (問い合わせ先), one line each. */
  contact?: Array<string> | null | undefined;
  /** Date of the circular (printed in the Japanese era, e.g. 令和7年5月27日). */
  date: string;
  /** Issuing ministries and agencies from the catalogue (`ministries` query codes, e.g. "cao", "mhlw"), in the order printed; several make a joint circular (連名). */
  issuerCodes?: Array<string> | null | undefined;
  /** Further issuers as printed (e.g. a bureau not in the catalogue), after those of `issuerCodes`. */
  issuers?: Array<string> | null | undefined;
  /** Body paragraphs. */
  paragraphs: Array<string>;
  /** Related policy measures of the 重点計画, by number (`policyMeasures`); listed under 関連施策. */
  relatedMeasures?: Array<number> | null | undefined;
  /** Ask for a reply by a deadline. */
  reply?: NoticeReplyInput | null | undefined;
  /** Subject (件名). */
  subject: string;
};

/** A request that each addressed organisation confirms receipt by a deadline. */
export type NoticeReplyInput = {
  /** Refuse replies without an answer (needs question). */
  answerRequired?: boolean | null | undefined;
  /** Button text (default 受領を報告する). */
  buttonLabel?: string | null | undefined;
  /** Reply deadline. */
  deadline: string;
  /** A short question answered on the reply page. */
  question?: string | null | undefined;
  /** What is asked, shown above the button. */
  request?: string | null | undefined;
};

/** Mail kinds a contact may decline. 事務連絡 (NOTICE) and meeting notices are administrative and always delivered. */
export type OptOutMailKind =
  /** メールマガジン. */
  | 'NEWSLETTER'
  /** 事務局訪問記. */
  | 'VISIT_REPORT';

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

/** A profile field a member organisation changes itself; the names are those of UpdateOrganizationProfileInput (and of Organization). */
export type ProfileChangeField =
  /** The description of its activities (`description`). */
  | 'description'
  /** The fields of activity (`fieldsOfActivity`). */
  | 'fieldsOfActivity'
  /** The reading in hiragana (`nameKana`). */
  | 'nameKana'
  /** The fields it publishes (`publishedFields`). */
  | 'publishedFields'
  /** The website (`website`). */
  | 'website';

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
  /** The `designatedCity` field. */
  | 'designatedCity'
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

/** Reject a pending application. */
export type RejectApplicationInput = {
  /** The applying organisation. */
  organizationId: string | number;
  /** Reason, e-mailed to the applicant. */
  reason: string;
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

/** A delivery to send again. */
export type ResendDeliveryInput = {
  /** An UNKNOWN or FAILED delivery. */
  deliveryId: string | number;
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

/** A key to revoke. */
export type RevokeApiKeyInput = {
  /** The key’s id. */
  id: string | number;
};

/** When to send a mailing. */
export type ScheduleMailingInput = {
  /** Start time (from one minute to one year ahead). */
  at: string;
  /** The `version` you reviewed; a newer one gives CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** The mailing. */
  mailingId: string | number;
};

/** Start sending now. */
export type SendMailingInput = {
  /** The `version` you reviewed; a newer one gives CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** The mailing. */
  mailingId: string | number;
};

/** The circular to remind non-respondents of. */
export type SendReminderInput = {
  /** The circular’s version you saw; CONFLICT if it changed. */
  expectedVersion?: number | null | undefined;
  /** The circular. */
  mailingId: string | number;
  /** A short message of the secretariat shown in the reminder above the circular (under 「事務局より」), e.g. why it is sent again; plain text, at most 400 characters, paragraphs separated by a blank line. Leave out for none. */
  message?: string | null | undefined;
};

/** A test send. */
export type SendTestMailingInput = {
  /** One to ten addresses. */
  addresses: Array<string>;
  /** The mailing. */
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

/** Where a suppression came from. */
export type SuppressionSource =
  /** A bounce message (delivery status notification) that came back by mail. */
  | 'DSN'
  /** The secretariat suppressed it (suppressAddress). */
  | 'MANUAL'
  /** The receiving server refused the message for good while it was being sent. */
  | 'SMTP'
  /** An unsubscribe link used after the contact it was sent to was deleted: the address stops getting optional mail. */
  | 'UNSUBSCRIBE'
  /** A bounce or complaint report the mail provider posted to /bounces. */
  | 'WEBHOOK';

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
  /** Roles (replacing the ones it holds). */
  roles?: Array<ContactRole> | null | undefined;
};

/** Changes to a DRAFT mailing; fields left out stay as they are. */
export type UpdateMailingInput = {
  /** New audience. */
  audience?: AudienceInput | null | undefined;
  /** NEWSLETTER only: save a changed issue number even though another newsletter that is not cancelled has it (otherwise DuplicateIssueNumberError). Default false. */
  confirmDuplicateIssueNumber?: boolean | null | undefined;
  /** New content, typed (must be of the mailing’s kind). */
  content?: MailingContentInput | null | undefined;
  /**
   * New content as JSON (instead of `content`).
   * @deprecated Use `content` (MailingContentInput: one typed field per kind).
   */
  contentJson?: string | null | undefined;
  /** The `version` you read; a newer one gives CONFLICT. */
  expectedVersion: number;
  /** Publish to the archive when sending starts. */
  isPublic?: boolean | null | undefined;
  /** The mailing. */
  mailingId: string | number;
  /** Require approval (only an admin may turn a required approval off). */
  requiresApproval?: boolean | null | undefined;
  /** VISIT_REPORT only: the visited organisation. */
  visitedOrganization?: string | number | null | undefined;
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

/** Settings to change. */
export type UpdateSettingsInput = {
  /** Mail kinds that always need an admin’s approval before sending. */
  approvalRequiredKinds?: Array<MailingKind> | null | undefined;
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

/** An office-visit report (事務局訪問記). */
export type VisitReportContentInput = {
  /** Short summary shown first. */
  lead?: string | null | undefined;
  /** Related links. */
  links?: Array<ContentLinkInput> | null | undefined;
  /** Name of the visited organisation as printed. */
  organization: string;
  /** The visited organisation’s site. */
  organizationUrl?: string | null | undefined;
  /** Body paragraphs. */
  paragraphs: Array<string>;
  /** Photos, in order. */
  photos?: Array<VisitReportPhotoInput> | null | undefined;
  /** Secretariat staff who visited. */
  staff: Array<string>;
  /** Title. */
  title: string;
  /** Day of the visit. */
  visitDate: string;
};

/** A photo of an office-visit report: an absolute URL or an uploaded file. */
export type VisitReportPhotoInput = {
  /** What the photo shows (for screen readers). */
  alt: string;
  /** Caption under the photo. */
  caption?: string | null | undefined;
  /** An uploaded PHOTO file: its ID (the `id` POST /files answered, a global ID) or its UUID (`fileId`); see docs/files.md. */
  fileId?: string | null | undefined;
  /** Where the image is (give this or `fileId`). */
  url?: string | null | undefined;
};

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

export type AudienceCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type AudienceCatalogueQuery = { membershipCategories: Array<{ code: MembershipCategoryCode, nameJa: string }>, workingGroups: Array<{ number: number, title: string }>, regions: Array<{ code: string, name: string }>, prefectures: Array<{ code: string, name: string, region: { code: string } }> };

export type AudienceCountQueryVariables = Exact<{
  audience: AudienceInput;
  kind: MailingKind;
}>;


export type AudienceCountQuery = { audiencePreview:
    | { __typename: 'AudiencePreview', organizationCount: number, recipientCount: number, unreachedOrganizationCount: number, suppressed: Array<{ reason: DeliverySuppressionReason, count: number }>, unreachedOrganizations: Array<{ organizationName: string, reason: MailingIssueReason }> }
    | { __typename: 'ValidationFailedError', message: string }
   };

export type AdminMailingListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: MailingFilter | null | undefined;
}>;


export type AdminMailingListQuery = { mailings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: MailingKind, subject: string, status: MailingStatus, createdAt: string, scheduledAt: string | null, startedAt: string | null, approvalRequired: boolean, approvedVersion: number | null, version: number, createdBy: { displayName: string } | null, counts: { total: number } } }> } };

export type AdminMailingQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminMailingQuery = { viewer: { account: { id: string, role: AccountRole } | null }, mailing: { id: string, kind: MailingKind, subject: string, status: MailingStatus, version: number, approvalRequired: boolean, approvedVersion: number | null, approvedAt: string | null, createdAt: string, scheduledAt: string | null, startedAt: string | null, completedAt: string | null, cancelledAt: string | null, lastError: string | null, previewUrl: string, organizationCount: number, issueCount: number, approvedBy: { displayName: string } | null, createdBy: { id: string, displayName: string } | null, editedBy: Array<{ id: string }>, startedBy: { displayName: string } | null, reminderOf: { id: string, subject: string } | null, preview: { subject: string, text: string }, content:
      | { __typename: 'MeetingNoticeContent' }
      | { __typename: 'NewsletterContent' }
      | { __typename: 'NoticeContent', date: string, reply: { deadline: string } | null }
      | { __typename: 'VisitReportContent' }
     | null, audience: { categories: Array<MembershipCategoryCode>, workingGroups: Array<number>, board: boolean, prefectures: Array<string>, regions: Array<string>, organizationTypes: Array<string>, fieldsOfActivity: Array<FieldOfActivity>, contacts: { selection: AudienceContactSelection, roles: Array<ContactRole> }, includeOrganizations: Array<{ id: string } | null>, excludeOrganizations: Array<{ id: string } | null>, meeting: { id: string } | null }, counts: { total: number, queued: number, sending: number, retry: number, sent: number, bounced: number, failed: number, unknown: number, suppressed: number, cancelled: number, complaints: number }, issues: { edges: Array<{ node: { organizationName: string, reason: MailingIssueReason } }> }, replySummary: { organizations: number, delivered: number, acknowledged: number, late: number, notYet: number, unreached: number } | null, replies: { totalCount: number, edges: Array<{ node: { organizationName: string, acknowledgement: { acknowledgedAt: string, answer: string | null, late: boolean } | null } }> } } | null };

export type AdminMailingDeliveriesQueryVariables = Exact<{
  id: string | number;
  statuses?: Array<DeliveryStatus> | DeliveryStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminMailingDeliveriesQuery = { mailing: { id: string, deliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, address: string, recipientName: string, organizationName: string, status: DeliveryStatus, suppressionReason: DeliverySuppressionReason | null, lastError: string | null, sentAt: string | null } }> } } | null };

export type UpdateMailingAudienceMutationVariables = Exact<{
  input: UpdateMailingInput;
}>;


export type UpdateMailingAudienceMutation = { updateMailing:
    | { __typename: 'ApprovalRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateIssueNumberError', code: ErrorCode, message: string }
    | { __typename: 'MailingPayload' }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationFailedError', message: string, code: ErrorCode, problems: Array<{ path: Array<string>, message: string }> }
   };

export type ApproveMailingFromConsoleMutationVariables = Exact<{
  input: ApproveMailingInput;
}>;


export type ApproveMailingFromConsoleMutation = { approveMailing:
    | { __typename: 'ApprovalRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'MailingPayload' }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type SendMailingFromConsoleMutationVariables = Exact<{
  input: SendMailingInput;
}>;


export type SendMailingFromConsoleMutation = { sendMailing:
    | { __typename: 'ApprovalRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'MailingPayload' }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type ScheduleMailingFromConsoleMutationVariables = Exact<{
  input: ScheduleMailingInput;
}>;


export type ScheduleMailingFromConsoleMutation = { scheduleMailing:
    | { __typename: 'ApprovalRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'MailingPayload' }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationFailedError', code: ErrorCode, message: string, problems: Array<{ message: string }> }
   };

export type PauseMailingFromConsoleMutationVariables = Exact<{
  input: MailingIdInput;
}>;


export type PauseMailingFromConsoleMutation = { pauseMailing:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'MailingPayload' }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type ResumeMailingFromConsoleMutationVariables = Exact<{
  input: MailingIdInput;
}>;


export type ResumeMailingFromConsoleMutation = { resumeMailing:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'MailingPayload' }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type CancelMailingFromConsoleMutationVariables = Exact<{
  input: MailingIdInput;
}>;


export type CancelMailingFromConsoleMutation = { cancelMailing:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'MailingPayload' }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type DeleteMailingFromConsoleMutationVariables = Exact<{
  input: DeleteMailingInput;
}>;


export type DeleteMailingFromConsoleMutation = { deleteMailing:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DeleteMailingPayload' }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type TestSendFromConsoleMutationVariables = Exact<{
  input: SendTestMailingInput;
}>;


export type TestSendFromConsoleMutation = { sendTestMailing:
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'SendTestMailingPayload', addresses: Array<string> }
    | { __typename: 'ValidationFailedError', message: string, code: ErrorCode, problems: Array<{ message: string }> }
   };

export type ResendDeliveryFromConsoleMutationVariables = Exact<{
  input: ResendDeliveryInput;
}>;


export type ResendDeliveryFromConsoleMutation = { resendDelivery:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DeliveryPayload' }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type NewsletterEditorDataQueryVariables = Exact<{
  id: string | number;
}>;


export type NewsletterEditorDataQuery = { mailing: { id: string, kind: MailingKind, status: MailingStatus, version: number, approvalRequired: boolean, contentJson: string } | null };

export type NewsletterNextIssueNumberQueryVariables = Exact<{ [key: string]: never; }>;


export type NewsletterNextIssueNumberQuery = { nextNewsletterIssueNumber: number };

export type CreateNewsletterMutationVariables = Exact<{
  input: CreateMailingInput;
}>;


export type CreateNewsletterMutation = { createMailing:
    | { __typename: 'DuplicateIssueNumberError', message: string, existingMailing: { id: string, subject: string } | null }
    | { __typename: 'MailingPayload', mailing: { id: string } }
    | { __typename: 'ValidationFailedError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateNewsletterMutationVariables = Exact<{
  input: UpdateMailingInput;
}>;


export type UpdateNewsletterMutation = { updateMailing:
    | { __typename: 'ApprovalRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateIssueNumberError', message: string, code: ErrorCode, existingMailing: { id: string, subject: string } | null }
    | { __typename: 'MailingPayload', mailing: { id: string } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationFailedError', message: string, code: ErrorCode, problems: Array<{ path: Array<string>, message: string }> }
   };

export type NoticeEditorDataQueryVariables = Exact<{
  id: string | number;
  withMailing: boolean;
}>;


export type NoticeEditorDataQuery = { ministries: Array<{ code: string, name: string }>, mailing?: { id: string, kind: MailingKind, status: MailingStatus, version: number, subject: string, approvalRequired: boolean, content:
      | { __typename: 'MeetingNoticeContent' }
      | { __typename: 'NewsletterContent' }
      | { __typename: 'NoticeContent', date: string, issuerCodes: Array<string>, issuers: Array<string>, addressee: string, subject: string, paragraphs: Array<string>, attachments: Array<{ label: string, fileId: string | null, url: string | null, note: string | null }>, reply: { deadline: string, question: string | null } | null }
      | { __typename: 'VisitReportContent' }
     | null } | null };

export type CreateNoticeMutationVariables = Exact<{
  input: CreateMailingInput;
}>;


export type CreateNoticeMutation = { createMailing:
    | { __typename: 'DuplicateIssueNumberError' }
    | { __typename: 'MailingPayload', mailing: { id: string } }
    | { __typename: 'ValidationFailedError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateNoticeMutationVariables = Exact<{
  input: UpdateMailingInput;
}>;


export type UpdateNoticeMutation = { updateMailing:
    | { __typename: 'ApprovalRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateIssueNumberError', code: ErrorCode, message: string }
    | { __typename: 'MailingPayload', mailing: { id: string, version: number } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationFailedError', message: string, code: ErrorCode, problems: Array<{ path: Array<string>, message: string }> }
   };

export type NoticeLatestVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type NoticeLatestVersionQuery = { mailing: { id: string, version: number, status: MailingStatus } | null };

export type VisitReportEditorDataQueryVariables = Exact<{
  id: string | number;
}>;


export type VisitReportEditorDataQuery = { mailing: { id: string, kind: MailingKind, status: MailingStatus, version: number, approvalRequired: boolean, contentJson: string } | null };

export type CreateVisitReportMutationVariables = Exact<{
  input: CreateMailingInput;
}>;


export type CreateVisitReportMutation = { createMailing:
    | { __typename: 'DuplicateIssueNumberError' }
    | { __typename: 'MailingPayload', mailing: { id: string } }
    | { __typename: 'ValidationFailedError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateVisitReportMutationVariables = Exact<{
  input: UpdateMailingInput;
}>;


export type UpdateVisitReportMutation = { updateMailing:
    | { __typename: 'ApprovalRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateIssueNumberError', code: ErrorCode, message: string }
    | { __typename: 'MailingPayload', mailing: { id: string } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationFailedError', message: string, code: ErrorCode, problems: Array<{ path: Array<string>, message: string }> }
   };

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
    | { __typename: 'Organization', id: string, version: number, name: string | null, nameKana: string | null, category: MembershipCategoryCode | null, status: OrganizationStatus, organizationType: string | null, scope: OrganizationScope | null, website: string | null, description: string | null, fieldsOfActivity: Array<FieldOfActivity> | null, joinedOn: string | null, publishedFields: Array<PublishableField>, prefecture: { name: string } | null, designatedCity: { name: string } | null, pendingProfileChange: { id: string, requestedAt: string } | null, contacts: Array<{ id: string, name: string, nameKana: string | null, email: string, emailStatus: ContactEmailStatus, phone: string | null, roles: Array<ContactRole>, isPrimary: boolean, optedOutKinds: Array<OptOutMailKind> }>, membershipHistory: Array<{ kind: MembershipEventKind, occurredOn: string, categoryAfter: MembershipCategoryCode, statusAfter: OrganizationStatus, note: string | null }>, workingGroupMemberships: Array<{ role: WorkingGroupRole, joinedOn: string, workingGroup: { number: number, title: string } }>, workingGroupRequests: Array<{ id: string, kind: WorkingGroupRequestKind, decision: DecisionState, requestedAt: string, workingGroup: { number: number } }>, boardSeat: { role: BoardRole, startsOn: string, endsOn: string | null } | null, receivedNotices: { totalCount: number, edges: Array<{ node: { mailingId: string, subject: string, sentAt: string | null, replyRequest: { deadline: string } | null, acknowledgement: { acknowledgedAt: string, answer: string | null, channel: AcknowledgementChannel, late: boolean } | null } }> }, visitReports: { totalCount: number, edges: Array<{ node: { id: string, title: string, issuedOn: string | null, url: string } }> } }
    | { __typename: 'PolicyMeasure' }
    | { __typename: 'Suppression' }
    | { __typename: 'WorkingGroup' }
   | null };

export type RegisterApplicationsQueryVariables = Exact<{
  first: number;
}>;


export type RegisterApplicationsQuery = { membershipApplications: { totalCount: number, edges: Array<{ node: { requestedAt: string, applicantName: string, applicantEmail: string, message: string | null, organization: { id: string, name: string | null, nameKana: string | null, category: MembershipCategoryCode | null, organizationType: string | null, scope: OrganizationScope | null, website: string | null, description: string | null, fieldsOfActivity: Array<FieldOfActivity> | null, prefecture: { name: string } | null, designatedCity: { name: string } | null } } }> } };

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


export type RegisterProfileChangesQuery = { profileChangeRequests: { totalCount: number, edges: Array<{ node: { id: string, requestedAt: string, organization: { id: string, name: string | null }, changes: Array<{ field: ProfileChangeField, before: string | null, after: string | null }> } }> } };

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


export type RegisterWorkingGroupRequestsQuery = { workingGroupRequests: { totalCount: number, edges: Array<{ node: { id: string, kind: WorkingGroupRequestKind, requestReason: string | null, requestedAt: string, organization: { id: string, name: string | null }, workingGroup: { number: number, title: string } } }> } };

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


export type MailingRepliesQuery = { settings: { approvalRequiredKinds: Array<MailingKind> }, node:
    | { __typename: 'Account' }
    | { __typename: 'AgendaItem' }
    | { __typename: 'ArchiveItem' }
    | { __typename: 'BoardSeat' }
    | { __typename: 'Contact' }
    | { __typename: 'Delivery' }
    | { __typename: 'File' }
    | { __typename: 'Mailing', id: string, kind: MailingKind, subject: string, status: MailingStatus, version: number, approvalRequired: boolean, startedAt: string | null, previewUrl: string, meeting: { id: string } | null, reminders: Array<{ id: string, subject: string, status: MailingStatus, approvalRequired: boolean, createdAt: string, startedAt: string | null }>, content:
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
    | { __typename: 'SendReminderPayload', reminder: { id: string, subject: string, status: MailingStatus } }
    | { __typename: 'ValidationFailedError', code: ErrorCode, message: string, problems: Array<{ path: Array<string>, message: string }> }
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


export type SettingsCreateApiKeyMutation = { createApiKey:
    | { __typename: 'CreateApiKeyPayload', key: string, apiKey: { id: string, name: string } }
    | { __typename: 'ValidationFailedError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type SettingsRevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type SettingsRevokeApiKeyMutation = { revokeApiKey:
    | { __typename: 'ApiKeyPayload' }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type ServiceSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceSettingsQuery = { settings: { profileChangesRequireReview: boolean, approvalRequiredKinds: Array<MailingKind> }, viewer: { account: { role: AccountRole } | null } };

export type ServiceSettingsUpdateMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type ServiceSettingsUpdateMutation = { updateSettings:
    | { __typename: 'SettingsPayload', settings: { profileChangesRequireReview: boolean, approvalRequiredKinds: Array<MailingKind> } }
    | { __typename: 'ValidationFailedError', message: string }
   };

export type SettingsSuppressionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: SuppressionFilter | null | undefined;
}>;


export type SettingsSuppressionsQuery = { suppressions: { totalCount: number, edges: Array<{ node: { id: string, address: string, reason: SuppressionReason, detail: string | null, source: SuppressionSource, createdAt: string, liftedAt: string | null } }> } };

export type SettingsLiftSuppressionMutationVariables = Exact<{
  input: LiftSuppressionInput;
}>;


export type SettingsLiftSuppressionMutation = { liftSuppression:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'SuppressionPayload' }
   };

export type ApplyReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplyReferenceQuery = { membershipCategories: Array<{ code: MembershipCategoryCode, nameJa: string, descriptionJa: string }>, prefectures: Array<{ code: string, name: string }>, designatedCities: Array<{ code: string, name: string, prefectureCode: string }> };

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


export type MemberContactsQuery = { viewer: { organization: { id: string, contacts: Array<{ id: string, name: string, nameKana: string | null, email: string, phone: string | null, roles: Array<ContactRole>, isPrimary: boolean, emailStatus: ContactEmailStatus, optedOutKinds: Array<OptOutMailKind> }> } | null } };

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


export type MemberOrganizationQuery = { viewer: { organization: { id: string, name: string | null, nameKana: string | null, category: MembershipCategoryCode | null, status: OrganizationStatus, organizationType: string | null, scope: OrganizationScope | null, website: string | null, description: string | null, fieldsOfActivity: Array<FieldOfActivity> | null, publishedFields: Array<PublishableField>, version: number, joinedOn: string | null, prefecture: { name: string } | null, designatedCity: { name: string } | null, pendingProfileChange: { id: string, requestedAt: string, changes: Array<{ field: ProfileChangeField, before: string | null, after: string | null }> } | null } | null } };

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


export type MemberWorkingGroupsQuery = { workingGroups: Array<{ number: number, title: string, theme: string }>, viewer: { organization: { id: string, workingGroupMemberships: Array<{ role: WorkingGroupRole, joinedOn: string, workingGroup: { number: number } }>, workingGroupRequests: Array<{ id: string, kind: WorkingGroupRequestKind, decision: DecisionState, decisionReason: string | null, requestReason: string | null, requestedAt: string, workingGroup: { number: number } }> } | null } };

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


export type SignOutMutation = { signOut:
    | { __typename: 'ConflictError' }
    | { __typename: 'SignOutPayload' }
   };

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
  applications: membershipApplications(decision: PENDING, first: 1) {
    totalCount
  }
  profileChanges: profileChangeRequests(decision: PENDING, first: 1) {
    totalCount
  }
  workingGroupRequests(decision: PENDING, first: 1) {
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
export const AudienceCatalogueDocument = new TypedDocumentString(`
    query AudienceCatalogue {
  membershipCategories {
    code
    nameJa
  }
  workingGroups {
    number
    title
  }
  regions {
    code
    name
  }
  prefectures {
    code
    name
    region {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AudienceCatalogueQuery, AudienceCatalogueQueryVariables>;
export const AudienceCountDocument = new TypedDocumentString(`
    query AudienceCount($audience: AudienceInput!, $kind: MailingKind!) {
  audiencePreview(audience: $audience, kind: $kind) {
    __typename
    ... on AudiencePreview {
      organizationCount
      recipientCount
      unreachedOrganizationCount
      suppressed {
        reason
        count
      }
      unreachedOrganizations {
        organizationName
        reason
      }
    }
    ... on ValidationFailedError {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AudienceCountQuery, AudienceCountQueryVariables>;
export const AdminMailingListDocument = new TypedDocumentString(`
    query AdminMailingList($first: Int!, $after: String, $filter: MailingFilter) {
  mailings(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        subject
        status
        createdAt
        scheduledAt
        startedAt
        approvalRequired
        approvedVersion
        version
        createdBy {
          displayName
        }
        counts {
          total
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminMailingListQuery, AdminMailingListQueryVariables>;
export const AdminMailingDocument = new TypedDocumentString(`
    query AdminMailing($id: ID!) {
  viewer {
    account {
      id
      role
    }
  }
  mailing(id: $id) {
    id
    kind
    subject
    status
    version
    approvalRequired
    approvedVersion
    approvedAt
    approvedBy {
      displayName
    }
    createdBy {
      id
      displayName
    }
    editedBy {
      id
    }
    startedBy {
      displayName
    }
    createdAt
    scheduledAt
    startedAt
    completedAt
    cancelledAt
    lastError
    reminderOf {
      id
      subject
    }
    previewUrl
    preview {
      subject
      text
    }
    content {
      __typename
      ... on NoticeContent {
        date
        reply {
          deadline
        }
      }
    }
    audience {
      categories
      workingGroups
      board
      prefectures
      regions
      organizationTypes
      fieldsOfActivity
      contacts {
        selection
        roles
      }
      includeOrganizations {
        id
      }
      excludeOrganizations {
        id
      }
      meeting {
        id
      }
    }
    counts {
      total
      queued
      sending
      retry
      sent
      bounced
      failed
      unknown
      suppressed
      cancelled
      complaints
    }
    organizationCount
    issueCount
    issues(first: 50) {
      edges {
        node {
          organizationName
          reason
        }
      }
    }
    replySummary {
      organizations
      delivered
      acknowledged
      late
      notYet
      unreached
    }
    replies(first: 20, state: ACKNOWLEDGED) {
      totalCount
      edges {
        node {
          organizationName
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
    `) as unknown as TypedDocumentString<AdminMailingQuery, AdminMailingQueryVariables>;
export const AdminMailingDeliveriesDocument = new TypedDocumentString(`
    query AdminMailingDeliveries($id: ID!, $statuses: [DeliveryStatus!], $after: String) {
  mailing(id: $id) {
    id
    deliveries(first: 50, after: $after, filter: {statuses: $statuses}) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          address
          recipientName
          organizationName
          status
          suppressionReason
          lastError
          sentAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminMailingDeliveriesQuery, AdminMailingDeliveriesQueryVariables>;
export const UpdateMailingAudienceDocument = new TypedDocumentString(`
    mutation UpdateMailingAudience($input: UpdateMailingInput!) {
  updateMailing(input: $input) {
    __typename
    ... on ValidationFailedError {
      message
      problems {
        path
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateMailingAudienceMutation, UpdateMailingAudienceMutationVariables>;
export const ApproveMailingFromConsoleDocument = new TypedDocumentString(`
    mutation ApproveMailingFromConsole($input: ApproveMailingInput!) {
  approveMailing(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ApproveMailingFromConsoleMutation, ApproveMailingFromConsoleMutationVariables>;
export const SendMailingFromConsoleDocument = new TypedDocumentString(`
    mutation SendMailingFromConsole($input: SendMailingInput!) {
  sendMailing(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SendMailingFromConsoleMutation, SendMailingFromConsoleMutationVariables>;
export const ScheduleMailingFromConsoleDocument = new TypedDocumentString(`
    mutation ScheduleMailingFromConsole($input: ScheduleMailingInput!) {
  scheduleMailing(input: $input) {
    __typename
    ... on ValidationFailedError {
      problems {
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduleMailingFromConsoleMutation, ScheduleMailingFromConsoleMutationVariables>;
export const PauseMailingFromConsoleDocument = new TypedDocumentString(`
    mutation PauseMailingFromConsole($input: MailingIdInput!) {
  pauseMailing(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PauseMailingFromConsoleMutation, PauseMailingFromConsoleMutationVariables>;
export const ResumeMailingFromConsoleDocument = new TypedDocumentString(`
    mutation ResumeMailingFromConsole($input: MailingIdInput!) {
  resumeMailing(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ResumeMailingFromConsoleMutation, ResumeMailingFromConsoleMutationVariables>;
export const CancelMailingFromConsoleDocument = new TypedDocumentString(`
    mutation CancelMailingFromConsole($input: MailingIdInput!) {
  cancelMailing(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CancelMailingFromConsoleMutation, CancelMailingFromConsoleMutationVariables>;
export const DeleteMailingFromConsoleDocument = new TypedDocumentString(`
    mutation DeleteMailingFromConsole($input: DeleteMailingInput!) {
  deleteMailing(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteMailingFromConsoleMutation, DeleteMailingFromConsoleMutationVariables>;
export const TestSendFromConsoleDocument = new TypedDocumentString(`
    mutation TestSendFromConsole($input: SendTestMailingInput!) {
  sendTestMailing(input: $input) {
    __typename
    ... on SendTestMailingPayload {
      addresses
    }
    ... on ValidationFailedError {
      message
      problems {
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TestSendFromConsoleMutation, TestSendFromConsoleMutationVariables>;
export const ResendDeliveryFromConsoleDocument = new TypedDocumentString(`
    mutation ResendDeliveryFromConsole($input: ResendDeliveryInput!) {
  resendDelivery(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ResendDeliveryFromConsoleMutation, ResendDeliveryFromConsoleMutationVariables>;
export const NewsletterEditorDataDocument = new TypedDocumentString(`
    query NewsletterEditorData($id: ID!) {
  mailing(id: $id) {
    id
    kind
    status
    version
    approvalRequired
    contentJson
  }
}
    `) as unknown as TypedDocumentString<NewsletterEditorDataQuery, NewsletterEditorDataQueryVariables>;
export const NewsletterNextIssueNumberDocument = new TypedDocumentString(`
    query NewsletterNextIssueNumber {
  nextNewsletterIssueNumber
}
    `) as unknown as TypedDocumentString<NewsletterNextIssueNumberQuery, NewsletterNextIssueNumberQueryVariables>;
export const CreateNewsletterDocument = new TypedDocumentString(`
    mutation CreateNewsletter($input: CreateMailingInput!) {
  createMailing(input: $input) {
    __typename
    ... on MailingPayload {
      mailing {
        id
      }
    }
    ... on ValidationFailedError {
      message
      problems {
        path
        message
      }
    }
    ... on DuplicateIssueNumberError {
      message
      existingMailing {
        id
        subject
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreateNewsletterMutation, CreateNewsletterMutationVariables>;
export const UpdateNewsletterDocument = new TypedDocumentString(`
    mutation UpdateNewsletter($input: UpdateMailingInput!) {
  updateMailing(input: $input) {
    __typename
    ... on MailingPayload {
      mailing {
        id
      }
    }
    ... on ValidationFailedError {
      message
      problems {
        path
        message
      }
    }
    ... on DuplicateIssueNumberError {
      message
      existingMailing {
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
    `) as unknown as TypedDocumentString<UpdateNewsletterMutation, UpdateNewsletterMutationVariables>;
export const NoticeEditorDataDocument = new TypedDocumentString(`
    query NoticeEditorData($id: ID!, $withMailing: Boolean!) {
  ministries {
    code
    name
  }
  mailing(id: $id) @include(if: $withMailing) {
    id
    kind
    status
    version
    subject
    approvalRequired
    content {
      __typename
      ... on NoticeContent {
        date
        issuerCodes
        issuers
        addressee
        subject
        paragraphs
        attachments {
          label
          fileId
          url
          note
        }
        reply {
          deadline
          question
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NoticeEditorDataQuery, NoticeEditorDataQueryVariables>;
export const CreateNoticeDocument = new TypedDocumentString(`
    mutation CreateNotice($input: CreateMailingInput!) {
  createMailing(input: $input) {
    __typename
    ... on MailingPayload {
      mailing {
        id
      }
    }
    ... on ValidationFailedError {
      message
      problems {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreateNoticeMutation, CreateNoticeMutationVariables>;
export const UpdateNoticeDocument = new TypedDocumentString(`
    mutation UpdateNotice($input: UpdateMailingInput!) {
  updateMailing(input: $input) {
    __typename
    ... on MailingPayload {
      mailing {
        id
        version
      }
    }
    ... on ValidationFailedError {
      message
      problems {
        path
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateNoticeMutation, UpdateNoticeMutationVariables>;
export const NoticeLatestVersionDocument = new TypedDocumentString(`
    query NoticeLatestVersion($id: ID!) {
  mailing(id: $id) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<NoticeLatestVersionQuery, NoticeLatestVersionQueryVariables>;
export const VisitReportEditorDataDocument = new TypedDocumentString(`
    query VisitReportEditorData($id: ID!) {
  mailing(id: $id) {
    id
    kind
    status
    version
    approvalRequired
    contentJson
  }
}
    `) as unknown as TypedDocumentString<VisitReportEditorDataQuery, VisitReportEditorDataQueryVariables>;
export const CreateVisitReportDocument = new TypedDocumentString(`
    mutation CreateVisitReport($input: CreateMailingInput!) {
  createMailing(input: $input) {
    __typename
    ... on MailingPayload {
      mailing {
        id
      }
    }
    ... on ValidationFailedError {
      message
      problems {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreateVisitReportMutation, CreateVisitReportMutationVariables>;
export const UpdateVisitReportDocument = new TypedDocumentString(`
    mutation UpdateVisitReport($input: UpdateMailingInput!) {
  updateMailing(input: $input) {
    __typename
    ... on MailingPayload {
      mailing {
        id
      }
    }
    ... on ValidationFailedError {
      message
      problems {
        path
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateVisitReportMutation, UpdateVisitReportMutationVariables>;
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
      designatedCity {
        name
      }
      publishedFields
      pendingProfileChange {
        id
        requestedAt
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
        decision
        requestedAt
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
  membershipApplications(decision: PENDING, first: $first) {
    totalCount
    edges {
      node {
        requestedAt
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
          designatedCity {
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
  profileChangeRequests(decision: PENDING, first: $first) {
    totalCount
    edges {
      node {
        id
        requestedAt
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
  workingGroupRequests(decision: PENDING, first: $first) {
    totalCount
    edges {
      node {
        id
        kind
        requestReason
        requestedAt
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
  settings {
    approvalRequiredKinds
  }
  node(id: $id) {
    __typename
    ... on Mailing {
      id
      kind
      subject
      status
      version
      approvalRequired
      startedAt
      previewUrl
      meeting {
        id
      }
      reminders {
        id
        subject
        status
        approvalRequired
        createdAt
        startedAt
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
        status
      }
    }
    ... on ValidationFailedError {
      problems {
        path
        message
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
    __typename
    ... on CreateApiKeyPayload {
      key
      apiKey {
        id
        name
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
    approvalRequiredKinds
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
    __typename
    ... on SettingsPayload {
      settings {
        profileChangesRequireReview
        approvalRequiredKinds
      }
    }
    ... on Error {
      message
    }
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
  designatedCities {
    code
    name
    prefectureCode
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
      designatedCity {
        name
      }
      pendingProfileChange {
        id
        requestedAt
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
        decision
        decisionReason
        requestReason
        requestedAt
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