//! Microdata: the schema.org items a page marks in its own HTML
//! (`itemscope`, `itemtype`, `itemprop`) rather than in JSON-LD. Forums and
//! Q&A sites mark each post so. Read here: whether the page is a
//! discussion, and who wrote the item the page is about (a thread's first
//! post, a question, an article named in a `<meta>`). Its
//! `datePublished` is a date source (`dates.rs`).

use html5ever::local_name;

use super::json_ld::{is_article_type_name, is_discussion_type, is_product_type};
use crate::dom::{Document, NodeId};
use crate::hints;
use crate::measure;
use crate::text::normalize_whitespace;

/// How many elements marked as an item's author are read for the page's:
/// the page's own item comes before its replies.
const AUTHORS_READ: usize = 20;
/// An author's element longer than this (in characters) holds more than a
/// name: a member card with its posts and join date.
const AUTHOR_MAX_CHARS: usize = 100;
/// An `author` property is looked through for its `name` this many nodes
/// deep at most: a name is a few nodes, a profile card many.
const AUTHOR_NODES_READ: usize = 64;
/// schema.org types of the item a thread or a Q&A page is about: its
/// first post, its question. Every post and answer on such a page marks
/// its author, so the page's marked byline is whichever comes first; the
/// page's own item says whose the page is.
const THREAD_ITEM_TYPES: &[&str] = &["DiscussionForumPosting", "Question"];
/// A property's microdata item starts this many levels above it at most
/// (Stack Exchange's author: eight). Bounded, so that a page nesting its
/// properties thousands deep costs no more per property.
const ITEM_MAX_LEVELS: usize = 16;

/// Whether microdata names the element as `property` (`itemprop` is a
/// space-separated list).
pub(crate) fn has_itemprop(doc: &Document, id: NodeId, property: &str) -> bool {
    doc.attr(id, &local_name!("itemprop"))
        .is_some_and(|p| p.split_ascii_whitespace().any(|p| p == property))
}

/// The microdata item a property belongs to: the nearest ancestor that
/// starts one (`itemscope`), [`ITEM_MAX_LEVELS`] up at most.
pub(crate) fn item_of(doc: &Document, property: NodeId) -> Option<NodeId> {
    doc.ancestors(property)
        .take(ITEM_MAX_LEVELS)
        .find(|&a| doc.has_attr(a, &local_name!("itemscope")))
}

/// Does a microdata `itemtype` say the page is a discussion?
pub(super) fn declares_discussion_in_microdata(doc: &Document) -> bool {
    doc.descendants(Document::ROOT)
        .any(|n| item_types(doc, n).any(is_discussion_type))
}

/// Does a microdata item that is in no other item (the page's own, not an
/// offer's, a review's or a list's) say the page is a product's?
pub(super) fn declares_product_in_microdata(doc: &Document) -> bool {
    // Items in items are skipped whole: one walk, however deep they nest.
    let mut cur = doc.first_child(Document::ROOT);
    while let Some(n) = cur {
        let is_item = doc.has_attr(n, &local_name!("itemscope"));
        if is_item && item_types(doc, n).any(is_product_type) {
            return true;
        }
        cur = doc.next_in_order(n, Document::ROOT, is_item);
    }
    false
}

/// The author of a thread's first post or a Q&A page's question: the
/// first element marked as an author (`itemprop="author"`) whose item is
/// one of [`THREAD_ITEM_TYPES`] (not a reply's, an answer's or a
/// comment's), and that gives a name: the member card around a forum's
/// name (join date, post count) is not one.
pub(super) fn thread_author(doc: &Document) -> Option<String> {
    doc.descendants(Document::ROOT)
        .filter(|&n| has_itemprop(doc, n, "author"))
        .take(AUTHORS_READ)
        .filter(|&author| {
            item_of(doc, author)
                .is_some_and(|item| item_types(doc, item).any(|t| THREAD_ITEM_TYPES.contains(&t)))
        })
        .find_map(|author| author_name(doc, author))
}

/// The author a page names in a `<meta itemprop="author" content>`, which
/// shows no text for scoring to find as the marked byline: Squarespace
/// writes one in every post's `<head>`, outside any item. Only the
/// article's: one in a comment's, a review's or an answer's item is that
/// item's author.
pub(super) fn meta_author(doc: &Document) -> Option<String> {
    doc.descendants(Document::ROOT)
        .filter(|&n| doc.is(n, &local_name!("meta")) && has_itemprop(doc, n, "author"))
        .filter(|&author| {
            item_of(doc, author).is_none_or(|item| item_types(doc, item).any(is_article_type_name))
        })
        .find_map(|author| {
            let name = normalize_whitespace(doc.attr(author, &local_name!("content"))?);
            Some(name).filter(|name| hints::names_someone(name))
        })
}

/// The name an author's element gives: its `content` (`<meta>`), its
/// `name` property's, or its own short text.
fn author_name(doc: &Document, author: NodeId) -> Option<String> {
    let part = author_name_part(doc, author);
    let name = match [author, part]
        .into_iter()
        .find_map(|n| doc.attr(n, &local_name!("content")))
    {
        Some(content) => normalize_whitespace(content),
        None => {
            if measure::inner_text_longer_than(doc, part, AUTHOR_MAX_CHARS) {
                return None;
            }
            measure::inner_text(doc, part)
        }
    };
    Some(name).filter(|name| hints::names_someone(name))
}

