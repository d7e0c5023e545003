//! Images that the saved page hides where the live page shows them. Before
//! scoring, placeholders with no source at all go, and the real image a
//! lazy-loading page keeps in `<noscript>` takes its placeholder's place;
//! in the gathered article, the real URL kept in another attribute
//! (`data-src`, `data-original`...) moves to `src` or `srcset`; in the
//! last cleaning, a placeholder whose real picture is nowhere in the page
//! goes, and then a figure left with only its caption.

use html5ever::{local_name, LocalName};

use super::collect_tag;
use crate::dom::{Document, NodeId};
use crate::measure;
use crate::urls::srcset_candidates;

/// Attribute values that look like image URLs (`photo.jpg`, `x.webp?w=1`).
const IMAGE_EXTENSIONS: &[&str] = &[".jpg", ".jpeg", ".png", ".webp"];
/// A base64 data URI shorter than this is a placeholder pixel, not a photo.
const PLACEHOLDER_DATA_URI_BYTES: usize = 133;
/// The attributes lazy-loading scripts (lazysizes, lozad, WP Rocket,
/// jQuery's lazyload) read an `<img>`'s real URL from. On an image their
/// value is its picture whatever it looks like: an image service's URL
/// often has no extension (`images/1227261885862?format=jpg`), which is
/// all that tells a picture's URL in an attribute of any other name.
const LAZY_SRC_ATTRIBUTES: &[&str] = &["data-src", "data-lazy-src", "data-original", "data-lazy"];
/// The same for a `srcset`.
const LAZY_SRCSET_ATTRIBUTES: &[&str] = &["data-srcset", "data-lazy-srcset"];

fn looks_like_image_url(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    IMAGE_EXTENSIONS.iter().any(|e| lower.contains(e))
}

/// Images with no source and no attribute that could hold one are
/// lazy-loading placeholders that will never show anything. Not so an
/// image whose `<picture>` gives it one ([`sourced_by_its_picture`]).
pub(super) fn remove_placeholder_images(doc: &mut Document) {
    let names_a_picture = |doc: &Document, n: NodeId| {
        doc.element(n).is_some_and(|e| {
            e.attrs.iter().any(|a| {
                matches!(
                    &*a.name.local,
                    "src" | "srcset" | "data-src" | "data-srcset"
                ) || looks_like_image_url(&a.value)
            })
        })
    };
    for img in collect_tag(doc, Document::ROOT, &local_name!("img")) {
        if !names_a_picture(doc, img)
            && !sourced_by_its_picture(doc, img, &|source| names_a_picture(doc, source))
        {
            doc.remove(img);
        }
    }
}

/// Whether a `<source>` of the `<picture>` that holds `img` gives a
/// picture (`gives`): the browser shows it in the image's place, whatever
/// the image's own `src` (Medium writes none).
fn sourced_by_its_picture(doc: &Document, img: NodeId, gives: &dyn Fn(NodeId) -> bool) -> bool {
    doc.parent(img).is_some_and(|p| {
        doc.is(p, &local_name!("picture"))
            && doc
                .element_children(p)
                .any(|n| doc.is(n, &local_name!("source")) && gives(n))
    })
}

/// Does this element hold exactly one image and nothing else?
fn is_single_image(doc: &Document, mut id: NodeId) -> bool {
    loop {
        if doc.is(id, &local_name!("img")) {
            return true;
        }
        let mut children = doc.element_children(id);
        let (Some(only), None) = (children.next(), children.next()) else {
            return false;
        };
        if measure::has_text(doc, id) {
            return false;
        }
        id = only;
    }
}

