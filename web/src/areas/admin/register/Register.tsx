/**
 * 会員名簿 (/admin/register): the directory, or one of the review queues by `?view=`
 * (applications, profile-changes, working-group-requests — the dashboard links to them).
 */
import { useSearchParams } from 'react-router';
import { Page } from '../../../components/Page';
import { Directory } from './Directory';
import { currentView, REGISTER_VIEWS, RegisterTabs } from './RegisterTabs';
import { Applications, ProfileChanges, WorkingGroupRequests } from './Reviews';

export function Register() {
  const [params] = useSearchParams();
  const view = currentView(params);
  const label = REGISTER_VIEWS.find((v) => v.view === view)?.label ?? '会員名簿';
  const crumbs = [
    { label: 'ダッシュボード', to: '/admin/' },
    ...(view ? [{ label: '会員名簿', to: '/admin/register' }] : []),
    { label },
  ];
  return (
    <Page title={label} breadcrumbs={crumbs}>
      <RegisterTabs />
      {view === '' && <Directory />}
      {view === 'applications' && <Applications />}
      {view === 'profile-changes' && <ProfileChanges />}
      {view === 'working-group-requests' && <WorkingGroupRequests />}
    </Page>
  );
}
