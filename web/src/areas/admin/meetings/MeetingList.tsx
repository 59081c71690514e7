/**
 * 会議: the meetings of the general meeting, the board and the working groups — upcoming ones
 * first (earliest first), then past ones (latest first), each with its reply counts and quorum
 * forecast. Filter by body; links to create a meeting and to the board composition.
 */
import { useSearchParams } from 'react-router';
import { Link } from '../../../components/Link';
import { Notification } from '../../../components/Notification';
import { Loading, Page } from '../../../components/Page';
import { Table } from '../../../components/Table';
import { graphql } from '../../../gql';
import type { AdminMeetingsQuery, GoverningBody } from '../../../gql/graphql';
import { formatNumber, formatWarekiDateTime } from '../../../lib/format';
import { useQuery } from '../../../lib/use-query';
import { BODY_LABELS, bodyName, meetingPath, STATUS_LABELS, todayInJapan } from './labels';

const AdminMeetings = graphql(`
  query AdminMeetings($body: GoverningBody, $today: Date!) {
    upcoming: meetings(body: $body, from: $today, order: STARTS_AT_ASC, first: 40) {
      totalCount
      edges {
        node {
          ...AdminMeetingRow
        }
      }
    }
    past: meetings(body: $body, to: $today, order: STARTS_AT_DESC, first: 20) {
      totalCount
      edges {
        node {
          ...AdminMeetingRow
        }
      }
    }
  }
  fragment AdminMeetingRow on Meeting {
    id
    title
    body
    workingGroup {
      number
    }
    startsAt
    meetingDate
    status
    responses {
      invited
      attend
      absent
      proxy
      noReply
    }
    quorum {
      present
      required
      reached
      basis
    }
  }
`);

type Row = AdminMeetingsQuery['upcoming']['edges'][number]['node'];

const BODIES = ['GENERAL_MEETING', 'BOARD', 'WORKING_GROUP'] as const;

export function MeetingList() {
  const [params, setParams] = useSearchParams();
  const bodyParam = params.get('body');
  const body = (BODIES as readonly string[]).includes(bodyParam ?? '')
    ? (bodyParam as GoverningBody)
    : null;
  const today = todayInJapan();
  const state = useQuery(AdminMeetings, { body, today });

  return (
    <Page
      title="会議"
      breadcrumbs={[{ label: 'ダッシュボード', to: '/admin/' }, { label: '会議' }]}
    >
      <p className="flex flex-wrap gap-x-6 gap-y-2 text-std-16N-170">
        <Link to="/admin/meetings/new">会議を登録する</Link>
        <Link to="/admin/meetings/board">幹事会の構成（幹事の任期）</Link>
      </p>
      <nav aria-label="会議体で絞り込む">
        <ul className="flex flex-wrap gap-2">
          {[null, ...BODIES].map((b) => {
            const current = b === body;
            return (
              <li key={b ?? 'all'}>
                <button
                  type="button"
                  aria-pressed={current}
                  onClick={() => setParams(b ? { body: b } : {})}
                  className={`min-h-11 rounded-8 border-2 px-4 text-std-16N-170 ${
                    current
                      ? 'border-key-900 bg-key-900 text-white'
                      : 'border-solid-gray-600 bg-white text-solid-gray-800 hover:bg-solid-gray-50'
                  }`}
                >
                  {b ? BODY_LABELS[b] : 'すべて'}
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <Notification type="error" title="読み込めませんでした">
          {state.message}
        </Notification>
      )}
      {state.status === 'done' && (
        <>
          <MeetingTable
            caption={`今後の会議（${formatNumber(state.data.upcoming.totalCount)}件${
              state.data.upcoming.totalCount > 40 ? '、近い40件を表示' : ''
            }）`}
            rows={state.data.upcoming.edges.map((e) => e.node)}
            empty="今後の会議はありません。"
          />
          <MeetingTable
            caption={`過去の会議（${formatNumber(state.data.past.totalCount)}件${
              state.data.past.totalCount > 20 ? '、新しい20件を表示' : ''
            }）`}
            rows={state.data.past.edges
              .map((e) => e.node)
              // a meeting today is in both lists; keep it under 今後.
              .filter((m) => m.meetingDate !== today)}
            empty="過去の会議はありません。"
          />
        </>
      )}
    </Page>
  );
}

function MeetingTable({
  caption,
  rows,
  empty,
}: {
  caption: string;
  rows: readonly Row[];
  empty: string;
}) {
  return (
    <div className="[&_table]:min-w-[760px]">
      <Table
        caption={caption}
        columns={['日時', '会議体', '会議', '状態', '出欠の回答', '定足数']}
        empty={empty}
        rows={rows.map((m) => [
          <span key="d" className="whitespace-nowrap">
            {formatWarekiDateTime(m.startsAt)}
          </span>,
          bodyName(m.body, m.workingGroup?.number),
          <Link key="t" to={meetingPath(m.id)}>
            {m.title}
          </Link>,
          <span key="s" className="whitespace-nowrap">
            {STATUS_LABELS[m.status]}
          </span>,
          <span key="r" className="whitespace-nowrap">
            出席 {formatNumber(m.responses.attend)}・委任 {formatNumber(m.responses.proxy)}・欠席{' '}
            {formatNumber(m.responses.absent)}・未回答 {formatNumber(m.responses.noReply)}
            <br />
            （招集 {formatNumber(m.responses.invited)}）
          </span>,
          m.status === 'CANCELLED' ? (
            '—'
          ) : (
            <span key="q" className="whitespace-nowrap">
              {formatNumber(m.quorum.present)} / 必要 {formatNumber(m.quorum.required)}
              <br />
              {m.quorum.reached
                ? m.quorum.basis === 'ATTENDANCE'
                  ? '成立'
                  : '成立見込み'
                : m.quorum.basis === 'ATTENDANCE'
                  ? '不成立'
                  : '未達'}
            </span>
          ),
        ])}
      />
    </div>
  );
}
