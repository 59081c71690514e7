/** 配信停止: addresses no mail goes to (bounces, complaints, manual, unsubscribed); lift one. */
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { Notification } from '../../../components/Notification';
import { Loading } from '../../../components/Page';
import { Table } from '../../../components/Table';
import { graphql } from '../../../gql';
import type { SuppressionReason, SuppressionSource } from '../../../gql/graphql';
import { formatNumber, formatWarekiDateTime } from '../../../lib/format';
import { request } from '../../../lib/graphql';
import { useReloadableQuery } from '../../../lib/use-reloadable-query';
import { afterCursor, Pager } from '../register/Pager';

const PAGE_SIZE = 50;

const SuppressionsQuery = graphql(`
  query SettingsSuppressions($first: Int!, $after: String, $filter: SuppressionFilter) {
    suppressions(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          address
          reason
          detail
          source
          createdAt
          liftedAt
        }
      }
    }
  }
`);

const LiftSuppression = graphql(`
  mutation SettingsLiftSuppression($input: LiftSuppressionInput!) {
    liftSuppression(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

export const REASON_LABELS: Record<string, string> = {
  HARD_BOUNCE: '不達（宛先なし）',
  COMPLAINT: '苦情（迷惑メール報告）',
  MANUAL: '事務局が停止',
  UNSUBSCRIBE_ALL: '本人が全配信を停止',
};

/** Where a suppression came from, shown when it has no detail of its own. */
const SOURCE_LABELS: Record<SuppressionSource, string> = {
  SMTP: '送信時に相手のサーバーが拒否',
  WEBHOOK: '配信事業者からの不達・苦情の通知',
  DSN: '不達通知メール',
  UNSUBSCRIBE: '配信停止のリンク（担当者の削除後）',
  MANUAL: '事務局が停止',
};

export function Suppressions() {
  const [reason, setReason] = useState<SuppressionReason | ''>('');
  const [address, setAddress] = useState('');
  const [page, setPage] = useState(1);
  const [state, reload] = useReloadableQuery(SuppressionsQuery, {
    first: PAGE_SIZE,
    after: afterCursor(page, PAGE_SIZE),
    filter: {
      ...(reason ? { reasons: [reason] } : {}),
      ...(address ? { address } : {}),
    },
  });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [lifting, setLifting] = useState<{ id: string; address: string } | null>(null);

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setReason(String(data.get('reason') ?? '') as SuppressionReason | '');
    setAddress(String(data.get('address') ?? '').trim());
    setPage(1);
  }

  async function lift(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!lifting) return;
    const note = String(new FormData(event.currentTarget).get('note') ?? '').trim();
    const r = (
      await request(LiftSuppression, {
        input: { suppressionId: lifting.id, ...(note ? { note } : {}) },
      })
    ).liftSuppression;
    if (r.__typename === 'SuppressionPayload') {
      setMessage({ ok: true, text: `${lifting.address} への配信を再開しました。` });
      setLifting(null);
      reload();
    } else if ('message' in r) {
      setMessage({ ok: false, text: r.message });
    }
  }

  return (
    <div className="flex flex-col gap-6">
      {message && (
        <Notification
          type={message.ok ? 'success' : 'error'}
          title={message.ok ? message.text : '処理できませんでした'}
        >
          {message.ok ? undefined : message.text}
        </Notification>
      )}
      <form
        onSubmit={search}
        aria-label="配信停止の検索"
        className="grid grid-cols-1 items-end gap-4 md:grid-cols-[1fr_1fr_auto]"
      >
        <TextField label="メールアドレス" name="address" type="search" defaultValue={address} />
        <SelectField label="理由" name="reason" defaultValue={reason}>
          <option value="">すべて</option>
          {Object.entries(REASON_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </SelectField>
        <div>
          <Button type="submit">検索する</Button>
        </div>
      </form>
      {lifting && (
        <form
          onSubmit={lift}
          aria-label={`${lifting.address} への配信を再開する`}
          className="flex flex-col gap-4 rounded-12 border-2 border-key-900 p-4 sm:p-6"
        >
          <h2 className="text-std-20B-150 break-all">{lifting.address} への配信を再開する</h2>
          <p>宛先が直った、本人から再開の依頼があった、などを確かめてから再開してください。</p>
          <TextField
            label="メモ"
            name="note"
            supportText="例：先方の担当者から新しい受信設定の連絡あり"
          />
          <div className="flex flex-wrap gap-4">
            <Button type="submit">再開する</Button>
            <Button variant="tertiary" onClick={() => setLifting(null)}>
              やめる
            </Button>
          </div>
        </form>
      )}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <Notification type="error" title="読み込めませんでした">
          {state.message}
        </Notification>
      )}
      {state.status === 'done' && (
        <>
          <Table
            caption={`配信停止中のアドレス（新しい順、${formatNumber(state.data.suppressions.totalCount)}件）`}
            columns={['メールアドレス', '理由', '詳細', '停止日時', '操作']}
            empty="配信停止中のアドレスはありません。"
            rows={state.data.suppressions.edges.map(({ node: s }) => [
              <span key="a" className="inline-block min-w-48 break-all">
                {s.address}
              </span>,
              REASON_LABELS[s.reason] ?? s.reason,
              <span key="d" className="break-words">
                {s.detail ?? SOURCE_LABELS[s.source]}
              </span>,
              <span key="c" className="whitespace-nowrap">
                {formatWarekiDateTime(s.createdAt)}
              </span>,
              <Button
                key="b"
                variant="secondary"
                aria-label={`${s.address} への配信を再開する`}
                onClick={() => setLifting({ id: s.id, address: s.address })}
              >
                再開する…
              </Button>,
            ])}
          />
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={state.data.suppressions.totalCount}
            onPage={setPage}
          />
        </>
      )}
    </div>
  );
}
