//! Metadata: title, byline, site name, published time, language, direction,
//! excerpt and lead image, read from JSON-LD, OpenGraph, Twitter cards,
//! Dublin Core, `<meta>` and the document, in that order of trust.
//!
//! The precedence of sources, field by field, follows Mozilla Readability.js
//! (`_getJSONLD`, `_getArticleMetadata`, `_getArticleTitle`) closely, quirks
//! included: agreeing with it on its own test pages is one of the project's
//! quality gates, and its rules encode years of bug reports. Where we read
//! more than it does (string and array authors and `@type` arrays in JSON-LD,
//! `dcterms.*`, `itemprop="datePublished"` on any element, a JSON-LD
//! `WebPage`'s date, the article's `<time>` or written dateline, a byline
//! printed under the headline, the content-language fallback, the lead
//! image), the extra source is only consulted after every source
//! Readability reads has come up empty, so the two agree wherever it finds
//! something. (Its expected metadata then says null where we find the
//! page's date: 25 of its 129 test pages.)

use std::collections::{HashMap, HashSet};
use std::ops::ControlFlow;

use html5ever::local_name;
use serde_json::{Map, Value};
use url::Url;

use crate::dom::{Document, NodeId};
use crate::hints;
use crate::measure;
use crate::score::is_probably_visible;
use crate::serialize;
use crate::text::normalize_whitespace;

/// A `<title>` with no separator that is shorter or longer than this (in
/// UTF-16 units, as JavaScript counts) is probably not the headline: the
/// page's only `<h1>`, if it has exactly one, is used instead.
const TITLE_MIN_LEN: usize = 15;
const TITLE_MAX_LEN: usize = 150;
/// A title cut at a separator or colon left with fewer words than this was
/// cut at the wrong end.
const TITLE_MIN_WORDS_AFTER_CUT: usize = 3;
/// More words than this before a colon: the colon belongs to the headline
/// ("Foo, bar and baz explained at length: part 2").
const TITLE_MAX_WORDS_BEFORE_COLON: usize = 5;
/// A cleaned title this short is distrusted and the original kept, unless it
/// lost exactly one breadcrumb level.
const TITLE_SHORT_WORDS: usize = 4;
/// Characters that, with whitespace on each side, separate a headline from
/// the site's name or a breadcrumb path ("Headline | Site", "Site » Section").
const TITLE_SEPARATORS: &[char] = &['|', '-', '–', '—', '\\', '/', '>', '»'];
/// The separators that mean a breadcrumb path rather than a site suffix.
const HIERARCHICAL_SEPARATORS: &[char] = &['\\', '/', '>', '»'];
/// When JSON-LD `name` and `headline` differ, one of them must be at least
/// this similar to the document's title to be preferred over `name`.
const TITLE_SIMILARITY_MIN: f64 = 0.75;
/// Nodes read inside one `<h1>`/`<h2>` when checking whether its text is the
/// title: a real headline has a handful, and the bound keeps pathological
/// nests of headings linear.
const HEADING_SCAN_NODES: usize = 256;
/// The page's first `<h1>`s weighed as the article's headline: enough for
/// any real page, and bounded on pages with thousands.
const HEADLINE_CANDIDATES: usize = 20;
/// An `<h1>` longer than this (in words) is a blurb set in big type, not a
/// headline.
const HEADLINE_MAX_WORDS: usize = 40;
/// How much of an `<h1>` must be words of the page's title ([`text_similarity`])
/// for it to be the headline the title stands for. Half lets a headline
/// differ from a title written for search engines ("Top 10 Health and
/// Nutrition Trends to Watch" for "Health And Nutrition Trends For 2026 -
/// Tastewise"); a section heading or a logo shares few words with it.
const HEADLINE_MIN_SIMILARITY: f64 = 0.5;
/// How much of the title an `<h1>` must cover, the other way round: a logo
/// set as the page's `<h1>` ("V8") is all words of the title ("Outside the
/// web: standalone WebAssembly binaries using Emscripten · V8") but covers
/// next to none of it.
const HEADLINE_MIN_COVERAGE: f64 = 0.1;
/// The marks of a heading's permalink, which the headline goes without.
const PERMALINK_MARKS: &[char] = &['¶', '§', '#', '🔗'];
/// Characters that, with whitespace on each side, put the site's name before
/// or after the headline in a title ("How to Build a Terrarium | eHow").
const SITE_NAME_SEPARATORS: &[char] = &['|', '-', '–', '—', '·', '•', '»'];
/// Separators that end a title with a name, and are never a headline's own:
/// dashes, by contrast, also set off subtitles ("Zero Waste - A Beginner's
/// Guide").
const NAME_SUFFIX_SEPARATORS: &[char] = &['|', '·', '•'];
/// A title's last part behind one of those, of at most this many words, is
/// a name: of the site, a section, a brand...
const NAME_SUFFIX_MAX_WORDS: usize = 3;
/// ...when at least this many words are left before it.
const NAME_SUFFIX_MIN_WORDS_LEFT: usize = 2;
/// How many `<time>` elements are read for the published date, when
/// nothing else gives it.
const TIME_ELEMENTS_READ: usize = 20;
/// How many parts named as where the date is printed are read for a date
/// written in English, when nothing else gives one.
const DATE_PARTS_READ: usize = 20;
/// A part longer than this (in characters) holds more than a dateline.
const DATE_LINE_MAX_CHARS: usize = 80;
/// The years a date written in English may have: the web's, and not the
/// placeholder "9999" some templates print.
/// How many elements after the headline's `<h1>` are read for a byline
/// printed under it: the byline comes before the article's first lines.
const BYLINE_LINE_LOOKAHEAD: usize = 25;
/// A line under the headline longer than this is prose, not a byline.
const BYLINE_LINE_MAX_CHARS: usize = 100;
/// Where a printed byline's name ends though nothing separates it: pages
/// glue the date's label to the name ("By Emmet WhiteUpdated: Feb 5").
const BYLINE_NAME_STOPS: &[&str] = &["Updated", "Published", "Posted", "Last updated"];
/// A printed byline's name of more words than this runs on into a label.
const BYLINE_NAME_MAX_WORDS: usize = 5;
/// A capital after this many small letters starts a word glued to a name
/// ("JinkaCo-founder"); names' own inner capitals come sooner ("McNamara",
/// "MacDonald").
const GLUED_AFTER_LOWERCASE: usize = 4;
/// Words of a name that are not capitalized ("Ludwig van Beethoven") or
/// join two names ("Ann Lee and Bo Chen").
const NAME_PARTICLES: &[&str] = &[
    "and", "&", "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "y",
];
const WRITTEN_DATE_YEARS: std::ops::RangeInclusive<u32> = 1990..=2100;
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
const TITLE_KEYS: &[&str] = &[
    "dc:title",
    "dcterm:title",
    "og:title",
    "weibo:article:title",
    "weibo:webpage:title",
    "title",
    "twitter:title",
    "parsely-title",
];
const BYLINE_KEYS: &[&str] = &["dc:creator", "dcterm:creator", "author", "parsely-author"];
const ARTICLE_AUTHOR_KEY: &str = "article:author";
const EXCERPT_KEYS: &[&str] = &[
    "dc:description",
    "dcterm:description",
    "og:description",
    "weibo:article:description",
    "weibo:webpage:description",
    "description",
    "twitter:description",
];
const SITE_NAME_KEYS: &[&str] = &["og:site_name"];
const PUBLISHED_KEYS: &[&str] = &["article:published_time", "parsely-pub-date"];
/// Meta names and properties that carry the page's preview image.
const OG_IMAGE_KEYS: &[&str] = &["og:image", "og:image:url", "og:image:secure_url"];
const TWITTER_IMAGE_KEYS: &[&str] = &["twitter:image", "twitter:image:src"];
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
    /// A byline printed as a plain line under the headline's `<h1>`, with
    /// no markup naming it ([`byline_under_headline`]); read only when
    /// `byline` names no one.
    pub byline_under_headline: Option<String>,
    pub site_name: Option<String>,
    pub published_time: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub excerpt: Option<String>,
    /// Absolute URL (resolved against the page URL) of the lead image.
    pub lead_image: Option<String>,
    /// The page says it is an article (`og:type` article, or a schema.org
    /// article in JSON-LD), whatever else it holds.
    pub declares_article: bool,
    /// The page says it is a discussion (a schema.org
    /// `DiscussionForumPosting`, in JSON-LD or microdata): its replies are
    /// its content, not comments below it.
    pub declares_discussion: bool,
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
        page_published,
    } = json_ld(doc, &mut doc_title);
    let metas = MetaTags::collect(doc);

    let title = ld
        .title
        .as_deref()
        .and_then(non_empty)
        .or_else(|| metas.first(TITLE_KEYS))
        .map(str::to_string)
        .unwrap_or_else(&mut doc_title);
    let byline = ld
        .byline
        .as_deref()
        .and_then(non_empty)
        .or_else(|| metas.first(BYLINE_KEYS))
        // `article:author` is meant to be a profile URL; only a name counts.
        .or_else(|| metas.first(&[ARTICLE_AUTHOR_KEY]).filter(|a| !is_url(a)));
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
        .or_else(|| written_date_in_page(doc));

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
    let title = clean_value(Some(&title));
    let site_name = clean_value(site_name);
    let heading = headline_heading(doc, title.as_deref(), site_name.as_deref());
    let byline = clean_value(byline);
    // Only read when the metadata names no one: the page's marked byline,
    // which scoring finds, still comes before it. Where no `<h1>` is about
    // the title, the first shown is the article's as often as not.
    let byline_under_headline = heading
        .clone()
        .or_else(|| headline_heading(doc, None, site_name.as_deref()))
        .filter(|_| !byline.as_deref().is_some_and(hints::names_someone))
        .and_then(|(h1, _)| byline_under_headline(doc, h1));

    Metadata {
        declares_article,
        declares_discussion: discussion_in_json_ld || declares_discussion_in_microdata(doc),
        headline: headline(heading.as_ref(), title.as_deref(), site_name.as_deref()),
        title,
        byline,
        byline_under_headline,
        site_name,
        published_time: clean_value(published_time.as_deref()).map(|v| published_date(&v)),
        lang,
        dir,
        excerpt: clean_value(excerpt),
        lead_image,
    }
}

