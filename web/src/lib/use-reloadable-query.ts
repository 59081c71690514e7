/**
 * useQuery plus `reload()`: for screens that change what they show (a decision, a new key) and
 * must read it again. Keeps showing the previous data while reloading.
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';
import { request } from './graphql';
import type { QueryState } from './use-query';

export function useReloadableQuery<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  variables?: TVariables,
): [QueryState<TResult>, () => void] {
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables ?? null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `variables`; `generation` forces a reload.
  useEffect(() => {
    let current = true;
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
  }, [document, key, generation]);
  // A new list (other filters) shows 読み込み中 rather than the old rows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the variables change.
  useEffect(() => setState({ status: 'loading' }), [key]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return [state, reload];
}
