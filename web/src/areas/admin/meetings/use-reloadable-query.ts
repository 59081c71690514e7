/** useQuery with a reload(): the screen reads its data again after a change. */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';
import { request } from '../../../lib/graphql';
import type { QueryState } from '../../../lib/use-query';

export function useReloadableQuery<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  variables?: TVariables,
): [QueryState<TResult>, () => void] {
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const key = JSON.stringify(variables ?? null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `variables`; `round` asks again.
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
  }, [document, key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return [state, reload];
}
