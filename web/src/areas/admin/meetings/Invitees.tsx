/**
 * 招集対象と出欠: the invited organisations (五十音順, 50 a page) with their replies and
 * attendance. The secretariat enters a reply for an invitee (a paper 委任状, a phone call) until
 * the meeting starts, and records attendance once it has started.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { Notification } from '../../../components/Notification';
import { Loading } from '../../../components/Page';
import { Table } from '../../../components/Table';
import { graphql } from '../../../gql';
import type { AdminMeetingInviteesQuery, MeetingResponseKind } from '../../../gql/graphql';
import { formatNumber, formatWarekiDateTime } from '../../../lib/format';
import { request } from '../../../lib/graphql';
import { problemsByField, RESPONSE_LABELS } from './labels';
import type { MeetingData } from './MeetingDetail';
import { Section } from './Section';
import { useReloadableQuery } from './use-reloadable-query';

const PAGE = 50;

const AdminMeetingInvitees = graphql(`
  query AdminMeetingInvitees($id: ID!, $first: Int!, $after: String, $responded: Boolean) {
    node(id: $id) {
      ... on Meeting {
        invitees(first: $first, after: $after, responded: $responded) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              organization {
                id
                name
              }
              response {
                response
                proxyHolder {
                  id
                  name
                }
                proxyHolderName
                note
                respondedAt
              }
              attended
            }
          }
        }
      }
    }
  }
`);

const RespondToMeeting = graphql(`
  mutation AdminRespondToMeeting($input: RespondToMeetingInput!) {
    respondToMeeting(input: $input) {
      __typename
      ... on Error {
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

const RecordAttendance = graphql(`
  mutation AdminRecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

type Invitee = NonNullable<
  Extract<AdminMeetingInviteesQuery['node'], { invitees: unknown }>
>['invitees']['edges'][number]['node'];

const FILTERS = [
  { value: 'all', label: 'すべて', responded: null },
  { value: 'no-reply', label: '未回答のみ', responded: false },
  { value: 'replied', label: '回答済みのみ', responded: true },
] as const;

export function Invitees({
  meeting,
  started,
  onChanged,
}: {
  meeting: MeetingData;
  started: boolean;
  onChanged: () => void;
}) {
  const [filter, setFilter] = useState<(typeof FILTERS)[number]['value']>('all');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const responded = FILTERS.find((f) => f.value === filter)?.responded ?? null;
  const [state, reload] = useReloadableQuery(AdminMeetingInvitees, {
    id: meeting.id,
    first: PAGE,
    after,
    responded,
  });
  const [replyFor, setReplyFor] = useState<Invitee | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const cancelled = meeting.status === 'CANCELLED';
  const canReply = meeting.repliesOpen;
  const canRecordAttendance = started && !cancelled;

  const connection = state.status === 'done' ? state.data.node : null;
  const invitees =
    connection && 'invitees' in connection ? connection.invitees.edges.map((e) => e.node) : [];
  const total = connection && 'invitees' in connection ? connection.invitees.totalCount : 0;
  const pageInfo = connection && 'invitees' in connection ? connection.invitees.pageInfo : null;

  function changed(message: string) {
    setNotice(message);
    setReplyFor(null);
    reload();
    onChanged();
  }

  return (
    <Section title="招集対象と出欠">
      {notice && <Notification type="success" title={notice} />}
      <SelectField
        label="表示する団体"
        value={filter}
        onChange={(e) => {
          setFilter(e.target.value as typeof filter);
          setCursors([null]);
        }}
      >
        {FILTERS.map((f) => (
          <option key={f.value} value={f.value}>
            {f.label}
          </option>
        ))}
      </SelectField>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <Notification type="error" title="読み込めませんでした">
          {state.message}
        </Notification>
      )}
      {state.status === 'done' && (
        <>
          {canRecordAttendance ? (
            <AttendanceForm
              key={`${filter}|${after}|${invitees.map((i) => `${i.organization.id}:${i.attended}`).join()}`}
              meetingId={meeting.id}
              invitees={invitees}
              caption={`招集対象（${formatNumber(total)}団体）`}
              onSaved={(n) => changed(`${formatNumber(n)}団体の出席を記録しました。`)}
            />
          ) : (
            <div className="[&_table]:min-w-[640px]">
              <Table
                caption={`招集対象（${formatNumber(total)}団体）`}
                columns={['団体', '回答', '委任先・備考', canReply ? '操作' : '回答日時']}
                empty="該当する団体はありません。"
                rows={invitees.map((invitee) => [
                  invitee.organization.name ?? '（名称非公開）',
                  invitee.response ? RESPONSE_LABELS[invitee.response.response] : '未回答',
                  responseDetail(invitee),
                  canReply ? (
                    <Button
                      key="b"
                      variant="tertiary"
                      onClick={() => setReplyFor(invitee)}
                      aria-label={`${invitee.organization.name ?? ''}の回答を入力する`}
                    >
                      回答を入力
                    </Button>
                  ) : invitee.response ? (
                    formatWarekiDateTime(invitee.response.respondedAt)
                  ) : (
                    '—'
                  ),
                ])}
              />
            </div>
          )}
          <div className="flex flex-wrap gap-4">
            {cursors.length > 1 && (
              <Button variant="secondary" onClick={() => setCursors((c) => c.slice(0, -1))}>
                前の{PAGE}団体
              </Button>
            )}
            {pageInfo?.hasNextPage && (
              <Button
                variant="secondary"
                onClick={() => setCursors((c) => [...c, pageInfo.endCursor ?? null])}
              >
                次の{PAGE}団体
              </Button>
            )}
          </div>
        </>
      )}
      {replyFor && (
        <ReplyForm
          key={replyFor.organization.id}
          meeting={meeting}
          invitee={replyFor}
          others={invitees.filter((i) => i.organization.id !== replyFor.organization.id)}
          onCancel={() => setReplyFor(null)}
          onSaved={() => changed(`${replyFor.organization.name ?? ''}の回答を記録しました。`)}
        />
      )}
    </Section>
  );
}

function responseDetail(invitee: Invitee): string {
  const r = invitee.response;
  if (!r) return '';
  const parts: string[] = [];
  if (r.response === 'PROXY') {
    parts.push(`委任先：${r.proxyHolder?.name ?? r.proxyHolderName ?? '議長'}`);
  }
  if (r.note) parts.push(r.note);
  return parts.join('　');
}

type HolderKind = 'CHAIR' | 'ORGANIZATION' | 'NAME';

function ReplyForm({
  meeting,
  invitee,
  others,
  onCancel,
  onSaved,
}: {
  meeting: MeetingData;
  invitee: Invitee;
  others: readonly Invitee[];
  onCancel: () => void;
  onSaved: () => void;
}) {
  const current = invitee.response;
  const [response, setResponse] = useState<MeetingResponseKind>(current?.response ?? 'ATTEND');
  const [holderKind, setHolderKind] = useState<HolderKind>(
    current?.proxyHolder ? 'ORGANIZATION' : current?.proxyHolderName ? 'NAME' : 'CHAIR',
  );
  const [holderOrg, setHolderOrg] = useState(
    current?.proxyHolder?.id ?? others[0]?.organization.id ?? '',
  );
  const [holderName, setHolderName] = useState(current?.proxyHolderName ?? '');
  const [note, setNote] = useState(current?.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const name = invitee.organization.name ?? '（名称非公開）';

  async function save(event: FormEvent) {
    event.preventDefault();
    const proxy = response === 'PROXY';
    const result = (
      await request(RespondToMeeting, {
        input: {
          meetingId: meeting.id,
          organizationId: invitee.organization.id,
          response,
          proxyHolderOrganizationId:
            proxy && holderKind === 'ORGANIZATION' && holderOrg ? holderOrg : null,
          proxyHolderName: proxy && holderKind === 'NAME' ? holderName : null,
          note: note || null,
        },
      })
    ).respondToMeeting;
    if ('message' in result) {
      setError(result.message);
      setErrors('problems' in result ? problemsByField(result.problems) : {});
    } else onSaved();
  }

  return (
    <form
      onSubmit={save}
      className="flex flex-col gap-4 rounded-8 border-2 border-key-900 p-4"
      aria-labelledby="reply-heading"
    >
      <h3 id="reply-heading" ref={heading} tabIndex={-1} className="text-std-18B-160">
        {name}の回答（事務局が入力）
      </h3>
      {error && (
        <Notification type="error" title="記録できませんでした">
          {error}
        </Notification>
      )}
      <fieldset className="flex flex-col gap-2">
        <legend className="text-std-17B-170">回答</legend>
        {(['ATTEND', 'ABSENT', ...(meeting.allowsProxy ? ['PROXY'] : [])] as const).map((r) => (
          <label key={r} className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="response"
              value={r}
              checked={response === r}
              onChange={() => setResponse(r as MeetingResponseKind)}
              className="size-5"
            />
            {RESPONSE_LABELS[r]}
          </label>
        ))}
        {errors.response && <p className="text-error-1">＊{errors.response}</p>}
      </fieldset>
      {response === 'PROXY' && (
        <fieldset className="flex flex-col gap-2">
          <legend className="text-std-17B-170">委任先</legend>
          {(
            [
              ['CHAIR', '議長（委任先の指定なし）'],
              ['ORGANIZATION', '招集対象の他の団体'],
              ['NAME', '個人名を入力'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="holder"
                value={value}
                checked={holderKind === value}
                onChange={() => setHolderKind(value)}
                className="size-5"
              />
              {label}
            </label>
          ))}
          {holderKind === 'ORGANIZATION' && (
            <SelectField
              label="委任先の団体"
              supportText="この一覧に表示している団体から選べます。"
              value={holderOrg}
              onChange={(e) => setHolderOrg(e.target.value)}
              error={errors.proxyHolderOrganizationId}
            >
              {others.map((o) => (
                <option key={o.organization.id} value={o.organization.id}>
                  {o.organization.name ?? '（名称非公開）'}
                </option>
              ))}
            </SelectField>
          )}
          {holderKind === 'NAME' && (
            <TextField
              label="委任先の氏名"
              required
              value={holderName}
              onChange={(e) => setHolderName(e.target.value)}
              error={errors.proxyHolderName}
            />
          )}
        </fieldset>
      )}
      <TextField
        label="備考"
        supportText="例：出席者の氏名、電話で受付"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note}
      />
      <div className="flex flex-wrap gap-4">
        <Button type="submit">回答を記録する</Button>
        <Button variant="secondary" onClick={onCancel}>
          やめる
        </Button>
      </div>
    </form>
  );
}

function AttendanceForm({
  meetingId,
  invitees,
  caption,
  onSaved,
}: {
  meetingId: string;
  invitees: readonly Invitee[];
  caption: string;
  onSaved: (count: number) => void;
}) {
  const [attended, setAttended] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(
      invitees.map((i) => [i.organization.id, i.attended ?? i.response?.response === 'ATTEND']),
    ),
  );
  const [error, setError] = useState<string | null>(null);
  async function save(event: FormEvent) {
    event.preventDefault();
    const entries = invitees.map((i) => ({
      organizationId: i.organization.id,
      attended: attended[i.organization.id] ?? false,
    }));
    if (entries.length === 0) return;
    const result = (await request(RecordAttendance, { input: { meetingId, entries } }))
      .recordAttendance;
    if ('message' in result) setError(result.message);
    else onSaved(entries.filter((e) => e.attended).length);
  }
  return (
    <form onSubmit={save} className="flex flex-col gap-4">
      {error && (
        <Notification type="error" title="記録できませんでした">
          {error}
        </Notification>
      )}
      <p className="text-std-16N-170">
        出席した団体にチェックを付けて「出席を記録する」を押してください（表示中の団体が対象です。未記録の団体は出席の回答をもとに初期表示しています）。
      </p>
      <div className="[&_table]:min-w-[640px]">
        <Table
          caption={caption}
          columns={['出席', '団体', '回答', '委任先・備考', '記録']}
          empty="該当する団体はありません。"
          rows={invitees.map((invitee) => {
            const id = invitee.organization.id;
            const name = invitee.organization.name ?? '（名称非公開）';
            return [
              <input
                key="c"
                type="checkbox"
                className="size-6"
                aria-label={`${name}が出席した`}
                checked={attended[id] ?? false}
                onChange={(e) => setAttended((a) => ({ ...a, [id]: e.target.checked }))}
              />,
              name,
              invitee.response ? RESPONSE_LABELS[invitee.response.response] : '未回答',
              responseDetail(invitee),
              invitee.attended == null ? '未記録' : invitee.attended ? '出席' : '欠席',
            ];
          })}
        />
      </div>
      <div>
        <Button type="submit" disabled={invitees.length === 0}>
          出席を記録する
        </Button>
      </div>
    </form>
  );
}
