//! Threads, Q&A pages and comment-style pages: series of items of the same
//! shape, each scoring alone. Where the best candidate is (inside) one of
//! them, the content is the whole series ([`repeated_item_of`]), with the
//! opening post that stands before the replies ([`opening_post_of`]); on a
//! page that declares a discussion, an opening post apart from its list of
//! replies is taken with them ([`thread_of_opening_post`]); on a Q&A page,
//! the question with its answers ([`question_with_its_answers`]).

use std::collections::HashMap;

use html5ever::{local_name, LocalName};

use crate::dom::{Document, NodeId};
use crate::hints;
use crate::measure::{self, inner_text_len, link_density};
use crate::metadata::{has_itemprop, item_types, written_date_day};

/// How many levels above the best candidate a repeated item is looked for.
const REPEATED_ITEM_MAX_LEVELS: usize = 6;
/// How many same-shaped prose siblings make a series (the item included).
const MIN_REPEATED_ITEMS: usize = 3;
/// How far below an element after a thread's opening post its list of
/// replies is looked for.
const REPLY_LIST_MAX_DEPTH: usize = 3;
/// How many bare wrappers around an item are looked through for its shape.
const MAX_ITEM_WRAPPERS: usize = 2;
/// A repeated item shorter than this is a teaser, not a post.
const MIN_REPEATED_ITEM_CHARS: usize = 80;
/// A link showing a date this long or shorter may be a post's permalink
/// ("October 01, 2024, 10:05:34 PM").
const PERMALINK_DATE_MAX_CHARS: usize = 40;
/// A repeated item linkier than this is a card or a menu entry.
const MAX_REPEATED_ITEM_LINK_DENSITY: f32 = 0.3;

/// Threads, Q&A pages and comment-style pages are series of items of the
/// same shape, each scoring alone: when the best candidate is (inside) one
/// such item and several of its same-shaped siblings read as prose too, the
/// content is the whole series. Returns the item the candidate belongs to.
pub(super) fn repeated_item_of(doc: &Document, candidate: NodeId, body: NodeId) -> Option<NodeId> {
    let mut node = candidate;
    for _ in 0..=REPEATED_ITEM_MAX_LEVELS {
        let parent = doc.parent(node)?;
        if node == body {
            return None;
        }
        // In a thread drawn as a tree, a reply to a reply has few siblings
        // of its own, and a series of replies to one comment is part of
        // the thread: the thread is the outermost item of their kind they
        // are nested in, however deep, the comment they answer with it.
        // Only for items named as replies: a page's layout nests boxes of
        // one kind too (a grid's `row` in a `row`), and its series of boxes
        // is not a thread.
        if has_series_of_siblings(doc, node)
            || nesting_items(doc, node, body).any(|n| has_series_of_siblings(doc, n))
        {
            return Some(nesting_items(doc, node, body).last().unwrap_or(node));
        }
        if parent == body {
            return None;
        }
        node = parent;
    }
    None
}

/// Whether enough of `node`'s siblings are items of its kind and shape,
/// reading as prose, to make a series with it. The item may be set apart
/// from them by more classes (the accepted answer among the answers),
/// never by fewer or others.
pub(crate) fn has_series_of_siblings(doc: &Document, node: NodeId) -> bool {
    let Some(parent) = doc.parent(node) else {
        return false;
    };
    let shape = shape_class(doc, node);
    let own: Vec<&str> = shape.split_ascii_whitespace().collect();
    let Some(&kind) = own.first() else {
        return false;
    };
    let alike = doc
        .element_children(parent)
        .filter(|&s| {
            if s == node || doc.tag(s) != doc.tag(node) {
                return false;
            }
            let theirs = shape_class(doc, s);
            first_class(&theirs) == kind
                && theirs.split_ascii_whitespace().all(|c| own.contains(&c))
                && is_prose_item(doc, s)
        })
        .count();
    alike >= MIN_REPEATED_ITEMS - 1
}

