//! The siblings of the chosen container that are more of the same article
//! ([`gather_siblings`]): those that score near it or share its class,
//! paragraphs of prose, the article's head or opening before it, a recipe's
//! ingredients beside its method and, in a thread, the other posts of its
//! series. Each is moved into the attempt's article.

use html5ever::{local_name, LocalName};

use super::candidates::Scores;
use super::threads::{is_of_kind, is_series_member, item_kind};
use crate::dom::{Document, NodeId};
use crate::hints;
use crate::measure::{self, inner_text, link_density};

/// A picture's column holds its caption at most.
const PICTURE_COLUMN_MAX_CHARS: usize = 200;
/// An opening apart from the body (see [`opening_before`]) is prose: this
/// much of its text in paragraphs (the rest a label, "Summary:"), and
/// less than this share of it in links.
const OPENING_MIN_SHARE_IN_PARAGRAPHS: f32 = 0.9;
const OPENING_MAX_LINK_DENSITY: f32 = 0.25;
/// What an opening holds none of.
const NOT_IN_AN_OPENING: [LocalName; 7] = [
    local_name!("h1"),
    local_name!("h2"),
    local_name!("h3"),
    local_name!("h4"),
    local_name!("ul"),
    local_name!("ol"),
    local_name!("form"),
];

/// Moves the top candidate and its article-like siblings into `article`.
pub(super) fn gather_siblings(
    doc: &mut Document,
    scores: &Scores,
    top_candidate: NodeId,
    parent: NodeId,
    article: NodeId,
    take_repeated_items: bool,
    title_holder: Option<NodeId>,
) {
    let top_score = scores.get(top_candidate).unwrap_or(0.0);
    let top_kind = item_kind(doc, top_candidate);
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = doc
        .attr(top_candidate, &local_name!("class"))
        .unwrap_or("")
        .to_string();
    let siblings: Vec<NodeId> = doc.element_children(parent).collect();
    // An opening follows the headline; a box before it is the site's.
    let opening = title_holder.and_then(|headline| {
        opening_before(doc, &siblings, top_candidate).filter(|&o| doc.precedes(headline, o))
    });
    let mut before_top = true;
    for sibling in siblings {
        let append = if sibling == top_candidate {
            before_top = false;
            true
        } else if before_top
            && title_holder.is_some_and(|h| doc.is_inclusive_descendant(h, sibling))
            && measure::holds_prose_paragraph(doc, sibling)
        {
            // The article's head, before its body: its title (shown apart)
            // and its standfirst.
            true
        } else if opening == Some(sibling) {
            // The article's opening, set apart before its body.
            true
        } else if hints::is_named(doc, sibling, hints::RECIPE_INGREDIENTS_WORDS) {
            // A recipe's ingredients, beside its method: a list, they score
            // as no prose does.
            true
        } else if doc.is(top_candidate, &local_name!("td")) && is_picture_column(doc, sibling) {
            // A layout table's column beside the article's holding its
            // picture, which scores as no prose does.
            true
        } else if take_repeated_items && is_of_kind(doc, sibling, &top_kind) {
            is_series_member(doc, sibling)
        } else {
            let mut bonus = 0.0;
            if !top_class.is_empty()
                && doc.attr(sibling, &local_name!("class")) == Some(top_class.as_str())
            {
                bonus += top_score * 0.2;
            }
            if scores.get(sibling).is_some_and(|s| s + bonus >= threshold) {
                true
            } else if doc.is(sibling, &local_name!("p")) {
                let density = link_density(doc, sibling);
                let text = inner_text(doc, sibling);
                let len = text.chars().count();
                (len > 80 && density < 0.25)
                    || (len < 80 && len > 0 && density == 0.0 && ends_a_sentence(&text))
            } else {
                false
            }
        };
        if append {
            if !doc.tag(sibling).is_some_and(keeps_its_tag_when_gathered) {
                doc.rename(sibling, local_name!("div"));
            }
            doc.append(article, sibling);
        }
    }
}

/// A table cell holding a picture and at most a caption's words.
fn is_picture_column(doc: &Document, cell: NodeId) -> bool {
    doc.is(cell, &local_name!("td"))
        && doc
            .descendants(cell)
            .any(|n| doc.is_any(n, &[local_name!("img"), local_name!("picture")]))
        && !measure::inner_text_longer_than(doc, cell, PICTURE_COLUMN_MAX_CHARS)
}

/// Elements kept under their own name when gathered; anything else (a
/// `td`, a `form`) becomes a `div` so later cleaning treats it as a block.
fn keeps_its_tag_when_gathered(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("div")
            | local_name!("article")
            | local_name!("section")
            | local_name!("p")
            | local_name!("ol")
            | local_name!("ul")
    )
}

/// Does the text contain a full stop followed by a space or the end?
fn ends_a_sentence(text: &str) -> bool {
    text.ends_with('.') || text.contains(". ")
}

/// The article's opening, when the page sets it in a box of its own
/// before the body's ([`gather_siblings`]): the first of the siblings
/// before the top candidate that holds a paragraph of prose, and the only
/// one, when it is nothing but paragraphs (no heading, list or form: not
/// a section of its own, a menu or a sign-up), mostly unlinked, and not
/// named as clutter, a call to action or reviews.
fn opening_before(doc: &Document, siblings: &[NodeId], top: NodeId) -> Option<NodeId> {
    let at = siblings.iter().position(|&s| s == top)?;
    let mut with_prose = siblings[..at]
        .iter()
        .copied()
        .filter(|&s| measure::holds_prose_paragraph(doc, s));
    let opening = with_prose.next()?;
    if with_prose.next().is_some()
        || hints::is_negative(&hints::class_and_id_lower(doc, opening), &[])
        || hints::is_named(doc, opening, hints::CALL_TO_ACTION_WORDS)
        || hints::is_named(doc, opening, hints::CUSTOMER_REVIEW_WORDS)
        || doc
            .descendants(opening)
            .any(|n| doc.is_any(n, &NOT_IN_AN_OPENING))
        || link_density(doc, opening) >= OPENING_MAX_LINK_DENSITY
    {
        return None;
    }
    let in_paragraphs: usize = doc
        .elements_by_tag(opening, &local_name!("p"))
        .map(|p| inner_text(doc, p).chars().count())
        .sum();
    let all = inner_text(doc, opening).chars().count();
    (in_paragraphs as f32 >= OPENING_MIN_SHARE_IN_PARAGRAPHS * all as f32).then_some(opening)
}
