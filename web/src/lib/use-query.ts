/** Loads a typed document when a screen opens (and again when its variables change). */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { useEffect, useState } from 'react';
import { request } from './graphql';

export type QueryState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'done'; readonly data: T };

export function useQuery<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  variables?: TVariables,
): QueryState<TResult> {
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  const key = JSON.stringify(variables ?? null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `variables`.
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    const send = request as (d: typeof document, v?: TVariables) => Promise<TResult>;
    send(document, variables).then(
      (data) => current && setState({ status: 'done', data }),
      (error: unknown) =>
        current &&
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : 'データを取得できませんでした。',
        }),
    );
    return () => {
      current = false;
    };
  }, [document, key]);
  return state;
}
