/**
 * The GraphQL IDE a browser sees at /graphql. Everything is served from our own node_modules
 * (React 18 UMD builds and GraphiQL 3's bundle), so it works offline and needs no CDN.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const graphiqlDir = path.dirname(require.resolve('graphiql/package.json'));
const reactDir = path.dirname(require.resolve('react/package.json'));
const reactDomDir = path.dirname(require.resolve('react-dom/package.json'));

/** URL path → file on disk, content type. */
export const graphiqlAssets: ReadonlyMap<string, { file: string; type: string }> = new Map([
  [
    '/graphiql/react.js',
    { file: path.join(reactDir, 'umd/react.production.min.js'), type: 'text/javascript' },
  ],
  [
    '/graphiql/react-dom.js',
    { file: path.join(reactDomDir, 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  ],
  [
    '/graphiql/graphiql.js',
    { file: path.join(graphiqlDir, 'graphiql.min.js'), type: 'text/javascript' },
  ],
  [
    '/graphiql/graphiql.css',
    { file: path.join(graphiqlDir, 'graphiql.min.css'), type: 'text/css' },
  ],
]);

const defaultQuery = `# Tsunagari GraphQL API — 孤独・孤立対策官民連携プラットフォーム
# Try: Ctrl-Enter to run.
query Overview {
  membershipStats(asOf: "2025-05-01") { asOf regular supporting cooperating total }
  workingGroups { number title }
  policyMeasures(first: 5, filter: { ministry: "cao" }) {
    totalCount
    edges { node { number title page ministries { name } } }
  }
}
`;

/** The IDE's own start-up script: a file, so the page's policy allows no inline script. */
export const GRAPHIQL_START_PATH = '/graphiql/start.js';

export function graphiqlStartScript(endpoint: string): string {
  return `const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
const root = ReactDOM.createRoot(document.getElementById('graphiql'));
root.render(React.createElement(GraphiQL, {
  fetcher,
  defaultQuery: ${JSON.stringify(defaultQuery)},
  defaultEditorToolsVisibility: true,
}));
`;
}

export function graphiqlPage(): string {
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tsunagari GraphQL</title>
<link rel="stylesheet" href="/graphiql/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">GraphiQL を読み込んでいます…</div>
<script src="/graphiql/react.js"></script>
<script src="/graphiql/react-dom.js"></script>
<script src="/graphiql/graphiql.js"></script>
<script src="${GRAPHIQL_START_PATH}"></script>
</body>
</html>`;
}
