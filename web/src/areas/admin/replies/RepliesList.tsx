/**
 * 返信 (/admin/replies): the sent 事務連絡 that ask for a reply, with how many organisations
 * replied, replied late, have not yet, or were not reached. The latest 100 sending/sent mailings
 * are read (one query) and those without a reply request left out.
 */
import { Link } from '../../../components/Link';
import { Notification } from '../../../components/Notification';
import { Loading, Page } from '../../../components/Page';
import { Table } from '../../../components/Table';
import { graphql } from '../../../gql';
import { formatNumber, formatWareki, formatWarekiDateTime } from '../../../lib/format';
import { useQuery } from '../../../lib/use-query';

const RECENT = 100;

const RepliesMailings = graphql(`
  query RepliesMailings($first: Int!) {
    mailings(filter: { statuses: [SENDING, SENT] }, first: $first) {
      edges {
        node {
          id
          kind
          subject
          startedAt
          meeting {
            id
            startsAt
            responses {
              invited
              attend
              absent
              proxy
              noReply
            }
          }
          replySummary {
            organizations
            acknowledged
            notYet
            unreached
            late
          }
        }
      }
    }
  }
`);

export function RepliesList() {
  const state = useQuery(RepliesMailings, { first: RECENT });
  return (
    <Page
      title="返信"
      breadcrumbs={[{ label: 'ダッシュボード', to: '/admin/' }, { label: '返信' }]}
    >
      <p>
        回答をお願いした事務連絡ごとの回答状況です（最近送った{formatNumber(RECENT)}
        件の配信から）。件名を選ぶと団体ごとの状況、督促、電話での回答の記録、CSVの書き出しができます。
      </p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <Notification type="error" title="読み込めませんでした">
          {state.message}
        </Notification>
      )}
      {state.status === 'done' && (
        <>
          <Table
            caption="回答をお願いした事務連絡（新しい順）"
            columns={['送信日', '件名', '宛先', '回答済み', 'うち期限後', '未回答', '不達']}
            empty="回答をお願いした事務連絡はまだありません。"
            rows={state.data.mailings.edges
              .filter(({ node }) => node.replySummary != null)
              .map(({ node }) => {
                const s = node.replySummary;
                return [
                  <span key="d" className="whitespace-nowrap">
                    {node.startedAt ? formatWareki(node.startedAt) : '—'}
                  </span>,
                  <Link key="s" to={`/admin/replies/${encodeURIComponent(node.id)}`}>
                    {node.subject}
                  </Link>,
                  formatNumber(s?.organizations ?? 0),
                  formatNumber(s?.acknowledged ?? 0),
                  formatNumber(s?.late ?? 0),
                  <span key="n" className={(s?.notYet ?? 0) > 0 ? 'font-bold text-error-1' : ''}>
                    {formatNumber(s?.notYet ?? 0)}
                  </span>,
                  formatNumber(s?.unreached ?? 0),
                ];
              })}
          />
          <Table
            caption="会議の招集通知（新しい順）"
            columns={['送信日', '件名', '会議の日時', '招集', '出席', '欠席', '委任', '未回答']}
            empty="送った招集通知はまだありません。"
            rows={state.data.mailings.edges
              .filter(({ node }) => node.kind === 'MEETING_NOTICE' && node.meeting)
              .map(({ node }) => {
                const r = node.meeting?.responses;
                return [
                  <span key="d" className="whitespace-nowrap">
                    {node.startedAt ? formatWareki(node.startedAt) : '—'}
                  </span>,
                  <Link key="s" to={`/admin/replies/${encodeURIComponent(node.id)}`}>
                    {node.subject}
                  </Link>,
                  <span key="m" className="whitespace-nowrap">
                    {node.meeting ? formatWarekiDateTime(node.meeting.startsAt) : '—'}
                  </span>,
                  formatNumber(r?.invited ?? 0),
                  formatNumber(r?.attend ?? 0),
                  formatNumber(r?.absent ?? 0),
                  formatNumber(r?.proxy ?? 0),
                  <span key="n" className={(r?.noReply ?? 0) > 0 ? 'font-bold text-error-1' : ''}>
                    {formatNumber(r?.noReply ?? 0)}
                  </span>,
                ];
              })}
          />
        </>
      )}
    </Page>
  );
}
