//! `<meta>` tags: OpenGraph, Twitter cards, Dublin Core, Parse.ly, Weibo
//! and plain names, keyed and ranked as Readability's
//! `_getArticleMetadata` keys and ranks them, so that where several tags
//! give a field the same one wins. They are read where JSON-LD says
//! nothing, and give the lead image, the `og:type`, the content language
//! and, as the date's last source, the other names pages give it under
//! besides.

use std::collections::HashMap;

use html5ever::local_name;

use super::dates::{day_of, published_date};
use super::js_text::{is_js_space, js_trim, non_empty};
use super::microdata::has_itemprop;
use crate::dom::Document;

/// Vocabulary prefixes of `<meta property>` and the fields read from them.
/// `dcterms` is ours; Readability only knows the misspelt `dcterm`.
const PROPERTY_PREFIXES: &[&str] = &["article", "dc", "dcterm", "dcterms", "og", "twitter"];
const PROPERTY_FIELDS: &[&str] = &[
    "author",
    "creator",
    "description",
    "published_time",
    "title",
    "site_name",
];
/// Prefixes and fields of `<meta name>`, which holds a single name.
const NAME_PREFIXES: &[&str] = &[
    "dc",
    "dcterm",
    "dcterms",
    "og",
    "twitter",
    "parsely",
    "weibo:article",
    "weibo:webpage",
];
const NAME_FIELDS: &[&str] = &[
    "author",
    "creator",
    "pub-date",
    "description",
    "title",
    "site_name",
];
/// Meta keys, most trusted first, for each field.
pub(super) const TITLE_KEYS: &[&str] = &[
    "dc:title",
    "dcterm:title",
    "og:title",
    "weibo:article:title",
    "weibo:webpage:title",
    "title",
    "twitter:title",
    "parsely-title",
];
pub(super) const BYLINE_KEYS: &[&str] =
    &["dc:creator", "dcterm:creator", "author", "parsely-author"];
pub(super) const ARTICLE_AUTHOR_KEY: &str = "article:author";
pub(super) const EXCERPT_KEYS: &[&str] = &[
    "dc:description",
    "dcterm:description",
    "og:description",
    "weibo:article:description",
    "weibo:webpage:description",
    "description",
    "twitter:description",
];
pub(super) const SITE_NAME_KEYS: &[&str] = &["og:site_name"];
pub(super) const PUBLISHED_KEYS: &[&str] = &["article:published_time", "parsely-pub-date"];
/// Other names pages give their publication date under, in a `<meta
/// name>` or `<meta property>` (from htmldate's list, less the ones that
/// name a change or a time of crawling): Dublin Core's, Highwire Press's
/// (scholarly pages), OpenGraph's written as a name, and plain ones.
const OTHER_PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "article.published",
    "article_date_original",
    "bt:pubdate",
    "citation_date",
    "citation_publication_date",
    "date",
    "date_published",
    "datepublished",
    "dc.date",
    "dc.date.created",
    "dc.date.issued",
    "dc.date.publication",
    "dc.created",
    "dc:created",
    "dc:date",
    "dcterms.created",
    "dcterms.date",
    "dcterms.issued",
    "displaydate",
    "og:published_time",
    "originalpublicationdate",
    "pubdate",
    "publication_date",
    "publish-date",
    "publish_date",
    "publishdate",
    "published-date",
    "rnews:datepublished",
    "sailthru.date",
];
/// Meta names and properties that carry the page's preview image.
const OG_IMAGE_KEYS: &[&str] = &["og:image", "og:image:url", "og:image:secure_url"];
const TWITTER_IMAGE_KEYS: &[&str] = &["twitter:image", "twitter:image:src"];

/// A Twitter card's labels or data (`twitter:label1`, `twitter:data1`...)
/// by their number, a later tag replacing an earlier one. Cards number
/// them 1 and 2: a number of more than [`CARD_NUMBER_MAX_DIGITS`] digits
/// is no card's, so a page's many tags cost no more than a hundred.
#[derive(Default)]
struct CardFields<'a>(Vec<(&'a str, &'a str)>);

const CARD_NUMBER_MAX_DIGITS: usize = 2;

impl<'a> CardFields<'a> {
    fn set(&mut self, number: &'a str, value: &'a str) {
        if number.len() > CARD_NUMBER_MAX_DIGITS {
            return;
        }
        match self.0.iter_mut().find(|(n, _)| *n == number) {
            Some(field) => field.1 = value,
            None => self.0.push((number, value)),
        }
    }

