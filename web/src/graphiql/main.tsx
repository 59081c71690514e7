/**
 * The GraphQL IDE a browser sees at GET /graphql: GraphiQL 5 (Monaco editors, with their web
 * workers bundled by Vite), built with the rest of web/ and served from our own files — it works
 * offline and needs no CDN. A second entry (graphiql.html), so the console's bundle stays small.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

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

// Same origin: the session cookie goes along, so a signed-in user queries as themselves.
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

const container = document.getElementById('graphiql');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} defaultEditorToolsVisibility />
    </StrictMode>,
  );
}
