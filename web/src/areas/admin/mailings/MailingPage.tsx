/**
 * 配信の詳細 (/admin/mailings/:id): the real rendered e-mail (HTML in a sandboxed iframe at
 * phone and desktop widths, the text part), the audience picker with its live count, test send,
 * approval (request, approve — with why the button is disabled), send / schedule / pause /
 * resume / cancel, deleting a draft that never went out (after a confirmation step, back to the
 * list), live progress while sending, the delivery report and the reply summary. A reminder
 * (督促) shows the circular it follows up instead of the audience and cannot be edited.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { ExternalLink, Link } from '../../../components/Link';
import { Notification } from '../../../components/Notification';
import { Loading, Page } from '../../../components/Page';
import { Table } from '../../../components/Table';
import { graphql } from '../../../gql';
import type { AudienceInput, DeliveryStatus } from '../../../gql/graphql';
import { formatNumber, formatWareki, formatWarekiDateTime } from '../../../lib/format';
import { request } from '../../../lib/graphql';
import { AudiencePicker, type AudienceValue } from './AudiencePicker';
import {
  DELIVERY_STATUS_LABELS,
  KIND_LABELS,
  REPLY_STATE_LABELS,
  STATUS_LABELS,
  SUPPRESSION_LABELS,
} from './labels';
import { useReloadable } from './use-reloadable';

const AdminMailing = graphql(`
  query AdminMailing($id: ID!) {
    viewer {
      account {
        id
        role
      }
    }
    mailing(id: $id) {
      id
      kind
      subject
      status
      version
      approvalRequired
      approvedVersion
      approvedAt
      approvedBy {
        displayName
      }
      createdBy {
        id
        displayName
      }
      editedBy {
        id
      }
      startedBy {
        displayName
      }
      createdAt
      scheduledAt
      startedAt
      completedAt
      cancelledAt
      lastError
      reminderOf {
        id
        subject
      }
      previewUrl
      preview {
        subject
        text
      }
      content {
        __typename
        ... on NoticeContent {
          date
          reply {
            deadline
          }
        }
      }
      audience {
        categories
        workingGroups
        board
        prefectures
        regions
        organizationTypes
        fieldsOfActivity
        contacts {
          selection
          roles
        }
        includeOrganizations {
          id
        }
        excludeOrganizations {
          id
        }
        meeting {
          id
        }
      }
      counts {
        total
        queued
        sending
        retry
        sent
        bounced
        failed
        unknown
        suppressed
        cancelled
        complaints
      }
      organizationCount
      issueCount
      issues(first: 50) {
        edges {
          node {
            organizationName
            reason
          }
        }
      }
      replySummary {
        organizations
        delivered
        acknowledged
        late
        notYet
        unreached
      }
      replies(first: 20, state: ACKNOWLEDGED) {
        totalCount
        edges {
          node {
            organizationName
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
`);

const MailingDeliveries = graphql(`
  query AdminMailingDeliveries($id: ID!, $statuses: [DeliveryStatus!], $after: String) {
    mailing(id: $id) {
      id
      deliveries(first: 50, after: $after, filter: { statuses: $statuses }) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            address
            recipientName
            organizationName
            status
            suppressionReason
            lastError
            sentAt
          }
        }
      }
    }
  }
`);

const UpdateAudience = graphql(`
  mutation UpdateMailingAudience($input: UpdateMailingInput!) {
    updateMailing(input: $input) {
      __typename
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

const Approve = graphql(`
  mutation ApproveMailingFromConsole($input: ApproveMailingInput!) {
    approveMailing(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

const Send = graphql(`
  mutation SendMailingFromConsole($input: SendMailingInput!) {
    sendMailing(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

const Schedule = graphql(`
  mutation ScheduleMailingFromConsole($input: ScheduleMailingInput!) {
    scheduleMailing(input: $input) {
      __typename
      ... on ValidationFailedError {
        problems {
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

const Pause = graphql(`
  mutation PauseMailingFromConsole($input: MailingIdInput!) {
    pauseMailing(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

const Resume = graphql(`
  mutation ResumeMailingFromConsole($input: MailingIdInput!) {
    resumeMailing(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

const Cancel = graphql(`
  mutation CancelMailingFromConsole($input: MailingIdInput!) {
    cancelMailing(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

const DeleteDraft = graphql(`
  mutation DeleteMailingFromConsole($input: DeleteMailingInput!) {
    deleteMailing(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

const TestSend = graphql(`
  mutation TestSendFromConsole($input: SendTestMailingInput!) {
    sendTestMailing(input: $input) {
      __typename
      ... on SendTestMailingPayload {
        addresses
      }
      ... on ValidationFailedError {
        message
        problems {
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

const Resend = graphql(`
  mutation ResendDeliveryFromConsole($input: ResendDeliveryInput!) {
    resendDelivery(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

type Flash = { type: 'success' | 'error'; text: string } | null;

export function MailingPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const saved = (location.state as { saved?: string } | null)?.saved;
  const [flash, setFlash] = useState<Flash>(saved ? { type: 'success', text: saved } : null);
  const [polling, setPolling] = useState(false);
  const state = useReloadable(AdminMailing, { id }, { pollMs: polling ? 1500 : null });
  const mailing = state.data?.mailing;
  const live = mailing?.status === 'SENDING' || mailing?.status === 'SCHEDULED';
  if (live !== polling && mailing) setPolling(live);

  const crumbs = [
    { label: 'ダッシュボード', to: '/admin/' },
    { label: '配信', to: '/admin/mailings' },
    { label: mailing?.subject ?? '配信の詳細' },
  ];

  async function act(
    run: () => Promise<{ __typename: string; message?: string }>,
    done: string,
  ): Promise<void> {
    try {
      const r = await run();
      if (r.__typename.endsWith('Payload')) setFlash({ type: 'success', text: done });
      else setFlash({ type: 'error', text: r.message ?? '操作できませんでした。' });
    } catch (e) {
      setFlash({ type: 'error', text: e instanceof Error ? e.message : '操作できませんでした。' });
    }
    await state.reload();
  }

  if (!state.data) {
    return (
      <Page title="配信の詳細" breadcrumbs={crumbs}>
        {state.error ? (
          <Notification type="error" title="読み込めませんでした">
            {state.error}
          </Notification>
        ) : (
          <Loading />
        )}
      </Page>
    );
  }
  if (!mailing) {
    return (
      <Page title="配信が見つかりません" breadcrumbs={crumbs}>
        <Link to="/admin/mailings">配信の一覧へ</Link>
      </Page>
    );
  }
  const viewer = state.data.viewer.account;
  const draft = mailing.status === 'DRAFT';
  const reminderOf = mailing.reminderOf;
  // A draft that never went out (a reminder draft too) can be deleted.
  const deletable = draft && !mailing.startedAt;
  const approved = mailing.approvedVersion === mailing.version && mailing.approvedBy != null;
  const needsApproval = mailing.approvalRequired && !approved;
  const approveBlocker = !mailing.approvalRequired
    ? null
    : approved
      ? null
      : viewer?.role !== 'SECRETARIAT_ADMIN'
        ? '承認できるのは事務局の管理者です。あなたは担当者のアカウントのため承認できません。'
        : viewer?.id === mailing.createdBy?.id
          ? 'この配信を作成した本人は承認できません。ほかの管理者に承認を依頼してください。'
          : mailing.editedBy.some((editor) => editor.id === viewer?.id)
            ? 'この配信を編集した人は承認できません。作成・編集していない管理者に承認を依頼してください。'
            : null;
  const previewPath = `${new URL(mailing.previewUrl, window.location.href).pathname}?part=html`;

  return (
    <Page title={mailing.subject} breadcrumbs={crumbs}>
      <div aria-live="polite">
        {flash && (
          <Notification
            type={flash.type}
            title={flash.type === 'success' ? flash.text : '操作できませんでした'}
          >
            {flash.type === 'error' && flash.text}
          </Notification>
        )}
      </div>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="text-std-16B-170">種類</dt>
        <dd>{KIND_LABELS[mailing.kind] ?? mailing.kind}</dd>
        <dt className="text-std-16B-170">状態</dt>
        <dd data-testid="mailing-status">
          {STATUS_LABELS[mailing.status] ?? mailing.status}
          {mailing.status === 'SCHEDULED' &&
            mailing.scheduledAt &&
            `（${formatWarekiDateTime(mailing.scheduledAt)} に送信）`}
        </dd>
        <dt className="text-std-16B-170">作成</dt>
        <dd>
          {formatWarekiDateTime(mailing.createdAt)}　{mailing.createdBy?.displayName ?? '—'}
        </dd>
        <dt className="text-std-16B-170">承認</dt>
        <dd data-testid="approval-state">
          {!mailing.approvalRequired
            ? '不要'
            : approved && mailing.approvedAt
              ? `承認済み（${mailing.approvedBy?.displayName}、${formatWarekiDateTime(mailing.approvedAt)}）`
              : '承認待ち'}
        </dd>
        {mailing.startedAt && (
          <>
            <dt className="text-std-16B-170">送信開始</dt>
            <dd>
              {formatWarekiDateTime(mailing.startedAt)}　{mailing.startedBy?.displayName ?? ''}
            </dd>
          </>
        )}
      </dl>
      {mailing.lastError && (
        <Notification type="error" title="送信を開始できませんでした">
          {mailing.lastError}
        </Notification>
      )}
      {draft && mailing.kind === 'VISIT_REPORT' && (
        <p>
          <Link
            to={`/admin/mailings/${encodeURIComponent(mailing.id)}/edit-visit-report`}
            className="text-std-16B-170"
          >
            内容を編集する
          </Link>
        </p>
      )}
      {draft && mailing.kind === 'NEWSLETTER' && (
        <p>
          <Link
            to={`/admin/mailings/${encodeURIComponent(mailing.id)}/edit-newsletter`}
            className="text-std-16B-170"
          >
            内容を編集する
          </Link>
        </p>
      )}
      {reminderOf && (
        <Notification type="info" title="この配信は事務連絡の督促です">
          <p>
            「
            <Link to={`/admin/replies/${encodeURIComponent(reminderOf.id)}`}>
              {reminderOf.subject}
            </Link>
            」にまだ回答していない団体へ、送信を始める時点で送ります。内容と宛先は元の事務連絡のとおりで、変更できません（変えるときは、この下書きを削除して返信の画面から作り直してください）。
          </p>
        </Notification>
      )}
      {draft && mailing.kind === 'NOTICE' && !reminderOf && (
        <p>
          <Link
            to={`/admin/mailings/${encodeURIComponent(mailing.id)}/edit`}
            className="text-std-16B-170"
          >
            内容を編集する
          </Link>
        </p>
      )}

      <PreviewSection
        src={previewPath}
        text={mailing.preview.text}
        subject={mailing.preview.subject}
      />

      {!reminderOf && (
        <AudiencePicker
          key={mailing.version}
          kind={mailing.kind}
          editable={draft}
          initial={mailing.audience as AudienceValue}
          onSave={(audience: AudienceInput) =>
            act(async () => {
              const { updateMailing: r } = await request(UpdateAudience, {
                input: { mailingId: mailing.id, expectedVersion: mailing.version, audience },
              });
              if (r.__typename === 'ConflictError') {
                return {
                  __typename: r.__typename,
                  message:
                    'ほかの人がこの配信を先に更新しました。画面を最新にしてからもう一度選んでください。',
                };
              }
              return r as { __typename: string; message?: string };
            }, '宛先を保存しました。')
          }
        />
      )}

      {draft && <TestSendSection mailingId={mailing.id} onResult={setFlash} />}

      <section aria-labelledby="approval-heading" className="flex flex-col gap-3">
        <h2 id="approval-heading" className="text-std-24B-150">
          承認と送信
        </h2>
        {draft && !mailing.approvalRequired && !reminderOf && (
          <div className="flex flex-col gap-2">
            <p>送信の前に、ほかの管理者に内容を確認してもらえます。</p>
            <div>
              <Button
                variant="secondary"
                onClick={() =>
                  act(async () => {
                    const { updateMailing: r } = await request(UpdateAudience, {
                      input: {
                        mailingId: mailing.id,
                        expectedVersion: mailing.version,
                        requiresApproval: true,
                      },
                    });
                    return r as { __typename: string; message?: string };
                  }, '承認を依頼しました。管理者が承認すると送信できます。')
                }
              >
                承認を依頼する
              </Button>
            </div>
          </div>
        )}
        {draft && mailing.approvalRequired && !approved && (
          <div className="flex flex-col gap-2">
            <Button
              className="self-start"
              disabled={approveBlocker != null}
              aria-describedby={approveBlocker ? 'approve-why' : undefined}
              onClick={() =>
                act(async () => {
                  const { approveMailing: r } = await request(Approve, {
                    input: { mailingId: mailing.id, expectedVersion: mailing.version },
                  });
                  return r as { __typename: string; message?: string };
                }, 'この内容で承認しました。')
              }
            >
              この内容で承認する
            </Button>
            {approveBlocker && (
              <p id="approve-why" className="text-std-16N-170 text-solid-gray-700">
                {approveBlocker}
              </p>
            )}
          </div>
        )}
        {(draft || mailing.status === 'SCHEDULED') && (
          <SendControls
            disabledReason={needsApproval ? '承認されるまで送信・予約はできません。' : null}
            scheduled={mailing.status === 'SCHEDULED'}
            onSend={() =>
              act(async () => {
                const { sendMailing: r } = await request(Send, {
                  input: { mailingId: mailing.id, expectedVersion: mailing.version },
                });
                return r as { __typename: string; message?: string };
              }, '送信を開始しました。')
            }
            onSchedule={(at) =>
              act(async () => {
                const { scheduleMailing: r } = await request(Schedule, {
                  input: { mailingId: mailing.id, at, expectedVersion: mailing.version },
                });
                if (r.__typename === 'ValidationFailedError') {
                  return {
                    __typename: r.__typename,
                    message: r.problems.map((p) => p.message).join(' '),
                  };
                }
                return r as { __typename: string; message?: string };
              }, '送信を予約しました。')
            }
          />
        )}
        <div className="flex flex-wrap gap-3">
          {deletable && (
            <DeleteDraftButton
              onDelete={async () => {
                try {
                  const { deleteMailing: r } = await request(DeleteDraft, {
                    input: { mailingId: mailing.id, expectedVersion: mailing.version },
                  });
                  if (r.__typename === 'DeleteMailingPayload') {
                    navigate('/admin/mailings', {
                      state: { deleted: `下書き「${mailing.subject}」を削除しました。` },
                    });
                    return;
                  }
                  setFlash({
                    type: 'error',
                    text: 'message' in r ? r.message : '削除できませんでした。',
                  });
                } catch (e) {
                  setFlash({
                    type: 'error',
                    text: e instanceof Error ? e.message : '削除できませんでした。',
                  });
                }
                await state.reload();
              }}
            />
          )}
          {mailing.status === 'SENDING' && (
            <Button
              variant="secondary"
              onClick={() =>
                act(
                  async () =>
                    (await request(Pause, { input: { mailingId: mailing.id } })).pauseMailing,
                  '送信を一時停止しました。',
                )
              }
            >
              一時停止する
            </Button>
          )}
          {mailing.status === 'PAUSED' && (
            <Button
              onClick={() =>
                act(
                  async () =>
                    (await request(Resume, { input: { mailingId: mailing.id } })).resumeMailing,
                  '送信を再開しました。',
                )
              }
            >
              再開する
            </Button>
          )}
          {['DRAFT', 'SCHEDULED', 'SENDING', 'PAUSED'].includes(mailing.status) && (
            <CancelButton
              onCancel={() =>
                act(
                  async () =>
                    (await request(Cancel, { input: { mailingId: mailing.id } })).cancelMailing,
                  '配信を中止しました。',
                )
              }
            />
          )}
        </div>
      </section>

      {mailing.counts.total > 0 && (
        <Progress
          counts={mailing.counts}
          status={mailing.status}
          completedAt={mailing.completedAt}
        />
      )}
      {mailing.issueCount > 0 && (
        <Table
          caption={`届かなかった団体（${formatNumber(mailing.issueCount)}団体）`}
          columns={['団体', '理由']}
          rows={mailing.issues.edges.map(({ node }) => [node.organizationName, node.reason])}
        />
      )}
      {mailing.counts.total > 0 && (
        <DeliveryReport
          mailingId={mailing.id}
          version={JSON.stringify(mailing.counts)}
          onResend={setFlash}
        />
      )}
      {mailing.replySummary && mailing.counts.total > 0 && (
        <ReplySection
          summary={mailing.replySummary}
          deadline={
            mailing.content?.__typename === 'NoticeContent'
              ? mailing.content.reply?.deadline
              : undefined
          }
          replies={mailing.replies.edges.map((e) => e.node)}
          total={mailing.replies.totalCount}
        />
      )}
    </Page>
  );
}

function PreviewSection({ src, text, subject }: { src: string; text: string; subject: string }) {
  const [tab, setTab] = useState<'html' | 'text'>('html');
  const [width, setWidth] = useState<375 | 1280>(375);
  const widthClass = width === 375 ? 'w-[375px]' : 'w-[1280px]';
  return (
    <section aria-labelledby="preview-heading" className="flex flex-col gap-3">
      <h2 id="preview-heading" className="text-std-24B-150">
        プレビュー
      </h2>
      <p className="text-std-16N-170 text-solid-gray-700">
        見本の宛先（山田　太郎／NPO法人 サンプル（デモ））で差し込んだ、実際に送るメールです。件名：
        {subject}
      </p>
      <div role="tablist" aria-label="プレビューの表示" className="flex flex-wrap gap-2">
        <Button
          role="tab"
          aria-selected={tab === 'html'}
          variant={tab === 'html' ? 'primary' : 'secondary'}
          onClick={() => setTab('html')}
        >
          HTML
        </Button>
        <Button
          role="tab"
          aria-selected={tab === 'text'}
          variant={tab === 'text' ? 'primary' : 'secondary'}
          onClick={() => setTab('text')}
        >
          テキスト
        </Button>
      </div>
      {tab === 'html' ? (
        <div role="tabpanel" aria-label="HTML" className="flex flex-col gap-3">
          <fieldset className="flex flex-wrap gap-4">
            <legend className="sr-only">表示幅</legend>
            {([375, 1280] as const).map((w) => (
              <label key={w} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="preview-width"
                  className="size-5"
                  checked={width === w}
                  onChange={() => setWidth(w)}
                />
                {w === 375 ? 'スマートフォン（375 px）' : 'パソコン（1280 px）'}
              </label>
            ))}
          </fieldset>
          <section
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard.
            tabIndex={0}
            aria-label="プレビューの表示領域（横にスクロールできます）"
            className="max-w-full overflow-x-auto rounded-8 border border-solid-gray-420 bg-solid-gray-50"
          >
            <iframe
              title={`メールのプレビュー（${width === 375 ? 'スマートフォン' : 'パソコン'}の幅）`}
              src={src}
              sandbox="allow-popups allow-popups-to-escape-sandbox"
              className={`${widthClass} h-[720px] max-w-none bg-white`}
              data-testid="preview-frame"
            />
          </section>
          <p>
            <ExternalLink href={src.replace('?part=html', '')} target="_blank" rel="noopener">
              プレビューを別のタブで開く
            </ExternalLink>
          </p>
        </div>
      ) : (
        <div role="tabpanel" aria-label="テキスト">
          <pre className="max-w-full whitespace-pre-wrap break-words rounded-8 border border-solid-gray-420 bg-white p-4 font-mono text-std-16N-170">
            {text}
          </pre>
        </div>
      )}
    </section>
  );
}

function TestSendSection({
  mailingId,
  onResult,
}: {
  mailingId: string;
  onResult: (f: Flash) => void;
}) {
  const [addresses, setAddresses] = useState('');
  const [error, setError] = useState<string>();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    const list = addresses.split(/[\s,、]+/).filter(Boolean);
    if (list.length === 0) {
      setError('送信先のメールアドレスを入力してください。');
      return;
    }
    try {
      const { sendTestMailing: r } = await request(TestSend, {
        input: { mailingId, addresses: list },
      });
      if (r.__typename === 'SendTestMailingPayload') {
        onResult({
          type: 'success',
          text: `テストメールを ${r.addresses.join('、')} に送りました。`,
        });
      } else if (r.__typename === 'ValidationFailedError') {
        setError(r.problems.map((p) => p.message).join(' ') || r.message);
      } else setError(r.message);
    } catch (e) {
      setError(e instanceof Error ? e.message : '送れませんでした。');
    }
  }
  return (
    <section aria-labelledby="test-heading" className="flex flex-col gap-3">
      <h2 id="test-heading" className="text-std-24B-150">
        テスト送信
      </h2>
      <form onSubmit={onSubmit} noValidate className="flex max-w-[640px] flex-col gap-3">
        <TextField
          label="テストの送信先"
          supportText="件名に【テスト】を付けて送ります（10件まで、空白区切り）。配信の記録には残りません。"
          type="text"
          inputMode="email"
          value={addresses}
          onChange={(e) => setAddresses(e.target.value)}
          error={error}
        />
        <Button type="submit" variant="secondary" className="self-start">
          テスト送信する
        </Button>
      </form>
    </section>
  );
}

function SendControls({
  disabledReason,
  scheduled,
  onSend,
  onSchedule,
}: {
  disabledReason: string | null;
  scheduled: boolean;
  onSend: () => Promise<void>;
  onSchedule: (at: string) => Promise<void>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [at, setAt] = useState('');
  const [atError, setAtError] = useState<string>();
  return (
    <div className="flex flex-col gap-4">
      {disabledReason && (
        <p id="send-why" className="text-std-16N-170 text-solid-gray-700">
          {disabledReason}
        </p>
      )}
      {!confirming ? (
        <Button
          className="self-start"
          disabled={disabledReason != null}
          aria-describedby={disabledReason ? 'send-why' : undefined}
          onClick={() => setConfirming(true)}
        >
          今すぐ送信する
        </Button>
      ) : (
        <div className="flex flex-col gap-2 rounded-8 border-2 border-key-900 p-4">
          <p className="text-std-16B-170">宛先の全員に送信を始めます。よろしいですか。</p>
          <div className="flex flex-wrap gap-3">
            <Button onClick={() => void onSend().then(() => setConfirming(false))}>
              送信を開始する
            </Button>
            <Button variant="tertiary" onClick={() => setConfirming(false)}>
              やめる
            </Button>
          </div>
        </div>
      )}
      <form
        noValidate
        className="flex max-w-[640px] flex-col gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (!at) {
            setAtError('送信する日時を入力してください。');
            return;
          }
          setAtError(undefined);
          void onSchedule(new Date(`${at}:00+09:00`).toISOString());
        }}
      >
        <TextField
          label={scheduled ? '送信予約の日時を変更' : '日時を指定して送信を予約'}
          type="datetime-local"
          supportText="日本時間"
          value={at}
          onChange={(e) => setAt(e.target.value)}
          error={atError}
          disabled={disabledReason != null}
        />
        <Button
          type="submit"
          variant="secondary"
          className="self-start"
          disabled={disabledReason != null}
        >
          予約する
        </Button>
      </form>
    </div>
  );
}

function DeleteDraftButton({ onDelete }: { onDelete: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        下書きを削除する
      </Button>
    );
  }
  return (
    <section
      aria-label="下書きの削除の確認"
      className="flex flex-wrap items-center gap-3 rounded-8 border-2 border-error-1 p-3"
    >
      <p>この下書きを削除します。削除した下書きは元に戻せません。削除しますか。</p>
      <Button
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void onDelete().finally(() => {
            setBusy(false);
            setConfirming(false);
          });
        }}
      >
        削除する
      </Button>
      <Button variant="tertiary" onClick={() => setConfirming(false)}>
        やめる
      </Button>
    </section>
  );
}

function CancelButton({ onCancel }: { onCancel: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        配信を中止する
      </Button>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-8 border-2 border-error-1 p-3">
      <p>まだ送っていない分は送られなくなります。中止しますか。</p>
      <Button onClick={() => void onCancel().then(() => setConfirming(false))}>中止する</Button>
      <Button variant="tertiary" onClick={() => setConfirming(false)}>
        やめる
      </Button>
    </div>
  );
}

function Progress({
  counts,
  status,
  completedAt,
}: {
  counts: Record<string, number>;
  status: string;
  completedAt?: string | null;
}) {
  const total = counts.total ?? 0;
  const done = total - (counts.queued ?? 0) - (counts.sending ?? 0) - (counts.retry ?? 0);
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  const rows: [string, number][] = [
    ['送信済み（受信サーバーが受理）', counts.sent ?? 0],
    ['送信待ち', counts.queued ?? 0],
    ['送信中', counts.sending ?? 0],
    ['再試行待ち', counts.retry ?? 0],
    ['不達（エラー通知あり）', counts.bounced ?? 0],
    ['送信失敗', counts.failed ?? 0],
    ['結果不明（要確認）', counts.unknown ?? 0],
    ['配信停止・対象外', counts.suppressed ?? 0],
    ['中止により未送信', counts.cancelled ?? 0],
  ];
  return (
    <section aria-labelledby="progress-heading" className="flex flex-col gap-3">
      <h2 id="progress-heading" className="text-std-24B-150">
        {status === 'SENDING' ? '送信の進み具合' : '配信の結果'}
      </h2>
      <p role="status" className="text-std-17B-170" data-testid="progress-summary">
        {formatNumber(total)}件中 {formatNumber(done)}件の処理が終わりました（{percent}%）
        {status === 'SENT' && completedAt && `。${formatWarekiDateTime(completedAt)} に完了`}
      </p>
      <progress max={total} value={done} aria-label="処理の進み具合" className="h-3 w-full" />
      <Table
        caption="宛先ごとの状態"
        columns={['状態', '件数']}
        rows={rows.map(([l, n]) => [l, formatNumber(n)])}
      />
    </section>
  );
}

const REPORT_FILTERS: [string, string, DeliveryStatus[] | null][] = [
  ['', 'すべて', null],
  ['UNKNOWN', '結果不明（再送の判断が必要）', ['UNKNOWN']],
  ['FAILED', '送信失敗', ['FAILED']],
  ['BOUNCED', '不達', ['BOUNCED']],
  ['SUPPRESSED', '配信停止・オプトアウト', ['SUPPRESSED']],
  ['SENT', '送信済み', ['SENT']],
];

function DeliveryReport({
  mailingId,
  version,
  onResend,
}: {
  mailingId: string;
  version: string;
  onResend: (f: Flash) => void;
}) {
  const [filter, setFilter] = useState('');
  const [after, setAfter] = useState<string | null>(null);
  const statuses = REPORT_FILTERS.find(([v]) => v === filter)?.[2] ?? null;
  const list = useReloadable(MailingDeliveries, { id: mailingId, statuses, after });
  const { reload } = list;
  // The counts changed (sending goes on): the list follows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the trigger.
  useEffect(() => {
    void reload();
  }, [version]);
  const deliveries = list.data?.mailing?.deliveries;
  return (
    <section aria-labelledby="report-heading" className="flex flex-col gap-3">
      <h2 id="report-heading" className="text-std-24B-150">
        宛先ごとの記録
      </h2>
      <div className="max-w-[480px]">
        <SelectField
          label="表示する状態"
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value);
            setAfter(null);
          }}
        >
          {REPORT_FILTERS.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </SelectField>
      </div>
      {deliveries && (
        <>
          <Table
            caption={`宛先（${formatNumber(deliveries.totalCount)}件）`}
            columns={['団体', '宛先', '状態', '']}
            rows={deliveries.edges.map(({ node }) => [
              node.organizationName,
              <span key="a" className="break-all">
                {node.recipientName}
                <br />
                {node.address}
              </span>,
              <span key="s">
                {DELIVERY_STATUS_LABELS[node.status] ?? node.status}
                {node.suppressionReason &&
                  `：${SUPPRESSION_LABELS[node.suppressionReason] ?? node.suppressionReason}`}
                {node.lastError && (
                  <>
                    <br />
                    <span className="text-solid-gray-700">{node.lastError}</span>
                  </>
                )}
              </span>,
              node.status === 'UNKNOWN' || node.status === 'FAILED' ? (
                <Button
                  key="r"
                  variant="secondary"
                  aria-label={`${node.address} に再送する`}
                  onClick={async () => {
                    const { resendDelivery: r } = await request(Resend, {
                      input: { deliveryId: node.id },
                    });
                    onResend(
                      r.__typename === 'DeliveryPayload'
                        ? { type: 'success', text: `${node.address} に再送します。` }
                        : {
                            type: 'error',
                            text: 'message' in r ? r.message : '再送できませんでした。',
                          },
                    );
                    await list.reload();
                  }}
                >
                  再送する
                </Button>
              ) : (
                ''
              ),
            ])}
          />
          {deliveries.pageInfo.hasNextPage && (
            <Button
              variant="secondary"
              className="self-start"
              onClick={() => setAfter(deliveries.pageInfo.endCursor ?? null)}
            >
              次の50件
            </Button>
          )}
          {after && (
            <Button variant="tertiary" className="self-start" onClick={() => setAfter(null)}>
              最初の50件に戻る
            </Button>
          )}
        </>
      )}
    </section>
  );
}

function ReplySection({
  summary,
  deadline,
  replies,
  total,
}: {
  summary: {
    organizations: number;
    delivered: number;
    acknowledged: number;
    late: number;
    notYet: number;
    unreached: number;
  };
  deadline?: string | null;
  replies: readonly {
    organizationName: string;
    acknowledgement?: { acknowledgedAt: string; answer?: string | null; late: boolean } | null;
  }[];
  total: number;
}) {
  return (
    <section aria-labelledby="replies-heading" className="flex flex-col gap-3">
      <h2 id="replies-heading" className="text-std-24B-150">
        回答の状況
      </h2>
      {deadline && <p>回答期限：{formatWareki(deadline)}</p>}
      <Table
        caption="回答の集計"
        columns={['宛先の団体', '届いた団体', '回答済み', 'うち期限後', '未回答', '届いていない']}
        rows={[
          [
            summary.organizations,
            summary.delivered,
            <span key="a" data-testid="replies-acknowledged">
              {formatNumber(summary.acknowledged)}
            </span>,
            summary.late,
            summary.notYet,
            summary.unreached,
          ].map((v) => (typeof v === 'number' ? formatNumber(v) : v)),
        ]}
      />
      {replies.length > 0 && (
        <Table
          caption={`回答した団体（${formatNumber(total)}団体${total > replies.length ? '、新しい20件' : ''}）`}
          columns={['団体', '回答日時', '回答']}
          rows={replies.map((r) => [
            r.organizationName,
            r.acknowledgement ? formatWarekiDateTime(r.acknowledgement.acknowledgedAt) : '—',
            `${r.acknowledgement?.answer ?? '確認しました'}${r.acknowledgement?.late ? `（${REPLY_STATE_LABELS.LATE}）` : ''}`,
          ])}
        />
      )}
      <p>
        <Link to="/admin/replies">返信の一覧へ</Link>
      </p>
    </section>
  );
}
