//! Cleaning: what is removed or repaired before and after scoring.
//!
//! [`prepare_page`] runs once on the whole page: it recovers images hidden
//! behind lazy-loading and `<noscript>`, drops scripts and styles, and turns
//! `<br><br>` runs into paragraphs so that text is scored as prose.
//!
//! [`prepare_article`] runs on the gathered article: it removes what may sit
//! inside an article container without being the article (forms, share bars,
//! ad slots, link lists, embeds) while keeping data tables, figures and
//! code. Each step is a named function with its reason.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use html5ever::{local_name, LocalName};

use crate::dom::{Document, NodeData, NodeId};
use crate::hints;
use crate::measure::{
    self, inner_text, inner_text_len, is_probably_visible, link_density, TextLengths,
};
use crate::metadata::{day_of, written_date_day};
use crate::score::{class_weight, Flags, CHAR_THRESHOLD};
use crate::text;

/// Elements that embed another document or plugin.
const EMBED_TAGS: [LocalName; 3] = [
    local_name!("object"),
    local_name!("embed"),
    local_name!("iframe"),
];
/// Attribute values that look like image URLs (`photo.jpg`, `x.webp?w=1`).
const IMAGE_EXTENSIONS: &[&str] = &[".jpg", ".jpeg", ".png", ".webp"];
/// A base64 data URI shorter than this is a placeholder pixel, not a photo.
const PLACEHOLDER_DATA_URI_BYTES: usize = 133;
/// An element hiding more than this share of the page's text is a veil over
/// the page while it loads. (A hidden part of a page, a closed tab or a
/// dialog, holds less: up to 65% in Readability.js's test pages.)
const LOADING_VEIL_SHARE: f32 = 0.75;
/// The longest form terms: a few sentences of legalese.
const FORM_CONSENT_MAX_CHARS: usize = 600;
/// The longest ad label or loading placeholder ("Loading comments...").
const LABEL_MAX_CHARS: usize = 20;
/// The longest ad marker ("Advertisement - story continues below").
const AD_MARKER_MAX_CHARS: usize = 60;
/// A code block with fewer lines numbered has no gutter to remove.
const MIN_NUMBERED_LINES: usize = 2;
/// A `<noscript>` with this much text holds the page's content.
const NOSCRIPT_CONTENT_CHARS: usize = 500;
/// Headings, for finding the blocks they introduce.
pub(crate) const HEADING_TAGS: [LocalName; 6] = [
    local_name!("h1"),
    local_name!("h2"),
    local_name!("h3"),
    local_name!("h4"),
    local_name!("h5"),
    local_name!("h6"),
];
/// A recommendation heading is a few words.
const RECOMMENDATION_HEADING_MAX_CHARS: usize = 60;
/// A block this linky under such a heading is a list of links elsewhere.
const RECOMMENDATION_LINK_DENSITY: f32 = 0.5;
/// Or a box of cards, however little of its text is linked (a card's link
/// is often its picture): at least this many links, ...
const RECOMMENDATION_CARDS_MIN_LINKS: usize = 3;
/// ... a card's few words per link, and no paragraph of prose
/// ([`measure::holds_prose_paragraph`]).
const RECOMMENDATION_CARD_MAX_CHARS: usize = 300;
/// A credit line is short; longer, it is a caption that names one. The
/// shortest credit is an agency's name ("Alamy").
const IMAGE_CREDIT_MAX_CHARS: usize = 100;
const IMAGE_CREDIT_MIN_CHARS: usize = 5;
/// A button-like link says a few words.
const ACTION_LINK_MAX_CHARS: usize = 40;
/// A byline line may lead the name with a few words ("Written by"), no more.
const BYLINE_LEAD_MAX_CHARS: usize = 15;
/// A shorter byline ("G", "M") could be any word of the text.
const MIN_BYLINE_CHARS: usize = 3;
/// A dateline may lead its date with a few words ("Published on"), no more.
const DATELINE_LEAD_MAX_CHARS: usize = 20;
/// A line holding the article's date written in English, and at most this
/// many characters in all ("Published: September 30, 2025"), is a dateline.
const WRITTEN_DATELINE_MAX_CHARS: usize = 40;
/// A repeated block is dropped when it is at least this long (and at most
/// a long post: a page of text in one block is not compared)...
const REPEATED_BLOCK_MIN_CHARS: usize = 51;
const REPEATED_BLOCK_MAX_CHARS: usize = 20_000;
/// ... and not mostly links.
const REPEATED_BLOCK_MAX_LINK_DENSITY: f32 = 0.5;
/// An inline recommendation ("Also read: <a>…</a>") is one line: its lead
/// is a few words, and the paragraph at most this long.
const INLINE_RECOMMENDATION_MAX_CHARS: usize = 200;
const INLINE_RECOMMENDATION_LEAD_MAX_CHARS: usize = 40;
/// Besides its lead, such a paragraph is links, less a few characters of
/// punctuation and spacing between them.
const INLINE_RECOMMENDATION_SLACK_CHARS: f32 = 10.0;
/// A tag list is a line of links.
const TAG_LIST_MAX_CHARS: usize = 300;
/// An author card is a paragraph or two; longer is content so named.
const AUTHOR_CARD_MAX_CHARS: usize = 1000;
/// A table of contents' label is a few words ("Table of contents [hide]").
const TABLE_OF_CONTENTS_LABEL_MAX_CHARS: usize = 40;
/// A call-to-action box is short; longer text is content that mentions one.
const CALL_TO_ACTION_MAX_CHARS: usize = 200;
/// A cookie banner with its preferences panel is a few paragraphs; a named
/// block longer than this is content that mentions cookies.
const COOKIE_NOTICE_MAX_CHARS: usize = 3000;
/// A post's author panel or signature is a few lines; longer is the post.
const POST_CHROME_MAX_CHARS: usize = 500;
/// Posts of a thread: at least this many carry the same author panel.
const POST_CHROME_MIN_REPEATS: usize = 2;
/// A call-to-action box is small: a block of more nodes than this is a
/// container of the page, whatever its text (and measuring the text of
/// every element of a deep tree of empty elements would be quadratic).
const CALL_TO_ACTION_MAX_NODES: usize = 1_000;
/// A conditionally-cleaned element with this many commas is prose: kept.
const PROSE_COMMAS: usize = 10;
/// Tables at least this many rows long, or wider than this, hold data.
const DATA_TABLE_MIN_ROWS: usize = 10;
const DATA_TABLE_MIN_COLUMNS: usize = 4;
const DATA_TABLE_MIN_CELLS: usize = 10;

// ----- the page, before scoring -------------------------------------------

