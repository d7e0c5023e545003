//! Finding and reading the corpora. Two layouts are understood (see the
//! corpus README): Readability.js's test pages (one folder per page with
//! `source.html`, `expected.html`, `expected-metadata.json`) and the WCXB
//! benchmark (`html/NNNN.html.gz` with `ground-truth/NNNN.json`).

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use flate2::read::GzDecoder;
use lucid_reader::encoding::decode_html;
use serde_json::Value;

/// The sub-folders of a corpus folder that hold each layout.
const READABILITY_DIR: &str = "readability";
const WCXB_DIR: &str = "wcxb-dev";

/// The [`META_FIELDS`] WCXB's ground truth gives, with its names for them.
pub const WCXB_META_KEYS: [(&str, &str); 3] = [
    ("title", "title"),
    ("byline", "author"),
    ("publishedTime", "publish_date"),
];

/// The page type given to WCXB pages whose ground truth has none.
pub const UNKNOWN_TYPE: &str = "unknown";

/// The metadata fields compared with `expected-metadata.json`, by their JSON
/// names. `readerable` is compared with the quick check, as Readability.js's
/// expected value is its `isProbablyReaderable`. WCXB gives three of them
/// (see [`WcxbTruth::meta`]).
pub const META_FIELDS: [&str; 8] = [
    "title",
    "byline",
    "excerpt",
    "siteName",
    "lang",
    "dir",
    "publishedTime",
    "readerable",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Readability,
    Wcxb,
}

impl Kind {
    /// The name used in reports, score files and metric keys.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Readability => "readability",
            Kind::Wcxb => "wcxb",
        }
    }
}

/// One page to evaluate.
pub struct Job {
    pub kind: Kind,
    /// The page's folder name (Readability) or file number (WCXB).
    pub id: String,
    pub source: Source,
}

pub enum Source {
    /// The page's folder.
    Readability(PathBuf),
    Wcxb {
        html: PathBuf,
        truth: WcxbTruth,
    },
}

/// What WCXB's ground truth says about a page.
pub struct WcxbTruth {
    /// The page's address, passed to the extractor as the extension would.
    pub url: Option<String>,
    pub page_type: String,
    pub main_content: String,
    pub with: Vec<String>,
    pub without: Vec<String>,
    /// The headings of the reference, as its Markdown gives them (`## What
    /// it costs`), their links' words without the addresses.
    pub headings: Vec<String>,
    /// The annotators' metadata: per [`META_FIELDS`], the expected value
    /// where WCXB gives one ([`WCXB_META_KEYS`]), None elsewhere.
    pub meta: Vec<Option<String>>,
}

/// The headings of a Markdown text: its lines that open with one to six
/// `#` and a space, as their words read (a link `[text](address)` as its
/// text, without the marks of emphasis).
fn markdown_headings(markdown: &str) -> Vec<String> {
    markdown
        .lines()
        .filter_map(|line| {
            let line = line.trim_start();
            let marks = line.bytes().take_while(|&b| b == b'#').count();
            let heading = line.get(marks..)?.strip_prefix(' ')?;
            (1..=6).contains(&marks).then(|| link_words(heading))
        })
        .filter(|heading| !heading.trim().is_empty())
        .collect()
}

/// Markdown's `[text](address)` as `text`; `*` and `_` left out.
fn link_words(markdown: &str) -> String {
    let mut words = String::with_capacity(markdown.len());
    let mut rest = markdown;
    while let Some(open) = rest.find("](") {
        let Some(close) = rest[open..].find(')') else {
            break;
        };
        words.push_str(&rest[..open]);
        rest = &rest[open + close + 1..];
    }
    words.push_str(rest);
    words.retain(|c| !matches!(c, '[' | '*' | '_'));
    words
}

/// The corpora in `dir`: its `readability/` and `wcxb-dev/` folders, or
/// `dir` itself if it is laid out as one of them.
pub fn discover(dir: &Path) -> Result<Vec<(Kind, PathBuf)>, String> {
    if !dir.is_dir() {
        return Err(format!("{}: not a directory", dir.display()));
    }
    let mut found = Vec::new();
    for (name, kind) in [(READABILITY_DIR, Kind::Readability), (WCXB_DIR, Kind::Wcxb)] {
        let sub = dir.join(name);
        if sub.is_dir() {
            found.push((kind, sub));
        }
    }
    if found.is_empty() {
        if is_wcxb(dir) {
            found.push((Kind::Wcxb, dir.to_path_buf()));
        } else if is_readability(dir) {
            found.push((Kind::Readability, dir.to_path_buf()));
        }
    }
    if found.is_empty() {
        return Err(format!(
            "{}: no corpus found (expected {READABILITY_DIR}/ or {WCXB_DIR}/ in it, \
             or the layout of one of them)",
            dir.display()
        ));
    }
    Ok(found)
}

