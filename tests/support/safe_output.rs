//! The safe-output policy, stated independently of `src/serialize.rs` and
//! checked on what a browser would build from the output: the extracted HTML
//! is parsed back with the engine's (WHATWG) parser and every node of the
//! resulting tree is held to an allowlist.
//!
//! Shared by `tests/hostile.rs`, `tests/hardening.rs`, the optimized
//! `tests/pathological.rs` and the fuzz targets (`fuzz/`, which include this
//! file by path), so the fuzzer hunts for exactly what the suites forbid:
//!
//! - only allowlisted HTML elements (plus `html`/`head`/`body`, which the
//!   parser adds) and presentation MathML; nothing in the SVG namespace;
//! - only allowlisted attributes, never namespaced ones: no `on*` handler,
//!   `style`, `class`, `srcdoc`, `action`, `formaction`, `xmlns`...;
//! - `id`s only with the serializer's `lucid-` prefix;
//! - every URL attribute (`href`, `src`, `cite`, `poster`, each `srcset`
//!   candidate) is relative or http(s); `mailto:` only for `a href`; `data:`
//!   only a raster image in `img src`; `file:` only when the page itself was
//!   opened from disk (its relative links stay on disk);
//! - no comments, and no `<script`, `<style`, `<svg`, `<iframe` anywhere in
//!   the raw string (text is escaped, so these can only be markup).

// Each test binary uses its own part of this module.
#![allow(dead_code)]

use lucid_reader::dom::{Document, NodeData};
use lucid_reader::parse::parse_document;
use url::Url;

const HTML_NS: &str = "http://www.w3.org/1999/xhtml";
const MATHML_NS: &str = "http://www.w3.org/1998/Math/MathML";

/// The HTML elements the reader view's content may hold.
const HTML_ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "audio",
    "b",
    "bdi",
    "bdo",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "picture",
    "pre",
    "q",
    "rb",
    "rp",
    "rt",
    "rtc",
    "ruby",
    "s",
    "samp",
    "section",
    "small",
    "source",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "track",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
];

/// Elements the parser creates around any fragment.
const STRUCTURAL: &[&str] = &["html", "head", "body"];

/// Presentation MathML: renders, runs nothing.
const MATHML_ELEMENTS: &[&str] = &[
    "math",
    "mi",
    "mo",
    "mn",
    "ms",
    "mtext",
    "mspace",
    "mrow",
    "mfrac",
    "msqrt",
    "mroot",
    "mstyle",
    "merror",
    "mpadded",
    "mphantom",
    "mfenced",
    "menclose",
    "msub",
    "msup",
    "msubsup",
    "munder",
    "mover",
    "munderover",
    "mmultiscripts",
    "mprescripts",
    "none",
    "mtable",
    "mtr",
    "mlabeledtr",
    "mtd",
    "semantics",
    "annotation",
];

/// Attributes allowed on HTML elements (which element takes which is the
/// serializer's business; none of these can run code or load a document).
const HTML_ATTRS: &[&str] = &[
    "title", "lang", "dir", "id", "href", "cite", "datetime", "start", "reversed", "type", "value",
    "colspan", "rowspan", "headers", "scope", "abbr", "span", "open", "src", "srcset", "sizes",
    "alt", "width", "height", "media", "poster", "controls", "preload", "kind", "srclang", "label",
];

/// Attributes allowed on MathML elements: rendering only (no `href`).
const MATHML_ATTRS: &[&str] = &[
    "dir",
    "display",
    "displaystyle",
    "scriptlevel",
    "mathvariant",
    "mathsize",
    "alttext",
    "encoding",
    "fence",
    "form",
    "separator",
    "stretchy",
    "symmetric",
    "largeop",
    "movablelimits",
    "lspace",
    "rspace",
    "minsize",
    "maxsize",
    "accent",
    "accentunder",
    "linethickness",
    "numalign",
    "denomalign",
    "bevelled",
    "notation",
    "width",
    "height",
    "depth",
    "voffset",
    "open",
    "close",
    "separators",
    "columnalign",
    "rowalign",
    "columnspan",
    "rowspan",
    "columnlines",
    "rowlines",
    "frame",
    "framespacing",
    "equalrows",
    "equalcolumns",
];

/// Raster image types a `data:` URL may carry in `img src`.
const DATA_IMAGE_TYPES: &[&str] = &[
    "image/png",
    "image/gif",
    "image/jpeg",
    "image/webp",
    "image/avif",
];

/// Markup that must never appear in the raw output (lowercase).
const BANNED_MARKUP: &[&str] = &[
    "<script",
    "<style",
    "<svg",
    "<iframe",
    "<frame",
    "<object",
    "<embed",
    "<!--",
    "<base",
    "<meta",
    "<form",
    "<template",
    "<noscript",
    "<textarea",
];

/// The id prefix the serializer gives every `id` it writes.
const ID_PREFIX: &str = "lucid-";

