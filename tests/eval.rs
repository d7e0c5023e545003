//! The `lucid-eval` binary on a corpus of one page it writes itself: what
//! `--removals` says of a removal that took words the reference keeps.

use std::path::PathBuf;
use std::process::{Command, Output};

/// Prose for the article, long enough that the first attempt keeps it.
const PROSE: &str = "For more than two centuries, lighthouse keepers lived at the edge of \
    the map, tending lamps that guided ships past rocks and shoals. Their days were measured \
    in wicks trimmed, lenses polished, and logbooks filled with careful notes.";

/// A line the page sets in a sidebar, which the engine removes as unlikely
/// content, and which the reference keeps.
const SIDEBAR_LINE: &str = "Every keeper wrote the weather into the station's logbook at dawn.";

/// A Readability-layout corpus (`readability/PAGE/source.html` and
/// `expected.html`) of one page.
fn corpus(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lucid-eval-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let page = dir.join("readability").join("keepers");
    std::fs::create_dir_all(&page).expect("create the corpus");
    let article = format!("<p>{PROSE}</p>").repeat(4);
    let source = format!(
        "<html><head><title>Keepers</title></head><body>\
         <div class=\"sidebar\"><p>{SIDEBAR_LINE}</p></div>\
         <article><h1>Keepers</h1>{article}</article></body></html>"
    );
    let expected = format!("<div><p>{SIDEBAR_LINE}</p>{article}</div>");
    std::fs::write(page.join("source.html"), source).expect("write the page");
    std::fs::write(page.join("expected.html"), expected).expect("write its reference");
    dir
}

fn lucid_eval(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lucid-eval"))
        .args(args)
        .output()
        .expect("run lucid-eval")
}

#[test]
fn removals_name_the_line_that_took_the_references_words() {
    let dir = corpus("removals");
    let tsv = dir.join("removals.tsv");
    let output = lucid_eval(&["--removals", tsv.to_str().unwrap(), dir.to_str().unwrap()]);
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let summary = stdout.split("\nRemovals:").nth(1).expect("a summary");
    // The sidebar's 12 words ("station's" is two), lost by the unlikely
    // step of the first attempt.
    let line = summary
        .lines()
        .find(|l| l.contains("src/score/attempt.rs:"))
        .expect("the unlikely step's line");
    let numbers: Vec<&str> = line.split_whitespace().take(3).collect();
    assert_eq!(numbers, ["12", "12", "1"], "{line}");

    let rows = std::fs::read_to_string(&tsv).expect("the removals file");
    let row: Vec<&str> = rows
        .lines()
        .find(|r| r.contains("div.sidebar"))
        .expect("the sidebar's row")
        .split('\t')
        .collect();
    assert_eq!(&row[..4], ["readability", "keepers", "", "attempt 1"]);
    assert!(row[4].starts_with("src/score/attempt.rs:"), "{row:?}");
    assert_eq!(&row[6..], ["12", "12", SIDEBAR_LINE]);

    // Without the option, no summary.
    let output = lucid_eval(&[dir.to_str().unwrap()]);
    assert!(output.status.success(), "{output:?}");
    assert!(!String::from_utf8_lossy(&output.stdout).contains("Removals:"));
    let _ = std::fs::remove_dir_all(&dir);
}
