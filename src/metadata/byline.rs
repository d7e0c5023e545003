//! Bylines printed with nothing marking them but their lead, the name
//! alone: a line under the headline ("By Sofia Gonzalez · December 2,
//! 2025"), else an author's line anywhere ("Written by John Crenshaw" in a
//! box after the article), else a name after an author's label in a part
//! of its own ("<h3>Author</h3><p>Lisa Ellis</p>"), else, on an article, a
//! link to its author's page. Many pages name their author only so. They
//! are the last sources of the byline, read where the metadata names no
//! one, and what follows the lead must read as a name, since prose starts
//! with "By" too ("By the end of the century"). The same reading cuts the
//! name out of a byline the page marks when it runs on into a date ("By
//! Jason Bates June 3, 2021"), or finds none there ("Sun Dec 17, 2023
//! 11:23 am").

use html5ever::local_name;

use super::dates::{month_number, outside_lists_and_clutter, WRITTEN_DATE_YEARS};
use super::headline_lines::{self, LINE_MAX_CHARS};
use crate::dom::{Document, NodeId};
use crate::hints;
use crate::measure::{self, is_probably_visible};
use crate::text::split_prefix_ignore_case;

/// Leads that only an author's line starts with, wherever it is printed.
const AUTHOR_LINE_LEADS: &[&str] = &["written by ", "author: "];
/// How many texts that start with an author's lead are read: the author's
/// line is one of the first.
const AUTHOR_LINES_READ: usize = 20;
/// Labels that head an author's name in a part of their own, the name
/// after them ("<h3>Author</h3><p>Lisa Ellis</p>", "<strong>Contributors:
/// </strong> Janet Loughrey", "<div>Written by</div><div>Jack
/// Shepherd</div>"). Only so: a line that starts "Author" is as often
/// "Author Guidelines".
const AUTHOR_LABELS: &[&str] = &[
    "author",
    "authors",
    "article by",
    "written by",
    "contributor",
    "contributors",
];
/// The part holding an author's label and the name after it is at most
/// this long (in characters): an author's box, not a page's section.
const AUTHOR_LABEL_HOLDER_MAX_CHARS: usize = 400;
/// How many links to an author's page are read: the article's author's is
/// one of the first.
const AUTHOR_LINKS_READ: usize = 20;
/// How many elements around an author's lead are read for its line: its
/// own, and those holding the name beside it.
const AUTHOR_LINE_LEVELS: usize = 3;
/// Where a printed byline's name ends though nothing separates it: pages
/// glue the date's label to the name ("By Emmet WhiteUpdated: Feb 5"), and
/// forums a member card's ("Joined: Feb 2019").
const BYLINE_NAME_STOPS: &[&str] = &[
    "Updated",
    "Published",
    "Posted",
    "Last updated",
    "Last Updated",
    "Joined",
];
/// Weekdays' names, which start dates as months' do ("Sun Dec 17, 2023").
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
/// How many parts named "username" make a page a thread, each a post's
/// author's name ([`thread_starter`]); a store's "Hi, Guest" is one.
const THREAD_MIN_USERNAMES: usize = 3;
/// How many parts named "username" are read for the thread's starter.
const USERNAMES_READ: usize = 20;
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
/// lead: among the short lines under the headline
/// ([`headline_lines::lines_around_headline`]), else just above it, as a
/// kicker ("Published August 7, 2023 by Nicole Burke"), the first that
/// starts with "By", "Written by", "Author:" and the like
/// ([`hints::split_byline_lead`]) and goes on with a name
/// ([`name_after_lead`]).
pub(super) fn byline_under_headline(doc: &Document, heading: NodeId) -> Option<String> {
    headline_lines::lines_around_headline(doc, heading)
        .find_map(|line| name_after_lead(&line).map(str::to_string))
}