/// The part of an `author` property that says the name: its own `name`
/// property (a `Person` item), within its first [`AUTHOR_NODES_READ`]
/// nodes, else the property itself.
pub(crate) fn author_name_part(doc: &Document, author: NodeId) -> NodeId {
    doc.descendants(author)
        .take(AUTHOR_NODES_READ)
        .find(|&n| has_itemprop(doc, n, "name"))
        .unwrap_or(author)
}

/// The schema.org type names an element's `itemtype` gives, without their
/// vocabulary's address ("https://schema.org/Question" is "Question").
pub(crate) fn item_types(doc: &Document, id: NodeId) -> impl Iterator<Item = &str> {
    doc.attr(id, &local_name!("itemtype"))
        .into_iter()
        .flat_map(str::split_ascii_whitespace)
        .map(|t| t.rsplit('/').next().unwrap_or(t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::tests::meta;

    #[test]
    fn a_property_belongs_to_the_nearest_item_a_few_levels_up() {
        let deep = |levels: usize| {
            format!(
                "<div itemscope id=outer><div itemscope id=inner>{}<span itemprop=author>A</span>{}</div></div>",
                "<b>".repeat(levels),
                "</b>".repeat(levels)
            )
        };
        let item = |html: &str| {
            let doc = crate::parse::parse_document(html);
            let author = doc
                .descendants(Document::ROOT)
                .find(|&n| has_itemprop(&doc, n, "author"))
                .unwrap();
            item_of(&doc, author).and_then(|i| doc.attr(i, &local_name!("id")).map(str::to_string))
        };
        assert_eq!(item(&deep(0)).as_deref(), Some("inner"));
        assert_eq!(item(&deep(ITEM_MAX_LEVELS - 1)).as_deref(), Some("inner"));
        assert_eq!(item(&deep(ITEM_MAX_LEVELS)), None);
        assert_eq!(item("<p><span itemprop=author>A</span></p>"), None);
    }

    #[test]
    fn a_threads_byline_is_its_first_posts_author_or_its_askers() {
        let byline = |html: &str| meta(html).byline;
        // A forum thread: the first post's author, not the member card
        // around the name, nor a reply's author.
        assert_eq!(
            byline(
                r#"<div itemscope itemtype="https://schema.org/DiscussionForumPosting">
                <div itemprop="author" itemscope itemtype="https://schema.org/Person">
                  <span itemprop="name">julian</span> Joined Feb 16, 2015 Posts 6,696</div>
                <p>The question.</p>
                <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
                  <span itemprop="author">Someone Else</span></div></div>"#
            )
            .as_deref(),
            Some("julian")
        );
        // A Q&A page: the asker, named by a `<meta>`; the answer's author
        // comes first in the page but is not the page's.
        assert_eq!(
            byline(
                r#"<div itemscope itemtype="https://schema.org/Answer">
                  <div itemprop="author">Answer Writer</div></div>
                <div itemscope itemtype="https://schema.org/Question">
                  <div itemprop="author" itemscope itemtype="http://schema.org/Person">
                  <meta itemprop="name" content="KumikoGoingCrAzY"><a>Kumiko</a></div></div>"#
            )
            .as_deref(),
            Some("KumikoGoingCrAzY")
        );
        // Comments' and answers' authors alone name no one for the page,
        // nor does a card too long to be a name.
        assert_eq!(
            byline(
                r#"<li itemscope itemtype="http://schema.org/Comment">
                <strong itemprop="author">HOSTLAR</strong></li>"#
            ),
            None
        );
        let card = format!(
            r#"<article itemscope itemtype="https://schema.org/DiscussionForumPosting">
            <div itemprop="author">Ada Lovelace {}</div></article>"#,
            "wrote many posts ".repeat(10)
        );
        assert_eq!(byline(&card), None);
        // A `<meta>` author in the page's `<head>` (Squarespace), outside
        // any item, or in an article's item, is the article's; one in a
        // review's item is the review's.
        assert_eq!(
            byline(r#"<meta itemprop="author" content=" Ada  Lovelace "><p>Text.</p>"#).as_deref(),
            Some("Ada Lovelace")
        );
        assert_eq!(
            byline(
                r#"<div itemscope itemtype="http://schema.org/Article">
                <meta itemprop="author" content="Ada Lovelace"></div>"#
            )
            .as_deref(),
            Some("Ada Lovelace")
        );
        assert_eq!(
            byline(
                r#"<div itemscope itemtype="https://schema.org/Review">
                <meta itemprop="author" content="A Reviewer"></div>"#
            ),
            None
        );
        // An article's microdata author in the page's text is the page's
        // marked byline, which scoring finds as Readability.js does.
        assert_eq!(
            byline(
                r#"<article itemscope itemtype="https://schema.org/BlogPosting">
                <span itemprop="author">Ada Lovelace</span></article>"#
            ),
            None
        );
    }
}
