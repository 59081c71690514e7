/**
 * One circular's replies (/admin/replies/:id): the counts, each addressed organisation with its
 * reply (paged on the server, filtered by state), a reminder sent after a preview — with an
 * optional message above the circular, and as a draft to approve when the circular's approval
 * policy asks for it — a reply received by phone recorded by the secretariat, and a CSV of every
 * organisation.
 */
import { type FormEvent, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { TextareaField, TextField } from '../../../components/Field';
import { ExternalLink, Link } from '../../../components/Link';
import { Notification } from '../../../components/Notification';
import { Loading, Page } from '../../../components/Page';
import { Table } from '../../../components/Table';
import { graphql } from '../../../gql';
import type { ReplyState } from '../../../gql/graphql';
import { formatNumber, formatWareki, formatWarekiDateTime } from '../../../lib/format';
import { request } from '../../../lib/graphql';
import { useReloadableQuery } from '../../../lib/use-reloadable-query';
import { STATUS_LABELS } from '../mailings/labels';
import { afterCursor, Pager } from '../register/Pager';
import { downloadRepliesCsv } from './csv';
import { MeetingReplies } from './MeetingReplies';

const PAGE_SIZE = 50;

const MailingRepliesQuery = graphql(`
  query MailingReplies($id: ID!, $first: Int!, $after: String, $state: ReplyState) {
    settings {
      approvalRequiredKinds
    }
    node(id: $id) {
      __typename
      ... on Mailing {
        id
        kind
        subject
        status
        version
        approvalRequired
        startedAt
        previewUrl
        meeting {
          id
        }
        reminders {
          id
          subject
          status
          approvalRequired
          createdAt
          startedAt
        }
        content {
          __typename
          ... on NoticeContent {
            reply {
              deadline
              question
            }
          }
        }
        replySummary {
          organizations
          delivered
          acknowledged
          notYet
          unreached
          late
        }
        replies(first: $first, after: $after, state: $state) {
          totalCount
          edges {
            node {
              organizationName
              organization {
                id
              }
              state
              delivered
              addresses
              reminded
              acknowledgement {
                acknowledgedAt
                answer
                channel
                late
                note
              }
            }
          }
        }
      }
    }
  }
`);

const SendReminder = graphql(`
  mutation RepliesSendReminder($input: SendReminderInput!) {
    sendReminder(input: $input) {
      __typename
      ... on SendReminderPayload {
        reminder {
          id
          subject
          status
        }
      }
      ... on ValidationFailedError {
        problems {
          path
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const RecordAcknowledgement = graphql(`
  mutation RepliesRecordAcknowledgement($input: RecordAcknowledgementInput!) {
    recordAcknowledgement(input: $input) {
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

const STATES: { value: '' | ReplyState; label: string }[] = [
  { value: '', label: 'すべて' },
  { value: 'ACKNOWLEDGED', label: '回答済み' },
  { value: 'NOT_YET', label: '未回答' },
  { value: 'UNREACHED', label: '不達' },
];

export const STATE_LABELS: Record<string, string> = {
  ACKNOWLEDGED: '回答済み',
  NOT_YET: '未回答',
  UNREACHED: '不達',
};

export const CHANNEL_LABELS: Record<string, string> = {
  LINK: 'メールのリンク',
  API: '会員ページ',
  SECRETARIAT: '事務局が記録',
};

const REPLIES = { label: '返信', to: '/admin/replies' };
const HOME = { label: 'ダッシュボード', to: '/admin/' };

export function MailingReplies() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('state') ?? '';
  const state = STATES.some((s) => s.value === stateParam) ? (stateParam as '' | ReplyState) : '';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const [query, reload] = useReloadableQuery(MailingRepliesQuery, {
    id,
    first: PAGE_SIZE,
    after: afterCursor(page, PAGE_SIZE),
    state: state || null,
  });
  const [done, setDone] = useState<Done | null>(null);
  const [recording, setRecording] = useState<string | null>(null);

  if (query.status === 'loading')
    return (
      <Page title="回答状況" breadcrumbs={[HOME, REPLIES, { label: '回答状況' }]}>
        <Loading />
      </Page>
    );
  if (query.status === 'error')
    return (
      <Page title="回答状況" breadcrumbs={[HOME, REPLIES, { label: '回答状況' }]}>
        <Notification type="error" title="読み込めませんでした">
          {query.message}
        </Notification>
      </Page>
    );
  const m = query.data.node;
  if (m?.__typename === 'Mailing' && m.kind === 'MEETING_NOTICE' && m.meeting) {
    return (
      <Page title={m.subject} breadcrumbs={[HOME, REPLIES, { label: m.subject }]}>
        <MeetingReplies meetingId={m.meeting.id} />
      </Page>
    );
  }
  if (m?.__typename !== 'Mailing' || !m.replySummary) {
    return (
      <Page title="回答状況" breadcrumbs={[HOME, REPLIES, { label: '回答状況' }]}>
        <p>この配信は回答をお願いした事務連絡ではありません。</p>
      </Page>
    );
  }
  const s = m.replySummary;
  const reply = m.content?.__typename === 'NoticeContent' ? m.content.reply : null;

  function go(next: { state?: string; page?: number }) {
    const p = new URLSearchParams(params);
    if (next.state !== undefined) {
      if (next.state) p.set('state', next.state);
      else p.delete('state');
      p.delete('page');
    }
    if (next.page !== undefined) {
      if (next.page > 1) p.set('page', String(next.page));
      else p.delete('page');
    }
    setParams(p);
  }

  return (
    <Page title={m.subject} breadcrumbs={[HOME, REPLIES, { label: m.subject }]}>
      {done && (
        <Notification type="success" title={done.title}>
          {done.link && <Link to={done.link.to}>{done.link.label}</Link>}
        </Notification>
      )}
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
        {(
          [
            ['宛先の団体', s.organizations],
            ['届いた団体', s.delivered],
            ['回答済み', s.acknowledged],
            ['うち期限後', s.late],
            ['未回答', s.notYet],
            ['不達', s.unreached],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="rounded-8 border border-solid-gray-420 p-3">
            <dt className="text-std-16N-170 text-solid-gray-700">{label}</dt>
            <dd className="text-std-24B-150">{formatNumber(value)}</dd>
          </div>
        ))}
      </dl>
      <p className="flex flex-wrap gap-x-6">
        <span>送信日：{m.startedAt ? formatWareki(m.startedAt) : '—'}</span>
        {reply && <span>回答期限：{formatWareki(reply.deadline)}</span>}
        {reply?.question && <span>質問：{reply.question}</span>}
      </p>
      {m.reminders.length > 0 && (
        <section aria-labelledby="reminders-heading" className="flex flex-col gap-2">
          <h2 id="reminders-heading" className="text-std-20B-150">
            督促（{formatNumber(m.reminders.length)}件）
          </h2>
          <ul className="flex flex-col gap-1" data-testid="reminders">
            {m.reminders.map((r) => (
              <li key={r.id}>
                <Link to={`/admin/mailings/${encodeURIComponent(r.id)}`}>{r.subject}</Link>
                {'　'}
                {r.status === 'DRAFT'
                  ? r.approvalRequired
                    ? '下書き（承認待ち。作成者以外の管理者が承認してから送信します）'
                    : '下書き（未送信）'
                  : `${STATUS_LABELS[r.status] ?? r.status}（${formatWarekiDateTime(r.startedAt ?? r.createdAt)}）`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="flex flex-wrap gap-4">
        <ReminderPreview
          mailingId={m.id}
          version={m.version}
          subject={m.subject}
          previewUrl={m.previewUrl}
          canSend={m.status === 'SENT'}
          pending={s.notYet + s.unreached}
          approval={
            m.approvalRequired
              ? 'CIRCULAR'
              : query.data.settings.approvalRequiredKinds.includes('NOTICE')
                ? 'SETTING'
                : null
          }
          onSent={(result) => {
            setDone(result);
            reload();
          }}
        />
        <CsvButton mailingId={m.id} subject={m.subject} />
      </div>

      <nav aria-label="回答の状態で絞り込む">
        <ul className="flex flex-wrap gap-2 border-b border-solid-gray-420">
          {STATES.map((st) => (
            <li key={st.value}>
              <Link
                to={`?${new URLSearchParams(st.value ? { state: st.value } : {}).toString()}`}
                aria-current={st.value === state ? 'page' : undefined}
                className={`inline-block px-3 py-2 no-underline ${
                  st.value === state ? 'border-b-4 border-key-900 font-bold' : ''
                }`}
              >
                {st.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <Table
        caption={`団体ごとの回答（五十音順、${formatNumber(m.replies.totalCount)}団体）`}
        columns={['団体', '状態', '回答日時', '回答', '経路', '督促', '操作']}
        empty="該当する団体はありません。"
        rows={m.replies.edges.map(({ node: r }) => {
          const a = r.acknowledgement;
          const orgId = r.organization?.id;
          return [
            <span key="o" className="flex min-w-40 flex-col">
              {orgId ? (
                <Link to={`/admin/register/${encodeURIComponent(orgId)}`}>
                  {r.organizationName}
                </Link>
              ) : (
                r.organizationName
              )}
              <span className="break-all text-solid-gray-700">{r.addresses.join('、')}</span>
            </span>,
            <span key="s" className={r.state === 'ACKNOWLEDGED' ? '' : 'font-bold text-error-1'}>
              {STATE_LABELS[r.state] ?? r.state}
              {a?.late && '（期限後）'}
            </span>,
            <span key="t" className="whitespace-nowrap">
              {a ? formatWarekiDateTime(a.acknowledgedAt) : '—'}
            </span>,
            <span key="a" className="min-w-32">
              {a?.answer ?? (a ? '（確認のみ）' : '—')}
              {a?.note && <span className="block text-solid-gray-700">備考：{a.note}</span>}
            </span>,
            a ? (CHANNEL_LABELS[a.channel] ?? a.channel) : '—',
            r.reminded ? '督促済み' : '—',
            !a && orgId ? (
              <Button
                key="r"
                variant="secondary"
                aria-label={`${r.organizationName}の回答を記録する`}
                onClick={() => setRecording(orgId)}
              >
                回答を記録
              </Button>
            ) : (
              ''
            ),
          ];
        })}
      />
      {recording && (
        <RecordForm
          mailingId={m.id}
          organizationId={recording}
          organizationName={
            m.replies.edges.find((e) => e.node.organization?.id === recording)?.node
              .organizationName ?? ''
          }
          question={reply?.question ?? null}
          onClose={() => setRecording(null)}
          onRecorded={(message) => {
            setRecording(null);
            setDone({ title: message });
            reload();
          }}
        />
      )}
      <Pager
        page={page}
        pageSize={PAGE_SIZE}
        total={m.replies.totalCount}
        onPage={(p) => go({ page: p })}
      />
    </Page>
  );
}

/** What the page reports after an action: a title, and a link where there is more to do. */
interface Done {
  title: string;
  link?: { to: string; label: string };
}

/** The longest message the API accepts with a reminder. */
const MAX_REMINDER_MESSAGE = 400;

function ReminderPreview({
  mailingId,
  version,
  subject,
  previewUrl,
  canSend,
  pending,
  approval,
  onSent,
}: {
  mailingId: string;
  version: number;
  subject: string;
  previewUrl: string;
  canSend: boolean;
  pending: number;
  /** Why the reminder needs an admin's approval before it is sent, if it does. */
  approval: 'CIRCULAR' | 'SETTING' | null;
  onSent: (result: Done) => void;
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [messageError, setMessageError] = useState<string | undefined>();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  if (!open) {
    return (
      <Button onClick={() => setOpen(true)} disabled={!canSend || pending === 0}>
        督促を送る（プレビュー）
      </Button>
    );
  }
  const added = message.trim();
  async function send() {
    setError(null);
    setMessageError(undefined);
    if (added.length > MAX_REMINDER_MESSAGE) {
      setMessageError(
        `督促に添える文は${MAX_REMINDER_MESSAGE}文字以内で入力してください（${added.length}文字あります）。`,
      );
      return;
    }
    setBusy(true);
    try {
      const r = (
        await request(SendReminder, {
          input: { mailingId, expectedVersion: version, ...(added ? { message: added } : {}) },
        })
      ).sendReminder;
      if (r.__typename === 'SendReminderPayload') {
        setOpen(false);
        setMessage('');
        const reminderPage = `/admin/mailings/${encodeURIComponent(r.reminder.id)}`;
        onSent(
          r.reminder.status === 'DRAFT'
            ? {
                title: `督促「${r.reminder.subject}」の下書きを作成しました。作成者以外の管理者が承認してから送信してください。`,
                link: { to: reminderPage, label: '督促の下書きを開く（承認と送信）' },
              }
            : {
                title: `督促「${r.reminder.subject}」の送信を始めました。`,
                link: { to: reminderPage, label: '督促の送信状況を見る' },
              },
        );
      } else if (r.__typename === 'ValidationFailedError') {
        const atMessage = r.problems.find((p) => p.path.at(-1) === 'message');
        if (atMessage) setMessageError(atMessage.message);
        else setError(r.problems.map((p) => p.message).join(' ') || r.message);
      } else if ('message' in r) {
        setError(r.message);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : '送信できませんでした。');
    } finally {
      setBusy(false);
    }
  }
  return (
    <section
      aria-label="督促のプレビュー"
      className="flex w-full flex-col gap-3 rounded-12 border-2 border-key-900 p-4 sm:p-6"
    >
      <h2 className="text-std-20B-150">督促のプレビュー</h2>
      {error && (
        <Notification type="error" title="督促を送れませんでした">
          {error}
        </Notification>
      )}
      <TextareaField
        label="督促に添える文（任意）"
        supportText={`元の事務連絡の上に「事務局より」として表示されます（${MAX_REMINDER_MESSAGE}文字以内、段落の間は空行）。例：回答期限が近づいています。お手数ですが御回答をお願いします。`}
        value={message}
        rows={3}
        onChange={(e) => {
          setMessage(e.target.value);
          setMessageError(undefined);
        }}
        error={messageError}
      />
      <dl className="grid grid-cols-1 gap-x-4 sm:grid-cols-[8rem_1fr]">
        <dt className="text-std-16B-170">件名</dt>
        <dd className="break-words">【再送・回答のお願い】{subject}</dd>
        <dt className="text-std-16B-170">送り先</dt>
        <dd>
          まだ回答していない団体（今は{formatNumber(pending)}
          団体）。送信を始める時点で決まるので、その間に回答した団体には送られません。届かなかった担当者の代わりに、同じ団体の別の担当者へ送ります。
        </dd>
        <dt className="text-std-16B-170">本文</dt>
        <dd>
          {added && (
            <>
              <span className="block">いちばん上に「事務局より」として次の文を添えます。</span>
              <span
                className="my-1 block whitespace-pre-wrap break-words border-l-4 border-key-900 pl-3"
                data-testid="reminder-message-preview"
              >
                {added}
              </span>
              その下は
            </>
          )}
          元の事務連絡と同じです（
          <ExternalLink href={previewUrl} target="_blank" rel="noopener">
            本文のプレビューを開く
          </ExternalLink>
          ）。
        </dd>
        <dt className="text-std-16B-170">承認</dt>
        <dd data-testid="reminder-approval">
          {approval === null
            ? '不要です。送信するとすぐに送り始めます。'
            : `必要です（${
                approval === 'CIRCULAR'
                  ? '元の事務連絡が承認を必要としたため'
                  : '事務連絡は承認が必須の設定のため'
              }）。督促は下書きとして作成され、作成者以外の管理者が承認してから送信します。`}
        </dd>
      </dl>
      <div className="flex flex-wrap gap-4">
        <Button onClick={send} disabled={busy}>
          {approval === null ? 'この内容で督促を送信する' : 'この内容で督促の下書きを作成する'}
        </Button>
        <Button variant="tertiary" onClick={() => setOpen(false)}>
          やめる
        </Button>
      </div>
    </section>
  );
}

function CsvButton({ mailingId, subject }: { mailingId: string; subject: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-2">
      <Button
        variant="secondary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            await downloadRepliesCsv(mailingId, subject);
          } catch (e) {
            setError(e instanceof Error ? e.message : '書き出せませんでした。');
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? '書き出し中…' : 'CSVを書き出す'}
      </Button>
      {error && (
        <Notification type="error" title="CSVを書き出せませんでした">
          {error}
        </Notification>
      )}
    </div>
  );
}

function RecordForm({
  mailingId,
  organizationId,
  organizationName,
  question,
  onClose,
  onRecorded,
}: {
  mailingId: string;
  organizationId: string;
  organizationName: string;
  question: string | null;
  onClose: () => void;
  onRecorded: (message: string) => void;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const answer = String(data.get('answer') ?? '').trim();
    const note = String(data.get('note') ?? '').trim();
    setFailure(null);
    if (!note) {
      setErrors({ note: '受け付けた方法や相手を入力してください。' });
      return;
    }
    setErrors({});
    const r = (
      await request(RecordAcknowledgement, {
        input: {
          mailingId,
          organizationId,
          note,
          ...(answer ? { answer } : {}),
        },
      })
    ).recordAcknowledgement;
    if (r.__typename === 'AcknowledgementPayload') {
      onRecorded(`${organizationName}の回答を記録しました。`);
      return;
    }
    const found: Record<string, string> = {};
    for (const p of 'problems' in r ? r.problems : []) {
      found[p.path[p.path.length - 1] ?? ''] = p.message;
    }
    setErrors(found);
    if ('message' in r) setFailure(r.message);
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={`${organizationName}の回答を記録する`}
      className="flex flex-col gap-4 rounded-12 border-2 border-key-900 p-4 sm:p-6"
    >
      <h2 className="text-std-20B-150">{organizationName}の回答を記録する</h2>
      {failure && (
        <Notification type="error" title="記録できませんでした">
          {failure}
        </Notification>
      )}
      {question && (
        <TextField
          label="回答"
          name="answer"
          supportText={`質問：${question}`}
          error={errors.answer}
          autoFocus
        />
      )}
      <TextareaField
        label="備考"
        name="note"
        required
        supportText="例：12月5日 電話で山田様より回答"
        error={errors.note}
        autoFocus={!question}
      />
      <div className="flex flex-wrap gap-4">
        <Button type="submit">記録する</Button>
        <Button variant="tertiary" onClick={onClose}>
          やめる
        </Button>
      </div>
    </form>
  );
}
