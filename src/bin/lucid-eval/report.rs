//! Turning per-page results into what people and CI read: the summary table,
//! the per-page TSV for diffing runs, the named metrics, and the threshold
//! checks on them.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::time::Duration;

use crate::corpus::{Kind, META_FIELDS, WCXB_META_KEYS};
use crate::metric::Prf;
use crate::pictures::Pictures;
use crate::removals::Attribution;
use crate::view::VIEW_DEFECTS;

/// The word-level metrics, per corpus and per WCXB page type.
const SCORE_METRICS: [&str; 3] = ["f1", "precision", "recall"];
/// The snippet metrics of WCXB: share of `with` found, of `without` leaked.
const SNIPPET_METRICS: [&str; 2] = ["with", "without"];
/// The snippet metric where lower is better; so are [`VIEW_DEFECTS`].
const LEAK_METRIC: &str = "without";
/// WCXB: the share of the references' headings the views show.
const HEADINGS_METRIC: &str = "headings";
/// Readability: the share of expected.html's pictures the views show.
const PICTURES_KEPT_METRIC: &str = "pictures";
/// Readability: the share of the views' pictures expected.html does not
/// show (lower is better).
const PICTURES_EXTRA_METRIC: &str = "extra_pictures";
/// How many of the slowest pages the timing line names.
const SLOWEST_SHOWN: usize = 3;

/// One evaluated page.
pub struct PageResult {
    pub kind: Kind,
    pub id: String,
    /// WCXB's page type; None for Readability pages.
    pub page_type: Option<String>,
    pub scores: Prf,
    /// Per [`META_FIELDS`], whether ours agrees with the corpus's value;
    /// None where the corpus gives none (all of them for a Readability
    /// page without a metadata file; all but [`WCXB_META_KEYS`] for WCXB,
    /// and those where the annotators left them empty).
    pub meta: Vec<Option<bool>>,
    /// WCXB: (`with` snippets found, `with` snippets).
    pub with: (usize, usize),
    /// WCXB: (`without` snippets leaked, `without` snippets).
    pub without: (usize, usize),
    /// WCXB: (the reference's headings the view shows, its headings).
    pub headings: (usize, usize),
    /// Per [`VIEW_DEFECTS`], how many the view has.
    pub view: [usize; VIEW_DEFECTS.len()],
    /// The pictures the view shows (and, on a Readability page, how they
    /// compare with expected.html's).
    pub pictures: Pictures,
    /// Time spent in `extract`.
    pub elapsed: Duration,
    /// With `--removals`: what the engine removed from the content the
    /// view comes from, and the missing words each removal took.
    pub traced: Attribution,
}

impl PageResult {
    /// The columns that name the page in a TSV file: corpus, page, type.
    pub fn tsv_columns(&self) -> String {
        let page_type = self.page_type.as_deref().unwrap_or("");
        format!("{}\t{}\t{page_type}", self.kind.name(), self.id)
    }
}

/// Running sums over a set of pages.
#[derive(Default)]
struct Stats {
    pages: usize,
    precision: f64,
    recall: f64,
    f1: f64,
    with: (usize, usize),
    without: (usize, usize),
    headings: (usize, usize),
    /// Per [`META_FIELDS`]: (pages agreeing, pages with a value to agree with).
    meta: [(usize, usize); META_FIELDS.len()],
    /// Per [`VIEW_DEFECTS`]: (pages whose view has one, how many in all).
    view: [(usize, usize); VIEW_DEFECTS.len()],
    /// The pages' pictures, summed.
    pictures: Pictures,
    /// Pages whose view shows a picture.
    pages_with_pictures: usize,
}

impl Stats {
    fn add(&mut self, r: &PageResult) {
        self.pages += 1;
        self.precision += r.scores.precision;
        self.recall += r.scores.recall;
        self.f1 += r.scores.f1;
        self.with.0 += r.with.0;
        self.with.1 += r.with.1;
        self.without.0 += r.without.0;
        self.without.1 += r.without.1;
        self.headings.0 += r.headings.0;
        self.headings.1 += r.headings.1;
        for (count, agrees) in self.meta.iter_mut().zip(&r.meta) {
            if let Some(agrees) = agrees {
                count.0 += usize::from(*agrees);
                count.1 += 1;
            }
        }
        for (count, &found) in self.view.iter_mut().zip(&r.view) {
            count.0 += usize::from(found > 0);
            count.1 += found;
        }
        self.pictures.shown += r.pictures.shown;
        self.pictures.expected += r.pictures.expected;
        self.pictures.kept += r.pictures.kept;
        self.pictures.extra += r.pictures.extra;
        self.pages_with_pictures += usize::from(r.pictures.shown > 0);
    }