    fn get(&self, number: &str) -> Option<&'a str> {
        self.0.iter().find(|(n, _)| *n == number).map(|(_, v)| *v)
    }
}

/// The page's `<meta>` tags, keyed as Readability keys them.
#[derive(Debug, Default)]
pub(super) struct MetaTags {
    /// Normalized key ("og:title", "dc:creator", "description") to trimmed
    /// content. A later tag replaces an earlier one with the same key, as in
    /// Readability, even with an empty value.
    values: HashMap<String, String>,
    pub(super) og_image: Option<String>,
    pub(super) twitter_image: Option<String>,
    /// `<meta itemprop="datePublished">`.
    pub(super) date_published: Option<String>,
    /// The first date given under one of [`OTHER_PUBLISHED_KEYS`].
    pub(super) other_published: Option<String>,
    /// `<meta http-equiv="content-language">`.
    pub(super) content_language: Option<String>,
    /// The value of the Twitter card's label "Written by" (`twitter:label1`
    /// and `twitter:data1`, as Yoast SEO writes them on WordPress pages).
    pub(super) written_by: Option<String>,
}

impl MetaTags {
    pub(super) fn collect(doc: &Document) -> Self {
        let mut tags = MetaTags::default();
        // A Twitter card's labels and data, by their number.
        let mut card_labels = CardFields::default();
        let mut card_data = CardFields::default();
        for meta in doc.elements_by_tag(Document::ROOT, &local_name!("meta")) {
            let Some(content) = doc
                .attr(meta, &local_name!("content"))
                .filter(|c| !c.is_empty())
            else {
                continue;
            };
            let property = doc.attr(meta, &local_name!("property"));
            let name = doc.attr(meta, &local_name!("name"));
            if let Some(name) = name {
                if let Some(n) = name.strip_prefix("twitter:label") {
                    card_labels.set(n, content);
                } else if let Some(n) = name.strip_prefix("twitter:data") {
                    card_data.set(n, content);
                }
            }
            let key = property
                .and_then(property_key)
                .or_else(|| name.and_then(name_key));
            if let Some(key) = key {
                tags.values.insert(key, js_trim(content).to_string());
            }

            // The first preview image is the main one: later ones are
            // alternates, so these keep the first.
            let keys = property
                .into_iter()
                .flat_map(str::split_ascii_whitespace)
                .chain(name);
            let mut other_published = false;
            for key in keys {
                let is = |list: &[&str]| list.iter().any(|k| key.eq_ignore_ascii_case(k));
                if is(OG_IMAGE_KEYS) {
                    tags.og_image.get_or_insert_with(|| content.to_string());
                } else if is(TWITTER_IMAGE_KEYS) {
                    tags.twitter_image
                        .get_or_insert_with(|| content.to_string());
                }
                other_published |= is(OTHER_PUBLISHED_KEYS);
            }
            if other_published && tags.other_published.is_none() {
                let date = published_date(content);
                if day_of(&date).is_some() {
                    tags.other_published = Some(date);
                }
            }
            if has_itemprop(doc, meta, "datePublished") {
                tags.date_published
                    .get_or_insert_with(|| js_trim(content).to_string());
            }
            if doc
                .attr(meta, &local_name!("http-equiv"))
                .is_some_and(|h| h.trim().eq_ignore_ascii_case("content-language"))
            {
                tags.content_language
                    .get_or_insert_with(|| content.to_string());
            }
        }
        tags.written_by = card_labels
            .0
            .iter()
            .filter(|(_, label)| js_trim(label).eq_ignore_ascii_case("written by"))
            .find_map(|(n, _)| card_data.get(n))
            .map(|name| js_trim(name).to_string());
        tags
    }

    /// The value of the first of `keys` that the page gives, non-empty.
    pub(super) fn first(&self, keys: &[&str]) -> Option<&str> {
        keys.iter()
            .filter_map(|k| self.values.get(*k))
            .find_map(|v| non_empty(v))
    }
}

/// Does an OpenGraph `og:type` say "article"?
pub(super) fn og_type_is_article(doc: &Document) -> bool {
    og_types(doc).any(|t| t.eq_ignore_ascii_case("article"))
}

