//! How a byline is printed ("By Jane Doe", "Written by Jane Doe",
//! "Author: Jane Doe") and whether what a page gives as one names someone:
//! the words `metadata`, `score` and `clean` read bylines with.

use html5ever::local_name;

use super::{matches_any, Words};
use crate::dom::{Document, NodeId};
use crate::text::split_prefix_ignore_case;

/// What a link's address (lowercased) holds when it leads to an author's
/// page: the link's text is then the author's name.
const AUTHOR_PAGE_PATHS: Words = Words::new(&["/author", "author=", "/contributor", "/staff/"]);

/// Leads that label a byline rather than print it with the name: the
/// view's header shows the name alone ("Written by Emma Ryan" as "Emma
/// Ryan", WordPress's "View all posts by Ray Ansari" as "Ray Ansari").
const LABEL_LEADS: &[&str] = &[
    "view all posts by ",
    "written by ",
    "authored by: ",
    "authored by ",
    "posted by ",
    "published by ",
    "words by ",
    "story by ",
    "authors: ",
    "author: ",
    // "Author:" in German, Polish, Spanish and Portuguese, French,
    // Italian, Russian, Indonesian, Vietnamese.
    "autor: ",
    "auteur : ",
    "auteur: ",
    "autore: ",
    "автор: ",
    "penulis: ",
    "tác giả: ",
    // Chinese ("author", "reporter", "text by"), Japanese ("writer",
    // "author", "reporter", "text"): the colon fullwidth or not.
    "作者：",
    "作者:",
    "作者 ",
    "记者：",
    "记者:",
    "记者 ",
    "記者：",
    "記者:",
    "撰文：",
    "文／",
    "文/",
    "文：",
    "筆者：",
    "著者：",
    "執筆者：",
    "執筆：",
];
/// Leads printed with the name, as a newspaper prints a byline ("By Jane
/// Doe"; German "Von Jana Müller", French "Par", Spanish and Portuguese
/// "Por", Italian "di", Dutch "door", Indonesian "Oleh", Arabic "بقلم",
/// Hebrew "מאת"): the byline keeps them, as Readability.js gives it.
const PRINTED_LEADS: &[&str] = &[
    "by: ",
    "by ",
    "von ",
    "par ",
    "por ",
    "di ",
    "door ",
    "oleh ",
    "بقلم: ",
    "بقلم ",
    "מאת ",
];

/// How a byline line leads its name ([`LABEL_LEADS`], then
/// [`PRINTED_LEADS`]; a longer lead before one it starts with).
fn byline_leads() -> impl Iterator<Item = &'static str> {
    LABEL_LEADS.iter().chain(PRINTED_LEADS).copied()
}

/// Words that label a byline without naming anyone: a byline of only
/// these, numbers and single letters ("Author", "About the author", "By",
/// "G", an avatar's initial) names no one. (A byline that is only a date,
/// "Last Updated: January 7, 2025", is read as no name by
/// `metadata::name_in_dated_byline`, where the page's marked byline is
/// read.)
const NOT_A_NAME_WORDS: &[&str] = &[
    "about",
    "the",
    "author",
    "authors",
    "name",
    "by",
    "written",
    "posted",
    "follow",
    "undefined",
    "null",
];

/// A byline without spaces and with this many dots is a template's key
/// ("page.head.extra.author").
const TEMPLATE_KEY_MIN_DOTS: usize = 3;

/// Bylines that are a site's account, not a person: WordPress's default
/// user, whom many sites leave as the author of every post.
const ACCOUNT_NAMES: &[&str] = &["admin", "administrator"];

/// Whether a byline names someone: not a label ending in a lead
/// ([`byline_leads`]) or a colon, not an address nor an account
/// ([`ACCOUNT_NAMES`]), and some word of it is more than a letter and not
/// one of [`NOT_A_NAME_WORDS`] or a number.
pub(crate) fn names_someone(byline: &str) -> bool {
    let lower = byline.trim().to_lowercase();
    // A label whose name is printed apart ("How we reviewed this article:",
    // "Jun 2 Written By"): what it holds is not the name.
    let ends_in_label = lower.ends_with([':', '：'])
        || byline_leads().any(|lead| {
            lower
                .strip_suffix(lead.trim_end())
                .is_some_and(|before| !before.ends_with(char::is_alphanumeric))
        });
    // A template's name slot left empty before the rest of its line
    // (", USA TODAY"), or its key printed where the name was to go
    // ("page.head.extra.author").
    let starts_empty = lower.starts_with(',');
    // (A login may have a dot or two: "sara.r.peter".)
    let is_template_key =
        !lower.contains([' ', '@']) && lower.matches('.').count() >= TEMPLATE_KEY_MIN_DOTS;
    if ends_in_label
        || starts_empty
        || is_template_key
        || ACCOUNT_NAMES.contains(&lower.as_str())
        || lower.starts_with("http://")
        || lower.starts_with("https://")
    {
        return false;
    }
    lower.split(|c: char| !c.is_alphanumeric()).any(|word| {
        word.chars().filter(|c| c.is_alphabetic()).count() > 1 && !NOT_A_NAME_WORDS.contains(&word)
    })
}