/// An author's line anywhere in the page ("Written by John Crenshaw" in a
/// box after the article): among the first [`AUTHOR_LINES_READ`] texts
/// that start with one of [`AUTHOR_LINE_LEADS`], the first whose short
/// line (its element's, or that of one of the [`AUTHOR_LINE_LEVELS`]
/// around it, where the name is a part of its own) goes on with a name and
/// is shown, outside lists and page clutter. Only these leads: "By"
/// starts prose too.
pub(super) fn author_line_in_page(doc: &Document) -> Option<String> {
    doc.descendants(Document::ROOT)
        .filter(|&n| {
            doc.text(n).is_some_and(|text| {
                let text = text.trim_start();
                // The name may be a part of its own: "Author:" ends the text.
                AUTHOR_LINE_LEADS
                    .iter()
                    .map(|lead| lead.trim_end())
                    .any(|lead| split_prefix_ignore_case(text, lead).is_some())
            })
        })
        // The bound keeps a page of thousands of "Written by hand" lines,
        // each deep in the tree, linear.
        .take(AUTHOR_LINES_READ)
        .find_map(|text| {
            let mut lines = doc
                .ancestors(text)
                .take(AUTHOR_LINE_LEVELS)
                .take_while(|&line| {
                    doc.is_element(line)
                        && !measure::inner_text_longer_than(doc, line, LINE_MAX_CHARS)
                });
            let (line, name) = lines.find_map(|line| {
                name_after_lead(&measure::line_text(doc, line)).map(|name| (line, name.to_string()))
            })?;
            // Read last: they walk up to the page's root.
            (is_probably_visible(doc, line) && outside_lists_and_clutter(doc, line)).then_some(name)
        })
}

/// An author's name printed after a label in a part of its own
/// ([`AUTHOR_LABELS`]): among the first [`AUTHOR_LINES_READ`] texts that
/// are only such a label, outside forms (a sort menu's "Author", a review
/// form's), the first whose words after it, to the end of their line, are
/// a name and nothing else, shown, outside lists and page clutter.
pub(super) fn name_after_author_label(doc: &Document) -> Option<String> {
    let in_a_form = |n: NodeId| {
        doc.ancestors(n).any(|a| {
            doc.is_any(
                a,
                &[
                    local_name!("form"),
                    local_name!("fieldset"),
                    local_name!("label"),
                    local_name!("select"),
                    local_name!("button"),
                ],
            )
        })
    };
    doc.descendants(Document::ROOT)
        .filter(|&n| {
            doc.text(n).is_some_and(|text| {
                let label = text.trim().trim_end_matches(':').trim_end();
                AUTHOR_LABELS.iter().any(|l| label.eq_ignore_ascii_case(l))
            })
        })
        // Bounded before the walks up to the root below, for a page of
        // thousands of labels deep in the tree.
        .take(AUTHOR_LINES_READ)
        .find_map(|text| {
            if in_a_form(text) {
                return None;
            }
            let label = doc.text(text)?.trim();
            let label_part = doc.parent(text)?;
            let holder = doc.parent(label_part)?;
            if measure::inner_text_longer_than(doc, holder, AUTHOR_LABEL_HOLDER_MAX_CHARS) {
                return None;
            }
            // The name after the label on its line, or else the next line.
            let plain = crate::plain_text::plain_text(doc, holder);
            let mut lines = plain.lines().map(str::trim).filter(|l| !l.is_empty());
            let (_, rest) = lines.find_map(|line| split_prefix_ignore_case(line, label))?;
            let rest = rest.trim_start_matches([':', ' ']).trim();
            let name = whole_name(if rest.is_empty() { lines.next()? } else { rest })?;
            (is_probably_visible(doc, label_part) && outside_lists_and_clutter(doc, label_part))
                .then(|| name.to_string())
        })
}

/// A link to the author's page anywhere in the page ("/author/jane-doe",
/// [`hints::links_to_author_page`]), its text a name: among the first
/// [`AUTHOR_LINKS_READ`] such links, the first that is short, names
/// someone and is shown, outside lists and page clutter (the authors of
/// other posts, in a list of them or a sidebar).
pub(super) fn author_link_in_page(doc: &Document) -> Option<String> {
    doc.descendants(Document::ROOT)
        .filter(|&n| hints::links_to_author_page(doc, n))
        .take(AUTHOR_LINKS_READ)
        .find_map(|link| {
            if measure::inner_text_longer_than(doc, link, LINE_MAX_CHARS) {
                return None;
            }
            // The whole text a name, as printed ("Articles by Jane" and
            // "several hundred commits" are not).
            let text = measure::line_text(doc, link);
            let name = whole_name(hints::shown_byline(&text)?)?.to_string();
            (is_probably_visible(doc, link) && outside_lists_and_clutter(doc, link)).then_some(name)
        })
}

