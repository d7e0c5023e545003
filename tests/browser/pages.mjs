// The pages the browser tests open, served from 127.0.0.1 beside out/www
// (which has the demo article and the playground's samples). Each is built
// around the same short article, so the tests know what the view must show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, WWW } from './harness.mjs';

export const TITLE = 'The night the library stayed open';

export const PARAGRAPHS = [
  'When the storm took out the power across the valley in January, the public library on Mill Street was the only building in town with a generator large enough to keep its lights and heating running through the night.',
  'The head librarian, who had planned to close at six as usual, decided instead to keep the doors open for anyone who needed somewhere warm. By nine o\u2019clock there were more than forty people in the reading room, most of them neighbours who had never met.',
  'Volunteers carried in camp beds from the school next door, a bakery brought what was left of the day\u2019s bread, and the children\u2019s section turned into a dormitory where the youngest slept under tables lined with cushions and picture books.',
  'Nobody had a plan for the night, so the library did what it always does: it lent things. Torches, board games, phone chargers powered from the generator, and, when the radio news ran out, a stack of novels that went from hand to hand until the early hours.',
  'By morning the roads were clear enough for the first families to go home. Several of them came back the following week to return books they had borrowed that night, and a few stayed to sign up for library cards of their own.',
  'The town council has since voted to make the arrangement official. The library will now open as a warming centre whenever the power fails for more than four hours, and its generator, long treated as an expensive precaution, is getting an upgrade.',
];

export const FOOTNOTE = 'The generator, a 60 kW diesel set, was bought in 2009 after an ice storm; it had run for eleven hours in all before that night.';
// The description of a picture the missing-pictures page cannot load.
export const MISSING_PICTURE_ALT = 'The reading room at midnight, camp beds between the shelves';
export const MISSING_PICTURE_CAPTION = 'The generator that kept the lights on, in the library\u2019s basement.';
// What a control that opens a picture larger says to screen readers.
export const ZOOM_LABEL = 'Press enter or click to view image in full size';
// A link in the footnotes page to a place outside the article.
export const ELSEWHERE_LINK = 'as readers asked below';

const articleHtml = (paragraphs = PARAGRAPHS) => `
  <article class="story">
    <h1>${TITLE}</h1>
    <p class="byline">By Ines Calloway</p>
    ${paragraphs.map((p) => `<p>${p}</p>`).join('\n    ')}
  </article>`;

