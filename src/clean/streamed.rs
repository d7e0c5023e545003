//! Content that a page rendered by React on the server streams in last:
//! hidden blocks at the end of the body, which the page's script moves into
//! their places. The script does not run here, so the move is done as it
//! would do it ([`place_streamed_content`]), or the article is a hidden
//! block behind a loading skeleton. Done first of all, before scoring.

use std::collections::HashMap;

use html5ever::local_name;

use crate::dom::{Document, NodeData, NodeId};

/// Pages rendered by React on the server as a stream send the slow parts
/// of the page last, in a `<div hidden id="S:n">` at the end of the body,
/// with a script (`$RC`, `$RS`) that moves them into their place: where a
/// `<template id="B:n">` (a Suspense boundary, after its loading fallback)
/// or `<template id="P:n">` (a segment) stands. The live page shows them in
/// place; here the script does not run, so the move is done as it would
/// do it, or the article is a hidden block behind a loading skeleton.
pub(super) fn place_streamed_content(doc: &mut Document) {
    let Some(body) = doc.body() else { return };
    let streamed: Vec<(NodeId, String)> = doc
        .descendants(body)
        .filter(|&n| doc.is(n, &local_name!("div")) && doc.has_attr(n, &local_name!("hidden")))
        .filter_map(|n| {
            let number = doc.attr(n, &local_name!("id"))?.strip_prefix("S:")?;
            Some((n, number.to_string()))
        })
        .collect();
    if streamed.is_empty() {
        return;
    }
    let templates: HashMap<String, NodeId> = doc
        .elements_by_tag(Document::ROOT, &local_name!("template"))
        .filter_map(|t| Some((doc.attr(t, &local_name!("id"))?.to_string(), t)))
        .collect();
    for (segment, number) in streamed {
        if let Some(&boundary) = templates.get(&format!("B:{number}")) {
            let Some(parent) = doc.parent(boundary) else {
                continue;
            };
            // A segment holding its own boundary would be moved into itself.
            if !doc.is_inclusive_descendant(parent, segment) {
                let end = remove_suspense_fallback(doc, boundary);
                move_children(doc, segment, parent, end);
            }
        } else if let Some(&placeholder) = templates.get(&format!("P:{number}")) {
            let Some(parent) = doc.parent(placeholder) else {
                continue;
            };
            if !doc.is_inclusive_descendant(parent, segment) {
                move_children(doc, segment, parent, Some(placeholder));
                doc.remove(placeholder);
            }
        }
    }
}

/// Removes a Suspense boundary's template and the fallback after it, up to
/// the `<!--/$-->` comment that closes the boundary (nested boundaries
/// counted), and returns that comment: where the content goes. A page
/// saved without its comments has no such mark: then the fallback is the
/// one element after the template, and the content goes in its place
/// (removing up to a mark that never comes would take the rest of the
/// page with it).
fn remove_suspense_fallback(doc: &mut Document, template: NodeId) -> Option<NodeId> {
    let Some(end) = suspense_boundary_end(doc, template) else {
        let fallback = doc.next_element_sibling(template);
        let after = fallback.and_then(|f| doc.next_sibling(f));
        doc.remove(template);
        if let Some(fallback) = fallback {
            doc.remove(fallback);
        }
        return after;
    };
    let mut cur = Some(template);
    while let Some(node) = cur.filter(|&n| n != end) {
        cur = doc.next_sibling(node);
        doc.remove(node);
    }
    Some(end)
}

/// The `<!--/$-->` comment that closes the boundary opened before
/// `template`, if the page has it.
fn suspense_boundary_end(doc: &Document, template: NodeId) -> Option<NodeId> {
    let mut depth = 0usize;
    let mut cur = doc.next_sibling(template);
    while let Some(node) = cur {
        if let NodeData::Comment(data) = &doc.node(node).data {
            match data.as_str() {
                "/$" if depth == 0 => return Some(node),
                "/$" => depth -= 1,
                "$" | "$?" | "$!" => depth += 1,
                _ => {}
            }
        }
        cur = doc.next_sibling(node);
    }
    None
}

/// Moves `from`'s children into `parent`, before `before` (at the end when
/// there is none).
fn move_children(doc: &mut Document, from: NodeId, parent: NodeId, before: Option<NodeId>) {
    match before {
        Some(b) => {
            while let Some(child) = doc.first_child(from) {
                doc.insert_before(b, child);
            }
        }
        None => doc.reparent_children(from, parent),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::prepare_page;
    use crate::parse::parse_document;

    #[test]
    fn streamed_react_content_is_moved_into_its_place() {
        let mut doc = parse_document(
            "<header>Site</header><main><h1>Title</h1>\
             <!--$?--><template id=B:0></template><div class=skeleton>Loading</div>\
             <!--$--><p>nested fallback</p><!--/$--><!--/$-->\
             <p>Middle</p><template id=P:1></template></main><footer>Foot</footer>\
             <div hidden id=S:0><p>The article.</p></div>\
             <div hidden id=S:1><p>The comments.</p></div>\
             <div hidden id=S:2><template id=B:2></template><p>Loops</p><!--/$--></div>",
        );
        prepare_page(&mut doc, &crate::metadata::Metadata::default());
        let body = doc.body().unwrap();
        let main = doc
            .elements_by_tag(body, &local_name!("main"))
            .next()
            .unwrap();
        assert_eq!(
            crate::measure::inner_text(&doc, main),
            "TitleThe article.MiddleThe comments."
        );
        // A segment that holds its own boundary is left alone.
        assert!(crate::measure::inner_text(&doc, body).ends_with("FootLoops"));
    }

    #[test]
    fn streamed_content_of_a_page_saved_without_comments_keeps_the_rest() {
        // Saved pages may lose the `<!--$?-->...<!--/$-->` marks: each
        // fallback is then the one element after its template.
        let mut doc = parse_document(
            "<main><p>Intro</p><template id=B:0></template><div>Loading paragraph...</div>\
             <p>Between</p><template id=B:1></template><div>Loading paragraph...</div>\
             <p>End</p></main>\
             <div hidden id=S:0><p>First part.</p></div>\
             <div hidden id=S:1><p>Second part.</p></div>",
        );
        prepare_page(&mut doc, &crate::metadata::Metadata::default());
        let main = doc
            .elements_by_tag(Document::ROOT, &local_name!("main"))
            .next()
            .unwrap();
        assert_eq!(
            crate::measure::inner_text(&doc, main),
            "IntroFirst part.BetweenSecond part.End"
        );
    }
}
