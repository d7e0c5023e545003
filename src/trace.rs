//! What the engine tells a listener about its work, to find out why text is
//! missing from a view: every element or text a step removes, with the line
//! of code that removed it, and which tree the view was made of (each
//! attempt and the main region work on a copy of the page; one is kept).
//!
//! A removal is named by the line that asked for it: a helper that removes
//! for its caller passes the caller's line on (`#[track_caller]`), and
//! the chosen content's tidying, which finds all it removes first, is
//! named by its loop's line, its finders listed above it.
//!
//! It is told through the `log` facade, at the trace level under
//! [`TARGET`], so it costs nothing unless a logger listens; the extension's
//! wasm compiles it out. Each message is one [`Event`], written by its
//! `Display` and read back by [`Event::parse`]. Natively, [`listen`] and
//! [`heard_during`] hear them, and [`removals_behind_the_view`] keeps the
//! removals that made the view: `lucid extract --format removed` lists
//! them, `lucid-eval --removals` ranks what each line of code removed that
//! the reference keeps.

use std::fmt;

use html5ever::local_name;

use crate::dom::{Document, NodeId};
use crate::text::normalize_whitespace;

/// The `log` target of the engine's events.
pub const TARGET: &str = "lucid_reader::trace";

/// How much of a removed element's class and id an event quotes.
const MAX_NAME_CHARS: usize = 120;

/// One step of the engine's work, as a listener hears it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A stage begins; what it removes is removed from its own tree:
    /// `page` (before the attempts, from the tree they all copy),
    /// `attempt N` (N from 1, the strictest first), `region` (the page's
    /// main region, from the same tree), `chosen` (the content the view is
    /// made of, tidied).
    Begin(String),
    /// This stage's tree (`attempt N`, `region`), or the article's
    /// JSON-LD text (`json-ld`), is kept for the view, unless a later one
    /// is: the last one told is what the view is made of.
    Kept(String),
    /// A step removed an element or a text.
    Removed {
        /// The line of code that removed it: `src/clean/conditional.rs:117`.
        at: String,
        /// Its tag, classes and id: `div.share-bar#top`; `#text` for text.
        what: String,
        /// Its text, whitespace collapsed.
        text: String,
    },
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Event::Begin(stage) => write!(f, "begin\t{stage}"),
            Event::Kept(stage) => write!(f, "kept\t{stage}"),
            Event::Removed { at, what, text } => write!(f, "removed\t{at}\t{what}\t{text}"),
        }
    }
}

impl Event {
    /// Reads back an event's message; `None` for any other message.
    pub fn parse(message: &str) -> Option<Event> {
        let (kind, rest) = message.split_once('\t')?;
        match kind {
            "begin" => Some(Event::Begin(rest.to_string())),
            "kept" => Some(Event::Kept(rest.to_string())),
            "removed" => {
                let mut fields = rest.splitn(3, '\t');
                let at = fields.next()?.to_string();
                let what = fields.next()?.to_string();
                let text = fields.next()?.to_string();
                Some(Event::Removed { at, what, text })
            }
            _ => None,
        }
    }
}

/// A removal behind the view: one of the tree the view was made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removal {
    /// The stage that made it (see [`Event::Begin`]).
    pub stage: String,
    /// The line of code that removed it.
    pub at: String,
    /// Its tag, classes and id.
    pub what: String,
    /// Its text, whitespace collapsed.
    pub text: String,
}

/// The stage before the attempts, whose removals every tree shares.
const PAGE_STAGE: &str = "page";
/// The stage that tidies the content chosen, whatever tree it came from.
const CHOSEN_STAGE: &str = "chosen";
/// What the view is made of when the article is the page's JSON-LD text.
const JSON_LD: &str = "json-ld";

/// The removals of one extraction's events that made its view, in the
/// order they were made: those of the stage whose tree was kept, with the
/// page's before them and the chosen content's after. Text from JSON-LD
/// owes nothing to the page's removals.
pub fn removals_behind_the_view(events: Vec<Event>) -> Vec<Removal> {
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
                let counts = stage == CHOSEN_STAGE
                    || stage == kept
                    || (stage == PAGE_STAGE && kept != JSON_LD);
                if counts {
                    removals.push(Removal {
                        stage: stage.clone(),
                        at,
                        what,
                        text,
                    });
                }
            }
        }
    }
    removals
}

/// Hearing the engine natively: a logger that keeps each thread's events
/// apart, so that pages extracted on several threads at once each get
/// their own.
#[cfg(not(target_arch = "wasm32"))]
mod listener {
    use std::cell::RefCell;

    use super::{Event, TARGET};

    thread_local! {
        /// The events heard on this thread since [`heard_during`] began.
        static HEARD: RefCell<Vec<Event>> = const { RefCell::new(Vec::new()) };
    }

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

