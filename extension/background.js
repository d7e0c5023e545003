// Lucid Reader's background: Chrome's service worker, Firefox's event page.
// It turns a click on the toolbar button (or the shortcut, which is the same
// action) into a toggle in the tab, and runs the engine for pages whose CSP
// keeps wasm out of the content script.
'use strict';

// Firefox loads the wasm glue before this file (manifest `scripts`); Chrome's
// service worker imports it, synchronously, at start-up as it must.
if (typeof wasm_bindgen === 'undefined' && typeof importScripts === 'function') {
  importScripts('wasm/lucid_reader.js');
}

const api = globalThis.browser ?? globalThis.chrome;

// Injected once per page: the glue declares a global with `let`, and a second
// injection into the same scope would throw.
const CONTENT_SCRIPTS = ['wasm/lucid_reader.js', 'dom-html.js', 'view.js', 'content.js'];

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
  // What this page already has: the glue can be there without the rest if
  // an earlier injection failed halfway.
  const [probe] = await withRetry(() => api.scripting.executeScript({
    target,
    func: () => ({
      glue: typeof wasm_bindgen !== 'undefined',
      reader: typeof globalThis.lucidReader === 'object',
    }),
  }));
  const present = probe?.result ?? {};
  if (!present.reader) {
    const files = present.glue ? CONTENT_SCRIPTS.slice(1) : CONTENT_SCRIPTS;
    await withRetry(() => api.scripting.executeScript({ target, files }));
  }
  const [toggled] = await withRetry(() => api.scripting.executeScript({
    target, func: () => globalThis.lucidReader.toggle(),
  }));
  return toggled?.result;
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

// --- The engine, for content scripts that cannot run wasm.

let engine = null;

function ensureEngine() {
  engine ??= wasm_bindgen({ module_or_path: api.runtime.getURL('wasm/lucid_reader_bg.wasm') });
  engine.catch(() => {
    engine = null;
  });
  return engine;
}

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== api.runtime.id || message?.type !== 'lucid:extract') return false;
  ensureEngine()
    .then(() => wasm_bindgen.extract(new TextEncoder().encode(message.html), message.url))
    .then(
      (article) => sendResponse({ article }),
      (error) => sendResponse({ error: String(error) }),
    );
  return true; // The response comes asynchronously.
});
