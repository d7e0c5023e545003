//! The scores: the WCXB benchmark's word-level metric (lowercase, `\w+`
//! tokens as a multiset, precision / recall / F1 against a reference text),
//! snippet matching for its `with` / `without` lists, and the comparison of
//! metadata values.

use std::collections::HashMap;

use lucid_reader::metadata::day_of;

/// Precision, recall and F1 of one output against one reference.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    const PERFECT: Prf = Prf {
        precision: 1.0,
        recall: 1.0,
        f1: 1.0,
    };
}

/// A character of a `\w+` token as Python's Unicode `re` sees it: letters,
/// digits and other numerics, and the underscore. (Rust's alphanumeric also
/// counts the few combining marks Unicode calls alphabetic, such as Indic
/// vowel signs, which Python splits on: a slight and harmless difference.)
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The `\w+` tokens of already lowercased text.
pub fn tokens(lowercased: &str) -> impl Iterator<Item = &str> {
    lowercased
        .split(|c: char| !is_word_char(c))
        .filter(|t| !t.is_empty())
}

/// Token counts and the total number of tokens.
pub fn bag(lowercased: &str) -> (HashMap<&str, u32>, u64) {
    let mut counts = HashMap::new();
    let mut total = 0;
    for token in tokens(lowercased) {
        *counts.entry(token).or_insert(0) += 1;
        total += 1;
    }
    (counts, total)
}

/// Word-level precision, recall and F1 of `output` against `reference`.
/// The text is lowercased before tokenizing, as the benchmark does (some
/// capitals lowercase to several characters). An empty reference scores 1.0
/// only for an empty output; an empty output scores 0 against a non-empty
/// reference.
pub fn prf(output: &str, reference: &str) -> Prf {
    let output = output.to_lowercase();
    let reference = reference.to_lowercase();
    let (out_counts, out_total) = bag(&output);
    let (ref_counts, ref_total) = bag(&reference);
    if ref_total == 0 {
        return if out_total == 0 {
            Prf::PERFECT
        } else {
            Prf {
                precision: 0.0,
                recall: 1.0,
                f1: 0.0,
            }
        };
    }
    if out_total == 0 {
        return Prf {
            precision: 0.0,
            recall: 0.0,
            f1: 0.0,
        };
    }
    let (small, large) = if out_counts.len() <= ref_counts.len() {
        (&out_counts, &ref_counts)
    } else {
        (&ref_counts, &out_counts)
    };
    let overlap: u64 = small
        .iter()
        .map(|(token, &n)| u64::from(n.min(large.get(token).copied().unwrap_or(0))))
        .sum();
    let precision = overlap as f64 / out_total as f64;
    let recall = overlap as f64 / ref_total as f64;
    let f1 = if overlap == 0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Prf {
        precision,
        recall,
        f1,
    }
}

/// Snippets this long may have been cut to WCXB's length limit (most
/// are 80 characters), in the middle of a word at either end: their first
/// and last words may be parts of the page's. Shorter ones are labels
/// ("Sign In"), matched as whole words.
const SNIPPET_CUT_MIN_CHARS: usize = 60;

/// Text prepared for snippet matching: its `\w+` tokens, lowercased, as
/// the word metric reads it, each set off by one space. A snippet is
/// matched by its words, in order: WCXB's snippets were cut from text laid
/// out with a line break at every element's edge ("calling\nfetch()\n,
/// which"), which the page prints as "calling fetch(), which"; and they
/// straighten the quotes the page prints ("they're" for "they’re"). Neither
/// changes the words.
pub fn normalize_for_match(text: &str) -> String {
    let lowercased = text.to_lowercase();
    let mut normalized = String::with_capacity(lowercased.len() + 2);
    normalized.push(' ');
    for token in tokens(&lowercased) {
        normalized.push_str(token);
        normalized.push(' ');
    }
    normalized
}

/// Whether a snippet's words occur, in order and together, in text
/// prepared with [`normalize_for_match`]. A snippet without words says
/// nothing and is never counted (see [`is_empty_snippet`]).
pub fn snippet_in(normalized_text: &str, snippet: &str) -> bool {
    let words = normalize_for_match(snippet);
    if snippet.chars().count() >= SNIPPET_CUT_MIN_CHARS {
        normalized_text.contains(words.trim())
    } else {
        normalized_text.contains(&words)
    }
}

pub fn is_empty_snippet(snippet: &str) -> bool {
    tokens(&snippet.to_lowercase()).next().is_none()
}

/// Whether two metadata values agree: same text up to whitespace, with a
/// missing value equal to an empty one.
pub fn same_metadata(ours: Option<&str>, expected: Option<&str>) -> bool {
    collapse_whitespace(ours.unwrap_or_default())
        == collapse_whitespace(expected.unwrap_or_default())
}

/// WCXB's metadata is written by its annotators, not by a program: a title
/// or a name is compared by its words (lowercased `\w+` tokens, as the
/// benchmark's metric reads text), so "Tents: Large & Small" and "Tents -
/// Large and Small" differ but typography and spacing do not.
pub fn same_words(ours: Option<&str>, expected: &str) -> bool {
    let expected = expected.to_lowercase();
    let ours = ours.unwrap_or_default().to_lowercase();
    tokens(&ours).eq(tokens(&expected))
}

/// A byline against WCXB's `author`: the same words, less a leading "by"
/// on either side ("By Jane Doe" names Jane Doe).
pub fn same_author(ours: Option<&str>, expected: &str) -> bool {
    let words = |text: &str| {
        let lower = text.to_lowercase();
        let mut words: Vec<String> = tokens(&lower).map(str::to_owned).collect();
        if words.first().is_some_and(|w| w == "by") {
            words.remove(0);
        }
        words
    };
    words(ours.unwrap_or_default()) == words(expected)
}

