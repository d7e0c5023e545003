#!/usr/bin/env node
// The extension's speed in real Chromium and Firefox, beside Readability.js
// in the same tab: run by scripts/bench-browser (which builds first), see
// there and README.md. Prints a table; writes every sample to
// out/bench/browser.json.
//
// For each page (Readability.js's test pages from the shared corpus, served
// from 127.0.0.1 with a CSP that keeps every request on 127.0.0.1) and each
// repetition, in one tab:
//   1. a fresh document (about:blank, then the page); Readability.js is put
//      into the page's own world (never into the extension);
//   2. cold: the first click on the toolbar button (the content scripts are
//      injected, the wasm is compiled and instantiated), until the view is
//      painted; then the view is closed; then Readability.js's first run:
//      document.cloneNode(true), then new Readability(clone).parse();
//   3. warm, WARM times: a click again in the same document, the view
//      closed, then Readability.js again. The page is read and the engine
//      runs again; the same article with the same settings is shown in the
//      view kept from the last close (content.js, kept()), laid out and
//      painted again, but not built again ("build" is next to nothing).
//
// What is measured, all on the page's clock (performance.timeOrigin +
// performance.now() is the epoch in both worlds and in Node):
//   click    the harness's time just before it triggers the button
//            (clickAction());
//   painted  the content script's time once a frame has been painted with
//            the view in it: a requestAnimationFrame callback after
//            mounting, then the task after it (content.js, report()).
// and the parts between, which content.js reports (see report() there):
//   inject     click to the opening's start: the background's round trips,
//              and on a cold click the content scripts' injection
//   frames     the progress notice shown, and on a big page the frames
//              waited for to paint it, before and after reading the page
//   serialize  the live DOM to HTML (dom-html.js)
//   wasm       waiting for the engine after the page is read: its fetch,
//              compilation and instantiation on a cold click, unless done
//              meanwhile ("compile" is how long that took in all)
//   parse      the HTML encoded and parsed into the engine's tree
//   extract    the article found, serialized and handed to JavaScript
//   render     the view built, styled, mounted and painted
// Readability.js: "clone" is document.cloneNode(true), "parse" is
// new Readability(clone).parse() alone (the yardstick), "c+p" both.
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { ROOT, hasView, launch, serve, waitFor } from '../tests/browser/harness.mjs';
import { median, p90 } from './measuring.mjs';

const { values: options } = parseArgs({
  options: {
    short: { type: 'boolean', default: false },
    browsers: { type: 'string', default: 'chromium,firefox' },
    reps: { type: 'string' },
    warm: { type: 'string' },
    pages: { type: 'string' },
    corpus: { type: 'string', default: process.env.LUCID_CORPUS ?? join(ROOT, '../shared/corpus') },
  },
});

// The pages: every fourth real page (source.html of at least 20 kB: the
// smaller ones are hand-written test cases) in name order; --short takes 3
// of them, spread out.
const MIN_BYTES = 20_000;
const readability = join(options.corpus, 'readability');
const names = [];
for (const name of (await readdir(readability)).sort()) {
  const size = await stat(join(readability, name, 'source.html')).then((s) => s.size, () => 0);
  if (size >= MIN_BYTES) names.push(name);
}
let pages = names.filter((_, i) => i % 4 === 0);
if (options.short) pages = [0, 8, 16].map((i) => pages[i]);
if (options.pages) pages = options.pages.split(',');
if (pages.length === 0) throw new Error(`no pages found in ${readability}`);
const REPS = Number(options.reps ?? (options.short ? 1 : 3));
const WARM = Number(options.warm ?? (options.short ? 1 : 2));

