//! The article's FAQ, where it stands apart from the body: SEO guides and
//! service pages close with "Frequently asked questions" in a section of
//! their own (an accordion, a component of the page builder), which scores
//! apart from the body and is not its sibling. The page's JSON-LD
//! `FAQPage` lists its questions ([`Metadata::faq_questions`]); the FAQ
//! is the element that holds the questions found in the markup
//! ([`faq_after`]), taken after the body.
//!
//! [`Metadata::faq_questions`]: crate::metadata::Metadata::faq_questions

use crate::dom::{Document, NodeId};
use crate::measure::{inner_text, link_density, TextLengths};
use crate::text;

/// A question is a line: an element with more text than this is not one.
const FAQ_QUESTION_MAX_CHARS: usize = 300;
/// An FAQ is questions and answers, not links.
const FAQ_MAX_LINK_DENSITY: f32 = 0.3;

/// The element holding the page's FAQ, when its questions (`questions`, from
/// the JSON-LD) are printed after the article's body (`top`) and outside
/// it: the deepest element that holds every question found, two at least
/// where more than one is declared.
pub(super) fn faq_after(
    doc: &Document,
    body: NodeId,
    top: NodeId,
    questions: &[String],
) -> Option<NodeId> {
    if questions.is_empty() {
        return None;
    }
    let wanted: Vec<String> = questions.iter().map(|q| as_compared(q)).collect();
    let mut found = vec![false; wanted.len()];
    let mut holders: Vec<NodeId> = Vec::new();
    // Every element's length, measured in one pass: most are too long to
    // be a question, and are not read.
    let lengths = TextLengths::of(doc, body);
    for n in doc.descendants(body) {
        if !doc.is_element(n) || lengths.text_len(doc, n) > FAQ_QUESTION_MAX_CHARS {
            continue;
        }
        let line = as_compared(&inner_text(doc, n));
        if let Some(i) = wanted.iter().position(|q| *q == line) {
            if !found[i] {
                found[i] = true;
                holders.push(n);
            }
        }
    }
    if holders.len() < wanted.len().min(2) {
        return None;
    }
    let faq = holders
        .iter()
        .skip(1)
        .try_fold(holders[0], |shared, &h| shared_ancestor(doc, shared, h))?;
    let apart = !doc.is_inclusive_descendant(faq, top) && !doc.is_inclusive_descendant(top, faq);
    (apart && doc.precedes(top, faq) && link_density(doc, faq) < FAQ_MAX_LINK_DENSITY)
        .then_some(faq)
}

/// A question as compared: its words, lowercased.
fn as_compared(question: &str) -> String {
    text::normalize_whitespace(question).to_lowercase()
}

/// The deepest element holding both `a` and `b`. Both climb to the same
/// depth, then together: linear in the depth, however deep the page nests.
fn shared_ancestor(doc: &Document, a: NodeId, b: NodeId) -> Option<NodeId> {
    let depth = |n: NodeId| doc.ancestors(n).count();
    let (mut a, mut b) = (a, b);
    let (mut depth_a, mut depth_b) = (depth(a), depth(b));
    while depth_a > depth_b {
        a = doc.parent(a)?;
        depth_a -= 1;
    }
    while depth_b > depth_a {
        b = doc.parent(b)?;
        depth_b -= 1;
    }
    while a != b {
        a = doc.parent(a)?;
        b = doc.parent(b)?;
    }
    Some(a)
}