    fn of<'a>(results: impl IntoIterator<Item = &'a PageResult>) -> Stats {
        let mut stats = Stats::default();
        for r in results {
            stats.add(r);
        }
        stats
    }

    fn mean(&self, sum: f64) -> f64 {
        if self.pages == 0 {
            0.0
        } else {
            sum / self.pages as f64
        }
    }

    /// The named metrics of these pages, under `prefix`.
    fn metrics_into(&self, prefix: &str, out: &mut BTreeMap<String, f64>) {
        if self.pages == 0 {
            return;
        }
        out.insert(format!("{prefix}.f1"), self.mean(self.f1));
        out.insert(format!("{prefix}.precision"), self.mean(self.precision));
        out.insert(format!("{prefix}.recall"), self.mean(self.recall));
        if let Some(share) = share(self.with) {
            out.insert(format!("{prefix}.with"), share);
        }
        if let Some(share) = share(self.without) {
            out.insert(format!("{prefix}.{LEAK_METRIC}"), share);
        }
        if let Some(share) = share(self.headings) {
            out.insert(format!("{prefix}.{HEADINGS_METRIC}"), share);
        }
        for (field, &counts) in META_FIELDS.iter().zip(&self.meta) {
            if let Some(share) = share(counts) {
                out.insert(format!("{prefix}.{field}"), share);
            }
        }
        for (defect, &(pages, _)) in VIEW_DEFECTS.iter().zip(&self.view) {
            out.insert(format!("{prefix}.{defect}"), self.mean(pages as f64));
        }
        let p = self.pictures;
        if let Some(share) = share((p.kept, p.expected)) {
            out.insert(format!("{prefix}.{PICTURES_KEPT_METRIC}"), share);
        }
        if let Some(share) = share((p.extra, p.shown)).filter(|_| p.expected > 0) {
            out.insert(format!("{prefix}.{PICTURES_EXTRA_METRIC}"), share);
        }
    }

    /// "pictures shown 420 on 96/129 pages", and where there are pictures
    /// to compare with, how many of them are shown and how many more.
    fn pictures_line(&self) -> String {
        let p = self.pictures;
        let mut line = format!(
            "pictures shown {} on {}/{} pages",
            p.shown, self.pages_with_pictures, self.pages
        );
        if p.expected > 0 {
            let _ = write!(
                line,
                "; of the expected {}, {} shown ({:.4}); {} shown not expected ({:.4})",
                p.expected,
                p.kept,
                share((p.kept, p.expected)).unwrap_or(0.0),
                p.extra,
                share((p.extra, p.shown)).unwrap_or(0.0)
            );
        }
        line
    }

    /// "empty_boxes 0/1477 (0)" for each defect: pages whose view has one,
    /// and how many in all.
    fn view_line(&self) -> String {
        let counts: Vec<String> = VIEW_DEFECTS
            .iter()
            .zip(&self.view)
            .map(|(defect, (pages, found))| format!("{defect} {pages}/{} ({found})", self.pages))
            .collect();
        format!("view defects, pages with (in all): {}", counts.join(", "))
    }

    /// "title 0.5173 (764/1477)" for each field measured, for the summary.
    fn meta_lines(&self, shown: impl Fn(&str) -> bool) -> Vec<String> {
        META_FIELDS
            .iter()
            .zip(&self.meta)
            .filter(|(field, _)| shown(field))
            .map(|(field, &(agree, total))| {
                let value =
                    share((agree, total)).map_or("   -  ".to_string(), |s| format!("{s:.4}"));
                format!("{field:<14} {value}  ({agree}/{total})")
            })
            .collect()
    }
}

fn share((hits, total): (usize, usize)) -> Option<f64> {
    (total > 0).then(|| hits as f64 / total as f64)
}

