//! Metadata: title, byline, site name, published time, language, direction,
//! excerpt and lead image, read from JSON-LD, OpenGraph, Twitter cards,
//! Dublin Core, `<meta>` and the document, in that order of trust.

use url::Url;

use crate::dom::Document;

/// What the page says about itself. Every field is optional: many pages say
/// little.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    /// The article's title, without the " | Site" suffix.
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    pub published_time: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub excerpt: Option<String>,
    /// Absolute URL (resolved against the page URL) of the lead image.
    pub lead_image: Option<String>,
}

/// Reads the page's metadata. Runs on the freshly parsed document, before
/// any cleaning.
pub fn extract_metadata(doc: &Document, _url: Option<&Url>) -> Metadata {
    let _ = doc;
    Metadata::default()
}
