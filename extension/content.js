// The reader view on the live page. background.js injects this once per page
// (after the wasm glue, dom-html.js and view.js), calls `lucidReader.toggle()`
// on each click of the toolbar button or shortcut, and inserts page.css
// after the first.
//
// Opening reads the page, runs the engine and builds the view, with a
// progress notice shown first; then it adds the view's host element to
// <html>, which page.css takes as the sign to hide everything else beside
// <head>, and to give <html> none of the page's styles. The page's nodes
// never move: its frames stay loaded, its form fields, listeners, scripts'
// state and inner scroll positions are as they were. Closing removes the
// host and puts back what the view changed (the page's stylesheets, the
// scroll position, focus, selection, and the media it paused). Everything
// that can fail happens before the page is touched.
//
// Page scripts keep running meanwhile, in their own world: their globals and
// prototypes (Array.prototype.push, JSON, Node.prototype.appendChild, ...)
// are not the ones this script sees, in Chromium (isolated worlds) as in
// Firefox (Xray vision). The DOM is shared, though, so the view guards
// itself against what they do to it; see guard().
//
// `var`, read before it is set: a second injection keeps the first
// controller (the content scripts share one global scope).
// eslint-disable-next-line no-var
var lucidReader = lucidReader ?? (() => {
  'use strict';

  const api = globalThis.browser ?? globalThis.chrome;
  const WASM = 'wasm/lucid_reader_bg.wasm';
  const SETTINGS_KEY = 'settings';
  const READING = 'reading this page\u2026';
  const FINDING = 'finding the article\u2026';
  const NOT_AN_ARTICLE = 'This page doesn\u2019t look like an article, so there is no reader view for it.';
  const FAILED = 'Something went wrong reading this page; it is unchanged.';
  const FOUGHT = 'This page keeps removing the reader view, so it is closed.';
  // Pages whose HTML is longer than this (in characters) go to the engine in
  // the background: it can take up to a second per megabyte of a dense
  // page, and there it does not freeze the tab.
  const LOCAL_LIMIT = 1_000_000;
  // Pages with more elements than this get their progress notice painted
  // before the work starts (see open()).
  const BIG_PAGE = 10_000;
  // How often the view puts back what a page script undid (see guard())
  // before the page's thread gets to run anything else: a page whose
  // mutation observer removes whatever is added would otherwise keep both
  // at it forever, and the tab frozen. Pages that restyle <html> on every
  // scroll event undo the view once per event, never this often.
  const REPAIRS_IN_A_ROW = 20;
  // How long a closing keeps the page's window where the reader was, while
  // the page gets its layout back (see restoreScroll()).
  const SCROLL_RESTORE_MS = 1500;
  // What the reader does in the view, which the page's listeners do not
  // hear (see listen()).
  const READERS_EVENTS = [
    'click', 'auxclick', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
    'touchstart', 'touchend', 'contextmenu', 'selectstart', 'dragstart',
    'copy', 'cut', 'keydown', 'keyup', 'keypress', 'wheel',
  ];

  // page.css, which the background inserts after the first toggle (see
  // there): the view waits for it.
  let stylesIn;
  const styled = new Promise((resolve) => {
    stylesIn = resolve;
  });

  let opening = null; // AbortController of the opening under way.
  let mounted = null; // The open view's state, see mount().
  let notice = null;
  let scrolling = null; // The last restoreScroll(): its AbortController, and where it scrolls to.
  // The view last closed, and the reader's place in it (see kept()).
  let lastReading = null;

  // When this script was injected into the page (for the first opening's
  // timings, see report()).
  let injected = performance.now();

  // Opening returns once its progress notice is on screen, and goes on: a
  // click while the page is being read cancels the reading.
  function toggle() {
    if (opening) {
      opening.abort();
      return 'cancelled';
    }
    if (mounted) {
      unmount(mounted);
      return 'closed';
    }
    const run = new AbortController();
    opening = run;
    let noticed;
    const shown = new Promise((resolve) => {
      noticed = resolve;
    });
    open(run.signal, noticed)
      .catch((error) => {
        if (run.signal.aborted) {
          hideNotice();
          return;
        }
        console.error('Lucid Reader:', error);
        showNotice(FAILED);
      })
      .finally(() => {
        noticed();
        if (opening === run) opening = null;
      });
    return shown.then(() => 'opening');
  }

  async function open(signal, noticed) {
    if (!document.documentElement) {
      // Nothing to read: the page took its whole document away (some do,
      // served from an address not their own). showNotice says nothing on
      // a document that document.open() emptied, being written again.
      showNotice(NOT_AN_ARTICLE);
      return;
    }
    const start = performance.now();
    const time = { injected, start };
    injected = null;
    const settings = loadSettings();
    const css = stylesheet();
    // Feedback: a progress notice. It fades in only after a moment (see
    // reader.css), so a quick page shows no flash. On a big page it is
    // painted before the work starts, and before the background adds
    // page.css (after this returns), as restyling a big page takes a
    // moment. A small page is done long before the notice would fade in:
    // frames waited for would only delay the view, and the engine is made
    // ready meanwhile. It is read before the notice goes on it, too:
    // reading asks for the page's styles, and the notice, a child of <html>
    // where page.css looks for the view, has Firefox restyle the whole page
    // first (a tenth of a warm opening).
    const big = document.getElementsByTagName('*').length > BIG_PAGE;
    const readPage = (onProgress) => {
      time.serialize = performance.now();
      return LucidDom.pageHtml(document, { signal, onProgress });
    };
    if (!big) canRunHere();
    let page = big ? null : await readPage();
    const progress = showNotice(READING, { css, progress: true });
    if (big) await nextPaint();
    noticed();
    signal.throwIfAborted();

    page ??= await readPage((share) => progress.say(`${READING} ${Math.round(share * 100)}%`));
    const { html, media, writer } = page;
    const read = performance.now();
    time.serialized = read;
    time.writer = writer;
    progress.say(FINDING);
    if (big) await nextPaint();
    signal.throwIfAborted();
    const { article, where } = await extract(html, location.href, signal, time);
    signal.throwIfAborted();
    const found = performance.now();

    if (!article.readerable) {
      showNotice(NOT_AN_ARTICLE, { css: await css });
      time.notice = true;
      nextPaint().then(() => report(time));
      return;
    }
    time.render = performance.now();
    const now = { url: location.href, content: article.content, settings: await settings };
    const again = kept(now);
    const reading = again ?? { ...now, view: null, place: null };
    const view = again?.view ?? LucidView.create(article, {
      url: location.href,
      css: await abortable(css, signal),
      settings: reading.settings,
      onClose: () => {
        if (mounted) unmount(mounted);
      },
      onSettings: (next) => {
        themeDocument(view);
        reading.settings = next;
        api.storage.local.set({ [SETTINGS_KEY]: next }).catch((e) => console.warn('Lucid Reader:', e));
      },
    });
    reading.view = view;
    time.built = performance.now();
    await abortable(styled, signal);
    time.styled = performance.now();
    mount(view, media, reading, again?.place);
    hideNotice();
    const done = performance.now();
    time.mounted = done;
    time.where = where;
    time.length = html.length;
    // Not awaited: the opening is over, a click now closes the view.
    nextPaint().then(() => report(time));
    if (done - start > 1000) {
      // For whoever wonders why a huge page took its time.
      const ms = (t) => Math.round(t);
      console.info(`Lucid Reader: read ${(html.length / 1e6).toFixed(1)} MB of page in ${ms(read - start)} ms, `
        + `found the article in ${ms(found - read)} ms (${where}), showed it in ${ms(done - found)} ms`);
    }
  }

  // The promise's result, or the abort's reason, whichever comes first.
  const abortable = (promise, signal) => new Promise((resolve, reject) => {
    signal.throwIfAborted();
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });

  // The timings of an opening, for scripts/bench-browser: performance.now()
  // at each step (the page's clock: add performance.timeOrigin for epoch
  // milliseconds), sent as a JSON string in a `lucid-reader-timing` event on
  // the document, which the page's world can listen to. Cheap and silent:
  // one event, once the view is painted (after a frame's callbacks and the
  // task after them), nothing to hear unless something listens for it.
  //   injected   this script ran (first opening in the page only, else null)
  //   start      the opening starts (toggle())
  //   serialize, serialized   the page read into HTML (dom-html.js), by
  //              `writer`: 'browser' (its own serializer) or 'walk'
  //   engine, ready   the engine asked for and ready (cold: the wasm
  //              fetched, compiled and instantiated; compile.start/end)
  //   parsed, extracted   the engine's two halves (here only)
  //   render, built, styled, mounted   the view built, page.css in (see
  //              setStyled()), the view put on the page
  //   painted    a frame painted with the view in it
  function report(time) {
    time.painted = performance.now();
    time.origin = performance.timeOrigin;
    time.compile = compileTimes;
    document.dispatchEvent(new CustomEvent('lucid-reader-timing', { detail: JSON.stringify(time) }));
  }

  // Resolves once a frame has been painted with what is in the DOM now (or
  // at once in a hidden tab, which paints no frames).
  const nextPaint = () => new Promise((resolve) => {
    if (document.visibilityState === 'hidden') resolve();
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });

  // --- The engine: in the content script where the page allows wasm and is
  // small, else in the background, which runs the same module.

  let localEngine = null; // Promise<boolean>: is wasm usable here?
  let compileTimes = null; // {start, end} of the wasm's fetch and instantiation.

  function canRunHere() {
    localEngine ??= (async () => {
      try {
        compileTimes = { start: performance.now(), end: null };
        // Compiled as it streams in (WebAssembly.instantiateStreaming).
        await wasm_bindgen({ module_or_path: fetch(api.runtime.getURL(WASM)) });
        compileTimes.end = performance.now();
        return true;
      } catch (error) {
        // Chromium refuses to compile wasm in a content script on a page
        // whose CSP has script-src without 'wasm-unsafe-eval'.
        console.info('Lucid Reader: using the background engine on this page:', error.message);
        return false;
      }
    })();
    return localEngine;
  }

  async function extract(html, url, signal, time) {
    time.engine = performance.now();
    if (html.length <= LOCAL_LIMIT && await canRunHere()) {
      time.ready = performance.now();
      const page = wasm_bindgen.parse(new TextEncoder().encode(html));
      time.parsed = performance.now();
      const article = wasm_bindgen.extractFrom(page, url);
      time.extracted = performance.now();
      return { article, where: 'here' };
    }
    return { article: await extractInBackground(html, url, signal), where: 'in the background' };
  }

  // The page goes in parts over a port (Chrome caps a message at 64 MiB),
  // the article comes back the same way; see background.js.
  async function extractInBackground(html, url, signal) {
    const port = api.runtime.connect({ name: 'lucid:extract' });
    signal.addEventListener('abort', () => port.disconnect(), { once: true });
    const reply = new Promise((resolve, reject) => {
      const parts = [];
      port.onMessage.addListener((message) => {
        if (message.part !== undefined) {
          parts.push(message.part);
        } else {
          port.disconnect();
          if (message.error !== undefined) reject(new Error(`background engine: ${message.error}`));
          else resolve(JSON.parse(parts.join('')));
        }
      });
      port.onDisconnect.addListener(() => reject(new Error('background engine: disconnected')));
    });
    reply.catch(() => {}); // Awaited below, after sending.
    for (const part of LucidParts.split(html)) {
      port.postMessage({ part });
      await new Promise((resolve) => setTimeout(resolve, 0)); // Each takes a moment to serialize.
      signal.throwIfAborted();
    }
    port.postMessage({ end: true, url });
    return abortable(reply, signal);
  }

  let readerCss = null; // Promise<string>, fetched once per page.
  function stylesheet() {
    readerCss ??= fetch(api.runtime.getURL('reader.css')).then((r) => r.text());
    readerCss.catch(() => {
      readerCss = null; // Try again next time.
    });
    return readerCss;
  }

  async function loadSettings() {
    try {
      const stored = await api.storage.local.get(SETTINGS_KEY);
      return LucidView.normalizeSettings(stored[SETTINGS_KEY]);
    } catch {
      return LucidView.normalizeSettings(null);
    }
  }

  // --- Showing the view over the page, and back.
  //
  // The state of an open view: what to give back on close (`saved`), and
  // what it holds of the current document (`hold`), which a page that
  // replaces its document (document.open()) replaces with it.

  // The view closed last, if this opening shows the same: the same page,
  // article and settings. It is shown again as it was, at the reader's
  // place: closed to look at something in the page, the reader comes back
  // where they were. (A view built anew would lay out its pictures only as
  // they load, after it had scrolled.) Anything else is a new reading.
  function kept(now) {
    const last = lastReading;
    lastReading = null;
    const same = last && last.url === now.url && last.content === now.content
      && JSON.stringify(last.settings) === JSON.stringify(now.settings);
    return same ? last : null;
  }

  // `reading`: what the view shows (see open() and kept()), kept when it
  // closes; `place`, where to scroll it to: [x, y], or the top.
  function mount(view, media, reading, place = [0, 0]) {
    const state = {
      view,
      reading,
      saved: {
        // Opened again while the last close still scrolls the page back
        // (its full height a frame away), the view keeps where the reader
        // was, not where the page has got to.
        scroll: scrolling && !scrolling.controller.signal.aborted ? scrolling.to : [window.scrollX, window.scrollY],
        focus: document.activeElement,
        selection: saveSelection(),
      },
      paused: [],
      hold: null,
      listeners: null, // AbortController of this view's listeners.
      guard: new MutationObserver(() => guard(state)),
      repairs: 0, // Since the page's thread last ran a task.
    };
    scrolling?.controller.abort();
    try {
      for (const element of media) pause(state, element);
      takeOver(state);
      // The document, not <html>: document.open() replaces <html>. Text
      // too: a <style> whose text changes gets a new, enabled, sheet.
      state.guard.observe(document, { childList: true, subtree: true, characterData: true });
      window.scrollTo({ left: place[0], top: place[1], behavior: 'instant' });
      view.focus();
    } catch (error) {
      restore(state);
      throw error;
    }
    mounted = state;
  }

  // Puts the view into the document as it is now.
  function takeOver(state) {
    const root = document.documentElement;
    state.hold = { root, sheets: [] };
    disableSheets(state);
    root.append(state.view.host);
    themeDocument(state.view);
    listen(state);
  }

  // The page's stylesheets do not reach into the view or <html> (reader.css,
  // page.css), but their @font-face rules would replace the view's fonts,
  // and their @property rules its variables: all disabled while it is open,
  // those scripts add meanwhile too.
  function disableSheets(state) {
    const disable = (sheet) => {
      if (sheet && !sheet.disabled) {
        sheet.disabled = true;
        state.hold.sheets.push(sheet);
      }
    };
    for (const sheet of document.styleSheets) disable(sheet);
    try {
      for (const sheet of document.adoptedStyleSheets) disable(sheet);
    } catch {
      // Not readable from this world; nothing adopted in practice.
    }
  }

  function listen(state) {
    state.listeners?.abort();
    const listeners = new AbortController();
    state.listeners = listeners;
    const options = { capture: true, signal: listeners.signal };
    window.addEventListener('keydown', (event) => onKey(state, event), options);
    // What the reader does in the view stays in the view, after the view's
    // own listeners: the page under it, hidden, has no business with it.
    // Out there, a click would set off a "first click anywhere" pop-under,
    // a key a keyboard shortcut that may leave the page, a right click or a
    // selection the handlers that forbid them, a copy the script that adds
    // "Read more at..." to what is copied, and the wheel a page's own
    // scrolling, which cancels the view's. (The page's listeners that
    // capture on the way in still hear it; they are few.)
    const stop = (event) => event.stopPropagation();
    for (const type of READERS_EVENTS) {
      state.view.host.addEventListener(type, stop, { passive: true, signal: listeners.signal });
    }
    // A stylesheet <link> added while the view is open has a sheet only
    // once loaded; load events do not bubble, but they can be caught.
    document.addEventListener('load', (event) => {
      if (event.target.localName === 'link') disableSheets(state);
    }, options);
    // The page is out of sight: it does not get to start playing either.
    document.addEventListener('play', (event) => pause(state, event.target), options);
  }

  function pause(state, element) {
    if (!element.paused) {
      element.pause();
      state.paused.push(element);
    }
  }

  function unmount(state) {
    mounted = null;
    state.reading.place = [window.scrollX, window.scrollY];
    lastReading = state.reading;
    restore(state);
  }

  function restore(state) {
    state.guard.disconnect();
    state.listeners?.abort();
    state.view.silence();
    state.view.host.remove();
    const { hold, saved } = state;
    if (hold) release(hold);
    restoreScroll(...saved.scroll);
    if (saved.focus && saved.focus !== document.body && saved.focus.isConnected) {
      saved.focus.focus?.({ preventScroll: true });
    }
    // After the focus, which can move it.
    restoreSelection(saved.selection);
    // What the view paused plays on, unless the page has dropped it.
    for (const element of state.paused) {
      if (element.isConnected && element.paused) element.play().catch(() => {});
    }
  }

  function release(hold) {
    for (const sheet of hold.sheets) sheet.disabled = false;
    hold.sheets = [];
  }

  // A live range: it follows what the page's scripts change meanwhile. None
  // for a caret in a text field (Chromium shows it as a caret beside the
  // field): the field keeps its own, and focusing it gives it back, while
  // setting the document's selection there would take the caret out.
  function saveSelection() {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0).cloneRange();
    if (range.collapsed && typeof document.activeElement?.selectionStart === 'number') return null;
    const backward = !range.collapsed
      && selection.anchorNode === range.endContainer && selection.anchorOffset === range.endOffset;
    return { range, backward };
  }

  function restoreSelection(saved) {
    const selection = document.getSelection();
    if (!selection || !saved) return;
    const { range, backward } = saved;
    if (!range.startContainer.isConnected || !range.endContainer.isConnected) return;
    const start = [range.startContainer, range.startOffset];
    const end = [range.endContainer, range.endOffset];
    if (backward) selection.setBaseAndExtent(...end, ...start);
    else selection.setBaseAndExtent(...start, ...end);
  }

  // The page may take a moment to have its layout again: its full height
  // (a frame of layout, an image), and what its scripts size once it is
  // shown (a ResizeObserver; Firefox lays out what the view hid over a few
  // frames). Each step above the reader's place has the browser's scroll
  // anchoring move the window with the text, away from where they were. So
  // keep the window there for a little while, not only until it first
  // gets there, unless the reader starts scrolling themselves.
  function restoreScroll(x, y) {
    scrolling?.controller.abort();
    const controller = new AbortController();
    scrolling = { controller, to: [x, y] };
    const deadline = performance.now() + SCROLL_RESTORE_MS;
    const stop = () => controller.abort();
    for (const type of USER_INPUT) window.addEventListener(type, stop, { capture: true, passive: true, signal: controller.signal });
    const retry = () => {
      if (controller.signal.aborted) return;
      // Within a pixel is the same place (Firefox may leave a fraction).
      if (Math.abs(window.scrollY - y) >= 1 || Math.abs(window.scrollX - x) >= 1) {
        window.scrollTo({ left: x, top: y, behavior: 'instant' });
      }
      if (performance.now() > deadline) stop();
      else requestAnimationFrame(retry);
    };
    retry();
  }

  const USER_INPUT = ['wheel', 'keydown', 'pointerdown', 'touchstart'];

  // Page scripts keep running while the view is open, and share the DOM.
  // What they add to the page stays in the page, hidden, and what they set
  // on <html> has no effect until the view closes (page.css). What they do
  // to the view is undone:
  // - its host removed: put back;
  // - a stylesheet added: disabled like the others;
  // - the document replaced (document.open(), a new <html>): the view
  //   moves into the new one, which is the page from then on, and the
  //   listeners document.open() erased are added again.
  // A page that undoes the view again and again, at once (REPAIRS_IN_A_ROW),
  // wins: the view closes rather than fight it forever.
  // The view's inside is in a closed shadow root that page scripts cannot
  // reach, and what they set on its host element is overridden (reader.css).
  function guard(state) {
    const root = document.documentElement;
    let repairs = 0;
    if (root !== state.hold.root) {
      // What the view held of the old document goes back to it, whatever
      // the page does with it now.
      release(state.hold);
      if (!root) return; // Until the page writes its new document.
      takeOver(state);
      repairs += 1;
    }
    disableSheets(state);
    if (state.view.host.parentNode !== root) {
      root.append(state.view.host);
      repairs += 1;
    }
    if (repairs > 0 && tooManyRepairs(state, repairs)) {
      restore(state);
      if (mounted === state) mounted = null;
      showNotice(FOUGHT);
    }
  }

  // Two mutation observers undoing each other never leave the microtask
  // queue: a task that resets the count only runs once they stop.
  function tooManyRepairs(state, count) {
    if (state.repairs === 0) setTimeout(() => { state.repairs = 0; }, 0);
    state.repairs += count;
    return state.repairs > REPAIRS_IN_A_ROW;
  }

  function onKey(state, event) {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.stopPropagation();
    event.preventDefault();
    if (!state.view.escape() && mounted === state) unmount(state);
  }

  // The scrollbars and the canvas past the view's end take the view's
  // colour scheme (page.css).
  function themeDocument(view) {
    view.host.setAttribute('scheme', view.theme().colorScheme);
  }

  // --- Notices: the progress of an opening, a page without an article, an
  // error. One at a time, floating over the page, in its own isolated
  // element outside <body>; a message leaves by itself, progress when the
  // opening ends.

  function showNotice(message, { css = null, progress = false } = {}) {
    hideNotice();
    // A document without one (see open) is given a root for the notice
    // alone, taken away with it.
    const madeRoot = !document.documentElement && document.readyState !== 'loading'
      ? document.appendChild(document.createElement('html')) : null;
    const root = document.documentElement;
    if (!root) return { say() {} };
    const host = document.createElement('lucid-reader-notice');
    const shadow = host.attachShadow({ mode: 'closed' });
    const box = document.createElement('div');
    box.className = progress ? 'notice progress' : 'notice';
    box.setAttribute('role', 'status');
    const name = document.createElement('strong');
    name.textContent = 'Lucid Reader: ';
    const text = document.createTextNode(message);
    box.append(name, text);
    shadow.append(box);
    const shown = { host, madeRoot, timer: progress ? 0 : setTimeout(hideNotice, 6000) };
    if (!progress) host.addEventListener('click', hideNotice);
    notice = shown;
    // Styled once the stylesheet is there; plain text until then is fine.
    Promise.resolve(css ?? stylesheet())
      .then((cssText) => LucidView.adoptCss(shadow, cssText))
      .catch(() => {});
    root.append(host);
    return {
      say(next) {
        text.data = next;
      },
    };
  }

  function hideNotice() {
    if (!notice) return;
    clearTimeout(notice.timer);
    notice.host.remove();
    if (notice.madeRoot && !notice.madeRoot.hasChildNodes()) notice.madeRoot.remove();
    notice = null;
  }

  return {
    toggle,
    cancel() {
      opening?.abort();
    },
    // For the background, once page.css is in.
    styled: false,
    setStyled() {
      this.styled = true;
      stylesIn();
    },
  };
})();
