/** A URL the app has no screen for. */
import { Link } from '../components/Link';
import { Page } from '../components/Page';

export function NotFound() {
  return (
    <div className="mx-auto w-full max-w-[1200px] px-4 py-8 sm:px-8">
      <Page title="ページが見つかりません">
        <p className="text-std-16N-170">
          お探しのページは見つかりませんでした。<Link to="/admin/">ダッシュボードへ戻る</Link>
        </p>
      </Page>
    </div>
  );
}
