/**
 * 団体の詳細 (/admin/register/:id): everything the secretariat keeps about one organisation —
 * profile, contacts, publication consent, membership history with the category/status changes,
 * working groups, board seat, circulars received with their replies, and visit reports.
 */
import { useParams } from 'react-router';
import { ExternalLink, Link } from '../../../components/Link';
import { Notification } from '../../../components/Notification';
import { Loading, Page } from '../../../components/Page';
import { Table } from '../../../components/Table';
import { graphql } from '../../../gql';
import type { RegisterOrganizationQuery } from '../../../gql/graphql';
import { contactRoleLabels } from '../../../lib/contact-roles';
import { DECISION_LABELS } from '../../../lib/decision-states';
import { formatWareki, formatWarekiDateTime } from '../../../lib/format';
import { useReloadableQuery } from '../../../lib/use-reloadable-query';
import {
  BOARD_ROLE_LABELS,
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  EVENT_LABELS,
  FIELD_LABELS,
  labelOf,
  ROLE_LABELS,
  SCOPE_LABELS,
  STATUS_LABELS,
  WG_REQUEST_KIND_LABELS,
} from './labels';
import { MembershipChanges } from './MembershipChanges';

const RegisterOrganization = graphql(`
  query RegisterOrganization($id: ID!) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        version
        name
        nameKana
        category
        status
        organizationType
        scope
        website
        description
        fieldsOfActivity
        joinedOn
        prefecture {
          name
        }
        designatedCity {
          name
        }
        publishedFields
        pendingProfileChange {
          id
          requestedAt
        }
        contacts {
          id
          name
          nameKana
          email
          emailStatus
          phone
          roles
          isPrimary
          optedOutKinds
        }
        membershipHistory {
          kind
          occurredOn
          categoryAfter
          statusAfter
          note
        }
        workingGroupMemberships {
          role
          joinedOn
          workingGroup {
            number
            title
          }
        }
        workingGroupRequests {
          id
          kind
          decision
          requestedAt
          workingGroup {
            number
          }
        }
        boardSeat {
          role
          startsOn
          endsOn
        }
        receivedNotices(first: 20) {
          totalCount
          edges {
            node {
              mailingId
              subject
              sentAt
              replyRequest {
                deadline
              }
              acknowledgement {
                acknowledgedAt
                answer
                channel
                late
              }
            }
          }
        }
        visitReports(first: 10) {
          totalCount
          edges {
            node {
              id
              title
              issuedOn
              url
            }
          }
        }
      }
    }
  }
`);

type Org = Extract<NonNullable<RegisterOrganizationQuery['node']>, { __typename: 'Organization' }>;

const REGISTER = { label: '会員名簿', to: '/admin/register' };
const HOME = { label: 'ダッシュボード', to: '/admin/' };

export function OrganizationPage() {
  const { id = '' } = useParams();
  const [state, reload] = useReloadableQuery(RegisterOrganization, { id });
  if (state.status === 'loading') {
    return (
      <Page title="団体の詳細" breadcrumbs={[HOME, REGISTER, { label: '団体の詳細' }]}>
        <Loading />
      </Page>
    );
  }
  if (state.status === 'error') {
    return (
      <Page title="団体の詳細" breadcrumbs={[HOME, REGISTER, { label: '団体の詳細' }]}>
        <Notification type="error" title="読み込めませんでした">
          {state.message}
        </Notification>
      </Page>
    );
  }
  const node = state.data.node;
  if (node?.__typename !== 'Organization') {
    return (
      <Page title="団体が見つかりません" breadcrumbs={[HOME, REGISTER, { label: '団体の詳細' }]}>
        <p>この団体は名簿にありません。</p>
      </Page>
    );
  }
  const org = node as Org;
  return (
    <Page
      title={org.name ?? '団体の詳細'}
      breadcrumbs={[HOME, REGISTER, { label: org.name ?? '' }]}
    >
      {org.pendingProfileChange && (
        <Notification type="info" title="登録内容の変更申請があります">
          <p>
            {formatWarekiDateTime(org.pendingProfileChange.requestedAt)}の申請が審査待ちです。
            <Link to="/admin/register?view=profile-changes">変更申請を確認する</Link>
          </p>
        </Notification>
      )}
      <Profile org={org} />
      <MembershipChanges
        organizationId={org.id}
        version={org.version}
        category={org.category ?? null}
        status={org.status}
        onChanged={reload}
      />
      <History org={org} />
      <Contacts org={org} />
      <Groups org={org} />
      <Notices org={org} />
      <VisitReports org={org} />
    </Page>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="flex flex-col gap-3" aria-label={title}>
      <h2 className="text-std-24B-150 text-solid-gray-900">{title}</h2>
      {children}
    </section>
  );
}

