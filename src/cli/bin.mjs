#!/usr/bin/env node
// The `tsunagari` bin (package.json "bin"): runs the TypeScript CLI through tsx's loader, so
// there is no build step. `npm run cli -- <command>` does the same through the tsx command.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./index.ts');
await main();