// ----- JSON-LD ---------------------------------------------------------------

/// What the page's schema.org article object says.
#[derive(Debug, Default, PartialEq)]
struct JsonLd {
    title: Option<String>,
    byline: Option<String>,
    excerpt: Option<String>,
    site_name: Option<String>,
    published_time: Option<String>,
    image: Option<String>,
}

/// Does a microdata `itemtype` say the page is a discussion?
fn declares_discussion_in_microdata(doc: &Document) -> bool {
    doc.descendants(Document::ROOT).any(|n| {
        doc.attr(n, &local_name!("itemtype")).is_some_and(|types| {
            types
                .split_ascii_whitespace()
                .any(|t| is_discussion_type(t.rsplit('/').next().unwrap_or(t)))
        })
    })
}

fn is_discussion_type(t: &str) -> bool {
    DISCUSSION_TYPES.contains(&t)
}

/// Does an OpenGraph `og:type` say "article"?
fn og_type_is_article(doc: &Document) -> bool {
    doc.elements_by_tag(Document::ROOT, &local_name!("meta"))
        .any(|m| {
            doc.attr(m, &local_name!("property"))
                .is_some_and(|p| p.trim().eq_ignore_ascii_case("og:type"))
                && doc
                    .attr(m, &local_name!("content"))
                    .is_some_and(|c| c.trim().eq_ignore_ascii_case("article"))
        })
}

/// What the page's JSON-LD says: its first schema.org article, whether any
/// item declares a discussion, and the date the page itself was published.
struct JsonLdFindings {
    article: JsonLd,
    discussion: bool,
    /// `datePublished` of a `WebPage` item (or `ItemPage`, `CollectionPage`,
    /// ...): SEO plugins (Yoast, Rank Math) give the post's date there,
    /// and on pages that declare no article only there.
    page_published: Option<String>,
}

