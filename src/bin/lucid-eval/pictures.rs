//! The pictures the view shows, which word F1 cannot see: a step that takes
//! a figure's photo and leaves its caption scores the same as one that
//! keeps both. Counted on every page, so the scores file shows a change in
//! the count; on Readability pages, compared with expected.html's.
//!
//! A picture is known by the URLs it may show: its `src`, its `srcset`'s
//! candidates and its `<picture>`'s sources'. Two pictures are the same
//! when they share one, so a view that gives a lazy image its `src` from
//! its `srcset` still shows expected.html's picture.

use std::collections::HashSet;

use html5ever::local_name;
use lucid_reader::dom::{Document, NodeId};
use lucid_reader::parse::parse_document;
use lucid_reader::urls::srcset_candidates;

use crate::view::{is_data_pixel, is_placeholder_picture};

/// What a page's view shows of pictures.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Pictures {
    /// Pictures the view shows.
    pub shown: usize,
    /// Readability: pictures expected.html shows.
    pub expected: usize,
    /// Readability: of those, how many the view shows too.
    pub kept: usize,
    /// Readability: pictures the view shows that expected.html does not.
    pub extra: usize,
}

/// The pictures of the view, counted alone (a WCXB page: its reference
/// is text). `view` is its content parsed back ([`parse_document`]).
pub fn counted(view: &Document) -> Pictures {
    Pictures {
        shown: urls_of_pictures(view).len(),
        ..Pictures::default()
    }
}

/// The pictures of the view against those of `expected`'s HTML.
pub fn compared(view: &Document, expected: &str) -> Pictures {
    let ours = urls_of_pictures(view);
    let theirs = urls_of_pictures(&parse_document(expected));
    let among = |picture: &HashSet<String>, others: &[HashSet<String>]| {
        others.iter().any(|other| !picture.is_disjoint(other))
    };
    Pictures {
        shown: ours.len(),
        expected: theirs.len(),
        kept: theirs.iter().filter(|p| among(p, &ours)).count(),
        extra: ours.iter().filter(|p| !among(p, &theirs)).count(),
    }
}

/// Each `<img>` that shows a picture, as the URLs it may show. One that
/// can show only a placeholder, or names no URL, shows nothing.
fn urls_of_pictures(doc: &Document) -> Vec<HashSet<String>> {
    let Some(body) = doc.body() else {
        return Vec::new();
    };
    doc.elements_by_tag(body, &local_name!("img"))
        .filter(|&img| !is_placeholder_picture(doc, img))
        .map(|img| urls_of(doc, img))
        .filter(|urls| !urls.is_empty())
        .collect()
}

fn urls_of(doc: &Document, img: NodeId) -> HashSet<String> {
    let mut urls = HashSet::new();
    let mut add = |url: &str| {
        let url = url.trim();
        if !url.is_empty() && !is_data_pixel(url) {
            urls.insert(url.to_string());
        }
    };
    if let Some(src) = doc.attr(img, &local_name!("src")) {
        add(src);
    }
    let sources = doc
        .parent(img)
        .filter(|&p| doc.is(p, &local_name!("picture")))
        .map_or_else(Vec::new, |p| {
            doc.element_children(p)
                .filter(|&n| doc.is(n, &local_name!("source")))
                .collect()
        });
    for n in std::iter::once(img).chain(sources) {
        for (url, _) in doc
            .attr(n, &local_name!("srcset"))
            .map(srcset_candidates)
            .into_iter()
            .flatten()
        {
            add(url);
        }
    }
    urls
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictures_are_known_by_any_url_they_may_show() {
        let expected = "<div><img src='https://example.com/a.jpg'>\
             <img srcset='https://cdn.example/c_fill,w_80/b.jpg 80w, https://cdn.example/c_fit,w_800/b.jpg 800w'>\
             <picture><source srcset='https://example.com/c.webp'><img src='data:image/gif;base64,R0lGOD'></picture>\
             <img src='https://example.com/d.jpg'><img src='https://example.com/beacon.gif' width=1 height=1></div>";
        let ours = "<div><img src='https://example.com/a.jpg'>\
             <img src='https://cdn.example/c_fit,w_800/b.jpg'>\
             <picture><source srcset='https://example.com/c.webp 1x'><img></picture>\
             <img src='https://example.com/logo.png'><img alt='nothing to show'></div>";
        // d.jpg is missed, the logo is more; the beacon and the picture
        // with no URL show nothing, on either side.
        assert_eq!(
            compared(&parse_document(ours), expected),
            Pictures {
                shown: 4,
                expected: 4,
                kept: 3,
                extra: 1
            }
        );
        assert_eq!(counted(&parse_document(ours)).shown, 4);
        assert_eq!(
            counted(&parse_document("<p>Words alone.</p>")),
            Pictures::default()
        );
    }
}
