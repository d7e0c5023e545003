//! Text encoded as UTF-8 twice, repaired before parsing. A page whose
//! server (or database, or crawler) read UTF-8 bytes as Latin-1 or
//! Windows-1252 and wrote them out as UTF-8 again shows "It’s" as
//! "Itâ€™s" (or, read as Latin-1, as "Itâ" and two invisible control
//! characters), and its words no longer match themselves: "Earthâ" and "s"
//! for "Earth’s". Each such sequence is read back to the bytes it was
//! made of and decoded as the UTF-8 it is, where the page shows the
//! mistake unmistakably ([`MIN_SIGNATURES`]). A page written in
//! Windows-1252 and read as Latin-1 is mended too: its "’" is the
//! invisible control U+0092, read as a browser reads the byte 0x92.
//!
//! Windows-1252's characters for the bytes 0x80 to 0x9F are html5ever's
//! `C1_REPLACEMENTS`, the table the HTML parser reads a reference to a C1
//! control with (`&#146;` is "’"); `None` for the five bytes Windows-1252
//! leaves undefined, which a browser reads as the C1 control of the same
//! number.

use html5ever::data::C1_REPLACEMENTS;

/// How many sequences read as Windows-1252 ("â€™") a page must show
/// before its sequences are repaired, where none holds a C1 control
/// (which settles it at once): then "Ã©", which could be written on
/// purpose, is read as the "é" it is too.
const MIN_SIGNATURES: usize = 2;

/// The byte `c` stands for when UTF-8 was read as Windows-1252 or
/// Latin-1, if it stands for one above ASCII.
fn byte_of(c: char) -> Option<u8> {
    match c as u32 {
        // Latin-1, and the C1 controls of bytes Windows-1252 leaves out.
        0x80..=0xFF => Some(c as u32 as u8),
        _ => C1_REPLACEMENTS
            .iter()
            .position(|&w| w == Some(c))
            .map(|i| 0x80 + i as u8),
    }
}

/// How many continuation bytes follow `lead` in UTF-8, if it leads a
/// sequence of more than one byte.
fn continuations(lead: u8) -> Option<usize> {
    match lead {
        0xC2..=0xDF => Some(1),
        0xE0..=0xEF => Some(2),
        0xF0..=0xF4 => Some(3),
        _ => None,
    }
}

/// What a repair at one place of the page stands on.
#[derive(Clone, Copy, PartialEq)]
enum Evidence {
    /// A C1 control alone: a Windows-1252 byte read as Latin-1 (0x92
    /// for "’"), which no text holds; Windows-1252 reads it as meant.
    Control,
    /// A sequence holding a C1 control: certain on its own.
    Certain,
    /// A sequence holding a byte of 0x80 to 0x9F read as Windows-1252:
    /// "â€™", "Ã—", which no text writes on purpose but a page on this
    /// very mistake ([`MIN_SIGNATURES`]).
    Strong,
    /// A sequence of letters and signs that could be meant: "Ã©".
    Weak,
}

/// The sequence of twice-encoded UTF-8 at the start of `text`: the
/// character it stands for, its length in `text` (in bytes) and what it
/// stands on.
fn sequence_at(text: &str) -> Option<(char, usize, Evidence)> {
    let mut chars = text.chars();
    let lead = chars.next()?;
    // The byte a Latin-1 character stands for; `continuations` says
    // whether it leads a sequence.
    let lead_byte = u8::try_from(u32::from(lead)).ok()?;
    let n = continuations(lead_byte)?;
    let mut bytes = [lead_byte, 0, 0, 0];
    let mut len = lead.len_utf8();
    let mut evidence = Evidence::Weak;
    for byte in bytes.iter_mut().skip(1).take(n) {
        let c = chars.next()?;
        let b = byte_of(c).filter(|b| (0x80..=0xBF).contains(b))?;
        if (c as u32) < 0xA0 {
            evidence = Evidence::Certain;
        } else if b < 0xA0 && evidence == Evidence::Weak {
            evidence = Evidence::Strong;
        }
        *byte = b;
        len += c.len_utf8();
    }
    let decoded = std::str::from_utf8(&bytes[..=n]).ok()?;
    Some((decoded.chars().next()?, len, evidence))
}

