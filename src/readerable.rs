//! The quick check: is this page probably an article?
//!
//! A port of Readability.js's `isProbablyReaderable` (Readability-readerable.js),
//! cheap enough to run on every page load to decide whether to offer the reader
//! view: it only parses and sums the text lengths of paragraph-like nodes,
//! without cleaning or scoring.

use html5ever::local_name;

use crate::dom::{Document, NodeId};
use crate::hints;
use crate::parse::parse_document;

/// Nodes with less trimmed text than this (in UTF-16 code units, as
/// JavaScript's `length` counts) add nothing (Readability's `minContentLength`).
const MIN_CONTENT_LENGTH: usize = 140;

/// The page is readerable once the score exceeds this (Readability's `minScore`).
const MIN_SCORE: f64 = 20.0;

/// Readability's `isNodeVisible` lets `aria-hidden="true"` nodes with this
/// class through: Wikimedia's math fallback images.
const FALLBACK_IMAGE_CLASS: &str = "fallback-image";

/// Like Readability's `isProbablyReaderable`: cheap, run before extraction.
///
/// Every visible `p`, `pre` and `article`, and every `div` with a `br` child,
/// whose class/id is not an unlikely candidate and which is not a `p` inside
/// an `li`, adds `sqrt(length - 140)` for a trimmed text length of at least
/// 140; the page is readerable when the sum exceeds 20.
pub fn is_probably_readerable(html: &str) -> bool {
    let doc = parse_document(html);
    readerable_score(&doc) > MIN_SCORE
}

/// The sum Readability compares with its `minScore`. It only grows, so the
/// order nodes are visited in does not change the answer and the walk can
/// stop as soon as the threshold is crossed.
fn readerable_score(doc: &Document) -> f64 {
    let lengths = trimmed_text_lengths(doc);
    let mut score = 0.0;
    for node in doc.descendants(Document::ROOT) {
        if !is_candidate_node(doc, node) || !is_visible(doc, node) {
            continue;
        }
        if hints::is_unlikely_candidate(&hints::class_and_id_lower(doc, node)) {
            continue;
        }
        if doc.is(node, &local_name!("p"))
            && doc.ancestors(node).any(|a| doc.is(a, &local_name!("li")))
        {
            continue;
        }
        // The raw DOM's textContent, script and style text included, as
        // Readability counts it.
        let length = lengths[node.index()];
        if length < MIN_CONTENT_LENGTH {
            continue;
        }
        score += ((length - MIN_CONTENT_LENGTH) as f64).sqrt();
        if score > MIN_SCORE {
            break;
        }
    }
    score
}

/// `p, pre, article`, or the parent `div` of a `br` (`div > br`): each node
/// counts once however many `br` children it has.
fn is_candidate_node(doc: &Document, node: NodeId) -> bool {
    let Some(tag) = doc.tag(node) else {
        return false;
    };
    match *tag {
        local_name!("p") | local_name!("pre") | local_name!("article") => true,
        local_name!("div") => doc.children(node).any(|c| doc.is(c, &local_name!("br"))),
        _ => false,
    }
}

/// Readability's `isNodeVisible`, which looks at the node itself only (not
/// its ancestors): no inline `display: none` or `visibility: hidden`, no
/// `hidden` attribute, no `aria-hidden="true"` unless it is a fallback image.
/// (Readability-readerable.js 0.6 skips the `visibility` test that
/// Readability.js's own `_isProbablyVisible` has; on its test pages the two
/// agree either way.)
fn is_visible(doc: &Document, node: NodeId) -> bool {
    if let Some(style) = doc.attr(node, &local_name!("style")) {
        if inline_style_value(style, "display").is_some_and(|v| v == "none")
            || inline_style_value(style, "visibility").is_some_and(|v| v == "hidden")
        {
            return false;
        }
    }
    if doc.has_attr(node, &local_name!("hidden")) {
        return false;
    }
    if doc.attr(node, &local_name!("aria-hidden")) == Some("true") {
        return doc
            .attr(node, &local_name!("class"))
            .is_some_and(|c| c.contains(FALLBACK_IMAGE_CLASS));
    }
    true
}