const page = ({ title = TITLE, head = '', body }) => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title} | Valley Courier</title>
<meta property="og:site_name" content="Valley Courier">
${head}
</head>
<body>
<nav class="site-nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/contact">Contact</a></nav>
${body}
<footer class="site-footer">Valley Courier, 12 Mill Street. All rights reserved.</footer>
</body>
</html>`;

export const STREAMING_FALLBACK = 'Loading story...';
export const SIGNOFF = 'Reporting by the Valley Courier newsroom.';

export const AD_TEXT = 'Sponsored: miracle gadget, 90% off today only';

// A script that keeps adding ads, as ad scripts do: to <body> every 100 ms,
// and now and then to <html> itself.
const ADS_JS = `
let n = 0;
setInterval(() => {
  n += 1;
  const ad = document.createElement('div');
  ad.className = 'injected-ad';
  ad.textContent = ${JSON.stringify(AD_TEXT)} + ' #' + n;
  (n % 5 === 0 ? document.documentElement : document.body).append(ad);
}, 100);
`;

// An article built entirely by script, inside an open shadow root, with the
// byline slotted in from the light DOM and its last paragraph in a closed
// shadow root of its own (closed to the page, not to extensions).
const SHADOW_JS = `
const paragraphs = ${JSON.stringify(PARAGRAPHS)};
customElements.define('story-coda', class extends HTMLElement {
  constructor() {
    super();
    const p = document.createElement('p');
    p.textContent = paragraphs.at(-1);
    this.attachShadow({ mode: 'closed' }).append(p);
  }
});
customElements.define('story-view', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    const article = document.createElement('article');
    const h1 = document.createElement('h1');
    h1.textContent = ${JSON.stringify(TITLE)};
    const byline = document.createElement('p');
    byline.className = 'byline';
    const slot = document.createElement('slot');
    slot.name = 'author';
    byline.append('By ', slot);
    article.append(h1, byline);
    for (const text of paragraphs.slice(0, -1)) {
      const p = document.createElement('p');
      p.textContent = text;
      article.append(p);
    }
    article.append(document.createElement('story-coda'));
    root.append(article);
  }
});
`;

// The stylesheet of the form page: external, so that it is reloaded when the
// page comes back; and hostile, to show it does not reach the view.
const FORM_CSS = `
body { font: 17px/1.5 sans-serif; margin: 0 auto; max-width: 40em; }
p { margin-bottom: 240px; color: rgb(255, 0, 0) !important; }
form { padding: 20px; background: #eee; }
`;

// A page written for two screen sizes, as site builders write them: the
// article twice, the stylesheet showing one copy (on this screen, the wide
// one) with `display: none`. What else the stylesheet hides is content
// folded away: an accordion's answer named by its button, another named
// by class alone; and closed <details> (a summary's words in a
// paragraph, as sites' FAQs write them, or in a heading in a box, as shop
// themes write their product's sections); and a paragraph that a
// scroll-reveal script hides with `visibility` until it is scrolled to.
export const STYLE_HIDDEN = {
  question: 'Who paid for the generator?',
  answer: 'The generator was bought in 2009 with a grant from the county, after an ice storm left the old people\u2019s home without heating for two days.',
  question2: 'Will the library open again in the next storm?',
  answer2: 'Yes: the council\u2019s plan names it as the valley\u2019s first warming centre, ahead of the school and the church hall.',
  details: 'A correction: an earlier version of this story gave the wrong street for the bakery.',
  details2: 'The generator runs on diesel and holds enough for three days at full load.',
  revealed: 'Those who spent the night there still talk about it, and the librarian keeps the guest book they all signed on her desk.',
};

const STYLE_HIDDEN_CSS = `
.variant-narrow, .faq-answer { display: none; }
@media (max-width: 600px) { .variant-narrow { display: block; } .variant-wide { display: none; } }
.reveal { visibility: hidden; }
`;

const styleHiddenArticle = () => {
  const h = STYLE_HIDDEN;
  const variant = (name) => `
    <div class="variant-${name}">
      <h1>${TITLE}</h1>
      <p class="byline">By Ines Calloway</p>
      ${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n      ')}
    </div>`;
  return `
  <article class="story">
    ${variant('wide')}
    ${variant('narrow')}
    <p class="reveal">${h.revealed}</p>
    <h2><button aria-controls="faq-1" aria-expanded="false">${h.question}</button></h2>
    <div class="faq-answer" id="faq-1"><p>${h.answer}</p></div>
    <h2 class="faq-question">${h.question2}</h2>
    <div class="faq-answer"><p>${h.answer2}</p></div>
    <details><summary><p>Correction</p></summary><p>${h.details}</p></details>
    <details><summary><div><h3>Specifications</h3></div></summary><p>${h.details2}</p></details>
  </article>`;
};

// One second of silence, for a playing <audio>.
function silentWav() {
  const rate = 8000;
  const wav = Buffer.alloc(44 + rate, 128);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + rate, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate, 28);
  wav.writeUInt16LE(1, 32);
  wav.writeUInt16LE(8, 34);
  wav.write('data', 36);
  wav.writeUInt32LE(rate, 40);
  return wav;
}

export function routes() {
  const demo = readFileSync(join(WWW, 'demo/article.html'));
  return {
    // The demo article, as a page whose CSP keeps wasm out of content
    // scripts in Chromium (beside the original, so its images resolve).
    '/demo/article-csp.html': {
      body: demo,
      headers: { 'content-security-policy': "default-src 'self'; script-src 'self'" },
    },
    // A page React streamed from the server, whose scripts the page's CSP
    // blocks (as a reader's script blocker does): the story's later
    // paragraphs wait, hidden, at the end of the body for the script that
    // would move them to their place, where "Loading story..." stands.
    '/streamed.html': {
      body: page({
        body: `<article class="story"><h1>${TITLE}</h1><p class="byline">By Ines Calloway</p>
<p>${PARAGRAPHS[0]}</p><!--$?--><template id="B:0"></template><div class="skeleton">${STREAMING_FALLBACK}</div>
<div class="skeleton">${STREAMING_FALLBACK}</div><!--/$--><p class="signoff">${SIGNOFF}</p></article>
<div hidden id="S:0">${PARAGRAPHS.slice(1).map((p) => `<p>${p}</p>`).join('')}</div>
<script>$RC("B:0","S:0")</script>`,
      }),
      headers: { 'content-security-policy': "script-src 'none'" },
    },
    '/ads.html': { body: page({ head: '<script src="/ads.js" defer></script>', body: articleHtml() }) },
    // The title as shared, with the site's name after it.
    '/shared-title.html': {
      // Its date with a time the browser's Date cannot read.
      body: page({
        head: `<meta property="og:title" content="${TITLE} through the storm | Valley Courier">
<meta property="article:published_time" content="2021-04-08T04:06:17.467Z+00:00">`,
        body: articleHtml(),
      }),
    },
    // A news page as 2004 wrote it: a table of columns, <font>, paragraphs
    // set apart by <br><br>, the headline in bold type with the byline and
    // the date under it, and no heading element or metadata at all.
    '/table-layout.html': {
      body: `<html><head><title>${TITLE} - Valley Courier</title></head>
<body bgcolor="white"><table width="100%">
<tr><td colspan="2"><a href="/"><img src="/logo.gif" alt="Valley Courier"></a><br>
<a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></td></tr>
<tr><td width="150" valign="top"><font size="2"><b>Sections</b><br><a href="/local">Local</a><br>
<a href="/state">State</a><br><a href="/world">World</a><br><a href="/business">Business</a><br><br>
<b>Advertisement</b></font></td>
<td valign="top"><font face="Arial"><b><font size="5">${TITLE}</font></b><br>
<i>By Ines Calloway</i><br>January 14, 2004<br><br>
${PARAGRAPHS.join('<br><br>\n')}<br><br>
<font size="2"><a href="/email">E-mail this story</a> | <a href="/print">Printer-friendly version</a></font></font></td></tr>
<tr><td colspan="2"><font size="1">Copyright 2004 Valley Courier. All rights reserved.</font></td></tr>
</table></body></html>`,
    },
    // An article with notes: a reference to each in the text, a link back
    // from each note, and a link to a place the article does not hold (the
    // page's comments). The page counts the changes to its address's
    // fragment, as a script routing by it would see them.
    '/footnotes.html': {
      body: page({
        head: '<script>window.hashChanges = 0; addEventListener("hashchange", () => { window.hashChanges += 1; });</script>',
        body: articleHtml([
          `${PARAGRAPHS[0]}<sup><a href="#fn1" id="ref1">1</a></sup>`,
          `${PARAGRAPHS[1]} <a href="#comments">${ELSEWHERE_LINK}</a>`,
          ...PARAGRAPHS.slice(2),
        ]).replace('</article>', `<section class="notes"><h2>Notes</h2><ol>
<li id="fn1">${FOOTNOTE} <a href="#ref1">\u21a9</a></li></ol></section></article>`),
      }),
    },
    // An article whose pictures cannot be loaded (the server has none of
    // them): one described, one not, one in a figure with its caption.
    // A forum's thread, as phpBB prints it: each post under a subject, the
    // first post's the thread's title, the replies' "Re:" and the title.
    '/thread.html': {
      body: page({
        body: `<h2 class="topic-title"><a href="/t/1">${TITLE}</a></h2>
${PARAGRAPHS.slice(0, 3).map((paragraph, i) => `<div id="p${i + 1}" class="post"><div class="postbody">
<h3${i === 0 ? ' class="first"' : ''}><a href="#p${i + 1}">${i === 0 ? '' : 'Re: '}${TITLE}</a></h3>
<p class="author">by <a href="/u/${i}">reader${i}</a> &raquo; Sat Feb 24, 2024 ${i + 1}:05 pm</p>
<div class="content">${paragraph}</div></div></div>`).join('\n')}`,
      }),
    },
    // A picture as Medium writes it: the <img> has no src, its <picture>'s
    // <source> gives it one; a button around it opens it larger, and says
    // so to screen readers.
    '/sourced-picture.html': {
      body: page({
        body: articleHtml([
          PARAGRAPHS[0],
          `<figure><div role="button" tabindex="0"><span class="speechify-ignore">${ZOOM_LABEL}</span>
<div><picture><source srcset="/demo/images/mosul.png 640w" type="image/png">
<img alt="" width="700" height="466" loading="eager" role="presentation"></picture></div></div>
<figcaption>${MISSING_PICTURE_CAPTION}</figcaption></figure>`,
          ...PARAGRAPHS.slice(1),
        ]),
      }),
    },
    // An article that starts with its site's logo, linked to the home
    // page, as a page's header drawn inside the article leaves it; and a
    // picture that links to a page of its own, which is the article's.
    '/home-logo.html': {
      body: page({
        body: articleHtml([
          '<a href="/"><img src="/demo/images/thumb.png" width="120" height="40" alt="Valley Courier"></a>',
          PARAGRAPHS[0],
          `<a href="/photos/reading-room"><img src="/demo/images/mosul.png" width="640" height="400" alt="${MISSING_PICTURE_ALT}"></a>`,
          ...PARAGRAPHS.slice(1),
        ]),
      }),
    },
    '/missing-pictures.html': {
      body: page({
        body: articleHtml([
          PARAGRAPHS[0],
          `<img src="/missing/reading-room.jpg" width="800" height="600" alt="${MISSING_PICTURE_ALT}">`,
          ...PARAGRAPHS.slice(1, 3),
          '<img src="/missing/undescribed.jpg" width="800" height="450" alt="">',
          PARAGRAPHS[3],
          `<figure><img src="/missing/generator.jpg" width="800" height="600" alt="The generator">
<figcaption>${MISSING_PICTURE_CAPTION}</figcaption></figure>`,
          ...PARAGRAPHS.slice(4),
        ]),
      }),
    },
    // A Korean news page, the engine's own fixture: the view's header in
    // another script, the headline once, the byline and date as Korean
    // papers print them.
    '/korean-news.html': { body: readFileSync(join(ROOT, 'tests/fixtures/korean-news.html'), 'utf8') },
    '/ads.js': { body: ADS_JS, type: 'text/javascript' },
    '/shadow.html': {
      body: page({
        head: '<script src="/shadow.js" defer></script>',
        body: '<main><story-view><span slot="author">Ines Calloway</span></story-view></main>',
      }),
    },
    '/shadow.js': { body: SHADOW_JS, type: 'text/javascript' },
    '/form.html': {
      body: page({
        head: '<link rel="stylesheet" href="/form.css">',
        body: `${articleHtml()}
<audio id="player" src="/silence.wav" loop></audio>
<form id="comment-form" action="/comments" method="post">
  <h2>Leave a comment</h2>
  <label>Name <input id="name" name="name"></label>
  <label>Comment <textarea id="comment" name="comment"></textarea></label>
  <label>Topic <select id="topic" name="topic"><option>General</option><option value="praise">Praise</option></select></label>
  <label><input id="notify" type="checkbox" name="notify"> Tell me about replies</label>
</form>`,
      }),
    },
    '/form.css': { body: FORM_CSS, type: 'text/css' },
    '/style-hidden.html': {
      body: page({ head: '<link rel="stylesheet" href="/style-hidden.css">', body: styleHiddenArticle() }),
    },
    '/style-hidden.css': { body: STYLE_HIDDEN_CSS, type: 'text/css' },
    // What the page serializer must write alike both ways (dom-html.js).
    '/serialize.html': {
      body: page({
        head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Fish &amp; chips"}</script>
<style>p { color: maroon } .narrow { display: none }</style>`,
        body: `<!-- a comment --><article><h1 title='Say "hi" &amp; go'>${TITLE}</h1>
<p>Fish&nbsp;&amp;&nbsp;chips &lt;3, <b>twice</b>.</p>
<noscript><img src="/photo.jpg" alt="A photo"></noscript>
<template><p>Never shown.</p></template><!--$--><p>Streamed.</p><!--/$--><script>console.log('code, not content');</script>
<video src="/silence.wav"></video>
<svg viewBox="0 0 10 10"><use xlink:href="#a"></use></svg>
<textarea>a &lt; b</textarea><my-widget data-x="1">Slot text</my-widget>
<p class="narrow" id="narrow-only">Narrow screens only.</p><p hidden="until-found">Found.</p></article>`,
      }),
    },
    '/silence.wav': { body: silentWav(), type: 'audio/wav' },
    ...hostileRoutes(),
    ...bigRoutes(),
  };
}

