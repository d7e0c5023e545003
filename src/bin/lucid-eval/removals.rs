//! `--removals`: which line of the engine's code removed the words that a
//! page's reference keeps and its view lacks. The engine tells every
//! removal, and which tree the view was made of, through the `log` facade
//! ([`lucid_reader::trace`]); this module hears it on each worker thread,
//! keeps the removals behind the view, and hands each missing word to one
//! removal that took it.
//!
//! A word is counted once. The removals most of whose words are missing
//! claim theirs first, so that a paragraph's words go to the step that
//! removed the paragraph, not to a menu removed earlier that shares a "the"
//! with it; and a removal few of whose words are missing claims none (see
//! [`MIN_SHARE_MISSING`]). Missing words no removal claims were never in
//! the content the engine chose, or were dropped with their element by the
//! serializer.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

use lucid_reader::trace::{self, Event, Removal};

use crate::metric;
use crate::report::PageResult;

/// A removal claims missing words only when at least this share of its
/// words are missing: a script's JSON or a menu that shares a few words with
/// the lost text does not claim them. (Over the corpus, 96% of the scripts
/// and styles removed have less than a tenth of their words missing, and a
/// fifth of the other removals have more than half.)
const MIN_SHARE_MISSING: f64 = 0.25;
/// How much of a removed text the TSV quotes.
const MAX_QUOTED_CHARS: usize = 300;
/// How many lines of code the summary lists.
const SUMMARY_LINES: usize = 30;

pub use trace::{heard_during, listen};

/// A removal behind the view and the words it took.
#[derive(Debug, Clone, PartialEq)]
pub struct Taken {
    pub removal: Removal,
    /// How many words it held.
    pub words: usize,
    /// How many of them the reference keeps and the view lacks.
    pub lost: usize,
}

/// What a page's view lacks, by the removals that took it.
#[derive(Debug, Default)]
pub struct Attribution {
    /// The removals behind the view, in the order they were made.
    pub taken: Vec<Taken>,
    /// The missing words no removal claims.
    pub unclaimed: usize,
}

/// The removals behind the view ([`trace::removals_behind_the_view`]), each
/// with the missing words it claims.
pub fn attribute(events: Vec<Event>, view: &str, reference: &str) -> Attribution {
    if events.is_empty() {
        return Attribution::default();
    }
    let removals = trace::removals_behind_the_view(events);
    let view = view.to_lowercase();
    let reference = reference.to_lowercase();
    let (in_view, _) = metric::bag(&view);
    let (mut missing, _) = metric::bag(&reference);
    for (token, n) in missing.iter_mut() {
        *n = n.saturating_sub(in_view.get(token).copied().unwrap_or(0));
    }
    let lowered: Vec<String> = removals.iter().map(|r| r.text.to_lowercase()).collect();
    let tokens: Vec<Vec<&str>> = lowered
        .iter()
        .map(|t| metric::tokens(t).collect())
        .collect();
    let share_missing = |tokens: &[&str]| {
        let found = tokens
            .iter()
            .filter(|&&token| missing.get(token).is_some_and(|&n| n > 0))
            .count();
        if tokens.is_empty() {
            0.0
        } else {
            found as f64 / tokens.len() as f64
        }
    };
    let mut order: Vec<(usize, f64)> = tokens
        .iter()
        .enumerate()
        .map(|(i, tokens)| (i, share_missing(tokens)))
        .collect();
    order.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut lost = vec![0; removals.len()];
    for (i, share) in order {
        if share < MIN_SHARE_MISSING {
            continue;
        }
        for &token in &tokens[i] {
            if let Some(n) = missing.get_mut(token).filter(|n| **n > 0) {
                *n -= 1;
                lost[i] += 1;
            }
        }
    }
    let taken = removals
        .into_iter()
        .zip(tokens.iter().map(Vec::len).zip(lost))
        .filter(|(_, (words, _))| *words > 0)
        .map(|(removal, (words, lost))| Taken {
            removal,
            words,
            lost,
        })
        .collect();
    Attribution {
        taken,
        unclaimed: missing.values().map(|&n| n as usize).sum(),
    }
}

/// The removals that lost words, one per line, for sorting and grepping.
pub fn tsv(results: &[PageResult]) -> String {
    let mut out = String::from("corpus\tpage\tpage_type\tstage\tat\twhat\twords\tlost\ttext\n");
    for r in results {
        for taken in r.traced.taken.iter().filter(|t| t.lost > 0) {
            let removal = &taken.removal;
            let text: String = removal.text.chars().take(MAX_QUOTED_CHARS).collect();
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                r.tsv_columns(),
                removal.stage,
                removal.at,
                removal.what,
                taken.words,
                taken.lost,
                text
            );
        }
    }
    out
}

