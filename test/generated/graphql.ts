/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** Where an application stands. Superseded by `DecisionState` (`MembershipApplication.decision`). */
export type ApplicationStatus =
  /** Approved: the organisation is a member. */
  | 'APPROVED'
  /** Waiting for the secretariat. */
  | 'PENDING'
  /** Rejected, with a reason. */
  | 'REJECTED';

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

/** The approval of a DRAFT mailing. */
export type ApproveMailingInput = {
  /** The `version` you reviewed; a newer one gives CONFLICT. */
  expectedVersion: number;
  /** The mailing. */
  mailingId: string | number;
};

/** Kinds of mail published in the archive (会議の招集通知 never are). */
export type ArchiveKind =
  /** メールマガジン (newsletter issues). */
  | 'NEWSLETTER'
  /** 事務連絡 (administrative circulars) marked public. */
  | 'NOTICE'
  /** 事務局訪問記 (office-visit reports). */
  | 'VISIT_REPORT';

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

/** Who made an audited change. */
export type AuditActorKind =
  /** A caller without credentials (an application, a reply or unsubscribe link, a sign-in request). */
  | 'ANONYMOUS'
  /** The command-line tool on the server (`actorId` is the operator as user@host). */
  | 'CLI'
  /** A member organisation’s user (`actorId` is the account). */
  | 'MEMBER'
  /** A partner API key (`actorId` is its id). */
  | 'PARTNER'
  /** Secretariat staff or an admin (`actorId` is the account). */
  | 'SECRETARIAT';

/** Role of a seat on the board (幹事会). */
export type BoardRole =
  /** Chair of the board (議長); at most one on any day. */
  | 'CHAIR'
  /** Board member (幹事). */
  | 'MEMBER'
  /** Vice chair (副議長). */
  | 'VICE_CHAIR';

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

/** What an uploaded file is for; it can only be used there. */
export type FilePurpose =
  /** An attachment of a 事務連絡 (PDF, office file, CSV/TXT; up to 10 MiB), downloaded through a per-organisation link. */
  | 'ATTACHMENT'
  /** A photo of a 事務局訪問記 (JPEG, PNG, GIF, WebP; up to 2 MiB); public at /files/<fileId> once uploaded. */
  | 'PHOTO';

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

/** Order of the directory. */
export type OrganizationOrder =
  /** By joining date, earliest first. */
  | 'JOINED_ON'
  /** 五十音順 by reading. */
  | 'KANA'
  /** By prefecture code (北海道 first), then reading. */
  | 'PREFECTURE';

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

/** Whether a listing is the measure’s own sheet or a re-listing (再掲). */
export type PlacementKind =
  /** The measure’s own listing, with its page. */
  | 'PRIMARY'
  /** Listed again (再掲) under another sub-item. */
  | 'RELISTED';

/** Conditions a measure must all meet. */
export type PolicyMeasureFilter = {
  /** Listed (primary or 再掲) under this basic policy, 1–4. */
  basicPolicy?: number | null | undefined;
  /** Responsible ministry code (see `ministries`), e.g. `mhlw`. */
  ministry?: string | null | undefined;
  /** Listed under this sub-item number (use with `basicPolicy`). */
  subItem?: number | null | undefined;
  /** Words in the title; width and katakana/hiragana are ignored. */
  text?: string | null | undefined;
};

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

/** Where a held profile change stands. Superseded by `DecisionState` (`ProfileChangeRequest.decision`). */
export type ProfileChangeStatus =
  /** Approved and published. */
  | 'APPROVED'
  /** Waiting for the secretariat. */
  | 'PENDING'
  /** Rejected. */
  | 'REJECTED'
  /** Replaced by a newer request. */
  | 'SUPERSEDED'
  /** Withdrawn by the organisation before a decision. */
  | 'WITHDRAWN';

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

/** A contact to remove. */
export type RemoveContactInput = {
  /** The contact. */
  contactId: string | number;
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

/** Whether a mailing is published in the archive. */
export type SetMailingPublicationInput = {
  /** true: published once its sending starts (at once if it already has); false: withdrawn — its URL answers 410 Gone. */
  isPublic: boolean;
  /** The mailing. */
  mailingId: string | number;
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

/** Which organisation and which group. */
export type WorkingGroupRequestInput = {
  /** The organisation. */
  organizationId: string | number;
  /** Why the organisation asks to join or leave (optional, up to 1,000 characters); the secretariat reads it with the request. */
  reason?: string | null | undefined;
  /** Group number, 1–3. */
  workingGroup: number;
};

/** Where a join/leave request stands. Superseded by `DecisionState` (`WorkingGroupRequest.decision`), where DECLINED reads REJECTED. */
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

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

export type CachedDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type CachedDirectoryQuery = { organizations: { edges: Array<{ node: { id: string, name: string | null } }> } };

export type CachedOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type CachedOrganizationQuery = { node:
    | { name: string | null }
    | Record<PropertyKey, never>
   | null };

export type CacheEmptyingSettingsMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type CacheEmptyingSettingsMutation = { updateSettings:
    | { __typename: 'SettingsPayload' }
    | { __typename: 'ValidationFailedError' }
   };

export type ArchiveArchiveQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  kind?: ArchiveKind | null | undefined;
}>;


export type ArchiveArchiveQuery = { archive: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: ArchiveKind, title: string, url: string, issuedOn: string | null, html: string, text: string, organization: { id: string } | null } }> } };

