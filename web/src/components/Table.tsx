/**
 * A data table: a caption (required, for screen readers and as the visible title), header
 * cells and rows. Wide tables scroll inside their own box, never the page.
 *
 *   <Table caption="承認待ちの配信" columns={['件名', '作成日']} rows={items.map((m) => [m.title, …])} />
 */
import type { ReactNode } from 'react';

export function Table({
  caption,
  columns,
  rows,
  empty = '該当するものはありません。',
}: {
  caption: ReactNode;
  columns: readonly ReactNode[];
  rows: readonly (readonly ReactNode[])[];
  empty?: ReactNode;
}) {
  return (
    <div className="max-w-full overflow-x-auto">
      <table className="w-full border-collapse text-left text-std-16N-170">
        <caption className="mb-2 text-left text-std-18B-160">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-solid-gray-800">
            {columns.map((column, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed.
              <th key={i} scope="col" className="px-3 py-2 text-std-16B-170">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-3 py-4 text-solid-gray-700">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((cells, r) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are rendered from data in order.
              <tr key={r} className="border-b border-solid-gray-420">
                {cells.map((cell, c) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells follow the columns.
                  <td key={c} className="px-3 py-3 align-top">
                    {cell}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
