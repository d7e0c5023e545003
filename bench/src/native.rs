//! The engine against its peers on real pages: every Readability test page
//! and an evenly spaced sample of the WCXB development pages, each engine
//! given the same decoded string and timed doing its whole job.

use std::hint::black_box;
use std::io::{BufRead, BufReader, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::Instant;

use serde_json::{json, Value};
use url::Url;

use crate::corpus::{self, Source};
use crate::stats::{median, percentile, secs};

/// The page URL Readability.js's expected outputs were made with.
const READABILITY_URL: &str = "http://fakehost/test/page.html";

pub struct Options {
    /// How many WCXB pages to sample (evenly spaced in file order).
    pub wcxb_sample: usize,
    /// How many Readability pages (all of them if larger than the corpus).
    pub readability_pages: usize,
    pub warmup: usize,
    pub reps: usize,
}

struct Page {
    name: String,
    html: String,
    url: Option<String>,
}

/// One engine's whole job on a page; true if it found content.
type Run = fn(&str, Option<&str>) -> bool;

/// The in-process engines, in the table's order.
const ENGINES: [(&str, Run); 4] = [
    ("lucid-reader", ours),
    ("lucid-reader: parse only", ours_parse),
    ("dom_smoothie 0.19", dom_smoothie),
    ("legible 0.5", legible),
];
const OURS: usize = 0;
const OURS_PARSE: usize = 1;
const RUST_PEERS: [usize; 2] = [2, 3];
const NODE_NAME: &str = "Readability.js 0.6 + linkedom (Node)";

fn ours(html: &str, url: Option<&str>) -> bool {
    let url = url.and_then(|u| Url::parse(u).ok());
    let article = lucid_reader::extract(html, url.as_ref());
    black_box(!article.content.is_empty())
}

fn ours_parse(html: &str, _url: Option<&str>) -> bool {
    let doc = lucid_reader::parse::parse_document(html);
    black_box(!doc.is_empty())
}

fn dom_smoothie(html: &str, url: Option<&str>) -> bool {
    dom_smoothie::Readability::new(html, url, None)
        .and_then(|mut r| r.parse())
        .map(|a| black_box(!a.content.is_empty()))
        .unwrap_or(false)
}

fn legible(html: &str, url: Option<&str>) -> bool {
    legible::parse(html, url, None)
        .map(|a| black_box(!a.content.is_empty()))
        .unwrap_or(false)
}

/// Reads the pages: the Readability ones, then the WCXB sample.
fn load(corpus_dir: &Path, opts: &Options) -> Result<Vec<Page>, String> {
    let mut pages = Vec::new();
    let mut problems = Vec::new();
    for (kind, dir) in corpus::discover(corpus_dir)? {
        let jobs = match kind {
            corpus::Kind::Readability => {
                let mut jobs = corpus::list_readability(&dir)?;
                jobs.truncate(opts.readability_pages);
                jobs
            }
            corpus::Kind::Wcxb => {
                let all = corpus::list_wcxb(&dir, |_| true, &mut problems)?;
                let n = opts.wcxb_sample.min(all.len());
                let picks: Vec<usize> = (0..n).map(|i| i * all.len() / n).collect();
                all.into_iter()
                    .enumerate()
                    .filter(|(i, _)| picks.binary_search(i).is_ok())
                    .map(|(_, job)| job)
                    .collect()
            }
        };
        for job in jobs {
            let (html, url) = match &job.source {
                Source::Readability(dir) => (
                    corpus::read_html(&dir.join("source.html"))?,
                    Some(READABILITY_URL.to_owned()),
                ),
                Source::Wcxb { html, truth } => (corpus::read_html_gz(html)?, truth.url.clone()),
            };
            pages.push(Page {
                name: format!("{}/{}", kind.name(), job.id),
                html,
                url,
            });
        }
    }
    for p in problems {
        eprintln!("skipped: {p}");
    }
    Ok(pages)
}

/// Readability.js in a Node child process (bench/readability.mjs).
struct Node {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl Node {
    fn start() -> Result<Node, String> {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("readability.mjs");
        let mut child = Command::new("node")
            .arg(&script)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| format!("node {}: {e}", script.display()))?;
        let stdin = child.stdin.take().ok_or("node: no stdin")?;
        let stdout = BufReader::new(child.stdout.take().ok_or("node: no stdout")?);
        Ok(Node {
            child,
            stdin,
            stdout,
        })
    }

    /// Per-rep times in seconds, and whether content was found.
    fn time(&mut self, html: &str, warmup: usize, reps: usize) -> Result<(Vec<f64>, bool), String> {
        let request = json!({ "html": html, "warmup": warmup, "reps": reps });
        writeln!(self.stdin, "{request}").map_err(|e| format!("node: {e}"))?;
        let mut line = String::new();
        self.stdout
            .read_line(&mut line)
            .map_err(|e| format!("node: {e}"))?;
        let answer: Value =
            serde_json::from_str(&line).map_err(|e| format!("node answered {line:?}: {e}"))?;
        let ns = answer["ns"].as_array().ok_or("node: no times")?;
        let times = ns
            .iter()
            .filter_map(Value::as_f64)
            .map(|n| n / 1e9)
            .collect();
        Ok((times, answer["ok"].as_bool().unwrap_or(false)))
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Each engine's per-page medians (seconds), with how many pages it found
/// no content on or panicked on.
#[derive(Default)]
struct Column {
    medians: Vec<f64>,
    empty: usize,
    panics: usize,
}

/// Runs an engine once, timed; a panic counts as a run without content.
fn timed(run: Run, page: &Page) -> (f64, Option<bool>) {
    let start = Instant::now();
    let found = catch_unwind(AssertUnwindSafe(|| run(&page.html, page.url.as_deref()))).ok();
    (start.elapsed().as_secs_f64(), found)
}

/// Only lucid-reader, `opts.reps` times over the pages, for a profiler
/// (`perf record`) to see the engine alone.
pub fn profile(corpus_dir: &Path, opts: &Options) -> Result<(), String> {
    let pages = load(corpus_dir, opts)?;
    let start = Instant::now();
    for _ in 0..opts.reps {
        for page in &pages {
            ours(&page.html, page.url.as_deref());
        }
    }
    eprintln!(
        "lucid-reader: {} pages x {} in {}",
        pages.len(),
        opts.reps,
        secs(start.elapsed().as_secs_f64())
    );
    Ok(())
}

pub fn run(corpus_dir: &Path, opts: &Options) -> Result<(), String> {
    let pages = load(corpus_dir, opts)?;
    if pages.is_empty() {
        return Err(format!("{}: no pages", corpus_dir.display()));
    }
    let mut node = Node::start()?;
    let total_bytes: usize = pages.iter().map(|p| p.html.len()).sum();
    eprintln!(
        "{} pages, {:.1} MB; {} warm-up + {} timed runs of each engine per page",
        pages.len(),
        total_bytes as f64 / 1e6,
        opts.warmup,
        opts.reps
    );
    // Peers may panic on odd pages: counted, not printed.
    std::panic::set_hook(Box::new(|_| {}));
    let mut columns: Vec<Column> = (0..=ENGINES.len()).map(|_| Column::default()).collect();
    let n = ENGINES.len();
    for (p, page) in pages.iter().enumerate() {
        for (_, run) in ENGINES {
            for _ in 0..opts.warmup {
                timed(run, page);
            }
        }
        // Interleaved, each round in a rotated order, so that noise on the
        // machine falls on every engine alike.
        let mut times = vec![Vec::with_capacity(opts.reps); n];
        let mut found = vec![Some(true); n];
        for rep in 0..opts.reps {
            for k in 0..n {
                let e = (k + rep + p) % n;
                let (t, f) = timed(ENGINES[e].1, page);
                times[e].push(t);
                found[e] = f;
            }
        }
        for e in 0..n {
            columns[e].medians.push(median(&times[e]));
            match found[e] {
                None => columns[e].panics += 1,
                Some(false) => columns[e].empty += 1,
                Some(true) => {}
            }
        }
        // Readability.js right after, on the same string.
        let (node_times, ok) = node.time(&page.html, opts.warmup, opts.reps)?;
        columns[n].medians.push(median(&node_times));
        if !ok {
            columns[n].empty += 1;
        }
        if (p + 1) % 50 == 0 {
            eprintln!("{}/{} pages ({})", p + 1, pages.len(), page.name);
        }
    }
    drop(node);
    let _ = std::panic::take_hook();
    print_report(&pages, total_bytes, opts, &columns);
    Ok(())
}

fn print_report(pages: &[Page], total_bytes: usize, opts: &Options, columns: &[Column]) {
    let readability = pages
        .iter()
        .filter(|p| p.name.starts_with("readability/"))
        .count();
    println!(
        "\n## Native benchmark: {} pages ({} Readability test pages, {} of WCXB dev), {:.1} MB\n",
        pages.len(),
        readability,
        pages.len() - readability,
        total_bytes as f64 / 1e6
    );
    println!(
        "Each engine gets the same decoded string and does its whole job (parse, extract, \
         serialize the content); {} warm-up and {} timed runs per page, Rust engines \
         interleaved; per-page median of the runs, then over pages:\n",
        opts.warmup, opts.reps
    );
    println!("| engine | median | p90 | max | total | no content | panics |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let ours = &columns[OURS].medians;
    let parse = &columns[OURS_PARSE].medians;
    let extraction: Vec<f64> = ours.iter().zip(parse).map(|(t, p)| t - p).collect();
    let row = |name: &str, xs: &[f64], empty: String, panics: String| {
        println!(
            "| {name} | {} | {} | {} | {} | {empty} | {panics} |",
            secs(median(xs)),
            secs(percentile(xs, 90.0)),
            secs(percentile(xs, 100.0)),
            secs(xs.iter().sum())
        );
    };
    let names: Vec<&str> = ENGINES
        .iter()
        .map(|(name, _)| *name)
        .chain([NODE_NAME])
        .collect();
    for (e, column) in columns.iter().enumerate() {
        let counts = |x: usize| {
            if e == OURS_PARSE {
                "-".into()
            } else {
                x.to_string()
            }
        };
        row(
            names[e],
            &column.medians,
            counts(column.empty),
            counts(column.panics),
        );
        if e == OURS_PARSE {
            row(
                "lucid-reader: extraction (total - parse)",
                &extraction,
                "-".into(),
                "-".into(),
            );
        }
    }
    println!("\n### lucid-reader / peer (below 1: ours is faster)\n");
    println!("| peer | ratio of medians | median of per-page ratios | ratio of totals |");
    println!("|---|---:|---:|---:|");
    let mut fastest_rust = f64::INFINITY;
    for (e, column) in columns.iter().enumerate().skip(RUST_PEERS[0]) {
        let peer = &column.medians;
        let per_page: Vec<f64> = ours.iter().zip(peer).map(|(o, p)| o / p).collect();
        let sum = |xs: &[f64]| xs.iter().sum::<f64>();
        println!(
            "| {} | {:.2} | {:.2} | {:.2} |",
            names[e],
            median(ours) / median(peer),
            median(&per_page),
            sum(ours) / sum(peer)
        );
        if RUST_PEERS.contains(&e) {
            fastest_rust = fastest_rust.min(median(peer));
        }
    }
    let (total, parse_total): (f64, f64) = (ours.iter().sum(), parse.iter().sum());
    let extraction_total: f64 = extraction.iter().sum();
    println!("\n### lucid-reader's time: parsing vs extraction\n");
    println!("| | median | total | share of total |");
    println!("|---|---:|---:|---:|");
    for (name, xs, t) in [
        ("parse (html5ever into the arena)", parse, parse_total),
        (
            "extraction (everything after)",
            &extraction,
            extraction_total,
        ),
    ] {
        println!(
            "| {name} | {} | {} | {:.0}% |",
            secs(median(xs)),
            secs(t),
            100.0 * t / total
        );
    }
    let verdict = |ok: bool| if ok { "met" } else { "NOT met" };
    let ratio = median(ours) / fastest_rust;
    println!("\nGoals (informative, not enforced):");
    println!(
        "- median <= 0.5x the fastest Rust port's median: {:.2}x, {}",
        ratio,
        verdict(ratio <= 0.5)
    );
    println!(
        "- extraction costs less than parsing: {:.2}x parse (totals), {}",
        extraction_total / parse_total,
        verdict(extraction_total < parse_total)
    );
}
