/**
 * The replies of a circular as CSV (UTF-8 with BOM, so Excel opens it): every addressed
 * organisation, read from the API 100 at a time, then handed to the browser as a download.
 */
import { graphql } from '../../../gql';
import type { RepliesCsvPageQuery } from '../../../gql/graphql';
import { formatWarekiDateTime } from '../../../lib/format';
import { request } from '../../../lib/graphql';

const RepliesCsvPage = graphql(`
  query RepliesCsvPage($id: ID!, $after: String) {
    node(id: $id) {
      __typename
      ... on Mailing {
        replies(first: 100, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              organizationName
              state
              delivered
              addresses
              reminded
              acknowledgement {
                acknowledgedAt
                answer
                channel
                late
                note
              }
            }
          }
        }
      }
    }
  }
`);

const STATE: Record<string, string> = {
  ACKNOWLEDGED: '回答済み',
  NOT_YET: '未回答',
  UNREACHED: '不達',
};
const CHANNEL: Record<string, string> = {
  LINK: 'メールのリンク',
  API: '会員ページ',
  SECRETARIAT: '事務局が記録',
};

export const CSV_HEADER = [
  '団体名',
  '状態',
  '配信',
  '宛先',
  '督促',
  '回答日時',
  '期限後',
  '回答',
  '経路',
  '備考',
];

function cell(value: string): string {
  // Quote every cell; a leading = + - @ is neutralised so a spreadsheet does not run it.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export async function repliesCsv(mailingId: string): Promise<string> {
  const lines = [CSV_HEADER.map(cell).join(',')];
  let after: string | null = null;
  for (;;) {
    const data: RepliesCsvPageQuery = await request(RepliesCsvPage, { id: mailingId, after });
    if (data.node?.__typename !== 'Mailing') throw new Error('配信が見つかりません。');
    const { edges, pageInfo } = data.node.replies;
    for (const { node: r } of edges) {
      const a = r.acknowledgement;
      lines.push(
        [
          r.organizationName,
          STATE[r.state] ?? r.state,
          r.delivered ? '届いた' : '届いていない',
          r.addresses.join(' '),
          r.reminded ? '督促済み' : '',
          a ? formatWarekiDateTime(a.acknowledgedAt) : '',
          a?.late ? '期限後' : '',
          a?.answer ?? '',
          a ? (CHANNEL[a.channel] ?? a.channel) : '',
          a?.note ?? '',
        ]
          .map(cell)
          .join(','),
      );
    }
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) break;
    after = pageInfo.endCursor;
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function downloadRepliesCsv(mailingId: string, subject: string): Promise<void> {
  const text = await repliesCsv(mailingId);
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `回答状況_${subject.replace(/[\\/:*?"<>|]/g, '_').slice(0, 60)}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
