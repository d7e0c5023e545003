// The pages the browser tests open, served from 127.0.0.1 beside out/www
// (which has the demo article and the playground's samples). Each is built
// around the same short article, so the tests know what the view must show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WWW } from './harness.mjs';

export const TITLE = 'The night the library stayed open';

export const PARAGRAPHS = [
  'When the storm took out the power across the valley in January, the public library on Mill Street was the only building in town with a generator large enough to keep its lights and heating running through the night.',
  'The head librarian, who had planned to close at six as usual, decided instead to keep the doors open for anyone who needed somewhere warm. By nine o\u2019clock there were more than forty people in the reading room, most of them neighbours who had never met.',
  'Volunteers carried in camp beds from the school next door, a bakery brought what was left of the day\u2019s bread, and the children\u2019s section turned into a dormitory where the youngest slept under tables lined with cushions and picture books.',
  'Nobody had a plan for the night, so the library did what it always does: it lent things. Torches, board games, phone chargers powered from the generator, and, when the radio news ran out, a stack of novels that went from hand to hand until the early hours.',
  'By morning the roads were clear enough for the first families to go home. Several of them came back the following week to return books they had borrowed that night, and a few stayed to sign up for library cards of their own.',
  'The town council has since voted to make the arrangement official. The library will now open as a warming centre whenever the power fails for more than four hours, and its generator, long treated as an expensive precaution, is getting an upgrade.',
];

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
    '/ads.html': { body: page({ head: '<script src="/ads.js" defer></script>', body: articleHtml() }) },
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
    '/silence.wav': { body: silentWav(), type: 'audio/wav' },
  };
}