fn of_kind(results: &[PageResult], kind: Kind) -> impl Iterator<Item = &PageResult> {
    results.iter().filter(move |r| r.kind == kind)
}

/// WCXB page types with their stats, the most frequent first.
fn by_page_type(results: &[PageResult]) -> Vec<(&str, Stats)> {
    let mut types: BTreeMap<&str, Stats> = BTreeMap::new();
    for r in of_kind(results, Kind::Wcxb) {
        let page_type = r
            .page_type
            .as_deref()
            .unwrap_or(crate::corpus::UNKNOWN_TYPE);
        types.entry(page_type).or_default().add(r);
    }
    let mut types: Vec<_> = types.into_iter().collect();
    types.sort_by(|a, b| b.1.pages.cmp(&a.1.pages).then(a.0.cmp(b.0)));
    types
}

/// Every metric that was measured, by key (see the usage text).
pub fn metrics(results: &[PageResult]) -> BTreeMap<String, f64> {
    let mut out = BTreeMap::new();
    Stats::of(of_kind(results, Kind::Readability)).metrics_into("readability", &mut out);
    Stats::of(of_kind(results, Kind::Wcxb)).metrics_into("wcxb", &mut out);
    for (page_type, stats) in by_page_type(results) {
        stats.metrics_into(&format!("wcxb.{page_type}"), &mut out);
    }
    out
}

