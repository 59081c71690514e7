/**
 * 事務連絡の作成・編集 (/admin/mailings/new/notice, /admin/mailings/:id/edit): era date (和暦
 * shown as it will be printed), issuers from the ministry catalogue (several = 連名), addressee,
 * subject, body, attachments uploaded through POST /files, an optional reply request with a
 * deadline. The API's field problems are shown at their fields; a version conflict (someone
 * else saved first) keeps everything typed here and offers to save over the newer version.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/Button';
import { TextareaField, TextField } from '../../../components/Field';
import { Link } from '../../../components/Link';
import { Notification } from '../../../components/Notification';
import { Loading, Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import type { NoticeContentInput } from '../../../gql/graphql';
import { formatWareki } from '../../../lib/format';
import { request } from '../../../lib/graphql';
import { useQuery } from '../../../lib/use-query';
import { japaneseMessage } from './labels';
import { formatBytes, uploadFile } from './upload';

const NoticeEditorData = graphql(`
  query NoticeEditorData($id: ID!, $withMailing: Boolean!) {
    ministries {
      code
      name
    }
    mailing(id: $id) @include(if: $withMailing) {
      id
      kind
      status
      version
      subject
      approvalRequired
      content {
        __typename
        ... on NoticeContent {
          date
          issuerCodes
          issuers
          addressee
          subject
          paragraphs
          attachments {
            label
            fileId
            url
            note
          }
          reply {
            deadline
            question
          }
        }
      }
    }
  }
`);

const CreateNotice = graphql(`
  mutation CreateNotice($input: CreateMailingInput!) {
    createMailing(input: $input) {
      __typename
      ... on MailingPayload {
        mailing {
          id
        }
      }
      ... on ValidationFailedError {
        message
        problems {
          path
          message
        }
      }
    }
  }
`);

const UpdateNotice = graphql(`
  mutation UpdateNotice($input: UpdateMailingInput!) {
    updateMailing(input: $input) {
      __typename
      ... on MailingPayload {
        mailing {
          id
          version
        }
      }
      ... on ValidationFailedError {
        message
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

const LatestVersion = graphql(`
  query NoticeLatestVersion($id: ID!) {
    mailing(id: $id) {
      id
      version
      status
    }
  }
`);

interface Attachment {
  readonly label: string;
  readonly fileId?: string | null;
  readonly url?: string | null;
  readonly note?: string | null;
  readonly filename?: string;
  readonly byteSize?: number;
}

interface Form {
  date: string;
  issuerCodes: string[];
  otherIssuers: string;
  addressee: string;
  subject: string;
  body: string;
  attachments: Attachment[];
  replyOn: boolean;
  deadline: string;
  question: string;
  requiresApproval: boolean;
}

type Errors = Partial<Record<string, string>>;

function todayInJapan(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
}

const EMPTY: Form = {
  date: todayInJapan(),
  issuerCodes: [],
  otherIssuers: '',
  addressee: '孤独・孤立対策官民連携プラットフォーム会員 各位',
  subject: '',
  body: '',
  attachments: [],
  replyOn: false,
  deadline: '',
  question: '',
  requiresApproval: true,
};

/** The form's field a problem path (["input","content","notice","reply","deadline"]) belongs to. */
function fieldOf(path: readonly string[]): string {
  const i = path.indexOf('notice');
  const rest = i >= 0 ? path.slice(i + 1) : path.slice(1);
  const [first, second] = rest;
  if (first === 'reply') return second === 'question' ? 'question' : 'deadline';
  if (first === 'issuers') return 'otherIssuers';
  if (first === 'paragraphs') return 'body';
  if (first === 'requiresApproval') return 'requiresApproval';
  return first ?? 'form';
}

function contentOf(form: Form): NoticeContentInput {
  return {
    date: form.date,
    issuerCodes: form.issuerCodes,
    issuers: form.otherIssuers
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
    addressee: form.addressee,
    subject: form.subject,
    paragraphs: form.body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
    attachments: form.attachments.map((a) => ({
      label: a.label,
      ...(a.fileId ? { fileId: a.fileId } : { url: a.url }),
      ...(a.note ? { note: a.note } : {}),
    })),
    ...(form.replyOn
      ? {
          reply: {
            deadline: form.deadline,
            ...(form.question.trim() ? { question: form.question.trim() } : {}),
          },
        }
      : {}),
  };
}