/// Lazy-loading pages put the real image in `<noscript>` next to a
/// placeholder; the placeholder is replaced by the real image, keeping any
/// image URLs the placeholder carried.
pub(super) fn unwrap_noscript_images(doc: &mut Document) {
    for noscript in collect_tag(doc, Document::ROOT, &local_name!("noscript")) {
        if !is_single_image(doc, noscript) {
            continue;
        }
        let Some(prev) = doc.prev_element_sibling(noscript) else {
            continue;
        };
        if !is_single_image(doc, prev) {
            continue;
        }
        let prev_img = if doc.is(prev, &local_name!("img")) {
            Some(prev)
        } else {
            doc.elements_by_tag(prev, &local_name!("img")).next()
        };
        let new_img = doc.elements_by_tag(noscript, &local_name!("img")).next();
        let (Some(prev_img), Some(new_img)) = (prev_img, new_img) else {
            continue;
        };
        let old_attrs = doc.attributes(prev_img);
        for (name, value) in old_attrs {
            if value.is_empty() {
                continue;
            }
            if name == "src" || name == "srcset" || looks_like_image_url(&value) {
                let atom = LocalName::from(name.as_str());
                if doc.attr(new_img, &atom) == Some(value.as_str()) {
                    continue;
                }
                let target = if doc.has_attr(new_img, &atom) {
                    format!("data-old-{name}")
                } else {
                    name
                };
                doc.set_attr(new_img, &target, &value);
            }
        }
        let replacement = doc.element_children(noscript).next().unwrap_or(new_img);
        doc.replace(prev, replacement);
    }
}

/// Lazy-loaded images keep their real URL in some other attribute
/// (`data-src`, `data-original`, `data-lazy-srcset`...): move it to
/// `src`/`srcset` so the reader view shows the image.
pub(super) fn fix_lazy_images(doc: &mut Document, article: NodeId) {
    let image_tags = [
        local_name!("img"),
        local_name!("picture"),
        local_name!("figure"),
    ];
    let images: Vec<NodeId> = doc.descendants_where(article, &|n| doc.is_any(n, &image_tags));
    for elem in images {
        let attrs = doc.attributes(elem);
        if let Some(src) = doc.attr(elem, &local_name!("src")) {
            if is_placeholder_data_uri(src)
                && attrs
                    .iter()
                    .any(|(n, v)| n != "src" && looks_like_image_url(v))
            {
                doc.remove_attr(elem, "src");
            }
        }
        let has_src = doc
            .attr(elem, &local_name!("src"))
            .is_some_and(|s| !s.is_empty());
        let has_srcset = doc
            .attr(elem, &local_name!("srcset"))
            .is_some_and(|s| !s.is_empty() && s != "null");
        let lazy_class = doc
            .attr(elem, &local_name!("class"))
            .is_some_and(|c| c.to_ascii_lowercase().contains("lazy"));
        if (has_src || has_srcset) && !lazy_class {
            continue;
        }
        let is_img = doc.is(elem, &local_name!("img"));
        for (name, value) in attrs {
            if matches!(name.as_str(), "src" | "srcset" | "alt") {
                continue;
            }
            let named = |names: &[&str]| is_img && names.contains(&name.as_str());
            let copy_to = if is_srcset_like(&value)
                || (named(LAZY_SRCSET_ATTRIBUTES) && srcset_candidates(&value).next().is_some())
            {
                "srcset"
            } else if is_single_image_url(&value)
                || (named(LAZY_SRC_ATTRIBUTES) && is_single_url(&value))
            {
                "src"
            } else {
                continue;
            };
            if doc.is(elem, &local_name!("img")) || doc.is(elem, &local_name!("picture")) {
                doc.set_attr(elem, copy_to, &value);
            } else if doc.is(elem, &local_name!("figure"))
                && !doc
                    .descendants(elem)
                    .any(|n| doc.is(n, &local_name!("img")) || doc.is(n, &local_name!("picture")))
            {
                let img = doc.create_element(local_name!("img"));
                doc.set_attr(img, copy_to, &value);
                doc.append(elem, img);
            }
        }
        replace_placeholder_src(doc, elem);
    }
}

