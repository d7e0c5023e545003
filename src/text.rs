//! Small text helpers shared by the pipeline's stages.

use std::collections::HashSet;

/// Average adult silent reading speed for prose, in words per minute.
pub const WORDS_PER_MINUTE: usize = 230;
/// Silent reading speed for Chinese and Japanese, in characters per
/// minute: studies find some 350 to 500 for adults, by text and reader.
pub const HAN_AND_KANA_PER_MINUTE: usize = 400;

/// Whether a character draws nothing: whitespace, or a format character
/// that only joins, parts or directs the characters around it (zero-width
/// space, non-joiner and joiner, direction marks and embeddings, word
/// joiner, byte order mark, soft hyphen). A paragraph of nothing else is
/// a blank gap: Webflow's editor writes `<p>&zwj;</p>` for an empty line.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// Whether a text draws anything: a character that is not
/// [`is_invisible`].
pub fn shows(text: &str) -> bool {
    text.chars().any(|c| !is_invisible(c))
}

/// The words of a text as a reader counts them, as word processors do:
/// runs of non-whitespace, and each Han character or kana, which Chinese
/// and Japanese write without spaces between words (with the letters and
/// digits between them: "iPhone发布" is three). Counted in one walk, for
/// the count and the reading time both.
#[derive(Clone, Copy)]
pub struct WordCount {
    /// Words set apart by spaces (or by Han characters and kana).
    spaced: usize,
    /// Han characters and kana, each a word.
    han_and_kana: usize,
}

impl WordCount {
    pub fn of(text: &str) -> Self {
        let (mut spaced, mut han_and_kana) = (0, 0);
        for run in text.split_whitespace() {
            let characters = run.chars().filter(|&c| is_han_or_kana(c)).count();
            if characters == 0 {
                spaced += 1;
                continue;
            }
            han_and_kana += characters;
            // Punctuation between the characters ("。", "“") is no word.
            spaced += run
                .split(is_han_or_kana)
                .filter(|part| part.chars().any(char::is_alphanumeric))
                .count();
        }
        WordCount {
            spaced,
            han_and_kana,
        }
    }

    /// How many words.
    pub fn total(self) -> usize {
        self.spaced + self.han_and_kana
    }

    /// Minutes to read them, rounded up, words at [`WORDS_PER_MINUTE`] and
    /// Han characters and kana at [`HAN_AND_KANA_PER_MINUTE`]; zero only
    /// for no words.
    pub fn reading_minutes(self) -> u32 {
        // Both as parts of a minute, over a common denominator.
        let parts = self.spaced * HAN_AND_KANA_PER_MINUTE + self.han_and_kana * WORDS_PER_MINUTE;
        parts.div_ceil(WORDS_PER_MINUTE * HAN_AND_KANA_PER_MINUTE) as u32
    }
}

/// How long a phrase is, for the bounds heuristics set on one ("a site's
/// name is a few words"): its words as [`WordCount`] counts them, but Han
/// characters and kana two to a word, as long as Chinese and Japanese
/// words most often are. A site's name of eight characters, "東都新報デジタル",
/// is four.
pub fn phrase_length(text: &str) -> usize {
    let words = WordCount::of(text);
    words.spaced + words.han_and_kana.div_ceil(2)
}

/// Whether `c` is a Han character (Chinese hanzi, Japanese kanji) or a
/// kana: the scripts written without spaces between words, where each
/// character is a word to count and to compare. Their punctuation
/// ("。", "・") is none.
pub fn is_han_or_kana(c: char) -> bool {
    c.is_alphanumeric()
        && matches!(c,
            '\u{3040}'..='\u{30FF}' // hiragana, katakana
            | '\u{31F0}'..='\u{31FF}' // katakana extensions
            | '\u{3400}'..='\u{4DBF}' // Han, extension A
            | '\u{4E00}'..='\u{9FFF}' // Han
            | '\u{F900}'..='\u{FAFF}' // Han compatibility
            | '\u{FF66}'..='\u{FF9F}' // halfwidth katakana
            | '\u{20000}'..='\u{3134F}' // Han, extensions B to G
        )
}

