// Long texts between the content script and the background (the page's
// HTML, the engine's result) travel as a series of messages, since each
// message has a size limit. Loaded in both contexts.
//
// A classic script (the content scripts share one global scope): `var`, so
// that a second injection redefines rather than throws.
// eslint-disable-next-line no-var
var LucidParts = (() => {
  'use strict';

  // At most 4 Mi characters a part (at most 24 MiB as JSON).
  const PART = 4 * 1024 * 1024;

  // The text's parts, in order, never splitting a surrogate pair: messages
  // go through UTF-8, where half a pair is lost.
  function* split(text) {
    for (let i = 0; i < text.length;) {
      let end = Math.min(i + PART, text.length);
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
      yield text.slice(i, end);
      i = end;
    }
  }

  return { split };
})();
