//! The `lucid` binary as a user runs it: arguments, files and standard
//! input, output formats, byte decoding and exit codes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// A clear article: five paragraphs of prose inside `<article>`, with the
/// navigation and footer a reader view must drop.
const ARTICLE: &str = r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>The Quiet Life of Lighthouse Keepers</title>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a></nav>
<article>
<h1>The Quiet Life of Lighthouse Keepers</h1>
<p>For more than two centuries, lighthouse keepers lived at the edge of the map, tending lamps that guided ships past rocks and shoals. Their days were measured in wicks trimmed, lenses polished, and logbooks filled with careful notes about the weather.</p>
<p>The work was lonely, but it was rarely idle. Keepers climbed the tower stairs many times a night, wound the clockwork that turned the lens, and watched the horizon for vessels in trouble, ready to row out when the sea allowed it.</p>
<p>Families often lived at the stations, and children learned to read by lamplight, with supply boats bringing books, letters, and news from the mainland only when the weather was kind enough to let them land.</p>
<p>Automation arrived slowly, then all at once. By the end of the twentieth century most lights ran without anyone living beside them, and the keepers' cottages became museums, holiday rentals, or simply empty rooms.</p>
<p>Yet the stories remain, written in those logbooks and in the memories of the last keepers, who still describe the particular silence of a calm night, when the only sound was the slow turning of the great lens above them.</p>
<p>See the <a href="/photos/lamp.html">photographs of the lamp room</a> from our visit.</p>
</article>
<footer><p>Subscribe to our newsletter for weekly updates. Copyright 2025 Example Media.</p></footer>
</body></html>
"#;

/// A page with no article at all.
const NO_ARTICLE: &str = "<!DOCTYPE html><html><head><title>Login</title></head><body>\
<form><input name=user><button>Sign in</button></form></body></html>";

/// A fresh directory for one test's files.
fn temp_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lucid-cli-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write test file");
    path
}

fn lucid(args: &[&str]) -> Output {
    lucid_with_stdin(args, b"")
}

fn lucid_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lucid"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run lucid");
    // Write then close stdin, so a reader of `-` sees its end.
    let mut pipe = child.stdin.take().expect("stdin pipe");
    // The child may exit without reading (usage errors): ignore EPIPE.
    let _ = pipe.write_all(stdin);
    drop(pipe);
    child.wait_with_output().expect("wait for lucid")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}

/// Asserts the text holds the article's prose and none of the page clutter.
fn assert_article_text(text: &str) {
    for phrase in [
        "tending lamps that guided ships",
        "children learned to read by lamplight",
        "the slow turning of the great lens above them",
    ] {
        assert!(text.contains(phrase), "missing {phrase:?} in {text:?}");
    }
    for clutter in ["Subscribe to our newsletter", "About us"] {
        assert!(!text.contains(clutter), "clutter {clutter:?} in {text:?}");
    }
}

