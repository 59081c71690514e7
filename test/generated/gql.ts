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
    "\n  query CachedDirectory {\n    organizations(first: 3) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CachedDirectoryDocument,
    "\n  query CachedOrganization($id: ID!) {\n    node(id: $id) {\n      ... on Organization {\n        name\n      }\n    }\n  }\n": typeof types.CachedOrganizationDocument,
    "\n  mutation CacheEmptyingSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      __typename\n    }\n  }\n": typeof types.CacheEmptyingSettingsDocument,
    "\n  query ArchiveArchive($first: Int!, $after: String, $kind: ArchiveKind) {\n  archive(first: $first, after: $after, kind: $kind) {\n  totalCount\n  pageInfo { hasNextPage endCursor }\n  edges { node { id kind title url issuedOn html text organization { id } } }\n  }\n  }\n": typeof types.ArchiveArchiveDocument,
    "\n  query ArchiveNode($id: ID!) { node(id: $id) { ... on Organization {\n         visitReports(first: 5) { totalCount edges { node { id title } } } } } }\n": typeof types.ArchiveNodeDocument,
    "\n  query ArchiveArchive2 { archive(first: 10, kind: NEWSLETTER) { edges { node { kind content {\n        __typename\n        ... on NewsletterContent { issueNumber sections { heading items { title } } }\n      } } } } }\n": typeof types.ArchiveArchive2Document,
    "\n      query ArchiveNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on ArchiveItem { title kind } } }\n    ": typeof types.ArchiveNodesDocument,
    "\n    mutation ArchiveSetMailingPublication($input: SetMailingPublicationInput!) {\n    setMailingPublication(input: $input) {\n    __typename\n    ... on SetMailingPublicationPayload { mailing { id } archiveItem { url } }\n    ... on ValidationFailedError { message }\n    }\n    }\n  ": typeof types.ArchiveSetMailingPublicationDocument,
    "\n  mutation ApiKeysCreateApiKey($name: String!, $expiresAt: DateTime) {\n  createApiKey(input: { name: $name, expiresAt: $expiresAt }) {\n  ... on CreateApiKeyPayload { apiKey { id name lastUsedAt } key }\n  }\n  }\n": typeof types.ApiKeysCreateApiKeyDocument,
    "\n  query ApiKeysViewer { viewer { kind } }\n": typeof types.ApiKeysViewerDocument,
    "\n  query ApiKeysApiKeys { apiKeys { id lastUsedAt } }\n": typeof types.ApiKeysApiKeysDocument,
    "\n  mutation ApiKeysRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }\n": typeof types.ApiKeysRevokeApiKeyDocument,
    "\n  mutation ApiKeysCreateApiKey2($expiresAt: DateTime) {\n        createApiKey(input: { name: \"past\", expiresAt: $expiresAt }) {\n          __typename ... on ValidationFailedError { problems { path message } }\n        }\n      }\n": typeof types.ApiKeysCreateApiKey2Document,
    "\n  query PermissionsNode($id: ID!) { node(id: $id) { ... on Organization { contacts { email phone } } } }\n": typeof types.PermissionsNodeDocument,
    "\n  query PermissionsNode2($id: ID!) { node(id: $id) { ... on Organization { status version publishedFields } } }\n": typeof types.PermissionsNode2Document,
    "\n  query PermissionsNode3($id: ID!) { node(id: $id) { ... on Organization { users { email } } } }\n": typeof types.PermissionsNode3Document,
    "\n  mutation PermissionsUpdateOrganizationProfile($id: ID!, $v: Int!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: \"更新しました\" }) { __typename } }\n": typeof types.PermissionsUpdateOrganizationProfileDocument,
    "\n  mutation PermissionsInviteOrganizationUser($id: ID!, $email: EmailAddress!) { inviteOrganizationUser(input: { organizationId: $id, email: $email, displayName: \"招待 花子\" }) { __typename } }\n": typeof types.PermissionsInviteOrganizationUserDocument,
    "\n  mutation PermissionsCreateAccount($email: EmailAddress!) { createAccount(input: { email: $email, displayName: \"新規\", role: SECRETARIAT_STAFF }) { __typename } }\n": typeof types.PermissionsCreateAccountDocument,
    "\n  query PermissionsNode4($id: ID!) { node(id: $id) { ... on Organization { name contacts { email } } } }\n": typeof types.PermissionsNode4Document,
    "\n  query PermissionsOrganizations { organizations(first: 100) { edges { node { id contacts { email } } } } }\n": typeof types.PermissionsOrganizationsDocument,
    "\n  query PermissionsNode5($id: ID!) { node(id: $id) { id ... on Account { email } } }\n": typeof types.PermissionsNode5Document,
    "\n  mutation PermissionsUpdateOrganizationProfile2($id: ID!, $v: Int!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, website: \"https://evil.example.com/\" }) { __typename } }\n": typeof types.PermissionsUpdateOrganizationProfile2Document,
    "\n  mutation PermissionsRemoveOrganizationUser2($id: ID!) { removeOrganizationUser(input: { accountId: $id }) { __typename } }\n": typeof types.PermissionsRemoveOrganizationUser2Document,
    "\n  mutation PermissionsUpdateOrganizationProfile3($id: ID!, $v: Int!, $d: String!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) { __typename ... on Error { code } } }\n": typeof types.PermissionsUpdateOrganizationProfile3Document,
    "\n  query PermissionsAuditEvents($id: String!) { auditEvents(first: 1, targetId: $id) { edges { node { action actorId before after } } } }\n": typeof types.PermissionsAuditEventsDocument,
    "\n    mutation PermissionsRemoveOrganizationUser($id: ID!) { removeOrganizationUser(input: { accountId: $id }) { __typename } }\n  ": typeof types.PermissionsRemoveOrganizationUserDocument,
    "\n  mutation SecretsAtRestRequestSignInLink($e: EmailAddress!) { requestSignInLink(input: { email: $e }) { __typename } }\n": typeof types.SecretsAtRestRequestSignInLinkDocument,
    "\n  mutation SecretsAtRestRedeemSignInLink($t: String!) { redeemSignInLink(input: { token: $t }) { ... on RedeemSignInLinkPayload { sessionToken } } }\n": typeof types.SecretsAtRestRedeemSignInLinkDocument,
    "\n  mutation SecretsAtRestCreateApiKey { createApiKey(input: { name: \"secrets\" }) { ... on CreateApiKeyPayload { key } } }\n": typeof types.SecretsAtRestCreateApiKeyDocument,
    "\n  query SecretsAtRestViewer { viewer { kind } }\n": typeof types.SecretsAtRestViewerDocument,
    "\n  mutation SignInRequestSignInLink($email: EmailAddress!) {\n  requestSignInLink(input: { email: $email }) {\n  __typename\n  ... on RequestSignInLinkPayload { message }\n  ... on RateLimitedError { code message retryAfterSeconds }\n  }\n  }\n": typeof types.SignInRequestSignInLinkDocument,
    "\n  mutation SignInRedeemSignInLink($token: String!) {\n  redeemSignInLink(input: { token: $token }) {\n  __typename\n  ... on RedeemSignInLinkPayload { sessionToken account { email role } }\n  ... on Error { code message }\n  }\n  }\n": typeof types.SignInRedeemSignInLinkDocument,
    "\n  query SignInViewer { viewer { kind account { email } } }\n": typeof types.SignInViewerDocument,
    "\n  query SignInMySessions { mySessions { id current } }\n": typeof types.SignInMySessionsDocument,
    "\n  mutation SignInRevokeSession($id: ID!) { revokeSession(input: { sessionId: $id }) { __typename } }\n": typeof types.SignInRevokeSessionDocument,
    "\n  query SignInViewer2 { viewer { kind } }\n": typeof types.SignInViewer2Document,
    "\n  mutation SignInSignOut2 { signOut { ... on SignOutPayload { revokedSessionId } } }\n": typeof types.SignInSignOut2Document,
    "\n      mutation SignInSignOut { signOut { __typename ... on Error { code message } } }\n    ": typeof types.SignInSignOutDocument,
    "\n  query DemoDataBoardComposition($asOf: Date) { boardComposition(asOf: $asOf) { size\n      chair { organization { category } } viceChairs { organization { category } }\n      members { organization { category } } } }\n": typeof types.DemoDataBoardCompositionDocument,
    "\n  query Stats($asOf: Date) {\n    membershipStats(asOf: $asOf) { asOf regular supporting cooperating total }\n  }\n": typeof types.StatsDocument,
    "\n  query AttachmentsMailing($id: ID!) { mailing(id: $id) { attachmentDownloads {\n        file { filename } organization { id } organizationName downloads } } }\n": typeof types.AttachmentsMailingDocument,
    "\n  mutation DeleteDeleteFile($id: ID!) {\n  deleteFile(input: { fileId: $id }) {\n  __typename\n  ... on DeleteFilePayload { deletedFileId }\n  ... on Error { code message }\n  }\n  }\n": typeof types.DeleteDeleteFileDocument,
    "\n  query UploadNode($id: ID!) {\n        node(id: $id) { ... on File { filename byteSize purpose uploadedBy { id } } }\n        files(first: 10, purpose: ATTACHMENT) { totalCount edges { node { fileId } } }\n      }\n": typeof types.UploadNodeDocument,
    "\n  query UploadMailing($id: ID!) { mailing(id: $id) { preview { html text } } }\n": typeof types.UploadMailingDocument,
    "\n  mutation UploadCreateMailing($input: CreateMailingInput!) { createMailing(input: $input) {\n        __typename\n        ... on MailingPayload { mailing { id content { ... on NoticeContent { attachments { fileId } } } } }\n      } }\n": typeof types.UploadCreateMailingDocument,
    "\n  query Measure($number: Int!) {\n    policyMeasure(number: $number) {\n      id\n      number\n      title\n      page\n      ministries { code name }\n      subMeasures { title ministries { code } }\n      placements { kind basicPolicy { number } subItem { number symbol } }\n    }\n  }\n": typeof types.MeasureDocument,
    "\n  query Measures($first: Int, $after: String, $filter: PolicyMeasureFilter) {\n    policyMeasures(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number placements { kind } } }\n    }\n  }\n": typeof types.MeasuresDocument,
    "\n  query CatalogueNode($id: ID!) { node(id: $id) { __typename ... on PolicyMeasure { number title } } }\n": typeof types.CatalogueNodeDocument,
    "\n        query Reference {\n          basicPolicies { number subItems { number } }\n          prefectures { code name region { name } }\n          designatedCities { name prefectureCode }\n          membershipCategories { code nameJa }\n          ministries { code name }\n          workingGroups { number title theme goals }\n        }\n      ": typeof types.ReferenceDocument,
    "\n  mutation IdsCreateMailing($input: CreateMailingInput!) { createMailing(input: $input) {\n      ... on MailingPayload { mailing { id } } } }\n": typeof types.IdsCreateMailingDocument,
    "\n  mutation IdsUpdateOrganizationProfile($input: UpdateOrganizationProfileInput!) {\n          updateOrganizationProfile(input: $input) { __typename } }\n": typeof types.IdsUpdateOrganizationProfileDocument,
    "\n  mutation IdsAddContact($input: AddContactInput!) { addContact(input: $input) {\n        ... on ContactPayload { contact { id } } } }\n": typeof types.IdsAddContactDocument,
    "\n  mutation IdsRemoveContact($input: RemoveContactInput!) { removeContact(input: $input) {\n        ... on RemoveContactPayload { removedContactId } } }\n": typeof types.IdsRemoveContactDocument,
    "\n      query IdsMailing($id: ID!) { mailing(id: $id) { id previewUrl } }\n    ": typeof types.IdsMailingDocument,
    "\n      query IdsAuditEvents($id: String!) { auditEvents(first: 50, targetId: $id) {\n      edges { node { action actorId targetType targetId } } } }\n    ": typeof types.IdsAuditEventsDocument,
    "\n  query TotalCountPolicyMeasures2 { policyMeasures(first: 1) { ...Counted } } fragment Counted on QueryPolicyMeasuresConnection { totalCount }\n": typeof types.TotalCountPolicyMeasures2Document,
    "\n  query TotalCountOrganizations { organizations(first: 100, filter: { prefectures: [\"13\"] }) { totalCount edges { node { id } } } }\n": typeof types.TotalCountOrganizationsDocument,
    "\n  query TotalCountOrganizations2 { organizations(first: 1) { totalCount } }\n": typeof types.TotalCountOrganizations2Document,
    "\n  query TotalCountOrganizations3($after: String) { organizations(first: 100, after: $after, filter: { prefectures: [\"13\"] }) { totalCount edges { node { id } } } }\n": typeof types.TotalCountOrganizations3Document,
    "\n      query TotalCountPolicyMeasures($after: String) { policyMeasures(first: 100, after: $after) { totalCount edges { cursor } } }\n    ": typeof types.TotalCountPolicyMeasuresDocument,
    "\n  query ClientIpRegions { regions { code } }\n": typeof types.ClientIpRegionsDocument,
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
    "\n  query UnsubscribeSuppressions { suppressions(first: 10, filter: { address: \"lift@bounce\" }) { totalCount edges { node { id reason source } } } }\n": typeof types.UnsubscribeSuppressionsDocument,
    "\n  mutation UnsubscribeLiftSuppression($id: ID!) { liftSuppression(input: { suppressionId: $id, note: \"アドレス確認済み\" }) { __typename ... on Error { code } } }\n": typeof types.UnsubscribeLiftSuppressionDocument,
    "\n  mutation UnsubscribeLiftSuppression2($id: ID!) { liftSuppression(input: { suppressionId: $id }) { __typename ... on Error { code } } }\n": typeof types.UnsubscribeLiftSuppression2Document,
    "\n  mutation ApprovalUpdateSettings($kinds: [MailingKind!]) {\n  updateSettings(input: { approvalRequiredKinds: $kinds }) { ... on SettingsPayload { settings { approvalRequiredKinds } } }\n  }\n": typeof types.ApprovalUpdateSettingsDocument,
    "\n  query ApprovalSettings { settings { approvalRequiredKinds } }\n": typeof types.ApprovalSettingsDocument,
    "\n  mutation ApprovalUpdateSettings2 { updateSettings(input: {}) { __typename ... on ValidationFailedError { code problems { path message } } } }\n": typeof types.ApprovalUpdateSettings2Document,
    "\n  query ApprovalMailings { mailings(filter: { awaitingApproval: true }, first: 50) { totalCount edges { node { id } } } }\n": typeof types.ApprovalMailingsDocument,
    "\n  query ApprovalMailings2 { mailings(filter: { awaitingApproval: false }, first: 100) { edges { node { id } } } }\n": typeof types.ApprovalMailings2Document,
    "\n  query ApprovalMailings3($filter: MailingFilter) { mailings(filter: $filter, first: 20) { totalCount edges { node { id subject } } } }\n": typeof types.ApprovalMailings3Document,
    "\n  mutation DraftsCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { id subject status version } }\n      ... on DuplicateIssueNumberError { code message path issueNumber existingMailing { id subject } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.DraftsCreateMailingDocument,
    "\n  mutation DraftsUpdateMailing($input: UpdateMailingInput!) {\n    updateMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { id subject status version } }\n      ... on DuplicateIssueNumberError { code message path issueNumber existingMailing { id subject } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.DraftsUpdateMailingDocument,
    "\n  query DraftsNextIssueNumber {\n    nextNewsletterIssueNumber\n  }\n": typeof types.DraftsNextIssueNumberDocument,
    "\n  mutation DraftsDeleteMailing($input: DeleteMailingInput!) {\n    deleteMailing(input: $input) {\n      __typename\n      ... on DeleteMailingPayload { deletedMailingId }\n      ... on Error { code message }\n    }\n  }\n": typeof types.DraftsDeleteMailingDocument,
    "\n  mutation DraftsCancelMailing($input: MailingIdInput!) {\n    cancelMailing(input: $input) { __typename }\n  }\n": typeof types.DraftsCancelMailingDocument,
    "\n  mutation DraftsSendMailing($input: SendMailingInput!) {\n    sendMailing(input: $input) { __typename }\n  }\n": typeof types.DraftsSendMailingDocument,
    "\n  mutation DraftsScheduleMailing($input: ScheduleMailingInput!) {\n    scheduleMailing(input: $input) { __typename }\n  }\n": typeof types.DraftsScheduleMailingDocument,
    "\n  mutation DraftsDeleteFile($id: ID!) {\n    deleteFile(input: { fileId: $id }) { __typename }\n  }\n": typeof types.DraftsDeleteFileDocument,
    "\n  query DraftsMailing($id: ID!) {\n    mailing(id: $id) { id version }\n  }\n": typeof types.DraftsMailingDocument,
    "\n  query EachKindMailing($id: ID!) { mailing(id: $id) { kind preview { html text } } }\n": typeof types.EachKindMailingDocument,
    "\n  query EachKindArchive { archive(first: 50) { edges { node { kind title text } } } }\n": typeof types.EachKindArchiveDocument,
    "\n  fragment EachKindMailingFields on Mailing { id version subject }\n": typeof types.EachKindMailingFieldsFragmentDoc,
    "\n  mutation EachKindCreateMailing($input: CreateMailingInput!) {\n    result: createMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n": typeof types.EachKindCreateMailingDocument,
    "\n  mutation EachKindCreateMeetingNotice($input: CreateMeetingNoticeInput!) {\n    result: createMeetingNotice(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n": typeof types.EachKindCreateMeetingNoticeDocument,
    "\n  mutation EachKindUpdateMailing($input: UpdateMailingInput!) {\n    result: updateMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n": typeof types.EachKindUpdateMailingDocument,
    "\n  mutation EachKindSendTestMailing($input: SendTestMailingInput!) {\n    result: sendTestMailing(input: $input) { __typename }\n  }\n": typeof types.EachKindSendTestMailingDocument,
    "\n  mutation EachKindApproveMailing($input: ApproveMailingInput!) {\n    result: approveMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n": typeof types.EachKindApproveMailingDocument,
    "\n  mutation EachKindSendMailing($input: SendMailingInput!) {\n    result: sendMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n": typeof types.EachKindSendMailingDocument,
    "\n  mutation EditorialCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload {\n        mailing {\n          id kind subject\n          preview { subject html text }\n          content {\n            __typename\n            ... on NewsletterContent { issueNumber issueDate sections { heading items { title links { label url } } } }\n            ... on VisitReportContent { title organization visitDate staff photos { url alt } }\n            ... on NoticeContent { date issuers issuerCodes relatedMeasures subject reply { deadline buttonLabel } }\n            ... on MeetingNoticeContent { title date startTime agenda { title } allowProxy }\n          }\n        }\n      }\n      ... on ValidationFailedError { message problems { path message } }\n    }\n  }\n": typeof types.EditorialCreateMailingDocument,
    "\n  mutation EditorialSendMailing($id: ID!) {\n    sendMailing(input: { mailingId: $id }) { __typename }\n  }\n": typeof types.EditorialSendMailingDocument,
    "\n  mutation EditorialCreateWithoutAudience($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { audience { categories contacts { selection } } } }\n    }\n  }\n": typeof types.EditorialCreateWithoutAudienceDocument,
    "\n  mutation ApplicationsApplyForMembership($input: ApplyForMembershipInput!) {\n  applyForMembership(input: $input) {\n  __typename\n  ... on OrganizationPayload { organization { id name } }\n  ... on Error { code message }\n  }\n  }\n": typeof types.ApplicationsApplyForMembershipDocument,
    "\n  query ApplicationsMembershipApplications { membershipApplications(first: 100) { edges { node { applicantEmail duplicateAddress } } } }\n": typeof types.ApplicationsMembershipApplicationsDocument,
    "\n  mutation ApplicationsApproveApplication($id: ID!) { approveApplication(input: { organizationId: $id }) { __typename } }\n": typeof types.ApplicationsApproveApplicationDocument,
    "\n  query ApplicationsOrganizations { organizations(first: 1, filter: { text: \"ひだまりてすと\" }) { totalCount } }\n": typeof types.ApplicationsOrganizationsDocument,
    "\n  mutation ApplicationsApproveApplication2($id: ID!) { approveApplication(input: { organizationId: $id, joinedOn: \"2026-11-23\" }) { __typename ... on OrganizationPayload { organization { status joinedOn } } } }\n": typeof types.ApplicationsApproveApplication2Document,
    "\n  query ApplicationsMembershipStats { membershipStats(asOf: \"2026-11-23\") { total } }\n": typeof types.ApplicationsMembershipStatsDocument,
    "\n  query ApplicationsMembershipStats2 { membershipStats(asOf: \"2026-11-22\") { total } }\n": typeof types.ApplicationsMembershipStats2Document,
    "\n  mutation ApplicationsRejectApplication($id: ID!) { rejectApplication(input: { organizationId: $id, reason: \"活動内容が確認できませんでした。\" }) { __typename } }\n": typeof types.ApplicationsRejectApplicationDocument,
    "\n  query ApplicationsMembershipApplications2 { membershipApplications(first: 5, status: REJECTED) { edges { node { status rejectionReason } } } }\n": typeof types.ApplicationsMembershipApplications2Document,
    "\n  mutation ContactPermissionsAddContact($org: ID!, $email: EmailAddress!) {\n  addContact(input: { organizationId: $org, name: \"山田 一郎\", email: $email }) {\n  __typename ... on ContactPayload { contact { id } }\n  }\n  }\n": typeof types.ContactPermissionsAddContactDocument,
    "\n  mutation ContactPermissionsUpdateContact($id: ID!, $name: String, $kinds: [OptOutMailKind!]) {\n  updateContact(input: { contactId: $id, name: $name, optedOutKinds: $kinds }) {\n  __typename ... on ContactPayload { contact { name optedOutKinds } }\n  }\n  }\n": typeof types.ContactPermissionsUpdateContactDocument,
    "\n  mutation ContactPermissionsRemoveContact($id: ID!) {\n  removeContact(input: { contactId: $id }) { __typename }\n  }\n": typeof types.ContactPermissionsRemoveContactDocument,
    "\n  fragment DecisionRequestsDecided on DecisionRequest {\n    organization { id } requestedAt decision decidedAt decisionReason decidedBy { id }\n  }\n": typeof types.DecisionRequestsDecidedFragmentDoc,
    "\n  query DecisionRequestsInterface {\n    __type(name: \"DecisionRequest\") { kind possibleTypes { name } }\n  }\n": typeof types.DecisionRequestsInterfaceDocument,
    "\n  mutation DecisionRequestsApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) {\n      __typename\n      ... on OrganizationPayload { organization { id } }\n    }\n  }\n": typeof types.DecisionRequestsApplyForMembershipDocument,
    "\n  mutation DecisionRequestsUpdateOrganizationProfile($id: ID!, $v: Int!, $d: String!) {\n    updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) {\n      __typename\n      ... on UpdateOrganizationProfilePayload { pendingChange { id } }\n    }\n  }\n": typeof types.DecisionRequestsUpdateOrganizationProfileDocument,
    "\n  mutation DecisionRequestsRequestToJoinWorkingGroup($input: WorkingGroupRequestInput!) {\n    requestToJoinWorkingGroup(input: $input) {\n      __typename\n      ... on WorkingGroupRequestPayload { request { id } }\n    }\n  }\n": typeof types.DecisionRequestsRequestToJoinWorkingGroupDocument,
    "\n  mutation DecisionRequestsRequestToLeaveWorkingGroup($input: WorkingGroupRequestInput!) {\n    requestToLeaveWorkingGroup(input: $input) {\n      __typename\n      ... on WorkingGroupRequestPayload { request { id } }\n    }\n  }\n": typeof types.DecisionRequestsRequestToLeaveWorkingGroupDocument,
    "\n  mutation DecisionRequestsApproveApplication($id: ID!) {\n    approveApplication(input: { organizationId: $id }) { __typename }\n  }\n": typeof types.DecisionRequestsApproveApplicationDocument,
    "\n  mutation DecisionRequestsRejectApplication($id: ID!, $reason: String!) {\n    rejectApplication(input: { organizationId: $id, reason: $reason }) { __typename }\n  }\n": typeof types.DecisionRequestsRejectApplicationDocument,
    "\n  mutation DecisionRequestsRequireReview {\n    updateSettings(input: { profileChangesRequireReview: true }) { __typename }\n  }\n": typeof types.DecisionRequestsRequireReviewDocument,
    "\n  mutation DecisionRequestsApproveProfileChange($id: ID!) {\n    approveProfileChange(input: { requestId: $id }) { __typename }\n  }\n": typeof types.DecisionRequestsApproveProfileChangeDocument,
    "\n  mutation DecisionRequestsRejectProfileChange($id: ID!, $reason: String!) {\n    rejectProfileChange(input: { requestId: $id, reason: $reason }) { __typename }\n  }\n": typeof types.DecisionRequestsRejectProfileChangeDocument,
    "\n  mutation DecisionRequestsWithdrawProfileChange($id: ID!) {\n    withdrawProfileChange(input: { requestId: $id }) { __typename }\n  }\n": typeof types.DecisionRequestsWithdrawProfileChangeDocument,
    "\n  mutation DecisionRequestsApproveWorkingGroupRequest($id: ID!) {\n    approveWorkingGroupRequest(input: { requestId: $id }) { __typename }\n  }\n": typeof types.DecisionRequestsApproveWorkingGroupRequestDocument,
    "\n  mutation DecisionRequestsDeclineWorkingGroupRequest($id: ID!, $reason: String!) {\n    declineWorkingGroupRequest(input: { requestId: $id, reason: $reason }) { __typename }\n  }\n": typeof types.DecisionRequestsDeclineWorkingGroupRequestDocument,
    "\n  query DecisionRequestsLists {\n    membershipApplications(first: 50) {\n      edges { node { org: organization { id } __typename ...DecisionRequestsDecided } }\n    }\n    profileChangeRequests(first: 50) {\n      edges { node { id status __typename ...DecisionRequestsDecided } }\n    }\n    workingGroupRequests(first: 50) {\n      edges { node { id status __typename ...DecisionRequestsDecided } }\n    }\n  }\n": typeof types.DecisionRequestsListsDocument,
    "\n  query DecisionRequestsCounts {\n    rejectedRequests: workingGroupRequests(decision: REJECTED, first: 1) { totalCount }\n    declinedRequests: workingGroupRequests(status: DECLINED, first: 1) { totalCount }\n    supersededRequests: workingGroupRequests(decision: SUPERSEDED, first: 1) { totalCount }\n    withdrawnApplications: membershipApplications(decision: WITHDRAWN, first: 1) { totalCount }\n    rejectedApplications: membershipApplications(decision: REJECTED, first: 1) { totalCount }\n    contradiction: profileChangeRequests(decision: PENDING, status: APPROVED, first: 1) { totalCount }\n    pendingChanges: profileChangeRequests(decision: PENDING, first: 1) { totalCount }\n    supersededChanges: profileChangeRequests(decision: SUPERSEDED, first: 1) { totalCount }\n  }\n": typeof types.DecisionRequestsCountsDocument,
    "\n  query DecisionRequestsOwnRequests {\n    viewer { organization { workingGroupRequests { __typename ...DecisionRequestsDecided } } }\n  }\n": typeof types.DecisionRequestsOwnRequestsDocument,
    "\n  query DecisionRequestsPendingRequests {\n    workingGroupRequests(decision: PENDING, first: 1) { totalCount }\n  }\n": typeof types.DecisionRequestsPendingRequestsDocument,
    "\n  query DesignatedCityNode($id: ID!) { node(id: $id) { ... on Organization {\n  prefecture { name }\n  designatedCity { code name kana nameEn prefectureCode prefecture { name } }\n  } } }\n": typeof types.DesignatedCityNodeDocument,
    "\n  mutation DesignatedCityUpdateOrganizationProfile($input: UpdateOrganizationProfileInput!) {\n        updateOrganizationProfile(input: $input) { __typename } }\n": typeof types.DesignatedCityUpdateOrganizationProfileDocument,
    "\n  mutation DesignatedCityApplyForMembership($input: ApplyForMembershipInput!) { applyForMembership(input: $input) {\n        __typename\n        ... on OrganizationPayload { organization { id } }\n        ... on ValidationFailedError { code problems { path message } }\n      } }\n": typeof types.DesignatedCityApplyForMembershipDocument,
    "\n  query DirectoryOrganizations($f: OrganizationFilter, $o: OrganizationOrder, $n: Int) { organizations(first: $n, filter: $f, orderBy: $o) { totalCount edges { node { name nameKana } } } }\n": typeof types.DirectoryOrganizationsDocument,
    "\n  query DirectoryOrganizations3 { organizations(first: 100, orderBy: PREFECTURE) { edges { node { prefecture { code } } } } }\n": typeof types.DirectoryOrganizations3Document,
    "\n  query DirectoryOrganizations4 { organizations(first: 100, orderBy: JOINED_ON) { edges { node { joinedOn } } } }\n": typeof types.DirectoryOrganizations4Document,
    "\n  query DirectoryOrganizations5 { organizations(first: 100, filter: { prefectures: [\"13\"] }) { edges { node { name prefecture { code name } workingGroups { number title } } } } }\n": typeof types.DirectoryOrganizations5Document,
    "\n      query DirectoryNode($id: ID!) { node(id: $id) { __typename ... on Organization { website } } }\n    ": typeof types.DirectoryNodeDocument,
    "\n      query DirectoryNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n    ": typeof types.DirectoryNodesDocument,
    "\n    query DirectoryOrganizations2($n: Int!) { organizations(first: $n) { totalCount edges { node {\n    name prefecture { name region { name } } workingGroups { number title } workingGroupMemberships { role }\n    boardSeat { role }\n    contactCount contacts { email } } } } }\n  ": typeof types.DirectoryOrganizations2Document,
    "\n  query GojuonOrderOrganizations($after: String) { organizations(first: 5, after: $after, orderBy: KANA) { edges { node { nameKana } } pageInfo { hasNextPage endCursor } } }\n": typeof types.GojuonOrderOrganizationsDocument,
    "\n  mutation MemberPortalUpdateOrganizationProfile($id: ID!, $v: Int!) {\n  updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: \"取り下げる説明\" }) {\n  __typename ... on UpdateOrganizationProfilePayload { pendingChange { id } }\n  }\n  }\n": typeof types.MemberPortalUpdateOrganizationProfileDocument,
    "\n  mutation MemberPortalWithdrawProfileChange($id: ID!) {\n  withdrawProfileChange(input: { requestId: $id }) {\n  __typename\n  ... on DecideProfileChangePayload { request { status } organization { pendingProfileChange { id } } }\n  ... on Error { code }\n  }\n  }\n": typeof types.MemberPortalWithdrawProfileChangeDocument,
    "\n  mutation MemberPortalUpdateSettings { updateSettings(input: { profileChangesRequireReview: true }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }\n": typeof types.MemberPortalUpdateSettingsDocument,
    "\n  mutation MemberPortalApproveProfileChange($id: ID!) { approveProfileChange(input: { requestId: $id }) { __typename } }\n": typeof types.MemberPortalApproveProfileChangeDocument,
    "\n  query MemberPortalWorkingGroupRequests { workingGroupRequests(first: 5, status: PENDING) { edges { node { requestReason } } } }\n": typeof types.MemberPortalWorkingGroupRequestsDocument,
    "\n    mutation MemberPortalRequestToJoinWorkingGroup($id: ID!, $g: Int!, $reason: String) {\n    requestToJoinWorkingGroup(input: { organizationId: $id, workingGroup: $g, reason: $reason }) {\n    __typename\n    ... on WorkingGroupRequestPayload { request { status requestReason reason } }\n    }\n    }\n  ": typeof types.MemberPortalRequestToJoinWorkingGroupDocument,
    "\n    mutation MemberPortalApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) { __typename ... on OrganizationPayload { organization { name } } }\n    }\n  ": typeof types.MemberPortalApplyForMembershipDocument,
    "\n  mutation MembershipChangeMembershipStatus($id: ID!, $status: MemberStatusChange!, $v: Int!, $on: Date) {\n  changeMembershipStatus(input: { organizationId: $id, status: $status, expectedVersion: $v, effectiveOn: $on }) {\n  __typename\n  ... on OrganizationPayload { organization { status version } }\n  ... on Error { code message }\n  }\n  }\n": typeof types.MembershipChangeMembershipStatusDocument,
    "\n  query MembershipMembershipStats($d: Date) { membershipStats(asOf: $d) { regular total } }\n": typeof types.MembershipMembershipStatsDocument,
    "\n  mutation MembershipChangeMembershipCategory($id: ID!, $v: Int!) { changeMembershipCategory(input: { organizationId: $id, category: REGULAR, expectedVersion: $v, effectiveOn: \"2026-11-05\" }) { __typename } }\n": typeof types.MembershipChangeMembershipCategoryDocument,
    "\n  query MembershipMembershipSeries { membershipSeries(from: \"2025-04-01\", to: \"2025-06-30\") { asOf regular supporting total } }\n": typeof types.MembershipMembershipSeriesDocument,
    "\n  query MembershipMembershipStats2 { membershipStats(asOf: \"2025-05-31\") { regular supporting total } }\n": typeof types.MembershipMembershipStats2Document,
    "\n  query MembershipMembershipSeries2 { membershipSeries(from: \"2010-01-01\", to: \"2025-06-30\") { asOf } }\n": typeof types.MembershipMembershipSeries2Document,
    "\n  mutation NotificationsRejectProfileChange($id: ID!, $reason: String!) { rejectProfileChange(input: { requestId: $id, reason: $reason }) { __typename } }\n": typeof types.NotificationsRejectProfileChangeDocument,
    "\n  mutation NotificationsApproveProfileChange($id: ID!) { approveProfileChange(input: { requestId: $id }) { __typename } }\n": typeof types.NotificationsApproveProfileChangeDocument,
    "\n  mutation NotificationsRequestToJoinWorkingGroup($id: ID!, $g: Int!) { requestToJoinWorkingGroup(input: { organizationId: $id, workingGroup: $g }) { __typename ... on WorkingGroupRequestPayload { request { id } } } }\n": typeof types.NotificationsRequestToJoinWorkingGroupDocument,
    "\n  mutation NotificationsSetWorkingGroupMembership($id: ID!, $g: Int!, $r: WorkingGroupRole) { setWorkingGroupMembership(input: { organizationId: $id, workingGroup: $g, role: $r, effectiveOn: \"2026-12-10\" }) { __typename } }\n": typeof types.NotificationsSetWorkingGroupMembershipDocument,
    "\n  mutation NotificationsUpdateSettings { updateSettings(input: { profileChangesRequireReview: true }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }\n": typeof types.NotificationsUpdateSettingsDocument,
    "\n  mutation NotificationsUpdateOrganizationProfile($id: ID!, $v: Int!, $d: String!) {\n      updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) {\n        ... on UpdateOrganizationProfilePayload { pendingChange { id } }\n      }\n    }\n": typeof types.NotificationsUpdateOrganizationProfileDocument,
    "\n  mutation NotificationsApproveWorkingGroupRequest($id: ID!) { approveWorkingGroupRequest(input: { requestId: $id, effectiveOn: \"2026-12-01\" }) { __typename } }\n": typeof types.NotificationsApproveWorkingGroupRequestDocument,
    "\n  mutation NotificationsDeclineWorkingGroupRequest($id: ID!) { declineWorkingGroupRequest(input: { requestId: $id, reason: \"今年度の募集は締め切りました\" }) { __typename } }\n": typeof types.NotificationsDeclineWorkingGroupRequestDocument,
    "\n  mutation NotificationsUpdateOrganizationProfile2($id: ID!, $v: Int!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: \"事務局が先に修正\" }) { __typename } }\n": typeof types.NotificationsUpdateOrganizationProfile2Document,
    "\n  query OrganizationTypesOrganizationTypesInUse { organizationTypesInUse }\n": typeof types.OrganizationTypesOrganizationTypesInUseDocument,
    "\n  query OrganizationTypesOrganizations { organizations(first: 100, filter: { organizationTypes: [\"認定NPO法人\"] }) { totalCount edges { node { organizationType } } } }\n": typeof types.OrganizationTypesOrganizationsDocument,
    "\n  mutation SharedRulesAddContact($input: AddContactInput!) {\n    addContact(input: $input) { __typename }\n  }\n": typeof types.SharedRulesAddContactDocument,
    "\n  mutation SharedRulesApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) { __typename }\n  }\n": typeof types.SharedRulesApplyForMembershipDocument,
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
    "\n  query Prefs { prefectures { code } }\n": typeof types.PrefsDocument,
    "\n  query MetricsRegions { regions { code } }\n": typeof types.MetricsRegionsDocument,
    "\n  query AcknowledgementsSummary($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Mailing {\n        replySummary { organizations delivered acknowledged notYet unreached late }\n        replies(first: 20) { totalCount edges { node { organizationName state delivered addresses reminded\n          acknowledgement { answer channel late contact { name } } } } }\n      }\n    }\n  }\n": typeof types.AcknowledgementsSummaryDocument,
    "\n  query AcknowledgementsNotYet($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Mailing { replies(first: 10, state: NOT_YET) { totalCount edges { node { organizationName } } } }\n    }\n  }\n": typeof types.AcknowledgementsNotYetDocument,
    "\n  query AcknowledgementsReceivedNotices($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Organization {\n        receivedNotices(first: 10) { totalCount edges { node { mailingId subject\n          replyRequest { deadline question answerRequired } acknowledgement { channel } } } }\n      }\n    }\n  }\n": typeof types.AcknowledgementsReceivedNoticesDocument,
    "\n  mutation AcknowledgementsAcknowledge($input: AcknowledgeMailingInput!) {\n    acknowledgeMailing(input: $input) {\n      __typename\n      ... on AcknowledgementPayload { acknowledgement { answer channel } }\n      ... on Error { message }\n    }\n  }\n": typeof types.AcknowledgementsAcknowledgeDocument,
    "\n  mutation AcknowledgementsSendReminder($input: SendReminderInput!) {\n    sendReminder(input: $input) {\n      __typename\n      ... on SendReminderPayload { reminder { id subject status reminderOf { id } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.AcknowledgementsSendReminderDocument,
    "\n  mutation AcknowledgementsRecord($input: RecordAcknowledgementInput!) {\n    recordAcknowledgement(input: $input) {\n      __typename ... on AcknowledgementPayload { acknowledgement { channel note answer } }\n      ... on Error { message }\n    }\n  }\n": typeof types.AcknowledgementsRecordDocument,
    "\n  query MeetingRepliesNode($id: ID!) { node(id: $id) { ... on Meeting {\n  responses { invited attend absent proxy noReply }\n  quorum { invited present required reached }\n  } } }\n": typeof types.MeetingRepliesNodeDocument,
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
    "\n  query CachedDirectory {\n    organizations(first: 3) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CachedDirectoryDocument,
    "\n  query CachedOrganization($id: ID!) {\n    node(id: $id) {\n      ... on Organization {\n        name\n      }\n    }\n  }\n": types.CachedOrganizationDocument,
    "\n  mutation CacheEmptyingSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      __typename\n    }\n  }\n": types.CacheEmptyingSettingsDocument,
    "\n  query ArchiveArchive($first: Int!, $after: String, $kind: ArchiveKind) {\n  archive(first: $first, after: $after, kind: $kind) {\n  totalCount\n  pageInfo { hasNextPage endCursor }\n  edges { node { id kind title url issuedOn html text organization { id } } }\n  }\n  }\n": types.ArchiveArchiveDocument,
    "\n  query ArchiveNode($id: ID!) { node(id: $id) { ... on Organization {\n         visitReports(first: 5) { totalCount edges { node { id title } } } } } }\n": types.ArchiveNodeDocument,
    "\n  query ArchiveArchive2 { archive(first: 10, kind: NEWSLETTER) { edges { node { kind content {\n        __typename\n        ... on NewsletterContent { issueNumber sections { heading items { title } } }\n      } } } } }\n": types.ArchiveArchive2Document,
    "\n      query ArchiveNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on ArchiveItem { title kind } } }\n    ": types.ArchiveNodesDocument,
    "\n    mutation ArchiveSetMailingPublication($input: SetMailingPublicationInput!) {\n    setMailingPublication(input: $input) {\n    __typename\n    ... on SetMailingPublicationPayload { mailing { id } archiveItem { url } }\n    ... on ValidationFailedError { message }\n    }\n    }\n  ": types.ArchiveSetMailingPublicationDocument,
    "\n  mutation ApiKeysCreateApiKey($name: String!, $expiresAt: DateTime) {\n  createApiKey(input: { name: $name, expiresAt: $expiresAt }) {\n  ... on CreateApiKeyPayload { apiKey { id name lastUsedAt } key }\n  }\n  }\n": types.ApiKeysCreateApiKeyDocument,
    "\n  query ApiKeysViewer { viewer { kind } }\n": types.ApiKeysViewerDocument,
    "\n  query ApiKeysApiKeys { apiKeys { id lastUsedAt } }\n": types.ApiKeysApiKeysDocument,
    "\n  mutation ApiKeysRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }\n": types.ApiKeysRevokeApiKeyDocument,
    "\n  mutation ApiKeysCreateApiKey2($expiresAt: DateTime) {\n        createApiKey(input: { name: \"past\", expiresAt: $expiresAt }) {\n          __typename ... on ValidationFailedError { problems { path message } }\n        }\n      }\n": types.ApiKeysCreateApiKey2Document,
    "\n  query PermissionsNode($id: ID!) { node(id: $id) { ... on Organization { contacts { email phone } } } }\n": types.PermissionsNodeDocument,
    "\n  query PermissionsNode2($id: ID!) { node(id: $id) { ... on Organization { status version publishedFields } } }\n": types.PermissionsNode2Document,
    "\n  query PermissionsNode3($id: ID!) { node(id: $id) { ... on Organization { users { email } } } }\n": types.PermissionsNode3Document,
    "\n  mutation PermissionsUpdateOrganizationProfile($id: ID!, $v: Int!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: \"更新しました\" }) { __typename } }\n": types.PermissionsUpdateOrganizationProfileDocument,
    "\n  mutation PermissionsInviteOrganizationUser($id: ID!, $email: EmailAddress!) { inviteOrganizationUser(input: { organizationId: $id, email: $email, displayName: \"招待 花子\" }) { __typename } }\n": types.PermissionsInviteOrganizationUserDocument,
    "\n  mutation PermissionsCreateAccount($email: EmailAddress!) { createAccount(input: { email: $email, displayName: \"新規\", role: SECRETARIAT_STAFF }) { __typename } }\n": types.PermissionsCreateAccountDocument,
    "\n  query PermissionsNode4($id: ID!) { node(id: $id) { ... on Organization { name contacts { email } } } }\n": types.PermissionsNode4Document,
    "\n  query PermissionsOrganizations { organizations(first: 100) { edges { node { id contacts { email } } } } }\n": types.PermissionsOrganizationsDocument,
    "\n  query PermissionsNode5($id: ID!) { node(id: $id) { id ... on Account { email } } }\n": types.PermissionsNode5Document,
    "\n  mutation PermissionsUpdateOrganizationProfile2($id: ID!, $v: Int!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, website: \"https://evil.example.com/\" }) { __typename } }\n": types.PermissionsUpdateOrganizationProfile2Document,
    "\n  mutation PermissionsRemoveOrganizationUser2($id: ID!) { removeOrganizationUser(input: { accountId: $id }) { __typename } }\n": types.PermissionsRemoveOrganizationUser2Document,
    "\n  mutation PermissionsUpdateOrganizationProfile3($id: ID!, $v: Int!, $d: String!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) { __typename ... on Error { code } } }\n": types.PermissionsUpdateOrganizationProfile3Document,
    "\n  query PermissionsAuditEvents($id: String!) { auditEvents(first: 1, targetId: $id) { edges { node { action actorId before after } } } }\n": types.PermissionsAuditEventsDocument,
    "\n    mutation PermissionsRemoveOrganizationUser($id: ID!) { removeOrganizationUser(input: { accountId: $id }) { __typename } }\n  ": types.PermissionsRemoveOrganizationUserDocument,
    "\n  mutation SecretsAtRestRequestSignInLink($e: EmailAddress!) { requestSignInLink(input: { email: $e }) { __typename } }\n": types.SecretsAtRestRequestSignInLinkDocument,
    "\n  mutation SecretsAtRestRedeemSignInLink($t: String!) { redeemSignInLink(input: { token: $t }) { ... on RedeemSignInLinkPayload { sessionToken } } }\n": types.SecretsAtRestRedeemSignInLinkDocument,
    "\n  mutation SecretsAtRestCreateApiKey { createApiKey(input: { name: \"secrets\" }) { ... on CreateApiKeyPayload { key } } }\n": types.SecretsAtRestCreateApiKeyDocument,
    "\n  query SecretsAtRestViewer { viewer { kind } }\n": types.SecretsAtRestViewerDocument,
    "\n  mutation SignInRequestSignInLink($email: EmailAddress!) {\n  requestSignInLink(input: { email: $email }) {\n  __typename\n  ... on RequestSignInLinkPayload { message }\n  ... on RateLimitedError { code message retryAfterSeconds }\n  }\n  }\n": types.SignInRequestSignInLinkDocument,
    "\n  mutation SignInRedeemSignInLink($token: String!) {\n  redeemSignInLink(input: { token: $token }) {\n  __typename\n  ... on RedeemSignInLinkPayload { sessionToken account { email role } }\n  ... on Error { code message }\n  }\n  }\n": types.SignInRedeemSignInLinkDocument,
    "\n  query SignInViewer { viewer { kind account { email } } }\n": types.SignInViewerDocument,
    "\n  query SignInMySessions { mySessions { id current } }\n": types.SignInMySessionsDocument,
    "\n  mutation SignInRevokeSession($id: ID!) { revokeSession(input: { sessionId: $id }) { __typename } }\n": types.SignInRevokeSessionDocument,
    "\n  query SignInViewer2 { viewer { kind } }\n": types.SignInViewer2Document,
    "\n  mutation SignInSignOut2 { signOut { ... on SignOutPayload { revokedSessionId } } }\n": types.SignInSignOut2Document,
    "\n      mutation SignInSignOut { signOut { __typename ... on Error { code message } } }\n    ": types.SignInSignOutDocument,
    "\n  query DemoDataBoardComposition($asOf: Date) { boardComposition(asOf: $asOf) { size\n      chair { organization { category } } viceChairs { organization { category } }\n      members { organization { category } } } }\n": types.DemoDataBoardCompositionDocument,
    "\n  query Stats($asOf: Date) {\n    membershipStats(asOf: $asOf) { asOf regular supporting cooperating total }\n  }\n": types.StatsDocument,
    "\n  query AttachmentsMailing($id: ID!) { mailing(id: $id) { attachmentDownloads {\n        file { filename } organization { id } organizationName downloads } } }\n": types.AttachmentsMailingDocument,
    "\n  mutation DeleteDeleteFile($id: ID!) {\n  deleteFile(input: { fileId: $id }) {\n  __typename\n  ... on DeleteFilePayload { deletedFileId }\n  ... on Error { code message }\n  }\n  }\n": types.DeleteDeleteFileDocument,
    "\n  query UploadNode($id: ID!) {\n        node(id: $id) { ... on File { filename byteSize purpose uploadedBy { id } } }\n        files(first: 10, purpose: ATTACHMENT) { totalCount edges { node { fileId } } }\n      }\n": types.UploadNodeDocument,
    "\n  query UploadMailing($id: ID!) { mailing(id: $id) { preview { html text } } }\n": types.UploadMailingDocument,
    "\n  mutation UploadCreateMailing($input: CreateMailingInput!) { createMailing(input: $input) {\n        __typename\n        ... on MailingPayload { mailing { id content { ... on NoticeContent { attachments { fileId } } } } }\n      } }\n": types.UploadCreateMailingDocument,
    "\n  query Measure($number: Int!) {\n    policyMeasure(number: $number) {\n      id\n      number\n      title\n      page\n      ministries { code name }\n      subMeasures { title ministries { code } }\n      placements { kind basicPolicy { number } subItem { number symbol } }\n    }\n  }\n": types.MeasureDocument,
    "\n  query Measures($first: Int, $after: String, $filter: PolicyMeasureFilter) {\n    policyMeasures(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number placements { kind } } }\n    }\n  }\n": types.MeasuresDocument,
    "\n  query CatalogueNode($id: ID!) { node(id: $id) { __typename ... on PolicyMeasure { number title } } }\n": types.CatalogueNodeDocument,
    "\n        query Reference {\n          basicPolicies { number subItems { number } }\n          prefectures { code name region { name } }\n          designatedCities { name prefectureCode }\n          membershipCategories { code nameJa }\n          ministries { code name }\n          workingGroups { number title theme goals }\n        }\n      ": types.ReferenceDocument,
    "\n  mutation IdsCreateMailing($input: CreateMailingInput!) { createMailing(input: $input) {\n      ... on MailingPayload { mailing { id } } } }\n": types.IdsCreateMailingDocument,
    "\n  mutation IdsUpdateOrganizationProfile($input: UpdateOrganizationProfileInput!) {\n          updateOrganizationProfile(input: $input) { __typename } }\n": types.IdsUpdateOrganizationProfileDocument,
    "\n  mutation IdsAddContact($input: AddContactInput!) { addContact(input: $input) {\n        ... on ContactPayload { contact { id } } } }\n": types.IdsAddContactDocument,
    "\n  mutation IdsRemoveContact($input: RemoveContactInput!) { removeContact(input: $input) {\n        ... on RemoveContactPayload { removedContactId } } }\n": types.IdsRemoveContactDocument,
    "\n      query IdsMailing($id: ID!) { mailing(id: $id) { id previewUrl } }\n    ": types.IdsMailingDocument,
    "\n      query IdsAuditEvents($id: String!) { auditEvents(first: 50, targetId: $id) {\n      edges { node { action actorId targetType targetId } } } }\n    ": types.IdsAuditEventsDocument,
    "\n  query TotalCountPolicyMeasures2 { policyMeasures(first: 1) { ...Counted } } fragment Counted on QueryPolicyMeasuresConnection { totalCount }\n": types.TotalCountPolicyMeasures2Document,
    "\n  query TotalCountOrganizations { organizations(first: 100, filter: { prefectures: [\"13\"] }) { totalCount edges { node { id } } } }\n": types.TotalCountOrganizationsDocument,
    "\n  query TotalCountOrganizations2 { organizations(first: 1) { totalCount } }\n": types.TotalCountOrganizations2Document,
    "\n  query TotalCountOrganizations3($after: String) { organizations(first: 100, after: $after, filter: { prefectures: [\"13\"] }) { totalCount edges { node { id } } } }\n": types.TotalCountOrganizations3Document,
    "\n      query TotalCountPolicyMeasures($after: String) { policyMeasures(first: 100, after: $after) { totalCount edges { cursor } } }\n    ": types.TotalCountPolicyMeasuresDocument,
    "\n  query ClientIpRegions { regions { code } }\n": types.ClientIpRegionsDocument,
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
    "\n  query UnsubscribeSuppressions { suppressions(first: 10, filter: { address: \"lift@bounce\" }) { totalCount edges { node { id reason source } } } }\n": types.UnsubscribeSuppressionsDocument,
    "\n  mutation UnsubscribeLiftSuppression($id: ID!) { liftSuppression(input: { suppressionId: $id, note: \"アドレス確認済み\" }) { __typename ... on Error { code } } }\n": types.UnsubscribeLiftSuppressionDocument,
    "\n  mutation UnsubscribeLiftSuppression2($id: ID!) { liftSuppression(input: { suppressionId: $id }) { __typename ... on Error { code } } }\n": types.UnsubscribeLiftSuppression2Document,
    "\n  mutation ApprovalUpdateSettings($kinds: [MailingKind!]) {\n  updateSettings(input: { approvalRequiredKinds: $kinds }) { ... on SettingsPayload { settings { approvalRequiredKinds } } }\n  }\n": types.ApprovalUpdateSettingsDocument,
    "\n  query ApprovalSettings { settings { approvalRequiredKinds } }\n": types.ApprovalSettingsDocument,
    "\n  mutation ApprovalUpdateSettings2 { updateSettings(input: {}) { __typename ... on ValidationFailedError { code problems { path message } } } }\n": types.ApprovalUpdateSettings2Document,
    "\n  query ApprovalMailings { mailings(filter: { awaitingApproval: true }, first: 50) { totalCount edges { node { id } } } }\n": types.ApprovalMailingsDocument,
    "\n  query ApprovalMailings2 { mailings(filter: { awaitingApproval: false }, first: 100) { edges { node { id } } } }\n": types.ApprovalMailings2Document,
    "\n  query ApprovalMailings3($filter: MailingFilter) { mailings(filter: $filter, first: 20) { totalCount edges { node { id subject } } } }\n": types.ApprovalMailings3Document,
    "\n  mutation DraftsCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { id subject status version } }\n      ... on DuplicateIssueNumberError { code message path issueNumber existingMailing { id subject } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n": types.DraftsCreateMailingDocument,
    "\n  mutation DraftsUpdateMailing($input: UpdateMailingInput!) {\n    updateMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { id subject status version } }\n      ... on DuplicateIssueNumberError { code message path issueNumber existingMailing { id subject } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n": types.DraftsUpdateMailingDocument,
    "\n  query DraftsNextIssueNumber {\n    nextNewsletterIssueNumber\n  }\n": types.DraftsNextIssueNumberDocument,
    "\n  mutation DraftsDeleteMailing($input: DeleteMailingInput!) {\n    deleteMailing(input: $input) {\n      __typename\n      ... on DeleteMailingPayload { deletedMailingId }\n      ... on Error { code message }\n    }\n  }\n": types.DraftsDeleteMailingDocument,
    "\n  mutation DraftsCancelMailing($input: MailingIdInput!) {\n    cancelMailing(input: $input) { __typename }\n  }\n": types.DraftsCancelMailingDocument,
    "\n  mutation DraftsSendMailing($input: SendMailingInput!) {\n    sendMailing(input: $input) { __typename }\n  }\n": types.DraftsSendMailingDocument,
    "\n  mutation DraftsScheduleMailing($input: ScheduleMailingInput!) {\n    scheduleMailing(input: $input) { __typename }\n  }\n": types.DraftsScheduleMailingDocument,
    "\n  mutation DraftsDeleteFile($id: ID!) {\n    deleteFile(input: { fileId: $id }) { __typename }\n  }\n": types.DraftsDeleteFileDocument,
    "\n  query DraftsMailing($id: ID!) {\n    mailing(id: $id) { id version }\n  }\n": types.DraftsMailingDocument,
    "\n  query EachKindMailing($id: ID!) { mailing(id: $id) { kind preview { html text } } }\n": types.EachKindMailingDocument,
    "\n  query EachKindArchive { archive(first: 50) { edges { node { kind title text } } } }\n": types.EachKindArchiveDocument,
    "\n  fragment EachKindMailingFields on Mailing { id version subject }\n": types.EachKindMailingFieldsFragmentDoc,
    "\n  mutation EachKindCreateMailing($input: CreateMailingInput!) {\n    result: createMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n": types.EachKindCreateMailingDocument,
    "\n  mutation EachKindCreateMeetingNotice($input: CreateMeetingNoticeInput!) {\n    result: createMeetingNotice(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n": types.EachKindCreateMeetingNoticeDocument,
    "\n  mutation EachKindUpdateMailing($input: UpdateMailingInput!) {\n    result: updateMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n": types.EachKindUpdateMailingDocument,
    "\n  mutation EachKindSendTestMailing($input: SendTestMailingInput!) {\n    result: sendTestMailing(input: $input) { __typename }\n  }\n": types.EachKindSendTestMailingDocument,
    "\n  mutation EachKindApproveMailing($input: ApproveMailingInput!) {\n    result: approveMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n": types.EachKindApproveMailingDocument,
    "\n  mutation EachKindSendMailing($input: SendMailingInput!) {\n    result: sendMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n": types.EachKindSendMailingDocument,
    "\n  mutation EditorialCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload {\n        mailing {\n          id kind subject\n          preview { subject html text }\n          content {\n            __typename\n            ... on NewsletterContent { issueNumber issueDate sections { heading items { title links { label url } } } }\n            ... on VisitReportContent { title organization visitDate staff photos { url alt } }\n            ... on NoticeContent { date issuers issuerCodes relatedMeasures subject reply { deadline buttonLabel } }\n            ... on MeetingNoticeContent { title date startTime agenda { title } allowProxy }\n          }\n        }\n      }\n      ... on ValidationFailedError { message problems { path message } }\n    }\n  }\n": types.EditorialCreateMailingDocument,
    "\n  mutation EditorialSendMailing($id: ID!) {\n    sendMailing(input: { mailingId: $id }) { __typename }\n  }\n": types.EditorialSendMailingDocument,
    "\n  mutation EditorialCreateWithoutAudience($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { audience { categories contacts { selection } } } }\n    }\n  }\n": types.EditorialCreateWithoutAudienceDocument,
    "\n  mutation ApplicationsApplyForMembership($input: ApplyForMembershipInput!) {\n  applyForMembership(input: $input) {\n  __typename\n  ... on OrganizationPayload { organization { id name } }\n  ... on Error { code message }\n  }\n  }\n": types.ApplicationsApplyForMembershipDocument,
    "\n  query ApplicationsMembershipApplications { membershipApplications(first: 100) { edges { node { applicantEmail duplicateAddress } } } }\n": types.ApplicationsMembershipApplicationsDocument,
    "\n  mutation ApplicationsApproveApplication($id: ID!) { approveApplication(input: { organizationId: $id }) { __typename } }\n": types.ApplicationsApproveApplicationDocument,
    "\n  query ApplicationsOrganizations { organizations(first: 1, filter: { text: \"ひだまりてすと\" }) { totalCount } }\n": types.ApplicationsOrganizationsDocument,
    "\n  mutation ApplicationsApproveApplication2($id: ID!) { approveApplication(input: { organizationId: $id, joinedOn: \"2026-11-23\" }) { __typename ... on OrganizationPayload { organization { status joinedOn } } } }\n": types.ApplicationsApproveApplication2Document,
    "\n  query ApplicationsMembershipStats { membershipStats(asOf: \"2026-11-23\") { total } }\n": types.ApplicationsMembershipStatsDocument,
    "\n  query ApplicationsMembershipStats2 { membershipStats(asOf: \"2026-11-22\") { total } }\n": types.ApplicationsMembershipStats2Document,
    "\n  mutation ApplicationsRejectApplication($id: ID!) { rejectApplication(input: { organizationId: $id, reason: \"活動内容が確認できませんでした。\" }) { __typename } }\n": types.ApplicationsRejectApplicationDocument,
    "\n  query ApplicationsMembershipApplications2 { membershipApplications(first: 5, status: REJECTED) { edges { node { status rejectionReason } } } }\n": types.ApplicationsMembershipApplications2Document,
    "\n  mutation ContactPermissionsAddContact($org: ID!, $email: EmailAddress!) {\n  addContact(input: { organizationId: $org, name: \"山田 一郎\", email: $email }) {\n  __typename ... on ContactPayload { contact { id } }\n  }\n  }\n": types.ContactPermissionsAddContactDocument,
    "\n  mutation ContactPermissionsUpdateContact($id: ID!, $name: String, $kinds: [OptOutMailKind!]) {\n  updateContact(input: { contactId: $id, name: $name, optedOutKinds: $kinds }) {\n  __typename ... on ContactPayload { contact { name optedOutKinds } }\n  }\n  }\n": types.ContactPermissionsUpdateContactDocument,
    "\n  mutation ContactPermissionsRemoveContact($id: ID!) {\n  removeContact(input: { contactId: $id }) { __typename }\n  }\n": types.ContactPermissionsRemoveContactDocument,
    "\n  fragment DecisionRequestsDecided on DecisionRequest {\n    organization { id } requestedAt decision decidedAt decisionReason decidedBy { id }\n  }\n": types.DecisionRequestsDecidedFragmentDoc,
    "\n  query DecisionRequestsInterface {\n    __type(name: \"DecisionRequest\") { kind possibleTypes { name } }\n  }\n": types.DecisionRequestsInterfaceDocument,
    "\n  mutation DecisionRequestsApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) {\n      __typename\n      ... on OrganizationPayload { organization { id } }\n    }\n  }\n": types.DecisionRequestsApplyForMembershipDocument,
    "\n  mutation DecisionRequestsUpdateOrganizationProfile($id: ID!, $v: Int!, $d: String!) {\n    updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) {\n      __typename\n      ... on UpdateOrganizationProfilePayload { pendingChange { id } }\n    }\n  }\n": types.DecisionRequestsUpdateOrganizationProfileDocument,
    "\n  mutation DecisionRequestsRequestToJoinWorkingGroup($input: WorkingGroupRequestInput!) {\n    requestToJoinWorkingGroup(input: $input) {\n      __typename\n      ... on WorkingGroupRequestPayload { request { id } }\n    }\n  }\n": types.DecisionRequestsRequestToJoinWorkingGroupDocument,
    "\n  mutation DecisionRequestsRequestToLeaveWorkingGroup($input: WorkingGroupRequestInput!) {\n    requestToLeaveWorkingGroup(input: $input) {\n      __typename\n      ... on WorkingGroupRequestPayload { request { id } }\n    }\n  }\n": types.DecisionRequestsRequestToLeaveWorkingGroupDocument,
    "\n  mutation DecisionRequestsApproveApplication($id: ID!) {\n    approveApplication(input: { organizationId: $id }) { __typename }\n  }\n": types.DecisionRequestsApproveApplicationDocument,
    "\n  mutation DecisionRequestsRejectApplication($id: ID!, $reason: String!) {\n    rejectApplication(input: { organizationId: $id, reason: $reason }) { __typename }\n  }\n": types.DecisionRequestsRejectApplicationDocument,
    "\n  mutation DecisionRequestsRequireReview {\n    updateSettings(input: { profileChangesRequireReview: true }) { __typename }\n  }\n": types.DecisionRequestsRequireReviewDocument,
    "\n  mutation DecisionRequestsApproveProfileChange($id: ID!) {\n    approveProfileChange(input: { requestId: $id }) { __typename }\n  }\n": types.DecisionRequestsApproveProfileChangeDocument,
    "\n  mutation DecisionRequestsRejectProfileChange($id: ID!, $reason: String!) {\n    rejectProfileChange(input: { requestId: $id, reason: $reason }) { __typename }\n  }\n": types.DecisionRequestsRejectProfileChangeDocument,
    "\n  mutation DecisionRequestsWithdrawProfileChange($id: ID!) {\n    withdrawProfileChange(input: { requestId: $id }) { __typename }\n  }\n": types.DecisionRequestsWithdrawProfileChangeDocument,
    "\n  mutation DecisionRequestsApproveWorkingGroupRequest($id: ID!) {\n    approveWorkingGroupRequest(input: { requestId: $id }) { __typename }\n  }\n": types.DecisionRequestsApproveWorkingGroupRequestDocument,
    "\n  mutation DecisionRequestsDeclineWorkingGroupRequest($id: ID!, $reason: String!) {\n    declineWorkingGroupRequest(input: { requestId: $id, reason: $reason }) { __typename }\n  }\n": types.DecisionRequestsDeclineWorkingGroupRequestDocument,
    "\n  query DecisionRequestsLists {\n    membershipApplications(first: 50) {\n      edges { node { org: organization { id } __typename ...DecisionRequestsDecided } }\n    }\n    profileChangeRequests(first: 50) {\n      edges { node { id status __typename ...DecisionRequestsDecided } }\n    }\n    workingGroupRequests(first: 50) {\n      edges { node { id status __typename ...DecisionRequestsDecided } }\n    }\n  }\n": types.DecisionRequestsListsDocument,
    "\n  query DecisionRequestsCounts {\n    rejectedRequests: workingGroupRequests(decision: REJECTED, first: 1) { totalCount }\n    declinedRequests: workingGroupRequests(status: DECLINED, first: 1) { totalCount }\n    supersededRequests: workingGroupRequests(decision: SUPERSEDED, first: 1) { totalCount }\n    withdrawnApplications: membershipApplications(decision: WITHDRAWN, first: 1) { totalCount }\n    rejectedApplications: membershipApplications(decision: REJECTED, first: 1) { totalCount }\n    contradiction: profileChangeRequests(decision: PENDING, status: APPROVED, first: 1) { totalCount }\n    pendingChanges: profileChangeRequests(decision: PENDING, first: 1) { totalCount }\n    supersededChanges: profileChangeRequests(decision: SUPERSEDED, first: 1) { totalCount }\n  }\n": types.DecisionRequestsCountsDocument,
    "\n  query DecisionRequestsOwnRequests {\n    viewer { organization { workingGroupRequests { __typename ...DecisionRequestsDecided } } }\n  }\n": types.DecisionRequestsOwnRequestsDocument,
    "\n  query DecisionRequestsPendingRequests {\n    workingGroupRequests(decision: PENDING, first: 1) { totalCount }\n  }\n": types.DecisionRequestsPendingRequestsDocument,
    "\n  query DesignatedCityNode($id: ID!) { node(id: $id) { ... on Organization {\n  prefecture { name }\n  designatedCity { code name kana nameEn prefectureCode prefecture { name } }\n  } } }\n": types.DesignatedCityNodeDocument,
    "\n  mutation DesignatedCityUpdateOrganizationProfile($input: UpdateOrganizationProfileInput!) {\n        updateOrganizationProfile(input: $input) { __typename } }\n": types.DesignatedCityUpdateOrganizationProfileDocument,
    "\n  mutation DesignatedCityApplyForMembership($input: ApplyForMembershipInput!) { applyForMembership(input: $input) {\n        __typename\n        ... on OrganizationPayload { organization { id } }\n        ... on ValidationFailedError { code problems { path message } }\n      } }\n": types.DesignatedCityApplyForMembershipDocument,
    "\n  query DirectoryOrganizations($f: OrganizationFilter, $o: OrganizationOrder, $n: Int) { organizations(first: $n, filter: $f, orderBy: $o) { totalCount edges { node { name nameKana } } } }\n": types.DirectoryOrganizationsDocument,
    "\n  query DirectoryOrganizations3 { organizations(first: 100, orderBy: PREFECTURE) { edges { node { prefecture { code } } } } }\n": types.DirectoryOrganizations3Document,
    "\n  query DirectoryOrganizations4 { organizations(first: 100, orderBy: JOINED_ON) { edges { node { joinedOn } } } }\n": types.DirectoryOrganizations4Document,
    "\n  query DirectoryOrganizations5 { organizations(first: 100, filter: { prefectures: [\"13\"] }) { edges { node { name prefecture { code name } workingGroups { number title } } } } }\n": types.DirectoryOrganizations5Document,
    "\n      query DirectoryNode($id: ID!) { node(id: $id) { __typename ... on Organization { website } } }\n    ": types.DirectoryNodeDocument,
    "\n      query DirectoryNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n    ": types.DirectoryNodesDocument,
    "\n    query DirectoryOrganizations2($n: Int!) { organizations(first: $n) { totalCount edges { node {\n    name prefecture { name region { name } } workingGroups { number title } workingGroupMemberships { role }\n    boardSeat { role }\n    contactCount contacts { email } } } } }\n  ": types.DirectoryOrganizations2Document,
    "\n  query GojuonOrderOrganizations($after: String) { organizations(first: 5, after: $after, orderBy: KANA) { edges { node { nameKana } } pageInfo { hasNextPage endCursor } } }\n": types.GojuonOrderOrganizationsDocument,
    "\n  mutation MemberPortalUpdateOrganizationProfile($id: ID!, $v: Int!) {\n  updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: \"取り下げる説明\" }) {\n  __typename ... on UpdateOrganizationProfilePayload { pendingChange { id } }\n  }\n  }\n": types.MemberPortalUpdateOrganizationProfileDocument,
    "\n  mutation MemberPortalWithdrawProfileChange($id: ID!) {\n  withdrawProfileChange(input: { requestId: $id }) {\n  __typename\n  ... on DecideProfileChangePayload { request { status } organization { pendingProfileChange { id } } }\n  ... on Error { code }\n  }\n  }\n": types.MemberPortalWithdrawProfileChangeDocument,
    "\n  mutation MemberPortalUpdateSettings { updateSettings(input: { profileChangesRequireReview: true }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }\n": types.MemberPortalUpdateSettingsDocument,
    "\n  mutation MemberPortalApproveProfileChange($id: ID!) { approveProfileChange(input: { requestId: $id }) { __typename } }\n": types.MemberPortalApproveProfileChangeDocument,
    "\n  query MemberPortalWorkingGroupRequests { workingGroupRequests(first: 5, status: PENDING) { edges { node { requestReason } } } }\n": types.MemberPortalWorkingGroupRequestsDocument,
    "\n    mutation MemberPortalRequestToJoinWorkingGroup($id: ID!, $g: Int!, $reason: String) {\n    requestToJoinWorkingGroup(input: { organizationId: $id, workingGroup: $g, reason: $reason }) {\n    __typename\n    ... on WorkingGroupRequestPayload { request { status requestReason reason } }\n    }\n    }\n  ": types.MemberPortalRequestToJoinWorkingGroupDocument,
    "\n    mutation MemberPortalApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) { __typename ... on OrganizationPayload { organization { name } } }\n    }\n  ": types.MemberPortalApplyForMembershipDocument,
    "\n  mutation MembershipChangeMembershipStatus($id: ID!, $status: MemberStatusChange!, $v: Int!, $on: Date) {\n  changeMembershipStatus(input: { organizationId: $id, status: $status, expectedVersion: $v, effectiveOn: $on }) {\n  __typename\n  ... on OrganizationPayload { organization { status version } }\n  ... on Error { code message }\n  }\n  }\n": types.MembershipChangeMembershipStatusDocument,
    "\n  query MembershipMembershipStats($d: Date) { membershipStats(asOf: $d) { regular total } }\n": types.MembershipMembershipStatsDocument,
    "\n  mutation MembershipChangeMembershipCategory($id: ID!, $v: Int!) { changeMembershipCategory(input: { organizationId: $id, category: REGULAR, expectedVersion: $v, effectiveOn: \"2026-11-05\" }) { __typename } }\n": types.MembershipChangeMembershipCategoryDocument,
    "\n  query MembershipMembershipSeries { membershipSeries(from: \"2025-04-01\", to: \"2025-06-30\") { asOf regular supporting total } }\n": types.MembershipMembershipSeriesDocument,
    "\n  query MembershipMembershipStats2 { membershipStats(asOf: \"2025-05-31\") { regular supporting total } }\n": types.MembershipMembershipStats2Document,
    "\n  query MembershipMembershipSeries2 { membershipSeries(from: \"2010-01-01\", to: \"2025-06-30\") { asOf } }\n": types.MembershipMembershipSeries2Document,
    "\n  mutation NotificationsRejectProfileChange($id: ID!, $reason: String!) { rejectProfileChange(input: { requestId: $id, reason: $reason }) { __typename } }\n": types.NotificationsRejectProfileChangeDocument,
    "\n  mutation NotificationsApproveProfileChange($id: ID!) { approveProfileChange(input: { requestId: $id }) { __typename } }\n": types.NotificationsApproveProfileChangeDocument,
    "\n  mutation NotificationsRequestToJoinWorkingGroup($id: ID!, $g: Int!) { requestToJoinWorkingGroup(input: { organizationId: $id, workingGroup: $g }) { __typename ... on WorkingGroupRequestPayload { request { id } } } }\n": types.NotificationsRequestToJoinWorkingGroupDocument,
    "\n  mutation NotificationsSetWorkingGroupMembership($id: ID!, $g: Int!, $r: WorkingGroupRole) { setWorkingGroupMembership(input: { organizationId: $id, workingGroup: $g, role: $r, effectiveOn: \"2026-12-10\" }) { __typename } }\n": types.NotificationsSetWorkingGroupMembershipDocument,
    "\n  mutation NotificationsUpdateSettings { updateSettings(input: { profileChangesRequireReview: true }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }\n": types.NotificationsUpdateSettingsDocument,
    "\n  mutation NotificationsUpdateOrganizationProfile($id: ID!, $v: Int!, $d: String!) {\n      updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) {\n        ... on UpdateOrganizationProfilePayload { pendingChange { id } }\n      }\n    }\n": types.NotificationsUpdateOrganizationProfileDocument,
    "\n  mutation NotificationsApproveWorkingGroupRequest($id: ID!) { approveWorkingGroupRequest(input: { requestId: $id, effectiveOn: \"2026-12-01\" }) { __typename } }\n": types.NotificationsApproveWorkingGroupRequestDocument,
    "\n  mutation NotificationsDeclineWorkingGroupRequest($id: ID!) { declineWorkingGroupRequest(input: { requestId: $id, reason: \"今年度の募集は締め切りました\" }) { __typename } }\n": types.NotificationsDeclineWorkingGroupRequestDocument,
    "\n  mutation NotificationsUpdateOrganizationProfile2($id: ID!, $v: Int!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: \"事務局が先に修正\" }) { __typename } }\n": types.NotificationsUpdateOrganizationProfile2Document,
    "\n  query OrganizationTypesOrganizationTypesInUse { organizationTypesInUse }\n": types.OrganizationTypesOrganizationTypesInUseDocument,
    "\n  query OrganizationTypesOrganizations { organizations(first: 100, filter: { organizationTypes: [\"認定NPO法人\"] }) { totalCount edges { node { organizationType } } } }\n": types.OrganizationTypesOrganizationsDocument,
    "\n  mutation SharedRulesAddContact($input: AddContactInput!) {\n    addContact(input: $input) { __typename }\n  }\n": types.SharedRulesAddContactDocument,
    "\n  mutation SharedRulesApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) { __typename }\n  }\n": types.SharedRulesApplyForMembershipDocument,
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
    "\n  query Prefs { prefectures { code } }\n": types.PrefsDocument,
    "\n  query MetricsRegions { regions { code } }\n": types.MetricsRegionsDocument,
    "\n  query AcknowledgementsSummary($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Mailing {\n        replySummary { organizations delivered acknowledged notYet unreached late }\n        replies(first: 20) { totalCount edges { node { organizationName state delivered addresses reminded\n          acknowledgement { answer channel late contact { name } } } } }\n      }\n    }\n  }\n": types.AcknowledgementsSummaryDocument,
    "\n  query AcknowledgementsNotYet($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Mailing { replies(first: 10, state: NOT_YET) { totalCount edges { node { organizationName } } } }\n    }\n  }\n": types.AcknowledgementsNotYetDocument,
    "\n  query AcknowledgementsReceivedNotices($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Organization {\n        receivedNotices(first: 10) { totalCount edges { node { mailingId subject\n          replyRequest { deadline question answerRequired } acknowledgement { channel } } } }\n      }\n    }\n  }\n": types.AcknowledgementsReceivedNoticesDocument,
    "\n  mutation AcknowledgementsAcknowledge($input: AcknowledgeMailingInput!) {\n    acknowledgeMailing(input: $input) {\n      __typename\n      ... on AcknowledgementPayload { acknowledgement { answer channel } }\n      ... on Error { message }\n    }\n  }\n": types.AcknowledgementsAcknowledgeDocument,
    "\n  mutation AcknowledgementsSendReminder($input: SendReminderInput!) {\n    sendReminder(input: $input) {\n      __typename\n      ... on SendReminderPayload { reminder { id subject status reminderOf { id } } }\n      ... on Error { message }\n    }\n  }\n": types.AcknowledgementsSendReminderDocument,
    "\n  mutation AcknowledgementsRecord($input: RecordAcknowledgementInput!) {\n    recordAcknowledgement(input: $input) {\n      __typename ... on AcknowledgementPayload { acknowledgement { channel note answer } }\n      ... on Error { message }\n    }\n  }\n": types.AcknowledgementsRecordDocument,
    "\n  query MeetingRepliesNode($id: ID!) { node(id: $id) { ... on Meeting {\n  responses { invited attend absent proxy noReply }\n  quorum { invited present required reached }\n  } } }\n": types.MeetingRepliesNodeDocument,
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
export function graphql(source: "\n  query CachedDirectory {\n    organizations(first: 3) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CachedDirectory {\n    organizations(first: 3) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachedOrganization($id: ID!) {\n    node(id: $id) {\n      ... on Organization {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CachedOrganization($id: ID!) {\n    node(id: $id) {\n      ... on Organization {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheEmptyingSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation CacheEmptyingSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArchiveArchive($first: Int!, $after: String, $kind: ArchiveKind) {\n  archive(first: $first, after: $after, kind: $kind) {\n  totalCount\n  pageInfo { hasNextPage endCursor }\n  edges { node { id kind title url issuedOn html text organization { id } } }\n  }\n  }\n"): (typeof documents)["\n  query ArchiveArchive($first: Int!, $after: String, $kind: ArchiveKind) {\n  archive(first: $first, after: $after, kind: $kind) {\n  totalCount\n  pageInfo { hasNextPage endCursor }\n  edges { node { id kind title url issuedOn html text organization { id } } }\n  }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArchiveNode($id: ID!) { node(id: $id) { ... on Organization {\n         visitReports(first: 5) { totalCount edges { node { id title } } } } } }\n"): (typeof documents)["\n  query ArchiveNode($id: ID!) { node(id: $id) { ... on Organization {\n         visitReports(first: 5) { totalCount edges { node { id title } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArchiveArchive2 { archive(first: 10, kind: NEWSLETTER) { edges { node { kind content {\n        __typename\n        ... on NewsletterContent { issueNumber sections { heading items { title } } }\n      } } } } }\n"): (typeof documents)["\n  query ArchiveArchive2 { archive(first: 10, kind: NEWSLETTER) { edges { node { kind content {\n        __typename\n        ... on NewsletterContent { issueNumber sections { heading items { title } } }\n      } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ArchiveNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on ArchiveItem { title kind } } }\n    "): (typeof documents)["\n      query ArchiveNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on ArchiveItem { title kind } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ArchiveSetMailingPublication($input: SetMailingPublicationInput!) {\n    setMailingPublication(input: $input) {\n    __typename\n    ... on SetMailingPublicationPayload { mailing { id } archiveItem { url } }\n    ... on ValidationFailedError { message }\n    }\n    }\n  "): (typeof documents)["\n    mutation ArchiveSetMailingPublication($input: SetMailingPublicationInput!) {\n    setMailingPublication(input: $input) {\n    __typename\n    ... on SetMailingPublicationPayload { mailing { id } archiveItem { url } }\n    ... on ValidationFailedError { message }\n    }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysCreateApiKey($name: String!, $expiresAt: DateTime) {\n  createApiKey(input: { name: $name, expiresAt: $expiresAt }) {\n  ... on CreateApiKeyPayload { apiKey { id name lastUsedAt } key }\n  }\n  }\n"): (typeof documents)["\n  mutation ApiKeysCreateApiKey($name: String!, $expiresAt: DateTime) {\n  createApiKey(input: { name: $name, expiresAt: $expiresAt }) {\n  ... on CreateApiKeyPayload { apiKey { id name lastUsedAt } key }\n  }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysViewer { viewer { kind } }\n"): (typeof documents)["\n  query ApiKeysViewer { viewer { kind } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysApiKeys { apiKeys { id lastUsedAt } }\n"): (typeof documents)["\n  query ApiKeysApiKeys { apiKeys { id lastUsedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }\n"): (typeof documents)["\n  mutation ApiKeysRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysCreateApiKey2($expiresAt: DateTime) {\n        createApiKey(input: { name: \"past\", expiresAt: $expiresAt }) {\n          __typename ... on ValidationFailedError { problems { path message } }\n        }\n      }\n"): (typeof documents)["\n  mutation ApiKeysCreateApiKey2($expiresAt: DateTime) {\n        createApiKey(input: { name: \"past\", expiresAt: $expiresAt }) {\n          __typename ... on ValidationFailedError { problems { path message } }\n        }\n      }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsNode($id: ID!) { node(id: $id) { ... on Organization { contacts { email phone } } } }\n"): (typeof documents)["\n  query PermissionsNode($id: ID!) { node(id: $id) { ... on Organization { contacts { email phone } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsNode2($id: ID!) { node(id: $id) { ... on Organization { status version publishedFields } } }\n"): (typeof documents)["\n  query PermissionsNode2($id: ID!) { node(id: $id) { ... on Organization { status version publishedFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsNode3($id: ID!) { node(id: $id) { ... on Organization { users { email } } } }\n"): (typeof documents)["\n  query PermissionsNode3($id: ID!) { node(id: $id) { ... on Organization { users { email } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsUpdateOrganizationProfile($id: ID!, $v: Int!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: \"更新しました\" }) { __typename } }\n"): (typeof documents)["\n  mutation PermissionsUpdateOrganizationProfile($id: ID!, $v: Int!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: \"更新しました\" }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsInviteOrganizationUser($id: ID!, $email: EmailAddress!) { inviteOrganizationUser(input: { organizationId: $id, email: $email, displayName: \"招待 花子\" }) { __typename } }\n"): (typeof documents)["\n  mutation PermissionsInviteOrganizationUser($id: ID!, $email: EmailAddress!) { inviteOrganizationUser(input: { organizationId: $id, email: $email, displayName: \"招待 花子\" }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsCreateAccount($email: EmailAddress!) { createAccount(input: { email: $email, displayName: \"新規\", role: SECRETARIAT_STAFF }) { __typename } }\n"): (typeof documents)["\n  mutation PermissionsCreateAccount($email: EmailAddress!) { createAccount(input: { email: $email, displayName: \"新規\", role: SECRETARIAT_STAFF }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsNode4($id: ID!) { node(id: $id) { ... on Organization { name contacts { email } } } }\n"): (typeof documents)["\n  query PermissionsNode4($id: ID!) { node(id: $id) { ... on Organization { name contacts { email } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsOrganizations { organizations(first: 100) { edges { node { id contacts { email } } } } }\n"): (typeof documents)["\n  query PermissionsOrganizations { organizations(first: 100) { edges { node { id contacts { email } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsNode5($id: ID!) { node(id: $id) { id ... on Account { email } } }\n"): (typeof documents)["\n  query PermissionsNode5($id: ID!) { node(id: $id) { id ... on Account { email } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsUpdateOrganizationProfile2($id: ID!, $v: Int!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, website: \"https://evil.example.com/\" }) { __typename } }\n"): (typeof documents)["\n  mutation PermissionsUpdateOrganizationProfile2($id: ID!, $v: Int!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, website: \"https://evil.example.com/\" }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsRemoveOrganizationUser2($id: ID!) { removeOrganizationUser(input: { accountId: $id }) { __typename } }\n"): (typeof documents)["\n  mutation PermissionsRemoveOrganizationUser2($id: ID!) { removeOrganizationUser(input: { accountId: $id }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsUpdateOrganizationProfile3($id: ID!, $v: Int!, $d: String!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) { __typename ... on Error { code } } }\n"): (typeof documents)["\n  mutation PermissionsUpdateOrganizationProfile3($id: ID!, $v: Int!, $d: String!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) { __typename ... on Error { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsAuditEvents($id: String!) { auditEvents(first: 1, targetId: $id) { edges { node { action actorId before after } } } }\n"): (typeof documents)["\n  query PermissionsAuditEvents($id: String!) { auditEvents(first: 1, targetId: $id) { edges { node { action actorId before after } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PermissionsRemoveOrganizationUser($id: ID!) { removeOrganizationUser(input: { accountId: $id }) { __typename } }\n  "): (typeof documents)["\n    mutation PermissionsRemoveOrganizationUser($id: ID!) { removeOrganizationUser(input: { accountId: $id }) { __typename } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecretsAtRestRequestSignInLink($e: EmailAddress!) { requestSignInLink(input: { email: $e }) { __typename } }\n"): (typeof documents)["\n  mutation SecretsAtRestRequestSignInLink($e: EmailAddress!) { requestSignInLink(input: { email: $e }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecretsAtRestRedeemSignInLink($t: String!) { redeemSignInLink(input: { token: $t }) { ... on RedeemSignInLinkPayload { sessionToken } } }\n"): (typeof documents)["\n  mutation SecretsAtRestRedeemSignInLink($t: String!) { redeemSignInLink(input: { token: $t }) { ... on RedeemSignInLinkPayload { sessionToken } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecretsAtRestCreateApiKey { createApiKey(input: { name: \"secrets\" }) { ... on CreateApiKeyPayload { key } } }\n"): (typeof documents)["\n  mutation SecretsAtRestCreateApiKey { createApiKey(input: { name: \"secrets\" }) { ... on CreateApiKeyPayload { key } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecretsAtRestViewer { viewer { kind } }\n"): (typeof documents)["\n  query SecretsAtRestViewer { viewer { kind } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInRequestSignInLink($email: EmailAddress!) {\n  requestSignInLink(input: { email: $email }) {\n  __typename\n  ... on RequestSignInLinkPayload { message }\n  ... on RateLimitedError { code message retryAfterSeconds }\n  }\n  }\n"): (typeof documents)["\n  mutation SignInRequestSignInLink($email: EmailAddress!) {\n  requestSignInLink(input: { email: $email }) {\n  __typename\n  ... on RequestSignInLinkPayload { message }\n  ... on RateLimitedError { code message retryAfterSeconds }\n  }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInRedeemSignInLink($token: String!) {\n  redeemSignInLink(input: { token: $token }) {\n  __typename\n  ... on RedeemSignInLinkPayload { sessionToken account { email role } }\n  ... on Error { code message }\n  }\n  }\n"): (typeof documents)["\n  mutation SignInRedeemSignInLink($token: String!) {\n  redeemSignInLink(input: { token: $token }) {\n  __typename\n  ... on RedeemSignInLinkPayload { sessionToken account { email role } }\n  ... on Error { code message }\n  }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInViewer { viewer { kind account { email } } }\n"): (typeof documents)["\n  query SignInViewer { viewer { kind account { email } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInMySessions { mySessions { id current } }\n"): (typeof documents)["\n  query SignInMySessions { mySessions { id current } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInRevokeSession($id: ID!) { revokeSession(input: { sessionId: $id }) { __typename } }\n"): (typeof documents)["\n  mutation SignInRevokeSession($id: ID!) { revokeSession(input: { sessionId: $id }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInViewer2 { viewer { kind } }\n"): (typeof documents)["\n  query SignInViewer2 { viewer { kind } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInSignOut2 { signOut { ... on SignOutPayload { revokedSessionId } } }\n"): (typeof documents)["\n  mutation SignInSignOut2 { signOut { ... on SignOutPayload { revokedSessionId } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SignInSignOut { signOut { __typename ... on Error { code message } } }\n    "): (typeof documents)["\n      mutation SignInSignOut { signOut { __typename ... on Error { code message } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoDataBoardComposition($asOf: Date) { boardComposition(asOf: $asOf) { size\n      chair { organization { category } } viceChairs { organization { category } }\n      members { organization { category } } } }\n"): (typeof documents)["\n  query DemoDataBoardComposition($asOf: Date) { boardComposition(asOf: $asOf) { size\n      chair { organization { category } } viceChairs { organization { category } }\n      members { organization { category } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Stats($asOf: Date) {\n    membershipStats(asOf: $asOf) { asOf regular supporting cooperating total }\n  }\n"): (typeof documents)["\n  query Stats($asOf: Date) {\n    membershipStats(asOf: $asOf) { asOf regular supporting cooperating total }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttachmentsMailing($id: ID!) { mailing(id: $id) { attachmentDownloads {\n        file { filename } organization { id } organizationName downloads } } }\n"): (typeof documents)["\n  query AttachmentsMailing($id: ID!) { mailing(id: $id) { attachmentDownloads {\n        file { filename } organization { id } organizationName downloads } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDeleteFile($id: ID!) {\n  deleteFile(input: { fileId: $id }) {\n  __typename\n  ... on DeleteFilePayload { deletedFileId }\n  ... on Error { code message }\n  }\n  }\n"): (typeof documents)["\n  mutation DeleteDeleteFile($id: ID!) {\n  deleteFile(input: { fileId: $id }) {\n  __typename\n  ... on DeleteFilePayload { deletedFileId }\n  ... on Error { code message }\n  }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadNode($id: ID!) {\n        node(id: $id) { ... on File { filename byteSize purpose uploadedBy { id } } }\n        files(first: 10, purpose: ATTACHMENT) { totalCount edges { node { fileId } } }\n      }\n"): (typeof documents)["\n  query UploadNode($id: ID!) {\n        node(id: $id) { ... on File { filename byteSize purpose uploadedBy { id } } }\n        files(first: 10, purpose: ATTACHMENT) { totalCount edges { node { fileId } } }\n      }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadMailing($id: ID!) { mailing(id: $id) { preview { html text } } }\n"): (typeof documents)["\n  query UploadMailing($id: ID!) { mailing(id: $id) { preview { html text } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadCreateMailing($input: CreateMailingInput!) { createMailing(input: $input) {\n        __typename\n        ... on MailingPayload { mailing { id content { ... on NoticeContent { attachments { fileId } } } } }\n      } }\n"): (typeof documents)["\n  mutation UploadCreateMailing($input: CreateMailingInput!) { createMailing(input: $input) {\n        __typename\n        ... on MailingPayload { mailing { id content { ... on NoticeContent { attachments { fileId } } } } }\n      } }\n"];
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
export function graphql(source: "\n  query CatalogueNode($id: ID!) { node(id: $id) { __typename ... on PolicyMeasure { number title } } }\n"): (typeof documents)["\n  query CatalogueNode($id: ID!) { node(id: $id) { __typename ... on PolicyMeasure { number title } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Reference {\n          basicPolicies { number subItems { number } }\n          prefectures { code name region { name } }\n          designatedCities { name prefectureCode }\n          membershipCategories { code nameJa }\n          ministries { code name }\n          workingGroups { number title theme goals }\n        }\n      "): (typeof documents)["\n        query Reference {\n          basicPolicies { number subItems { number } }\n          prefectures { code name region { name } }\n          designatedCities { name prefectureCode }\n          membershipCategories { code nameJa }\n          ministries { code name }\n          workingGroups { number title theme goals }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdsCreateMailing($input: CreateMailingInput!) { createMailing(input: $input) {\n      ... on MailingPayload { mailing { id } } } }\n"): (typeof documents)["\n  mutation IdsCreateMailing($input: CreateMailingInput!) { createMailing(input: $input) {\n      ... on MailingPayload { mailing { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdsUpdateOrganizationProfile($input: UpdateOrganizationProfileInput!) {\n          updateOrganizationProfile(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation IdsUpdateOrganizationProfile($input: UpdateOrganizationProfileInput!) {\n          updateOrganizationProfile(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdsAddContact($input: AddContactInput!) { addContact(input: $input) {\n        ... on ContactPayload { contact { id } } } }\n"): (typeof documents)["\n  mutation IdsAddContact($input: AddContactInput!) { addContact(input: $input) {\n        ... on ContactPayload { contact { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdsRemoveContact($input: RemoveContactInput!) { removeContact(input: $input) {\n        ... on RemoveContactPayload { removedContactId } } }\n"): (typeof documents)["\n  mutation IdsRemoveContact($input: RemoveContactInput!) { removeContact(input: $input) {\n        ... on RemoveContactPayload { removedContactId } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query IdsMailing($id: ID!) { mailing(id: $id) { id previewUrl } }\n    "): (typeof documents)["\n      query IdsMailing($id: ID!) { mailing(id: $id) { id previewUrl } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query IdsAuditEvents($id: String!) { auditEvents(first: 50, targetId: $id) {\n      edges { node { action actorId targetType targetId } } } }\n    "): (typeof documents)["\n      query IdsAuditEvents($id: String!) { auditEvents(first: 50, targetId: $id) {\n      edges { node { action actorId targetType targetId } } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TotalCountPolicyMeasures2 { policyMeasures(first: 1) { ...Counted } } fragment Counted on QueryPolicyMeasuresConnection { totalCount }\n"): (typeof documents)["\n  query TotalCountPolicyMeasures2 { policyMeasures(first: 1) { ...Counted } } fragment Counted on QueryPolicyMeasuresConnection { totalCount }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TotalCountOrganizations { organizations(first: 100, filter: { prefectures: [\"13\"] }) { totalCount edges { node { id } } } }\n"): (typeof documents)["\n  query TotalCountOrganizations { organizations(first: 100, filter: { prefectures: [\"13\"] }) { totalCount edges { node { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TotalCountOrganizations2 { organizations(first: 1) { totalCount } }\n"): (typeof documents)["\n  query TotalCountOrganizations2 { organizations(first: 1) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TotalCountOrganizations3($after: String) { organizations(first: 100, after: $after, filter: { prefectures: [\"13\"] }) { totalCount edges { node { id } } } }\n"): (typeof documents)["\n  query TotalCountOrganizations3($after: String) { organizations(first: 100, after: $after, filter: { prefectures: [\"13\"] }) { totalCount edges { node { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TotalCountPolicyMeasures($after: String) { policyMeasures(first: 100, after: $after) { totalCount edges { cursor } } }\n    "): (typeof documents)["\n      query TotalCountPolicyMeasures($after: String) { policyMeasures(first: 100, after: $after) { totalCount edges { cursor } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientIpRegions { regions { code } }\n"): (typeof documents)["\n  query ClientIpRegions { regions { code } }\n"];
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
export function graphql(source: "\n  query UnsubscribeSuppressions { suppressions(first: 10, filter: { address: \"lift@bounce\" }) { totalCount edges { node { id reason source } } } }\n"): (typeof documents)["\n  query UnsubscribeSuppressions { suppressions(first: 10, filter: { address: \"lift@bounce\" }) { totalCount edges { node { id reason source } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeLiftSuppression($id: ID!) { liftSuppression(input: { suppressionId: $id, note: \"アドレス確認済み\" }) { __typename ... on Error { code } } }\n"): (typeof documents)["\n  mutation UnsubscribeLiftSuppression($id: ID!) { liftSuppression(input: { suppressionId: $id, note: \"アドレス確認済み\" }) { __typename ... on Error { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeLiftSuppression2($id: ID!) { liftSuppression(input: { suppressionId: $id }) { __typename ... on Error { code } } }\n"): (typeof documents)["\n  mutation UnsubscribeLiftSuppression2($id: ID!) { liftSuppression(input: { suppressionId: $id }) { __typename ... on Error { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalUpdateSettings($kinds: [MailingKind!]) {\n  updateSettings(input: { approvalRequiredKinds: $kinds }) { ... on SettingsPayload { settings { approvalRequiredKinds } } }\n  }\n"): (typeof documents)["\n  mutation ApprovalUpdateSettings($kinds: [MailingKind!]) {\n  updateSettings(input: { approvalRequiredKinds: $kinds }) { ... on SettingsPayload { settings { approvalRequiredKinds } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalSettings { settings { approvalRequiredKinds } }\n"): (typeof documents)["\n  query ApprovalSettings { settings { approvalRequiredKinds } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalUpdateSettings2 { updateSettings(input: {}) { __typename ... on ValidationFailedError { code problems { path message } } } }\n"): (typeof documents)["\n  mutation ApprovalUpdateSettings2 { updateSettings(input: {}) { __typename ... on ValidationFailedError { code problems { path message } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalMailings { mailings(filter: { awaitingApproval: true }, first: 50) { totalCount edges { node { id } } } }\n"): (typeof documents)["\n  query ApprovalMailings { mailings(filter: { awaitingApproval: true }, first: 50) { totalCount edges { node { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalMailings2 { mailings(filter: { awaitingApproval: false }, first: 100) { edges { node { id } } } }\n"): (typeof documents)["\n  query ApprovalMailings2 { mailings(filter: { awaitingApproval: false }, first: 100) { edges { node { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalMailings3($filter: MailingFilter) { mailings(filter: $filter, first: 20) { totalCount edges { node { id subject } } } }\n"): (typeof documents)["\n  query ApprovalMailings3($filter: MailingFilter) { mailings(filter: $filter, first: 20) { totalCount edges { node { id subject } } } }\n"];
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
export function graphql(source: "\n  query EachKindMailing($id: ID!) { mailing(id: $id) { kind preview { html text } } }\n"): (typeof documents)["\n  query EachKindMailing($id: ID!) { mailing(id: $id) { kind preview { html text } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EachKindArchive { archive(first: 50) { edges { node { kind title text } } } }\n"): (typeof documents)["\n  query EachKindArchive { archive(first: 50) { edges { node { kind title text } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EachKindMailingFields on Mailing { id version subject }\n"): (typeof documents)["\n  fragment EachKindMailingFields on Mailing { id version subject }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EachKindCreateMailing($input: CreateMailingInput!) {\n    result: createMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation EachKindCreateMailing($input: CreateMailingInput!) {\n    result: createMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EachKindCreateMeetingNotice($input: CreateMeetingNoticeInput!) {\n    result: createMeetingNotice(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation EachKindCreateMeetingNotice($input: CreateMeetingNoticeInput!) {\n    result: createMeetingNotice(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EachKindUpdateMailing($input: UpdateMailingInput!) {\n    result: updateMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation EachKindUpdateMailing($input: UpdateMailingInput!) {\n    result: updateMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EachKindSendTestMailing($input: SendTestMailingInput!) {\n    result: sendTestMailing(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation EachKindSendTestMailing($input: SendTestMailingInput!) {\n    result: sendTestMailing(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EachKindApproveMailing($input: ApproveMailingInput!) {\n    result: approveMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation EachKindApproveMailing($input: ApproveMailingInput!) {\n    result: approveMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EachKindSendMailing($input: SendMailingInput!) {\n    result: sendMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation EachKindSendMailing($input: SendMailingInput!) {\n    result: sendMailing(input: $input) {\n      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ApplicationsApplyForMembership($input: ApplyForMembershipInput!) {\n  applyForMembership(input: $input) {\n  __typename\n  ... on OrganizationPayload { organization { id name } }\n  ... on Error { code message }\n  }\n  }\n"): (typeof documents)["\n  mutation ApplicationsApplyForMembership($input: ApplyForMembershipInput!) {\n  applyForMembership(input: $input) {\n  __typename\n  ... on OrganizationPayload { organization { id name } }\n  ... on Error { code message }\n  }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsMembershipApplications { membershipApplications(first: 100) { edges { node { applicantEmail duplicateAddress } } } }\n"): (typeof documents)["\n  query ApplicationsMembershipApplications { membershipApplications(first: 100) { edges { node { applicantEmail duplicateAddress } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplicationsApproveApplication($id: ID!) { approveApplication(input: { organizationId: $id }) { __typename } }\n"): (typeof documents)["\n  mutation ApplicationsApproveApplication($id: ID!) { approveApplication(input: { organizationId: $id }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsOrganizations { organizations(first: 1, filter: { text: \"ひだまりてすと\" }) { totalCount } }\n"): (typeof documents)["\n  query ApplicationsOrganizations { organizations(first: 1, filter: { text: \"ひだまりてすと\" }) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplicationsApproveApplication2($id: ID!) { approveApplication(input: { organizationId: $id, joinedOn: \"2026-11-23\" }) { __typename ... on OrganizationPayload { organization { status joinedOn } } } }\n"): (typeof documents)["\n  mutation ApplicationsApproveApplication2($id: ID!) { approveApplication(input: { organizationId: $id, joinedOn: \"2026-11-23\" }) { __typename ... on OrganizationPayload { organization { status joinedOn } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsMembershipStats { membershipStats(asOf: \"2026-11-23\") { total } }\n"): (typeof documents)["\n  query ApplicationsMembershipStats { membershipStats(asOf: \"2026-11-23\") { total } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsMembershipStats2 { membershipStats(asOf: \"2026-11-22\") { total } }\n"): (typeof documents)["\n  query ApplicationsMembershipStats2 { membershipStats(asOf: \"2026-11-22\") { total } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplicationsRejectApplication($id: ID!) { rejectApplication(input: { organizationId: $id, reason: \"活動内容が確認できませんでした。\" }) { __typename } }\n"): (typeof documents)["\n  mutation ApplicationsRejectApplication($id: ID!) { rejectApplication(input: { organizationId: $id, reason: \"活動内容が確認できませんでした。\" }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsMembershipApplications2 { membershipApplications(first: 5, status: REJECTED) { edges { node { status rejectionReason } } } }\n"): (typeof documents)["\n  query ApplicationsMembershipApplications2 { membershipApplications(first: 5, status: REJECTED) { edges { node { status rejectionReason } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactPermissionsAddContact($org: ID!, $email: EmailAddress!) {\n  addContact(input: { organizationId: $org, name: \"山田 一郎\", email: $email }) {\n  __typename ... on ContactPayload { contact { id } }\n  }\n  }\n"): (typeof documents)["\n  mutation ContactPermissionsAddContact($org: ID!, $email: EmailAddress!) {\n  addContact(input: { organizationId: $org, name: \"山田 一郎\", email: $email }) {\n  __typename ... on ContactPayload { contact { id } }\n  }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactPermissionsUpdateContact($id: ID!, $name: String, $kinds: [OptOutMailKind!]) {\n  updateContact(input: { contactId: $id, name: $name, optedOutKinds: $kinds }) {\n  __typename ... on ContactPayload { contact { name optedOutKinds } }\n  }\n  }\n"): (typeof documents)["\n  mutation ContactPermissionsUpdateContact($id: ID!, $name: String, $kinds: [OptOutMailKind!]) {\n  updateContact(input: { contactId: $id, name: $name, optedOutKinds: $kinds }) {\n  __typename ... on ContactPayload { contact { name optedOutKinds } }\n  }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactPermissionsRemoveContact($id: ID!) {\n  removeContact(input: { contactId: $id }) { __typename }\n  }\n"): (typeof documents)["\n  mutation ContactPermissionsRemoveContact($id: ID!) {\n  removeContact(input: { contactId: $id }) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionRequestsDecided on DecisionRequest {\n    organization { id } requestedAt decision decidedAt decisionReason decidedBy { id }\n  }\n"): (typeof documents)["\n  fragment DecisionRequestsDecided on DecisionRequest {\n    organization { id } requestedAt decision decidedAt decisionReason decidedBy { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionRequestsInterface {\n    __type(name: \"DecisionRequest\") { kind possibleTypes { name } }\n  }\n"): (typeof documents)["\n  query DecisionRequestsInterface {\n    __type(name: \"DecisionRequest\") { kind possibleTypes { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionRequestsApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) {\n      __typename\n      ... on OrganizationPayload { organization { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation DecisionRequestsApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) {\n      __typename\n      ... on OrganizationPayload { organization { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionRequestsUpdateOrganizationProfile($id: ID!, $v: Int!, $d: String!) {\n    updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) {\n      __typename\n      ... on UpdateOrganizationProfilePayload { pendingChange { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation DecisionRequestsUpdateOrganizationProfile($id: ID!, $v: Int!, $d: String!) {\n    updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) {\n      __typename\n      ... on UpdateOrganizationProfilePayload { pendingChange { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionRequestsRequestToJoinWorkingGroup($input: WorkingGroupRequestInput!) {\n    requestToJoinWorkingGroup(input: $input) {\n      __typename\n      ... on WorkingGroupRequestPayload { request { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation DecisionRequestsRequestToJoinWorkingGroup($input: WorkingGroupRequestInput!) {\n    requestToJoinWorkingGroup(input: $input) {\n      __typename\n      ... on WorkingGroupRequestPayload { request { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionRequestsRequestToLeaveWorkingGroup($input: WorkingGroupRequestInput!) {\n    requestToLeaveWorkingGroup(input: $input) {\n      __typename\n      ... on WorkingGroupRequestPayload { request { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation DecisionRequestsRequestToLeaveWorkingGroup($input: WorkingGroupRequestInput!) {\n    requestToLeaveWorkingGroup(input: $input) {\n      __typename\n      ... on WorkingGroupRequestPayload { request { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionRequestsApproveApplication($id: ID!) {\n    approveApplication(input: { organizationId: $id }) { __typename }\n  }\n"): (typeof documents)["\n  mutation DecisionRequestsApproveApplication($id: ID!) {\n    approveApplication(input: { organizationId: $id }) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionRequestsRejectApplication($id: ID!, $reason: String!) {\n    rejectApplication(input: { organizationId: $id, reason: $reason }) { __typename }\n  }\n"): (typeof documents)["\n  mutation DecisionRequestsRejectApplication($id: ID!, $reason: String!) {\n    rejectApplication(input: { organizationId: $id, reason: $reason }) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionRequestsRequireReview {\n    updateSettings(input: { profileChangesRequireReview: true }) { __typename }\n  }\n"): (typeof documents)["\n  mutation DecisionRequestsRequireReview {\n    updateSettings(input: { profileChangesRequireReview: true }) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionRequestsApproveProfileChange($id: ID!) {\n    approveProfileChange(input: { requestId: $id }) { __typename }\n  }\n"): (typeof documents)["\n  mutation DecisionRequestsApproveProfileChange($id: ID!) {\n    approveProfileChange(input: { requestId: $id }) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionRequestsRejectProfileChange($id: ID!, $reason: String!) {\n    rejectProfileChange(input: { requestId: $id, reason: $reason }) { __typename }\n  }\n"): (typeof documents)["\n  mutation DecisionRequestsRejectProfileChange($id: ID!, $reason: String!) {\n    rejectProfileChange(input: { requestId: $id, reason: $reason }) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionRequestsWithdrawProfileChange($id: ID!) {\n    withdrawProfileChange(input: { requestId: $id }) { __typename }\n  }\n"): (typeof documents)["\n  mutation DecisionRequestsWithdrawProfileChange($id: ID!) {\n    withdrawProfileChange(input: { requestId: $id }) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionRequestsApproveWorkingGroupRequest($id: ID!) {\n    approveWorkingGroupRequest(input: { requestId: $id }) { __typename }\n  }\n"): (typeof documents)["\n  mutation DecisionRequestsApproveWorkingGroupRequest($id: ID!) {\n    approveWorkingGroupRequest(input: { requestId: $id }) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionRequestsDeclineWorkingGroupRequest($id: ID!, $reason: String!) {\n    declineWorkingGroupRequest(input: { requestId: $id, reason: $reason }) { __typename }\n  }\n"): (typeof documents)["\n  mutation DecisionRequestsDeclineWorkingGroupRequest($id: ID!, $reason: String!) {\n    declineWorkingGroupRequest(input: { requestId: $id, reason: $reason }) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionRequestsLists {\n    membershipApplications(first: 50) {\n      edges { node { org: organization { id } __typename ...DecisionRequestsDecided } }\n    }\n    profileChangeRequests(first: 50) {\n      edges { node { id status __typename ...DecisionRequestsDecided } }\n    }\n    workingGroupRequests(first: 50) {\n      edges { node { id status __typename ...DecisionRequestsDecided } }\n    }\n  }\n"): (typeof documents)["\n  query DecisionRequestsLists {\n    membershipApplications(first: 50) {\n      edges { node { org: organization { id } __typename ...DecisionRequestsDecided } }\n    }\n    profileChangeRequests(first: 50) {\n      edges { node { id status __typename ...DecisionRequestsDecided } }\n    }\n    workingGroupRequests(first: 50) {\n      edges { node { id status __typename ...DecisionRequestsDecided } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionRequestsCounts {\n    rejectedRequests: workingGroupRequests(decision: REJECTED, first: 1) { totalCount }\n    declinedRequests: workingGroupRequests(status: DECLINED, first: 1) { totalCount }\n    supersededRequests: workingGroupRequests(decision: SUPERSEDED, first: 1) { totalCount }\n    withdrawnApplications: membershipApplications(decision: WITHDRAWN, first: 1) { totalCount }\n    rejectedApplications: membershipApplications(decision: REJECTED, first: 1) { totalCount }\n    contradiction: profileChangeRequests(decision: PENDING, status: APPROVED, first: 1) { totalCount }\n    pendingChanges: profileChangeRequests(decision: PENDING, first: 1) { totalCount }\n    supersededChanges: profileChangeRequests(decision: SUPERSEDED, first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query DecisionRequestsCounts {\n    rejectedRequests: workingGroupRequests(decision: REJECTED, first: 1) { totalCount }\n    declinedRequests: workingGroupRequests(status: DECLINED, first: 1) { totalCount }\n    supersededRequests: workingGroupRequests(decision: SUPERSEDED, first: 1) { totalCount }\n    withdrawnApplications: membershipApplications(decision: WITHDRAWN, first: 1) { totalCount }\n    rejectedApplications: membershipApplications(decision: REJECTED, first: 1) { totalCount }\n    contradiction: profileChangeRequests(decision: PENDING, status: APPROVED, first: 1) { totalCount }\n    pendingChanges: profileChangeRequests(decision: PENDING, first: 1) { totalCount }\n    supersededChanges: profileChangeRequests(decision: SUPERSEDED, first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionRequestsOwnRequests {\n    viewer { organization { workingGroupRequests { __typename ...DecisionRequestsDecided } } }\n  }\n"): (typeof documents)["\n  query DecisionRequestsOwnRequests {\n    viewer { organization { workingGroupRequests { __typename ...DecisionRequestsDecided } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionRequestsPendingRequests {\n    workingGroupRequests(decision: PENDING, first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query DecisionRequestsPendingRequests {\n    workingGroupRequests(decision: PENDING, first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DesignatedCityNode($id: ID!) { node(id: $id) { ... on Organization {\n  prefecture { name }\n  designatedCity { code name kana nameEn prefectureCode prefecture { name } }\n  } } }\n"): (typeof documents)["\n  query DesignatedCityNode($id: ID!) { node(id: $id) { ... on Organization {\n  prefecture { name }\n  designatedCity { code name kana nameEn prefectureCode prefecture { name } }\n  } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DesignatedCityUpdateOrganizationProfile($input: UpdateOrganizationProfileInput!) {\n        updateOrganizationProfile(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation DesignatedCityUpdateOrganizationProfile($input: UpdateOrganizationProfileInput!) {\n        updateOrganizationProfile(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DesignatedCityApplyForMembership($input: ApplyForMembershipInput!) { applyForMembership(input: $input) {\n        __typename\n        ... on OrganizationPayload { organization { id } }\n        ... on ValidationFailedError { code problems { path message } }\n      } }\n"): (typeof documents)["\n  mutation DesignatedCityApplyForMembership($input: ApplyForMembershipInput!) { applyForMembership(input: $input) {\n        __typename\n        ... on OrganizationPayload { organization { id } }\n        ... on ValidationFailedError { code problems { path message } }\n      } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryOrganizations($f: OrganizationFilter, $o: OrganizationOrder, $n: Int) { organizations(first: $n, filter: $f, orderBy: $o) { totalCount edges { node { name nameKana } } } }\n"): (typeof documents)["\n  query DirectoryOrganizations($f: OrganizationFilter, $o: OrganizationOrder, $n: Int) { organizations(first: $n, filter: $f, orderBy: $o) { totalCount edges { node { name nameKana } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryOrganizations3 { organizations(first: 100, orderBy: PREFECTURE) { edges { node { prefecture { code } } } } }\n"): (typeof documents)["\n  query DirectoryOrganizations3 { organizations(first: 100, orderBy: PREFECTURE) { edges { node { prefecture { code } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryOrganizations4 { organizations(first: 100, orderBy: JOINED_ON) { edges { node { joinedOn } } } }\n"): (typeof documents)["\n  query DirectoryOrganizations4 { organizations(first: 100, orderBy: JOINED_ON) { edges { node { joinedOn } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryOrganizations5 { organizations(first: 100, filter: { prefectures: [\"13\"] }) { edges { node { name prefecture { code name } workingGroups { number title } } } } }\n"): (typeof documents)["\n  query DirectoryOrganizations5 { organizations(first: 100, filter: { prefectures: [\"13\"] }) { edges { node { name prefecture { code name } workingGroups { number title } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DirectoryNode($id: ID!) { node(id: $id) { __typename ... on Organization { website } } }\n    "): (typeof documents)["\n      query DirectoryNode($id: ID!) { node(id: $id) { __typename ... on Organization { website } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DirectoryNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n    "): (typeof documents)["\n      query DirectoryNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DirectoryOrganizations2($n: Int!) { organizations(first: $n) { totalCount edges { node {\n    name prefecture { name region { name } } workingGroups { number title } workingGroupMemberships { role }\n    boardSeat { role }\n    contactCount contacts { email } } } } }\n  "): (typeof documents)["\n    query DirectoryOrganizations2($n: Int!) { organizations(first: $n) { totalCount edges { node {\n    name prefecture { name region { name } } workingGroups { number title } workingGroupMemberships { role }\n    boardSeat { role }\n    contactCount contacts { email } } } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GojuonOrderOrganizations($after: String) { organizations(first: 5, after: $after, orderBy: KANA) { edges { node { nameKana } } pageInfo { hasNextPage endCursor } } }\n"): (typeof documents)["\n  query GojuonOrderOrganizations($after: String) { organizations(first: 5, after: $after, orderBy: KANA) { edges { node { nameKana } } pageInfo { hasNextPage endCursor } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberPortalUpdateOrganizationProfile($id: ID!, $v: Int!) {\n  updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: \"取り下げる説明\" }) {\n  __typename ... on UpdateOrganizationProfilePayload { pendingChange { id } }\n  }\n  }\n"): (typeof documents)["\n  mutation MemberPortalUpdateOrganizationProfile($id: ID!, $v: Int!) {\n  updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: \"取り下げる説明\" }) {\n  __typename ... on UpdateOrganizationProfilePayload { pendingChange { id } }\n  }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberPortalWithdrawProfileChange($id: ID!) {\n  withdrawProfileChange(input: { requestId: $id }) {\n  __typename\n  ... on DecideProfileChangePayload { request { status } organization { pendingProfileChange { id } } }\n  ... on Error { code }\n  }\n  }\n"): (typeof documents)["\n  mutation MemberPortalWithdrawProfileChange($id: ID!) {\n  withdrawProfileChange(input: { requestId: $id }) {\n  __typename\n  ... on DecideProfileChangePayload { request { status } organization { pendingProfileChange { id } } }\n  ... on Error { code }\n  }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberPortalUpdateSettings { updateSettings(input: { profileChangesRequireReview: true }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }\n"): (typeof documents)["\n  mutation MemberPortalUpdateSettings { updateSettings(input: { profileChangesRequireReview: true }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberPortalApproveProfileChange($id: ID!) { approveProfileChange(input: { requestId: $id }) { __typename } }\n"): (typeof documents)["\n  mutation MemberPortalApproveProfileChange($id: ID!) { approveProfileChange(input: { requestId: $id }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPortalWorkingGroupRequests { workingGroupRequests(first: 5, status: PENDING) { edges { node { requestReason } } } }\n"): (typeof documents)["\n  query MemberPortalWorkingGroupRequests { workingGroupRequests(first: 5, status: PENDING) { edges { node { requestReason } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MemberPortalRequestToJoinWorkingGroup($id: ID!, $g: Int!, $reason: String) {\n    requestToJoinWorkingGroup(input: { organizationId: $id, workingGroup: $g, reason: $reason }) {\n    __typename\n    ... on WorkingGroupRequestPayload { request { status requestReason reason } }\n    }\n    }\n  "): (typeof documents)["\n    mutation MemberPortalRequestToJoinWorkingGroup($id: ID!, $g: Int!, $reason: String) {\n    requestToJoinWorkingGroup(input: { organizationId: $id, workingGroup: $g, reason: $reason }) {\n    __typename\n    ... on WorkingGroupRequestPayload { request { status requestReason reason } }\n    }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MemberPortalApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) { __typename ... on OrganizationPayload { organization { name } } }\n    }\n  "): (typeof documents)["\n    mutation MemberPortalApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) { __typename ... on OrganizationPayload { organization { name } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembershipChangeMembershipStatus($id: ID!, $status: MemberStatusChange!, $v: Int!, $on: Date) {\n  changeMembershipStatus(input: { organizationId: $id, status: $status, expectedVersion: $v, effectiveOn: $on }) {\n  __typename\n  ... on OrganizationPayload { organization { status version } }\n  ... on Error { code message }\n  }\n  }\n"): (typeof documents)["\n  mutation MembershipChangeMembershipStatus($id: ID!, $status: MemberStatusChange!, $v: Int!, $on: Date) {\n  changeMembershipStatus(input: { organizationId: $id, status: $status, expectedVersion: $v, effectiveOn: $on }) {\n  __typename\n  ... on OrganizationPayload { organization { status version } }\n  ... on Error { code message }\n  }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipMembershipStats($d: Date) { membershipStats(asOf: $d) { regular total } }\n"): (typeof documents)["\n  query MembershipMembershipStats($d: Date) { membershipStats(asOf: $d) { regular total } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembershipChangeMembershipCategory($id: ID!, $v: Int!) { changeMembershipCategory(input: { organizationId: $id, category: REGULAR, expectedVersion: $v, effectiveOn: \"2026-11-05\" }) { __typename } }\n"): (typeof documents)["\n  mutation MembershipChangeMembershipCategory($id: ID!, $v: Int!) { changeMembershipCategory(input: { organizationId: $id, category: REGULAR, expectedVersion: $v, effectiveOn: \"2026-11-05\" }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipMembershipSeries { membershipSeries(from: \"2025-04-01\", to: \"2025-06-30\") { asOf regular supporting total } }\n"): (typeof documents)["\n  query MembershipMembershipSeries { membershipSeries(from: \"2025-04-01\", to: \"2025-06-30\") { asOf regular supporting total } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipMembershipStats2 { membershipStats(asOf: \"2025-05-31\") { regular supporting total } }\n"): (typeof documents)["\n  query MembershipMembershipStats2 { membershipStats(asOf: \"2025-05-31\") { regular supporting total } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipMembershipSeries2 { membershipSeries(from: \"2010-01-01\", to: \"2025-06-30\") { asOf } }\n"): (typeof documents)["\n  query MembershipMembershipSeries2 { membershipSeries(from: \"2010-01-01\", to: \"2025-06-30\") { asOf } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsRejectProfileChange($id: ID!, $reason: String!) { rejectProfileChange(input: { requestId: $id, reason: $reason }) { __typename } }\n"): (typeof documents)["\n  mutation NotificationsRejectProfileChange($id: ID!, $reason: String!) { rejectProfileChange(input: { requestId: $id, reason: $reason }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsApproveProfileChange($id: ID!) { approveProfileChange(input: { requestId: $id }) { __typename } }\n"): (typeof documents)["\n  mutation NotificationsApproveProfileChange($id: ID!) { approveProfileChange(input: { requestId: $id }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsRequestToJoinWorkingGroup($id: ID!, $g: Int!) { requestToJoinWorkingGroup(input: { organizationId: $id, workingGroup: $g }) { __typename ... on WorkingGroupRequestPayload { request { id } } } }\n"): (typeof documents)["\n  mutation NotificationsRequestToJoinWorkingGroup($id: ID!, $g: Int!) { requestToJoinWorkingGroup(input: { organizationId: $id, workingGroup: $g }) { __typename ... on WorkingGroupRequestPayload { request { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsSetWorkingGroupMembership($id: ID!, $g: Int!, $r: WorkingGroupRole) { setWorkingGroupMembership(input: { organizationId: $id, workingGroup: $g, role: $r, effectiveOn: \"2026-12-10\" }) { __typename } }\n"): (typeof documents)["\n  mutation NotificationsSetWorkingGroupMembership($id: ID!, $g: Int!, $r: WorkingGroupRole) { setWorkingGroupMembership(input: { organizationId: $id, workingGroup: $g, role: $r, effectiveOn: \"2026-12-10\" }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsUpdateSettings { updateSettings(input: { profileChangesRequireReview: true }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }\n"): (typeof documents)["\n  mutation NotificationsUpdateSettings { updateSettings(input: { profileChangesRequireReview: true }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsUpdateOrganizationProfile($id: ID!, $v: Int!, $d: String!) {\n      updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) {\n        ... on UpdateOrganizationProfilePayload { pendingChange { id } }\n      }\n    }\n"): (typeof documents)["\n  mutation NotificationsUpdateOrganizationProfile($id: ID!, $v: Int!, $d: String!) {\n      updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) {\n        ... on UpdateOrganizationProfilePayload { pendingChange { id } }\n      }\n    }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsApproveWorkingGroupRequest($id: ID!) { approveWorkingGroupRequest(input: { requestId: $id, effectiveOn: \"2026-12-01\" }) { __typename } }\n"): (typeof documents)["\n  mutation NotificationsApproveWorkingGroupRequest($id: ID!) { approveWorkingGroupRequest(input: { requestId: $id, effectiveOn: \"2026-12-01\" }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsDeclineWorkingGroupRequest($id: ID!) { declineWorkingGroupRequest(input: { requestId: $id, reason: \"今年度の募集は締め切りました\" }) { __typename } }\n"): (typeof documents)["\n  mutation NotificationsDeclineWorkingGroupRequest($id: ID!) { declineWorkingGroupRequest(input: { requestId: $id, reason: \"今年度の募集は締め切りました\" }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsUpdateOrganizationProfile2($id: ID!, $v: Int!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: \"事務局が先に修正\" }) { __typename } }\n"): (typeof documents)["\n  mutation NotificationsUpdateOrganizationProfile2($id: ID!, $v: Int!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: \"事務局が先に修正\" }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationTypesOrganizationTypesInUse { organizationTypesInUse }\n"): (typeof documents)["\n  query OrganizationTypesOrganizationTypesInUse { organizationTypesInUse }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationTypesOrganizations { organizations(first: 100, filter: { organizationTypes: [\"認定NPO法人\"] }) { totalCount edges { node { organizationType } } } }\n"): (typeof documents)["\n  query OrganizationTypesOrganizations { organizations(first: 100, filter: { organizationTypes: [\"認定NPO法人\"] }) { totalCount edges { node { organizationType } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedRulesAddContact($input: AddContactInput!) {\n    addContact(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation SharedRulesAddContact($input: AddContactInput!) {\n    addContact(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedRulesApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation SharedRulesApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) { __typename }\n  }\n"];
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
export function graphql(source: "\n  query Prefs { prefectures { code } }\n"): (typeof documents)["\n  query Prefs { prefectures { code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsRegions { regions { code } }\n"): (typeof documents)["\n  query MetricsRegions { regions { code } }\n"];
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
export function graphql(source: "\n  query MeetingRepliesNode($id: ID!) { node(id: $id) { ... on Meeting {\n  responses { invited attend absent proxy noReply }\n  quorum { invited present required reached }\n  } } }\n"): (typeof documents)["\n  query MeetingRepliesNode($id: ID!) { node(id: $id) { ... on Meeting {\n  responses { invited attend absent proxy noReply }\n  quorum { invited present required reached }\n  } } }\n"];
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