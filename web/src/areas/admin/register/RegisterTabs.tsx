/** The register's views: the directory and the three review queues (`?view=…`). */
import { Link, useSearchParams } from 'react-router';

export const REGISTER_VIEWS = [
  { view: '', label: '会員名簿' },
  { view: 'applications', label: '入会申請' },
  { view: 'profile-changes', label: '登録内容の変更申請' },
  { view: 'working-group-requests', label: 'ワーキンググループの申出' },
] as const;

export type RegisterView = (typeof REGISTER_VIEWS)[number]['view'];

export function currentView(params: URLSearchParams): RegisterView {
  const view = params.get('view') ?? '';
  return REGISTER_VIEWS.some((v) => v.view === view) ? (view as RegisterView) : '';
}

export function RegisterTabs() {
  const [params] = useSearchParams();
  const active = currentView(params);
  return (
    <nav aria-label="会員名簿の表示">
      <ul className="flex flex-wrap gap-2 border-b border-solid-gray-420">
        {REGISTER_VIEWS.map((v) => {
          const isActive = v.view === active;
          return (
            <li key={v.view}>
              <Link
                to={v.view ? `/admin/register?view=${v.view}` : '/admin/register'}
                aria-current={isActive ? 'page' : undefined}
                className={`inline-block px-3 py-2 text-std-16N-170 underline-offset-4 hover:underline ${
                  isActive
                    ? 'border-b-4 border-key-900 font-bold text-key-900'
                    : 'text-solid-gray-800'
                }`}
              >
                {v.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