/// The ancestors of `item` (below `body`) of its kind ([`item_kind`]),
/// innermost first, when its kind is named as a reply: the replies it
/// answers, in a tree of nested replies.
fn nesting_items<'a>(
    doc: &'a Document,
    item: NodeId,
    body: NodeId,
) -> impl Iterator<Item = NodeId> + 'a {
    let kind = item_kind(doc, item);
    let named_as_reply = hints::names_a_reply(&kind.1.to_ascii_lowercase());
    doc.ancestors(item)
        .take_while(move |&a| named_as_reply && a != body)
        .filter(move |&a| item_kind(doc, a) == kind)
}

/// The class list that gives an element its shape: its own; for an element
/// without one, its numbered id's stem (`#post` of `post1234`); or for a
/// bare wrapper (a `<div>` around each post), that of what it wraps,
/// prefixed with the wrapped tags.
fn shape_class(doc: &Document, id: NodeId) -> String {
    let mut node = id;
    let mut wrapped = String::new();
    for _ in 0..=MAX_ITEM_WRAPPERS {
        if let Some(class) = doc
            .attr(node, &local_name!("class"))
            .filter(|c| !c.trim().is_empty())
        {
            wrapped.push_str(class);
            return wrapped;
        }
        if let Some(stem) = doc
            .attr(node, &local_name!("id"))
            .and_then(numbered_id_stem)
        {
            wrapped.push('#');
            wrapped.push_str(stem);
            return wrapped;
        }
        let mut children = doc.element_children(node);
        let (Some(only), None) = (children.next(), children.next()) else {
            break;
        };
        wrapped.push_str(doc.tag(only).map_or("", |t| t));
        wrapped.push('>');
        node = only;
    }
    String::new()
}

/// The stem of a numbered `id` (`post` of `post1234`, `edit` of
/// `edit37597539`): a template's items that carry no class are told apart
/// by number, and alike by stem.
fn numbered_id_stem(id: &str) -> Option<&str> {
    let stem = id.trim_end_matches(|c: char| c.is_ascii_digit());
    (stem.len() < id.len() && !stem.is_empty()).then_some(stem)
}

/// The looser shape of the items of a series already found: tag and first
/// class. Later classes vary from item to item while the shape stays: a
/// thread's `post bg1` and `post bg2` alternate, an answer is also
/// `accepted-answer`.
pub(crate) fn item_kind(doc: &Document, id: NodeId) -> (Option<LocalName>, String) {
    (
        doc.tag(id).cloned(),
        first_class(&shape_class(doc, id)).to_string(),
    )
}

/// Whether `id` is an item of the series whose items are of `kind`
/// ([`item_kind`]): of that kind itself, or, where the series' items are
/// bare wrappers, what they wrap standing without one (the opening post
/// above a thread's replies, each reply wrapped in a `<div>`).
pub(super) fn is_of_kind(doc: &Document, id: NodeId, kind: &(Option<LocalName>, String)) -> bool {
    let own = item_kind(doc, id);
    if own == *kind {
        return true;
    }
    let (Some(tag), false) = (own.0, own.1.is_empty()) else {
        return false;
    };
    // As `shape_class` names a wrapped item: its tag, then its class,
    // after its wrappers'.
    kind.1
        .strip_suffix(own.1.as_str())
        .and_then(|rest| rest.strip_suffix('>'))
        .and_then(|rest| rest.strip_suffix(&*tag))
        .is_some_and(|wrappers| wrappers.is_empty() || wrappers.ends_with('>'))
}

/// The first class of a class list, or "".
fn first_class(classes: &str) -> &str {
    classes.split_ascii_whitespace().next().unwrap_or("")
}

/// An item of a repeated structure that reads as content (a forum post, a
/// comment in a Q&A thread), not as a teaser card or a menu entry.
fn is_prose_item(doc: &Document, id: NodeId) -> bool {
    inner_text_len(doc, id) >= MIN_REPEATED_ITEM_CHARS
        && post_link_density(doc, id) < MAX_REPEATED_ITEM_LINK_DENSITY
}

