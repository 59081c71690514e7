/** パンくずリスト: the way back up; the last item is the current page (not a link). */
import { Link } from './Link';

export interface Crumb {
  readonly label: string;
  /** Omitted for the current page. */
  readonly to?: string;
}

export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  return (
    <nav aria-label="現在位置">
      <ol className="flex flex-wrap items-center gap-x-2 text-std-16N-170">
        {items.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a trail may repeat a label; its order is fixed.
          <li key={`${item.label}-${i}`} className="flex items-center gap-2">
            {i > 0 && (
              <span aria-hidden="true" className="text-solid-gray-536">
                ＞
              </span>
            )}
            {item.to ? (
              <Link to={item.to}>{item.label}</Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
