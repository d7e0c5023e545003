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

  // Closed shadow roots are on screen too. Firefox gives content scripts
  // `openOrClosedShadowRoot`; Chrome has `chrome.dom.openOrClosedShadowRoot`,
  // an API call, so only custom elements (where closed roots live in
  // practice) pay for it.
  function shadowRootOf(element) {
    if ('openOrClosedShadowRoot' in element) return element.openOrClosedShadowRoot;
    const open = element.shadowRoot;
    if (open || !chromeDom?.openOrClosedShadowRoot || !element.localName.includes('-')) {
      return open;
    }
    return chromeDom.openOrClosedShadowRoot(element) ?? null;
  }

  function skipped(element) {
    const name = element.localName;
    if (OWN.has(name) || name === 'style' || name === 'template') return true;
    // Script bodies are code, often megabytes of it; JSON-LD is metadata.
    return name === 'script' && element.type.trim().toLowerCase() !== 'application/ld+json';
  }

  const TEXT_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' };
  const ATTR_ESCAPES = { '&': '&amp;', '"': '&quot;', '\u00a0': '&nbsp;' };
  const escapeText = (s) => s.replace(/[&<>\u00a0]/g, (c) => TEXT_ESCAPES[c]);
  const escapeAttr = (s) => s.replace(/[&"\u00a0]/g, (c) => ATTR_ESCAPES[c]);

  /**
   * The page's HTML, and its media elements (to pause them). Iterative, so a
   * pathologically deep page cannot overflow the stack; and in slices of
   * `sliceMs`, between which the page runs (a big page takes seconds to
   * read): `onProgress(share)` is called after each slice with the share of
   * elements read so far, and the reading stops, throwing `signal.reason`,
   * once `signal` is aborted. Page scripts may change the page meanwhile;
   * what the engine gets is then partly old, partly new, like a page read
   * while it loads.
   */
  async function pageHtml(doc, { signal, onProgress, sliceMs = 40 } = {}) {
    const out = [doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '<!DOCTYPE html>'];
    const media = [];
    if (!doc.documentElement) return { html: '', media };
    // For the progress only: shadow trees are not counted, hence the cap.
    const elements = doc.getElementsByTagName('*').length;
    let read = 0;
    let items = 0;
    let until = performance.now() + sliceMs;
    // Nodes still to write, and closing tags (strings), last first.
    const stack = [doc.documentElement];
    while (stack.length > 0) {
      if ((++items & 255) === 0 && performance.now() > until) {
        onProgress?.(Math.min(read / elements, 0.99));
        await new Promise((resolve) => setTimeout(resolve, 0));
        signal?.throwIfAborted();
        until = performance.now() + sliceMs;
      }
      const item = stack.pop();
      if (typeof item === 'string') {
        out.push(item);
      } else if (item.nodeType === Node.TEXT_NODE) {
        const parent = item.parentNode;
        out.push(parent && RAW_TEXT.has(parent.localName) ? item.data : escapeText(item.data));
      } else if (item.nodeType === Node.ELEMENT_NODE && !skipped(item)) {
        read += 1;
        const name = item.localName;
        if (name === 'video' || name === 'audio') media.push(item);
        const children = childrenOf(item);
        // A slot shows its assigned nodes (or its fallback) and no box of its own.
        if (name !== 'slot') {
          let tag = `<${name}`;
          for (const attr of item.attributes) tag += ` ${attr.name}="${escapeAttr(attr.value)}"`;
          out.push(`${tag}>`);
          if (VOID.has(name)) continue;
          stack.push(`</${name}>`);
        }
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
      }
    }
    return { html: out.join(''), media };
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
