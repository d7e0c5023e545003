//! Metadata: title, byline, site name, published time, language, direction,
//! excerpt and lead image, read from JSON-LD, OpenGraph, Twitter cards,
//! Dublin Core, `<meta>` and the document, in that order of trust.
//!
//! The precedence of sources, field by field, follows Mozilla Readability.js
//! (`_getJSONLD`, `_getArticleMetadata`, `_getArticleTitle`) closely, quirks
//! included: agreeing with it on its own test pages is one of the project's
//! quality gates, and its rules encode years of bug reports. Where we read
//! more than it does (string and array authors and `@type` arrays in
//! JSON-LD, `dcterms.*`, `itemprop="datePublished"` on any element, a
//! JSON-LD `WebPage`'s date, the article's `<time>` or written dateline, a
//! byline or date printed under or just above the headline, an author's
//! line, a Twitter card's "Written by", a thread's first "username", other
//! `<meta>` names for the date (`DC.date.issued`, `citation_date`...), the
//! content-language fallback, the lead image), the extra source is only
//! consulted after every source Readability reads has come up empty, so
//! the two agree wherever it finds something. (Its expected metadata then
//! says null where we find the page's date: 34 of its 129 test pages.)
//!
//! Two exceptions. The author microdata gives a thread's first post or a
//! Q&A page's question comes before the page's marked byline, which on
//! such a page is whichever post's author comes first; no Readability test
//! page is a thread. And a marked byline that runs on into a date gives
//! the name alone, or none where it is only a date
//! (`name_in_dated_byline`), where Readability gives the whole line: 3
//! of its test pages, whose expected byline is a date.
//!
//! The sources are read in submodules (`json_ld`, `meta_tags`,
//! `microdata` for the items marked in the HTML, `dates` for the last
//! sources of the date, `headline_lines` for the short lines around the
//! headline where pages print byline and date, `byline` for bylines
//! printed with no markup, there or anywhere, a thread's usernames, and
//! the name in a marked byline that runs on into its date, `title` for the
//! title and the headline); this file says which source wins, field by
//! field, and cleans the values the winners give.

mod byline;
mod dates;
mod headline_lines;
mod js_text;
mod json_ld;
mod meta_tags;
mod microdata;
mod title;

use html5ever::local_name;

use crate::dom::Document;
use crate::hints;
use crate::measure::inner_text;
use crate::serialize;
use crate::text::normalize_whitespace;
use crate::urls::Url;

pub(crate) use self::byline::name_in_dated_byline;
use self::byline::{
    author_line_in_page, author_link_in_page, byline_under_headline, name_after_author_label,
    thread_starter,
};
pub use self::dates::day_of;
pub(crate) use self::dates::written_date_day;
use self::dates::{
    date_around_headline, microdata_date_published, published_date, time_element_date, update_date,
    written_date_in_page,
};
use self::js_text::{js_trim, non_empty};
use self::json_ld::{json_ld, JsonLd, JsonLdFindings};
use self::meta_tags::{
    og_type_is_article, og_type_is_product, MetaTags, ARTICLE_AUTHOR_KEY, BYLINE_KEYS,
    EXCERPT_KEYS, PUBLISHED_KEYS, SITE_NAME_KEYS, TITLE_KEYS,
};
pub(crate) use self::microdata::{author_name_part, has_itemprop, item_of, item_types};
use self::microdata::{
    declares_discussion_in_microdata, declares_product_in_microdata, meta_author, thread_author,
};
use self::title::{
    article_title, headline, headline_heading, headline_line, headline_subheading,
    site_name_in_title,
};

/// A JSON-LD headline at least this long may be one cut short (see
/// [`completed_headline`]).
const CUT_HEADLINE_MIN_CHARS: usize = 100;
/// The five entities Readability decodes by name in meta values; every
/// numeric reference is decoded too.
const NAMED_ENTITIES: &[(&str, char)] = &[
    ("&quot;", '"'),
    ("&amp;", '&'),
    ("&apos;", '\''),
    ("&lt;", '<'),
    ("&gt;", '>'),
];

