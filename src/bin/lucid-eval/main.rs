//! `lucid-eval`: measures extraction quality on a corpus folder (see the
//! corpus README for its layouts and the metric), prints a summary table,
//! optionally writes per-page scores for diffing, and gates on thresholds so
//! CI can catch regressions. Pages are evaluated in parallel on all cores.

mod corpus;
mod metric;
mod pictures;
mod removals;
mod report;
mod view;

use std::cell::RefCell;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use lucid_reader::parse::parse_document;
use lucid_reader::plain_text::plain_text_of_html;
use lucid_reader::{extract, is_probably_readerable, Article};
use url::Url;

use corpus::{Job, Kind, Source, META_FIELDS};
use report::{Direction, PageResult, Threshold};

/// The page URL Readability.js's expected output was made with.
const READABILITY_PAGE_URL: &str = "http://fakehost/test/page.html";

/// A threshold failed, or some page could not be evaluated.
const EXIT_FAILED: u8 = 1;
const EXIT_USAGE: u8 = 2;

const USAGE: &str = "\
lucid-eval: measure Lucid Reader's extraction on a corpus.

Usage: lucid-eval [OPTIONS] CORPUS_DIR

CORPUS_DIR holds readability/ and/or wcxb-dev/ (laid out as in the corpus
README), or is one of them.

Options:
  --scores FILE        Write per-page scores as TSV (sorted by corpus and
                       page) to FILE, for diffing runs.
  --fail-under KEY=MIN Exit 1 (after printing) if metric KEY is below MIN.
                       Repeatable.
  --fail-over KEY=MAX  Exit 1 (after printing) if metric KEY is above MAX:
                       for the leak rate wcxb[.TYPE].without. Repeatable.
  --removals FILE      Trace what the engine removes (see src/trace.rs),
                       list after the summary the lines of its code that
                       removed the most words the reference keeps and the
                       view lacks, and write those removals as TSV to
                       FILE. Extraction times then count the tracing.
  --limit N            Evaluate at most the first N pages of each corpus.
  --only WHAT          Evaluate only `readability`, only `wcxb`, or only the
                       WCXB pages of one page type (article, forum, ...).
  --jobs N             Worker threads (default: the number of cores).
  -h, --help           Print this help.

