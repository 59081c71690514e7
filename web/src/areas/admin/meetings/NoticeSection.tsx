/**
 * 招集通知: the notices made from this meeting (links to the mailing pages) and making a new
 * one — a DRAFT MEETING_NOTICE addressed to the invitees, edited, approved and sent on its
 * mailing page (/admin/mailings/:id).
 */
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { TextField } from '../../../components/Field';
import { Link } from '../../../components/Link';
import { Notification } from '../../../components/Notification';
import { Table } from '../../../components/Table';
import { graphql } from '../../../gql';
import { formatWarekiDateTime } from '../../../lib/format';
import { request } from '../../../lib/graphql';
import { problemsByField } from './labels';
import type { MeetingData } from './MeetingDetail';
import { Section } from './Section';
import { useReloadableQuery } from './use-reloadable-query';

const AdminMeetingNotices = graphql(`
  query AdminMeetingNotices($id: ID!) {
    node(id: $id) {
      ... on Meeting {
        notices {
          id
          subject
          status
          createdAt
        }
      }
    }
  }
`);

const CreateMeetingNotice = graphql(`
  mutation AdminCreateMeetingNotice($input: CreateMeetingNoticeInput!) {
    createMeetingNotice(input: $input) {
      __typename
      ... on MailingPayload {
        mailing {
          id
          subject
        }
      }
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

const MAILING_STATUS_LABELS: Record<string, string> = {
  DRAFT: '下書き',
  SCHEDULED: '予約済み',
  SENDING: '送信中',
  SENT: '送信済み',
  CANCELLED: '取り消し',
};

export function mailingPath(id: string): string {
  return `/admin/mailings/${encodeURIComponent(id)}`;
}

export function NoticeSection({ meeting }: { meeting: MeetingData }) {
  const [state, reload] = useReloadableQuery(AdminMeetingNotices, { id: meeting.id });
  const [deadline, setDeadline] = useState('');
  const [requiresApproval, setRequiresApproval] = useState(true);
  const [created, setCreated] = useState<{ id: string; subject: string } | null>(null);
  const [error, setError] = useState<{ message: string; problems: string[] } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const notices =
    state.status === 'done' && state.data.node && 'notices' in state.data.node
      ? state.data.node.notices
      : [];

  async function create(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const result = (
        await request(CreateMeetingNotice, {
          input: { meetingId: meeting.id, replyDeadline: deadline || null, requiresApproval },
        })
      ).createMeetingNotice;
      if (result.__typename === 'MailingPayload') {
        setCreated(result.mailing);
        setError(null);
        setFieldErrors({});
        reload();
      } else if ('message' in result) {
        const problems = 'problems' in result ? result.problems : [];
        const byField = problemsByField(problems.filter((p) => p.path.at(-1) !== 'meetingId'));
        setFieldErrors(byField);
        setError({
          message: result.message,
          problems: problems.filter((p) => p.path.at(-1) === 'meetingId').map((p) => p.message),
        });
        setCreated(null);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title="招集通知">
      {state.status === 'error' && (
        <Notification type="error" title="招集通知を読み込めませんでした">
          {state.message}
        </Notification>
      )}
      {created && (
        <Notification type="success" title="招集通知（下書き）を作成しました">
          <p>
            <Link to={mailingPath(created.id)}>{created.subject}</Link>
            を開いて、内容の確認・承認・送信をしてください。
          </p>
        </Notification>
      )}
      {error && (
        <Notification type="error" title="招集通知を作成できませんでした">
          <p>{error.message}</p>
          {error.problems.length > 0 && (
            <ul className="list-disc pl-6">
              {error.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </Notification>
      )}
      {notices.length > 0 && (
        <div className="[&_table]:min-w-[560px]">
          <Table
            caption="この会議の招集通知"
            columns={['件名', '状態', '作成日時']}
            rows={notices.map((n) => [
              <Link key="l" to={mailingPath(n.id)}>
                {n.subject}
              </Link>,
              MAILING_STATUS_LABELS[n.status] ?? n.status,
              <span key="d" className="whitespace-nowrap">
                {formatWarekiDateTime(n.createdAt)}
              </span>,
            ])}
          />
        </div>
      )}
      <form onSubmit={create} className="flex max-w-[640px] flex-col gap-4">
        <p className="text-std-16N-170">
          会議の日時・会場・議案（否決・取り下げを除く）から招集通知の下書きを作り、招集対象の団体に宛てます。
        </p>
        <TextField
          label="出欠の回答期限"
          type="date"
          supportText="会議の日以前の日付。空欄なら期限を書きません。"
          value={deadline}
          max={meeting.meetingDate}
          onChange={(e) => setDeadline(e.target.value)}
          error={fieldErrors.replyDeadline}
        />
        <label className="flex min-h-11 items-center gap-2 text-std-16N-170">
          <input
            type="checkbox"
            className="size-5"
            checked={requiresApproval}
            onChange={(e) => setRequiresApproval(e.target.checked)}
          />
          送信前に管理者の承認を必要とする
        </label>
        <div>
          <Button type="submit" disabled={busy}>
            招集通知を作成する
          </Button>
        </div>
      </form>
    </Section>
  );
}
