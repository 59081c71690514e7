/**
 * 会員ページ (/member/): the member organisations' area. A placeholder for now, in the same shell
 * as the console, so routing and sign-in landing are in place for the screens to come.
 */
import { Header } from '../../components/Header';
import { Notification } from '../../components/Notification';
import { Loading, Page } from '../../components/Page';
import { graphql } from '../../gql';
import { signInUrl } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';

const MemberViewer = graphql(`
  query MemberViewer {
    viewer {
      kind
      account {
        displayName
      }
      organization {
        name
      }
    }
  }
`);

export function MemberHome() {
  const state = useQuery(MemberViewer);
  if (state.status === 'done' && state.data.viewer.kind === 'ANONYMOUS') {
    location.assign(signInUrl());
    return null;
  }
  const viewer = state.status === 'done' ? state.data.viewer : undefined;
  return (
    <div className="flex min-h-screen flex-col">
      <Header area="会員ページ" home="/member/" user={viewer?.account?.displayName} />
      <main id="main" className="mx-auto w-full max-w-[1200px] flex-1 px-4 py-8 sm:px-8">
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && (
          <Notification type="error" title="読み込めませんでした">
            {state.message}
          </Notification>
        )}
        {viewer && (
          <Page title="会員ページ">
            {viewer.organization?.name && (
              <p className="text-std-16N-170">{viewer.organization.name} のページです。</p>
            )}
            <Notification title="この画面は準備中です">
              <p>登録内容の確認・変更、事務連絡への回答などの画面を準備しています。</p>
            </Notification>
          </Page>
        )}
      </main>
    </div>
  );
}
