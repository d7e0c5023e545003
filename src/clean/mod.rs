//! Cleaning: what is removed or repaired before and after scoring, in
//! three passes, each in a file of its own:
//!
//! 1. [`prepare_page`] (`page.rs`) runs once on the whole page, before
//!    scoring: it recovers images hidden behind lazy-loading and
//!    `<noscript>`, drops scripts and styles, and turns `<br><br>` runs
//!    into paragraphs so that text is scored as prose.
//! 2. [`prepare_article`] (`article.rs`) runs on the article each scoring
//!    attempt gathers: it removes what may sit inside an article container
//!    without being the article (forms, share bars, ad slots, link lists,
//!    embeds) while keeping data tables, figures and code.
//! 3. [`tidy_chosen_content`] (`tidy.rs`) runs once on the content chosen,
//!    after the attempts are compared: it removes prose shown twice, links
//!    that are buttons, picture credits, stand-ins for a script's work, and
//!    the dateline and byline the view's header shows already.
//!
//! The passes call steps that have a file of their own: `streamed.rs`
//! (content a React page streams in, moved into its place), `images.rs`
//! (images behind lazy-loading and `<noscript>`), `recommendations.rs`
//! (links to elsewhere, also removed from the main region of non-article
//! pages: see [`crate::region`]), `conditional.rs` (Readability's "clean
//! conditionally", and the data tables it keeps) and `shown.rs` (what the
//! view's header shows), `post_authors.rs` (who wrote each post of a
//! thread, taken down before the author panels go and shown at the head
//! of each post), `embeds.rs` (videos, audio and charts kept, and shown
//! as links). Each step is a named function with its reason; this file
//! holds the few helpers and limits the passes share.

mod article;
mod conditional;
mod embeds;
mod images;
mod page;
mod post_authors;
mod recommendations;
mod shown;
mod streamed;
mod tidy;

use html5ever::{local_name, LocalName};

use crate::dom::{Document, NodeId};
use crate::measure;

pub use self::article::prepare_article;
pub use self::page::prepare_page;
pub use self::recommendations::remove_recommendation_blocks;
pub use self::shown::Shown;
pub use self::tidy::tidy_chosen_content;

/// An icon is drawn at 16 to 48 pixels; a picture is larger.
const ICON_MAX_PX: u32 = 64;
/// Elements whose text is code, set as written.
const CODE_TAGS: [LocalName; 5] = [
    local_name!("pre"),
    local_name!("code"),
    local_name!("kbd"),
    local_name!("samp"),
    local_name!("var"),
];
/// Elements that embed another document or plugin.
const EMBED_TAGS: [LocalName; 3] = [
    local_name!("object"),
    local_name!("embed"),
    local_name!("iframe"),
];

/// Every element below `root` with this tag, collected so the tree can be
/// changed while going through them.
fn collect_tag(doc: &Document, root: NodeId, tag: &LocalName) -> Vec<NodeId> {
    doc.elements_by_tag(root, tag).collect()
}

/// Removes the whitespace-only text and `<br>`s that end `id`. A paragraph
/// made of a run of inline content (after `<br><br>`, or loose in a
/// `<div>`) ends at its last content, as Readability's does, not with a
/// blank line.
pub(crate) fn trim_trailing_whitespace(doc: &mut Document, id: NodeId) {
    while let Some(last) = doc.last_child(id) {
        if !measure::is_whitespace(doc, last) {
            break;
        }
        doc.remove(last);
    }
}

/// Removes every element with one of these tags below `root`.
#[track_caller]
fn remove_all(doc: &mut Document, root: NodeId, tags: &[LocalName]) {
    let found: Vec<NodeId> = doc.descendants_where(root, &|n| doc.is_any(n, tags));
    for n in found {
        doc.remove(n);
    }
}

/// Removes the elements below `root` (not `root`) that `matches` picks,
/// outermost first: what is inside a removed one is not looked at.
#[track_caller]
pub(crate) fn remove_elements_where(
    doc: &mut Document,
    root: NodeId,
    matches: impl Fn(&Document, NodeId) -> bool,
) {
    let mut cur = doc.first_child(root);
    while let Some(n) = cur {
        if doc.is_element(n) && matches(doc, n) {
            let next = doc.next_in_order(n, root, true);
            doc.remove(n);
            cur = next;
        } else {
            cur = doc.next_in_order(n, root, false);
        }
    }
}

/// The next sibling that is not whitespace-only text.
fn next_non_blank(doc: &Document, mut cur: Option<NodeId>) -> Option<NodeId> {
    while let Some(n) = cur {
        if doc.is_element(n) || !doc.text(n).is_some_and(|t| t.trim().is_empty()) {
            return Some(n);
        }
        cur = doc.next_sibling(n);
    }
    None
}

/// Whether `n` holds a picture, not an icon: an `<img>` (a `<picture>`'s
/// too) not declared as small as an icon is drawn ([`ICON_MAX_PX`]: an
/// accordion's chevron beside its question, 24 pixels wide; a member's
/// avatar beside a count of likes) nor drawn in vectors with no size
/// declared (a "Show more" button's caret, an arrow's `.svg`).
fn holds_picture(doc: &Document, n: NodeId) -> bool {
    doc.descendants(n).any(|m| {
        doc.is(m, &local_name!("img"))
            && match doc
                .attr(m, &local_name!("width"))
                .and_then(measure::declared_pixels)
            {
                Some(px) => px > ICON_MAX_PX,
                None => !doc
                    .attr(m, &local_name!("src"))
                    .unwrap_or_default()
                    .to_ascii_lowercase()
                    .ends_with(".svg"),
            }
    })
}

/// Whether `root` is or holds a picture, a video or an embed.
fn has_media(doc: &Document, root: NodeId) -> bool {
    std::iter::once(root).chain(doc.descendants(root)).any(|n| {
        doc.is_any(
            n,
            &[
                local_name!("img"),
                local_name!("picture"),
                local_name!("video"),
                local_name!("audio"),
            ],
        ) || doc.is_any(n, &EMBED_TAGS)
    })
}
