//! The byline printed under the headline as a plain line ("By Sofia
//! Gonzalez · December 2, 2025"), with no markup naming it: many pages
//! name their author only so. It is the last source of the byline, read
//! where the metadata names no one, and what follows its lead must read as
//! a name, since prose starts with "By" too ("By the end of the century").

use super::dates::month_number;
use super::headline_lines;
use crate::dom::{Document, NodeId};
use crate::hints;

/// Where a printed byline's name ends though nothing separates it: pages
/// glue the date's label to the name ("By Emmet WhiteUpdated: Feb 5").
const BYLINE_NAME_STOPS: &[&str] = &["Updated", "Published", "Posted", "Last updated"];
/// A printed byline's name of more words than this runs on into a label.
const BYLINE_NAME_MAX_WORDS: usize = 5;
/// A capital after this many small letters starts a word glued to a name
/// ("JinkaCo-founder"); names' own inner capitals come sooner ("McNamara",
/// "MacDonald").
const GLUED_AFTER_LOWERCASE: usize = 4;
/// Words of a name that are not capitalized ("Ludwig van Beethoven") or
/// join two names ("Ann Lee and Bo Chen").
const NAME_PARTICLES: &[&str] = &[
    "and", "&", "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "y",
];

/// A byline printed under the headline with nothing marking it but its
/// lead: among the elements that follow the headline's `<h1>`, before the
/// next section's heading, the first short line that starts with "By", "Written by",
/// "Author:" and the like ([`hints::split_byline_lead`]), outside lists and
/// page clutter. Its name is what follows the lead up to a date, a role or
/// a separator ("By Sofia Gonzalez December 2, 2025", "By Emmet
/// WhiteUpdated: Feb 5, 2026"), kept behind its lead as printed.
pub(super) fn byline_under_headline(doc: &Document, heading: NodeId) -> Option<String> {
    headline_lines::lines_under_headline(doc, heading).find_map(|line| {
        let (lead, rest) = byline_in_line(&line)?;
        let name = printed_name(rest);
        (!name.is_empty() && hints::names_someone(name)).then(|| format!("{lead}{name}"))
    })
}

/// A byline's lead and what follows it in a line under the headline: at
/// the line's start, or after a date or a separator that comes first
/// ("May 3, 2017 By Erin Spain", "March 15, 2022 · 3 min read · By ASU
/// Online").
fn byline_in_line(line: &str) -> Option<(&str, &str)> {
    let after_date_or_separator = |at: usize| {
        let before = line[..at].trim_end();
        before.ends_with(['·', '•', '|'])
            || before
                .rsplit(' ')
                .next()
                .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
    };
    std::iter::once(0)
        .chain(
            line.match_indices(' ')
                .map(|(at, _)| at + 1)
                .filter(|&at| after_date_or_separator(at)),
        )
        .find_map(|at| hints::split_byline_lead(&line[at..]))
}

/// The name at the start of what follows a byline's lead: its words up to
/// a date or time, a separator (a spaced dash among them), a comma (a role
/// follows it), an "Updated" glued to it, or a word not capitalized ("on",
/// "in"), skipping the particles names have ("and", "van", "de").
fn printed_name(rest: &str) -> &str {
    let rest = rest
        .find(['|', '·', '•', ',', ';', '('])
        .map_or(rest, |at| &rest[..at]);
    let rest = BYLINE_NAME_STOPS
        .iter()
        .filter_map(|stop| rest.find(stop))
        .chain(glued_word_start(rest))
        .min()
        .map_or(rest, |at| &rest[..at]);
    let words: Vec<&str> = rest.split_whitespace().collect();
    let has_digit = |w: &str| w.chars().any(|c| c.is_ascii_digit());
    let mut taken = 0;
    for (i, word) in words.iter().enumerate() {
        let starts_date = has_digit(word)
            || (month_number(word).is_some() && words.get(i + 1).is_some_and(|w| has_digit(w)));
        if starts_date {
            break;
        }
        if word
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() && !c.is_lowercase())
        {
            taken = i + 1;
        } else if !NAME_PARTICLES.contains(&word.to_lowercase().as_str()) {
            break;
        }
    }
    // More words than a name has: the capitals run on into a label ("A. J.
    // Neal View In Digital Edition").
    if taken > BYLINE_NAME_MAX_WORDS {
        return "";
    }
    let Some(last) = taken.checked_sub(1).map(|i| words[i]) else {
        return "";
    };
    // The words are slices of `rest`: the name runs to the end of the last.
    let end = last.as_ptr() as usize - rest.as_ptr() as usize + last.len();
    &rest[..end]
}

