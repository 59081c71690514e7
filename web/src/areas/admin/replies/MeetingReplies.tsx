/**
 * The replies to a 招集通知 (/admin/replies/:id for a MEETING_NOTICE): the meeting's counts and
 * each invited organisation's answer (出席・欠席・委任), paged on the server; the secretariat
 * records an answer received by phone (respondToMeeting) while replies are open.
 */
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { Link } from '../../../components/Link';
import { Notification } from '../../../components/Notification';
import { Loading } from '../../../components/Page';
import { Table } from '../../../components/Table';
import { graphql } from '../../../gql';
import type { MeetingResponseKind } from '../../../gql/graphql';
import { formatNumber, formatWarekiDateTime } from '../../../lib/format';
import { request } from '../../../lib/graphql';
import { useReloadableQuery } from '../../../lib/use-reloadable-query';
import { afterCursor, Pager } from '../register/Pager';

const PAGE_SIZE = 50;

const MeetingRepliesQuery = graphql(`
  query MeetingReplies($id: ID!, $first: Int!, $after: String, $responded: Boolean) {
    node(id: $id) {
      __typename
      ... on Meeting {
        id
        title
        startsAt
        repliesOpen
        responses {
          invited
          attend
          absent
          proxy
          noReply
        }
        invitees(first: $first, after: $after, responded: $responded) {
          totalCount
          edges {
            node {
              organization {
                id
                name
              }
              response {
                response
                respondedAt
                proxyHolderName
                note
              }
            }
          }
        }
      }
    }
  }
`);

