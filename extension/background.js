// Lucid Reader's background: Chrome's service worker, Firefox's event page.
// It turns a click on the toolbar button (or the shortcut, which is the same
// action) into a toggle in the tab, and runs the engine for pages whose CSP
// keeps wasm out of the content script.
'use strict';

// Firefox loads the wasm glue and the message parts before this file
// (manifest `scripts`); Chrome's service worker imports them, synchronously,
// at start-up as it must.
if (typeof wasm_bindgen === 'undefined' && typeof importScripts === 'function') {
  importScripts('wasm/lucid_reader.js', 'message-parts.js');
}

const api = globalThis.browser ?? globalThis.chrome;

// Injected once per page: the glue declares a global with `let`, and a second
// injection into the same scope would throw.
const CONTENT_SCRIPTS = ['wasm/lucid_reader.js', 'message-parts.js', 'dom-html.js', 'narration.js', 'view.js', 'content.js'];
// Inserted once per page too, with the user's origin: how the page looks
// while the view is open (see the file).
const PAGE_CSS = 'page.css';

api.action.onClicked.addListener((tab) => {
  if (tab.id !== undefined) toggle(tab.id);
});

// One toggle at a time per tab: a double click must not inject twice.
const queues = new Map();

function toggle(tabId) {
  // After the previous toggle, whether it worked or not.
  const previous = queues.get(tabId)?.catch(() => {}) ?? Promise.resolve();
  const run = previous.then(() => toggleIn(tabId));
  queues.set(tabId, run);
  run.then(
    () => showProblem(tabId, null),
    (error) => {
      console.warn('Lucid Reader: cannot run in this tab:', error);
      showProblem(tabId, 'Lucid Reader cannot run on this page');
    },
  ).finally(() => {
    if (queues.get(tabId) === run) queues.delete(tabId);
  });
}

async function toggleIn(tabId) {
  const target = { tabId };
  // Where the content scripts are in already (every click after the
  // first), this one call toggles: a round trip less. Otherwise it says what
  // the page has: the glue can be there without the rest if an earlier
  // injection failed halfway.
  const [first] = await withRetry(() => api.scripting.executeScript({
    target,
    func: async () => {
      const reader = globalThis.lucidReader;
      if (typeof reader !== 'object') return { reader: false, glue: typeof wasm_bindgen !== 'undefined' };
      return { reader: true, styled: reader.styled === true, toggled: await reader.toggle() };
    },
  }));
  const present = first?.result ?? {};
  let toggled = present.toggled;
  if (!present.reader) {
    const files = present.glue ? CONTENT_SCRIPTS.slice(1) : CONTENT_SCRIPTS;
    await withRetry(() => api.scripting.executeScript({ target, files }));
    // Returns once the opening shows its progress; it goes on in the page
    // (and a click meanwhile cancels it).
    const [second] = await withRetry(() => api.scripting.executeScript({
      target, func: () => globalThis.lucidReader.toggle(),
    }));
    toggled = second?.result;
  }
  // After the progress is on screen: a browser restyles the whole page for a
  // new stylesheet, which takes a moment on a big one. The view waits for it.
  if (!present.styled) {
    try {
      await withRetry(() => api.scripting.insertCSS({ target, files: [PAGE_CSS], origin: 'USER' }));
    } catch (error) {
      // No view without it: the opening under way stops, notice and all.
      await api.scripting.executeScript({ target, func: () => globalThis.lucidReader.cancel() }).catch(() => {});
      throw error;
    }
    await withRetry(() => api.scripting.executeScript({ target, func: () => globalThis.lucidReader.setStyled() }));
  }
  return toggled;
}

// Right after the click, Chromium sometimes reports that it cannot access
// the page yet; a moment later it can. Pages it may never access (the
// browser's own, the web store) fail every time and end up reported.
async function withRetry(action, attempts = 4) {
  for (let i = 1; ; i++) {
    try {
      return await action();
    } catch (error) {
      if (i >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * i));
    }
  }
}

// A page the extension cannot touch gets no notice from the content script;
// the button says it instead, until a toggle works in that tab again.
const troubled = new Set();

function showProblem(tabId, problem) {
  if (!problem && !troubled.delete(tabId)) return;
  if (problem) troubled.add(tabId);
  const quiet = () => {};
  api.action.setBadgeText({ tabId, text: problem ? '!' : '' }).catch(quiet);
  api.action.setTitle({ tabId, title: problem ?? 'Lucid Reader' }).catch(quiet);
}

// --- The engine, for content scripts that cannot run wasm, and for big
// pages, which would freeze the tab while it works.

let engine = null;

function ensureEngine() {
  engine ??= wasm_bindgen({ module_or_path: api.runtime.getURL('wasm/lucid_reader_bg.wasm') });
  engine.catch(() => {
    engine = null;
  });
  return engine;
}

// The page's HTML comes in parts ({part}, then {end, url}), as Chrome caps a
// message at 64 MiB; the article goes back as JSON the same way, or {error}.
api.runtime.onConnect.addListener((port) => {
  if (port.name !== 'lucid:extract' || port.sender?.id !== api.runtime.id) return;
  const parts = [];
  port.onMessage.addListener((message) => {
    if (message.part !== undefined) {
      parts.push(message.part);
      return;
    }
    const html = parts.join('');
    parts.length = 0;
    ensureEngine()
      .then(() => JSON.stringify(wasm_bindgen.extract(new TextEncoder().encode(html), message.url)))
      .then(
        (json) => {
          for (const part of LucidParts.split(json)) port.postMessage({ part });
          port.postMessage({ end: true });
        },
        (error) => port.postMessage({ error: String(error) }),
      )
      .catch(() => {}); // The tab closed or cancelled meanwhile.
  });
});
