//! Small text helpers shared by the pipeline's stages.

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
