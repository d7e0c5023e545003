//! `lucid`: the extraction engine on the command line. Reads saved pages
//! (files or standard input) as bytes, decodes them as a browser would, and
//! prints the article as JSON, safe HTML or text (or what the engine removed
//! on the way to it), or the quick "readerable" check. See [`args::USAGE`]
//! for the interface.

mod args;

use std::ffi::OsString;
use std::io::{self, BufWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use lucid_reader::encoding::decode_html;
use lucid_reader::plain_text::plain_text_of_html;
use lucid_reader::trace;
use lucid_reader::{extract, is_probably_readerable, Article};
use serde::Serialize;
use url::Url;

use args::{Command, Format, Invocation};

/// How much of a removed element's text `--format removed` prints.
const REMOVED_TEXT_MAX_CHARS: usize = 200;

/// Some input file could not be read; the others were processed.
const EXIT_INPUT_ERROR: u8 = 1;
/// The command line itself was wrong; nothing was processed.
const EXIT_USAGE: u8 = 2;

fn main() -> ExitCode {
    let argv: Vec<OsString> = std::env::args_os().skip(1).collect();
    let command = match args::parse(argv) {
        Ok(Invocation::Run(command)) => command,
        Ok(Invocation::Help) => {
            print!("{}", args::USAGE);
            return ExitCode::SUCCESS;
        }
        Ok(Invocation::Version) => {
            println!("lucid {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("lucid: {message}");
            eprintln!("Try 'lucid --help' for more information.");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let result = match command {
        Command::Extract { url, format, files } => {
            run_extract(&mut out, url.as_ref(), format, &files)
        }
        Command::Readerable { files } => run_readerable(&mut out, &files),
    };
    match result.and_then(|ok| out.flush().map(|()| ok)) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(EXIT_INPUT_ERROR),
        // The reader went away (`lucid extract ... | head`): not our error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lucid: cannot write output: {e}");
            ExitCode::from(EXIT_INPUT_ERROR)
        }
    }
}

/// One JSON Lines record: the article with the file it came from, first.
#[derive(Serialize)]
struct Record<'a> {
    path: &'a str,
    #[serde(flatten)]
    article: &'a Article,
}

/// Extracts every file in turn. Returns whether all files could be read;
/// `Err` only for a failure to write the output.
fn run_extract(
    out: &mut impl Write,
    url: Option<&Url>,
    format: Format,
    files: &[OsString],
) -> io::Result<bool> {
    let several = files.len() > 1;
    let mut all_read = true;
    let mut printed_any = false;
    if format == Format::Removed {
        // The CLI sets no other logger: hearing the engine cannot fail.
        if let Err(message) = trace::listen() {
            eprintln!("lucid: {message}");
        }
    }
    for file in files {
        let Some(html) = read_page(out, file)? else {
            all_read = false;
            continue;
        };
        let (article, events) = trace::heard_during(|| extract(&html, url));
        let path = display_path(file);
        // Plain lines: a file's lines under its name when there are several.
        let name_the_file = |out: &mut dyn Write| -> io::Result<()> {
            if several {
                if printed_any {
                    writeln!(out)?;
                }
                writeln!(out, "==> {path} <==")?;
            }
            Ok(())
        };
        match format {
            Format::Json if several => {
                let record = Record {
                    path: &path,
                    article: &article,
                };
                serde_json::to_writer(&mut *out, &record)?;
                writeln!(out)?;
            }
            Format::Json => {
                serde_json::to_writer_pretty(&mut *out, &article)?;
                writeln!(out)?;
            }
            Format::Html => {
                if several {
                    writeln!(out, "<!-- {} -->", comment_safe(&path))?;
                }
                write_with_newline(out, &article.content)?;
            }
            Format::Text => {
                name_the_file(out)?;
                write_with_newline(out, &plain_text_of_html(&article.content))?;
            }
            Format::Removed => {
                name_the_file(out)?;
                for removal in trace::removals_behind_the_view(events) {
                    let mut text: String =
                        removal.text.chars().take(REMOVED_TEXT_MAX_CHARS).collect();
                    if text.len() < removal.text.len() {
                        text.push('…');
                    }
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{text}",
                        removal.stage, removal.at, removal.what
                    )?;
                }
            }
        }
        printed_any = true;
        out.flush()?;
    }
    Ok(all_read)
}

fn run_readerable(out: &mut impl Write, files: &[OsString]) -> io::Result<bool> {
    let several = files.len() > 1;
    let mut all_read = true;
    for file in files {
        let Some(html) = read_page(out, file)? else {
            all_read = false;
            continue;
        };
        let readerable = is_probably_readerable(&html);
        if several {
            writeln!(out, "{}\t{readerable}", display_path(file))?;
        } else {
            writeln!(out, "{readerable}")?;
        }
        out.flush()?;
    }
    Ok(all_read)
}

/// Reads and decodes one input (`-` is standard input). On failure, reports
/// it on stderr (after flushing what was printed before, to keep the two
/// streams in order on a terminal) and returns `Ok(None)`.
fn read_page(out: &mut impl Write, file: &OsString) -> io::Result<Option<String>> {
    let bytes = if file == "-" {
        let mut bytes = Vec::new();
        io::stdin().lock().read_to_end(&mut bytes).map(|_| bytes)
    } else {
        std::fs::read(file)
    };
    match bytes {
        Ok(bytes) => Ok(Some(decode_html(&bytes))),
        Err(e) => {
            out.flush()?;
            eprintln!("lucid: {}: {}", display_path(file), describe(&e));
            Ok(None)
        }
    }
}

/// A short reason, without the "(os error N)" suffix of io::Error's display.
fn describe(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::IsADirectory => "is a directory".into(),
        _ => {
            let text = e.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_string(),
                None => text,
            }
        }
    }
}

fn display_path(file: &OsString) -> String {
    Path::new(file).display().to_string()
}

/// A path made safe inside an HTML comment: "--" cannot appear in one.
fn comment_safe(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut previous = None;
    for c in path.chars() {
        if c == '-' && previous == Some('-') {
            out.push(' ');
        }
        out.push(c);
        previous = Some(c);
    }
    out
}

fn write_with_newline(out: &mut impl Write, text: &str) -> io::Result<()> {
    out.write_all(text.as_bytes())?;
    if !text.is_empty() && !text.ends_with('\n') {
        writeln!(out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comment_safe_breaks_double_dashes() {
        assert_eq!(comment_safe("a--b---c.html"), "a- -b- - -c.html");
        assert_eq!(comment_safe("plain-name.html"), "plain-name.html");
    }

    #[test]
    fn describe_strips_os_error_suffix() {
        let e = io::Error::from_raw_os_error(5);
        let text = describe(&e);
        assert!(!text.contains("os error"), "{text}");
        assert_eq!(
            describe(&io::Error::from(io::ErrorKind::NotFound)),
            "no such file"
        );
    }
}
