//! The URL parser links, images and the page's address are resolved with:
//! the WHATWG URL standard's, from whoever has one already.
//!
//! Natively it is the `url` crate's [`Url`]. In the wasm build it is the
//! JavaScript platform's own `URL` (the browser's, or Node's in the tests),
//! behind a type with the very methods of the crate's the engine calls, so
//! the engine's code is one for both. The reasons:
//!
//! - Size: the crate was 60 KB of the optimized wasm (613,159 bytes with
//!   it, 552,642 without), which the performance goal holds under 600 KB,
//!   while every place the wasm runs has a URL parser built in.
//! - Host names: the crate reads hosts in any script through Unicode
//!   tables that were another 115 KB of the wasm, and the platform reads
//!   them too: `https://bücher.example/` resolves to its punycode in both
//!   builds.
//!
//! Both follow the same standard; `tests/browser/wasm.test.mjs` compares
//! the two builds' output on links of every kind.

#[cfg(not(target_arch = "wasm32"))]
pub use url::Url;

#[cfg(target_arch = "wasm32")]
pub use platform::{ParseError, Url};

/// The candidates of a `srcset` (`a.jpg 1x, b.jpg 2x`), each its URL and
/// its descriptors (`2x`, `640w`, or nothing), parsed as the HTML standard
/// does: a URL runs to the next whitespace, so the commas inside one stay
/// (image CDNs write `c_fill,w_800/photo.jpg`), and descriptors run to the
/// next comma outside parentheses. Splitting at every comma, as a quick
/// reading would, cuts such a URL in pieces that each name no picture.
pub fn srcset_candidates(srcset: &str) -> SrcsetCandidates<'_> {
    SrcsetCandidates { rest: srcset }
}

/// The iterator of [`srcset_candidates`].
pub struct SrcsetCandidates<'a> {
    rest: &'a str,
}

impl<'a> Iterator for SrcsetCandidates<'a> {
    /// (URL, descriptors): the descriptors as written, maybe empty.
    type Item = (&'a str, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let is_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\u{0C}' | '\r');
        let rest = self
            .rest
            .trim_start_matches(|c: char| is_space(c) || c == ',');
        if rest.is_empty() {
            self.rest = rest;
            return None;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        let (url, after) = rest.split_at(end);
        if let Some(url) = url.strip_suffix(',') {
            // A comma ending the URL ends the candidate: no descriptors.
            self.rest = after;
            return Some((url.trim_end_matches(','), ""));
        }
        let mut depth = 0usize;
        let mut stop = after.len();
        for (i, c) in after.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                ',' if depth == 0 => {
                    stop = i;
                    break;
                }
                _ => {}
            }
        }
        let (descriptors, after) = after.split_at(stop);
        self.rest = after;
        Some((url, descriptors.trim()))
    }
}

#[cfg(target_arch = "wasm32")]
mod platform {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        /// The platform's `URL` class.
        #[wasm_bindgen(js_name = URL)]
        type PlatformUrl;

        /// `new URL(input, base)`: throws a `TypeError` when `input` is not
        /// a URL (alone, or resolved against `base`).
        #[wasm_bindgen(catch, constructor, js_class = "URL")]
        fn new(input: &str, base: Option<&str>) -> Result<PlatformUrl, JsValue>;

        /// The URL serialized, as the standard does.
        #[wasm_bindgen(method, getter, js_class = "URL")]
        fn href(this: &PlatformUrl) -> String;
    }

    /// A parsed absolute URL, held as the platform serialized it (`href`):
    /// normalized, so its scheme and host are read off the string.
    #[derive(Clone, PartialEq, Eq, Debug)]
    pub struct Url {
        href: String,
    }

    /// The input was not a URL; the platform's message is not kept, as the
    /// engine only asks whether it parsed.
    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    pub struct ParseError;

    impl Url {
        /// Parses an absolute URL.
        pub fn parse(input: &str) -> Result<Url, ParseError> {
            resolve(input, None)
        }

        /// Resolves `input`, absolute or relative, against this URL.
        pub fn join(&self, input: &str) -> Result<Url, ParseError> {
            resolve(input, Some(&self.href))
        }

        /// The scheme, lowercase, without its `:`.
        pub fn scheme(&self) -> &str {
            self.href.split(':').next().unwrap_or("")
        }

        /// The host (a name, an IPv4 address, or an IPv6 one in brackets),
        /// `None` when there is none or it is empty (`file:///a`).
        pub fn host_str(&self) -> Option<&str> {
            let after_scheme = self.href.get(self.scheme().len() + 1..)?;
            let authority = after_scheme.strip_prefix("//")?;
            let authority = authority.split(['/', '?', '#']).next()?;
            let host_and_port = authority.rsplit('@').next()?;
            let host = match host_and_port.find(']') {
                Some(end) if host_and_port.starts_with('[') => &host_and_port[..=end],
                _ => host_and_port.split(':').next()?,
            };
            (!host.is_empty()).then_some(host)
        }

        pub fn as_str(&self) -> &str {
            &self.href
        }
    }

    fn resolve(input: &str, base: Option<&str>) -> Result<Url, ParseError> {
        let url = PlatformUrl::new(input, base).map_err(|_| ParseError)?;
        Ok(Url { href: url.href() })
    }

    impl From<Url> for String {
        fn from(url: Url) -> String {
            url.href
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn srcset_candidates_keep_commas_inside_urls() {
        let set = " https://img.example/c_fill,w_80/a.jpg 80w,\
                   https://img.example/c_fit,w_800/a.jpg 800w , b.jpg,c.jpg 2x,\
                   d.jpg (max-width: 1px, odd) 3x,,";
        let candidates: Vec<(&str, &str)> = srcset_candidates(set).collect();
        assert_eq!(
            candidates,
            [
                ("https://img.example/c_fill,w_80/a.jpg", "80w"),
                ("https://img.example/c_fit,w_800/a.jpg", "800w"),
                ("b.jpg,c.jpg", "2x"),
                ("d.jpg", "(max-width: 1px, odd) 3x"),
            ]
        );
        assert_eq!(srcset_candidates(" , ").count(), 0);
        assert_eq!(
            srcset_candidates("a.jpg, b.jpg").collect::<Vec<_>>(),
            [("a.jpg", ""), ("b.jpg", "")]
        );
    }
}
