// The reader view on the live page. background.js injects this once per page
// (after the wasm glue, dom-html.js and view.js) and calls
// `lucidReader.toggle()` on each click of the toolbar button or shortcut.
//
// Opening puts the view in place of the page's <body>, in a fresh body, and
// keeps the page's own nodes, detached, in memory. Closing puts those very
// nodes back, so form fields, scripts' state and listeners are as they were;
// the scroll position and focus are restored. Everything that can fail
// (reading the page, the engine, building the view) happens before the page
// is touched.
//
// `var`, read before it is set: a second injection keeps the first
// controller (the content scripts share one global scope).
// eslint-disable-next-line no-var
var lucidReader = lucidReader ?? (() => {
  'use strict';

  const api = globalThis.browser ?? globalThis.chrome;
  const WASM = 'wasm/lucid_reader_bg.wasm';
  const SETTINGS_KEY = 'settings';
  const NOT_AN_ARTICLE = 'This page doesn\u2019t look like an article, so there is no reader view for it.';
  const FAILED = 'Something went wrong reading this page; it is unchanged.';

  let busy = false;
  let mounted = null; // The open view's state, see mount().
  let notice = null;

  async function toggle() {
    if (busy) return 'busy';
    if (mounted) {
      unmount();
      return 'closed';
    }
    busy = true;
    try {
      return await open();
    } catch (error) {
      console.error('Lucid Reader:', error);
      showNotice(FAILED);
      return 'error';
    } finally {
      busy = false;
    }
  }

  async function open() {
    const { html, media } = LucidDom.pageHtml(document);
    const [article, css, settings] = await Promise.all([
      extract(html, location.href), stylesheet(), loadSettings(),
    ]);
    if (!article.readerable) {
      showNotice(NOT_AN_ARTICLE, css);
      return 'not-article';
    }
    hideNotice();
    const view = LucidView.create(article, {
      url: location.href,
      css,
      settings,
      onClose: () => {
        if (mounted) unmount();
      },
      onSettings: (next) => {
        themeDocument(view);
        api.storage.local.set({ [SETTINGS_KEY]: next }).catch((e) => console.warn('Lucid Reader:', e));
      },
    });
    for (const element of media) {
      if (!element.paused) element.pause();
    }
    mount(view);
    return 'opened';
  }

  // --- The engine: in the content script where the page allows wasm, else
  // in the background, which runs the same module.

  let localEngine = null; // Promise<boolean>: is wasm usable here?

  function canRunHere() {
    localEngine ??= (async () => {
      try {
        const bytes = await fetch(api.runtime.getURL(WASM)).then((r) => r.arrayBuffer());
        await wasm_bindgen({ module_or_path: bytes });
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

  async function extract(html, url) {
    if (await canRunHere()) return wasm_bindgen.extract(new TextEncoder().encode(html), url);
    const reply = await api.runtime.sendMessage({ type: 'lucid:extract', html, url });
    if (!reply || reply.error) throw new Error(`background engine: ${reply?.error ?? 'no reply'}`);
    return reply.article;
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

  // --- Swapping the page for the view and back.
  //
  // The page's <head> stays in place with its stylesheets disabled rather
  // than detached: a detached <link> would load again when put back, and
  // the page would come back unstyled for a moment and too short to scroll
  // to where it was. Everything else under <html> (the body, and whatever
  // scripts put beside it) is detached and kept.

  function mount(view) {
    const root = document.documentElement;
    const pageHead = document.head;
    const nodes = [...root.childNodes].filter((node) => node !== pageHead);
    const follows = (node) => pageHead.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING;
    const index = pageHead ? nodes.findIndex(follows) : -1;
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    const body = document.createElement('body');
    body.style.setProperty('margin', '0', 'important');
    body.append(view.host);

    const state = {
      view,
      body,
      meta,
      pageHead,
      before: index < 0 ? nodes : nodes.slice(0, index),
      after: index < 0 ? [] : nodes.slice(index),
      pageBody: nodes.find((node) => node.localName === 'body') ?? null,
      sheets: [],
      scroll: [window.scrollX, window.scrollY],
      focus: document.activeElement,
      // Inline styles on <html> (scroll locks, backgrounds) would apply to
      // the view; null when it has none, and then it stays untouched.
      rootStyle: root.hasAttribute('style') ? root.style.cssText : null,
      strays: [],
      guard: new MutationObserver((records) => guard(state, records)),
      onKey: (event) => onKey(state, event),
    };

    try {
      for (const node of nodes) node.remove();
      for (const sheet of document.styleSheets) disableSheet(state, sheet);
      // First: the first color-scheme <meta> of a document is the one that counts.
      pageHead?.prepend(meta);
      root.append(body);
      if (state.rootStyle !== null) root.style.cssText = '';
      themeDocument(view, state);
      state.guard.observe(root, { childList: true, attributes: true, attributeFilter: ['style'] });
      if (pageHead) state.guard.observe(pageHead, { childList: true });
      state.guard.observe(body, { childList: true });
      window.addEventListener('keydown', state.onKey, true);
      window.scrollTo({ left: 0, top: 0, behavior: 'instant' });
      view.focus();
    } catch (error) {
      restore(state);
      throw error;
    }
    mounted = state;
  }

  function disableSheet(state, sheet) {
    if (sheet && !sheet.disabled) {
      sheet.disabled = true;
      state.sheets.push(sheet);
    }
  }

  function unmount() {
    const state = mounted;
    mounted = null;
    guard(state, state.guard.takeRecords());
    restore(state);
  }

  function restore(state) {
    state.guard.disconnect();
    window.removeEventListener('keydown', state.onKey, true);
    const root = document.documentElement;
    state.body.remove();
    state.meta.remove();
    for (const sheet of state.sheets) sheet.disabled = false;
    if (state.pageHead?.parentNode === root) state.pageHead.before(...state.before);
    else root.prepend(...state.before);
    root.append(...state.after, ...state.strays);
    if (state.rootStyle !== null) root.style.cssText = state.rootStyle;
    restoreScroll(...state.scroll);
    if (state.focus && state.focus !== document.body && state.focus.isConnected) {
      state.focus.focus?.({ preventScroll: true });
    }
  }

  // A stylesheet or image in the page's body may take a moment to be back,
  // and the page to have its full height again: keep scrolling to where the
  // reader was for a little while, unless they start scrolling themselves.
  function restoreScroll(x, y) {
    const deadline = performance.now() + 1500;
    const go = () => window.scrollTo({ left: x, top: y, behavior: 'instant' });
    const stop = () => {
      cancelAnimationFrame(frame);
      for (const type of USER_INPUT) window.removeEventListener(type, stop, true);
    };
    let frame = 0;
    const retry = () => {
      go();
      const there = Math.abs(window.scrollY - y) < 1 && Math.abs(window.scrollX - x) < 1;
      if (there || performance.now() > deadline) stop();
      else frame = requestAnimationFrame(retry);
    };
    for (const type of USER_INPUT) window.addEventListener(type, stop, { capture: true, passive: true });
    retry();
  }

  const USER_INPUT = ['wheel', 'keydown', 'pointerdown', 'touchstart'];

  // Page scripts keep running while the view is open. What they add to the
  // document goes where they meant it, into the page kept aside (and comes
  // back with it), never into the view; stylesheets they add are disabled
  // like the others; what they remove of the view is put back.
  function guard(state, records) {
    const { body, view, meta, pageHead, pageBody } = state;
    const root = document.documentElement;
    for (const record of records) {
      if (record.type === 'attributes') {
        // The page changed <html>'s inline style: keep its latest wish for
        // later, and the view unaffected now.
        if (root.style.cssText !== '') {
          state.rootStyle = root.style.cssText;
          root.style.cssText = '';
        }
        continue;
      }
      for (const node of record.addedNodes) {
        if (node === body || node === view.host || node === meta || node.parentNode !== record.target) continue;
        if (record.target === pageHead) {
          disableAddedSheet(state, node);
        } else if (pageBody) {
          pageBody.append(node);
        } else {
          node.remove();
          state.strays.push(node);
        }
      }
    }
    if (pageHead && meta.parentNode !== pageHead) pageHead.prepend(meta);
    if (body.parentNode !== root) root.append(body);
    if (view.host.parentNode !== body) body.append(view.host);
  }

  function disableAddedSheet(state, node) {
    if (node.localName === 'style') {
      disableSheet(state, node.sheet);
    } else if (node.localName === 'link' && /\bstylesheet\b/i.test(node.rel)) {
      if (node.sheet) disableSheet(state, node.sheet);
      else node.addEventListener('load', () => mounted === state && disableSheet(state, node.sheet), { once: true });
    }
  }

  function onKey(state, event) {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.stopPropagation();
    event.preventDefault();
    if (!state.view.escape() && mounted === state) unmount();
  }

  // The document around the view takes the view's colours: the canvas past
  // its end and the scrollbars.
  function themeDocument(view, state = mounted) {
    if (!state) return;
    const { colorScheme, background } = view.theme();
    state.meta.content = colorScheme;
    state.body.style.setProperty('background', background, 'important');
  }

  // --- The notice, for a page without an article or an error. It floats
  // over the page, in its own isolated element outside <body>, and leaves.

  function showNotice(message, cssText) {
    hideNotice();
    const host = document.createElement('lucid-reader-notice');
    const root = host.attachShadow({ mode: 'closed' });
    const box = document.createElement('div');
    box.className = 'notice';
    box.setAttribute('role', 'status');
    const name = document.createElement('strong');
    name.textContent = 'Lucid Reader: ';
    box.append(name, message);
    root.append(box);
    host.addEventListener('click', hideNotice);
    const shown = { host, timer: setTimeout(hideNotice, 6000) };
    notice = shown;
    // Styled once the stylesheet is there; plain text until then is fine.
    Promise.resolve(cssText ?? stylesheet())
      .then((text) => LucidView.adoptCss(root, text))
      .catch(() => {});
    document.documentElement.append(host);
  }

  function hideNotice() {
    if (!notice) return;
    clearTimeout(notice.timer);
    notice.host.remove();
    notice = null;
  }

  return { toggle };
})();
