//! The whole page, prepared once before scoring ([`prepare_page`]): what
//! the live page shows that the saved one keeps apart or hidden (streamed
//! content, images behind lazy-loading and `<noscript>`, a page's text in
//! `<noscript>`, panels folded away until a click, a veil over the page
//! while it loads) is put back; what no attempt may score (scripts and
//! styles, the copies of a page written for several screen sizes, which
//! the live page's stylesheet hides or which stand side by side with the
//! same words, the author panels of a forum's posts,
//! cookie notices, a product's customer reviews) goes; and
//! `<br><br>` runs become paragraphs, so that text is scored as prose.

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

use html5ever::{local_name, LocalName};

use super::images::{remove_placeholder_images, unwrap_noscript_images};
use super::post_authors::mark_post_authors;
use super::streamed::place_streamed_content;
use super::{
    collect_tag, next_non_blank, remove_all, remove_elements_where, trim_trailing_whitespace,
    CODE_TAGS,
};
use crate::dom::{Document, NodeId};
use crate::hints;
use crate::measure::{self, inner_text, inner_text_len, is_probably_visible, TextLengths};
use crate::metadata::{item_types, Metadata};

/// An element hiding more than this share of the page's text is a veil over
/// the page while it loads. (A hidden part of a page, a closed tab or a
/// dialog, holds less: up to 65% in Readability.js's test pages.)
const LOADING_VEIL_SHARE: f32 = 0.75;
/// Panel roles that open over the page rather than unfold in it (WAI-ARIA's
/// `aria-haspopup` values).
const POPUP_ROLES: &[&str] = &[
    "menu",
    "listbox",
    "tree",
    "grid",
    "dialog",
    "alertdialog",
    "tooltip",
];
/// A `<noscript>` with this much text holds the page's content.
const NOSCRIPT_CONTENT_CHARS: usize = 500;
/// A cookie banner with its preferences panel is a few paragraphs; a named
/// block longer than this is content that mentions cookies.
const COOKIE_NOTICE_MAX_CHARS: usize = 3000;

/// A breadcrumb trail is a few links' words.
const BREADCRUMB_MAX_CHARS: usize = 200;

/// A language switcher names this many languages or more ("English" and
/// "Español" alone may be a bilingual page's two versions, in its text).
const LANGUAGE_SWITCHER_MIN_LANGUAGES: usize = 3;
/// The share of a switcher's links that name their language.
const LANGUAGE_SWITCHER_MIN_SHARE: f32 = 0.8;
/// How far above a link its list is looked for (`<li><a>`, or a few
/// wrappers between).
const LANGUAGE_SWITCHER_LINK_DEPTH: usize = 4;
/// A part named for reviews that holds more than this share of the page's
/// text is the page (a theme's wrapper), not its customer reviews: on
/// WCXB's product pages, the reviews hold half of their page at most.
const CUSTOMER_REVIEWS_MAX_SHARE: f32 = 0.6;
/// A post's author panel or signature is a few lines; longer is the post.
const POST_CHROME_MAX_CHARS: usize = 500;
/// Posts of a thread: at least this many carry the same author panel.
const POST_CHROME_MIN_REPEATS: usize = 2;
/// The extension marks with this attribute what the live page's stylesheets
/// hide (`display: none`), which the engine, seeing no stylesheet, cannot
/// tell itself (see `extension/dom-html.js`).
pub const STYLE_HIDDEN_ATTR: &str = "data-lucid-hidden";
/// The attribute forum software names a post's parts by for its scripts
/// (Invision: `data-role="memberSignature"`).
const POST_PART_ROLE_ATTR: &str = "data-role";
/// A hidden element is a copy of what the page shows when this share of
/// its runs of [`COPY_RUN_WORDS`] words are the shown text's too: a site
/// builder's variant for another screen size differs from the one shown by
/// a word or a line break. (Measured on the live pages `scripts/eval-live`
/// writes: from 0.6 to 0.9 alike; at 1.0, only exact copies go.)
const COPY_MIN_SHARE_OF_RUNS: f32 = 0.8;
/// A layout's copy of a part is found by its whole text, this long at
/// least: shorter, two boxes are as likely two items that say the same
/// ("Sold out", a date and a place). (WCXB's mean F1: 0.8726 at 200,
/// 0.8730 at 100 and at 50.)
const TWIN_LAYOUT_MIN_CHARS: usize = 50;
/// How many words make a run, compared whole ("shingles").
const COPY_RUN_WORDS: usize = 3;
/// Bytes of the page's shown words searched for the hidden elements too
/// short to have a run, at most: on a page with thousands of them, those
/// past it are kept.
const HIDDEN_COPY_SEARCH_BYTES: usize = 32 << 20;