/// The link density of a post, less its permalinks: the links that show
/// only when the post was written (SMF's "October 01, 2024, 10:05:34 PM",
/// a link to `?msg=4180674`). A short reply's date and its author's name
/// are most of its links' words, and made its post read as a menu entry.
/// (The engine's [`link_density`] knows a permalink only by its `<time>`:
/// [`measure::link_weight`].)
fn post_link_density(doc: &Document, id: NodeId) -> f32 {
    let len = inner_text_len(doc, id);
    if len == 0 {
        return 0.0;
    }
    let permalinks: usize = doc
        .elements_by_tag(id, &local_name!("a"))
        .map(|a| (a, inner_text_len(doc, a)))
        .filter(|&(a, len)| {
            len <= PERMALINK_DATE_MAX_CHARS
                // Only one that `link_density` counted whole, and not one
                // whose date is a `<time>` among other words.
                && measure::link_weight(doc, a) == 1.0
                && doc.elements_by_tag(a, &local_name!("time")).next().is_none()
                && written_date_day(&measure::inner_text(doc, a)).is_some()
        })
        .map(|(_, len)| len)
        .sum();
    (link_density(doc, id) - permalinks as f32 / len as f32).max(0.0)
}

/// An item of a series found ([`repeated_item_of`]) belongs to it however
/// short, a reply of a few words as much as a long one, unless it is a
/// card or a menu entry: the length asked of items that make a series
/// ([`is_prose_item`]) is for telling a thread from a grid of teasers.
pub(super) fn is_series_member(doc: &Document, id: NodeId) -> bool {
    measure::has_text(doc, id) && post_link_density(doc, id) < MAX_REPEATED_ITEM_LINK_DENSITY
}

/// A thread's opening post (a Q&A page's question, a link's submission
/// above its comments) often sits before the list of replies rather than in
/// it: the element just before the replies' container (past empty boxes),
/// when it reads as prose and is built like a reply (a child of the same
/// class), is the thread's start and comes first.
pub(super) fn opening_post_of(doc: &Document, item: NodeId, body: NodeId) -> Option<NodeId> {
    let container = doc.parent(item).filter(|&c| c != body)?;
    // An empty ad slot may stand between (Stack Overflow's, after the
    // question): it is no post, and nothing a post could be told by.
    let mut post = doc.prev_element_sibling(container)?;
    while !measure::has_text(doc, post) {
        post = doc.prev_element_sibling(post)?;
    }
    let child_classes = |n: NodeId| -> Vec<String> {
        doc.element_children(n)
            .map(|c| first_class(&shape_class(doc, c)).to_string())
            .filter(|c| !c.is_empty())
            .collect()
    };
    let reply_parts = child_classes(item);
    let built_like_a_reply = child_classes(post).iter().any(|c| reply_parts.contains(c));
    (built_like_a_reply && is_prose_item(doc, post)).then_some(post)
}

/// A discussion's opening post often stands apart from its replies (a
/// topic's `<article>`, then a `<section>` of replies), so that the best
/// candidate is the post alone. When an element after the post, or after
/// one of its ancestors, holds a list of replies, the thread is their
/// parent. Asked only on pages that declare a discussion: below an
/// article, such a list is its comments.
pub(super) fn thread_of_opening_post(doc: &Document, post: NodeId, body: NodeId) -> Option<NodeId> {
    let mut node = post;
    for _ in 0..=REPEATED_ITEM_MAX_LEVELS {
        let parent = doc.parent(node).filter(|&p| p != body && node != body)?;
        let mut next = doc.next_element_sibling(node);
        while let Some(sibling) = next {
            if holds_reply_list(doc, sibling, REPLY_LIST_MAX_DEPTH) {
                return Some(parent);
            }
            next = doc.next_element_sibling(sibling);
        }
        node = parent;
    }
    None
}

/// A Q&A page declares its question in schema.org microdata as an item
/// (`itemtype=".../Question"`) holding its answers (the properties
/// `acceptedAnswer`, `suggestedAnswer`). With one answer or two, the
/// question's text alone scores best and no series of answers is there
/// to widen it: when the best candidate is inside such a question and an
/// answer is not inside the candidate, the content is their nearest
/// common ancestor, the question's text with its answers (not the whole
/// item, which also holds the page's header and sidebar).
pub(super) fn question_with_its_answers(
    doc: &Document,
    candidate: NodeId,
    body: NodeId,
) -> Option<NodeId> {
    let question = doc
        .ancestors(candidate)
        .take_while(|&a| a != body)
        .find(|&a| item_types(doc, a).any(|t| t == "Question"))?;
    let answer = doc.descendants(question).find(|&n| {
        (has_itemprop(doc, n, "acceptedAnswer") || has_itemprop(doc, n, "suggestedAnswer"))
            && !doc.is_inclusive_descendant(n, candidate)
    })?;
    doc.ancestors(candidate)
        .find(|&a| doc.is_inclusive_descendant(answer, a))
}

