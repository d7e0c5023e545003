//! Candidates for the article's container: the score an element starts
//! with, by its tag and by the words of its class and id ([`class_weight`],
//! which cleaning judges by too), which elements are scored as paragraphs,
//! the table of scores an attempt keeps, and the container widened around
//! the best candidate where the content is spread over several or a parent
//! scores higher.

use html5ever::{local_name, LocalName};

use super::Flags;
use crate::dom::{Document, NodeId};
use crate::hints;

/// Class/id hints add or subtract this much.
pub const CLASS_WEIGHT: f32 = 25.0;
/// How many near-best candidates must share an ancestor for it to win.
const MIN_TOP_CANDIDATES_SHARING_ANCESTOR: usize = 3;
/// A candidate this close (ratio) to the best counts as near-best.
const NEAR_BEST_RATIO: f32 = 0.75;

/// Per-node content scores, indexed by node id; nodes created during the
/// attempt get a slot on first write.
pub(super) struct Scores(pub(super) Vec<Option<f32>>);

impl Scores {
    pub(super) fn get(&self, id: NodeId) -> Option<f32> {
        self.0.get(id.index()).copied().flatten()
    }
    pub(super) fn set(&mut self, id: NodeId, score: f32) {
        if self.0.len() <= id.index() {
            self.0.resize(id.index() + 1, None);
        }
        self.0[id.index()] = Some(score);
    }
}

/// The class/id weight of an element: +25 for article-like hints, -25 for
/// clutter-like ones, each for class and id separately.
pub fn class_weight(doc: &Document, id: NodeId, flags: Flags) -> f32 {
    if !flags.weight_classes {
        return 0.0;
    }
    let mut weight = 0.0;
    let not_negative: &[&str] = if flags.replies_are_content {
        hints::REPLY_WORDS
    } else {
        &[]
    };
    for attr in [local_name!("class"), local_name!("id")] {
        if let Some(v) = doc.attr(id, &attr).filter(|v| !v.is_empty()) {
            let v = v.to_ascii_lowercase();
            if hints::is_negative(&v, not_negative) {
                weight -= CLASS_WEIGHT;
            }
            if hints::matches_any(&v, &hints::POSITIVE) {
                weight += CLASS_WEIGHT;
            }
        }
    }
    weight
}

/// The score a container starts with, from what kind of element it is.
pub(super) fn initial_score(doc: &Document, id: NodeId, flags: Flags) -> f32 {
    let base = match doc.tag(id) {
        Some(&local_name!("div")) => 5.0,
        Some(&local_name!("pre")) | Some(&local_name!("td")) | Some(&local_name!("blockquote")) => {
            3.0
        }
        Some(&local_name!("address"))
        | Some(&local_name!("ol"))
        | Some(&local_name!("ul"))
        | Some(&local_name!("dl"))
        | Some(&local_name!("dd"))
        | Some(&local_name!("dt"))
        | Some(&local_name!("li"))
        | Some(&local_name!("form")) => -3.0,
        Some(&local_name!("h1"))
        | Some(&local_name!("h2"))
        | Some(&local_name!("h3"))
        | Some(&local_name!("h4"))
        | Some(&local_name!("h5"))
        | Some(&local_name!("h6"))
        | Some(&local_name!("th")) => -5.0,
        _ => 0.0,
    };
    base + class_weight(doc, id, flags)
}

/// Elements whose text is scored as a paragraph.
pub(super) fn is_scored_tag(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("section")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
            | local_name!("p")
            | local_name!("td")
            | local_name!("pre")
    )
}

/// When several near-best candidates share an ancestor, the article is
/// spread over them: that ancestor is the better container.
pub(super) fn widen_to_shared_ancestor(
    doc: &Document,
    top: &[(NodeId, f32)],
    best: NodeId,
    body: NodeId,
) -> NodeId {
    let best_score = top.first().map_or(0.0, |t| t.1);
    let near: Vec<Vec<NodeId>> = top
        .iter()
        .skip(1)
        .filter(|&&(_, s)| best_score > 0.0 && s / best_score >= NEAR_BEST_RATIO)
        .map(|&(c, _)| doc.ancestors(c).collect())
        .collect();
    if near.len() < MIN_TOP_CANDIDATES_SHARING_ANCESTOR {
        return best;
    }
    let mut ancestor = doc.parent(best);
    while let Some(a) = ancestor {
        if a == body || !doc.is_element(a) {
            break;
        }
        let sharing = near.iter().filter(|anc| anc.contains(&a)).count();
        if sharing >= MIN_TOP_CANDIDATES_SHARING_ANCESTOR {
            return a;
        }
        ancestor = doc.parent(a);
    }
    best
}

/// Parents hold half their child's score; a parent scoring *higher* than
/// the candidate holds more content worth taking along.
pub(super) fn climb_while_score_rises(
    doc: &Document,
    scores: &Scores,
    best: NodeId,
    body: NodeId,
) -> NodeId {
    let Some(mut last) = scores.get(best) else {
        return best;
    };
    let threshold = last / 3.0;
    let mut parent = doc.parent(best);
    while let Some(p) = parent {
        if p == body || !doc.is_element(p) {
            break;
        }
        if let Some(s) = scores.get(p) {
            if s < threshold {
                break;
            }
            if s > last {
                return p;
            }
            last = s;
        }
        parent = doc.parent(p);
    }
    best
}