/// Prepares the whole page for scoring.
pub fn prepare_page(doc: &mut Document, meta: &Metadata) {
    place_streamed_content(doc);
    remove_placeholder_images(doc);
    // Scripts and styles first: their text (a JSON preload) must not count
    // as the page's visible text when `<noscript>` is weighed against it.
    remove_all(
        doc,
        Document::ROOT,
        &[local_name!("script"), local_name!("style")],
    );
    let folded_by_style = drop_hidden_copies(doc);
    unwrap_noscript_images(doc);
    unwrap_noscript_content(doc);
    unfold_accordions(doc);
    let hidden = hidden_elements(doc);
    let hidden = unfold_disclosed_panels(doc, hidden, &folded_by_style);
    lift_loading_veil(doc, hidden);
    remove_all(doc, Document::ROOT, &[local_name!("noscript")]);
    drop_twin_layouts(doc);
    if let Some(body) = doc.body() {
        replace_brs(doc, body);
        for font in collect_tag(doc, body, &local_name!("font")) {
            doc.rename(font, local_name!("span"));
        }
        // Before the author panels go, with the names in them.
        mark_post_authors(doc, body);
        // Before scoring, which unwraps a signature's `<div>` into a plain
        // paragraph and so loses the name that marks it.
        remove_post_chrome(doc, body);
        remove_cookie_notices(doc, body);
        remove_language_switchers(doc, body);
        remove_breadcrumbs(doc, body);
        if meta.sells_products {
            remove_customer_reviews(doc, body);
        }
    }
}

/// Pages written for several screen sizes write their text once per size,
/// and their stylesheet shows one copy: a site builder's variants of a
/// whole page, a headline for phones. Where the live page's stylesheet
/// hides an element ([`STYLE_HIDDEN_ATTR`]) and the page shows its words
/// elsewhere ([`is_shown_elsewhere`]), it is such a copy, and goes.
/// Anything else a stylesheet hides is read as on a saved page, where none
/// hides anything: on real pages it is as often content (an accordion's
/// answers named by class alone, a product's details behind a button) as
/// clutter, which the other steps remove. Returns what the stylesheet
/// hides and stays, its mark taken off.
fn drop_hidden_copies(doc: &mut Document) -> Vec<NodeId> {
    let Some(body) = doc.body() else {
        return Vec::new();
    };
    let mark = LocalName::from(STYLE_HIDDEN_ATTR);
    let marked: Vec<NodeId> = doc
        .descendants(body)
        .filter(|&n| doc.has_attr(n, &mark))
        .collect();
    if marked.is_empty() {
        return marked;
    }
    let shown = words_of(doc, body, |n| {
        doc.has_attr(n, &mark)
            || doc.is(n, &local_name!("noscript"))
            || !is_probably_visible(doc, n)
    });
    let shown = ShownWords {
        runs: word_runs(&shown).into_iter().collect(),
        words: shown,
    };
    let mut budget = HIDDEN_COPY_SEARCH_BYTES;
    let mut kept = Vec::new();
    for n in marked {
        doc.remove_attr(n, STYLE_HIDDEN_ATTR);
        let words = all_words_of(doc, n);
        if is_shown_elsewhere(&words, &shown, &mut budget) {
            doc.remove(n);
        } else {
            kept.push(n);
        }
    }
    kept
}

/// Pages written for several screen sizes put a part's copies side by
/// side (Framer's `ssr-variant`s, a product's description in a
/// `hidden-up-md` box beside the one for wide screens, a carousel's
/// "mobile" slides), and a stylesheet shows one. Where no stylesheet was
/// read ([`drop_hidden_copies`]), the copies are told by their text: a
/// shown element that holds a block (or is a `<span>`, a line's words
/// printed for each size: `view--med`, `view--sml`) and writes, word for
/// word, the whole text of an earlier sibling ([`TWIN_LAYOUT_MIN_CHARS`] at
/// least) in a box of another kind (tag and class) goes. In a box of the
/// same kind, a repeat is meant: a song's refrain, a listing's event on two
/// dates. A paragraph is no layout's box (a lede and its summary may say
/// the same), and a table's cells and rows stay, as a table repeats values.
fn drop_twin_layouts(doc: &mut Document) {
    let Some(body) = doc.body() else { return };
    let lengths = TextLengths::of(doc, body);
    let mut twins = Vec::new();
    for parent in doc.descendants(body) {
        let mut candidates = Vec::new();
        // Only siblings of the same length are read for their words.
        let mut lengths_seen = HashSet::new();
        let mut lengths_shared = HashSet::new();
        for child in doc.element_children(parent) {
            let len = lengths.text_len(doc, child) as u64;
            if len as usize >= TWIN_LAYOUT_MIN_CHARS {
                candidates.push((child, len));
                if !lengths_seen.insert(len) {
                    lengths_shared.insert(len);
                }
            }
        }
        let mut first_with_words: HashMap<String, NodeId> = HashMap::new();
        for (n, len) in candidates {
            if !lengths_shared.contains(&len)
                || doc.is_any(
                    n,
                    &[local_name!("td"), local_name!("th"), local_name!("tr")],
                )
                || !is_probably_visible(doc, n)
                || !(measure::has_block_descendant(doc, n) || doc.is(n, &local_name!("span")))
            {
                continue;
            }
            let first = *first_with_words.entry(all_words_of(doc, n)).or_insert(n);
            let kind = |n| (doc.tag(n), doc.attr(n, &local_name!("class")));
            if kind(first) != kind(n) {
                twins.push(n);
            }
        }
    }
    for n in twins {
        doc.remove(n);
    }
}

/// The words a page shows ([`words_of`]), and their runs of
/// [`COPY_RUN_WORDS`] words ([`word_runs`]).
struct ShownWords {
    words: String,
    runs: HashSet<u64>,
}

