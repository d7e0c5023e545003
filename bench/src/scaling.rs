//! How the engine's time and peak heap grow with the page: the article
//! pages and the nested-`<div>` pages of the pathological suite
//! (tests/support/pathological.rs) at several sizes.

use std::hint::black_box;
use std::time::Instant;

use crate::alloc;
use crate::pathological::CASES;
use crate::stats::{bytes, median, secs};

const MB: usize = 1024 * 1024;

/// The goal for peak heap during extraction, in multiples of the page.
const PEAK_GOAL: f64 = 8.0;

struct Point {
    label: String,
    size: usize,
    time: f64,
    parse: f64,
    peak: usize,
}

/// Times `extract` (and, apart, parsing alone) on the case's input at
/// size `n`, with the peak heap that extraction adds to what is allocated
/// before it (the input string).
fn measure(case: &str, n: usize, label: String) -> Point {
    let case = CASES
        .iter()
        .find(|c| c.name == case)
        .expect("case of tests/support/pathological.rs");
    let html = String::from_utf8_lossy(&(case.build)(n)).into_owned();
    let reps = if html.len() > 20 * MB { 2 } else { 5 };
    let (mut times, mut parses, mut peak) = (Vec::new(), Vec::new(), 0);
    for rep in 0..=reps {
        alloc::reset_peak();
        let base = alloc::current();
        let start = Instant::now();
        let article = lucid_reader::extract(&html, None);
        let time = start.elapsed().as_secs_f64();
        peak = peak.max(alloc::peak() - base);
        black_box(article);
        let start = Instant::now();
        black_box(lucid_reader::parse::parse_document(&html));
        let parse = start.elapsed().as_secs_f64();
        // The first run warms up.
        if rep > 0 {
            times.push(time);
            parses.push(parse);
        }
    }
    Point {
        label,
        size: html.len(),
        time: median(&times),
        parse: median(&parses),
        peak,
    }
}

fn print(title: &str, points: &[Point]) {
    println!("\n### {title}\n");
    println!(
        "| page | HTML size | extract time | time per MB | parse alone | peak heap | peak / size |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for p in points {
        let mb = p.size as f64 / 1e6;
        println!(
            "| {} | {} | {} | {} | {} | {} | {:.1}x |",
            p.label,
            bytes(p.size as f64),
            secs(p.time),
            secs(p.time / mb),
            secs(p.parse),
            bytes(p.peak as f64),
            p.peak as f64 / p.size as f64
        );
    }
    if let (Some(first), Some(last)) = (points.first(), points.last()) {
        let per_byte = |p: &Point| p.time / p.size as f64;
        let worst = points
            .iter()
            .map(|p| p.peak as f64 / p.size as f64)
            .fold(0.0, f64::max);
        println!(
            "\nTime per byte, largest / smallest: {:.2}x (1 = linear). Peak heap at most {:.1}x \
             the page (goal <= {PEAK_GOAL}x): {}.",
            per_byte(last) / per_byte(first),
            worst,
            if worst <= PEAK_GOAL { "met" } else { "NOT met" }
        );
    }
}

pub fn run(short: bool) {
    let sizes: &[(f64, &str)] = if short {
        &[(0.1, "0.1 MB"), (1.0, "1 MB")]
    } else {
        &[
            (0.1, "0.1 MB"),
            (1.0, "1 MB"),
            (10.0, "10 MB"),
            (50.0, "50 MB"),
        ]
    };
    let depths: &[usize] = if short {
        &[1_000, 10_000]
    } else {
        &[1_000, 10_000, 100_000]
    };
    println!("\n## Scaling: lucid_reader::extract, median of the timed runs after a warm-up\n");
    println!(
        "Peak heap: the most bytes allocated at once during extraction beyond the input \
         string (a counting allocator, exact)."
    );
    let points: Vec<Point> = sizes
        .iter()
        .map(|&(mb, label)| {
            measure(
                "big-page",
                (mb * MB as f64) as usize,
                format!("article, {label}"),
            )
        })
        .collect();
    print(
        "Article pages (tests/support/pathological.rs: big-page)",
        &points,
    );
    let points: Vec<Point> = depths
        .iter()
        .map(|&d| measure("nested-divs", d, format!("{d} nested divs")))
        .collect();
    print(
        "Nesting depth (tests/support/pathological.rs: nested-divs)",
        &points,
    );
}
