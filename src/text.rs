//! Small text helpers shared by the pipeline's stages.

use std::collections::HashSet;

/// Average adult silent reading speed for prose, in words per minute.
pub const WORDS_PER_MINUTE: usize = 230;

/// Words as a reader counts them: runs of non-whitespace.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Minutes to read `words` words, rounded up; zero only for no words.
pub fn reading_time_minutes(words: usize) -> u32 {
    words.div_ceil(WORDS_PER_MINUTE) as u32
}

/// Collapses every run of whitespace to one space and trims the ends.
pub fn normalize_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `text` split after `prefix` where it starts with it, ASCII case ignored:
/// the prefix as printed and the rest ("By Jane Doe" and "by " give "By "
/// and "Jane Doe").
pub fn split_prefix_ignore_ascii_case<'a>(
    text: &'a str,
    prefix: &str,
) -> Option<(&'a str, &'a str)> {
    let printed = text.get(..prefix.len())?;
    printed
        .eq_ignore_ascii_case(prefix)
        .then(|| (printed, &text[prefix.len()..]))
}

/// Readability's `_textSimilarity`: the share of `b`'s word characters
/// (ASCII words, lowercased) that are words of `a` too; 1 is "same words".
pub fn text_similarity(a: &str, b: &str) -> f64 {
    fn tokens(s: &str) -> impl Iterator<Item = &str> {
        s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|t| !t.is_empty())
    }
    fn joined_len<'a>(tokens: impl Iterator<Item = &'a str>) -> usize {
        let (count, len) = tokens.fold((0, 0), |(n, l), t| (n + 1, l + t.len()));
        (len + count).saturating_sub(1)
    }
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    // Owned, as the serializer's sets are: one copy of the hash table's
    // code in the wasm serves both.
    let tokens_a: HashSet<String> = tokens(&a).map(str::to_string).collect();
    let total = joined_len(tokens(&b));
    if tokens_a.is_empty() || total == 0 {
        return 0.0;
    }
    let unique = joined_len(tokens(&b).filter(|t| !tokens_a.contains(*t)));
    1.0 - unique as f64 / total as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prefix_is_split_off_whatever_its_case() {
        assert_eq!(
            split_prefix_ignore_ascii_case("BY Jane Doe", "by "),
            Some(("BY ", "Jane Doe"))
        );
        assert_eq!(split_prefix_ignore_ascii_case("By", "by "), None);
        assert_eq!(split_prefix_ignore_ascii_case("Bylines", "by "), None);
        // A prefix's end inside a character is no match, not a panic.
        assert_eq!(split_prefix_ignore_ascii_case("éa", "a"), None);
    }

    #[test]
    fn similarity_of_title_and_heading() {
        assert!(text_similarity("Hello World", "hello world") > 0.99);
        assert!(text_similarity("Hello World", "Something else entirely") < 0.1);
        assert_eq!(text_similarity("", "x"), 0.0);
    }
}
