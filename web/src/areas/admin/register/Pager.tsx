/**
 * Numbered pages over a connection: page N asks the API for `first` items `after` the cursor of
 * item (N−1)·size − 1, so any page opens directly without reading the ones before it. The API's
 * connections use offset cursors (Pothos: base64 of `OffsetConnection:<offset>`).
 */
import { Button } from '../../../components/Button';
import { formatNumber } from '../../../lib/format';

export function afterCursor(page: number, pageSize: number): string | null {
  if (page <= 1) return null;
  return btoa(`OffsetConnection:${(page - 1) * pageSize - 1}`);
}

export function Pager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return null;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label="ページ" className="flex flex-wrap items-center gap-4">
      <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        前のページ
      </Button>
      <p className="text-std-16N-170">
        {formatNumber(total)}件中 {formatNumber(from)}〜{formatNumber(to)}件目（
        {formatNumber(page)}／{formatNumber(pages)}ページ）
      </p>
      <Button variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        次のページ
      </Button>
    </nav>
  );
}
