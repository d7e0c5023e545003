//! JSON-LD: the schema.org items a page describes itself with. Its article
//! object is the most trusted source of every field (Readability's
//! `_getJSONLD`), or where no item is an article, the article a page item
//! names as its `mainEntity` (forums' threads); the same pass over the
//! items finds whether the page declares a discussion and the date its
//! `WebPage` item gives, which SEO plugins put there rather than on an
//! article. The article's `articleBody` is kept for scoring, which reads it
//! where the markup holds little of the article.

use std::ops::ControlFlow;

use html5ever::local_name;
use miniserde::json::{Object, Value};

use super::is_url;
use super::js_text::{js_trim, non_empty};
use crate::dom::Document;
use crate::text::text_similarity;

/// When JSON-LD `name` and `headline` differ, one of them must be at least
/// this similar to the document's title to be preferred over `name`.
const TITLE_SIMILARITY_MIN: f64 = 0.75;
/// schema.org types that mark a JSON-LD object as the article. As in
/// Readability, `Article` must start the type and `APIReference` end it,
/// while the others may appear anywhere in it ("schema:NewsArticle").
const ARTICLE_TYPE_PREFIX: &str = "Article";
const ARTICLE_TYPE_SUFFIX: &str = "APIReference";
const ARTICLE_TYPES_ANYWHERE: &[&str] = &[
    "AdvertiserContentArticle",
    "NewsArticle",
    "AnalysisNewsArticle",
    "AskPublicNewsArticle",
    "BackgroundNewsArticle",
    "OpinionNewsArticle",
    "ReportageNewsArticle",
    "ReviewNewsArticle",
    "Report",
    "SatiricalArticle",
    "ScholarlyArticle",
    "MedicalScholarlyArticle",
    "SocialMediaPosting",
    "BlogPosting",
    "LiveBlogPosting",
    "DiscussionForumPosting",
    "TechArticle",
];
/// schema.org types of pages whose replies are their content. Not
/// `QAPage`: a Q&A page's answers are found as a series already, and the
/// comments under each answer are comments (the references leave them out).
const DISCUSSION_TYPES: &[&str] = &["DiscussionForumPosting"];
/// schema.org types of a page about one thing for sale, when the page's
/// own item (not a review's `itemReviewed`, not an item of a list) is one.
const PRODUCT_TYPES: &[&str] = &["Product", "ProductGroup", "IndividualProduct"];

/// What the page's schema.org article object says.
#[derive(Debug, Default, PartialEq)]
pub(super) struct JsonLd {
    pub(super) title: Option<String>,
    pub(super) byline: Option<String>,
    pub(super) excerpt: Option<String>,
    pub(super) site_name: Option<String>,
    pub(super) published_time: Option<String>,
    pub(super) image: Option<String>,
    /// `articleBody`: the article's text (plain, or as some sites give
    /// it, HTML).
    pub(super) body: Option<String>,
}

/// Is a schema.org type name (`DiscussionForumPosting`) a discussion's?
pub(super) fn is_discussion_type(t: &str) -> bool {
    DISCUSSION_TYPES.contains(&t)
}

/// Is a schema.org type name (`Product`) that of a thing for sale?
pub(super) fn is_product_type(t: &str) -> bool {
    PRODUCT_TYPES.contains(&t)
}

/// What the page's JSON-LD says: its first schema.org article, whether any
/// item declares a discussion or a product, and the date the page itself
/// was published.
pub(super) struct JsonLdFindings {
    pub(super) article: JsonLd,
    pub(super) discussion: bool,
    /// A top-level item (or a page's `mainEntity`) is a product.
    pub(super) product: bool,
    /// `datePublished` of a `WebPage` item (or `ItemPage`, `CollectionPage`,
    /// ...): SEO plugins (Yoast, Rank Math) give the post's date there,
    /// and on pages that declare no article only there.
    pub(super) page_published: Option<String>,
    /// The questions of a `FAQPage` item (its `mainEntity`'s `Question`s'
    /// names), at most [`MAX_FAQ_QUESTIONS`].
    pub(super) faq_questions: Vec<String>,
}

/// The questions of a page's FAQ read from its JSON-LD: enough to find the
/// FAQ in the markup by.
const MAX_FAQ_QUESTIONS: usize = 50;

