/** 「準備中」: the page of an area that is in the navigation but not built yet. */
import { Notification } from '../components/Notification';
import { Page } from '../components/Page';

export function Preparing({ title, home }: { title: string; home: { label: string; to: string } }) {
  return (
    <Page title={title} breadcrumbs={[home, { label: title }]}>
      <Notification title="この画面は準備中です">
        <p>「{title}」の画面は現在準備中です。公開までしばらくお待ちください。</p>
      </Notification>
    </Page>
  );
}