const RespondToMeeting = graphql(`
  mutation RepliesRespondToMeeting($input: RespondToMeetingInput!) {
    respondToMeeting(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

export const RESPONSE_LABELS: Record<string, string> = {
  ATTEND: '出席',
  ABSENT: '欠席',
  PROXY: '委任',
};

const FILTERS = [
  { value: '', label: 'すべて' },
  { value: 'yes', label: '回答済み' },
  { value: 'no', label: '未回答' },
] as const;

export function MeetingReplies({ meetingId }: { meetingId: string }) {
  const [params, setParams] = useSearchParams();
  const filter =
    params.get('responded') === 'yes' ? 'yes' : params.get('responded') === 'no' ? 'no' : '';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const [state, reload] = useReloadableQuery(MeetingRepliesQuery, {
    id: meetingId,
    first: PAGE_SIZE,
    after: afterCursor(page, PAGE_SIZE),
    responded: filter === '' ? null : filter === 'yes',
  });
  const [done, setDone] = useState<string | null>(null);
  const [recording, setRecording] = useState<{ id: string; name: string } | null>(null);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return (
      <Notification type="error" title="読み込めませんでした">
        {state.message}
      </Notification>
    );
  const m = state.data.node;
  if (m?.__typename !== 'Meeting') return <p>会議が見つかりません。</p>;
  const r = m.responses;
  return (
    <div className="flex flex-col gap-6">
      {done && <Notification type="success" title={done} />}
      <p>
        {m.title}（{formatWarekiDateTime(m.startsAt)}）
        {m.repliesOpen ? '' : '　回答の受付は終わりました。'}
      </p>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
        {(
          [
            ['招集した団体', r.invited],
            ['出席', r.attend],
            ['欠席', r.absent],
            ['委任', r.proxy],
            ['未回答', r.noReply],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="rounded-8 border border-solid-gray-420 p-3">
            <dt className="text-std-16N-170 text-solid-gray-700">{label}</dt>
            <dd className="text-std-24B-150">{formatNumber(value)}</dd>
          </div>
        ))}
      </dl>
      <nav aria-label="回答の状態で絞り込む">
        <ul className="flex flex-wrap gap-2 border-b border-solid-gray-420">
          {FILTERS.map((f) => (
            <li key={f.value}>
              <Link
                to={`?${new URLSearchParams(f.value ? { responded: f.value } : {}).toString()}`}
                aria-current={f.value === filter ? 'page' : undefined}
                className={`inline-block px-3 py-2 ${f.value === filter ? 'border-b-4 border-key-900 font-bold' : ''}`}
              >
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Table
        caption={`団体ごとの回答（${formatNumber(m.invitees.totalCount)}団体）`}
        columns={['団体', '回答', '回答日時', '委任先・備考', '操作']}
        empty="該当する団体はありません。"
        rows={m.invitees.edges.map(({ node: i }) => [
          <Link key="o" to={`/admin/register/${encodeURIComponent(i.organization.id)}`}>
            {i.organization.name}
          </Link>,
          i.response ? (
            (RESPONSE_LABELS[i.response.response] ?? i.response.response)
          ) : (
            <span key="n" className="font-bold text-error-1">
              未回答
            </span>
          ),
          <span key="t" className="whitespace-nowrap">
            {i.response ? formatWarekiDateTime(i.response.respondedAt) : '—'}
          </span>,
          [i.response?.proxyHolderName, i.response?.note].filter(Boolean).join('／') || '—',
          m.repliesOpen ? (
            <Button
              key="b"
              variant="secondary"
              aria-label={`${i.organization.name}の回答を記録する`}
              onClick={() =>
                setRecording({ id: i.organization.id, name: i.organization.name ?? '' })
              }
            >
              回答を記録
            </Button>
          ) : (
            ''
          ),
        ])}
      />
      {recording && (
        <RecordMeetingReply
          meetingId={m.id}
          organization={recording}
          onClose={() => setRecording(null)}
          onRecorded={(message) => {
            setRecording(null);
            setDone(message);
            reload();
          }}
        />
      )}
      <Pager
        page={page}
        pageSize={PAGE_SIZE}
        total={m.invitees.totalCount}
        onPage={(p) => {
          const next = new URLSearchParams(params);
          if (p > 1) next.set('page', String(p));
          else next.delete('page');
          setParams(next);
        }}
      />
    </div>
  );
}

function RecordMeetingReply({
  meetingId,
  organization,
  onClose,
  onRecorded,
}: {
  meetingId: string;
  organization: { id: string; name: string };
  onClose: () => void;
  onRecorded: (message: string) => void;
}) {
  const [failure, setFailure] = useState<string | null>(null);
  const [choiceError, setChoiceError] = useState<string | undefined>();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const response = String(data.get('response') ?? '');
    const proxyHolderName = String(data.get('proxyHolderName') ?? '').trim();
    const note = String(data.get('note') ?? '').trim();
    setFailure(null);
    if (!(response in RESPONSE_LABELS)) {
      setChoiceError('回答を選んでください。');
      return;
    }
    setChoiceError(undefined);
    const r = (
      await request(RespondToMeeting, {
        input: {
          meetingId,
          organizationId: organization.id,
          response: response as MeetingResponseKind,
          ...(response === 'PROXY' && proxyHolderName ? { proxyHolderName } : {}),
          ...(note ? { note } : {}),
        },
      })
    ).respondToMeeting;
    if (r.__typename === 'RespondToMeetingPayload') {
      onRecorded(`${organization.name}の回答を記録しました。`);
    } else if ('message' in r) {
      setFailure(r.message);
    }
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={`${organization.name}の回答を記録する`}
      className="flex flex-col gap-4 rounded-12 border-2 border-key-900 p-4 sm:p-6"
    >
      <h2 className="text-std-20B-150">{organization.name}の回答を記録する</h2>
      {failure && (
        <Notification type="error" title="記録できませんでした">
          {failure}
        </Notification>
      )}
      <SelectField label="回答" name="response" required defaultValue="" error={choiceError}>
        <option value="">選択してください</option>
        <option value="ATTEND">出席</option>
        <option value="ABSENT">欠席</option>
        <option value="PROXY">委任</option>
      </SelectField>
      <TextField
        label="委任先の氏名"
        name="proxyHolderName"
        supportText="委任のとき。空欄なら議長に一任です。"
      />
      <TextField label="備考" name="note" supportText="例：12月5日 電話で回答" />
      <div className="flex flex-wrap gap-4">
        <Button type="submit">記録する</Button>
        <Button variant="tertiary" onClick={onClose}>
          やめる
        </Button>
      </div>
    </form>
  );
}
