//! The byline printed in the page and marked as one (`rel=author`,
//! `itemprop=author`, a byline-like class), found during the walk over the
//! page ([`byline_text`]): it is taken out of the content, since the view
//! shows the byline apart, and is the byline where the metadata names no
//! one. Where the line holds more than the name, the part marked as the
//! name is preferred.

use html5ever::local_name;

use crate::dom::{Document, NodeId};
use crate::hints;

/// A byline longer than this is prose, not a name.
const MAX_BYLINE_CHARS: usize = 100;
/// Signs of a price, which no byline holds.
const CURRENCY_SIGNS: [char; 4] = ['$', '€', '£', '¥'];

/// A byline printed in the page: marked by `rel=author`, `itemprop=author`
/// or a byline-like class, and short enough to be a name.
pub(super) fn byline_text(doc: &Document, id: NodeId, class_id: &str) -> Option<String> {
    let marked = doc.attr(id, &local_name!("rel")) == Some("author")
        || doc
            .attr(id, &local_name!("itemprop"))
            .is_some_and(|p| p.contains("author"))
        || hints::names_a_byline(class_id);
    if !marked {
        return None;
    }
    // The whole element must be short: a long one (an `<article
    // class="author-jane">`) holds more than a byline. And a price names no
    // one: a pricing table's `byline` is its terms ("billed annually, or
    // $50/mo").
    let text = crate::measure::line_text(doc, id);
    let names_no_one = text.is_empty() || text.contains(CURRENCY_SIGNS);
    if names_no_one || text.chars().count() >= MAX_BYLINE_CHARS {
        return None;
    }
    // Prefer the name itself where the byline marks it: microdata's `name`,
    // as Readability.js does.
    if let Some(name) = marked_name(doc, id, |n| {
        doc.attr(n, &local_name!("itemprop"))
            .is_some_and(|p| p.contains("name"))
    }) {
        return Some(name);
    }
    // Or a part whose class says it is the name ("author-name",
    // "byline__name", "fn"), or else a link to the author's page, when the
    // line holds more than a lead and the name: a date, a role or share
    // buttons, often run together without spaces ("By Jane DoePublished on
    // July 18"). A line that is only "By Jane Doe" is kept as printed, as
    // Readability.js keeps it.
    let name = marked_name(doc, id, |n| class_names_a_name(doc, n))
        .or_else(|| marked_name(doc, id, |n| hints::links_to_author_page(doc, n)))
        .filter(|name| hints::without_byline_lead(&text.to_lowercase()) != name.to_lowercase());
    Some(name.unwrap_or(text))
}

/// The text of the first part of a byline that `marks` as the name and that
/// names someone (not only "By": see [`hints::names_someone`]).
fn marked_name(doc: &Document, byline: NodeId, marks: impl Fn(NodeId) -> bool) -> Option<String> {
    doc.descendants(byline).filter(|&n| marks(n)).find_map(|n| {
        // Its first line: a part holding the name and the role in
        // blocks of their own ("Ann Lee", "Staff Writer") would read
        // them run together ("Ann LeeStaff Writer").
        crate::plain_text::plain_text(doc, n)
            .lines()
            .map(crate::text::normalize_whitespace)
            .find(|line| hints::names_someone(line))
    })
}

/// Whether an element's class says it holds a person's name: a class with
/// "name" in it, or microformats' `fn`. Next.js names its font classes
/// "__className_d44908", on any element: those say nothing.
fn class_names_a_name(doc: &Document, id: NodeId) -> bool {
    doc.attr(id, &local_name!("class")).is_some_and(|class| {
        class.split_ascii_whitespace().any(|c| {
            let c = c.to_ascii_lowercase();
            c == "fn" || (c.contains("name") && !c.contains("classname"))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byline_is_a_short_element_and_prefers_the_marked_name() {
        let doc = crate::parse::parse_document(
            "<div class=byline>By <span itemprop=name>Ada Lovelace</span></div>\
             <article class='entry author-ada'><span itemprop=name>Ada</span>\
             <p>A whole article body that is much longer than any byline could be, \
             with sentences and sentences of text in it.</p></article>",
        );
        let body = doc.body().unwrap();
        let els: Vec<_> = doc.element_children(body).collect();
        let class_id = |n| hints::class_and_id_lower(&doc, n);
        assert_eq!(
            byline_text(&doc, els[0], &class_id(els[0])).as_deref(),
            Some("Ada Lovelace")
        );
        assert_eq!(byline_text(&doc, els[1], &class_id(els[1])), None);
    }

    #[test]
    fn byline_prefers_the_part_that_is_the_name() {
        let byline_of = |html: &str| {
            let doc = crate::parse::parse_document(html);
            let line = doc.element_children(doc.body().unwrap()).next().unwrap();
            byline_text(&doc, line, &hints::class_and_id_lower(&doc, line))
        };
        // The lead, a role and a date run into the name without spaces.
        assert_eq!(
            byline_of(
                "<div class=byline>Written By<span class=author-name>Stephen Jesudunsin</span>\
                 <span class=role>AI Writer</span><time>July 18, 2025</time></div>"
            )
            .as_deref(),
            Some("Stephen Jesudunsin")
        );
        // A part named as the name holding the role in a block of its own.
        assert_eq!(
            byline_of(
                "<div class=author><div class=author-name-wrap><div>Harry Rabinowitz</div>\
                 <div>Tech Reporter</div></div><time>Jan 27, 2026</time></div>"
            )
            .as_deref(),
            Some("Harry Rabinowitz")
        );
        assert_eq!(
            byline_of("<span class=byline>By <span class='vcard'><span class=fn>Ann Lee</span></span>, Staff Writer</span>")
                .as_deref(),
            Some("Ann Lee")
        );
        // Else a link to the author's page.
        assert_eq!(
            byline_of(
                "<div class=byline>Guide by <a href='/authors/will-judd'>Will Judd</a> \
                 Former Deputy Tech Editor</div>"
            )
            .as_deref(),
            Some("Will Judd")
        );
        // A newspaper's staff page, the paper's name beside it.
        assert_eq!(
            byline_of(
                "<div class=byline-section><a href='/staff/2648209001/brian-truitt/'>Brian \
                 Truitt</a> <span class=publication>USA TODAY</span></div>"
            )
            .as_deref(),
            Some("Brian Truitt")
        );
        // A part named as the name that holds only the lead is not the name.
        assert_eq!(
            byline_of(
                "<p class=byline><span class=name-prefix>By</span> \
                 <a class=author-name>April Fulton</a> <time>May 2</time></p>"
            )
            .as_deref(),
            Some("April Fulton")
        );
        // A lead and the name alone, or nothing named: the line as printed.
        for line in [
            "<p class=byline>Par <a class=author-name>Sébastien Farcis</a></p>",
            "<p class=byline>Par <a href=/a/x>Sébastien Farcis</a></p>",
        ] {
            assert_eq!(byline_of(line).as_deref(), Some("Par Sébastien Farcis"));
        }
    }
}
