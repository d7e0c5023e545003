//! Fuzzes what happens to raw input before the engine sees it, on both
//! sides:
//!
//! - the wasm boundary (`src/wasm.rs`, compiled for wasm32 only, so mirrored
//!   here step for step): the page as bytes, read with
//!   `String::from_utf8_lossy`, and the page URL as a string, parsed with
//!   `Url::parse` and ignored when invalid;
//! - the native tools' decoding (`lucid_reader::encoding::decode_html`: BOM,
//!   UTF-8, `<meta charset>` prescan, windows-1252), which the CLI applies
//!   to every file.
//!
//! Input layout: the first byte is the URL's length `n`, the next `n` bytes
//! the URL, the rest the page.

#![no_main]

use libfuzzer_sys::fuzz_target;
use lucid_reader::encoding::decode_html;
use lucid_reader::{extract, is_probably_readerable};
use url::Url;

#[path = "../../tests/support/safe_output.rs"]
mod safe_output;

fuzz_target!(|data: &[u8]| {
    let (url_bytes, page) = match data.split_first() {
        Some((&n, rest)) => rest.split_at(usize::from(n).min(rest.len())),
        None => (&[][..], &[][..]),
    };

    // The wasm boundary: `extract(html: &[u8], url: Option<String>)`.
    let url = String::from_utf8_lossy(url_bytes);
    let url = Url::parse(&url).ok();
    let lossy = String::from_utf8_lossy(page);
    let article = extract(&lossy, url.as_ref());
    if let Err(e) = safe_output::check_article(&article, url.as_ref()) {
        panic!("wasm path: {e}\n--- content:\n{}", article.content);
    }
    let _ = is_probably_readerable(&lossy);

    // The CLI: bytes decoded as a browser would.
    let decoded = decode_html(page);
    if let Ok(text) = std::str::from_utf8(page) {
        // Valid non-ASCII UTF-8 without a BOM is always read as UTF-8.
        let bom = page.starts_with(&[0xEF, 0xBB, 0xBF])
            || page.starts_with(&[0xFE, 0xFF])
            || page.starts_with(&[0xFF, 0xFE]);
        assert!(
            bom || text.is_ascii() || decoded == text,
            "valid UTF-8 decoded differently"
        );
    }
    if decoded != lossy {
        let article = extract(&decoded, url.as_ref());
        if let Err(e) = safe_output::check_article(&article, url.as_ref()) {
            panic!("CLI path: {e}\n--- content:\n{}", article.content);
        }
    }
});