/// The repair at byte `at` of `html`, where a byte 0xC2 or 0xC3 starts a
/// character: a C1 control's Windows-1252 character, or a sequence's.
fn repair_at(html: &str, at: usize) -> Option<(char, usize, Evidence)> {
    let rest = &html[at..];
    let c = rest.chars().next()?;
    if (0x80..0xA0).contains(&(c as u32)) {
        let windows_1252 = C1_REPLACEMENTS[c as usize - 0x80]?;
        return Some((windows_1252, c.len_utf8(), Evidence::Control));
    }
    sequence_at(rest)
}

/// `html` with its C1 controls read as Windows-1252 and, where the page
/// shows them unmistakably, its twice-encoded sequences decoded; `None`
/// when there is nothing to repair.
pub fn repaired(html: &str) -> Option<String> {
    // A C1 control is 0xC2 and a byte of 0x80 to 0x9F in UTF-8, and every
    // sequence starts with "Â" to "ô", 0xC3 and a byte: only there is a
    // repair looked for. Walked twice, not collected: a long page in
    // French has a million accented letters to look at.
    let repairs = || {
        let mut next = 0;
        memchr::memchr2_iter(0xC2, 0xC3, html.as_bytes()).filter_map(move |at| {
            if at < next {
                return None;
            }
            let (c, len, evidence) = repair_at(html, at)?;
            next = at + len;
            Some((at, c, len, evidence))
        })
    };
    let (mut controls, mut strong, mut certain) = (false, 0, false);
    for (_, _, _, evidence) in repairs() {
        match evidence {
            Evidence::Control => controls = true,
            Evidence::Certain => certain = true,
            Evidence::Strong => strong += 1,
            Evidence::Weak => {}
        }
        if certain || strong >= MIN_SIGNATURES {
            break;
        }
    }
    let sequences = certain || strong >= MIN_SIGNATURES;
    if !sequences && !controls {
        return None;
    }
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    for (at, c, len, evidence) in repairs() {
        if evidence == Evidence::Control || sequences {
            out.push_str(&html[copied..at]);
            out.push(c);
            copied = at + len;
        }
    }
    out.push_str(&html[copied..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::repaired;

    #[test]
    fn text_encoded_twice_reads_as_written() {
        // Read as Windows-1252, as a misconfigured database does...
        assert_eq!(
            repaired("<p>Itâ€™s the Earthâ€™s â€œbestâ€\u{9d} café.</p>").as_deref(),
            Some("<p>It’s the Earth’s “best” café.</p>")
        );
        // ...or as Latin-1, as a crawler does: the controls are invisible.
        assert_eq!(
            repaired("<p>Earth\u{e2}\u{80}\u{99}s 2\u{e2}\u{80}\u{93}3</p>").as_deref(),
            Some("<p>Earth’s 2–3</p>")
        );
        // One sequence with a control settles it.
        assert_eq!(
            repaired("<p>the Earth\u{e2}\u{80}\u{99}s</p>").as_deref(),
            Some("<p>the Earth’s</p>")
        );
        // Once the page shows the mistake, "Ã©" is an "é" too.
        assert_eq!(
            repaired("<p>Itâ€™s a cafÃ© â€” Ã\u{a0} la carte</p>").as_deref(),
            Some("<p>It’s a café — à la carte</p>")
        );
    }

    #[test]
    fn windows_1252_read_as_latin_1_reads_as_written() {
        assert_eq!(
            repaired("<p>I don\u{92}t \u{93}know\u{94} \u{97} Ã© stays</p>").as_deref(),
            Some("<p>I don’t “know” — Ã© stays</p>")
        );
        // A control Windows-1252 leaves undefined stays as it is.
        assert_eq!(repaired("<p>a\u{81}b</p>"), None);
    }

    #[test]
    fn text_written_as_meant_is_left_alone() {
        for text in [
            "<p>It’s a café in São Paulo, für Straße, ¿qué?</p>",
            // One sequence alone may be meant: a page on this very mistake.
            "<p>Broken pages show â€™ for ’.</p>",
            // "Ã©" alone could be written on purpose.
            "<p>MÃ©LANGE Â© 2024</p>",
            "plain ASCII",
        ] {
            assert_eq!(repaired(text), None, "{text}");
        }
    }
}
