/**
 * メールマガジンの作成・編集 (/admin/mailings/new/newsletter, /admin/mailings/:id/edit-newsletter):
 * issue number and date (和暦 shown), theme, introduction, sections of items (title, body,
 * links), closing. Works on the content as JSON (`contentJson`), so what this form does not
 * show — an item's organisation or visit report reference — is kept as it was. Problems are
 * shown at their fields; a version conflict keeps the input, as in the 事務連絡 editor. A new
 * issue starts with the next issue number (`nextNewsletterIssueNumber`); a number another
 * newsletter already has is refused at the field (DuplicateIssueNumberError, naming it) until
 * the duplicate is confirmed with the checkbox shown there.
 */
import { type FormEvent, useState } from 'react';
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

const NewsletterEditorData = graphql(`
  query NewsletterEditorData($id: ID!) {
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

const NextIssueNumber = graphql(`
  query NewsletterNextIssueNumber {
    nextNewsletterIssueNumber
  }
`);

const CreateNewsletter = graphql(`
  mutation CreateNewsletter($input: CreateMailingInput!) {
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
      ... on DuplicateIssueNumberError {
        message
        existingMailing {
          id
          subject
        }
      }
    }
  }
`);

const UpdateNewsletter = graphql(`
  mutation UpdateNewsletter($input: UpdateMailingInput!) {
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
      ... on DuplicateIssueNumberError {
        message
        existingMailing {
          id
          subject
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

interface Item {
  title: string;
  body: string;
  links: string;
  /** Properties this form does not edit (organizationId, visitReportId …), kept as they were. */
  rest: Record<string, unknown>;
}
interface Section {
  heading: string;
  items: Item[];
}
interface Form {
  issueNumber: string;
  issueDate: string;
  theme: string;
  intro: string;
  closing: string;
  sections: Section[];
  requiresApproval: boolean;
  rest: Record<string, unknown>;
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
const joinParagraphs = (list: unknown) => (Array.isArray(list) ? list.join('\n\n') : '');

function emptyItem(): Item {
  return { title: '', body: '', links: '', rest: {} };
}

function formOf(json: string | undefined, approvalRequired: boolean): Form {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
  if (!json) {
    return {
      issueNumber: '',
      issueDate: today,
      theme: '',
      intro: '',
      closing: '',
      sections: [{ heading: '', items: [emptyItem()] }],
      requiresApproval: approvalRequired,
      rest: {},
    };
  }
  const {
    issueNumber,
    issueDate,
    theme,
    intro,
    closing,
    sections,
    kind: _kind,
    ...rest
  } = JSON.parse(json) as Record<string, unknown>;
  return {
    issueNumber: String(issueNumber ?? ''),
    issueDate: String(issueDate ?? today),
    theme: String(theme ?? ''),
    intro: joinParagraphs(intro),
    closing: joinParagraphs(closing),
    sections: ((sections as Record<string, unknown>[] | undefined) ?? []).map((s) => ({
      heading: String(s.heading ?? ''),
      items: ((s.items as Record<string, unknown>[] | undefined) ?? []).map((i) => {
        const { title, body, links, ...itemRest } = i;
        return {
          title: String(title ?? ''),
          body: joinParagraphs(body),
          links: ((links as { label: string; url: string }[] | undefined) ?? [])
            .map((l) => `${l.label} ${l.url}`)
            .join('\n'),
          rest: itemRest,
        };
      }),
    })),
    requiresApproval: approvalRequired,
    rest,
  };
}

function jsonOf(form: Form): string {
  return JSON.stringify({
    ...form.rest,
    kind: 'NEWSLETTER',
    issueNumber: /^\d+$/.test(form.issueNumber) ? Number(form.issueNumber) : form.issueNumber,
    issueDate: form.issueDate,
    ...(form.theme.trim() ? { theme: form.theme.trim() } : {}),
    intro: paragraphs(form.intro),
    closing: paragraphs(form.closing),
    sections: form.sections.map((s) => ({
      heading: s.heading,
      items: s.items.map((i) => ({
        ...i.rest,
        title: i.title,
        body: paragraphs(i.body),
        links: i.links
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => {
            const at = line.search(/https?:\/\//);
            return at > 0
              ? { label: line.slice(0, at).trim(), url: line.slice(at).trim() }
              : { label: line, url: line };
          }),
      })),
    })),
  });
}

export function NewsletterEditor() {
  const { id } = useParams();
  const title = id ? 'メールマガジンを編集' : 'メールマガジンを作成';
  const crumbs = [
    { label: 'ダッシュボード', to: '/admin/' },
    { label: '配信', to: '/admin/mailings' },
    ...(id ? [{ label: '配信の詳細', to: `/admin/mailings/${encodeURIComponent(id)}` }] : []),
    { label: title },
  ];
  return (
    <Page title={title} breadcrumbs={crumbs}>
      {id ? <Existing id={id} /> : <New />}
    </Page>
  );
}

/** A new issue, proposed with the next issue number (left empty if it cannot be read). */
function New() {
  const state = useQuery(NextIssueNumber);
  if (state.status === 'loading') return <Loading />;
  const initial = formOf(undefined, false);
  const next = state.status === 'done' ? String(state.data.nextNewsletterIssueNumber) : '';
  return <NewsletterForm initial={{ ...initial, issueNumber: next }} />;
}

function Existing({ id }: { id: string }) {
  const state = useQuery(NewsletterEditorData, { id });
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    return (
      <Notification type="error" title="読み込めませんでした">
        {state.message}
      </Notification>
    );
  }
  const m = state.data.mailing;
  if (m?.kind !== 'NEWSLETTER')
    return <Notification type="error" title="メールマガジンが見つかりません" />;
  if (m.status !== 'DRAFT') {
    return (
      <Notification type="warning" title="この配信は編集できません">
        下書きの間だけ編集できます。
      </Notification>
    );
  }
  return (
    <NewsletterForm
      mailingId={m.id}
      version={m.version}
      initial={formOf(m.contentJson, m.approvalRequired)}
    />
  );
}

function NewsletterForm({
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
  /** The number another newsletter has (the API said so), and whether to save it anyway. */
  const [duplicate, setDuplicate] = useState<{ issueNumber: string; message: string } | null>(null);
  const [confirmDuplicate, setConfirmDuplicate] = useState(false);
  const duplicateShown = duplicate?.issueNumber === form.issueNumber ? duplicate : null;

  const err = (...path: (string | number)[]) => errors[path.join('.')];
  const setSection = (s: number, change: (section: Section) => Section) =>
    setForm((f) => ({ ...f, sections: f.sections.map((x, i) => (i === s ? change(x) : x)) }));
  const setItem = (s: number, n: number, change: Partial<Item>) =>
    setSection(s, (x) => ({
      ...x,
      items: x.items.map((it, i) => (i === n ? { ...it, ...change } : it)),
    }));

  function showProblems(
    message: string,
    problems: readonly { path: readonly string[]; message: string }[],
  ) {
    const next: Record<string, string> = {};
    for (const p of problems) {
      const at = p.path.indexOf('contentJson');
      const key = (at >= 0 ? p.path.slice(at + 1) : p.path.slice(1)).join('.');
      next[key] ??= japaneseMessage(p.message);
    }
    setErrors(next);
    const shown = Object.keys(next).some((k) =>
      /^(issueNumber|issueDate|theme|intro|closing|sections\.\d+\.(heading|items\.\d+\.(title|body|links)))/.test(
        k,
      ),
    );
    setSummary(
      shown
        ? '入力内容に誤りがあります。各項目のメッセージを確認してください。'
        : `${message} ${Object.entries(next)
            .map(([k, v]) => `${k}: ${v}`)
            .join(' ')}`,
    );
  }

  function showDuplicate(message: string) {
    setDuplicate({ issueNumber: form.issueNumber, message });
    setConfirmDuplicate(false);
    setSummary('号数がほかのメールマガジンと重複しています。号数の欄を確認してください。');
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setErrors({});
    setSummary(null);
    try {
      const contentJson = jsonOf(form);
      const confirmDuplicateIssueNumber = duplicateShown != null && confirmDuplicate;
      if (!mailingId) {
        const { createMailing: r } = await request(CreateNewsletter, {
          input: {
            kind: 'NEWSLETTER',
            contentJson,
            requiresApproval: form.requiresApproval,
            confirmDuplicateIssueNumber,
          },
        });
        if (r.__typename === 'MailingPayload') {
          navigate(`/admin/mailings/${encodeURIComponent(r.mailing.id)}`, {
            state: { saved: 'メールマガジンの下書きを作成しました。' },
          });
        } else if (r.__typename === 'DuplicateIssueNumberError') showDuplicate(r.message);
        else showProblems(r.message, r.problems);
        return;
      }
      const { updateMailing: r } = await request(UpdateNewsletter, {
        input: {
          mailingId,
          expectedVersion: version ?? 0,
          contentJson,
          requiresApproval: form.requiresApproval,
          confirmDuplicateIssueNumber,
        },
      });
      if (r.__typename === 'MailingPayload') {
        navigate(`/admin/mailings/${encodeURIComponent(r.mailing.id)}`, {
          state: { saved: '変更を保存しました。' },
        });
      } else if (r.__typename === 'ValidationFailedError') showProblems(r.message, r.problems);
      else if (r.__typename === 'DuplicateIssueNumberError') showDuplicate(r.message);
      else if (r.__typename === 'ConflictError') setConflict(true);
      else setSummary(r.message);
    } catch (e) {
      setSummary(e instanceof Error ? e.message : '保存できませんでした。');
    } finally {
      setSaving(false);
    }
  }

  const wareki = /^\d{4}-\d{2}-\d{2}$/.test(form.issueDate) ? formatWareki(form.issueDate) : '';
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
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-3">
          <TextField
            label="号数"
            required
            inputMode="numeric"
            value={form.issueNumber}
            onChange={(e) => setForm({ ...form, issueNumber: e.target.value })}
            supportText={
              mailingId
                ? '第何号か（数字）'
                : '第何号か（数字）。これまでの号の次の番号を入れています。'
            }
            error={duplicateShown?.message ?? err('issueNumber')}
          />
          {duplicateShown && (
            <label className="flex items-start gap-2 text-std-16N-170">
              <input
                type="checkbox"
                className="mt-1 size-5 shrink-0"
                checked={confirmDuplicate}
                onChange={(e) => setConfirmDuplicate(e.target.checked)}
              />
              重複を確認しました。同じ号数（第{duplicateShown.issueNumber}号）で保存する
            </label>
          )}
        </div>
        <TextField
          label="発行日"
          type="date"
          required
          value={form.issueDate}
          onChange={(e) => setForm({ ...form, issueDate: e.target.value })}
          supportText={wareki ? `「${wareki}」と記載されます。` : undefined}
          error={err('issueDate')}
        />
      </div>
      <TextField
        label="今号のテーマ"
        value={form.theme}
        onChange={(e) => setForm({ ...form, theme: e.target.value })}
        error={err('theme')}
      />
      <TextareaField
        label="はじめに"
        supportText="段落の間は空行で区切ります。"
        value={form.intro}
        onChange={(e) => setForm({ ...form, intro: e.target.value })}
        error={err('intro')}
      />
      {form.sections.map((section, s) => (
        <fieldset
          // biome-ignore lint/suspicious/noArrayIndexKey: sections are edited in place, in order.
          key={s}
          className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 p-4"
        >
          <legend className="px-1 text-std-18B-160">セクション {s + 1}</legend>
          <TextField
            label={`セクション ${s + 1} の見出し`}
            required
            value={section.heading}
            onChange={(e) => setSection(s, (x) => ({ ...x, heading: e.target.value }))}
            error={err('sections', s, 'heading')}
          />
          {section.items.map((item, n) => (
            <div
              // biome-ignore lint/suspicious/noArrayIndexKey: items are edited in place, in order.
              key={n}
              className="flex flex-col gap-3 border-l-4 border-solid-gray-420 pl-4"
            >
              <TextField
                label={`記事 ${s + 1}-${n + 1} の題名`}
                required
                value={item.title}
                onChange={(e) => setItem(s, n, { title: e.target.value })}
                error={err('sections', s, 'items', n, 'title')}
              />
              <TextareaField
                label={`記事 ${s + 1}-${n + 1} の本文`}
                supportText="段落の間は空行で区切ります。"
                value={item.body}
                onChange={(e) => setItem(s, n, { body: e.target.value })}
                error={err('sections', s, 'items', n, 'body')}
              />
              <TextareaField
                label={`記事 ${s + 1}-${n + 1} のリンク`}
                supportText="1行に1つ、「表示名 https://…」の形で。"
                value={item.links}
                rows={2}
                onChange={(e) => setItem(s, n, { links: e.target.value })}
                error={
                  Object.entries(errors).find(([k]) =>
                    k.startsWith(`sections.${s}.items.${n}.links`),
                  )?.[1]
                }
              />
              {section.items.length > 1 && (
                <Button
                  variant="tertiary"
                  className="self-start"
                  onClick={() =>
                    setSection(s, (x) => ({ ...x, items: x.items.filter((_, i) => i !== n) }))
                  }
                >
                  記事 {s + 1}-{n + 1} を削除する
                </Button>
              )}
            </div>
          ))}
          <div className="flex flex-wrap gap-3">
            <Button
              variant="secondary"
              onClick={() => setSection(s, (x) => ({ ...x, items: [...x.items, emptyItem()] }))}
            >
              セクション {s + 1} に記事を追加する
            </Button>
            {form.sections.length > 1 && (
              <Button
                variant="tertiary"
                onClick={() =>
                  setForm((f) => ({ ...f, sections: f.sections.filter((_, i) => i !== s) }))
                }
              >
                セクション {s + 1} を削除する
              </Button>
            )}
          </div>
        </fieldset>
      ))}
      <Button
        variant="secondary"
        className="self-start"
        onClick={() =>
          setForm((f) => ({
            ...f,
            sections: [...f.sections, { heading: '', items: [emptyItem()] }],
          }))
        }
      >
        セクションを追加する
      </Button>
      <TextareaField
        label="おわりに"
        supportText="段落の間は空行で区切ります。"
        value={form.closing}
        onChange={(e) => setForm({ ...form, closing: e.target.value })}
        error={err('closing')}
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
        <Button type="submit" disabled={saving}>
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