// --- Hostile pages (hardening.mjs): scripts that sabotage globals, remove
// or swap nodes, rewrite the document; frames, <base>, quirks mode.

// Once armed, every global and prototype member below throws (and counts
// the attempt): an extension that used the page's own would fail.
const GLOBALS_JS = `
const calls = {};
const saved = [];
const targets = [
  [Array.prototype, 'push', 'Array.prototype.push'],
  [Array.prototype, 'map', 'Array.prototype.map'],
  [JSON, 'parse', 'JSON.parse'],
  [JSON, 'stringify', 'JSON.stringify'],
  [Promise.prototype, 'then', 'Promise.prototype.then'],
  [Function.prototype, 'bind', 'Function.prototype.bind'],
  [Reflect, 'apply', 'Reflect.apply'],
  [Object, 'entries', 'Object.entries'],
  [Node.prototype, 'appendChild', 'Node.prototype.appendChild'],
  [Node.prototype, 'insertBefore', 'Node.prototype.insertBefore'],
  [Node.prototype, 'removeChild', 'Node.prototype.removeChild'],
  [Node.prototype, 'childNodes', 'Node.prototype.childNodes'],
  [Element.prototype, 'append', 'Element.prototype.append'],
  [Element.prototype, 'prepend', 'Element.prototype.prepend'],
  [Element.prototype, 'remove', 'Element.prototype.remove'],
  [Element.prototype, 'attachShadow', 'Element.prototype.attachShadow'],
  [Element.prototype, 'attributes', 'Element.prototype.attributes'],
  [EventTarget.prototype, 'addEventListener', 'EventTarget.prototype.addEventListener'],
  [EventTarget.prototype, 'removeEventListener', 'EventTarget.prototype.removeEventListener'],
  [Document.prototype, 'createElement', 'Document.prototype.createElement'],
  [Document.prototype, 'styleSheets', 'Document.prototype.styleSheets'],
  [HTMLElement.prototype, 'focus', 'HTMLElement.prototype.focus'],
  [CSSStyleSheet.prototype, 'replaceSync', 'CSSStyleSheet.prototype.replaceSync'],
  [DOMParser.prototype, 'parseFromString', 'DOMParser.prototype.parseFromString'],
  [WebAssembly, 'instantiate', 'WebAssembly.instantiate'],
  [window, 'MutationObserver', 'MutationObserver'],
  [window, 'TextEncoder', 'TextEncoder'],
  [window, 'fetch', 'fetch'],
  [window, 'setTimeout', 'setTimeout'],
  [window, 'requestAnimationFrame', 'requestAnimationFrame'],
  [window, 'scrollTo', 'scrollTo'],
  [window, 'getComputedStyle', 'getComputedStyle'],
];
window.hostile = {
  arm() {
    for (const [owner, name, label] of targets) {
      const descriptor = Object.getOwnPropertyDescriptor(owner, name);
      saved[saved.length] = [owner, name, descriptor];
      const fail = function () {
        calls[label] = (calls[label] || 0) + 1;
        throw new Error('sabotaged by the page: ' + label);
      };
      Object.defineProperty(owner, name, descriptor.get ? { ...descriptor, get: fail } : { ...descriptor, value: fail });
    }
    return targets.length;
  },
  disarm() {
    for (const [owner, name, descriptor] of saved.splice(0)) Object.defineProperty(owner, name, descriptor);
    return calls;
  },
};
`;