/// Where a word glued to the one before it starts, without a space: a
/// digit after a letter ("Amy Wilhelm0 comments"), or a capital after
/// [`GLUED_AFTER_LOWERCASE`] small letters ("Preetam JinkaCo-founder"),
/// more than a name's own capitals follow ("McNamara", "DeShawn").
fn glued_word_start(text: &str) -> Option<usize> {
    let mut lowercase_run = 0;
    let mut after_letter = false;
    for (at, c) in text.char_indices() {
        if (c.is_uppercase() && lowercase_run >= GLUED_AFTER_LOWERCASE)
            || (c.is_ascii_digit() && after_letter)
        {
            return Some(at);
        }
        lowercase_run = if c.is_lowercase() {
            lowercase_run + 1
        } else {
            0
        };
        after_letter = c.is_alphabetic();
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::metadata::tests::meta;

    fn byline_under(body: &str) -> Option<String> {
        meta(&format!(
            "<html><head><title>Spring planting</title></head>\
             <body><h1>Spring planting</h1>{body}</body></html>"
        ))
        .byline_under_headline
    }

    #[test]
    fn byline_under_headline_is_the_name_its_lead_introduces() {
        for (body, byline) in [
            ("<p>By Sofia Gonzalez</p>", "By Sofia Gonzalez"),
            // A date, a role, a separator or a count ends the name.
            (
                "<p>By Sofia Gonzalez December 2, 2025</p>",
                "By Sofia Gonzalez",
            ),
            (
                "<p>Written by Ann Lee, Staff Writer</p>",
                "Written by Ann Lee",
            ),
            (
                "<p>by Ludwig van Beethoven · 5 min read</p>",
                "by Ludwig van Beethoven",
            ),
            (
                "<div>By Ann Lee and Bo Chen - March 2</div>",
                "By Ann Lee and Bo Chen",
            ),
            // Run together with what follows it, as inline parts print it.
            (
                "<p><span>By Emmet White</span><time>Updated: Feb 5</time></p>",
                "By Emmet White",
            ),
            (
                "<p>By Preetam Jinka<span>Co-founder</span></p>",
                "By Preetam Jinka",
            ),
            (
                "<div><p>By Amy Wilhelm</p><a>0 comments</a></div>",
                "By Amy Wilhelm",
            ),
            // After the date or a separator that leads the line.
            (
                "<p><time>May 3, 2017</time> By Erin Spain 4 Comments</p>",
                "By Erin Spain",
            ),
            (
                "<p>March 15, 2022 · 3 min read · By ASU Online</p>",
                "By ASU Online",
            ),
            // Names with capitals of their own are not cut.
            (
                "<p>Author: Sam O'Brien-McNamara</p>",
                "Author: Sam O'Brien-McNamara",
            ),
        ] {
            assert_eq!(byline_under(body).as_deref(), Some(byline), "{body}");
        }
    }

    #[test]
    fn byline_under_headline_is_none_where_no_name_follows_a_lead() {
        for body in [
            // Prose that starts as a byline does.
            "<p>By the end of the 18th century, coffee had become a crop.</p>",
            "<p>By following these principles, we reduce our footprint.</p>",
            // Capitals that run on past any name.
            "<p>By A. J. Neal View In Digital Edition</p>",
            // A menu, a list of posts, a hidden line.
            "<nav><a>By Industry</a></nav>",
            "<ul><li><a>Planting tomatoes</a> <p>By Jane Doe</p></li></ul>",
            "<p hidden>By Jane Doe</p>",
            // Past the next section's heading, or too far below.
            "<h2>Planting</h2><p>By Jane Doe</p>",
            &format!("{}<p>By Jane Doe</p>", "<span>x</span>".repeat(30)),
            // The byline's lead alone.
            "<p>By</p>",
        ] {
            assert_eq!(byline_under(body), None, "{body}");
        }
        // Not read when the metadata names the author.
        let m = meta(
            "<html><head><meta name=author content='Jane Doe'></head>\
             <body><h1>Spring</h1><p>By Sofia Gonzalez</p></body></html>",
        );
        assert_eq!(m.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(m.byline_under_headline, None);
    }
}