export function NoticeEditor() {
  const { id } = useParams();
  const state = useQuery(NoticeEditorData, { id: id ?? '', withMailing: Boolean(id) });
  const title = id ? '事務連絡を編集' : '事務連絡を作成';
  const crumbs = [
    { label: 'ダッシュボード', to: '/admin/' },
    { label: '配信', to: '/admin/mailings' },
    ...(id ? [{ label: '配信の詳細', to: `/admin/mailings/${encodeURIComponent(id)}` }] : []),
    { label: title },
  ];
  return (
    <Page title={title} breadcrumbs={crumbs}>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <Notification type="error" title="読み込めませんでした">
          {state.message}
        </Notification>
      )}
      {state.status === 'done' &&
        (id && !state.data.mailing ? (
          <Notification type="error" title="配信が見つかりません" />
        ) : id && state.data.mailing?.status !== 'DRAFT' ? (
          <Notification type="warning" title="この配信は編集できません">
            下書きの間だけ編集できます。
          </Notification>
        ) : (
          <EditorForm
            mailingId={id}
            initialVersion={state.data.mailing?.version}
            ministries={state.data.ministries}
            initial={initialForm(state.data.mailing)}
          />
        ))}
    </Page>
  );
}

function initialForm(
  mailing: { approvalRequired: boolean; content?: unknown } | null | undefined,
): Form {
  const c = mailing?.content as
    | {
        __typename: string;
        date: string;
        issuerCodes: string[];
        issuers: string[];
        addressee: string;
        subject: string;
        paragraphs: string[];
        attachments: Attachment[];
        reply?: { deadline: string; question?: string | null } | null;
      }
    | undefined;
  if (!mailing || c?.__typename !== 'NoticeContent') return EMPTY;
  // `issuers` holds the printed names of the catalogue issuers first, then the free ones.
  const others = c.issuers.slice(c.issuerCodes.length);
  return {
    date: c.date,
    issuerCodes: c.issuerCodes,
    otherIssuers: others.join('\n'),
    addressee: c.addressee,
    subject: c.subject,
    body: c.paragraphs.join('\n\n'),
    attachments: c.attachments,
    replyOn: Boolean(c.reply),
    deadline: c.reply?.deadline ?? '',
    question: c.reply?.question ?? '',
    requiresApproval: mailing.approvalRequired,
  };
}