// Removes the reader view whenever it appears, at once.
const REMOVER_JS = `
window.removals = 0;
new MutationObserver(() => {
  for (const view of document.querySelectorAll('lucid-reader-view')) {
    view.remove();
    window.removals += 1;
  }
}).observe(document, { childList: true, subtree: true });
`;

// What a page's scripts may do to the document while the view is open;
// the test calls these.
const SWEEPER_JS = `
window.hostile = {
  // Removes whatever it did not put beside <head> and <body> itself.
  sweep() {
    for (const node of [...document.documentElement.children]) {
      if (node !== document.head && node !== document.body) node.remove();
    }
  },
  // A new <body> every 100 ms, n times.
  swapBodies(n) {
    let i = 0;
    return new Promise((resolve) => {
      const timer = setInterval(() => {
        i += 1;
        const body = document.createElement('body');
        body.id = 'body-' + i;
        body.innerHTML = '<p class="swapped">Swapped in by the page, number ' + i + '.</p>';
        document.body = body;
        if (i === n) {
          clearInterval(timer);
          resolve(body.id);
        }
      }, 100);
    });
  },
  // A scroll lock on <html>, a variable on it that follows the scroll
  // position, and a stylesheet aimed at the view.
  restyle() {
    document.documentElement.style.overflow = 'hidden';
    addEventListener('scroll', () => {
      document.documentElement.style.setProperty('--scrolled', String(Math.round(scrollY)));
    });
    const style = document.createElement('style');
    style.id = 'hostile-style';
    style.textContent = 'html { filter: invert(1); } lucid-reader-view { display: none !important; }';
    document.body.append(style);
  },
};
`;