/// The lines of code that lost the most words, over all pages.
pub fn summary(results: &[PageResult]) -> String {
    #[derive(Default)]
    struct Sums {
        words: usize,
        lost: usize,
        pages: usize,
    }
    let mut by_line: BTreeMap<&str, Sums> = BTreeMap::new();
    let mut unclaimed = Sums::default();
    for r in results {
        unclaimed.lost += r.traced.unclaimed;
        unclaimed.pages += usize::from(r.traced.unclaimed > 0);
        let mut lines_of_page: HashMap<&str, usize> = HashMap::new();
        for taken in &r.traced.taken {
            let at = taken.removal.at.as_str();
            let sums = by_line.entry(at).or_default();
            sums.words += taken.words;
            sums.lost += taken.lost;
            *lines_of_page.entry(at).or_default() += taken.lost;
        }
        for (at, lost) in lines_of_page {
            if lost > 0 {
                by_line.entry(at).or_default().pages += 1;
            }
        }
    }
    let mut ranked: Vec<(&str, Sums)> = by_line.into_iter().collect();
    ranked.sort_by(|a, b| b.1.lost.cmp(&a.1.lost).then(a.0.cmp(b.0)));
    let mut out = String::from(
        "\nRemovals: the words each line of code removed, and how many of them the\n\
         reference keeps and the view lacks (lost), on how many pages\n\
         \x20     lost   removed  pages  at\n",
    );
    for (at, sums) in ranked.iter().take(SUMMARY_LINES) {
        let _ = writeln!(
            out,
            "  {:>8}  {:>8}  {:>5}  {at}",
            sums.lost, sums.words, sums.pages
        );
    }
    let _ = writeln!(
        out,
        "  {:>8}  {:>8}  {:>5}  (no removal: never in the content chosen, or dropped by the serializer)",
        unclaimed.lost, "", unclaimed.pages
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn removed(at: &str, text: &str) -> Event {
        Event::Removed {
            at: at.into(),
            what: "div".into(),
            text: text.into(),
        }
    }

    fn counted(traced: &Attribution) -> Vec<(&str, usize, usize)> {
        let taken = traced.taken.iter();
        taken
            .map(|t| (t.removal.at.as_str(), t.words, t.lost))
            .collect()
    }

    #[test]
    fn the_words_of_a_removal_behind_the_view_are_lost_where_the_view_lacks_them() {
        let events = vec![
            Event::Begin("page".into()),
            removed("page.rs:1", "Accept cookies"),
            Event::Begin("attempt 1".into()),
            removed("attempt.rs:1", "The quiet harbour at dawn"),
            Event::Begin("attempt 2".into()),
            removed("conditional.rs:1", "The quiet harbour at dawn"),
            Event::Kept("attempt 2".into()),
        ];
        let traced = attribute(events, "Fishing boats", "The quiet harbour at dawn. Boats");
        assert_eq!(
            counted(&traced),
            [("page.rs:1", 2, 0), ("conditional.rs:1", 5, 5)]
        );
        // "Boats" is in the view; nothing else is missing.
        assert_eq!(traced.unclaimed, 0);
    }

    #[test]
    fn a_word_goes_to_the_removal_that_is_most_missing_text() {
        let events = vec![
            Event::Begin("page".into()),
            // A menu, removed first, shares "the" with the lost paragraph.
            removed("page.rs:1", "Home The team Contact"),
            removed("conditional.rs:1", "the lighthouse keeper"),
            Event::Kept("attempt 1".into()),
        ];
        let traced = attribute(events, "A story", "A story about the lighthouse keeper");
        assert_eq!(
            counted(&traced),
            [("page.rs:1", 4, 0), ("conditional.rs:1", 3, 3)]
        );
        assert_eq!(traced.unclaimed, 1);
    }

    #[test]
    fn a_removal_mostly_of_other_words_claims_none() {
        let events = vec![
            Event::Begin("page".into()),
            removed(
                "page.rs:1",
                "var lighthouse = { tracking: true, consent: false }",
            ),
            Event::Kept("attempt 1".into()),
        ];
        let traced = attribute(events, "", "lighthouse");
        assert_eq!(counted(&traced), [("page.rs:1", 6, 0)]);
        assert_eq!(traced.unclaimed, 1);
    }
}
