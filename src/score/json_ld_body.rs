//! The article as the page's JSON-LD gives it (`articleBody`), for pages
//! whose markup holds little of it: a shell its scripts fill in, or a
//! teaser of an article the page gives in full to search engines.

use html5ever::local_name;

use super::CHAR_THRESHOLD;
use crate::dom::{Document, NodeId};
use crate::plain_text::plain_text_of_html;
use crate::text::normalize_whitespace;

/// Content found in the markup with less than this share of the JSON-LD
/// article's text gives way to it: the markup holds a part of the article
/// at most (its first paragraphs, a summary), or none of it.
const MARKUP_SHARE_OF_BODY: f32 = 0.5;

/// The JSON-LD article as a detached element of `doc`, one paragraph per
/// line of its text, when the content found in the markup (`markup_len`
/// characters) holds much less than it; `None` when the markup holds the
/// article, or `body` is too short to be one (a summary).
pub(super) fn article_from_json_ld(
    doc: &mut Document,
    body: &str,
    markup_len: usize,
) -> Option<NodeId> {
    // Its text is no longer than its bytes: where the markup holds half of
    // those, it holds the article, and the body need not be read.
    if markup_len as f32 >= MARKUP_SHARE_OF_BODY * body.len() as f32 {
        return None;
    }
    // Some sites give the body as HTML: read as a browser lays it out.
    let looks_like_html = ["</p>", "<br", "</div>"].iter().any(|t| body.contains(t));
    let text = if looks_like_html {
        plain_text_of_html(body)
    } else {
        body.to_string()
    };
    let paragraphs: Vec<String> = text
        .lines()
        .map(normalize_whitespace)
        .filter(|line| !line.is_empty())
        .collect();
    let body_len: usize = paragraphs.iter().map(|p| p.chars().count() + 1).sum();
    if body_len < CHAR_THRESHOLD || markup_len as f32 >= MARKUP_SHARE_OF_BODY * body_len as f32 {
        return None;
    }
    let root = doc.create_element(local_name!("div"));
    for paragraph in paragraphs {
        let p = doc.create_element(local_name!("p"));
        doc.append_text(p, &paragraph);
        doc.append(root, p);
    }
    Some(root)
}
