/** Shows its content to secretariat admins; staff get a note (the API refuses them anyway). */
import type { ReactNode } from 'react';
import { Notification } from '../../../components/Notification';
import { Loading } from '../../../components/Page';
import { graphql } from '../../../gql';
import { useQuery } from '../../../lib/use-query';

const SettingsViewerRole = graphql(`
  query SettingsViewerRole {
    viewer {
      account {
        role
      }
    }
  }
`);

export function AdminOnly({ children }: { children: ReactNode }) {
  const state = useQuery(SettingsViewerRole);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error' || state.data.viewer.account?.role !== 'SECRETARIAT_ADMIN') {
    return (
      <Notification type="info" title="事務局の管理者だけが使えます">
        この画面は管理者（SECRETARIAT_ADMIN）のアカウントで操作してください。
      </Notification>
    );
  }
  return <>{children}</>;
}