/// Reads the page's JSON-LD items (an item, an array's item, or an item of
/// a `@graph`): one pass, each script parsed once, no further than the
/// answers need.
fn json_ld(doc: &Document, doc_title: &mut dyn FnMut() -> String) -> JsonLdFindings {
    let mut article: Option<JsonLd> = None;
    let mut discussion = false;
    let mut page_published: Option<String> = None;
    visit_json_ld_items(doc, |item| {
        let ty = item.get("@type");
        if article.is_none() && is_article_type(ty) {
            article = Some(read_article_object(item, doc_title));
        }
        discussion |= type_matches(ty, is_discussion_type);
        if page_published.is_none() && type_matches(ty, is_web_page_type) {
            page_published = item
                .get("datePublished")
                .and_then(Value::as_str)
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
        article: article.unwrap_or_default(),
        discussion,
        page_published,
    }
}

/// schema.org's `WebPage` and its kinds (`ItemPage`, `CollectionPage`,
/// `FAQPage`...), whose dates are the page's.
fn is_web_page_type(t: &str) -> bool {
    t.ends_with("Page")
}

/// The microdata `datePublished` of an element other than `<meta>` (those
/// are read with the other meta tags): a `<time>`'s `datetime`, a
/// `content` attribute, a `title` (Blogger's `<abbr title="2011-09-15T...">
/// 12:55 AM</abbr>`) or the element's text, whichever first is an ISO 8601
/// date: the text alone is often a time of day or "3 days ago".
fn microdata_date_published(doc: &Document) -> Option<String> {
    let element = doc
        .descendants(Document::ROOT)
        .find(|&n| has_itemprop(doc, n, "datePublished") && !doc.is(n, &local_name!("meta")))?;
    let attrs = [
        local_name!("datetime"),
        local_name!("content"),
        local_name!("title"),
    ];
    attrs
        .iter()
        .filter_map(|a| doc.attr(element, a).map(str::to_string))
        .chain(std::iter::once(normalize_whitespace(
            &doc.text_content(element),
        )))
        .map(|v| js_trim(&v).to_string())
        .find(|v| day_of(v).is_some())
}

/// Whether microdata names the element as `property` (`itemprop` is a
/// space-separated list).
fn has_itemprop(doc: &Document, id: NodeId, property: &str) -> bool {
    doc.attr(id, &local_name!("itemprop"))
        .is_some_and(|p| p.split_ascii_whitespace().any(|p| p == property))
}

/// The last resort for the published date but one: the first `<time
/// datetime>` with an ISO date outside lists and page clutter
/// ([`outside_lists_and_clutter`]) that microdata does not name as another
/// date (`dateModified`).
fn time_element_date(doc: &Document) -> Option<String> {
    doc.elements_by_tag(Document::ROOT, &local_name!("time"))
        // The article's date comes early; the bound keeps a page of
        // thousands of deeply nested times linear.
        .take(TIME_ELEMENTS_READ)
        .filter(|&t| {
            !doc.has_attr(t, &local_name!("itemprop")) || has_itemprop(doc, t, "datePublished")
        })
        .filter(|&t| outside_lists_and_clutter(doc, t))
        .filter_map(|t| doc.attr(t, &local_name!("datetime")))
        .map(|v| js_trim(v).to_string())
        .find(|v| day_of(v).is_some())
}

/// The very last resort for the published date: a date written in English
/// ("Posted on May 18, 2023", "By Jane Doe · December 23, 2025") in a short
/// part of the page whose class or id names where pages print their date
/// ([`hints::DATE_PARTS`]), outside lists and page clutter as for
/// [`time_element_date`]. A line that says "updated" or "modified" gives
/// another day than the article's. On WCXB, where nothing else gave a date,
/// this one is the annotators' on 54 pages and another on 13.
fn written_date_in_page(doc: &Document) -> Option<String> {
    doc.descendants(Document::ROOT)
        .filter(|&n| {
            doc.is_element(n)
                && hints::matches_any(&hints::class_and_id_lower(doc, n), &hints::DATE_PARTS)
        })
        // The dateline comes early; the bound keeps a page of thousands of
        // deeply nested parts linear.
        .take(DATE_PARTS_READ)
        .filter(|&n| outside_lists_and_clutter(doc, n))
        .filter(|&n| !measure::inner_text_longer_than(doc, n, DATE_LINE_MAX_CHARS))
        .map(|n| measure::inner_text(doc, n))
        .filter(|line| {
            let line = line.to_lowercase();
            !line.contains("updated") && !line.contains("modified")
        })
        .find_map(|line| written_date_day(&line))
}

/// Whether `id` is neither in nor itself a list item, a menu, a footer, an
/// aside or a part named as page clutter (comments, related posts, a
/// sidebar: see [`hints::is_unlikely_candidate`]; an article's `header` is
/// where its date is). Lists are where the dates of other posts are: a
/// blog's index, a thread's replies, "recent posts".
fn outside_lists_and_clutter(doc: &Document, id: NodeId) -> bool {
    !std::iter::once(id).chain(doc.ancestors(id)).any(|a| {
        doc.is_any(
            a,
            &[
                local_name!("li"),
                local_name!("nav"),
                local_name!("footer"),
                local_name!("aside"),
            ],
        ) || {
            let names = hints::class_and_id_lower(doc, a);
            hints::is_unlikely_candidate(&names) && !hints::is_unlikely_only_as(&names, &["header"])
        }
    })
}

/// The day of an ISO 8601 date or date and time ("2017-02-13" of
/// "2017-02-13T16:44:00+00:00"): what the view can show as a date.
pub fn day_of(value: &str) -> Option<&str> {
    let day = value.trim().get(..10)?;
    // Bytes, not string slices: a character of several bytes may straddle
    // any of these places ("2024-0é-01").
    let b = day.as_bytes();
    let digits_at = |range: std::ops::Range<usize>| b[range].iter().all(u8::is_ascii_digit);
    (digits_at(0..4) && b[4] == b'-' && digits_at(5..7) && b[7] == b'-' && digits_at(8..10))
        .then_some(day)
}

/// English month names, January first; three letters (or "sept") abbreviate
/// them.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A published date as the view can format it: an ISO 8601 value as given
/// (quotes that some pages leave around it dropped), a date written in
/// English ("Feb 08, 2022", "Thursday, 3 March 2024 at 9:15") as its ISO
/// day, anything else as given.
fn published_date(value: &str) -> String {
    let value = value.trim().trim_matches('"').trim();
    if day_of(value).is_some() {
        return value.to_string();
    }
    written_date_day(value).unwrap_or_else(|| value.to_string())
}

/// The ISO day ("2022-02-08") of the first date written in English in
/// `text`: month, day and year, the month as a name and first or second
/// ("Feb 08, 2022", "18 November 2025", "Posted on Thursday, 3rd March
/// 2024 at 9:15").
pub(crate) fn written_date_day(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let day = |w: &str| {
        ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|suffix| w.strip_suffix(suffix))
            .unwrap_or(w)
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=31).contains(d))
    };
    words.windows(3).find_map(|w| {
        let (m, d) = match month_number(w[0]) {
            Some(m) => (m, day(w[1])?),
            None => (month_number(w[1])?, day(w[0])?),
        };
        let y = w[2]
            .parse::<u32>()
            .ok()
            .filter(|y| WRITTEN_DATE_YEARS.contains(y))?;
        Some(format!("{y:04}-{m:02}-{d:02}"))
    })
}

/// The month (1 to 12) an English month's name or abbreviation names
/// ("February", "Feb", "Feb.", "Sept").
fn month_number(word: &str) -> Option<usize> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| {
            *m == w || (w.len() == 3 && m.starts_with(&w)) || (w == "sept" && *m == "september")
        })
        .map(|i| i + 1)
}

/// Gives `visit` each schema.org item of the page's JSON-LD scripts, until
/// it breaks: a top-level object or array item with a schema.org
/// `@context`, and the items of such an object's `@graph`, in document
/// order. Scripts that do not parse are skipped, as a browser would.
fn visit_json_ld_items(
    doc: &Document,
    mut visit: impl FnMut(&Map<String, Value>) -> ControlFlow<()>,
) {
    for script in doc.elements_by_tag(Document::ROOT, &local_name!("script")) {
        let is_json_ld = doc
            .attr(script, &local_name!("type"))
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
        if !is_json_ld {
            continue;
        }
        let text = doc.text_content(script);
        // serde_json refuses nesting deeper than 128, so neither parsing nor
        // dropping the value can exhaust the stack.
        let Ok(value) = serde_json::from_str::<Value>(strip_cdata(&text)) else {
            continue;
        };
        let items = match &value {
            Value::Array(items) => items.as_slice(),
            other => std::slice::from_ref(other),
        };
        for item in items.iter().filter_map(Value::as_object) {
            if !has_schema_org_context(item) {
                continue;
            }
            if visit(item).is_break() {
                return;
            }
            if let Some(Value::Array(graph)) = item.get("@graph") {
                for member in graph.iter().filter_map(Value::as_object) {
                    if visit(member).is_break() {
                        return;
                    }
                }
            }
        }
    }
}

/// Some CMSs wrap the JSON in `<![CDATA[ ... ]]>` for XHTML's sake.
fn strip_cdata(text: &str) -> &str {
    let s = text.trim_start().strip_prefix("<![CDATA[").unwrap_or(text);
    s.trim_end().strip_suffix("]]>").unwrap_or(s)
}

/// `@context` is schema.org: as a string, as an object's `@vocab`, or as one
/// of an array of those.
fn has_schema_org_context(obj: &Map<String, Value>) -> bool {
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
    type_matches(ty, |t| {
        t.starts_with(ARTICLE_TYPE_PREFIX)
            || t.ends_with(ARTICLE_TYPE_SUFFIX)
            || ARTICLE_TYPES_ANYWHERE.iter().any(|a| t.contains(a))
    })
}

/// Does an `@type` (one name, or an array of them) hold a name that
/// `matches`?
fn type_matches(ty: Option<&Value>, matches: impl Fn(&str) -> bool) -> bool {
    match ty {
        Some(Value::String(t)) => matches(t),
        Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).any(matches),
        _ => false,
    }
}

fn read_article_object(obj: &Map<String, Value>, doc_title: &mut dyn FnMut() -> String) -> JsonLd {
    let str_field = |key: &str| obj.get(key).and_then(Value::as_str);
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
            .and_then(|p| p.get("name"))
            .and_then(Value::as_str)
            .map(|n| js_trim(n).to_string()),
        published_time: str_field("datePublished").map(|d| js_trim(d).to_string()),
        image: obj.get("image").and_then(image_url).map(str::to_string),
    }
}

