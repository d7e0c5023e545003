//! The engine's trace (src/trace.rs), heard as `lucid-eval --removals`
//! hears it: through a `log` logger.

use std::sync::Mutex;

use lucid_reader::extract;
use lucid_reader::trace::{Event, TARGET};

/// Every event of the engine, from any thread (this file's one test).
static HEARD: Mutex<Vec<Event>> = Mutex::new(Vec::new());

struct Listener;

impl log::Log for Listener {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.target() == TARGET
    }

    fn log(&self, record: &log::Record<'_>) {
        if self.enabled(record.metadata()) {
            let event = Event::parse(&record.args().to_string()).expect("an event");
            HEARD.lock().unwrap().push(event);
        }
    }

    fn flush(&self) {}
}

const PARAGRAPH: &str = "The ferry to the island runs twice a day in summer, and once on \
     Sundays; the timetable changes with the tides in spring and autumn.";

#[test]
fn each_removal_is_told_with_the_line_that_made_it() {
    static LISTENER: Listener = Listener;
    log::set_logger(&LISTENER).unwrap();
    log::set_max_level(log::LevelFilter::Trace);

    let body = PARAGRAPH.repeat(3);
    let html = format!(
        "<html><head><title>The ferry</title><script>var tracking = 1;</script></head>\
         <body><div class=\"sidebar\">Follow us for more island news</div>\
         <article><h1>The ferry</h1><p>{body}</p><p>{body}</p></article></body></html>"
    );
    let article = extract(&html, None);
    assert!(article.content.contains("timetable"));
    let heard = HEARD.lock().unwrap().clone();

    let removed = |what: &str| {
        heard.iter().find_map(|e| match e {
            Event::Removed { at, what: w, text } if w == what => Some((at.clone(), text.clone())),
            _ => None,
        })
    };
    let (at, text) = removed("div.sidebar").expect("the sidebar's removal");
    assert!(at.starts_with("src/score/attempt.rs:"), "{at}");
    assert_eq!(text, "Follow us for more island news");
    let (at, _) = removed("script").expect("the script's removal");
    assert!(at.starts_with("src/clean/page.rs:"), "{at}");

    // What moves into the article is not removed.
    assert!(!heard.iter().any(|e| matches!(
        e,
        Event::Removed { text, .. } if text.contains("timetable")
    )));
    // The stages, in order, and the tree kept: the article is short, so
    // the page's main region is weighed against it, and not kept.
    let stages: Vec<String> = heard
        .iter()
        .filter_map(|e| match e {
            Event::Begin(stage) => Some(format!("begin {stage}")),
            Event::Kept(stage) => Some(format!("kept {stage}")),
            Event::Removed { .. } => None,
        })
        .collect();
    assert_eq!(
        stages,
        [
            "begin page",
            "begin attempt 1",
            "kept attempt 1",
            "begin region",
            "begin chosen"
        ]
    );
}
