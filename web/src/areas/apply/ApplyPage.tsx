/** 入会申請 (/apply): public, no sign-in. A placeholder until the form is built. */
import { Header } from '../../components/Header';
import { Notification } from '../../components/Notification';
import { Page } from '../../components/Page';

export function ApplyPage() {
  return (
    <div className="flex min-h-screen flex-col">
      <Header area="入会申請" home="/apply" />
      <main id="main" className="mx-auto w-full max-w-[1200px] flex-1 px-4 py-8 sm:px-8">
        <Page title="入会申請">
          <Notification title="この画面は準備中です">
            <p>オンラインでの入会申請の受付は準備中です。</p>
          </Notification>
        </Page>
      </main>
    </div>
  );
}
