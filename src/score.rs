//! Scoring: finding the article's container.

use crate::dom::{Document, NodeId};
use crate::metadata::Metadata;

/// Finds the article and returns the root of a subtree holding it.
pub fn find_article(doc: &mut Document, meta: &Metadata) -> Option<NodeId> {
    let _ = meta;
    doc.body()
}
