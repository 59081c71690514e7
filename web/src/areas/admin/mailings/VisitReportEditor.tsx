/**
 * 事務局訪問記の作成・編集 (/admin/mailings/new/visit-report, /admin/mailings/:id/edit-visit-report):
 * title, visited organisation (as printed, and its site), visit day (和暦 shown), staff, lead,
 * body, photos uploaded through POST /files?purpose=PHOTO (each with its alt text and caption),
 * links. Works on `contentJson`, so nothing the form does not show is lost.
 */
import { type FormEvent, useId, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/Button';
import { TextareaField, TextField } from '../../../components/Field';
import { Link } from '../../../components/Link';
import { Notification } from '../../../components/Notification';
import { Loading, Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import { formatWareki } from '../../../lib/format';
import { request } from '../../../lib/graphql';
import { useQuery } from '../../../lib/use-query';
import { japaneseMessage } from './labels';
import { uploadFile } from './upload';

const VisitReportEditorData = graphql(`
  query VisitReportEditorData($id: ID!) {
    mailing(id: $id) {
      id
      kind
      status
      version
      approvalRequired
      contentJson
    }
  }
`);

const SaveVisitReportNew = graphql(`
  mutation CreateVisitReport($input: CreateMailingInput!) {
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

const SaveVisitReport = graphql(`
  mutation UpdateVisitReport($input: UpdateMailingInput!) {
    updateMailing(input: $input) {
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
      ... on Error {
        code
        message
      }
    }
  }
`);

interface Photo {
  fileId?: string;
  url?: string;
  alt: string;
  caption: string;
}
interface Form {
  title: string;
  organization: string;
  organizationUrl: string;
  visitDate: string;
  staff: string;
  lead: string;
  body: string;
  links: string;
  photos: Photo[];
  requiresApproval: boolean;
  rest: Record<string, unknown>;
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function formOf(json: string | undefined, approvalRequired: boolean): Form {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
  const c = (json ? JSON.parse(json) : {}) as Record<string, unknown>;
  const {
    title,
    organization,
    organizationUrl,
    visitDate,
    staff,
    lead,
    paragraphs: body,
    links,
    photos,
    kind: _k,
    ...rest
  } = c;
  return {
    title: String(title ?? ''),
    organization: String(organization ?? ''),
    organizationUrl: String(organizationUrl ?? ''),
    visitDate: String(visitDate ?? today),
    staff: ((staff as string[] | undefined) ?? []).join('\n'),
    lead: String(lead ?? ''),
    body: ((body as string[] | undefined) ?? []).join('\n\n'),
    links: ((links as { label: string; url: string }[] | undefined) ?? [])
      .map((l) => `${l.label} ${l.url}`)
      .join('\n'),
    photos: ((photos as Photo[] | undefined) ?? []).map((p) => ({
      ...p,
      caption: p.caption ?? '',
    })),
    requiresApproval: approvalRequired,
    rest,
  };
}

function jsonOf(form: Form): string {
  return JSON.stringify({
    ...form.rest,
    kind: 'VISIT_REPORT',
    title: form.title,
    organization: form.organization,
    ...(form.organizationUrl.trim() ? { organizationUrl: form.organizationUrl.trim() } : {}),
    visitDate: form.visitDate,
    staff: lines(form.staff),
    ...(form.lead.trim() ? { lead: form.lead.trim() } : {}),
    paragraphs: paragraphs(form.body),
    links: lines(form.links).map((line) => {
      const at = line.search(/https?:\/\//);
      return at > 0
        ? { label: line.slice(0, at).trim(), url: line.slice(at).trim() }
        : { label: line, url: line };
    }),
    photos: form.photos.map((p) => ({
      ...(p.fileId ? { fileId: p.fileId } : { url: p.url }),
      alt: p.alt,
      ...(p.caption.trim() ? { caption: p.caption.trim() } : {}),
    })),
  });
}

export function VisitReportEditor() {
  const { id } = useParams();
  const title = id ? '事務局訪問記を編集' : '事務局訪問記を作成';
  const crumbs = [
    { label: 'ダッシュボード', to: '/admin/' },
    { label: '配信', to: '/admin/mailings' },
    ...(id ? [{ label: '配信の詳細', to: `/admin/mailings/${encodeURIComponent(id)}` }] : []),
    { label: title },
  ];
  return (
    <Page title={title} breadcrumbs={crumbs}>
      {id ? <Existing id={id} /> : <VisitReportForm initial={formOf(undefined, false)} />}
    </Page>
  );
}

function Existing({ id }: { id: string }) {
  const state = useQuery(VisitReportEditorData, { id });
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    return (
      <Notification type="error" title="読み込めませんでした">
        {state.message}
      </Notification>
    );
  }
  const m = state.data.mailing;
  if (m?.kind !== 'VISIT_REPORT')
    return <Notification type="error" title="事務局訪問記が見つかりません" />;
  if (m.status !== 'DRAFT') {
    return (
      <Notification type="warning" title="この配信は編集できません">
        下書きの間だけ編集できます。
      </Notification>
    );
  }
  return (
    <VisitReportForm
      mailingId={m.id}
      version={m.version}
      initial={formOf(m.contentJson, m.approvalRequired)}
    />
  );
}

function VisitReportForm({
  mailingId,
  version,
  initial,
}: {
  mailingId?: string;
  version?: number;
  initial: Form;
}) {
  const navigate = useNavigate();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const [uploading, setUploading] = useState(false);
  const fileId = useId();
  const err = (key: string) =>
    Object.entries(errors).find(([k]) => k === key || k.startsWith(`${key}.`))?.[1];
  const setPhoto = (i: number, change: Partial<Photo>) =>
    setForm((f) => ({ ...f, photos: f.photos.map((p, j) => (j === i ? { ...p, ...change } : p)) }));

  async function onFile(file: File | undefined) {
    if (!file) return;
    setUploading(true);
    setErrors(({ photos: _p, ...e }) => e);
    try {
      const up = await uploadFile(file, 'PHOTO');
      setForm((f) => ({
        ...f,
        photos: [...f.photos, { fileId: up.id, alt: '', caption: '' }],
      }));
    } catch (e) {
      setErrors((x) => ({
        ...x,
        photos: e instanceof Error ? e.message : 'アップロードできませんでした。',
      }));
    } finally {
      setUploading(false);
      const input = document.getElementById(fileId) as HTMLInputElement | null;
      if (input) input.value = '';
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setErrors({});
    setSummary(null);
    const show = (
      message: string,
      problems: readonly { path: readonly string[]; message: string }[],
    ) => {
      const next: Record<string, string> = {};
      for (const p of problems) {
        const at = p.path.indexOf('contentJson');
        next[(at >= 0 ? p.path.slice(at + 1) : p.path.slice(1)).join('.')] ??= japaneseMessage(
          p.message,
        );
      }
      setErrors(next);
      setSummary(
        problems.length
          ? '入力内容に誤りがあります。各項目のメッセージを確認してください。'
          : message,
      );
    };
    try {
      const contentJson = jsonOf(form);
      if (!mailingId) {
        const { createMailing: r } = await request(SaveVisitReportNew, {
          input: { kind: 'VISIT_REPORT', contentJson, requiresApproval: form.requiresApproval },
        });
        if (r.__typename === 'MailingPayload') {
          navigate(`/admin/mailings/${encodeURIComponent(r.mailing.id)}`, {
            state: { saved: '事務局訪問記の下書きを作成しました。' },
          });
          // The other possible answer, a duplicate issue number, concerns newsletters only.
        } else if (r.__typename === 'ValidationFailedError') show(r.message, r.problems);
        return;
      }
      const { updateMailing: r } = await request(SaveVisitReport, {
        input: {
          mailingId,
          expectedVersion: version ?? 0,
          contentJson,
          requiresApproval: form.requiresApproval,
        },
      });
      if (r.__typename === 'MailingPayload') {
        navigate(`/admin/mailings/${encodeURIComponent(r.mailing.id)}`, {
          state: { saved: '変更を保存しました。' },
        });
      } else if (r.__typename === 'ValidationFailedError') show(r.message, r.problems);
      else if (r.__typename === 'ConflictError') setConflict(true);
      else setSummary(r.message);
    } catch (e) {
      setSummary(e instanceof Error ? e.message : '保存できませんでした。');
    } finally {
      setSaving(false);
    }
  }

  const wareki = /^\d{4}-\d{2}-\d{2}$/.test(form.visitDate) ? formatWareki(form.visitDate) : '';
  return (
    <form onSubmit={save} noValidate className="flex max-w-[800px] flex-col gap-6">
      {conflict && (
        <Notification type="error" title="ほかの人がこの配信を先に更新しました">
          あなたの入力内容はこの画面に残っています。
          <Link to={`/admin/mailings/${encodeURIComponent(mailingId ?? '')}`} target="_blank">
            最新の内容を別のタブで開く
          </Link>
          と相手の変更を確認できます。
        </Notification>
      )}
      {summary && (
        <Notification type="error" title="保存できませんでした">
          {summary}
        </Notification>
      )}
      <TextField
        label="題名"
        required
        value={form.title}
        onChange={(e) => setForm({ ...form, title: e.target.value })}
        error={err('title')}
      />
      <TextField
        label="訪問先の団体名"
        required
        value={form.organization}
        onChange={(e) => setForm({ ...form, organization: e.target.value })}
        error={err('organization')}
      />
      <TextField
        label="訪問先のウェブサイト"
        type="url"
        value={form.organizationUrl}
        onChange={(e) => setForm({ ...form, organizationUrl: e.target.value })}
        error={err('organizationUrl')}
      />
      <TextField
        label="訪問日"
        type="date"
        required
        value={form.visitDate}
        onChange={(e) => setForm({ ...form, visitDate: e.target.value })}
        supportText={wareki ? `「${wareki}」と記載されます。` : undefined}
        error={err('visitDate')}
      />
      <TextareaField
        label="訪問した職員"
        required
        supportText="1行に1人。"
        rows={2}
        value={form.staff}
        onChange={(e) => setForm({ ...form, staff: e.target.value })}
        error={err('staff')}
      />
      <TextareaField
        label="リード文"
        value={form.lead}
        onChange={(e) => setForm({ ...form, lead: e.target.value })}
        error={err('lead')}
      />
      <TextareaField
        label="本文"
        required
        supportText="段落の間は空行で区切ります。"
        rows={10}
        value={form.body}
        onChange={(e) => setForm({ ...form, body: e.target.value })}
        error={err('paragraphs')}
      />
      <fieldset className="flex flex-col gap-4">
        <legend className="text-std-17B-170 text-solid-gray-800">写真</legend>
        <p className="text-std-16N-170 text-solid-gray-700">
          JPEG・PNG・GIF・WebP（2 MB
          まで）。写真は受信者が誰でも見られます。写っている方の同意を得たものだけを載せてください。
        </p>
        {form.photos.map((photo, i) => (
          <div
            key={photo.fileId ?? photo.url}
            className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-3"
          >
            {photo.fileId && (
              <img
                src={`/files/${encodeURIComponent(photo.fileId)}`}
                alt=""
                className="max-h-48 max-w-full self-start"
              />
            )}
            {!photo.fileId && <p className="break-all">{photo.url}</p>}
            <TextField
              label={`写真 ${i + 1} の説明（代替テキスト）`}
              required
              supportText="何が写っているか。画像を表示しない方にはこの文が届きます。"
              value={photo.alt}
              onChange={(e) => setPhoto(i, { alt: e.target.value })}
              error={err(`photos.${i}.alt`)}
            />
            <TextField
              label={`写真 ${i + 1} のキャプション`}
              value={photo.caption}
              onChange={(e) => setPhoto(i, { caption: e.target.value })}
              error={err(`photos.${i}.caption`)}
            />
            <Button
              variant="tertiary"
              className="self-start"
              onClick={() => setForm((f) => ({ ...f, photos: f.photos.filter((_, j) => j !== i) }))}
            >
              写真 {i + 1} を外す
            </Button>
          </div>
        ))}
        <div className="flex flex-col gap-2">
          <label htmlFor={fileId} className="text-std-16B-170">
            写真を選んでアップロード
          </label>
          <input
            id={fileId}
            type="file"
            accept="image/jpeg,image/png,image/gif,image/webp"
            disabled={uploading}
            aria-invalid={errors.photos ? true : undefined}
            aria-describedby={errors.photos ? `${fileId}-error` : undefined}
            onChange={(e) => void onFile(e.target.files?.[0])}
            className="max-w-full text-std-16N-170"
          />
          {uploading && <p role="status">アップロード中…</p>}
          {errors.photos && (
            <p id={`${fileId}-error`} className="text-std-16N-170 text-error-1">
              ＊{errors.photos}
            </p>
          )}
        </div>
      </fieldset>
      <TextareaField
        label="関連リンク"
        supportText="1行に1つ、「表示名 https://…」の形で。"
        rows={2}
        value={form.links}
        onChange={(e) => setForm({ ...form, links: e.target.value })}
        error={err('links')}
      />
      <label className="flex items-center gap-2 text-std-16N-170">
        <input
          type="checkbox"
          className="size-5"
          checked={form.requiresApproval}
          onChange={(e) => setForm({ ...form, requiresApproval: e.target.checked })}
        />
        送信の前に管理者（作成者以外）の承認を必要とする
      </label>
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