/// `author` as a name, a `Person`/`Organization` with a `name`, or an array
/// of those, joined with ", ". URLs (profile links) are not names.
fn author_names(author: &Value) -> Option<String> {
    fn one(v: &Value) -> Option<&str> {
        match v {
            Value::Object(o) => o.get("name").and_then(Value::as_str),
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
            Value::Object(o) => o.get("url").and_then(Value::as_str),
            _ => None,
        }
        .and_then(non_empty)
    }
    match image {
        Value::Array(items) => items.iter().find_map(one),
        other => one(other),
    }
}

// ----- <meta> ----------------------------------------------------------------

/// The page's `<meta>` tags, keyed as Readability keys them.
#[derive(Debug, Default)]
struct MetaTags {
    /// Normalized key ("og:title", "dc:creator", "description") to trimmed
    /// content. A later tag replaces an earlier one with the same key, as in
    /// Readability, even with an empty value.
    values: HashMap<String, String>,
    og_image: Option<String>,
    twitter_image: Option<String>,
    /// `<meta itemprop="datePublished">`.
    date_published: Option<String>,
    /// `<meta http-equiv="content-language">`.
    content_language: Option<String>,
}

impl MetaTags {
    fn collect(doc: &Document) -> Self {
        let mut tags = MetaTags::default();
        for meta in doc.elements_by_tag(Document::ROOT, &local_name!("meta")) {
            let Some(content) = doc
                .attr(meta, &local_name!("content"))
                .filter(|c| !c.is_empty())
            else {
                continue;
            };
            let property = doc.attr(meta, &local_name!("property"));
            let name = doc.attr(meta, &local_name!("name"));
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
            for key in keys {
                let is = |list: &[&str]| list.iter().any(|k| key.eq_ignore_ascii_case(k));
                if is(OG_IMAGE_KEYS) {
                    tags.og_image.get_or_insert_with(|| content.to_string());
                } else if is(TWITTER_IMAGE_KEYS) {
                    tags.twitter_image
                        .get_or_insert_with(|| content.to_string());
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
        tags
    }

    /// The value of the first of `keys` that the page gives, non-empty.
    fn first(&self, keys: &[&str]) -> Option<&str> {
        keys.iter()
            .filter_map(|k| self.values.get(*k))
            .find_map(|v| non_empty(v))
    }
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

// ----- the document's title --------------------------------------------------

/// The headline as the document's `<title>` gives it, with the site's name
/// and breadcrumbs cut off: Readability's `_getArticleTitle`, rule for rule.
fn article_title(doc: &Document) -> String {
    let orig = document_title(doc);
    let mut cur = orig.clone();
    let mut hierarchical = false;

    let separators = separator_positions(&orig);
    if let Some(&last) = separators.last() {
        hierarchical = separator_positions_of(&orig, HIERARCHICAL_SEPARATORS)
            .next()
            .is_some();
        cur = orig.get(..last).unwrap_or("").to_string();
        if js_word_count(&cur) < TITLE_MIN_WORDS_AFTER_CUT {
            // "Site | Headline": drop everything up to the first separator.
            cur = match orig
                .char_indices()
                .find(|(_, c)| TITLE_SEPARATORS.contains(c))
            {
                Some((i, c)) => orig.get(i + c.len_utf8()..).unwrap_or("").to_string(),
                None => orig.clone(),
            };
        }
    } else if cur.contains(": ") {
        // A heading that reads exactly like the title means the colon is
        // part of the headline.
        if !heading_equals(doc, js_trim(&cur)) {
            let after_last = orig
                .rfind(':')
                .map_or("", |i| orig.get(i + 1..).unwrap_or(""));
            cur = after_last.to_string();
            if js_word_count(&cur) < TITLE_MIN_WORDS_AFTER_CUT {
                cur = orig
                    .find(':')
                    .map_or("", |i| orig.get(i + 1..).unwrap_or(""))
                    .to_string();
            } else {
                let before_first = orig.find(':').map_or("", |i| orig.get(..i).unwrap_or(""));
                if js_word_count(before_first) > TITLE_MAX_WORDS_BEFORE_COLON {
                    cur = orig.clone();
                }
            }
        }
    } else {
        let len = cur.encode_utf16().count();
        if !(TITLE_MIN_LEN..=TITLE_MAX_LEN).contains(&len) {
            if let Some(h1) = only_h1(doc) {
                cur = collapse_space_runs(js_trim(&visible_text(doc, h1)));
            }
        }
    }

    cur = collapse_space_runs(js_trim(&cur));
    // Four words or fewer: keep the original, unless cutting it removed
    // exactly one level of a breadcrumb path.
    let words = js_word_count(&cur);
    if words <= TITLE_SHORT_WORDS {
        let orig_words = js_word_count(&orig.replace(TITLE_SEPARATORS, ""));
        if !hierarchical || words + 1 != orig_words {
            cur = orig;
        }
    }
    cur
}

/// `document.title`: the first HTML `<title>`'s text, its ASCII whitespace
/// stripped and collapsed, then trimmed as JavaScript trims.
fn document_title(doc: &Document) -> String {
    let Some(title) = doc
        .elements_by_tag(Document::ROOT, &local_name!("title"))
        .find(|&t| doc.is_html(t))
    else {
        return String::new();
    };
    let text: String = doc.children(title).filter_map(|c| doc.text(c)).collect();
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| c.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    js_trim(&out).to_string()
}

// ----- the headline the reader view shows -----------------------------------

/// The title as the reader view shows it. The page's title is often written
/// for search engines and browser tabs ("Average Cost of Online College
/// [2025]: Yearly Tuition + Fees"); the article's `<h1>` is what its readers
/// see ("Average Cost of Online College"), and is taken when it is about the
/// title ([`HEADLINE_MIN_SIMILARITY`]). Failing that, the title without the
/// site's name, which the view shows above it. On WCXB the annotators' title
/// is the `<h1>` far more often than the `<title>`.
fn headline(
    heading: Option<&(NodeId, String)>,
    title: Option<&str>,
    site_name: Option<&str>,
) -> Option<String> {
    heading.map(|(_, text)| text.clone()).or_else(|| {
        non_empty(title?).map(|t| without_name_suffix(without_site_name(t, site_name)).to_string())
    })
}

/// The `<h1>` that [`headline`] takes, and its text: the one most similar
/// to the title, and about it.
fn headline_heading(
    doc: &Document,
    title: Option<&str>,
    site_name: Option<&str>,
) -> Option<(NodeId, String)> {
    let title = title.unwrap_or("");
    // The most similar heading wins; of equally similar ones, the first.
    let mut best: Option<(f64, NodeId, String)> = None;
    let h1 = local_name!("h1");
    let h1s = doc
        .elements_by_tag(Document::ROOT, &h1)
        .filter(|&h| doc.is_html(h))
        .take(HEADLINE_CANDIDATES);
    for h1 in h1s {
        let Some(text) = heading_text(doc, h1) else {
            continue;
        };
        if !shown_outside_menus(doc, h1) || site_name.is_some_and(|s| same_text(s, &text)) {
            continue;
        }
        // A page without a title has its `<h1>` for one.
        let (similarity, coverage) = if title.is_empty() {
            (1.0, 1.0)
        } else {
            (text_similarity(title, &text), text_similarity(&text, title))
        };
        if similarity >= HEADLINE_MIN_SIMILARITY
            && coverage >= HEADLINE_MIN_COVERAGE
            && best.as_ref().is_none_or(|(b, _, _)| similarity > *b)
        {
            best = Some((similarity, h1, text));
        }
    }
    best.map(|(_, h1, text)| (h1, text))
}

/// A byline printed under the headline with nothing marking it but its
/// lead: among the elements that follow the headline's `<h1>`, before the
/// next section's heading, the first short line that starts with "By", "Written by",
/// "Author:" and the like ([`hints::split_byline_lead`]), outside lists and
/// page clutter. Its name is what follows the lead up to a date, a role or
/// a separator ("By Sofia Gonzalez December 2, 2025", "By Emmet
/// WhiteUpdated: Feb 5, 2026"), kept behind its lead as printed.
fn byline_under_headline(doc: &Document, heading: NodeId) -> Option<String> {
    let mut next = doc.next_in_order(heading, Document::ROOT, true);
    let mut read = 0;
    while let Some(n) = next {
        next = doc.next_in_order(n, Document::ROOT, false);
        if !doc.is_element(n) {
            continue;
        }
        read += 1;
        if read > BYLINE_LINE_LOOKAHEAD || doc.is_any(n, &[local_name!("h1"), local_name!("h2")]) {
            return None;
        }
        if measure::inner_text_longer_than(doc, n, BYLINE_LINE_MAX_CHARS) {
            continue;
        }
        let line = measure::inner_text(doc, n);
        let Some((lead, rest)) = byline_in_line(&line) else {
            continue;
        };
        if !is_probably_visible(doc, n) || !outside_lists_and_clutter(doc, n) {
            continue;
        }
        let name = printed_name(rest);
        if !name.is_empty() && hints::names_someone(name) {
            return Some(format!("{lead}{name}"));
        }
    }
    None
}

/// A byline's lead and what follows it in a line under the headline: at
/// the line's start, or after a date or a separator that comes first
/// ("May 3, 2017 By Erin Spain", "March 15, 2022 · 3 min read · By ASU
/// Online").
fn byline_in_line(line: &str) -> Option<(&str, &str)> {
    let after_date_or_separator = |at: usize| {
        let before = line[..at].trim_end();
        before.ends_with(['·', '•', '|'])
            || before
                .rsplit(' ')
                .next()
                .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
    };
    std::iter::once(0)
        .chain(
            line.match_indices(' ')
                .map(|(at, _)| at + 1)
                .filter(|&at| after_date_or_separator(at)),
        )
        .find_map(|at| hints::split_byline_lead(&line[at..]))
}

/// The name at the start of what follows a byline's lead: its words up to
/// a date or time, a separator (a spaced dash among them), a comma (a role
/// follows it), an "Updated" glued to it, or a word not capitalized ("on",
/// "in"), skipping the particles names have ("and", "van", "de").
fn printed_name(rest: &str) -> &str {
    let rest = rest
        .find(['|', '·', '•', ',', ';', '('])
        .map_or(rest, |at| &rest[..at]);
    let rest = BYLINE_NAME_STOPS
        .iter()
        .filter_map(|stop| rest.find(stop))
        .chain(glued_word_start(rest))
        .min()
        .map_or(rest, |at| &rest[..at]);
    let words: Vec<&str> = rest.split_whitespace().collect();
    let has_digit = |w: &str| w.chars().any(|c| c.is_ascii_digit());
    let mut taken = 0;
    for (i, word) in words.iter().enumerate() {
        let starts_date = has_digit(word)
            || (month_number(word).is_some() && words.get(i + 1).is_some_and(|w| has_digit(w)));
        if starts_date {
            break;
        }
        if word
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() && !c.is_lowercase())
        {
            taken = i + 1;
        } else if !NAME_PARTICLES.contains(&word.to_lowercase().as_str()) {
            break;
        }
    }
    // More words than a name has: the capitals run on into a label ("A. J.
    // Neal View In Digital Edition").
    if taken > BYLINE_NAME_MAX_WORDS {
        return "";
    }
    let Some(last) = taken.checked_sub(1).map(|i| words[i]) else {
        return "";
    };
    // The words are slices of `rest`: the name runs to the end of the last.
    let end = last.as_ptr() as usize - rest.as_ptr() as usize + last.len();
    &rest[..end]
}

/// Where a word glued to the one before it starts, without a space: a
/// digit after a letter ("Amy Wilhelm0 comments"), or a capital after
/// [`GLUED_AFTER_LOWERCASE`] small letters ("Preetam JinkaCo-founder"),
/// more than a name's own capitals follow ("McNamara", "DeShawn").
fn glued_word_start(text: &str) -> Option<usize> {
    let mut lowercase_run = 0;
    let mut after_letter = false;
    for (at, c) in text.char_indices() {
        if (c.is_uppercase() && lowercase_run >= GLUED_AFTER_LOWERCASE)
            || (c.is_ascii_digit() && after_letter)
        {
            return Some(at);
        }
        lowercase_run = if c.is_lowercase() {
            lowercase_run + 1
        } else {
            0
        };
        after_letter = c.is_alphabetic();
    }
    None
}

/// A heading's text, whitespace collapsed, if it reads as a headline: not
/// empty, not longer than [`HEADLINE_MAX_WORDS`].
fn heading_text(doc: &Document, heading: NodeId) -> Option<String> {
    let mut text = String::new();
    for (visited, chunk) in text_chunks(doc, heading).enumerate() {
        if visited >= HEADING_SCAN_NODES {
            return None;
        }
        text.push_str(chunk);
    }
    let text = normalize_whitespace(&text);
    // Documentation generators end headings with a permalink ("Logging
    // HOWTO¶").
    let text = text.trim_end_matches(PERMALINK_MARKS).trim_end();
    (!text.is_empty() && crate::text::word_count(text) <= HEADLINE_MAX_WORDS)
        .then(|| text.to_string())
}

/// Whether a reader sees `id`, and outside the site's menus.
fn shown_outside_menus(doc: &Document, id: NodeId) -> bool {
    std::iter::once(id)
        .chain(doc.ancestors(id))
        .all(|n| !doc.is(n, &local_name!("nav")) && is_probably_visible(doc, n))
}

/// `title` without the site's name before or after it, behind one of the
/// [`SITE_NAME_SEPARATORS`]; unchanged when nothing would be left.
fn without_site_name<'a>(title: &'a str, site_name: Option<&str>) -> &'a str {
    let Some(site) = site_name else {
        return title;
    };
    let separators: Vec<usize> = separator_positions_of(title, SITE_NAME_SEPARATORS).collect();
    if let Some(&last) = separators.last() {
        let before = js_trim(&title[..last]);
        if same_text(after_separator(title, last), site) && !before.is_empty() {
            return before;
        }
    }
    if let Some(&first) = separators.first() {
        let rest = js_trim(after_separator(title, first));
        if same_text(&title[..first], site) && !rest.is_empty() {
            return rest;
        }
    }
    title
}

/// `title` without a short last part behind one of the
/// [`NAME_SUFFIX_SEPARATORS`]: a name the page does not declare as its
/// site's ("Weekend Coding Agent | TheFocus.AI Labs", "Scalable
/// Interpretability · LessWrong").
fn without_name_suffix(title: &str) -> &str {
    let Some(last) = separator_positions_of(title, NAME_SUFFIX_SEPARATORS).last() else {
        return title;
    };
    let before = js_trim(&title[..last]);
    let suffix = after_separator(title, last);
    if crate::text::word_count(suffix) <= NAME_SUFFIX_MAX_WORDS
        && crate::text::word_count(before) >= NAME_SUFFIX_MIN_WORDS_LEFT
    {
        before
    } else {
        title
    }
}

/// What follows the separator [`separator_positions_of`] found at `at`: a
/// space, the separator and a space.
fn after_separator(title: &str, at: usize) -> &str {
    let len = title[at..]
        .chars()
        .take(3)
        .map(char::len_utf8)
        .sum::<usize>();
    &title[at + len..]
}

/// Whether two names read the same, whatever their case and spacing.
fn same_text(a: &str, b: &str) -> bool {
    normalize_whitespace(a).to_lowercase() == normalize_whitespace(b).to_lowercase()
}

/// Byte offsets of each " X " (X a title separator, the spaces any
/// whitespace) in `title`, found left to right without overlap, as a global
/// regex finds them.
fn separator_positions(title: &str) -> Vec<usize> {
    separator_positions_of(title, TITLE_SEPARATORS).collect()
}

fn separator_positions_of<'a>(
    title: &'a str,
    separators: &'a [char],
) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        let rest = title.get(from..)?;
        let found = rest.char_indices().find_map(|(i, c)| {
            let mut next = rest.get(i + c.len_utf8()..)?.chars();
            let sep = next.next()?;
            let after = next.next()?;
            (is_js_space(c) && separators.contains(&sep) && is_js_space(after))
                .then(|| (i, c.len_utf8() + sep.len_utf8() + after.len_utf8()))
        });
        let (i, len) = found?;
        from += i + len;
        Some(from - len)
    })
}