/// The thread's starter, where the page marks posts' authors by class
/// only: forum software (phpBB, XenForo, vBulletin) names each post's
/// author's part "username". A page with at least
/// [`THREAD_MIN_USERNAMES`] of them is a thread, and the first that names
/// someone is its opening post's author.
pub(super) fn thread_starter(doc: &Document) -> Option<String> {
    // By class only: an id "username" is a log-in form's field.
    let is_username = |n: NodeId| {
        doc.attr(n, &local_name!("class"))
            .is_some_and(|class| hints::has_word(class, &["username"]))
    };
    let usernames: Vec<NodeId> = doc
        .descendants(Document::ROOT)
        .filter(|&n| is_username(n))
        .take(USERNAMES_READ)
        .collect();
    if usernames.len() < THREAD_MIN_USERNAMES {
        return None;
    }
    usernames
        .into_iter()
        // The name itself, not the card holding it with its menu ("View
        // Profile", "View Forum Posts"), which is named so too.
        .filter(|&n| !doc.descendants(n).any(is_username))
        .filter(|&n| {
            !measure::inner_text_longer_than(doc, n, LINE_MAX_CHARS) && is_probably_visible(doc, n)
        })
        .find_map(|n| {
            let text = measure::inner_text(doc, n);
            // Read as a name: a buyer's "a***a (421)" or a form's hidden
            // "username" field is none.
            name_in(&text, Line::Username).map(str::to_string)
        })
}

/// The name a byline line gives after its lead ([`byline_in_line`]): up to
/// a date, a role or a separator ("By Sofia Gonzalez December 2, 2025",
/// "By Emmet WhiteUpdated: Feb 5, 2026": see [`printed_name`]), if it
/// names someone.
fn name_after_lead(line: &str) -> Option<&str> {
    let (_, rest) = byline_in_line(line)?;
    name_in(rest, Line::Unmarked)
}

/// The name at the start of `rest` ([`printed_name`]), if it names someone
/// ([`hints::names_someone`]).
fn name_in(rest: &str, line: Line) -> Option<&str> {
    Some(printed_name(rest, line)).filter(|name| !name.is_empty() && hints::names_someone(name))
}

/// `text` where it is a printed name and nothing else ([`name_in`]): a
/// part that holds only the name, not "Articles by Jane".
fn whole_name(text: &str) -> Option<&str> {
    name_in(text, Line::Unmarked).filter(|name| *name == text)
}

/// A byline's lead and what follows it in a byline's line: at the line's
/// start, or after a date or a separator that comes first
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
    // A Chinese or Japanese lead, a label with a colon ("作者：", "記者:"),
    // may follow anything: Chinese datelines run "发布时间：… 来源：… 作者：
    // 王明". (An English one may not: "Sort by: Relevance".)
    let is_cjk_label = |lead: &str| {
        let lead = lead.trim_end();
        lead.ends_with([':', '：']) && !lead.chars().any(|c| c.is_ascii_alphabetic())
    };
    std::iter::once(0)
        .chain(
            line.char_indices()
                .filter(|(_, c)| c.is_whitespace())
                .map(|(at, c)| at + c.len_utf8()),
        )
        .find_map(|at| {
            let (lead, rest) = hints::split_byline_lead(&line[at..])?;
            (at == 0 || after_date_or_separator(at) || is_cjk_label(lead)).then_some((lead, rest))
        })
}