/// Prepares the whole page for scoring.
pub fn prepare_page(doc: &mut Document) {
    place_streamed_content(doc);
    remove_placeholder_images(doc);
    // Scripts and styles first: their text (a JSON preload) must not count
    // as the page's visible text when `<noscript>` is weighed against it.
    remove_all(
        doc,
        Document::ROOT,
        &[local_name!("script"), local_name!("style")],
    );
    unwrap_noscript_images(doc);
    unwrap_noscript_content(doc);
    lift_loading_veil(doc);
    remove_all(doc, Document::ROOT, &[local_name!("noscript")]);
    if let Some(body) = doc.body() {
        replace_brs(doc, body);
        for font in collect_tag(doc, body, &local_name!("font")) {
            doc.rename(font, local_name!("span"));
        }
        // Before scoring, which unwraps a signature's `<div>` into a plain
        // paragraph and so loses the name that marks it.
        remove_post_chrome(doc, body);
        remove_cookie_notices(doc, body);
    }
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

/// Pages rendered by React on the server as a stream send the slow parts
/// of the page last, in a `<div hidden id="S:n">` at the end of the body,
/// with a script (`$RC`, `$RS`) that moves them into their place: where a
/// `<template id="B:n">` (a Suspense boundary, after its loading fallback)
/// or `<template id="P:n">` (a segment) stands. The live page shows them in
/// place; here the script does not run, so the move is done as it would
/// do it, or the article is a hidden block behind a loading skeleton.
fn place_streamed_content(doc: &mut Document) {
    let Some(body) = doc.body() else { return };
    let streamed: Vec<(NodeId, String)> = doc
        .descendants(body)
        .filter(|&n| doc.is(n, &local_name!("div")) && doc.has_attr(n, &local_name!("hidden")))
        .filter_map(|n| {
            let number = doc.attr(n, &local_name!("id"))?.strip_prefix("S:")?;
            Some((n, number.to_string()))
        })
        .collect();
    if streamed.is_empty() {
        return;
    }
    let templates: HashMap<String, NodeId> = doc
        .elements_by_tag(Document::ROOT, &local_name!("template"))
        .filter_map(|t| Some((doc.attr(t, &local_name!("id"))?.to_string(), t)))
        .collect();
    for (segment, number) in streamed {
        if let Some(&boundary) = templates.get(&format!("B:{number}")) {
            let Some(parent) = doc.parent(boundary) else {
                continue;
            };
            // A segment holding its own boundary would be moved into itself.
            if !doc.is_inclusive_descendant(parent, segment) {
                let end = remove_suspense_fallback(doc, boundary);
                move_children(doc, segment, parent, end);
            }
        } else if let Some(&placeholder) = templates.get(&format!("P:{number}")) {
            let Some(parent) = doc.parent(placeholder) else {
                continue;
            };
            if !doc.is_inclusive_descendant(parent, segment) {
                move_children(doc, segment, parent, Some(placeholder));
                doc.detach(placeholder);
            }
        }
    }
}

/// Removes a Suspense boundary's template and the fallback after it, up to
/// the `<!--/$-->` comment that closes the boundary (nested boundaries
/// counted), and returns that comment: where the content goes. A page
/// saved without its comments has no such mark: then the fallback is the
/// one element after the template, and the content goes in its place
/// (removing up to a mark that never comes would take the rest of the
/// page with it).
fn remove_suspense_fallback(doc: &mut Document, template: NodeId) -> Option<NodeId> {
    let Some(end) = suspense_boundary_end(doc, template) else {
        let fallback = doc.next_element_sibling(template);
        let after = fallback.and_then(|f| doc.next_sibling(f));
        doc.detach(template);
        if let Some(fallback) = fallback {
            doc.detach(fallback);
        }
        return after;
    };
    let mut cur = Some(template);
    while let Some(node) = cur.filter(|&n| n != end) {
        cur = doc.next_sibling(node);
        doc.detach(node);
    }
    Some(end)
}

/// The `<!--/$-->` comment that closes the boundary opened before
/// `template`, if the page has it.
fn suspense_boundary_end(doc: &Document, template: NodeId) -> Option<NodeId> {
    let mut depth = 0usize;
    let mut cur = doc.next_sibling(template);
    while let Some(node) = cur {
        if let NodeData::Comment(data) = &doc.node(node).data {
            match data.as_str() {
                "/$" if depth == 0 => return Some(node),
                "/$" => depth -= 1,
                "$" | "$?" | "$!" => depth += 1,
                _ => {}
            }
        }
        cur = doc.next_sibling(node);
    }
    None
}

/// Moves `from`'s children into `parent`, before `before` (at the end when
/// there is none).
fn move_children(doc: &mut Document, from: NodeId, parent: NodeId, before: Option<NodeId>) {
    match before {
        Some(b) => {
            while let Some(child) = doc.first_child(from) {
                doc.insert_before(b, child);
            }
        }
        None => doc.reparent_children(from, parent),
    }
}

/// Every element below `root` with this tag, collected so the tree can be
/// changed while going through them.
fn collect_tag(doc: &Document, root: NodeId, tag: &LocalName) -> Vec<NodeId> {
    doc.elements_by_tag(root, tag).collect()
}

/// Removes every element with one of these tags below `root`.
fn remove_all(doc: &mut Document, root: NodeId, tags: &[LocalName]) {
    let found: Vec<NodeId> = doc
        .descendants(root)
        .filter(|&n| doc.is_any(n, tags))
        .collect();
    for n in found {
        doc.detach(n);
    }
}

fn looks_like_image_url(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    IMAGE_EXTENSIONS.iter().any(|e| lower.contains(e))
}

/// Images with no source and no attribute that could hold one are
/// lazy-loading placeholders that will never show anything.
fn remove_placeholder_images(doc: &mut Document) {
    for img in collect_tag(doc, Document::ROOT, &local_name!("img")) {
        let Some(e) = doc.element(img) else { continue };
        let has_source = e.attrs.iter().any(|a| {
            matches!(
                &*a.name.local,
                "src" | "srcset" | "data-src" | "data-srcset"
            ) || looks_like_image_url(&a.value)
        });
        if !has_source {
            doc.detach(img);
        }
    }
}

/// Does this element hold exactly one image and nothing else?
fn is_single_image(doc: &Document, mut id: NodeId) -> bool {
    loop {
        if doc.is(id, &local_name!("img")) {
            return true;
        }
        let mut children = doc.element_children(id);
        let (Some(only), None) = (children.next(), children.next()) else {
            return false;
        };
        if measure::has_text(doc, id) {
            return false;
        }
        id = only;
    }
}

/// Lazy-loading pages put the real image in `<noscript>` next to a
/// placeholder; the placeholder is replaced by the real image, keeping any
/// image URLs the placeholder carried.
fn unwrap_noscript_images(doc: &mut Document) {
    for noscript in collect_tag(doc, Document::ROOT, &local_name!("noscript")) {
        if !is_single_image(doc, noscript) {
            continue;
        }
        let Some(prev) = doc.prev_element_sibling(noscript) else {
            continue;
        };
        if !is_single_image(doc, prev) {
            continue;
        }
        let prev_img = if doc.is(prev, &local_name!("img")) {
            Some(prev)
        } else {
            doc.elements_by_tag(prev, &local_name!("img")).next()
        };
        let new_img = doc.elements_by_tag(noscript, &local_name!("img")).next();
        let (Some(prev_img), Some(new_img)) = (prev_img, new_img) else {
            continue;
        };
        let old_attrs = doc.attributes(prev_img);
        for (name, value) in old_attrs {
            if value.is_empty() {
                continue;
            }
            if name == "src" || name == "srcset" || looks_like_image_url(&value) {
                let atom = LocalName::from(name.as_str());
                if doc.attr(new_img, &atom) == Some(value.as_str()) {
                    continue;
                }
                let target = if doc.has_attr(new_img, &atom) {
                    format!("data-old-{name}")
                } else {
                    name
                };
                doc.set_attr(new_img, &target, &value);
            }
        }
        let replacement = doc.element_children(noscript).next().unwrap_or(new_img);
        doc.replace(prev, replacement);
    }
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

/// Some pages hide themselves while their scripts load (Next.js's
/// `<div style="visibility:hidden">` around the whole page), and show
/// themselves once they have. What hides most of the page's text (a share
/// above [`LOADING_VEIL_SHARE`]) is such a veil, not hidden content: it is
/// lifted, as the page's scripts would.
fn lift_loading_veil(doc: &mut Document) {
    let Some(body) = doc.body() else { return };
    let hidden: Vec<NodeId> = doc
        .descendants(body)
        .filter(|&n| doc.is_element(n) && !is_probably_visible(doc, n))
        .collect();
    if hidden.is_empty() {
        return;
    }
    let lengths = measure::TextLengths::of(doc, body);
    let page_len = lengths.text_len(doc, body);
    for n in hidden {
        if lengths.text_len(doc, n) as f32 > LOADING_VEIL_SHARE * page_len as f32 {
            for attr in ["style", "hidden", "aria-hidden"] {
                doc.remove_attr(n, attr);
            }
        }
    }
}

/// The next sibling that is not whitespace-only text.
fn next_non_blank(doc: &Document, mut cur: Option<NodeId>) -> Option<NodeId> {
    while let Some(n) = cur {
        if doc.is_element(n) || !doc.text(n).is_some_and(|t| t.trim().is_empty()) {
            return Some(n);
        }
        cur = doc.next_sibling(n);
    }
    None
}

/// `text<br><br>text` is how many pages write paragraphs: each run of two
/// or more `<br>`s starts a `<p>` holding the inline content that follows.
fn replace_brs(doc: &mut Document, root: NodeId) {
    for br in collect_tag(doc, root, &local_name!("br")) {
        if doc.parent(br).is_none() {
            continue;
        }
        let mut replaced = false;
        let mut next = next_non_blank(doc, doc.next_sibling(br));
        while let Some(n) = next.filter(|&n| doc.is(n, &local_name!("br"))) {
            replaced = true;
            let after = doc.next_sibling(n);
            doc.detach(n);
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
        while let Some(last) = doc.last_child(p) {
            if !measure::is_whitespace(doc, last) {
                break;
            }
            doc.detach(last);
        }
        if let Some(parent) = doc.parent(p) {
            if doc.is(parent, &local_name!("p")) {
                doc.rename(parent, local_name!("div"));
            }
        }
    }
}

// ----- the article, after gathering ----------------------------------------

/// Cleans the gathered article in place.
pub fn prepare_article(doc: &mut Document, article: NodeId, flags: Flags) {
    let data_tables = mark_data_tables(doc, article);
    fix_lazy_images(doc, article);
    let cleaner = Conditional {
        flags,
        data_tables: &data_tables,
    };
    cleaner.clean(doc, article, &local_name!("form"));
    cleaner.clean(doc, article, &local_name!("fieldset"));
    remove_all(
        doc,
        article,
        &[
            local_name!("object"),
            local_name!("embed"),
            local_name!("footer"),
            local_name!("link"),
            local_name!("aside"),
        ],
    );
    remove_share_elements(doc, article);
    remove_author_cards(doc, article);
    remove_tag_lists(doc, article);
    remove_calls_to_action(doc, article);
    remove_recommendation_blocks(doc, article);
    remove_inline_recommendations(doc, article);
    remove_all(
        doc,
        article,
        &[
            local_name!("iframe"),
            local_name!("input"),
            local_name!("textarea"),
            local_name!("select"),
            local_name!("button"),
        ],
    );
    remove_negative_headers(doc, article, flags);
    cleaner.clean(doc, article, &local_name!("table"));
    cleaner.clean(doc, article, &local_name!("ul"));
    cleaner.clean(doc, article, &local_name!("div"));
    // The title is shown separately; headings in the article start at h2.
    for h1 in collect_tag(doc, article, &local_name!("h1")) {
        doc.rename(h1, local_name!("h2"));
    }
    remove_empty_paragraphs(doc, article);
    remove_brs_before_paragraphs(doc, article);
    unwrap_single_cell_tables(doc, article);
}

/// What the view's header shows of the article, above its content.
pub struct Shown<'a> {
    /// The date it was published (ISO 8601), the metadata's.
    pub published: Option<&'a str>,
    /// Its author(s), as the metadata or the page's marked byline say.
    pub byline: Option<&'a str>,
}

/// The last cleaning, on the content chosen: what it removes must not
/// change which attempt wins (a shorter text can lose the scorer's length
/// test and let a worse attempt through), so it runs only once the choice
/// is made. It removes prose shown twice, links that are buttons, lines
/// crediting pictures, a dateline or a byline the view's header shows
/// already (`shown`), a form's messages and terms, stand-ins (loading
/// placeholders, ad labels, controls drawn as text) and the labels of
/// tables of contents that are not there, all found on the tree as it is
/// before any goes.
pub fn tidy_chosen_content(doc: &mut Document, root: NodeId, shown: &Shown) {
    let lengths = TextLengths::of(doc, root);
    let mut doomed = repeated_blocks(doc, root, &lengths);
    doomed.extend(action_links(doc, root, &lengths));
    doomed.extend(image_credits(doc, root, &lengths));
    doomed.extend(datelines(doc, root, &lengths, shown.published));
    doomed.extend(byline_lines(doc, root, &lengths, shown.byline));
    doomed.extend(form_messages(doc, root, &lengths));
    doomed.extend(stand_ins(doc, root, &lengths));
    doomed.extend(tables_of_contents_gone(doc, root, &lengths));
    for n in doomed {
        // One may hold another.
        if doc.is_inclusive_descendant(n, root) {
            detach_with_bare_wrappers(doc, n, root);
        }
    }
    remove_media_fallbacks(doc, root);
    for number in line_number_gutters(doc, root) {
        doc.detach(number);
    }
}

/// Line numbers drawn into a code block, as each line's first element
/// (1, 2, 3...), are a gutter the page's stylesheet sets apart and keeps
/// from being selected; in the view they would run into the code
/// ("1import os") and be copied with it.
fn line_number_gutters(doc: &Document, root: NodeId) -> Vec<NodeId> {
    doc.elements_by_tag(root, &local_name!("pre"))
        .filter_map(|pre| line_numbers(doc, pre))
        .flatten()
        .collect()
}

/// The elements numbering the lines of a `<pre>`, when every line with
/// text starts with one holding only its number, counting from 1.
fn line_numbers(doc: &Document, pre: NodeId) -> Option<Vec<NodeId>> {
    let mut numbers: Vec<NodeId> = Vec::new();
    let (mut at_line_start, mut after_number) = (true, false);
    for n in doc.descendants(pre) {
        let Some(text) = doc.text(n) else {
            continue;
        };
        let word = text.trim();
        if word.is_empty() {
            at_line_start |= text.contains('\n');
            continue;
        }
        // After a number comes the line's code, or (a blank line) the next
        // line's number.
        if at_line_start || after_number {
            let holder = doc.parent(n).filter(|&h| h != pre)?;
            if word == (numbers.len() + 1).to_string() && inner_text(doc, holder) == word {
                numbers.push(holder);
                (at_line_start, after_number) = (false, true);
                continue;
            }
            if at_line_start {
                return None;
            }
        }
        after_number = false;
        at_line_start = text.trim_end_matches([' ', '\t']).ends_with('\n');
    }
    (numbers.len() >= MIN_NUMBERED_LINES).then_some(numbers)
}

/// What a `<video>` or `<audio>` holds besides its sources and tracks is
/// for browsers that cannot play it ("Your browser does not support the
/// video tag"): never shown where the player is, it would only count in the
/// article's text.
fn remove_media_fallbacks(doc: &mut Document, root: NodeId) {
    let media: Vec<NodeId> = doc
        .descendants(root)
        .filter(|&n| doc.is_any(n, &[local_name!("video"), local_name!("audio")]))
        .collect();
    for player in media {
        let fallback: Vec<NodeId> = doc
            .children(player)
            .filter(|&c| !doc.is_any(c, &[local_name!("source"), local_name!("track")]))
            .collect();
        for n in fallback {
            doc.detach(n);
        }
    }
}

/// A block of text that repeats, word for word, one shown earlier in the
/// article is shown once: a forum reply quoting an earlier post, a section
/// printed for both the desktop and the mobile layout, a story the page
/// holds twice. Only text blocks long enough to be prose count, and not
/// table cells (a table repeats values) nor link lists (a table of contents
/// repeats the headings it links to, which stay).
fn repeated_blocks(doc: &Document, article: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    let elements: Vec<NodeId> = doc
        .descendants(article)
        .filter(|&n| doc.is_element(n))
        .collect();
    // Blocks that hold another block are not compared: their innermost
    // blocks are.
    let holds_block: HashSet<NodeId> = elements
        .iter()
        .filter(|&&n| !doc.tag(n).is_some_and(measure::is_phrasing_tag))
        .map(|&n| block_of(doc, n, article))
        .collect();
    // Each text, and what holds its first block.
    let mut seen: HashMap<String, NodeId> = HashMap::new();
    let holder = |n: NodeId| {
        doc.parent(n)
            .map(|p| (doc.tag(p), doc.attr(p, &local_name!("class"))))
    };
    let mut repeats = Vec::new();
    for &n in &elements {
        if holds_block.contains(&n)
            || doc.tag(n).is_none_or(measure::is_phrasing_tag)
            || doc.is_any(n, &[local_name!("td"), local_name!("th")])
            || !(REPEATED_BLOCK_MIN_CHARS..=REPEATED_BLOCK_MAX_CHARS)
                .contains(&lengths.text_len(doc, n))
            || lengths.link_density(doc, n) > REPEATED_BLOCK_MAX_LINK_DENSITY
        {
            continue;
        }
        match seen.entry(inner_text(doc, n)) {
            Entry::Vacant(first) => {
                first.insert(n);
            }
            // In a box like its twin's, a repeat is meant: a refrain, a
            // page of placeholder text, sections that say the same thing.
            // A quote, a mobile layout's copy, is in a box of another kind.
            Entry::Occupied(first) if holder(*first.get()) != holder(n) => repeats.push(n),
            Entry::Occupied(_) => {}
        }
    }
    repeats
}

/// Words that stand where something else was to be, alone in their block:
/// "Loading..." where a script was to put content (a carousel, a price, a
/// list of reviews), an ad slot's label ("Advertisement", "Story continues
/// below advertisement") where a script was to put the ad, and a control's
/// label ("Add to cart", "Sort by") where a script was to make a button of
/// it. None of those scripts runs in the view, and the words are not the
/// article's. A table's cell keeps its word, whatever it is: a column may
/// be headed "Sponsored".
fn stand_ins(doc: &Document, root: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    doc.descendants(root)
        .filter(|&n| {
            // Where it stands first: most short elements are words of a
            // sentence, and their text need not be built. A link so
            // labelled is the control itself, wherever it is.
            if doc.tag(n).is_some_and(measure::is_phrasing_tag)
                && !fills_its_block(doc, n, root, lengths)
            {
                return false;
            }
            let Some(text) = label_text(doc, n, lengths, AD_MARKER_MAX_CHARS) else {
                return false;
            };
            let short = lengths.text_len(doc, n) <= LABEL_MAX_CHARS;
            ((short && (hints::is_loading_placeholder(&text) || hints::is_control_label(&text)))
                || hints::is_ad_label(&text))
                && !std::iter::once(n)
                    .chain(doc.ancestors(n).take_while(|&a| a != root))
                    .any(|a| doc.is_any(a, &[local_name!("td"), local_name!("th")]))
        })
        .collect()
}

/// The label of a table of contents ("Table of contents", "On this page")
/// with no table after it, its list built by a script that does not run
/// here or cleaned away as links: a heading over nothing, or over the
/// article's first paragraph. A table that is there stays, label and all:
/// its links into the page work in the view too (ids are kept, see
/// `serialize`), and a long document is the easier to read with it.
fn tables_of_contents_gone(doc: &Document, root: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    doc.descendants(root)
        .filter(|&label| {
            doc.is_element(label)
                && fills_its_block(doc, label, root, lengths)
                && label_text(doc, label, lengths, TABLE_OF_CONTENTS_LABEL_MAX_CHARS)
                    .is_some_and(|text| hints::is_table_of_contents_label(&text))
                && !labels_a_list(doc, outermost_holder(doc, label, root, lengths), lengths)
        })
        .collect()
}

/// The whole text of `n` (see [`inner_text`]), lowercased, when `n` is an
/// element whose text is at most `max_chars` long: a label's, to be told by
/// its words.
fn label_text(
    doc: &Document,
    n: NodeId,
    lengths: &TextLengths,
    max_chars: usize,
) -> Option<String> {
    (doc.is_element(n) && lengths.text_len(doc, n) <= max_chars)
        .then(|| inner_text(doc, n).to_lowercase())
}

/// Whether the first sibling with text after `n` is a list or links.
fn labels_a_list(doc: &Document, n: NodeId, lengths: &TextLengths) -> bool {
    std::iter::successors(doc.next_sibling(n), |&s| doc.next_sibling(s))
        .find(|&s| lengths.text_len(doc, s) > 0)
        .is_some_and(|next| {
            doc.is_any(
                next,
                &[local_name!("ul"), local_name!("ol"), local_name!("nav")],
            ) || measure::count_tag(doc, next, &local_name!("li")) > 0
                || lengths.link_density(doc, next) > RECOMMENDATION_LINK_DENSITY
        })
}

/// The outermost element around `n` (below `root`) whose text is `n`'s:
/// the box of a label, whose siblings are what stands beside it.
fn outermost_holder(doc: &Document, n: NodeId, root: NodeId, lengths: &TextLengths) -> NodeId {
    let len = lengths.text_len(doc, n);
    let mut holder = n;
    while let Some(parent) = doc.parent(holder) {
        if parent == root || lengths.text_len(doc, parent) != len {
            break;
        }
        holder = parent;
    }
    holder
}

/// Links that are buttons to act ("Book now", "Sign up", "Read more", or
/// any link drawn as a button: `class="btn"`) or skip links ("Skip to main
/// content"), where each stands alone: not a word of a sentence, but the
/// whole text of its block.
fn action_links(doc: &Document, root: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    doc.elements_by_tag(root, &local_name!("a"))
        .filter(|&a| {
            if lengths.text_len(doc, a) > ACTION_LINK_MAX_CHARS {
                return false;
            }
            let text = inner_text(doc, a).to_lowercase();
            let text = text.trim_matches(|c: char| {
                c.is_whitespace() || matches!(c, '!' | '→' | '›' | '»' | '>' | '+' | '↑')
            });
            let to_this_page = doc
                .attr(a, &local_name!("href"))
                .is_some_and(|h| h.starts_with('#'));
            let styled_as_button = doc
                .attr(a, &local_name!("class"))
                .is_some_and(|c| hints::has_word(c, hints::BUTTON_CLASSES));
            let acts = hints::is_action_link_text(text)
                || styled_as_button
                || (to_this_page && hints::is_skip_link_text(text));
            acts && fills_its_block(doc, a, root, lengths)
        })
        .collect()
}

/// Lines crediting a picture ("Credit: The Spruce Eats", "Getty Images"),
/// in a caption or under the picture, are for the rights holder, not the
/// reader. Only a whole short line goes: a caption that ends with its
/// credit keeps it, its words are the article's.
fn image_credits(doc: &Document, root: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    doc.descendants(root)
        .filter(|&n| {
            doc.is_element(n)
                && (IMAGE_CREDIT_MIN_CHARS..=IMAGE_CREDIT_MAX_CHARS)
                    .contains(&lengths.text_len(doc, n))
                && hints::is_image_credit(inner_text(doc, n).to_lowercase().trim())
                && !has_media(doc, n)
        })
        .collect()
}

/// A line that is only the article's date, a `<time>` of the day the
/// metadata gives (`published`), or else that day written in English ("May
/// 18, 2023"), would print the date a second time under the view's header,
/// which shows it. A date within a sentence, or another day's (an update),
/// stays.
fn datelines(
    doc: &Document,
    root: NodeId,
    lengths: &TextLengths,
    published: Option<&str>,
) -> Vec<NodeId> {
    let Some(day) = published.and_then(day_of) else {
        return Vec::new();
    };
    doc.elements_by_tag(root, &local_name!("time"))
        .filter_map(|time| {
            if doc.attr(time, &local_name!("datetime")).and_then(day_of) != Some(day) {
                return None;
            }
            let block = block_of(doc, time, root);
            let lead = lengths.text_len(doc, block) - lengths.text_len(doc, time);
            // Digits beside the date are another date or a time: more than
            // the header says.
            let digits = |n| {
                inner_text(doc, n)
                    .bytes()
                    .filter(u8::is_ascii_digit)
                    .count()
            };
            (block != root && lead <= DATELINE_LEAD_MAX_CHARS && digits(block) == digits(time))
                .then_some(block)
        })
        // The article's date is printed once; later ones of the same day
        // date the posts of a thread, each its own.
        .next()
        .or_else(|| written_dateline(doc, root, lengths, day))
        .into_iter()
        .collect()
}

/// The first short line of text whose only date is `day` written in English.
fn written_dateline(
    doc: &Document,
    root: NodeId,
    lengths: &TextLengths,
    day: &str,
) -> Option<NodeId> {
    doc.descendants(root)
        .filter(|&n| {
            doc.is_element(n)
                && !doc.tag(n).is_some_and(measure::is_phrasing_tag)
                && doc.children(n).any(|c| doc.is_text(c))
                && lengths.text_len(doc, n) <= WRITTEN_DATELINE_MAX_CHARS
        })
        .find(|&n| {
            let line = inner_text(doc, n);
            // A day and a year: more digits are another date or a time.
            line.bytes().filter(u8::is_ascii_digit).count() <= 6
                && written_date_day(&line).as_deref() == Some(day)
        })
}

/// A line that is only the article's byline ("By Rick Steves", "Written
/// by Autumn Huerter"), the one the view's header shows, would print it a
/// second time just under it. A name in a sentence, a link to the author's
/// page as much as plain text, stays. Only the first such line goes, as
/// for datelines: a thread's posts each carry their author's name.
fn byline_lines(
    doc: &Document,
    root: NodeId,
    lengths: &TextLengths,
    byline: Option<&str>,
) -> Vec<NodeId> {
    let Some(byline) = byline.map(|b| text::normalize_whitespace(b).to_lowercase()) else {
        return Vec::new();
    };
    let byline = hints::without_byline_lead(&byline);
    let min_chars = byline.chars().count();
    if min_chars < MIN_BYLINE_CHARS {
        return Vec::new();
    }
    doc.descendants(root)
        .filter(|&n| {
            // The name and at most a short lead: measured before any text
            // is built, as most short elements are far shorter.
            doc.is_element(n)
                && lengths.text_len(doc, n) >= min_chars
                && (!measure::is_phrasing_content(doc, n) || fills_its_block(doc, n, root, lengths))
                && label_text(doc, n, lengths, min_chars + BYLINE_LEAD_MAX_CHARS)
                    .is_some_and(|text| hints::without_byline_lead(&text) == byline)
        })
        .take(1)
        .collect()
}

/// What a form says once sent ("Thank you! Your submission has been
/// received!") or when sending fails: shown by the page's scripts after a
/// submission, hidden until then by its stylesheets, which are not read
/// here. Form builders mark them with their own classes. And the terms
/// beside its button ("By signing up, you agree to..."), which stay when
/// the form itself is cleaned away.
fn form_messages(doc: &Document, root: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    doc.descendants(root)
        .filter(|&n| {
            let marked = doc.attr(n, &local_name!("class")).is_some_and(|c| {
                c.split_ascii_whitespace().any(|w| {
                    hints::FORM_MESSAGE_CLASSES
                        .iter()
                        .any(|m| m.eq_ignore_ascii_case(w))
                })
            });
            marked
                || (doc.is_any(n, &[local_name!("p"), local_name!("div")])
                    && lengths.text_len(doc, n) <= FORM_CONSENT_MAX_CHARS
                    // Every form's terms start so: asked before the text
                    // of every paragraph is built.
                    && starts_with_word(doc, n, "by")
                    && hints::is_form_consent(&inner_text(doc, n).to_lowercase()))
        })
        .collect()
}

/// Whether the text of `n` starts with the word `word` (ASCII, in any
/// case), read from its first text alone.
fn starts_with_word(doc: &Document, n: NodeId, word: &str) -> bool {
    let first = doc
        .descendants(n)
        .filter_map(|d| doc.text(d))
        .map(str::trim_start)
        .find(|t| !t.is_empty());
    first.is_some_and(|t| {
        t.get(..word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
            && !t[word.len()..].starts_with(char::is_alphanumeric)
    })
}

/// Whether `n` holds the whole text of the block it sits in ([`block_of`]):
/// a link that is the whole line, not a word of a sentence.
fn fills_its_block(doc: &Document, n: NodeId, root: NodeId, lengths: &TextLengths) -> bool {
    lengths.text_len(doc, block_of(doc, n, root)) == lengths.text_len(doc, n)
}

/// The nearest ancestor of `n` that is not phrasing content, or `root`:
/// the block a link or a word (or a block) sits in.
fn block_of(doc: &Document, n: NodeId, root: NodeId) -> NodeId {
    doc.ancestors(n)
        .take_while(|&a| a != root)
        .find(|&a| !doc.tag(a).is_some_and(measure::is_phrasing_tag))
        .unwrap_or(root)
}

/// Detaches `n`, with the boxes around it (below `root`) that hold nothing
/// else, no text and no other element (a picture): removing a quote's text
/// removes the quote's frame, a credit's its line, but not the figure.
fn detach_with_bare_wrappers(doc: &mut Document, n: NodeId, root: NodeId) {
    let len = inner_text_len(doc, n);
    let mut gone = n;
    while let Some(parent) = doc.parent(gone) {
        if parent == root
            || doc.element_children(parent).nth(1).is_some()
            || inner_text_len(doc, parent) != len
        {
            break;
        }
        gone = parent;
    }
    doc.detach(gone);
}

/// The author panels and signatures of forum posts (see
/// [`hints::POST_CHROME`]). Only a class every post repeats counts: a
/// French article's single `signature` is its byline. And only short
/// blocks, so that a container of the posts named after its users
/// (`user-details-list`) is never taken for one.
fn remove_post_chrome(doc: &mut Document, root: NodeId) {
    let marked: Vec<(NodeId, String)> = doc
        .descendants(root)
        .filter(|&n| doc.is_element(n))
        .filter_map(|n| {
            let class = doc.attr(n, &local_name!("class"))?;
            let lower = class.to_ascii_lowercase();
            hints::is_post_chrome(&lower).then_some((n, lower))
        })
        .collect();
    let mut per_class: HashMap<&str, usize> = HashMap::new();
    for (_, class) in &marked {
        *per_class.entry(class).or_default() += 1;
    }
    for (block, class) in &marked {
        if per_class[class.as_str()] >= POST_CHROME_MIN_REPEATS
            && doc.parent(*block).is_some()
            && !measure::inner_text_longer_than(doc, *block, POST_CHROME_MAX_CHARS)
        {
            doc.detach(*block);
        }
    }
}

/// Small blocks named like share bars ("share", "sharedaddy") inside the
/// article's top-level children; the children themselves are kept.
fn remove_share_elements(doc: &mut Document, article: NodeId) {
    let tops: Vec<NodeId> = doc.element_children(article).collect();
    for top in tops {
        remove_elements_where(doc, top, |doc, n| {
            hints::is_share_element(&hints::class_and_id_lower(doc, n))
                && doc.text_content(n).chars().count() < CHAR_THRESHOLD
        });
    }
}

/// Removes the elements below `root` (not `root`) that `matches` picks,
/// outermost first: what is inside a removed one is not looked at.
fn remove_elements_where(
    doc: &mut Document,
    root: NodeId,
    matches: impl Fn(&Document, NodeId) -> bool,
) {
    let mut cur = doc.first_child(root);
    while let Some(n) = cur {
        if doc.is_element(n) && matches(doc, n) {
            let next = doc.next_in_order(n, root, true);
            doc.detach(n);
            cur = next;
        } else {
            cur = doc.next_in_order(n, root, false);
        }
    }
}

/// The card about the author after an article (see [`hints::AUTHOR_CARD`])
/// is about the writer, not the subject: it goes when short.
fn remove_author_cards(doc: &mut Document, article: NodeId) {
    remove_elements_where(doc, article, |doc, n| {
        hints::is_author_card(&hints::class_and_id_lower(doc, n))
            && !measure::inner_text_longer_than(doc, n, AUTHOR_CARD_MAX_CHARS)
    });
}

/// The tags or categories an article is filed under ("Tags: a, b, c") are
/// links to other lists of articles: short blocks so named that are mostly
/// links go.
fn remove_tag_lists(doc: &mut Document, article: NodeId) {
    remove_elements_where(doc, article, |doc, n| {
        hints::is_named(doc, n, hints::TAG_LIST_WORDS)
            && !measure::inner_text_longer_than(doc, n, TAG_LIST_MAX_CHARS)
            && link_density(doc, n) > RECOMMENDATION_LINK_DENSITY
    });
}

/// Boxes asking the reader to follow, subscribe or allow notifications sit
/// between paragraphs on news sites; they are short, and named or worded
/// for what they ask.
fn remove_calls_to_action(doc: &mut Document, article: NodeId) {
    let blocks: Vec<NodeId> = doc
        .descendants(article)
        .filter(|&n| doc.is_element(n))
        .collect();
    for block in blocks.into_iter().rev() {
        if doc.parent(block).is_none() {
            continue;
        }
        // Checked before building the text: that costs the whole subtree's
        // text for every element, quadratic in a deep tree. (Lowercasing
        // never shortens a text, so the check is the same.)
        if doc
            .descendants(block)
            .nth(CALL_TO_ACTION_MAX_NODES)
            .is_some()
            || measure::inner_text_longer_than(doc, block, CALL_TO_ACTION_MAX_CHARS)
        {
            continue;
        }
        let written = inner_text(doc, block);
        if written.chars().count() > CALL_TO_ACTION_MAX_CHARS {
            continue;
        }
        let text = written.to_lowercase();
        let named = hints::is_named(doc, block, hints::CALL_TO_ACTION_WORDS);
        let worded = hints::has_phrase(&text, &hints::CALL_TO_ACTION_PHRASES)
            || hints::is_follow_prompt(&written);
        if named || worded {
            doc.detach(block);
        }
    }
}

/// News and blog articles interrupt themselves with a paragraph that points
/// elsewhere: "ALSO READ: <a>another story</a>", "You might also like:
/// <a>…</a>". Such a paragraph is a recommendation lead, then links and
/// nothing else. Without a link, only a whole heading's words ("You might
/// also like:", over the cards that follow) make it one: a paragraph that
/// says just "Recommended" points nowhere and stays.
fn remove_inline_recommendations(doc: &mut Document, article: NodeId) {
    for p in collect_tag(doc, article, &local_name!("p")) {
        if doc.parent(p).is_none()
            || measure::inner_text_longer_than(doc, p, INLINE_RECOMMENDATION_MAX_CHARS)
        {
            continue;
        }
        let lead_text = text_before_first_link(doc, p);
        let lead = lead_text.to_lowercase();
        let lead = lead
            .trim()
            .trim_end_matches([':', '|', '-', '–', '—', '»', '>']);
        let lead = lead.trim();
        if lead.is_empty()
            || lead.chars().count() > INLINE_RECOMMENDATION_LEAD_MAX_CHARS
            || !hints::is_recommendation_lead(lead)
        {
            continue;
        }
        let linked_share = link_density(doc, p);
        if linked_share == 0.0 && !hints::is_recommendation_heading(lead) {
            continue;
        }
        let total = inner_text_len(doc, p) as f32;
        let unlinked = total * (1.0 - linked_share);
        let lead_len = text::normalize_whitespace(&lead_text).chars().count() as f32;
        if unlinked <= lead_len + INLINE_RECOMMENDATION_SLACK_CHARS {
            doc.detach(p);
        }
    }
}

/// The text of `root` that comes before its first link.
fn text_before_first_link(doc: &Document, root: NodeId) -> String {
    let mut text = String::new();
    let mut cur = doc.first_child(root);
    while let Some(n) = cur {
        if doc.is(n, &local_name!("a")) {
            break;
        }
        if let Some(t) = doc.text(n) {
            text.push_str(t);
        }
        cur = doc.next_in_order(n, root, false);
    }
    text
}

/// A heading such as "You may also like" or "Most popular" introduces a
/// block of links to elsewhere: the heading and its block go, where the
/// block is mostly links (so prose under a heading named "Trending" stays).
/// Used on articles and on the main region of non-article pages.
pub fn remove_recommendation_blocks(doc: &mut Document, root: NodeId) {
    let headings: Vec<NodeId> = doc
        .descendants(root)
        .filter(|&n| doc.is_any(n, &HEADING_TAGS))
        .collect();
    for heading in headings {
        if doc.parent(heading).is_none() || !doc.is_inclusive_descendant(heading, root) {
            continue;
        }
        let text = inner_text(doc, heading).to_lowercase();
        if text.chars().count() > RECOMMENDATION_HEADING_MAX_CHARS
            || !hints::is_recommendation_heading(&text)
        {
            continue;
        }
        // Wrappers holding nothing but the heading stand for it: the
        // block it heads follows the outermost of them.
        let heading_len = inner_text_len(doc, heading);
        let mut heading = heading;
        while let Some(parent) = doc.parent(heading).filter(|&p| p != root) {
            if inner_text_len(doc, parent) != heading_len {
                break;
            }
            heading = parent;
        }
        // The block is the heading's parent when that is a box of links;
        // otherwise the link-heavy siblings that follow the heading.
        if let Some(parent) = doc.parent(heading).filter(|&p| p != root) {
            if link_density(doc, parent) > RECOMMENDATION_LINK_DENSITY {
                doc.detach(parent);
                continue;
            }
        }
        let mut next = doc.next_element_sibling(heading);
        let mut removed_any = false;
        while let Some(n) = next {
            if doc.is_any(n, &HEADING_TAGS) || !is_box_of_links(doc, n) {
                break;
            }
            next = doc.next_element_sibling(n);
            doc.detach(n);
            removed_any = true;
        }
        // A heading over an empty box (a carousel filled by script) goes too.
        let nothing_follows = next.is_none_or(|n| !measure::has_text(doc, n));
        if removed_any || nothing_follows {
            doc.detach(heading);
        }
    }
}

/// Whether the block under a recommendation heading points elsewhere:
/// mostly links, or cards (several links with a few words each, and no
/// prose).
fn is_box_of_links(doc: &Document, block: NodeId) -> bool {
    if link_density(doc, block) > RECOMMENDATION_LINK_DENSITY {
        return true;
    }
    let links = measure::count_tag(doc, block, &local_name!("a"));
    links >= RECOMMENDATION_CARDS_MIN_LINKS
        && inner_text_len(doc, block) <= links * RECOMMENDATION_CARD_MAX_CHARS
        && !doc.is(block, &local_name!("p"))
        && !measure::holds_prose_paragraph(doc, block)
}

/// Headings whose class says "clutter" (e.g. a "related" heading).
fn remove_negative_headers(doc: &mut Document, article: NodeId, flags: Flags) {
    let headings: Vec<NodeId> = doc
        .descendants(article)
        .filter(|&n| doc.is(n, &local_name!("h1")) || doc.is(n, &local_name!("h2")))
        .collect();
    for h in headings {
        if class_weight(doc, h, flags) < 0.0 {
            doc.detach(h);
        }
    }
}

/// Paragraphs left with no text and no media.
fn remove_empty_paragraphs(doc: &mut Document, article: NodeId) {
    for p in collect_tag(doc, article, &local_name!("p")) {
        if !has_media(doc, p) && !measure::has_text(doc, p) {
            doc.detach(p);
        }
    }
}

/// Whether `root` is or holds a picture, a video or an embed.
fn has_media(doc: &Document, root: NodeId) -> bool {
    std::iter::once(root).chain(doc.descendants(root)).any(|n| {
        doc.is_any(
            n,
            &[
                local_name!("img"),
                local_name!("picture"),
                local_name!("video"),
                local_name!("audio"),
            ],
        ) || doc.is_any(n, &EMBED_TAGS)
    })
}

/// A `<br>` right before a paragraph only adds a blank line.
fn remove_brs_before_paragraphs(doc: &mut Document, article: NodeId) {
    for br in collect_tag(doc, article, &local_name!("br")) {
        let next = next_non_blank(doc, doc.next_sibling(br));
        if next.is_some_and(|n| doc.is(n, &local_name!("p"))) {
            doc.detach(br);
        }
    }
}

/// Layout tables of a single cell are just a box around content.
fn unwrap_single_cell_tables(doc: &mut Document, article: NodeId) {
    for table in collect_tag(doc, article, &local_name!("table")) {
        let tbody = if measure::has_single_child_tag(doc, table, &local_name!("tbody")) {
            doc.element_children(table).next().unwrap_or(table)
        } else {
            table
        };
        if !measure::has_single_child_tag(doc, tbody, &local_name!("tr")) {
            continue;
        }
        let Some(row) = doc.element_children(tbody).next() else {
            continue;
        };
        if !measure::has_single_child_tag(doc, row, &local_name!("td")) {
            continue;
        }
        let Some(cell) = doc.element_children(row).next() else {
            continue;
        };
        let inline = doc
            .children(cell)
            .all(|c| measure::is_phrasing_content(doc, c));
        doc.rename(
            cell,
            if inline {
                local_name!("p")
            } else {
                local_name!("div")
            },
        );
        doc.replace(table, cell);
    }
}

/// Tables that hold data (as opposed to page layout) are kept whole.
fn mark_data_tables(doc: &Document, root: NodeId) -> HashSet<NodeId> {
    let mut data = HashSet::new();
    for table in doc.elements_by_tag(root, &local_name!("table")) {
        if doc.attr(table, &local_name!("role")) == Some("presentation")
            || doc.attr(table, &LocalName::from("datatable")) == Some("0")
        {
            continue;
        }
        let is_data = doc.has_attr(table, &local_name!("summary"))
            || doc
                .element_children(table)
                .any(|c| doc.is(c, &local_name!("caption")) && doc.first_child(c).is_some())
            || doc.descendants(table).any(|n| {
                matches!(
                    doc.tag(n),
                    Some(&local_name!("col"))
                        | Some(&local_name!("colgroup"))
                        | Some(&local_name!("tfoot"))
                        | Some(&local_name!("thead"))
                        | Some(&local_name!("th"))
                )
            });
        if is_data {
            data.insert(table);
            continue;
        }
        if doc
            .elements_by_tag(table, &local_name!("table"))
            .next()
            .is_some()
        {
            continue;
        }
        let (rows, columns) = row_and_column_count(doc, table);
        if rows >= DATA_TABLE_MIN_ROWS
            || columns > DATA_TABLE_MIN_COLUMNS
            || rows * columns > DATA_TABLE_MIN_CELLS
        {
            data.insert(table);
        }
    }
    data
}

fn span_attr(doc: &Document, id: NodeId, name: &LocalName) -> usize {
    doc.attr(id, name)
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(1)
        // A hostile rowspan must not make the count overflow.
        .min(1000)
}

fn row_and_column_count(doc: &Document, table: NodeId) -> (usize, usize) {
    let mut rows = 0;
    let mut columns = 0;
    for tr in doc.elements_by_tag(table, &local_name!("tr")) {
        rows += span_attr(doc, tr, &local_name!("rowspan"));
        let in_row: usize = doc
            .elements_by_tag(tr, &local_name!("td"))
            .map(|td| span_attr(doc, td, &local_name!("colspan")))
            .sum();
        columns = columns.max(in_row);
    }
    (rows, columns)
}

/// Lazy-loaded images keep their real URL in some other attribute
/// (`data-src`, `data-original`, `data-lazy-srcset`...): move it to
/// `src`/`srcset` so the reader view shows the image.
fn fix_lazy_images(doc: &mut Document, article: NodeId) {
    let image_tags = [
        local_name!("img"),
        local_name!("picture"),
        local_name!("figure"),
    ];
    let images: Vec<NodeId> = doc
        .descendants(article)
        .filter(|&n| doc.is_any(n, &image_tags))
        .collect();
    for elem in images {
        let attrs = doc.attributes(elem);
        if let Some(src) = doc.attr(elem, &local_name!("src")) {
            if is_placeholder_data_uri(src)
                && attrs
                    .iter()
                    .any(|(n, v)| n != "src" && looks_like_image_url(v))
            {
                doc.remove_attr(elem, "src");
            }
        }
        let has_src = doc
            .attr(elem, &local_name!("src"))
            .is_some_and(|s| !s.is_empty());
        let has_srcset = doc
            .attr(elem, &local_name!("srcset"))
            .is_some_and(|s| !s.is_empty() && s != "null");
        let lazy_class = doc
            .attr(elem, &local_name!("class"))
            .is_some_and(|c| c.to_ascii_lowercase().contains("lazy"));
        if (has_src || has_srcset) && !lazy_class {
            continue;
        }
        for (name, value) in attrs {
            if matches!(name.as_str(), "src" | "srcset" | "alt") {
                continue;
            }
            let copy_to = if is_srcset_like(&value) {
                "srcset"
            } else if is_single_image_url(&value) {
                "src"
            } else {
                continue;
            };
            if doc.is(elem, &local_name!("img")) || doc.is(elem, &local_name!("picture")) {
                doc.set_attr(elem, copy_to, &value);
            } else if doc.is(elem, &local_name!("figure"))
                && !doc
                    .descendants(elem)
                    .any(|n| doc.is(n, &local_name!("img")) || doc.is(n, &local_name!("picture")))
            {
                let img = doc.create_element(local_name!("img"));
                doc.set_attr(img, copy_to, &value);
                doc.append(elem, img);
            }
        }
        replace_placeholder_src(doc, elem);
    }
}

/// A lazy image whose real URLs came only as a `srcset` still shows its
/// placeholder `src` to anything reading `src` alone: use the last (largest,
/// by convention) `srcset` candidate instead.
fn replace_placeholder_src(doc: &mut Document, img: NodeId) {
    if !doc.is(img, &local_name!("img")) {
        return;
    }
    let placeholder = doc
        .attr(img, &local_name!("src"))
        .is_none_or(|s| !looks_like_image_url(s) || s.trim_start().starts_with("data:"));
    if !placeholder {
        return;
    }
    let last_candidate = doc.attr(img, &local_name!("srcset")).and_then(|set| {
        set.rsplit(',')
            .find_map(|c| c.split_whitespace().next().map(str::to_string))
    });
    if let Some(url) = last_candidate.filter(|u| looks_like_image_url(u)) {
        doc.set_attr(img, "src", &url);
    }
}

/// A tiny base64 image: a transparent pixel standing in for the real one.
fn is_placeholder_data_uri(src: &str) -> bool {
    let lower = src.trim_start().to_ascii_lowercase();
    if !lower.starts_with("data:image/") || lower.starts_with("data:image/svg+xml") {
        return false;
    }
    match lower.find("base64,") {
        Some(i) => src.len().saturating_sub(i + "base64,".len()) < PLACEHOLDER_DATA_URI_BYTES,
        None => false,
    }
}

/// `a.jpg 1x, b.jpg 2x`: an image URL followed by a size descriptor.
fn is_srcset_like(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    IMAGE_EXTENSIONS.iter().any(|ext| {
        lower.match_indices(ext).any(|(i, _)| {
            let rest = &lower[i + ext.len()..];
            let trimmed = rest.trim_start();
            trimmed.len() < rest.len() && trimmed.starts_with(|c: char| c.is_ascii_digit())
        })
    })
}

/// One token that is an image URL, with nothing else around it.
fn is_single_image_url(value: &str) -> bool {
    let t = value.trim();
    !t.is_empty() && !t.contains(char::is_whitespace) && looks_like_image_url(t)
}

/// Readability's "clean conditionally": removes elements of a tag whose
/// statistics say "not prose" (too many links, images, list items or inputs
/// per paragraph, no text), unless they are or hold data tables or code.
struct Conditional<'a> {
    flags: Flags,
    data_tables: &'a HashSet<NodeId>,
}

/// Whether the text below `node` has at least `n` commas (`,` only, as
/// Readability counts them here), reading no further than the `n`th.
fn has_commas(doc: &Document, node: NodeId, n: usize) -> bool {
    let mut seen = 0;
    let mut count = |t: &str| {
        seen += t.bytes().filter(|&b| b == b',').count();
        seen >= n
    };
    match doc.text(node) {
        Some(t) => count(t),
        None => doc
            .descendants(node)
            .any(|d| doc.text(d).is_some_and(&mut count)),
    }
}

/// Text that is nothing but an ad label or a loading placeholder.
fn is_ad_or_loading_label(text: &str) -> bool {
    let t = text.trim();
    // Longer texts are not labels, and lowercasing (which never shortens a
    // text) would cost their length.
    if t.chars().nth(LABEL_MAX_CHARS).is_some() {
        return false;
    }
    let t = t.to_lowercase();
    hints::is_loading_placeholder(&t) || hints::is_ad_label_loosely(&t)
}

impl Conditional<'_> {
    fn clean(&self, doc: &mut Document, root: NodeId, tag: &LocalName) {
        if !self.flags.clean_conditionally {
            return;
        }
        let nodes = collect_tag(doc, root, tag);
        // Innermost first, as Readability goes: what an outer element is
        // judged by depends on what was already removed inside it.
        for node in nodes.into_iter().rev() {
            if self.should_remove(doc, node, tag) {
                doc.detach(node);
            }
        }
    }

    fn is_data_table(&self, id: NodeId) -> bool {
        self.data_tables.contains(&id)
    }

    fn should_remove(&self, doc: &Document, node: NodeId, tag: &LocalName) -> bool {
        // The cheap verdicts come first: every element of a deep chain of
        // containers around a long article comes here, and measuring the
        // whole article's text for each cost seconds on a few megabytes.
        if *tag == local_name!("table") && self.is_data_table(node) {
            return false;
        }
        if doc
            .ancestors(node)
            .any(|a| doc.is(a, &local_name!("table")) && self.is_data_table(a))
        {
            return false;
        }
        // Code's lines (a highlighter's divs, an empty one a blank line)
        // are judged by nothing a paragraph is.
        if doc
            .ancestors(node)
            .any(|a| doc.is_any(a, &[local_name!("code"), local_name!("pre")]))
        {
            return false;
        }
        if doc
            .elements_by_tag(node, &local_name!("table"))
            .any(|t| self.is_data_table(t))
        {
            return false;
        }
        let weight = class_weight(doc, node, self.flags);
        if weight < 0.0 {
            return true;
        }
        if has_commas(doc, node, PROSE_COMMAS) {
            return false;
        }
        let text_len = inner_text_len(doc, node);
        // A label is short: its text is built only then (inner_text_len is
        // its length), and the node's length is measured once for all the
        // densities below.
        if text_len <= LABEL_MAX_CHARS && is_ad_or_loading_label(&inner_text(doc, node)) {
            return true;
        }
        let len_of = |n: NodeId| {
            if n == node {
                text_len
            } else {
                inner_text_len(doc, n)
            }
        };
        let mut is_list = *tag == local_name!("ul") || *tag == local_name!("ol");
        if !is_list {
            let list_len: usize = doc
                .descendants(node)
                .filter(|&n| doc.is(n, &local_name!("ul")) || doc.is(n, &local_name!("ol")))
                .map(|n| inner_text_len(doc, n))
                .sum();
            is_list = text_len > 0 && list_len as f32 / text_len as f32 > 0.9;
        }
        let p = measure::count_tag(doc, node, &local_name!("p"));
        let img = measure::count_tag(doc, node, &local_name!("img"));
        let li = measure::count_tag(doc, node, &local_name!("li")) as isize - 100;
        let input = measure::count_tag(doc, node, &local_name!("input"));
        let heading_density = measure::text_density_by(doc, node, &HEADING_TAGS, len_of);
        let embeds = doc
            .descendants(node)
            .filter(|&n| doc.is_any(n, &EMBED_TAGS))
            .count();
        let density = measure::link_density_by(doc, node, len_of);
        let textish = measure::text_density_by(
            doc,
            node,
            &[
                local_name!("span"),
                local_name!("li"),
                local_name!("td"),
                local_name!("blockquote"),
                local_name!("dl"),
                local_name!("div"),
                local_name!("img"),
                local_name!("ol"),
                local_name!("p"),
                local_name!("pre"),
                local_name!("table"),
                local_name!("ul"),
            ],
            len_of,
        );
        let in_figure = measure::has_ancestor_tag(doc, node, &local_name!("figure"), 0);

        let p = p as isize;
        let remove = (!in_figure && img > 1 && (p as f32 / img as f32) < 0.5)
            || (!is_list && li > p)
            || (input as isize > p / 3)
            || (!is_list
                && !in_figure
                && heading_density < 0.9
                && text_len < 25
                && (img == 0 || img > 2)
                && density > 0.0)
            || (!is_list && weight < 25.0 && density > 0.2)
            || (weight >= 25.0 && density > 0.5)
            || ((embeds == 1 && text_len < 75) || embeds > 1)
            || (img == 0 && textish == 0.0);

        // Simple lists of images (a gallery) stay.
        if is_list && remove {
            if doc
                .element_children(node)
                .any(|c| doc.element_children(c).count() > 1)
            {
                return true;
            }
            let li_count = measure::count_tag(doc, node, &local_name!("li"));
            if img == li_count {
                return false;
            }
        }
        remove
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_document;

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
    fn noscript_image_replaces_placeholder() {
        let mut doc = parse_document(
            "<p><img src='data:image/gif;base64,R0lGOD' data-src='real.jpg'>\
             <noscript><img src='real.jpg' alt='A'></noscript></p>",
        );
        prepare_page(&mut doc);
        let body = doc.body().unwrap();
        let imgs: Vec<NodeId> = doc.elements_by_tag(body, &local_name!("img")).collect();
        assert_eq!(imgs.len(), 1);
        assert_eq!(doc.attr(imgs[0], &local_name!("src")), Some("real.jpg"));
        assert_eq!(doc.attr(imgs[0], &local_name!("alt")), Some("A"));
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
        prepare_page(&mut doc);
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

    #[test]
    fn lazy_image_url_moves_to_src() {
        let mut doc = parse_document(
            "<div><img class=lazy data-original='photo.jpg'>\
             <img data-lazy-srcset='a.jpg 1x, b.png 2x'></div>",
        );
        let body = doc.body().unwrap();
        fix_lazy_images(&mut doc, body);
        let imgs: Vec<NodeId> = doc.elements_by_tag(body, &local_name!("img")).collect();
        assert_eq!(doc.attr(imgs[0], &local_name!("src")), Some("photo.jpg"));
        assert_eq!(
            doc.attr(imgs[1], &local_name!("srcset")),
            Some("a.jpg 1x, b.png 2x")
        );
    }

    #[test]
    fn recommendation_blocks_go_but_prose_under_such_a_heading_stays() {
        let mut doc = parse_document(
            "<div><p>Article text.</p> \
             <section><h2>You may also like</h2><ul><li><a href=/a>One story</a></li>\
             <li><a href=/b>Another story</a></li></ul></section> \
             <h3>Trending now</h3><ul><li><a href=/c>Third story link</a></li></ul> \
             <h3>Trending in the data</h3> <p>Prose about trends, not links at all.</p></div>",
        );
        let body = doc.body().unwrap();
        remove_recommendation_blocks(&mut doc, body);
        let text = crate::measure::inner_text(&doc, body);
        assert_eq!(
            text,
            "Article text. Trending in the data Prose about trends, not links at all."
        );
    }

    #[test]
    fn a_store_cross_sell_heading_in_wrappers_takes_the_cards_after_them() {
        let mut doc = parse_document(
            "<div><p>The item's own description.</p> \
             <div class=carousel><div class=title><div><h2>People who viewed this item \
             also viewed</h2></div></div><ul><li><a href=/a>Blue mug</a></li>\
             <li><a href=/b>Green mug</a></li></ul></div></div>",
        );
        let body = doc.body().unwrap();
        remove_recommendation_blocks(&mut doc, body);
        let text = crate::measure::inner_text(&doc, body);
        assert_eq!(text, "The item's own description.");
    }

    #[test]
    fn streamed_react_content_is_moved_into_its_place() {
        let mut doc = parse_document(
            "<header>Site</header><main><h1>Title</h1>\
             <!--$?--><template id=B:0></template><div class=skeleton>Loading</div>\
             <!--$--><p>nested fallback</p><!--/$--><!--/$-->\
             <p>Middle</p><template id=P:1></template></main><footer>Foot</footer>\
             <div hidden id=S:0><p>The article.</p></div>\
             <div hidden id=S:1><p>The comments.</p></div>\
             <div hidden id=S:2><template id=B:2></template><p>Loops</p><!--/$--></div>",
        );
        prepare_page(&mut doc);
        let body = doc.body().unwrap();
        let main = doc
            .elements_by_tag(body, &local_name!("main"))
            .next()
            .unwrap();
        assert_eq!(
            crate::measure::inner_text(&doc, main),
            "TitleThe article.MiddleThe comments."
        );
        // A segment that holds its own boundary is left alone.
        assert!(crate::measure::inner_text(&doc, body).ends_with("FootLoops"));
    }

    #[test]
    fn streamed_content_of_a_page_saved_without_comments_keeps_the_rest() {
        // Saved pages may lose the `<!--$?-->...<!--/$-->` marks: each
        // fallback is then the one element after its template.
        let mut doc = parse_document(
            "<main><p>Intro</p><template id=B:0></template><div>Loading paragraph...</div>\
             <p>Between</p><template id=B:1></template><div>Loading paragraph...</div>\
             <p>End</p></main>\
             <div hidden id=S:0><p>First part.</p></div>\
             <div hidden id=S:1><p>Second part.</p></div>",
        );
        prepare_page(&mut doc);
        let main = doc
            .elements_by_tag(Document::ROOT, &local_name!("main"))
            .next()
            .unwrap();
        assert_eq!(
            crate::measure::inner_text(&doc, main),
            "IntroFirst part.BetweenSecond part.End"
        );
    }

    #[test]
    fn ad_labels_are_recognized() {
        assert!(is_ad_or_loading_label(" ADVERTISEMENT "));
        assert!(is_ad_or_loading_label("Loading..."));
        assert!(is_ad_or_loading_label("Загрузка…"));
        assert!(is_ad_or_loading_label("Please wait..."));
        assert!(!is_ad_or_loading_label("Loading the car"));
        assert!(!is_ad_or_loading_label("Advertisement revenue fell"));
    }
}
