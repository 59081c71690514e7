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
    "\n  query Stats($asOf: Date) {\n    membershipStats(asOf: $asOf) { asOf regular supporting cooperating total }\n  }\n": typeof types.StatsDocument,
    "\n  query Measure($number: Int!) {\n    policyMeasure(number: $number) {\n      id\n      number\n      title\n      page\n      ministries { code name }\n      subMeasures { title ministries { code } }\n      placements { kind basicPolicy { number } subItem { number symbol } }\n    }\n  }\n": typeof types.MeasureDocument,
    "\n  query Measures($first: Int, $after: String, $filter: PolicyMeasureFilter) {\n    policyMeasures(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number placements { kind } } }\n    }\n  }\n": typeof types.MeasuresDocument,
    "\n        query Reference {\n          basicPolicies { number subItems { number } }\n          prefectures { code name region { name } }\n          designatedCities { name prefectureCode }\n          membershipCategories { code nameJa }\n          ministries { code name }\n          workingGroups { number title theme goals }\n        }\n      ": typeof types.ReferenceDocument,
};
const documents: Documents = {
    "\n  query CachedDirectory {\n    organizations(first: 3) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CachedDirectoryDocument,
    "\n  query CachedOrganization($id: ID!) {\n    node(id: $id) {\n      ... on Organization {\n        name\n      }\n    }\n  }\n": types.CachedOrganizationDocument,
    "\n  mutation CacheEmptyingSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      __typename\n    }\n  }\n": types.CacheEmptyingSettingsDocument,
    "\n  query Stats($asOf: Date) {\n    membershipStats(asOf: $asOf) { asOf regular supporting cooperating total }\n  }\n": types.StatsDocument,
    "\n  query Measure($number: Int!) {\n    policyMeasure(number: $number) {\n      id\n      number\n      title\n      page\n      ministries { code name }\n      subMeasures { title ministries { code } }\n      placements { kind basicPolicy { number } subItem { number symbol } }\n    }\n  }\n": types.MeasureDocument,
    "\n  query Measures($first: Int, $after: String, $filter: PolicyMeasureFilter) {\n    policyMeasures(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number placements { kind } } }\n    }\n  }\n": types.MeasuresDocument,
    "\n        query Reference {\n          basicPolicies { number subItems { number } }\n          prefectures { code name region { name } }\n          designatedCities { name prefectureCode }\n          membershipCategories { code nameJa }\n          ministries { code name }\n          workingGroups { number title theme goals }\n        }\n      ": types.ReferenceDocument,
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;