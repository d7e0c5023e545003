//! Decoding a page's bytes into text the way browsers do, for the native
//! tools (the CLI and the evaluation tool) that read pages from files. In the
//! extension the browser has already decoded the page.
//!
//! The order is the WHATWG one for a page without a transport-level charset,
//! with one exception for saved pages: a byte order mark wins; then non-ASCII
//! bytes that are valid UTF-8 are read as UTF-8 (saved pages keep their
//! original `<meta charset>` after being re-encoded); then a `<meta>`
//! charset declaration found by the prescan of the first bytes; then, where a
//! browser would guess from the locale, UTF-8 if the bytes are valid UTF-8
//! and windows-1252 otherwise.

use std::collections::HashSet;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, X_USER_DEFINED};

/// How many bytes the meta prescan looks at, as the WHATWG spec says.
const PRESCAN_LIMIT: usize = 1024;

/// How far to look for a late `<meta charset>` when the bytes are not UTF-8.
/// A browser's tokenizer would still find such a declaration in the `<head>`
/// and reload the page with it; pages with long heads put it past 1024 bytes.
const LATE_META_SCAN_LIMIT: usize = 64 * 1024;

/// Decodes HTML bytes: BOM, then valid non-ASCII UTF-8, then `<meta
/// charset>`, then UTF-8 if valid, else windows-1252. Never fails: bytes invalid in the chosen encoding become
/// U+FFFD, as in a browser.
pub fn decode_html(bytes: &[u8]) -> String {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        return decode_with(encoding, rest);
    }
    // Pages saved or re-served as UTF-8 often keep their original
    // `<meta charset=gb2312>`: non-ASCII text that is valid UTF-8 is
    // almost never anything else, so it wins over the declaration.
    if let Ok(text) = std::str::from_utf8(bytes) {
        if !text.is_ascii() {
            return text.to_owned();
        }
    }
    if let Some(encoding) = prescan(bytes, PRESCAN_LIMIT) {
        return decode_with(encoding, bytes);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.to_owned();
    }
    let encoding = prescan(bytes, LATE_META_SCAN_LIMIT).unwrap_or(WINDOWS_1252);
    decode_with(encoding, bytes)
}

fn decode_with(encoding: &'static Encoding, bytes: &[u8]) -> String {
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// The WHATWG "prescan a byte stream to determine its encoding" over the
/// first `limit` bytes: the first `<meta>` that declares a known encoding,
/// skipping comments and the attributes of other tags so that a `charset`
/// inside them is not mistaken for a declaration.
fn prescan(bytes: &[u8], limit: usize) -> Option<&'static Encoding> {
    let input = bytes.get(..limit).unwrap_or(bytes);
    let mut scanner = Scanner { input, pos: 0 };
    while scanner.pos < input.len() {
        let rest = scanner.rest();
        if rest.starts_with(b"<!--") {
            // The dashes of "<!--" may also close it: "<!-->" is a comment.
            let after_open = scanner.pos + 2;
            match find(input.get(after_open..)?, b"-->") {
                Some(i) => scanner.pos = after_open + i + 3,
                None => return None,
            }
        } else if starts_with_ignore_case(rest, b"<meta")
            && rest.get(5).is_some_and(|&b| is_space(b) || b == b'/')
        {
            scanner.pos += 5;
            if let Some(encoding) = scanner.meta_encoding() {
                return Some(encoding);
            }
        } else if rest.len() >= 2
            && rest[0] == b'<'
            && (rest[1].is_ascii_alphabetic()
                || (rest[1] == b'/' && rest.get(2).is_some_and(u8::is_ascii_alphabetic)))
        {
            // Another tag: step over its name and attributes.
            let name_len = rest
                .iter()
                .position(|&b| is_space(b) || b == b'>')
                .unwrap_or(rest.len());
            scanner.pos += name_len;
            while scanner.attribute().is_some() {}
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            match find(rest, b">") {
                Some(i) => scanner.pos += i + 1,
                None => return None,
            }
        } else {
            scanner.pos += 1;
        }
    }
    None
}

/// A cursor over the prescanned bytes.
struct Scanner<'a> {
    input: &'a [u8],
    pos: usize,
}

