//! The short lines printed under the headline, where pages print who
//! wrote the article and when ("By Sofia Gonzalez · December 2, 2025"),
//! often with nothing marking them: the last source of the byline
//! ([`super::byline`]) and of the date ([`super::dates`]).

use html5ever::local_name;

use super::dates::outside_lists_and_clutter;
use crate::dom::{Document, NodeId};
use crate::measure::{self, is_probably_visible};

/// How many elements after the headline's `<h1>` are read for a byline or
/// date printed under it: they come before the article's first lines.
const LINE_LOOKAHEAD: usize = 25;
/// A line longer than this is prose, not a byline or a dateline (also the
/// bound of an author's line, [`super::byline::author_line_in_page`]).
pub(super) const LINE_MAX_CHARS: usize = 100;

/// The short lines under the headline's `<h1>`, where pages print who
/// wrote the article and when: the text of each element that follows it,
/// before the next section's heading and within [`LINE_LOOKAHEAD`]
/// elements, at most [`LINE_MAX_CHARS`] long, shown, and outside lists and
/// page clutter. An element and the parts it holds each give a line.
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
                continue;
            }
            read += 1;
            if read > LINE_LOOKAHEAD || doc.is_any(n, &[local_name!("h1"), local_name!("h2")]) {
                next = None;
                return None;
            }
            if measure::inner_text_longer_than(doc, n, LINE_MAX_CHARS)
                || !is_probably_visible(doc, n)
                || !outside_lists_and_clutter(doc, n)
            {
                continue;
            }
            return Some(measure::inner_text(doc, n));
        }
        None
    })
}