/// A lazy image whose real URLs came only as a `srcset` still shows its
/// placeholder `src` to anything reading `src` alone: use the last (largest,
/// by convention) `srcset` candidate instead.
fn replace_placeholder_src(doc: &mut Document, img: NodeId) {
    if !doc.is(img, &local_name!("img")) {
        return;
    }
    let placeholder = doc
        .attr(img, &local_name!("src"))
        .is_none_or(|s| !looks_like_image_url(s) || s.trim_start().starts_with("data:"));
    if !placeholder {
        return;
    }
    // With its descriptor ("800w") a candidate is a picture's URL, however
    // it reads; without, only if it reads as one (not "null").
    let last_candidate = doc
        .attr(img, &local_name!("srcset"))
        .and_then(|set| srcset_candidates(set).last())
        .filter(|&(url, descriptors)| !descriptors.is_empty() || looks_like_image_url(url))
        .map(|(url, _)| url.to_string());
    if let Some(url) = last_candidate {
        doc.set_attr(img, "src", &url);
    }
}

/// Images that can show nothing but a placeholder pixel, the real
/// picture's URL nowhere in the page (the page's script holds it): in the
/// view each is a blank box as large as its `width` and `height` say. And
/// images the page sizes to a pixel ([`is_a_pixel_in_size`]).
/// Until this last cleaning they count as the pictures they stand for: an
/// icon beside its caption is a feature list's, not a bare line.
pub(super) fn placeholder_pictures(doc: &Document, root: NodeId) -> Vec<NodeId> {
    doc.descendants_where(root, &|n| {
        shows_only_a_placeholder(doc, n) || is_a_pixel_in_size(doc, n)
    })
}

/// An `<img>` its page sizes to a pixel, wide or high: a tracker's beacon
/// (`facebook.com/tr?...`, 1 by 1: loading it tells the tracker the page
/// was read, and the view would load it again) or a spacer GIF that
/// indented a 2000s layout (14 by 1). Nothing to see either way. (A size
/// of 0 is a stylesheet's to set: see `serialize`.)
fn is_a_pixel_in_size(doc: &Document, img: NodeId) -> bool {
    let a_pixel = |attr: &LocalName| {
        doc.attr(img, attr)
            .and_then(measure::declared_pixels)
            .is_some_and(|px| px == 1)
    };
    doc.is(img, &local_name!("img"))
        && (a_pixel(&local_name!("width")) || a_pixel(&local_name!("height")))
}

/// An `<img>` whose `src` is a placeholder pixel and that gives no other
/// picture to show instead, in its own `srcset` or its `<picture>`'s
/// `<source>`s.
fn shows_only_a_placeholder(doc: &Document, img: NodeId) -> bool {
    let gives_a_picture = |n: NodeId| {
        doc.attr(n, &local_name!("srcset"))
            .is_some_and(|s| !s.trim().is_empty() && s != "null" && !is_placeholder_data_uri(s))
    };
    doc.is(img, &local_name!("img"))
        && doc
            .attr(img, &local_name!("src"))
            .is_some_and(is_placeholder_data_uri)
        && !gives_a_picture(img)
        && !sourced_by_its_picture(doc, img, &gives_a_picture)
}

/// A tiny base64 image: a transparent pixel standing in for the real one.
fn is_placeholder_data_uri(src: &str) -> bool {
    let lower = src.trim_start().to_ascii_lowercase();
    if !lower.starts_with("data:image/") || lower.starts_with("data:image/svg+xml") {
        return false;
    }
    match lower.find("base64,") {
        Some(i) => src.len().saturating_sub(i + "base64,".len()) < PLACEHOLDER_DATA_URI_BYTES,
        None => false,
    }
}

/// `a.jpg 1x, b.jpg 2x`: an image URL followed by a size descriptor.
fn is_srcset_like(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    IMAGE_EXTENSIONS.iter().any(|ext| {
        lower.match_indices(ext).any(|(i, _)| {
            let rest = &lower[i + ext.len()..];
            let trimmed = rest.trim_start();
            trimmed.len() < rest.len() && trimmed.starts_with(|c: char| c.is_ascii_digit())
        })
    })
}

