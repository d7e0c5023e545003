//! Hardening, in the debug suite: every pathological input of
//! `tests/support/pathological.rs` at a modest size, through both ways pages
//! come in (the wasm boundary's lossy UTF-8, the CLI's browser-like
//! decoding); the inputs the fuzzer found (`fuzz/regressions/`), replayed
//! the way their fuzz target ran them; and regressions for the bugs that
//! hardening turned up. Each must finish without a panic, with safe output
//! and a sensible result. The same inputs at the sizes the issue names run
//! in release (`tests/pathological.rs`); `examples/pathological.rs` times
//! them. No test here measures time.

#[path = "support/pathological.rs"]
mod pathological;
#[path = "support/safe_output.rs"]
mod safe_output;

use std::path::Path;

use lucid_reader::encoding::decode_html;
use lucid_reader::parse::parse_document;
use lucid_reader::{extract, is_probably_readerable, Article};
use url::Url;

/// The page URLs the `extract` fuzz target picks from (by the input's last
/// byte); kept in step with `fuzz/fuzz_targets/extract.rs`.
const FUZZ_PAGE_URLS: &[Option<&str>] = &[
    None,
    Some("https://news.example.com/world/2024/story.html"),
    Some("file:///home/reader/saved/page.html"),
    Some("http://[::1]:8080/a/b/?q=1#top"),
];

fn check(article: &Article, url: Option<&Url>, what: &str) {
    safe_output::assert_article_ok(article, url, what);
}

#[test]
fn pathological_inputs_at_modest_sizes() {
    let mut failures = Vec::new();
    for case in pathological::CASES {
        let bytes = (case.build)(case.small);
        // The wasm boundary: bytes read as UTF-8, invalid sequences replaced.
        let html = String::from_utf8_lossy(&bytes);
        let article = extract(&html, None);
        check(&article, None, case.name);
        if let Err(e) = pathological::check_expectation(case, &article) {
            failures.push(format!(
                "{} ({}): {e}",
                case.name,
                case.describe(case.small)
            ));
        }
        is_probably_readerable(&html);
        // The CLI: bytes decoded as a browser would. Only safety is asserted:
        // random bytes decode differently (windows-1252, no U+FFFD).
        let decoded = decode_html(&bytes);
        if decoded != html {
            check(&extract(&decoded, None), None, case.name);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every file in `fuzz/regressions/TARGET/`.
fn regressions(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    // A target with no crasher yet has no directory (git keeps no empty one).
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).expect("read regression input"))
        })
        .collect()
}

#[test]
fn fuzz_regressions_of_the_extract_target() {
    for (name, data) in regressions("extract") {
        let html = String::from_utf8_lossy(&data);
        // As the target runs it, and with every other URL too.
        for url in FUZZ_PAGE_URLS {
            let url = url.map(|u| Url::parse(u).unwrap());
            check(&extract(&html, url.as_ref()), url.as_ref(), &name);
        }
        is_probably_readerable(&html);
    }
}

#[test]
fn fuzz_regressions_of_the_boundary_target() {
    let inputs = regressions("boundary");
    assert!(
        !inputs.is_empty(),
        "the boundary target's crashers are kept"
    );
    for (name, data) in inputs {
        // The target's layout: a length byte, the URL, the page.
        let (url, page) = match data.split_first() {
            Some((&n, rest)) => rest.split_at(usize::from(n).min(rest.len())),
            None => (&[][..], &[][..]),
        };
        let url = Url::parse(&String::from_utf8_lossy(url)).ok();
        let lossy = String::from_utf8_lossy(page);
        check(&extract(&lossy, url.as_ref()), url.as_ref(), &name);
        check(
            &extract(&decode_html(page), url.as_ref()),
            url.as_ref(),
            &name,
        );
    }
}

#[test]
fn the_boundary_decodes_any_bytes() {
    // Invalid UTF-8 of every kind, alone and around markup: never a panic,
    // and valid text around them survives.
    let broken: &[&[u8]] = &[
        b"\x80",
        b"\xC0\xAF",
        b"\xE0\x80\xAF",
        b"\xED\xA0\x80",
        b"\xF4\x90\x80\x80",
        b"\xFF\xFE",
        b"\xFE\xFF",
        b"\xEF\xBB\xBF",
        b"\xE2\x82",
        b"\x00",
    ];
    for bytes in broken {
        let mut page = bytes.to_vec();
        page.extend_from_slice(b"<p>Keep this text</p>");
        page.extend_from_slice(bytes);
        // A UTF-16 byte order mark makes the CLI read the page as UTF-16,
        // as a browser would: then only safety is asserted.
        let utf16 = page.starts_with(b"\xFF\xFE") || page.starts_with(b"\xFE\xFF");
        for (html, text_kept) in [
            (String::from_utf8_lossy(&page).into_owned(), true),
            (decode_html(&page), !utf16),
        ] {
            let doc = parse_document(&html);
            let text = doc.text_content(doc.body().unwrap());
            assert!(
                !text_kept || text.contains("Keep this text"),
                "{bytes:?}: {text:?}"
            );
            check(&extract(&html, None), None, "broken bytes");
        }
    }
}

