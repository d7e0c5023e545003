//! Times the engine on each pathological input of
//! `tests/support/pathological.rs` and prints a table: input size, time to
//! decode and extract, throughput, the result, and peak memory.
//!
//! ```sh
//! cargo run --release --example pathological            # every case, full size
//! cargo run --release --example pathological -- --small # the debug suite's sizes
//! cargo run --release --example pathological -- nested-divs big-page
//! ```
//!
//! Peak memory is the process's high-water mark (Linux `VmHWM`) after the
//! case, input generation included; run one case per process for a figure
//! that belongs to that case alone.

use std::time::Instant;

use lucid_reader::{extract, is_probably_readerable};

#[path = "../tests/support/pathological.rs"]
mod pathological;
#[path = "../tests/support/safe_output.rs"]
mod safe_output;

fn main() {
    let mut small = false;
    let mut names = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--small" => small = true,
            "-h" | "--help" => {
                println!("usage: pathological [--small] [CASE...]\ncases:");
                for c in pathological::CASES {
                    println!("  {:<30} {}", c.name, c.describe(c.full));
                }
                return;
            }
            name => names.push(name.to_string()),
        }
    }
    println!(
        "{:<30} {:>12} {:>10} {:>10} {:>8} {:>9} {:>16} {:>8}  result",
        "case", "bytes", "extract", "readerable", "MB/s", "words", "quick check", "peak MB"
    );
    let mut failed = false;
    for case in pathological::CASES {
        if !names.is_empty() && !names.iter().any(|n| n == case.name) {
            continue;
        }
        let n = if small { case.small } else { case.full };
        let bytes = (case.build)(n);
        let started = Instant::now();
        // What the wasm boundary does with the page's bytes.
        let html = String::from_utf8_lossy(&bytes);
        let article = extract(&html, None);
        let extract_time = started.elapsed();
        let started = Instant::now();
        let quick = is_probably_readerable(&html);
        let quick_time = started.elapsed();
        let verdict = pathological::check_expectation(case, &article)
            .and_then(|()| safe_output::check_article(&article, None));
        failed |= verdict.is_err();
        let mb_per_s = bytes.len() as f64 / 1e6 / extract_time.as_secs_f64().max(1e-9);
        println!(
            "{:<30} {:>12} {:>8.1}ms {:>10} {:>8.1} {:>9} {:>5} {:>8.1}ms {:>8}  {}",
            case.name,
            bytes.len(),
            extract_time.as_secs_f64() * 1e3,
            article.readerable,
            mb_per_s,
            article.word_count,
            quick,
            quick_time.as_secs_f64() * 1e3,
            peak_memory_mb().map_or("?".into(), |m| m.to_string()),
            verdict
                .err()
                .unwrap_or_else(|| format!("ok ({})", case.describe(n))),
        );
    }
    if failed {
        std::process::exit(1);
    }
}

/// The process's peak resident memory so far, in MB (Linux only).
fn peak_memory_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}
