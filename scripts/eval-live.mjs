#!/usr/bin/env node
// What reading the live page (rather than the saved one) does to quality:
// run by scripts/eval-live (which builds first), see there and README.md.
//
// Each WCXB page of the corpus is opened in Chromium from 127.0.0.1, its
// scripts off and every other request refused: only the styles inside the
// page apply (its external stylesheets are not in the corpus). The
// extension's own serializer (extension/dom-html.js) then writes it, as the
// extension would, with what the page's styles hide marked; the same HTML
// without the marks is the control. Both go to corpus folders under
// out/eval/live/ (marked/, unmarked/), which lucid-eval scores; the table
// compares the two, per page type.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';

import { chromium } from 'playwright-core';

import { ROOT } from '../tests/browser/harness.mjs';
import { spread } from './measuring.mjs';

const { values: options } = parseArgs({
  options: {
    short: { type: 'boolean', default: false },
    limit: { type: 'string' },
    corpus: { type: 'string', default: process.env.LUCID_CORPUS ?? join(ROOT, '../shared/corpus') },
  },
});

const WCXB = join(options.corpus, 'wcxb-dev');
const OUT = join(ROOT, 'out/eval/live');
const MARK = ' data-lucid-hidden=""';
const URL = 'http://127.0.0.1:9/page.html';
// Pages read at once, each in its own tab.
const TABS = 4;

const names = (await readdir(join(WCXB, 'html'))).filter((f) => f.endsWith('.html.gz')).sort();
const chosen = spread(names, options.short ? 12 : Number(options.limit ?? names.length));

await rm(OUT, { recursive: true, force: true });
for (const variant of ['marked', 'unmarked']) {
  await mkdir(join(OUT, variant, 'wcxb-dev/html'), { recursive: true });
  await symlink(join(WCXB, 'ground-truth'), join(OUT, variant, 'wcxb-dev/ground-truth'));
}

const serializer = await readFile(join(ROOT, 'extension/dom-html.js'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
let marks = 0;
let pagesMarked = 0;
const failed = [];

// The saved pages come without their server's headers. Bytes that are valid
// UTF-8 are served as UTF-8, which is how the engine reads a saved page
// (src/encoding.rs); other pages are left to the browser, which reads their
// <meta charset> or guesses, as the engine does. (Left to guess, Chromium
// read some UTF-8 pages as windows-1252, which the live page's own server
// would not have let it do.)
const UTF8 = new TextDecoder('utf-8', { fatal: true });
function contentType(html) {
  try {
    UTF8.decode(html);
    return 'text/html; charset=utf-8';
  } catch {
    return 'text/html';
  }
}

async function read(page, name) {
  const html = gunzipSync(await readFile(join(WCXB, 'html', name)));
  await page.route('**/*', (route) => (route.request().url() === URL
    ? route.fulfill({ status: 200, contentType: contentType(html), body: html })
    : route.abort()));
  try {
    await page.goto(URL, { waitUntil: 'domcontentloaded', timeout: 20_000 });
    // In one go: with the page's scripts off, its timers (between the
    // slices a big page is read in) never fire.
    const written = await page.evaluate(async (code) => {
      (0, eval)(code);
      return (await LucidDom.pageHtml(document, { sliceMs: Infinity })).html;
    }, serializer);
    const count = written.split(MARK).length - 1;
    marks += count;
    if (count > 0) pagesMarked += 1;
    // UTF-8 with a byte order mark, which the engine reads before any
    // <meta charset> the page declares.
    const save = (variant, text) => writeFile(join(OUT, variant, 'wcxb-dev/html', name), gzipSync(`\uFEFF${text}`));
    await save('marked', written);
    await save('unmarked', written.replaceAll(MARK, ''));
  } finally {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  }
}

const started = performance.now();
const queue = [...chosen];
await Promise.all(Array.from({ length: TABS }, async () => {
  const page = await context.newPage();
  for (let name = queue.shift(); name; name = queue.shift()) {
    try {
      await read(page, name);
    } catch (error) {
      failed.push(`${name}: ${error.message.split('\n')[0]}`);
    }
  }
}));
await browser.close();

// Scores both folders; lucid-eval is built by scripts/eval-live.
const evalBin = join(ROOT, 'target/release/lucid-eval');
const scores = {};
for (const variant of ['marked', 'unmarked']) {
  const tsv = join(OUT, `${variant}.tsv`);
  const run = spawnSync(evalBin, ['--scores', tsv, join(OUT, variant)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`lucid-eval on ${variant}: ${run.stderr}`);
  const [head, ...rows] = (await readFile(tsv, 'utf8')).trim().split('\n').map((l) => l.split('\t'));
  const col = (k) => head.indexOf(k);
  scores[variant] = new Map(rows.filter((r) => r[col('corpus')] === 'wcxb')
    .map((r) => [r[col('page')], { type: r[col('page_type')], f1: Number(r[col('f1')]) }]));
}

const types = new Map();
for (const [page, { type, f1 }] of scores.unmarked) {
  const marked = scores.marked.get(page)?.f1 ?? 0;
  for (const key of ['all', type]) {
    const t = types.get(key) ?? { n: 0, before: 0, after: 0, up: 0, down: 0 };
    t.n += 1;
    t.before += f1;
    t.after += marked;
    if (marked > f1) t.up += 1;
    if (marked < f1) t.down += 1;
    types.set(key, t);
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(`Live pages: ${chosen.length - failed.length} WCXB pages read in Chromium (scripts off, inline styles only), ${seconds} s`);
console.log(`${pagesMarked} pages with something their styles hide, ${marks} elements marked`);
console.log('mean content F1, the same HTML without and with the marks:\n');
console.log('page type        pages  unmarked   marked     diff   up  down');
for (const [type, t] of [...types].sort((a, b) => b[1].n - a[1].n)) {
  const [before, after] = [t.before / t.n, t.after / t.n];
  const diff = after - before;
  const signed = `${diff >= 0 ? '+' : ''}${diff.toFixed(4)}`;
  console.log(`${type.padEnd(15)} ${String(t.n).padStart(6)}  ${before.toFixed(4).padStart(8)} ${after.toFixed(4).padStart(8)} ${signed.padStart(8)} ${String(t.up).padStart(4)} ${String(t.down).padStart(5)}`);
}
if (failed.length > 0) console.log(`\nnot read (${failed.length}): ${failed.join('; ')}`);
console.log(`\nper-page scores: ${join(OUT, 'marked.tsv')}, ${join(OUT, 'unmarked.tsv')}`);
