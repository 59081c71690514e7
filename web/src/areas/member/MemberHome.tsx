/**
 * 会員ページ (/member/): the shell of the member organisations' area — header, the navigation of
 * its screens, and the current screen. Only member users see the screens; anyone else is sent to
 * sign in (or, for the secretariat, pointed to the console). Every screen reads the signed-in
 * user's own organisation from `viewer.organization`, never an id from the URL.
 */
import { NavLink, Outlet, useOutletContext } from 'react-router';
import { Header } from '../../components/Header';
import { ExternalLink } from '../../components/Link';
import { Notification } from '../../components/Notification';
import { Loading } from '../../components/Page';
import { graphql } from '../../gql';
import { signInUrl } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';

/** The member area's screens, in navigation order (`adminOnly`: organisation admins). */
export const MEMBER_AREAS = [
  { path: '', label: '団体情報' },
  { path: 'contacts', label: '担当者' },
  { path: 'working-groups', label: '分科会' },
  { path: 'notices', label: '事務連絡・会議' },
  { path: 'users', label: '利用者', adminOnly: true },
] as const;

const MemberViewer = graphql(`
  query MemberViewer {
    viewer {
      kind
      account {
        id
        displayName
        isOrganizationAdmin
      }
      organization {
        id
        name
      }
    }
  }
`);

export interface MemberContext {
  readonly accountId: string;
  readonly organizationId: string;
  readonly organizationName: string;
  readonly isOrganizationAdmin: boolean;
}

/** The signed-in member user and their organisation, for the area's screens. */
export function useMember(): MemberContext {
  return useOutletContext<MemberContext>();
}

export const MEMBER_HOME = { label: '会員ページ', to: '/member/' };

export function MemberHome() {
  const state = useQuery(MemberViewer);
  if (state.status === 'done' && state.data.viewer.kind === 'ANONYMOUS') {
    location.assign(signInUrl());
    return null;
  }
  const viewer = state.status === 'done' ? state.data.viewer : undefined;
  const member: MemberContext | undefined =
    viewer?.kind === 'MEMBER' && viewer.account && viewer.organization
      ? {
          accountId: viewer.account.id,
          organizationId: viewer.organization.id,
          organizationName: viewer.organization.name ?? '',
          isOrganizationAdmin: viewer.account.isOrganizationAdmin,
        }
      : undefined;
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        本文へ移動
      </a>
      <Header area="会員ページ" home="/member/" user={viewer?.account?.displayName} />
      {member && (
        <nav aria-label="会員ページ" className="border-b border-solid-gray-420 bg-solid-gray-50">
          <ul className="mx-auto flex max-w-[1200px] flex-wrap gap-x-1 px-2 sm:px-6">
            {MEMBER_AREAS.filter((a) => !('adminOnly' in a) || member.isOrganizationAdmin).map(
              (area) => (
                <li key={area.path}>
                  <NavLink
                    to={area.path === '' ? '/member/' : `/member/${area.path}`}
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
              ),
            )}
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
        {viewer && !member && (
          <Notification type="warning" title="会員団体の利用者としてサインインしてください">
            <p>
              会員ページは会員団体の利用者専用です。事務局の方は
              <ExternalLink href="/admin/">事務局コンソール</ExternalLink>をご利用ください。
            </p>
          </Notification>
        )}
        {member && <Outlet context={member} />}
      </main>
    </div>
  );
}
