#!/usr/bin/env node
// Serves out/www (the demo page and the playground, built by
// scripts/build-extension) on 127.0.0.1, port 8000 or the one given.
import { serve } from '../tests/browser/harness.mjs';

const port = Number(process.argv[2] ?? 8000);
const { origin } = await serve({}, { port });
console.log(`playground: ${origin}/playground/`);
console.log(`demo page:  ${origin}/demo/article.html`);
console.log('Ctrl+C to stop.');
