//! Text encoded as UTF-8 twice, repaired before parsing. A page whose
//! server (or database, or crawler) read UTF-8 bytes as Latin-1 or
//! Windows-1252 and wrote them out as UTF-8 again shows "It’s" as
//! "Itâ€™s" (or, read as Latin-1, as "Itâ" and two invisible control
//! characters), and its words no longer match themselves: "Earthâ" and "s"
//! for "Earth’s". Each such sequence is read back to the bytes it was
//! made of and decoded as the UTF-8 it is, where the page shows the
//! mistake unmistakably ([`MIN_SIGNATURES`]).

/// How many unmistakable sequences ("â€" and a character, or a lead
/// character and a C1 control, which no text holds) a page must show
/// before it is repaired: then "Ã©", which could be written on purpose,
/// is read as the "é" it is too.
const MIN_SIGNATURES: usize = 2;

/// The characters Windows-1252 gives the bytes 0x80 to 0x9F, in order;
/// `None` for the five bytes it leaves undefined, which a browser reads
/// as the C1 control of the same number.
const WINDOWS_1252_HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// The byte `c` stands for when UTF-8 was read as Windows-1252 or
/// Latin-1, if it stands for one above ASCII.
fn byte_of(c: char) -> Option<u8> {
    match c as u32 {
        // Latin-1, and the C1 controls of bytes Windows-1252 leaves out.
        0x80..=0xFF => Some(c as u32 as u8),
        _ => WINDOWS_1252_HIGH
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

/// The sequence of twice-encoded UTF-8 at the start of `text`: the
/// character it stands for, its length in `text` (in bytes) and whether
/// it is unmistakable: a byte of 0x80 to 0x9F in it, which Latin-1 reads
/// as an invisible control and Windows-1252 as "€", "™", "œ"... ("â€™"),
/// where no text writes so on purpose ("Ã©" could be).
fn sequence_at(text: &str) -> Option<(char, usize, bool)> {
    let mut chars = text.chars();
    let lead = chars.next()?;
    if !matches!(lead as u32, 0xC2..=0xF4) {
        return None;
    }
    let n = continuations(lead as u32 as u8)?;
    let mut bytes = [lead as u32 as u8, 0, 0, 0];
    let mut len = lead.len_utf8();
    let mut unmistakable = false;
    for byte in bytes.iter_mut().skip(1).take(n) {
        let c = chars.next()?;
        let b = byte_of(c).filter(|b| (0x80..=0xBF).contains(b))?;
        unmistakable |= b < 0xA0;
        *byte = b;
        len += c.len_utf8();
    }
    let decoded = std::str::from_utf8(&bytes[..=n]).ok()?;
    Some((decoded.chars().next()?, len, unmistakable))
}

/// `html` with its twice-encoded sequences decoded, or `None` when it
/// shows too few to be sure ([`MIN_SIGNATURES`]).
pub fn repaired(html: &str) -> Option<String> {
    // Every sequence starts with "Â" to "ô", whose UTF-8 starts with the
    // byte 0xC3 (which only ever starts a character): only there is a
    // sequence looked for. Walked twice, not collected: a long page in
    // French has a million accented letters to look at.
    let sequences = || {
        let mut next = 0;
        memchr::memchr_iter(0xC3, html.as_bytes()).filter_map(move |at| {
            if at < next {
                return None;
            }
            let (c, len, unmistakable) = sequence_at(&html[at..])?;
            next = at + len;
            Some((at, c, len, unmistakable))
        })
    };
    if sequences().filter(|s| s.3).take(MIN_SIGNATURES).count() < MIN_SIGNATURES {
        return None;
    }
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    for (at, c, len, _) in sequences() {
        out.push_str(&html[copied..at]);
        out.push(c);
        copied = at + len;
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
        // Once the page shows the mistake, "Ã©" is an "é" too.
        assert_eq!(
            repaired("<p>Itâ€™s a cafÃ© â€” Ã\u{a0} la carte</p>").as_deref(),
            Some("<p>It’s a café — à la carte</p>")
        );
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