// Every request stays on 127.0.0.1 (the pages' images, scripts and fonts
// are elsewhere): no network, the same conditions every run. Inline
// scripts, eval and wasm are allowed, so the page runs as it would and the
// content script may compile wasm (Chromium applies the page's CSP to it).
const CSP = "default-src 'self' 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval' data: blob:";
const routes = {};
for (const name of pages) {
  routes[`/${name}.html`] = {
    body: await readFile(join(readability, name, 'source.html')),
    headers: { 'content-security-policy': CSP },
  };
}
const READABILITY = await readFile(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// In the page's world: Readability.js, and a listener for content.js's
// timings.
function prepare(source) {
  // Indirect eval: a global `Readability`, kept where the page will not
  // overwrite it.
  window.lucidBench = { Readability: (0, eval)(`${source}\n;Readability`), timings: [], waiting: [] };
  document.addEventListener('lucid-reader-timing', (event) => {
    window.lucidBench.timings.push(JSON.parse(event.detail));
    for (const resolve of window.lucidBench.waiting.splice(0)) resolve();
  });
}

// The `n`th timings content.js reports in this document (from 0).
function timing(n) {
  const bench = window.lucidBench;
  return new Promise((resolve) => {
    const check = () => (bench.timings.length > n ? resolve(bench.timings[n]) : bench.waiting.push(check));
    check();
  });
}

function runReadability() {
  const t0 = performance.now();
  const clone = document.cloneNode(true);
  const t1 = performance.now();
  const article = new window.lucidBench.Readability(clone).parse();
  const t2 = performance.now();
  return { clone: t1 - t0, parse: t2 - t1, found: Boolean(article?.content) };
}

// One opening: the click, the timings of the view painted, the view closed.
async function click(driver, n) {
  const clicked = await driver.clickAction();
  let timer;
  const t = await Promise.race([
    driver.evaluate(timing, n),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('no timings from the extension within 60 s')), 60_000);
    }),
  ]).finally(() => clearTimeout(timer));
  if (t.notice) throw new Error('the extension found no article');
  await driver.clickAction();
  await waitFor(async () => !(await hasView(driver)), { what: 'the view to close', interval: 20 });
  const at = clicked - t.origin; // The click on the page's clock.
  const local = t.where === 'here';
  return {
    total: t.painted - at,
    inject: t.start - at,
    frames: (t.serialize - t.start) + (t.engine - t.serialized),
    serialize: t.serialized - t.serialize,
    wasm: local ? t.ready - t.engine : null,
    compile: t.compile?.end != null && t.injected != null ? t.compile.end - t.compile.start : null,
    parse: local ? t.parsed - t.ready : null,
    extract: local ? t.extracted - t.parsed : t.render - t.engine,
    render: t.painted - t.render,
    build: t.built - t.render,
    styled: t.styled - t.built,
    mount: t.mounted - t.styled,
    paint: t.painted - t.mounted,
    where: t.where,
    length: t.length,
  };
}

async function benchBrowser(browser, port) {
  // Firefox rounds performance.now() to the millisecond unless told not to.
  const driver = await launch(browser, { firefoxPrefs: { 'privacy.reduceTimerPrecision': false } });
  const samples = [];
  try {
    for (let rep = 0; rep < REPS; rep++) {
      for (const name of pages) {
        // A site of its own (*.localhost is 127.0.0.1 in both browsers):
        // a new renderer process, which has never compiled the wasm (V8
        // reuses a module's compiled code within a process).
        await driver.goto(`http://p${samples.length}.localhost:${port}/${name}.html`);
        await driver.evaluate(prepare, READABILITY);
        await sleep(300); // The page's own start-up settles.
        let n = 0;
        for (let i = 0; i <= WARM; i++) {
          const mode = i === 0 ? 'cold' : 'warm';
          await sleep(150);
          const ours = await click(driver, n++);
          await sleep(150);
          const theirs = await driver.evaluate(runReadability);
          samples.push({ browser, page: name, rep, mode, ours, readability: theirs });
        }
      }
      process.stderr.write(`${browser}: repetition ${rep + 1} of ${REPS} done\n`);
    }
  } finally {
    await driver.close();
  }
  return samples;
}

// --- Statistics and the table.

const ms = (v) => (v == null ? '-' : v < 10 ? v.toFixed(1) : v.toFixed(0));
const ratio = (a, b) => (a == null || !b ? '-' : `${(a / b).toFixed(2)}x`);

