/**
 * 配信の一覧 (/admin/mailings): mailings newest first, narrowed by kind, state and words of the
 * subject, 50 per page (the API pages; nothing loads the whole table). The filter lives in the
 * URL (?kind=NOTICE&status=DRAFT&q=熱中症, ?view=awaiting-approval from the dashboard), so a
 * filtered list can be bookmarked and the back button works. Shows what the mailing page did
 * before coming back (a deleted draft).
 */
import { type FormEvent, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { Link } from '../../../components/Link';
import { Notification } from '../../../components/Notification';
import { Loading, Page } from '../../../components/Page';
import { Table } from '../../../components/Table';
import { graphql } from '../../../gql';
import type { MailingFilter, MailingKind, MailingStatus } from '../../../gql/graphql';
import { formatNumber, formatWarekiDateTime } from '../../../lib/format';
import { useQuery } from '../../../lib/use-query';
import { KIND_LABELS, STATUS_LABELS } from './labels';

const PAGE_SIZE = 50;

const AdminMailingList = graphql(`
  query AdminMailingList($first: Int!, $after: String, $filter: MailingFilter) {
    mailings(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          subject
          status
          createdAt
          scheduledAt
          startedAt
          approvalRequired
          approvedVersion
          version
          createdBy {
            displayName
          }
          counts {
            total
          }
        }
      }
    }
  }
`);

const AWAITING = 'awaiting-approval';

function filterOf(params: URLSearchParams): MailingFilter {
  const filter: MailingFilter = {};
  const kind = params.get('kind');
  const status = params.get('status');
  const q = params.get('q')?.trim();
  if (kind && kind in KIND_LABELS) filter.kinds = [kind as MailingKind];
  if (params.get('view') === AWAITING) filter.awaitingApproval = true;
  else if (status && status in STATUS_LABELS) filter.statuses = [status as MailingStatus];
  if (q) filter.search = q;
  return filter;
}

export function MailingList() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  // What the mailing page did before coming back here, e.g. a deleted draft.
  const done = (location.state as { deleted?: string } | null)?.deleted;
  const after = params.get('after');
  const state = useQuery(AdminMailingList, {
    first: PAGE_SIZE,
    after,
    filter: filterOf(params),
  });
  const [q, setQ] = useState(params.get('q') ?? '');
  const statusValue = params.get('view') === AWAITING ? AWAITING : (params.get('status') ?? '');
  const pageNumber = Number(params.get('page') ?? '1') || 1;

  function update(change: Record<string, string | null>) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    // A new filter starts from the first page.
    if (!('after' in change)) {
      next.delete('after');
      next.delete('page');
    }
    setParams(next);
  }

  function onSearch(event: FormEvent) {
    event.preventDefault();
    update({ q: q.trim() || null });
  }

  return (
    <Page
      title="配信"
      breadcrumbs={[{ label: 'ダッシュボード', to: '/admin/' }, { label: '配信' }]}
    >
      <div aria-live="polite">{done && <Notification type="success" title={done} />}</div>
      <div className="flex flex-wrap gap-3">
        <Link to="/admin/mailings/new/notice" className="text-std-16B-170">
          事務連絡を作成する
        </Link>
        <Link to="/admin/mailings/new/newsletter" className="text-std-16B-170">
          メールマガジンを作成する
        </Link>
        <Link to="/admin/mailings/new/visit-report" className="text-std-16B-170">
          事務局訪問記を作成する
        </Link>
      </div>
      <form
        onSubmit={onSearch}
        aria-label="配信の絞り込み"
        className="grid gap-4 rounded-12 border border-solid-gray-420 p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end"
      >
        <SelectField
          label="種類"
          value={params.get('kind') ?? ''}
          onChange={(e) => update({ kind: e.target.value || null })}
        >
          <option value="">すべて</option>
          {Object.entries(KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="状態"
          value={statusValue}
          onChange={(e) => {
            const value = e.target.value;
            update(
              value === AWAITING
                ? { view: AWAITING, status: null }
                : { view: null, status: value || null },
            );
          }}
        >
          <option value="">すべて</option>
          <option value={AWAITING}>承認待ち</option>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="件名で検索"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          supportText="空白で区切った語をすべて含むもの"
        />
        <Button type="submit" variant="secondary">
          検索する
        </Button>
      </form>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <Notification type="error" title="読み込めませんでした">
          {state.message}
        </Notification>
      )}
      {state.status === 'done' && (
        <>
          <p role="status" className="text-std-16N-170">
            {formatNumber(state.data.mailings.totalCount)}件
            {state.data.mailings.totalCount > 0 &&
              `（${formatNumber((pageNumber - 1) * PAGE_SIZE + 1)}〜${formatNumber(
                (pageNumber - 1) * PAGE_SIZE + state.data.mailings.edges.length,
              )}件目）`}
          </p>
          <Table
            caption="配信の一覧（新しい順）"
            columns={[
              '件名',
              '種類',
              '状態',
              '作成',
              <span key="n" className="whitespace-nowrap">
                宛先数
              </span>,
            ]}
            empty="条件に合う配信はありません。"
            rows={state.data.mailings.edges.map(({ node }) => [
              <Link key="subject" to={`/admin/mailings/${encodeURIComponent(node.id)}`}>
                {node.subject}
              </Link>,
              <span key="kind" className="whitespace-nowrap">
                {KIND_LABELS[node.kind] ?? node.kind}
              </span>,
              <span key="status" className="whitespace-nowrap">
                {STATUS_LABELS[node.status] ?? node.status}
                {node.status === 'DRAFT' &&
                  node.approvalRequired &&
                  node.approvedVersion !== node.version &&
                  '（承認待ち）'}
                {node.status === 'SCHEDULED' &&
                  node.scheduledAt &&
                  `（${formatWarekiDateTime(node.scheduledAt)}）`}
              </span>,
              <span key="created" className="whitespace-nowrap">
                {formatWarekiDateTime(node.createdAt)}
                {node.createdBy && `　${node.createdBy.displayName}`}
              </span>,
              node.counts.total > 0 ? formatNumber(node.counts.total) : '—',
            ])}
          />
          <nav aria-label="ページ" className="flex flex-wrap gap-3">
            {after && (
              <Button variant="secondary" onClick={() => update({ after: null, page: null })}>
                最初のページへ
              </Button>
            )}
            {state.data.mailings.pageInfo.hasNextPage && (
              <Button
                variant="secondary"
                onClick={() =>
                  update({
                    after: state.data.mailings.pageInfo.endCursor ?? null,
                    page: String(pageNumber + 1),
                  })
                }
              >
                次の{PAGE_SIZE}件
              </Button>
            )}
          </nav>
        </>
      )}
    </Page>
  );
}
