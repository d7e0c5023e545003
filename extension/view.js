// The reader view itself: given the engine's article, builds the view in a
// fresh element with a closed shadow root, with its appearance controls.
// Knows nothing of the page it replaces (content.js does that), so the
// playground renders articles with this very code too.
//
// A classic script (the content scripts share one global scope): `var`, so
// that a second injection redefines rather than throws.
// eslint-disable-next-line no-var
var LucidView = (() => {
  'use strict';

  const THEMES = ['auto', 'light', 'sepia', 'dark'];
  const FONTS = ['serif', 'sans'];
  const WIDTHS = ['narrow', 'medium', 'wide'];
  const SIZES = [15, 16, 17, 18, 20, 22, 24, 26, 28];
  // The speeds of reading aloud (narration.js), as the voice's rate.
  const RATES = [0.8, 1, 1.25, 1.5, 2];
  const DEFAULTS = Object.freeze({ theme: 'auto', font: 'serif', size: 20, width: 'medium', rate: 1 });

  const LISTEN_GLYPH = '\u25b6';
  const PAUSE_GLYPH = '\u275a\u275a';

  /** Settings as stored (possibly by an older version, or not at all), made valid. */
  function normalizeSettings(stored) {
    const s = stored && typeof stored === 'object' ? stored : {};
    return {
      theme: THEMES.includes(s.theme) ? s.theme : DEFAULTS.theme,
      font: FONTS.includes(s.font) ? s.font : DEFAULTS.font,
      size: SIZES.includes(s.size) ? s.size : DEFAULTS.size,
      width: WIDTHS.includes(s.width) ? s.width : DEFAULTS.width,
      rate: RATES.includes(Number(s.rate)) ? Number(s.rate) : DEFAULTS.rate,
    };
  }

  /**
   * Applies a stylesheet to a shadow root. A constructed sheet is not subject
   * to the page's CSP (a `<style>` may be, for `style-src 'self'`); where
   * constructing one from the content script fails, `<style>` is the fallback.
   */
  function adoptCss(root, css) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return;
    } catch {
      // Fall through to <style>.
    }
    root.append(h('style', {}, css));
  }

  function h(tag, attrs = {}, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (value !== null && value !== undefined && value !== false) el.setAttribute(name, value);
    }
    el.append(...children);
    return el;
  }

  /**
   * Builds the view. `options`: `url` (the page's, for the link to the
   * original), `css` (reader.css's text), `settings`, and optional callbacks
   * `onClose()` (shows the close control) and `onSettings(settings)`.
   * Returns `{host, escape(), focus(), theme(), silence()}`: `host` is the
   * element to insert; `escape()` closes the appearance panel if open and
   * says whether it was; `theme()` is the effective theme's colour scheme
   * and background; `silence()` stops reading aloud (for a view put away).
   */
  function create(article, options) {
    const host = document.createElement('lucid-reader-view');
    const root = host.attachShadow({ mode: 'closed' });
    adoptCss(root, options.css);

    let settings = normalizeSettings(options.settings);
    const view = h('div', { class: 'lucid' });
    const page = h('main', { class: 'page', tabindex: '-1', lang: article.lang, dir: article.dir });
    page.append(header(article), content(article), original(options.url, options.onClose));

    const panel = h('div', { class: 'panel', id: 'appearance', role: 'group', 'aria-label': 'Appearance', hidden: '' });
    const panelButton = h('button', {
      type: 'button', class: 'appearance', 'aria-expanded': 'false', 'aria-controls': 'appearance',
      title: 'Appearance', 'aria-label': 'Appearance',
    }, 'Aa');
    const listen = h('button', {
      type: 'button', class: 'listen', 'aria-pressed': 'false', title: 'Listen: read the article aloud',
      'aria-label': 'Listen', hidden: '',
    }, LISTEN_GLYPH);
    const toolbar = h('div', { class: 'toolbar' }, listen, panelButton);
    if (options.onClose) {
      const close = h('button', {
        type: 'button', class: 'close', title: 'Close the reader view (Esc)', 'aria-label': 'Close the reader view',
      }, '\u00d7');
      close.addEventListener('click', () => options.onClose());
      toolbar.append(close);
    }
    view.append(toolbar, panel, page);
    root.append(view);

    const setPanel = (open) => {
      panel.hidden = !open;
      panelButton.setAttribute('aria-expanded', String(open));
    };
    panelButton.addEventListener('click', () => setPanel(panel.hidden));
    view.addEventListener('click', (event) => {
      if (!panel.hidden && !event.composedPath().some((el) => el === panel || el === panelButton)) {
        setPanel(false);
      }
    });

    // A link to a place in the article (a note, a section) goes there in
    // the view. Left to the browser, it would look for its target in the
    // page under the view, find nothing, and change the page's address: a
    // history entry, and a `hashchange` for the page's scripts to act on.
    page.addEventListener('click', (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      const link = event.target.closest?.('a[href^="#"]');
      if (!link) return;
      event.preventDefault();
      const fragment = link.getAttribute('href').slice(1);
      const target = root.getElementById(fragment) ?? root.getElementById(percentDecoded(fragment));
      if (!target) return;
      target.scrollIntoView({ block: 'start' });
      // Focus follows, so that Tab goes on from there, and a screen reader
      // reads on from there.
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    });

    const apply = () => {
      view.dataset.theme = settings.theme;
      view.dataset.font = settings.font;
      view.dataset.width = settings.width;
      view.style.setProperty('--lucid-size', `${settings.size}px`);
      for (const button of panel.querySelectorAll('button[data-setting]')) {
        const { setting, value } = button.dataset;
        if (value !== undefined) button.setAttribute('aria-pressed', String(String(settings[setting]) === value));
      }
      const i = SIZES.indexOf(settings.size);
      panel.querySelector('[data-step="-1"]').disabled = i === 0;
      panel.querySelector('[data-step="1"]').disabled = i === SIZES.length - 1;
    };
    // Reading aloud, where the browser can: its controls show once it has
    // a voice (none on a Linux without speech-dispatcher, say).
    const narration = typeof LucidNarration !== 'undefined' && LucidNarration.supported()
      ? LucidNarration.create(page, {
        rate: settings.rate,
        onChange(state) {
          const reading = state === 'reading';
          listen.setAttribute('aria-pressed', String(reading));
          listen.setAttribute('aria-label', reading ? 'Pause reading aloud' : 'Listen');
          listen.title = reading ? 'Pause reading aloud' : 'Listen: read the article aloud';
          listen.textContent = reading ? PAUSE_GLYPH : LISTEN_GLYPH;
        },
      })
      : null;
    const change = (next) => {
      const { rate } = settings;
      settings = normalizeSettings({ ...settings, ...next });
      apply();
      // Only a new speed has the voice say its part again.
      if (settings.rate !== rate) narration?.setRate(settings.rate);
      options.onSettings?.(settings);
    };
    buildPanel(panel, change, () => settings);
    apply();
    if (narration) {
      listen.addEventListener('click', () => narration.toggle());
      LucidNarration.whenVoices(() => {
        listen.hidden = false;
        panel.querySelector('.rate').hidden = false;
      });
    }

    return {
      host,
      escape() {
        if (panel.hidden) return false;
        setPanel(false);
        panelButton.focus();
        return true;
      },
      focus() {
        page.focus({ preventScroll: true });
      },
      theme() {
        const style = getComputedStyle(view);
        return { colorScheme: style.colorScheme, background: style.backgroundColor };
      },
      silence() {
        narration?.stop();
      },
    };
  }

  function buildPanel(panel, change, current) {
    const choices = (label, setting, values, names, extra = {}, row = { class: 'row' }) => {
      const buttons = values.map((value, i) => h('button', {
        type: 'button', 'data-setting': setting, 'data-value': value, ...extra,
      }, names[i]));
      for (const button of buttons) {
        button.addEventListener('click', () => change({ [setting]: button.dataset.value }));
      }
      return h('div', row,
        h('span', { class: 'label' }, label),
        h('div', { class: 'choices' }, ...buttons));
    };
    const step = (delta, name, label) => {
      const button = h('button', {
        type: 'button', 'data-setting': 'size', 'data-step': String(delta), 'aria-label': label,
      }, name);
      button.addEventListener('click', () => {
        const i = SIZES.indexOf(current().size) + delta;
        if (i >= 0 && i < SIZES.length) change({ size: SIZES[i] });
      });
      return button;
    };
    const size = h('div', { class: 'row' }, h('span', { class: 'label' }, 'Text size'),
      h('div', { class: 'choices' }, step(-1, 'A\u2212', 'Smaller text'), step(1, 'A+', 'Larger text')));
    panel.append(
      choices('Theme', 'theme', THEMES, ['Auto', 'Light', 'Sepia', 'Dark'], { class: 'swatch' }),
      choices('Font', 'font', FONTS, ['Serif', 'Sans']),
      size,
      choices('Width', 'width', WIDTHS, ['Narrow', 'Medium', 'Wide']),
      choices('Voice speed', 'rate', RATES, RATES.map((r) => `${r}\u00d7`), {}, { class: 'row rate', hidden: '' }),
    );
  }

  function header(article) {
    const head = h('header', { class: 'head' });
    if (article.siteName) head.append(h('p', { class: 'site' }, article.siteName));
    head.append(h('h1', { class: 'title' }, article.headline || article.title || 'Untitled'));
    const meta = [];
    if (article.byline) meta.push(h('span', { class: 'byline' }, article.byline));
    const date = formatDate(article.publishedTime);
    if (date) meta.push(h('time', { datetime: article.publishedTime }, date));
    if (article.readingTimeMinutes > 0) {
      meta.push(h('span', { class: 'reading-time' }, `${article.readingTimeMinutes} min read`));
    }
    if (meta.length > 0) head.append(h('p', { class: 'meta' }, ...meta));
    return head;
  }

  function formatDate(value) {
    if (!value) return null;
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) {
      // A day the browser cannot read for what follows it
      // ("2021-04-08T04:06:17.467Z+00:00"): the day is what the view shows.
      const day = /^\s*(\d{4}-\d{2}-\d{2})(?!\d)/.exec(value);
      return day && day[1] !== value.trim() ? formatDate(day[1]) : value;
    }
    // A bare date means that day wherever the reader is, not UTC midnight.
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
    try {
      const format = { dateStyle: 'long', timeZone: dateOnly ? 'UTC' : undefined };
      return new Intl.DateTimeFormat(undefined, format).format(date);
    } catch {
      return date.toDateString();
    }
  }

  /** The article's HTML, parsed inertly (no script runs, nothing loads until inserted). */
  function content(article) {
    const body = h('div', { class: 'content' });
    const parsed = new DOMParser().parseFromString(`<!DOCTYPE html><body>${article.content}`, 'text/html');
    body.append(...parsed.body.childNodes);

    dropRepeatedTitle(body, article.headline || article.title);
    dropSiteLogos(body);
    for (const img of body.querySelectorAll('img')) {
      img.loading = 'lazy';
      img.decoding = 'async';
      if (inLineOfText(img)) img.setAttribute('data-in-line', '');
      // Offline, blocked or gone: reader.css folds the frame kept for it.
      img.addEventListener('error', () => img.setAttribute('data-failed', ''), { once: true });
    }
    for (const table of body.querySelectorAll('table')) {
      if (table.parentElement.closest('table')) continue;
      const scroller = h('div', { class: 'table' });
      table.replaceWith(scroller);
      scroller.append(table);
    }
    return body;
  }

  // Elements that hold text within a line: a picture in one of them, and
  // nothing else, is where the picture is.
  const PHRASING = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd',
    'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);
  // A picture in a line of text is part of it only up to this size (its
  // width and height as the page gives them): a photo set in a paragraph's
  // text is still shown as a block of its own.
  const IN_LINE_MAX_WIDTH = 160;
  const IN_LINE_MAX_HEIGHT = 48;

  /**
   * Whether a picture is part of a line of text (a formula, an emoji, an
   * icon beside its word), which the view keeps in the line at its size,
   * rather than one on its own, which it shows as a block across the
   * column: text right before or after it, in the same line.
   */
  function inLineOfText(img) {
    const small = (name, max) => {
      if (!img.hasAttribute(name)) return true;
      const value = Number(img.getAttribute(name));
      return value > 0 && value <= max;
    };
    if (!small('width', IN_LINE_MAX_WIDTH) || !small('height', IN_LINE_MAX_HEIGHT)) return false;
    const blank = (node) => node.nodeType === Node.COMMENT_NODE
      || (node.nodeType === Node.TEXT_NODE && node.data.trim() === '');
    const meaningful = (node, step) => {
      let next = node[step];
      while (next && blank(next)) next = next[step];
      return next;
    };
    const wordy = (node) => node !== null && (node.nodeType === Node.TEXT_NODE
      || (PHRASING.has(node.localName) && node.textContent.trim() !== ''));
    let place = img;
    while (PHRASING.has(place.parentElement?.localName)
      && !meaningful(place, 'previousSibling') && !meaningful(place, 'nextSibling')) {
      place = place.parentElement;
    }
    return wordy(meaningful(place, 'previousSibling')) || wordy(meaningful(place, 'nextSibling'));
  }

  // The header shows the title; the article often starts with it again:
  // as a heading of any rank (a thread's first post has the thread's
  // subject), a line of its own, or in bold type on a page without
  // headings (a 2000s page's <b><font size=5>), with the line breaks that
  // set it apart; some pages print it twice. What goes is the largest
  // element around the article's first words that holds the title's words
  // and nothing else: not a picture, nor a table's cell or a list's item
  // (the table or the list is more than the title), nor the whole article.
  function dropRepeatedTitle(body, title) {
    const wanted = title && wordsOf(title);
    if (!wanted) return;
    for (let repeat; (repeat = titleFirst(body, wanted));) repeat.remove();
    const nothingBefore = (node) => {
      const before = document.createRange();
      before.setStart(body, 0);
      before.setEndBefore(node);
      return before.toString().trim() === '';
    };
    for (const br of body.querySelectorAll('br')) {
      if (!nothingBefore(br)) break;
      br.remove();
    }
  }

  // The element the article starts with that says the title again, if
  // there is one.
  function titleFirst(body, wanted) {
    if (wordsOf(body.textContent) === wanted) return null;
    const words = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, (text) =>
      (wordsOf(text.data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP));
    let repeat = null;
    for (let el = words.nextNode()?.parentElement; el && el !== body; el = el.parentElement) {
      const text = wordsOf(el.textContent);
      if (text.length > wanted.length || el.matches('td, th, li, dt, dd, caption, figcaption, pre')
        || el.querySelector('img, picture, video, audio, iframe, svg, math, table')) break;
      if (text === wanted) repeat = el;
    }
    return repeat;
  }

  // A picture that links to the site's home page is the site's logo, from
  // a header the page drew inside its article: the view's header names
  // the site. What held it alone goes with it (no empty line is left).
  function dropSiteLogos(body) {
    const home = new URL('/', location.href).href;
    for (const link of body.querySelectorAll('a[href]')) {
      if (link.href !== home || !link.querySelector('img') || link.textContent.trim()) continue;
      let logo = link;
      while (logo.parentElement !== body && logo.parentElement.children.length === 1
        && !logo.parentElement.textContent.trim()) {
        logo = logo.parentElement;
      }
      logo.remove();
    }
  }

  // A title's words, as they are compared: the same words in another
  // typography ("Switch – OLED" and "Switch - OLED", a zero-width space
  // left at the end) say the same title.
  const wordsOf = (s) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

  // A fragment as the browser reads it when no id is spelt as written:
  // "#caf%C3%A9" names "café". A stray "%" decodes to nothing else.
  function percentDecoded(fragment) {
    try {
      return decodeURIComponent(fragment);
    } catch {
      return fragment;
    }
  }

  function original(url, onClose) {
    // On paper, the address is printed where the link stands.
    const foot = h('footer', { class: 'original', 'data-address': url });
    if (!url) return foot;
    let label = 'the original page';
    try {
      label = `the original page on ${new URL(url).hostname}`;
    } catch {
      // Keep the generic label.
    }
    const link = h('a', { href: url }, `Back to ${label}`);
    if (onClose) {
      // The page is already here, under the view: a plain click closes the
      // view instead of loading it again (a new tab or a copy still work).
      link.addEventListener('click', (event) => {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        onClose();
      });
    }
    foot.append(link);
    return foot;
  }

  return { create, normalizeSettings, adoptCss, DEFAULTS };
})();
