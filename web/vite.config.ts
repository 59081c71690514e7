/**
 * The web app (secretariat console, member pages, application form) is built into web/dist and
 * served by the API process (src/http/web-app.ts). `npm run dev --prefix web` proxies the API.
 */
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
