/**
 * The secretariat console's shell (/admin/): header, the navigation of its areas, and the
 * current screen. Only secretariat accounts see it; anyone else is sent to sign in (or, for a
 * member user, pointed to the member pages).
 */
import { NavLink, Outlet } from 'react-router';
import { Header } from '../../components/Header';
import { ExternalLink } from '../../components/Link';
import { Notification } from '../../components/Notification';
import { Loading } from '../../components/Page';
import { graphql } from '../../gql';
import { signInUrl } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';

/** The console's areas, in navigation order. */
export const ADMIN_AREAS = [
  { path: '', label: 'ダッシュボード' },
  { path: 'mailings', label: '配信' },
  { path: 'replies', label: '返信' },
  { path: 'register', label: '会員名簿' },
  { path: 'meetings', label: '会議' },
  { path: 'settings', label: '管理' },
] as const;

const AdminViewer = graphql(`
  query AdminViewer {
    viewer {
      kind
      account {
        displayName
        role
      }
    }
  }
`);

export function AdminLayout() {
  const state = useQuery(AdminViewer);
  if (state.status === 'done' && state.data.viewer.kind === 'ANONYMOUS') {
    location.assign(signInUrl());
    return null;
  }
  const viewer = state.status === 'done' ? state.data.viewer : undefined;
  const isSecretariat = viewer?.kind === 'SECRETARIAT';
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        本文へ移動
      </a>
      <Header area="事務局コンソール" home="/admin/" user={viewer?.account?.displayName} />
      {isSecretariat && (
        <nav
          aria-label="事務局コンソール"
          className="border-b border-solid-gray-420 bg-solid-gray-50"
        >
          <ul className="mx-auto flex max-w-[1200px] flex-wrap gap-x-1 px-2 sm:px-6">
            {ADMIN_AREAS.map((area) => (
              <li key={area.path}>
                <NavLink
                  to={area.path === '' ? '/admin/' : `/admin/${area.path}`}
                  end={area.path === ''}
                  className={({ isActive }) =>
                    `inline-block px-3 py-3 text-std-16N-170 underline-offset-4 hover:underline ${
                      isActive
                        ? 'border-b-4 border-key-900 font-bold text-key-900'
                        : 'text-solid-gray-800'
                    }`
                  }
                >
                  {area.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" className="mx-auto w-full max-w-[1200px] flex-1 px-4 py-8 sm:px-8">
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && (
          <Notification type="error" title="読み込めませんでした">
            {state.message}
          </Notification>
        )}
        {viewer && !isSecretariat && (
          <Notification type="warning" title="事務局のアカウントでサインインしてください">
            <p>
              このコンソールは事務局専用です。会員の方は
              <ExternalLink href="/member/">会員ページ</ExternalLink>をご利用ください。
            </p>
          </Notification>
        )}
        {isSecretariat && <Outlet />}
      </main>
    </div>
  );
}