/// What the page says about itself. Every field is optional: many pages say
/// little.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    /// The article's title, without the " | Site" suffix.
    pub title: Option<String>,
    /// The title as the reader view shows it: the article's own `<h1>` when
    /// it is about the title, else the title without the site's name.
    pub headline: Option<String>,
    pub byline: Option<String>,
    /// The byline from the sources read after the page's marked byline
    /// (which scoring finds), the name alone: a line under the headline
    /// with nothing marking it ("By Sofia Gonzalez · December 2, 2025"),
    /// else an author's line anywhere ("Written by John Crenshaw"), else
    /// the author a Twitter card labels "Written by" (Yoast's, read late:
    /// it names the site's account where the page prints the person's
    /// name), else a thread's first "username". Read only when `byline`
    /// names no one.
    pub fallback_byline: Option<String>,
    pub site_name: Option<String>,
    pub published_time: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub excerpt: Option<String>,
    /// Absolute URL (resolved against the page URL) of the lead image.
    pub lead_image: Option<String>,
    /// The article's text as the page's JSON-LD gives it (`articleBody`),
    /// for pages whose markup holds little of it (see
    /// [`score::find_article`](crate::score::find_article)).
    pub article_body: Option<String>,
    /// The page says it is an article (`og:type` article, or a schema.org
    /// article in JSON-LD), whatever else it holds.
    pub declares_article: bool,
    /// The page says it is a discussion (a schema.org
    /// `DiscussionForumPosting`, in JSON-LD or microdata): its replies are
    /// its content, not comments below it.
    pub declares_discussion: bool,
    /// The page is a shop's: it says it is a product's (a schema.org
    /// `Product` as the page's own item, or `og:type` product) or offers
    /// a button to add to a cart, and it is not an article. Its customer
    /// reviews are comments below it. (A page that declares an article
    /// too is a review of products, or a buying guide.)
    pub sells_products: bool,
    /// The questions the page's FAQ answers, as its JSON-LD `FAQPage`
    /// lists them: scoring finds the FAQ in the markup by them, where it
    /// stands apart from the article's body.
    pub faq_questions: Vec<String>,
}