/// One token that is an image URL, with nothing else around it.
fn is_single_image_url(value: &str) -> bool {
    is_single_url(value) && looks_like_image_url(value)
}

/// One token, nothing else around it, that is not a placeholder pixel.
fn is_single_url(value: &str) -> bool {
    let t = value.trim();
    !t.is_empty() && !t.contains(char::is_whitespace) && !is_placeholder_data_uri(t)
}

/// Figures left with only their caption: their picture was a placeholder,
/// their player an embed the view does not show, their video a script's
/// work the saved page lacks ("Media caption Mr Obama told the BBC..."
/// under no video). A caption of nothing describes nothing the reader
/// sees. Asked after the placeholders and players' fallbacks are gone.
pub(super) fn captions_of_nothing(doc: &Document, root: NodeId) -> Vec<NodeId> {
    let mut found = Vec::new();
    for figure in collect_tag(doc, root, &local_name!("figure")) {
        let (mut captioned, mut shows) = (false, false);
        for part in doc.children(figure) {
            if doc.is(part, &local_name!("figcaption")) {
                captioned = true;
            } else {
                shows = shows || shows_beside_a_caption(doc, part);
            }
        }
        if captioned && !shows {
            found.push(figure);
        }
    }
    found
}

/// Whether `node` shows something a caption could be about: text, a
/// picture with a source, its own or its `<picture>`'s (the view drops
/// one without), a player, a table, code, a formula.
fn shows_beside_a_caption(doc: &Document, node: NodeId) -> bool {
    const SHOWN: [LocalName; 5] = [
        local_name!("video"),
        local_name!("audio"),
        local_name!("table"),
        local_name!("pre"),
        local_name!("math"),
    ];
    let has_source = |n: NodeId| {
        [local_name!("src"), local_name!("srcset")]
            .iter()
            .any(|a| doc.attr(n, a).is_some_and(|v| !v.trim().is_empty()))
    };
    let shows = |n: NodeId| {
        if doc.is(n, &local_name!("img")) {
            has_source(n) || sourced_by_its_picture(doc, n, &has_source)
        } else {
            doc.is_any(n, &SHOWN)
        }
    };
    measure::has_text(doc, node) || shows(node) || doc.descendants(node).any(shows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::prepare_page;
    use crate::parse::parse_document;

    #[test]
    fn noscript_image_replaces_placeholder() {
        let mut doc = parse_document(
            "<p><img src='data:image/gif;base64,R0lGOD' data-src='real.jpg'>\
             <noscript><img src='real.jpg' alt='A'></noscript></p>",
        );
        prepare_page(&mut doc, &crate::metadata::Metadata::default());
        let body = doc.body().unwrap();
        let imgs: Vec<NodeId> = doc.elements_by_tag(body, &local_name!("img")).collect();
        assert_eq!(imgs.len(), 1);
        assert_eq!(doc.attr(imgs[0], &local_name!("src")), Some("real.jpg"));
        assert_eq!(doc.attr(imgs[0], &local_name!("alt")), Some("A"));
    }

    #[test]
    fn only_an_image_with_no_picture_but_its_placeholder_goes() {
        let pixel =
            "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";
        let doc = parse_document(&format!(
            "<img id=blank src='{pixel}' width=750 height=450>\
             <img id=blank-set src='{pixel}' srcset='{pixel}'>\
             <img id=set src='{pixel}' srcset='https://cdn.example/photo?w=800 800w'>\
             <picture><source srcset='photo.webp'><img id=sourced src='{pixel}'></picture>\
             <picture><source srcset='{pixel}'><img id=blank-sources src='{pixel}'></picture>\
             <img id=photo src='photo.jpg'>\
             <img id=drawing src='data:image/svg+xml;base64,PHN2ZyB3aWR0aD0iMSIvPg=='>"
        ));
        let gone: Vec<&str> = placeholder_pictures(&doc, doc.body().unwrap())
            .into_iter()
            .filter_map(|n| doc.attr(n, &local_name!("id")))
            .collect();
        assert_eq!(gone, ["blank", "blank-set", "blank-sources"]);
    }

    #[test]
    fn a_beacon_or_a_spacer_a_pixel_in_size_goes_and_a_picture_sized_by_css_stays() {
        let doc = parse_document(
            "<img id=beacon src='https://www.facebook.com/tr?id=1&amp;ev=PageView' height=1 width=1>\
             <img id=spacer src=s.gif height=1 width=14><img id=thin src=rule.png width=1px>\
             <img id=fill srcset='/_next/image?url=banner.jpg&amp;w=1920 1920w' width=0 height=0>\
             <img id=photo src=photo.jpg width=570 height=0><img id=auto src=a.jpg width=auto>",
        );
        let gone: Vec<&str> = placeholder_pictures(&doc, doc.body().unwrap())
            .into_iter()
            .filter_map(|n| doc.attr(n, &local_name!("id")))
            .collect();
        assert_eq!(gone, ["beacon", "spacer", "thin"]);
    }

    #[test]
    fn a_figure_with_only_its_caption_goes() {
        let doc = parse_document(
            "<figure id=player><div class=media-placeholder></div>\
             <figcaption>Media caption Mr Obama told the BBC</figcaption></figure>\
             <figure id=embed><iframe src='https://video.example/1'></iframe>\
             <figcaption>A video</figcaption></figure>\
             <figure id=unsourced><img src=' '><figcaption>Lost</figcaption></figure>\
             <figure id=photo><img src='photo.jpg'><figcaption>Kept</figcaption></figure>\
             <figure id=set><picture><img srcset='a.jpg 2x'></picture><figcaption>K</figcaption></figure>\
             <figure id=quote><blockquote>Words.</blockquote><figcaption>Ann</figcaption></figure>\
             <figure id=chart><table><tr><td>1</td></tr></table><figcaption>T</figcaption></figure>\
             <figure id=code><pre>x</pre><figcaption>Listing 1</figcaption></figure>\
             <figure id=uncaptioned><div></div></figure>",
        );
        let gone: Vec<&str> = captions_of_nothing(&doc, doc.body().unwrap())
            .into_iter()
            .filter_map(|n| doc.attr(n, &local_name!("id")))
            .collect();
        assert_eq!(gone, ["player", "embed", "unsourced"]);
    }

    #[test]
    fn lazy_image_url_moves_to_src() {
        let mut doc = parse_document(
            "<div><img class=lazy data-original='photo.jpg'>\
             <img data-lazy-srcset='a.jpg 1x, b.png 2x'>\
             <img data-src='https://img.example/images/1227?format=jpg&amp;size=medium'>\
             <img data-srcset='https://img.example/c_fill,w_80/x 80w, \
                               https://img.example/c_fit,w_800/x 800w'>\
             <figure data-src='https://player.example/embed?v=1'></figure>\
             <img data-caption='A boat.' data-id='1227'></div>",
        );
        let body = doc.body().unwrap();
        fix_lazy_images(&mut doc, body);
        let imgs: Vec<NodeId> = doc.elements_by_tag(body, &local_name!("img")).collect();
        let src = |i: usize| doc.attr(imgs[i], &local_name!("src"));
        assert_eq!(src(0), Some("photo.jpg"));
        assert_eq!(
            doc.attr(imgs[1], &local_name!("srcset")),
            Some("a.jpg 1x, b.png 2x")
        );
        // Anything reading `src` alone gets the largest candidate, whole.
        assert_eq!(src(1), Some("b.png"));
        // A lazy loader's attribute names the picture without an extension.
        assert_eq!(
            src(2),
            Some("https://img.example/images/1227?format=jpg&size=medium")
        );
        assert_eq!(src(3), Some("https://img.example/c_fit,w_800/x"));
        // A figure's `data-src` may be a player's; other attributes are
        // not a lazy loader's, and name no picture.
        assert_eq!(imgs.len(), 5);
        assert_eq!(src(4), None);
    }
}