function table(rows, columns) {
  const cells = [columns.map((c) => c.head), ...rows.map((row) => columns.map((c) => String(c.get(row))))];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells
    .map((r, ri) => r.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '))
    .flatMap((line, i) => (i === 0 ? [line, '-'.repeat(line.length)] : [line]))
    .join('\n');
}

function summary(samples) {
  const groups = [];
  for (const browser of [...new Set(samples.map((s) => s.browser))]) {
    for (const mode of ['cold', 'warm']) {
      const group = samples.filter((s) => s.browser === browser && s.mode === mode);
      if (group.length > 0) groups.push({ browser, mode, group });
    }
  }
  const ours = (g, key) => g.group.map((s) => s.ours[key]);
  const theirs = (g, key) => g.group.map((s) => (key === 'both' ? s.readability.clone + s.readability.parse : s.readability[key]));
  const parts = ['inject', 'frames', 'serialize', 'wasm', 'parse', 'extract', 'render'];
  return table(groups, [
    { head: 'browser', get: (g) => g.browser },
    { head: 'run', get: (g) => g.mode },
    { head: 'n', get: (g) => g.group.length },
    { head: 'click-to-paint', get: (g) => `${ms(median(ours(g, 'total')))} / ${ms(p90(ours(g, 'total')))}` },
    ...parts.map((key) => ({ head: key, get: (g) => ms(median(ours(g, key))) })),
    { head: 'compile', get: (g) => ms(median(ours(g, 'compile'))) },
    { head: 'R clone', get: (g) => ms(median(theirs(g, 'clone'))) },
    { head: 'R parse', get: (g) => `${ms(median(theirs(g, 'parse')))} / ${ms(p90(theirs(g, 'parse')))}` },
    { head: 'R c+p', get: (g) => `${ms(median(theirs(g, 'both')))} / ${ms(p90(theirs(g, 'both')))}` },
    { head: 'ours/R parse', get: (g) => ratio(median(ours(g, 'total')), median(theirs(g, 'parse'))) },
    { head: 'ours/R c+p', get: (g) => ratio(median(ours(g, 'total')), median(theirs(g, 'both'))) },
  ]);
}

function perPage(samples) {
  const rows = [];
  for (const browser of [...new Set(samples.map((s) => s.browser))]) {
    for (const page of pages) {
      const of = (mode) => samples.filter((s) => s.browser === browser && s.page === page && s.mode === mode);
      rows.push({ browser, page, cold: of('cold'), warm: of('warm') });
    }
  }
  const m = (list, f) => ms(median(list.map(f)));
  return table(rows, [
    { head: 'browser', get: (r) => r.browser },
    { head: 'page', get: (r) => r.page },
    { head: 'html kB', get: (r) => Math.round((r.cold[0]?.ours.length ?? 0) / 1000) },
    { head: 'cold', get: (r) => m(r.cold, (s) => s.ours.total) },
    { head: 'warm', get: (r) => m(r.warm, (s) => s.ours.total) },
    { head: 'serialize', get: (r) => m(r.warm, (s) => s.ours.serialize) },
    { head: 'parse', get: (r) => m(r.warm, (s) => s.ours.parse) },
    { head: 'extract', get: (r) => m(r.warm, (s) => s.ours.extract) },
    { head: 'render', get: (r) => m(r.warm, (s) => s.ours.render) },
    { head: 'build', get: (r) => m(r.warm, (s) => s.ours.build) },
    { head: 'mount', get: (r) => m(r.warm, (s) => s.ours.mount) },
    { head: 'paint', get: (r) => m(r.warm, (s) => s.ours.paint) },
    { head: 'R parse cold', get: (r) => m(r.cold, (s) => s.readability.parse) },
    { head: 'R parse warm', get: (r) => m(r.warm, (s) => s.readability.parse) },
  ]);
}

const server = await serve(routes);
const started = Date.now();
const samples = [];
try {
  for (const browser of options.browsers.split(',')) samples.push(...(await benchBrowser(browser, new URL(server.origin).port)));
} finally {
  await server.close();
}
const out = join(ROOT, 'out/bench');
await mkdir(out, { recursive: true });
await writeFile(join(out, 'browser.json'), `${JSON.stringify({ pages, reps: REPS, warm: WARM, samples }, null, 1)}\n`);

console.log(`\nper page (medians, ms; parts of the warm runs)\n`);
console.log(perPage(samples));
console.log(`\nLucid Reader, click to reader view painted, beside Readability.js in the same tab`);
console.log(`${pages.length} pages x ${REPS} repetitions (${WARM} warm clicks each), ${((Date.now() - started) / 1000).toFixed(0)} s;`
  + ` medians in ms (median / p90 where two); ratios of the medians\n`);
console.log(summary(samples));
// The team's goal (issue #5): our median at most half Readability.js's
// parse() median, per browser, cold and warm.
const GOAL = 0.5;
for (const browser of new Set(samples.map((s) => s.browser))) {
  for (const mode of ['cold', 'warm']) {
    const group = samples.filter((s) => s.browser === browser && s.mode === mode);
    const share = median(group.map((s) => s.ours.total)) / median(group.map((s) => s.readability.parse));
    console.log(`goal, ${browser} ${mode}: ${share.toFixed(2)}x Readability.js's parse (goal <= ${GOAL}x): ${share <= GOAL ? 'met' : 'not met'}`);
  }
}
const remote = samples.filter((s) => s.ours.where !== 'here').length;
if (remote > 0) console.log(`\n${remote} openings ran the engine in the background (parse and extract not apart)`);
console.log(`\nsamples: ${join(out, 'browser.json')}`);
