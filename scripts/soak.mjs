#!/usr/bin/env node
// The extension on many real pages, in real Chromium and Firefox, with a
// real toolbar click: run by scripts/soak (which builds first), see there.
//
// Each page (the corpus's WCXB pages, spread over its sites) is served from
// 127.0.0.1 under a CSP that lets nothing load from anywhere else: there is
// no network here, and a request left hanging would time the page out, not
// the extension. It is opened twice:
// - its scripts off (the CSP allows none): nothing but the extension can
//   change the page, so its HTML must be exactly as it was once the view
//   has come and gone;
// - its inline scripts on, as a reader meets it: the view must open and
//   close however the page's scripts behave. Its HTML is compared only
//   where the page did not change itself meanwhile (a modal after a few
//   seconds, an anti-flicker style taken off), which a mutation observer
//   in the page's world sees.
// Each time the page is scrolled down a little and left to settle; the
// toolbar button is clicked and the outcome read: the reader view, the "no
// article" notice, or a failure (the error notice, an error the extension
// logs, or nothing in time). The button again (or the notice dismissed)
// must give the page back: its scroll position, and its HTML as above. A
// page that loads itself again meanwhile (a reload loop, off its own site)
// is counted apart, as one that did not load: nothing is left to compare.
//
// --screenshots DIR keeps, for a person to look at, each view with the
// page's scripts on: its top and its middle, DIR/<browser>/wcxb-NNNN-top.png
// and -middle.png (the reader scrolls there before closing it, so the
// page must also come back from a view scrolled away from its top).
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';

import { ROOT, hasView, launch, serve, waitFor } from '../tests/browser/harness.mjs';
import { median, p90, spread } from './measuring.mjs';

const { values: options } = parseArgs({
  options: {
    short: { type: 'boolean', default: false },
    limit: { type: 'string', default: '200' },
    pages: { type: 'string' },
    browsers: { type: 'string', default: 'chromium,firefox' },
    screenshots: { type: 'string' },
    corpus: { type: 'string', default: process.env.LUCID_CORPUS ?? join(ROOT, '../shared/corpus') },
  },
});

const WCXB = join(options.corpus, 'wcxb-dev');
const BROWSERS = options.browsers.split(',');
// Only this server's own resources load; scripts as the mode says (the
// extension's are not the page's, and wasm is not a page script).
const CSP = {
  off: "default-src 'self' 'unsafe-inline' data: blob:; script-src 'wasm-unsafe-eval'",
  on: "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:",
};
const MODES = ['off', 'on'];
// How long a page is left, once loaded, before it is read: its scripts'
// first timers have run by then.
const SETTLE_MS = { off: 200, on: 1000 };
const LOAD_TIMEOUT_MS = 20_000;
const VIEW_TIMEOUT_MS = 30_000;
// How long after the view closes the page is read again: past the time
// the extension keeps the window in place as the page lays itself out
// again (SCROLL_RESTORE_MS in extension/content.js).
const AFTER_CLOSE_MS = 1700;
// Where the page is scrolled to before the click, to be found there again.
const SCROLLED_TO = 400;
// How many of the slowest views are named, to be looked into.
const SLOWEST_LISTED = 3;

const names = (await readdir(join(WCXB, 'html'))).filter((f) => f.endsWith('.html.gz')).sort();
const chosen = options.pages?.split(',')
  ?? spread(names, options.short ? 6 : Number(options.limit)).map((name) => name.replace(/\.html\.gz$/, ''));