/// The value an inline `style` attribute gives a property, as
/// `element.style[property]` reads it: the last declaration wins, lowercased,
/// without `!important`. Good enough for the keywords the check looks for;
/// it is not a CSS parser (a `;` inside a string value would split early).
fn inline_style_value(style: &str, property: &str) -> Option<String> {
    let mut found = None;
    for decl in style.split(';') {
        let Some((name, value)) = decl.split_once(':') else {
            continue;
        };
        if !name.trim().eq_ignore_ascii_case(property) {
            continue;
        }
        let mut value = value.trim().to_ascii_lowercase();
        if let Some(v) = value.strip_suffix("!important") {
            value = v.trim_end().to_string();
        }
        if !value.is_empty() {
            found = Some(value);
        }
    }
    found
}

/// JavaScript's whitespace for `String.prototype.trim`: it differs from
/// Rust's `char::is_whitespace` (it has U+FEFF and lacks U+0085).
fn is_js_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r' | ' ' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{3000}'
                | '\u{FEFF}'
    )
}

/// A text's length in UTF-16 units, as JavaScript counts it, and how much of
/// it is whitespace at its start and at its end (all of it, both ways, for
/// a text that is only whitespace).
#[derive(Clone, Copy, Default)]
struct TextLength {
    len: usize,
    lead: usize,
    trail: usize,
}

impl TextLength {
    fn of(text: &str) -> Self {
        let units = |s: &str| s.chars().map(char::len_utf16).sum::<usize>();
        let len = units(text);
        let trimmed_start = text.trim_start_matches(is_js_space);
        if trimmed_start.is_empty() {
            return TextLength {
                len,
                lead: len,
                trail: len,
            };
        }
        TextLength {
            len,
            lead: len - units(trimmed_start),
            trail: len - units(text.trim_end_matches(is_js_space)),
        }
    }

    fn blank(self) -> bool {
        self.lead == self.len
    }

    /// The length of `js_trim(textContent)`.
    fn trimmed(self) -> usize {
        if self.blank() {
            0
        } else {
            self.len - self.lead - self.trail
        }
    }
}

/// Whitespace at one end of a concatenation of `parts` (walked from that
/// end): the whole length of the blank parts up to the first that is not,
/// plus that one's own whitespace at this end (`own`).
fn blank_edge<'a>(
    parts: impl Iterator<Item = &'a TextLength>,
    own: fn(&TextLength) -> usize,
) -> usize {
    let mut total = 0;
    for part in parts {
        if !part.blank() {
            return total + own(part);
        }
        total += part.len;
    }
    total
}

