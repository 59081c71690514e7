/**
 * The register's review queues (`/admin/register?view=…`): applications for membership, held
 * profile changes (before/after side by side) and working-group join/leave requests. Each item
 * is approved, or declined with a reason; the list then reloads.
 */
import { useState } from 'react';
import { Link } from '../../../components/Link';
import { Notification } from '../../../components/Notification';
import { Loading } from '../../../components/Page';
import { graphql } from '../../../gql';
import { formatNumber, formatWareki, formatWarekiDateTime } from '../../../lib/format';
import { request } from '../../../lib/graphql';
import { useReloadableQuery } from '../../../lib/use-reloadable-query';
import { Decision } from './Decision';
import {
  CATEGORY_LABELS,
  FIELD_LABELS,
  labelOf,
  PROFILE_FIELD_LABELS,
  SCOPE_LABELS,
  WG_REQUEST_KIND_LABELS,
} from './labels';
import { todayInJapan } from './problems';

const MAX = 50;

const RegisterApplications = graphql(`
  query RegisterApplications($first: Int!) {
    membershipApplications(decision: PENDING, first: $first) {
      totalCount
      edges {
        node {
          requestedAt
          applicantName
          applicantEmail
          message
          organization {
            id
            name
            nameKana
            category
            organizationType
            scope
            website
            description
            fieldsOfActivity
            prefecture {
              name
            }
            designatedCity {
              name
            }
          }
        }
      }
    }
  }
`);