/// A published time against WCXB's `publish_date` (`YYYY-MM-DD`): the same
/// calendar day, ours read from the ISO 8601 date it starts with (what the
/// view can show as a date).
pub fn same_day(ours: Option<&str>, expected: &str) -> bool {
    match (ours.and_then(day_of), day_of(expected)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token_list(text: &str) -> Vec<String> {
        tokens(&text.to_lowercase()).map(str::to_owned).collect()
    }

    #[test]
    fn tokenizer_splits_on_non_word_characters() {
        assert_eq!(
            token_list("Hello, World! snake_case x-ray 3.14 don't"),
            [
                "hello",
                "world",
                "snake_case",
                "x",
                "ray",
                "3",
                "14",
                "don",
                "t"
            ]
        );
    }

    #[test]
    fn tokenizer_handles_non_ascii() {
        assert_eq!(
            token_list("Ça VA? Größe—Straße «日本語» Ελληνικά ١٢٣ ½"),
            [
                "ça",
                "va",
                "größe",
                "straße",
                "日本語",
                "ελληνικά",
                "١٢٣",
                "½"
            ]
        );
        // Lowercasing first: "İ" becomes "i" plus a combining dot, which is
        // not a word character, as in the benchmark's Python.
        assert_eq!(token_list("İstanbul"), ["i", "stanbul"]);
        assert!(token_list(" — … ").is_empty());
    }

    #[test]
    fn multiset_f1_by_hand() {
        // Output tokens: the ×3, cat, sat (5). Reference: the ×2, cat, on,
        // mat (5). Overlap: min(3,2) + 1 = 3. P = 3/5, R = 3/5, F1 = 0.6.
        let s = prf("The the THE cat sat", "the cat on the mat");
        assert!((s.precision - 0.6).abs() < 1e-12);
        assert!((s.recall - 0.6).abs() < 1e-12);
        assert!((s.f1 - 0.6).abs() < 1e-12);

        // Output: a b (2); reference: a b c d (4). P = 1, R = 0.5,
        // F1 = 2·1·0.5 / 1.5 = 2/3.
        let s = prf("a, b.", "a b c d");
        assert_eq!(s.precision, 1.0);
        assert_eq!(s.recall, 0.5);
        assert!((s.f1 - 2.0 / 3.0).abs() < 1e-12);

        assert_eq!(prf("same words here", "Same  words, here!"), Prf::PERFECT);
        assert_eq!(prf("one", "two").f1, 0.0);
    }

    #[test]
    fn empty_reference_rule() {
        assert_eq!(prf("", ""), Prf::PERFECT);
        // Punctuation only is no tokens.
        assert_eq!(prf(" … ", "—"), Prf::PERFECT);
        assert_eq!(prf("some output", "").f1, 0.0);
        let s = prf("", "a reference");
        assert_eq!((s.precision, s.recall, s.f1), (0.0, 0.0, 0.0));
    }

    #[test]
    fn snippet_matching() {
        let text = normalize_for_match("The Quick\n\n  brown\u{a0}FOX jumps.");
        assert!(snippet_in(&text, "quick brown fox"));
        assert!(snippet_in(&text, "  THE quick\tbrown "));
        assert!(snippet_in(&text, "fox jumps."));
        assert!(!snippet_in(&text, "brown dog"));
        assert!(!snippet_in(&text, "quickbrown"));
        let quoted = normalize_for_match("They\u{2019}re \u{201C}here\u{201D}");
        assert!(snippet_in(&quoted, "they're \"here\""));
        // Words, not the marks between them.
        assert!(snippet_in(&text, "The quick brown fox jumps"));
        let laid_out = normalize_for_match("Call fetch(), which returns.");
        assert!(snippet_in(&laid_out, "call\nfetch()\n, which"));
        assert!(!snippet_in(&laid_out, "fetch returns"));
        // A label is whole words; a long snippet may be cut mid-word.
        assert!(!snippet_in(&laid_out, "all fetch"));
        let long = normalize_for_match(&format!("{} the end.", "Words, words. ".repeat(6)));
        assert!(snippet_in(
            &long,
            &format!("ords {}the e", "words ".repeat(10))
        ));
        assert!(is_empty_snippet(" \n"));
        assert!(is_empty_snippet(" — "));
        assert!(!is_empty_snippet("x"));
    }

    #[test]
    fn wcxb_metadata_comparison() {
        assert!(same_words(
            Some("Camping Tents — Large  Tents"),
            "camping tents: large tents"
        ));
        assert!(!same_words(
            Some("Camping Tents | REI Co-op"),
            "Camping Tents"
        ));
        assert!(!same_words(None, "Camping Tents"));
        assert!(same_author(Some("By Jane Doe"), "Jane Doe"));
        assert!(same_author(Some("Jane Doe"), "by Jane Doe"));
        assert!(!same_author(Some("By Jane Doe, March 1, 2025"), "Jane Doe"));
        assert!(!same_author(Some("By"), "Jane Doe"));
        assert!(same_day(Some("2025-03-01T23:30:00-05:00"), "2025-03-01"));
        assert!(!same_day(Some("2025-03-02"), "2025-03-01"));
        assert!(!same_day(Some("March 1, 2025"), "2025-03-01"));
        assert!(!same_day(None, "2025-03-01"));
        assert!(!same_day(Some("2025-03-01"), "not a date"));
    }

    #[test]
    fn metadata_comparison() {
        assert!(same_metadata(None, None));
        assert!(same_metadata(Some(""), None));
        assert!(same_metadata(None, Some("  ")));
        assert!(same_metadata(Some("A  title\n"), Some("A title")));
        assert!(!same_metadata(Some("A title"), Some("a title")));
        assert!(!same_metadata(Some("x"), None));
    }
}
