//! Links to elsewhere inside the content: the block of links or cards
//! under a heading such as "You may also like"
//! ([`remove_recommendation_blocks`], run on articles and on the main region
//! of non-article pages), and the paragraph by which an article interrupts
//! itself to point elsewhere ("ALSO READ: another story", linked).

use html5ever::local_name;

use super::collect_tag;
use crate::dom::{Document, NodeId};
use crate::hints;
use crate::measure::{self, inner_text, inner_text_len, link_density, HEADING_TAGS};
use crate::text;

/// A recommendation heading is a few words.
const RECOMMENDATION_HEADING_MAX_CHARS: usize = 60;
/// A block this linky under such a heading is a list of links elsewhere.
pub(super) const RECOMMENDATION_LINK_DENSITY: f32 = 0.5;
/// Or a box of cards, however little of its text is linked (a card's link
/// is often its picture): at least this many links, ...
const RECOMMENDATION_CARDS_MIN_LINKS: usize = 3;
/// ... a card's few words per link, and no paragraph of prose
/// ([`measure::holds_prose_paragraph`]).
const RECOMMENDATION_CARD_MAX_CHARS: usize = 300;
/// An inline recommendation ("Also read: <a>…</a>") is one line: its lead
/// is a few words, and the paragraph at most this long.
const INLINE_RECOMMENDATION_MAX_CHARS: usize = 200;
const INLINE_RECOMMENDATION_LEAD_MAX_CHARS: usize = 40;
/// Besides its lead, such a paragraph is links, less a few characters of
/// punctuation and spacing between them.
const INLINE_RECOMMENDATION_SLACK_CHARS: f32 = 10.0;

/// News and blog articles interrupt themselves with a paragraph that points
/// elsewhere: "ALSO READ: <a>another story</a>", "You might also like:
/// <a>…</a>". Such a paragraph is a recommendation lead, then links and
/// nothing else. Without a link, only a whole heading's words ("You might
/// also like:", over the cards that follow) make it one: a paragraph that
/// says just "Recommended" points nowhere and stays.
pub(super) fn remove_inline_recommendations(doc: &mut Document, article: NodeId) {
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
            .trim_end_matches([':', '|', '-', '–', '—', '»', '>', '：', '｜', '】', ']'])
            .trim_start_matches(['【', '[']);
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
            doc.remove(p);
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
    let headings: Vec<NodeId> = doc.descendants_where(root, &|n| doc.is_any(n, &HEADING_TAGS));
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
                doc.remove(parent);
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
            doc.remove(n);
            removed_any = true;
        }
        // A heading over an empty box (a carousel filled by script) goes too.
        let nothing_follows = next.is_none_or(|n| !measure::has_text(doc, n));
        if removed_any || nothing_follows {
            doc.remove(heading);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_document;

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
}