function Profile({ org }: { org: Org }) {
  const published = new Set<string>(org.publishedFields);
  const rows: [string, string, React.ReactNode][] = [
    ['name', '団体名', org.name],
    ['nameKana', 'ふりがな', org.nameKana],
    ['category', '会員区分', labelOf(CATEGORY_LABELS, org.category)],
    ['', '状態', labelOf(STATUS_LABELS, org.status)],
    ['organizationType', '法人格・種別', org.organizationType],
    ['prefecture', '所在地', org.prefecture?.name],
    ['designatedCity', '政令指定都市', org.designatedCity?.name],
    ['scope', '活動範囲', labelOf(SCOPE_LABELS, org.scope)],
    [
      'fieldsOfActivity',
      '活動分野',
      (org.fieldsOfActivity ?? []).map((f) => labelOf(FIELD_LABELS, f)).join('、'),
    ],
    [
      'website',
      'ウェブサイト',
      org.website ? (
        <ExternalLink key="w" href={org.website}>
          {org.website}
        </ExternalLink>
      ) : null,
    ],
    ['description', '団体の紹介', org.description],
    ['', '入会日', org.joinedOn ? formatWareki(org.joinedOn) : null],
  ];
  return (
    <Section title="登録内容と公開の同意">
      <dl className="grid grid-cols-1 gap-x-6 border-t border-solid-gray-420 sm:grid-cols-[12rem_1fr_8rem]">
        {rows.map(([field, label, value]) => (
          <div key={label} className="contents">
            <dt className="pt-3 text-std-16B-170 sm:border-b sm:border-solid-gray-420 sm:pb-3">
              {label}
            </dt>
            <dd className="break-words sm:border-b sm:border-solid-gray-420 sm:py-3">
              {value || '—'}
            </dd>
            <dd className="border-b border-solid-gray-420 pb-3 text-std-16N-170 text-solid-gray-700 sm:py-3">
              {field === ''
                ? '非公開（事務局のみ）'
                : published.has(field)
                  ? '名簿で公開'
                  : '非公開'}
            </dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}

function History({ org }: { org: Org }) {
  return (
    <Section title="会員歴">
      <Table
        caption="入会・区分変更・資格停止・退会の記録（古い順）"
        columns={['日付', '出来事', '会員区分', '状態', '理由・備考']}
        rows={org.membershipHistory.map((e) => [
          <span key="d" className="whitespace-nowrap">
            {formatWareki(e.occurredOn)}
          </span>,
          labelOf(EVENT_LABELS, e.kind),
          labelOf(CATEGORY_LABELS, e.categoryAfter),
          labelOf(STATUS_LABELS, e.statusAfter),
          e.note ?? '',
        ])}
        empty="記録はありません。"
      />
    </Section>
  );
}

function Contacts({ org }: { org: Org }) {
  return (
    <Section title="担当者">
      <Table
        caption={`担当者（${org.contacts.length}名）`}
        columns={['氏名', '役割', 'メールアドレス', '電話', '受け取らない配信']}
        rows={org.contacts.map((c) => [
          <span key="n" className="flex min-w-32 flex-col">
            <span>
              {c.name}
              {c.isPrimary && <span className="ml-2 text-std-16B-170">（主担当）</span>}
            </span>
            <span className="text-solid-gray-700">{c.nameKana}</span>
          </span>,
          contactRoleLabels(c.roles) || '—',
          <span key="e" className="inline-block min-w-48 break-all">
            {c.email}
            {c.emailStatus !== 'OK' && (
              <span className="ml-2 text-error-1">
                （
                {c.emailStatus === 'BOUNCED'
                  ? '不達'
                  : c.emailStatus === 'COMPLAINED'
                    ? '苦情'
                    : c.emailStatus}
                ）
              </span>
            )}
          </span>,
          c.phone ?? '—',
          c.optedOutKinds
            .map((k) => ({ NEWSLETTER: 'メールマガジン', VISIT_REPORT: '事務局訪問記' })[k] ?? k)
            .join('、') || 'なし',
        ])}
        empty="担当者は登録されていません。"
      />
    </Section>
  );
}

function Groups({ org }: { org: Org }) {
  return (
    <Section title="ワーキンググループと幹事会">
      <p>
        幹事会：
        {org.boardSeat
          ? `${labelOf(BOARD_ROLE_LABELS, org.boardSeat.role)}（${formatWareki(org.boardSeat.startsOn)}から${
              org.boardSeat.endsOn ? `${formatWareki(org.boardSeat.endsOn)}まで` : ''
            }）`
          : '席はありません'}
      </p>
      <Table
        caption="参加しているワーキンググループ"
        columns={['グループ', '役割', '参加日']}
        rows={org.workingGroupMemberships.map((m) => [
          `第${m.workingGroup.number}WG ${m.workingGroup.title}`,
          labelOf(ROLE_LABELS, m.role),
          <span key="j" className="whitespace-nowrap">
            {formatWareki(m.joinedOn)}
          </span>,
        ])}
        empty="参加しているグループはありません。"
      />
      {org.workingGroupRequests.length > 0 && (
        <Table
          caption="参加・脱退の申出"
          columns={['申出日', 'グループ', '内容', '状態']}
          rows={org.workingGroupRequests.map((r) => [
            <span key="c" className="whitespace-nowrap">
              {formatWareki(r.requestedAt)}
            </span>,
            `第${r.workingGroup.number}WG`,
            labelOf(WG_REQUEST_KIND_LABELS, r.kind),
            DECISION_LABELS[r.decision],
          ])}
        />
      )}
    </Section>
  );
}

function Notices({ org }: { org: Org }) {
  const notices = org.receivedNotices;
  return (
    <Section title="受け取った事務連絡と回答">
      <Table
        caption={`事務連絡（新しい順、${notices.totalCount}件中${notices.edges.length}件）`}
        columns={['送信日', '件名', '回答期限', '回答']}
        rows={notices.edges.map(({ node: n }) => [
          <span key="s" className="whitespace-nowrap">
            {n.sentAt ? formatWareki(n.sentAt) : '未送信'}
          </span>,
          n.subject,
          n.replyRequest ? formatWareki(n.replyRequest.deadline) : '回答不要',
          !n.replyRequest
            ? '—'
            : n.acknowledgement
              ? `回答済み（${formatWarekiDateTime(n.acknowledgement.acknowledgedAt)}、${labelOf(
                  CHANNEL_LABELS,
                  n.acknowledgement.channel,
                )}${n.acknowledgement.late ? '、期限後' : ''}）${
                  n.acknowledgement.answer ? `：${n.acknowledgement.answer}` : ''
                }`
              : '未回答',
        ])}
        empty="受け取った事務連絡はありません。"
      />
    </Section>
  );
}

function VisitReports({ org }: { org: Org }) {
  return (
    <Section title="事務局訪問記">
      <Table
        caption="この団体の訪問記（公開済み）"
        columns={['日付', '題名']}
        rows={org.visitReports.edges.map(({ node: r }) => [
          <span key="d" className="whitespace-nowrap">
            {r.issuedOn ? formatWareki(r.issuedOn) : '—'}
          </span>,
          <ExternalLink key="t" href={r.url}>
            {r.title}
          </ExternalLink>,
        ])}
        empty="訪問記はありません。"
      />
    </Section>
  );
}