/// Whether some `<h1>` or `<h2>` has exactly `target` as its trimmed text.
fn heading_equals(doc: &Document, target: &str) -> bool {
    doc.descendants(Document::ROOT)
        .filter(|&n| doc.is(n, &local_name!("h1")) || doc.is(n, &local_name!("h2")))
        .any(|h| text_trims_to(doc, h, target))
}

/// Streams the heading's text and compares it with `target` (which has no
/// surrounding whitespace), stopping at the first difference.
fn text_trims_to(doc: &Document, heading: NodeId, target: &str) -> bool {
    let mut expected = target.chars();
    let mut pending = expected.next();
    let mut started = false;
    for (visited, text) in text_chunks(doc, heading).enumerate() {
        if visited >= HEADING_SCAN_NODES {
            return false;
        }
        for c in text.chars() {
            if !started && is_js_space(c) {
                continue;
            }
            started = true;
            match pending {
                Some(e) if e == c => pending = expected.next(),
                Some(_) => return false,
                None if is_js_space(c) => {}
                None => return false,
            }
        }
    }
    pending.is_none()
}

/// The page's `<h1>`, if it has exactly one.
fn only_h1(doc: &Document) -> Option<NodeId> {
    let h1 = local_name!("h1");
    let mut h1s = doc.elements_by_tag(Document::ROOT, &h1);
    let first = h1s.next()?;
    h1s.next().is_none().then_some(first)
}