/// The words of `text`, lowercase, whatever the punctuation between them:
/// runs of letters and digits, and each Han character or kana alone
/// ([`is_han_or_kana`]).
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|run| !run.is_empty())
        .flat_map(|mut run| {
            std::iter::from_fn(move || {
                let first = run.chars().next()?;
                let len = if is_han_or_kana(first) {
                    first.len_utf8()
                } else {
                    run.find(is_han_or_kana).unwrap_or(run.len())
                };
                let (word, rest) = run.split_at(len);
                run = rest;
                Some(word)
            })
        })
        .map(str::to_lowercase)
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

/// `text` split after `prefix` where it starts with it, whatever the case
/// (of any script: "BY " and "Автор: " are the leads "by " and "автор: "):
/// the prefix as printed and the rest ("By Jane Doe" and "by " give "By "
/// and "Jane Doe").
pub fn split_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<(&'a str, &'a str)> {
    let mut printed = text.char_indices();
    for expected in prefix.chars() {
        let (_, c) = printed.next()?;
        if c != expected && !c.to_lowercase().eq(expected.to_lowercase()) {
            return None;
        }
    }
    let end = printed.next().map_or(text.len(), |(at, _)| at);
    Some((&text[..end], &text[end..]))
}

/// Readability's `_textSimilarity`: the share of `b`'s word characters
/// (ASCII words, lowercased) that are words of `a` too; 1 is "same words".
pub fn text_similarity(a: &str, b: &str) -> f64 {
    fn ascii_words(s: &str) -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect()
    }
    similarity_of_words(ascii_words(a), &ascii_words(b))
}

/// [`text_similarity`] over the [`words`] of any script: Readability's
/// reads no word in "Élections : le résultat" but "lections", "le",
/// "r" and "sultat", and none in Chinese or Japanese.
pub fn word_similarity(a: &str, b: &str) -> f64 {
    similarity_of_words(words(a).collect(), &words(b).collect::<Vec<_>>())
}

