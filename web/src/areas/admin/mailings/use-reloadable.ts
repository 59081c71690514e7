/** Like useQuery, with reload() and optional polling; keeps the last data while reloading. */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { request } from '../../../lib/graphql';

export interface Reloadable<T> {
  readonly data?: T;
  readonly error?: string;
  readonly loading: boolean;
  reload(): Promise<void>;
}

export function useReloadable<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  variables: TVariables,
  options: { pollMs?: number | null; skip?: boolean } = {},
): Reloadable<TResult> {
  const [data, setData] = useState<TResult>();
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(variables);
  const latest = useRef(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `variables`.
  const reload = useCallback(async () => {
    if (options.skip) return;
    const ticket = ++latest.current;
    setLoading(true);
    try {
      const send = request as (d: typeof document, v: TVariables) => Promise<TResult>;
      const result = await send(document, variables);
      if (ticket === latest.current) {
        setData(result);
        setError(undefined);
      }
    } catch (e) {
      if (ticket === latest.current) {
        setError(e instanceof Error ? e.message : 'データを取得できませんでした。');
      }
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, [document, key, options.skip]);
  useEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => {
    if (!options.pollMs) return;
    const timer = setInterval(() => void reload(), options.pollMs);
    return () => clearInterval(timer);
  }, [options.pollMs, reload]);
  return { data, error, loading, reload };
}