/// Whether a hidden element's words ([`words_of`]) are shown elsewhere on
/// the page: at least [`COPY_MIN_SHARE_OF_RUNS`] of its runs of words, or,
/// where it is too short to have one, its words in the same order, while
/// `budget` lasts (a search reads all the shown words).
fn is_shown_elsewhere(words: &str, shown: &ShownWords, budget: &mut usize) -> bool {
    let runs = word_runs(words);
    if !runs.is_empty() {
        let found = runs.iter().filter(|run| shown.runs.contains(run)).count();
        return found as f32 >= COPY_MIN_SHARE_OF_RUNS * runs.len() as f32;
    }
    let searched = words.len() > 1 && *budget >= shown.words.len();
    if searched {
        *budget -= shown.words.len();
    }
    searched && shown.words.contains(words)
}

/// A hash of each run of [`COPY_RUN_WORDS`] words in `words` (as
/// [`words_of`] writes them), overlapping: what two copies share however
/// their lines break.
fn word_runs(words: &str) -> Vec<u64> {
    let words: Vec<&str> = words.split(' ').filter(|w| !w.is_empty()).collect();
    words
        .windows(COPY_RUN_WORDS)
        .map(|run| {
            let mut hasher = DefaultHasher::new();
            run.hash(&mut hasher);
            hasher.finish()
        })
        .collect()
}

/// The words of the text under `root`, outside the elements `unseen`
/// skips, with a space before and after each: each text's apart, so that
/// a copy's words match however the two copies are wrapped. A word is a
/// run of letters and digits and of anything not ASCII (a curly quote
/// stays in its word, as it does in a copy of it): bytes are quicker read
/// than characters, and ASCII bytes split UTF-8 only between characters.
fn words_of(doc: &Document, root: NodeId, unseen: impl Fn(NodeId) -> bool) -> String {
    let is_separator = |b: &u8| b.is_ascii() && !b.is_ascii_alphanumeric();
    let mut words = vec![b' '];
    let mut next = doc.first_child(root);
    while let Some(n) = next {
        if let Some(text) = doc.text(n) {
            for word in text.as_bytes().split(is_separator) {
                if !word.is_empty() {
                    words.extend_from_slice(word);
                    words.push(b' ');
                }
            }
        }
        next = doc.next_in_order(n, root, doc.is_element(n) && unseen(n));
    }
    String::from_utf8(words).unwrap_or_default()
}

/// The words of all the text under `root` ([`words_of`], skipping nothing),
/// for its callers to share one copy of that generic function in the wasm.
fn all_words_of(doc: &Document, root: NodeId) -> String {
    words_of(doc, root, |_| false)
}

/// Some sites (forums above all) serve the whole page text inside
/// `<noscript>` for readers without JavaScript, and build the visible page
/// by script. Such a `<noscript>` is content; a short one is a "please
/// enable JavaScript" nag, removed with the scripts.
fn unwrap_noscript_content(doc: &mut Document) {
    let Some(body) = doc.body() else { return };
    let noscripts = collect_tag(doc, body, &local_name!("noscript"));
    let inside: usize = noscripts.iter().map(|&n| inner_text_len(doc, n)).sum();
    // Only a page whose visible text is mostly in `<noscript>` is a script
    // shell; elsewhere the scripted page is the one readers see.
    if inside < NOSCRIPT_CONTENT_CHARS || inside < inner_text_len(doc, body) / 2 {
        return;
    }
    for noscript in noscripts {
        if inner_text_len(doc, noscript) >= NOSCRIPT_CONTENT_CHARS {
            doc.unwrap(noscript);
        }
    }
}

/// Pages fold parts of their content away until a reader asks for them:
/// an accordion's answers, a row of tabs, a "Read more" that unfolds the
/// rest of a description. WAI-ARIA names such panels (a control's
/// `aria-controls` points at each, or the control comes right before it:
/// [`control_before`]; tab panels have `role="tabpanel"`),
/// and so does HTML (`hidden="until-found"`, which find-in-page unfolds).
/// The page shows them on a click; the reader view shows them unfolded.
/// What opens as a popup (a menu, a listbox, a dialog, a tooltip: the
/// control's `aria-haspopup`, or the panel's role) is not content and stays
/// hidden. Takes the page's hidden elements and returns those left hidden.
/// What the live page's stylesheet hides (`folded_by_style`) is shown
/// already; where it is such a panel, its control is treated as the
/// others' are.
fn unfold_disclosed_panels(
    doc: &mut Document,
    hidden: Vec<NodeId>,
    folded_by_style: &[NodeId],
) -> Vec<NodeId> {
    let Some(body) = doc.body() else {
        return hidden;
    };
    let mut folded: Vec<(NodeId, Option<NodeId>)> = Vec::new();
    let mut still_hidden: Vec<NodeId> = Vec::new();
    {
        // Owned keys: a map of the type the other passes use shares their
        // copy of the hash table's code in the wasm.
        let mut controls: HashMap<String, NodeId> = HashMap::new();
        let has_id = |n: &NodeId| doc.has_attr(*n, &local_name!("id"));
        if hidden.iter().chain(folded_by_style).any(has_id) {
            for n in doc.descendants(body) {
                for id in doc
                    .attr(n, &local_name!("aria-controls"))
                    .unwrap_or_default()
                    .split_ascii_whitespace()
                {
                    controls.entry(id.to_string()).or_insert(n);
                }
            }
        }
        let by_markup = hidden.into_iter().map(|n| (n, true));
        let by_style = folded_by_style.iter().map(|&n| (n, false));
        for (n, hidden_by_markup) in by_markup.chain(by_style) {
            let control = doc
                .attr(n, &local_name!("id"))
                .and_then(|id| controls.get(id))
                .copied()
                .or_else(|| control_before(doc, n));
            let role = doc.attr(n, &local_name!("role"));
            let opens_as_popup = role.is_some_and(|r| POPUP_ROLES.contains(&r))
                || control.is_some_and(|c| {
                    doc.attr(c, &local_name!("aria-haspopup"))
                        .is_some_and(|v| v != "false")
                });
            let until_found = doc.attr(n, &local_name!("hidden")) == Some("until-found");
            if (control.is_some() || role == Some("tabpanel") || until_found) && !opens_as_popup {
                folded.push((n, control));
            } else if hidden_by_markup {
                still_hidden.push(n);
            }
        }
    }
    for (panel, control) in folded {
        unfold(doc, panel);
        // An accordion's button holds its question, without which the
        // answer reads as nothing: it is kept as text (cleaning removes
        // buttons). A row of tabs is a menu of their panels, kept apart
        // from them: their buttons go.
        let question = control.filter(|&c| {
            doc.is(c, &local_name!("button")) && doc.attr(c, &local_name!("role")) != Some("tab")
        });
        if let Some(button) = question {
            doc.rename(button, local_name!("span"));
        }
    }
    still_hidden
}