/// The name at the start of what follows a byline's lead: its words up to
/// a date or time, a separator (a spaced dash among them), a comma (a role
/// follows it), an "Updated" glued to it, or a word not capitalized ("on",
/// "in"; in a [`Line::Marked`], the first word may be a username in small
/// letters), skipping the particles names have ("and", "van", "de"). A
/// month's or a weekday's name alone is no name.
fn printed_name(rest: &str, line: Line) -> &str {
    let rest = rest
        .find(['|', '·', '•', '»', ',', ';', '(', '，', '；', '（', '｜'])
        .map_or(rest, |at| {
            // A word glued to a parenthesis is a count's ("评论(12)",
            // "Comments(3)"), not the name's.
            let glued = rest[at..].starts_with(['(', '（'])
                && rest[..at].ends_with(|c: char| !c.is_whitespace());
            let at = if glued {
                rest[..at].rfind(char::is_whitespace).unwrap_or(0)
            } else {
                at
            };
            &rest[..at]
        });
    let rest = BYLINE_NAME_STOPS
        .iter()
        .filter_map(|stop| rest.find(stop))
        .chain(glued_word_start(rest, line))
        .min()
        .map_or(rest, |at| &rest[..at]);
    let words: Vec<&str> = rest.split_whitespace().collect();
    let has_digit = |w: &str| w.chars().any(|c| c.is_ascii_digit());
    let mut taken = 0;
    for (i, word) in words.iter().enumerate() {
        let starts_date = line != Line::Username
            && (has_digit(word)
                || (is_date_word(word)
                    && words
                        .get(i + 1)
                        .is_some_and(|w| has_digit(w) || is_date_word(w))));
        // A label's colon starts the line's next part ("张伟 来源：晨光日报",
        // the source after the author).
        if starts_date || word.contains('：') {
            break;
        }
        let username = line != Line::Unmarked && i == 0;
        if word
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() && (username || !c.is_lowercase()))
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
    // "Sat" of "Sat, 20 Dec" is a day, not a name.
    if words[..taken].iter().all(|w| is_date_word(w)) {
        return "";
    }
    let Some(last) = taken.checked_sub(1).map(|i| words[i]) else {
        return "";
    };
    // The words are slices of `rest`: the name runs to the end of the last.
    let end = last.as_ptr() as usize - rest.as_ptr() as usize + last.len();
    &rest[..end]
}

/// A month's or a weekday's name, in full or short ("Dec", "Sun.").
fn is_date_word(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',']);
    month_number(w).is_some()
        || WEEKDAYS.iter().any(|day| {
            w.eq_ignore_ascii_case(day) || (w.len() == 3 && day[..3].eq_ignore_ascii_case(w))
        })
}

/// The name in a marked byline that runs on into its date or time ("By
/// Jason Bates June 3, 2021", "Chris Carroll30 Sep 2022, 11:07am"), cut as
/// a printed byline's is ([`printed_name`]): `None` where it names no one
/// ("Sun Dec 17, 2023 11:23 am", "Updated March 13, 2024"). A line with no
/// year or time in it is left whole, as Readability.js leaves it: "Jane
/// Doe, John Roe" lists names, "SeaDog45" is a username.
pub(crate) fn name_in_dated_byline(line: &str) -> Option<&str> {
    if !holds_year_or_time(line) {
        return Some(line);
    }
    let rest = hints::split_byline_lead(line).map_or(line, |(_, rest)| rest);
    name_in(rest, Line::Marked)
}

/// Whether a line holds a year ("2019", the web's: see
/// [`WRITTEN_DATE_YEARS`]) or a time of day ("6:01").
fn holds_year_or_time(line: &str) -> bool {
    let bytes = line.as_bytes();
    line.split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() == 4 && run.parse().is_ok_and(|y| WRITTEN_DATE_YEARS.contains(&y)))
        || bytes
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit())
}

/// What a byline's line is, which says how its name is read.
#[derive(Clone, Copy, PartialEq)]
enum Line {
    /// Printed with nothing but its lead marking it: the name is
    /// capitalized, and a word glued to it ("JinkaCo-founder") or a date
    /// is cut.
    Unmarked,
    /// Marked as the byline by the page: the name may be a username, in
    /// small letters or in capitals run together ("StarredSkies"); only a
    /// date glued to it is cut.
    Marked,
    /// A forum's username alone: digits are its own ("ridwan123").
    Username,
}