/// Reads the page's metadata. Runs on the freshly parsed document, before
/// any cleaning.
pub fn extract_metadata(doc: &Document, url: Option<&Url>) -> Metadata {
    // The document's own title is needed by JSON-LD (to choose between
    // `name` and `headline`) and as the last fallback: work it out once.
    let mut title_cache: Option<String> = None;
    let mut doc_title = || {
        title_cache
            .get_or_insert_with(|| article_title(doc))
            .clone()
    };
    let JsonLdFindings {
        article: ld,
        discussion: discussion_in_json_ld,
        product: product_in_json_ld,
        page_published,
        faq_questions,
    } = json_ld(doc, &mut doc_title);
    let metas = MetaTags::collect(doc);

    let title = match ld.title.as_deref().and_then(non_empty) {
        Some(ld_title) => completed_headline(ld_title, &mut doc_title),
        None => metas
            .first(TITLE_KEYS)
            .map(str::to_string)
            .unwrap_or_else(&mut doc_title),
    };
    let byline = ld
        .byline
        .as_deref()
        .and_then(non_empty)
        .or_else(|| metas.first(BYLINE_KEYS))
        // `article:author` is meant to be a profile URL; only a name counts.
        .or_else(|| metas.first(&[ARTICLE_AUTHOR_KEY]).filter(|a| !is_url(a)));
    // Microdata's, before the page's marked byline: a `<meta>` author has
    // no text for scoring to find, and on a thread the marked byline is
    // whichever post's author comes first.
    let in_microdata = byline
        .is_none()
        .then(|| meta_author(doc).or_else(|| thread_author(doc)))
        .flatten();
    let byline = byline.or(in_microdata.as_deref());
    let excerpt = ld
        .excerpt
        .as_deref()
        .and_then(non_empty)
        .or_else(|| metas.first(EXCERPT_KEYS));
    let site_name = ld
        .site_name
        .as_deref()
        .and_then(non_empty)
        .or_else(|| metas.first(SITE_NAME_KEYS));
    let title = clean_value(Some(&title));
    let site_name = clean_value(site_name).or_else(|| site_name_in_title(doc, title.as_deref()));
    let heading = headline_heading(doc, title.as_deref(), site_name.as_deref());
    // Where no `<h1>` is about the title, the first shown is the article's
    // as often as not; on a page without one, an `<h2>` about the title,
    // else a line in bold type about it.
    let heading_or_first_h1 = heading
        .as_ref()
        .map(|(h1, _)| *h1)
        .or_else(|| headline_heading(doc, None, site_name.as_deref()).map(|(h1, _)| h1))
        .or_else(|| headline_subheading(doc, title.as_deref(), site_name.as_deref()))
        .or_else(|| headline_line(doc, title.as_deref(), site_name.as_deref()));
    let published_time = ld
        .published_time
        .as_deref()
        .and_then(non_empty)
        .or_else(|| metas.first(PUBLISHED_KEYS))
        .or(metas.date_published.as_deref())
        .map(str::to_string)
        .or_else(|| microdata_date_published(doc))
        .or(page_published)
        .or_else(|| time_element_date(doc))
        .or_else(|| written_date_in_page(doc))
        .or_else(|| heading_or_first_h1.and_then(|h1| date_around_headline(doc, h1)))
        .or_else(|| metas.other_published.clone())
        .or_else(|| update_date(doc, heading_or_first_h1));

    // og:image first: it is the picture the site chose to stand for the page
    // wherever it is shared, so it is kept up to date; JSON-LD's `image` is
    // often a list of crops or a logo.
    let base = serialize::base_url(doc, url);
    let lead_image = [
        metas.og_image.as_deref(),
        metas.twitter_image.as_deref(),
        ld.image.as_deref(),
    ]
    .into_iter()
    .flatten()
    .find_map(|raw| resolve_http_url(raw, base.as_ref()));

    let html = doc.html_element();
    let lang = html
        .and_then(|h| doc.attr(h, &local_name!("lang")))
        .map(str::trim)
        .and_then(non_empty)
        .or_else(|| {
            // "en, fr" lists the audiences; the first is the main one.
            metas
                .content_language
                .as_deref()
                .and_then(|l| l.split(',').next())
                .map(str::trim)
                .and_then(non_empty)
        })
        .map(str::to_string);
    let dir = html
        .and_then(|h| doc.attr(h, &local_name!("dir")))
        .map(str::trim)
        .and_then(non_empty)
        .map(str::to_string);

    let declares_article = ld != JsonLd::default() || og_type_is_article(doc);
    let byline = clean_value(byline);
    // Only read when the metadata names no one: the page's marked byline,
    // which scoring finds, still comes before it.
    let fallback_byline = if byline.as_deref().is_some_and(hints::names_someone) {
        None
    } else {
        heading_or_first_h1
            .and_then(|h1| byline_under_headline(doc, h1))
            .or_else(|| author_line_in_page(doc))
            .or_else(|| name_after_author_label(doc))
            .or_else(|| {
                metas
                    .written_by
                    .clone()
                    .filter(|name| hints::names_someone(name))
            })
            .or_else(|| thread_starter(doc))
            .or_else(|| {
                // On a listing, the first link to an author's page is one
                // of its items' authors.
                declares_article.then(|| author_link_in_page(doc)).flatten()
            })
    };
    let (headline, site_in_headline) = headline(
        heading.as_ref(),
        title.as_deref(),
        site_name.as_deref(),
        url.and_then(Url::host_str),
    );

    Metadata {
        declares_article,
        declares_discussion: discussion_in_json_ld || declares_discussion_in_microdata(doc),
        sells_products: !declares_article
            && (product_in_json_ld
                || declares_product_in_microdata(doc)
                || og_type_is_product(doc)
                || has_cart_button(doc)),
        headline,
        title,
        byline,
        fallback_byline,
        site_name: site_name.or(site_in_headline),
        published_time: clean_value(published_time.as_deref()).map(|v| published_date(&v)),
        lang,
        dir,
        excerpt: clean_value(excerpt),
        lead_image,
        article_body: ld.body,
        faq_questions,
    }
}

// ----- values ----------------------------------------------------------------