/// Does an OpenGraph `og:type` say "product" (Facebook's `product` and
/// `product.item`, Pinterest's `og:product`)?
pub(super) fn og_type_is_product(doc: &Document) -> bool {
    og_types(doc).any(|t| {
        ["product", "product.item", "og:product"]
            .iter()
            .any(|p| t.eq_ignore_ascii_case(p))
    })
}

/// The page's OpenGraph `og:type`s, trimmed.
fn og_types(doc: &Document) -> impl Iterator<Item = &str> {
    doc.descendants(Document::ROOT)
        .filter(move |&m| {
            doc.is(m, &local_name!("meta"))
                && doc
                    .attr(m, &local_name!("property"))
                    .is_some_and(|p| p.trim().eq_ignore_ascii_case("og:type"))
        })
        .filter_map(move |m| doc.attr(m, &local_name!("content")))
        .map(str::trim)
}

/// The key of a `<meta property>`: the first "prefix:field" found anywhere
/// in it (the attribute is a space-separated list, and Readability searches
/// it unanchored), lowercase and without spaces, e.g. "og : Title" ->
/// "og:title".
fn property_key(property: &str) -> Option<String> {
    property.char_indices().find_map(|(i, _)| {
        let s = property.get(i..)?;
        PROPERTY_PREFIXES.iter().find_map(|prefix| {
            let rest = strip_prefix_ci(s, prefix)?;
            let rest = rest.trim_start_matches(is_js_space).strip_prefix(':')?;
            let rest = rest.trim_start_matches(is_js_space);
            let field = PROPERTY_FIELDS
                .iter()
                .find(|f| strip_prefix_ci(rest, f).is_some())?;
            Some(canonical_key(format!("{prefix}:{field}")))
        })
    })
}

/// The key of a `<meta name>`: the whole name must be a field, optionally
/// after a prefix and one of `-`, `.`, `:`. "DC.Creator" -> "dc:creator",
/// "parsely-pub-date" stays as it is.
fn name_key(name: &str) -> Option<String> {
    let trimmed = js_trim(name);
    let is_field = |s: &str| NAME_FIELDS.iter().any(|f| s.eq_ignore_ascii_case(f));
    let matches = is_field(trimmed)
        || NAME_PREFIXES.iter().any(|prefix| {
            let Some(rest) = strip_prefix_ci(trimmed, prefix) else {
                return false;
            };
            let rest = rest.trim_start_matches(is_js_space);
            let Some(rest) = rest.strip_prefix(['-', '.', ':']) else {
                return false;
            };
            is_field(rest.trim_start_matches(is_js_space))
        });
    if !matches {
        return None;
    }
    let key: String = name
        .chars()
        .filter(|&c| !is_js_space(c))
        .map(|c| if c == '.' { ':' } else { c })
        .collect();
    Some(canonical_key(key.to_lowercase()))
}

