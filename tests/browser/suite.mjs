// The extension's behaviour in a real browser, the same tests for each:
// chromium.test.mjs and firefox.test.mjs run this suite. The toolbar button
// is clicked for real (see harness.mjs); screenshots of the reader view go
// to $LUCID_SCREENSHOTS/<browser>/ (default out/screenshots/; CI's keeps
// them with its logs), with the browser's console lines.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { ROOT, hasView, launch, restingScroll, serve, waitFor } from './harness.mjs';
import {
  AD_TEXT, ELSEWHERE_LINK, FOOTNOTE, MISSING_PICTURE_ALT, MISSING_PICTURE_CAPTION,
  PARAGRAPHS, SIGNOFF, STREAMING_FALLBACK, STYLE_HIDDEN, TITLE, ZOOM_LABEL, routes,
} from './pages.mjs';

const squash = (s) => s.replace(/\s+/g, ' ').trim();

export function browserSuite(browser) {
  describe(`the extension in ${browser}`, { concurrency: false }, () => {
    let driver;
    let server;
    const shots = join(process.env.LUCID_SCREENSHOTS ?? join(ROOT, 'out/screenshots'), browser);
    const url = (path) => `${server.origin}${path}`;

    before(async () => {
      await mkdir(shots, { recursive: true });
      server = await serve(routes());
      driver = await launch(browser);
    });

    after(async () => {
      if (driver) {
        await writeFile(join(shots, 'console.log'), `${driver.logs.join('\n')}\n`);
        await driver.close();
      }
      await server?.close();
      console.log(`screenshots of the reader view in ${browser}: ${shots}`);
    });

    async function open() {
      await driver.clickAction();
      await waitFor(() => hasView(driver), { what: 'the reader view' });
    }

    async function close() {
      await driver.clickAction();
      await waitFor(async () => !(await hasView(driver)), { what: 'the page to come back' });
    }

    // What the view shows, read from inside its closed shadow root.
    const view = () => driver.inShadow('lucid-reader-view', (root) => {
      const text = (selector) => root.querySelector(selector)?.textContent ?? null;
      return {
        site: text('.site'),
        title: text('.title'),
        meta: text('.meta'),
        original: root.querySelector('.original a')?.href ?? null,
        content: text('.content'),
        paragraphs: [...root.querySelectorAll('.content p')].map((p) => p.textContent),
        videos: [...root.querySelectorAll('.content a')]
          .filter((a) => a.textContent.startsWith('Video'))
          .map((a) => a.href),
        frames: root.querySelectorAll('iframe, frame, embed, object').length,
        theme: root.querySelector('.lucid').dataset.theme,
        background: getComputedStyle(root.querySelector('.lucid')).backgroundColor,
      };
    });

    // What a visitor's scripts can see of the page: it must be exactly this
    // again after the view has come and gone, in the same document (no
    // reload) and the same place in history.
    const pageState = () => driver.evaluate(() => ({
      html: document.documentElement.outerHTML,
      scrollY: window.scrollY,
      sameBody: document.body === window.lucidTestBody,
      history: history.length,
      url: location.href,
    }));

    it('shows every paragraph of the demo article and none of its clutter', async () => {
      await driver.goto(url('/demo/article.html'));
      const expected = await driver.evaluate(() => ({
        title: document.querySelector('h1').textContent,
        paragraphs: [...document.querySelectorAll('.article-lead, .article-body > p')].map((p) => p.textContent),
        clutter: [...document.querySelectorAll(
          '.ad-slot, .recommended, .follow-box, .push-nag, .cookie-banner, .newsletter, .share-bar, .most-read, .main-nav, .site-footer',
        )].map((el) => el.textContent),
      }));
      assert.ok(expected.paragraphs.length >= 10, 'the demo page has its article');
      await open();
      const shown = await view();
      assert.equal(squash(shown.title), squash(expected.title));
      assert.equal(shown.site, 'Business Insider Africa');
      assert.match(shown.meta, /Christopher Woody/);
      assert.match(shown.meta, /2017/);
      assert.match(shown.meta, /\d+ min read/);
      assert.equal(shown.original, url('/demo/article.html'));
      const content = squash(shown.content);
      for (const paragraph of expected.paragraphs) {
        assert.ok(content.includes(squash(paragraph)), `the view lacks: ${paragraph.slice(0, 60)}…`);
      }
      for (const clutter of expected.clutter.map(squash).filter((c) => c.length > 0)) {
        assert.ok(!content.includes(clutter), `the view shows clutter: ${clutter.slice(0, 60)}…`);
      }
      for (const phrase of ['ADVERTISEMENT', 'Recommended articles', 'FOLLOW BUSINESS INSIDER', 'Unblock notifications', 'cookies']) {
        assert.ok(!content.includes(phrase), `the view shows "${phrase}"`);
      }
      // The footage the article speaks of is a video site's player, which
      // the view never embeds: it is a link to the video, where it stood.
      assert.deepEqual(shown.videos, ['https://www.youtube-nocookie.com/embed/Xq7vTQm2pLc']);
      assert.equal(shown.frames, 0);
      await driver.screenshot(join(shots, 'demo-reader.png'));
      await driver.page.screenshot({ path: join(shots, 'demo-reader-full.png'), fullPage: true });
      await close();
    });

    it('reads well: a 60-75 character measure, fitted images, code and tables in their own blocks', async () => {
      await driver.goto(url('/playground/samples/blog-post.html'));
      await open();
      const layout = await driver.inShadow('lucid-reader-view', (root) => {
        const content = root.querySelector('.content');
        const paragraph = [...content.querySelectorAll('p')].sort((a, b) => b.textContent.length - a.textContent.length)[0];
        // Characters per line: the column's width over the paragraph's mean
        // character width, measured on one unwrapped line of its own text.
        const probe = document.createElement('span');
        probe.style.whiteSpace = 'nowrap';
        probe.textContent = paragraph.textContent;
        paragraph.after(probe);
        const perChar = probe.getBoundingClientRect().width / paragraph.textContent.length;
        probe.remove();
        const pre = content.querySelector('pre');
        const table = content.querySelector('table');
        // The formula set in a sentence, and the line of text before it.
        const formula = content.querySelector('img[src$="allocations.svg"]');
        const before = document.createRange();
        before.selectNodeContents(formula.parentElement);
        before.setEndBefore(formula);
        const line = [...before.getClientRects()].at(-1);
        const middle = formula.getBoundingClientRect().top + formula.getBoundingClientRect().height / 2;
        return {
          formulaDisplay: getComputedStyle(formula).display,
          formulaInTheLine: middle > line.top && middle < line.bottom,
          charsPerLine: content.clientWidth / perChar,
          fontSize: parseFloat(getComputedStyle(paragraph).fontSize),
          codeFont: getComputedStyle(pre).fontFamily,
          codeScrolls: getComputedStyle(pre).overflowX,
          tableScrolls: getComputedStyle(table.parentElement).overflowX,
          tableWiderThanColumn: table.parentElement.clientWidth <= content.clientWidth,
        };
      });
      assert.ok(layout.charsPerLine >= 58 && layout.charsPerLine <= 78, `measure: ${layout.charsPerLine.toFixed(1)} characters`);
      assert.ok(layout.fontSize >= 16, `text size ${layout.fontSize}px`);
      assert.match(layout.codeFont, /mono/i);
      assert.equal(layout.codeScrolls, 'auto');
      assert.equal(layout.tableScrolls, 'auto');
      assert.ok(layout.tableWiderThanColumn, 'the table stays within the column');
      assert.equal(layout.formulaDisplay, 'inline', 'a picture in a line of text stays in it');
      assert.ok(layout.formulaInTheLine, 'the formula sits in the line of the words before it');
      await driver.evaluate(() => window.scrollTo(0, 0));
      await driver.page.screenshot({ path: join(shots, 'blog-reader.png'), fullPage: true });
      await close();
    });

    it('fits images to the column', async () => {
      await driver.goto(url('/demo/article.html'));
      await open();
      const images = await driver.inShadow('lucid-reader-view', (root) => {
        const column = root.querySelector('.content').clientWidth;
        return [...root.querySelectorAll('.content img')].map((img) => ({
          width: img.getBoundingClientRect().width, column, display: getComputedStyle(img).display,
        }));
      });
      assert.ok(images.length > 0, 'the article keeps its image');
      for (const { width, column, display } of images) {
        assert.ok(width <= column + 0.5, `image ${width}px in a ${column}px column`);
        assert.equal(display, 'block', 'a photo on its own is a block');
      }
      await close();
    });

    it('leaves no empty frame where a picture cannot be loaded: its description stands in its place', async () => {
      await driver.goto(url('/missing-pictures.html'));
      await open();
      // The pictures are lazy: each is scrolled to, so that it is asked for.
      await waitFor(() => driver.inShadow('lucid-reader-view', (root) => {
        const pictures = [...root.querySelectorAll('.content img')];
        for (const img of pictures) img.scrollIntoView();
        return pictures.length === 3 && pictures.every((img) => img.complete);
      }), { what: 'the pictures to fail' });
      const pictures = await driver.inShadow('lucid-reader-view', (root) => {
        const line = parseFloat(getComputedStyle(root.querySelector('.content p')).lineHeight);
        return [...root.querySelectorAll('.content img')].map((img) => ({
          alt: img.alt, height: img.getBoundingClientRect().height, line, shown: img.checkVisibility(),
          caption: img.closest('figure')?.querySelector('figcaption')?.checkVisibility() ?? null,
        }));
      });
      const [described, undescribed, figure] = pictures;
      assert.equal(described.alt, MISSING_PICTURE_ALT);
      assert.ok(described.shown, 'the description is shown');
      // 600 px high as the page gives it: a 480 px frame in the column.
      assert.ok(described.height <= 2 * described.line, `the described picture is ${described.height}px high`);
      assert.equal(undescribed.shown, false, 'a picture without a description takes no room');
      assert.deepEqual([figure.shown, figure.caption], [false, true], 'a figure\'s caption stands for its picture');
      const { content } = await view();
      assert.ok(content.includes(MISSING_PICTURE_CAPTION), content);
      await close();
    });

    it('shows a picture its <picture> gives by a source alone, without its zoom control\'s words', async () => {
      await driver.goto(url('/sourced-picture.html'));
      await open();
      const picture = await waitFor(() => driver.inShadow('lucid-reader-view', (root) => {
        const img = root.querySelector('.content picture img');
        img?.scrollIntoView();
        if (!img?.complete || img.naturalWidth === 0) return false;
        return { source: img.currentSrc, width: img.getBoundingClientRect().width };
      }), { what: 'the picture to load' });
      assert.match(picture.source, /mosul\.png$/);
      assert.ok(picture.width > 100, `the picture is ${picture.width}px wide`);
      const { content } = await view();
      assert.ok(!content.includes(ZOOM_LABEL), 'no zoom control\'s words');
      assert.ok(content.includes(MISSING_PICTURE_CAPTION), 'the caption');
      await close();
    });

    it('leaves out the site\'s logo, a picture linked to its home page, and keeps the article\'s pictures', async () => {
      await driver.goto(url('/home-logo.html'));
      await open();
      const shown = await driver.inShadow('lucid-reader-view', (root) => ({
        pictures: [...root.querySelectorAll('.content img')].map((img) => img.alt),
        first: root.querySelector('.content p').textContent.trim(),
      }));
      assert.deepEqual(shown.pictures, [MISSING_PICTURE_ALT]);
      assert.equal(shown.first, PARAGRAPHS[0], 'the article starts with its first paragraph, no empty line before it');
      await close();
    });

    it('remembers its appearance settings, and has a dark theme', async () => {
      await driver.goto(url('/demo/article.html'));
      await open();
      const before = await view();
      assert.equal(before.theme, 'auto');
      await driver.inShadow('lucid-reader-view', (root) => {
        root.querySelector('.appearance').click();
        root.querySelector('[data-setting="theme"][data-value="dark"]').click();
        root.querySelector('[data-setting="font"][data-value="sans"]').click();
        root.querySelector('[data-step="1"]').click();
        return true;
      });
      await driver.screenshot(join(shots, 'demo-reader-dark.png'));
      await close();
      await driver.goto(url('/demo/article.html'));
      await open();
      const after = await view();
      assert.equal(after.theme, 'dark');
      assert.notEqual(after.background, before.background);
      const restored = await driver.inShadow('lucid-reader-view', (root) => {
        root.querySelector('.appearance').click();
        for (const [setting, value] of [['theme', 'auto'], ['font', 'serif']]) {
          root.querySelector(`[data-setting="${setting}"][data-value="${value}"]`).click();
        }
        root.querySelector('[data-step="-1"]').click();
        return root.querySelector('.lucid').dataset.theme;
      });
      assert.equal(restored, 'auto');
      await close();
    });

    it('follows the system\'s dark mode by default, and closes with its own close control', async () => {
      const backgrounds = {};
      for (const scheme of ['dark', 'light']) {
        await driver.colorScheme(scheme);
        await driver.goto(url('/demo/article.html'));
        await open();
        const shown = await view();
        assert.equal(shown.theme, 'auto');
        backgrounds[scheme] = shown.background;
        if (scheme === 'dark') await driver.screenshot(join(shots, 'demo-reader-system-dark.png'));
        await driver.inShadow('lucid-reader-view', (root) => root.querySelector('button.close').click() ?? true);
        await waitFor(async () => !(await hasView(driver)), { what: 'the close control to close the view' });
      }
      const luminance = (css) => css.match(/\d+/g).slice(0, 3).reduce((sum, c) => sum + Number(c), 0) / 3;
      assert.ok(luminance(backgrounds.dark) < 60, `dark: ${backgrounds.dark}`);
      assert.ok(luminance(backgrounds.light) > 200, `light: ${backgrounds.light}`);
    });

    it('prints black on white in any theme, without its controls, with the page\'s address', async () => {
      await driver.colorScheme('dark');
      await driver.goto(url('/demo/article.html'));
      await open();
      const look = () => driver.inShadow('lucid-reader-view', (root) => {
        const style = (selector, pseudo) => getComputedStyle(root.querySelector(selector), pseudo);
        return {
          text: style('.content p').color,
          background: style('.lucid').backgroundColor,
          toolbar: style('.toolbar').display,
          backLink: style('.original a').display,
          address: style('.original', '::before').content,
          addressAttr: root.querySelector('.original').dataset.address,
        };
      });
      const onScreen = await look();
      await driver.media('print');
      const printed = await look();
      await driver.screenshot(join(shots, 'demo-reader-print.png'));
      await driver.media('screen');
      await driver.colorScheme('light');
      await close();
      assert.notEqual(onScreen.text, 'rgb(0, 0, 0)', 'the dark theme on screen');
      assert.notEqual(onScreen.toolbar, 'none');
      const { address, addressAttr, ...colorsAndControls } = printed;
      assert.deepEqual(colorsAndControls, {
        text: 'rgb(0, 0, 0)',
        background: 'rgb(255, 255, 255)',
        toolbar: 'none',
        backLink: 'none',
      });
      // The address printed where the link stood (Chromium computes the
      // attribute's value; Firefox keeps `attr()`, as the standard has it).
      assert.equal(addressAttr, url('/demo/article.html'));
      assert.ok([JSON.stringify(addressAttr), 'attr(data-address)'].includes(address), address);
      assert.equal(onScreen.address, 'none');
    });

    it('reads the article aloud from where the reader is, marking what it reads, pausing, and silent once closed', async () => {
      await driver.goto(url('/demo/article.html'));
      await open();
      // What is read aloud, as the view shows it: `order` is the marked
      // block's place among the view's elements.
      const reading = () => driver.inShadow('lucid-reader-view', (root) => {
        const listen = root.querySelector('.listen');
        const marked = [...root.querySelectorAll('[data-reading]')];
        const box = listen.getBoundingClientRect();
        const block = marked.length === 1 ? marked[0] : null;
        const paragraphs = [...root.querySelectorAll('.content p')];
        return {
          shown: !listen.hidden && box.width > 0,
          pressed: listen.getAttribute('aria-pressed'),
          button: [box.x + box.width / 2, box.y + box.height / 2],
          marks: marked.length,
          order: block && [...root.querySelectorAll('*')].indexOf(block),
          what: block && (block.matches('.title') ? 'headline' : `paragraph ${paragraphs.indexOf(block)}`),
          inSight: block !== null && block.getBoundingClientRect().top >= 0
            && block.getBoundingClientRect().bottom <= innerHeight,
        };
      });
      const speaking = () => driver.evaluate(() => speechSynthesis.speaking);
      // A real click: the browsers speak only after the reader has acted.
      const clickListen = async () => driver.click(...(await reading()).button);
      const until = (what, check, timeout = 10_000) => waitFor(async () => {
        const now = await reading();
        return check(now) && now;
      }, { what, timeout });

      // The browser lists its voices when first asked, after the view.
      await until("the Listen button (speech-dispatcher's voices)", (r) => r.shown, 20_000);
      // Twice as fast, for the test to wait less; the voice gets it.
      await driver.inShadow('lucid-reader-view', (root) => {
        root.querySelector('.appearance').click();
        root.querySelector('[data-setting="rate"][data-value="2"]').click();
        root.querySelector('.appearance').click();
        return true;
      });
      await clickListen();
      const first = await until('a block marked as read', (r) => r.marks === 1);
      assert.equal(first.pressed, 'true');
      assert.equal(first.what, 'headline', 'from the top of the view');
      // On through the article as each block is spoken, in order.
      await until('the reading to reach the second paragraph',
        (r) => r.order > first.order && r.what === 'paragraph 1', 60_000);
      assert.equal(await speaking(), true);

      // Paused: the voice stops, the mark stays.
      await clickListen();
      const paused = await until('the pause', (r) => r.pressed === 'false');
      await waitFor(async () => !(await speaking()), { what: 'the voice to stop' });
      await new Promise((resolve) => { setTimeout(resolve, 1000); });
      assert.equal((await reading()).order, paused.order);
      assert.equal((await reading()).marks, 1);

      // Closed, then opened again: silent, nothing marked, until asked.
      await driver.press('Escape');
      await waitFor(async () => !(await hasView(driver)), { what: 'Esc to close the view' });
      assert.equal(await speaking(), false);
      await open();
      const again = await until('the Listen button', (r) => r.shown);
      assert.equal(again.marks, 0);
      assert.equal(again.pressed, 'false');
      assert.equal(await speaking(), false);

      // From where the reader is: scrolled to the fifth paragraph, the
      // reading starts there.
      await driver.inShadow('lucid-reader-view', (root) => {
        root.querySelectorAll('.content p')[4].scrollIntoView({ block: 'start' });
        return true;
      });
      await clickListen();
      const there = await until('a block marked as read', (r) => r.marks === 1);
      assert.equal(there.what, 'paragraph 4');
      assert.ok(there.inSight);
      await driver.screenshot(join(shots, 'demo-reader-listening.png'));
      // The reader looks back up meanwhile: the next block read is
      // brought into sight.
      await driver.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await until('the next paragraph read, in sight', (r) => r.what === 'paragraph 5' && r.inSight, 60_000);
      await close();
      await waitFor(async () => !(await speaking()), { what: 'the voice to stop with the view' });
    });

    it('follows a note and back within the view, leaving the page\'s address and history alone', async () => {
      await driver.goto(url('/footnotes.html'));
      const address = () => driver.evaluate(() => ({
        url: location.href, history: history.length, hashChanges: window.hashChanges,
      }));
      const before = await address();
      await open();
      // A click on an in-article link, and where its target then is: the
      // top of the window is 0.
      const follow = async (href) => {
        await driver.inShadow('lucid-reader-view', (root, link) => {
          root.querySelector(`.content a[href="${link}"]`).click();
          return true;
        }, href);
        await driver.evaluate(async () => {
          for (let i = 0; i < 3; i += 1) await new Promise((resolve) => { requestAnimationFrame(resolve); });
        });
        return driver.inShadow('lucid-reader-view', (root, link) => {
          const target = root.getElementById(link.slice(1));
          const box = target.getBoundingClientRect();
          return {
            top: Math.round(box.top),
            shown: box.top >= 0 && box.bottom <= window.innerHeight,
            scrollY: window.scrollY,
            text: target.textContent,
            focused: root.activeElement === target || target.contains(root.activeElement),
          };
        }, href);
      };
      // The note is at the article's end: the window scrolls down to it as
      // far as it can.
      const note = await follow('#lucid-fn1');
      assert.ok(note.text.includes(FOOTNOTE), note.text);
      assert.ok(note.shown && note.scrollY > 0, `the note is at ${note.top}px, the window at ${note.scrollY}px`);
      assert.ok(note.focused, 'focus moved to the note');
      // The reference is in the first paragraph, at the top of the window.
      const back = await follow('#lucid-ref1');
      assert.ok(back.top >= 0 && back.top < 100, `the reference is at ${back.top}px`);
      assert.ok(back.scrollY < note.scrollY);
      // A link to a place the view does not hold is no link there: it
      // reads as the words around it.
      const elsewhere = await driver.inShadow('lucid-reader-view', (root, words) => {
        const link = [...root.querySelectorAll('.content a')].find((a) => a.textContent === words);
        const [style, around] = [getComputedStyle(link), getComputedStyle(link.parentElement)];
        return { href: link.getAttribute('href'), color: style.color === around.color, line: style.textDecorationLine };
      }, ELSEWHERE_LINK);
      assert.deepEqual(elsewhere, { href: null, color: true, line: 'none' });
      assert.deepEqual(await address(), before);
      await close();
      assert.deepEqual(await address(), before);
    });

    it('opens again at the reader\'s place in the same article, and at the top of a changed one', async () => {
      await driver.goto(url('/demo/article.html'));
      await open();
      const place = 1500;
      await waitFor(async () => {
        await driver.evaluate((y) => window.scrollTo(0, y), place);
        return (await restingScroll(driver)) === place;
      }, { what: `the view to rest at ${place}` });
      await close();
      assert.equal(await restingScroll(driver), 0, 'the page is back where it was');
      await open();
      assert.equal(await restingScroll(driver), place, 'the view opens where the reader left it');
      await close();
      // The page's article has changed since: a new reading, from the top.
      await driver.evaluate(() => {
        const more = document.createElement('p');
        more.textContent = 'Update: coalition officials confirmed the strike in a second statement on Monday.';
        document.querySelector('.article-body').append(more);
      });
      await open();
      assert.equal(await restingScroll(driver), 0, 'a changed article opens at its top');
      assert.match((await view()).content, /second statement on Monday/);
      await close();
    });

    it('gives the same view where the page\'s CSP forbids wasm (the background engine)', async () => {
      await driver.goto(url('/demo/article.html'));
      await open();
      const allowed = await view();
      await close();
      await driver.goto(url('/demo/article-csp.html'));
      await open();
      const forbidden = await view();
      assert.deepEqual({ ...forbidden, original: null }, { ...allowed, original: null });
      await close();
    });

    it('shows a streamed story whose page scripts are blocked, in place of its loading placeholder', async () => {
      await driver.goto(url('/streamed.html'));
      const hiddenBefore = await driver.evaluate(() => document.getElementById('S:0').hidden);
      await open();
      const shown = await view();
      assert.deepEqual(shown.paragraphs.map(squash), [...PARAGRAPHS, SIGNOFF].map(squash));
      assert.ok(!shown.content.includes(STREAMING_FALLBACK), 'the placeholder is not shown');
      await close();
      assert.deepEqual(
        await driver.evaluate(() => [document.getElementById('S:0').hidden, document.querySelector('.skeleton')?.textContent]),
        [hiddenBefore, STREAMING_FALLBACK],
        'the page is as it was',
      );
    });

    it('keeps ads appended by page scripts out of the view and out of sight, where the page put them', async () => {
      await driver.goto(url('/ads.html'));
      await waitFor(() => driver.evaluate(() => document.querySelectorAll('.injected-ad').length >= 3), { what: 'ads' });
      const before = await driver.evaluate(() => document.querySelectorAll('.injected-ad').length);
      await open();
      await new Promise((resolve) => setTimeout(resolve, 1200));
      // What is on screen, from the page's own point of view: the view's
      // host, over the whole viewport, and nothing of the page.
      const during = await driver.evaluate(() => ({
        atCorners: [[5, 5], [innerWidth - 30, innerHeight - 5]].map(([x, y]) => document.elementFromPoint(x, y)?.localName),
        visibleAds: [...document.querySelectorAll('.injected-ad')].filter((ad) => ad.checkVisibility() && ad.getBoundingClientRect().height > 0).length,
        bodyHeight: document.body.getBoundingClientRect().height,
        ads: document.querySelectorAll('.injected-ad').length,
      }));
      assert.deepEqual(during.atCorners, ['lucid-reader-view', 'lucid-reader-view']);
      assert.equal(during.visibleAds, 0);
      assert.equal(during.bodyHeight, 0, 'the page\'s body takes no room');
      assert.ok(during.ads >= before + 8, `the page's script kept adding ads (${before}, then ${during.ads})`);
      const shown = await view();
      assert.ok(!shown.content.includes(AD_TEXT.slice(0, 20)));
      for (const paragraph of PARAGRAPHS) assert.ok(squash(shown.content).includes(squash(paragraph)));
      await close();
      // Every fifth went to <html> itself, the others to <body>.
      const placed = await driver.evaluate(() => [...document.querySelectorAll('.injected-ad')].every((ad) => {
        const n = Number(ad.textContent.split('#')[1]);
        return ad.parentElement === (n % 5 === 0 ? document.documentElement : document.body)
          && ad.checkVisibility() && ad.getBoundingClientRect().height > 0;
      }));
      assert.ok(placed, 'the ads are where the page put them, and shown again');
    });

    it('restores typed form fields, focus, scroll position and the page\'s own nodes; pauses media, and resumes it', async () => {
      await driver.goto(url('/form.html'));
      await driver.type('#name', 'Ada Lovelace');
      await driver.type('#comment', 'Typed before opening the reader.');
      await driver.evaluate(() => {
        document.querySelector('#topic').value = 'praise';
        document.querySelector('#notify').checked = true;
        window.lucidTestForm = document.querySelector('form');
      });
      const playing = await driver.evaluate(async () => {
        const player = document.querySelector('#player');
        window.lucidTestPlayer = player;
        player.muted = true;
        await player.play();
        return !player.paused;
      });
      assert.ok(playing, 'the page plays its audio');
      // The reader scrolls up a little, once the field's own scrolling is
      // over: it is where they are when they open the view.
      const scrollY = 1500;
      await waitFor(async () => {
        await restingScroll(driver);
        await driver.evaluate((y) => window.scrollTo(0, y), scrollY);
        return (await restingScroll(driver)) === scrollY;
      }, { what: `the page to rest at ${scrollY}` });

      await open();
      const shown = await view();
      for (const paragraph of PARAGRAPHS) assert.ok(squash(shown.content).includes(squash(paragraph)));
      const color = await driver.inShadow('lucid-reader-view', (root) => getComputedStyle(root.querySelector('.content p')).color);
      assert.notEqual(color, 'rgb(255, 0, 0)', 'the page\'s stylesheet does not reach the view');
      assert.equal(await driver.evaluate(() => window.lucidTestPlayer.paused), true, 'the view pauses it');

      await driver.press('Escape');
      await waitFor(async () => !(await hasView(driver)), { what: 'Esc to close the view' });
      const after = await driver.evaluate(() => ({
        name: document.querySelector('#name').value,
        comment: document.querySelector('#comment').value,
        topic: document.querySelector('#topic').value,
        notify: document.querySelector('#notify').checked,
        sameForm: document.querySelector('form') === window.lucidTestForm,
        focused: document.activeElement?.id,
        paused: document.querySelector('#player').paused,
      }));
      assert.deepEqual(after, {
        name: 'Ada Lovelace',
        comment: 'Typed before opening the reader.',
        topic: 'praise',
        notify: true,
        sameForm: true,
        focused: 'comment',
        paused: false,
      });
      // The page's stylesheet is back (and with it the page's height).
      await waitFor(() => driver.evaluate((y) => window.scrollY === y, scrollY), { what: `scroll position ${scrollY}`, timeout: 3000 });
    });

    it('shows the article\'s own headline, not the title written for sharing with the site\'s name', async () => {
      await driver.goto(url('/shared-title.html'));
      await open();
      const shown = await view();
      assert.equal(shown.site, 'Valley Courier');
      assert.equal(shown.title, TITLE);
      assert.ok(!squash(shown.content).startsWith(TITLE), 'the article does not repeat the title');
      // The day, formatted as every date is, not the value as given.
      assert.match(shown.meta, /2021/);
      assert.ok(!shown.meta.includes('2021-04-08'), `date formatted: ${shown.meta}`);
      await close();
    });

    it('shows a thread\'s title once: not again as its first post\'s subject, nor as each reply\'s', async () => {
      await driver.goto(url('/thread.html'));
      await open();
      const shown = await view();
      assert.equal(shown.title, TITLE);
      const content = squash(shown.content);
      assert.ok(!content.includes(squash(TITLE)), `the title is not in the article: ${content.slice(0, 120)}`);
      assert.ok(content.startsWith(squash(PARAGRAPHS[0])), `the view starts with the first post: ${content.slice(0, 120)}`);
      for (const paragraph of PARAGRAPHS.slice(1, 3)) assert.ok(content.includes(squash(paragraph)), paragraph);
      await close();
    });

    it('reads a 2004 news page set in a table: its site, byline and date in the header, its paragraphs and not its columns', async () => {
      await driver.goto(url('/table-layout.html'));
      await open();
      const shown = await view();
      assert.equal(shown.site, 'Valley Courier');
      assert.equal(shown.title, TITLE);
      assert.match(shown.meta, /Ines Calloway/);
      assert.match(shown.meta, /2004/);
      const content = squash(shown.content);
      assert.ok(content.startsWith(squash(PARAGRAPHS[0])), `the view starts with the article: ${content.slice(0, 120)}`);
      for (const paragraph of PARAGRAPHS) assert.ok(content.includes(squash(paragraph)), paragraph);
      for (const clutter of ['Sections', 'Business', 'Advertisement', 'E-mail this story', 'Copyright']) {
        assert.ok(!shown.content.includes(clutter), `no "${clutter}"`);
      }
      await driver.screenshot(join(shots, 'table-layout-reader.png'));
      await close();
    });

    it('reads a Korean news page: its site, headline once, byline, date and reading time, its paragraphs and not its ads or related news', async () => {
      await driver.goto(url('/korean-news.html'));
      await open();
      const shown = await view();
      assert.equal(shown.site, '한빛일보');
      assert.equal(shown.title, '신형 로켓 발사 성공… 우주 개발 탄력');
      assert.match(shown.meta, /홍길동 기자/);
      assert.match(shown.meta, /2026/);
      assert.match(shown.meta, /1 min read/);
      const content = squash(shown.content);
      assert.ok(!content.includes(squash(shown.title)), 'the headline is shown once');
      assert.ok(content.includes('우주항공연구원은 3일 오전'), 'the first paragraph');
      assert.ok(content.includes('다만 1호기 개발은'), 'the last paragraph');
      for (const clutter of ['광고', '관련기사', '달 탐사 로버', '많이 본 뉴스']) {
        assert.ok(!shown.content.includes(clutter), `no "${clutter}"`);
      }
      // Lines break between Korean words, not inside them.
      const wordBreak = await driver.inShadow('lucid-reader-view', (root) => getComputedStyle(root.querySelector('.page p')).wordBreak);
      assert.equal(wordBreak, 'keep-all');
      await driver.screenshot(join(shots, 'korean-news-reader.png'));
      await close();
    });

    it('reads an article built by script inside shadow roots (open, and closed)', async () => {
      await driver.goto(url('/shadow.html'));
      await waitFor(() => driver.evaluate(() => document.querySelector('story-view')?.shadowRoot !== null));
      await open();
      const shown = await view();
      assert.equal(shown.title, TITLE);
      for (const paragraph of PARAGRAPHS) assert.ok(squash(shown.content).includes(squash(paragraph)));
      assert.match(`${shown.meta} ${shown.content}`, /Ines Calloway/, 'the slotted byline is read');
      await close();
    });

    it('writes a small page for the engine with the browser\'s serializer, as its own walk does', async () => {
      await driver.goto(url('/serialize.html'));
      const source = await readFile(join(ROOT, 'extension/dom-html.js'), 'utf8');
      // In the page's world, where the same code runs as in the extension's.
      const written = await driver.evaluate(async (code) => {
        (0, eval)(code);
        const native = await LucidDom.pageHtml(document);
        const walked = await LucidDom.pageHtml(document, { native: false });
        return { native: native.html, walked: walked.html, media: [native.media.length, walked.media.length] };
      }, source);
      assert.equal(written.native, written.walked);
      assert.deepEqual(written.media, [1, 1]);
      assert.match(written.native, /<noscript><img src="\/photo.jpg" alt="A photo"><\/noscript>/);
      assert.match(written.native, /<template><\/template>/, 'a template is kept, without its contents');
      assert.match(written.native, /<!--\$--><p>Streamed.<\/p><!--\/\$-->/, 'a streamed boundary\'s comments are kept');
      assert.match(written.native, /application\/ld\+json/);
      assert.doesNotMatch(written.native, /code, not content|Never shown|maroon|a comment/);
      // A page whose scripts are switched off holds a <noscript>'s markup as
      // elements (a DOMParser's document runs none either): written as markup.
      const scriptless = await driver.evaluate(async () => {
        const doc = new DOMParser().parseFromString(
          '<main><noscript><div class="post"><p>Posted <b>first</b>.</p></div></noscript></main>',
          'text/html',
        );
        return [(await LucidDom.pageHtml(doc)).html, (await LucidDom.pageHtml(doc, { native: false })).html];
      });
      for (const html of scriptless) {
        assert.match(html, /<noscript><div class="post"><p>Posted <b>first<\/b>.<\/p><\/div><\/noscript>/);
      }
      // What the stylesheet hides is marked so; the page's own `hidden` is kept as it is.
      assert.match(written.native, /<p class="narrow" id="narrow-only" data-lucid-hidden="">/);
      assert.match(written.native, /<p hidden="until-found">Found.<\/p>/);
      assert.deepEqual(
        await driver.evaluate(() => [document.querySelectorAll('[data-lucid-hidden]').length, document.querySelectorAll('[hidden]').length]),
        [0, 1],
        'the page itself is unchanged',
      );
      // The extension itself writes it so: its timings say which way.
      await driver.evaluate(() => document.addEventListener('lucid-reader-timing', (event) => {
        window.lucidTestTiming = JSON.parse(event.detail);
      }));
      await driver.clickAction();
      const timing = await waitFor(() => driver.evaluate(() => window.lucidTestTiming ?? null), {
        what: 'the opening\'s timings',
      });
      assert.equal(timing.writer, 'browser');
      if (await hasView(driver)) await close();
    });

    it('shows a page written for two screen sizes once, and what its stylesheet folds away', async () => {
      await driver.goto(url('/style-hidden.html'));
      const before = await pageState();
      await open();
      const content = squash((await view()).content);
      for (const paragraph of PARAGRAPHS) {
        assert.equal(content.split(squash(paragraph)).length - 1, 1, `shown once: ${paragraph.slice(0, 60)}…`);
      }
      assert.ok(!content.includes(TITLE), 'the hidden copy\'s headline is not in the article');
      const h = STYLE_HIDDEN;
      for (const shown of [h.question, h.answer, h.question2, h.answer2, h.details, h.details2, h.revealed]) {
        assert.ok(content.includes(squash(shown)), `the view lacks: ${shown}`);
      }
      await close();
      assert.deepEqual(await pageState(), before, 'the page is as it was, with no mark left on it');
    });

    it('sets a summary\'s words on the line of its marker, where a paragraph or a boxed heading holds them', async () => {
      await driver.goto(url('/style-hidden.html'));
      await open();
      const summaries = await driver.inShadow('lucid-reader-view', (root) =>
        [...root.querySelectorAll('.content summary')].map((summary) => ({
          words: summary.textContent.trim(),
          summary: summary.getBoundingClientRect().height,
          line: summary.querySelector('p, h3').getClientRects()[0].height,
        })));
      assert.equal(summaries.length, 2, JSON.stringify(summaries));
      for (const { words, summary, line } of summaries) {
        assert.ok(summary < 1.5 * line, `"${words}": a summary of ${summary}px for a line of ${line}px`);
      }
      await close();
    });

    it('shows a section front as its list of headlines, with their links and without the site menus', async () => {
      await driver.goto(url('/playground/samples/section-front.html'));
      await open();
      const shown = await driver.inShadow('lucid-reader-view', (root) => {
        const content = root.querySelector('.content');
        return {
          text: content.textContent,
          links: [...content.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        };
      });
      assert.match(shown.text, /Coalition talks stall after a second round of negotiations/);
      assert.match(shown.text, /Election commission publishes the final count/);
      for (const menu of ['Business', 'Opinion', 'About us', 'Privacy']) {
        assert.ok(!shown.text.includes(menu), `the site's menu entry ${menu} is in the view`);
      }
      const stories = shown.links.filter((href) => /\/world\/2024\/06\//.test(href ?? ''));
      assert.ok(stories.length >= 5, `headline links: ${JSON.stringify(shown.links)}`);
      await driver.evaluate(() => window.scrollTo(0, 0));
      await driver.screenshot(join(shots, 'section-front-reader.png'));
      await close();
    });

    it('shows a notice on a page that is not an article, and leaves the page alone', async () => {
      await driver.goto(url('/playground/samples/login.html'));
      await driver.type('#email', 'ada@example.com');
      const before = await driver.evaluate(() => document.body.outerHTML);
      await driver.clickAction();
      // After the progress notice, the one that says why there is no view.
      const notice = await waitFor(async () => {
        const text = await driver.inShadow('lucid-reader-notice', (root) => root.textContent);
        return /doesn.t look like an article/.test(text ?? '') && text;
      }, { what: 'the notice' });
      assert.match(notice, /^Lucid Reader: This page/);
      const after = await driver.evaluate(() => ({
        body: document.body.outerHTML,
        view: document.querySelector('lucid-reader-view') !== null,
        email: document.querySelector('#email').value,
      }));
      assert.deepEqual(after, { body: before, view: false, email: 'ada@example.com' });
      // After the comparison: Playwright hides the text caret for a
      // screenshot by setting inline styles on the inputs.
      await driver.screenshot(join(shots, 'login-notice.png'));
    });

    it('leaves the page as it started after 20 toggles in a row', async () => {
      await driver.goto(url('/form.html'));
      await driver.evaluate(() => {
        window.lucidTestBody = document.body;
        window.scrollTo(0, 700);
      });
      const start = await pageState();
      for (let i = 0; i < 20; i++) {
        const opening = i % 2 === 0;
        await driver.clickAction();
        await waitFor(async () => (await hasView(driver)) === opening, { what: `toggle ${i + 1}` });
      }
      await waitFor(() => driver.evaluate((y) => window.scrollY === y, start.scrollY), { what: 'the scroll position', timeout: 3000 });
      assert.deepEqual(await pageState(), { ...start, sameBody: true });
    });
  });
}
