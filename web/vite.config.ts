/**
 * The web app (secretariat console, member pages, application form) is built into web/dist and
 * served by the API process (src/http/web-app.ts). `npm run dev --prefix web` proxies the API.
 */
import path from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.TSUNAGARI_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    outDir: 'dist',
    // Every file under /assets/ has a content hash in its name: served as immutable.
    assetsDir: 'assets',
    // The CSP forbids inline scripts: no module preload polyfill.
    modulePreload: { polyfill: false },
    // Monaco (the IDE's editor) is one 2.8 MB chunk by nature; the app's own chunks are far
    // below this, and the console's budget is checked in `npm run bench`, not here.
    chunkSizeWarningLimit: 3000,
    // Two pages: the app (index.html) and the GraphQL IDE (graphiql.html, GraphiQL 5 with its
    // Monaco workers), so the app's bundle never carries the IDE.
    rolldownOptions: {
      input: {
        app: path.resolve(import.meta.dirname, 'index.html'),
        graphiql: path.resolve(import.meta.dirname, 'graphiql.html'),
      },
      // GraphiQL's files start with React Compiler directives ("use no memo") that a bundle
      // cannot keep; harmless, and a screenful of warnings per build without this.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: Object.fromEntries(
      ['/graphql', '/sign-in', '/sign-out', '/mailbox', '/mailings', '/archive'].map((p) => [
        p,
        api,
      ]),
    ),
  },
});