export type ArchiveNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ArchiveNodeQuery = { node:
    | { visitReports: { totalCount: number, edges: Array<{ node: { id: string, title: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type ArchiveArchive2QueryVariables = Exact<{ [key: string]: never; }>;


export type ArchiveArchive2Query = { archive: { edges: Array<{ node: { kind: ArchiveKind, content:
          | { __typename: 'MeetingNoticeContent' }
          | { __typename: 'NewsletterContent', issueNumber: number, sections: Array<{ heading: string, items: Array<{ title: string }> }> }
          | { __typename: 'NoticeContent' }
          | { __typename: 'VisitReportContent' }
         | null } }> } };

export type ArchiveNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ArchiveNodesQuery = { nodes: Array<
    | { title: string, kind: ArchiveKind }
    | Record<PropertyKey, never>
   | null> };

export type ArchiveSetMailingPublicationMutationVariables = Exact<{
  input: SetMailingPublicationInput;
}>;


export type ArchiveSetMailingPublicationMutation = { setMailingPublication:
    | { __typename: 'NotFoundError' }
    | { __typename: 'SetMailingPublicationPayload', mailing: { id: string }, archiveItem: { url: string } | null }
    | { __typename: 'ValidationFailedError', message: string }
   };

export type ApiKeysCreateApiKeyMutationVariables = Exact<{
  name: string;
  expiresAt?: string | null | undefined;
}>;


export type ApiKeysCreateApiKeyMutation = { createApiKey:
    | { key: string, apiKey: { id: string, name: string, lastUsedAt: string | null } }
    | Record<PropertyKey, never>
   };

export type ApiKeysViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysViewerQuery = { viewer: { kind: ViewerKind } };

export type ApiKeysApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysApiKeysQuery = { apiKeys: Array<{ id: string, lastUsedAt: string | null }> };

export type ApiKeysRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiKeysRevokeApiKeyMutation = { revokeApiKey:
    | { __typename: 'ApiKeyPayload' }
    | { __typename: 'NotFoundError' }
   };

export type ApiKeysCreateApiKey2MutationVariables = Exact<{
  expiresAt?: string | null | undefined;
}>;


export type ApiKeysCreateApiKey2Mutation = { createApiKey:
    | { __typename: 'CreateApiKeyPayload' }
    | { __typename: 'ValidationFailedError', problems: Array<{ path: Array<string>, message: string }> }
   };

export type PermissionsNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type PermissionsNodeQuery = { node:
    | { contacts: Array<{ email: string, phone: string | null }> }
    | Record<PropertyKey, never>
   | null };

export type PermissionsNode2QueryVariables = Exact<{
  id: string | number;
}>;


export type PermissionsNode2Query = { node:
    | { status: OrganizationStatus, version: number, publishedFields: Array<PublishableField> }
    | Record<PropertyKey, never>
   | null };

export type PermissionsNode3QueryVariables = Exact<{
  id: string | number;
}>;


export type PermissionsNode3Query = { node:
    | { users: Array<{ email: string }> }
    | Record<PropertyKey, never>
   | null };

export type PermissionsUpdateOrganizationProfileMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type PermissionsUpdateOrganizationProfileMutation = { updateOrganizationProfile:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateOrganizationProfilePayload' }
    | { __typename: 'ValidationFailedError' }
   };

export type PermissionsInviteOrganizationUserMutationVariables = Exact<{
  id: string | number;
  email: string;
}>;


export type PermissionsInviteOrganizationUserMutation = { inviteOrganizationUser:
    | { __typename: 'AccountPayload' }
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
   };

export type PermissionsCreateAccountMutationVariables = Exact<{
  email: string;
}>;


export type PermissionsCreateAccountMutation = { createAccount:
    | { __typename: 'AccountPayload' }
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
   };

export type PermissionsNode4QueryVariables = Exact<{
  id: string | number;
}>;


export type PermissionsNode4Query = { node:
    | { name: string | null, contacts: Array<{ email: string }> }
    | Record<PropertyKey, never>
   | null };

export type PermissionsOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsOrganizationsQuery = { organizations: { edges: Array<{ node: { id: string, contacts: Array<{ email: string }> } }> } };

export type PermissionsNode5QueryVariables = Exact<{
  id: string | number;
}>;


export type PermissionsNode5Query = { node:
    | { email: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type PermissionsUpdateOrganizationProfile2MutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type PermissionsUpdateOrganizationProfile2Mutation = { updateOrganizationProfile:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateOrganizationProfilePayload' }
    | { __typename: 'ValidationFailedError' }
   };

export type PermissionsRemoveOrganizationUser2MutationVariables = Exact<{
  id: string | number;
}>;


export type PermissionsRemoveOrganizationUser2Mutation = { removeOrganizationUser:
    | { __typename: 'NotFoundError' }
    | { __typename: 'RemoveOrganizationUserPayload' }
   };

export type PermissionsUpdateOrganizationProfile3MutationVariables = Exact<{
  id: string | number;
  v: number;
  d: string;
}>;


export type PermissionsUpdateOrganizationProfile3Mutation = { updateOrganizationProfile:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'UpdateOrganizationProfilePayload' }
    | { __typename: 'ValidationFailedError', code: ErrorCode }
   };

export type PermissionsAuditEventsQueryVariables = Exact<{
  id: string;
}>;


export type PermissionsAuditEventsQuery = { auditEvents: { edges: Array<{ node: { action: string, actorId: string | null, before: string | null, after: string | null } }> } };

export type PermissionsRemoveOrganizationUserMutationVariables = Exact<{
  id: string | number;
}>;


export type PermissionsRemoveOrganizationUserMutation = { removeOrganizationUser:
    | { __typename: 'NotFoundError' }
    | { __typename: 'RemoveOrganizationUserPayload' }
   };

export type SecretsAtRestRequestSignInLinkMutationVariables = Exact<{
  e: string;
}>;


export type SecretsAtRestRequestSignInLinkMutation = { requestSignInLink:
    | { __typename: 'RateLimitedError' }
    | { __typename: 'RequestSignInLinkPayload' }
   };

export type SecretsAtRestRedeemSignInLinkMutationVariables = Exact<{
  t: string;
}>;


export type SecretsAtRestRedeemSignInLinkMutation = { redeemSignInLink:
    | { sessionToken: string }
    | Record<PropertyKey, never>
   };

export type SecretsAtRestCreateApiKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type SecretsAtRestCreateApiKeyMutation = { createApiKey:
    | { key: string }
    | Record<PropertyKey, never>
   };

export type SecretsAtRestViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SecretsAtRestViewerQuery = { viewer: { kind: ViewerKind } };

export type SignInRequestSignInLinkMutationVariables = Exact<{
  email: string;
}>;


export type SignInRequestSignInLinkMutation = { requestSignInLink:
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, retryAfterSeconds: number }
    | { __typename: 'RequestSignInLinkPayload', message: string }
   };

export type SignInRedeemSignInLinkMutationVariables = Exact<{
  token: string;
}>;


export type SignInRedeemSignInLinkMutation = { redeemSignInLink:
    | { __typename: 'InvalidTokenError', code: ErrorCode, message: string }
    | { __typename: 'RedeemSignInLinkPayload', sessionToken: string, account: { email: string, role: AccountRole } }
   };

export type SignInViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInViewerQuery = { viewer: { kind: ViewerKind, account: { email: string } | null } };

export type SignInMySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInMySessionsQuery = { mySessions: Array<{ id: string, current: boolean }> };

export type SignInRevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type SignInRevokeSessionMutation = { revokeSession:
    | { __typename: 'NotFoundError' }
    | { __typename: 'SignOutPayload' }
   };

export type SignInViewer2QueryVariables = Exact<{ [key: string]: never; }>;


export type SignInViewer2Query = { viewer: { kind: ViewerKind } };

export type SignInSignOut2MutationVariables = Exact<{ [key: string]: never; }>;


export type SignInSignOut2Mutation = { signOut:
    | { revokedSessionId: string }
    | Record<PropertyKey, never>
   };

export type SignInSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignInSignOutMutation = { signOut:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'SignOutPayload' }
   };

export type DemoDataBoardCompositionQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type DemoDataBoardCompositionQuery = { boardComposition: { size: number, chair: { organization: { category: MembershipCategoryCode | null } | null } | null, viceChairs: Array<{ organization: { category: MembershipCategoryCode | null } | null }>, members: Array<{ organization: { category: MembershipCategoryCode | null } | null }> } };

export type StatsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type StatsQuery = { membershipStats: { asOf: string, regular: number, supporting: number, cooperating: number, total: number } };

export type AttachmentsMailingQueryVariables = Exact<{
  id: string | number;
}>;


export type AttachmentsMailingQuery = { mailing: { attachmentDownloads: Array<{ organizationName: string, downloads: number, file: { filename: string } | null, organization: { id: string } | null }> } | null };

export type DeleteDeleteFileMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteDeleteFileMutation = { deleteFile:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DeleteFilePayload', deletedFileId: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type UploadNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type UploadNodeQuery = { node:
    | { filename: string, byteSize: number, purpose: FilePurpose, uploadedBy: { id: string } | null }
    | Record<PropertyKey, never>
   | null, files: { totalCount: number, edges: Array<{ node: { fileId: string } }> } };

export type UploadMailingQueryVariables = Exact<{
  id: string | number;
}>;


export type UploadMailingQuery = { mailing: { preview: { html: string, text: string } } | null };

export type UploadCreateMailingMutationVariables = Exact<{
  input: CreateMailingInput;
}>;


export type UploadCreateMailingMutation = { createMailing:
    | { __typename: 'DuplicateIssueNumberError' }
    | { __typename: 'MailingPayload', mailing: { id: string, content:
          | { attachments: Array<{ fileId: string | null }> }
          | Record<PropertyKey, never>
         | null } }
    | { __typename: 'ValidationFailedError' }
   };

export type MeasureQueryVariables = Exact<{
  number: number;
}>;


export type MeasureQuery = { policyMeasure: { id: string, number: number, title: string, page: number, ministries: Array<{ code: string, name: string }>, subMeasures: Array<{ title: string, ministries: Array<{ code: string }> }>, placements: Array<{ kind: PlacementKind, basicPolicy: { number: number }, subItem: { number: number, symbol: string } }> } | null };

export type MeasuresQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PolicyMeasureFilter | null | undefined;
}>;


export type MeasuresQuery = { policyMeasures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { number: number, placements: Array<{ kind: PlacementKind }> } }> } };

export type CatalogueNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type CatalogueNodeQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgendaItem' }
    | { __typename: 'ArchiveItem' }
    | { __typename: 'BoardSeat' }
    | { __typename: 'Contact' }
    | { __typename: 'Delivery' }
    | { __typename: 'File' }
    | { __typename: 'Mailing' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organization' }
    | { __typename: 'PolicyMeasure', number: number, title: string }
    | { __typename: 'Suppression' }
    | { __typename: 'WorkingGroup' }
   | null };

export type ReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceQuery = { basicPolicies: Array<{ number: number, subItems: Array<{ number: number }> }>, prefectures: Array<{ code: string, name: string, region: { name: string } }>, designatedCities: Array<{ name: string, prefectureCode: string }>, membershipCategories: Array<{ code: MembershipCategoryCode, nameJa: string }>, ministries: Array<{ code: string, name: string }>, workingGroups: Array<{ number: number, title: string, theme: string, goals: Array<string> }> };

export type IdsCreateMailingMutationVariables = Exact<{
  input: CreateMailingInput;
}>;


export type IdsCreateMailingMutation = { createMailing:
    | { mailing: { id: string } }
    | Record<PropertyKey, never>
   };

export type IdsUpdateOrganizationProfileMutationVariables = Exact<{
  input: UpdateOrganizationProfileInput;
}>;


export type IdsUpdateOrganizationProfileMutation = { updateOrganizationProfile:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateOrganizationProfilePayload' }
    | { __typename: 'ValidationFailedError' }
   };

export type IdsAddContactMutationVariables = Exact<{
  input: AddContactInput;
}>;


export type IdsAddContactMutation = { addContact:
    | { contact: { id: string } }
    | Record<PropertyKey, never>
   };

export type IdsRemoveContactMutationVariables = Exact<{
  input: RemoveContactInput;
}>;


export type IdsRemoveContactMutation = { removeContact:
    | { removedContactId: string }
    | Record<PropertyKey, never>
   };

export type IdsMailingQueryVariables = Exact<{
  id: string | number;
}>;


export type IdsMailingQuery = { mailing: { id: string, previewUrl: string } | null };

export type IdsAuditEventsQueryVariables = Exact<{
  id: string;
}>;


export type IdsAuditEventsQuery = { auditEvents: { edges: Array<{ node: { action: string, actorId: string | null, targetType: string, targetId: string | null } }> } };

export type TotalCountPolicyMeasures2QueryVariables = Exact<{ [key: string]: never; }>;


export type TotalCountPolicyMeasures2Query = { policyMeasures: { totalCount: number } };

export type CountedFragment = { totalCount: number };

export type TotalCountOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type TotalCountOrganizationsQuery = { organizations: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type TotalCountOrganizations2QueryVariables = Exact<{ [key: string]: never; }>;


export type TotalCountOrganizations2Query = { organizations: { totalCount: number } };

export type TotalCountOrganizations3QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type TotalCountOrganizations3Query = { organizations: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type TotalCountPolicyMeasuresQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type TotalCountPolicyMeasuresQuery = { policyMeasures: { totalCount: number, edges: Array<{ cursor: string }> } };

export type ClientIpRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClientIpRegionsQuery = { regions: Array<{ code: string }> };

export type AudiencePreviewQueryVariables = Exact<{
  audience: AudienceInput;
}>;


export type AudiencePreviewQuery = { audiencePreview:
    | { __typename: 'AudiencePreview', recipientCount: number, organizationCount: number, unreachedOrganizationCount: number, suppressed: Array<{ reason: DeliverySuppressionReason, count: number }>, sample: Array<{ address: string, organizationName: string, organization: { id: string } | null }>, unreachedOrganizations: Array<{ organizationName: string, reason: MailingIssueReason, organization: { id: string } | null }> }
    | { __typename: 'ValidationFailedError', problems: Array<{ path: Array<string>, message: string }> }
   };

export type LifecycleMailingFragment = { id: string, status: MailingStatus, version: number, subject: string, kind: MailingKind, counts: { total: number, queued: number, sending: number, sent: number, retry: number, failed: number, suppressed: number, unknown: number, cancelled: number } };

export type LifecycleCreateMailingMutationVariables = Exact<{
  input: CreateMailingInput;
}>;


export type LifecycleCreateMailingMutation = { createMailing:
    | { __typename: 'DuplicateIssueNumberError' }
    | { __typename: 'MailingPayload', mailing: { id: string, status: MailingStatus, version: number, subject: string, kind: MailingKind, counts: { total: number, queued: number, sending: number, sent: number, retry: number, failed: number, suppressed: number, unknown: number, cancelled: number } } }
    | { __typename: 'ValidationFailedError', code: ErrorCode, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type LifecycleUpdateMailingMutationVariables = Exact<{
  input: UpdateMailingInput;
}>;


export type LifecycleUpdateMailingMutation = { updateMailing:
    | { __typename: 'ApprovalRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateIssueNumberError', code: ErrorCode, message: string }
    | { __typename: 'MailingPayload', mailing: { id: string, status: MailingStatus, version: number, subject: string, kind: MailingKind, counts: { total: number, queued: number, sending: number, sent: number, retry: number, failed: number, suppressed: number, unknown: number, cancelled: number } } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationFailedError', code: ErrorCode, message: string }
   };

export type LifecycleSendMailingMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleSendMailingMutation = { result:
    | { __typename: 'ApprovalRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'MailingPayload', mailing: { id: string, status: MailingStatus, version: number, subject: string, kind: MailingKind, counts: { total: number, queued: number, sending: number, sent: number, retry: number, failed: number, suppressed: number, unknown: number, cancelled: number } } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type LifecyclePauseMailingMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecyclePauseMailingMutation = { result:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'MailingPayload', mailing: { id: string, status: MailingStatus, version: number, subject: string, kind: MailingKind, counts: { total: number, queued: number, sending: number, sent: number, retry: number, failed: number, suppressed: number, unknown: number, cancelled: number } } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type LifecycleResumeMailingMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleResumeMailingMutation = { result:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'MailingPayload', mailing: { id: string, status: MailingStatus, version: number, subject: string, kind: MailingKind, counts: { total: number, queued: number, sending: number, sent: number, retry: number, failed: number, suppressed: number, unknown: number, cancelled: number } } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type LifecycleCancelMailingMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleCancelMailingMutation = { result:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'MailingPayload', mailing: { id: string, status: MailingStatus, version: number, subject: string, kind: MailingKind, counts: { total: number, queued: number, sending: number, sent: number, retry: number, failed: number, suppressed: number, unknown: number, cancelled: number } } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type LifecycleScheduleMailingMutationVariables = Exact<{
  input: ScheduleMailingInput;
}>;


export type LifecycleScheduleMailingMutation = { scheduleMailing:
    | { __typename: 'ApprovalRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'MailingPayload', mailing: { id: string, status: MailingStatus } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationFailedError', code: ErrorCode, message: string }
   };

export type LifecycleSendTestMailingMutationVariables = Exact<{
  input: SendTestMailingInput;
}>;


export type LifecycleSendTestMailingMutation = { sendTestMailing:
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'SendTestMailingPayload', addresses: Array<string> }
    | { __typename: 'ValidationFailedError', code: ErrorCode }
   };

export type LifecycleMailingQueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleMailingQuery = { mailing: { id: string, status: MailingStatus, version: number, subject: string, kind: MailingKind, counts: { total: number, queued: number, sending: number, sent: number, retry: number, failed: number, suppressed: number, unknown: number, cancelled: number } } | null };

export type LifecyclePreviewQueryVariables = Exact<{
  id: string | number;
}>;


export type LifecyclePreviewQuery = { mailing: { previewUrl: string, preview: { subject: string, html: string, text: string } } | null };

export type LifecycleMailingsQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleMailingsQuery = { mailings: { totalCount: number } };

export type LifecycleSuppressionsQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleSuppressionsQuery = { suppressions: { totalCount: number } };

export type LifecycleSentMailingsQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleSentMailingsQuery = { mailings: { totalCount: number, edges: Array<{ node: { status: MailingStatus, counts: { total: number } } }> } };

export type UnsubscribeSuppressionsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnsubscribeSuppressionsQuery = { suppressions: { totalCount: number, edges: Array<{ node: { id: string, reason: SuppressionReason, source: SuppressionSource } }> } };

export type UnsubscribeLiftSuppressionMutationVariables = Exact<{
  id: string | number;
}>;


export type UnsubscribeLiftSuppressionMutation = { liftSuppression:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'SuppressionPayload' }
   };

export type UnsubscribeLiftSuppression2MutationVariables = Exact<{
  id: string | number;
}>;


export type UnsubscribeLiftSuppression2Mutation = { liftSuppression:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'SuppressionPayload' }
   };

export type ApprovalUpdateSettingsMutationVariables = Exact<{
  kinds?: Array<MailingKind> | MailingKind | null | undefined;
}>;


export type ApprovalUpdateSettingsMutation = { updateSettings:
    | { settings: { approvalRequiredKinds: Array<MailingKind> } }
    | Record<PropertyKey, never>
   };

export type ApprovalSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalSettingsQuery = { settings: { approvalRequiredKinds: Array<MailingKind> } };

export type ApprovalUpdateSettings2MutationVariables = Exact<{ [key: string]: never; }>;


export type ApprovalUpdateSettings2Mutation = { updateSettings:
    | { __typename: 'SettingsPayload' }
    | { __typename: 'ValidationFailedError', code: ErrorCode, problems: Array<{ path: Array<string>, message: string }> }
   };

export type ApprovalMailingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalMailingsQuery = { mailings: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type ApprovalMailings2QueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalMailings2Query = { mailings: { edges: Array<{ node: { id: string } }> } };

export type ApprovalMailings3QueryVariables = Exact<{
  filter?: MailingFilter | null | undefined;
}>;


export type ApprovalMailings3Query = { mailings: { totalCount: number, edges: Array<{ node: { id: string, subject: string } }> } };

export type DraftsCreateMailingMutationVariables = Exact<{
  input: CreateMailingInput;
}>;


export type DraftsCreateMailingMutation = { createMailing:
    | { __typename: 'DuplicateIssueNumberError', code: ErrorCode, message: string, path: Array<string>, issueNumber: number, existingMailing: { id: string, subject: string } | null }
    | { __typename: 'MailingPayload', mailing: { id: string, subject: string, status: MailingStatus, version: number } }
    | { __typename: 'ValidationFailedError', code: ErrorCode, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type DraftsUpdateMailingMutationVariables = Exact<{
  input: UpdateMailingInput;
}>;


export type DraftsUpdateMailingMutation = { updateMailing:
    | { __typename: 'ApprovalRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateIssueNumberError', code: ErrorCode, message: string, path: Array<string>, issueNumber: number, existingMailing: { id: string, subject: string } | null }
    | { __typename: 'MailingPayload', mailing: { id: string, subject: string, status: MailingStatus, version: number } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationFailedError', code: ErrorCode, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type DraftsNextIssueNumberQueryVariables = Exact<{ [key: string]: never; }>;


export type DraftsNextIssueNumberQuery = { nextNewsletterIssueNumber: number };

export type DraftsDeleteMailingMutationVariables = Exact<{
  input: DeleteMailingInput;
}>;


export type DraftsDeleteMailingMutation = { deleteMailing:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DeleteMailingPayload', deletedMailingId: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type DraftsCancelMailingMutationVariables = Exact<{
  input: MailingIdInput;
}>;


export type DraftsCancelMailingMutation = { cancelMailing:
    | { __typename: 'ConflictError' }
    | { __typename: 'MailingPayload' }
    | { __typename: 'NotFoundError' }
   };

export type DraftsSendMailingMutationVariables = Exact<{
  input: SendMailingInput;
}>;


export type DraftsSendMailingMutation = { sendMailing:
    | { __typename: 'ApprovalRequiredError' }
    | { __typename: 'ConflictError' }
    | { __typename: 'MailingPayload' }
    | { __typename: 'NotFoundError' }
   };

export type DraftsScheduleMailingMutationVariables = Exact<{
  input: ScheduleMailingInput;
}>;


export type DraftsScheduleMailingMutation = { scheduleMailing:
    | { __typename: 'ApprovalRequiredError' }
    | { __typename: 'ConflictError' }
    | { __typename: 'MailingPayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationFailedError' }
   };

export type DraftsDeleteFileMutationVariables = Exact<{
  id: string | number;
}>;


export type DraftsDeleteFileMutation = { deleteFile:
    | { __typename: 'ConflictError' }
    | { __typename: 'DeleteFilePayload' }
    | { __typename: 'NotFoundError' }
   };

export type DraftsMailingQueryVariables = Exact<{
  id: string | number;
}>;


export type DraftsMailingQuery = { mailing: { id: string, version: number } | null };

export type EachKindMailingQueryVariables = Exact<{
  id: string | number;
}>;


export type EachKindMailingQuery = { mailing: { kind: MailingKind, preview: { html: string, text: string } } | null };

export type EachKindArchiveQueryVariables = Exact<{ [key: string]: never; }>;


export type EachKindArchiveQuery = { archive: { edges: Array<{ node: { kind: ArchiveKind, title: string, text: string } }> } };

export type EachKindMailingFieldsFragment = { id: string, version: number, subject: string };

export type EachKindCreateMailingMutationVariables = Exact<{
  input: CreateMailingInput;
}>;


export type EachKindCreateMailingMutation = { result:
    | { __typename: 'DuplicateIssueNumberError', message: string }
    | { __typename: 'MailingPayload', mailing: { id: string, version: number, subject: string } }
    | { __typename: 'ValidationFailedError', message: string }
   };

export type EachKindCreateMeetingNoticeMutationVariables = Exact<{
  input: CreateMeetingNoticeInput;
}>;


export type EachKindCreateMeetingNoticeMutation = { result:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'MailingPayload', mailing: { id: string, version: number, subject: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationFailedError', message: string }
   };

export type EachKindUpdateMailingMutationVariables = Exact<{
  input: UpdateMailingInput;
}>;


export type EachKindUpdateMailingMutation = { result:
    | { __typename: 'ApprovalRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DuplicateIssueNumberError', message: string }
    | { __typename: 'MailingPayload', mailing: { id: string, version: number, subject: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationFailedError', message: string }
   };

export type EachKindSendTestMailingMutationVariables = Exact<{
  input: SendTestMailingInput;
}>;


export type EachKindSendTestMailingMutation = { result:
    | { __typename: 'NotFoundError' }
    | { __typename: 'SendTestMailingPayload' }
    | { __typename: 'ValidationFailedError' }
   };

export type EachKindApproveMailingMutationVariables = Exact<{
  input: ApproveMailingInput;
}>;


export type EachKindApproveMailingMutation = { result:
    | { __typename: 'ApprovalRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'MailingPayload', mailing: { id: string, version: number, subject: string } }
    | { __typename: 'NotFoundError', message: string }
   };

export type EachKindSendMailingMutationVariables = Exact<{
  input: SendMailingInput;
}>;


export type EachKindSendMailingMutation = { result:
    | { __typename: 'ApprovalRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'MailingPayload', mailing: { id: string, version: number, subject: string } }
    | { __typename: 'NotFoundError', message: string }
   };

export type EditorialCreateMailingMutationVariables = Exact<{
  input: CreateMailingInput;
}>;


export type EditorialCreateMailingMutation = { createMailing:
    | { __typename: 'DuplicateIssueNumberError' }
    | { __typename: 'MailingPayload', mailing: { id: string, kind: MailingKind, subject: string, preview: { subject: string, html: string, text: string }, content:
          | { __typename: 'MeetingNoticeContent', title: string, date: string, startTime: string, allowProxy: boolean, agenda: Array<{ title: string }> }
          | { __typename: 'NewsletterContent', issueNumber: number, issueDate: string, sections: Array<{ heading: string, items: Array<{ title: string, links: Array<{ label: string, url: string }> }> }> }
          | { __typename: 'NoticeContent', date: string, issuers: Array<string>, issuerCodes: Array<string>, relatedMeasures: Array<number>, subject: string, reply: { deadline: string, buttonLabel: string } | null }
          | { __typename: 'VisitReportContent', title: string, organization: string, visitDate: string, staff: Array<string>, photos: Array<{ url: string | null, alt: string }> }
         | null } }
    | { __typename: 'ValidationFailedError', message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type EditorialSendMailingMutationVariables = Exact<{
  id: string | number;
}>;


export type EditorialSendMailingMutation = { sendMailing:
    | { __typename: 'ApprovalRequiredError' }
    | { __typename: 'ConflictError' }
    | { __typename: 'MailingPayload' }
    | { __typename: 'NotFoundError' }
   };

export type EditorialCreateWithoutAudienceMutationVariables = Exact<{
  input: CreateMailingInput;
}>;


export type EditorialCreateWithoutAudienceMutation = { createMailing:
    | { __typename: 'DuplicateIssueNumberError' }
    | { __typename: 'MailingPayload', mailing: { audience: { categories: Array<MembershipCategoryCode>, contacts: { selection: AudienceContactSelection } } } }
    | { __typename: 'ValidationFailedError' }
   };

export type ApplicationsApplyForMembershipMutationVariables = Exact<{
  input: ApplyForMembershipInput;
}>;


export type ApplicationsApplyForMembershipMutation = { applyForMembership:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'OrganizationPayload', organization: { id: string, name: string | null } }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationFailedError', code: ErrorCode, message: string }
   };

export type ApplicationsMembershipApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsMembershipApplicationsQuery = { membershipApplications: { edges: Array<{ node: { applicantEmail: string, duplicateAddress: boolean } }> } };

export type ApplicationsApproveApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type ApplicationsApproveApplicationMutation = { approveApplication:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'OrganizationPayload' }
   };

export type ApplicationsOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsOrganizationsQuery = { organizations: { totalCount: number } };

export type ApplicationsApproveApplication2MutationVariables = Exact<{
  id: string | number;
}>;


export type ApplicationsApproveApplication2Mutation = { approveApplication:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'OrganizationPayload', organization: { status: OrganizationStatus, joinedOn: string | null } }
   };

export type ApplicationsMembershipStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsMembershipStatsQuery = { membershipStats: { total: number } };

export type ApplicationsMembershipStats2QueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsMembershipStats2Query = { membershipStats: { total: number } };

export type ApplicationsRejectApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type ApplicationsRejectApplicationMutation = { rejectApplication:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'OrganizationPayload' }
    | { __typename: 'ValidationFailedError' }
   };

export type ApplicationsMembershipApplications2QueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsMembershipApplications2Query = { membershipApplications: { edges: Array<{ node: { status: ApplicationStatus, rejectionReason: string | null } }> } };

export type ContactPermissionsAddContactMutationVariables = Exact<{
  org: string | number;
  email: string;
}>;


export type ContactPermissionsAddContactMutation = { addContact:
    | { __typename: 'ConflictError' }
    | { __typename: 'ContactPayload', contact: { id: string } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationFailedError' }
   };

export type ContactPermissionsUpdateContactMutationVariables = Exact<{
  id: string | number;
  name?: string | null | undefined;
  kinds?: Array<OptOutMailKind> | OptOutMailKind | null | undefined;
}>;


export type ContactPermissionsUpdateContactMutation = { updateContact:
    | { __typename: 'ConflictError' }
    | { __typename: 'ContactPayload', contact: { name: string, optedOutKinds: Array<OptOutMailKind> } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationFailedError' }
   };

export type ContactPermissionsRemoveContactMutationVariables = Exact<{
  id: string | number;
}>;


export type ContactPermissionsRemoveContactMutation = { removeContact:
    | { __typename: 'NotFoundError' }
    | { __typename: 'RemoveContactPayload' }
    | { __typename: 'ValidationFailedError' }
   };

type DecisionRequestsDecided_MembershipApplication_Fragment = { requestedAt: string, decision: DecisionState, decidedAt: string | null, decisionReason: string | null, organization: { id: string }, decidedBy: { id: string } | null };

type DecisionRequestsDecided_ProfileChangeRequest_Fragment = { requestedAt: string, decision: DecisionState, decidedAt: string | null, decisionReason: string | null, organization: { id: string }, decidedBy: { id: string } | null };

type DecisionRequestsDecided_WorkingGroupRequest_Fragment = { requestedAt: string, decision: DecisionState, decidedAt: string | null, decisionReason: string | null, organization: { id: string }, decidedBy: { id: string } | null };

export type DecisionRequestsDecidedFragment =
  | DecisionRequestsDecided_MembershipApplication_Fragment
  | DecisionRequestsDecided_ProfileChangeRequest_Fragment
  | DecisionRequestsDecided_WorkingGroupRequest_Fragment
;

export type DecisionRequestsInterfaceQueryVariables = Exact<{ [key: string]: never; }>;


export type DecisionRequestsInterfaceQuery = { __type: { kind: __TypeKind, possibleTypes: Array<{ name: string | null }> | null } | null };

export type DecisionRequestsApplyForMembershipMutationVariables = Exact<{
  input: ApplyForMembershipInput;
}>;


export type DecisionRequestsApplyForMembershipMutation = { applyForMembership:
    | { __typename: 'ConflictError' }
    | { __typename: 'OrganizationPayload', organization: { id: string } }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ValidationFailedError' }
   };

export type DecisionRequestsUpdateOrganizationProfileMutationVariables = Exact<{
  id: string | number;
  v: number;
  d: string;
}>;


export type DecisionRequestsUpdateOrganizationProfileMutation = { updateOrganizationProfile:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateOrganizationProfilePayload', pendingChange: { id: string } | null }
    | { __typename: 'ValidationFailedError' }
   };

export type DecisionRequestsRequestToJoinWorkingGroupMutationVariables = Exact<{
  input: WorkingGroupRequestInput;
}>;


export type DecisionRequestsRequestToJoinWorkingGroupMutation = { requestToJoinWorkingGroup:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationFailedError' }
    | { __typename: 'WorkingGroupRequestPayload', request: { id: string } }
   };

export type DecisionRequestsRequestToLeaveWorkingGroupMutationVariables = Exact<{
  input: WorkingGroupRequestInput;
}>;


export type DecisionRequestsRequestToLeaveWorkingGroupMutation = { requestToLeaveWorkingGroup:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationFailedError' }
    | { __typename: 'WorkingGroupRequestPayload', request: { id: string } }
   };

export type DecisionRequestsApproveApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type DecisionRequestsApproveApplicationMutation = { approveApplication:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'OrganizationPayload' }
   };

export type DecisionRequestsRejectApplicationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DecisionRequestsRejectApplicationMutation = { rejectApplication:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'OrganizationPayload' }
    | { __typename: 'ValidationFailedError' }
   };

export type DecisionRequestsRequireReviewMutationVariables = Exact<{ [key: string]: never; }>;


export type DecisionRequestsRequireReviewMutation = { updateSettings:
    | { __typename: 'SettingsPayload' }
    | { __typename: 'ValidationFailedError' }
   };

export type DecisionRequestsApproveProfileChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type DecisionRequestsApproveProfileChangeMutation = { approveProfileChange:
    | { __typename: 'ConflictError' }
    | { __typename: 'DecideProfileChangePayload' }
    | { __typename: 'NotFoundError' }
   };

export type DecisionRequestsRejectProfileChangeMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DecisionRequestsRejectProfileChangeMutation = { rejectProfileChange:
    | { __typename: 'ConflictError' }
    | { __typename: 'DecideProfileChangePayload' }
    | { __typename: 'NotFoundError' }
   };

export type DecisionRequestsWithdrawProfileChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type DecisionRequestsWithdrawProfileChangeMutation = { withdrawProfileChange:
    | { __typename: 'ConflictError' }
    | { __typename: 'DecideProfileChangePayload' }
    | { __typename: 'NotFoundError' }
   };

export type DecisionRequestsApproveWorkingGroupRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type DecisionRequestsApproveWorkingGroupRequestMutation = { approveWorkingGroupRequest:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationFailedError' }
    | { __typename: 'WorkingGroupRequestPayload' }
   };

export type DecisionRequestsDeclineWorkingGroupRequestMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DecisionRequestsDeclineWorkingGroupRequestMutation = { declineWorkingGroupRequest:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'WorkingGroupRequestPayload' }
   };

export type DecisionRequestsListsQueryVariables = Exact<{ [key: string]: never; }>;


export type DecisionRequestsListsQuery = { membershipApplications: { edges: Array<{ node: { __typename: 'MembershipApplication', requestedAt: string, decision: DecisionState, decidedAt: string | null, decisionReason: string | null, org: { id: string }, organization: { id: string }, decidedBy: { id: string } | null } }> }, profileChangeRequests: { edges: Array<{ node: { __typename: 'ProfileChangeRequest', id: string, status: ProfileChangeStatus, requestedAt: string, decision: DecisionState, decidedAt: string | null, decisionReason: string | null, organization: { id: string }, decidedBy: { id: string } | null } }> }, workingGroupRequests: { edges: Array<{ node: { __typename: 'WorkingGroupRequest', id: string, status: WorkingGroupRequestStatus, requestedAt: string, decision: DecisionState, decidedAt: string | null, decisionReason: string | null, organization: { id: string }, decidedBy: { id: string } | null } }> } };

export type DecisionRequestsCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type DecisionRequestsCountsQuery = { rejectedRequests: { totalCount: number }, declinedRequests: { totalCount: number }, supersededRequests: { totalCount: number }, withdrawnApplications: { totalCount: number }, rejectedApplications: { totalCount: number }, contradiction: { totalCount: number }, pendingChanges: { totalCount: number }, supersededChanges: { totalCount: number } };

export type DecisionRequestsOwnRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type DecisionRequestsOwnRequestsQuery = { viewer: { organization: { workingGroupRequests: Array<{ __typename: 'WorkingGroupRequest', requestedAt: string, decision: DecisionState, decidedAt: string | null, decisionReason: string | null, organization: { id: string }, decidedBy: { id: string } | null }> } | null } };

export type DecisionRequestsPendingRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type DecisionRequestsPendingRequestsQuery = { workingGroupRequests: { totalCount: number } };

export type DesignatedCityNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type DesignatedCityNodeQuery = { node:
    | { prefecture: { name: string } | null, designatedCity: { code: string, name: string, kana: string, nameEn: string, prefectureCode: string, prefecture: { name: string } } | null }
    | Record<PropertyKey, never>
   | null };

export type DesignatedCityUpdateOrganizationProfileMutationVariables = Exact<{
  input: UpdateOrganizationProfileInput;
}>;


export type DesignatedCityUpdateOrganizationProfileMutation = { updateOrganizationProfile:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateOrganizationProfilePayload' }
    | { __typename: 'ValidationFailedError' }
   };

export type DesignatedCityApplyForMembershipMutationVariables = Exact<{
  input: ApplyForMembershipInput;
}>;


export type DesignatedCityApplyForMembershipMutation = { applyForMembership:
    | { __typename: 'ConflictError' }
    | { __typename: 'OrganizationPayload', organization: { id: string } }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ValidationFailedError', code: ErrorCode, problems: Array<{ path: Array<string>, message: string }> }
   };

export type DirectoryOrganizationsQueryVariables = Exact<{
  f?: OrganizationFilter | null | undefined;
  o?: OrganizationOrder | null | undefined;
  n?: number | null | undefined;
}>;


export type DirectoryOrganizationsQuery = { organizations: { totalCount: number, edges: Array<{ node: { name: string | null, nameKana: string | null } }> } };

export type DirectoryOrganizations3QueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryOrganizations3Query = { organizations: { edges: Array<{ node: { prefecture: { code: string } | null } }> } };

export type DirectoryOrganizations4QueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryOrganizations4Query = { organizations: { edges: Array<{ node: { joinedOn: string | null } }> } };

export type DirectoryOrganizations5QueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryOrganizations5Query = { organizations: { edges: Array<{ node: { name: string | null, prefecture: { code: string, name: string } | null, workingGroups: Array<{ number: number, title: string }> } }> } };

export type DirectoryNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type DirectoryNodeQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgendaItem' }
    | { __typename: 'ArchiveItem' }
    | { __typename: 'BoardSeat' }
    | { __typename: 'Contact' }
    | { __typename: 'Delivery' }
    | { __typename: 'File' }
    | { __typename: 'Mailing' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organization', website: string | null }
    | { __typename: 'PolicyMeasure' }
    | { __typename: 'Suppression' }
    | { __typename: 'WorkingGroup' }
   | null };

export type DirectoryNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type DirectoryNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type DirectoryOrganizations2QueryVariables = Exact<{
  n: number;
}>;


export type DirectoryOrganizations2Query = { organizations: { totalCount: number, edges: Array<{ node: { name: string | null, contactCount: number, prefecture: { name: string, region: { name: string } } | null, workingGroups: Array<{ number: number, title: string }>, workingGroupMemberships: Array<{ role: WorkingGroupRole }>, boardSeat: { role: BoardRole } | null, contacts: Array<{ email: string }> } }> } };

export type GojuonOrderOrganizationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type GojuonOrderOrganizationsQuery = { organizations: { edges: Array<{ node: { nameKana: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MemberPortalUpdateOrganizationProfileMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type MemberPortalUpdateOrganizationProfileMutation = { updateOrganizationProfile:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateOrganizationProfilePayload', pendingChange: { id: string } | null }
    | { __typename: 'ValidationFailedError' }
   };

export type MemberPortalWithdrawProfileChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type MemberPortalWithdrawProfileChangeMutation = { withdrawProfileChange:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'DecideProfileChangePayload', request: { status: ProfileChangeStatus }, organization: { pendingProfileChange: { id: string } | null } }
    | { __typename: 'NotFoundError', code: ErrorCode }
   };

export type MemberPortalUpdateSettingsMutationVariables = Exact<{ [key: string]: never; }>;


export type MemberPortalUpdateSettingsMutation = { updateSettings:
    | { settings: { profileChangesRequireReview: boolean } }
    | Record<PropertyKey, never>
   };

export type MemberPortalApproveProfileChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type MemberPortalApproveProfileChangeMutation = { approveProfileChange:
    | { __typename: 'ConflictError' }
    | { __typename: 'DecideProfileChangePayload' }
    | { __typename: 'NotFoundError' }
   };

export type MemberPortalWorkingGroupRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberPortalWorkingGroupRequestsQuery = { workingGroupRequests: { edges: Array<{ node: { requestReason: string | null } }> } };

export type MemberPortalRequestToJoinWorkingGroupMutationVariables = Exact<{
  id: string | number;
  g: number;
  reason?: string | null | undefined;
}>;


export type MemberPortalRequestToJoinWorkingGroupMutation = { requestToJoinWorkingGroup:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationFailedError' }
    | { __typename: 'WorkingGroupRequestPayload', request: { status: WorkingGroupRequestStatus, requestReason: string | null, reason: string | null } }
   };

export type MemberPortalApplyForMembershipMutationVariables = Exact<{
  input: ApplyForMembershipInput;
}>;


export type MemberPortalApplyForMembershipMutation = { applyForMembership:
    | { __typename: 'ConflictError' }
    | { __typename: 'OrganizationPayload', organization: { name: string | null } }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ValidationFailedError' }
   };

export type MembershipChangeMembershipStatusMutationVariables = Exact<{
  id: string | number;
  status: MemberStatusChange;
  v: number;
  on?: string | null | undefined;
}>;


export type MembershipChangeMembershipStatusMutation = { changeMembershipStatus:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'OrganizationPayload', organization: { status: OrganizationStatus, version: number } }
    | { __typename: 'ValidationFailedError', code: ErrorCode, message: string }
   };

export type MembershipMembershipStatsQueryVariables = Exact<{
  d?: string | null | undefined;
}>;


export type MembershipMembershipStatsQuery = { membershipStats: { regular: number, total: number } };

export type MembershipChangeMembershipCategoryMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type MembershipChangeMembershipCategoryMutation = { changeMembershipCategory:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'OrganizationPayload' }
    | { __typename: 'ValidationFailedError' }
   };

export type MembershipMembershipSeriesQueryVariables = Exact<{ [key: string]: never; }>;


export type MembershipMembershipSeriesQuery = { membershipSeries: Array<{ asOf: string, regular: number, supporting: number, total: number }> };

export type MembershipMembershipStats2QueryVariables = Exact<{ [key: string]: never; }>;


export type MembershipMembershipStats2Query = { membershipStats: { regular: number, supporting: number, total: number } };

export type MembershipMembershipSeries2QueryVariables = Exact<{ [key: string]: never; }>;


export type MembershipMembershipSeries2Query = { membershipSeries: Array<{ asOf: string }> };

export type NotificationsRejectProfileChangeMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type NotificationsRejectProfileChangeMutation = { rejectProfileChange:
    | { __typename: 'ConflictError' }
    | { __typename: 'DecideProfileChangePayload' }
    | { __typename: 'NotFoundError' }
   };

export type NotificationsApproveProfileChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type NotificationsApproveProfileChangeMutation = { approveProfileChange:
    | { __typename: 'ConflictError' }
    | { __typename: 'DecideProfileChangePayload' }
    | { __typename: 'NotFoundError' }
   };

export type NotificationsRequestToJoinWorkingGroupMutationVariables = Exact<{
  id: string | number;
  g: number;
}>;


export type NotificationsRequestToJoinWorkingGroupMutation = { requestToJoinWorkingGroup:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationFailedError' }
    | { __typename: 'WorkingGroupRequestPayload', request: { id: string } }
   };

export type NotificationsSetWorkingGroupMembershipMutationVariables = Exact<{
  id: string | number;
  g: number;
  r?: WorkingGroupRole | null | undefined;
}>;


export type NotificationsSetWorkingGroupMembershipMutation = { setWorkingGroupMembership:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'SetWorkingGroupMembershipPayload' }
    | { __typename: 'ValidationFailedError' }
   };

export type NotificationsUpdateSettingsMutationVariables = Exact<{ [key: string]: never; }>;


export type NotificationsUpdateSettingsMutation = { updateSettings:
    | { settings: { profileChangesRequireReview: boolean } }
    | Record<PropertyKey, never>
   };

export type NotificationsUpdateOrganizationProfileMutationVariables = Exact<{
  id: string | number;
  v: number;
  d: string;
}>;


export type NotificationsUpdateOrganizationProfileMutation = { updateOrganizationProfile:
    | { pendingChange: { id: string } | null }
    | Record<PropertyKey, never>
   };

export type NotificationsApproveWorkingGroupRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type NotificationsApproveWorkingGroupRequestMutation = { approveWorkingGroupRequest:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationFailedError' }
    | { __typename: 'WorkingGroupRequestPayload' }
   };

export type NotificationsDeclineWorkingGroupRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type NotificationsDeclineWorkingGroupRequestMutation = { declineWorkingGroupRequest:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'WorkingGroupRequestPayload' }
   };

export type NotificationsUpdateOrganizationProfile2MutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type NotificationsUpdateOrganizationProfile2Mutation = { updateOrganizationProfile:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateOrganizationProfilePayload' }
    | { __typename: 'ValidationFailedError' }
   };

export type OrganizationTypesOrganizationTypesInUseQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationTypesOrganizationTypesInUseQuery = { organizationTypesInUse: Array<string> };

export type OrganizationTypesOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationTypesOrganizationsQuery = { organizations: { totalCount: number, edges: Array<{ node: { organizationType: string | null } }> } };

export type SharedRulesAddContactMutationVariables = Exact<{
  input: AddContactInput;
}>;


export type SharedRulesAddContactMutation = { addContact:
    | { __typename: 'ConflictError' }
    | { __typename: 'ContactPayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationFailedError' }
   };

export type SharedRulesApplyForMembershipMutationVariables = Exact<{
  input: ApplyForMembershipInput;
}>;


export type SharedRulesApplyForMembershipMutation = { applyForMembership:
    | { __typename: 'ConflictError' }
    | { __typename: 'OrganizationPayload' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ValidationFailedError' }
   };

export type WorkflowsUpdateOrganizationProfileMutationVariables = Exact<{
  id: string | number;
  v: number;
  d: string;
}>;


export type WorkflowsUpdateOrganizationProfileMutation = { updateOrganizationProfile:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'UpdateOrganizationProfilePayload', organization: { description: string | null }, pendingChange: { id: string, status: ProfileChangeStatus, changes: Array<{ field: ProfileChangeField, before: string | null, after: string | null }> } | null }
    | { __typename: 'ValidationFailedError', code: ErrorCode }
   };

export type WorkflowsUpdateSettingsMutationVariables = Exact<{ [key: string]: never; }>;


export type WorkflowsUpdateSettingsMutation = { updateSettings:
    | { settings: { profileChangesRequireReview: boolean } }
    | Record<PropertyKey, never>
   };

export type WorkflowsProfileChangeRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkflowsProfileChangeRequestsQuery = { profileChangeRequests: { totalCount: number } };

export type WorkflowsApproveProfileChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowsApproveProfileChangeMutation = { approveProfileChange:
    | { __typename: 'ConflictError' }
    | { __typename: 'DecideProfileChangePayload', organization: { description: string | null } }
    | { __typename: 'NotFoundError' }
   };

export type WorkflowsRejectProfileChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowsRejectProfileChangeMutation = { rejectProfileChange:
    | { __typename: 'ConflictError' }
    | { __typename: 'DecideProfileChangePayload' }
    | { __typename: 'NotFoundError' }
   };

export type WorkflowsUpdateSettings2MutationVariables = Exact<{ [key: string]: never; }>;


export type WorkflowsUpdateSettings2Mutation = { updateSettings:
    | { settings: { profileChangesRequireReview: boolean } }
    | Record<PropertyKey, never>
   };

export type WorkflowsApproveWorkingGroupRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowsApproveWorkingGroupRequestMutation = { approveWorkingGroupRequest:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationFailedError' }
    | { __typename: 'WorkingGroupRequestPayload' }
   };

export type WorkflowsWorkingGroupQueryVariables = Exact<{
  g: number;
}>;


export type WorkflowsWorkingGroupQuery = { workingGroup: { members: { totalCount: number, edges: Array<{ node: { role: WorkingGroupRole, joinedOn: string, organization: { id: string } } }> } } | null };

export type WorkflowsRequestToLeaveWorkingGroupMutationVariables = Exact<{
  id: string | number;
  g: number;
}>;


export type WorkflowsRequestToLeaveWorkingGroupMutation = { requestToLeaveWorkingGroup:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationFailedError' }
    | { __typename: 'WorkingGroupRequestPayload', request: { id: string } }
   };

export type WorkflowsApproveWorkingGroupRequest2MutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowsApproveWorkingGroupRequest2Mutation = { approveWorkingGroupRequest:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationFailedError' }
    | { __typename: 'WorkingGroupRequestPayload' }
   };

export type WorkflowsApproveWorkingGroupRequest3MutationVariables = Exact<{ [key: string]: never; }>;


export type WorkflowsApproveWorkingGroupRequest3Mutation = { approveWorkingGroupRequest:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationFailedError' }
    | { __typename: 'WorkingGroupRequestPayload' }
   };

export type WorkflowsRejectProfileChange2MutationVariables = Exact<{ [key: string]: never; }>;


export type WorkflowsRejectProfileChange2Mutation = { rejectProfileChange:
    | { __typename: 'ConflictError' }
    | { __typename: 'DecideProfileChangePayload' }
    | { __typename: 'NotFoundError' }
   };

export type WorkflowsAddContactMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowsAddContactMutation = { addContact:
    | { __typename: 'ConflictError' }
    | { __typename: 'ContactPayload', contact: { id: string, isPrimary: boolean, roles: Array<ContactRole>, emailStatus: ContactEmailStatus, optedOutKinds: Array<OptOutMailKind> } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationFailedError' }
   };

export type WorkflowsAddContact2MutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowsAddContact2Mutation = { addContact:
    | { __typename: 'ConflictError' }
    | { __typename: 'ContactPayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationFailedError' }
   };

export type WorkflowsUpdateContactMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowsUpdateContactMutation = { updateContact:
    | { contact: { isPrimary: boolean, optedOutKinds: Array<OptOutMailKind> } }
    | Record<PropertyKey, never>
   };

export type WorkflowsRemoveContactMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowsRemoveContactMutation = { removeContact:
    | { __typename: 'NotFoundError' }
    | { __typename: 'RemoveContactPayload' }
    | { __typename: 'ValidationFailedError' }
   };

export type WorkflowsNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkflowsNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type WorkflowsAddContact4MutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type WorkflowsAddContact4Mutation = { addContact:
    | { __typename: 'ConflictError' }
    | { __typename: 'ContactPayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationFailedError' }
   };

export type WorkflowsUpdateContact2MutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type WorkflowsUpdateContact2Mutation = { updateContact:
    | { __typename: 'ConflictError' }
    | { __typename: 'ContactPayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationFailedError' }
   };

export type WorkflowsUpdateSettings3MutationVariables = Exact<{ [key: string]: never; }>;


export type WorkflowsUpdateSettings3Mutation = { updateSettings:
    | { __typename: 'SettingsPayload' }
    | { __typename: 'ValidationFailedError' }
   };

export type WorkflowsNode2QueryVariables = Exact<{
  id: string | number;
}>;


export type WorkflowsNode2Query = { node:
    | { membershipHistory: Array<{ kind: MembershipEventKind, statusAfter: OrganizationStatus }> }
    | Record<PropertyKey, never>
   | null, auditEvents: { edges: Array<{ node: { actorKind: AuditActorKind } }> } };

export type WorkflowsRequestToJoinWorkingGroupMutationVariables = Exact<{
  id: string | number;
  g: number;
}>;


export type WorkflowsRequestToJoinWorkingGroupMutation = { requestToJoinWorkingGroup:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'ValidationFailedError', code: ErrorCode }
    | { __typename: 'WorkingGroupRequestPayload', request: { id: string, status: WorkingGroupRequestStatus } }
   };

export type WorkflowsSetWorkingGroupMembershipMutationVariables = Exact<{
  id: string | number;
  g: number;
  r?: WorkingGroupRole | null | undefined;
}>;


export type WorkflowsSetWorkingGroupMembershipMutation = { setWorkingGroupMembership:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'SetWorkingGroupMembershipPayload', membership: { role: WorkingGroupRole } | null }
    | { __typename: 'ValidationFailedError' }
   };

export type PrefsQueryVariables = Exact<{ [key: string]: never; }>;


export type PrefsQuery = { prefectures: Array<{ code: string }> };

export type MetricsRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsRegionsQuery = { regions: Array<{ code: string }> };

export type AcknowledgementsSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgementsSummaryQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgendaItem' }
    | { __typename: 'ArchiveItem' }
    | { __typename: 'BoardSeat' }
    | { __typename: 'Contact' }
    | { __typename: 'Delivery' }
    | { __typename: 'File' }
    | { __typename: 'Mailing', replySummary: { organizations: number, delivered: number, acknowledged: number, notYet: number, unreached: number, late: number } | null, replies: { totalCount: number, edges: Array<{ node: { organizationName: string, state: ReplyState, delivered: boolean, addresses: Array<string>, reminded: boolean, acknowledgement: { answer: string | null, channel: AcknowledgementChannel, late: boolean, contact: { name: string } | null } | null } }> } }
    | { __typename: 'Meeting' }
    | { __typename: 'Organization' }
    | { __typename: 'PolicyMeasure' }
    | { __typename: 'Suppression' }
    | { __typename: 'WorkingGroup' }
   | null };

export type AcknowledgementsNotYetQueryVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgementsNotYetQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgendaItem' }
    | { __typename: 'ArchiveItem' }
    | { __typename: 'BoardSeat' }
    | { __typename: 'Contact' }
    | { __typename: 'Delivery' }
    | { __typename: 'File' }
    | { __typename: 'Mailing', replies: { totalCount: number, edges: Array<{ node: { organizationName: string } }> } }
    | { __typename: 'Meeting' }
    | { __typename: 'Organization' }
    | { __typename: 'PolicyMeasure' }
    | { __typename: 'Suppression' }
    | { __typename: 'WorkingGroup' }
   | null };

export type AcknowledgementsReceivedNoticesQueryVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgementsReceivedNoticesQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'AgendaItem' }
    | { __typename: 'ArchiveItem' }
    | { __typename: 'BoardSeat' }
    | { __typename: 'Contact' }
    | { __typename: 'Delivery' }
    | { __typename: 'File' }
    | { __typename: 'Mailing' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organization', receivedNotices: { totalCount: number, edges: Array<{ node: { mailingId: string, subject: string, replyRequest: { deadline: string, question: string | null, answerRequired: boolean } | null, acknowledgement: { channel: AcknowledgementChannel } | null } }> } }
    | { __typename: 'PolicyMeasure' }
    | { __typename: 'Suppression' }
    | { __typename: 'WorkingGroup' }
   | null };

export type AcknowledgementsAcknowledgeMutationVariables = Exact<{
  input: AcknowledgeMailingInput;
}>;


export type AcknowledgementsAcknowledgeMutation = { acknowledgeMailing:
    | { __typename: 'AcknowledgementPayload', acknowledgement: { answer: string | null, channel: AcknowledgementChannel } }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationFailedError', message: string }
   };

export type AcknowledgementsSendReminderMutationVariables = Exact<{
  input: SendReminderInput;
}>;


export type AcknowledgementsSendReminderMutation = { sendReminder:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'SendReminderPayload', reminder: { id: string, subject: string, status: MailingStatus, reminderOf: { id: string } | null } }
    | { __typename: 'ValidationFailedError', message: string }
   };

export type AcknowledgementsRecordMutationVariables = Exact<{
  input: RecordAcknowledgementInput;
}>;


export type AcknowledgementsRecordMutation = { recordAcknowledgement:
    | { __typename: 'AcknowledgementPayload', acknowledgement: { channel: AcknowledgementChannel, note: string | null, answer: string | null } }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationFailedError', message: string }
   };

export type MeetingRepliesNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingRepliesNodeQuery = { node:
    | { responses: { invited: number, attend: number, absent: number, proxy: number, noReply: number }, quorum: { invited: number, present: number, required: number, reached: boolean } }
    | Record<PropertyKey, never>
   | null };

export type RemindersMailingFragment = { id: string, subject: string, status: MailingStatus, version: number, approvalRequired: boolean, createdBy: { email: string } | null, reminderOf: { id: string } | null };

export type RemindersSendReminderMutationVariables = Exact<{
  input: SendReminderInput;
}>;


export type RemindersSendReminderMutation = { sendReminder:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'SendReminderPayload', reminder: { id: string, subject: string, status: MailingStatus, version: number, approvalRequired: boolean, createdBy: { email: string } | null, reminderOf: { id: string } | null } }
    | { __typename: 'ValidationFailedError', code: ErrorCode, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type RemindersApproveMailingMutationVariables = Exact<{
  input: ApproveMailingInput;
}>;


export type RemindersApproveMailingMutation = { approveMailing:
    | { __typename: 'ApprovalRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'MailingPayload', mailing: { id: string, subject: string, status: MailingStatus, version: number, approvalRequired: boolean, createdBy: { email: string } | null, reminderOf: { id: string } | null } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type RemindersSendMailingMutationVariables = Exact<{
  input: SendMailingInput;
}>;


export type RemindersSendMailingMutation = { sendMailing:
    | { __typename: 'ApprovalRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'MailingPayload', mailing: { id: string, subject: string, status: MailingStatus, version: number, approvalRequired: boolean, createdBy: { email: string } | null, reminderOf: { id: string } | null } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type RemindersCreateMailingMutationVariables = Exact<{
  input: CreateMailingInput;
}>;


export type RemindersCreateMailingMutation = { createMailing:
    | { __typename: 'DuplicateIssueNumberError', message: string }
    | { __typename: 'MailingPayload', mailing: { id: string, version: number } }
    | { __typename: 'ValidationFailedError', message: string }
   };

export type RemindersUpdateMailingMutationVariables = Exact<{
  input: UpdateMailingInput;
}>;


export type RemindersUpdateMailingMutation = { updateMailing:
    | { __typename: 'ApprovalRequiredError' }
    | { __typename: 'ConflictError' }
    | { __typename: 'DuplicateIssueNumberError' }
    | { __typename: 'MailingPayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationFailedError', problems: Array<{ path: Array<string>, message: string }> }
   };

export type RemindersDeleteMailingMutationVariables = Exact<{
  input: DeleteMailingInput;
}>;


export type RemindersDeleteMailingMutation = { deleteMailing:
    | { __typename: 'ConflictError' }
    | { __typename: 'DeleteMailingPayload' }
    | { __typename: 'NotFoundError' }
   };

export type RemindersPreviewQueryVariables = Exact<{
  id: string | number;
}>;


export type RemindersPreviewQuery = { mailing: { preview: { subject: string, html: string, text: string } } | null };

export const CountedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Counted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryPolicyMeasuresConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]} as unknown as DocumentNode<CountedFragment, unknown>;
export const LifecycleMailingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleMailing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sending"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"retry"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<LifecycleMailingFragment, unknown>;
export const EachKindMailingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EachKindMailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]} as unknown as DocumentNode<EachKindMailingFieldsFragment, unknown>;
export const DecisionRequestsDecidedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionRequestsDecided"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DecisionRequestsDecidedFragment, unknown>;
export const RemindersMailingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RemindersMailing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"approvalRequired"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminderOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemindersMailingFragment, unknown>;
export const CachedDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CachedDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CachedDirectoryQuery, CachedDirectoryQueryVariables>;
export const CachedOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CachedOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CachedOrganizationQuery, CachedOrganizationQueryVariables>;
export const CacheEmptyingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CacheEmptyingSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CacheEmptyingSettingsMutation, CacheEmptyingSettingsMutationVariables>;
export const ArchiveArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArchiveArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveArchiveQuery, ArchiveArchiveQueryVariables>;
export const ArchiveNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArchiveNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveNodeQuery, ArchiveNodeQueryVariables>;
export const ArchiveArchive2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArchiveArchive2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"NEWSLETTER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NewsletterContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveArchive2Query, ArchiveArchive2QueryVariables>;
export const ArchiveNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArchiveNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveNodesQuery, ArchiveNodesQueryVariables>;
export const ArchiveSetMailingPublicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveSetMailingPublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMailingPublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMailingPublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SetMailingPublicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archiveItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveSetMailingPublicationMutation, ArchiveSetMailingPublicationMutationVariables>;
export const ApiKeysCreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeysCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expiresAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysCreateApiKeyMutation, ApiKeysCreateApiKeyMutationVariables>;
export const ApiKeysViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ApiKeysViewerQuery, ApiKeysViewerQueryVariables>;
export const ApiKeysApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]} as unknown as DocumentNode<ApiKeysApiKeysQuery, ApiKeysApiKeysQueryVariables>;
export const ApiKeysRevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeysRevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ApiKeysRevokeApiKeyMutation, ApiKeysRevokeApiKeyMutationVariables>;
export const ApiKeysCreateApiKey2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeysCreateApiKey2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"past","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"expiresAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysCreateApiKey2Mutation, ApiKeysCreateApiKey2MutationVariables>;
export const PermissionsNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionsNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PermissionsNodeQuery, PermissionsNodeQueryVariables>;
export const PermissionsNode2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionsNode2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedFields"}}]}}]}}]}}]} as unknown as DocumentNode<PermissionsNode2Query, PermissionsNode2QueryVariables>;
export const PermissionsNode3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionsNode3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PermissionsNode3Query, PermissionsNode3QueryVariables>;
export const PermissionsUpdateOrganizationProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermissionsUpdateOrganizationProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganizationProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"StringValue","value":"更新しました","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PermissionsUpdateOrganizationProfileMutation, PermissionsUpdateOrganizationProfileMutationVariables>;
export const PermissionsInviteOrganizationUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermissionsInviteOrganizationUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailAddress"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteOrganizationUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"displayName"},"value":{"kind":"StringValue","value":"招待 花子","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PermissionsInviteOrganizationUserMutation, PermissionsInviteOrganizationUserMutationVariables>;
export const PermissionsCreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermissionsCreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailAddress"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"displayName"},"value":{"kind":"StringValue","value":"新規","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"SECRETARIAT_STAFF"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PermissionsCreateAccountMutation, PermissionsCreateAccountMutationVariables>;
export const PermissionsNode4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionsNode4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PermissionsNode4Query, PermissionsNode4QueryVariables>;
export const PermissionsOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionsOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PermissionsOrganizationsQuery, PermissionsOrganizationsQueryVariables>;
export const PermissionsNode5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionsNode5"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<PermissionsNode5Query, PermissionsNode5QueryVariables>;
export const PermissionsUpdateOrganizationProfile2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermissionsUpdateOrganizationProfile2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganizationProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"website"},"value":{"kind":"StringValue","value":"https://evil.example.com/","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PermissionsUpdateOrganizationProfile2Mutation, PermissionsUpdateOrganizationProfile2MutationVariables>;
export const PermissionsRemoveOrganizationUser2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermissionsRemoveOrganizationUser2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOrganizationUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PermissionsRemoveOrganizationUser2Mutation, PermissionsRemoveOrganizationUser2MutationVariables>;
export const PermissionsUpdateOrganizationProfile3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermissionsUpdateOrganizationProfile3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganizationProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PermissionsUpdateOrganizationProfile3Mutation, PermissionsUpdateOrganizationProfile3MutationVariables>;
export const PermissionsAuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionsAuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PermissionsAuditEventsQuery, PermissionsAuditEventsQueryVariables>;
export const PermissionsRemoveOrganizationUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermissionsRemoveOrganizationUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOrganizationUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PermissionsRemoveOrganizationUserMutation, PermissionsRemoveOrganizationUserMutationVariables>;
export const SecretsAtRestRequestSignInLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecretsAtRestRequestSignInLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailAddress"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSignInLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SecretsAtRestRequestSignInLinkMutation, SecretsAtRestRequestSignInLinkMutationVariables>;
export const SecretsAtRestRedeemSignInLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecretsAtRestRedeemSignInLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemSignInLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RedeemSignInLinkPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionToken"}}]}}]}}]}}]} as unknown as DocumentNode<SecretsAtRestRedeemSignInLinkMutation, SecretsAtRestRedeemSignInLinkMutationVariables>;
export const SecretsAtRestCreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecretsAtRestCreateApiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"secrets","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<SecretsAtRestCreateApiKeyMutation, SecretsAtRestCreateApiKeyMutationVariables>;
export const SecretsAtRestViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecretsAtRestViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SecretsAtRestViewerQuery, SecretsAtRestViewerQueryVariables>;
export const SignInRequestSignInLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInRequestSignInLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailAddress"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSignInLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequestSignInLinkPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<SignInRequestSignInLinkMutation, SignInRequestSignInLinkMutationVariables>;
export const SignInRedeemSignInLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInRedeemSignInLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemSignInLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RedeemSignInLinkPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionToken"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignInRedeemSignInLinkMutation, SignInRedeemSignInLinkMutationVariables>;
export const SignInViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<SignInViewerQuery, SignInViewerQueryVariables>;
export const SignInMySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInMySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<SignInMySessionsQuery, SignInMySessionsQueryVariables>;
export const SignInRevokeSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInRevokeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SignInRevokeSessionMutation, SignInRevokeSessionMutationVariables>;
export const SignInViewer2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInViewer2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SignInViewer2Query, SignInViewer2QueryVariables>;
export const SignInSignOut2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInSignOut2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignOutPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedSessionId"}}]}}]}}]}}]} as unknown as DocumentNode<SignInSignOut2Mutation, SignInSignOut2MutationVariables>;
export const SignInSignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInSignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignInSignOutMutation, SignInSignOutMutationVariables>;
export const DemoDataBoardCompositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoDataBoardComposition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boardComposition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"chair"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viceChairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoDataBoardCompositionQuery, DemoDataBoardCompositionQueryVariables>;
export const StatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"regular"}},{"kind":"Field","name":{"kind":"Name","value":"supporting"}},{"kind":"Field","name":{"kind":"Name","value":"cooperating"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<StatsQuery, StatsQueryVariables>;
export const AttachmentsMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttachmentsMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachmentDownloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"downloads"}}]}}]}}]}}]} as unknown as DocumentNode<AttachmentsMailingQuery, AttachmentsMailingQueryVariables>;
export const DeleteDeleteFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDeleteFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteFilePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedFileId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteDeleteFileMutation, DeleteDeleteFileMutationVariables>;
export const UploadNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UploadNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"File"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"EnumValue","value":"ATTACHMENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UploadNodeQuery, UploadNodeQueryVariables>;
export const UploadMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UploadMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<UploadMailingQuery, UploadMailingQueryVariables>;
export const UploadCreateMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadCreateMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UploadCreateMailingMutation, UploadCreateMailingMutationVariables>;
export const MeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Measure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"ministries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ministries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"basicPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeasureQuery, MeasureQueryVariables>;
export const MeasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Measures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyMeasureFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyMeasures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeasuresQuery, MeasuresQueryVariables>;
export const CatalogueNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueNodeQuery, CatalogueNodeQueryVariables>;
export const ReferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basicPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"designatedCities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ministries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}}]}}]}}]} as unknown as DocumentNode<ReferenceQuery, ReferenceQueryVariables>;
export const IdsCreateMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdsCreateMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IdsCreateMailingMutation, IdsCreateMailingMutationVariables>;
export const IdsUpdateOrganizationProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdsUpdateOrganizationProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganizationProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<IdsUpdateOrganizationProfileMutation, IdsUpdateOrganizationProfileMutationVariables>;
export const IdsAddContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdsAddContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IdsAddContactMutation, IdsAddContactMutationVariables>;
export const IdsRemoveContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdsRemoveContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveContactPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedContactId"}}]}}]}}]}}]} as unknown as DocumentNode<IdsRemoveContactMutation, IdsRemoveContactMutationVariables>;
export const IdsMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdsMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"previewUrl"}}]}}]}}]} as unknown as DocumentNode<IdsMailingQuery, IdsMailingQueryVariables>;
export const IdsAuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdsAuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IdsAuditEventsQuery, IdsAuditEventsQueryVariables>;
export const TotalCountPolicyMeasures2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TotalCountPolicyMeasures2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyMeasures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Counted"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Counted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryPolicyMeasuresConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]} as unknown as DocumentNode<TotalCountPolicyMeasures2Query, TotalCountPolicyMeasures2QueryVariables>;
export const TotalCountOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TotalCountOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"prefectures"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"13","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TotalCountOrganizationsQuery, TotalCountOrganizationsQueryVariables>;
export const TotalCountOrganizations2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TotalCountOrganizations2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TotalCountOrganizations2Query, TotalCountOrganizations2QueryVariables>;
export const TotalCountOrganizations3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TotalCountOrganizations3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"prefectures"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"13","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TotalCountOrganizations3Query, TotalCountOrganizations3QueryVariables>;
export const TotalCountPolicyMeasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TotalCountPolicyMeasures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyMeasures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<TotalCountPolicyMeasuresQuery, TotalCountPolicyMeasuresQueryVariables>;
export const ClientIpRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientIpRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ClientIpRegionsQuery, ClientIpRegionsQueryVariables>;
export const AudiencePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AudiencePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audience"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AudienceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audiencePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"audience"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audience"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"NOTICE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AudiencePreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"organizationCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreachedOrganizationCount"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreachedOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AudiencePreviewQuery, AudiencePreviewQueryVariables>;
export const LifecycleCreateMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleCreateMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleMailing"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleMailing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sending"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"retry"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<LifecycleCreateMailingMutation, LifecycleCreateMailingMutationVariables>;
export const LifecycleUpdateMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleUpdateMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleMailing"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleMailing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sending"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"retry"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<LifecycleUpdateMailingMutation, LifecycleUpdateMailingMutationVariables>;
export const LifecycleSendMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleSendMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"sendMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mailingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleMailing"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleMailing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sending"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"retry"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<LifecycleSendMailingMutation, LifecycleSendMailingMutationVariables>;
export const LifecyclePauseMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecyclePauseMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"pauseMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mailingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleMailing"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleMailing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sending"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"retry"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<LifecyclePauseMailingMutation, LifecyclePauseMailingMutationVariables>;
export const LifecycleResumeMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleResumeMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"resumeMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mailingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleMailing"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleMailing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sending"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"retry"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<LifecycleResumeMailingMutation, LifecycleResumeMailingMutationVariables>;
export const LifecycleCancelMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleCancelMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"cancelMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mailingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleMailing"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleMailing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sending"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"retry"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<LifecycleCancelMailingMutation, LifecycleCancelMailingMutationVariables>;
export const LifecycleScheduleMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleScheduleMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LifecycleScheduleMailingMutation, LifecycleScheduleMailingMutationVariables>;
export const LifecycleSendTestMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleSendTestMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendTestMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendTestMailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addresses"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LifecycleSendTestMailingMutation, LifecycleSendTestMailingMutationVariables>;
export const LifecycleMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifecycleMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleMailing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleMailing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sending"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"retry"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<LifecycleMailingQuery, LifecycleMailingQueryVariables>;
export const LifecyclePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifecyclePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previewUrl"}}]}}]}}]} as unknown as DocumentNode<LifecyclePreviewQuery, LifecyclePreviewQueryVariables>;
export const LifecycleMailingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifecycleMailings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<LifecycleMailingsQuery, LifecycleMailingsQueryVariables>;
export const LifecycleSuppressionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifecycleSuppressions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<LifecycleSuppressionsQuery, LifecycleSuppressionsQueryVariables>;
export const LifecycleSentMailingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifecycleSentMailings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SENT"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LifecycleSentMailingsQuery, LifecycleSentMailingsQueryVariables>;
export const UnsubscribeSuppressionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnsubscribeSuppressions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"address"},"value":{"kind":"StringValue","value":"lift@bounce","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnsubscribeSuppressionsQuery, UnsubscribeSuppressionsQueryVariables>;
export const UnsubscribeLiftSuppressionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnsubscribeLiftSuppression"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liftSuppression"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"suppressionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"note"},"value":{"kind":"StringValue","value":"アドレス確認済み","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UnsubscribeLiftSuppressionMutation, UnsubscribeLiftSuppressionMutationVariables>;
export const UnsubscribeLiftSuppression2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnsubscribeLiftSuppression2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liftSuppression"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"suppressionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UnsubscribeLiftSuppression2Mutation, UnsubscribeLiftSuppression2MutationVariables>;
export const ApprovalUpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalUpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailingKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"approvalRequiredKinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettingsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalRequiredKinds"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalUpdateSettingsMutation, ApprovalUpdateSettingsMutationVariables>;
export const ApprovalSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalRequiredKinds"}}]}}]}}]} as unknown as DocumentNode<ApprovalSettingsQuery, ApprovalSettingsQueryVariables>;
export const ApprovalUpdateSettings2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalUpdateSettings2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalUpdateSettings2Mutation, ApprovalUpdateSettings2MutationVariables>;
export const ApprovalMailingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalMailings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"awaitingApproval"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalMailingsQuery, ApprovalMailingsQueryVariables>;
export const ApprovalMailings2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalMailings2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"awaitingApproval"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalMailings2Query, ApprovalMailings2QueryVariables>;
export const ApprovalMailings3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalMailings3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MailingFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalMailings3Query, ApprovalMailings3QueryVariables>;
export const DraftsCreateMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftsCreateMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateIssueNumberError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"issueNumber"}},{"kind":"Field","name":{"kind":"Name","value":"existingMailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DraftsCreateMailingMutation, DraftsCreateMailingMutationVariables>;
export const DraftsUpdateMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftsUpdateMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateIssueNumberError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"issueNumber"}},{"kind":"Field","name":{"kind":"Name","value":"existingMailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DraftsUpdateMailingMutation, DraftsUpdateMailingMutationVariables>;
export const DraftsNextIssueNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DraftsNextIssueNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextNewsletterIssueNumber"}}]}}]} as unknown as DocumentNode<DraftsNextIssueNumberQuery, DraftsNextIssueNumberQueryVariables>;
export const DraftsDeleteMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftsDeleteMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedMailingId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DraftsDeleteMailingMutation, DraftsDeleteMailingMutationVariables>;
export const DraftsCancelMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftsCancelMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailingIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DraftsCancelMailingMutation, DraftsCancelMailingMutationVariables>;
export const DraftsSendMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftsSendMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DraftsSendMailingMutation, DraftsSendMailingMutationVariables>;
export const DraftsScheduleMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftsScheduleMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DraftsScheduleMailingMutation, DraftsScheduleMailingMutationVariables>;
export const DraftsDeleteFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftsDeleteFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DraftsDeleteFileMutation, DraftsDeleteFileMutationVariables>;
export const DraftsMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DraftsMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DraftsMailingQuery, DraftsMailingQueryVariables>;
export const EachKindMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EachKindMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<EachKindMailingQuery, EachKindMailingQueryVariables>;
export const EachKindArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EachKindArchive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EachKindArchiveQuery, EachKindArchiveQueryVariables>;
export const EachKindCreateMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EachKindCreateMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"createMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EachKindMailingFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EachKindMailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]} as unknown as DocumentNode<EachKindCreateMailingMutation, EachKindCreateMailingMutationVariables>;
export const EachKindCreateMeetingNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EachKindCreateMeetingNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMeetingNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"createMeetingNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EachKindMailingFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EachKindMailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]} as unknown as DocumentNode<EachKindCreateMeetingNoticeMutation, EachKindCreateMeetingNoticeMutationVariables>;
export const EachKindUpdateMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EachKindUpdateMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"updateMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EachKindMailingFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EachKindMailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]} as unknown as DocumentNode<EachKindUpdateMailingMutation, EachKindUpdateMailingMutationVariables>;
export const EachKindSendTestMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EachKindSendTestMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendTestMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"sendTestMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<EachKindSendTestMailingMutation, EachKindSendTestMailingMutationVariables>;
export const EachKindApproveMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EachKindApproveMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"approveMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EachKindMailingFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EachKindMailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]} as unknown as DocumentNode<EachKindApproveMailingMutation, EachKindApproveMailingMutationVariables>;
export const EachKindSendMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EachKindSendMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"sendMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EachKindMailingFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EachKindMailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]} as unknown as DocumentNode<EachKindSendMailingMutation, EachKindSendMailingMutationVariables>;
export const EditorialCreateMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorialCreateMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NewsletterContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitReportContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"visitDate"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"issuers"}},{"kind":"Field","name":{"kind":"Name","value":"issuerCodes"}},{"kind":"Field","name":{"kind":"Name","value":"relatedMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"buttonLabel"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingNoticeContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowProxy"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditorialCreateMailingMutation, EditorialCreateMailingMutationVariables>;
export const EditorialSendMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorialSendMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mailingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<EditorialSendMailingMutation, EditorialSendMailingMutationVariables>;
export const EditorialCreateWithoutAudienceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorialCreateWithoutAudience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selection"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditorialCreateWithoutAudienceMutation, EditorialCreateWithoutAudienceMutationVariables>;
export const ApplicationsApplyForMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplicationsApplyForMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationsApplyForMembershipMutation, ApplicationsApplyForMembershipMutationVariables>;
export const ApplicationsMembershipApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationsMembershipApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicantEmail"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateAddress"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationsMembershipApplicationsQuery, ApplicationsMembershipApplicationsQueryVariables>;
export const ApplicationsApproveApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplicationsApproveApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ApplicationsApproveApplicationMutation, ApplicationsApproveApplicationMutationVariables>;
export const ApplicationsOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationsOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"ひだまりてすと","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ApplicationsOrganizationsQuery, ApplicationsOrganizationsQueryVariables>;
export const ApplicationsApproveApplication2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplicationsApproveApplication2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"joinedOn"},"value":{"kind":"StringValue","value":"2026-11-23","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationsApproveApplication2Mutation, ApplicationsApproveApplication2MutationVariables>;
export const ApplicationsMembershipStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationsMembershipStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2026-11-23","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<ApplicationsMembershipStatsQuery, ApplicationsMembershipStatsQueryVariables>;
export const ApplicationsMembershipStats2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationsMembershipStats2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2026-11-22","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<ApplicationsMembershipStats2Query, ApplicationsMembershipStats2QueryVariables>;
export const ApplicationsRejectApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplicationsRejectApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"活動内容が確認できませんでした。","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ApplicationsRejectApplicationMutation, ApplicationsRejectApplicationMutationVariables>;
export const ApplicationsMembershipApplications2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationsMembershipApplications2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REJECTED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationsMembershipApplications2Query, ApplicationsMembershipApplications2QueryVariables>;
export const ContactPermissionsAddContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactPermissionsAddContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailAddress"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"山田 一郎","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactPermissionsAddContactMutation, ContactPermissionsAddContactMutationVariables>;
export const ContactPermissionsUpdateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactPermissionsUpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OptOutMailKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"optedOutKinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutKinds"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactPermissionsUpdateContactMutation, ContactPermissionsUpdateContactMutationVariables>;
export const ContactPermissionsRemoveContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactPermissionsRemoveContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ContactPermissionsRemoveContactMutation, ContactPermissionsRemoveContactMutationVariables>;
export const DecisionRequestsInterfaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionRequestsInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"DecisionRequest","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"possibleTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionRequestsInterfaceQuery, DecisionRequestsInterfaceQueryVariables>;
export const DecisionRequestsApplyForMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionRequestsApplyForMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecisionRequestsApplyForMembershipMutation, DecisionRequestsApplyForMembershipMutationVariables>;
export const DecisionRequestsUpdateOrganizationProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionRequestsUpdateOrganizationProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganizationProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationProfilePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecisionRequestsUpdateOrganizationProfileMutation, DecisionRequestsUpdateOrganizationProfileMutationVariables>;
export const DecisionRequestsRequestToJoinWorkingGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionRequestsRequestToJoinWorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestToJoinWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupRequestPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecisionRequestsRequestToJoinWorkingGroupMutation, DecisionRequestsRequestToJoinWorkingGroupMutationVariables>;
export const DecisionRequestsRequestToLeaveWorkingGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionRequestsRequestToLeaveWorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestToLeaveWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupRequestPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecisionRequestsRequestToLeaveWorkingGroupMutation, DecisionRequestsRequestToLeaveWorkingGroupMutationVariables>;
export const DecisionRequestsApproveApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionRequestsApproveApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DecisionRequestsApproveApplicationMutation, DecisionRequestsApproveApplicationMutationVariables>;
export const DecisionRequestsRejectApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionRequestsRejectApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DecisionRequestsRejectApplicationMutation, DecisionRequestsRejectApplicationMutationVariables>;
export const DecisionRequestsRequireReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionRequestsRequireReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"profileChangesRequireReview"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DecisionRequestsRequireReviewMutation, DecisionRequestsRequireReviewMutationVariables>;
export const DecisionRequestsApproveProfileChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionRequestsApproveProfileChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveProfileChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DecisionRequestsApproveProfileChangeMutation, DecisionRequestsApproveProfileChangeMutationVariables>;
export const DecisionRequestsRejectProfileChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionRequestsRejectProfileChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectProfileChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DecisionRequestsRejectProfileChangeMutation, DecisionRequestsRejectProfileChangeMutationVariables>;
export const DecisionRequestsWithdrawProfileChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionRequestsWithdrawProfileChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawProfileChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DecisionRequestsWithdrawProfileChangeMutation, DecisionRequestsWithdrawProfileChangeMutationVariables>;
export const DecisionRequestsApproveWorkingGroupRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionRequestsApproveWorkingGroupRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveWorkingGroupRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DecisionRequestsApproveWorkingGroupRequestMutation, DecisionRequestsApproveWorkingGroupRequestMutationVariables>;
export const DecisionRequestsDeclineWorkingGroupRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionRequestsDeclineWorkingGroupRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineWorkingGroupRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DecisionRequestsDeclineWorkingGroupRequestMutation, DecisionRequestsDeclineWorkingGroupRequestMutationVariables>;
export const DecisionRequestsListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionRequestsLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"org"},"name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionRequestsDecided"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileChangeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionRequestsDecided"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroupRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionRequestsDecided"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionRequestsDecided"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DecisionRequestsListsQuery, DecisionRequestsListsQueryVariables>;
export const DecisionRequestsCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionRequestsCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"rejectedRequests"},"name":{"kind":"Name","value":"workingGroupRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"REJECTED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"declinedRequests"},"name":{"kind":"Name","value":"workingGroupRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DECLINED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"supersededRequests"},"name":{"kind":"Name","value":"workingGroupRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"SUPERSEDED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"withdrawnApplications"},"name":{"kind":"Name","value":"membershipApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"WITHDRAWN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"rejectedApplications"},"name":{"kind":"Name","value":"membershipApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"REJECTED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"contradiction"},"name":{"kind":"Name","value":"profileChangeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"APPROVED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pendingChanges"},"name":{"kind":"Name","value":"profileChangeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"supersededChanges"},"name":{"kind":"Name","value":"profileChangeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"SUPERSEDED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DecisionRequestsCountsQuery, DecisionRequestsCountsQueryVariables>;
export const DecisionRequestsOwnRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionRequestsOwnRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroupRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionRequestsDecided"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionRequestsDecided"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DecisionRequestsOwnRequestsQuery, DecisionRequestsOwnRequestsQueryVariables>;
export const DecisionRequestsPendingRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionRequestsPendingRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroupRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DecisionRequestsPendingRequestsQuery, DecisionRequestsPendingRequestsQueryVariables>;
export const DesignatedCityNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DesignatedCityNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"designatedCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kana"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DesignatedCityNodeQuery, DesignatedCityNodeQueryVariables>;
export const DesignatedCityUpdateOrganizationProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DesignatedCityUpdateOrganizationProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganizationProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DesignatedCityUpdateOrganizationProfileMutation, DesignatedCityUpdateOrganizationProfileMutationVariables>;
export const DesignatedCityApplyForMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DesignatedCityApplyForMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DesignatedCityApplyForMembershipMutation, DesignatedCityApplyForMembershipMutationVariables>;
export const DirectoryOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryOrganizationsQuery, DirectoryOrganizationsQueryVariables>;
export const DirectoryOrganizations3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryOrganizations3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"PREFECTURE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryOrganizations3Query, DirectoryOrganizations3QueryVariables>;
export const DirectoryOrganizations4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryOrganizations4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"JOINED_ON"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryOrganizations4Query, DirectoryOrganizations4QueryVariables>;
export const DirectoryOrganizations5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryOrganizations5"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"prefectures"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"13","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryOrganizations5Query, DirectoryOrganizations5QueryVariables>;
export const DirectoryNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryNodeQuery, DirectoryNodeQueryVariables>;
export const DirectoryNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DirectoryNodesQuery, DirectoryNodesQueryVariables>;
export const DirectoryOrganizations2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryOrganizations2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroupMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boardSeat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryOrganizations2Query, DirectoryOrganizations2QueryVariables>;
export const GojuonOrderOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GojuonOrderOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"KANA"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameKana"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<GojuonOrderOrganizationsQuery, GojuonOrderOrganizationsQueryVariables>;
export const MemberPortalUpdateOrganizationProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberPortalUpdateOrganizationProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganizationProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"StringValue","value":"取り下げる説明","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationProfilePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberPortalUpdateOrganizationProfileMutation, MemberPortalUpdateOrganizationProfileMutationVariables>;
export const MemberPortalWithdrawProfileChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberPortalWithdrawProfileChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawProfileChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecideProfileChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingProfileChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MemberPortalWithdrawProfileChangeMutation, MemberPortalWithdrawProfileChangeMutationVariables>;
export const MemberPortalUpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberPortalUpdateSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"profileChangesRequireReview"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettingsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileChangesRequireReview"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberPortalUpdateSettingsMutation, MemberPortalUpdateSettingsMutationVariables>;
export const MemberPortalApproveProfileChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberPortalApproveProfileChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveProfileChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MemberPortalApproveProfileChangeMutation, MemberPortalApproveProfileChangeMutationVariables>;
export const MemberPortalWorkingGroupRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberPortalWorkingGroupRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroupRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberPortalWorkingGroupRequestsQuery, MemberPortalWorkingGroupRequestsQueryVariables>;
export const MemberPortalRequestToJoinWorkingGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberPortalRequestToJoinWorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestToJoinWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"workingGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupRequestPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestReason"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberPortalRequestToJoinWorkingGroupMutation, MemberPortalRequestToJoinWorkingGroupMutationVariables>;
export const MemberPortalApplyForMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberPortalApplyForMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberPortalApplyForMembershipMutation, MemberPortalApplyForMembershipMutationVariables>;
export const MembershipChangeMembershipStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembershipChangeMembershipStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberStatusChange"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMembershipStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"effectiveOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MembershipChangeMembershipStatusMutation, MembershipChangeMembershipStatusMutationVariables>;
export const MembershipMembershipStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipMembershipStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regular"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<MembershipMembershipStatsQuery, MembershipMembershipStatsQueryVariables>;
export const MembershipChangeMembershipCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembershipChangeMembershipCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMembershipCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"REGULAR"}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"effectiveOn"},"value":{"kind":"StringValue","value":"2026-11-05","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MembershipChangeMembershipCategoryMutation, MembershipChangeMembershipCategoryMutationVariables>;
export const MembershipMembershipSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipMembershipSeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2025-04-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2025-06-30","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"regular"}},{"kind":"Field","name":{"kind":"Name","value":"supporting"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<MembershipMembershipSeriesQuery, MembershipMembershipSeriesQueryVariables>;
export const MembershipMembershipStats2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipMembershipStats2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2025-05-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regular"}},{"kind":"Field","name":{"kind":"Name","value":"supporting"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<MembershipMembershipStats2Query, MembershipMembershipStats2QueryVariables>;
export const MembershipMembershipSeries2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipMembershipSeries2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2010-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2025-06-30","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<MembershipMembershipSeries2Query, MembershipMembershipSeries2QueryVariables>;
export const NotificationsRejectProfileChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationsRejectProfileChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectProfileChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NotificationsRejectProfileChangeMutation, NotificationsRejectProfileChangeMutationVariables>;
export const NotificationsApproveProfileChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationsApproveProfileChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveProfileChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NotificationsApproveProfileChangeMutation, NotificationsApproveProfileChangeMutationVariables>;
export const NotificationsRequestToJoinWorkingGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationsRequestToJoinWorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestToJoinWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"workingGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupRequestPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsRequestToJoinWorkingGroupMutation, NotificationsRequestToJoinWorkingGroupMutationVariables>;
export const NotificationsSetWorkingGroupMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationsSetWorkingGroupMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupRole"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWorkingGroupMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"workingGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"effectiveOn"},"value":{"kind":"StringValue","value":"2026-12-10","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NotificationsSetWorkingGroupMembershipMutation, NotificationsSetWorkingGroupMembershipMutationVariables>;
export const NotificationsUpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationsUpdateSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"profileChangesRequireReview"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettingsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileChangesRequireReview"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsUpdateSettingsMutation, NotificationsUpdateSettingsMutationVariables>;
export const NotificationsUpdateOrganizationProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationsUpdateOrganizationProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganizationProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationProfilePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsUpdateOrganizationProfileMutation, NotificationsUpdateOrganizationProfileMutationVariables>;
export const NotificationsApproveWorkingGroupRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationsApproveWorkingGroupRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveWorkingGroupRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"effectiveOn"},"value":{"kind":"StringValue","value":"2026-12-01","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NotificationsApproveWorkingGroupRequestMutation, NotificationsApproveWorkingGroupRequestMutationVariables>;
export const NotificationsDeclineWorkingGroupRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationsDeclineWorkingGroupRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineWorkingGroupRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"今年度の募集は締め切りました","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NotificationsDeclineWorkingGroupRequestMutation, NotificationsDeclineWorkingGroupRequestMutationVariables>;
export const NotificationsUpdateOrganizationProfile2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationsUpdateOrganizationProfile2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganizationProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"StringValue","value":"事務局が先に修正","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NotificationsUpdateOrganizationProfile2Mutation, NotificationsUpdateOrganizationProfile2MutationVariables>;
export const OrganizationTypesOrganizationTypesInUseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationTypesOrganizationTypesInUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationTypesInUse"}}]}}]} as unknown as DocumentNode<OrganizationTypesOrganizationTypesInUseQuery, OrganizationTypesOrganizationTypesInUseQueryVariables>;
export const OrganizationTypesOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationTypesOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationTypes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"認定NPO法人","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationTypesOrganizationsQuery, OrganizationTypesOrganizationsQueryVariables>;
export const SharedRulesAddContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SharedRulesAddContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SharedRulesAddContactMutation, SharedRulesAddContactMutationVariables>;
export const SharedRulesApplyForMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SharedRulesApplyForMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SharedRulesApplyForMembershipMutation, SharedRulesApplyForMembershipMutationVariables>;
export const WorkflowsUpdateOrganizationProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsUpdateOrganizationProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganizationProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationProfilePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsUpdateOrganizationProfileMutation, WorkflowsUpdateOrganizationProfileMutationVariables>;
export const WorkflowsUpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsUpdateSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"profileChangesRequireReview"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettingsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileChangesRequireReview"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsUpdateSettingsMutation, WorkflowsUpdateSettingsMutationVariables>;
export const WorkflowsProfileChangeRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowsProfileChangeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileChangeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<WorkflowsProfileChangeRequestsQuery, WorkflowsProfileChangeRequestsQueryVariables>;
export const WorkflowsApproveProfileChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsApproveProfileChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveProfileChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecideProfileChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsApproveProfileChangeMutation, WorkflowsApproveProfileChangeMutationVariables>;
export const WorkflowsRejectProfileChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsRejectProfileChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectProfileChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"内容を確認できません","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<WorkflowsRejectProfileChangeMutation, WorkflowsRejectProfileChangeMutationVariables>;
export const WorkflowsUpdateSettings2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsUpdateSettings2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"profileChangesRequireReview"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettingsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileChangesRequireReview"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsUpdateSettings2Mutation, WorkflowsUpdateSettings2MutationVariables>;
export const WorkflowsApproveWorkingGroupRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsApproveWorkingGroupRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveWorkingGroupRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"effectiveOn"},"value":{"kind":"StringValue","value":"2026-11-01","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<WorkflowsApproveWorkingGroupRequestMutation, WorkflowsApproveWorkingGroupRequestMutationVariables>;
export const WorkflowsWorkingGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowsWorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsWorkingGroupQuery, WorkflowsWorkingGroupQueryVariables>;
export const WorkflowsRequestToLeaveWorkingGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsRequestToLeaveWorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestToLeaveWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"workingGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupRequestPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsRequestToLeaveWorkingGroupMutation, WorkflowsRequestToLeaveWorkingGroupMutationVariables>;
export const WorkflowsApproveWorkingGroupRequest2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsApproveWorkingGroupRequest2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveWorkingGroupRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"effectiveOn"},"value":{"kind":"StringValue","value":"2026-11-20","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<WorkflowsApproveWorkingGroupRequest2Mutation, WorkflowsApproveWorkingGroupRequest2MutationVariables>;
export const WorkflowsApproveWorkingGroupRequest3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsApproveWorkingGroupRequest3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveWorkingGroupRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"StringValue","value":"not-a-uuid","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<WorkflowsApproveWorkingGroupRequest3Mutation, WorkflowsApproveWorkingGroupRequest3MutationVariables>;
export const WorkflowsRejectProfileChange2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsRejectProfileChange2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectProfileChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"StringValue","value":"not-a-uuid","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<WorkflowsRejectProfileChange2Mutation, WorkflowsRejectProfileChange2MutationVariables>;
export const WorkflowsAddContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsAddContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"高橋 健","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"StringValue","value":"takahashi@contact.example.jp","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"roles"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"GENERAL_MEETING_DELEGATE"},{"kind":"EnumValue","value":"BOARD_MEMBER"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"emailStatus"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutKinds"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsAddContactMutation, WorkflowsAddContactMutationVariables>;
export const WorkflowsAddContact2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsAddContact2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"重複","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"StringValue","value":"TAKAHASHI@contact.example.jp","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<WorkflowsAddContact2Mutation, WorkflowsAddContact2MutationVariables>;
export const WorkflowsUpdateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsUpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"isPrimary"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"optedOutKinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NEWSLETTER"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutKinds"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsUpdateContactMutation, WorkflowsUpdateContactMutationVariables>;
export const WorkflowsRemoveContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsRemoveContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<WorkflowsRemoveContactMutation, WorkflowsRemoveContactMutationVariables>;
export const WorkflowsNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowsNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WorkflowsNodeQuery, WorkflowsNodeQueryVariables>;
export const WorkflowsAddContact4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsAddContact4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"StringValue","value":"crlf@contact.example.jp","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<WorkflowsAddContact4Mutation, WorkflowsAddContact4MutationVariables>;
export const WorkflowsUpdateContact2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsUpdateContact2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<WorkflowsUpdateContact2Mutation, WorkflowsUpdateContact2MutationVariables>;
export const WorkflowsUpdateSettings3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsUpdateSettings3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"profileChangesRequireReview"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<WorkflowsUpdateSettings3Mutation, WorkflowsUpdateSettings3MutationVariables>;
export const WorkflowsNode2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowsNode2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"StringValue","value":"settings.update","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actorKind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsNode2Query, WorkflowsNode2QueryVariables>;
export const WorkflowsRequestToJoinWorkingGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsRequestToJoinWorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestToJoinWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"workingGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupRequestPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsRequestToJoinWorkingGroupMutation, WorkflowsRequestToJoinWorkingGroupMutationVariables>;
export const WorkflowsSetWorkingGroupMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsSetWorkingGroupMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupRole"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWorkingGroupMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"workingGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"effectiveOn"},"value":{"kind":"StringValue","value":"2026-11-22","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SetWorkingGroupMembershipPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsSetWorkingGroupMembershipMutation, WorkflowsSetWorkingGroupMembershipMutationVariables>;
export const PrefsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Prefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PrefsQuery, PrefsQueryVariables>;
export const MetricsRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricsRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MetricsRegionsQuery, MetricsRegionsQueryVariables>;
export const AcknowledgementsSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcknowledgementsSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replySummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"notYet"}},{"kind":"Field","name":{"kind":"Name","value":"unreached"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"addresses"}},{"kind":"Field","name":{"kind":"Name","value":"reminded"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgementsSummaryQuery, AcknowledgementsSummaryQueryVariables>;
export const AcknowledgementsNotYetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcknowledgementsNotYet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"NOT_YET"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgementsNotYetQuery, AcknowledgementsNotYetQueryVariables>;
export const AcknowledgementsReceivedNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcknowledgementsReceivedNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailingId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"replyRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answerRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgementsReceivedNoticesQuery, AcknowledgementsReceivedNoticesQueryVariables>;
export const AcknowledgementsAcknowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgementsAcknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgementPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgementsAcknowledgeMutation, AcknowledgementsAcknowledgeMutationVariables>;
export const AcknowledgementsSendReminderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgementsSendReminder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendReminderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendReminder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendReminderPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reminderOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgementsSendReminderMutation, AcknowledgementsSendReminderMutationVariables>;
export const AcknowledgementsRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgementsRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAcknowledgementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAcknowledgement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgementPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgementsRecordMutation, AcknowledgementsRecordMutationVariables>;
export const MeetingRepliesNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingRepliesNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"attend"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"proxy"}},{"kind":"Field","name":{"kind":"Name","value":"noReply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quorum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingRepliesNodeQuery, MeetingRepliesNodeQueryVariables>;
export const RemindersSendReminderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindersSendReminder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendReminderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendReminder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendReminderPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RemindersMailing"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RemindersMailing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"approvalRequired"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminderOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemindersSendReminderMutation, RemindersSendReminderMutationVariables>;
export const RemindersApproveMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindersApproveMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RemindersMailing"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RemindersMailing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"approvalRequired"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminderOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemindersApproveMailingMutation, RemindersApproveMailingMutationVariables>;
export const RemindersSendMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindersSendMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RemindersMailing"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RemindersMailing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"approvalRequired"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminderOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemindersSendMailingMutation, RemindersSendMailingMutationVariables>;
export const RemindersCreateMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindersCreateMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemindersCreateMailingMutation, RemindersCreateMailingMutationVariables>;
export const RemindersUpdateMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindersUpdateMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemindersUpdateMailingMutation, RemindersUpdateMailingMutationVariables>;
export const RemindersDeleteMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindersDeleteMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RemindersDeleteMailingMutation, RemindersDeleteMailingMutationVariables>;
export const RemindersPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RemindersPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<RemindersPreviewQuery, RemindersPreviewQueryVariables>;