/// The control of a folded panel that no `aria-controls` names: the
/// element right before it, where that says whether the panel is open
/// (WAI-ARIA's disclosure pattern: `aria-expanded`, on it or on the one
/// element it holds, a link "Methodology: how the calculator works" over
/// the section it unfolds), or asks the question the panel answers (an
/// FAQ's "Is this backpack waterproof?" over the answer a script shows
/// on a click).
fn control_before(doc: &Document, panel: NodeId) -> Option<NodeId> {
    let before = doc.prev_element_sibling(panel)?;
    if measure::asks_a_question(doc, before) {
        return Some(before);
    }
    let mut at = Some(before);
    while let Some(n) = at {
        if doc.has_attr(n, &local_name!("aria-expanded")) {
            return Some(n);
        }
        let mut children = doc.element_children(n);
        at = children.next().filter(|_| children.next().is_none());
    }
    None
}

/// WAI-ARIA's accordion pattern: a heading whose text is all that of a
/// `<button>` it holds (the question) over the panel that button unfolds
/// (the answer), its next sibling. Scripts tie the two together with
/// `aria-controls` once they run ([`unfold_disclosed_panels`] reads that);
/// a saved page, or a theme that never writes it, has only the markup.
/// The panel is shown unfolded, without the class words that fold it
/// (Kadence's `kt-accordion-panel-hidden`, which Readability's negative
/// words read as clutter), and the button becomes text, which cleaning
/// would otherwise remove with the page's other buttons.
fn unfold_accordions(doc: &mut Document) {
    let Some(body) = doc.body() else { return };
    // From the buttons up, not the headings down: buttons do not nest, so
    // each heading's text is measured once per button it holds, however
    // deep the page nests its headings.
    let buttons = collect_tag(doc, body, &local_name!("button"));
    let answers = controlled_answers(doc, body, &buttons);
    for button in buttons {
        let Some(heading) = doc
            .parent(button)
            .filter(|&h| doc.is_any(h, &measure::HEADING_TAGS))
        else {
            if is_question_over_shown_answer(doc, button, &answers) {
                // A block, not a span: it may hold the question's heading.
                doc.rename(button, local_name!("div"));
                doc.remove_attr(button, "class");
            }
            continue;
        };
        let len = inner_text_len(doc, button);
        if len == 0 || inner_text_len(doc, heading) != len {
            continue;
        }
        let Some(panel) = doc
            .next_element_sibling(heading)
            .filter(|&p| !doc.is_any(p, &measure::HEADING_TAGS) && measure::has_text(doc, p))
        else {
            continue;
        };
        doc.rename(button, local_name!("span"));
        doc.remove_attr(button, "class");
        unfold(doc, panel);
    }
}

/// An FAQ's question set as a button over its answer, shown (`<button>Is
/// it waterproof?</button><div>Yes, ...</div>`, the question's heading
/// inside the button or not; the answer the element it says it controls,
/// or the one after the question's box): the question, which cleaning would remove
/// with the page's other buttons and leave the answer to nothing. (Where
/// the answer is folded, [`unfold_disclosed_panels`] unfolds it and keeps
/// its question.)
fn is_question_over_shown_answer(
    doc: &Document,
    button: NodeId,
    answers: &HashMap<String, NodeId>,
) -> bool {
    let controlled = doc
        .attr(button, &local_name!("aria-controls"))
        .and_then(|id| answers.get(id))
        .copied();
    doc.attr(button, &local_name!("role")) != Some("tab")
        && measure::asks_a_question(doc, button)
        && controlled
            .filter(|&answer| measure::has_text(doc, answer))
            .or_else(|| measure::answer_after_question(doc, button))
            .is_some_and(|answer| is_probably_visible(doc, answer))
}

