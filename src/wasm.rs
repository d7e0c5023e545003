//! The boundary the extension and the playground call, compiled only for
//! wasm32. It knows nothing of browsers: bytes in, the [`Article`] out, the
//! same fields as the CLI's JSON. Everything browser-specific (serializing
//! the live DOM, showing the view) lives in JavaScript on the other side.
//!
//! Only what the extension and the playground call is exported: the quick
//! [`crate::is_probably_readerable`] check is the CLI's and the library's
//! (the article's `readerable` field answers the view), and exported it was
//! 5.5 KB of a wasm the performance goal holds under 600 KB.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::article::extract_from as extract_from_document;
use crate::dom::Document;
use crate::parse::parse_document;
use crate::urls::Url;
use crate::Article;

/// Extracts the article from `html`, the page's markup as UTF-8 bytes (one
/// `Uint8Array`: a single copy into wasm memory, no string conversions).
/// `url` is the page's address; an unparsable one is ignored rather than
/// rejected, as the engine works without it.
///
/// Returns a plain object with the [`Article`]'s camelCase fields, absent
/// values as `null` (as in the CLI's JSON).
#[wasm_bindgen]
pub fn extract(html: &[u8], url: Option<String>) -> Result<JsValue, JsError> {
    extract_from(parse(html), url)
}

/// A page parsed by [`parse`], held in wasm memory until [`extract_from`]
/// takes it (or JavaScript calls its `free()`).
#[wasm_bindgen]
pub struct Page(Document);

/// The first half of [`extract`]: parses `html` (UTF-8 bytes, as there).
/// `parse` then `extractFrom` give exactly what `extract` gives; the
/// extension calls them apart to time each.
#[wasm_bindgen]
pub fn parse(html: &[u8]) -> Page {
    Page(parse_document(&String::from_utf8_lossy(html)))
}

/// The second half of [`extract`]: the article of a page from [`parse`],
/// which it consumes.
#[wasm_bindgen(js_name = extractFrom)]
pub fn extract_from(page: Page, url: Option<String>) -> Result<JsValue, JsError> {
    let url = url.as_deref().and_then(|u| Url::parse(u).ok());
    to_js(&extract_from_document(page.0, url.as_ref()))
}

fn to_js(article: &Article) -> Result<JsValue, JsError> {
    // json_compatible: `None` becomes `null`, not `undefined`, and maps become
    // plain objects, so the object equals the CLI's JSON field for field.
    article
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}
