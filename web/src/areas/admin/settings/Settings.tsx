/**
 * 管理 (/admin/settings): accounts, partner API keys, suppressed addresses and the service's
 * settings, one view at a time (`?view=accounts|api-keys|suppressions`, settings by default).
 * Accounts and API keys are for secretariat admins; staff see a note instead.
 */
import { Link, useSearchParams } from 'react-router';
import { Page } from '../../../components/Page';
import { Accounts } from './Accounts';
import { ApiKeys } from './ApiKeys';
import { ServiceSettings } from './ServiceSettings';
import { Suppressions } from './Suppressions';

const VIEWS = [
  { view: '', label: '設定' },
  { view: 'accounts', label: 'アカウント' },
  { view: 'api-keys', label: 'APIキー' },
  { view: 'suppressions', label: '配信停止' },
] as const;

export function Settings() {
  const [params] = useSearchParams();
  const found = VIEWS.find((v) => v.view === (params.get('view') ?? ''));
  const view = found?.view ?? '';
  const label = found?.label ?? '設定';
  return (
    <Page
      title={view ? label : '管理'}
      breadcrumbs={[
        { label: 'ダッシュボード', to: '/admin/' },
        ...(view ? [{ label: '管理', to: '/admin/settings' }] : []),
        { label: view ? label : '管理' },
      ]}
    >
      <nav aria-label="管理の表示">
        <ul className="flex flex-wrap gap-2 border-b border-solid-gray-420">
          {VIEWS.map((v) => (
            <li key={v.view}>
              <Link
                to={v.view ? `/admin/settings?view=${v.view}` : '/admin/settings'}
                aria-current={v.view === view ? 'page' : undefined}
                className={`inline-block px-3 py-2 text-std-16N-170 underline-offset-4 hover:underline ${
                  v.view === view
                    ? 'border-b-4 border-key-900 font-bold text-key-900'
                    : 'text-solid-gray-800'
                }`}
              >
                {v.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {view === '' && <ServiceSettings />}
      {view === 'accounts' && <Accounts />}
      {view === 'api-keys' && <ApiKeys />}
      {view === 'suppressions' && <Suppressions />}
    </Page>
  );
}