impl Scanner<'_> {
    fn rest(&self) -> &[u8] {
        self.input.get(self.pos..).unwrap_or_default()
    }

    fn peek(&self) -> Option<u8> {
        self.input.get(self.pos).copied()
    }

    fn skip_spaces(&mut self) {
        while self.peek().is_some_and(is_space) {
            self.pos += 1;
        }
    }

    /// Reads the attributes of a `<meta>` whose name has been consumed and
    /// returns the encoding it declares, if it declares one the prescan
    /// accepts.
    fn meta_encoding(&mut self) -> Option<&'static Encoding> {
        // A set: a `<meta>` in the late scan may carry thousands of attributes.
        let mut seen: HashSet<Vec<u8>> = HashSet::new();
        let mut got_pragma = false;
        // None: no declaration yet; Some(true): from `content`, which needs
        // `http-equiv="content-type"`; Some(false): from `charset`.
        let mut need_pragma: Option<bool> = None;
        let mut charset: Option<&'static Encoding> = None;
        while let Some((name, value)) = self.attribute() {
            if !seen.insert(name.clone()) {
                continue;
            }
            match name.as_slice() {
                b"http-equiv" => got_pragma |= value.eq_ignore_ascii_case(b"content-type"),
                b"content" if charset.is_none() => {
                    if let Some(e) = charset_from_content(&value).and_then(Encoding::for_label) {
                        charset = Some(e);
                        need_pragma = Some(true);
                    }
                }
                b"charset" if charset.is_none() => {
                    charset = Encoding::for_label(&value);
                    need_pragma = Some(false);
                }
                _ => {}
            }
        }
        match need_pragma {
            None => return None,
            Some(true) if !got_pragma => return None,
            _ => {}
        }
        // A page that names UTF-16 in ASCII-compatible bytes cannot be
        // UTF-16: the spec reads it as UTF-8.
        charset.map(|e| match e {
            e if e == UTF_16BE || e == UTF_16LE => UTF_8,
            e if e == X_USER_DEFINED => WINDOWS_1252,
            e => e,
        })
    }

    /// The WHATWG "get an attribute": the next attribute's lowercased name
    /// and its value, or None at the tag's end or the end of the input.
    fn attribute(&mut self) -> Option<(Vec<u8>, Vec<u8>)> {
        while self.peek().is_some_and(|b| is_space(b) || b == b'/') {
            self.pos += 1;
        }
        if self.peek()? == b'>' {
            return None;
        }
        let mut name = Vec::new();
        loop {
            let b = self.peek()?;
            match b {
                b'=' if !name.is_empty() => break,
                b'/' | b'>' => return Some((name, Vec::new())),
                b if is_space(b) => {
                    self.skip_spaces();
                    if self.peek()? != b'=' {
                        return Some((name, Vec::new()));
                    }
                    break;
                }
                b => name.push(b.to_ascii_lowercase()),
            }
            self.pos += 1;
        }
        // Past the '='.
        self.pos += 1;
        self.skip_spaces();
        let mut value = Vec::new();
        let first = self.peek()?;
        if first == b'"' || first == b'\'' {
            self.pos += 1;
            loop {
                let b = self.peek()?;
                self.pos += 1;
                if b == first {
                    return Some((name, value));
                }
                value.push(b.to_ascii_lowercase());
            }
        }
        if first == b'>' {
            return Some((name, value));
        }
        loop {
            let b = self.peek()?;
            if is_space(b) || b == b'>' {
                return Some((name, value));
            }
            value.push(b.to_ascii_lowercase());
            self.pos += 1;
        }
    }
}

/// The WHATWG "extract a character encoding from a meta element" on a
/// `content` value such as `text/html; charset=Shift_JIS`: the label, if any.
fn charset_from_content(content: &[u8]) -> Option<&[u8]> {
    let mut pos = 0;
    loop {
        let start = pos + find_ignore_case(content.get(pos..)?, b"charset")? + b"charset".len();
        let mut i = start;
        while content.get(i).is_some_and(|&b| is_space(b)) {
            i += 1;
        }
        if content.get(i) != Some(&b'=') {
            pos = start;
            continue;
        }
        i += 1;
        while content.get(i).is_some_and(|&b| is_space(b)) {
            i += 1;
        }
        let rest = content.get(i..)?;
        return match rest.first()? {
            &q @ (b'"' | b'\'') => {
                let inner = rest.get(1..)?;
                inner.iter().position(|&b| b == q).map(|end| &inner[..end])
            }
            _ => {
                let end = rest
                    .iter()
                    .position(|&b| is_space(b) || b == b';')
                    .unwrap_or(rest.len());
                Some(&rest[..end])
            }
        };
    }
}

/// HTML's ASCII whitespace as the prescan defines it.
fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn find_ignore_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

