// The wasm boundary (src/wasm.rs) in Node, through the very glue the
// extension ships: the same article as the CLI's JSON, field for field, and
// no exception on any input.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import vm from 'node:vm';

import { ROOT, WWW, assertBuilt } from './harness.mjs';

assertBuilt();
// The no-modules glue is a classic script declaring `wasm_bindgen`, run
// here as a content script is run in the page.
const glue = await readFile(join(WWW, 'wasm/lucid_reader.js'), 'utf8');
const engine = vm.runInThisContext(`${glue}\n;wasm_bindgen`);
await engine({ module_or_path: await readFile(join(WWW, 'wasm/lucid_reader_bg.wasm')) });

const DEMO = join(ROOT, 'www/demo/article.html');
const URL_OF_DEMO = 'https://example.com/politics/strike.html';

/** The article the CLI extracts from the file at `path`, as parsed JSON. */
async function extractedByCli(path, url) {
  const run = promisify(execFile);
  const urlArgs = url === undefined ? [] : ['--url', url];
  // The debug CLI: `cargo test` has just built it.
  const { stdout } = await run('cargo', ['run', '--quiet', '--bin', 'lucid', '--', 'extract', ...urlArgs, path], {
    cwd: ROOT,
    maxBuffer: 16 << 20,
  });
  return JSON.parse(stdout);
}

test('gives the CLI\'s JSON for the demo page, field for field', async () => {
  const article = engine.extract(await readFile(DEMO), URL_OF_DEMO);
  assert.deepEqual(article, await extractedByCli(DEMO, URL_OF_DEMO));
  assert.equal(article.readerable, true);
});

// The wasm resolves URLs with the platform's URL parser, the CLI with the
// url crate (src/urls.rs): both must read every kind of link alike.
test('resolves and refuses links as the CLI does, on every kind of link and page address', async () => {
  const page = join(ROOT, 'tests/fixtures/links.html');
  const bytes = await readFile(page);
  const addresses = [
    undefined,
    'https://user:pw@www.HarbourWeekly.example:8443/a/b',
    'http://[::1]:8080/a',
    'file:///home/me/page.html',
    'https://bücher.example/a/',
  ];
  const articles = [];
  for (const url of addresses) {
    const article = engine.extract(bytes, url);
    assert.deepEqual(article, await extractedByCli(page, url), `page address ${url}`);
    articles.push(article);
  }
  // What both agree on is resolving, not giving up: relative links against
  // the address (its host read for the site's name in the title), host
  // names in other scripts as punycode, scripts refused.
  const [relative, harbour] = articles;
  assert.match(relative.content, /href="next\.html"/);
  assert.match(harbour.content, /href="https:\/\/user:pw@www\.harbourweekly\.example:8443\/a\/next\.html"/);
  assert.equal(harbour.headline, 'Every kind of link, and where it leads');
  assert.equal(harbour.siteName, 'Harbour Weekly');
  assert.equal(relative.siteName, null);
  assert.match(harbour.content, /href="https:\/\/xn--bcher-kva\.example\/katalog"/);
  assert.match(articles[4].content, /src="https:\/\/xn--bcher-kva\.example\/a\/images\/harbour\.jpg"/);
  assert.doesNotMatch(harbour.content, /javascript|data:text|data:image\/svg|file:|tel:/);
  assert.match(harbour.content, /src="data:image\/png;base64,/);
});

test('takes any bytes and any URL without throwing', () => {
  const inputs = [
    new Uint8Array(),
    new Uint8Array([0xff, 0xfe, 0x00, 0x3c, 0x80]),
    new TextEncoder().encode('<div>'.repeat(100_000)),
    new TextEncoder().encode('<table><tr><td><svg><math><template><p>'.repeat(2_000)),
  ];
  for (const bytes of inputs) {
    for (const url of [undefined, 'not a url', 'https://example.com/']) {
      const article = engine.extract(bytes, url);
      assert.equal(typeof article.readerable, 'boolean');
      assert.equal(typeof article.content, 'string');
    }
  }
});

test('says a sign-in page is not an article, with empty content', async () => {
  const article = engine.extract(await readFile(join(WWW, 'playground/samples/login.html')), 'https://example.com/');
  assert.equal(article.readerable, false);
  assert.equal(article.content, '');
});

test('parse then extractFrom (the halves the extension times) give what extract gives', async () => {
  const pages = [
    await readFile(DEMO),
    await readFile(join(WWW, 'playground/samples/login.html')),
    new Uint8Array([0xff, 0xfe, 0x00, 0x3c, 0x80]),
  ];
  for (const bytes of pages) {
    for (const url of [undefined, 'not a url', URL_OF_DEMO]) {
      assert.deepEqual(engine.extractFrom(engine.parse(bytes), url), engine.extract(bytes, url));
    }
  }
});
