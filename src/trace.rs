//! What the engine tells a listener about its work, to find out why text is
//! missing from a view: every element or text a step removes, with the line
//! of code that removed it, and which tree the view was made of (each
//! attempt and the main region work on a copy of the page; one is kept).
//!
//! It is told through the `log` facade, at the trace level under
//! [`TARGET`], so it costs nothing unless a logger listens; the extension's
//! wasm compiles it out. Each message is one [`Event`], written by its
//! `Display` and read back by [`Event::parse`]. `lucid-eval --removals`
//! listens, and ranks what each line of code removed that the reference
//! keeps.

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
    if !listened() {
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
}
