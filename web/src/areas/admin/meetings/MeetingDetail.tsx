/**
 * One meeting (/admin/meetings/:id): its details, the reply counts and quorum forecast, the
 * agenda (議案) with adding and deciding items, the 招集通知, the invitees with their replies
 * (the secretariat enters paper replies and proxies) and attendance, and the minutes.
 */
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import { Button } from '../../../components/Button';
import { TextareaField, TextField } from '../../../components/Field';
import { ExternalLink, Link } from '../../../components/Link';
import { Notification } from '../../../components/Notification';
import { Loading, Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import type { AdminMeetingQuery } from '../../../gql/graphql';
import { formatNumber, formatWarekiDateTime } from '../../../lib/format';
import { request } from '../../../lib/graphql';
import { Agenda } from './Agenda';
import { Invitees } from './Invitees';
import { bodyName, meetingPath, STATUS_LABELS } from './labels';
import { NoticeSection } from './NoticeSection';
import { Section } from './Section';
import { useReloadableQuery } from './use-reloadable-query';

const AdminMeeting = graphql(`
  query AdminMeeting($id: ID!) {
    node(id: $id) {
      __typename
      ... on Meeting {
        id
        title
        body
        workingGroup {
          number
        }
        startsAt
        endsAt
        meetingDate
        place
        onlineUrl
        status
        cancellationReason
        allowsProxy
        repliesOpen
        minutes
        version
        quorumRule {
          numerator
          denominator
        }
        responses {
          invited
          attend
          absent
          proxy
          noReply
        }
        quorum {
          invited
          present
          required
          reached
          basis
        }
        agendaItems {
          id
          position
          title
          description
          proposer {
            kind
            organization {
              name
            }
          }
          status
          resultNote
          decidedAt
        }
      }
    }
  }
`);

const CancelMeeting = graphql(`
  mutation AdminCancelMeeting($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const RecordMinutes = graphql(`
  mutation AdminRecordMinutes($input: RecordMinutesInput!) {
    recordMinutes(input: $input) {
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

export type MeetingData = Extract<AdminMeetingQuery['node'], { __typename: 'Meeting' }>;

export function MeetingDetail() {
  const { id = '' } = useParams();
  const [state, reload] = useReloadableQuery(AdminMeeting, { id });
  const crumbs = [
    { label: 'ダッシュボード', to: '/admin/' },
    { label: '会議', to: '/admin/meetings' },
  ];
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    return (
      <Page title="会議" breadcrumbs={[...crumbs, { label: '会議' }]}>
        <Notification type="error" title="読み込めませんでした">
          {state.message}
        </Notification>
      </Page>
    );
  }
  const meeting = state.data.node?.__typename === 'Meeting' ? state.data.node : null;
  if (!meeting) {
    return (
      <Page title="会議が見つかりません" breadcrumbs={[...crumbs, { label: '見つかりません' }]}>
        <p>
          URL をご確認ください。<Link to="/admin/meetings">会議の一覧</Link>へ戻る
        </p>
      </Page>
    );
  }
  const started = new Date(meeting.startsAt) <= new Date();
  return (
    <Page title={meeting.title} breadcrumbs={[...crumbs, { label: meeting.title }]}>
      <Overview meeting={meeting} onChanged={reload} />
      <QuorumSection meeting={meeting} />
      <Agenda meeting={meeting} onChanged={reload} />
      {meeting.status === 'SCHEDULED' && <NoticeSection meeting={meeting} />}
      <Invitees meeting={meeting} started={started} onChanged={reload} />
      {started && meeting.status !== 'CANCELLED' && (
        <Minutes meeting={meeting} onChanged={reload} />
      )}
    </Page>
  );
}

function Overview({ meeting, onChanged }: { meeting: MeetingData; onChanged: () => void }) {
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function cancel(event: FormEvent) {
    event.preventDefault();
    const result = (
      await request(CancelMeeting, { input: { meetingId: meeting.id, reason: reason || null } })
    ).cancelMeeting;
    if ('message' in result) setError(result.message);
    else {
      setCancelling(false);
      onChanged();
    }
  }
  const rows: [string, React.ReactNode][] = [
    ['会議体', bodyName(meeting.body, meeting.workingGroup?.number)],
    [
      '日時',
      `${formatWarekiDateTime(meeting.startsAt)}${
        meeting.endsAt ? ` 〜 ${formatWarekiDateTime(meeting.endsAt)}` : ''
      }`,
    ],
    ['会場', meeting.place ?? 'なし'],
    [
      'オンライン',
      meeting.onlineUrl ? (
        <ExternalLink key="u" href={meeting.onlineUrl}>
          {meeting.onlineUrl}
        </ExternalLink>
      ) : (
        'なし'
      ),
    ],
    [
      '状態',
      `${STATUS_LABELS[meeting.status]}${
        meeting.status === 'SCHEDULED'
          ? meeting.repliesOpen
            ? '（出欠の回答を受付中）'
            : '（開始済み・回答の受付は終了）'
          : ''
      }`,
    ],
    ...(meeting.cancellationReason
      ? ([['中止の理由', meeting.cancellationReason]] as [string, string][])
      : []),
    ['委任状', meeting.allowsProxy ? '受け付ける' : '受け付けない'],
    [
      '定足数',
      `招集した団体の ${meeting.quorumRule.numerator}/${meeting.quorumRule.denominator} を超える出席（委任状を含む）`,
    ],
  ];
  return (
    <section className="flex flex-col gap-4" aria-labelledby="overview-heading">
      <h2 id="overview-heading" className="sr-only">
        会議の概要
      </h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-std-16N-170 sm:grid-cols-[10rem_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-bold">{term}</dt>
            <dd className="mb-2 break-words sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
      {meeting.status !== 'CANCELLED' && (
        <div className="flex flex-wrap gap-4">
          <Link to={meetingPath(meeting.id, '/edit')}>会議の内容を変更する</Link>
          {meeting.status === 'SCHEDULED' && !cancelling && (
            <Button variant="tertiary" onClick={() => setCancelling(true)}>
              この会議を中止する
            </Button>
          )}
        </div>
      )}
      {cancelling && (
        <form onSubmit={cancel} className="flex flex-col gap-4 rounded-8 bg-solid-gray-50 p-4">
          {error && (
            <Notification type="error" title="中止できませんでした">
              {error}
            </Notification>
          )}
          <TextField
            label="中止の理由"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoFocus
          />
          <div className="flex flex-wrap gap-4">
            <Button type="submit">中止する</Button>
            <Button variant="secondary" onClick={() => setCancelling(false)}>
              やめる
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

function QuorumSection({ meeting }: { meeting: MeetingData }) {
  const { responses: r, quorum: q } = meeting;
  const forecast = q.basis === 'RESPONSES';
  return (
    <Section title={forecast ? '出欠の回答と定足数の見込み' : '出席と定足数'}>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {(
          [
            ['招集', r.invited],
            ['出席', r.attend],
            ['委任状', r.proxy],
            ['欠席', r.absent],
            ['未回答', r.noReply],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="rounded-8 border border-solid-gray-420 p-3">
            <dt className="text-std-16N-170">{label}</dt>
            <dd className="text-std-24B-150">{formatNumber(value)}</dd>
          </div>
        ))}
      </dl>
      {meeting.status !== 'CANCELLED' && (
        <Notification
          type={q.reached ? 'success' : 'warning'}
          title={
            forecast
              ? q.reached
                ? '定足数に達する見込みです'
                : '定足数に達していません（回答による見込み）'
              : q.reached
                ? '定足数を満たしました'
                : '定足数を満たしていません'
          }
        >
          {forecast ? '出席と委任状の回答' : '出席した団体と委任状（欠席した団体の分）'}が
          {formatNumber(q.present)}団体、必要数は{formatNumber(q.required)}団体です（招集
          {formatNumber(q.invited)}団体）。
        </Notification>
      )}
    </Section>
  );
}

function Minutes({ meeting, onChanged }: { meeting: MeetingData; onChanged: () => void }) {
  const [text, setText] = useState(meeting.minutes ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  async function save(event: FormEvent) {
    event.preventDefault();
    setFieldError(undefined);
    const result = (
      await request(RecordMinutes, {
        input: { meetingId: meeting.id, expectedVersion: meeting.version, minutes: text },
      })
    ).recordMinutes;
    if ('message' in result) {
      setMessage({ ok: false, text: result.message });
      if ('problems' in result) setFieldError(result.problems[0]?.message);
    } else {
      setMessage({ ok: true, text: '議事録を保存しました。' });
      onChanged();
    }
  }
  return (
    <Section title="議事録">
      {message && (
        <Notification
          type={message.ok ? 'success' : 'error'}
          title={message.ok ? message.text : '保存できませんでした'}
        >
          {message.ok ? null : message.text}
        </Notification>
      )}
      <form onSubmit={save} className="flex flex-col gap-4">
        <TextareaField
          label="議事録"
          supportText="保存すると会議は「開催済み」になり、出欠の回答は締め切られます。"
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={fieldError}
          rows={10}
        />
        <div>
          <Button type="submit">議事録を保存する</Button>
        </div>
      </form>
    </Section>
  );
}
