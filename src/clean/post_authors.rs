//! Who wrote each post of a thread. A forum's author panel (the name, the
//! avatar, the member's figures) goes with the page's chrome, and so the
//! name went too, leaving a discussion whose voices the reader cannot tell
//! apart. Where the page says in its markup who wrote a post, the name is
//! taken down before anything is removed ([`mark_post_authors`]) and shown
//! at the head of the post when the content is chosen
//! ([`show_post_authors`]).

use html5ever::{local_name, LocalName};

use crate::dom::{Document, NodeId};
use crate::metadata::{author_name_part, has_itemprop, item_of, item_types};
use crate::text;

/// Where a post's author is kept until the content is chosen. The
/// serializer drops every `data-` attribute.
const POST_AUTHOR_ATTR: &str = "data-lucid-post-author";
/// XenForo's mark of a post's author, on the post itself.
const DATA_AUTHOR_ATTR: &str = "data-author";
/// A member's name is a few words; longer is a profile or a card.
const AUTHOR_NAME_MAX_CHARS: usize = 40;
/// A name is a few nodes: an author's part of more is a profile card.
const AUTHOR_MAX_NODES: usize = 64;
/// A thread shows at least this many posts with their authors: one alone
/// is an article, whose byline the view's header shows.
const MIN_POSTS_WITH_AUTHORS: usize = 2;
/// The schema.org types of a post, whose `author` wrote it. An item of
/// another type names its author too (a `Book` in a list of books, a
/// `Recipe`, an `Article` in a list of headlines), and its author stays
/// where it is, beside its title. An item of no type may be a post.
const POST_TYPES: &[&str] = &[
    "Comment",
    "Answer",
    "Question",
    "DiscussionForumPosting",
    "SocialMediaPosting",
];

/// Marks each post whose author the page names: a post XenForo marks with
/// its author (`data-author="…"`), or an item of schema.org microdata
/// (a `Comment`, an `Answer`, a `DiscussionForumPosting`) with an `author`
/// property, whose name is the property's `name` or its text.
pub fn mark_post_authors(doc: &mut Document, root: NodeId) {
    let data_author = LocalName::from(DATA_AUTHOR_ATTR);
    let mut marks: Vec<(NodeId, String)> = Vec::new();
    for n in doc.descendants(root) {
        let marked = match doc.attr(n, &data_author) {
            Some(name) => Some((n, name.to_string())),
            None if has_itemprop(doc, n, "author") => item_of(doc, n)
                .filter(|&item| is_post(doc, item))
                .zip(author_name(doc, n)),
            None => None,
        };
        if let Some((post, name)) = marked {
            let name = text::normalize_whitespace(&name);
            if !name.is_empty() && name.chars().count() <= AUTHOR_NAME_MAX_CHARS {
                marks.push((post, name));
            }
        }
    }
    let attr = LocalName::from(POST_AUTHOR_ATTR);
    for (post, name) in marks {
        // A post may name its author twice (XenForo: in its own mark and
        // in its microdata): the first holds.
        if doc.attr(post, &attr).is_none() {
            doc.set_attr(post, POST_AUTHOR_ATTR, &name);
        }
    }
}

/// Shows each post's author, taken down by [`mark_post_authors`], as the
/// first line of the post, when the content is a thread: two posts at
/// least with their authors, and only the innermost of those (a topic
/// marked with its author around the replies marked with theirs is not a
/// post). A post that already prints the name (phpBB's "by Ann » Tue Aug
/// 27") is left as it is.
pub fn show_post_authors(doc: &mut Document, root: NodeId) {
    let attr = LocalName::from(POST_AUTHOR_ATTR);
    let marked: Vec<NodeId> = doc
        .descendants(root)
        .filter(|&n| doc.attr(n, &attr).is_some())
        .collect();
    let posts: Vec<(NodeId, String)> = marked
        .iter()
        .enumerate()
        .filter(|&(i, &post)| {
            marked
                .get(i + 1)
                .is_none_or(|&next| !doc.is_inclusive_descendant(next, post))
        })
        .filter_map(|(_, &post)| Some((post, doc.attr(post, &attr)?.to_string())))
        .collect();
    if posts.len() < MIN_POSTS_WITH_AUTHORS {
        return;
    }
    for (post, name) in posts {
        if doc.text_content(post).contains(&name) {
            continue;
        }
        // A paragraph goes where a paragraph may: in a table's row, at
        // the head of its first cell (a paragraph in a `<tr>` is lifted out
        // of the table by the browser's parser); a whole table is no post.
        let head = if doc.is(post, &local_name!("tr")) {
            doc.element_children(post)
                .find(|&c| doc.is_any(c, &[local_name!("td"), local_name!("th")]))
        } else if doc.is_any(post, &TABLE_GROUPS) {
            None
        } else {
            Some(post)
        };
        let Some(head) = head else { continue };
        let line = doc.create_element(local_name!("p"));
        let strong = doc.create_element(local_name!("strong"));
        let text = doc.create_text(&name);
        doc.append(strong, text);
        doc.append(line, strong);
        match doc.first_child(head) {
            Some(first) => doc.insert_before(first, line),
            None => doc.append(head, line),
        }
    }
}

