/**
 * The body of a screen: breadcrumbs, the page heading (the one h1), and the content. Every
 * screen renders one Page, so headings, widths and spacing are the same everywhere.
 */
import { type ReactNode, useEffect } from 'react';
import { Breadcrumbs, type Crumb } from './Breadcrumbs';
import { PLATFORM_NAME } from './Header';

export function Page({
  title,
  breadcrumbs,
  children,
}: {
  title: string;
  breadcrumbs?: readonly Crumb[];
  children?: ReactNode;
}) {
  useEffect(() => {
    document.title = `${title}｜${PLATFORM_NAME}`;
  }, [title]);
  return (
    <div className="flex flex-col gap-6">
      {breadcrumbs && <Breadcrumbs items={breadcrumbs} />}
      <h1 className="text-std-32B-150 text-solid-gray-900">{title}</h1>
      {children}
    </div>
  );
}

/** While a screen's data loads. */
export function Loading() {
  return (
    <p role="status" className="text-std-16N-170 text-solid-gray-700">
      読み込み中…
    </p>
  );
}