// Written over the page by document.open(): the same article, with no
// doctype (so in quirks mode) and a mark.
const REWRITTEN = `<html><head><title>${TITLE} | Valley Courier</title></head>
<body>${articleHtml()}<p id="rewritten">Rewritten by the page.</p></body></html>`;

const REWRITE_JS = `
window.hostile = {
  rewrite() {
    document.open();
    document.write(${JSON.stringify(REWRITTEN)});
    document.close();
  },
};
`;

// Quirks mode (no doctype), a <base> pointing elsewhere, and two frames: one
// from this origin, one from another (localhost instead of 127.0.0.1), each
// with a field; the page counts the frames' loads.
const FRAMES_HTML = `<html>
<head>
<meta charset="utf-8">
<base href="http://elsewhere.invalid/news/">
<title>${TITLE} | Valley Courier</title>
</head>
<body>
<article class="story">
  <h1>${TITLE}</h1>
  <p class="byline">By Ines Calloway</p>
  ${PARAGRAPHS.slice(0, 3).map((p) => `<p>${p}</p>`).join('\n  ')}
  <p>More in <a id="relative" href="storm-followup.html">the follow-up story</a> from the newsroom.</p>
  ${PARAGRAPHS.slice(3).map((p) => `<p>${p}</p>`).join('\n  ')}
</article>
<iframe id="same" width="300" height="80"></iframe>
<iframe id="other" width="300" height="80"></iframe>
<script>
  window.frameLoads = 0;
  const here = location.origin;
  const other = location.protocol + '//localhost:' + location.port;
  for (const [id, origin] of [['same', here], ['other', other]]) {
    const frame = document.getElementById(id);
    frame.addEventListener('load', () => { window.frameLoads += 1; });
    frame.src = origin + '/hostile/frame.html';
  }
</script>
</body>
</html>`;

