//! What the reader sees that word F1 does not read: defects in the view's
//! HTML (the article's `content`), counted per page. A column of bullets
//! beside nothing, a blank box as large as a placeholder says, a link the
//! Tab key stops at with nothing to show: the text is the same with or
//! without them, the view is not.
//!
//! The checks are stated here on the content parsed back, as a browser would
//! build it, independently of how `src/serialize.rs` avoids writing them.

use html5ever::{local_name, ns, LocalName};
use lucid_reader::dom::{Document, NodeData, NodeId};
use lucid_reader::measure::{declared_pixels, is_inline_tag};
use lucid_reader::text;

/// The defects counted, by metric name (`wcxb.empty_boxes`...): each is the
/// share of pages whose view has one, lower is better.
pub const VIEW_DEFECTS: [&str; 4] = [
    "empty_boxes",
    "empty_links",
    "placeholder_pictures",
    "blank_lines",
];
/// Their places in [`VIEW_DEFECTS`] and in [`defects`]' counts.
const EMPTY_BOX: usize = 0;
const EMPTY_LINK: usize = 1;
const PLACEHOLDER_PICTURE: usize = 2;
const BLANK_LINE: usize = 3;

/// A `data:` URL this short is a placeholder pixel (a 1x1 GIF is 43
/// bytes, 60 in base64), not a picture.
const PLACEHOLDER_DATA_URL_CHARS: usize = 200;

/// Per [`VIEW_DEFECTS`], how many the view has: `doc` is its content
/// parsed back ([`lucid_reader::parse::parse_document`]).
pub fn defects(doc: &Document) -> [usize; VIEW_DEFECTS.len()] {
    let mut counts = [0; VIEW_DEFECTS.len()];
    let Some(body) = doc.body() else {
        return counts;
    };
    // One pass each way, whatever the depth: down for "in a `<pre>`", up
    // for "something in it shows".
    let nodes: Vec<NodeId> = doc.descendants(body).collect();
    let mut in_pre = vec![false; doc.len()];
    for &n in &nodes {
        let parent_in_pre = doc.parent(n).is_some_and(|p| in_pre[p.index()]);
        in_pre[n.index()] = parent_in_pre || doc.tag(n) == Some(&local_name!("pre"));
    }
    let mut shows_within = vec![false; doc.len()];
    for &n in nodes.iter().rev() {
        if shows_itself(doc, n) || shows_within[n.index()] {
            if let Some(p) = doc.parent(n) {
                shows_within[p.index()] = true;
            }
        }
    }
    for &n in &nodes {
        let Some(tag) = doc.tag(n) else { continue };
        let shows = shows_within[n.index()];
        if *tag == local_name!("a") {
            // What it holds, not its own `id`: a target may be a link too.
            counts[EMPTY_LINK] += usize::from(doc.has_attr(n, &local_name!("href")) && !shows);
        } else if *tag == local_name!("img") {
            counts[PLACEHOLDER_PICTURE] += usize::from(is_placeholder_picture(doc, n));
        } else if *tag == local_name!("br") {
            counts[BLANK_LINE] += usize::from(!in_pre[n.index()] && ends_in_a_blank_line(doc, n));
        } else if n != body && is_box(doc, n) && !in_pre[n.index()] {
            counts[EMPTY_BOX] += usize::from(!shows && !shows_itself(doc, n));
        }
    }
    counts
}

/// A line break at the end of its block (nothing after it but blanks)
/// that a blank line follows: another line break, or a no-break space,
/// which white space does not collapse (`<li>Send the invitations.<br>
/// &nbsp;</li>`). One at the end alone draws nothing.
fn ends_in_a_blank_line(doc: &Document, br: NodeId) -> bool {
    if doc
        .parent(br)
        .is_none_or(|p| doc.tag(p).is_some_and(is_inline_tag))
    {
        return false;
    }
    let mut draws_a_line = false;
    for n in std::iter::successors(doc.next_sibling(br), |&n| doc.next_sibling(n)) {
        match doc.text(n) {
            Some(t) if t.trim().is_empty() => draws_a_line |= t.contains('\u{a0}'),
            None if doc.tag(n) == Some(&local_name!("br")) => draws_a_line = true,
            _ => return false,
        }
    }
    draws_a_line
}

/// An HTML element drawn as a box of its own: not one that sits in a line
/// of text (a `<span>` of one space parts two words), not a table's part
/// (an empty cell holds its column), not a void element (a rule, a line
/// break, a `<picture>`'s `<source>`).
fn is_box(doc: &Document, node: NodeId) -> bool {
    let Some(tag) = doc.tag(node) else {
        return false;
    };
    let table_part = matches!(
        *tag,
        local_name!("table")
            | local_name!("caption")
            | local_name!("colgroup")
            | local_name!("col")
            | local_name!("thead")
            | local_name!("tbody")
            | local_name!("tfoot")
            | local_name!("tr")
            | local_name!("td")
            | local_name!("th")
    );
    // Void elements hold nothing, and draw no box but a rule or a picture.
    let void = matches!(
        *tag,
        local_name!("br")
            | local_name!("hr")
            | local_name!("wbr")
            | local_name!("source")
            | local_name!("track")
            | local_name!("col")
    );
    doc.namespace(node) == Some(&ns!(html)) && !is_inline_tag(tag) && !table_part && !void
}

