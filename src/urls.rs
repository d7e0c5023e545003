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