#[test]
fn a_frameset_page_is_not_an_article_even_with_prose_in_noframes() {
    let article = extract(
        &String::from_utf8((pathological::CASES
            .iter()
            .find(|c| c.name == "frameset")
            .unwrap()
            .build)(3))
        .unwrap(),
        None,
    );
    assert!(!article.readerable);
    assert_eq!(article.title.as_deref(), Some("Frames"));
}

#[test]
fn a_plain_text_page_keeps_its_text() {
    // What a browser's DOM of a text/plain page looks like, and the raw text.
    for name in ["plain-text", "plain-text-in-pre"] {
        let case = pathological::CASES.iter().find(|c| c.name == name).unwrap();
        let html = String::from_utf8((case.build)(20)).unwrap();
        let article = extract(&html, None);
        assert!(article.readerable, "{name}");
        for p in pathological::PROSE {
            assert!(article.text_content.contains(p), "{name}: {p}");
        }
        assert!(
            article.text_content.contains("19. "),
            "{name}: the last paragraph"
        );
    }
}

#[test]
fn a_page_that_is_one_table_gives_the_tables_text() {
    let case = pathological::CASES
        .iter()
        .find(|c| c.name == "huge-table")
        .unwrap();
    let html = String::from_utf8((case.build)(500)).unwrap();
    let article = extract(&html, None);
    assert!(article.readerable);
    let text = article.text_content;
    assert!(text.contains("Row 1 of the survey") && text.contains("Row 500 of the survey"));
    assert!(
        article.content.contains("<table>"),
        "the table is kept as a table"
    );
}

// ----- regressions for what hardening found ----------------------------------

/// A stray `<isindex>` (an unknown element to today's parsers, never closed)
/// held the rest of the page, and the serializer dropped it with its content.
#[test]
fn content_after_a_stray_isindex_is_kept() {
    let page = format!(
        "<article><h1>Title</h1><p>{}</p><isindex prompt=Search><p>{}</p><p>{}</p></article>",
        pathological::PROSE[0],
        pathological::PROSE[1],
        pathological::PROSE[2]
    );
    let article = extract(&page, None);
    for p in pathological::PROSE {
        assert!(article.text_content.contains(p), "{p}");
    }
}

/// A MathML element whose `<math>` did not make it into the article (found
/// by the fuzzer: cleaning had moved an `<mtext>` out of its `<math>`) was
/// written in HTML context, where it parses back as an unknown HTML element.
#[test]
fn mathml_outside_math_is_unwrapped() {
    let doc = parse_document("<math><mtext><p>Hello <b>there</b></p></mtext></math>");
    let mtext = doc
        .descendants(lucid_reader::dom::Document::ROOT)
        .find(|&n| doc.tag(n).is_some_and(|t| &**t == "mtext"))
        .unwrap();
    let out = lucid_reader::serialize::to_safe_html(&doc, mtext, None);
    assert_eq!(out, "<div><p>Hello <b>there</b></p></div>");
    safe_output::assert_safe(&out, None, "mtext root");
    // Inside its `math`, it stays.
    let body = doc.body().unwrap();
    let out = lucid_reader::serialize::to_safe_html(&doc, body, None);
    assert!(out.contains("<math><mtext>"), "{out}");
}

/// Scoring renames a `tbody` it takes into the article to `div` (as
/// Readability does), leaving rows outside any table: parsers ignore such
/// `<tr>`/`<td>` tags and run the cells' text together.
#[test]
fn table_parts_outside_a_table_get_one() {
    let mut doc = parse_document(
        "<table><tbody><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></tbody></table>",
    );
    let tbody = doc
        .descendants(lucid_reader::dom::Document::ROOT)
        .find(|&n| doc.tag(n).is_some_and(|t| &**t == "tbody"))
        .unwrap();
    let out = lucid_reader::serialize::to_safe_html(&doc, tbody, None);
    assert_eq!(
        out,
        "<div><table><tbody><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></tbody></table></div>"
    );
    doc.rename(tbody, html5ever::local_name!("div"));
    let text = doc.create_text("after");
    doc.append(tbody, text);
    let out = lucid_reader::serialize::to_safe_html(&doc, tbody, None);
    assert_eq!(
        out,
        "<div><div><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>after</div></div>"
    );
    // What a browser makes of it: the same rows and cells.
    let back = parse_document(&out);
    let cells: Vec<String> = back
        .descendants(lucid_reader::dom::Document::ROOT)
        .filter(|&n| back.tag(n).is_some_and(|t| &**t == "td"))
        .map(|n| back.text_content(n))
        .collect();
    assert_eq!(cells, ["a", "b", "c"]);
}

/// Binary data decoded as text used to be read as an article of garbage.
#[test]
fn binary_garbage_is_not_an_article_but_broken_bytes_in_prose_are_fine() {
    let garbage = (pathological::CASES
        .iter()
        .find(|c| c.name == "binary-garbage")
        .unwrap()
        .build)(20_000);
    assert!(!extract(&String::from_utf8_lossy(&garbage), None).readerable);
    let broken = (pathological::CASES
        .iter()
        .find(|c| c.name == "invalid-utf8")
        .unwrap()
        .build)(20_000);
    assert!(extract(&String::from_utf8_lossy(&broken), None).readerable);
}
