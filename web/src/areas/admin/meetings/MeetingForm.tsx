/**
 * 会議の登録 (/admin/meetings/new) and 会議の変更 (/admin/meetings/:id/edit): body, title, times
 * (Japan time), venue and/or online link, quorum ratio and whether proxies are accepted.
 * Editing sends the version it read; the body cannot change.
 */
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { Link } from '../../../components/Link';
import { Notification } from '../../../components/Notification';
import { Loading, Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import type { AdminMeetingFormQuery, GoverningBody } from '../../../gql/graphql';
import { GraphqlRequestError, request } from '../../../lib/graphql';
import { useQuery } from '../../../lib/use-query';
import { BODY_LABELS, fromLocalInput, meetingPath, problemsByField, toLocalInput } from './labels';

const AdminMeetingForm = graphql(`
  query AdminMeetingForm($id: ID!) {
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
        place
        onlineUrl
        status
        allowsProxy
        version
        quorumRule {
          numerator
          denominator
        }
      }
    }
  }
`);

const CreateMeeting = graphql(`
  mutation AdminCreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      __typename
      ... on MeetingPayload {
        meeting {
          id
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

const UpdateMeeting = graphql(`
  mutation AdminUpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      __typename
      ... on MeetingPayload {
        meeting {
          id
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

type Existing = Extract<AdminMeetingFormQuery['node'], { __typename: 'Meeting' }>;

const CRUMBS = [
  { label: 'ダッシュボード', to: '/admin/' },
  { label: '会議', to: '/admin/meetings' },
];

export function NewMeeting() {
  return (
    <Page title="会議の登録" breadcrumbs={[...CRUMBS, { label: '会議の登録' }]}>
      <MeetingForm />
    </Page>
  );
}

export function EditMeeting() {
  const { id = '' } = useParams();
  const state = useQuery(AdminMeetingForm, { id });
  if (state.status === 'loading') return <Loading />;
  const meeting =
    state.status === 'done' && state.data.node?.__typename === 'Meeting' ? state.data.node : null;
  return (
    <Page
      title="会議の変更"
      breadcrumbs={[
        ...CRUMBS,
        ...(meeting ? [{ label: meeting.title, to: meetingPath(meeting.id) }] : []),
        { label: '会議の変更' },
      ]}
    >
      {state.status === 'error' && (
        <Notification type="error" title="読み込めませんでした">
          {state.message}
        </Notification>
      )}
      {state.status === 'done' && !meeting && <p>会議が見つかりません。</p>}
      {meeting?.status === 'CANCELLED' && (
        <Notification type="warning" title="中止した会議は変更できません" />
      )}
      {meeting && meeting.status !== 'CANCELLED' && <MeetingForm existing={meeting} />}
    </Page>
  );
}

function MeetingForm({ existing }: { existing?: Existing }) {
  const navigate = useNavigate();
  const [body, setBody] = useState<GoverningBody>(existing?.body ?? 'BOARD');
  const [group, setGroup] = useState(String(existing?.workingGroup?.number ?? 1));
  const [title, setTitle] = useState(existing?.title ?? '');
  const [startsAt, setStartsAt] = useState(toLocalInput(existing?.startsAt));
  const [endsAt, setEndsAt] = useState(toLocalInput(existing?.endsAt));
  const [place, setPlace] = useState(existing?.place ?? '');
  const [onlineUrl, setOnlineUrl] = useState(existing?.onlineUrl ?? '');
  const [numerator, setNumerator] = useState(String(existing?.quorumRule.numerator ?? 1));
  const [denominator, setDenominator] = useState(String(existing?.quorumRule.denominator ?? 2));
  const [allowsProxy, setAllowsProxy] = useState(existing?.allowsProxy ?? true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!startsAt) local.startsAt = '開始日時を入力してください。';
    const n = Number(numerator);
    const d = Number(denominator);
    if (!Number.isInteger(n) || !Number.isInteger(d) || n < 0 || d < 1 || n >= d) {
      local.denominator = '0 以上で分母より小さい分子と、1 以上の分母を整数で入力してください。';
    }
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setError('入力内容を確認してください。');
      return;
    }
    const common = {
      title,
      startsAt: fromLocalInput(startsAt),
      endsAt: endsAt ? fromLocalInput(endsAt) : null,
      place: place.trim() || null,
      onlineUrl: onlineUrl.trim() || null,
      quorum: { numerator: n, denominator: d },
      allowsProxy,
    };
    setBusy(true);
    try {
      const result = existing
        ? (
            await request(UpdateMeeting, {
              input: { meetingId: existing.id, expectedVersion: existing.version, ...common },
            })
          ).updateMeeting
        : (
            await request(CreateMeeting, {
              input: {
                body,
                workingGroupNumber: body === 'WORKING_GROUP' ? Number(group) : null,
                ...common,
              },
            })
          ).createMeeting;
      if (result.__typename === 'MeetingPayload') {
        navigate(meetingPath(result.meeting.id));
        return;
      }
      if ('message' in result) {
        setError(
          result.__typename === 'ConflictError'
            ? `${result.message} 画面を読み込み直してから、もう一度変更してください。`
            : result.message,
        );
        setErrors('problems' in result ? problemsByField(result.problems) : {});
      }
    } catch (e) {
      // e.g. a malformed URL is refused before the mutation runs.
      const message = e instanceof GraphqlRequestError ? e.message : String(e);
      setError('入力内容を確認してください。');
      setErrors(/URL/i.test(message) ? { onlineUrl: 'URL の形式が正しくありません。' } : {});
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={save} noValidate className="flex max-w-[640px] flex-col gap-6">
      {error && (
        <Notification type="error" title="保存できませんでした">
          {error}
        </Notification>
      )}
      <SelectField
        label="会議体"
        required
        value={body}
        disabled={Boolean(existing)}
        supportText={existing ? '会議体は変更できません。' : undefined}
        onChange={(e) => setBody(e.target.value as GoverningBody)}
        error={errors.body}
      >
        {Object.entries(BODY_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      {body === 'WORKING_GROUP' && (
        <SelectField
          label="分科会"
          required
          value={group}
          disabled={Boolean(existing)}
          onChange={(e) => setGroup(e.target.value)}
          error={errors.workingGroupNumber}
        >
          {[1, 2, 3].map((g) => (
            <option key={g} value={g}>
              第{g}分科会
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        label="会議名"
        required
        supportText="例：令和8年度第1回幹事会"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
      />
      <TextField
        label="開始日時"
        type="datetime-local"
        required
        supportText="日本時間。開始日の招集対象（会員・幹事・分科会メンバー）が招集されます。"
        value={startsAt}
        onChange={(e) => setStartsAt(e.target.value)}
        error={errors.startsAt}
      />
      <TextField
        label="終了予定日時"
        type="datetime-local"
        value={endsAt}
        onChange={(e) => setEndsAt(e.target.value)}
        error={errors.endsAt}
      />
      <TextField
        label="会場"
        value={place}
        onChange={(e) => setPlace(e.target.value)}
        error={errors.place}
      />
      <TextField
        label="オンライン参加の URL"
        type="url"
        inputMode="url"
        value={onlineUrl}
        onChange={(e) => setOnlineUrl(e.target.value)}
        error={errors.onlineUrl}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-std-17B-170">定足数</legend>
        <p className="text-std-16N-170 text-solid-gray-700">
          出席（委任状を含む）が招集した団体の「分子／分母」を超えると成立します。1／2 で過半数。
        </p>
        <div className="flex flex-wrap items-end gap-4">
          <div className="w-32">
            <TextField
              label="分子"
              type="number"
              min={0}
              inputMode="numeric"
              value={numerator}
              onChange={(e) => setNumerator(e.target.value)}
              error={errors.numerator}
            />
          </div>
          <div className="w-32">
            <TextField
              label="分母"
              type="number"
              min={1}
              inputMode="numeric"
              value={denominator}
              onChange={(e) => setDenominator(e.target.value)}
            />
          </div>
        </div>
        {(errors.denominator || errors.quorum) && (
          <p className="text-std-16N-170 text-error-1">＊{errors.denominator ?? errors.quorum}</p>
        )}
      </fieldset>
      <label className="flex min-h-11 items-center gap-2 text-std-16N-170">
        <input
          type="checkbox"
          className="size-5"
          checked={allowsProxy}
          onChange={(e) => setAllowsProxy(e.target.checked)}
        />
        委任状を受け付ける
      </label>
      <div className="flex flex-wrap gap-4">
        <Button type="submit" disabled={busy}>
          {existing ? '変更を保存する' : '会議を登録する'}
        </Button>
        <Link to={existing ? meetingPath(existing.id) : '/admin/meetings'} className="self-center">
          やめる
        </Link>
      </div>
    </form>
  );
}
