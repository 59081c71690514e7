/**
 * A partner site's script: every member in one prefecture, and every policy measure of one
 * ministry, page by page. Run against a local server:
 *
 *   TSUNAGARI_URL=http://127.0.0.1:4000/graphql TSUNAGARI_API_KEY=tsu_live_… \
 *     npx tsx examples/partner/list.ts 13 mhlw
 *
 * Plain `fetch`; types would come from GraphQL Code Generator run on schema/schema.graphql.
 */
import { readFileSync } from 'node:fs';

const url = process.env.TSUNAGARI_URL ?? 'http://127.0.0.1:4000/graphql';
const apiKey = process.env.TSUNAGARI_API_KEY;
const document = readFileSync(new URL('./members-and-measures.graphql', import.meta.url), 'utf8');

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

async function run<T>(operationName: string, variables: Record<string, unknown>): Promise<T> {
  // GET keeps public reads cacheable by CDNs and browsers (Cache-Control, ETag).
  const params = new URLSearchParams({
    query: document,
    operationName,
    variables: JSON.stringify(variables),
  });
  const response = await fetch(`${url}?${params}`, {
    headers: {
      accept: 'application/graphql-response+json',
      ...(apiKey ? { 'x-api-key': apiKey } : {}),
    },
  });
  if (response.status === 429)
    throw new Error(`rate limited; retry after ${response.headers.get('retry-after')} s`);
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

async function* all<T>(operationName: string, field: string, variables: Record<string, unknown>) {
  let after: string | null = null;
  do {
    const data: Record<string, Page<T>> = await run(operationName, { ...variables, after });
    const page = data[field] as Page<T>;
    for (const edge of page.edges) yield edge.node;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
}

const [prefecture = '13', ministry = 'mhlw'] = process.argv.slice(2);
for await (const org of all<{ name: string | null; category: string | null }>(
  'MembersOfPrefecture',
  'organizations',
  { prefecture },
)) {
  console.log(`${org.category ?? ''}\t${org.name ?? '（非公開）'}`);
}
for await (const m of all<{ number: number; title: string }>(
  'MeasuresOfMinistry',
  'policyMeasures',
  { ministry },
)) {
  console.log(`No. ${String(m.number).padStart(3, '0')}\t${m.title}`);
}
