//! JavaScript's notion of whitespace and words. Readability.js trims,
//! splits and counts with `\s` and `String.prototype.trim`, whose
//! whitespace is not Rust's: values agree with its output only when they
//! are trimmed and counted the way it does.

/// JavaScript's `\s`: Unicode White_Space without U+0085, plus U+FEFF.
pub(super) fn is_js_space(c: char) -> bool {
    (c.is_whitespace() && c != '\u{85}') || c == '\u{feff}'
}

pub(super) fn js_trim(s: &str) -> &str {
    s.trim_matches(is_js_space)
}

pub(super) fn non_empty(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

/// Readability's `wordCount`: `s.split(/\s+/).length`, which counts the
/// empty pieces before leading and after trailing whitespace too.
pub(super) fn js_word_count(s: &str) -> usize {
    let mut count = 1;
    let mut in_space = false;
    for c in s.chars() {
        let space = is_js_space(c);
        if space && !in_space {
            count += 1;
        }
        in_space = space;
    }
    count
}

/// Readability's `normalize` step: runs of two or more spaces become one,
/// a single whitespace character stays as it is.
pub(super) fn collapse_space_runs(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut run = String::new();
    for c in s.chars() {
        if is_js_space(c) {
            run.push(c);
            continue;
        }
        match run.chars().count() {
            0 => {}
            1 => out.push_str(&run),
            _ => out.push(' '),
        }
        run.clear();
        out.push(c);
    }
    match run.chars().count() {
        0 => {}
        1 => out.push_str(&run),
        _ => out.push(' '),
    }
    out
}
