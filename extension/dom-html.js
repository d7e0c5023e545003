// Serializes the live page as the user sees it, for the engine: the DOM as
// scripts have built it, with shadow roots flattened in place (the shadow
// tree instead of the host's children, slots replaced by what is assigned to
// them), which is what the engine could never get from the page's source.
//
// A classic script (the content scripts share one global scope): `var`, so
// that a second injection redefines rather than throws.
// eslint-disable-next-line no-var
var LucidDom = (() => {
  'use strict';

  const VOID = new Set([
    'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta',
    'source', 'track', 'wbr',
  ]);
  // Elements whose text the HTML serializer writes unescaped (noscript
  // because scripting is enabled in the page and in the engine's parser).
  const RAW_TEXT = new Set([
    'style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript',
  ]);
  // Lucid Reader's own elements are never part of the page.
  const OWN = new Set(['lucid-reader-view', 'lucid-reader-notice']);

  const chromeDom = globalThis.chrome?.dom;

  // The elements attachShadow() accepts, besides custom elements (whose
  // names have a hyphen).
  const SHADOW_HOSTS = new Set([
    'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
    'header', 'main', 'nav', 'p', 'section', 'span',
  ]);

  // Closed shadow roots are on screen too. Firefox gives content scripts
  // `openOrClosedShadowRoot`; Chrome has `chrome.dom.openOrClosedShadowRoot`,
  // an API call, so only custom elements (where closed roots live in
  // practice) pay for it.
  function shadowRootOf(element) {
    // Firefox also shows an extension the browser's own shadow roots (a
    // video's controls), which are not the page's: only the elements a page
    // may attach one to count.
    const name = element.localName;
    if (!SHADOW_HOSTS.has(name) && !name.includes('-')) return null;
    if ('openOrClosedShadowRoot' in element) return element.openOrClosedShadowRoot;
    const open = element.shadowRoot;
    if (open || !chromeDom?.openOrClosedShadowRoot || !name.includes('-')) {
      return open;
    }
    return chromeDom.openOrClosedShadowRoot(element) ?? null;
  }

  // Elements no page shows, whatever its styles: their `display: none` is
  // the browser's own and says nothing of the page (and a `<noscript>`'s
  // text, a microdata `<meta>`, a `<picture>`'s `<source>` are still read).
  const NEVER_SHOWN = new Set([
    'head', 'title', 'base', 'link', 'meta', 'script', 'style', 'template', 'noscript',
    'source', 'track', 'param', 'area', 'datalist', 'slot',
  ]);

  // The engine sees no stylesheet, only the page's markup. What the page's
  // CSS takes off the screen with `display: none` is written with this
  // attribute (the engine's STYLE_HIDDEN_ATTR, src/clean/page.rs): a page
  // written for several screen sizes has its text there once per size, and
  // the engine drops the copies the page hides. Only `display`: scripts that
  // reveal content as it scrolls into view hide it with `visibility` or
  // `opacity` until then.
  const STYLE_HIDDEN = 'data-lucid-hidden';

  // How the page hides an element: 'marked' (its own `hidden` attribute),
  // 'styled' (its CSS), or not at all (null). What is inside a hidden
  // element is not looked at: the engine shows or hides it whole, and a
  // subtree without boxes is the slowest to ask about. checkVisibility()
  // first, as it is the cheaper call: false for an element without a box,
  // which is also one inside a closed <details> (content the engine keeps).
  function hiding(element) {
    if (NEVER_SHOWN.has(element.localName)) return null;
    if (element.hasAttribute('hidden')) return 'marked';
    if (element.checkVisibility()) return null;
    return getComputedStyle(element)?.display === 'none' ? 'styled' : null;
  }

  // Ends a hidden element's children on the walk's stack.
  const HIDDEN_END = Symbol('hidden end');

  // A `<template>` is written without its contents, which are never shown
  // (the walk writes child nodes, and a template's are in `.content`):
  // where a page's scripts did not run (blocked, or switched off for the
  // site), React's streamed blocks still wait, hidden, for the script that
  // moves them to their `<template id="B:n">` markers, and the engine moves
  // them there itself (src/clean/streamed.rs). For that it also needs the
  // comments that open and close each boundary around its loading
  // placeholder, the only comments written.
  const SUSPENSE_MARKS = new Set(['$', '/$', '$?', '$!']);

  function skipped(element) {
    const name = element.localName;
    if (OWN.has(name) || name === 'style') return true;
    // Script bodies are code, often megabytes of it; JSON-LD is metadata.
    return name === 'script' && element.type.trim().toLowerCase() !== 'application/ld+json';
  }

  const TEXT_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' };
  const ATTR_ESCAPES = { '&': '&amp;', '"': '&quot;', '\u00a0': '&nbsp;' };
  const escapeText = (s) => s.replace(/[&<>\u00a0]/g, (c) => TEXT_ESCAPES[c]);
  const escapeAttr = (s) => s.replace(/[&"\u00a0]/g, (c) => ATTR_ESCAPES[c]);

  /**
   * The page's HTML, its media elements (to pause them), and which way it
   * was written (`writer`: 'browser' or 'walk', see below). Iterative, so a
   * pathologically deep page cannot overflow the stack; and in slices of
   * `sliceMs`, between which the page runs (a big page takes seconds to
   * read): `onProgress(share)` is called after each slice with the share of
   * elements read so far, and the reading stops, throwing `signal.reason`,
   * once `signal` is aborted. Page scripts may change the page meanwhile;
   * what the engine gets is then partly old, partly new, like a page read
   * while it loads. A small page without shadow roots is written by the
   * browser's serializer instead, to the same HTML (`native: false` asks
   * for the walk, for the tests that check so).
   */
  async function pageHtml(doc, { signal, onProgress, sliceMs = 40, native = true } = {}) {
    const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '<!DOCTYPE html>';
    const out = [doctype];
    const media = [];
    if (!doc.documentElement) return { html: '', media, writer: 'none' };
    // For the progress only: shadow trees are not counted, hence the cap.
    const elements = doc.getElementsByTagName('*').length;
    if (native && elements <= NATIVE_MAX_ELEMENTS && !hasShadowRoots(doc)) {
      const html = doctype + nativeHtml(doc);
      return { html, media: [...doc.querySelectorAll('video, audio')], writer: 'browser' };
    }
    let read = 0;
    let items = 0;
    let until = performance.now() + sliceMs;
    // Nodes still to write, and closing tags (strings), last first.
    const stack = [doc.documentElement];
    let inHidden = false;
    while (stack.length > 0) {
      if ((++items & 255) === 0 && performance.now() > until) {
        onProgress?.(Math.min(read / elements, 0.99));
        await new Promise((resolve) => setTimeout(resolve, 0));
        signal?.throwIfAborted();
        until = performance.now() + sliceMs;
      }
      const item = stack.pop();
      if (item === HIDDEN_END) {
        inHidden = false;
      } else if (typeof item === 'string') {
        out.push(item);
      } else if (item.nodeType === Node.TEXT_NODE) {
        const parent = item.parentNode;
        out.push(parent && RAW_TEXT.has(parent.localName) ? item.data : escapeText(item.data));
      } else if (item.nodeType === Node.COMMENT_NODE && SUSPENSE_MARKS.has(item.data)) {
        out.push(`<!--${item.data}-->`);
      } else if (item.nodeType === Node.ELEMENT_NODE && !skipped(item)) {
        read += 1;
        const name = item.localName;
        if (name === 'video' || name === 'audio') media.push(item);
        const children = childrenOf(item);
        // A slot shows its assigned nodes (or its fallback) and no box of its own.
        if (name !== 'slot') {
          let tag = `<${name}`;
          for (const attr of item.attributes) tag += ` ${attr.name}="${escapeAttr(attr.value)}"`;
          const hidden = inHidden ? null : hiding(item);
          if (hidden === 'styled') tag += ` ${STYLE_HIDDEN}=""`;
          out.push(`${tag}>`);
          if (VOID.has(name)) continue;
          stack.push(`</${name}>`);
          if (hidden) {
            stack.push(HIDDEN_END);
            inHidden = true;
          }
        }
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
      }
    }
    return { html: out.join(''), media, writer: 'walk' };
  }

  // A page without shadow roots, of up to this many elements, is written by
  // the browser's own serializer: it is several times faster than the walk
  // below (in Firefox, where each node a content script touches costs a
  // wrapper, ten times on a big page), and a page this size is written
  // before a frame is due. Bigger pages take the walk, in slices.
  const NATIVE_MAX_ELEMENTS = 20_000;

  // The page's own shadow roots: Lucid Reader's notice, on screen while the
  // page is read, has one too.
  function hasShadowRoots(doc) {
    const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      if (!OWN.has(node.localName) && shadowRootOf(node)) return true;
    }
    return false;
  }

  // The page copied into a document of its own, which has no window: no
  // custom element's constructor runs for the copy and no image loads. The
  // copy loses what the walk skips, then is written out.
  function nativeHtml(doc) {
    const inert = doc.implementation.createHTMLDocument('');
    const copy = inert.importNode(doc.documentElement, true);
    markHidden(doc.documentElement, copy);
    for (const element of copy.querySelectorAll('script, style, lucid-reader-view, lucid-reader-notice')) {
      if (skipped(element)) element.remove();
    }
    for (const template of copy.querySelectorAll('template')) template.content.replaceChildren();
    // A page that runs scripts holds a <noscript>'s markup as text, which
    // the walk writes as it is (the engine parses as a browser that runs
    // scripts). The copy's document runs none, and browsers differ in how
    // it writes that text: each goes in as a marker, and out as it is. A
    // page whose scripts are switched off holds the markup as elements
    // (Discourse's posts, for one), written out as markup.
    const noscripts = [];
    const marker = `lucid-noscript-${Math.random().toString(36).slice(2)}-`;
    for (const noscript of copy.querySelectorAll('noscript')) {
      noscripts.push(noscript.childElementCount > 0 ? noscript.innerHTML : noscript.textContent);
      noscript.textContent = `${marker}${noscripts.length - 1}.`;
    }
    // Nor other comments, as the walk.
    const comments = inert.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
    const found = [];
    for (let node = comments.nextNode(); node; node = comments.nextNode()) {
      if (!SUSPENSE_MARKS.has(node.data)) found.push(node);
    }
    for (const comment of found) comment.remove();
    const html = copy.outerHTML;
    if (noscripts.length === 0) return html;
    return html.replace(new RegExp(`${marker}(\\d+)\\.`, 'g'), (_, i) => noscripts[Number(i)]);
  }

  // The copy has no styles: what the page's styles hide is marked on it from the
  // page, element for element (the two trees are alike until the copy loses
  // its scripts), as the walk marks it.
  function markHidden(page, copy) {
    const shown = page.ownerDocument.createTreeWalker(page, NodeFilter.SHOW_ELEMENT);
    const copied = copy.ownerDocument.createTreeWalker(copy, NodeFilter.SHOW_ELEMENT);
    let node = page;
    while (node) {
      const hidden = hiding(node);
      if (hidden === 'styled') copied.currentNode.setAttribute(STYLE_HIDDEN, '');
      if (hidden) {
        node = pastSubtree(shown);
        pastSubtree(copied);
      } else {
        node = shown.nextNode();
        copied.nextNode();
      }
    }
  }

  // Moves `walker` to the node after its current node's subtree.
  function pastSubtree(walker) {
    while (!walker.nextSibling()) {
      if (!walker.parentNode()) return null;
    }
    return walker.currentNode;
  }

  function childrenOf(element) {
    const shadow = shadowRootOf(element);
    if (shadow) return shadow.childNodes;
    if (element.localName === 'slot') {
      const assigned = element.assignedNodes();
      if (assigned.length > 0) return assigned;
    }
    return element.childNodes;
  }

  return { pageHtml };
})();
