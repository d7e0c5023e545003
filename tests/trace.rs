//! The engine's trace (src/trace.rs), heard as `lucid extract --format
//! removed` and `lucid-eval --removals` hear it.

use lucid_reader::extract;
use lucid_reader::trace::{self, Event};

const PARAGRAPH: &str = "The ferry to the island runs twice a day in summer, and once on \
     Sundays; the timetable changes with the tides in spring and autumn.";

#[test]
fn each_removal_is_told_with_the_line_that_made_it() {
    trace::listen().unwrap();

    let body = PARAGRAPH.repeat(3);
    let html = format!(
        "<html><head><title>The ferry</title><script>var tracking = 1;</script></head>\
         <body><div class=\"sidebar\">Follow us for more island news</div>\
         <article><h1>The ferry</h1><form><input name=q><button>Search</button></form>\
         <p>{body}</p><p>{body}</p></article></body></html>"
    );
    let (article, heard) = trace::heard_during(|| extract(&html, None));
    assert!(article.content.contains("timetable"));

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
    // Behind the view: the first attempt's removals, not the region's.
    let behind = trace::removals_behind_the_view(heard.clone());
    assert!(behind
        .iter()
        .any(|r| r.what == "div.sidebar" && r.stage == "attempt 1"));
    let mut stage = "";
    let mut region_removed = false;
    for event in &heard {
        match event {
            Event::Begin(s) => stage = s,
            Event::Removed { .. } => region_removed |= stage == "region",
            Event::Kept(_) => {}
        }
    }
    assert!(region_removed, "the region's search form: {heard:?}");
    assert!(behind.iter().all(|r| r.stage != "region"));
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