const ApproveApplication = graphql(`
  mutation RegisterApproveApplication($input: ApproveApplicationInput!) {
    approveApplication(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

const RejectApplication = graphql(`
  mutation RegisterRejectApplication($input: RejectApplicationInput!) {
    rejectApplication(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
      ... on ValidationFailedError {
        problems {
          path
          message
        }
      }
    }
  }
`);

const RegisterProfileChanges = graphql(`
  query RegisterProfileChanges($first: Int!) {
    profileChangeRequests(decision: PENDING, first: $first) {
      totalCount
      edges {
        node {
          id
          requestedAt
          organization {
            id
            name
          }
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`);

const ApproveProfileChange = graphql(`
  mutation RegisterApproveProfileChange($input: DecideProfileChangeInput!) {
    approveProfileChange(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

const RejectProfileChange = graphql(`
  mutation RegisterRejectProfileChange($input: DecideProfileChangeInput!) {
    rejectProfileChange(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

const RegisterWorkingGroupRequests = graphql(`
  query RegisterWorkingGroupRequests($first: Int!) {
    workingGroupRequests(decision: PENDING, first: $first) {
      totalCount
      edges {
        node {
          id
          kind
          requestReason
          requestedAt
          organization {
            id
            name
          }
          workingGroup {
            number
            title
          }
        }
      }
    }
  }
`);

const ApproveWorkingGroupRequest = graphql(`
  mutation RegisterApproveWorkingGroupRequest($input: DecideWorkingGroupRequestInput!) {
    approveWorkingGroupRequest(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
      ... on ValidationFailedError {
        problems {
          path
          message
        }
      }
    }
  }
`);

const DeclineWorkingGroupRequest = graphql(`
  mutation RegisterDeclineWorkingGroupRequest($input: DecideWorkingGroupRequestInput!) {
    declineWorkingGroupRequest(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

function Done({ message }: { message: string | null }) {
  if (!message) return null;
  return <Notification type="success" title={message} />;
}

function Count({ total, shown, unit }: { total: number; shown: number; unit: string }) {
  return (
    <p className="text-std-16B-170">
      審査待ち {formatNumber(total)}
      {unit}
      {total > shown && `（新しい順に${formatNumber(shown)}${unit}を表示）`}
    </p>
  );
}

function Card({ title, children }: { title: React.ReactNode; children: React.ReactNode }) {
  return (
    <li>
      <article className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 bg-white p-4 sm:p-6">
        <h2 className="text-std-20B-150 text-solid-gray-900">{title}</h2>
        {children}
      </article>
    </li>
  );
}

function Facts({ items }: { items: [string, React.ReactNode][] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-std-16B-170">{label}</dt>
          <dd className="mb-2 break-words sm:mb-0">{value || '—'}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Applications() {
  const [state, reload] = useReloadableQuery(RegisterApplications, { first: MAX });
  const [done, setDone] = useState<string | null>(null);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return (
      <Notification type="error" title="読み込めませんでした">
        {state.message}
      </Notification>
    );
  const { totalCount, edges } = state.data.membershipApplications;
  return (
    <div className="flex flex-col gap-4">
      <Done message={done} />
      <Count total={totalCount} shown={edges.length} unit="件" />
      {edges.length === 0 && <p>審査待ちの入会申請はありません。</p>}
      <ul className="flex flex-col gap-6">
        {edges.map(({ node: a }) => {
          const o = a.organization;
          const name = o.name ?? '（団体名なし）';
          return (
            <Card key={o.id} title={name}>
              <Facts
                items={[
                  ['ふりがな', o.nameKana],
                  ['申請日', formatWarekiDateTime(a.requestedAt)],
                  ['申請者', `${a.applicantName}（${a.applicantEmail}）`],
                  ['希望する会員区分', labelOf(CATEGORY_LABELS, o.category)],
                  ['法人格・種別', o.organizationType],
                  [
                    '所在地',
                    [o.prefecture?.name, o.designatedCity?.name].filter(Boolean).join(' '),
                  ],
                  ['活動範囲', labelOf(SCOPE_LABELS, o.scope)],
                  [
                    '活動分野',
                    (o.fieldsOfActivity ?? []).map((f) => labelOf(FIELD_LABELS, f)).join('、'),
                  ],
                  ['ウェブサイト', o.website],
                  ['団体の紹介', o.description],
                  ['申請者からの連絡', a.message],
                ]}
              />
              <Decision
                subject={name}
                approveLabel="承認"
                declineLabel="却下"
                reasonHint="却下するときは必須です。理由は申請者にメールで伝えられます。承認すると、主担当者にサインインの案内が届きます。"
                approve={async () =>
                  (
                    await request(ApproveApplication, {
                      input: { organizationId: o.id, joinedOn: todayInJapan() },
                    })
                  ).approveApplication
                }
                decline={async (reason) =>
                  (await request(RejectApplication, { input: { organizationId: o.id, reason } }))
                    .rejectApplication
                }
                onDecided={(message) => {
                  setDone(message);
                  reload();
                }}
              />
            </Card>
          );
        })}
      </ul>
    </div>
  );
}

export function ProfileChanges() {
  const [state, reload] = useReloadableQuery(RegisterProfileChanges, { first: MAX });
  const [done, setDone] = useState<string | null>(null);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return (
      <Notification type="error" title="読み込めませんでした">
        {state.message}
      </Notification>
    );
  const { totalCount, edges } = state.data.profileChangeRequests;
  return (
    <div className="flex flex-col gap-4">
      <Done message={done} />
      <Count total={totalCount} shown={edges.length} unit="件" />
      {edges.length === 0 && <p>審査待ちの変更申請はありません。</p>}
      <ul className="flex flex-col gap-6">
        {edges.map(({ node: r }) => {
          const name = r.organization.name ?? '（団体名なし）';
          return (
            <Card
              key={r.id}
              title={
                <Link to={`/admin/register/${encodeURIComponent(r.organization.id)}`}>{name}</Link>
              }
            >
              <p>申請日：{formatWarekiDateTime(r.requestedAt)}</p>
              <div className="max-w-full overflow-x-auto">
                <table className="w-full border-collapse text-left text-std-16N-170">
                  <caption className="mb-2 text-left text-std-18B-160">変更の内容</caption>
                  <thead>
                    <tr className="border-b-2 border-solid-gray-800">
                      <th scope="col" className="px-3 py-2">
                        項目
                      </th>
                      <th scope="col" className="w-[42%] px-3 py-2">
                        変更前
                      </th>
                      <th scope="col" className="w-[42%] px-3 py-2">
                        変更後
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.changes.map((c) => (
                      <tr key={c.field} className="border-b border-solid-gray-420 align-top">
                        <th scope="row" className="px-3 py-3 text-std-16B-170">
                          {labelOf(PROFILE_FIELD_LABELS, c.field)}
                        </th>
                        <td className="min-w-40 whitespace-pre-wrap break-words bg-error-1/5 px-3 py-3">
                          <span className="sr-only">変更前：</span>
                          {displayValue(c.field, c.before)}
                        </td>
                        <td className="min-w-40 whitespace-pre-wrap break-words bg-success-1/10 px-3 py-3">
                          <span className="sr-only">変更後：</span>
                          {displayValue(c.field, c.after)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Decision
                subject={`${name}の変更申請`}
                approveLabel="承認"
                declineLabel="却下"
                reasonHint="却下するときは必須です。理由は団体に伝えられます。承認すると名簿に反映されます。"
                approve={async (reason) =>
                  (
                    await request(ApproveProfileChange, {
                      input: { requestId: r.id, ...(reason ? { reason } : {}) },
                    })
                  ).approveProfileChange
                }
                decline={async (reason) =>
                  (await request(RejectProfileChange, { input: { requestId: r.id, reason } }))
                    .rejectProfileChange
                }
                onDecided={(message) => {
                  setDone(message);
                  reload();
                }}
              />
            </Card>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * A diff value as a person reads it. The API gives each side as JSON (a string, a list of codes,
 * or null); lists of codes (fields of activity, published fields) become their Japanese labels.
 */
function displayValue(field: string, value: string | null | undefined): string {
  if (value == null || value === '') return '（なし）';
  let parsed: unknown = value;
  try {
    parsed = JSON.parse(value);
  } catch {
    // Not JSON: shown as it is.
  }
  if (parsed == null || parsed === '') return '（なし）';
  if (Array.isArray(parsed)) {
    const labels = field === 'fieldsOfActivity' ? FIELD_LABELS : PROFILE_FIELD_LABELS;
    return parsed.map((c) => labelOf(labels, String(c))).join('、') || '（なし）';
  }
  if (field === 'scope') return labelOf(SCOPE_LABELS, String(parsed));
  return typeof parsed === 'string' ? parsed : JSON.stringify(parsed);
}

export function WorkingGroupRequests() {
  const [state, reload] = useReloadableQuery(RegisterWorkingGroupRequests, { first: MAX });
  const [done, setDone] = useState<string | null>(null);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return (
      <Notification type="error" title="読み込めませんでした">
        {state.message}
      </Notification>
    );
  const { totalCount, edges } = state.data.workingGroupRequests;
  return (
    <div className="flex flex-col gap-4">
      <Done message={done} />
      <Count total={totalCount} shown={edges.length} unit="件" />
      {edges.length === 0 && <p>審査待ちの申出はありません。</p>}
      <ul className="flex flex-col gap-6">
        {edges.map(({ node: r }) => {
          const name = r.organization.name ?? '（団体名なし）';
          const what = `第${r.workingGroup.number}WGへの${labelOf(WG_REQUEST_KIND_LABELS, r.kind)}`;
          return (
            <Card
              key={r.id}
              title={
                <>
                  <Link to={`/admin/register/${encodeURIComponent(r.organization.id)}`}>
                    {name}
                  </Link>
                  ：{what}
                </>
              }
            >
              <Facts
                items={[
                  ['申出日', formatWareki(r.requestedAt)],
                  ['グループ', `第${r.workingGroup.number}WG ${r.workingGroup.title}`],
                  ['内容', labelOf(WG_REQUEST_KIND_LABELS, r.kind)],
                  ['申出の理由', r.requestReason],
                ]}
              />
              <Decision
                subject={`${name}の${what}`}
                approveLabel="承認"
                declineLabel="不承認と"
                reasonHint="不承認とするときは必須です。理由は団体に伝えられます。"
                approve={async (reason) =>
                  (
                    await request(ApproveWorkingGroupRequest, {
                      input: { requestId: r.id, ...(reason ? { reason } : {}) },
                    })
                  ).approveWorkingGroupRequest
                }
                decline={async (reason) =>
                  (
                    await request(DeclineWorkingGroupRequest, {
                      input: { requestId: r.id, reason },
                    })
                  ).declineWorkingGroupRequest
                }
                onDecided={(message) => {
                  setDone(message);
                  reload();
                }}
              />
            </Card>
          );
        })}
      </ul>
    </div>
  );
}
