//! The command line's grammar: turns `lucid`'s arguments into a [`Command`],
//! or a usage error worded for the user. Hand-written: the surface is two
//! subcommands and two options, not worth an argument-parsing dependency.

use std::ffi::OsString;

use url::Url;

pub const USAGE: &str = "\
lucid: the article in a web page, clean.

Usage:
  lucid extract [--url URL] [--format json|html|text|removed] FILE...
  lucid readerable FILE...
  lucid --help | --version

Commands:
  extract      Extract the article from each page. FILE is a saved HTML page,
               or - for standard input. Bytes are decoded as a browser would
               (BOM, <meta charset>, else UTF-8 or windows-1252).
  readerable   Print true or false: is the page probably an article? (the
               quick check, without a full extraction)

Options for extract:
  --url URL        The page's address: relative links and images in the
                   article are made absolute against it. Without it they are
                   left as they are.
  --format FORMAT  json (default): the article and its metadata as a JSON
                   object (camelCase fields), pretty-printed for one file and
                   as JSON Lines, each with a leading \"path\" field, for
                   several. html: the article's safe HTML. text: its text, laid
                   out as read (blocks on their own lines). removed: what
                   the engine removed on the way to the view, to see why a
                   part is not in it; one element a line: the stage, the
                   line of the engine's code that removed it, the element
                   (tag.class#id) and its text (cut after 200 characters),
                   apart by tabs. What was never gathered into the article
                   (the page's menu around it) is not a removal.

With several files, html output precedes each article with <!-- PATH --> and
text and removed output with ==> PATH <==; readerable prints
PATH<TAB>true|false.

Exit status: 0 on success (a page without an article is not an error: it
gives readerable false and empty content), 1 if any file could not be read
(the others are still processed), 2 on a usage error.
";

/// What the user asked for.
#[derive(Debug, PartialEq)]
pub enum Invocation {
    Help,
    Version,
    Run(Command),
}

#[derive(Debug, PartialEq)]
pub enum Command {
    Extract {
        url: Option<Url>,
        format: Format,
        files: Vec<OsString>,
    },
    Readerable {
        files: Vec<OsString>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Format {
    Json,
    Html,
    Text,
    /// The removals behind the view, to see why a part is not in it.
    Removed,
}

/// Parses the arguments after the program name. The error is a one-line
/// message for the user.
pub fn parse(args: Vec<OsString>) -> Result<Invocation, String> {
    let mut args = args.into_iter();
    let Some(first) = args.next() else {
        return Err("missing command (extract or readerable)".into());
    };
    let subcommand = match first.to_str() {
        Some("-h" | "--help" | "help") => return Ok(Invocation::Help),
        Some("-V" | "--version") => return Ok(Invocation::Version),
        Some(s @ ("extract" | "readerable")) => s.to_owned(),
        Some(s) if s.starts_with('-') => return Err(format!("unknown option '{s}'")),
        _ => {
            return Err(format!(
                "unknown command '{}' (expected extract or readerable)",
                first.to_string_lossy()
            ))
        }
    };
    let is_extract = subcommand == "extract";

    let mut url = None;
    let mut format = Format::Json;
    let mut files = Vec::new();
    let mut only_files = false;
    while let Some(arg) = args.next() {
        if only_files {
            files.push(arg);
            continue;
        }
        // Non-UTF-8 arguments can only be file names.
        let Some(s) = arg.to_str() else {
            files.push(arg);
            continue;
        };
        if s == "--" {
            only_files = true;
            continue;
        }
        if s == "-" || !s.starts_with('-') {
            files.push(arg);
            continue;
        }
        if s == "-h" || s == "--help" {
            return Ok(Invocation::Help);
        }
        let (name, inline_value) = match s.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_owned())),
            _ => (s, None),
        };
        match name {
            "--url" | "--format" if is_extract => {
                let value = match inline_value {
                    Some(v) => v,
                    None => args
                        .next()
                        .ok_or_else(|| format!("{name} needs a value"))?
                        .into_string()
                        .map_err(|v| format!("invalid {name} '{}'", v.to_string_lossy()))?,
                };
                if name == "--url" {
                    url = Some(parse_url(&value)?);
                } else {
                    format = parse_format(&value)?;
                }
            }
            _ => return Err(format!("unknown option '{s}' for {subcommand}")),
        }
    }
    if files.is_empty() {
        return Err("no input files (use - for standard input)".into());
    }
    Ok(Invocation::Run(if is_extract {
        Command::Extract { url, format, files }
    } else {
        Command::Readerable { files }
    }))
}

/// The page URL must be absolute and able to serve as a base: relative
/// references resolve against it.
fn parse_url(value: &str) -> Result<Url, String> {
    match Url::parse(value) {
        Ok(url) if !url.cannot_be_a_base() => Ok(url),
        Ok(_) => Err(format!(
            "invalid --url '{value}': links cannot be resolved against it"
        )),
        Err(e) => Err(format!("invalid --url '{value}': {e}")),
    }
}

fn parse_format(value: &str) -> Result<Format, String> {
    match value {
        "json" => Ok(Format::Json),
        "html" => Ok(Format::Html),
        "text" => Ok(Format::Text),
        "removed" => Ok(Format::Removed),
        _ => Err(format!(
            "invalid --format '{value}' (expected json, html, text or removed)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_strs(args: &[&str]) -> Result<Invocation, String> {
        parse(args.iter().map(OsString::from).collect())
    }

    fn files(names: &[&str]) -> Vec<OsString> {
        names.iter().map(OsString::from).collect()
    }

    #[test]
    fn extract_defaults() {
        assert_eq!(
            parse_strs(&["extract", "a.html"]),
            Ok(Invocation::Run(Command::Extract {
                url: None,
                format: Format::Json,
                files: files(&["a.html"]),
            }))
        );
    }

    #[test]
    fn extract_options_both_spellings() {
        let expected = Invocation::Run(Command::Extract {
            url: Some(Url::parse("https://example.com/a/b").unwrap()),
            format: Format::Text,
            files: files(&["-", "x"]),
        });
        assert_eq!(
            parse_strs(&[
                "extract",
                "--url",
                "https://example.com/a/b",
                "-",
                "--format",
                "text",
                "x"
            ]),
            Ok(expected)
        );
        let expected = Invocation::Run(Command::Extract {
            url: Some(Url::parse("https://example.com/a/b").unwrap()),
            format: Format::Html,
            files: files(&["x"]),
        });
        assert_eq!(
            parse_strs(&[
                "extract",
                "--url=https://example.com/a/b",
                "--format=html",
                "x"
            ]),
            Ok(expected)
        );
    }

    #[test]
    fn double_dash_ends_options() {
        assert_eq!(
            parse_strs(&["readerable", "--", "--url", "-x"]),
            Ok(Invocation::Run(Command::Readerable {
                files: files(&["--url", "-x"]),
            }))
        );
    }

    #[test]
    fn help_and_version() {
        assert_eq!(parse_strs(&["--help"]), Ok(Invocation::Help));
        assert_eq!(parse_strs(&["extract", "-h"]), Ok(Invocation::Help));
        assert_eq!(parse_strs(&["--version"]), Ok(Invocation::Version));
    }

    #[test]
    fn usage_errors() {
        for args in [
            &[][..],
            &["frobnicate"],
            &["--frobnicate"],
            &["extract"],
            &["extract", "--bogus", "a"],
            &["extract", "--url", "not a url", "a"],
            &["extract", "--url", "/relative/path", "a"],
            &["extract", "--url", "mailto:someone@example.com", "a"],
            &["extract", "--format", "xml", "a"],
            &["extract", "a", "--url"],
            &["readerable", "--url", "https://example.com/", "a"],
            &["readerable", "--format=json", "a"],
        ] {
            assert!(
                parse_strs(args).is_err(),
                "{args:?} should be a usage error"
            );
        }
        let err = parse_strs(&["extract", "--url", "nope", "a"]).unwrap_err();
        assert!(err.contains("--url") && err.contains("nope"), "{err}");
    }
}