/// The headline JSON-LD gives, or the document's title where that carries
/// it on: Yoast SEO cuts JSON-LD's headline at a word before 110
/// characters, the most Google's guidelines once allowed, and leaves it
/// mid-sentence ("... Solutions (Including"). Only a headline near that
/// length counts as cut: a shorter one the title carries on is the
/// headline without the title's additions ("Best Tutoring Platforms" in
/// "Best Tutoring Platforms 2025").
fn completed_headline(ld_title: &str, doc_title: impl FnOnce() -> String) -> String {
    if ld_title.chars().count() >= CUT_HEADLINE_MIN_CHARS {
        let doc_title = doc_title();
        if doc_title.len() > ld_title.len() && doc_title.starts_with(ld_title) {
            return doc_title;
        }
    }
    ld_title.to_string()
}

/// A value as the reader shows it: entities decoded, whitespace collapsed,
/// `None` when nothing is left.
fn clean_value(value: Option<&str>) -> Option<String> {
    let cleaned = normalize_whitespace(&unescape_html_entities(value?));
    (!cleaned.is_empty()).then_some(cleaned)
}

/// Decodes what Readability decodes in meta values: the five XML entities,
/// then numeric references (so "&amp;#39;" becomes "'", as there). Many
/// sites escape their meta values twice.
fn unescape_html_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let named = replace_references(s, |rest| {
        NAMED_ENTITIES
            .iter()
            .find(|(name, _)| rest.starts_with(name))
            .map(|&(name, c)| (c, name.len()))
    });
    replace_references(&named, numeric_reference)
}

