/* eslint-disable */
import * as types from './graphql.js';



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
    "\n  query AdminViewer {\n    viewer {\n      kind\n      account {\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.AdminViewerDocument,
    "\n  query AdminDashboard($recentSent: Int!) {\n    awaitingApproval: mailings(filter: { awaitingApproval: true }, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          subject\n          createdAt\n          previewUrl\n        }\n      }\n    }\n    applications: membershipApplications(status: PENDING, first: 1) {\n      totalCount\n    }\n    profileChanges: profileChangeRequests(status: PENDING, first: 1) {\n      totalCount\n    }\n    workingGroupRequests(status: PENDING, first: 1) {\n      totalCount\n    }\n    sent: mailings(filter: { statuses: [SENDING, SENT] }, first: $recentSent) {\n      edges {\n        node {\n          id\n          subject\n          replySummary {\n            organizations\n            notYet\n          }\n        }\n      }\n    }\n    bounces: suppressions(filter: { reasons: [HARD_BOUNCE, COMPLAINT] }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.AdminDashboardDocument,
    "\n  query ApplyReference {\n    membershipCategories {\n      code\n      nameJa\n      descriptionJa\n    }\n    prefectures {\n      code\n      name\n    }\n  }\n": typeof types.ApplyReferenceDocument,
    "\n  mutation ApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) {\n      __typename\n      ... on ValidationFailedError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on RateLimitedError {\n        retryAfterSeconds\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.ApplyForMembershipDocument,
    "\n  query MemberContacts {\n    viewer {\n      organization {\n        id\n        contacts {\n          id\n          name\n          nameKana\n          email\n          phone\n          roles\n          isPrimary\n          emailStatus\n          optedOutKinds\n        }\n      }\n    }\n  }\n": typeof types.MemberContactsDocument,
    "\n  mutation MemberAddContact($input: AddContactInput!) {\n    addContact(input: $input) {\n      __typename\n      ... on ValidationFailedError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.MemberAddContactDocument,
    "\n  mutation MemberUpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      __typename\n      ... on ValidationFailedError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.MemberUpdateContactDocument,
    "\n  mutation MemberRemoveContact($input: RemoveContactInput!) {\n    removeContact(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.MemberRemoveContactDocument,
    "\n  query MemberViewer {\n    viewer {\n      kind\n      account {\n        id\n        displayName\n        isOrganizationAdmin\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MemberViewerDocument,
    "\n  query MemberNotices {\n    viewer {\n      organization {\n        id\n        receivedNotices(first: 50) {\n          totalCount\n          edges {\n            node {\n              mailingId\n              subject\n              sentAt\n              replyRequest {\n                deadline\n                question\n                answerRequired\n              }\n              acknowledgement {\n                acknowledgedAt\n                answer\n                late\n              }\n            }\n          }\n        }\n      }\n    }\n    meetings(first: 50, order: STARTS_AT_DESC) {\n      edges {\n        node {\n          id\n          title\n          body\n          startsAt\n          place\n          onlineUrl\n          status\n          allowsProxy\n          repliesOpen\n          ownResponse {\n            response\n            proxyHolderName\n            proxyHolder {\n              name\n            }\n          }\n        }\n      }\n    }\n    newsletters: archive(first: 5, kind: NEWSLETTER) {\n      edges {\n        node {\n          id\n          title\n          issuedOn\n          url\n        }\n      }\n    }\n    visitReports: archive(first: 5, kind: VISIT_REPORT) {\n      edges {\n        node {\n          id\n          title\n          issuedOn\n          url\n        }\n      }\n    }\n  }\n": typeof types.MemberNoticesDocument,
    "\n  mutation MemberAcknowledge($input: AcknowledgeMailingInput!) {\n    acknowledgeMailing(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.MemberAcknowledgeDocument,
    "\n  mutation MemberRespondToMeeting($input: RespondToMeetingInput!) {\n    respondToMeeting(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.MemberRespondToMeetingDocument,
    "\n  query MemberOrganization {\n    viewer {\n      organization {\n        id\n        name\n        nameKana\n        category\n        status\n        organizationType\n        scope\n        website\n        description\n        fieldsOfActivity\n        publishedFields\n        version\n        joinedOn\n        prefecture {\n          name\n        }\n        pendingProfileChange {\n          id\n          createdAt\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberOrganizationDocument,
    "\n  mutation MemberUpdateProfile($input: UpdateOrganizationProfileInput!) {\n    updateOrganizationProfile(input: $input) {\n      __typename\n      ... on UpdateOrganizationProfilePayload {\n        pendingChange {\n          id\n        }\n      }\n      ... on ValidationFailedError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.MemberUpdateProfileDocument,
    "\n  mutation MemberWithdrawProfileChange($input: WithdrawProfileChangeInput!) {\n    withdrawProfileChange(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.MemberWithdrawProfileChangeDocument,
    "\n  query MemberUsers {\n    viewer {\n      organization {\n        id\n        users {\n          id\n          displayName\n          email\n          isOrganizationAdmin\n          lastSignInAt\n          disabled\n        }\n      }\n    }\n  }\n": typeof types.MemberUsersDocument,
    "\n  mutation MemberInviteUser($input: InviteOrganizationUserInput!) {\n    inviteOrganizationUser(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.MemberInviteUserDocument,
    "\n  mutation MemberRemoveUser($input: RemoveOrganizationUserInput!) {\n    removeOrganizationUser(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.MemberRemoveUserDocument,
    "\n  query MemberWorkingGroups {\n    workingGroups {\n      number\n      title\n      theme\n    }\n    viewer {\n      organization {\n        id\n        workingGroupMemberships {\n          role\n          joinedOn\n          workingGroup {\n            number\n          }\n        }\n        workingGroupRequests {\n          id\n          kind\n          status\n          reason\n          requestReason\n          createdAt\n          workingGroup {\n            number\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberWorkingGroupsDocument,
    "\n  mutation MemberRequestJoin($input: WorkingGroupRequestInput!) {\n    requestToJoinWorkingGroup(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.MemberRequestJoinDocument,
    "\n  mutation MemberRequestLeave($input: WorkingGroupRequestInput!) {\n    requestToLeaveWorkingGroup(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.MemberRequestLeaveDocument,
    "\n  mutation SignOut {\n    signOut {\n      __typename\n    }\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  query AdminViewer {\n    viewer {\n      kind\n      account {\n        displayName\n        role\n      }\n    }\n  }\n": types.AdminViewerDocument,
    "\n  query AdminDashboard($recentSent: Int!) {\n    awaitingApproval: mailings(filter: { awaitingApproval: true }, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          subject\n          createdAt\n          previewUrl\n        }\n      }\n    }\n    applications: membershipApplications(status: PENDING, first: 1) {\n      totalCount\n    }\n    profileChanges: profileChangeRequests(status: PENDING, first: 1) {\n      totalCount\n    }\n    workingGroupRequests(status: PENDING, first: 1) {\n      totalCount\n    }\n    sent: mailings(filter: { statuses: [SENDING, SENT] }, first: $recentSent) {\n      edges {\n        node {\n          id\n          subject\n          replySummary {\n            organizations\n            notYet\n          }\n        }\n      }\n    }\n    bounces: suppressions(filter: { reasons: [HARD_BOUNCE, COMPLAINT] }, first: 1) {\n      totalCount\n    }\n  }\n": types.AdminDashboardDocument,
    "\n  query ApplyReference {\n    membershipCategories {\n      code\n      nameJa\n      descriptionJa\n    }\n    prefectures {\n      code\n      name\n    }\n  }\n": types.ApplyReferenceDocument,
    "\n  mutation ApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) {\n      __typename\n      ... on ValidationFailedError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on RateLimitedError {\n        retryAfterSeconds\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.ApplyForMembershipDocument,
    "\n  query MemberContacts {\n    viewer {\n      organization {\n        id\n        contacts {\n          id\n          name\n          nameKana\n          email\n          phone\n          roles\n          isPrimary\n          emailStatus\n          optedOutKinds\n        }\n      }\n    }\n  }\n": types.MemberContactsDocument,
    "\n  mutation MemberAddContact($input: AddContactInput!) {\n    addContact(input: $input) {\n      __typename\n      ... on ValidationFailedError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.MemberAddContactDocument,
    "\n  mutation MemberUpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      __typename\n      ... on ValidationFailedError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.MemberUpdateContactDocument,
    "\n  mutation MemberRemoveContact($input: RemoveContactInput!) {\n    removeContact(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.MemberRemoveContactDocument,
    "\n  query MemberViewer {\n    viewer {\n      kind\n      account {\n        id\n        displayName\n        isOrganizationAdmin\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.MemberViewerDocument,
    "\n  query MemberNotices {\n    viewer {\n      organization {\n        id\n        receivedNotices(first: 50) {\n          totalCount\n          edges {\n            node {\n              mailingId\n              subject\n              sentAt\n              replyRequest {\n                deadline\n                question\n                answerRequired\n              }\n              acknowledgement {\n                acknowledgedAt\n                answer\n                late\n              }\n            }\n          }\n        }\n      }\n    }\n    meetings(first: 50, order: STARTS_AT_DESC) {\n      edges {\n        node {\n          id\n          title\n          body\n          startsAt\n          place\n          onlineUrl\n          status\n          allowsProxy\n          repliesOpen\n          ownResponse {\n            response\n            proxyHolderName\n            proxyHolder {\n              name\n            }\n          }\n        }\n      }\n    }\n    newsletters: archive(first: 5, kind: NEWSLETTER) {\n      edges {\n        node {\n          id\n          title\n          issuedOn\n          url\n        }\n      }\n    }\n    visitReports: archive(first: 5, kind: VISIT_REPORT) {\n      edges {\n        node {\n          id\n          title\n          issuedOn\n          url\n        }\n      }\n    }\n  }\n": types.MemberNoticesDocument,
    "\n  mutation MemberAcknowledge($input: AcknowledgeMailingInput!) {\n    acknowledgeMailing(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.MemberAcknowledgeDocument,
    "\n  mutation MemberRespondToMeeting($input: RespondToMeetingInput!) {\n    respondToMeeting(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.MemberRespondToMeetingDocument,
    "\n  query MemberOrganization {\n    viewer {\n      organization {\n        id\n        name\n        nameKana\n        category\n        status\n        organizationType\n        scope\n        website\n        description\n        fieldsOfActivity\n        publishedFields\n        version\n        joinedOn\n        prefecture {\n          name\n        }\n        pendingProfileChange {\n          id\n          createdAt\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": types.MemberOrganizationDocument,
    "\n  mutation MemberUpdateProfile($input: UpdateOrganizationProfileInput!) {\n    updateOrganizationProfile(input: $input) {\n      __typename\n      ... on UpdateOrganizationProfilePayload {\n        pendingChange {\n          id\n        }\n      }\n      ... on ValidationFailedError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.MemberUpdateProfileDocument,
    "\n  mutation MemberWithdrawProfileChange($input: WithdrawProfileChangeInput!) {\n    withdrawProfileChange(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.MemberWithdrawProfileChangeDocument,
    "\n  query MemberUsers {\n    viewer {\n      organization {\n        id\n        users {\n          id\n          displayName\n          email\n          isOrganizationAdmin\n          lastSignInAt\n          disabled\n        }\n      }\n    }\n  }\n": types.MemberUsersDocument,
    "\n  mutation MemberInviteUser($input: InviteOrganizationUserInput!) {\n    inviteOrganizationUser(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.MemberInviteUserDocument,
    "\n  mutation MemberRemoveUser($input: RemoveOrganizationUserInput!) {\n    removeOrganizationUser(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.MemberRemoveUserDocument,
    "\n  query MemberWorkingGroups {\n    workingGroups {\n      number\n      title\n      theme\n    }\n    viewer {\n      organization {\n        id\n        workingGroupMemberships {\n          role\n          joinedOn\n          workingGroup {\n            number\n          }\n        }\n        workingGroupRequests {\n          id\n          kind\n          status\n          reason\n          requestReason\n          createdAt\n          workingGroup {\n            number\n          }\n        }\n      }\n    }\n  }\n": types.MemberWorkingGroupsDocument,
    "\n  mutation MemberRequestJoin($input: WorkingGroupRequestInput!) {\n    requestToJoinWorkingGroup(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.MemberRequestJoinDocument,
    "\n  mutation MemberRequestLeave($input: WorkingGroupRequestInput!) {\n    requestToLeaveWorkingGroup(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.MemberRequestLeaveDocument,
    "\n  mutation SignOut {\n    signOut {\n      __typename\n    }\n  }\n": types.SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminViewer {\n    viewer {\n      kind\n      account {\n        displayName\n        role\n      }\n    }\n  }\n"): typeof import('./graphql.js').AdminViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDashboard($recentSent: Int!) {\n    awaitingApproval: mailings(filter: { awaitingApproval: true }, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          subject\n          createdAt\n          previewUrl\n        }\n      }\n    }\n    applications: membershipApplications(status: PENDING, first: 1) {\n      totalCount\n    }\n    profileChanges: profileChangeRequests(status: PENDING, first: 1) {\n      totalCount\n    }\n    workingGroupRequests(status: PENDING, first: 1) {\n      totalCount\n    }\n    sent: mailings(filter: { statuses: [SENDING, SENT] }, first: $recentSent) {\n      edges {\n        node {\n          id\n          subject\n          replySummary {\n            organizations\n            notYet\n          }\n        }\n      }\n    }\n    bounces: suppressions(filter: { reasons: [HARD_BOUNCE, COMPLAINT] }, first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').AdminDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplyReference {\n    membershipCategories {\n      code\n      nameJa\n      descriptionJa\n    }\n    prefectures {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql.js').ApplyReferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) {\n      __typename\n      ... on ValidationFailedError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on RateLimitedError {\n        retryAfterSeconds\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApplyForMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberContacts {\n    viewer {\n      organization {\n        id\n        contacts {\n          id\n          name\n          nameKana\n          email\n          phone\n          roles\n          isPrimary\n          emailStatus\n          optedOutKinds\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MemberContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberAddContact($input: AddContactInput!) {\n    addContact(input: $input) {\n      __typename\n      ... on ValidationFailedError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').MemberAddContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberUpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      __typename\n      ... on ValidationFailedError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').MemberUpdateContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberRemoveContact($input: RemoveContactInput!) {\n    removeContact(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').MemberRemoveContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberViewer {\n    viewer {\n      kind\n      account {\n        id\n        displayName\n        isOrganizationAdmin\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').MemberViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberNotices {\n    viewer {\n      organization {\n        id\n        receivedNotices(first: 50) {\n          totalCount\n          edges {\n            node {\n              mailingId\n              subject\n              sentAt\n              replyRequest {\n                deadline\n                question\n                answerRequired\n              }\n              acknowledgement {\n                acknowledgedAt\n                answer\n                late\n              }\n            }\n          }\n        }\n      }\n    }\n    meetings(first: 50, order: STARTS_AT_DESC) {\n      edges {\n        node {\n          id\n          title\n          body\n          startsAt\n          place\n          onlineUrl\n          status\n          allowsProxy\n          repliesOpen\n          ownResponse {\n            response\n            proxyHolderName\n            proxyHolder {\n              name\n            }\n          }\n        }\n      }\n    }\n    newsletters: archive(first: 5, kind: NEWSLETTER) {\n      edges {\n        node {\n          id\n          title\n          issuedOn\n          url\n        }\n      }\n    }\n    visitReports: archive(first: 5, kind: VISIT_REPORT) {\n      edges {\n        node {\n          id\n          title\n          issuedOn\n          url\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MemberNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberAcknowledge($input: AcknowledgeMailingInput!) {\n    acknowledgeMailing(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').MemberAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberRespondToMeeting($input: RespondToMeetingInput!) {\n    respondToMeeting(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').MemberRespondToMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberOrganization {\n    viewer {\n      organization {\n        id\n        name\n        nameKana\n        category\n        status\n        organizationType\n        scope\n        website\n        description\n        fieldsOfActivity\n        publishedFields\n        version\n        joinedOn\n        prefecture {\n          name\n        }\n        pendingProfileChange {\n          id\n          createdAt\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MemberOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberUpdateProfile($input: UpdateOrganizationProfileInput!) {\n    updateOrganizationProfile(input: $input) {\n      __typename\n      ... on UpdateOrganizationProfilePayload {\n        pendingChange {\n          id\n        }\n      }\n      ... on ValidationFailedError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').MemberUpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberWithdrawProfileChange($input: WithdrawProfileChangeInput!) {\n    withdrawProfileChange(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').MemberWithdrawProfileChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberUsers {\n    viewer {\n      organization {\n        id\n        users {\n          id\n          displayName\n          email\n          isOrganizationAdmin\n          lastSignInAt\n          disabled\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MemberUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberInviteUser($input: InviteOrganizationUserInput!) {\n    inviteOrganizationUser(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').MemberInviteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberRemoveUser($input: RemoveOrganizationUserInput!) {\n    removeOrganizationUser(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').MemberRemoveUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberWorkingGroups {\n    workingGroups {\n      number\n      title\n      theme\n    }\n    viewer {\n      organization {\n        id\n        workingGroupMemberships {\n          role\n          joinedOn\n          workingGroup {\n            number\n          }\n        }\n        workingGroupRequests {\n          id\n          kind\n          status\n          reason\n          requestReason\n          createdAt\n          workingGroup {\n            number\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MemberWorkingGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberRequestJoin($input: WorkingGroupRequestInput!) {\n    requestToJoinWorkingGroup(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').MemberRequestJoinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberRequestLeave($input: WorkingGroupRequestInput!) {\n    requestToLeaveWorkingGroup(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').MemberRequestLeaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').SignOutDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
