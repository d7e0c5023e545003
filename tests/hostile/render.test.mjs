// The safe-output suite in real browsers. Each case of cases.txt is placed
// in the article page (as tests/hostile.rs does), extracted by the release
// `lucid` CLI (one process, JSON Lines), and the extracted content is
// rendered in a page served from 127.0.0.1 in headless Chromium
// (playwright-core) and Firefox ESR (puppeteer-core), three ways: in the
// served HTML itself (where even a <script> would run), through innerHTML,
// and through DOMParser + append (what the extension's view does).
//
// Every payload calls __pwned() if it ever runs, and names /pwned/ for
// anything it would load. A case fails if __pwned() is called, a dialog
// opens, the page navigates or gains a frame, /pwned/ is requested, the
// browser's DOM holds a handler attribute or a script/frame/plugin/style
// element, or the browser's own URL parser reads a scheme other than
// http(s) (mailto: for links, raster data: for images) in any URL attribute.
// Before checking, every element gets a battery of synthetic events (mouse,
// pointer, focus, keyboard, clicks without navigation, media and animation
// events) so that handlers which only run on interaction would run too.
//
// Run: node --test tests/hostile/render.test.mjs (scripts/test does). Uses
// target/release/lucid (built if missing; LUCID_BIN overrides it), Debian's
// /usr/bin/chromium and /usr/bin/firefox-esr (CHROMIUM_PATH, FIREFOX_PATH);
// LUCID_HOSTILE_BROWSERS=chromium limits the browsers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
process.env.PUPPETEER_SKIP_DOWNLOAD = '1';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HERE = join(ROOT, 'tests/hostile');
const OUT = join(ROOT, 'out/hostile');
const LUCID = process.env.LUCID_BIN ?? join(ROOT, 'target/release/lucid');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BROWSERS = (process.env.LUCID_HOSTILE_BROWSERS ?? 'chromium,firefox').split(',');

/** Pages rendered at once per browser. */
const CONCURRENCY = 4;
/** After load and the event battery: time for async handlers and timers. */
const SETTLE_MS = 250;
const PAGE_TIMEOUT_MS = 20_000;

// A 1x1 transparent PNG, for the images the cases may legitimately keep.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** Reads cases.txt exactly as tests/hostile.rs does. */
function readCases() {
  const cases = [];
  for (const line of readFileSync(join(HERE, 'cases.txt'), 'utf8').split('\n')) {
    if (line.startsWith('=== ')) {
      const [name, placement = ''] = line.slice(4).trim().split(/\s+/);
      cases.push({ name, placement, lines: [] });
    } else if (line.startsWith('#')) {
      continue;
    } else if (cases.length) {
      cases.at(-1).lines.push(line);
    }
  }
  const template = readFileSync(join(HERE, 'article.html'), 'utf8');
  return cases.map(({ name, placement, lines }) => {
    const payload = lines.join('\n').trimEnd();
    const page =
      placement === '@page'
        ? payload
        : template.replace(placement === '@head' ? '<!-- HOSTILE HEAD -->' : '<!-- HOSTILE BODY -->', payload);
    return { name, page, payload };
  });
}

