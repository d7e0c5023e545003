//! The quick check: is this page probably an article?

/// Like Readability's `isProbablyReaderable`: cheap, run before extraction.
pub fn is_probably_readerable(html: &str) -> bool {
    let _ = html;
    false
}
