//! The short lines printed under the headline, where pages print who
//! wrote the article and when ("By Sofia Gonzalez · December 2, 2025"),
//! often with nothing marking them, and those just above it, where some
//! print them: the last source of the byline ([`super::byline`]) and
//! of the date ([`super::dates`]).

use html5ever::local_name;

use super::dates::outside_lists_and_clutter;
use crate::dom::{Document, NodeId};
use crate::measure::{self, is_probably_visible};

/// How many elements after the headline's `<h1>` are read for a byline or
/// date printed under it: they come before the article's first lines.
const LINE_LOOKAHEAD: usize = 25;
/// How many elements before the headline's `<h1>` are read for a date or
/// byline printed above it (a kicker's "December 19th, 2025"): a page's
/// menus come before them.
const LINE_LOOKBEHIND: usize = 10;
/// A line longer than this is prose, not a byline or a dateline (also the
/// bound of an author's line, [`super::byline::author_line_in_page`]).
pub(super) const LINE_MAX_CHARS: usize = 100;

/// The short lines under the headline's `<h1>`, where pages print who
/// wrote the article and when: the text of each element that follows it,
/// before the next section's heading and within [`LINE_LOOKAHEAD`]
/// elements, that is such a line ([`line_of`]). An element and the parts
/// it holds each give a line.
pub(super) fn lines_under_headline(
    doc: &Document,
    heading: NodeId,
) -> impl Iterator<Item = String> + '_ {
    let mut next = doc.next_in_order(heading, Document::ROOT, true);
    let mut read = 0;
    std::iter::from_fn(move || {
        while let Some(n) = next {
            next = doc.next_in_order(n, Document::ROOT, false);
            if !doc.is_element(n) {
                if let Some(line) = bare_line(doc, n) {
                    return Some(line);
                }
                continue;
            }
            read += 1;
            if read > LINE_LOOKAHEAD || is_section_heading(doc, n) {
                next = None;
                return None;
            }
            // A hidden part's lines are for machines (Wikipedia's infobox
            // hides an ISO copy of each date it prints). A quote's are
            // someone else's: an embedded post ends with its author's name
            // and the day they posted.
            if measure::is_hidden(doc, n) || doc.is(n, &local_name!("blockquote")) {
                next = doc.next_in_order(n, Document::ROOT, true);
                continue;
            }
            if let Some(line) = line_of(doc, n) {
                return Some(line);
            }
        }
        None
    })
}

/// The short lines just above the headline's `<h1>`, nearest first, where
/// some pages print the date or the byline ("Back to blog · Dec 12, 2025 ·
/// 4 min read"):
/// the text of each of the [`LINE_LOOKBEHIND`] elements before it in the
/// page (not those holding it), before an earlier heading, kept as
/// [`lines_under_headline`] keeps its lines.
pub(super) fn lines_above_headline(
    doc: &Document,
    heading: NodeId,
) -> impl Iterator<Item = String> + '_ {
    let mut cur = heading;
    // The part before the heading (or before a part holding it) that the
    // walk is in; `None` while it is on the heading's own ancestors.
    let mut part: Option<NodeId> = None;
    let preceding = std::iter::from_fn(move || loop {
        if let Some(before) = doc.prev_sibling(cur) {
            if part.is_none_or(|p| p == cur) {
                part = Some(before);
            }
            let mut last = before;
            while let Some(child) = doc.last_child(last) {
                last = child;
            }
            cur = last;
            return Some(last);
        }
        let parent = doc.parent(cur)?;
        if part.is_none_or(|p| p == cur) {
            // The parent holds the heading: above it is the page's head.
            if doc.is(parent, &local_name!("body")) {
                return None;
            }
            part = None;
            cur = parent;
        } else {
            cur = parent;
            return Some(parent);
        }
    });
    preceding
        .filter(|&n| doc.is_element(n))
        .take(LINE_LOOKBEHIND)
        .take_while(|&n| !is_section_heading(doc, n))
        .filter_map(|n| line_of(doc, n))
}

/// The lines under the headline, then those just above it
/// ([`lines_under_headline`], [`lines_above_headline`]): where pages print
/// the byline and the date, most often under it.
pub(super) fn lines_around_headline(
    doc: &Document,
    heading: NodeId,
) -> impl Iterator<Item = String> + '_ {
    lines_under_headline(doc, heading).chain(lines_above_headline(doc, heading))
}

/// An `<h1>` or `<h2>`: the lines around the headline end at one.
fn is_section_heading(doc: &Document, n: NodeId) -> bool {
    doc.is_any(n, &[local_name!("h1"), local_name!("h2")])
}

/// A text set on a line of its own ([`measure::fills_its_line`]), in no
/// element of its own (`<i>By John Smith</i><br>March 3, 2004<br><br>`,
/// as pages set in tables print the dateline), where it is such a line as
/// [`line_of`] keeps.
fn bare_line(doc: &Document, text: NodeId) -> Option<String> {
    let line = doc.text(text)?.trim();
    if line.is_empty() || line.chars().count() > LINE_MAX_CHARS {
        return None;
    }
    // Lengths past a line's are all alike here: a block of a whole page's
    // text is not measured whole, once per text read.
    let line_len = |n: NodeId| {
        if measure::inner_text_longer_than(doc, n, LINE_MAX_CHARS) {
            LINE_MAX_CHARS + 1
        } else {
            measure::inner_text_len(doc, n)
        }
    };
    let parent = doc.parent(text)?;
    (measure::fills_its_line(doc, text, Document::ROOT, line_len)
        && is_probably_visible(doc, parent)
        && outside_lists_and_clutter(doc, parent))
    .then(|| measure::line_text(doc, text))
}

/// The element's text, where it is a line a byline or a date is printed
/// on: at most [`LINE_MAX_CHARS`] long, shown, and outside lists and page
/// clutter.
fn line_of(doc: &Document, n: NodeId) -> Option<String> {
    (!measure::inner_text_longer_than(doc, n, LINE_MAX_CHARS)
        && is_probably_visible(doc, n)
        && outside_lists_and_clutter(doc, n))
    .then(|| measure::line_text(doc, n))
}