/// Where a word glued to the one before it starts, without a space: a
/// digit after a letter ("Amy Wilhelm0 comments"), or a capital after
/// [`GLUED_AFTER_LOWERCASE`] small letters ("Preetam JinkaCo-founder"),
/// more than a name's own capitals follow ("McNamara", "DeShawn").
fn glued_word_start(text: &str, line: Line) -> Option<usize> {
    let mut lowercase_run = 0;
    let mut after_letter = false;
    for (at, c) in text.char_indices() {
        if (line == Line::Unmarked && c.is_uppercase() && lowercase_run >= GLUED_AFTER_LOWERCASE)
            || (line != Line::Username && c.is_ascii_digit() && after_letter)
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
        .fallback_byline
    }

    #[test]
    fn byline_under_headline_is_the_name_its_lead_introduces() {
        for (body, byline) in [
            ("<p>By Sofia Gonzalez</p>", "Sofia Gonzalez"),
            // A date, a role, a separator or a count ends the name.
            (
                "<p>By Sofia Gonzalez December 2, 2025</p>",
                "Sofia Gonzalez",
            ),
            ("<p>Written by Ann Lee, Staff Writer</p>", "Ann Lee"),
            (
                "<p>by Ludwig van Beethoven · 5 min read</p>",
                "Ludwig van Beethoven",
            ),
            (
                "<div>By Ann Lee and Bo Chen - March 2</div>",
                "Ann Lee and Bo Chen",
            ),
            // Run together with what follows it, as inline parts print it.
            (
                "<p><span>By Emmet White</span><time>Updated: Feb 5</time></p>",
                "Emmet White",
            ),
            (
                "<p><span>By</span><span><a>Trevor Jones</a></span></p>",
                "Trevor Jones",
            ),
            (
                "<p>By Preetam Jinka<span>Co-founder</span></p>",
                "Preetam Jinka",
            ),
            (
                "<div><p>By Amy Wilhelm</p><a>0 comments</a></div>",
                "Amy Wilhelm",
            ),
            // After the date or a separator that leads the line.
            (
                "<p><time>May 3, 2017</time> By Erin Spain 4 Comments</p>",
                "Erin Spain",
            ),
            (
                "<p>March 15, 2022 · 3 min read · By ASU Online</p>",
                "ASU Online",
            ),
            // Names with capitals of their own are not cut.
            (
                "<p>Author: Sam O'Brien-McNamara</p>",
                "Sam O'Brien-McNamara",
            ),
            // Other languages' leads and labels.
            ("<p>Por María García</p>", "María García"),
            ("<p>di Mario Rossi, inviato a Roma</p>", "Mario Rossi"),
            ("<p>door Jan de Vries</p>", "Jan de Vries"),
            ("<p>Oleh Budi Santoso</p>", "Budi Santoso"),
            ("<p>Автор: Иван Петров</p>", "Иван Петров"),
            ("<p>Auteur : Jeanne Martin</p>", "Jeanne Martin"),
            ("<p>بقلم: ليلى العمري</p>", "ليلى العمري"),
            // Chinese and Japanese labels, the colon fullwidth or not; the
            // next label ("source") or a fullwidth comma ends the name.
            ("<p>作者：张伟</p>", "张伟"),
            // After the date and the source, as Chinese datelines run; a
            // count glued to its word is not the name's.
            (
                "<p>发布时间：2007年4月23日\u{3000}来源：晨光日报\u{3000}作者：王明</p>",
                "王明",
            ),
            (
                "<p>2026-11-03 来源：晨光日报 作者：张伟 评论(12)</p>",
                "张伟",
            ),
            ("<p>记者 张伟 来源：晨光日报</p>", "张伟"),
            ("<p>文/李明，实习生 王芳</p>", "李明"),
            ("<p>文：山田太郎</p>", "山田太郎"),
            ("<p>筆者：佐藤花子</p>", "佐藤花子"),
        ] {
            assert_eq!(byline_under(body).as_deref(), Some(byline), "{body}");
        }
    }

    #[test]
    fn an_authors_line_anywhere_names_the_author_when_nothing_else_does() {
        let page = |body: &str| {
            meta(&format!(
                "<html><head><title>Spring planting</title></head><body>\
                 <h1>Spring planting</h1><h2>Seeds</h2><p>Sow them thin.</p>{body}\
                 </body></html>"
            ))
            .fallback_byline
        };
        // An author box after the article, its name a part of its own.
        assert_eq!(
            page("<div class=bio><p>Written by <a href=/jc>John Crenshaw</a></p></div>").as_deref(),
            Some("John Crenshaw")
        );
        assert_eq!(
            page("<div><span>Author:</span> <b>Ann Lee</b></div>").as_deref(),
            Some("Ann Lee")
        );
        // "By" leads prose as often as a name; comments and menus are not
        // the article's.
        for body in [
            "<p>By Jane Doe</p>",
            "<div class=comments><p>Written by Jane Doe</p></div>",
            "<ul><li>Written by Jane Doe</li></ul>",
            "<p>Written by hand, the letters took a week to arrive.</p>",
        ] {
            assert_eq!(page(body), None, "{body}");
        }
    }

    /// The byline read last, where nothing else names the author, of a
    /// page about spring planting with `head` and `body` after its text.
    fn fallback_byline(head: &str, body: &str) -> Option<String> {
        meta(&format!(
            "<html><head><title>Spring planting</title>{head}</head><body>\
             <h1>Spring planting</h1><p>Sow them thin.</p>{body}</body></html>"
        ))
        .fallback_byline
    }

    #[test]
    fn a_name_after_an_authors_label_in_a_part_of_its_own_is_the_byline() {
        let page = |body: &str| fallback_byline("", body);
        for (body, name) in [
            ("<div><h3>Author</h3><p> Lisa Ellis</p></div>", "Lisa Ellis"),
            (
                "<p><strong>Contributors:</strong> Janet Loughrey</p>",
                "Janet Loughrey",
            ),
            (
                "<div><h2>Article by</h2><div>Matias Heikkila</div><p>Let's begin.</p></div>",
                "Matias Heikkila",
            ),
            // The label in a part of its own, the name and a long bio after
            // it: the box is too long to be one author's line.
            (
                "<div><div>Written by</div><div>Jack Shepherd</div><div>Hi! I'm Jack, \
                 co-founder of a social media agency. I have spent ten years growing \
                 brands on every platform there is, and I write about what works.</div></div>",
                "Jack Shepherd",
            ),
        ] {
            assert_eq!(page(body).as_deref(), Some(name), "{body}");
        }
        // A menu to filter by author, a form's fields, and words that are no
        // name.
        for body in [
            "<select><option>Author</option><option>Jane Doe</option></select>",
            "<fieldset><legend>Author</legend><label>Name</label></fieldset>",
            "<div><h3>Author</h3><p>Guidelines for sending us your manuscript.</p></div>",
            "<ul><li><b>Author</b> Jane Doe</li></ul>",
        ] {
            assert_eq!(page(body), None, "{body}");
        }
    }

    #[test]
    fn a_link_to_the_authors_page_names_an_articles_author_when_nothing_else_does() {
        let page = fallback_byline;
        let article = r#"<meta property="og:type" content="article">"#;
        let link = "<div><a href=/author/ann-lee>Ann Lee</a> · 4 min read</div>";
        assert_eq!(page(article, link).as_deref(), Some("Ann Lee"));
        // A listing's first author link is one of its items' authors.
        assert_eq!(page("", link), None);
        // Other posts' authors, and a link's words that are no name.
        for body in [
            "<ul><li><a href=/author/ann-lee>Ann Lee</a></li></ul>",
            "<aside><a href=/author/ann-lee>Ann Lee</a></aside>",
            "<p><a href=/author/ann-lee>Articles by Ann</a></p>",
            "<p><a href=/commits?author=ann>several hundred commits</a></p>",
        ] {
            assert_eq!(page(article, body), None, "{body}");
        }
    }

    #[test]
    fn a_page_without_an_h1_has_its_byline_and_date_under_the_h2_about_its_title() {
        let page = |headline: &str| {
            meta(&format!(
                "<html><head><title>Spring planting - Valley Times</title></head><body>\
                 <div><a href=/>Valley Times</a></div>{headline}\
                 <p><i>By Ann Lee, Staff Writer</i></p><p>March 3, 2004</p>\
                 <p>Text of the article, long enough to be one.</p></body></html>"
            ))
        };
        let m = page("<h2>Spring planting</h2>");
        assert_eq!(m.fallback_byline.as_deref(), Some("Ann Lee"));
        assert_eq!(m.published_time.as_deref(), Some("2004-03-03"));
        // An `<h2>` about something else is a section's, not the headline.
        let m = page("<h2>Weather</h2>");
        assert_eq!(m.fallback_byline, None);
        assert_eq!(m.published_time, None);
    }

    #[test]
    fn a_page_with_no_heading_has_its_byline_and_date_under_the_bold_line_of_its_title() {
        // A 2000s news page: the headline in bold type, the byline and the
        // dateline on lines of their own under it, in the article's cell.
        let page = |headline: &str| {
            meta(&format!(
                "<html><head><title>Spring planting - Valley Times</title></head><body>\
                 <table><tr><td><a href=/>Home</a><br><b>Sections</b></td>\
                 <td><font face=Arial>{headline}<br><i>By Ann Lee, Staff Writer</i><br>\
                 March 3, 2004<br><br>Text of the article, long enough to be one.\
                 </font></td></tr></table></body></html>"
            ))
        };
        let m = page("<b><font size=5>Spring planting</font></b>");
        assert_eq!(m.fallback_byline.as_deref(), Some("Ann Lee"));
        assert_eq!(m.published_time.as_deref(), Some("2004-03-03"));
        // The title's words in bold within a sentence are the article's.
        let m = page("Rain came early for <b>spring planting</b> this year.");
        assert_eq!(m.fallback_byline, None);
        assert_eq!(m.published_time, None);
        // A bold line about something else is not the headline.
        let m = page("<b>Weather</b>");
        assert_eq!(m.fallback_byline, None);
    }

    #[test]
    fn a_byline_just_above_the_headline_is_read_where_none_is_under_it() {
        let page = |above: &str, under: &str| {
            meta(&format!(
                "<html><head><title>Spring planting</title></head><body>{above}\
                 <h1>Spring planting</h1>{under}<p>Text</p></body></html>"
            ))
            .fallback_byline
        };
        let kicker =
            "<div><span>Published August 7, 2023</span> <span>by Nicole Burke</span></div>";
        assert_eq!(page(kicker, "").as_deref(), Some("Nicole Burke"));
        assert_eq!(
            page(kicker, "<p>By Sofia Gonzalez</p>").as_deref(),
            Some("Sofia Gonzalez")
        );
        // Not from a menu, nor past an earlier heading.
        assert_eq!(page("<nav><p>By Nicole Burke</p></nav>", ""), None);
        assert_eq!(page("<p>By Nicole Burke</p><h2>More</h2>", ""), None);
    }

    #[test]
    fn a_threads_first_username_is_its_starter() {
        let thread = |posts: &[&str]| {
            let posts: String = posts
                .iter()
                .map(|author| format!("<div class=post>{author}<p>A post.</p></div>"))
                .collect();
            meta(&format!(
                "<title>Which kettle?</title><h1>Which kettle?</h1>{posts}"
            ))
            .fallback_byline
        };
        let phpbb = |name: &str| format!("<a class=\"username-coloured\">{name}</a>");
        assert_eq!(
            thread(&[&phpbb("ridwan123"), &phpbb("Lutfij"), &phpbb("b.scherer")]).as_deref(),
            Some("ridwan123")
        );
        // The name, not the card around it that is named so too.
        let card = "<div class=username><a class=username>HOSTLAR</a> View Profile \
                    View Forum Posts</div>";
        assert_eq!(
            thread(&[card, &phpbb("Lutfij"), &phpbb("Ann")]).as_deref(),
            Some("HOSTLAR")
        );
        // Fewer than a thread's, or no names: a store's greeting, a buyer's
        // masked name, a form's field.
        assert_eq!(thread(&["<div class=username>Hi</div>"]), None);
        let masked = "<span class=username>a***a (421)</span>";
        assert_eq!(thread(&[masked, masked, masked]), None);
    }

    #[test]
    fn byline_under_headline_is_none_where_no_name_follows_a_lead() {
        for body in [
            // Prose that starts as a byline does.
            "<p>By the end of the 18th century, coffee had become a crop.</p>",
            "<p>By following these principles, we reduce our footprint.</p>",
            // Capitals that run on past any name.
            "<p>By A. J. Neal View In Digital Edition</p>",
            // A word that starts as "By" does.
            "<p>ByteDance reported its results on Monday.</p>",
            "<p>BYU Cougars</p>",
            // A menu, a list of posts, a hidden line.
            "<nav><a>By Industry</a></nav>",
            "<ul><li><a>Planting tomatoes</a> <p>By Jane Doe</p></li></ul>",
            "<p hidden>By Jane Doe</p>",
            // Past the next section's heading, or too far below.
            "<h2>Planting</h2><p>By Jane Doe</p>",
            &format!("{}<p>By Jane Doe</p>", "<span>x</span>".repeat(30)),
            // The byline's lead alone.
            "<p>By</p>",
            // An English label after other words is no byline's.
            "<p>Sort by: Relevance</p>",
        ] {
            assert_eq!(byline_under(body), None, "{body}");
        }
        // Not read when the metadata names the author.
        let m = meta(
            "<html><head><meta name=author content='Jane Doe'></head>\
             <body><h1>Spring</h1><p>By Sofia Gonzalez</p></body></html>",
        );
        assert_eq!(m.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(m.fallback_byline, None);
    }
}