function EditorForm({
  mailingId,
  initialVersion,
  ministries,
  initial,
}: {
  mailingId?: string;
  initialVersion?: number;
  ministries: readonly { code: string; name: string }[];
  initial: Form;
}) {
  const navigate = useNavigate();
  const [form, setForm] = useState<Form>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [version, setVersion] = useState(initialVersion);
  const [saving, setSaving] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [newLabel, setNewLabel] = useState('');
  const issuersId = useId();
  const fileId = useId();

  useEffect(() => {
    if (summary || conflict) document.getElementById('editor-messages')?.focus();
  }, [summary, conflict]);

  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  async function save(overVersion?: number) {
    setSaving(true);
    setErrors({});
    setSummary(null);
    try {
      const content = { notice: contentOf(form) };
      if (!mailingId) {
        const { createMailing: r } = await request(CreateNotice, {
          input: { content, requiresApproval: form.requiresApproval },
        });
        if (r.__typename === 'MailingPayload') {
          navigate(`/admin/mailings/${encodeURIComponent(r.mailing.id)}`, {
            state: { saved: '事務連絡の下書きを作成しました。' },
          });
          return;
        }
        // The other possible answer, a duplicate issue number, concerns newsletters only.
        if (r.__typename === 'ValidationFailedError') showProblems(r.message, r.problems);
        return;
      }
      const { updateMailing: r } = await request(UpdateNotice, {
        input: {
          mailingId,
          expectedVersion: overVersion ?? version ?? 0,
          content,
          requiresApproval: form.requiresApproval,
        },
      });
      if (r.__typename === 'MailingPayload') {
        setConflict(false);
        setVersion(r.mailing.version);
        navigate(`/admin/mailings/${encodeURIComponent(r.mailing.id)}`, {
          state: { saved: '変更を保存しました。' },
        });
        return;
      }
      if (r.__typename === 'ValidationFailedError') {
        showProblems(r.message, r.problems);
        return;
      }
      if (r.__typename === 'ConflictError') {
        setConflict(true);
        return;
      }
      setSummary('message' in r ? r.message : '保存できませんでした。');
    } catch (error) {
      setSummary(error instanceof Error ? error.message : '保存できませんでした。');
    } finally {
      setSaving(false);
    }
  }

  function showProblems(
    message: string,
    problems: readonly { path: readonly string[]; message: string }[],
  ) {
    const next: Errors = {};
    for (const p of problems) {
      const field = fieldOf(p.path);
      next[field] ??= japaneseMessage(p.message);
    }
    setErrors(next);
    setSummary(
      problems.length
        ? '入力内容に誤りがあります。各項目のメッセージを確認してください。'
        : message,
    );
  }

  async function saveOverNewer() {
    if (!mailingId) return;
    const { mailing } = await request(LatestVersion, { id: mailingId });
    if (mailing?.status !== 'DRAFT') {
      setSummary(
        'この配信は下書きではなくなったため、保存できません。入力内容は画面に残っています。',
      );
      return;
    }
    setVersion(mailing.version);
    await save(mailing.version);
  }

  async function onFile(file: File | undefined) {
    if (!file) return;
    setUploading(true);
    setErrors((e) => ({ ...e, attachments: undefined }));
    try {
      const uploaded = await uploadFile(file, 'ATTACHMENT');
      const label = newLabel.trim() || file.name.replace(/\.[^.]+$/, '');
      setForm((f) => ({
        ...f,
        attachments: [
          ...f.attachments,
          {
            label,
            // The File's ID as the API shows it (content takes it, or the UUID `fileId`).
            fileId: uploaded.id,
            filename: uploaded.filename,
            byteSize: uploaded.byteSize,
          },
        ],
      }));
      setNewLabel('');
    } catch (error) {
      setErrors((e) => ({
        ...e,
        attachments: error instanceof Error ? error.message : 'アップロードできませんでした。',
      }));
    } finally {
      setUploading(false);
      const input = document.getElementById(fileId) as HTMLInputElement | null;
      if (input) input.value = '';
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  const wareki = /^\d{4}-\d{2}-\d{2}$/.test(form.date) ? formatWareki(form.date) : '';
  const deadlineWareki = /^\d{4}-\d{2}-\d{2}$/.test(form.deadline)
    ? formatWareki(form.deadline)
    : '';

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-[800px] flex-col gap-6">
      <div id="editor-messages" tabIndex={-1} className="flex flex-col gap-4 outline-none">
        {conflict && (
          <Notification type="error" title="ほかの人がこの配信を先に更新しました">
            <p>
              あなたの入力内容は失われていません（この画面に残っています）。
              <Link to={`/admin/mailings/${encodeURIComponent(mailingId ?? '')}`} target="_blank">
                最新の内容を別のタブで開く
              </Link>
              と相手の変更を確認できます。
            </p>
            <div className="mt-3">
              <Button variant="secondary" onClick={() => void saveOverNewer()} disabled={saving}>
                相手の変更を上書きして保存する
              </Button>
            </div>
          </Notification>
        )}
        {summary && (
          <Notification type="error" title="保存できませんでした">
            {summary}
          </Notification>
        )}
      </div>

      <TextField
        label="発出日"
        type="date"
        required
        value={form.date}
        onChange={(e) => set('date', e.target.value)}
        supportText={
          wareki
            ? `文書には「${wareki}」と記載されます。`
            : '西暦の日付を選ぶと和暦で記載されます。'
        }
        error={errors.date}
      />

      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={errors.issuerCodes ? `${issuersId}-error` : undefined}
      >
        <legend className="text-std-17B-170 text-solid-gray-800">発出者（府省庁）</legend>
        <p className="text-std-16N-170 text-solid-gray-700">
          複数を選ぶと関係府省庁の連名になります。
        </p>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {ministries.map((m) => (
            <label key={m.code} className="flex items-center gap-2 py-1 text-std-16N-170">
              <input
                type="checkbox"
                className="size-5"
                checked={form.issuerCodes.includes(m.code)}
                onChange={(e) =>
                  set(
                    'issuerCodes',
                    e.target.checked
                      ? ministries
                          .map((x) => x.code)
                          .filter((c) => c === m.code || form.issuerCodes.includes(c))
                      : form.issuerCodes.filter((c) => c !== m.code),
                  )
                }
              />
              {m.name}
            </label>
          ))}
        </div>
        {errors.issuerCodes && (
          <p id={`${issuersId}-error`} className="text-std-16N-170 text-error-1">
            ＊{errors.issuerCodes}
          </p>
        )}
      </fieldset>
      <TextareaField
        label="その他の発出者"
        supportText="一覧にない部局など。1行に1つ。"
        value={form.otherIssuers}
        onChange={(e) => set('otherIssuers', e.target.value)}
        error={errors.otherIssuers}
        rows={2}
      />
      <TextField
        label="宛先"
        required
        value={form.addressee}
        onChange={(e) => set('addressee', e.target.value)}
        error={errors.addressee}
      />
      <TextField
        label="件名"
        required
        value={form.subject}
        onChange={(e) => set('subject', e.target.value)}
        error={errors.subject}
      />
      <TextareaField
        label="本文"
        required
        supportText="段落の間は空行で区切ります。"
        value={form.body}
        onChange={(e) => set('body', e.target.value)}
        error={errors.body}
        rows={10}
      />

      <fieldset className="flex flex-col gap-3">
        <legend className="text-std-17B-170 text-solid-gray-800">添付資料</legend>
        <p className="text-std-16N-170 text-solid-gray-700">
          PDF・Word・Excel・PowerPoint・CSV・テキスト（10 MB
          まで）。受信者には団体ごとのダウンロードリンクで届きます。
        </p>
        {form.attachments.length > 0 && (
          <ul className="flex flex-col gap-2">
            {form.attachments.map((a, i) => (
              <li
                key={`${a.fileId ?? a.url}`}
                className="flex flex-wrap items-center gap-3 rounded-8 border border-solid-gray-420 px-3 py-2"
              >
                <span className="min-w-0 flex-1 break-words">
                  {a.label}
                  {a.filename && `（${a.filename}, ${formatBytes(a.byteSize ?? 0)}）`}
                </span>
                <Button
                  variant="tertiary"
                  onClick={() =>
                    set(
                      'attachments',
                      form.attachments.filter((_, j) => j !== i),
                    )
                  }
                >
                  {a.label}を外す
                </Button>
              </li>
            ))}
          </ul>
        )}
        <TextField
          label="添付資料の表題"
          supportText="例：別添1 啓発資料（空のときはファイル名）"
          value={newLabel}
          onChange={(e) => setNewLabel(e.target.value)}
        />
        <div className="flex flex-col gap-2">
          <label htmlFor={fileId} className="text-std-16B-170">
            ファイルを選んでアップロード
          </label>
          <input
            id={fileId}
            type="file"
            accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.csv,.txt"
            disabled={uploading}
            aria-invalid={errors.attachments ? true : undefined}
            aria-describedby={errors.attachments ? `${fileId}-error` : undefined}
            onChange={(e) => void onFile(e.target.files?.[0])}
            className="max-w-full text-std-16N-170"
          />
          {uploading && <p role="status">アップロード中…</p>}
          {errors.attachments && (
            <p id={`${fileId}-error`} className="text-std-16N-170 text-error-1">
              ＊{errors.attachments}
            </p>
          )}
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-3">
        <legend className="text-std-17B-170 text-solid-gray-800">回答のお願い</legend>
        <label className="flex items-center gap-2 text-std-16N-170">
          <input
            type="checkbox"
            className="size-5"
            checked={form.replyOn}
            onChange={(e) => set('replyOn', e.target.checked)}
          />
          各団体に回答（確認の連絡）をお願いする
        </label>
        {form.replyOn && (
          <>
            <TextField
              label="回答期限"
              type="date"
              required
              value={form.deadline}
              onChange={(e) => set('deadline', e.target.value)}
              supportText={
                deadlineWareki ? `メールには「${deadlineWareki}」と記載されます。` : undefined
              }
              error={errors.deadline}
            />
            <TextField
              label="質問（任意）"
              supportText="1行。空のときは「確認しました」の返信だけを受け付けます。"
              value={form.question}
              onChange={(e) => set('question', e.target.value)}
              error={errors.question}
            />
          </>
        )}
      </fieldset>

      <label className="flex items-center gap-2 text-std-16N-170">
        <input
          type="checkbox"
          className="size-5"
          checked={form.requiresApproval}
          onChange={(e) => set('requiresApproval', e.target.checked)}
        />
        送信の前に管理者（作成者以外）の承認を必要とする
      </label>
      {errors.requiresApproval && (
        <p className="text-std-16N-170 text-error-1">＊{errors.requiresApproval}</p>
      )}

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={saving || uploading}>
          {mailingId ? '保存する' : '下書きを作成する'}
        </Button>
        <Link
          to={mailingId ? `/admin/mailings/${encodeURIComponent(mailingId)}` : '/admin/mailings'}
          className="self-center"
        >
          キャンセル
        </Link>
      </div>
    </form>
  );
}