Metric keys (all shares between 0 and 1):
  readability.f1, readability.precision, readability.recall
      Mean word-level scores against expected.html, both as plain text
      laid out as read (lucid extract --format text).
  readability.FIELD    Share of pages whose FIELD agrees with
      expected-metadata.json; FIELD is one of title, byline, excerpt,
      siteName, lang, dir, publishedTime, readerable.
  wcxb.f1, wcxb.precision, wcxb.recall
      Mean word-level scores of the same text against
      ground_truth.main_content.
  wcxb.with            Share of the `with` snippets found in the output,
                       by their words (the same \\w+ tokens, in order;
                       a snippet of 60 characters or more may be cut
                       mid-word at either end).
  wcxb.without         Share of the `without` snippets leaked into the
                       output, found alike: lower is better, gate it
                       with --fail-over.
  wcxb.headings        Share of the references' headings (the lines of
                       main_content_markdown that open with #) found in
                       the output, by their words as a snippet is.
  wcxb.title, wcxb.byline, wcxb.publishedTime
                       Share of the pages whose annotators give the field
                       where ours agrees (the title: the headline the
                       reader view shows): the same words (lowercased \\w+
                       tokens; the byline less a leading \"by\"), the same
                       day (ours must start with an ISO 8601 date).
  wcxb.TYPE.METRIC     The same, for the pages of one type, e.g.
                       wcxb.article.f1, wcxb.forum.without.
  readability.DEFECT, wcxb.DEFECT, wcxb.TYPE.DEFECT
                       Share of the pages whose reader view has a defect
                       the text does not show (lower is better, gate it
                       with --fail-over). DEFECT is one of
                       empty_boxes   a block that shows nothing (no text,
                                     picture, player, rule or link
                                     target): a bullet beside nothing, a
                                     blank gap; not in <pre>, not a
                                     table's part, not inline
                       empty_links   a link with nothing in it to show:
                                     a Tab stop leading nowhere
                       placeholder_pictures
                                     an <img> that can only show a
                                     placeholder pixel (a short data:
                                     src, no srcset): a blank box
                       blank_lines   a line break ending its block that
                                     a blank line follows (a no-break
                                     space, another break)
  readability.pictures Share of expected.html's pictures the views show
                       (a picture known by any URL it may show: src,
                       srcset, its <picture>'s sources).
  readability.extra_pictures
                       Share of the views' pictures expected.html does
                       not show (lower is better, gate it with
                       --fail-over).

Example:
  lucid-eval --fail-under readability.f1=0.95 --fail-under wcxb.article.f1=0.9 \\
      --fail-over wcxb.without=0.2 --scores scores.tsv ../shared/corpus

Exit status: 0 if every threshold holds, 1 if one fails or a page could not
be evaluated, 2 on a usage error.
";

struct Options {
    corpus: PathBuf,
    scores: Option<PathBuf>,
    removals: Option<PathBuf>,
    thresholds: Vec<Threshold>,
    limit: Option<usize>,
    only: Option<String>,
    jobs: usize,
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args_os().skip(1).collect()) {
        Ok(Some(options)) => options,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("lucid-eval: {message}");
            eprintln!("Try 'lucid-eval --help' for more information.");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    install_panic_hook();
    if options.removals.is_some() {
        if let Err(message) = removals::listen() {
            eprintln!("lucid-eval: {message}");
            return ExitCode::from(EXIT_FAILED);
        }
    }

    let mut problems = Vec::new();
    let jobs = match list_jobs(&options, &mut problems) {
        Ok(jobs) => jobs,
        Err(message) => {
            eprintln!("lucid-eval: {message}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    if jobs.is_empty() {
        eprintln!("lucid-eval: no pages to evaluate");
        return ExitCode::from(EXIT_USAGE);
    }

    let start = Instant::now();
    let outcomes = run_jobs(&jobs, options.jobs);
    let wall = start.elapsed();

    let mut results = Vec::with_capacity(outcomes.len());
    for outcome in outcomes {
        match outcome {
            Ok(result) => results.push(result),
            Err(problem) => problems.push(problem),
        }
    }
    results.sort_by(|a, b| (a.kind, &a.id).cmp(&(b.kind, &b.id)));

    print!(
        "{}",
        report::render(&options.corpus, &results, wall, options.jobs)
    );
    let mut failed = false;
    if let Some(path) = &options.scores {
        failed |= !write_file(path, &report::scores_tsv(&results));
    }
    if let Some(path) = &options.removals {
        print!("{}", removals::summary(&results));
        failed |= !write_file(path, &removals::tsv(&results));
    }
    for problem in &problems {
        eprintln!("lucid-eval: not evaluated: {problem}");
    }
    if !problems.is_empty() {
        println!(
            "\n{} page(s) could not be evaluated (see stderr).",
            problems.len()
        );
        failed = true;
    }
    let metrics = report::metrics(&results);
    for failure in report::check(&options.thresholds, &metrics) {
        println!("FAIL: {failure}");
        failed = true;
    }
    if failed {
        ExitCode::from(EXIT_FAILED)
    } else {
        ExitCode::SUCCESS
    }
}

/// Writes `contents` to `path`; says so on stderr when it cannot.
fn write_file(path: &Path, contents: &str) -> bool {
    let written = std::fs::write(path, contents);
    if let Err(e) = &written {
        eprintln!("lucid-eval: cannot write {}: {e}", path.display());
    }
    written.is_ok()
}

/// The options, or None for `--help`.
fn parse_args(args: Vec<OsString>) -> Result<Option<Options>, String> {
    let mut corpus = None;
    let mut scores = None;
    let mut removals = None;
    let mut thresholds = Vec::new();
    let mut limit = None;
    let mut only = None;
    let mut jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let Some(s) = arg.to_str() else {
            // Only the corpus folder may be a non-UTF-8 path.
            set_corpus(&mut corpus, PathBuf::from(arg))?;
            continue;
        };
        if s == "-h" || s == "--help" {
            return Ok(None);
        }
        if !s.starts_with("--") {
            set_corpus(&mut corpus, PathBuf::from(s))?;
            continue;
        }
        let (name, inline) = match s.split_once('=') {
            Some((name, value)) => (name, Some(OsString::from(value))),
            None => (s, None),
        };
        let known = [
            "--scores",
            "--removals",
            "--fail-under",
            "--fail-over",
            "--limit",
            "--only",
            "--jobs",
        ];
        if !known.contains(&name) {
            return Err(format!("unknown option '{s}'"));
        }
        let value = inline
            .or_else(|| args.next())
            .ok_or_else(|| format!("{name} needs a value"))?;
        // Paths may be any bytes; the other values are text.
        if name == "--scores" {
            scores = Some(PathBuf::from(value));
            continue;
        }
        if name == "--removals" {
            removals = Some(PathBuf::from(value));
            continue;
        }
        let value = value
            .into_string()
            .map_err(|v| format!("invalid {name} '{}'", v.to_string_lossy()))?;
        match name {
            "--fail-under" => thresholds.push(Threshold::parse(&value, Direction::Under)?),
            "--fail-over" => thresholds.push(Threshold::parse(&value, Direction::Over)?),
            "--limit" => limit = Some(parse_count(name, &value)?),
            "--jobs" => jobs = parse_count(name, &value)?.max(1),
            _ => only = Some(value),
        }
    }
    let corpus = corpus.ok_or("missing CORPUS_DIR")?;
    Ok(Some(Options {
        corpus,
        scores,
        removals,
        thresholds,
        limit,
        only,
        jobs,
    }))
}

fn set_corpus(corpus: &mut Option<PathBuf>, path: PathBuf) -> Result<(), String> {
    if corpus.is_some() {
        return Err(format!(
            "unexpected argument '{}': one CORPUS_DIR only",
            path.display()
        ));
    }
    *corpus = Some(path);
    Ok(())
}

fn parse_count(name: &str, value: &str) -> Result<usize, String> {
    value
        .parse()
        .map_err(|_| format!("invalid {name} '{value}': expected a whole number"))
}

/// Every page to evaluate, after `--only` and `--limit`.
fn list_jobs(options: &Options, problems: &mut Vec<String>) -> Result<Vec<Job>, String> {
    let only = options.only.as_deref();
    let mut jobs = Vec::new();
    for (kind, dir) in corpus::discover(&options.corpus)? {
        let mut listed = match (kind, only) {
            (Kind::Readability, None | Some("readability")) => corpus::list_readability(&dir)?,
            (Kind::Readability, Some(_)) => continue,
            (Kind::Wcxb, None | Some("wcxb")) => corpus::list_wcxb(&dir, |_| true, problems)?,
            (Kind::Wcxb, Some("readability")) => continue,
            (Kind::Wcxb, Some(page_type)) => corpus::list_wcxb(&dir, |t| t == page_type, problems)?,
        };
        if let Some(limit) = options.limit {
            listed.truncate(limit);
        }
        jobs.extend(listed);
    }
    Ok(jobs)
}

/// Evaluates the pages on `threads` threads, each taking the next page from
/// a shared counter, so one slow page does not hold back a fixed share.
fn run_jobs(jobs: &[Job], threads: usize) -> Vec<Result<PageResult, String>> {
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads.min(jobs.len()).max(1))
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    while let Some(job) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
                        done.push(evaluate(job));
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| match worker.join() {
                Ok(done) => done,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    })
}

thread_local! {
    /// The page a worker is on, for the panic message.
    static CURRENT_PAGE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The engine must never panic; if it does, name the page that made it (the
/// release profile aborts on panic, so this is the only chance).
fn install_panic_hook() {
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        CURRENT_PAGE.with(|page| {
            if let Ok(page) = page.try_borrow() {
                if !page.is_empty() {
                    eprintln!("lucid-eval: panic while evaluating {page}");
                }
            }
        });
        default_hook(info);
    }));
}

