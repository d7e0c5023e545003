//! The native benchmark; `scripts/bench-native --help` says how to run it.

mod alloc;
mod native;
mod scaling;
mod stats;

// The evaluation tool's corpus reader, shared rather than copied.
#[allow(dead_code)]
#[path = "../../src/bin/lucid-eval/corpus.rs"]
mod corpus;
// The pathological suite's page builders.
#[path = "../../tests/support/pathological.rs"]
mod pathological;

use std::path::PathBuf;
use std::process::ExitCode;

#[global_allocator]
static ALLOC: alloc::Counting = alloc::Counting;

const USAGE: &str = "\
usage: bench-native [--short] [--scaling | --corpus-only | --profile] [CORPUS_DIR]

Times lucid-reader against dom_smoothie, legible and Readability.js (Node)
on the corpus (every readability/ page and 200 evenly spaced wcxb-dev/
pages), then its scaling in time and peak heap on synthetic pages.

  --short        a quick run (20 + 20 pages, small scaling sizes), for CI
  --scaling      only the scaling part
  --corpus-only  only the corpus part
  --profile      lucid-reader alone over the corpus pages, untimed, to run
                 under a profiler (perf record)
  CORPUS_DIR     default: ../shared/corpus beside the repository";

fn main() -> ExitCode {
    let mut short = false;
    let (mut corpus, mut scaling, mut profile) = (true, true, false);
    let mut dir = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--short" => short = true,
            "--scaling" => corpus = false,
            "--corpus-only" => scaling = false,
            "--profile" => profile = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            a if a.starts_with('-') => {
                eprintln!("unknown option {a}\n{USAGE}");
                return ExitCode::from(2);
            }
            a => dir = Some(PathBuf::from(a)),
        }
    }
    let dir = dir
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus"));
    if corpus {
        let opts = if short {
            native::Options {
                wcxb_sample: 20,
                readability_pages: 20,
                warmup: 1,
                reps: 3,
            }
        } else {
            native::Options {
                wcxb_sample: 200,
                readability_pages: usize::MAX,
                warmup: 1,
                reps: 5,
            }
        };
        let result = if profile {
            native::profile(&dir, &opts)
        } else {
            native::run(&dir, &opts)
        };
        if let Err(e) = result {
            eprintln!("bench-native: {e}");
            return ExitCode::FAILURE;
        }
    }
    if scaling && !profile {
        scaling::run(short);
    }
    ExitCode::SUCCESS
}
