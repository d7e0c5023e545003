// The extension against hostile and huge pages, in a real browser:
// chromium.test.mjs and firefox.test.mjs run this suite after suite.mjs.
// The pages are in pages.mjs. What a page's scripts see is checked from the
// page's own world (the drivers' evaluate), where the extension's content
// script is invisible; what the view shows, from inside its closed shadow
// root (harness.mjs).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { hasView, launch, restingScroll, serve, waitFor } from './harness.mjs';
import { PARAGRAPHS, TITLE, routes } from './pages.mjs';

const squash = (s) => s.replace(/\s+/g, ' ').trim();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function hardeningSuite(browser) {
  describe(`the extension in ${browser}, against hostile and huge pages`, { concurrency: false }, () => {
    let driver;
    let server;
    const url = (path) => `${server.origin}${path}`;

    before(async () => {
      server = await serve(routes());
      driver = await launch(browser);
    });

    after(async () => {
      await driver?.close();
      await server?.close();
    });

    async function open(timeout = 10_000) {
      await driver.clickAction();
      await waitFor(() => hasView(driver), { what: 'the reader view', timeout, interval: 100 });
    }

    async function close(timeout = 10_000) {
      await driver.clickAction();
      await waitFor(async () => !(await hasView(driver)), { what: 'the page to come back', timeout, interval: 100 });
    }

    const noticeText = () => driver.inShadow('lucid-reader-notice', (root) => root.textContent);

    // The view shows the whole article, and covers the page: from the
    // page's world, the view's host is at the viewport's corners and no
    // paragraph of the page is visible.
    async function assertIntact(what) {
      const shown = await driver.inShadow('lucid-reader-view', (root) => ({
        title: root.querySelector('.title')?.textContent,
        content: root.querySelector('.content')?.textContent ?? '',
      }));
      assert.ok(shown, `${what}: the view has its shadow root`);
      assert.equal(shown.title, TITLE, `${what}: the title`);
      for (const paragraph of PARAGRAPHS) {
        assert.ok(squash(shown.content).includes(squash(paragraph)), `${what}: the view lacks ${paragraph.slice(0, 40)}…`);
      }
      const page = await driver.evaluate(() => ({
        corners: [[5, 5], [innerWidth - 30, innerHeight - 5]].map(([x, y]) => document.elementFromPoint(x, y)?.localName),
        visible: [...document.querySelectorAll('body p')].filter((p) => p.checkVisibility()).length,
      }));
      assert.deepEqual(page, { corners: ['lucid-reader-view', 'lucid-reader-view'], visible: 0 }, `${what}: the view covers the page`);
    }

    // A hang fails the test rather than the run.
    const TIMEOUT = { timeout: 120_000 };

    it('opens and closes on a page that sabotages globals and prototypes, and keeps its own shadow root private', TIMEOUT, async () => {
      await driver.goto(url('/hostile/globals.html'));
      const start = await driver.evaluate(() => document.documentElement.outerHTML);
      // Armed only while the extension works: the driver's own checks
      // below need some of these.
      assert.ok(await driver.evaluate(() => window.hostile.arm()) > 25);
      await open();
      const whileOpen = await driver.evaluate(() => ({
        calls: window.hostile.disarm(),
        shadowRoot: document.querySelector('lucid-reader-view').shadowRoot,
      }));
      await assertIntact('with sabotaged globals');
      assert.deepEqual(whileOpen, { calls: {}, shadowRoot: null }, 'nothing of the page\'s was called; the view\'s root is closed');
      await driver.evaluate(() => window.hostile.arm());
      await close();
      assert.deepEqual(await driver.evaluate(() => window.hostile.disarm()), {});
      assert.equal(await driver.evaluate(() => document.documentElement.outerHTML), start);
    });

    it('gives up, without hanging, on a page that removes the view as soon as it appears', TIMEOUT, async () => {
      await driver.goto(url('/hostile/remover.html'));
      const start = await driver.evaluate(() => [document.head.outerHTML, document.body.outerHTML]);
      await driver.clickAction();
      const notice = await waitFor(async () => /keeps removing/.test((await noticeText()) ?? ''), { what: 'the notice' });
      assert.ok(notice);
      // The page's thread answers, the view is gone, the page as it was.
      const after = await driver.evaluate(() => ({
        view: document.querySelector('lucid-reader-view') !== null,
        removals: window.removals,
        page: [document.head.outerHTML, document.body.outerHTML],
        shown: [...document.querySelectorAll('body p')].every((p) => p.checkVisibility()),
      }));
      assert.equal(after.view, false);
      assert.ok(after.removals >= 1 && after.removals <= 25, `removed ${after.removals} times`);
      assert.deepEqual(after.page, start);
      assert.ok(after.shown, 'the page is shown again');
    });

    it('stays intact while the page removes its nodes, swaps <body>, locks scrolling and adds styles; closes to what the page made', TIMEOUT, async () => {
      await driver.goto(url('/hostile/sweeper.html'));
      await open();
      await assertIntact('opened');

      await driver.evaluate(() => window.hostile.sweep());
      await waitFor(() => hasView(driver), { what: 'the view to be put back' });
      await assertIntact('after the page removed it');

      const lastBody = await driver.evaluate(() => window.hostile.swapBodies(5));
      assert.equal(await driver.evaluate(() => document.body.id), lastBody);
      assert.equal(await driver.evaluate(() => document.querySelector('.swapped').checkVisibility()), false);
      await assertIntact('after the page swapped <body> five times');

      await driver.evaluate(() => window.hostile.restyle());
      await sleep(100);
      const restyled = await driver.evaluate(() => ({
        filter: getComputedStyle(document.documentElement).filter,
        overflow: getComputedStyle(document.documentElement).overflow,
        scrolls: (window.scrollTo(0, 100), window.scrollY),
      }));
      assert.deepEqual(restyled, { filter: 'none', overflow: 'auto', scrolls: 100 });
      // Scrolling the view now restyles <html> on every frame.
      await driver.evaluate(async () => {
        for (let i = 0; i < 30; i++) {
          window.scrollTo(0, i % 2 === 0 ? 0 : 100);
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      });
      await assertIntact('after the page locked scrolling, restyled <html> 30 times and added a stylesheet against the view');

      await close();
      const after = await driver.evaluate(() => ({
        body: document.body.id,
        shown: document.querySelector('.swapped').checkVisibility(),
        rootStyle: document.documentElement.getAttribute('style'),
        filter: getComputedStyle(document.documentElement).filter,
        sheetOn: document.getElementById('hostile-style').sheet.disabled === false,
      }));
      assert.match(after.rootStyle, /^overflow: hidden; --scrolled: \d+;$/);
      assert.deepEqual({ ...after, rootStyle: null }, { body: lastBody, shown: true, rootStyle: null, filter: 'invert(1)', sheetOn: true });
    });

    it('moves into the new document when the page calls document.open(), and opens on such a page', TIMEOUT, async () => {
      await driver.goto(url('/hostile/rewrite.html'));
      await open();
      await driver.evaluate(() => window.hostile.rewrite());
      await waitFor(() => driver.evaluate(() => document.getElementById('rewritten') !== null
        && document.querySelector('lucid-reader-view')?.parentNode === document.documentElement), { what: 'the view in the new document' });
      assert.equal(await driver.evaluate(() => document.compatMode), 'BackCompat', 'written without a doctype');
      await assertIntact('after document.open()');
      // document.open() erased every listener of the window: Esc works
      // because the view listens again.
      await driver.press('Escape');
      await waitFor(async () => !(await hasView(driver)), { what: 'Esc to close the view' });
      const after = await driver.evaluate(() => ({
        shown: document.getElementById('rewritten').checkVisibility(),
        ours: document.querySelectorAll('lucid-reader-view, lucid-reader-notice').length,
      }));
      assert.deepEqual(after, { shown: true, ours: 0 });
      await open();
      await assertIntact('opened on the rewritten page');
      await close();
    });

    it('says there is nothing to read on a page that has taken its whole document away, and leaves it empty', TIMEOUT, async () => {
      await driver.goto(url('/hostile/self-removing.html'));
      await waitFor(() => driver.evaluate(() => document.documentElement === null), { what: 'the page to remove itself' });
      await driver.clickAction();
      const said = await waitFor(noticeText, { what: 'a notice' });
      assert.match(said, /look like an article/);
      assert.equal(await hasView(driver), false);
      await driver.evaluate(() => document.querySelector('lucid-reader-notice').click());
      await waitFor(() => driver.evaluate(() => document.childNodes.length === 1 && document.documentElement === null),
        { what: 'the document as empty as the page left it' });
    });

    it('keeps what the reader does in the view from the page\'s listeners: clicks, keys, right clicks, copies, the wheel', TIMEOUT, async () => {
      await driver.goto(url('/hostile/listeners.html'));
      await open();
      // Where a paragraph of the view is, in the window.
      const spot = await driver.inShadow('lucid-reader-view', (root) => {
        const box = root.querySelectorAll('.content p')[1].getBoundingClientRect();
        return { x: box.left + 40, y: box.top + 10 };
      });
      const { mouse, keyboard } = driver.page;
      await mouse.click(spot.x, spot.y);
      await mouse.click(spot.x, spot.y, { button: 'right' });
      await mouse.click(spot.x, spot.y, { clickCount: 2 });
      await keyboard.press('j');
      await keyboard.down('Control');
      await keyboard.press('c');
      await keyboard.up('Control');
      await driver.wheel(spot.x, spot.y, 400);
      await waitFor(() => driver.evaluate(() => window.scrollY > 0), { what: 'the view to scroll by the wheel' });
      assert.ok(await hasView(driver), 'the view is open');
      assert.deepEqual(await driver.evaluate(() => window.heard), [], 'what the page heard');
      await close();
      // The same, on the page itself, is the page's to hear.
      await mouse.click(20, 20);
      assert.ok((await driver.evaluate(() => window.heard)).includes('click'));
    });

    it('leaves frames loaded, follows <base href> like the page, and lays out in quirks mode', TIMEOUT, async () => {
      await driver.goto(url('/hostile/frames.html'));
      await waitFor(() => driver.evaluate(() => window.frameLoads === 2), { what: 'both frames' });
      // Each frame answers a message with its field's value and a token of its document.
      const ask = (id, message) => driver.evaluate(([id, message]) => new Promise((resolve) => {
        const frame = document.getElementById(id).contentWindow;
        addEventListener('message', function answer(event) {
          if (event.source !== frame) return;
          removeEventListener('message', answer);
          resolve(event.data);
        });
        frame.postMessage(message, '*');
        setTimeout(() => resolve('no answer'), 5000);
      }), [id, message]);
      const typed = [await ask('same', 'type'), await ask('other', 'type')];
      assert.notEqual(typed[0].origin, typed[1].origin, 'one frame from another origin');
      const page = await driver.evaluate(() => ({
        mode: document.compatMode,
        relative: document.getElementById('relative').href,
        url: location.href,
      }));
      assert.equal(page.mode, 'BackCompat');
      assert.equal(page.relative, 'http://elsewhere.invalid/news/storm-followup.html');

      await open();
      await assertIntact('in quirks mode, with frames');
      const shown = await driver.inShadow('lucid-reader-view', (root) => ({
        original: root.querySelector('.original a').href,
        links: [...root.querySelectorAll('.content a')].map((a) => a.href),
        fontSize: getComputedStyle(root.querySelector('.content p')).fontSize,
        column: root.querySelector('.content').getBoundingClientRect().width,
      }));
      assert.equal(shown.original, page.url, 'the link back is the page, not its <base>');
      assert.deepEqual(shown.links, [page.relative], 'the article\'s links go where the page\'s do');
      assert.equal(shown.fontSize, '20px');
      assert.ok(shown.column > 500 && shown.column < 900, `a ${shown.column}px column`);
      await close();

      assert.equal(await driver.evaluate(() => window.frameLoads), 2, 'no frame was loaded again');
      assert.deepEqual([await ask('same', 'ask'), await ask('other', 'ask')], typed, 'the same frame documents, their fields as typed');
    });

    it('keeps the reader\'s place when opened again while the page is still growing back from the last close', TIMEOUT, async () => {
      await driver.goto(url('/regrow.html'));
      const place = 2000;
      await driver.evaluate((y) => window.scrollTo(0, y), place);
      await open();
      await close();
      // The page is short now: the close is still trying to scroll it back.
      assert.ok(await driver.evaluate((y) => window.scrollY < y, place), 'the page came back short');
      await open();
      await close();
      await waitFor(() => driver.evaluate((y) => window.scrollY === y, place), { what: `scroll position ${place}`, timeout: 3000 });
    });

    it('puts the reader back where they were on a page that lays itself out again a frame after it is shown', TIMEOUT, async () => {
      await driver.goto(url('/relayout.html'));
      const place = 1500;
      await driver.evaluate((y) => window.scrollTo(0, y), place);
      assert.equal(await restingScroll(driver), place);
      const firstParagraph = () => driver.evaluate(() => Math.round(document.querySelector('article p').getBoundingClientRect().top));
      const seen = await firstParagraph();
      await open();
      await close();
      assert.equal(await restingScroll(driver), place, 'the window, once the page has its layout back');
      assert.equal(await firstParagraph(), seen, 'the text in sight');
    });

    it('gives the page back exactly after 50 openings: nodes, fields, selection, scroll positions, media; and leaves nothing running', TIMEOUT, async () => {
      await driver.goto(url('/keep.html'));
      await driver.type('#name', 'Ada Lovelace');
      await driver.type('#comment', 'Typed before the first opening.');
      await driver.evaluate(async () => {
        document.querySelector('#topic').value = 'praise';
        document.querySelector('#notify').checked = true;
        await document.querySelector('#playing').play();
        const still = document.querySelector('#still');
        if (still.readyState < 1) await new Promise((resolve) => still.addEventListener('loadedmetadata', resolve, { once: true }));
        still.currentTime = 0.5;
        document.querySelector('#scroller').scrollTop = 150;
        window.scrollTo(0, 600);
        // Backwards, from the 30th character of the second paragraph to the 10th.
        const text = document.querySelectorAll('article p')[2].firstChild;
        getSelection().setBaseAndExtent(text, 30, text, 10);
      });
      const state = () => driver.evaluate(() => {
        const selection = getSelection();
        const text = document.querySelectorAll('article p')[2].firstChild;
        return {
          html: document.documentElement.outerHTML,
          fields: ['#name', '#comment', '#topic'].map((s) => document.querySelector(s).value),
          notify: document.querySelector('#notify').checked,
          scroll: [window.scrollY, document.querySelector('#scroller').scrollTop],
          selection: [selection.anchorNode === text, selection.anchorOffset, selection.focusNode === text, selection.focusOffset],
          playing: !document.querySelector('#playing').paused,
          still: [document.querySelector('#still').paused, document.querySelector('#still').currentTime],
          history: history.length,
        };
      });
      const marked = await driver.evaluate(() => window.markNodes());
      const start = await state();
      assert.equal(start.playing, true);
      assert.deepEqual(start.selection, [true, 30, true, 10]);

      for (let i = 1; i <= 50; i++) {
        await open();
        await close();
      }
      await waitFor(() => driver.evaluate((y) => window.scrollY === y, start.scroll[0]), { what: 'the scroll position', timeout: 3000 });
      assert.equal(await driver.evaluate(() => window.checkNodes()), 'same', `the same ${marked} nodes`);
      assert.deepEqual(await state(), start);
      const times = [];
      for (let i = 0; i < 2; i++) {
        times.push(await driver.evaluate(() => document.querySelector('#playing').currentTime));
        await sleep(300);
      }
      assert.notEqual(times[0], times[1], 'the audio plays on');

      // Nothing of the view is left running: Esc reaches the page, not
      // prevented; what the page does next stays as it did it.
      await driver.press('Escape');
      await driver.evaluate(() => {
        const style = document.createElement('style');
        style.id = 'late-style';
        style.textContent = 'p { letter-spacing: 1px; }';
        document.head.append(style);
        document.documentElement.style.background = 'rgb(1, 2, 3)';
        const late = document.createElement('div');
        late.id = 'late';
        document.documentElement.append(late);
        window.scrollTo(0, 200);
        return document.querySelector('#still').play();
      });
      await sleep(600);
      const later = await driver.evaluate(() => ({
        escapes: window.escapes,
        sheetOn: document.getElementById('late-style').sheet.disabled === false,
        rootStyle: document.documentElement.getAttribute('style'),
        late: document.getElementById('late').parentNode === document.documentElement,
        scrollY: Math.round(window.scrollY),
        still: !document.querySelector('#still').paused,
        view: document.querySelector('lucid-reader-view, lucid-reader-notice') !== null,
      }));
      assert.deepEqual(later, {
        escapes: [false], sheetOn: true, rootStyle: 'background: rgb(1, 2, 3);', late: true, scrollY: 200, still: true, view: false,
      });
    });

    it('cancels the opening when clicked again while a big page is read', TIMEOUT, async () => {
      await driver.goto(url('/big/100k.html'));
      const start = await driver.evaluate(() => document.body.outerHTML);
      await driver.clickAction();
      await waitFor(() => driver.evaluate(() => window.timeline.notice !== null), { what: 'the progress notice' });
      await driver.clickAction();
      await waitFor(() => driver.evaluate(() => document.querySelector('lucid-reader-notice') === null), { what: 'the notice to go' });
      // Longer than the whole opening takes here (up to 5 s in Firefox on
      // this machine), were it still going on.
      await sleep(7000);
      const after = await driver.evaluate(() => ({
        view: window.timeline.view,
        ours: document.querySelectorAll('lucid-reader-view, lucid-reader-notice').length,
        shown: document.querySelector('article p').checkVisibility(),
      }));
      assert.deepEqual(after, { view: null, ours: 0, shown: true });
      assert.equal(await driver.evaluate(() => document.body.outerHTML), start);
    });

    // The page's own clock (pages.mjs) times what the page's user sees: the
    // click, the notice in the page and its first frame, the view, and every
    // stall of the page's thread.
    for (const [path, what] of [['/big/100k.html', '100,000 elements'], ['/big/50mb.html', '50 MB']]) {
      it(`shows progress within a second on a page of ${what}, then the view`, { timeout: 300_000 }, async (t) => {
        await driver.goto(url(path));
        const elements = await driver.evaluate(() => document.getElementsByTagName('*').length);
        const clicked = await driver.evaluate(() => {
          window.timeline.stalls.length = 0;
          return performance.now();
        });
        const logged = driver.logs.length;
        await open(180_000);
        const timeline = await driver.evaluate(() => window.timeline);
        const since = (time) => (time === null ? 'never' : Math.round(time - clicked));
        const before = timeline.stalls.filter(([, end]) => end <= timeline.painted);
        const afterwards = timeline.stalls.filter(([, end]) => end > timeline.painted);
        const longest = (stalls) => Math.round(Math.max(0, ...stalls.map(([start, end]) => end - start)));
        const report = `${what} (${elements} elements): notice at ${since(timeline.notice)} ms, painted at ${since(timeline.painted)} ms, `
          + `view at ${since(timeline.view)} ms; longest stall before the notice ${longest(before)} ms, after ${longest(afterwards)} ms`;
        t.diagnostic(report);
        console.log(`${browser}: ${report}`);
        for (const line of driver.logs.slice(logged).filter((l) => l.includes('Lucid Reader: read'))) console.log(`${browser}: ${line}`);

        assert.ok(timeline.notice !== null && timeline.painted !== null, 'a notice, and a frame with it');
        assert.ok(timeline.painted < timeline.view, 'the notice comes before the view');
        assert.ok(since(timeline.painted) < 1000, `the notice within a second (${since(timeline.painted)} ms)`);
        await assertIntact(what);

        const closing = await driver.evaluate(() => performance.now());
        await close(60_000);
        console.log(`${browser}: ${what}: closed in ${Math.round(await driver.evaluate(() => performance.now()) - closing)} ms (with polling)`);
      });
    }
  });
}