fn evaluate(job: &Job) -> Result<PageResult, String> {
    CURRENT_PAGE.with(|page| *page.borrow_mut() = format!("{} {}", job.kind.name(), job.id));
    match &job.source {
        Source::Readability(dir) => evaluate_readability(job, dir),
        Source::Wcxb { html, truth } => {
            let source = corpus::read_html_gz(html)?;
            let url = truth.url.as_deref().and_then(|u| Url::parse(u).ok());
            let ((article, elapsed), events) =
                removals::heard_during(|| timed_extract(&source, url.as_ref()));
            // The reference is the page's text as laid out for reading, so
            // ours is compared laid out too (see `plain_text`).
            let ours = plain_text_of_html(&article.content);
            let scores = metric::prf(&ours, &truth.main_content);
            let traced = removals::attribute(events, &ours, &truth.main_content);
            let text = metric::normalize_for_match(&ours);
            let count = |snippets: &[String]| {
                let snippets = snippets.iter().filter(|s| !metric::is_empty_snippet(s));
                let (mut hits, mut total) = (0, 0);
                for snippet in snippets {
                    total += 1;
                    hits += usize::from(metric::snippet_in(&text, snippet));
                }
                (hits, total)
            };
            let meta = META_FIELDS
                .iter()
                .zip(&truth.meta)
                .map(|(&field, expected)| {
                    let expected = expected.as_deref()?;
                    Some(match field {
                        // The title a reader sees: the view shows the headline.
                        "title" => metric::same_words(article.headline.as_deref(), expected),
                        "byline" => metric::same_author(article.byline.as_deref(), expected),
                        "publishedTime" => {
                            metric::same_day(article.published_time.as_deref(), expected)
                        }
                        _ => return None,
                    })
                })
                .collect();
            // The view's content parsed back once, for what word F1
            // cannot see: its defects and its pictures.
            let shown = parse_document(&article.content);
            Ok(PageResult {
                kind: job.kind,
                id: job.id.clone(),
                page_type: Some(truth.page_type.clone()),
                scores,
                meta,
                with: count(&truth.with),
                without: count(&truth.without),
                headings: count(&truth.headings),
                view: view::defects(&shown),
                pictures: pictures::counted(&shown),
                elapsed,
                traced,
            })
        }
    }
}