/// A table, or a group of its rows.
const TABLE_GROUPS: [LocalName; 4] = [
    local_name!("table"),
    local_name!("thead"),
    local_name!("tbody"),
    local_name!("tfoot"),
];

/// Whether a microdata item may be a post: of a post's type, or of none.
fn is_post(doc: &Document, item: NodeId) -> bool {
    let mut types = item_types(doc, item).peekable();
    types.peek().is_none() || types.any(|t| POST_TYPES.contains(&t))
}

/// The name of the author an `author` property gives: its own `name`
/// property (a `Person` item), else its text. A name is a few nodes: a
/// larger property (a whole profile card) is looked through only so far.
fn author_name(doc: &Document, author: NodeId) -> Option<String> {
    let name = author_name_part(doc, author);
    let is_small = doc.descendants(name).nth(AUTHOR_MAX_NODES).is_none();
    is_small.then(|| doc.text_content(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_document;

    /// The text of a page's posts with their authors shown, after cleaning
    /// took their author panels (`class=user`, the `author` properties).
    fn shown(html: &str) -> String {
        let mut doc = parse_document(html);
        let body = doc.body().unwrap();
        mark_post_authors(&mut doc, body);
        let panels: Vec<NodeId> = doc
            .descendants(body)
            .filter(|&n| {
                doc.attr(n, &local_name!("class")) == Some("user")
                    || has_itemprop(&doc, n, "author")
            })
            .collect();
        for panel in panels {
            doc.remove(panel);
        }
        show_post_authors(&mut doc, body);
        text::normalize_whitespace(&crate::plain_text::plain_text(&doc, body))
            .trim()
            .to_string()
    }

    #[test]
    fn each_post_of_a_thread_shows_who_wrote_it() {
        let text = shown(
            "<article data-author=Ann><div class=user>Ann<br>Posts: 12</div>\
             <p>First post.</p></article>\
             <div itemscope itemtype=https://schema.org/Comment>\
             <span itemprop=author itemscope><span itemprop=name>Bob</span></span>\
             <p>Second post.</p></div>\
             <div itemscope><a itemprop='url author' href=/u/cy>Cy</a><p>Third.</p></div>",
        );
        assert_eq!(text, "Ann First post. Bob Second post. Cy Third.");
    }

    #[test]
    fn a_book_or_a_recipe_names_its_author_and_is_no_post() {
        let list = "<table>\
            <tr itemscope itemtype=http://schema.org/Book><td><a href=/b/1>Emma</a> by \
            <span itemprop=author>Jane Austen</span></td></tr>\
            <tr itemscope itemtype=http://schema.org/Book><td><a href=/b/2>Dune</a> by \
            <span itemprop=author>Frank Herbert</span></td></tr></table>";
        // (The helper takes the `author` properties away, as cleaning takes
        // author panels: no name comes back at the head of a row.)
        assert_eq!(shown(list), "Emma by Dune by");
        // A thread laid out in a table: the name heads the row's first cell.
        let rows = "<table>\
            <tr itemscope itemtype=https://schema.org/Comment><td><span itemprop=author>Ann\
            </span></td><td><p>First post.</p></td></tr>\
            <tr itemscope itemtype=https://schema.org/Comment><td><span itemprop=author>Bob\
            </span></td><td><p>Second post.</p></td></tr></table>";
        let mut doc = parse_document(rows);
        let body = doc.body().unwrap();
        mark_post_authors(&mut doc, body);
        let panels: Vec<NodeId> = doc
            .descendants(body)
            .filter(|&n| has_itemprop(&doc, n, "author"))
            .collect();
        for panel in panels {
            doc.remove(panel);
        }
        show_post_authors(&mut doc, body);
        let first_cells: Vec<NodeId> = doc
            .elements_by_tag(body, &local_name!("tr"))
            .filter_map(|tr| doc.element_children(tr).next())
            .collect();
        for (cell, name) in first_cells.into_iter().zip(["Ann", "Bob"]) {
            assert!(doc.is(cell, &local_name!("td")));
            let line = doc.element_children(cell).next().unwrap();
            assert!(doc.is(line, &local_name!("p")));
            assert_eq!(doc.text_content(line), name);
        }
    }

    #[test]
    fn a_name_the_post_prints_is_not_added_and_a_lone_author_is_a_byline() {
        let thread = "<div data-author=Ann><p>by Ann » Tue Aug 27</p><p>Hello.</p></div>\
                      <div data-author=Bob><p>Hi.</p></div>";
        assert_eq!(shown(thread), "by Ann » Tue Aug 27 Hello. Bob Hi.");
        let article = "<article itemscope><span itemprop=author>Jo Smith</span>\
                       <p>The story.</p></article>";
        assert_eq!(shown(article), "The story.");
        // A topic marked with its author, around its replies marked with
        // theirs, is no post of its own.
        let topic = "<div data-author=Ann><p>Topic.</p><div data-author=Bob><p>Hi.</p></div>\
                     <div data-author=Cy><p>Yo.</p></div></div>";
        assert_eq!(shown(topic), "Topic. Bob Hi. Cy Yo.");
    }
}