/// The elements that buttons name as what they control (`aria-controls`:
/// Bootstrap's collapse puts the answer after the question's box, not
/// beside its button), by id. The page is read once, and only where such
/// a button is.
fn controlled_answers(doc: &Document, body: NodeId, buttons: &[NodeId]) -> HashMap<String, NodeId> {
    let wanted: HashSet<&str> = buttons
        .iter()
        .filter_map(|&b| doc.attr(b, &local_name!("aria-controls")))
        .collect();
    let mut answers: HashMap<String, NodeId> = HashMap::new();
    if wanted.is_empty() {
        return answers;
    }
    for n in doc.descendants(body) {
        if let Some(id) = doc
            .attr(n, &local_name!("id"))
            .filter(|id| wanted.contains(id))
        {
            answers.entry(id.to_string()).or_insert(n);
        }
    }
    answers
}

/// Shows a folded panel, and takes from its class the words that fold it
/// (Kadence's `kt-accordion-panel-hidden`, a theme's `is-hidden`),
/// which Readability's negative words would read as clutter.
fn unfold(doc: &mut Document, panel: NodeId) {
    show(doc, panel);
    if let Some(class) = doc.attr(panel, &local_name!("class")) {
        let mut unfolded = String::with_capacity(class.len());
        for word in class.split_ascii_whitespace() {
            if !word.to_ascii_lowercase().contains("hidden") {
                unfolded.push_str(word);
                unfolded.push(' ');
            }
        }
        doc.set_attr(panel, "class", &unfolded);
    }
}

/// Some pages hide themselves while their scripts load (Next.js's
/// `<div style="visibility:hidden">` around the whole page), and show
/// themselves once they have. What hides most of the page's text (a share
/// above [`LOADING_VEIL_SHARE`]) is such a veil, not hidden content: it is
/// lifted, as the page's scripts would. So is what hides the page's
/// headline and more text than the page shows besides: a store's product
/// shown once its scripts have run, a page shown once a lock has let the
/// reader in. `hidden` are the page's hidden elements, in document order.
fn lift_loading_veil(doc: &mut Document, hidden: Vec<NodeId>) {
    let Some(body) = doc.body() else { return };
    if hidden.is_empty() {
        return;
    }
    let lengths = measure::TextLengths::of(doc, body);
    let page_len = lengths.text_len(doc, body);
    // In document order, a hidden element's hidden descendants follow it
    // before anything outside it: each outermost one is counted once.
    let mut hidden_len = 0;
    let mut outermost: Option<NodeId> = None;
    for &n in &hidden {
        if outermost.is_some_and(|o| doc.is_inclusive_descendant(n, o)) {
            continue;
        }
        outermost = Some(n);
        hidden_len += lengths.text_len(doc, n);
    }
    let shown_len = page_len.saturating_sub(hidden_len);
    for n in hidden {
        let len = lengths.text_len(doc, n);
        let hides_page = len as f32 > LOADING_VEIL_SHARE * page_len as f32
            || (len > shown_len && doc.elements_by_tag(n, &local_name!("h1")).next().is_some());
        if hides_page {
            show(doc, n);
        }
    }
}

/// The elements of the page's body that hide themselves, in document order.
fn hidden_elements(doc: &Document) -> Vec<NodeId> {
    let Some(body) = doc.body() else {
        return Vec::new();
    };
    doc.descendants(body)
        .filter(|&n| doc.is_element(n) && !is_probably_visible(doc, n))
        .collect()
}

/// Takes away what hides `id`.
fn show(doc: &mut Document, id: NodeId) {
    for attr in ["style", "hidden", "aria-hidden"] {
        doc.remove_attr(id, attr);
    }
}

/// `text<br><br>text` is how many pages write paragraphs: each run of two
/// or more `<br>`s starts a `<p>` holding the inline content that follows.
/// Not in code: there two line breaks are a blank line between its lines.
fn replace_brs(doc: &mut Document, root: NodeId) {
    for br in collect_tag(doc, root, &local_name!("br")) {
        if doc.parent(br).is_none() || doc.ancestors(br).any(|a| doc.is_any(a, &CODE_TAGS)) {
            continue;
        }
        let mut replaced = false;
        let mut next = next_non_blank(doc, doc.next_sibling(br));
        while let Some(n) = next.filter(|&n| doc.is(n, &local_name!("br"))) {
            replaced = true;
            let after = doc.next_sibling(n);
            doc.remove(n);
            next = next_non_blank(doc, after);
        }
        if !replaced {
            continue;
        }
        let p = doc.create_element(local_name!("p"));
        doc.replace(br, p);
        let mut next = doc.next_sibling(p);
        while let Some(n) = next {
            if doc.is(n, &local_name!("br")) {
                let after = next_non_blank(doc, doc.next_sibling(n));
                if after.is_some_and(|a| doc.is(a, &local_name!("br"))) {
                    break;
                }
            }
            if !measure::is_phrasing_content(doc, n) {
                break;
            }
            next = doc.next_sibling(n);
            doc.append(p, n);
        }
        trim_trailing_whitespace(doc, p);
        if let Some(parent) = doc.parent(p) {
            if doc.is(parent, &local_name!("p")) {
                doc.rename(parent, local_name!("div"));
            }
        }
    }
}