/// Whether `node` itself shows: text, a picture, a player, a rule, a
/// formula, or a link's target (an `id`: a link leads there).
fn shows_itself(doc: &Document, node: NodeId) -> bool {
    match &doc.node(node).data {
        NodeData::Text(t) => text::shows(t),
        NodeData::Element(e) => {
            e.attrs.iter().any(|a| a.name.local == local_name!("id"))
                || matches!(
                    e.name.local,
                    local_name!("img")
                        | local_name!("video")
                        | local_name!("audio")
                        | local_name!("hr")
                        | local_name!("math")
                )
        }
        _ => false,
    }
}

/// A `data:` URL too short to be more than a placeholder pixel.
pub fn is_data_pixel(url: &str) -> bool {
    let url = url.trim();
    url.get(..5)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("data:"))
        && url.len() < PLACEHOLDER_DATA_URL_CHARS
}

/// An `<img>` that can show only a placeholder pixel: its `src` a short
/// `data:` image and no `srcset` (its own or its `<picture>`'s) to give
/// another.
pub fn is_placeholder_picture(doc: &Document, img: NodeId) -> bool {
    let src_is_pixel = doc
        .attr(img, &local_name!("src"))
        .is_some_and(is_data_pixel);
    let other = |n: NodeId| {
        doc.attr(n, &local_name!("srcset"))
            .is_some_and(|s| !s.trim().is_empty() && !is_data_pixel(s))
    };
    let sources_give_one = doc
        .parent(img)
        .filter(|&p| doc.tag(p) == Some(&local_name!("picture")))
        .is_some_and(|p| doc.element_children(p).any(other));
    // Sized to nothing or a pixel: the view's stylesheet keeps a picture's
    // declared width (it only caps it), so `width="0"` draws nothing, and
    // a pixel wide or high is a tracker's beacon or a spacer.
    let declared = |attr: LocalName| doc.attr(img, &attr).and_then(declared_pixels);
    let drawn_as_nothing = declared(local_name!("width")).is_some_and(|px| px <= 1)
        || declared(local_name!("height")) == Some(1);
    (src_is_pixel && !other(img) && !sources_give_one) || drawn_as_nothing
}

#[cfg(test)]
mod tests {
    use super::*;
    use lucid_reader::parse::parse_document;

    #[test]
    fn counts_blank_lines_at_the_ends_of_blocks() {
        let view = "<div><ul><li>Send the invitations.<br>&nbsp;</li>\
             <li>Confirm the vows.<br> </li><li>Book the band.<br><br></li>\
             <li>Pick up the <b>rings<br></b>&nbsp;today.</li></ul>\
             <p>Line one<br>line two<br>\u{a0}and three.</p>\
             <pre>fn main() {<br><br></pre></div>";
        // The no-break space after the first item's break, and the second
        // break of the third item; a break alone at the end draws nothing,
        // one in a line of text or before more words is a line's end, and
        // code keeps its blank lines.
        assert_eq!(defects(&parse_document(view))[BLANK_LINE], 2);
    }

    const PIXEL: &str =
        "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

    #[test]
    fn counts_what_shows_nothing() {
        let view = format!(
            "<div><ul><li></li><li> </li><li>Kept</li></ul><p><br></p>\
             <p>A <a href=\"https://example.com/\"> </a> link to nothing.</p>\
             <figure><img src=\"{PIXEL}\" width=\"900\" height=\"600\"></figure>\
             <p>\u{200D}</p><img src=\"https://example.com/b.jpg\" width=\"0\">\
             <img src=\"https://t.example/tr?id=1\" width=\"1\" height=\"1\"></div>"
        );
        // The two empty items, the paragraph with a line break, the one of
        // a zero-width joiner; the figure has a picture in it, if only a
        // pixel; a picture sized to nothing, and a beacon sized to a pixel.
        assert_eq!(defects(&parse_document(&view)), [4, 1, 3, 0]);
    }

    #[test]
    fn what_shows_is_no_defect() {
        let view = format!(
            "<div><p><img src=\"https://example.com/a.jpg\"></p><ul><li><hr></li></ul>\
             <p><a href=\"#lucid-n1\">1</a></p><ol><li id=\"lucid-n1\"></li></ol>\
             <p><a id=\"lucid-top\"></a></p>\
             <table><tr><td></td><td>1</td></tr></table><p>One<span> </span>two</p>\
             <pre><div>fn main() {{</div><div></div><div>}}</div></pre>\
             <picture><source srcset=\"https://example.com/a.webp\"><img src=\"{PIXEL}\"></picture>\
             <img src=\"{PIXEL}\" srcset=\"https://example.com/b.jpg 2x\">\
             <p><math><mi>x</mi></math></p></div>"
        );
        assert_eq!(defects(&parse_document(&view)), [0, 0, 0, 0]);
    }
}