// A frame that answers postMessage: 'type' types into its field, 'ask'
// reports the field's value and a token of this very document (a frame
// loaded again would have another).
const FRAME_HTML = `<!DOCTYPE html><html><body><input id="field">
<script>
  const token = Math.random();
  addEventListener('message', (event) => {
    const field = document.getElementById('field');
    if (event.data === 'type') field.value = 'typed in the frame';
    event.source.postMessage({ value: field.value, token, origin: location.origin }, '*');
  });
</script></body></html>`;

// The page whose state must survive 50 toggles: a form, a scrolled box, a
// playing and a paused audio, and a keydown listener that counts what
// reaches it.
const KEEP_JS = `
window.escapes = [];
addEventListener('keydown', (event) => {
  if (event.key === 'Escape') window.escapes.push(event.defaultPrevented);
});
// Every node of the page, marked from the page's own world.
window.markNodes = () => {
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ALL);
  const nodes = [];
  for (let node = walker.currentNode; node; node = walker.nextNode()) {
    node.lucidTestMark = nodes.length;
    nodes.push(node);
  }
  window.markedNodes = nodes;
  return nodes.length;
};
// The same nodes, in the same order, with their marks; or what differs.
window.checkNodes = () => {
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ALL);
  let i = 0;
  for (let node = walker.currentNode; node; node = walker.nextNode(), i++) {
    if (node !== window.markedNodes[i] || node.lucidTestMark !== i) return 'node ' + i + ' differs: ' + node.nodeName;
  }
  return i === window.markedNodes.length ? 'same' : 'count ' + i + ' instead of ' + window.markedNodes.length;
};
`;

