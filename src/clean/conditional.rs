//! Readability's "clean conditionally" ([`Conditional`]), run on the
//! gathered article for a few tags: an element whose statistics say "not
//! prose" (too many links, images, list items or inputs per paragraph, no
//! text) goes, unless it is or holds a data table or code. Data tables
//! ([`mark_data_tables`]) are told from layout tables before any cleaning.

use html5ever::{local_name, LocalName};

use super::embeds::is_shown_embed;
use super::{collect_tag, EMBED_TAGS, ICON_MAX_PX};
use crate::dom::{Document, NodeId};
use crate::hints;
use crate::measure::{self, inner_text, inner_text_len, HEADING_TAGS};
use crate::score::{class_weight, has_series_of_siblings, Flags, CHAR_THRESHOLD};

/// A conditionally-cleaned element with this many commas is prose: kept.
const PROSE_COMMAS: usize = 10;
/// Readability removes a block with more than a fifth of its text in links
/// (and fewer commas than [`PROSE_COMMAS`]). One of this many characters at
/// least, written in sentences ([`is_sentences`]), is prose that links: an
/// answer that ends "Learn more about how support works here", a card's
/// summary that links to the story, ...
const LINKED_PROSE_MIN_CHARS: usize = 100;
/// ... while its links are no more than this share of its text. (WCXB
/// 0.8747 -> 0.8755, listings 0.7214 -> 0.7284, 37 pages up and 9 down, the
/// largest drop a travel site's teasers under an article; Readability's
/// pages the same. Measured alike from 0.33 to 0.5, and from 50 to 200
/// characters; a single sentence let in as many lines of links as prose.)
const LINKED_PROSE_MAX_LINK_DENSITY: f32 = 0.5;
/// A picture's credit or caption under it is a line: the maker's or
/// photographer's name, a few words.
const PICTURE_LINE_MAX_CHARS: usize = 40;
/// Readability's pictures rule (more pictures than twice the paragraphs:
/// a gallery, an ad's strip) spares a box with as much text as an article
/// needs ([`CHAR_THRESHOLD`]): that is text with its pictures, written
/// as lines between them rather than as paragraphs (a forum post with its
/// photos: XenForo's first post went, and with it the thread's question).
const ILLUSTRATED_TEXT_MIN_CHARS: usize = CHAR_THRESHOLD;
/// HTML's lists: a description list (a glossary, a book's contents) is
/// one as much as a bulleted or numbered one, though Readability.js counts
/// the last two only.
const LIST_TAGS: [LocalName; 3] = [local_name!("ul"), local_name!("ol"), local_name!("dl")];
/// Tables at least this many rows long, or wider than this, hold data.
const DATA_TABLE_MIN_ROWS: usize = 10;
const DATA_TABLE_MIN_COLUMNS: usize = 4;
const DATA_TABLE_MIN_CELLS: usize = 10;
/// How many levels up from an element the post it may be is looked for:
/// a post's text sits in boxes inside the post (phpBB's `post > inner >
/// postbody > content`; XenForo's `bbWrapper` eight levels below its
/// `message`).
const POST_MAX_LEVELS: usize = 10;
/// A post's body is most of the post: at least this share of its text,
/// the rest its author's name, date and counts. (A post's header alone is
/// less: Lemmy's name, language, score and age over a one-line reply.)
const POST_BODY_MIN_SHARE: f32 = 2.0 / 3.0;

/// Readability's "clean conditionally": removes elements of a tag whose
/// statistics say "not prose" (too many links, images, list items or inputs
/// per paragraph, no text), unless they are or hold data tables or code.
pub(super) struct Conditional<'a> {
    flags: Flags,
    /// By node index ([`mark_data_tables`]).
    data_tables: &'a [bool],
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

/// Whether `text` is written in sentences: two at least, the last ended
/// by a full stop.
fn is_sentences(text: &str) -> bool {
    let text = text.trim_end();
    text.ends_with('.') && text.contains(". ")
}

/// Readability removes a block without text in any of its text tags, a
/// box of headings or links. An FAQ's question is often one, alone in the
/// box a script makes its toggle (`<div class="accordion-toggle"><h3>Can
/// I renew my ITIN here?</h3></div>`), over its answer: without it the
/// answer answers nothing. (WCXB: 6 pages up, 1 down by 0.0007.)
fn is_question_over_answer(doc: &Document, node: NodeId) -> bool {
    measure::asks_a_question(doc, node) && measure::answer_after_question(doc, node).is_some()
}

/// Whether `node` is a post, or its body (`text_len` is its text's
/// length, at least [`POST_BODY_MIN_SHARE`] of the post's), of a thread
/// that is most of the content (`root`): the post an item, at most
/// [`POST_MAX_LEVELS`] up, of a series of same-shaped siblings, named as a
/// post ([`hints::POST_WORDS`]), whose parent holds at least half the
/// content's text. Readability's link tests removed a short post with a
/// link in it (the URL of a bug report, the subject line phpBB links, a
/// quote's link back to what it quotes, a video's address), and the
/// thread lost its reply.
fn is_post_or_its_body(doc: &Document, node: NodeId, root: NodeId, text_len: usize) -> bool {
    doc.inclusive_ancestors(node)
        .take(POST_MAX_LEVELS)
        .take_while(|&a| a != root)
        .any(|item| {
            // The name first: measuring an ancestor's text reads its whole
            // subtree, and most ancestors are no post.
            hints::matches_any(&hints::class_and_id_lower(doc, item), &hints::POST_WORDS)
                && inner_text_len(doc, item) as f32 * POST_BODY_MIN_SHARE <= text_len as f32
                && doc.parent(item).is_some_and(|thread| {
                    2 * inner_text_len(doc, thread) >= inner_text_len(doc, root)
                })
                && has_series_of_siblings(doc, item)
        })
}

