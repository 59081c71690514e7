/**
 * ダッシュボード: what waits for the secretariat — each a count and a link to where to act.
 * One query; every count comes from the public API (see docs/console.md).
 */
import type { ReactNode } from 'react';
import { ExternalLink, Link } from '../../components/Link';
import { Notification } from '../../components/Notification';
import { Loading, Page } from '../../components/Page';
import { Table } from '../../components/Table';
import { graphql } from '../../gql';
import type { AdminDashboardQuery } from '../../gql/graphql';
import { formatNumber, formatWareki } from '../../lib/format';
import { useQuery } from '../../lib/use-query';

/** How many of the latest sent mailings are checked for replies still due. */
const RECENT_SENT = 20;

const AdminDashboard = graphql(`
  query AdminDashboard($recentSent: Int!) {
    awaitingApproval: mailings(filter: { awaitingApproval: true }, first: 5) {
      totalCount
      edges {
        node {
          id
          kind
          subject
          createdAt
          previewUrl
        }
      }
    }
    applications: membershipApplications(decision: PENDING, first: 1) {
      totalCount
    }
    profileChanges: profileChangeRequests(decision: PENDING, first: 1) {
      totalCount
    }
    workingGroupRequests(decision: PENDING, first: 1) {
      totalCount
    }
    sent: mailings(filter: { statuses: [SENDING, SENT] }, first: $recentSent) {
      edges {
        node {
          id
          subject
          replySummary {
            organizations
            notYet
          }
        }
      }
    }
    bounces: suppressions(filter: { reasons: [HARD_BOUNCE, COMPLAINT] }, first: 1) {
      totalCount
    }
  }
`);

const KIND_LABELS: Record<string, string> = {
  NEWSLETTER: 'メールマガジン',
  VISIT_REPORT: '事務局訪問記',
  NOTICE: '事務連絡',
  MEETING_NOTICE: '会議開催通知',
};

interface Task {
  readonly label: string;
  readonly count: number;
  readonly unit: string;
  readonly to: string;
  readonly action: string;
}

function tasksOf(data: AdminDashboardQuery): Task[] {
  const repliesDue = data.sent.edges.filter((e) => (e.node.replySummary?.notYet ?? 0) > 0).length;
  return [
    {
      label: '承認待ちの配信',
      count: data.awaitingApproval.totalCount,
      unit: '件',
      to: '/admin/mailings?view=awaiting-approval',
      action: '配信を確認する',
    },
    {
      label: '入会申請',
      count: data.applications.totalCount,
      unit: '件',
      to: '/admin/register?view=applications',
      action: '申請を審査する',
    },
    {
      label: '登録内容の変更申請',
      count: data.profileChanges.totalCount,
      unit: '件',
      to: '/admin/register?view=profile-changes',
      action: '変更申請を確認する',
    },
    {
      label: 'ワーキンググループ参加・脱退の申出',
      count: data.workingGroupRequests.totalCount,
      unit: '件',
      to: '/admin/register?view=working-group-requests',
      action: '申出を確認する',
    },
    {
      label: '回答待ちのある事務連絡',
      count: repliesDue,
      unit: '件',
      to: '/admin/replies',
      action: '回答状況を見る',
    },
    {
      label: '配信停止中のアドレス（不達・苦情）',
      count: data.bounces.totalCount,
      unit: '件',
      to: '/admin/settings?view=suppressions',
      action: '配信停止を確認する',
    },
  ];
}

export function Dashboard() {
  const state = useQuery(AdminDashboard, { recentSent: RECENT_SENT });
  return (
    <Page title="ダッシュボード">
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <Notification type="error" title="読み込めませんでした">
          {state.message}
        </Notification>
      )}
      {state.status === 'done' && <DashboardBody data={state.data} />}
    </Page>
  );
}

function DashboardBody({ data }: { data: AdminDashboardQuery }) {
  return (
    <>
      <section aria-labelledby="tasks-heading" className="flex flex-col gap-4">
        <h2 id="tasks-heading" className="text-std-24B-150">
          対応が必要なこと
        </h2>
        <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {tasksOf(data).map((task) => (
            <TaskCard key={task.label} task={task} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="approval-heading" className="flex flex-col gap-4">
        <h2 id="approval-heading" className="text-std-24B-150">
          承認待ちの配信
        </h2>
        <Table
          caption={`新しい順に最大5件（全${formatNumber(data.awaitingApproval.totalCount)}件）`}
          columns={['種類', '件名', '作成日']}
          rows={data.awaitingApproval.edges.map(({ node }) => [
            KIND_LABELS[node.kind] ?? node.kind,
            <ExternalLink key="subject" href={node.previewUrl}>
              {node.subject}
            </ExternalLink>,
            <span key="date" className="whitespace-nowrap">
              {formatWareki(node.createdAt)}
            </span>,
          ])}
          empty="承認待ちの配信はありません。"
        />
      </section>
    </>
  );
}

function TaskCard({ task }: { task: Task }): ReactNode {
  const waiting = task.count > 0;
  return (
    <li
      className={`flex flex-col gap-2 rounded-12 border-2 p-4 ${
        waiting ? 'border-key-900 bg-key-50' : 'border-solid-gray-200 bg-white'
      }`}
    >
      <h3 className="text-std-17B-170">{task.label}</h3>
      <p className="text-std-16N-170">
        <span className="text-std-32B-150" data-testid="count">
          {formatNumber(task.count)}
        </span>
        {task.unit}
      </p>
      <Link to={task.to} className="text-std-16N-170">
        {task.action}
        <span className="sr-only">（{task.label}）</span>
      </Link>
    </li>
  );
}