/// The author panels and signatures of forum posts (see
/// [`hints::POST_CHROME`]), named so by their class or by the `data-role`
/// a forum's scripts find them by (Invision's `memberSignature`). Only a
/// name every post repeats counts: a French article's single `signature`
/// is its byline. And only short blocks, so that a container of the posts
/// named after its users (`user-details-list`) is never taken for one.
fn remove_post_chrome(doc: &mut Document, root: NodeId) {
    let role = LocalName::from(POST_PART_ROLE_ATTR);
    let marked: Vec<(NodeId, String)> = doc
        .descendants(root)
        .filter(|&n| doc.is_element(n))
        .filter_map(|n| {
            [&local_name!("class"), &role]
                .into_iter()
                .filter_map(|attr| doc.attr(n, attr))
                .map(str::to_ascii_lowercase)
                .find(|name| hints::is_post_chrome(name))
                .map(|name| (n, name))
        })
        .collect();
    let mut per_class: HashMap<String, usize> = HashMap::new();
    for (_, class) in &marked {
        *per_class.entry(class.clone()).or_default() += 1;
    }
    for (block, class) in &marked {
        if per_class[class.as_str()] >= POST_CHROME_MIN_REPEATS
            && doc.parent(*block).is_some()
            && !measure::inner_text_longer_than(doc, *block, POST_CHROME_MAX_CHARS)
        {
            doc.remove(*block);
        }
    }
}

/// A product's customer reviews are its comments: what buyers say of it,
/// below what the page says it is. A reader view leaves them out as it
/// leaves out an article's comments (and the annotators of WCXB's product
/// pages mostly do). Only on a shop's page (see
/// [`Metadata::sells_products`]): on a review or a buying guide the review
/// is the content.
fn remove_customer_reviews(doc: &mut Document, root: NodeId) {
    // Measured once, before any goes: parts named so may nest deep.
    let lengths = TextLengths::of(doc, root);
    let page_len = lengths.text_len(doc, root) as f32;
    remove_elements_where(doc, root, |doc, n| {
        hints::is_named(doc, n, hints::CUSTOMER_REVIEW_WORDS)
            && (lengths.text_len(doc, n) as f32) <= page_len * CUSTOMER_REVIEWS_MAX_SHARE
    });
}

/// A cookie banner is in the saved page and in the live one alike (the
/// reader clicks the button before answering it), inside the article's
/// container or the main region as often as outside. Named for cookies or
/// consent and saying what such banners say, it goes at any size a banner
/// has; the calls to action catch the short unnamed ones.
fn remove_cookie_notices(doc: &mut Document, root: NodeId) {
    remove_elements_where(doc, root, |doc, n| {
        hints::is_named(doc, n, hints::COOKIE_NOTICE_WORDS)
            && !measure::inner_text_longer_than(doc, n, COOKIE_NOTICE_MAX_CHARS)
            && hints::has_phrase(
                &inner_text(doc, n).to_lowercase(),
                &hints::COOKIE_NOTICE_PHRASES,
            )
    });
}

/// A breadcrumb trail ("Home › Forum › Products › Roadmap") is the site's
/// navigation, the path down to the page, which the view's header stands
/// for. Named so (its class or id, `aria-label="Breadcrumb"`, schema.org's
/// `BreadcrumbList`), short, and linking, it goes wherever it stands.
fn remove_breadcrumbs(doc: &mut Document, root: NodeId) {
    remove_elements_where(doc, root, |doc, n| {
        let named = hints::is_named(doc, n, hints::BREADCRUMB_WORDS)
            || doc
                .attr(n, &local_name!("aria-label"))
                .is_some_and(|label| hints::has_word(label, hints::BREADCRUMB_WORDS))
            || item_types(doc, n).any(|t| t == "BreadcrumbList");
        named
            && !measure::inner_text_longer_than(doc, n, BREADCRUMB_MAX_CHARS)
            && doc.elements_by_tag(n, &local_name!("a")).next().is_some()
    });
}