/// Checks `content` (an article's safe HTML, extracted from a page at
/// `page`) against the policy; the error names the first violation.
pub fn check(content: &str, page: Option<&Url>) -> Result<(), String> {
    let on_disk = page.is_some_and(|p| p.scheme() == "file");
    let lower = content.to_ascii_lowercase();
    if let Some(m) = BANNED_MARKUP.iter().find(|m| lower.contains(*m)) {
        return Err(format!("raw output contains {m}"));
    }
    let doc = parse_document(content);
    for n in doc.descendants(Document::ROOT) {
        let e = match &doc.node(n).data {
            NodeData::Element(e) => e,
            NodeData::Comment(_) => return Err("comment node".into()),
            _ => continue,
        };
        let local: &str = &e.name.local;
        let ns: &str = &e.name.ns;
        let mathml = ns == MATHML_NS;
        let element_ok = match ns {
            HTML_NS => HTML_ELEMENTS.contains(&local) || STRUCTURAL.contains(&local),
            // A kept HTML element inside <math> re-parses as MathML, inert.
            MATHML_NS => MATHML_ELEMENTS.contains(&local) || HTML_ELEMENTS.contains(&local),
            _ => false,
        };
        if !element_ok {
            return Err(format!("element <{local}> in namespace {ns}"));
        }
        for a in &e.attrs {
            let name: &str = &a.name.local;
            let value: &str = &a.value;
            if !a.name.ns.is_empty() {
                return Err(format!("namespaced attribute {name} on <{local}>"));
            }
            let allowed = if mathml { MATHML_ATTRS } else { HTML_ATTRS };
            if !allowed.contains(&name) {
                return Err(format!("attribute {name}=\"{value}\" on <{local}>"));
            }
            if name == "id" && !value.starts_with(ID_PREFIX) {
                return Err(format!("id=\"{value}\" without the {ID_PREFIX} prefix"));
            }
            let urls: Vec<&str> = match name {
                "href" | "src" | "cite" | "poster" => vec![value],
                "srcset" => srcset_urls(value),
                _ => continue,
            };
            for u in urls {
                if !url_allowed(u, local, name, on_disk) {
                    return Err(format!("{name}=\"{u}\" on <{local}>"));
                }
            }
        }
    }
    Ok(())
}

/// Like [`check`], panicking with the offending output.
pub fn assert_safe(content: &str, page: Option<&Url>, what: &str) {
    if let Err(e) = check(content, page) {
        panic!("{what}: unsafe output: {e}\n--- output:\n{content}");
    }
}

/// The URL of each `srcset` candidate: the text up to the next whitespace,
/// after whitespace and commas (as the HTML standard splits it).
fn srcset_urls(value: &str) -> Vec<&str> {
    let is_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\u{0C}' | '\r');
    let mut out = Vec::new();
    let mut rest = value;
    loop {
        rest = rest.trim_start_matches(|c: char| is_space(c) || c == ',');
        if rest.is_empty() {
            return out;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(rest[..end].trim_end_matches(','));
        // Skip the descriptors, up to the next comma.
        rest = &rest[end..];
        rest = rest.find(',').map_or("", |i| &rest[i..]);
    }
}

/// The scheme a browser reads in a URL attribute: leading and trailing C0
/// controls and spaces removed, tabs and newlines removed anywhere, then an
/// ASCII letter followed by letters, digits, `+`, `-`, `.` up to a `:`.
pub fn scheme(raw: &str) -> Option<String> {
    let cleaned: String = raw
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let end = cleaned.find(':')?;
    let s = &cleaned[..end];
    let mut chars = s.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    (first_ok && rest_ok).then(|| s.to_ascii_lowercase())
}

fn url_allowed(url: &str, element: &str, attr: &str, on_disk: bool) -> bool {
    match scheme(url).as_deref() {
        None | Some("http" | "https") => true,
        Some("file") => on_disk,
        Some("mailto") => element == "a" && attr == "href",
        Some("data") => element == "img" && attr == "src" && is_raster_data_image(url),
        Some(_) => false,
    }
}

fn is_raster_data_image(url: &str) -> bool {
    let Some((header, _)) = url.trim().get(5..).and_then(|r| r.split_once(',')) else {
        return false;
    };
    let mime = header.split(';').next().unwrap_or("").trim();
    DATA_IMAGE_TYPES
        .iter()
        .any(|t| t.eq_ignore_ascii_case(mime))
}

/// The properties every [`Article`](lucid_reader::Article) must have,
/// whatever the input: safe content ([`check`]), and fields that agree with
/// each other (no content without `readerable`, a word count that matches
/// the text). `page` is the URL it was extracted against.
pub fn check_article(article: &lucid_reader::Article, page: Option<&Url>) -> Result<(), String> {
    check(&article.content, page)?;
    if let Some(image) = &article.lead_image {
        // Shown as an `<img src>` by the view: the same rule as one.
        if !url_allowed(
            image,
            "img",
            "src",
            page.is_some_and(|p| p.scheme() == "file"),
        ) {
            return Err(format!("lead image {image}"));
        }
    }
    if article.readerable {
        if article.text_content.trim().is_empty() {
            return Err("readerable with blank text".into());
        }
        if article.content.is_empty() {
            return Err("readerable with empty content".into());
        }
    } else if !article.content.is_empty() || !article.text_content.is_empty() {
        return Err("content without readerable".into());
    }
    // Each whitespace-separated run is a word at least, and no character
    // more than one (a Han character or a kana is one of its own).
    let words = article.text_content.split_whitespace().count();
    let characters = article
        .text_content
        .chars()
        .filter(|c| !c.is_whitespace())
        .count();
    if !(words..=characters).contains(&article.word_count) {
        return Err(format!(
            "word count {} for {words} whitespace-separated words of {characters} characters",
            article.word_count
        ));
    }
    if (article.reading_time_minutes == 0) != (words == 0) {
        return Err(format!(
            "reading time {} min for {words} words",
            article.reading_time_minutes
        ));
    }
    Ok(())
}

/// Like [`check_article`], panicking with what was being checked.
pub fn assert_article_ok(article: &lucid_reader::Article, page: Option<&Url>, what: &str) {
    if let Err(e) = check_article(article, page) {
        panic!("{what}: {e}\n--- content:\n{}", article.content);
    }
}