const pages = new Map();
for (const page of chosen) pages.set(`/wcxb/${page}.html`, await readFile(join(WCXB, 'html', `${page}.html.gz`)));
// Unzipped as asked for: the corpus is too big to hold unzipped.
// /on/wcxb/NNNN.html, /off/wcxb/NNNN.html: the page, its scripts on or off.
const routes = new Proxy({}, {
  get(_, path) {
    const [, mode, rest] = String(path).match(/^\/(on|off)(\/.*)$/) ?? [];
    const zipped = pages.get(rest);
    return zipped && { body: gunzipSync(zipped), headers: { 'content-security-policy': CSP[mode] } };
  },
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Runs in the page's world: counts what the page's own scripts change from
// now on, which is all but Lucid Reader's own elements coming and going.
function watchPage() {
  const ours = (node) => node.localName?.startsWith('lucid-reader-');
  window.lucidSoakChanges = 0;
  new MutationObserver((records) => {
    for (const record of records) {
      const nodes = [...record.addedNodes, ...record.removedNodes];
      const theirs = record.type !== 'childList' ? !ours(record.target) : !nodes.every(ours);
      if (theirs) window.lucidSoakChanges += 1;
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

const pageState = (driver) => driver.evaluate(() => ({
  html: document.documentElement?.outerHTML ?? '',
  scroll: [scrollX, scrollY],
  changes: window.lucidSoakChanges,
  loaded: performance.timeOrigin,
}));

// Whether the tab holds another document than the one loaded at `loaded`
// (its performance.timeOrigin), or one that is loading again.
async function loadedAgain(driver, loaded) {
  const now = await driver.evaluate(() => [performance.timeOrigin, document.readyState]).catch(() => null);
  return now === null || now[0] !== loaded || now[1] === 'loading';
}

// What the click gave: 'view', 'notice' (no article), 'failed', or null
// while it works.
async function outcome(driver) {
  if (await hasView(driver)) return 'view';
  const notice = await driver.inShadow('lucid-reader-notice', (root) => root.textContent);
  if (notice?.includes('look like an article')) return 'notice';
  if (notice?.includes('went wrong') || notice?.includes('keeps removing')) return 'failed';
  return null;
}

// The view's top, and its middle as the reader scrolls there.
async function photograph(driver, path) {
  await driver.screenshot(`${path}-top.png`);
  const middle = await driver.evaluate(() => document.documentElement.scrollHeight / 2 - innerHeight / 2);
  await driver.evaluate((y) => scrollTo({ top: y, behavior: 'instant' }), Math.max(0, middle));
  await sleep(300);
  await driver.screenshot(`${path}-middle.png`);
}

// A page that did not load, or loaded itself again (a reload loop, a
// redirect): counted apart, `why` said. Leaving it stops what it keeps
// doing, before the next page.
async function goneByItself(driver, result, why) {
  result.outcome = 'unloaded';
  result.errors.push(why);
  await driver.goto('about:blank').catch(() => {});
  return result;
}

async function soakPage(driver, url, mode, shot) {
  const result = { outcome: null, ms: null, restored: null, compared: false, errors: [] };
  try {
    await Promise.race([
      driver.goto(url),
      sleep(LOAD_TIMEOUT_MS).then(() => { throw new Error('no load event'); }),
    ]);
  } catch (error) {
    // A page that reloads or leaves itself, or never finishes loading.
    return goneByItself(driver, result, String(error.message ?? error).split('\n')[0]);
  }
  const address = await driver.evaluate(() => location.href);
  if (address !== url) return goneByItself(driver, result, `it went to ${address}`);
  // At once: a page's `scroll-behavior: smooth` would have it still
  // scrolling when it is read.
  await driver.evaluate((y) => scrollTo({ top: y, behavior: 'instant' }), SCROLLED_TO);
  await sleep(SETTLE_MS[mode]);
  // With the page's scripts off, this is the driver's script, which the
  // page's CSP does not govern.
  await driver.evaluate(watchPage);
  const before = await pageState(driver);

  const clicked = Date.now();
  await driver.clickAction();
  result.outcome = await waitFor(() => outcome(driver), { timeout: VIEW_TIMEOUT_MS, interval: 50, what: 'the view' })
    .catch(() => 'timeout');
  result.ms = Date.now() - clicked;
  // A page that reloads or leaves itself meanwhile took the click with it.
  if (result.outcome === 'timeout' && await loadedAgain(driver, before.loaded)) {
    return goneByItself(driver, result, 'the page loaded itself again after the click');
  }
  if (result.outcome === 'view') {
    if (shot && mode === 'on') await photograph(driver, shot);
    await driver.clickAction();
  } else if (result.outcome === 'notice') {
    await driver.evaluate(() => document.querySelector('lucid-reader-notice')?.click());
  } else {
    return result;
  }
  await waitFor(() => driver.evaluate(() => !document.querySelector('lucid-reader-view, lucid-reader-notice')),
    { what: 'the page back', timeout: 10_000 })
    .catch(async (error) => {
      if (!(await loadedAgain(driver, before.loaded))) throw error;
    });
  await sleep(AFTER_CLOSE_MS);
  const after = await pageState(driver).catch(() => null);
  if (after === null || after.loaded !== before.loaded) {
    // Nothing left to compare.
    return goneByItself(driver, result, 'the page loaded itself again while the view was open');
  }
  const scrolled = after.scroll.every((at, i) => Math.abs(at - before.scroll[i]) < 1);
  // Without its scripts, nothing but the extension can have changed it.
  result.compared = mode === 'off' || after.changes === 0;
  result.restored = scrolled && (!result.compared || after.html === before.html);
  if (!scrolled) result.difference = `scrolled to ${after.scroll}, not ${before.scroll}`;
  else if (!result.restored) result.difference = firstDifference(before.html, after.html);
  return result;
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  const around = (s) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 60));
  return `HTML from character ${i}: ${around(a)} became ${around(b)}`;
}

async function soak(browser, server) {
  const driver = await launch(browser);
  const results = { off: [], on: [] };
  const shots = options.screenshots && join(options.screenshots, browser);
  if (shots) await mkdir(shots, { recursive: true });
  try {
    for (const page of chosen) {
      for (const mode of MODES) {
        const logged = driver.logs.length;
        const url = `${server.origin}/${mode}/wcxb/${page}.html`;
        const result = await soakPage(driver, url, mode, shots && join(shots, `wcxb-${page}`))
          .catch((error) => ({ outcome: 'error', errors: [String(error.message ?? error).split('\n')[0]] }));
        for (const line of driver.logs.slice(logged)) {
          if (line.includes('Lucid Reader') && /\berror\b/.test(line)) result.errors.push(line);
        }
        result.page = page;
        result.failed = ['failed', 'timeout', 'error'].includes(result.outcome)
          || result.restored === false
          || (result.outcome !== 'unloaded' && result.errors.length > 0);
        results[mode].push(result);
        process.stdout.write(result.failed ? 'F' : { view: '.', notice: 'n', unloaded: 'u' }[result.outcome]);
      }
    }
  } finally {
    process.stdout.write('\n');
    await driver.close();
  }
  return results;
}

function report(results, mode) {
  const count = (outcome) => results.filter((r) => r.outcome === outcome).length;
  const times = results.filter((r) => r.outcome === 'view').map((r) => r.ms);
  const given = results.filter((r) => r.restored);
  console.log(`  scripts ${mode}: view ${count('view')}, no article ${count('notice')}, `
    + `did not load or reloaded ${count('unloaded')}, failed ${results.filter((r) => r.failed).length}; `
    + `given back ${given.length}, ${given.filter((r) => r.compared).length} HTML and all`
    + `${times.length ? `; click to view ${Math.round(median(times))} ms median, ${Math.round(p90(times))} p90, ${Math.max(...times)} max` : ''}`);
  const slowest = results.filter((r) => r.outcome === 'view').sort((a, b) => b.ms - a.ms).slice(0, SLOWEST_LISTED);
  if (slowest.length) console.log(`    slowest: ${slowest.map((r) => `${r.page} ${r.ms} ms`).join(', ')}`);
  for (const r of results) {
    if (r.outcome === 'unloaded') console.log(`    did not load or reloaded ${r.page}: ${r.errors.join(' | ')}`);
    if (r.failed) console.log(`    FAILED ${r.page}: ${r.outcome}; ${[r.difference, ...r.errors].filter(Boolean).join(' | ')}`);
  }
}

const server = await serve(routes);
let failures = 0;
try {
  for (const browser of BROWSERS) {
    console.log(`${browser}: ${chosen.length} WCXB pages, each with its scripts off, then on `
      + '(. view, n no article, u did not load or reloaded itself, F failed)');
    const results = await soak(browser, server);
    for (const mode of MODES) {
      report(results[mode], mode);
      failures += results[mode].filter((r) => r.failed).length;
    }
  }
} finally {
  await server.close();
}
process.exit(failures ? 1 : 0);
