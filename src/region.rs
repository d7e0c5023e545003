//! The main region: for pages that are not articles (product pages,
//! listings, home pages, threads), the content is not one block of prose
//! that scoring can find, but everything in the page's main region that is
//! not page chrome. This stage cuts that region out: the `<main>` element
//! (or `role=main`, or the page's only `<article>`, or the body), less
//! navigation, headers, footers, sidebars, forms, dialogs and banners.

use html5ever::local_name;

use crate::clean;
use crate::dom::{Document, NodeId};
use crate::hints;
use crate::measure::{self, inner_text, is_probably_visible};

/// Cuts the main region out of `doc` (a pristine copy of the page) and
/// returns a detached element holding it, or `None` when it has no text.
pub fn main_region(doc: &mut Document) -> Option<NodeId> {
    let body = doc.body()?;
    let main = find_main(doc, body);
    let region = main.unwrap_or(body);
    let root = doc.create_element(local_name!("div"));
    clean::remove_elements_where(doc, region, |doc, n| is_chrome(doc, n, main.is_some()));
    doc.reparent_children(region, root);
    clean::remove_recommendation_blocks(doc, root);
    measure::has_text(doc, root).then_some(root)
}

/// The one element the page marks as its main content, if it marks one:
/// its `<main>`, or else its only `<article>`, which HTML means as a
/// composition complete in itself (a page of many lists them).
fn find_main(doc: &Document, body: NodeId) -> Option<NodeId> {
    let mut mains = doc.descendants(body).filter(|&n| {
        doc.is(n, &local_name!("main")) || doc.attr(n, &local_name!("role")) == Some("main")
    });
    let Some(first) = mains.next() else {
        let article = local_name!("article");
        let mut articles = doc.elements_by_tag(body, &article);
        return match (articles.next(), articles.next()) {
            (Some(only), None) if measure::has_text(doc, only) => Some(only),
            _ => None,
        };
    };
    // Nested marks (a `<main role=main>` inside another) are the same region.
    if mains.all(|m| doc.is_inclusive_descendant(m, first)) && measure::has_text(doc, first) {
        Some(first)
    } else {
        None
    }
}

/// Page chrome: the parts of a page around its content, on every page of
/// the site alike.
fn is_chrome(doc: &Document, id: NodeId, in_main: bool) -> bool {
    let Some(tag) = doc.tag(id) else { return false };
    // Inside `<main>`, a header holds the page's own title.
    if in_main && *tag == local_name!("header") {
        return false;
    }
    if matches!(
        *tag,
        local_name!("nav")
            | local_name!("header")
            | local_name!("footer")
            | local_name!("aside")
            | local_name!("form")
            | local_name!("script")
            | local_name!("style")
            | local_name!("noscript")
            | local_name!("template")
            | local_name!("iframe")
            | local_name!("dialog")
            | local_name!("button")
            | local_name!("select")
            | local_name!("input")
            | local_name!("textarea")
            | local_name!("svg")
    ) {
        return true;
    }
    if !is_probably_visible(doc, id) {
        return true;
    }
    // "Skip to main content": for keyboard users of the page, not content.
    if *tag == local_name!("a")
        && measure::links_into_the_page(doc, id)
        && hints::is_skip_link_text(inner_text(doc, id).to_lowercase().trim())
    {
        return true;
    }
    if doc
        .attr(id, &local_name!("role"))
        .is_some_and(|r| hints::UNLIKELY_ROLES.contains(&r) || r == "banner" || r == "contentinfo")
    {
        return true;
    }
    hints::is_unlikely_candidate(&hints::class_and_id_lower(doc, id))
        && !measure::is_headed_table(doc, id)
}
