//! Fuzzes the whole pipeline: any bytes, read as UTF-8 (invalid sequences
//! replaced, as the wasm boundary does), through `extract` and the quick
//! `is_probably_readerable` check. Besides panics, hangs and memory blow-ups,
//! it fails on any output that breaks the safe-output policy of
//! `tests/support/safe_output.rs` (the very checker the test suites use), so
//! the fuzzer hunts for sanitizer holes too.

#![no_main]

use libfuzzer_sys::fuzz_target;
use lucid_reader::{extract, is_probably_readerable};
use url::Url;

#[path = "../../tests/support/safe_output.rs"]
mod safe_output;

/// The page URLs an input is extracted against, picked by its last byte so
/// that the HTML (from the first byte on) stays intact for seeds and
/// mutations: none (URLs stay relative), a web page, a page opened from disk
/// (relative files stay `file:`), and an IPv6 host with query and fragment.
const PAGE_URLS: &[Option<&str>] = &[
    None,
    Some("https://news.example.com/world/2024/story.html"),
    Some("file:///home/reader/saved/page.html"),
    Some("http://[::1]:8080/a/b/?q=1#top"),
];

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let pick = data.last().map_or(0, |&b| usize::from(b) % PAGE_URLS.len());
    let url = PAGE_URLS[pick].and_then(|u| Url::parse(u).ok());
    let article = extract(&html, url.as_ref());
    if let Err(e) = safe_output::check_article(&article, url.as_ref()) {
        panic!("{e}\n--- content:\n{}", article.content);
    }
    let _ = is_probably_readerable(&html);
});
