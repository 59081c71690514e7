/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Stats($asOf: Date) {\n    membershipStats(asOf: $asOf) { asOf regular supporting cooperating total }\n  }\n": typeof types.StatsDocument,
    "\n  query Measure($number: Int!) {\n    policyMeasure(number: $number) {\n      id\n      number\n      title\n      page\n      ministries { code name }\n      subMeasures { title ministries { code } }\n      placements { kind basicPolicy { number } subItem { number symbol } }\n    }\n  }\n": typeof types.MeasureDocument,
    "\n  query Measures($first: Int, $after: String, $filter: PolicyMeasureFilter) {\n    policyMeasures(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number placements { kind } } }\n    }\n  }\n": typeof types.MeasuresDocument,
    "\n        query Reference {\n          basicPolicies { number subItems { number } }\n          prefectures { code name region { name } }\n          designatedCities { name prefectureCode }\n          membershipCategories { code nameJa }\n          ministries { code name }\n          workingGroups { number title theme goals }\n        }\n      ": typeof types.ReferenceDocument,
    "\n  query AudiencePreview($audience: AudienceInput!) {\n    audiencePreview(audience: $audience, kind: NOTICE) {\n      __typename\n      ... on AudiencePreview { recipientCount organizationCount unreachedOrganizationCount\n        suppressed { reason count } sample { address organizationName organization { id } }\n        unreachedOrganizations { organizationName reason organization { id } } }\n      ... on ValidationFailedError { problems { path message } }\n    }\n  }\n": typeof types.AudiencePreviewDocument,
    "\n  fragment LifecycleMailing on Mailing {\n    id status version subject kind\n    counts { total queued sending sent retry failed suppressed unknown cancelled }\n  }\n": typeof types.LifecycleMailingFragmentDoc,
    "\n  mutation LifecycleCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { ...LifecycleMailing } }\n      ... on ValidationFailedError { code message problems { path message } }\n    }\n  }\n": typeof types.LifecycleCreateMailingDocument,
    "\n  mutation LifecycleUpdateMailing($input: UpdateMailingInput!) {\n    updateMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n": typeof types.LifecycleUpdateMailingDocument,
    "\n  mutation LifecycleSendMailing($id: ID!) {\n    result: sendMailing(input: { mailingId: $id }) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n": typeof types.LifecycleSendMailingDocument,
    "\n  mutation LifecyclePauseMailing($id: ID!) {\n    result: pauseMailing(input: { mailingId: $id }) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n": typeof types.LifecyclePauseMailingDocument,
    "\n  mutation LifecycleResumeMailing($id: ID!) {\n    result: resumeMailing(input: { mailingId: $id }) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n": typeof types.LifecycleResumeMailingDocument,
    "\n  mutation LifecycleCancelMailing($id: ID!) {\n    result: cancelMailing(input: { mailingId: $id }) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n": typeof types.LifecycleCancelMailingDocument,
    "\n  mutation LifecycleScheduleMailing($input: ScheduleMailingInput!) {\n    scheduleMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { id status } } ... on Error { code message }\n    }\n  }\n": typeof types.LifecycleScheduleMailingDocument,
    "\n  mutation LifecycleSendTestMailing($input: SendTestMailingInput!) {\n    sendTestMailing(input: $input) {\n      __typename ... on SendTestMailingPayload { addresses } ... on Error { code }\n    }\n  }\n": typeof types.LifecycleSendTestMailingDocument,
    "\n  query LifecycleMailing($id: ID!) {\n    mailing(id: $id) { ...LifecycleMailing }\n  }\n": typeof types.LifecycleMailingDocument,
    "\n  query LifecyclePreview($id: ID!) {\n    mailing(id: $id) { preview { subject html text } previewUrl }\n  }\n": typeof types.LifecyclePreviewDocument,
    "\n  query LifecycleMailings {\n    mailings(first: 5) { totalCount }\n  }\n": typeof types.LifecycleMailingsDocument,
    "\n  query LifecycleSuppressions {\n    suppressions(first: 5) { totalCount }\n  }\n": typeof types.LifecycleSuppressionsDocument,
    "\n  query LifecycleSentMailings {\n    mailings(first: 3, filter: { statuses: [SENT] }) {\n      totalCount edges { node { status counts { total } } }\n    }\n  }\n": typeof types.LifecycleSentMailingsDocument,
    "\n  mutation DraftsCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { id subject status version } }\n      ... on DuplicateIssueNumberError { code message path issueNumber existingMailing { id subject } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.DraftsCreateMailingDocument,
    "\n  mutation DraftsUpdateMailing($input: UpdateMailingInput!) {\n    updateMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { id subject status version } }\n      ... on DuplicateIssueNumberError { code message path issueNumber existingMailing { id subject } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.DraftsUpdateMailingDocument,
    "\n  query DraftsNextIssueNumber {\n    nextNewsletterIssueNumber\n  }\n": typeof types.DraftsNextIssueNumberDocument,
    "\n  mutation DraftsDeleteMailing($input: DeleteMailingInput!) {\n    deleteMailing(input: $input) {\n      __typename\n      ... on DeleteMailingPayload { deletedMailingId }\n      ... on Error { code message }\n    }\n  }\n": typeof types.DraftsDeleteMailingDocument,
    "\n  mutation DraftsCancelMailing($input: MailingIdInput!) {\n    cancelMailing(input: $input) { __typename }\n  }\n": typeof types.DraftsCancelMailingDocument,
    "\n  mutation DraftsSendMailing($input: SendMailingInput!) {\n    sendMailing(input: $input) { __typename }\n  }\n": typeof types.DraftsSendMailingDocument,
    "\n  mutation DraftsScheduleMailing($input: ScheduleMailingInput!) {\n    scheduleMailing(input: $input) { __typename }\n  }\n": typeof types.DraftsScheduleMailingDocument,
    "\n  mutation DraftsDeleteFile($id: ID!) {\n    deleteFile(input: { fileId: $id }) { __typename }\n  }\n": typeof types.DraftsDeleteFileDocument,
    "\n  query DraftsMailing($id: ID!) {\n    mailing(id: $id) { id version }\n  }\n": typeof types.DraftsMailingDocument,
    "\n  mutation EditorialCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload {\n        mailing {\n          id kind subject\n          preview { subject html text }\n          content {\n            __typename\n            ... on NewsletterContent { issueNumber issueDate sections { heading items { title links { label url } } } }\n            ... on VisitReportContent { title organization visitDate staff photos { url alt } }\n            ... on NoticeContent { date issuers issuerCodes relatedMeasures subject reply { deadline buttonLabel } }\n            ... on MeetingNoticeContent { title date startTime agenda { title } allowProxy }\n          }\n        }\n      }\n      ... on ValidationFailedError { message problems { path message } }\n    }\n  }\n": typeof types.EditorialCreateMailingDocument,
    "\n  mutation EditorialSendMailing($id: ID!) {\n    sendMailing(input: { mailingId: $id }) { __typename }\n  }\n": typeof types.EditorialSendMailingDocument,
    "\n  mutation EditorialCreateWithoutAudience($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { audience { categories contacts { selection } } } }\n    }\n  }\n": typeof types.EditorialCreateWithoutAudienceDocument,
    "\n  mutation WorkflowsUpdateOrganizationProfile($id: ID!, $v: Int!, $d: String!) {\n  updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) {\n  __typename\n  ... on UpdateOrganizationProfilePayload { organization { description } pendingChange { id status changes { field before after } } }\n  ... on Error { code }\n  }\n  }\n": typeof types.WorkflowsUpdateOrganizationProfileDocument,
    "\n  mutation WorkflowsUpdateSettings { updateSettings(input: { profileChangesRequireReview: true }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }\n": typeof types.WorkflowsUpdateSettingsDocument,
    "\n  query WorkflowsProfileChangeRequests { profileChangeRequests(first: 10, status: PENDING) { totalCount } }\n": typeof types.WorkflowsProfileChangeRequestsDocument,
    "\n  mutation WorkflowsApproveProfileChange($id: ID!) { approveProfileChange(input: { requestId: $id }) { __typename ... on DecideProfileChangePayload { organization { description } } } }\n": typeof types.WorkflowsApproveProfileChangeDocument,
    "\n  mutation WorkflowsRejectProfileChange($id: ID!) { rejectProfileChange(input: { requestId: $id, reason: \"内容を確認できません\" }) { __typename } }\n": typeof types.WorkflowsRejectProfileChangeDocument,
    "\n  mutation WorkflowsUpdateSettings2 { updateSettings(input: { profileChangesRequireReview: false }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }\n": typeof types.WorkflowsUpdateSettings2Document,
    "\n  mutation WorkflowsApproveWorkingGroupRequest($id: ID!) { approveWorkingGroupRequest(input: { requestId: $id, effectiveOn: \"2026-11-01\" }) { __typename } }\n": typeof types.WorkflowsApproveWorkingGroupRequestDocument,
    "\n  query WorkflowsWorkingGroup($g: Int!) { workingGroup(number: $g) { members(first: 100) { totalCount edges { node { organization { id } role joinedOn } } } } }\n": typeof types.WorkflowsWorkingGroupDocument,
    "\n  mutation WorkflowsRequestToLeaveWorkingGroup($id: ID!, $g: Int!) { requestToLeaveWorkingGroup(input: { organizationId: $id, workingGroup: $g }) { __typename ... on WorkingGroupRequestPayload { request { id } } } }\n": typeof types.WorkflowsRequestToLeaveWorkingGroupDocument,
    "\n  mutation WorkflowsApproveWorkingGroupRequest2($id: ID!) { approveWorkingGroupRequest(input: { requestId: $id, effectiveOn: \"2026-11-20\" }) { __typename } }\n": typeof types.WorkflowsApproveWorkingGroupRequest2Document,
    "\n  mutation WorkflowsApproveWorkingGroupRequest3 { approveWorkingGroupRequest(input: { requestId: \"not-a-uuid\" }) { __typename } }\n": typeof types.WorkflowsApproveWorkingGroupRequest3Document,
    "\n  mutation WorkflowsRejectProfileChange2 { rejectProfileChange(input: { requestId: \"not-a-uuid\" }) { __typename } }\n": typeof types.WorkflowsRejectProfileChange2Document,
    "\n  mutation WorkflowsAddContact($id: ID!) { addContact(input: { organizationId: $id, name: \"高橋 健\", email: \"takahashi@contact.example.jp\", roles: [GENERAL_MEETING_DELEGATE, BOARD_MEMBER] }) { __typename ... on ContactPayload { contact { id isPrimary roles emailStatus optedOutKinds } } } }\n": typeof types.WorkflowsAddContactDocument,
    "\n  mutation WorkflowsAddContact2($id: ID!) { addContact(input: { organizationId: $id, name: \"重複\", email: \"TAKAHASHI@contact.example.jp\" }) { __typename } }\n": typeof types.WorkflowsAddContact2Document,
    "\n  mutation WorkflowsUpdateContact($id: ID!) { updateContact(input: { contactId: $id, isPrimary: true, optedOutKinds: [NEWSLETTER] }) { ... on ContactPayload { contact { isPrimary optedOutKinds } } } }\n": typeof types.WorkflowsUpdateContactDocument,
    "\n  mutation WorkflowsRemoveContact($id: ID!) { removeContact(input: { contactId: $id }) { __typename } }\n": typeof types.WorkflowsRemoveContactDocument,
    "\n  query WorkflowsNode($id: ID!) { node(id: $id) { id } }\n": typeof types.WorkflowsNodeDocument,
    "\n  mutation WorkflowsAddContact4($id: ID!, $name: String!) { addContact(input: { organizationId: $id, name: $name, email: \"crlf@contact.example.jp\" }) { __typename } }\n": typeof types.WorkflowsAddContact4Document,
    "\n  mutation WorkflowsUpdateContact2($id: ID!, $name: String!) { updateContact(input: { contactId: $id, name: $name }) { __typename } }\n": typeof types.WorkflowsUpdateContact2Document,
    "\n  mutation WorkflowsUpdateSettings3 { updateSettings(input: { profileChangesRequireReview: false }) { __typename } }\n": typeof types.WorkflowsUpdateSettings3Document,
    "\n  query WorkflowsNode2($id: ID!) {\n        node(id: $id) { ... on Organization { membershipHistory { kind statusAfter } } }\n        auditEvents(first: 1, action: \"settings.update\") { edges { node { actorKind } } }\n      }\n": typeof types.WorkflowsNode2Document,
    "\n    mutation WorkflowsRequestToJoinWorkingGroup($id: ID!, $g: Int!) { requestToJoinWorkingGroup(input: { organizationId: $id, workingGroup: $g }) { __typename ... on WorkingGroupRequestPayload { request { id status } } ... on Error { code } } }\n  ": typeof types.WorkflowsRequestToJoinWorkingGroupDocument,
    "\n      mutation WorkflowsSetWorkingGroupMembership($id: ID!, $g: Int!, $r: WorkingGroupRole) { setWorkingGroupMembership(input: { organizationId: $id, workingGroup: $g, role: $r, effectiveOn: \"2026-11-22\" }) { __typename ... on SetWorkingGroupMembershipPayload { membership { role } } } }\n    ": typeof types.WorkflowsSetWorkingGroupMembershipDocument,
    "\n  query AcknowledgementsSummary($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Mailing {\n        replySummary { organizations delivered acknowledged notYet unreached late }\n        replies(first: 20) { totalCount edges { node { organizationName state delivered addresses reminded\n          acknowledgement { answer channel late contact { name } } } } }\n      }\n    }\n  }\n": typeof types.AcknowledgementsSummaryDocument,
    "\n  query AcknowledgementsNotYet($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Mailing { replies(first: 10, state: NOT_YET) { totalCount edges { node { organizationName } } } }\n    }\n  }\n": typeof types.AcknowledgementsNotYetDocument,
    "\n  query AcknowledgementsReceivedNotices($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Organization {\n        receivedNotices(first: 10) { totalCount edges { node { mailingId subject\n          replyRequest { deadline question answerRequired } acknowledgement { channel } } } }\n      }\n    }\n  }\n": typeof types.AcknowledgementsReceivedNoticesDocument,
    "\n  mutation AcknowledgementsAcknowledge($input: AcknowledgeMailingInput!) {\n    acknowledgeMailing(input: $input) {\n      __typename\n      ... on AcknowledgementPayload { acknowledgement { answer channel } }\n      ... on Error { message }\n    }\n  }\n": typeof types.AcknowledgementsAcknowledgeDocument,
    "\n  mutation AcknowledgementsSendReminder($input: SendReminderInput!) {\n    sendReminder(input: $input) {\n      __typename\n      ... on SendReminderPayload { reminder { id subject status reminderOf { id } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.AcknowledgementsSendReminderDocument,
    "\n  mutation AcknowledgementsRecord($input: RecordAcknowledgementInput!) {\n    recordAcknowledgement(input: $input) {\n      __typename ... on AcknowledgementPayload { acknowledgement { channel note answer } }\n      ... on Error { message }\n    }\n  }\n": typeof types.AcknowledgementsRecordDocument,
    "\n  fragment RemindersMailing on Mailing {\n    id subject status version approvalRequired createdBy { email } reminderOf { id }\n  }\n": typeof types.RemindersMailingFragmentDoc,
    "\n  mutation RemindersSendReminder($input: SendReminderInput!) {\n    sendReminder(input: $input) {\n      __typename\n      ... on SendReminderPayload { reminder { ...RemindersMailing } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.RemindersSendReminderDocument,
    "\n  mutation RemindersApproveMailing($input: ApproveMailingInput!) {\n    approveMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...RemindersMailing } } ... on Error { code message }\n    }\n  }\n": typeof types.RemindersApproveMailingDocument,
    "\n  mutation RemindersSendMailing($input: SendMailingInput!) {\n    sendMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...RemindersMailing } } ... on Error { code message }\n    }\n  }\n": typeof types.RemindersSendMailingDocument,
    "\n  mutation RemindersCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { id version } } ... on Error { message }\n    }\n  }\n": typeof types.RemindersCreateMailingDocument,
    "\n  mutation RemindersUpdateMailing($input: UpdateMailingInput!) {\n    updateMailing(input: $input) {\n      __typename ... on ValidationFailedError { problems { path message } }\n    }\n  }\n": typeof types.RemindersUpdateMailingDocument,
    "\n  mutation RemindersDeleteMailing($input: DeleteMailingInput!) {\n    deleteMailing(input: $input) { __typename }\n  }\n": typeof types.RemindersDeleteMailingDocument,
    "\n  query RemindersPreview($id: ID!) {\n    mailing(id: $id) { preview { subject html text } }\n  }\n": typeof types.RemindersPreviewDocument,
};
const documents: Documents = {
    "\n  query Stats($asOf: Date) {\n    membershipStats(asOf: $asOf) { asOf regular supporting cooperating total }\n  }\n": types.StatsDocument,
    "\n  query Measure($number: Int!) {\n    policyMeasure(number: $number) {\n      id\n      number\n      title\n      page\n      ministries { code name }\n      subMeasures { title ministries { code } }\n      placements { kind basicPolicy { number } subItem { number symbol } }\n    }\n  }\n": types.MeasureDocument,
    "\n  query Measures($first: Int, $after: String, $filter: PolicyMeasureFilter) {\n    policyMeasures(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number placements { kind } } }\n    }\n  }\n": types.MeasuresDocument,
    "\n        query Reference {\n          basicPolicies { number subItems { number } }\n          prefectures { code name region { name } }\n          designatedCities { name prefectureCode }\n          membershipCategories { code nameJa }\n          ministries { code name }\n          workingGroups { number title theme goals }\n        }\n      ": types.ReferenceDocument,
    "\n  query AudiencePreview($audience: AudienceInput!) {\n    audiencePreview(audience: $audience, kind: NOTICE) {\n      __typename\n      ... on AudiencePreview { recipientCount organizationCount unreachedOrganizationCount\n        suppressed { reason count } sample { address organizationName organization { id } }\n        unreachedOrganizations { organizationName reason organization { id } } }\n      ... on ValidationFailedError { problems { path message } }\n    }\n  }\n": types.AudiencePreviewDocument,
    "\n  fragment LifecycleMailing on Mailing {\n    id status version subject kind\n    counts { total queued sending sent retry failed suppressed unknown cancelled }\n  }\n": types.LifecycleMailingFragmentDoc,
    "\n  mutation LifecycleCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { ...LifecycleMailing } }\n      ... on ValidationFailedError { code message problems { path message } }\n    }\n  }\n": types.LifecycleCreateMailingDocument,
    "\n  mutation LifecycleUpdateMailing($input: UpdateMailingInput!) {\n    updateMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n": types.LifecycleUpdateMailingDocument,
    "\n  mutation LifecycleSendMailing($id: ID!) {\n    result: sendMailing(input: { mailingId: $id }) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n": types.LifecycleSendMailingDocument,
    "\n  mutation LifecyclePauseMailing($id: ID!) {\n    result: pauseMailing(input: { mailingId: $id }) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n": types.LifecyclePauseMailingDocument,
    "\n  mutation LifecycleResumeMailing($id: ID!) {\n    result: resumeMailing(input: { mailingId: $id }) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n": types.LifecycleResumeMailingDocument,
    "\n  mutation LifecycleCancelMailing($id: ID!) {\n    result: cancelMailing(input: { mailingId: $id }) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n": types.LifecycleCancelMailingDocument,
    "\n  mutation LifecycleScheduleMailing($input: ScheduleMailingInput!) {\n    scheduleMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { id status } } ... on Error { code message }\n    }\n  }\n": types.LifecycleScheduleMailingDocument,
    "\n  mutation LifecycleSendTestMailing($input: SendTestMailingInput!) {\n    sendTestMailing(input: $input) {\n      __typename ... on SendTestMailingPayload { addresses } ... on Error { code }\n    }\n  }\n": types.LifecycleSendTestMailingDocument,
    "\n  query LifecycleMailing($id: ID!) {\n    mailing(id: $id) { ...LifecycleMailing }\n  }\n": types.LifecycleMailingDocument,
    "\n  query LifecyclePreview($id: ID!) {\n    mailing(id: $id) { preview { subject html text } previewUrl }\n  }\n": types.LifecyclePreviewDocument,
    "\n  query LifecycleMailings {\n    mailings(first: 5) { totalCount }\n  }\n": types.LifecycleMailingsDocument,
    "\n  query LifecycleSuppressions {\n    suppressions(first: 5) { totalCount }\n  }\n": types.LifecycleSuppressionsDocument,
    "\n  query LifecycleSentMailings {\n    mailings(first: 3, filter: { statuses: [SENT] }) {\n      totalCount edges { node { status counts { total } } }\n    }\n  }\n": types.LifecycleSentMailingsDocument,
    "\n  mutation DraftsCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { id subject status version } }\n      ... on DuplicateIssueNumberError { code message path issueNumber existingMailing { id subject } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n": types.DraftsCreateMailingDocument,
    "\n  mutation DraftsUpdateMailing($input: UpdateMailingInput!) {\n    updateMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { id subject status version } }\n      ... on DuplicateIssueNumberError { code message path issueNumber existingMailing { id subject } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n": types.DraftsUpdateMailingDocument,
    "\n  query DraftsNextIssueNumber {\n    nextNewsletterIssueNumber\n  }\n": types.DraftsNextIssueNumberDocument,
    "\n  mutation DraftsDeleteMailing($input: DeleteMailingInput!) {\n    deleteMailing(input: $input) {\n      __typename\n      ... on DeleteMailingPayload { deletedMailingId }\n      ... on Error { code message }\n    }\n  }\n": types.DraftsDeleteMailingDocument,
    "\n  mutation DraftsCancelMailing($input: MailingIdInput!) {\n    cancelMailing(input: $input) { __typename }\n  }\n": types.DraftsCancelMailingDocument,
    "\n  mutation DraftsSendMailing($input: SendMailingInput!) {\n    sendMailing(input: $input) { __typename }\n  }\n": types.DraftsSendMailingDocument,
    "\n  mutation DraftsScheduleMailing($input: ScheduleMailingInput!) {\n    scheduleMailing(input: $input) { __typename }\n  }\n": types.DraftsScheduleMailingDocument,
    "\n  mutation DraftsDeleteFile($id: ID!) {\n    deleteFile(input: { fileId: $id }) { __typename }\n  }\n": types.DraftsDeleteFileDocument,
    "\n  query DraftsMailing($id: ID!) {\n    mailing(id: $id) { id version }\n  }\n": types.DraftsMailingDocument,
    "\n  mutation EditorialCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload {\n        mailing {\n          id kind subject\n          preview { subject html text }\n          content {\n            __typename\n            ... on NewsletterContent { issueNumber issueDate sections { heading items { title links { label url } } } }\n            ... on VisitReportContent { title organization visitDate staff photos { url alt } }\n            ... on NoticeContent { date issuers issuerCodes relatedMeasures subject reply { deadline buttonLabel } }\n            ... on MeetingNoticeContent { title date startTime agenda { title } allowProxy }\n          }\n        }\n      }\n      ... on ValidationFailedError { message problems { path message } }\n    }\n  }\n": types.EditorialCreateMailingDocument,
    "\n  mutation EditorialSendMailing($id: ID!) {\n    sendMailing(input: { mailingId: $id }) { __typename }\n  }\n": types.EditorialSendMailingDocument,
    "\n  mutation EditorialCreateWithoutAudience($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { audience { categories contacts { selection } } } }\n    }\n  }\n": types.EditorialCreateWithoutAudienceDocument,
    "\n  mutation WorkflowsUpdateOrganizationProfile($id: ID!, $v: Int!, $d: String!) {\n  updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) {\n  __typename\n  ... on UpdateOrganizationProfilePayload { organization { description } pendingChange { id status changes { field before after } } }\n  ... on Error { code }\n  }\n  }\n": types.WorkflowsUpdateOrganizationProfileDocument,
    "\n  mutation WorkflowsUpdateSettings { updateSettings(input: { profileChangesRequireReview: true }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }\n": types.WorkflowsUpdateSettingsDocument,
    "\n  query WorkflowsProfileChangeRequests { profileChangeRequests(first: 10, status: PENDING) { totalCount } }\n": types.WorkflowsProfileChangeRequestsDocument,
    "\n  mutation WorkflowsApproveProfileChange($id: ID!) { approveProfileChange(input: { requestId: $id }) { __typename ... on DecideProfileChangePayload { organization { description } } } }\n": types.WorkflowsApproveProfileChangeDocument,
    "\n  mutation WorkflowsRejectProfileChange($id: ID!) { rejectProfileChange(input: { requestId: $id, reason: \"内容を確認できません\" }) { __typename } }\n": types.WorkflowsRejectProfileChangeDocument,
    "\n  mutation WorkflowsUpdateSettings2 { updateSettings(input: { profileChangesRequireReview: false }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }\n": types.WorkflowsUpdateSettings2Document,
    "\n  mutation WorkflowsApproveWorkingGroupRequest($id: ID!) { approveWorkingGroupRequest(input: { requestId: $id, effectiveOn: \"2026-11-01\" }) { __typename } }\n": types.WorkflowsApproveWorkingGroupRequestDocument,
    "\n  query WorkflowsWorkingGroup($g: Int!) { workingGroup(number: $g) { members(first: 100) { totalCount edges { node { organization { id } role joinedOn } } } } }\n": types.WorkflowsWorkingGroupDocument,
    "\n  mutation WorkflowsRequestToLeaveWorkingGroup($id: ID!, $g: Int!) { requestToLeaveWorkingGroup(input: { organizationId: $id, workingGroup: $g }) { __typename ... on WorkingGroupRequestPayload { request { id } } } }\n": types.WorkflowsRequestToLeaveWorkingGroupDocument,
    "\n  mutation WorkflowsApproveWorkingGroupRequest2($id: ID!) { approveWorkingGroupRequest(input: { requestId: $id, effectiveOn: \"2026-11-20\" }) { __typename } }\n": types.WorkflowsApproveWorkingGroupRequest2Document,
    "\n  mutation WorkflowsApproveWorkingGroupRequest3 { approveWorkingGroupRequest(input: { requestId: \"not-a-uuid\" }) { __typename } }\n": types.WorkflowsApproveWorkingGroupRequest3Document,
    "\n  mutation WorkflowsRejectProfileChange2 { rejectProfileChange(input: { requestId: \"not-a-uuid\" }) { __typename } }\n": types.WorkflowsRejectProfileChange2Document,
    "\n  mutation WorkflowsAddContact($id: ID!) { addContact(input: { organizationId: $id, name: \"高橋 健\", email: \"takahashi@contact.example.jp\", roles: [GENERAL_MEETING_DELEGATE, BOARD_MEMBER] }) { __typename ... on ContactPayload { contact { id isPrimary roles emailStatus optedOutKinds } } } }\n": types.WorkflowsAddContactDocument,
    "\n  mutation WorkflowsAddContact2($id: ID!) { addContact(input: { organizationId: $id, name: \"重複\", email: \"TAKAHASHI@contact.example.jp\" }) { __typename } }\n": types.WorkflowsAddContact2Document,
    "\n  mutation WorkflowsUpdateContact($id: ID!) { updateContact(input: { contactId: $id, isPrimary: true, optedOutKinds: [NEWSLETTER] }) { ... on ContactPayload { contact { isPrimary optedOutKinds } } } }\n": types.WorkflowsUpdateContactDocument,
    "\n  mutation WorkflowsRemoveContact($id: ID!) { removeContact(input: { contactId: $id }) { __typename } }\n": types.WorkflowsRemoveContactDocument,
    "\n  query WorkflowsNode($id: ID!) { node(id: $id) { id } }\n": types.WorkflowsNodeDocument,
    "\n  mutation WorkflowsAddContact4($id: ID!, $name: String!) { addContact(input: { organizationId: $id, name: $name, email: \"crlf@contact.example.jp\" }) { __typename } }\n": types.WorkflowsAddContact4Document,
    "\n  mutation WorkflowsUpdateContact2($id: ID!, $name: String!) { updateContact(input: { contactId: $id, name: $name }) { __typename } }\n": types.WorkflowsUpdateContact2Document,
    "\n  mutation WorkflowsUpdateSettings3 { updateSettings(input: { profileChangesRequireReview: false }) { __typename } }\n": types.WorkflowsUpdateSettings3Document,
    "\n  query WorkflowsNode2($id: ID!) {\n        node(id: $id) { ... on Organization { membershipHistory { kind statusAfter } } }\n        auditEvents(first: 1, action: \"settings.update\") { edges { node { actorKind } } }\n      }\n": types.WorkflowsNode2Document,
    "\n    mutation WorkflowsRequestToJoinWorkingGroup($id: ID!, $g: Int!) { requestToJoinWorkingGroup(input: { organizationId: $id, workingGroup: $g }) { __typename ... on WorkingGroupRequestPayload { request { id status } } ... on Error { code } } }\n  ": types.WorkflowsRequestToJoinWorkingGroupDocument,
    "\n      mutation WorkflowsSetWorkingGroupMembership($id: ID!, $g: Int!, $r: WorkingGroupRole) { setWorkingGroupMembership(input: { organizationId: $id, workingGroup: $g, role: $r, effectiveOn: \"2026-11-22\" }) { __typename ... on SetWorkingGroupMembershipPayload { membership { role } } } }\n    ": types.WorkflowsSetWorkingGroupMembershipDocument,
    "\n  query AcknowledgementsSummary($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Mailing {\n        replySummary { organizations delivered acknowledged notYet unreached late }\n        replies(first: 20) { totalCount edges { node { organizationName state delivered addresses reminded\n          acknowledgement { answer channel late contact { name } } } } }\n      }\n    }\n  }\n": types.AcknowledgementsSummaryDocument,
    "\n  query AcknowledgementsNotYet($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Mailing { replies(first: 10, state: NOT_YET) { totalCount edges { node { organizationName } } } }\n    }\n  }\n": types.AcknowledgementsNotYetDocument,
    "\n  query AcknowledgementsReceivedNotices($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Organization {\n        receivedNotices(first: 10) { totalCount edges { node { mailingId subject\n          replyRequest { deadline question answerRequired } acknowledgement { channel } } } }\n      }\n    }\n  }\n": types.AcknowledgementsReceivedNoticesDocument,
    "\n  mutation AcknowledgementsAcknowledge($input: AcknowledgeMailingInput!) {\n    acknowledgeMailing(input: $input) {\n      __typename\n      ... on AcknowledgementPayload { acknowledgement { answer channel } }\n      ... on Error { message }\n    }\n  }\n": types.AcknowledgementsAcknowledgeDocument,
    "\n  mutation AcknowledgementsSendReminder($input: SendReminderInput!) {\n    sendReminder(input: $input) {\n      __typename\n      ... on SendReminderPayload { reminder { id subject status reminderOf { id } } }\n      ... on Error { message }\n    }\n  }\n": types.AcknowledgementsSendReminderDocument,
    "\n  mutation AcknowledgementsRecord($input: RecordAcknowledgementInput!) {\n    recordAcknowledgement(input: $input) {\n      __typename ... on AcknowledgementPayload { acknowledgement { channel note answer } }\n      ... on Error { message }\n    }\n  }\n": types.AcknowledgementsRecordDocument,
    "\n  fragment RemindersMailing on Mailing {\n    id subject status version approvalRequired createdBy { email } reminderOf { id }\n  }\n": types.RemindersMailingFragmentDoc,
    "\n  mutation RemindersSendReminder($input: SendReminderInput!) {\n    sendReminder(input: $input) {\n      __typename\n      ... on SendReminderPayload { reminder { ...RemindersMailing } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n": types.RemindersSendReminderDocument,
    "\n  mutation RemindersApproveMailing($input: ApproveMailingInput!) {\n    approveMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...RemindersMailing } } ... on Error { code message }\n    }\n  }\n": types.RemindersApproveMailingDocument,
    "\n  mutation RemindersSendMailing($input: SendMailingInput!) {\n    sendMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...RemindersMailing } } ... on Error { code message }\n    }\n  }\n": types.RemindersSendMailingDocument,
    "\n  mutation RemindersCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { id version } } ... on Error { message }\n    }\n  }\n": types.RemindersCreateMailingDocument,
    "\n  mutation RemindersUpdateMailing($input: UpdateMailingInput!) {\n    updateMailing(input: $input) {\n      __typename ... on ValidationFailedError { problems { path message } }\n    }\n  }\n": types.RemindersUpdateMailingDocument,
    "\n  mutation RemindersDeleteMailing($input: DeleteMailingInput!) {\n    deleteMailing(input: $input) { __typename }\n  }\n": types.RemindersDeleteMailingDocument,
    "\n  query RemindersPreview($id: ID!) {\n    mailing(id: $id) { preview { subject html text } }\n  }\n": types.RemindersPreviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Stats($asOf: Date) {\n    membershipStats(asOf: $asOf) { asOf regular supporting cooperating total }\n  }\n"): (typeof documents)["\n  query Stats($asOf: Date) {\n    membershipStats(asOf: $asOf) { asOf regular supporting cooperating total }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Measure($number: Int!) {\n    policyMeasure(number: $number) {\n      id\n      number\n      title\n      page\n      ministries { code name }\n      subMeasures { title ministries { code } }\n      placements { kind basicPolicy { number } subItem { number symbol } }\n    }\n  }\n"): (typeof documents)["\n  query Measure($number: Int!) {\n    policyMeasure(number: $number) {\n      id\n      number\n      title\n      page\n      ministries { code name }\n      subMeasures { title ministries { code } }\n      placements { kind basicPolicy { number } subItem { number symbol } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Measures($first: Int, $after: String, $filter: PolicyMeasureFilter) {\n    policyMeasures(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number placements { kind } } }\n    }\n  }\n"): (typeof documents)["\n  query Measures($first: Int, $after: String, $filter: PolicyMeasureFilter) {\n    policyMeasures(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number placements { kind } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Reference {\n          basicPolicies { number subItems { number } }\n          prefectures { code name region { name } }\n          designatedCities { name prefectureCode }\n          membershipCategories { code nameJa }\n          ministries { code name }\n          workingGroups { number title theme goals }\n        }\n      "): (typeof documents)["\n        query Reference {\n          basicPolicies { number subItems { number } }\n          prefectures { code name region { name } }\n          designatedCities { name prefectureCode }\n          membershipCategories { code nameJa }\n          ministries { code name }\n          workingGroups { number title theme goals }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudiencePreview($audience: AudienceInput!) {\n    audiencePreview(audience: $audience, kind: NOTICE) {\n      __typename\n      ... on AudiencePreview { recipientCount organizationCount unreachedOrganizationCount\n        suppressed { reason count } sample { address organizationName organization { id } }\n        unreachedOrganizations { organizationName reason organization { id } } }\n      ... on ValidationFailedError { problems { path message } }\n    }\n  }\n"): (typeof documents)["\n  query AudiencePreview($audience: AudienceInput!) {\n    audiencePreview(audience: $audience, kind: NOTICE) {\n      __typename\n      ... on AudiencePreview { recipientCount organizationCount unreachedOrganizationCount\n        suppressed { reason count } sample { address organizationName organization { id } }\n        unreachedOrganizations { organizationName reason organization { id } } }\n      ... on ValidationFailedError { problems { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LifecycleMailing on Mailing {\n    id status version subject kind\n    counts { total queued sending sent retry failed suppressed unknown cancelled }\n  }\n"): (typeof documents)["\n  fragment LifecycleMailing on Mailing {\n    id status version subject kind\n    counts { total queued sending sent retry failed suppressed unknown cancelled }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { ...LifecycleMailing } }\n      ... on ValidationFailedError { code message problems { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { ...LifecycleMailing } }\n      ... on ValidationFailedError { code message problems { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleUpdateMailing($input: UpdateMailingInput!) {\n    updateMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleUpdateMailing($input: UpdateMailingInput!) {\n    updateMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleSendMailing($id: ID!) {\n    result: sendMailing(input: { mailingId: $id }) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleSendMailing($id: ID!) {\n    result: sendMailing(input: { mailingId: $id }) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecyclePauseMailing($id: ID!) {\n    result: pauseMailing(input: { mailingId: $id }) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecyclePauseMailing($id: ID!) {\n    result: pauseMailing(input: { mailingId: $id }) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleResumeMailing($id: ID!) {\n    result: resumeMailing(input: { mailingId: $id }) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleResumeMailing($id: ID!) {\n    result: resumeMailing(input: { mailingId: $id }) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleCancelMailing($id: ID!) {\n    result: cancelMailing(input: { mailingId: $id }) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleCancelMailing($id: ID!) {\n    result: cancelMailing(input: { mailingId: $id }) {\n      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleScheduleMailing($input: ScheduleMailingInput!) {\n    scheduleMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { id status } } ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleScheduleMailing($input: ScheduleMailingInput!) {\n    scheduleMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { id status } } ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleSendTestMailing($input: SendTestMailingInput!) {\n    sendTestMailing(input: $input) {\n      __typename ... on SendTestMailingPayload { addresses } ... on Error { code }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleSendTestMailing($input: SendTestMailingInput!) {\n    sendTestMailing(input: $input) {\n      __typename ... on SendTestMailingPayload { addresses } ... on Error { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleMailing($id: ID!) {\n    mailing(id: $id) { ...LifecycleMailing }\n  }\n"): (typeof documents)["\n  query LifecycleMailing($id: ID!) {\n    mailing(id: $id) { ...LifecycleMailing }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecyclePreview($id: ID!) {\n    mailing(id: $id) { preview { subject html text } previewUrl }\n  }\n"): (typeof documents)["\n  query LifecyclePreview($id: ID!) {\n    mailing(id: $id) { preview { subject html text } previewUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleMailings {\n    mailings(first: 5) { totalCount }\n  }\n"): (typeof documents)["\n  query LifecycleMailings {\n    mailings(first: 5) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleSuppressions {\n    suppressions(first: 5) { totalCount }\n  }\n"): (typeof documents)["\n  query LifecycleSuppressions {\n    suppressions(first: 5) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleSentMailings {\n    mailings(first: 3, filter: { statuses: [SENT] }) {\n      totalCount edges { node { status counts { total } } }\n    }\n  }\n"): (typeof documents)["\n  query LifecycleSentMailings {\n    mailings(first: 3, filter: { statuses: [SENT] }) {\n      totalCount edges { node { status counts { total } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftsCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { id subject status version } }\n      ... on DuplicateIssueNumberError { code message path issueNumber existingMailing { id subject } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation DraftsCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { id subject status version } }\n      ... on DuplicateIssueNumberError { code message path issueNumber existingMailing { id subject } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftsUpdateMailing($input: UpdateMailingInput!) {\n    updateMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { id subject status version } }\n      ... on DuplicateIssueNumberError { code message path issueNumber existingMailing { id subject } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation DraftsUpdateMailing($input: UpdateMailingInput!) {\n    updateMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { id subject status version } }\n      ... on DuplicateIssueNumberError { code message path issueNumber existingMailing { id subject } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftsNextIssueNumber {\n    nextNewsletterIssueNumber\n  }\n"): (typeof documents)["\n  query DraftsNextIssueNumber {\n    nextNewsletterIssueNumber\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftsDeleteMailing($input: DeleteMailingInput!) {\n    deleteMailing(input: $input) {\n      __typename\n      ... on DeleteMailingPayload { deletedMailingId }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation DraftsDeleteMailing($input: DeleteMailingInput!) {\n    deleteMailing(input: $input) {\n      __typename\n      ... on DeleteMailingPayload { deletedMailingId }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftsCancelMailing($input: MailingIdInput!) {\n    cancelMailing(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation DraftsCancelMailing($input: MailingIdInput!) {\n    cancelMailing(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftsSendMailing($input: SendMailingInput!) {\n    sendMailing(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation DraftsSendMailing($input: SendMailingInput!) {\n    sendMailing(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftsScheduleMailing($input: ScheduleMailingInput!) {\n    scheduleMailing(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation DraftsScheduleMailing($input: ScheduleMailingInput!) {\n    scheduleMailing(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftsDeleteFile($id: ID!) {\n    deleteFile(input: { fileId: $id }) { __typename }\n  }\n"): (typeof documents)["\n  mutation DraftsDeleteFile($id: ID!) {\n    deleteFile(input: { fileId: $id }) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftsMailing($id: ID!) {\n    mailing(id: $id) { id version }\n  }\n"): (typeof documents)["\n  query DraftsMailing($id: ID!) {\n    mailing(id: $id) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorialCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload {\n        mailing {\n          id kind subject\n          preview { subject html text }\n          content {\n            __typename\n            ... on NewsletterContent { issueNumber issueDate sections { heading items { title links { label url } } } }\n            ... on VisitReportContent { title organization visitDate staff photos { url alt } }\n            ... on NoticeContent { date issuers issuerCodes relatedMeasures subject reply { deadline buttonLabel } }\n            ... on MeetingNoticeContent { title date startTime agenda { title } allowProxy }\n          }\n        }\n      }\n      ... on ValidationFailedError { message problems { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation EditorialCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload {\n        mailing {\n          id kind subject\n          preview { subject html text }\n          content {\n            __typename\n            ... on NewsletterContent { issueNumber issueDate sections { heading items { title links { label url } } } }\n            ... on VisitReportContent { title organization visitDate staff photos { url alt } }\n            ... on NoticeContent { date issuers issuerCodes relatedMeasures subject reply { deadline buttonLabel } }\n            ... on MeetingNoticeContent { title date startTime agenda { title } allowProxy }\n          }\n        }\n      }\n      ... on ValidationFailedError { message problems { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorialSendMailing($id: ID!) {\n    sendMailing(input: { mailingId: $id }) { __typename }\n  }\n"): (typeof documents)["\n  mutation EditorialSendMailing($id: ID!) {\n    sendMailing(input: { mailingId: $id }) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorialCreateWithoutAudience($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { audience { categories contacts { selection } } } }\n    }\n  }\n"): (typeof documents)["\n  mutation EditorialCreateWithoutAudience($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { audience { categories contacts { selection } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowsUpdateOrganizationProfile($id: ID!, $v: Int!, $d: String!) {\n  updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) {\n  __typename\n  ... on UpdateOrganizationProfilePayload { organization { description } pendingChange { id status changes { field before after } } }\n  ... on Error { code }\n  }\n  }\n"): (typeof documents)["\n  mutation WorkflowsUpdateOrganizationProfile($id: ID!, $v: Int!, $d: String!) {\n  updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) {\n  __typename\n  ... on UpdateOrganizationProfilePayload { organization { description } pendingChange { id status changes { field before after } } }\n  ... on Error { code }\n  }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowsUpdateSettings { updateSettings(input: { profileChangesRequireReview: true }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }\n"): (typeof documents)["\n  mutation WorkflowsUpdateSettings { updateSettings(input: { profileChangesRequireReview: true }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowsProfileChangeRequests { profileChangeRequests(first: 10, status: PENDING) { totalCount } }\n"): (typeof documents)["\n  query WorkflowsProfileChangeRequests { profileChangeRequests(first: 10, status: PENDING) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowsApproveProfileChange($id: ID!) { approveProfileChange(input: { requestId: $id }) { __typename ... on DecideProfileChangePayload { organization { description } } } }\n"): (typeof documents)["\n  mutation WorkflowsApproveProfileChange($id: ID!) { approveProfileChange(input: { requestId: $id }) { __typename ... on DecideProfileChangePayload { organization { description } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowsRejectProfileChange($id: ID!) { rejectProfileChange(input: { requestId: $id, reason: \"内容を確認できません\" }) { __typename } }\n"): (typeof documents)["\n  mutation WorkflowsRejectProfileChange($id: ID!) { rejectProfileChange(input: { requestId: $id, reason: \"内容を確認できません\" }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowsUpdateSettings2 { updateSettings(input: { profileChangesRequireReview: false }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }\n"): (typeof documents)["\n  mutation WorkflowsUpdateSettings2 { updateSettings(input: { profileChangesRequireReview: false }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowsApproveWorkingGroupRequest($id: ID!) { approveWorkingGroupRequest(input: { requestId: $id, effectiveOn: \"2026-11-01\" }) { __typename } }\n"): (typeof documents)["\n  mutation WorkflowsApproveWorkingGroupRequest($id: ID!) { approveWorkingGroupRequest(input: { requestId: $id, effectiveOn: \"2026-11-01\" }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowsWorkingGroup($g: Int!) { workingGroup(number: $g) { members(first: 100) { totalCount edges { node { organization { id } role joinedOn } } } } }\n"): (typeof documents)["\n  query WorkflowsWorkingGroup($g: Int!) { workingGroup(number: $g) { members(first: 100) { totalCount edges { node { organization { id } role joinedOn } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowsRequestToLeaveWorkingGroup($id: ID!, $g: Int!) { requestToLeaveWorkingGroup(input: { organizationId: $id, workingGroup: $g }) { __typename ... on WorkingGroupRequestPayload { request { id } } } }\n"): (typeof documents)["\n  mutation WorkflowsRequestToLeaveWorkingGroup($id: ID!, $g: Int!) { requestToLeaveWorkingGroup(input: { organizationId: $id, workingGroup: $g }) { __typename ... on WorkingGroupRequestPayload { request { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowsApproveWorkingGroupRequest2($id: ID!) { approveWorkingGroupRequest(input: { requestId: $id, effectiveOn: \"2026-11-20\" }) { __typename } }\n"): (typeof documents)["\n  mutation WorkflowsApproveWorkingGroupRequest2($id: ID!) { approveWorkingGroupRequest(input: { requestId: $id, effectiveOn: \"2026-11-20\" }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowsApproveWorkingGroupRequest3 { approveWorkingGroupRequest(input: { requestId: \"not-a-uuid\" }) { __typename } }\n"): (typeof documents)["\n  mutation WorkflowsApproveWorkingGroupRequest3 { approveWorkingGroupRequest(input: { requestId: \"not-a-uuid\" }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowsRejectProfileChange2 { rejectProfileChange(input: { requestId: \"not-a-uuid\" }) { __typename } }\n"): (typeof documents)["\n  mutation WorkflowsRejectProfileChange2 { rejectProfileChange(input: { requestId: \"not-a-uuid\" }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowsAddContact($id: ID!) { addContact(input: { organizationId: $id, name: \"高橋 健\", email: \"takahashi@contact.example.jp\", roles: [GENERAL_MEETING_DELEGATE, BOARD_MEMBER] }) { __typename ... on ContactPayload { contact { id isPrimary roles emailStatus optedOutKinds } } } }\n"): (typeof documents)["\n  mutation WorkflowsAddContact($id: ID!) { addContact(input: { organizationId: $id, name: \"高橋 健\", email: \"takahashi@contact.example.jp\", roles: [GENERAL_MEETING_DELEGATE, BOARD_MEMBER] }) { __typename ... on ContactPayload { contact { id isPrimary roles emailStatus optedOutKinds } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowsAddContact2($id: ID!) { addContact(input: { organizationId: $id, name: \"重複\", email: \"TAKAHASHI@contact.example.jp\" }) { __typename } }\n"): (typeof documents)["\n  mutation WorkflowsAddContact2($id: ID!) { addContact(input: { organizationId: $id, name: \"重複\", email: \"TAKAHASHI@contact.example.jp\" }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowsUpdateContact($id: ID!) { updateContact(input: { contactId: $id, isPrimary: true, optedOutKinds: [NEWSLETTER] }) { ... on ContactPayload { contact { isPrimary optedOutKinds } } } }\n"): (typeof documents)["\n  mutation WorkflowsUpdateContact($id: ID!) { updateContact(input: { contactId: $id, isPrimary: true, optedOutKinds: [NEWSLETTER] }) { ... on ContactPayload { contact { isPrimary optedOutKinds } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowsRemoveContact($id: ID!) { removeContact(input: { contactId: $id }) { __typename } }\n"): (typeof documents)["\n  mutation WorkflowsRemoveContact($id: ID!) { removeContact(input: { contactId: $id }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowsNode($id: ID!) { node(id: $id) { id } }\n"): (typeof documents)["\n  query WorkflowsNode($id: ID!) { node(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowsAddContact4($id: ID!, $name: String!) { addContact(input: { organizationId: $id, name: $name, email: \"crlf@contact.example.jp\" }) { __typename } }\n"): (typeof documents)["\n  mutation WorkflowsAddContact4($id: ID!, $name: String!) { addContact(input: { organizationId: $id, name: $name, email: \"crlf@contact.example.jp\" }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowsUpdateContact2($id: ID!, $name: String!) { updateContact(input: { contactId: $id, name: $name }) { __typename } }\n"): (typeof documents)["\n  mutation WorkflowsUpdateContact2($id: ID!, $name: String!) { updateContact(input: { contactId: $id, name: $name }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowsUpdateSettings3 { updateSettings(input: { profileChangesRequireReview: false }) { __typename } }\n"): (typeof documents)["\n  mutation WorkflowsUpdateSettings3 { updateSettings(input: { profileChangesRequireReview: false }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowsNode2($id: ID!) {\n        node(id: $id) { ... on Organization { membershipHistory { kind statusAfter } } }\n        auditEvents(first: 1, action: \"settings.update\") { edges { node { actorKind } } }\n      }\n"): (typeof documents)["\n  query WorkflowsNode2($id: ID!) {\n        node(id: $id) { ... on Organization { membershipHistory { kind statusAfter } } }\n        auditEvents(first: 1, action: \"settings.update\") { edges { node { actorKind } } }\n      }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WorkflowsRequestToJoinWorkingGroup($id: ID!, $g: Int!) { requestToJoinWorkingGroup(input: { organizationId: $id, workingGroup: $g }) { __typename ... on WorkingGroupRequestPayload { request { id status } } ... on Error { code } } }\n  "): (typeof documents)["\n    mutation WorkflowsRequestToJoinWorkingGroup($id: ID!, $g: Int!) { requestToJoinWorkingGroup(input: { organizationId: $id, workingGroup: $g }) { __typename ... on WorkingGroupRequestPayload { request { id status } } ... on Error { code } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation WorkflowsSetWorkingGroupMembership($id: ID!, $g: Int!, $r: WorkingGroupRole) { setWorkingGroupMembership(input: { organizationId: $id, workingGroup: $g, role: $r, effectiveOn: \"2026-11-22\" }) { __typename ... on SetWorkingGroupMembershipPayload { membership { role } } } }\n    "): (typeof documents)["\n      mutation WorkflowsSetWorkingGroupMembership($id: ID!, $g: Int!, $r: WorkingGroupRole) { setWorkingGroupMembership(input: { organizationId: $id, workingGroup: $g, role: $r, effectiveOn: \"2026-11-22\" }) { __typename ... on SetWorkingGroupMembershipPayload { membership { role } } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcknowledgementsSummary($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Mailing {\n        replySummary { organizations delivered acknowledged notYet unreached late }\n        replies(first: 20) { totalCount edges { node { organizationName state delivered addresses reminded\n          acknowledgement { answer channel late contact { name } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AcknowledgementsSummary($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Mailing {\n        replySummary { organizations delivered acknowledged notYet unreached late }\n        replies(first: 20) { totalCount edges { node { organizationName state delivered addresses reminded\n          acknowledgement { answer channel late contact { name } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcknowledgementsNotYet($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Mailing { replies(first: 10, state: NOT_YET) { totalCount edges { node { organizationName } } } }\n    }\n  }\n"): (typeof documents)["\n  query AcknowledgementsNotYet($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Mailing { replies(first: 10, state: NOT_YET) { totalCount edges { node { organizationName } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcknowledgementsReceivedNotices($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Organization {\n        receivedNotices(first: 10) { totalCount edges { node { mailingId subject\n          replyRequest { deadline question answerRequired } acknowledgement { channel } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AcknowledgementsReceivedNotices($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Organization {\n        receivedNotices(first: 10) { totalCount edges { node { mailingId subject\n          replyRequest { deadline question answerRequired } acknowledgement { channel } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgementsAcknowledge($input: AcknowledgeMailingInput!) {\n    acknowledgeMailing(input: $input) {\n      __typename\n      ... on AcknowledgementPayload { acknowledgement { answer channel } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgementsAcknowledge($input: AcknowledgeMailingInput!) {\n    acknowledgeMailing(input: $input) {\n      __typename\n      ... on AcknowledgementPayload { acknowledgement { answer channel } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgementsSendReminder($input: SendReminderInput!) {\n    sendReminder(input: $input) {\n      __typename\n      ... on SendReminderPayload { reminder { id subject status reminderOf { id } } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgementsSendReminder($input: SendReminderInput!) {\n    sendReminder(input: $input) {\n      __typename\n      ... on SendReminderPayload { reminder { id subject status reminderOf { id } } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgementsRecord($input: RecordAcknowledgementInput!) {\n    recordAcknowledgement(input: $input) {\n      __typename ... on AcknowledgementPayload { acknowledgement { channel note answer } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgementsRecord($input: RecordAcknowledgementInput!) {\n    recordAcknowledgement(input: $input) {\n      __typename ... on AcknowledgementPayload { acknowledgement { channel note answer } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RemindersMailing on Mailing {\n    id subject status version approvalRequired createdBy { email } reminderOf { id }\n  }\n"): (typeof documents)["\n  fragment RemindersMailing on Mailing {\n    id subject status version approvalRequired createdBy { email } reminderOf { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersSendReminder($input: SendReminderInput!) {\n    sendReminder(input: $input) {\n      __typename\n      ... on SendReminderPayload { reminder { ...RemindersMailing } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation RemindersSendReminder($input: SendReminderInput!) {\n    sendReminder(input: $input) {\n      __typename\n      ... on SendReminderPayload { reminder { ...RemindersMailing } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersApproveMailing($input: ApproveMailingInput!) {\n    approveMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...RemindersMailing } } ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation RemindersApproveMailing($input: ApproveMailingInput!) {\n    approveMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...RemindersMailing } } ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersSendMailing($input: SendMailingInput!) {\n    sendMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...RemindersMailing } } ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation RemindersSendMailing($input: SendMailingInput!) {\n    sendMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...RemindersMailing } } ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { id version } } ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RemindersCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { id version } } ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersUpdateMailing($input: UpdateMailingInput!) {\n    updateMailing(input: $input) {\n      __typename ... on ValidationFailedError { problems { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation RemindersUpdateMailing($input: UpdateMailingInput!) {\n    updateMailing(input: $input) {\n      __typename ... on ValidationFailedError { problems { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersDeleteMailing($input: DeleteMailingInput!) {\n    deleteMailing(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation RemindersDeleteMailing($input: DeleteMailingInput!) {\n    deleteMailing(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemindersPreview($id: ID!) {\n    mailing(id: $id) { preview { subject html text } }\n  }\n"): (typeof documents)["\n  query RemindersPreview($id: ID!) {\n    mailing(id: $id) { preview { subject html text } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;