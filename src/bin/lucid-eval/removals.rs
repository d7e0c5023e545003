//! `--removals`: which line of the engine's code removed the words that a
//! page's reference keeps and its view lacks. The engine tells every
//! removal, and which tree the view was made of, through the `log` facade
//! ([`lucid_reader::trace`]); this module listens on each worker thread,
//! keeps the removals of the stages the view comes from, and hands each
//! missing word to one removal that took it.
//!
//! A word is counted once. The removals most of whose words are missing
//! claim theirs first, so that a paragraph's words go to the step that
//! removed the paragraph, not to a menu removed earlier that shares a "the"
//! with it; and a removal few of whose words are missing claims none (see
//! [`MIN_SHARE_MISSING`]). Missing words no removal claims were never in
//! the content the engine chose, or were dropped with their element by the
//! serializer.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

use lucid_reader::trace::{Event, TARGET};

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

/// The stage before the attempts, whose removals every tree shares.
const PAGE_STAGE: &str = "page";
/// The stage that tidies the content chosen, whatever tree it came from.
const CHOSEN_STAGE: &str = "chosen";

thread_local! {
    /// The events of the page this thread is extracting.
    static HEARD: RefCell<Vec<Event>> = const { RefCell::new(Vec::new()) };
}

/// Hears the engine's events, on the thread that extracts.
struct Listener;

impl log::Log for Listener {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.target() == TARGET
    }

    fn log(&self, record: &log::Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        if let Some(event) = Event::parse(&record.args().to_string()) {
            HEARD.with(|heard| heard.borrow_mut().push(event));
        }
    }

    fn flush(&self) {}
}

/// Starts listening to the engine, for the whole run.
pub fn listen() -> Result<(), String> {
    static LISTENER: Listener = Listener;
    log::set_logger(&LISTENER).map_err(|e| format!("cannot listen to the engine: {e}"))?;
    log::set_max_level(log::LevelFilter::Trace);
    Ok(())
}

/// Runs `extract` and returns what it gave with the events heard meanwhile
/// (none unless [`listen`] was called).
pub fn heard_during<T>(extract: impl FnOnce() -> T) -> (T, Vec<Event>) {
    HEARD.with(|heard| heard.borrow_mut().clear());
    let result = extract();
    (result, HEARD.with(|heard| heard.take()))
}

/// One removal of the stages the view comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Removal {
    pub stage: String,
    /// The line of code that removed it.
    pub at: String,
    /// Its tag, classes and id.
    pub what: String,
    /// How many words it held.
    pub words: usize,
    /// How many of them the reference keeps and the view lacks.
    pub lost: usize,
    pub text: String,
}

/// What a page's view lacks, by the removals that took it.
#[derive(Debug, Default)]
pub struct Attribution {
    /// The removals behind the view, in the order they were made.
    pub removals: Vec<Removal>,
    /// The missing words no removal claims.
    pub unclaimed: usize,
}

