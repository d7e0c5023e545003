//! Serialization: the article subtree as safe HTML and as plain text.

use url::Url;

use crate::dom::{Document, NodeId};

/// The URL relative links resolve against: `<base href>` over the page URL.
pub fn base_url(doc: &Document, url: Option<&Url>) -> Option<Url> {
    let _ = doc;
    url.cloned()
}

pub fn to_safe_html(doc: &Document, root: NodeId, base: Option<&Url>) -> String {
    let _ = (doc, root, base);
    String::new()
}

pub fn text_content(doc: &Document, root: NodeId) -> String {
    doc.text_content(root)
}

pub fn first_paragraph_text(doc: &Document, root: NodeId) -> Option<String> {
    let _ = (doc, root);
    None
}