#[test]
fn json_has_every_field_in_camel_case() {
    let dir = temp_dir("json");
    let page = write(&dir, "article.html", ARTICLE.as_bytes());
    let output = lucid(&["extract", path_str(&page)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: Value = serde_json::from_str(&stdout(&output)).expect("one JSON object");
    let object = json.as_object().expect("an object");
    for field in [
        "title",
        "headline",
        "byline",
        "siteName",
        "publishedTime",
        "lang",
        "dir",
        "excerpt",
        "leadImage",
        "content",
        "textContent",
        "wordCount",
        "readingTimeMinutes",
        "readerable",
    ] {
        assert!(object.contains_key(field), "missing {field} in {json}");
    }
    assert!(
        !object.contains_key("path"),
        "a single file has no path field"
    );
    assert!(
        object.keys().all(|k| !k.contains('_')),
        "snake_case key in {json}"
    );

    assert_eq!(json["readerable"], true);
    assert_eq!(json["title"], "The Quiet Life of Lighthouse Keepers");
    assert_eq!(json["lang"], "en");
    assert_article_text(json["textContent"].as_str().unwrap_or_default());
    let words = json["wordCount"].as_u64().unwrap_or_default();
    assert!((180..=260).contains(&words), "wordCount {words}");
    assert_eq!(json["readingTimeMinutes"], 1);
    // Without --url, relative links stay relative.
    let content = json["content"].as_str().unwrap_or_default();
    assert!(content.contains("href=\"/photos/lamp.html\""), "{content}");
}

#[test]
fn url_makes_links_absolute() {
    let dir = temp_dir("url");
    let page = write(&dir, "article.html", ARTICLE.as_bytes());
    let output = lucid(&[
        "extract",
        "--url",
        "https://example.com/stories/keepers.html",
        "--format",
        "html",
        path_str(&page),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let html = stdout(&output);
    assert!(
        html.contains("href=\"https://example.com/photos/lamp.html\""),
        "{html}"
    );
    assert!(html.contains("<p>"), "{html}");
    assert!(!html.contains("<nav"), "{html}");
}

#[test]
fn several_files_give_json_lines_with_path_first() {
    let dir = temp_dir("jsonl");
    let a = write(&dir, "a.html", ARTICLE.as_bytes());
    let b = write(&dir, "b.html", NO_ARTICLE.as_bytes());
    let output = lucid(&["extract", path_str(&a), path_str(&b)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    for (line, path) in lines.iter().zip([&a, &b]) {
        assert!(line.starts_with("{\"path\":"), "path is not first: {line}");
        let json: Value = serde_json::from_str(line).expect("each line is JSON");
        assert_eq!(json["path"], path_str(path));
        assert!(json.get("textContent").is_some());
    }
    let second: Value = serde_json::from_str(lines[1]).unwrap_or_default();
    // No article: still an object, not readerable, empty content.
    assert_eq!(second["readerable"], false);
    assert_eq!(second["content"], "");
    assert_eq!(second["wordCount"], 0);
    assert_eq!(second["title"], "Login");
}

#[test]
fn page_without_article_succeeds() {
    let output = lucid_with_stdin(&["extract", "-"], NO_ARTICLE.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let json: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(json["readerable"], false);
    assert_eq!(json["content"], "");
    assert_eq!(json["textContent"], "");
}

#[test]
fn stdin_dash() {
    let output = lucid_with_stdin(&["extract", "--format", "text", "-"], ARTICLE.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert_article_text(&text);
    // Laid out as read: one paragraph each, a blank line apart, no source
    // indentation, and a link's text inside its sentence.
    let paragraphs: Vec<&str> = text.trim_end().split("\n\n").collect();
    assert!(
        paragraphs[0].starts_with("For more than two centuries"),
        "{text:?}"
    );
    assert_eq!(
        paragraphs.last(),
        Some(&"See the photographs of the lamp room from our visit.")
    );
    assert!(
        paragraphs
            .iter()
            .all(|p| !p.is_empty() && !p.contains('\n') && p.trim() == *p),
        "{text:?}"
    );
}

#[test]
fn removed_lists_what_the_view_lost_with_the_line_that_removed_it() {
    let page = ARTICLE.replace(
        "</h1>",
        "</h1><div class=\"share-bar\"><a href=\"https://x.example/share\">Share on X</a> \
         <a href=\"https://fb.example/share\">Share on Facebook</a></div>",
    );
    let output = lucid_with_stdin(&["extract", "--format", "removed", "-"], page.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert!(lines.iter().all(|fields| fields.len() == 4), "{text}");
    let removal_of = |element: &str| {
        lines
            .iter()
            .find(|fields| fields[2] == element)
            .unwrap_or_else(|| panic!("no removal of {element} in {text}"))
    };
    // The share bar, removed from the article by a cleaning step; the
    // heading, which the view's header shows, by the scoring's walk.
    let share_bar = removal_of("div.share-bar");
    assert_eq!(share_bar[3], "Share on X Share on Facebook");
    let heading = removal_of("h1");
    assert_eq!(heading[3], "The Quiet Life of Lighthouse Keepers");
    for fields in [share_bar, heading] {
        assert_eq!(fields[0], "attempt 1");
        let (file, line) = fields[1].rsplit_once(':').expect("FILE:LINE");
        assert!(file.starts_with("src/") && file.ends_with(".rs"), "{text}");
        assert!(line.parse::<u32>().is_ok(), "{text}");
    }
    // The article's text is in the view, not among the removals; the menu
    // was never gathered into it, which is no removal.
    assert!(!text.contains("lighthouse keepers lived"), "{text}");
    assert!(!text.contains("About us"), "{text}");
}

#[test]
fn missing_file_is_reported_and_others_still_processed() {
    let dir = temp_dir("missing");
    let good = write(&dir, "good.html", ARTICLE.as_bytes());
    let missing = dir.join("no-such-page.html");
    let output = lucid(&["extract", path_str(&missing), path_str(&good)]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert_eq!(err.lines().count(), 1, "one line per failure: {err}");
    assert!(err.contains("no-such-page.html"), "{err}");
    assert!(err.contains("no such file"), "{err}");
    let text = stdout(&output);
    assert_eq!(text.lines().count(), 1, "{text}");
    let json: Value = serde_json::from_str(&text).expect("the good file's JSON line");
    assert_eq!(json["path"], path_str(&good));
}

#[test]
fn directory_is_an_unreadable_file() {
    let dir = temp_dir("directory");
    let output = lucid(&["readerable", path_str(&dir)]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.contains(path_str(&dir)) && err.contains("is a directory"),
        "{err}"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn bad_url_is_a_usage_error_before_processing() {
    let dir = temp_dir("badurl");
    let page = write(&dir, "a.html", ARTICLE.as_bytes());
    for url in ["not a url", "/relative/only", "mailto:x@example.com"] {
        let output = lucid(&["extract", "--url", url, path_str(&page)]);
        assert_eq!(output.status.code(), Some(2), "--url {url}");
        assert!(output.stdout.is_empty(), "nothing processed");
        assert!(stderr(&output).contains("--url"), "{}", stderr(&output));
    }
}

#[test]
fn unknown_flags_and_missing_arguments_are_usage_errors() {
    for args in [
        &["extract", "--frobnicate", "a.html"][..],
        &["extract"],
        &["extract", "--format", "pdf", "a.html"],
        &["readerable", "--url", "https://example.com/", "a.html"],
        &["transmogrify", "a.html"],
        &[],
    ] {
        let output = lucid(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(!stderr(&output).is_empty(), "{args:?}");
    }
}

#[test]
fn help_prints_usage() {
    let output = lucid(&["--help"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(
        text.contains("lucid extract") && text.contains("--format"),
        "{text}"
    );
}

#[test]
fn windows_1252_bytes_are_decoded() {
    let dir = temp_dir("latin1");
    let mut bytes =
        b"<html><head><meta charset=\"windows-1252\"><title>Caf\xE9</title></head><body><article>"
            .to_vec();
    for _ in 0..5 {
        bytes.extend_from_slice(
            b"<p>The caf\xE9 on the corner serves cr\xE8me br\xFBl\xE9e every morning, \
and the regulars, who have come for years, say it is the best in the whole town by far.</p>",
        );
    }
    bytes.extend_from_slice(b"</article></body></html>");
    let page = write(&dir, "latin1.html", &bytes);
    let output = lucid(&["extract", path_str(&page)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let text = json["textContent"].as_str().unwrap_or_default();
    assert!(
        text.contains("The café on the corner serves crème brûlée"),
        "{text:?}"
    );
    assert!(!text.contains('\u{FFFD}'), "{text:?}");
    assert_eq!(json["title"], "Café");
}

#[test]
fn readerable_prints_booleans() {
    let dir = temp_dir("readerable");
    let a = write(&dir, "a.html", ARTICLE.as_bytes());
    let b = write(&dir, "b.html", NO_ARTICLE.as_bytes());
    let output = lucid(&["readerable", path_str(&b)]);
    assert!(output.status.success());
    assert_eq!(stdout(&output), "false\n");

    let output = lucid(&["readerable", path_str(&a), path_str(&b)]);
    assert!(output.status.success());
    assert_eq!(
        stdout(&output),
        format!("{}\ttrue\n{}\tfalse\n", path_str(&a), path_str(&b))
    );
}

#[test]
fn text_and_html_name_each_file_when_several() {
    let dir = temp_dir("several");
    let a = write(&dir, "a.html", ARTICLE.as_bytes());
    let b = write(&dir, "b.html", ARTICLE.as_bytes());
    // A file that fails first leaves no stray separator.
    let missing = dir.join("missing.html");
    let output = lucid(&[
        "extract",
        "--format=text",
        path_str(&missing),
        path_str(&a),
        path_str(&b),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.starts_with(&format!("==> {} <==\n", path_str(&a))),
        "{text}"
    );
    assert!(
        text.contains(&format!("\n==> {} <==\n", path_str(&b))),
        "{text}"
    );

    let output = lucid(&["extract", "--format=html", path_str(&a), path_str(&b)]);
    assert!(output.status.success());
    let html = stdout(&output);
    assert!(
        html.starts_with(&format!("<!-- {} -->\n", path_str(&a))),
        "{html}"
    );
    assert!(
        html.contains(&format!("<!-- {} -->\n", path_str(&b))),
        "{html}"
    );
}
