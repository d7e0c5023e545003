//! The safe-output suite: every case of `tests/hostile/cases.txt` (hostile
//! markup of every kind the issue lists, written by the project) is placed
//! inside the genuine article of `tests/hostile/article.html` and extracted.
//! For each, the output parsed back must pass the allowlist of
//! `tests/support/safe_output.rs` (no script, no handler, no frame or plugin,
//! no style, no URL with a scheme that runs or embeds code), and the genuine
//! article around the payload must still be there.
//!
//! `tests/hostile/render.test.mjs` renders the same outputs in real browsers,
//! where any payload that ran would set a flag.

#[path = "support/safe_output.rs"]
mod safe_output;

use lucid_reader::{extract, is_probably_readerable};
use url::Url;

const CASES: &str = include_str!("hostile/cases.txt");
const ARTICLE: &str = include_str!("hostile/article.html");

/// Where the payload goes in the article page.
const BODY_MARKER: &str = "<!-- HOSTILE BODY -->";
const HEAD_MARKER: &str = "<!-- HOSTILE HEAD -->";

/// The suite's size, as the issue asks.
const MIN_CASES: usize = 150;

/// The page URL outputs are resolved against.
const PAGE_URL: &str = "https://news.example.com/heritage/tide-mill.html";

/// The start of each of the article's six paragraphs: all must survive.
const ARTICLE_PARAGRAPHS: [&str; 6] = [
    "After forty years of silence, the tide mill at Saltmarsh Creek ground its first sack",
    "The mill works the way it did in 1790",
    "Volunteers found the original gearing buried in silt",
    "The trust that owns the building plans to open it to visitors",
    "Engineers from the university will also measure how much power",
    "For the volunteers the numbers matter less than the sound.",
];

/// Cases whose payload swallows the rest of the page in a browser too, so
/// only the paragraphs before it can be kept: in `math-form-mglyph` the
/// nested forms make `<mglyph><style>` HTML, and the HTML `<style>` holds
/// everything after it as raw text.
const SWALLOWING_CASES: &[&str] = &["math-form-mglyph"];

/// How many of [`ARTICLE_PARAGRAPHS`] come before the payload.
const PARAGRAPHS_BEFORE_PAYLOAD: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Placement {
    /// Inside the article, between its third and fourth paragraphs.
    Body,
    /// In the page's `<head>`.
    Head,
    /// The payload is the whole page.
    Page,
}

struct Case {
    name: String,
    placement: Placement,
    payload: String,
}

impl Case {
    /// The page the extractor is given.
    fn page(&self) -> String {
        match self.placement {
            Placement::Body => ARTICLE.replace(BODY_MARKER, &self.payload),
            Placement::Head => ARTICLE.replace(HEAD_MARKER, &self.payload),
            Placement::Page => self.payload.clone(),
        }
    }
}

/// Reads `cases.txt`: `=== NAME [@head|@page]` starts a case, its payload is
/// the lines up to the next header; `#` lines are comments. The render test
/// reads the file the same way.
fn cases() -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    for line in CASES.lines() {
        if let Some(header) = line.strip_prefix("=== ") {
            let mut words = header.split_whitespace();
            let name = words.next().unwrap_or_default().to_string();
            let placement = match words.next() {
                None => Placement::Body,
                Some("@head") => Placement::Head,
                Some("@page") => Placement::Page,
                Some(other) => panic!("case {name}: unknown placement {other}"),
            };
            cases.push(Case {
                name,
                placement,
                payload: String::new(),
            });
        } else if line.starts_with('#') {
            continue;
        } else if let Some(case) = cases.last_mut() {
            case.payload.push_str(line);
            case.payload.push('\n');
        }
    }
    for case in &mut cases {
        case.payload = case.payload.trim_end().to_string();
    }
    cases
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_suite_has_enough_distinct_cases() {
    let cases = cases();
    assert!(
        cases.len() >= MIN_CASES,
        "{} cases, want {MIN_CASES}",
        cases.len()
    );
    let mut names: Vec<&str> = cases.iter().map(|c| c.name.as_str()).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len(), "duplicate case names");
    for c in &cases {
        assert!(!c.payload.is_empty(), "case {} has no payload", c.name);
        assert!(
            c.name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "case name {} (used as a file name)",
            c.name
        );
    }
}

#[test]
fn no_hostile_case_produces_active_content() {
    let page_url = Url::parse(PAGE_URL).unwrap();
    let mut failures = Vec::new();
    for case in cases() {
        let html = case.page();
        for url in [Some(&page_url), None] {
            let article = extract(&html, url);
            if let Err(e) = safe_output::check_article(&article, url) {
                failures.push(format!(
                    "{} (url {:?}): {e}\n    {}",
                    case.name,
                    url.map(Url::as_str),
                    article.content
                ));
            }
        }
        // The quick check reads the same page; it must not trip over it.
        is_probably_readerable(&html);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_article_around_each_payload_is_kept() {
    let page_url = Url::parse(PAGE_URL).unwrap();
    let mut failures = Vec::new();
    for case in cases() {
        if case.placement == Placement::Page {
            continue;
        }
        let article = extract(&case.page(), Some(&page_url));
        let text = squash(&article.text_content);
        let expected = if SWALLOWING_CASES.contains(&case.name.as_str()) {
            &ARTICLE_PARAGRAPHS[..PARAGRAPHS_BEFORE_PAYLOAD]
        } else {
            &ARTICLE_PARAGRAPHS[..]
        };
        let missing: Vec<&str> = expected
            .iter()
            .copied()
            .filter(|p| !text.contains(p))
            .collect();
        if !article.readerable || !missing.is_empty() {
            failures.push(format!(
                "{}: readerable {}, missing {missing:?}",
                case.name, article.readerable
            ));
        }
        if article.title.as_deref() != Some("The tide mill at Saltmarsh Creek turns again") {
            failures.push(format!("{}: title {:?}", case.name, article.title));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn pages_opening_with_an_unterminated_script_or_comment_have_no_article() {
    // A page that opens with an unterminated script or comment: what follows
    // is script text or comment, as in a browser, so there is no article
    // (and nothing of the payload may leak as markup).
    for name in [
        "script-unterminated-at-start",
        "comment-unterminated-at-start",
    ] {
        let case = cases().into_iter().find(|c| c.name == name).unwrap();
        let article = extract(&case.page(), None);
        assert!(!article.readerable, "{name}: {}", article.content);
        assert!(article.content.is_empty());
    }
}