/// Is `id`, or an element at most `depth` levels below it, a list of
/// replies: prose items of one kind, enough to be a series without the
/// opening post?
fn holds_reply_list(doc: &Document, id: NodeId, depth: usize) -> bool {
    // Counted by kind: comparing every item with every other is quadratic
    // in a long list. Keyed by "tag class" (a class has no space), a map
    // of the type other passes use shares their copy of its code in the
    // wasm.
    let mut items_of_kind: HashMap<String, usize> = HashMap::new();
    for child in doc.element_children(id).filter(|&c| is_prose_item(doc, c)) {
        let (tag, class) = item_kind(doc, child);
        if !class.is_empty() {
            let key = [tag.as_deref().unwrap_or(""), &class].join(" ");
            *items_of_kind.entry(key).or_default() += 1;
        }
    }
    let is_list = items_of_kind.values().any(|&n| n >= MIN_REPEATED_ITEMS - 1);
    is_list
        || (depth > 0
            && doc
                .element_children(id)
                .any(|c| holds_reply_list(doc, c, depth - 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_ids_are_alike_by_stem() {
        assert_eq!(
            numbered_id_stem("post_message_37601655"),
            Some("post_message_")
        );
        assert_eq!(numbered_id_stem("edit1"), Some("edit"));
        assert_eq!(numbered_id_stem("main"), None);
        assert_eq!(numbered_id_stem("2024"), None);
    }

    #[test]
    fn items_of_a_series_are_alike_by_tag_and_first_class() {
        let doc = crate::parse::parse_document(
            "<div class='post bg1'>a</div><div class='post bg2'>b</div>\
             <div class='post'>c</div><article class='post bg1'>d</article>\
             <div class='bg1 post'>e</div>",
        );
        let body = doc.body().unwrap();
        let els: Vec<_> = doc.element_children(body).collect();
        let kind = |i: usize| item_kind(&doc, els[i]);
        assert_eq!(kind(0), kind(1));
        assert_eq!(kind(0), kind(2));
        assert_ne!(kind(0), kind(3));
        assert_ne!(kind(0), kind(4));
        // Finding a series asks for the candidate's classes, or fewer.
        assert_ne!(shape_class(&doc, els[0]), shape_class(&doc, els[1]));
    }

    #[test]
    fn what_a_series_wraps_is_of_its_kind_without_the_wrapper() {
        // Netmums: the opening post stands bare, each reply in a bare <div>.
        let doc = crate::parse::parse_document(
            "<div class='sc-post bTd'>a</div><div><div class='sc-post kQx'>b</div></div>\
             <div class='sc-note kQx'>c</div><section class='sc-post'>d</section>",
        );
        let body = doc.body().unwrap();
        let els: Vec<_> = doc.element_children(body).collect();
        let replies = item_kind(&doc, els[1]);
        assert_eq!(replies.1, "div>sc-post");
        assert!(is_of_kind(&doc, els[1], &replies));
        assert!(is_of_kind(&doc, els[0], &replies));
        assert!(!is_of_kind(&doc, els[2], &replies));
        assert!(!is_of_kind(&doc, els[3], &replies));
    }

    #[test]
    fn the_accepted_answer_belongs_to_the_series_of_answers() {
        let answer = "An answer long enough to be a post, with a sentence or two of \
                      advice in it and no links at all.";
        let page = |first: &str| {
            crate::parse::parse_document(&format!(
                "<div id=answers><div class='{first}'><p>{answer}</p></div>\
                 <div class='answer js-answer'><p>{answer}</p></div>\
                 <div class='answer js-answer'><p>{answer}</p></div></div>"
            ))
        };
        for (first, in_series) in [
            ("answer js-answer accepted-answer", true),
            ("answer js-answer", true),
            // Same first class, but not the series' classes and more.
            ("answer featured", false),
        ] {
            let doc = page(first);
            let body = doc.body().unwrap();
            let answers = doc.element_children(body).next().unwrap();
            let accepted = doc.element_children(answers).next().unwrap();
            let candidate = doc.element_children(accepted).next().unwrap();
            let found = repeated_item_of(&doc, candidate, body);
            assert_eq!(found == Some(accepted), in_series, "{first}");
        }
    }

    #[test]
    fn posts_each_in_a_bare_wrapper_are_a_series_of_wrappers() {
        let post = "<div><article class='post-article post-box'><div class=post-body><p>A \
                    reply long enough to be a post, with a sentence or two of good advice in \
                    it, and no links.</p></div></article></div>";
        let doc = crate::parse::parse_document(&format!("<div id=thread>{post}{post}{post}</div>"));
        let body = doc.body().unwrap();
        let thread = doc.element_children(body).next().unwrap();
        let wrapper = doc.element_children(thread).next().unwrap();
        let paragraph = doc
            .descendants(wrapper)
            .find(|&n| doc.is(n, &local_name!("p")));
        assert_eq!(
            repeated_item_of(&doc, paragraph.unwrap(), body),
            Some(wrapper)
        );
        assert_eq!(shape_class(&doc, wrapper), "article>post-article post-box");
    }

    /// A reply of a thread drawn as a tree, a list item named `kind`,
    /// with the replies to it (`inner`) in a list under it.
    fn reply(kind: &str, inner: &str) -> String {
        format!(
            "<li class={kind}><div class=body><p>A reply long enough to be a post, with a \
             sentence or two of good advice in it, and no links.</p></div><ol>{inner}</ol></li>"
        )
    }

    /// The thread (`<ol id=thread>`), its first item, and the paragraphs in
    /// that item, in document order.
    fn first_thread(doc: &Document) -> (NodeId, NodeId, Vec<NodeId>) {
        let body = doc.body().unwrap();
        let thread = doc.element_children(body).next().unwrap();
        let first = doc.element_children(thread).next().unwrap();
        let paragraphs = doc
            .descendants(first)
            .filter(|&n| doc.is(n, &local_name!("p")))
            .collect();
        (body, first, paragraphs)
    }

    #[test]
    fn replies_to_one_comment_are_in_the_thread_of_that_comment() {
        // Lobsters: the only top-level comment has three replies, and the
        // candidate is a reply to the first of them. The thread is the
        // top-level comment with all its replies, not those three alone.
        let item = |inner: &str| reply("comments_subtree", inner);
        let replies = format!("{}{}{}", item(&item("")), item(""), item(""));
        let doc = crate::parse::parse_document(&format!("<ol id=thread>{}</ol>", item(&replies)));
        let (body, top, paragraphs) = first_thread(&doc);
        // A reply to the first reply, and a reply in the series of three.
        assert_eq!(repeated_item_of(&doc, paragraphs[2], body), Some(top));
        assert_eq!(repeated_item_of(&doc, paragraphs[3], body), Some(top));
    }

    #[test]
    fn a_reply_deep_in_a_tree_of_replies_belongs_to_the_top_level_series() {
        // Three threads at the top; the candidate is a reply to a reply in
        // the first, with no sibling of its own.
        let page = |kind: &str| {
            let item = |inner: &str| reply(kind, inner);
            // Deeper than a series is looked for above a candidate.
            let deep = (0..REPEATED_ITEM_MAX_LEVELS / 2).fold(item(""), |inner, _| item(&inner));
            crate::parse::parse_document(&format!(
                "<ol id=thread>{deep}{}{}</ol>",
                item(""),
                item("")
            ))
        };
        for (kind, in_series) in [("comments_subtree", true), ("row", false)] {
            let doc = page(kind);
            let (body, first, paragraphs) = first_thread(&doc);
            let found = repeated_item_of(&doc, *paragraphs.last().unwrap(), body);
            // A layout's boxes nested alike are no thread.
            assert_eq!(found == Some(first), in_series, "{kind}");
        }
    }
}