/// Reads the page's JSON-LD items (an item, an array's item, or an item of
/// a `@graph`): one pass, each script parsed once, no further than the
/// answers need.
pub(super) fn json_ld(doc: &Document, doc_title: &mut dyn FnMut() -> String) -> JsonLdFindings {
    let mut article: Option<JsonLd> = None;
    let mut main_entity_article: Option<JsonLd> = None;
    let mut discussion = false;
    let mut product = false;
    let mut page_published: Option<String> = None;
    let mut faq_questions: Vec<String> = Vec::new();
    visit_json_ld_items(doc, |item| {
        let ty = item.get("@type");
        if faq_questions.is_empty() && type_matches(ty, |t| t == "FAQPage") {
            faq_questions = question_names(item.get("mainEntity"));
        }
        let main_entity = item.get("mainEntity").and_then(as_object);
        product |= type_matches(ty, is_product_type)
            || main_entity.is_some_and(|main| type_matches(main.get("@type"), is_product_type));
        if article.is_none() && is_article_type(ty) {
            article = Some(read_article_object(item, doc_title));
        }
        // Forums (XenForo) describe the page and give the thread as its
        // `mainEntity`: the article when no item is one itself.
        if let Some(main) = main_entity.filter(|main| is_article_type(main.get("@type"))) {
            discussion |= type_matches(main.get("@type"), is_discussion_type);
            if main_entity_article.is_none() {
                main_entity_article = Some(read_article_object(main, doc_title));
            }
        }
        discussion |= type_matches(ty, is_discussion_type);
        if page_published.is_none() && type_matches(ty, is_web_page_type) {
            page_published = item
                .get("datePublished")
                .and_then(as_str)
                .map(js_trim)
                .and_then(non_empty)
                .map(str::to_string);
        }
        let dated = article.as_ref().is_some_and(|a| a.published_time.is_some());
        if article.is_some() && discussion && (dated || page_published.is_some()) {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    JsonLdFindings {
        article: article.or(main_entity_article).unwrap_or_default(),
        discussion,
        product,
        page_published,
        faq_questions,
    }
}

/// The names of the `Question` items in an FAQ's `mainEntity` (one item or
/// an array of them).
fn question_names(main_entity: Option<&Value>) -> Vec<String> {
    let items = match main_entity {
        Some(Value::Array(items)) => items.as_slice(),
        Some(item) => std::slice::from_ref(item),
        None => &[],
    };
    items
        .iter()
        .filter_map(as_object)
        .filter(|q| type_matches(q.get("@type"), |t| t == "Question"))
        .filter_map(|q| q.get("name").and_then(as_str))
        .map(js_trim)
        .filter_map(non_empty)
        .map(str::to_string)
        .take(MAX_FAQ_QUESTIONS)
        .collect()
}

/// schema.org's `WebPage` and its kinds (`ItemPage`, `CollectionPage`,
/// `FAQPage`...), whose dates are the page's.
fn is_web_page_type(t: &str) -> bool {
    t.ends_with("Page")
}

/// Gives `visit` each schema.org item of the page's JSON-LD scripts, until
/// it breaks: a top-level object or array item with a schema.org
/// `@context`, and the items of such an object's `@graph`, in document
/// order. Scripts that do not parse are skipped ([`parse_leniently`]).
fn visit_json_ld_items(doc: &Document, mut visit: impl FnMut(&Object) -> ControlFlow<()>) {
    for script in doc.elements_by_tag(Document::ROOT, &local_name!("script")) {
        let is_json_ld = doc
            .attr(script, &local_name!("type"))
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
        if !is_json_ld {
            continue;
        }
        let text = doc.text_content(script);
        // miniserde parses and drops a value without recursion, so no
        // nesting can exhaust the stack.
        let Some(value) = parse_leniently(strip_cdata(&text)) else {
            continue;
        };
        let items = match &value {
            Value::Array(items) => items.as_slice(),
            other => std::slice::from_ref(other),
        };
        for item in items.iter().filter_map(as_object) {
            if !has_schema_org_context(item) {
                continue;
            }
            if visit(item).is_break() {
                return;
            }
            if let Some(Value::Array(graph)) = item.get("@graph") {
                for member in graph.iter().filter_map(as_object) {
                    if visit(member).is_break() {
                        return;
                    }
                }
            }
        }
    }
}

/// The JSON of a script; where it does not parse, the same with its
/// control characters made spaces: templates write a post's text into a
/// string as it is, line breaks and tabs and all, which JSON forbids and
/// search engines read anyway. Anything else that does not parse is
/// skipped, as a browser would.
fn parse_leniently(json: &str) -> Option<Value> {
    miniserde::json::from_str(json).ok().or_else(|| {
        let spaced: String = json
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        miniserde::json::from_str(&spaced).ok()
    })
}

/// A JSON string's text (miniserde's `Value` has no accessors).
fn as_str(value: &Value) -> Option<&str> {
    match value {
        Value::String(s) => Some(s),
        _ => None,
    }
}

/// A JSON object's members.
fn as_object(value: &Value) -> Option<&Object> {
    match value {
        Value::Object(o) => Some(o),
        _ => None,
    }
}

/// Some CMSs wrap the JSON in `<![CDATA[ ... ]]>` for XHTML's sake.
fn strip_cdata(text: &str) -> &str {
    let s = text.trim_start().strip_prefix("<![CDATA[").unwrap_or(text);
    s.trim_end().strip_suffix("]]>").unwrap_or(s)
}

/// `@context` is schema.org: as a string, as an object's `@vocab`, or as one
/// of an array of those.
fn has_schema_org_context(obj: &Object) -> bool {
    fn is_schema_org(v: &Value) -> bool {
        match v {
            Value::String(s) => {
                let rest = s
                    .strip_prefix("https://")
                    .or_else(|| s.strip_prefix("http://"));
                matches!(rest, Some("schema.org" | "schema.org/"))
            }
            Value::Object(o) => {
                matches!(o.get("@vocab"), Some(v @ Value::String(_)) if is_schema_org(v))
            }
            _ => false,
        }
    }
    match obj.get("@context") {
        Some(Value::Array(items)) => items.iter().any(is_schema_org),
        Some(v) => is_schema_org(v),
        None => false,
    }
}

fn is_article_type(ty: Option<&Value>) -> bool {
    type_matches(ty, is_article_type_name)
}

/// Is a schema.org type name (`NewsArticle`, `schema:BlogPosting`) an
/// article's?
pub(super) fn is_article_type_name(t: &str) -> bool {
    t.starts_with(ARTICLE_TYPE_PREFIX)
        || t.ends_with(ARTICLE_TYPE_SUFFIX)
        || ARTICLE_TYPES_ANYWHERE.iter().any(|a| t.contains(a))
}

/// Does an `@type` (one name, or an array of them) hold a name that
/// `matches`?
fn type_matches(ty: Option<&Value>, matches: impl Fn(&str) -> bool) -> bool {
    match ty {
        Some(Value::String(t)) => matches(t),
        Some(Value::Array(types)) => types.iter().filter_map(as_str).any(matches),
        _ => false,
    }
}

fn read_article_object(obj: &Object, doc_title: &mut dyn FnMut() -> String) -> JsonLd {
    let str_field = |key: &str| obj.get(key).and_then(as_str);
    let title = match (str_field("name"), str_field("headline")) {
        // Some sites put their own name in `name` and the headline in
        // `headline`: prefer whichever resembles the document's title.
        (Some(name), Some(headline)) if name != headline => {
            let title = doc_title();
            let name_matches = text_similarity(name, &title) > TITLE_SIMILARITY_MIN;
            let headline_matches = text_similarity(headline, &title) > TITLE_SIMILARITY_MIN;
            Some(if headline_matches && !name_matches {
                headline
            } else {
                name
            })
        }
        (Some(name), _) => Some(name),
        (None, headline) => headline,
    };
    JsonLd {
        title: title.map(|t| js_trim(t).to_string()),
        byline: obj.get("author").and_then(author_names),
        excerpt: str_field("description").map(|d| js_trim(d).to_string()),
        site_name: obj
            .get("publisher")
            .and_then(as_object)
            .and_then(|p| p.get("name"))
            .and_then(as_str)
            .map(|n| js_trim(n).to_string()),
        published_time: str_field("datePublished").map(|d| js_trim(d).to_string()),
        image: obj.get("image").and_then(image_url).map(str::to_string),
        body: str_field("articleBody")
            .map(js_trim)
            .and_then(non_empty)
            .map(str::to_string),
    }
}

/// `author` as a name, a `Person`/`Organization` with a `name`, or an array
/// of those, joined with ", ". URLs (profile links) are not names.
fn author_names(author: &Value) -> Option<String> {
    fn one(v: &Value) -> Option<&str> {
        match v {
            Value::Object(o) => o.get("name").and_then(as_str),
            Value::String(s) if !is_url(s) => Some(s.as_str()),
            _ => None,
        }
        .map(js_trim)
        .and_then(non_empty)
    }
    match author {
        Value::Array(items) => {
            let names: Vec<&str> = items.iter().filter_map(one).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        other => one(other).map(str::to_string),
    }
}

/// `image` as a URL, an `ImageObject` with a `url`, or an array whose first
/// usable entry is taken.
fn image_url(image: &Value) -> Option<&str> {
    fn one(v: &Value) -> Option<&str> {
        match v {
            Value::String(s) => Some(s.as_str()),
            Value::Object(o) => o.get("url").and_then(as_str),
            _ => None,
        }
        .and_then(non_empty)
    }
    match image {
        Value::Array(items) => items.iter().find_map(one),
        other => one(other),
    }
}

#[cfg(test)]
mod tests {
    use crate::metadata::tests::meta;
    use crate::metadata::Metadata;

    #[test]
    fn json_ld_graph_gives_every_field() {
        let m = meta(
            r#"<html><head><title>Ignored | Site</title>
            <meta property="og:title" content="OG title">
            <script type="application/ld+json">{
              "@context": "https://schema.org",
              "@graph": [
                {"@type": "WebSite", "name": "Not the article"},
                {"@type": ["NewsArticle"], "headline": "The  real\n headline",
                 "author": [{"@type": "Person", "name": " Ada Lovelace "},
                            {"name": "Charles Babbage"}],
                 "publisher": {"@type": "Organization", "name": "The Engine"},
                 "datePublished": "2024-03-01T10:00:00Z",
                 "description": "What the engine does.",
                 "image": {"@type": "ImageObject", "url": "/img/lead.jpg"}}
              ]}</script></head><body></body></html>"#,
        );
        assert_eq!(m.title.as_deref(), Some("The real headline"));
        assert_eq!(m.byline.as_deref(), Some("Ada Lovelace, Charles Babbage"));
        assert_eq!(m.site_name.as_deref(), Some("The Engine"));
        assert_eq!(m.published_time.as_deref(), Some("2024-03-01T10:00:00Z"));
        assert_eq!(m.excerpt.as_deref(), Some("What the engine does."));
        assert_eq!(
            m.lead_image.as_deref(),
            Some("http://example.com/img/lead.jpg")
        );
    }

    #[test]
    fn json_ld_skips_broken_scripts_and_foreign_vocabularies() {
        let m = meta(
            r#"<head>
            <script type="application/ld+json">{"@context": "https://schema.org", oops</script>
            <script type="application/ld+json">
              {"@context": "http://example.org/", "@type": "Article", "headline": "Wrong vocabulary"}
            </script>
            <script type="application/ld+json"><![CDATA[
              [{"@context": "http://schema.org", "@type": "BreadcrumbList", "name": "Crumbs"},
               {"@context": "http://schema.org/", "@type": "BlogPosting",
                "name": "Right one", "author": "Grace Hopper"}]
            ]]></script></head>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Right one"));
        assert_eq!(m.byline.as_deref(), Some("Grace Hopper"));
    }

    #[test]
    fn an_faq_pages_questions_are_read_in_order() {
        let faq = with_json_ld(
            r#"{"@context": "https://schema.org", "@graph": [
                 {"@type": "Article", "headline": "Sweeping a chimney"},
                 {"@type": "FAQPage", "mainEntity": [
                   {"@type": "Question", "name": " How often? ",
                    "acceptedAnswer": {"@type": "Answer", "text": "Yearly."}},
                   {"@type": "Answer", "name": "Not a question"},
                   {"@type": "Question", "name": ""},
                   {"@type": "Question", "name": "Can I do it myself?"}]}]}"#,
        );
        assert_eq!(faq.faq_questions, ["How often?", "Can I do it myself?"]);
        let one = with_json_ld(
            r#"{"@context": "https://schema.org", "@type": "FAQPage",
                "mainEntity": {"@type": "Question", "name": "What does it cost?"}}"#,
        );
        assert_eq!(one.faq_questions, ["What does it cost?"]);
        // Questions of a page that is no FAQ (a Q&A page's) are not its FAQ.
        let qa = with_json_ld(
            r#"{"@context": "https://schema.org", "@type": "QAPage",
                "mainEntity": {"@type": "Question", "name": "Why?"}}"#,
        );
        assert!(qa.faq_questions.is_empty());
    }

    /// The metadata of a page whose `<head>` holds this JSON-LD.
    fn with_json_ld(json: &str) -> Metadata {
        meta(&format!(
            "<head><script type=application/ld+json>{json}</script></head>"
        ))
    }

    #[test]
    fn json_ld_with_raw_line_breaks_in_its_strings_is_read() {
        // A template that writes a post's text into a string as it is.
        let m = with_json_ld(
            "{\"@context\": \"http://schema.org\", \"@type\": \"DiscussionForumPosting\",\n\
             \"headline\": \"Showcase thread\", \"articleBody\": \"No stream link.\n\tThe VOD\n\
             goes up in an hour.\", \"datePublished\": \"2024-02-21 13:00:00\",\n\
             \"author\": {\"@type\": \"Person\", \"name\": \"Ann Lee\"}}",
        );
        assert_eq!(m.published_time.as_deref(), Some("2024-02-21 13:00:00"));
        assert_eq!(m.byline.as_deref(), Some("Ann Lee"));
        assert!(m.declares_discussion);
        // Broken otherwise, it is still skipped.
        assert_eq!(
            with_json_ld("{\"@type\": \"Article\",").published_time,
            None
        );
    }

    #[test]
    fn a_product_is_declared_by_the_pages_own_item_and_not_beside_an_article() {
        let ld = |json: &str| with_json_ld(json).sells_products;
        assert!(ld(
            r#"{"@context": "https://schema.org", "@type": "Product"}"#
        ));
        assert!(ld(r#"{"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite"}, {"@type": ["ProductGroup"]}]}"#));
        assert!(ld(
            r#"{"@context": "https://schema.org", "@type": "ItemPage",
            "mainEntity": {"@type": "Product", "name": "Kettle"}}"#
        ));
        // A review of a product, a list of products: not a product's page.
        assert!(!ld(
            r#"{"@context": "https://schema.org", "@type": "Review",
            "itemReviewed": {"@type": "Product", "name": "Kettle"}}"#
        ));
        assert!(!ld(
            r#"{"@context": "https://schema.org", "@type": "ItemList",
            "itemListElement": [{"@type": "Product", "name": "Kettle"}]}"#
        ));
        // A buying guide that marks its picks as products is an article.
        assert!(!ld(
            r#"[{"@context": "https://schema.org", "@type": "Article", "headline": "Best kettles"},
            {"@context": "https://schema.org", "@type": "Product"}]"#
        ));

        let microdata = |html: &str| meta(html).sells_products;
        assert!(microdata(
            "<div itemscope itemtype='https://schema.org/Product'>A kettle</div>"
        ));
        assert!(!microdata(
            "<div itemscope itemtype='https://schema.org/ItemList'>\
             <div itemscope itemtype='https://schema.org/Product'>A kettle</div></div>"
        ));
        for og in ["product", "product.item", "og:product"] {
            let head = format!("<head><meta property=og:type content='{og}'></head>");
            assert!(meta(&head).sells_products, "{og}");
        }
        assert!(!meta("<head><meta property=og:type content=website></head>").sells_products);
    }

    #[test]
    fn a_discussion_is_declared_in_json_ld_or_microdata() {
        let ld = |json: &str| with_json_ld(json).declares_discussion;
        assert!(ld(
            r#"{"@context": "https://schema.org", "@type": "DiscussionForumPosting"}"#
        ));
        assert!(ld(r#"{"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage"}, {"@type": ["DiscussionForumPosting"]}]}"#));
        assert!(!ld(
            r#"{"@context": "https://schema.org", "@type": "NewsArticle"}"#
        ));
        assert!(!ld(
            r#"{"@context": "https://schema.org", "@type": "QAPage"}"#
        ));
        assert!(!ld(
            r#"{"@context": "http://example.org/", "@type": "DiscussionForumPosting"}"#
        ));
        let microdata = |itemtype: &str| {
            meta(&format!(
                "<div itemscope itemtype='{itemtype}'>A topic</div>"
            ))
            .declares_discussion
        };
        assert!(microdata("http://schema.org/DiscussionForumPosting"));
        assert!(!microdata("https://schema.org/Comment"));
        assert!(!meta("<p>A plain page.</p>").declares_discussion);
    }

    #[test]
    fn a_page_items_main_entity_is_its_article_when_no_item_is_one() {
        let thread = r#"{"@context": "https://schema.org", "@type": "WebPage",
            "mainEntity": {"@type": "DiscussionForumPosting", "headline": "Best closed headphones",
              "author": {"@type": "Person", "name": "FutureBSD"},
              "datePublished": "2024-07-05T21:39:35+00:00"}}"#;
        let m = meta(&format!(
            "<head><title>News - Best closed headphones</title>\
             <script type=application/ld+json>{thread}</script></head>"
        ));
        assert_eq!(m.byline.as_deref(), Some("FutureBSD"));
        assert_eq!(m.title.as_deref(), Some("Best closed headphones"));
        assert_eq!(
            m.published_time.as_deref(),
            Some("2024-07-05T21:39:35+00:00")
        );
        assert!(m.declares_discussion);
        // An article item of its own comes first, wherever it is.
        let m = meta(&format!(
            r#"<script type=application/ld+json>{thread}</script>
            <script type=application/ld+json>{{"@context": "https://schema.org",
              "@type": "NewsArticle", "headline": "H", "author": "Ada Lovelace"}}</script>"#
        ));
        assert_eq!(m.byline.as_deref(), Some("Ada Lovelace"));
        // A main entity that is not an article (a product, a person) is not.
        let m = meta(
            r#"<script type=application/ld+json>{"@context": "https://schema.org",
              "@type": "ItemPage", "mainEntity": {"@type": "Product", "name": "Kettle",
              "author": "Not A Byline"}}</script>"#,
        );
        assert_eq!(m.byline, None);
    }

    #[test]
    fn json_ld_author_urls_are_not_names() {
        let m = meta(
            r#"<script type="application/ld+json">{"@context": "https://schema.org",
              "@type": "Article", "headline": "H", "author": "https://example.com/staff/ada"}
            </script><meta name="author" content="Ada From Meta">"#,
        );
        assert_eq!(m.byline.as_deref(), Some("Ada From Meta"));
    }

    #[test]
    fn json_ld_prefers_the_headline_that_matches_the_document_title() {
        let m = meta(
            r#"<title>Minister resigns over budget row | Daily Paper</title>
            <script type="application/ld+json">{"@context": "https://schema.org",
              "@type": "NewsArticle", "name": "Daily Paper",
              "headline": "Minister resigns over budget row"}</script>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Minister resigns over budget row"));
    }

    #[test]
    fn published_time_falls_back_to_the_web_page_s_date_in_json_ld() {
        // Yoast's graph on a page that declares no article.
        let yoast = r#"<script type="application/ld+json">{"@context": "https://schema.org",
            "@graph": [{"@type": "WebSite", "name": "Site"},
                       {"@type": "WebPage", "name": "Post", "datePublished": "2024-03-17T19:47:39+00:00"},
                       {"@type": "BreadcrumbList"}]}</script>"#;
        assert_eq!(
            meta(yoast).published_time.as_deref(),
            Some("2024-03-17T19:47:39+00:00")
        );
        let collection = r#"<script type="application/ld+json">{"@context": "https://schema.org",
            "@type": "CollectionPage", "datePublished": "2022-10-05"}</script>"#;
        assert_eq!(
            meta(collection).published_time.as_deref(),
            Some("2022-10-05")
        );
        // The article's own date and the meta tags come first.
        let article = r#"<script type="application/ld+json">{"@context": "https://schema.org",
            "@graph": [{"@type": "WebPage", "datePublished": "2020-01-01"},
                       {"@type": "Article", "headline": "Post", "datePublished": "2024-05-06"}]}</script>"#;
        assert_eq!(meta(article).published_time.as_deref(), Some("2024-05-06"));
        let tagged = r#"<meta property="article:published_time" content="2023-02-03">
            <script type="application/ld+json">{"@context": "https://schema.org",
            "@type": "WebPage", "datePublished": "2020-01-01"}</script>"#;
        assert_eq!(meta(tagged).published_time.as_deref(), Some("2023-02-03"));
        // A web site or an organization is not the page.
        let site = r#"<script type="application/ld+json">{"@context": "https://schema.org",
            "@type": "WebSite", "datePublished": "2001-01-01"}</script>"#;
        assert_eq!(meta(site).published_time, None);
    }
}
