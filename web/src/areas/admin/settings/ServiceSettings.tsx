/** 設定: profile review on/off (admins change it; staff read it) and the approval policy. */
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { Notification } from '../../../components/Notification';
import { Loading } from '../../../components/Page';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql';
import { useReloadableQuery } from '../../../lib/use-reloadable-query';

const ServiceSettingsQuery = graphql(`
  query ServiceSettings {
    settings {
      profileChangesRequireReview
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
      profileChangesRequireReview
    }
  }
`);

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
      const r = await request(UpdateSettings, { input: { profileChangesRequireReview: !review } });
      setMessage({
        ok: true,
        text: r.updateSettings.profileChangesRequireReview
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
      <section aria-labelledby="approval-heading" className="flex flex-col gap-3">
        <h2 id="approval-heading" className="text-std-24B-150">
          配信の承認
        </h2>
        <p>
          承認が必要かどうかは配信ごとに決めます（配信の「承認が必要」）。承認が必要な配信は、作成した人とは別の管理者が承認するまで送信・予約できません。承認のあとで内容を変えると、承認は取り消されます。承認を不要に戻せるのは管理者だけです。
        </p>
      </section>
    </div>
  );
}
