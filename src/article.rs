//! The pipeline's entry point and its result: [`extract`] runs parse,
//! metadata, clean, score and serialize in order and returns an [`Article`].

use serde::Serialize;

use crate::dom::Document;
use crate::urls::Url;
use crate::{hints, metadata, parse, score, serialize, text};

/// What the reader view shows: the article and its metadata. Serialized with
/// camelCase field names, the same for the CLI's JSON and the wasm boundary.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    /// The page's title as Readability.js reads it (JSON-LD, meta tags, or
    /// the `<title>` with a site suffix cut by its rules).
    pub title: Option<String>,
    /// The title the reader view shows: the article's own `<h1>` when it is
    /// about the title, else the title without the site's name.
    pub headline: Option<String>,
    /// Who wrote the article, as the page prints it with the name ("By Jane
    /// Doe"), less a lead that only labels it ("Written by", "Author:").
    pub byline: Option<String>,
    pub site_name: Option<String>,
    /// As the page gives it (usually ISO 8601); a date the page writes in
    /// English ("Feb 08, 2022") or with slashes, year first ("2022/02/08"),
    /// as its ISO day.
    pub published_time: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub excerpt: Option<String>,
    /// Absolute URL of the article's main image.
    pub lead_image: Option<String>,
    /// The article as safe HTML; empty when the page has no article.
    pub content: String,
    /// The article's text, as the DOM's `textContent` of `content`.
    pub text_content: String,
    pub word_count: usize,
    pub reading_time_minutes: u32,
    /// Whether an article was found.
    pub readerable: bool,
}

/// The share of an article's non-whitespace characters that may be U+FFFD
/// (bytes not valid in the page's encoding) or control characters before
/// its text counts as binary garbage rather than prose. Real pages, even
/// with a few broken bytes, stay far below it; random bytes read as UTF-8
/// are about half replacement characters and a tenth controls.
const MAX_GARBAGE_SHARE: f64 = 0.1;

/// Extracts the article from a page. `url` is the page's address, against
/// which relative links and images are resolved. Never fails and never
/// panics: a page without an article gives `readerable: false` and empty
/// `content`, with whatever metadata the page has.
pub fn extract(html: &str, url: Option<&Url>) -> Article {
    extract_from(parse::parse_document(html), url)
}

/// [`extract`] on a page already parsed with [`parse::parse_document`]: the
/// same result. The wasm boundary calls the two halves apart, so that the
/// extension can time them.
pub fn extract_from(mut doc: Document, url: Option<&Url>) -> Article {
    let meta = metadata::extract_metadata(&doc, url);
    // Read before cleaning changes the tree.
    let base = serialize::base_url(&doc, url);
    let found = score::find_article(&mut doc, &meta);
    let mut article = Article {
        title: meta.title,
        headline: meta.headline,
        byline: meta
            .byline
            .as_deref()
            .and_then(hints::shown_byline)
            .map(str::to_string),
        site_name: meta.site_name,
        published_time: meta.published_time,
        lang: meta.lang,
        dir: meta.dir,
        excerpt: meta.excerpt,
        lead_image: meta.lead_image,
        ..Article::default()
    };
    if let Some(found) = found {
        let root = found.root;
        if article.byline.is_none() {
            // The page's marked byline, less the date it may run on into.
            article.byline = found
                .byline
                .as_deref()
                .and_then(metadata::name_in_dated_byline)
                .and_then(hints::shown_byline)
                .map(str::to_string)
                .or(meta.fallback_byline);
        }
        if article.dir.is_none() {
            article.dir = found.dir;
        }
        article.content = serialize::to_safe_html(&doc, root, base.as_ref());
        article.text_content = serialize::text_content(&doc, root);
        article.readerable =
            !article.text_content.trim().is_empty() && looks_like_text(&article.text_content);
        if article.excerpt.is_none() {
            article.excerpt = serialize::first_paragraph_text(&doc, root);
        }
    }
    if !article.readerable {
        article.content.clear();
        article.text_content.clear();
    }
    let words = text::WordCount::of(&article.text_content);
    article.word_count = words.total();
    article.reading_time_minutes = words.reading_minutes();
    article
}

/// Whether `text` reads as text, not as binary data decoded as if it were
/// (see [`MAX_GARBAGE_SHARE`]).
fn looks_like_text(text: &str) -> bool {
    let (mut total, mut garbage) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        total += 1;
        if c == char::REPLACEMENT_CHARACTER || c.is_control() {
            garbage += 1;
        }
    }
    garbage as f64 <= MAX_GARBAGE_SHARE * total as f64
}