/// A byline's text (lowercased) without its lead ([`byline_leads`]): the
/// name(s) alone.
pub(crate) fn without_byline_lead(text_lower: &str) -> &str {
    let text = text_lower.trim();
    split_byline_lead(text)
        .map_or(text, |(_, name)| name)
        .trim()
}

/// A line that starts with a byline's lead ([`byline_leads`], in any
/// case), split into the lead as printed and what follows it. A lead in a
/// part of its own runs into the name when the parts have no space between
/// them ("ByTrevor Jones", "Written byAAA Travel Editor"): a capital right
/// after a "by" or a colon starts the name, where no word goes on so
/// (after a small letter or a colon, or before a small one: "BYU" is no
/// lead and name).
pub(crate) fn split_byline_lead(line: &str) -> Option<(&str, &str)> {
    byline_leads().find_map(|lead| {
        let spaced = split_prefix_ignore_case(line, lead);
        let glued = || {
            let lead = lead.trim_end();
            if !lead.ends_with("by") && !lead.ends_with(':') {
                return None;
            }
            let (printed, rest) = split_prefix_ignore_case(line, lead)?;
            let mut name = rest.chars();
            let lead_end = printed.chars().next_back()?;
            (name.next().is_some_and(char::is_uppercase)
                && (lead_end.is_lowercase()
                    || lead_end == ':'
                    || name.next().is_some_and(char::is_lowercase)))
            .then_some((printed, rest))
        };
        spaced
            .or_else(glued)
            .filter(|(_, rest)| !rest.trim().is_empty())
    })
}

/// A byline as the view's header shows it: without a lead that labels it
/// ([`LABEL_LEADS`]; a printed lead, "By", stays), if it names someone
/// ([`names_someone`]).
pub(crate) fn shown_byline(byline: &str) -> Option<&str> {
    let byline = byline.trim();
    let is_label = |lead: &str| {
        LABEL_LEADS
            .iter()
            .any(|l| l.trim_end().eq_ignore_ascii_case(lead.trim_end()))
    };
    let name = match split_byline_lead(byline) {
        Some((lead, name)) if is_label(lead) => name.trim(),
        _ => byline,
    };
    Some(name).filter(|name| names_someone(name))
}

/// Whether `id` is a link to an author's page ("/author/jane-doe",
/// "/blog?author=5fde35", "/contributor/jane-doe/", a newspaper's
/// "/staff/2648209001/brian-truitt/": [`AUTHOR_PAGE_PATHS`]).
pub(crate) fn links_to_author_page(doc: &Document, id: NodeId) -> bool {
    doc.is(id, &local_name!("a"))
        && doc
            .attr(id, &local_name!("href"))
            .is_some_and(|href| matches_any(&href.to_ascii_lowercase(), &AUTHOR_PAGE_PATHS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byline_names_someone_or_is_no_byline() {
        for name in [
            "Ada Lovelace",
            "By Jane Doe",
            "hackermondev",
            "李明",
            "Staff",
            "J. Smith",
            "q_admin",
            "sara.r.peter",
            "jo.doe@example.com",
            "NOC Admin",
        ] {
            assert!(names_someone(name), "{name}");
        }
        for label in [
            "By",
            "Author",
            "About the Author",
            "Name *",
            "G",
            "26",
            "undefined",
            "admin",
            " Administrator ",
            "https://example.com/user/jane-doe",
            "Follow Author",
            "Reviewed by:",
            "Dec 4 Written by",
            ", USA TODAY",
            "page.head.extra.author",
        ] {
            assert!(!names_someone(label), "{label}");
        }
        // Names that end as a lead does, within a word.
        assert!(names_someone("Tom Kirby"));
        assert!(names_someone("Jo Abby"));
    }

    #[test]
    fn a_lead_runs_into_the_name_only_where_no_word_could() {
        assert_eq!(
            split_byline_lead("By Jo Bloggs"),
            Some(("By ", "Jo Bloggs"))
        );
        assert_eq!(split_byline_lead("ByJo Bloggs"), Some(("By", "Jo Bloggs")));
        assert_eq!(
            split_byline_lead("Written byAAA Travel Editor"),
            Some(("Written by", "AAA Travel Editor"))
        );
        assert_eq!(
            split_byline_lead("Author:Jo Bloggs"),
            Some(("Author:", "Jo Bloggs"))
        );
        for not_a_lead in ["BYU Cougars", "Byron Bay", "ByteDance", "VonDerAhe", "By"] {
            assert_eq!(split_byline_lead(not_a_lead), None, "{not_a_lead}");
        }
    }

    #[test]
    fn the_shown_byline_loses_a_label_and_keeps_a_printed_lead() {
        assert_eq!(shown_byline(" Written by Jo Bloggs "), Some("Jo Bloggs"));
        assert_eq!(shown_byline("WRITTEN BY Jo Bloggs"), Some("Jo Bloggs"));
        assert_eq!(shown_byline("Published by Jo Bloggs"), Some("Jo Bloggs"));
        assert_eq!(shown_byline("By Jo Bloggs"), Some("By Jo Bloggs"));
        assert_eq!(shown_byline("Von Jana Müller"), Some("Von Jana Müller"));
        assert_eq!(shown_byline("Written by admin"), None);
        assert_eq!(shown_byline("Written by"), None);
    }
}