fn is_wcxb(dir: &Path) -> bool {
    dir.join("html").is_dir() && dir.join("ground-truth").is_dir()
}

fn is_readability(dir: &Path) -> bool {
    fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .any(|e| e.path().join("source.html").is_file())
        })
        .unwrap_or(false)
}

/// The Readability pages in `dir`, sorted by folder name.
pub fn list_readability(dir: &Path) -> Result<Vec<Job>, String> {
    let mut jobs = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if !path.join("source.html").is_file() {
            continue;
        }
        let id = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        jobs.push(Job {
            kind: Kind::Readability,
            id,
            source: Source::Readability(path),
        });
    }
    jobs.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(jobs)
}

/// The WCXB pages in `dir`, sorted by number, with their ground truth read.
/// `keep` filters on page type before the pages themselves are read. Pages
/// whose ground truth is missing or unreadable are reported in `problems`.
pub fn list_wcxb(
    dir: &Path,
    keep: impl Fn(&str) -> bool,
    problems: &mut Vec<String>,
) -> Result<Vec<Job>, String> {
    let html_dir = dir.join("html");
    let mut names = Vec::new();
    for entry in fs::read_dir(&html_dir).map_err(|e| format!("{}: {e}", html_dir.display()))? {
        let path = entry
            .map_err(|e| format!("{}: {e}", html_dir.display()))?
            .path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Some(id) = name.strip_suffix(".html.gz") {
            names.push((id.to_owned(), path));
        }
    }
    names.sort();
    let mut jobs = Vec::new();
    for (id, html) in names {
        let truth_path = dir.join("ground-truth").join(format!("{id}.json"));
        let truth = match read_wcxb_truth(&truth_path) {
            Ok(truth) => truth,
            Err(e) => {
                problems.push(format!("wcxb {id}: {e}"));
                continue;
            }
        };
        if keep(&truth.page_type) {
            jobs.push(Job {
                kind: Kind::Wcxb,
                id,
                source: Source::Wcxb { html, truth },
            });
        }
    }
    Ok(jobs)
}

/// Reads a ground-truth file. Missing fields are empty, not errors: the
/// page then scores against an empty reference.
fn read_wcxb_truth(path: &Path) -> Result<WcxbTruth, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let json: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let truth = &json["ground_truth"];
    let strings = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|items| {
                items
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    };
    Ok(WcxbTruth {
        url: json["url"].as_str().map(str::to_owned),
        page_type: json["_internal"]["page_type"]["primary"]
            .as_str()
            .filter(|t| !t.trim().is_empty())
            .unwrap_or(UNKNOWN_TYPE)
            .to_owned(),
        main_content: truth["main_content"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        with: strings(&truth["with"]),
        without: strings(&truth["without"]),
        headings: markdown_headings(truth["main_content_markdown"].as_str().unwrap_or_default()),
        meta: META_FIELDS
            .iter()
            .map(|&field| {
                let (_, key) = WCXB_META_KEYS.iter().find(|(f, _)| *f == field)?;
                truth[*key]
                    .as_str()
                    .filter(|v| !v.trim().is_empty())
                    .map(str::to_owned)
            })
            .collect(),
    })
}

/// A page file read as bytes and decoded as a browser would.
pub fn read_html(path: &Path) -> Result<String, String> {
    fs::read(path)
        .map(|bytes| decode_html(&bytes))
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// A gzipped page file, decompressed and decoded.
pub fn read_html_gz(path: &Path) -> Result<String, String> {
    let file = fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut bytes = Vec::new();
    GzDecoder::new(file)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(decode_html(&bytes))
}

/// A Readability page's expected metadata: each of [`META_FIELDS`] as a
/// string (`readerable` as "true" / "false"), None where the file says null
/// or nothing. The outer None: no readable metadata file.
pub fn read_expected_metadata(page_dir: &Path) -> Option<Vec<Option<String>>> {
    let text = fs::read_to_string(page_dir.join("expected-metadata.json")).ok()?;
    let json: Value = serde_json::from_str(&text).ok()?;
    Some(
        META_FIELDS
            .iter()
            .map(|&field| match &json[field] {
                Value::String(s) => Some(s.clone()),
                Value::Bool(b) => Some(b.to_string()),
                _ => None,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_of_a_reference_in_markdown() {
        let markdown = "# Tide tables\n\nThe sea comes in twice a day.\n\n\
                        ## [**High** water](https://tides.example/high)\n\
                        ### What it costs\n#hashtag, no heading\n####### Seven marks\n\
                        - ## not at a line's start\n##   \n";
        assert_eq!(
            markdown_headings(markdown),
            ["Tide tables", "High water", "What it costs"]
        );
    }
}