/** The page an extracted article is rendered in, three ways. */
function renderPage(content) {
  // Inside the inline script, "<" cannot end it: \u003c.
  const literal = JSON.stringify(content).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>render</title>
<script>
window.__hits = [];
window.__pwned = function () {
  window.__hits.push(String(new Error().stack));
  try { navigator.sendBeacon('/pwned/beacon'); } catch (e) {}
};
</script>
</head><body>
<div id="static">${content}</div>
<div id="inner"></div>
<div id="parsed"></div>
<script>
const content = ${literal};
document.getElementById('inner').innerHTML = content;
const parsed = new DOMParser().parseFromString('<!DOCTYPE html><body>' + content, 'text/html');
document.getElementById('parsed').append(...parsed.body.childNodes);
window.__ready = true;
</script>
</body></html>`;
}

/**
 * Runs in the rendered page: fires the event battery at every element, lets
 * handlers run, and returns what the browser's DOM holds that it should not.
 */
async function probe(settleMs) {
  const problems = [];
  const containers = ['#static', '#inner', '#parsed'].map((s) => document.querySelector(s));
  if (containers.some((c) => !c) || !window.__ready) problems.push('the render page did not finish');
  const elements = containers.filter(Boolean).flatMap((c) => [...c.querySelectorAll('*')]);
  const BANNED = new Set([
    'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed',
    'applet', 'param', 'form', 'input', 'button', 'select', 'textarea', 'svg', 'template', 'noscript',
    'portal', 'fencedframe', 'dialog', 'canvas', 'map', 'area', 'math-annotation-xml',
  ]);
  const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite', 'action', 'formaction', 'data', 'background',
    'codebase', 'longdesc', 'xlink:href', 'ping', 'usemap', 'manifest', 'lowsrc', 'dynsrc'];
  const allowed = (el, attr, protocol) => {
    const tag = el.localName;
    if (protocol === 'http:' || protocol === 'https:') return true;
    if (protocol === 'mailto:') return tag === 'a' && attr === 'href';
    if (protocol === 'data:') {
      return tag === 'img' && attr === 'src' && /^data:image\/(png|gif|jpeg|webp|avif)[;,]/i.test(el.getAttribute('src').trim());
    }
    return false;
  };
  for (const el of elements) {
    const tag = el.localName;
    if (BANNED.has(tag)) problems.push(`<${tag}> element`);
    if (el.namespaceURI === 'http://www.w3.org/2000/svg') problems.push(`SVG <${tag}>`);
    for (const { name, value } of el.attributes) {
      if (/^on/i.test(name)) problems.push(`${name} on <${tag}>`);
      if (['style', 'srcdoc', 'action', 'formaction', 'class', 'autofocus', 'autoplay', 'popover', 'contenteditable'].includes(name)) {
        problems.push(`${name}="${value}" on <${tag}>`);
      }
      if (name === 'id' && !value.startsWith('lucid-')) problems.push(`id="${value}"`);
      const urls = URL_ATTRIBUTES.includes(name)
        ? [value]
        : name === 'srcset'
          ? value.split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean)
          : [];
      for (const url of urls) {
        let protocol;
        try {
          protocol = new URL(url, document.baseURI).protocol;
        } catch {
          continue; // Unparsable: loads and runs nothing.
        }
        if (!allowed(el, name, protocol)) problems.push(`${name}="${url}" on <${tag}> (${protocol})`);
      }
    }
  }
  // Interaction: a click inside a link must not navigate away (the links'
  // targets are checked above), but inline handlers still run during it.
  window.addEventListener('click', (e) => {
    if (e.target.closest?.('a[href]')) e.preventDefault();
  }, true);
  const EVENTS = ['mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'click', 'dblclick',
    'contextmenu', 'pointerover', 'pointerenter', 'pointerdown', 'pointerup', 'focus', 'focusin', 'blur',
    'keydown', 'keyup', 'keypress', 'input', 'change', 'wheel', 'scroll', 'toggle', 'load', 'error',
    'play', 'playing', 'loadstart', 'animationstart', 'animationend', 'transitionend', 'copy', 'paste',
    'submit', 'reset', 'select', 'beforetoggle', 'begin'];
  for (const el of elements) {
    for (const type of EVENTS) {
      try {
        el.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }));
      } catch {
        // A handler that throws is still a handler that ran: __hits says so.
      }
    }
    try {
      el.focus?.();
      if (el.localName === 'details') el.open = !el.open;
    } catch {
      // Same.
    }
  }
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  return { problems, hits: window.__hits ?? ['__hits gone: the page was replaced'], frames: window.frames.length };
}

/** `page.goto(url)`, tried again while another navigation interrupts it. */
async function leaveFor(url, page, attempts = 5) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await page.goto(url);
    } catch (error) {
      if (attempt >= attempts || !/interrupted by another navigation/.test(error.message)) throw error;
    }
  }
}

/** The browsers, behind the few calls this test makes (the same in both drivers). */

async function launch(name) {
  if (name === 'chromium') {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext();
    return { newPage: () => context.newPage(), close: () => browser.close() };
  }
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  return { newPage: () => browser.newPage(), close: () => browser.close() };
}

/**
 * Controls: payloads rendered raw, without extraction, and what the harness
 * must then report. They show that each way of detecting an attack works.
 */
const CONTROLS = {
  'handler-img-onerror': '__pwned() ran', // by itself, on a failed load
  'handler-onclick': '__pwned() ran', // only through the event battery
  'script-in-table': '__pwned() ran', // a script in the served HTML
  'iframe-relative': 'requested /pwned/frame.html',
  'url-javascript': '(javascript:)', // the browser's URL parser
  'css-url-relative': 'style=',
  // Last: its refresh may still be under way when its check ends, and
  // nothing else is rendered in its tab after it.
  'meta-refresh-body': 'navigat',
};

let server;
let origin;
/** Requests the server saw: {path, referer}. */
const requests = [];
/** Case name -> extracted article. */
const articles = new Map();
const cases = readCases();

before(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    requests.push({ path: url.pathname, referer: request.headers.referer ?? '' });
    const render = url.pathname.match(/^\/render\/([a-z0-9-]+)\.html$/);
    const control = url.pathname.match(/^\/control\/([a-z0-9-]+)\.html$/);
    if (render && articles.has(render[1])) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(renderPage(articles.get(render[1]).content));
    } else if (control && CONTROLS[control[1]]) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(renderPage(cases.find((c) => c.name === control[1]).payload));
    } else if (url.pathname === '/images/photo.png') {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end(PNG);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;

  if (!process.env.LUCID_BIN) {
    execFileSync('cargo', ['build', '--release', '--quiet', '--bin', 'lucid'], { cwd: ROOT, stdio: 'inherit' });
  }
  assert.ok(existsSync(LUCID), `no lucid binary at ${LUCID}`);
  const pages = join(OUT, 'pages');
  rmSync(pages, { recursive: true, force: true });
  mkdirSync(pages, { recursive: true });
  const files = cases.map(({ name, page }) => {
    const file = join(pages, `${name}.html`);
    writeFileSync(file, page);
    return file;
  });
  // The page URL is this server's, so what the output links and loads
  // resolves here, where /pwned/ is watched.
  const lines = execFileSync(LUCID, ['extract', '--url', `${origin}/heritage/tide-mill.html`, ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  }).trim().split('\n');
  for (const line of lines) {
    const article = JSON.parse(line);
    articles.set(basename(article.path, '.html'), article);
  }
  writeFileSync(join(OUT, 'articles.jsonl'), `${lines.join('\n')}\n`);
});

after(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve());
});

test(`lucid extracted every case (${cases.length})`, () => {
  assert.ok(cases.length >= 150, `${cases.length} cases`);
  assert.deepEqual([...articles.keys()].sort(), cases.map((c) => c.name).sort());
});

for (const browserName of BROWSERS) {
  test(`no hostile case runs anything in ${browserName}`, { timeout: 15 * 60_000 }, async (t) => {
    requests.length = 0;
    const browser = await launch(browserName);
    const failures = [];
    try {
      // The controls run in a tab of their own, one after another, so that
      // a control's pending navigation (a refresh) never reaches a case.
      const controls = Object.keys(CONTROLS).map((name) => ({ name, kind: 'control' }));
      const renders = cases.map(({ name }) => ({ name, kind: 'render' }));
      const worker = async (queue) => {
        const page = await browser.newPage();
        const dialogs = [];
        let navigations = 0;
        page.on('dialog', (dialog) => {
          dialogs.push(`${dialog.type()}: ${dialog.message()}`);
          dialog.dismiss().catch(() => {});
        });
        page.on('framenavigated', (frame) => {
          if (frame === page.mainFrame()) navigations += 1;
        });
        for (let c = queue.shift(); c; c = queue.shift()) {
          const url = `${origin}/${c.kind}/${c.name}.html`;
          const problems = [];
          try {
            // Leaving the last page first cancels whatever it still had
            // pending (a late timer or load), which must not count against
            // this case. That step may itself be interrupted by the
            // navigation it cancels, so it is tried a few times.
            await leaveFor('about:blank', page);
            dialogs.length = 0;
            navigations = 0;
            await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
            const result = await page.evaluate(probe, SETTLE_MS);
            problems.push(...result.problems);
            if (result.hits.length) problems.push(`__pwned() ran: ${result.hits[0]}`);
            if (result.frames) problems.push(`${result.frames} frame(s) in the page`);
            if (page.url() !== url) problems.push(`navigated to ${page.url()}`);
          } catch (error) {
            problems.push(`render failed: ${error.message.split('\n')[0]}`);
          }
          if (navigations > 1) problems.push(`${navigations} navigations`);
          if (dialogs.length) problems.push(`dialogs: ${dialogs.join(', ')}`);
          // Late requests (a refresh timer) are left to the final check.
          const pwned = requests.filter((r) => r.path.startsWith('/pwned') && r.referer === url);
          if (pwned.length) problems.push(`requested ${pwned.map((r) => r.path).join(', ')}`);
          if (c.kind === 'control') {
            const expected = CONTROLS[c.name];
            if (!problems.some((p) => p.includes(expected))) {
              failures.push(`control ${c.name}: expected "${expected}", got: ${problems.join('; ') || 'nothing'}`);
            } else {
              t.diagnostic(`control ${c.name} (raw payload) detected: ${problems.join('; ').slice(0, 160)}`);
            }
          } else if (problems.length) {
            failures.push(`${c.name}: ${problems.join('; ')}`);
          }
        }
        // Not page.close(): Chromium's can wait forever on a tab whose
        // refresh is under way. browser.close() below closes every tab.
      };
      await Promise.all([
        worker(controls),
        ...Array.from({ length: CONCURRENCY - 1 }, () => worker(renders)),
      ]);
    } finally {
      await browser.close();
    }
    // Anything under /pwned/ from an extracted output, from any page (a
    // referer may be withheld); the controls' own are expected.
    const stray = requests.filter((r) => r.path.startsWith('/pwned') && !r.referer.includes('/control/'));
    if (stray.length) failures.push(`requests to /pwned/: ${stray.map((r) => `${r.path} <- ${r.referer}`).join(', ')}`);
    assert.deepEqual(failures, [], failures.join('\n'));
  });
}