/// The text below `root` as a reader sees it: without `<script>` and
/// `<style>`, which Readability removes before reading titles.
fn visible_text(doc: &Document, root: NodeId) -> String {
    text_chunks(doc, root).collect()
}

/// The text nodes below `root`, skipping scripts and styles; yields one
/// (possibly empty) item per node visited so callers can bound their work.
fn text_chunks(doc: &Document, root: NodeId) -> impl Iterator<Item = &str> + '_ {
    let mut next = doc.first_child(root);
    std::iter::from_fn(move || {
        let node = next?;
        let skip = doc.is(node, &local_name!("script")) || doc.is(node, &local_name!("style"));
        next = doc.next_in_order(node, root, skip);
        Some(if skip {
            ""
        } else {
            doc.text(node).unwrap_or("")
        })
    })
}

/// Readability's `_textSimilarity`: the share of `b`'s word characters
/// (ASCII words, lowercased) that are words of `a` too; 1 is "same words".
fn text_similarity(a: &str, b: &str) -> f64 {
    fn tokens(s: &str) -> impl Iterator<Item = &str> {
        s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|t| !t.is_empty())
    }
    fn joined_len<'a>(tokens: impl Iterator<Item = &'a str>) -> usize {
        let (count, len) = tokens.fold((0, 0), |(n, l), t| (n + 1, l + t.len()));
        (len + count).saturating_sub(1)
    }
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    let tokens_a: HashSet<&str> = tokens(&a).collect();
    let total = joined_len(tokens(&b));
    if tokens_a.is_empty() || total == 0 {
        return 0.0;
    }
    let unique = joined_len(tokens(&b).filter(|t| !tokens_a.contains(t)));
    1.0 - unique as f64 / total as f64
}

// ----- values ----------------------------------------------------------------

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
    matches!(resolved.scheme(), "http" | "https").then(|| resolved.to_string())
}

/// Whether `s` parses as an absolute URL, as JavaScript's `new URL(s)`.
fn is_url(s: &str) -> bool {
    Url::parse(s).is_ok()
}

// ----- JavaScript's notion of whitespace and words ----------------------------

/// JavaScript's `\s`: Unicode White_Space without U+0085, plus U+FEFF.
fn is_js_space(c: char) -> bool {
    (c.is_whitespace() && c != '\u{85}') || c == '\u{feff}'
}

fn js_trim(s: &str) -> &str {
    s.trim_matches(is_js_space)
}