/// The share of `b`'s word characters, joined by spaces, that are in words
/// of `a` too.
fn similarity_of_words(a: Vec<String>, b: &[String]) -> f64 {
    fn joined_len<'a>(words: impl Iterator<Item = &'a String>) -> usize {
        let (count, len) = words.fold((0, 0), |(n, l), w| (n + 1, l + w.chars().count()));
        (len + count).saturating_sub(1)
    }
    // Owned, as the serializer's sets are: one copy of the hash table's
    // code in the wasm serves both.
    let words_a: HashSet<String> = a.into_iter().collect();
    let total = joined_len(b.iter());
    if words_a.is_empty() || total == 0 {
        return 0.0;
    }
    let unique = joined_len(b.iter().filter(|w| !words_a.contains(*w)));
    1.0 - unique as f64 / total as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word_count(text: &str) -> usize {
        WordCount::of(text).total()
    }

    fn reading_time_minutes(text: &str) -> u32 {
        WordCount::of(text).reading_minutes()
    }

    #[test]
    fn a_text_of_format_characters_alone_shows_nothing() {
        for blank in [
            "",
            " \n\u{A0}",
            "\u{200D}",
            "\u{200B}\u{FEFF}",
            "\u{AD}\u{2060}\u{200E}\u{202C}",
        ] {
            assert!(!shows(blank), "{blank:?}");
        }
        for text in [
            "a",
            "\u{200D}.",
            "\u{1F468}\u{200D}\u{1F469}",
            "\u{5D0}\u{200F}",
            "·",
        ] {
            assert!(shows(text), "{text:?}");
        }
    }

    #[test]
    fn a_prefix_is_split_off_whatever_its_case() {
        assert_eq!(
            split_prefix_ignore_case("BY Jane Doe", "by "),
            Some(("BY ", "Jane Doe"))
        );
        assert_eq!(split_prefix_ignore_case("By", "by "), None);
        assert_eq!(split_prefix_ignore_case("Bylines", "by "), None);
        assert_eq!(split_prefix_ignore_case("éa", "a"), None);
        assert_eq!(
            split_prefix_ignore_case("Автор: Иван", "автор: "),
            Some(("Автор: ", "Иван"))
        );
        assert_eq!(
            split_prefix_ignore_case("作者：张伟", "作者："),
            Some(("作者：", "张伟"))
        );
    }

    #[test]
    fn similarity_of_title_and_heading() {
        assert!(text_similarity("Hello World", "hello world") > 0.99);
        assert!(text_similarity("Hello World", "Something else entirely") < 0.1);
        assert_eq!(text_similarity("", "x"), 0.0);
        // Readability's reads ASCII words only; ours, any script's.
        let title = "城市地铁新线路今日开通_社会频道_晨光新闻网";
        let h1 = "城市地铁新线路今日开通";
        assert_eq!(text_similarity(title, h1), 0.0);
        assert!(word_similarity(title, h1) > 0.99);
        assert!(word_similarity(h1, title) > 0.4);
        assert!(word_similarity(title, "热点排行") < 0.1);
        assert!(word_similarity("Élections : le résultat", "élections") > 0.99);
    }

    #[test]
    fn words_of_any_script_and_each_han_character_or_kana_alone() {
        let words = |s| words(s).collect::<Vec<_>>();
        assert_eq!(words("Don't PANIC, 42!"), ["don", "t", "panic", "42"]);
        assert_eq!(words("iPhone发布。"), ["iphone", "发", "布"]);
        assert_eq!(words("東京タワー"), ["東", "京", "タ", "ワ", "ー"]);
        assert_eq!(words("신형 로켓"), ["신형", "로켓"]);
    }

    #[test]
    fn words_are_counted_as_word_processors_count_them() {
        assert_eq!(word_count("The cat sat — on the mat."), 7);
        // Each Han character or kana a word, their punctuation none.
        assert_eq!(word_count("本报讯（记者 张伟）地铁开通。"), 11);
        assert_eq!(word_count("iPhone发布"), 3);
        assert_eq!(word_count("“東京タワー”へ"), 6);
        // Korean sets its words apart with spaces.
        assert_eq!(word_count("신형 로켓 발사 성공"), 4);
        assert_eq!(word_count(" \n"), 0);
    }

    #[test]
    fn reading_time_counts_characters_where_a_script_has_no_spaces() {
        assert_eq!(reading_time_minutes(""), 0);
        assert_eq!(reading_time_minutes("word"), 1);
        assert_eq!(reading_time_minutes(&"word ".repeat(WORDS_PER_MINUTE)), 1);
        assert_eq!(
            reading_time_minutes(&"word ".repeat(WORDS_PER_MINUTE + 1)),
            2
        );
        // 1,100 characters of Chinese: three minutes, where its 100
        // space-separated runs would have been one.
        let chinese = "地铁六号线正式开通运营。 ".repeat(100);
        assert_eq!(word_count(&chinese), 1100);
        assert_eq!(reading_time_minutes(&chinese), 3);
        // Half a minute of each: one minute.
        let mixed =
            "word ".repeat(WORDS_PER_MINUTE / 2) + &"字".repeat(HAN_AND_KANA_PER_MINUTE / 2);
        assert_eq!(reading_time_minutes(&mixed), 1);
    }

    #[test]
    fn a_phrase_of_han_characters_is_as_long_as_its_words_are() {
        assert_eq!(phrase_length("The Daily Gazette"), 3);
        assert_eq!(phrase_length("東都新報デジタル"), 4);
        assert_eq!(phrase_length("晨光新闻网"), 3);
    }
}