/// Files Dublin Core's `dcterms` under Readability's `dcterm`.
fn canonical_key(key: String) -> String {
    match key.strip_prefix("dcterms:") {
        Some(field) => format!("dcterm:{field}"),
        None => key,
    }
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) {
        s.get(prefix.len()..)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::js_text::{collapse_space_runs, js_word_count};
    use crate::metadata::tests::meta;
    use crate::text::text_similarity;

    #[test]
    fn a_twitter_cards_written_by_label_names_the_author_last() {
        let card = |label: &str, data: &str| {
            format!(
                r#"<meta name="twitter:label1" content="Est. reading time">
                <meta name="twitter:data1" content="4 minutes">
                <meta name="twitter:label2" content="{label}">
                <meta name="twitter:data2" content="{data}">"#
            )
        };
        let fallback = |html: &str| meta(html).fallback_byline;
        assert_eq!(
            fallback(&card("Written by", "Albert Swann")).as_deref(),
            Some("Albert Swann")
        );
        // Only that label, and only a name: the default account is none.
        assert_eq!(fallback(&card("Reading time", "Albert Swann")), None);
        assert_eq!(fallback(&card("Written by", "admin")), None);
        // A later tag of the same number replaces the earlier one; a card
        // numbers its fields 1 and 2, and a number of three digits is none.
        let relabelled = format!(
            "{}<meta name=\"twitter:label2\" content=\"Reading time\">",
            card("Written by", "Albert Swann")
        );
        assert_eq!(fallback(&relabelled), None);
        let far = r#"<meta name="twitter:label100" content="Written by">
            <meta name="twitter:data100" content="Albert Swann">"#;
        assert_eq!(fallback(far), None);
        // The page's own author's line comes first: the card names the
        // site's account as often as the person.
        let page = format!(
            "{}<p>Great read.</p><div><span>Written by</span> <a>Kyle Bonds</a></div>",
            card("Written by", "Warren Averett")
        );
        assert_eq!(fallback(&page).as_deref(), Some("Kyle Bonds"));
    }

    #[test]
    fn opengraph_and_meta_fill_in_without_json_ld() {
        let m = meta(
            r#"<html lang="fr" dir="ltr"><head><title>Doc title of the page</title>
            <meta property="og:title" content="OG headline">
            <meta property="og:site_name" content="Le Site">
            <meta name="description" content="Plain description">
            <meta property="og:description" content="OG description">
            <meta property="article:published_time" content="2020-01-02">
            <meta property="article:author" content="https://facebook.com/someone">
            <meta name="twitter:image" content="https://cdn.example.net/t.png">
            <meta property="og:image" content="//cdn.example.net/og.png">
            <meta property="og:image" content="https://cdn.example.net/second.png">
            </head></html>"#,
        );
        assert_eq!(m.title.as_deref(), Some("OG headline"));
        assert_eq!(m.site_name.as_deref(), Some("Le Site"));
        // og:description outranks the plain description, as in Readability.
        assert_eq!(m.excerpt.as_deref(), Some("OG description"));
        assert_eq!(m.published_time.as_deref(), Some("2020-01-02"));
        // A profile URL is not a byline.
        assert_eq!(m.byline, None);
        assert_eq!(m.lang.as_deref(), Some("fr"));
        assert_eq!(m.dir.as_deref(), Some("ltr"));
        // The first og:image, scheme-relative, resolved against the page.
        assert_eq!(
            m.lead_image.as_deref(),
            Some("http://cdn.example.net/og.png")
        );
    }

    #[test]
    fn dublin_core_outranks_opengraph_and_names_are_case_insensitive() {
        let m = meta(
            r#"<meta property="og:title" content="OG">
            <meta name="DC.Title" content="Dublin Core title">
            <meta name="dcterms.creator" content="Terms Creator">
            <meta name=" Twitter:Description " content="From twitter">"#,
        );
        assert_eq!(m.title.as_deref(), Some("Dublin Core title"));
        assert_eq!(m.byline.as_deref(), Some("Terms Creator"));
        assert_eq!(m.excerpt.as_deref(), Some("From twitter"));
    }

    #[test]
    fn property_lists_use_their_first_known_entry() {
        let m = meta(
            r#"<meta property="fb:app dc:creator og:title" content="Lin Creator">
            <meta property="og:title twitter:title" content="Shared title">"#,
        );
        assert_eq!(m.byline.as_deref(), Some("Lin Creator"));
        assert_eq!(m.title.as_deref(), Some("Shared title"));
    }

    #[test]
    fn a_later_meta_replaces_an_earlier_one() {
        let m = meta(
            r#"<meta name="description" content="first">
            <meta name="description" content="second">
            <meta name="author" content="Someone">
            <meta name="author" content="   ">"#,
        );
        assert_eq!(m.excerpt.as_deref(), Some("second"));
        // Blank content replaces too, and then counts as no byline.
        assert_eq!(m.byline, None);
    }

    #[test]
    fn published_time_falls_back_to_itemprop() {
        let m = meta(r#"<meta itemprop="datePublished" content=" 2019-04-30 ">"#);
        assert_eq!(m.published_time.as_deref(), Some("2019-04-30"));
    }

    // Readability's regexes done by hand, here and in `js_text` and `title`,
    // checked in one test: here, where two of them are private.
    #[test]
    fn js_helpers_match_javascript() {
        assert_eq!(js_word_count(""), 1);
        assert_eq!(js_word_count(" a  b "), 4);
        assert_eq!(collapse_space_runs("a\nb  c"), "a\nb c");
        assert!(text_similarity("Daily Paper", "Minister resigns") < 0.1);
        assert!((text_similarity("a b c", "c b a") - 1.0).abs() < 1e-9);
        assert_eq!(property_key("og : Title"), Some("og:title".to_string()));
        assert_eq!(
            name_key("parsely-pub-date"),
            Some("parsely-pub-date".into())
        );
        assert_eq!(
            name_key("weibo:article:title"),
            Some("weibo:article:title".into())
        );
        assert_eq!(name_key("og:image"), None);
    }
}