fn non_empty(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

/// Readability's `wordCount`: `s.split(/\s+/).length`, which counts the
/// empty pieces before leading and after trailing whitespace too.
fn js_word_count(s: &str) -> usize {
    let mut count = 1;
    let mut in_space = false;
    for c in s.chars() {
        let space = is_js_space(c);
        if space && !in_space {
            count += 1;
        }
        in_space = space;
    }
    count
}

/// Readability's `normalize` step: runs of two or more spaces become one,
/// a single whitespace character stays as it is.
fn collapse_space_runs(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut run = String::new();
    for c in s.chars() {
        if is_js_space(c) {
            run.push(c);
            continue;
        }
        match run.chars().count() {
            0 => {}
            1 => out.push_str(&run),
            _ => out.push(' '),
        }
        run.clear();
        out.push(c);
    }
    match run.chars().count() {
        0 => {}
        1 => out.push_str(&run),
        _ => out.push(' '),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_document;

    const PAGE_URL: &str = "http://example.com/news/story.html";

    fn meta(html: &str) -> Metadata {
        let url = Url::parse(PAGE_URL).expect("constant URL");
        extract_metadata(&parse_document(html), Some(&url))
    }

    fn title_of(head_title: &str, body: &str) -> Option<String> {
        meta(&format!(
            "<html><head><title>{head_title}</title></head><body>{body}</body></html>"
        ))
        .title
    }

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
    fn a_discussion_is_declared_in_json_ld_or_microdata() {
        let ld = |json: &str| {
            meta(&format!(
                "<head><script type=application/ld+json>{json}</script></head>"
            ))
            .declares_discussion
        };
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
    fn title_loses_site_suffix_and_breadcrumbs() {
        assert_eq!(
            title_of("How the engine was built | The Engine Blog", "").as_deref(),
            Some("How the engine was built")
        );
        assert_eq!(
            title_of("Lorem ipsum dolor sit amet – My website", "").as_deref(),
            Some("Lorem ipsum dolor sit amet")
        );
        // Site name first: the part before the first separator goes.
        assert_eq!(
            title_of("Engine | How the engine was built", "").as_deref(),
            Some("How the engine was built")
        );
        // Too little left after cutting: the whole title is kept.
        assert_eq!(
            title_of("Short one | Some Site", "").as_deref(),
            Some("Short one | Some Site")
        );
    }

    #[test]
    fn title_colon_rules() {
        // " :: " and ": " separate a site from a headline...
        assert_eq!(
            title_of("Site :: Some long headline with words", "").as_deref(),
            Some("Some long headline with words")
        );
        // ...unless a heading shows the colon belongs to the headline.
        assert_eq!(
            title_of(
                "Rust: a language empowering everyone",
                "<h2> Rust: a language empowering <b>everyone</b> </h2>"
            )
            .as_deref(),
            Some("Rust: a language empowering everyone")
        );
        // Many words before the colon: it is part of the headline.
        assert_eq!(
            title_of("One two three four five six: seven eight nine", "").as_deref(),
            Some("One two three four five six: seven eight nine")
        );
    }

    fn headline_of(head: &str, body: &str) -> Option<String> {
        meta(&format!(
            "<html><head>{head}</head><body>{body}</body></html>"
        ))
        .headline
    }

    #[test]
    fn headline_is_the_h1_the_title_stands_for() {
        // A title written for search engines: the article's heading is shown.
        assert_eq!(
            headline_of(
                "<title>Health And Nutrition Trends For 2026 - Tastewise</title>",
                "<h1>Top 10 Health and <br>Nutrition Trends to Watch</h1>"
            )
            .as_deref(),
            Some("Top 10 Health and Nutrition Trends to Watch")
        );
        // Without the permalink documentation generators end it with.
        assert_eq!(
            headline_of(
                "<title>Logging HOWTO — Python 3.14 documentation</title>",
                "<h1>Logging HOWTO<a class=headerlink href='#logging-howto'>¶</a></h1>"
            )
            .as_deref(),
            Some("Logging HOWTO")
        );
        // Of several, the one most like the title; a logo that is a word of
        // the title covers too little of it.
        let logo_then_headline = "<header><h1><a href=/>V8</a></h1></header>\
            <article><h1 itemprop=headline>Outside the web: standalone binaries</h1></article>";
        assert_eq!(
            headline_of(
                "<title>Outside the web: standalone binaries · V8</title>",
                logo_then_headline
            )
            .as_deref(),
            Some("Outside the web: standalone binaries")
        );
    }

    #[test]
    fn headline_drops_a_short_name_after_a_pipe_or_dot() {
        for (title, shown) in [
            (
                "Weekend Coding Agent | TheFocus.AI Labs",
                "Weekend Coding Agent",
            ),
            (
                "Scalable End-to-End Interpretability · LessWrong",
                "Scalable End-to-End Interpretability",
            ),
            // A dash may set off a subtitle; a long last part is no name;
            // one word left is too little to be the headline.
            (
                "Zero Waste - A Beginner's Guide",
                "Zero Waste - A Beginner's Guide",
            ),
            (
                "Cloud Based HR Software | HRMS Solution For Growing Teams",
                "Cloud Based HR Software | HRMS Solution For Growing Teams",
            ),
            ("Payments | Stripe", "Payments | Stripe"),
        ] {
            assert_eq!(
                headline_of(&format!("<title>{title}</title>"), "").as_deref(),
                Some(shown),
                "{title}"
            );
        }
    }

    fn byline_under(body: &str) -> Option<String> {
        meta(&format!(
            "<html><head><title>Spring planting</title></head>\
             <body><h1>Spring planting</h1>{body}</body></html>"
        ))
        .byline_under_headline
    }

    #[test]
    fn byline_under_headline_is_the_name_its_lead_introduces() {
        for (body, byline) in [
            ("<p>By Sofia Gonzalez</p>", "By Sofia Gonzalez"),
            // A date, a role, a separator or a count ends the name.
            (
                "<p>By Sofia Gonzalez December 2, 2025</p>",
                "By Sofia Gonzalez",
            ),
            (
                "<p>Written by Ann Lee, Staff Writer</p>",
                "Written by Ann Lee",
            ),
            (
                "<p>by Ludwig van Beethoven · 5 min read</p>",
                "by Ludwig van Beethoven",
            ),
            (
                "<div>By Ann Lee and Bo Chen - March 2</div>",
                "By Ann Lee and Bo Chen",
            ),
            // Run together with what follows it, as inline parts print it.
            (
                "<p><span>By Emmet White</span><time>Updated: Feb 5</time></p>",
                "By Emmet White",
            ),
            (
                "<p>By Preetam Jinka<span>Co-founder</span></p>",
                "By Preetam Jinka",
            ),
            (
                "<div><p>By Amy Wilhelm</p><a>0 comments</a></div>",
                "By Amy Wilhelm",
            ),
            // After the date or a separator that leads the line.
            (
                "<p><time>May 3, 2017</time> By Erin Spain 4 Comments</p>",
                "By Erin Spain",
            ),
            (
                "<p>March 15, 2022 · 3 min read · By ASU Online</p>",
                "By ASU Online",
            ),
            // Names with capitals of their own are not cut.
            (
                "<p>Author: Sam O'Brien-McNamara</p>",
                "Author: Sam O'Brien-McNamara",
            ),
        ] {
            assert_eq!(byline_under(body).as_deref(), Some(byline), "{body}");
        }
    }

    #[test]
    fn byline_under_headline_is_none_where_no_name_follows_a_lead() {
        for body in [
            // Prose that starts as a byline does.
            "<p>By the end of the 18th century, coffee had become a crop.</p>",
            "<p>By following these principles, we reduce our footprint.</p>",
            // Capitals that run on past any name.
            "<p>By A. J. Neal View In Digital Edition</p>",
            // A menu, a list of posts, a hidden line.
            "<nav><a>By Industry</a></nav>",
            "<ul><li><a>Planting tomatoes</a> <p>By Jane Doe</p></li></ul>",
            "<p hidden>By Jane Doe</p>",
            // Past the next section's heading, or too far below.
            "<h2>Planting</h2><p>By Jane Doe</p>",
            &format!("{}<p>By Jane Doe</p>", "<span>x</span>".repeat(30)),
            // The byline's lead alone.
            "<p>By</p>",
        ] {
            assert_eq!(byline_under(body), None, "{body}");
        }
        // Not read when the metadata names the author.
        let m = meta(
            "<html><head><meta name=author content='Jane Doe'></head>\
             <body><h1>Spring</h1><p>By Sofia Gonzalez</p></body></html>",
        );
        assert_eq!(m.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(m.byline_under_headline, None);
    }

    #[test]
    fn headline_is_never_a_heading_about_something_else() {
        let title = "<title>How to Build a Terrarium | eHow</title>\
            <meta property=og:site_name content=eHow>";
        // A heading sharing too few words with the title, the site's name,
        // a hidden heading, one in a menu, a blurb set in big type: none is
        // the headline, and the title shows without the site's name.
        for body in [
            "<h1>Garden projects for spring</h1>",
            "<h1>eHow</h1>",
            "<h1 hidden>How to Build a Terrarium in a Jar</h1>",
            "<nav><h1>How to Build a Terrarium</h1></nav>",
            &format!("<h1>{}</h1>", "How to build a terrarium ".repeat(10)),
        ] {
            assert_eq!(
                headline_of(title, body).as_deref(),
                Some("How to Build a Terrarium"),
                "{body}"
            );
        }
        // The site's name may come first, too.
        assert_eq!(
            headline_of("<title>eHow » How to Build a Terrarium</title><meta property=og:site_name content=eHow>", "").as_deref(),
            Some("How to Build a Terrarium")
        );
        // A title that is only the site's name stays whole.
        assert_eq!(
            headline_of(
                "<title>eHow</title><meta property=og:site_name content=eHow>",
                ""
            )
            .as_deref(),
            Some("eHow")
        );
        // No title at all: the page's heading is its headline.
        assert_eq!(
            headline_of("", "<h1>Notes on a quiet harbour</h1>").as_deref(),
            Some("Notes on a quiet harbour")
        );
        assert_eq!(headline_of("", "<p>Nothing</p>"), None);
    }

    #[test]
    fn title_falls_back_to_the_only_h1() {
        assert_eq!(
            title_of("Home", "<h1>  A much longer   real headline </h1>").as_deref(),
            Some("A much longer real headline")
        );
        // Script text inside the heading is not part of the headline.
        assert_eq!(
            title_of(
                "Home",
                "<h1>The real headline is here<script>var x;</script></h1>"
            )
            .as_deref(),
            Some("The real headline is here")
        );
        // Four words or fewer from the h1: not trusted over the title.
        assert_eq!(
            title_of("Home", "<h1>Real headline here</h1>").as_deref(),
            Some("Home")
        );
        // Two h1s: no way to tell which, the title stays.
        assert_eq!(
            title_of("Home", "<h1>One headline here</h1><h1>Another one</h1>").as_deref(),
            Some("Home")
        );
        // No <title> at all.
        assert_eq!(
            meta("<body><h1>Only heading of the page</h1></body>")
                .title
                .as_deref(),
            Some("Only heading of the page")
        );
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
    fn published_time_falls_back_to_itemprop() {
        let m = meta(r#"<meta itemprop="datePublished" content=" 2019-04-30 ">"#);
        assert_eq!(m.published_time.as_deref(), Some("2019-04-30"));
    }

    #[test]
    fn the_day_of_a_date_and_not_of_anything_else() {
        assert_eq!(day_of(" 2017-02-13T16:44:00+00:00"), Some("2017-02-13"));
        assert_eq!(day_of("2017-02-13"), Some("2017-02-13"));
        for not_a_date in ["2017-2-13", "13 Feb 2017", "2017-02-1", ""] {
            assert_eq!(day_of(not_a_date), None, "{not_a_date}");
        }
        // Found by the fuzzer: a character of several bytes across the
        // places looked at panicked when they were string slices.
        for straddling in ["2024-0\u{e9}-01", "2024\u{e9}02-01", "2024-02\u{20ac}1"] {
            assert_eq!(day_of(straddling), None, "{straddling}");
        }
    }

    #[test]
    fn published_dates_written_in_english_become_iso_days() {
        for (given, shown) in [
            ("2024-03-01T10:00:00Z", "2024-03-01T10:00:00Z"),
            ("\"2025-12-17T13:22:47Z\"", "2025-12-17T13:22:47Z"),
            ("Feb 08, 2022", "2022-02-08"),
            ("November 18, 2025", "2025-11-18"),
            ("Sept. 3 2021", "2021-09-03"),
            ("18 November 2025", "2025-11-18"),
            ("Thursday, 3rd March 2024 at 9:15", "2024-03-03"),
            ("Posted by Jane on Feb 8, 2022", "2022-02-08"),
            // Not a date written so: as given.
            ("13/11/2025 09:21:40", "13/11/2025 09:21:40"),
            ("May the fourth 2024", "May the fourth 2024"),
            ("Feb 8x, 2022", "Feb 8x, 2022"),
            ("Feb 32, 2022", "Feb 32, 2022"),
            ("Feb 08, 22", "Feb 08, 22"),
            ("Nov 20, 9999", "Nov 20, 9999"),
        ] {
            assert_eq!(published_date(given), shown, "{given}");
        }
    }

    #[test]
    fn published_time_is_read_from_microdata_on_any_element_when_a_date() {
        // Blogger: the date in a title, the time of day as the text.
        let blogger = r#"<h2>Post</h2><abbr class="published" itemprop="datePublished"
            title="2016-05-08T00:55:00-07:00">12:55 AM</abbr>"#;
        assert_eq!(
            meta(blogger).published_time.as_deref(),
            Some("2016-05-08T00:55:00-07:00")
        );
        let time =
            r#"<p>Posted <time itemprop="datePublished" datetime="2021-04-21">April 21</time>"#;
        assert_eq!(meta(time).published_time.as_deref(), Some("2021-04-21"));
        let text = r#"<span itemprop="datePublished"> 2020-06-29 </span>"#;
        assert_eq!(meta(text).published_time.as_deref(), Some("2020-06-29"));
        // No date in it: nothing, rather than "3 days ago" as a date.
        let relative = r#"<span itemprop="datePublished">3 days ago</span>"#;
        assert_eq!(meta(relative).published_time, None);
        // A meta tag's date is still the first choice.
        let both = r#"<meta itemprop="datePublished" content="2019-04-30">
            <time itemprop="datePublished" datetime="2021-04-21"></time>"#;
        assert_eq!(meta(both).published_time.as_deref(), Some("2019-04-30"));
    }

    #[test]
    fn published_time_falls_back_to_the_article_s_time_element() {
        let post = r#"<header class="entry-header"><h1>Post</h1>
            <time class="entry-date" datetime="2020-06-29T15:00:23-05:00">June 29</time></header>
            <p>Text</p><div class="comments"><time datetime="2021-01-01">Jan 1</time></div>"#;
        assert_eq!(
            meta(post).published_time.as_deref(),
            Some("2020-06-29T15:00:23-05:00")
        );
        // Other posts' dates, a modified date, a time that is no date:
        // nothing, rather than a wrong date.
        for not_the_date in [
            r#"<ul><li><a href="/a">Older post</a> <time datetime="2019-02-03">Feb 3</time></li></ul>"#,
            r#"<div id="comments"><time datetime="2021-01-01">Jan 1</time></div>"#,
            r#"<aside><time datetime="2021-01-01">Jan 1</time></aside>"#,
            r#"<p>Updated <time itemprop="dateModified" datetime="2021-01-01">Jan 1</time></p>"#,
            r#"<p>At <time datetime="PDT08:05:41-07:00">8:05</time></p>"#,
        ] {
            assert_eq!(meta(not_the_date).published_time, None, "{not_the_date}");
        }
        // The page's metadata comes first.
        let tagged = r#"<meta property="article:published_time" content="2023-02-03">
            <p><time datetime="2020-06-29">June 29</time></p>"#;
        assert_eq!(meta(tagged).published_time.as_deref(), Some("2023-02-03"));
    }

    #[test]
    fn published_time_falls_back_to_a_dateline_written_in_english() {
        let post = r#"<h1>Post</h1><div class="entry-meta">Posted on May 18, 2023 by Jane Doe</div>
            <p>Text</p>"#;
        assert_eq!(meta(post).published_time.as_deref(), Some("2023-05-18"));
        // An update's day, other posts' dates, a long paragraph, a part not
        // named as where the date is: nothing, rather than a wrong date.
        for not_the_date in [
            r#"<div class="post-date">Last updated on Feb 27, 2026</div>"#,
            r#"<ul><li class="post-date">May 18, 2023</li></ul>"#,
            r#"<div class="sidebar"><span class="date">May 18, 2023</span></div>"#,
            r#"<p class="meta">On May 18, 2023 the council met, and after a long debate that
                ran well into the night it voted to keep the library open.</p>"#,
            r#"<p class="intro">May 18, 2023</p>"#,
        ] {
            assert_eq!(meta(not_the_date).published_time, None, "{not_the_date}");
        }
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

    #[test]
    fn deep_documents_are_read_without_recursion() {
        const DEPTH: usize = 100_000;
        let mut html = String::from("<title>Home</title><h1>");
        html.push_str(&"<div>".repeat(DEPTH));
        html.push_str("Deep headline of the page");
        // Nested JSON deeper than serde_json allows is skipped, not fatal.
        html.push_str(r#"<script type="application/ld+json">"#);
        html.push_str(&"[".repeat(DEPTH));
        html.push_str("</script>");
        let m = meta(&html);
        assert_eq!(m.title.as_deref(), Some("Deep headline of the page"));
    }

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