// A page that takes a moment to grow back once the view closes (a list
// that stops drawing what it thinks unseen, pictures that load again): the
// rest of it is gone from the view's first opening until a moment after
// its second close. A view opened again between the two, while the first
// close still scrolls the page back, must keep the reader's place rather
// than where the short page held the scroll.
const REGROW_JS = `
let openings = 0;
let closes = 0;
new MutationObserver((records) => {
  const nodes = (kind) => records.flatMap((r) => [...r[kind]]).filter((n) => n.localName === 'lucid-reader-view');
  const rest = document.querySelector('#rest');
  openings += nodes('addedNodes').length;
  closes += nodes('removedNodes').length;
  if (openings === 1) rest.hidden = true;
  if (closes === 2) setTimeout(() => { rest.hidden = false; }, 200);
}).observe(document, { childList: true, subtree: true });
`;

// A page that lays itself out again a frame after it is shown: a box above
// the article is sized by a script from the body's height, as a sticky
// header's placeholder is. Under the view the body has no height, and the
// box none; shown again, the box has its height back at the next frame,
// when the browser's scroll anchoring moves the window with the text.
const RELAYOUT_JS = `
addEventListener('DOMContentLoaded', () => {
  const placeholder = document.querySelector('#placeholder');
  new ResizeObserver(([body]) => {
    placeholder.style.height = body.contentRect.height > 0 ? '300px' : '0px';
  }).observe(document.body);
});
`;

// A page whose listeners, on its document, would act on what the reader
// does in the view: forbid a right click, a selection and scrolling by
// the wheel, add its address to what is copied, open a pop-under at the
// first click anywhere, and take keys for its shortcuts. Each records what
// it heard.
const LISTENERS_JS = `
window.heard = [];
for (const type of ['click', 'mousedown', 'pointerdown', 'contextmenu', 'selectstart', 'dblclick', 'copy', 'wheel', 'keydown']) {
  document.addEventListener(type, (event) => {
    window.heard.push(type);
    if (type === 'copy') event.clipboardData.setData('text/plain', 'Read more at the Valley Courier');
    if (type !== 'keydown') event.preventDefault();
  }, { passive: false });
}
`;

function hostileRoutes() {
  const js = (body) => ({ body, type: 'text/javascript' });
  const article = articleHtml();
  return {
    '/hostile/globals.html': { body: page({ head: '<script src="/hostile/globals.js"></script>', body: article }) },
    '/hostile/globals.js': js(GLOBALS_JS),
    '/hostile/remover.html': { body: page({ head: '<script src="/hostile/remover.js"></script>', body: article }) },
    '/hostile/remover.js': js(REMOVER_JS),
    '/hostile/sweeper.html': { body: page({ head: '<script src="/hostile/sweeper.js"></script>', body: article }) },
    '/hostile/sweeper.js': js(SWEEPER_JS),
    '/hostile/rewrite.html': { body: page({ head: '<script src="/hostile/rewrite.js"></script>', body: article }) },
    '/hostile/rewrite.js': js(REWRITE_JS),
    // A page that takes its whole document away once loaded, as some sites
    // do when they find themselves served from an address not their own.
    '/hostile/self-removing.html': {
      body: page({ body: `${article}<script>addEventListener('load', () => document.querySelector('html').remove());</script>` }),
    },
    '/hostile/listeners.html': { body: page({ head: '<script src="/hostile/listeners.js"></script>', body: article }) },
    '/hostile/listeners.js': js(LISTENERS_JS),
    '/hostile/frames.html': { body: FRAMES_HTML },
    '/hostile/frame.html': { body: FRAME_HTML },
    '/keep.html': {
      body: page({
        head: '<link rel="stylesheet" href="/form.css"><script src="/keep.js"></script>',
        body: `${article}
<div id="scroller" style="height: 120px; overflow: auto; border: 1px solid"><div style="height: 2000px">A box that scrolls on its own.</div></div>
<audio id="playing" src="/silence.wav" loop muted></audio>
<audio id="still" src="/silence.wav" loop muted></audio>
<form id="comment-form" action="/comments" method="post">
  <label>Name <input id="name" name="name"></label>
  <label>Comment <textarea id="comment" name="comment"></textarea></label>
  <label>Topic <select id="topic" name="topic"><option>General</option><option value="praise">Praise</option></select></label>
  <label><input id="notify" type="checkbox" name="notify"> Tell me about replies</label>
</form>`,
      }),
    },
    '/keep.js': js(KEEP_JS),
    '/regrow.html': {
      body: page({
        head: '<script src="/regrow.js"></script>',
        body: `${article}\n<div id="rest" style="height: 4000px">The rest of the page.</div>`,
      }),
    },
    '/regrow.js': js(REGROW_JS),
    '/relayout.html': {
      body: page({
        head: '<script src="/relayout.js"></script>',
        body: `<div id="placeholder" style="height: 300px"></div>\n${article}\n<div style="height: 4000px">The rest of the page.</div>`,
      }),
    },
    '/relayout.js': js(RELAYOUT_JS),
  };
}