/// The summary table.
pub fn render(corpus: &Path, results: &[PageResult], wall: Duration, threads: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "lucid-eval on {}", corpus.display());

    let readability = Stats::of(of_kind(results, Kind::Readability));
    if readability.pages > 0 {
        let _ = writeln!(out, "\nReadability: {} pages", readability.pages);
        let _ = writeln!(
            out,
            "  word F1 {:.4}   precision {:.4}   recall {:.4}",
            readability.mean(readability.f1),
            readability.mean(readability.precision),
            readability.mean(readability.recall)
        );
        let _ = writeln!(out, "  metadata agreement:");
        for line in readability.meta_lines(|_| true) {
            let _ = writeln!(out, "    {line}");
        }
        let _ = writeln!(out, "  {}", readability.view_line());
        let _ = writeln!(out, "  {}", readability.pictures_line());
    }

    let wcxb = Stats::of(of_kind(results, Kind::Wcxb));
    if wcxb.pages > 0 {
        let _ = writeln!(out, "\nWCXB: {} pages", wcxb.pages);
        let _ = writeln!(
            out,
            "  {:<14} {:>5}  {:>6}  {:>9}  {:>6}  {:>10}  {:>13}",
            "page type", "pages", "F1", "precision", "recall", "with found", "without leak"
        );
        let row = |out: &mut String, name: &str, s: &Stats| {
            let pct = |x: Option<f64>| x.map_or("-".to_string(), |x| format!("{x:.3}"));
            let _ = writeln!(
                out,
                "  {name:<14} {:>5}  {:>6.4}  {:>9.4}  {:>6.4}  {:>10}  {:>13}",
                s.pages,
                s.mean(s.f1),
                s.mean(s.precision),
                s.mean(s.recall),
                pct(share(s.with)),
                pct(share(s.without))
            );
        };
        row(&mut out, "all", &wcxb);
        for (page_type, stats) in by_page_type(results) {
            row(&mut out, page_type, &stats);
        }
        let _ = writeln!(
            out,
            "  snippets: {}/{} `with` found, {}/{} `without` leaked",
            wcxb.with.0, wcxb.with.1, wcxb.without.0, wcxb.without.1
        );
        let _ = writeln!(
            out,
            "  headings: {}/{} of the references' shown ({:.3})",
            wcxb.headings.0,
            wcxb.headings.1,
            share(wcxb.headings).unwrap_or(0.0)
        );
        let _ = writeln!(
            out,
            "  metadata agreement, where the annotators give it (same words; byline less \"by\"; same day):"
        );
        for line in wcxb.meta_lines(is_wcxb_meta_field) {
            let _ = writeln!(out, "    {line}");
        }
        let _ = writeln!(out, "  {}", wcxb.view_line());
        let _ = writeln!(out, "  {}", wcxb.pictures_line());
    }

    let extract_total: Duration = results.iter().map(|r| r.elapsed).sum();
    let mut slowest: Vec<&PageResult> = results.iter().collect();
    slowest.sort_by_key(|r| std::cmp::Reverse(r.elapsed));
    let slowest: Vec<String> = slowest
        .iter()
        .take(SLOWEST_SHOWN)
        .map(|r| format!("{} {} {:.0} ms", r.kind.name(), r.id, ms(r.elapsed)))
        .collect();
    let _ = writeln!(
        out,
        "\nTime: {} pages in {:.1} s on {threads} thread(s); extract mean {:.1} ms; slowest: {}",
        results.len(),
        wall.as_secs_f64(),
        if results.is_empty() {
            0.0
        } else {
            ms(extract_total) / results.len() as f64
        },
        slowest.join(", ")
    );
    out
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Per-page scores as TSV, in the order given (sorted by corpus and page).
/// Metadata flags are 1/0, empty where not applicable.
pub fn scores_tsv(results: &[PageResult]) -> String {
    let mut out = String::from("corpus\tpage\tpage_type\tprecision\trecall\tf1");
    for field in META_FIELDS {
        let _ = write!(out, "\t{field}");
    }
    out.push_str("\twith_found\twith_total\twithout_leaked\twithout_total");
    for defect in VIEW_DEFECTS {
        let _ = write!(out, "\t{defect}");
    }
    out.push_str("\tpictures_shown\tpictures_expected\tpictures_kept");
    out.push_str("\theadings_shown\theadings_total");
    out.push('\n');
    for r in results {
        let _ = write!(
            out,
            "{}\t{:.4}\t{:.4}\t{:.4}",
            r.tsv_columns(),
            r.scores.precision,
            r.scores.recall,
            r.scores.f1
        );
        for i in 0..META_FIELDS.len() {
            let flag = match r.meta.get(i).copied().flatten() {
                Some(true) => "1",
                Some(false) => "0",
                None => "",
            };
            let _ = write!(out, "\t{flag}");
        }
        if r.kind == Kind::Wcxb {
            let _ = write!(
                out,
                "\t{}\t{}\t{}\t{}",
                r.with.0, r.with.1, r.without.0, r.without.1
            );
        } else {
            out.push_str("\t\t\t\t");
        }
        for found in r.view {
            let _ = write!(out, "\t{found}");
        }
        let _ = write!(out, "\t{}", r.pictures.shown);
        if r.kind == Kind::Readability {
            let _ = write!(out, "\t{}\t{}", r.pictures.expected, r.pictures.kept);
        } else {
            out.push_str("\t\t");
        }
        if r.kind == Kind::Wcxb {
            let _ = write!(out, "\t{}\t{}", r.headings.0, r.headings.1);
        } else {
            out.push_str("\t\t");
        }
        out.push('\n');
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Direction {
    /// Fail if the metric is below the limit.
    Under,
    /// Fail if the metric is above the limit.
    Over,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Threshold {
    key: String,
    limit: f64,
    direction: Direction,
}

impl Threshold {
    /// Parses `KEY=VALUE`, checking that KEY names a metric (a page type
    /// is any lowercase word: the corpus decides which exist).
    pub fn parse(spec: &str, direction: Direction) -> Result<Threshold, String> {
        let flag = match direction {
            Direction::Under => "--fail-under",
            Direction::Over => "--fail-over",
        };
        let (key, value) = spec
            .split_once('=')
            .ok_or_else(|| format!("{flag} '{spec}': expected KEY=VALUE"))?;
        let limit: f64 = value
            .parse()
            .ok()
            .filter(|v: &f64| v.is_finite())
            .ok_or_else(|| format!("{flag} '{spec}': '{value}' is not a number"))?;
        let parts: Vec<&str> = key.split('.').collect();
        let metric = match parts.as_slice() {
            ["readability", m]
                if SCORE_METRICS.contains(m)
                    || META_FIELDS.contains(m)
                    || VIEW_DEFECTS.contains(m)
                    || [PICTURES_KEPT_METRIC, PICTURES_EXTRA_METRIC].contains(m) =>
            {
                *m
            }
            ["wcxb", m] if is_wcxb_metric(m) => *m,
            ["wcxb", page_type, m] if is_page_type_name(page_type) && is_wcxb_metric(m) => *m,
            _ => {
                return Err(format!(
                    "{flag}: unknown metric '{key}' (see --help for the keys)"
                ))
            }
        };
        if (metric == LEAK_METRIC || metric == PICTURES_EXTRA_METRIC)
            && direction == Direction::Under
        {
            return Err(format!(
                "{flag}: '{key}' is a leak rate (lower is better): use --fail-over {key}={value}"
            ));
        }
        if VIEW_DEFECTS.contains(&metric) && direction == Direction::Under {
            return Err(format!(
                "{flag}: '{key}' is a share of pages with a defect (lower is better): use --fail-over {key}={value}"
            ));
        }
        Ok(Threshold {
            key: key.to_owned(),
            limit,
            direction,
        })
    }
}

fn is_wcxb_metric(name: &str) -> bool {
    SCORE_METRICS.contains(&name)
        || SNIPPET_METRICS.contains(&name)
        || VIEW_DEFECTS.contains(&name)
        || name == HEADINGS_METRIC
        || is_wcxb_meta_field(name)
}

fn is_wcxb_meta_field(name: &str) -> bool {
    WCXB_META_KEYS.iter().any(|(field, _)| *field == name)
}

fn is_page_type_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// The thresholds that fail, as messages naming the metric.
pub fn check(thresholds: &[Threshold], metrics: &BTreeMap<String, f64>) -> Vec<String> {
    let mut failures = Vec::new();
    for t in thresholds {
        let Some(&value) = metrics.get(&t.key) else {
            failures.push(format!("{} was not measured (no such pages)", t.key));
            continue;
        };
        match t.direction {
            Direction::Under if value < t.limit => failures.push(format!(
                "{} = {value:.4}, below the minimum {}",
                t.key, t.limit
            )),
            Direction::Over if value > t.limit => failures.push(format!(
                "{} = {value:.4}, above the maximum {}",
                t.key, t.limit
            )),
            _ => {}
        }
    }
    failures
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(kind: Kind, id: &str, page_type: Option<&str>, f1: f64) -> PageResult {
        PageResult {
            kind,
            id: id.to_owned(),
            page_type: page_type.map(str::to_owned),
            scores: Prf {
                precision: f1,
                recall: f1,
                f1,
            },
            meta: Vec::new(),
            with: (1, 2),
            without: (0, 1),
            headings: (3, 4),
            view: [0; VIEW_DEFECTS.len()],
            pictures: Pictures::default(),
            elapsed: Duration::from_millis(1),
            traced: Attribution::default(),
        }
    }

    #[test]
    fn metrics_by_corpus_and_type() {
        let mut r = page(Kind::Readability, "001", None, 0.5);
        r.with = (0, 0);
        r.without = (0, 0);
        r.headings = (0, 0);
        r.meta = vec![Some(true); META_FIELDS.len()];
        r.pictures = Pictures {
            shown: 5,
            expected: 8,
            kept: 4,
            extra: 1,
        };
        // WCXB's annotators give a title, byline and date, or leave them out.
        let mut annotated = page(Kind::Wcxb, "0001", Some("article"), 1.0);
        annotated.meta = META_FIELDS
            .iter()
            .map(|&f| match f {
                "title" => Some(true),
                "byline" => Some(false),
                _ => None,
            })
            .collect();
        let mut boxes = page(Kind::Wcxb, "0002", Some("article"), 0.5);
        boxes.view = [2, 0, 0, 0];
        boxes.pictures.shown = 3;
        let results = [
            r,
            annotated,
            boxes,
            page(Kind::Wcxb, "0003", Some("forum"), 0.0),
        ];
        let m = metrics(&results);
        assert_eq!(m["readability.f1"], 0.5);
        assert_eq!(m["readability.title"], 1.0);
        assert!(!m.contains_key("readability.with"));
        assert_eq!(m["wcxb.f1"], 0.5);
        assert_eq!(m["wcxb.article.f1"], 0.75);
        assert_eq!(m["wcxb.forum.f1"], 0.0);
        assert_eq!(m["wcxb.with"], 0.5);
        assert_eq!(m["wcxb.without"], 0.0);
        assert_eq!(m["wcxb.title"], 1.0);
        assert_eq!(m["wcxb.article.byline"], 0.0);
        assert!(!m.contains_key("wcxb.publishedTime"));
        assert!(!m.contains_key("wcxb.forum.title"));
        // Shares of pages, not counts.
        assert_eq!(m["wcxb.empty_boxes"], 1.0 / 3.0);
        assert_eq!(m["wcxb.article.empty_boxes"], 0.5);
        assert_eq!(m["wcxb.forum.empty_boxes"], 0.0);
        assert_eq!(m["readability.empty_links"], 0.0);
        // Pictures, of all pages' together; compared only where expected.
        assert_eq!(m["readability.pictures"], 0.5);
        assert_eq!(m["readability.extra_pictures"], 0.2);
        assert!(!m.contains_key("wcxb.pictures"));
        assert!(!m.contains_key("wcxb.extra_pictures"));
        // The references' headings, of all pages' together.
        assert_eq!(m["wcxb.headings"], 0.75);
        assert!(!m.contains_key("readability.headings"));

        let tsv = scores_tsv(&results);
        let lines: Vec<&str> = tsv.lines().collect();
        assert_eq!(lines.len(), 5);
        let columns = lines[0].split('\t').count();
        assert!(
            lines.iter().all(|l| l.split('\t').count() == columns),
            "{tsv}"
        );
        assert!(lines[1].starts_with("readability\t001\t\t0.5000\t0.5000\t0.5000\t1\t1"));
        assert!(lines[1].ends_with("\t0\t0\t0\t0\t5\t8\t4\t\t"), "{tsv}");
        assert!(
            lines[2].ends_with("\t1\t2\t0\t1\t0\t0\t0\t0\t0\t\t\t3\t4"),
            "{tsv}"
        );
        assert!(
            lines[3].ends_with("\t0\t1\t2\t0\t0\t0\t3\t\t\t3\t4"),
            "{tsv}"
        );
        assert!(lines[2].contains("\t1.0000\t1\t0\t\t"), "{tsv}");
    }

    #[test]
    fn thresholds() {
        let metrics: BTreeMap<String, f64> = [
            ("wcxb.article.f1".to_string(), 0.8),
            ("wcxb.without".to_string(), 0.3),
        ]
        .into_iter()
        .collect();
        let under = |s| Threshold::parse(s, Direction::Under).expect(s);
        let over = |s| Threshold::parse(s, Direction::Over).expect(s);
        assert!(check(&[under("wcxb.article.f1=0.8")], &metrics).is_empty());
        let failures = check(
            &[
                under("wcxb.article.f1=0.9"),
                over("wcxb.without=0.2"),
                under("readability.f1=0.5"),
            ],
            &metrics,
        );
        assert_eq!(failures.len(), 3, "{failures:?}");
        assert!(failures[0].contains("wcxb.article.f1"));
        assert!(failures[1].contains("wcxb.without"));
        assert!(failures[2].contains("not measured"));

        for bad in [
            "wcxb.f1",
            "wcxb.f1=x",
            "wcxb.f1=NaN",
            "wcxb.fscore=0.5",
            "readability.with=0.5",
            "wcxb.Article.f1=0.5",
            "other.f1=0.5",
            "wcxb.without=0.1",
            "wcxb.empty_boxes=0.1",
            "readability.empty_links=0",
            "readability.extra_pictures=0.1",
            "wcxb.pictures=0.5",
            "readability.headings=0.5",
        ] {
            assert!(Threshold::parse(bad, Direction::Under).is_err(), "{bad}");
        }
        assert!(Threshold::parse("readability.siteName=0.5", Direction::Under).is_ok());
        assert!(Threshold::parse("wcxb.byline=0.5", Direction::Under).is_ok());
        assert!(Threshold::parse("wcxb.article.publishedTime=0.5", Direction::Under).is_ok());
        assert!(Threshold::parse("wcxb.siteName=0.5", Direction::Under).is_err());
        assert!(Threshold::parse("readability.empty_boxes=0", Direction::Over).is_ok());
        assert!(Threshold::parse("wcxb.forum.placeholder_pictures=0", Direction::Over).is_ok());
        assert!(Threshold::parse("readability.pictures=0.9", Direction::Under).is_ok());
        assert!(Threshold::parse("readability.extra_pictures=0.1", Direction::Over).is_ok());
        assert!(Threshold::parse("wcxb.article.headings=0.9", Direction::Under).is_ok());
    }
}