    /// Starts hearing the engine's events, for the rest of the process. It
    /// takes the `log` facade's one logger: it fails if one is set.
    pub fn listen() -> Result<(), String> {
        static LISTENER: Listener = Listener;
        log::set_logger(&LISTENER).map_err(|e| format!("cannot hear the engine: {e}"))?;
        log::set_max_level(log::LevelFilter::Trace);
        Ok(())
    }

    /// Runs `work` (an extraction) and returns what it gave with the events
    /// heard on this thread meanwhile: none unless [`listen`] was called.
    pub fn heard_during<T>(work: impl FnOnce() -> T) -> (T, Vec<Event>) {
        HEARD.with(|heard| heard.borrow_mut().clear());
        let result = work();
        (result, HEARD.with(|heard| heard.take()))
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use listener::{heard_during, listen};

/// Whether anyone listens: events are built only then.
fn listened() -> bool {
    log::log_enabled!(target: TARGET, log::Level::Trace)
}

fn tell(event: &Event) {
    log::trace!(target: TARGET, "{event}");
}

/// Tells that a stage begins (see [`Event::Begin`]).
pub(crate) fn begin(stage: impl fmt::Display) {
    if listened() {
        tell(&Event::Begin(stage.to_string()));
    }
}

/// Tells which tree the view is made of (see [`Event::Kept`]).
pub(crate) fn kept(stage: impl fmt::Display) {
    if listened() {
        tell(&Event::Kept(stage.to_string()));
    }
}

/// Tells that `id` is being removed by the code at `at`.
pub(crate) fn removed(doc: &Document, id: NodeId, at: &std::panic::Location<'_>) {
    // Whitespace between blocks is layout, not content: not told.
    if !listened() || doc.text(id).is_some_and(|t| t.trim().is_empty()) {
        return;
    }
    let what = match doc.tag(id) {
        Some(tag) => {
            let mut what = tag.to_string();
            if let Some(class) = doc.attr(id, &local_name!("class")) {
                for word in class.split_ascii_whitespace() {
                    what.push('.');
                    what.push_str(word);
                }
            }
            if let Some(name) = doc.attr(id, &local_name!("id")) {
                what.push('#');
                what.push_str(name);
            }
            what.chars().take(MAX_NAME_CHARS).collect()
        }
        None if doc.is_text(id) => "#text".to_string(),
        None => "#other".to_string(),
    };
    tell(&Event::Removed {
        at: format!("{}:{}", at.file(), at.line()),
        // A tab or a line break in a name would end its field.
        what: what.replace(['\t', '\n', '\r'], " "),
        text: normalize_whitespace(&doc.text_content(id)),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_reads_back_as_written() {
        for event in [
            Event::Begin("attempt 2".into()),
            Event::Kept("region".into()),
            Event::Removed {
                at: "src/clean/article.rs:242".into(),
                what: "div.share-bar#top".into(),
                text: "Share this article on Facebook".into(),
            },
        ] {
            assert_eq!(Event::parse(&event.to_string()), Some(event));
        }
        assert_eq!(Event::parse("tree builder: reset insertion mode"), None);
        assert_eq!(Event::parse("removed\tsrc/lib.rs:1"), None);
    }

    fn removed(at: &str) -> Event {
        Event::Removed {
            at: at.into(),
            what: "div".into(),
            text: "Share".into(),
        }
    }

    fn lines_of(removals: Vec<Removal>) -> Vec<String> {
        removals.into_iter().map(|r| r.at).collect()
    }

    #[test]
    fn only_the_kept_trees_removals_are_behind_the_view() {
        let events = vec![
            Event::Begin("page".into()),
            removed("page.rs:1"),
            Event::Begin("attempt 1".into()),
            removed("attempt.rs:1"),
            Event::Kept("attempt 1".into()),
            Event::Begin("attempt 2".into()),
            removed("conditional.rs:1"),
            // Longer than the first: kept instead.
            Event::Kept("attempt 2".into()),
            Event::Begin("region".into()),
            removed("region.rs:1"),
            Event::Begin("chosen".into()),
            removed("tidy.rs:1"),
        ];
        assert_eq!(
            lines_of(removals_behind_the_view(events)),
            ["page.rs:1", "conditional.rs:1", "tidy.rs:1"]
        );
    }

    #[test]
    fn json_ld_text_owes_nothing_to_the_pages_removals() {
        let events = vec![
            Event::Begin("page".into()),
            removed("page.rs:1"),
            Event::Begin("attempt 1".into()),
            removed("attempt.rs:1"),
            Event::Kept("attempt 1".into()),
            Event::Kept("json-ld".into()),
            Event::Begin("chosen".into()),
            removed("tidy.rs:1"),
        ];
        assert_eq!(lines_of(removals_behind_the_view(events)), ["tidy.rs:1"]);
    }
}
