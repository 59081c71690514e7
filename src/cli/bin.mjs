#!/usr/bin/env node
// The `tsunagari` bin (package.json "bin"): runs the compiled CLI from dist/ (`npm run build`).
// `npm run cli -- <command>` runs the TypeScript source through tsx instead, for development.
const { main } = await import('../../dist/cli/index.js');
await main();