// --- Huge pages: 50 MB, and 100,000 elements. A script in each records, in
// the page's clock, when Lucid Reader's first notice and its view appear, the
// first frame after the notice, and every time the page's thread stalls.
const TIMELINE_JS = `
window.timeline = { notice: null, painted: null, view: null, stalls: [] };
let tick = performance.now();
setInterval(() => {
  const now = performance.now();
  if (now - tick > 100) timeline.stalls.push([tick, now]);
  tick = now;
}, 20);
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.localName === 'lucid-reader-notice' && timeline.notice === null) {
        timeline.notice = performance.now();
        requestAnimationFrame(() => { timeline.painted = performance.now(); });
      }
      if (node.localName === 'lucid-reader-view' && timeline.view === null) timeline.view = performance.now();
    }
  }
}).observe(document.documentElement, { childList: true });
`;

const BIG_CSS = `
body { font: 17px/1.5 sans-serif; margin: 0 auto; max-width: 50em; }
.comment { border-top: 1px solid #ddd; padding: 8px 0; }
.comment .who { font-weight: bold; margin: 0; }
nav li { display: inline-block; margin-right: 6px; }
`;

let big = null; // Built once: the 50 MB page takes a moment.

function bigRoutes() {
  big ??= { '50mb': fiftyMegabytes(), '100k': hundredThousandElements() };
  return {
    '/big/timeline.js': { body: TIMELINE_JS, type: 'text/javascript' },
    '/big/big.css': { body: BIG_CSS, type: 'text/css' },
    '/big/50mb.html': { body: big['50mb'] },
    '/big/100k.html': { body: big['100k'] },
  };
}

const BIG_HEAD = '<script src="/big/timeline.js"></script><link rel="stylesheet" href="/big/big.css">';

// The article, then 50 MB of what big pages carry: comments, and
// components' state as JSON in attributes (which the engine does read).
function fiftyMegabytes() {
  const state = JSON.stringify(Array.from({ length: 800 }, (_, i) => ({ id: i, name: `Item ${i}`, price: i * 1.5, tags: ['news', 'local'] })))
    .replaceAll('"', '&quot;');
  const parts = [];
  let size = 0;
  for (let i = 0; size < 50e6; i++) {
    const part = i % 40 === 0
      ? `<div class="widget" data-state="${state}"></div>`
      : `<div class="comment"><p class="who">Reader ${i}</p><p>${PARAGRAPHS[i % PARAGRAPHS.length].slice(0, 150)} (${i})</p></div>`;
    parts.push(part);
    size += part.length;
  }
  return page({ head: BIG_HEAD, body: `${articleHtml()}\n<section class="comments"><h2>Comments</h2>${parts.join('')}</section>` });
}

// The article inside 100,000 elements of page: a mega-menu and comments.
function hundredThousandElements() {
  const menu = Array.from({ length: 10000 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
  const comments = Array.from({ length: 40000 }, (_, i) => `<div class="comment"><p class="who">Reader ${i}</p></div>`).join('');
  return page({
    head: BIG_HEAD,
    body: `<nav class="mega"><ul>${menu}</ul></nav>\n${articleHtml()}\n<section class="comments"><h2>Comments</h2>${comments}</section>`,
  });
}
