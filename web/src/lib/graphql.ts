/**
 * The app's only way to the API: POST /graphql with the session cookie, a document typed by
 * GraphQL Codegen (`graphql()` from src/gql), and one rule for a missing or lost session —
 * go to the sign-in page and come back here afterwards.
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export interface GraphqlErrorItem {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: { readonly code?: string } & Record<string, unknown>;
}

/** The API answered with errors (and no usable data). */
export class GraphqlRequestError extends Error {
  constructor(
    message: string,
    readonly errors: readonly GraphqlErrorItem[],
    readonly status: number,
  ) {
    super(message);
  }
}

/** The sign-in page, asked to come back to `path` afterwards. */
export function signInUrl(path = `${location.pathname}${location.search}`): string {
  return `/sign-in?next=${encodeURIComponent(path)}`;
}

/** Leaves for the sign-in page; the returned promise never settles (the page is going away). */
function goToSignIn(): Promise<never> {
  location.assign(signInUrl());
  return new Promise<never>(() => {});
}

export async function request<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: String(document), variables }),
  });
  if (response.status === 401) return goToSignIn();
  let body: { data?: TResult | null; errors?: GraphqlErrorItem[] };
  try {
    body = await response.json();
  } catch {
    throw new GraphqlRequestError(
      `サーバーから応答がありません（${response.status}）。`,
      [],
      response.status,
    );
  }
  const errors = body.errors ?? [];
  if (errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return goToSignIn();
  if (errors.length > 0 || body.data == null) {
    throw new GraphqlRequestError(
      errors[0]?.message ?? 'データを取得できませんでした。',
      errors,
      response.status,
    );
  }
  return body.data;
}
