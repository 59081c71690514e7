/**
 * 設定: profile review on/off and the kinds of mail that always need an admin's approval
 * (admins change them; staff read them).
 */
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { CheckboxGroup } from '../../../components/CheckboxGroup';
import { Notification } from '../../../components/Notification';
import { Loading } from '../../../components/Page';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql';
import { useReloadableQuery } from '../../../lib/use-reloadable-query';

const ServiceSettingsQuery = graphql(`
  query ServiceSettings {
    settings {
      profileChangesRequireReview
      approvalRequiredKinds
    }
    viewer {
      account {
        role
      }
    }
  }
`);

const UpdateSettings = graphql(`
  mutation ServiceSettingsUpdate($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      __typename
      ... on SettingsPayload {
        settings {
          profileChangesRequireReview
          approvalRequiredKinds
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const MAIL_KINDS = [
  { value: 'NOTICE', label: '事務連絡' },
  { value: 'MEETING_NOTICE', label: '会議開催通知' },
  { value: 'NEWSLETTER', label: 'メールマガジン' },
  { value: 'VISIT_REPORT', label: '事務局訪問記' },
] as const;

type MailKind = (typeof MAIL_KINDS)[number]['value'];

export function ServiceSettings() {
  const [state, reload] = useReloadableQuery(ServiceSettingsQuery);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return (
      <Notification type="error" title="読み込めませんでした">
        {state.message}
      </Notification>
    );
  const review = state.data.settings.profileChangesRequireReview;
  const isAdmin = state.data.viewer.account?.role === 'SECRETARIAT_ADMIN';
  async function toggle() {
    try {
      const r = (await request(UpdateSettings, { input: { profileChangesRequireReview: !review } }))
        .updateSettings;
      if (r.__typename !== 'SettingsPayload') {
        setMessage({ ok: false, text: 'message' in r ? r.message : '変更できませんでした。' });
        return;
      }
      setMessage({
        ok: true,
        text: r.settings.profileChangesRequireReview
          ? '登録内容の変更を審査するようにしました。'
          : '登録内容の変更をすぐ反映するようにしました。',
      });
      reload();
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Error ? e.message : '変更できませんでした。' });
    }
  }
  return (
    <div className="flex flex-col gap-6">
      {message && (
        <Notification
          type={message.ok ? 'success' : 'error'}
          title={message.ok ? message.text : '変更できませんでした'}
        >
          {message.ok ? undefined : message.text}
        </Notification>
      )}
      <section aria-labelledby="review-heading" className="flex flex-col gap-3">
        <h2 id="review-heading" className="text-std-24B-150">
          登録内容の変更の審査
        </h2>
        <p>
          現在：
          <strong>
            {review
              ? '審査する（会員が変更すると、事務局が承認するまで名簿に反映されません）'
              : '審査しない（会員の変更はすぐ名簿に反映されます）'}
          </strong>
        </p>
        {isAdmin ? (
          <div>
            <Button variant="secondary" onClick={toggle}>
              {review ? '審査をやめる' : '審査するようにする'}
            </Button>
          </div>
        ) : (
          <p className="text-solid-gray-700">変更できるのは事務局の管理者です。</p>
        )}
      </section>
      <ApprovalKinds
        key={state.data.settings.approvalRequiredKinds.join()}
        saved={state.data.settings.approvalRequiredKinds}
        isAdmin={isAdmin}
        onSaved={(text) => {
          setMessage({ ok: true, text });
          reload();
        }}
        onError={(text) => setMessage({ ok: false, text })}
      />
    </div>
  );
}

/** Which kinds of mail always need an admin's approval, whatever the mailing says. */
function ApprovalKinds({
  saved,
  isAdmin,
  onSaved,
  onError,
}: {
  saved: readonly string[];
  isAdmin: boolean;
  onSaved: (text: string) => void;
  onError: (text: string) => void;
}) {
  const [kinds, setKinds] = useState<string[]>([...saved]);
  const changed = kinds.length !== saved.length || kinds.some((k) => !saved.includes(k));
  async function save() {
    try {
      const r = (
        await request(UpdateSettings, { input: { approvalRequiredKinds: kinds as MailKind[] } })
      ).updateSettings;
      if (r.__typename === 'SettingsPayload') onSaved('承認が必要な配信の種類を保存しました。');
      else onError('message' in r ? r.message : '保存できませんでした。');
    } catch (e) {
      onError(e instanceof Error ? e.message : '保存できませんでした。');
    }
  }
  const labels = MAIL_KINDS.filter((k) => saved.includes(k.value)).map((k) => k.label);
  return (
    <section aria-labelledby="approval-heading" className="flex flex-col gap-3">
      <h2 id="approval-heading" className="text-std-24B-150">
        配信の承認
      </h2>
      <p>
        ここで選んだ種類の配信は、配信ごとの「承認が必要」にかかわらず、作成・編集した人とは別の管理者が承認するまで送信・予約できません。それ以外の種類は配信ごとに決めます。承認のあとで内容を変えると、承認は取り消されます。
      </p>
      {isAdmin ? (
        <>
          <CheckboxGroup
            legend="必ず承認が必要な配信の種類"
            options={MAIL_KINDS}
            values={kinds}
            onChange={setKinds}
          />
          <div>
            <Button variant="secondary" onClick={save} disabled={!changed}>
              承認の設定を保存する
            </Button>
          </div>
        </>
      ) : (
        <p>
          必ず承認が必要な配信の種類：
          <strong>{labels.length > 0 ? labels.join('、') : 'なし（配信ごとに決めます）'}</strong>
          <span className="block text-solid-gray-700">変更できるのは事務局の管理者です。</span>
        </p>
      )}
    </section>
  );
}
