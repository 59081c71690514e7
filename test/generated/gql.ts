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
    "\n  mutation DraftsCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { id subject status version } }\n      ... on DuplicateIssueNumberError { code message path issueNumber existingMailing { id subject } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.DraftsCreateMailingDocument,
    "\n  mutation DraftsUpdateMailing($input: UpdateMailingInput!) {\n    updateMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { id subject status version } }\n      ... on DuplicateIssueNumberError { code message path issueNumber existingMailing { id subject } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.DraftsUpdateMailingDocument,
    "\n  query DraftsNextIssueNumber {\n    nextNewsletterIssueNumber\n  }\n": typeof types.DraftsNextIssueNumberDocument,
    "\n  mutation DraftsDeleteMailing($input: DeleteMailingInput!) {\n    deleteMailing(input: $input) {\n      __typename\n      ... on DeleteMailingPayload { deletedMailingId }\n      ... on Error { code message }\n    }\n  }\n": typeof types.DraftsDeleteMailingDocument,
    "\n  mutation DraftsCancelMailing($input: MailingIdInput!) {\n    cancelMailing(input: $input) { __typename }\n  }\n": typeof types.DraftsCancelMailingDocument,
    "\n  mutation DraftsSendMailing($input: SendMailingInput!) {\n    sendMailing(input: $input) { __typename }\n  }\n": typeof types.DraftsSendMailingDocument,
    "\n  mutation DraftsScheduleMailing($input: ScheduleMailingInput!) {\n    scheduleMailing(input: $input) { __typename }\n  }\n": typeof types.DraftsScheduleMailingDocument,
    "\n  mutation DraftsDeleteFile($id: ID!) {\n    deleteFile(input: { fileId: $id }) { __typename }\n  }\n": typeof types.DraftsDeleteFileDocument,
    "\n  query DraftsMailing($id: ID!) {\n    mailing(id: $id) { id version }\n  }\n": typeof types.DraftsMailingDocument,
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
    "\n  mutation DraftsCreateMailing($input: CreateMailingInput!) {\n    createMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { id subject status version } }\n      ... on DuplicateIssueNumberError { code message path issueNumber existingMailing { id subject } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n": types.DraftsCreateMailingDocument,
    "\n  mutation DraftsUpdateMailing($input: UpdateMailingInput!) {\n    updateMailing(input: $input) {\n      __typename\n      ... on MailingPayload { mailing { id subject status version } }\n      ... on DuplicateIssueNumberError { code message path issueNumber existingMailing { id subject } }\n      ... on ValidationFailedError { problems { path message } }\n      ... on Error { code message }\n    }\n  }\n": types.DraftsUpdateMailingDocument,
    "\n  query DraftsNextIssueNumber {\n    nextNewsletterIssueNumber\n  }\n": types.DraftsNextIssueNumberDocument,
    "\n  mutation DraftsDeleteMailing($input: DeleteMailingInput!) {\n    deleteMailing(input: $input) {\n      __typename\n      ... on DeleteMailingPayload { deletedMailingId }\n      ... on Error { code message }\n    }\n  }\n": types.DraftsDeleteMailingDocument,
    "\n  mutation DraftsCancelMailing($input: MailingIdInput!) {\n    cancelMailing(input: $input) { __typename }\n  }\n": types.DraftsCancelMailingDocument,
    "\n  mutation DraftsSendMailing($input: SendMailingInput!) {\n    sendMailing(input: $input) { __typename }\n  }\n": types.DraftsSendMailingDocument,
    "\n  mutation DraftsScheduleMailing($input: ScheduleMailingInput!) {\n    scheduleMailing(input: $input) { __typename }\n  }\n": types.DraftsScheduleMailingDocument,
    "\n  mutation DraftsDeleteFile($id: ID!) {\n    deleteFile(input: { fileId: $id }) { __typename }\n  }\n": types.DraftsDeleteFileDocument,
    "\n  query DraftsMailing($id: ID!) {\n    mailing(id: $id) { id version }\n  }\n": types.DraftsMailingDocument,
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