/// Text that is nothing but an ad label or a loading placeholder.
fn is_ad_or_loading_label(text: &str) -> bool {
    let t = text.trim();
    // Longer texts are not labels, and lowercasing (which never shortens a
    // text) would cost their length.
    if t.chars().nth(hints::LABEL_MAX_CHARS).is_some() {
        return false;
    }
    let t = t.to_lowercase();
    hints::is_loading_placeholder(&t) || hints::is_ad_label_loosely(&t)
}

impl<'a> Conditional<'a> {
    /// `data_tables` are [`mark_data_tables`]'s for the same article, told
    /// before any cleaning changed it.
    pub(super) fn new(flags: Flags, data_tables: &'a [bool]) -> Self {
        Conditional { flags, data_tables }
    }

    pub(super) fn clean(&self, doc: &mut Document, root: NodeId, tag: &LocalName) {
        if !self.flags.clean_conditionally {
            return;
        }
        let nodes = collect_tag(doc, root, tag);
        // Innermost first, as Readability goes: what an outer element is
        // judged by depends on what was already removed inside it.
        for node in nodes.into_iter().rev() {
            if self.should_remove(doc, node, tag, root) {
                doc.remove(node);
            }
        }
    }

    fn is_data_table(&self, id: NodeId) -> bool {
        self.data_tables.get(id.index()).copied().unwrap_or(false)
    }

    fn should_remove(&self, doc: &Document, node: NodeId, tag: &LocalName, root: NodeId) -> bool {
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
        // A video, a recording or a chart the article embeds is kept with
        // what holds it, as Readability.js keeps a video: its box has no
        // text of its own.
        if doc.descendants(node).any(|n| is_shown_embed(doc, n)) {
            return false;
        }
        let text_len = inner_text_len(doc, node);
        // A label is short: its text is built only then (inner_text_len is
        // its length), and the node's length is measured once for all the
        // densities below.
        if text_len <= hints::LABEL_MAX_CHARS && is_ad_or_loading_label(&inner_text(doc, node)) {
            return true;
        }
        let len_of = |n: NodeId| {
            if n == node {
                text_len
            } else {
                inner_text_len(doc, n)
            }
        };
        let mut is_list = doc.is_any(node, &LIST_TAGS);
        if !is_list {
            let list_len: usize = doc
                .descendants(node)
                .filter(|&n| doc.is_any(n, &LIST_TAGS))
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
        let a_pictures_box =
            img == 1 && text_len <= PICTURE_LINE_MAX_CHARS && is_a_pictures_box(doc, node);

        let p = p as isize;
        let remove = (!in_figure
            && img > 1
            && (p as f32 / img as f32) < 0.5
            && text_len < ILLUSTRATED_TEXT_MIN_CHARS)
            || (!is_list && li > p)
            || (input as isize > p / 3)
            || (!is_list
                && !in_figure
                && heading_density < 0.9
                && text_len < 25
                && (img == 0 || img > 2)
                && density > 0.0)
            || (!is_list
                && !a_pictures_box
                && weight < 25.0
                && density > 0.2
                && !(density <= LINKED_PROSE_MAX_LINK_DENSITY
                    && text_len >= LINKED_PROSE_MIN_CHARS
                    && is_sentences(&inner_text(doc, node)))
                && !is_post_or_its_body(doc, node, root, text_len))
            || (weight >= 25.0
                && density > 0.5
                && !a_pictures_box
                && !is_post_or_its_body(doc, node, root, text_len))
            || ((embeds == 1 && text_len < 75) || embeds > 1)
            || (img == 0 && textish == 0.0 && !is_question_over_answer(doc, node));

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

/// A box that holds one picture, not a link itself, and under it, say,
/// its credit linked to the maker's site (BGR's "Sony" under the Sony
/// earbuds): its words are all links, and it is the article's picture as
/// a figure is. A card that leads to another page links its picture too.
/// The picture's width is declared, larger than an icon's, as an
/// article's pictures' are by their editor: the avatar beside a member's
/// name, a logo beside an institute's, have none.
fn is_a_pictures_box(doc: &Document, node: NodeId) -> bool {
    let Some(img) = doc.elements_by_tag(node, &local_name!("img")).next() else {
        return false;
    };
    doc.attr(img, &local_name!("width"))
        .and_then(measure::declared_pixels)
        .is_some_and(|px| px > ICON_MAX_PX)
        && !doc
            .ancestors(img)
            .take_while(|&a| a != node)
            .any(|a| doc.is(a, &local_name!("a")))
}

/// Tables that hold data (as opposed to page layout) are kept whole. By
/// node index: a list of flags rather than a hash set, whose table code
/// the wasm would hold once more for this key type alone.
pub(super) fn mark_data_tables(doc: &Document, root: NodeId) -> Vec<bool> {
    let mut data = vec![false; doc.len()];
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
            data[table.index()] = true;
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
            data[table.index()] = true;
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

#[cfg(test)]
mod tests {
    use super::*;

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
