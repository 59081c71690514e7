/**
 * 事務連絡・会議 (/member/notices): the circulars (事務連絡) the organisation received, newest
 * first, with their reply state and the reply form (the same reply as the e-mail's link records:
 * once per organisation, late after the deadline); the meetings it is invited to with the
 * attend / absent / proxy reply and the proxy holder; the archive's newsletters and visit reports.
 */
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button } from '../../components/Button';
import { TextareaField, TextField } from '../../components/Field';
import { ExternalLink } from '../../components/Link';
import { Notification } from '../../components/Notification';
import { Loading, Page } from '../../components/Page';
import { graphql } from '../../gql';
import type { MeetingResponseKind, MemberNoticesQuery } from '../../gql/graphql';
import { formatWareki, formatWarekiDateTime } from '../../lib/format';
import { request } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';
import { inputErrors } from './labels';
import { MEMBER_HOME } from './MemberHome';

const MemberNotices = graphql(`
  query MemberNotices {
    viewer {
      organization {
        id
        receivedNotices(first: 50) {
          totalCount
          edges {
            node {
              mailingId
              subject
              sentAt
              replyRequest {
                deadline
                question
                answerRequired
              }
              acknowledgement {
                acknowledgedAt
                answer
                late
              }
            }
          }
        }
      }
    }
    meetings(first: 50, order: STARTS_AT_DESC) {
      edges {
        node {
          id
          title
          body
          startsAt
          place
          onlineUrl
          status
          allowsProxy
          repliesOpen
          ownResponse {
            response
            proxyHolderName
            proxyHolder {
              name
            }
          }
        }
      }
    }
    newsletters: archive(first: 5, kind: NEWSLETTER) {
      edges {
        node {
          id
          title
          issuedOn
          url
        }
      }
    }
    visitReports: archive(first: 5, kind: VISIT_REPORT) {
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
`);