/// The removals behind the view, each with the missing words it claims:
/// those of the stage whose tree was kept, with the page's before them and
/// the chosen content's after.
pub fn attribute(events: Vec<Event>, view: &str, reference: &str) -> Attribution {
    if events.is_empty() {
        return Attribution::default();
    }
    let kept = events
        .iter()
        .rev()
        .find_map(|e| match e {
            Event::Kept(stage) => Some(stage.clone()),
            _ => None,
        })
        .unwrap_or_default();
    let mut stage = String::new();
    let mut removals = Vec::new();
    for event in events {
        match event {
            Event::Begin(s) => stage = s,
            Event::Kept(_) => {}
            Event::Removed { at, what, text } => {
                // Text from JSON-LD shares nothing with the page's tree.
                let counts = stage == CHOSEN_STAGE
                    || stage == kept
                    || (stage == PAGE_STAGE && kept != "json-ld");
                if counts {
                    removals.push(Removal {
                        stage: stage.clone(),
                        at,
                        what,
                        words: 0,
                        lost: 0,
                        text,
                    });
                }
            }
        }
    }

    let view = view.to_lowercase();
    let reference = reference.to_lowercase();
    let (in_view, _) = metric::bag(&view);
    let (mut missing, _) = metric::bag(&reference);
    for (token, n) in missing.iter_mut() {
        *n = n.saturating_sub(in_view.get(token).copied().unwrap_or(0));
    }
    let lowered: Vec<String> = removals.iter().map(|r| r.text.to_lowercase()).collect();
    let share_missing = |text: &str| {
        let (mut all, mut found) = (0usize, 0usize);
        for token in metric::tokens(text) {
            all += 1;
            found += usize::from(missing.get(token).is_some_and(|&n| n > 0));
        }
        if all == 0 {
            0.0
        } else {
            found as f64 / all as f64
        }
    };
    let mut order: Vec<(usize, f64)> = lowered
        .iter()
        .enumerate()
        .map(|(i, text)| (i, share_missing(text)))
        .collect();
    order.sort_by(|a, b| b.1.total_cmp(&a.1));
    for (i, share) in order {
        let claims = share >= MIN_SHARE_MISSING;
        let removal = &mut removals[i];
        for token in metric::tokens(&lowered[i]) {
            removal.words += 1;
            if let Some(n) = missing.get_mut(token).filter(|n| claims && **n > 0) {
                *n -= 1;
                removal.lost += 1;
            }
        }
    }
    removals.retain(|r| r.words > 0);
    Attribution {
        removals,
        unclaimed: missing.values().map(|&n| n as usize).sum(),
    }
}

/// The removals that lost words, one per line, for sorting and grepping.
pub fn tsv(results: &[PageResult]) -> String {
    let mut out = String::from("corpus\tpage\tpage_type\tstage\tat\twhat\twords\tlost\ttext\n");
    for r in results {
        for removal in r.traced.removals.iter().filter(|removal| removal.lost > 0) {
            let text: String = removal.text.chars().take(MAX_QUOTED_CHARS).collect();
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                r.tsv_columns(),
                removal.stage,
                removal.at,
                removal.what,
                removal.words,
                removal.lost,
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
        for removal in &r.traced.removals {
            let sums = by_line.entry(&removal.at).or_default();
            sums.words += removal.words;
            sums.lost += removal.lost;
            *lines_of_page.entry(&removal.at).or_default() += removal.lost;
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

    #[test]
    fn only_the_kept_trees_removals_count() {
        let events = vec![
            Event::Begin("page".into()),
            removed("page.rs:1", "Accept cookies"),
            Event::Begin("attempt 1".into()),
            removed("attempt.rs:1", "The quiet harbour at dawn"),
            Event::Begin("attempt 2".into()),
            removed("conditional.rs:1", "The quiet harbour at dawn"),
            Event::Kept("attempt 2".into()),
            Event::Begin("region".into()),
            removed("region.rs:1", "The quiet harbour at dawn"),
            Event::Begin("chosen".into()),
            removed("tidy.rs:1", "Share"),
        ];
        let traced = attribute(events, "Fishing boats", "The quiet harbour at dawn. Boats");
        let removals = &traced.removals;
        let at: Vec<&str> = removals.iter().map(|r| r.at.as_str()).collect();
        assert_eq!(at, ["page.rs:1", "conditional.rs:1", "tidy.rs:1"]);
        assert_eq!(removals[1].lost, 5);
        assert_eq!(removals[0].lost + removals[2].lost, 0);
        // "Boats" is in the view; nothing is missing but what was removed.
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
        let removals = &traced.removals;
        assert_eq!((removals[0].words, removals[0].lost), (4, 0));
        assert_eq!((removals[1].words, removals[1].lost), (3, 3));
    }

    #[test]
    fn json_ld_text_owes_nothing_to_the_pages_removals() {
        let events = vec![
            Event::Begin("page".into()),
            removed("page.rs:1", "lighthouse"),
            Event::Begin("attempt 1".into()),
            Event::Kept("attempt 1".into()),
            Event::Kept("json-ld".into()),
        ];
        let traced = attribute(events, "", "lighthouse");
        assert!(traced.removals.is_empty());
        assert_eq!(traced.unclaimed, 1);
    }
}
