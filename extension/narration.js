// Reading the article aloud: the view's Listen button, with the browser's
// own voices (the Web Speech API's speechSynthesis; nothing leaves the
// browser but what its voices do). It reads from the first block in sight
// to the end, one block at a time (the headline, a heading, a paragraph, a
// list's item, a quote, a caption, a table's cell), marks the block it is
// reading and keeps it in sight. Code is not read aloud.
//
// A classic script, like view.js: `var`, so that a second injection
// redefines rather than throws.
// eslint-disable-next-line no-var
var LucidNarration = (() => {
  'use strict';

  // What is read, each as one block: the outermost of these (a list's item
  // with its own list inside is one block, a quote with its paragraphs too).
  const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote, figcaption, caption, th, td';
  // What is not: code, the site's name and the byline's line above the
  // headline and under it, and the link back to the page.
  const UNREAD = 'pre, code, .site, .meta, .original';
  // A block is spoken a sentence or a few at a time: some voices (Chrome's
  // online ones) stop, silently, a quarter of a minute into one utterance,
  // and 200 characters take about 13 seconds to say at the usual pace. A
  // longer sentence is said a clause at a time.
  const MAX_UTTERANCE_CHARS = 200;

  /** Whether this browser can speak at all (its voices may still be loading). */
  const supported = () => typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance === 'function';

  /**
   * Calls `then()` once the browser has a voice: at once, or when its list
   * arrives (Firefox and Chromium fill it in after the page asks).
   */
  function whenVoices(then) {
    if (!supported()) return;
    if (speechSynthesis.getVoices().length > 0) {
      then();
      return;
    }
    const changed = () => {
      if (speechSynthesis.getVoices().length === 0) return;
      speechSynthesis.removeEventListener('voiceschanged', changed);
      then();
    };
    speechSynthesis.addEventListener('voiceschanged', changed);
  }

  /**
   * The voice for text in `lang` (a BCP 47 tag, or empty): one of that
   * language and region, else of that language, the browser's default of
   * them first; `null` (the browser chooses) when it has none.
   */
  function voiceFor(lang) {
    const wanted = (lang || '').toLowerCase().replace(/_/g, '-');
    if (!wanted) return null;
    const primary = wanted.split('-')[0];
    const tagOf = (voice) => voice.lang.toLowerCase().replace(/_/g, '-');
    const voices = speechSynthesis.getVoices();
    const exact = voices.filter((v) => tagOf(v) === wanted);
    const sameLanguage = voices.filter((v) => tagOf(v).split('-')[0] === primary);
    const best = (list) => list.find((v) => v.default) ?? list.find((v) => v.localService) ?? list[0];
    return best(exact) ?? best(sameLanguage) ?? null;
  }

  /** The blocks of `root` to read, in order, each with its text in utterance-sized parts. */
  function blocksOf(root) {
    const blocks = [];
    for (const element of root.querySelectorAll(BLOCKS)) {
      // Read with the block it is in (whose text holds its own), if any.
      const outer = element.parentElement?.closest(BLOCKS);
      if (element.closest(UNREAD) || (outer && root.contains(outer))) continue;
      const text = element.textContent.replace(/\s+/g, ' ').trim();
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      blocks.push({ element, parts: utterances(text, root.lang) });
    }
    return blocks;
  }

  /**
   * `text` cut at sentence ends, and a longer sentence after its commas
   * and semicolons, into parts of at most MAX_UTTERANCE_CHARS where it can
   * be (a longer clause is one part).
   */
  function utterances(text, lang) {
    if (text.length <= MAX_UTTERANCE_CHARS) return [text];
    let sentences;
    try {
      const segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
      sentences = [...segmenter.segment(text)].map((s) => s.segment);
    } catch {
      sentences = text.match(/[^.!?]+[.!?]*\s*/g) ?? [text];
    }
    const pieces = sentences.flatMap((sentence) => (sentence.length <= MAX_UTTERANCE_CHARS
      ? [sentence]
      : sentence.match(/[^,;:\u3001\uff0c\uff1b]+[,;:\u3001\uff0c\uff1b]*\s*/g) ?? [sentence]));
    const parts = [];
    for (const piece of pieces) {
      const last = parts.length - 1;
      if (last >= 0 && parts[last].length + piece.length <= MAX_UTTERANCE_CHARS) {
        parts[last] += piece;
      } else {
        parts.push(piece);
      }
    }
    return parts.map((p) => p.trim()).filter(Boolean);
  }

  /**
   * A reader of `root` (the view's article). `options`: `rate` (the
   * voice's, 1 being its own), `onChange(state)` when it starts, pauses
   * or ends: 'reading', 'paused' or 'idle'. Returns `{toggle(), stop(),
   * setRate(rate), state()}`.
   * Pausing stops the voice and remembers the part it was on (a browser's
   * own pause is not kept by every voice), so it goes on from there.
   */
  function create(root, { rate = 1, onChange = () => {} } = {}) {
    let state = 'idle';
    let blocks = null;
    let at = { block: 0, part: 0 };
    // The utterance being spoken: kept referenced, as Chromium drops the
    // events of one collected meanwhile, and compared, to ignore the end
    // of one that was cancelled.
    let speaking = null;
    let marked = null;
    // The voice for the article's language, chosen when the reading
    // starts: a browser may list thousands.
    let voice = null;

    const mark = (element) => {
      marked?.removeAttribute('data-reading');
      marked = element;
      element?.setAttribute('data-reading', '');
    };
    const setState = (next) => {
      state = next;
      onChange(state);
    };
    const silence = () => {
      speaking = null;
      speechSynthesis.cancel();
    };

    // The first block the reader can see, or the first below where they are.
    const firstInSight = () => {
      const i = blocks.findIndex((b) => b.element.getBoundingClientRect().bottom > 0);
      return Math.max(i, 0);
    };

    const keepInSight = (element) => {
      const box = element.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) {
        element.scrollIntoView({ block: 'center', behavior: 'smooth' });
      }
    };

    function speak() {
      const block = blocks[at.block];
      if (!block) {
        mark(null);
        at = { block: 0, part: 0 };
        setState('idle');
        return;
      }
      const utterance = new SpeechSynthesisUtterance(block.parts[at.part]);
      utterance.lang = root.lang || '';
      utterance.voice = voice;
      utterance.rate = rate;
      utterance.addEventListener('end', () => {
        if (speaking !== utterance) return;
        at = at.part + 1 < block.parts.length ? { ...at, part: at.part + 1 } : { block: at.block + 1, part: 0 };
        speak();
      });
      utterance.addEventListener('error', () => {
        // Not one this reader cancelled: the voice failed, or the page's
        // scripts cancelled all speech. It stops where it was.
        if (speaking !== utterance) return;
        speaking = null;
        setState('paused');
      });
      if (marked !== block.element) {
        mark(block.element);
        keepInSight(block.element);
      }
      speaking = utterance;
      speechSynthesis.speak(utterance);
    }

    function play() {
      blocks ??= blocksOf(root);
      voice = voiceFor(root.lang);
      if (state === 'idle') at = { block: firstInSight(), part: 0 };
      // What else this page had the browser say goes first.
      silence();
      setState('reading');
      speak();
    }

    return {
      toggle() {
        if (state === 'reading') {
          silence();
          setState('paused');
        } else {
          play();
        }
      },
      stop() {
        if (state === 'idle') return;
        silence();
        mark(null);
        at = { block: 0, part: 0 };
        setState('idle');
      },
      setRate(next) {
        rate = next;
        if (state === 'reading') {
          // Said again from the start of the part, at the new speed.
          silence();
          speak();
        }
      },
      state: () => state,
    };
  }

  return { create, supported, whenVoices };
})();