fn evaluate_readability(job: &Job, dir: &Path) -> Result<PageResult, String> {
    let source = corpus::read_html(&dir.join("source.html"))?;
    let expected_html = corpus::read_html(&dir.join("expected.html"))?;
    let url = Url::parse(READABILITY_PAGE_URL).ok();
    let ((article, elapsed), events) =
        removals::heard_during(|| timed_extract(&source, url.as_ref()));
    // Both sides laid out the same way, from the HTML each article is.
    let expected_text = plain_text_of_html(&expected_html);
    let ours = plain_text_of_html(&article.content);
    let scores = metric::prf(&ours, &expected_text);
    let traced = removals::attribute(events, &ours, &expected_text);
    let meta = corpus::read_expected_metadata(dir).map_or_else(Vec::new, |expected| {
        META_FIELDS
            .iter()
            .zip(expected)
            .map(|(&field, expected)| {
                let ours = match field {
                    "title" => article.title.clone(),
                    "byline" => article.byline.clone(),
                    "excerpt" => article.excerpt.clone(),
                    "siteName" => article.site_name.clone(),
                    "lang" => article.lang.clone(),
                    "dir" => article.dir.clone(),
                    "publishedTime" => article.published_time.clone(),
                    _ => Some(is_probably_readerable(&source).to_string()),
                };
                Some(metric::same_metadata(ours.as_deref(), expected.as_deref()))
            })
            .collect()
    });
    let shown = parse_document(&article.content);
    Ok(PageResult {
        kind: job.kind,
        id: job.id.clone(),
        page_type: None,
        scores,
        meta,
        with: (0, 0),
        without: (0, 0),
        headings: (0, 0),
        view: view::defects(&shown),
        pictures: pictures::compared(&shown, &expected_html),
        elapsed,
        traced,
    })
}

fn timed_extract(html: &str, url: Option<&Url>) -> (Article, Duration) {
    let start = Instant::now();
    let article = extract(html, url);
    (article, start.elapsed())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn parses_options() {
        let options = parse_args(args(&[
            "--limit=5",
            "--fail-under",
            "wcxb.article.f1=0.9",
            "--fail-over=wcxb.without=0.2",
            "--only",
            "forum",
            "--jobs",
            "3",
            "--scores",
            "out.tsv",
            "--removals=removed.tsv",
            "corpus",
        ]))
        .ok()
        .flatten()
        .expect("valid options");
        assert_eq!(options.corpus, PathBuf::from("corpus"));
        assert_eq!(options.limit, Some(5));
        assert_eq!(options.only.as_deref(), Some("forum"));
        assert_eq!(options.jobs, 3);
        assert_eq!(options.scores, Some(PathBuf::from("out.tsv")));
        assert_eq!(options.removals, Some(PathBuf::from("removed.tsv")));
        assert_eq!(options.thresholds.len(), 2);
    }

    #[test]
    fn usage_errors() {
        for list in [
            &[][..],
            &["--bogus", "corpus"],
            &["--limit", "many", "corpus"],
            &["--fail-under", "wcxb.f1", "corpus"],
            &["--fail-under", "nope.f1=0.5", "corpus"],
            &["--fail-under", "wcxb.without=0.2", "corpus"],
            &["a", "b"],
            &["corpus", "--scores"],
        ] {
            assert!(parse_args(args(list)).is_err(), "{list:?}");
        }
        assert!(matches!(parse_args(args(&["--help"])), Ok(None)));
    }
}