/// For every node (by [`NodeId::index`]), the length in UTF-16 units of its
/// `textContent.trim()`. Computed bottom up in one pass: measuring each
/// candidate's text on its own would read nested candidates' text again for
/// every level (seconds for a page of a few hundred nested `<article>`s).
fn trimmed_text_lengths(doc: &Document) -> Vec<usize> {
    let mut lengths = vec![TextLength::default(); doc.len()];
    let order: Vec<NodeId> = doc.descendants(Document::ROOT).collect();
    // In reverse document order, every node comes after its descendants.
    for &node in order.iter().rev() {
        lengths[node.index()] = match doc.text(node) {
            Some(t) => TextLength::of(t),
            None => {
                let children: Vec<TextLength> =
                    doc.children(node).map(|c| lengths[c.index()]).collect();
                TextLength {
                    len: children.iter().map(|c| c.len).sum(),
                    lead: blank_edge(children.iter(), |c| c.lead),
                    trail: blank_edge(children.iter().rev(), |c| c.trail),
                }
            }
        };
    }
    lengths.into_iter().map(TextLength::trimmed).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A paragraph with `n` characters of text.
    fn para(attrs: &str, n: usize) -> String {
        format!("<p {attrs}>{}</p>", "a".repeat(n))
    }

    #[test]
    fn short_pages_are_not_readerable() {
        assert!(!is_probably_readerable(""));
        assert!(!is_probably_readerable("<p>Hello</p>"));
        // Many paragraphs just under the minimum length add nothing.
        assert!(!is_probably_readerable(&para("", 139).repeat(50)));
    }

    #[test]
    fn threshold_is_strictly_above_twenty() {
        // One node scoring exactly sqrt(400) = 20 is not enough...
        assert!(!is_probably_readerable(&para("", 540)));
        // ...one more character is.
        assert!(is_probably_readerable(&para("", 541)));
        // Scores add up across nodes: 2 * sqrt(121) = 22.
        assert!(is_probably_readerable(&para("", 261).repeat(2)));
        assert!(!is_probably_readerable(&para("", 240).repeat(2)));
    }

    #[test]
    fn bottom_up_lengths_match_each_nodes_trimmed_text() {
        let trim = |s: &str| s.trim_matches(is_js_space).encode_utf16().count();
        for html in [
            include_str!("../www/demo/article.html"),
            include_str!("../tests/fixtures/blog-post.html"),
            include_str!("../tests/fixtures/arabic-rtl.html"),
            "<p> a <b> </b> <i>\u{FEFF}b\u{A0}</i> </p><div>\u{1F600} <br> </div><p></p><p> \n </p>",
            "<article><!-- c --> <span> </span>x<span> y </span> <script> z </script></article>",
        ] {
            let doc = parse_document(html);
            let lengths = trimmed_text_lengths(&doc);
            for n in doc.descendants(Document::ROOT) {
                assert_eq!(lengths[n.index()], trim(&doc.text_content(n)), "{html:.40}");
            }
        }
    }

    #[test]
    fn length_is_trimmed_and_counted_in_utf16_units() {
        let padded = format!("<p>\u{FEFF}   {}   \u{A0}</p>", "a".repeat(540));
        assert!(!is_probably_readerable(&padded));
        // An astral character is two UTF-16 units, as JavaScript counts.
        let astral = format!("<p>{}</p>", "\u{1F600}".repeat(271));
        assert!(is_probably_readerable(&astral));
    }

    #[test]
    fn pre_article_and_div_with_br_count() {
        assert!(is_probably_readerable(&format!(
            "<pre>{}</pre>",
            "a".repeat(600)
        )));
        assert!(is_probably_readerable(&format!(
            "<article>{}</article>",
            "a".repeat(600)
        )));
        let div_br = format!("<div>{}<br>{}</div>", "a".repeat(300), "b".repeat(300));
        assert!(is_probably_readerable(&div_br));
        // A br that is not a direct child does not make the div a candidate.
        let nested = format!(
            "<div><span>{}<br>{}</span></div>",
            "a".repeat(300),
            "b".repeat(300)
        );
        assert!(!is_probably_readerable(&nested));
    }

    #[test]
    fn invisible_nodes_are_skipped() {
        for attrs in [
            r#"style="display:none""#,
            r#"style="color: red; DISPLAY : None !important""#,
            r#"style="visibility: hidden""#,
            "hidden",
            r#"aria-hidden="true""#,
        ] {
            assert!(!is_probably_readerable(&para(attrs, 600)), "{attrs}");
        }
        // The last declaration wins.
        assert!(is_probably_readerable(&para(
            r#"style="display:none; display: block""#,
            600
        )));
        assert!(is_probably_readerable(&para(
            r#"aria-hidden="true" class="mwe-math-fallback-image-inline""#,
            600
        )));
        assert!(is_probably_readerable(&para(r#"aria-hidden="false""#, 600)));
    }

    #[test]
    fn unlikely_candidates_and_list_paragraphs_are_skipped() {
        assert!(!is_probably_readerable(&para(r#"class="Sidebar""#, 600)));
        assert!(!is_probably_readerable(&para(r#"id="comment-3""#, 600)));
        assert!(is_probably_readerable(&para(
            r#"class="sidebar" id="main""#,
            600
        )));
        let in_li = format!("<ul><li><div>{}</div></li></ul>", para("", 600));
        assert!(!is_probably_readerable(&in_li));
    }
}