/// A language switcher (the page in other languages: Wikipedia's
/// "Languages" menu, a site's "English | Español | Français") is the
/// site's navigation, wherever it stands. HTML has an attribute for such
/// links, `hreflang`: a list whose links mostly carry it, naming
/// [`LANGUAGE_SWITCHER_MIN_LANGUAGES`] languages or more, goes. Links that
/// all carry one language (a news site marking its headlines
/// `hreflang="en"`) are no switcher.
fn remove_language_switchers(doc: &mut Document, root: NodeId) {
    #[derive(Default)]
    struct Links {
        all: usize,
        with_language: usize,
        languages: Vec<String>,
    }
    // Each link counts for its nearest list only: one walk of the page,
    // however deep its lists nest. A list's links are tallied at its index
    // in `tally_of` (a hash map cost the wasm 2 KB more).
    let mut tally_of = vec![usize::MAX; doc.len()];
    let mut lists: Vec<(NodeId, Links)> = Vec::new();
    for a in doc.elements_by_tag(root, &local_name!("a")) {
        let Some(list) = doc
            .ancestors(a)
            .take(LANGUAGE_SWITCHER_LINK_DEPTH)
            .find(|&n| doc.is_any(n, &[local_name!("ul"), local_name!("ol")]))
        else {
            continue;
        };
        if tally_of[list.index()] == usize::MAX {
            tally_of[list.index()] = lists.len();
            lists.push((list, Links::default()));
        }
        let links = &mut lists[tally_of[list.index()]].1;
        links.all += 1;
        if let Some(language) = doc.attr(a, &local_name!("hreflang")) {
            links.with_language += 1;
            let language = language.trim().to_ascii_lowercase();
            if links.languages.len() < LANGUAGE_SWITCHER_MIN_LANGUAGES
                && !links.languages.contains(&language)
            {
                links.languages.push(language);
            }
        }
    }
    for (list, links) in lists {
        if links.languages.len() >= LANGUAGE_SWITCHER_MIN_LANGUAGES
            && links.with_language as f32 >= LANGUAGE_SWITCHER_MIN_SHARE * links.all as f32
        {
            doc.remove(list);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_document;

    #[test]
    fn breadcrumb_trails_go_by_class_aria_label_or_schema_type() {
        let crumbs = |attrs: &str, leaf: &str| {
            format!("<ol {attrs}><li><a href=/>Home</a></li><li><a href=/forum>Forum</a></li><li>{leaf}</li></ol>")
        };
        let story =
            "<p>The roadmap thread asks what comes next, and the answers run for pages.</p>";
        let long = format!(
            "<a href=/recipe>Recipe</a> {}",
            "and a long note beside it. ".repeat(10)
        );
        let mut doc = parse_document(&format!(
            "<main>{}{}{}{story}\
             <div class=breadcrumb-note>Crumbs of the old loaf feed the starter.</div>\
             <div class=breadcrumb>{long}</div></main>",
            crumbs("class='breadcrumb__path'", "Classes"),
            crumbs("aria-label=Breadcrumbs", "Labels"),
            crumbs(
                "itemscope itemtype=https://schema.org/BreadcrumbList",
                "Microdata"
            ),
        ));
        let body = doc.body().unwrap();
        remove_breadcrumbs(&mut doc, body);
        let text = doc.text_content(body);
        for trail in ["Classes", "Labels", "Microdata"] {
            assert!(!text.contains(trail), "{trail}: {text}");
        }
        // No link, or too long for a trail: kept.
        for kept in ["roadmap thread", "old loaf", "long note"] {
            assert!(text.contains(kept), "{kept}: {text}");
        }
    }

    #[test]
    fn language_switchers_go_and_links_in_one_language_stay() {
        let language = |code: &str, name: &str| {
            format!("<li><a href=https://{code}.example.org/wiki/X hreflang={code} lang={code}><span>{name}</span></a></li>")
        };
        let switcher: String = [
            ("de", "Deutsch"),
            ("es", "Español"),
            ("fr", "Français"),
            ("ja", "日本語"),
        ]
        .iter()
        .map(|(code, name)| language(code, name))
        .collect();
        // Sources in several languages among others: a reading list.
        let sources: String = (1..=6)
            .map(|i| format!("<li><a href=/source/{i}>Source {i}</a></li>"))
            .chain(["de", "fr", "es"].map(|code| language(code, "Übersetzung")))
            .collect();
        let mut doc = parse_document(&format!(
            "<main><ul id=sources>{sources}</ul><ul id=headlines><li><a href=/a hreflang=en>Tutoring shows promise</a></li>\
             <li><a href=/b hreflang=en>Schools ramp up reading</a></li>\
             <li><a href=/c hreflang=en>Why one on one works</a></li></ul>\
             <ul id=versions>{}{}</ul></main>\
             <div id=p-lang><h3>Languages</h3><ul id=switcher>{switcher}<li><a href=/edit>Edit links</a></li></ul></div>",
            language("en", "English"),
            language("es", "Español"),
        ));
        let body = doc.body().unwrap();
        remove_language_switchers(&mut doc, body);
        let text = doc.text_content(body);
        assert!(
            !text.contains("Deutsch") && !text.contains("Edit links"),
            "{text}"
        );
        // One language for all, or only two: kept.
        for kept in [
            "Tutoring shows promise",
            "Why one on one works",
            "English",
            "Source 6",
        ] {
            assert!(text.contains(kept), "{kept}: {text}");
        }
    }

    #[test]
    fn double_brs_become_paragraphs() {
        let mut doc = parse_document("<div>one<br><br>two<br><br>three</div>");
        let body = doc.body().unwrap();
        replace_brs(&mut doc, body);
        let ps: Vec<String> = doc
            .elements_by_tag(body, &local_name!("p"))
            .map(|p| doc.text_content(p))
            .collect();
        assert_eq!(ps, vec!["two", "three"]);
    }

    #[test]
    fn hidden_copies_go_and_what_else_a_stylesheet_hides_stays() {
        let lead = "The river rose four metres overnight, and by dawn the old bridge was closed. \
                    Drivers are sent north to the ferry until engineers have looked at it.";
        // The lead for phones, a word changed and its lines broken: a copy.
        let variant = "The river rose four metres<br>overnight, and by <b>morning</b> the old \
                       bridge was closed. Drivers are sent north to the ferry until engineers \
                       have looked at it.";
        // A hidden paragraph that shares a few words with the page: not one.
        let other = "The river rose again in 1953, and the old bridge held.";
        let mut doc = parse_document(&format!(
            "<main><div class=wide><h1>Flood closes bridge</h1><p><b>Update:</b> {lead}</p></div>\
             <div class=narrow data-lucid-hidden><h1>Flood closes bridge</h1>\
             <p><b>Update:</b> {lead}</p></div>\
             <div class=narrow data-lucid-hidden><p>Flood closes bridge, in brief</p></div>\
             <div class=phone data-lucid-hidden><p>{variant}</p></div>\
             <div class=other data-lucid-hidden><p>{other}</p></div>\
             <h3>Who repairs it?</h3><div class=answer data-lucid-hidden>\
             <p>The county does, within a month.</p></div>\
             <button aria-controls=a2>Who pays?</button><div id=a2 data-lucid-hidden>\
             <p>The state pays for half of it.</p></div>\
             <div style='display:none'><p>The county does</p></div></main>"
        ));
        prepare_page(&mut doc, &Metadata::default());
        let body = doc.body().unwrap();
        let text = inner_text(&doc, body);
        assert_eq!(text.matches(lead).count(), 1, "{text}");
        assert!(!text.contains("by morning"), "{text}");
        assert!(text.contains(other), "{text}");
        assert_eq!(text.matches("Flood closes bridge").count(), 2, "{text}");
        assert!(text.contains("The county does, within a month."), "{text}");
        // An accordion's question is kept with its answer, as when the page
        // itself hides the answer.
        assert!(text.contains("Who pays?The state pays"), "{text}");
        let buttons = doc.elements_by_tag(body, &local_name!("button")).count();
        assert_eq!(buttons, 0, "the question is kept as text");
        let marks = doc.descendants(body);
        assert!(
            !marks
                .into_iter()
                .any(|n| doc.has_attr(n, &LocalName::from(STYLE_HIDDEN_ATTR))),
            "what stays is read as on a saved page"
        );
    }

    #[test]
    fn a_layouts_copy_beside_its_twin_goes_and_a_refrain_stays() {
        let about = "Each mug is thrown by hand in our studio, glazed in small batches \
                     and fired twice, so no two are quite alike.";
        let chorus = "And the river keeps on rolling, and the river keeps on rolling, \
                      down to the sea.";
        let sold = "Sold out: the spring batch";
        let intro = "The makings of a good night start with the sheets you choose.";
        let mut doc = parse_document(&format!(
            "<main><div class='ssr-variant hidden-a'><h2>About</h2><p>{about}</p></div>\
             <div class='ssr-variant hidden-b'><h2>About</h2><p>{about}</p></div>\
             <section class=mobile><h2>About</h2><p>{about}</p></section>\
             <div class=verse><p>{chorus}</p></div><div class=bridge><p>Slow now.</p></div>\
             <div class=verse><p>{chorus}</p></div>\
             <div class=a><p>{sold}</p></div><div class=b><p>{sold}</p></div>\
             <p><span class=view--med>{intro}</span><span class=view--sml>{intro}</span></p>\
             <p class=lede>{chorus}</p><p class=summary>{chorus}</p>\
             <table><tr><td class=x><p>{chorus}</p></td><td class=y><p>{chorus}</p></td>\
             </tr></table>\
             <div class=wide style='display:none'><p>{chorus} {about}</p></div>\
             <div class=narrow><p>{chorus} {about}</p></div></main>"
        ));
        prepare_page(&mut doc, &Metadata::default());
        let body = doc.body().unwrap();
        let shown: String = doc
            .descendants(body)
            .filter(|&n| doc.is(n, &local_name!("p")))
            .filter(|&n| doc.ancestors(n).all(|a| is_probably_visible(&doc, a)))
            .map(|p| inner_text(&doc, p) + "\n")
            .collect();
        // One copy of the layout's part: the other kinds of box go.
        assert_eq!(shown.matches(about).count(), 2, "{shown}");
        assert_eq!(shown.matches(intro).count(), 1, "{shown}");
        assert_eq!(inner_text(&doc, body).matches("About").count(), 1);
        // Boxes of one kind repeat on purpose; short texts say the same by
        // chance; a table's cells repeat values; a paragraph (a lede and
        // its summary) is no layout's box.
        assert_eq!(shown.matches(chorus).count(), 7, "{shown}");
        assert_eq!(shown.matches(sold).count(), 2, "{shown}");
        // The hidden copy is no twin: the shown one stays.
        assert!(shown.contains(&format!("{chorus} {about}")), "{shown}");
    }

    #[test]
    fn cookie_banners_go_at_any_size_and_cookie_recipes_stay() {
        let preferences = "Strictly necessary cookies keep the site working. ".repeat(8);
        let recipe = "Cream the butter and sugar, then fold in the chocolate chips. ".repeat(8);
        let mut doc = parse_document(&format!(
            "<main><div id=cookie-consent><p>We use cookies to improve your visit.</p>\
             <h3>Manage preferences</h3><p>{preferences}</p><button>Accept</button></div>\
             <article class='post category-cookies'><h1>Brown butter cookies</h1>\
             <p>{recipe}</p><p>Bake the cookies for twelve minutes.</p></article>\
             <div class=consent-form><p>{recipe}</p></div></main>"
        ));
        prepare_page(&mut doc, &Metadata::default());
        let text = inner_text(&doc, doc.body().unwrap());
        assert!(!text.contains("We use cookies"), "{text}");
        assert!(!text.contains("Strictly necessary"), "{text}");
        // Named for cookies, but saying nothing a banner says.
        assert!(
            text.contains("Bake the cookies for twelve minutes."),
            "{text}"
        );
        // Named for consent, but not about the site's cookies.
        assert_eq!(text.matches("Cream the butter").count(), 16, "{text}");
    }
}