const Acknowledge = graphql(`
  mutation MemberAcknowledge($input: AcknowledgeMailingInput!) {
    acknowledgeMailing(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const Respond = graphql(`
  mutation MemberRespondToMeeting($input: RespondToMeetingInput!) {
    respondToMeeting(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

type Org = NonNullable<MemberNoticesQuery['viewer']['organization']>;
type Notice = Org['receivedNotices']['edges'][number]['node'];
type Meeting = MemberNoticesQuery['meetings']['edges'][number]['node'];

const RESPONSE_LABELS: Record<string, string> = {
  ATTEND: '出席',
  ABSENT: '欠席',
  PROXY: '欠席し、委任する（委任状）',
};
const BODY_LABELS: Record<string, string> = {
  GENERAL_MEETING: '総会',
  BOARD: '幹事会',
  WORKING_GROUP: '分科会',
};

/** Today in Japan as YYYY-MM-DD. */
function todayInJapan(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
}

export function NoticesPage() {
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<ReactNode>(null);
  return (
    <Page title="事務連絡・会議" breadcrumbs={[MEMBER_HOME, { label: '事務連絡・会議' }]}>
      {notice}
      <Loader
        key={reload}
        onChanged={(message) => {
          setNotice(<Notification type="success" title={message} />);
          setReload((n) => n + 1);
        }}
      />
    </Page>
  );
}

function Loader({ onChanged }: { onChanged: (message: string) => void }) {
  const state = useQuery(MemberNotices);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    return (
      <Notification type="error" title="読み込めませんでした">
        {state.message}
      </Notification>
    );
  }
  const org = state.data.viewer.organization;
  if (!org) return null;
  const notices = org.receivedNotices.edges.map((e) => e.node);
  const meetings = state.data.meetings.edges.map((e) => e.node);
  return (
    <>
      <section aria-labelledby="notices-heading" className="flex flex-col gap-4">
        <h2 id="notices-heading" className="text-std-24B-150">
          事務連絡
        </h2>
        {notices.length === 0 ? (
          <p className="text-std-16N-170">受け取った事務連絡はありません。</p>
        ) : (
          <ul aria-label="受け取った事務連絡" className="flex flex-col gap-4">
            {notices.map((n) => (
              <NoticeCard key={n.mailingId} notice={n} onChanged={onChanged} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="meetings-heading" className="flex flex-col gap-4">
        <h2 id="meetings-heading" className="text-std-24B-150">
          会議のお知らせ
        </h2>
        {meetings.length === 0 ? (
          <p className="text-std-16N-170">招集されている会議はありません。</p>
        ) : (
          <ul aria-label="会議" className="flex flex-col gap-4">
            {meetings.map((m) => (
              <MeetingCard key={m.id} meeting={m} organizationId={org.id} onChanged={onChanged} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="archive-heading" className="flex flex-col gap-4">
        <h2 id="archive-heading" className="text-std-24B-150">
          メールマガジン・事務局訪問記（バックナンバー）
        </h2>
        <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
          <ArchiveList
            title="メールマガジン"
            items={state.data.newsletters.edges.map((e) => e.node)}
          />
          <ArchiveList
            title="事務局訪問記"
            items={state.data.visitReports.edges.map((e) => e.node)}
          />
        </div>
        <p className="text-std-16N-170">
          <ExternalLink href="/archive">バックナンバーの一覧</ExternalLink>
        </p>
      </section>
    </>
  );
}

function ArchiveList({
  title,
  items,
}: {
  title: string;
  items: readonly { id: string; title: string; issuedOn?: string | null; url: string }[];
}) {
  return (
    <div className="flex flex-col gap-2">
      <h3 className="text-std-18B-160">{title}</h3>
      {items.length === 0 ? (
        <p className="text-std-16N-170">まだありません。</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {items.map((item) => (
            <li key={item.id} className="text-std-16N-170">
              <ExternalLink href={item.url}>{item.title}</ExternalLink>
              {item.issuedOn && (
                <span className="ml-2 text-solid-gray-700">{formatWareki(item.issuedOn)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function NoticeCard({
  notice,
  onChanged,
}: {
  notice: Notice;
  onChanged: (message: string) => void;
}) {
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const ask = notice.replyRequest;
  const done = notice.acknowledgement;
  const overdue = ask ? ask.deadline < todayInJapan() : false;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setFieldError(undefined);
    if (ask?.answerRequired && answer.trim() === '') {
      setFieldError('回答を入力してください。');
      return;
    }
    setBusy(true);
    try {
      const result = await request(Acknowledge, {
        input: {
          mailingId: notice.mailingId,
          ...(answer.trim() ? { answer: answer.trim() } : {}),
        },
      });
      const outcome = result.acknowledgeMailing;
      if (outcome.__typename === 'AcknowledgementPayload') {
        onChanged(`「${notice.subject}」に回答しました`);
        return;
      }
      setError(outcome.message);
    } catch (e) {
      const refused = inputErrors(e);
      if (refused?.answer) setFieldError(refused.answer);
      setError(e instanceof Error ? e.message : '回答できませんでした。');
    } finally {
      setBusy(false);
    }
  }

  return (
    <li
      aria-label={notice.subject}
      className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 p-4 sm:p-6"
    >
      <h3 className="break-words text-std-20B-150">{notice.subject}</h3>
      <p className="text-std-16N-170 text-solid-gray-700">
        {notice.sentAt ? `${formatWarekiDateTime(notice.sentAt)} 送信` : '送信中'}
      </p>
      {!ask && <p className="text-std-16B-170">回答は求められていません</p>}
      {ask && done && (
        <p className="text-std-16B-170">
          回答済み（{formatWarekiDateTime(done.acknowledgedAt)}
          {done.late ? '・期限後の回答' : ''}）{done.answer ? `：${done.answer}` : ''}
        </p>
      )}
      {ask && !done && (
        <>
          <p className="text-std-16B-170 text-error-1">
            未回答（回答期限：{formatWareki(ask.deadline)}）
          </p>
          <form
            onSubmit={submit}
            noValidate
            aria-label={`「${notice.subject}」への回答`}
            className="flex flex-col gap-4 rounded-8 border border-solid-gray-420 p-4"
          >
            {overdue && (
              <Notification type="warning" title="回答期限を過ぎています">
                回答は受け付けますが、期限後の回答として記録されます。
              </Notification>
            )}
            {error && (
              <Notification type="error" title="回答できませんでした">
                {error}
              </Notification>
            )}
            {ask.question && (
              <TextareaField
                label={ask.question}
                required={ask.answerRequired}
                supportText="2,000文字以内"
                value={answer}
                onChange={(e) => setAnswer(e.target.value)}
                error={fieldError}
              />
            )}
            <p className="text-std-16N-170">
              回答は団体として1回です。送信後の訂正は事務局へご連絡ください。
            </p>
            <div>
              <Button type="submit" disabled={busy}>
                {ask.question ? '回答する' : '確認しました'}
              </Button>
            </div>
          </form>
        </>
      )}
    </li>
  );
}

function MeetingCard({
  meeting,
  organizationId,
  onChanged,
}: {
  meeting: Meeting;
  organizationId: string;
  onChanged: (message: string) => void;
}) {
  const own = meeting.ownResponse;
  const [response, setResponse] = useState<string>(own?.response ?? '');
  const [proxyTo, setProxyTo] = useState<'CHAIR' | 'NAME'>(own?.proxyHolderName ? 'NAME' : 'CHAIR');
  const [holder, setHolder] = useState(own?.proxyHolderName ?? '');
  const [error, setError] = useState<string | null>(null);
  const [holderError, setHolderError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const choices = ['ATTEND', 'ABSENT', ...(meeting.allowsProxy ? ['PROXY'] : [])];

  function ownText(): string {
    if (!own) return '未回答';
    const holderText =
      own.response === 'PROXY'
        ? `（委任先：${own.proxyHolder?.name ?? own.proxyHolderName ?? '議長'}）`
        : '';
    return `${RESPONSE_LABELS[own.response] ?? own.response}${holderText}`;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setHolderError(undefined);
    if (!response) {
      setError('出欠を選んでください。');
      return;
    }
    if (response === 'PROXY' && proxyTo === 'NAME' && holder.trim() === '') {
      setHolderError('委任先の氏名を入力してください。');
      return;
    }
    setBusy(true);
    try {
      const result = await request(Respond, {
        input: {
          meetingId: meeting.id,
          organizationId,
          response: response as MeetingResponseKind,
          ...(response === 'PROXY' && proxyTo === 'NAME' ? { proxyHolderName: holder.trim() } : {}),
        },
      });
      const outcome = result.respondToMeeting;
      if (outcome.__typename === 'RespondToMeetingPayload') {
        onChanged(`「${meeting.title}」の出欠を回答しました`);
        return;
      }
      setError(outcome.message);
    } catch (e) {
      const refused = inputErrors(e);
      if (refused?.proxyHolderName) setHolderError(refused.proxyHolderName);
      setError(e instanceof Error ? e.message : '回答できませんでした。');
    } finally {
      setBusy(false);
    }
  }

  return (
    <li
      aria-label={meeting.title}
      className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 p-4 sm:p-6"
    >
      <h3 className="break-words text-std-20B-150">
        <span className="mr-2 text-std-16N-170 text-solid-gray-700">
          {BODY_LABELS[meeting.body] ?? meeting.body}
        </span>
        {meeting.title}
      </h3>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[8rem_1fr]">
        <dt className="text-std-16B-170">日時</dt>
        <dd className="text-std-16N-170">{formatWarekiDateTime(meeting.startsAt)}</dd>
        <dt className="text-std-16B-170">場所</dt>
        <dd className="break-words text-std-16N-170">
          {meeting.place ?? ''}
          {meeting.onlineUrl && (
            <>
              {meeting.place ? '／' : ''}
              <ExternalLink href={meeting.onlineUrl}>オンライン参加</ExternalLink>
            </>
          )}
        </dd>
        <dt className="text-std-16B-170">回答</dt>
        <dd className="text-std-16B-170">{ownText()}</dd>
      </dl>
      {meeting.status === 'CANCELLED' && (
        <p className="text-std-16B-170">この会議は中止されました。</p>
      )}
      {meeting.status !== 'CANCELLED' && !meeting.repliesOpen && (
        <p className="text-std-16N-170">回答の受付は終了しました。</p>
      )}
      {meeting.repliesOpen && (
        <form
          onSubmit={submit}
          noValidate
          aria-label={`「${meeting.title}」の出欠`}
          className="flex flex-col gap-4 rounded-8 border border-solid-gray-420 p-4"
        >
          {error && (
            <Notification type="error" title="回答できませんでした">
              {error}
            </Notification>
          )}
          <fieldset className="flex flex-col gap-1">
            <legend className="mb-2 text-std-17B-170">出欠（会議の開始まで変更できます）</legend>
            {choices.map((choice) => (
              <label key={choice} className="flex min-h-11 items-center gap-3 text-std-16N-170">
                <input
                  type="radio"
                  name={`response-${meeting.id}`}
                  className="size-6 accent-key-900"
                  value={choice}
                  checked={response === choice}
                  onChange={() => setResponse(choice)}
                />
                {RESPONSE_LABELS[choice]}
              </label>
            ))}
          </fieldset>
          {response === 'PROXY' && (
            <fieldset className="flex flex-col gap-1">
              <legend className="mb-2 text-std-17B-170">委任先</legend>
              <label className="flex min-h-11 items-center gap-3 text-std-16N-170">
                <input
                  type="radio"
                  name={`proxy-${meeting.id}`}
                  className="size-6 accent-key-900"
                  checked={proxyTo === 'CHAIR'}
                  onChange={() => setProxyTo('CHAIR')}
                />
                議長に一任
              </label>
              <label className="flex min-h-11 items-center gap-3 text-std-16N-170">
                <input
                  type="radio"
                  name={`proxy-${meeting.id}`}
                  className="size-6 accent-key-900"
                  checked={proxyTo === 'NAME'}
                  onChange={() => setProxyTo('NAME')}
                />
                氏名を指定する
              </label>
              {proxyTo === 'NAME' && (
                <TextField
                  label="委任先の氏名"
                  required
                  value={holder}
                  onChange={(e) => setHolder(e.target.value)}
                  error={holderError}
                />
              )}
            </fieldset>
          )}
          <div>
            <Button type="submit" disabled={busy}>
              出欠を回答する
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}
