//! What the view's header shows of the article ([`Shown`]), its date and
//! byline, and the lines of the content that say only that: a dateline, a
//! byline, which would print it a second time just under the header; and
//! the author's card, who the byline names. They are found for the last
//! cleaning (`tidy.rs`), on the content chosen.

use html5ever::local_name;

use super::tidy::label_text;
use crate::dom::{Document, NodeId};
use crate::hints;
use crate::measure::{self, inner_text, TextLengths};
use crate::metadata::{day_of, written_date_day};
use crate::text;

/// A byline line may lead the name with a few words ("Written by"), no more.
const BYLINE_LEAD_MAX_CHARS: usize = 15;
/// A shorter byline ("G", "M") could be any word of the text.
const MIN_BYLINE_CHARS: usize = 3;
/// A dateline may lead its date with a few words ("Published on"), no more.
const DATELINE_LEAD_MAX_CHARS: usize = 20;
/// A line holding the article's date written out, and at most this
/// many characters in all ("Published: September 30, 2025"), is a dateline.
const WRITTEN_DATELINE_MAX_CHARS: usize = 40;
/// How an author's card says who they are, after their name.
const AUTHOR_BIO_VERBS: &[&str] = &["is", "has", "was", "writes", "covers"];
/// An author's card is a few sentences.
const AUTHOR_BIO_MIN_CHARS: usize = 60;
const AUTHOR_BIO_MAX_CHARS: usize = 700;

/// What the view's header shows of the article, above its content.
pub struct Shown<'a> {
    /// The date it was published (ISO 8601), the metadata's.
    pub published: Option<&'a str>,
    /// Its author(s), as the metadata or the page's marked byline say.
    pub byline: Option<&'a str>,
    /// Its headline, and the page's title.
    pub titles: [Option<&'a str>; 2],
}

/// A line that is only the article's date, a `<time>` of the day the
/// metadata gives (`published`), or else that day written out ("May
/// 18, 2023"), would print the date a second time under the view's header,
/// which shows it. A date within a sentence, or another day's (an update),
/// stays.
pub(super) fn datelines(
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
            let block = measure::block_of(doc, time, root);
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

/// The first short line of text whose only date is `day` written out:
/// a block's, or a text's on a line of its own between `<br>`s (a 2000s
/// page's dateline under its headline).
fn written_dateline(
    doc: &Document,
    root: NodeId,
    lengths: &TextLengths,
    day: &str,
) -> Option<NodeId> {
    doc.descendants(root)
        .filter(|&n| {
            let block_with_text = doc.is_element(n)
                && !doc.tag(n).is_some_and(measure::is_phrasing_tag)
                && doc.children(n).any(|c| doc.is_text(c));
            (block_with_text || doc.is_text(n))
                && lengths.text_len(doc, n) <= WRITTEN_DATELINE_MAX_CHARS
        })
        .find(|&n| {
            let line = inner_text(doc, n);
            // A day and a year: more digits are another date or a time.
            line.bytes().filter(u8::is_ascii_digit).count() <= 6
                && written_date_day(&line).as_deref() == Some(day)
                && (doc.is_element(n)
                    || measure::fills_its_line(doc, n, root, |x| lengths.text_len(doc, x)))
        })
}

/// A line that is only the article's byline ("By Rick Steves", "Written
/// by Autumn Huerter"), the one the view's header shows, would print it a
/// second time just under it. A name in a sentence, a link to the author's
/// page as much as plain text, stays. Only the first such line goes, as
/// for datelines: a thread's posts each carry their author's name.
pub(super) fn byline_lines(
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
                && (!measure::is_phrasing_content(doc, n)
                    || measure::fills_its_line(doc, n, root, |x| lengths.text_len(doc, x)))
                && label_text(doc, n, lengths, min_chars + BYLINE_LEAD_MAX_CHARS)
                    .is_some_and(|text| hints::without_byline_lead(&text) == byline)
        })
        .take(1)
        .collect()
}

/// A short paragraph about the article's author, the one the header
/// names: it opens with their name and says who they are ("Lisa Jennings
/// is a veteran restaurant industry reporter...", "Lucas Nolan is a
/// reporter for Breitbart Tech... Follow him on Twitter"). An author's
/// card, in the article's head or under its end: the view's header names
/// the author, and the article is not about them. Only the first such
/// paragraph, and only for one person's name: a company's byline
/// ("Workzone Team") opens sentences about its products.
pub(super) fn author_bios(
    doc: &Document,
    root: NodeId,
    lengths: &TextLengths,
    byline: Option<&str>,
) -> Vec<NodeId> {
    let Some(byline) = byline.map(text::normalize_whitespace) else {
        return Vec::new();
    };
    let byline = hints::without_byline_lead(&byline);
    let names: Vec<&str> = byline.split_whitespace().collect();
    // A person's name: two to four words, each capitalised.
    if !(2..=4).contains(&names.len())
        || !names
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        || byline.contains(',')
    {
        return Vec::new();
    }
    doc.descendants(root)
        .filter(|&n| {
            doc.is(n, &local_name!("p"))
                || (doc.is(n, &local_name!("div"))
                    && !doc
                        .element_children(n)
                        .any(|c| !measure::is_inline_element(doc, c)))
        })
        .filter(|&n| {
            (AUTHOR_BIO_MIN_CHARS..=AUTHOR_BIO_MAX_CHARS).contains(&lengths.text_len(doc, n))
        })
        .filter(|&n| {
            let text = text::normalize_whitespace(&inner_text(doc, n));
            text.strip_prefix(byline)
                .and_then(|rest| rest.strip_prefix(' '))
                .and_then(|rest| rest.split_once(' '))
                .is_some_and(|(verb, _)| AUTHOR_BIO_VERBS.contains(&verb))
        })
        .take(1)
        .collect()
}