fn starts_with_ignore_case(haystack: &[u8], prefix: &[u8]) -> bool {
    haystack
        .get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_wins_over_meta() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice("<meta charset=windows-1252><p>café".as_bytes());
        let text = decode_html(&bytes);
        assert_eq!(text, "<meta charset=windows-1252><p>café");
    }

    #[test]
    fn utf16_boms() {
        let s = "<p>héllo ✓</p>";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in s.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(decode_html(&le), s);
        assert_eq!(decode_html(&be), s);
    }

    #[test]
    fn meta_charset_windows_1252() {
        let bytes =
            b"<html><head><meta charset=\"windows-1252\"></head><p>caf\xE9 \x93quoted\x94 \x80</p>";
        let text = decode_html(bytes);
        assert!(text.contains("café \u{201C}quoted\u{201D} €"), "{text}");
    }

    #[test]
    fn meta_charset_iso_8859_1_is_windows_1252() {
        // As in browsers, the label iso-8859-1 means windows-1252.
        let bytes = b"<meta charset='ISO-8859-1'><p>na\xEFve \x85";
        assert!(decode_html(bytes).ends_with("naïve …"));
    }

    #[test]
    fn meta_charset_shift_jis() {
        // "日本語" in Shift_JIS.
        let bytes = b"<head><META CHARSET=Shift_JIS></head><p>\x93\xfa\x96\x7b\x8c\xea</p>";
        assert!(decode_html(bytes).contains("<p>日本語</p>"));
    }

    #[test]
    fn http_equiv_content_type() {
        let bytes = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>caf\xE9";
        assert!(decode_html(bytes).ends_with("café"));
        // Attribute order does not matter.
        let bytes = b"<meta content='text/html;charset=\"koi8-r\"' http-equiv=content-type><p>\xc1";
        assert!(decode_html(bytes).ends_with("<p>а"));
    }

    #[test]
    fn content_without_http_equiv_is_ignored() {
        let bytes = b"<meta content=\"text/html; charset=iso-8859-1\"><p>caf\xC3\xA9";
        assert!(decode_html(bytes).ends_with("café"));
    }

    #[test]
    fn utf16_label_in_meta_means_utf8() {
        let bytes = "<meta charset=utf-16le><p>café".as_bytes();
        assert!(decode_html(bytes).ends_with("café"));
    }

    #[test]
    fn charset_in_comments_and_other_tags_is_not_a_declaration() {
        let bytes =
            b"<!-- <meta charset=shift_jis> --><div title='<meta charset=koi8-r>'><p>caf\xE9";
        // No real declaration and invalid UTF-8: windows-1252.
        assert!(decode_html(bytes).ends_with("café"));
        // "<!-->" is a complete comment; the meta after it counts.
        let bytes = b"<!--><meta charset=koi8-r><p>\xc1";
        assert!(decode_html(bytes).ends_with("а"));
    }

    #[test]
    fn unknown_label_falls_through() {
        let bytes = "<meta charset=no-such-encoding><p>café".as_bytes();
        assert!(decode_html(bytes).ends_with("café"));
    }

    #[test]
    fn valid_utf8_without_declaration() {
        assert_eq!(
            decode_html("<p>日本語 café</p>".as_bytes()),
            "<p>日本語 café</p>"
        );
    }

    #[test]
    fn saved_utf8_page_keeps_its_text_despite_a_legacy_meta() {
        let page =
            "<meta http-equiv=Content-Type content='text/html; charset=gb2312'><p>腾讯新闻</p>";
        assert!(decode_html(page.as_bytes()).ends_with("<p>腾讯新闻</p>"));
    }

    #[test]
    fn invalid_utf8_falls_back_to_windows_1252() {
        assert_eq!(decode_html(b"<p>caf\xE9 \x80"), "<p>café €");
    }

    #[test]
    fn late_meta_is_used_for_non_utf8_bytes() {
        let mut bytes = b"<head><title>x</title>".to_vec();
        bytes.extend(std::iter::repeat_n(b' ', 2000));
        bytes.extend_from_slice(b"<meta charset=koi8-r></head><p>\xc1");
        assert!(decode_html(&bytes).ends_with("а"));
    }

    #[test]
    fn truncated_and_odd_input_does_not_panic() {
        let cases: &[&[u8]] = &[
            b"",
            b"<",
            b"<meta",
            b"<meta ",
            b"<meta charset",
            b"<meta charset=",
            b"<meta charset='",
            b"<meta http-equiv=content-type content=\"charset=",
            b"<meta http-equiv=content-type content=\"charset='abc",
            b"<!--",
            b"<!",
            b"</a",
            b"<a b=",
            b"\xff\xfe\x00",
            b"\xef\xbb",
        ];
        for case in cases {
            let _ = decode_html(case);
        }
        assert_eq!(charset_from_content(b"charset"), None);
        assert_eq!(charset_from_content(b"charset='abc"), None);
        assert_eq!(
            charset_from_content(b"a; charset = utf-8 ;x"),
            Some(&b"utf-8"[..])
        );
        assert_eq!(
            charset_from_content(b"charsetcharset=\"x y\""),
            Some(&b"x y"[..])
        );
    }
}