/// Replaces each reference `decode` recognizes at an '&' by its character.
fn replace_references(s: &str, decode: impl Fn(&str) -> Option<(char, usize)>) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(rest.get(..i).unwrap_or(""));
        let at = rest.get(i..).unwrap_or("");
        match decode(at) {
            Some((c, len)) => {
                out.push(c);
                rest = at.get(len..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = at.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    out
}

/// "&#39;" or "&#x27;" at the start of `s`: the character and the length.
/// Code points a parser would not produce (0, surrogates, beyond Unicode)
/// become U+FFFD, as in an HTML parser.
fn numeric_reference(s: &str) -> Option<(char, usize)> {
    let body = s.strip_prefix("&#")?;
    let (digits, radix, skip) = match body.strip_prefix(['x', 'X']) {
        Some(hex) => (hex, 16, 3),
        None => (body, 10, 2),
    };
    let len = digits
        .find(|c: char| !c.is_digit(radix))
        .unwrap_or(digits.len());
    if len == 0 || !digits.get(len..)?.starts_with(';') {
        return None;
    }
    let value = digits
        .get(..len)?
        .chars()
        .filter_map(|c| c.to_digit(radix))
        .fold(0u32, |n, d| n.saturating_mul(radix).saturating_add(d));
    let c = if value == 0 {
        char::REPLACEMENT_CHARACTER
    } else {
        char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER)
    };
    Some((c, skip + len + 1))
}

/// Resolves an image URL against the document's base; only http(s) images
/// are worth showing.
fn resolve_http_url(raw: &str, base: Option<&Url>) -> Option<String> {
    let raw = unescape_html_entities(js_trim(raw));
    if raw.is_empty() {
        return None;
    }
    let resolved = match base {
        Some(base) => base.join(&raw).ok()?,
        None => Url::parse(&raw).ok()?,
    };
    matches!(resolved.scheme(), "http" | "https").then(|| resolved.into())
}

/// Whether `s` parses as an absolute URL, as JavaScript's `new URL(s)`.
pub(super) fn is_url(s: &str) -> bool {
    Url::parse(s).is_ok()
}

/// Whether the page has a button that adds to a cart ("Add to Cart",
/// "Add to bag"): a shop's page, whatever its markup declares (Amazon's
/// declares nothing).
fn has_cart_button(doc: &Document) -> bool {
    doc.descendants(Document::ROOT).any(|n| {
        let label = if doc.is(n, &local_name!("button")) {
            inner_text(doc, n)
        } else if doc.is(n, &local_name!("input")) {
            doc.attr(n, &local_name!("value"))
                .unwrap_or_default()
                .to_string()
        } else {
            return false;
        };
        hints::is_cart_label(&label.to_lowercase())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_document;

    const PAGE_URL: &str = "http://example.com/news/story.html";

    /// The page's metadata, read as `extract` reads it: every submodule's
    /// tests go through it, since a field's value depends on all sources.
    pub(super) fn meta(html: &str) -> Metadata {
        let url = Url::parse(PAGE_URL).expect("constant URL");
        extract_metadata(&parse_document(html), Some(&url))
    }

    #[test]
    fn entities_in_values_are_decoded_like_readability() {
        // The parser decodes the attribute once; the page had escaped it
        // twice, so "&amp;" and "&#39;" are left for us.
        let m = meta(
            r#"<meta property="og:title" content="Tom &amp;amp; Jerry&amp;#39;s &amp;#x201C;show&amp;#x201D;">
            <script type="application/ld+json">{"@context": "https://schema.org",
              "@type": "Article", "description": "Caf&eacute; &lt;3 &#0; &#99999999;"}</script>"#,
        );
        assert_eq!(
            m.title.as_deref(),
            Some("Tom & Jerry's \u{201c}show\u{201d}")
        );
        // Only the XML entities and numeric references are decoded; invalid
        // code points become U+FFFD.
        assert_eq!(
            m.excerpt.as_deref(),
            Some("Caf&eacute; <3 \u{fffd} \u{fffd}")
        );
    }

    #[test]
    fn a_json_ld_headline_cut_short_is_completed_by_the_title() {
        let page = |headline: &str, title: &str| {
            meta(&format!(
                r#"<title>{title} - Emily's Rooms</title>
                <script type="application/ld+json">{{"@context": "https://schema.org",
                  "@type": "Article", "headline": "{headline}"}}</script>"#
            ))
            .title
        };
        let full = "Fix It Friday: Struggling With How To Arrange Your Living Room? We Help \
                    4 Readers Find Solutions (Including One Trick That Works)";
        let cut = &full[..full.find(" One Trick").unwrap()];
        assert!(cut.len() >= CUT_HEADLINE_MIN_CHARS);
        assert_eq!(page(cut, full).as_deref(), Some(full));
        // A short headline the title carries on is the headline itself.
        assert_eq!(
            page("Best Tutoring Platforms", "Best Tutoring Platforms 2025").as_deref(),
            Some("Best Tutoring Platforms")
        );
        // A long one that the title does not carry on stays as it is.
        assert_eq!(page(full, "Rooms").as_deref(), Some(full));
    }

    #[test]
    fn lead_image_needs_a_resolvable_http_url() {
        let m = meta(r#"<meta property="og:image" content="javascript:alert(1)">"#);
        assert_eq!(m.lead_image, None);
        let m = meta(r#"<meta property="og:image" content="../pics/a b.jpg">"#);
        assert_eq!(
            m.lead_image.as_deref(),
            Some("http://example.com/pics/a%20b.jpg")
        );
        // Without a page URL a relative image cannot be placed.
        let doc = parse_document(r#"<meta property="og:image" content="/a.jpg">"#);
        assert_eq!(extract_metadata(&doc, None).lead_image, None);
    }

    #[test]
    fn lang_falls_back_to_content_language() {
        let m = meta(r#"<meta http-equiv="Content-Language" content="de-AT, en">"#);
        assert_eq!(m.lang.as_deref(), Some("de-AT"));
        assert_eq!(m.dir, None);
    }

    #[test]
    fn deep_documents_are_read_without_recursion() {
        const DEPTH: usize = 100_000;
        let mut html = String::from("<title>Home</title><h1>");
        html.push_str(&"<div>".repeat(DEPTH));
        html.push_str("Deep headline of the page");
        // JSON nested as deep is parsed and dropped without recursion too.
        html.push_str(r#"<script type="application/ld+json">"#);
        html.push_str(&"[".repeat(DEPTH));
        html.push_str(&"]".repeat(DEPTH));
        html.push_str("</script>");
        let m = meta(&html);
        assert_eq!(m.title.as_deref(), Some("Deep headline of the page"));
    }
}
