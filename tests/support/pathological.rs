//! Pathological pages, generated: runaway nesting, huge pages, a million
//! siblings or attributes, unterminated comments and scripts, binary
//! garbage, empty and odd documents. Each [`Case`] builds its input at any
//! size (so the debug suite, `tests/hardening.rs`, runs small versions and
//! the release suite, `tests/pathological.rs`, the sizes the issue names)
//! and says what a sensible result is. `examples/pathological.rs` times
//! each one and prints a table.

// Each user of this module uses its own part of it.
#![allow(dead_code)]

use lucid_reader::Article;

/// Paragraphs of genuine prose, placed in the pages that should still read
/// as an article. Long enough, with commas, to score as one.
pub const PROSE: [&str; 3] = [
    "The lighthouse on the northern headland was built in 1861, after a winter in which three ships were lost on the reef below it, and it was kept by the same family for four generations.",
    "Its lens, ground in Paris, still turns on a bath of mercury, although the keepers left in 1987 and the light is now watched, like every other on the coast, from an office two hundred miles away.",
    "Visitors can climb the hundred and twelve steps to the lamp room on summer weekends, when the volunteers who care for the building open it, and on a clear day the view reaches the islands.",
];

/// What a sensible result is for a case.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Expect {
    /// An article whose text holds every paragraph of [`PROSE`].
    Prose,
    /// An article whose text holds this string.
    Contains(&'static str),
    /// "Not an article": `readerable` false, no content.
    NotAnArticle,
    /// Anything, as long as it is safe and consistent.
    Anything,
}

/// One pathological input.
pub struct Case {
    pub name: &'static str,
    /// What the input is, with `{n}` for the size.
    pub what: &'static str,
    /// The size the issue names (elements, bytes, rows... see `what`).
    pub full: usize,
    /// A size the debug suite handles in well under a second.
    pub small: usize,
    /// Builds the input at size `n`. Bytes: some cases are not UTF-8.
    pub build: fn(usize) -> Vec<u8>,
    pub expect: Expect,
}

impl Case {
    pub fn describe(&self, n: usize) -> String {
        self.what.replace("{n}", &n.to_string())
    }
}

const MB: usize = 1024 * 1024;

/// The debug suite's size for the cases measured in bytes.
const SMALL_BYTES: usize = 256 * 1024;

/// Every case. The sizes in `full` are those of the issue.
pub const CASES: &[Case] = &[
    Case {
        name: "nested-divs",
        what: "{n} nested <div>s, an article at the bottom",
        full: 100_000,
        small: 10_000,
        build: nested_divs,
        expect: Expect::Prose,
    },
    Case {
        name: "nested-unclosed",
        what: "{n} nested <div><span> pairs never closed, an article inside",
        full: 100_000,
        small: 10_000,
        build: nested_unclosed,
        expect: Expect::Prose,
    },
    Case {
        name: "nested-tables",
        what: "{n} nested <table><tr><td>, an article in the innermost cell",
        full: 100_000,
        small: 5_000,
        build: nested_tables,
        expect: Expect::Prose,
    },
    Case {
        name: "nested-formatting",
        what: "{n} nested <font> elements, each different, then an article",
        full: 100_000,
        small: 10_000,
        build: nested_formatting,
        expect: Expect::Prose,
    },
    Case {
        name: "misnested-links",
        what: "{n} <a> start tags never closed (each one closes the last), then an article",
        full: 100_000,
        small: 10_000,
        build: misnested_links,
        expect: Expect::Anything,
    },
    Case {
        name: "deep-big-page",
        what: "a {n}-byte article page inside 500 nested <div>s",
        full: 50 * MB,
        small: SMALL_BYTES,
        build: deep_big_page,
        expect: Expect::Prose,
    },
    Case {
        name: "big-page",
        what: "a {n}-byte article page",
        full: 50 * MB,
        small: SMALL_BYTES,
        build: big_page,
        expect: Expect::Prose,
    },
    Case {
        name: "million-siblings",
        what: "{n} sibling <p>s in one <article>",
        full: 1_000_000,
        small: 10_000,
        build: siblings,
        expect: Expect::Prose,
    },
    Case {
        name: "million-inline-siblings",
        what: "{n} sibling <span>s in one paragraph, then an article",
        full: 1_000_000,
        small: 10_000,
        build: inline_siblings,
        expect: Expect::Prose,
    },
    Case {
        name: "nested-candidates",
        what: "500 nested <article>s around {n} empty elements",
        full: 1_000_000,
        small: 10_000,
        build: nested_candidates,
        expect: Expect::NotAnArticle,
    },
    Case {
        name: "million-attributes",
        what: "one <div> with {n} distinct attributes around an article",
        full: 1_000_000,
        small: 10_000,
        build: many_attributes,
        expect: Expect::Prose,
    },
    Case {
        name: "million-duplicate-attributes",
        what: "one <div> with the same attribute {n} times around an article",
        full: 1_000_000,
        small: 10_000,
        build: duplicate_attributes,
        expect: Expect::Prose,
    },
    Case {
        name: "huge-attribute-value",
        what: "an article whose <p> has a {n}-byte title",
        full: 50 * MB,
        small: SMALL_BYTES,
        build: huge_attribute_value,
        expect: Expect::Prose,
    },
    Case {
        name: "unterminated-comment",
        what: "<!-- at the start of a {n}-byte article page",
        full: 50 * MB,
        small: SMALL_BYTES,
        build: unterminated_comment,
        expect: Expect::NotAnArticle,
    },
    Case {
        name: "unterminated-script",
        what: "<script> at the start of a {n}-byte article page",
        full: 50 * MB,
        small: SMALL_BYTES,
        build: unterminated_script,
        expect: Expect::NotAnArticle,
    },
    Case {
        name: "unterminated-attribute",
        what: "an unterminated quoted attribute value at the start of a {n}-byte page",
        full: 50 * MB,
        small: SMALL_BYTES,
        build: unterminated_attribute,
        expect: Expect::NotAnArticle,
    },
    Case {
        name: "binary-garbage",
        what: "{n} random bytes",
        full: 50 * MB,
        small: SMALL_BYTES,
        build: binary_garbage,
        expect: Expect::NotAnArticle,
    },
    Case {
        name: "invalid-utf8",
        what: "a {n}-byte article with an invalid UTF-8 sequence in every paragraph",
        full: 10 * MB,
        small: SMALL_BYTES,
        build: invalid_utf8,
        expect: Expect::Prose,
    },
    Case {
        name: "nul-bytes",
        what: "{n} NUL bytes, then an article",
        full: 10 * MB,
        small: SMALL_BYTES,
        build: nul_bytes,
        expect: Expect::Prose,
    },
    Case {
        name: "empty",
        what: "an empty document",
        full: 0,
        small: 0,
        build: |_| Vec::new(),
        expect: Expect::NotAnArticle,
    },
    Case {
        name: "whitespace-only",
        what: "{n} bytes of whitespace",
        full: MB,
        small: 10_000,
        build: |n| b" \n\t\r".iter().copied().cycle().take(n).collect(),
        expect: Expect::NotAnArticle,
    },
    Case {
        name: "empty-elements",
        what: "<html><head></head><body></body></html>",
        full: 0,
        small: 0,
        build: |_| b"<!DOCTYPE html><html><head></head><body></body></html>".to_vec(),
        expect: Expect::NotAnArticle,
    },
    Case {
        name: "frameset",
        what: "a frameset of {n} frames",
        full: 10_000,
        small: 100,
        build: frameset,
        expect: Expect::NotAnArticle,
    },
    Case {
        name: "svg-document",
        what: "an SVG document with {n} text elements",
        full: 100_000,
        small: 1_000,
        build: svg_document,
        expect: Expect::NotAnArticle,
    },
    Case {
        name: "xml-feed",
        what: "an RSS (XML) document with {n} items",
        full: 100_000,
        small: 1_000,
        build: xml_feed,
        expect: Expect::Anything,
    },
    Case {
        name: "plain-text",
        what: "a plain-text page (no markup) of {n} paragraphs",
        full: 100_000,
        small: 1_000,
        build: plain_text,
        expect: Expect::Prose,
    },
    Case {
        name: "plain-text-in-pre",
        what: "a plain-text page of {n} paragraphs as browsers show one (in a <pre>)",
        full: 100_000,
        small: 1_000,
        build: plain_text_in_pre,
        expect: Expect::Prose,
    },
    Case {
        name: "huge-table",
        what: "a page that is one table of {n} rows",
        full: 100_000,
        small: 2_000,
        build: huge_table,
        expect: Expect::Contains("Row 1 of the survey"),
    },
    Case {
        name: "many-entities",
        what: "an article with {n} character references",
        full: 10_000_000,
        small: 30_000,
        build: many_entities,
        expect: Expect::Prose,
    },
    Case {
        name: "many-comments",
        what: "{n} comments between the paragraphs of an article",
        full: 1_000_000,
        small: 10_000,
        build: many_comments,
        expect: Expect::Prose,
    },
    Case {
        name: "byline-leads",
        what: "an article, then 500 nested <div>s around {n} lines that start as bylines do, author labels in forms and links to an author's page, none naming anyone",
        full: 100_000,
        small: 5_000,
        build: byline_leads,
        expect: Expect::Prose,
    },
    Case {
        name: "style-hidden-blocks",
        what: "an article, {n} lines shown and {n} blocks the live page's stylesheet hides (marked as the extension marks them), none a copy of what is shown",
        full: 100_000,
        small: 5_000,
        build: style_hidden_blocks,
        expect: Expect::Prose,
    },
    Case {
        name: "nested-shop-parts",
        what: "a shop's page (a cart button) with {n} nested parts named as reviews, each a product item, around an article",
        full: 100_000,
        small: 5_000,
        build: nested_shop_parts,
        expect: Expect::Prose,
    },
    Case {
        name: "wide-table-row",
        what: "the paragraphs of an article, then in the same box a table of one row of {n} cells, each a link",
        full: 100_000,
        small: 2_000,
        build: wide_table_row,
        expect: Expect::Prose,
    },
    Case {
        name: "deep-faq",
        what: "an article, then the 50 questions of the FAQ its JSON-LD declares in two branches, each {n} nested <div>s deep with a line of text in each",
        full: 100_000,
        small: 5_000,
        build: deep_faq,
        expect: Expect::Prose,
    },
    Case {
        name: "digit-run-date",
        what: "an article whose published time is {n} Arabic-digit day-month pairs, dotted, as a date would be written",
        full: 1_000_000,
        small: 10_000,
        build: digit_run_date,
        expect: Expect::Prose,
    },
    Case {
        name: "spaced-headline",
        what: "an article under an <h1> of the title's words after 30 others, each in a node of its own followed by {n} spaces",
        full: 1_000_000,
        small: 10_000,
        build: spaced_headline,
        expect: Expect::Prose,
    },
];

/// Checks `article` against the case's expectation; the error says what
/// was wrong.
pub fn check_expectation(case: &Case, article: &Article) -> Result<(), String> {
    let text = || {
        article
            .text_content
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    match case.expect {
        Expect::Prose => {
            if !article.readerable {
                return Err("not readerable".into());
            }
            let text = text();
            if let Some(p) = PROSE.iter().find(|p| !text.contains(*p)) {
                return Err(format!("paragraph missing: {p}"));
            }
        }
        Expect::Contains(s) => {
            if !article.readerable || !text().contains(s) {
                return Err(format!(
                    "readerable {}, text without {s:?}",
                    article.readerable
                ));
            }
        }
        Expect::NotAnArticle => {
            if article.readerable || !article.content.is_empty() {
                return Err(format!(
                    "read as an article: {:.200}",
                    article.text_content.trim()
                ));
            }
        }
        Expect::Anything => {}
    }
    Ok(())
}

/// Lines the printed-byline sources read, each deep in the tree: they
/// must give up early rather than walk to the root for every one. (An
/// author's label in a form, a link to an author's page that names no
/// one.)
fn byline_leads(n: usize) -> Vec<u8> {
    let lines = "<p>Written by hand, all of it.</p><p>By the way, yes.</p>\
                 <form><b>Author</b></form><a href=/author/x>see all of them</a>"
        .repeat(n / 4);
    page(&(article() + &"<div>".repeat(500) + &lines)).into_bytes()
}

/// Every hidden block is looked for in the page's shown words: its runs of
/// words in a set of the page's, and one too short to have a run in the
/// words themselves, up to a budget: past it, the rest are kept as they
/// are. Half the blocks are each.
fn nested_shop_parts(n: usize) -> Vec<u8> {
    let part = "<div class=review itemscope itemtype=https://schema.org/Product>";
    page(&format!(
        "<button>Add to cart</button>{}{}{}",
        part.repeat(n),
        article(),
        "</div>".repeat(n)
    ))
    .into_bytes()
}

/// Each cell asks whether its row is a layout's (two cells or more among
/// a few rows): the row's cells must not be counted once per cell.
fn wide_table_row(n: usize) -> Vec<u8> {
    let cells = "<td><a href=/x>Section</a></td>".repeat(n);
    page(&format!(
        "<div>{}<table><tr>{cells}</tr></table></div>",
        prose_paragraphs()
    ))
    .into_bytes()
}

/// The FAQ's questions are looked for among every element's text: each
/// element's must be read no further than a question's length, and the
/// element holding them found by climbing from them, not by a walk.
fn deep_faq(n: usize) -> Vec<u8> {
    let question = |i: usize| format!("<h3>Is question {i} answered here?</h3>");
    let entities: Vec<String> = (0..50)
        .map(|i| {
            format!("{{\"@type\": \"Question\", \"name\": \"Is question {i} answered here?\"}}")
        })
        .collect();
    let json_ld = format!(
        "<script type=application/ld+json>{{\"@context\": \"https://schema.org\", \
         \"@type\": \"FAQPage\", \"mainEntity\": [{}]}}</script>",
        entities.join(", ")
    );
    let branch = |questions: std::ops::Range<usize>| {
        let questions: String = questions.map(question).collect();
        format!(
            "{}{questions}{}",
            "<div><span>A line</span>".repeat(n),
            "</div>".repeat(n)
        )
    };
    page(&format!(
        "{json_ld}{}{}{}",
        article(),
        branch(0..25),
        branch(25..50)
    ))
    .into_bytes()
}

/// The headline's label is looked for at every split of its nodes: each
/// node's words must be read once, not the nodes joined again per split.
fn spaced_headline(n: usize) -> Vec<u8> {
    let spaces = " ".repeat(n);
    let label = ["Storm"; 30];
    let title = ["The", "lighthouse", "on", "the", "headland"];
    let words: String = label
        .iter()
        .chain(&title)
        .map(|w| format!("<span>{w}{spaces}</span>"))
        .collect();
    page(&format!("<h1>{words}</h1>{}", prose_paragraphs())).into_bytes()
}

fn digit_run_date(n: usize) -> Vec<u8> {
    // Each position starts what could be a dotted or year-first date, in
    // digits that are turned to ASCII ones first.
    let value = "١٢.٠٣.".repeat(n);
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>The lighthouse on the \
         headland</title><meta property=\"article:published_time\" content=\"{value}\"></head>\
         <body>{}</body></html>",
        article()
    )
    .into_bytes()
}

fn style_hidden_blocks(n: usize) -> Vec<u8> {
    let shown: String = (0..n).map(|i| format!("<li>Shown line {i}</li>")).collect();
    let hidden: String = (0..n)
        .map(|i| match i % 2 {
            0 => format!("<div data-lucid-hidden>Hidden block {i}</div>"),
            _ => format!("<div data-lucid-hidden>Hidden {i}</div>"),
        })
        .collect();
    page(&format!("{}<ul>{shown}</ul>{hidden}", article())).into_bytes()
}

fn prose_paragraphs() -> String {
    PROSE.iter().map(|p| format!("<p>{p}</p>\n")).collect()
}

/// An ordinary page around `body`.
fn page(body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The lighthouse on the headland</title></head><body>{body}</body></html>"
    )
}

fn article() -> String {
    format!(
        "<article><h1>The lighthouse on the headland</h1>{}</article>",
        prose_paragraphs()
    )
}

fn nested_divs(n: usize) -> Vec<u8> {
    page(&("<div>".repeat(n) + &article() + &"</div>".repeat(n))).into_bytes()
}

fn nested_unclosed(n: usize) -> Vec<u8> {
    page(&("<div><span>".repeat(n) + &article())).into_bytes()
}

fn nested_tables(n: usize) -> Vec<u8> {
    page(&("<table><tr><td>".repeat(n) + &article())).into_bytes()
}

fn nested_formatting(n: usize) -> Vec<u8> {
    let mut body = String::new();
    for i in 0..n {
        body.push_str(&format!("<font size=\"{}\">", i % 7 + 1));
        // Distinct elements defeat the "Noah's Ark" clause, which keeps
        // only three identical ones in the list of active formatting
        // elements.
        body.push_str(&format!("<font face=\"f{i}\">"));
    }
    body.push_str(&article());
    page(&body).into_bytes()
}

fn misnested_links(n: usize) -> Vec<u8> {
    page(&("<a href=\"/x\">link ".repeat(n) + &article())).into_bytes()
}

/// A page of `n` bytes: the prose repeated inside one article.
fn big_page(n: usize) -> Vec<u8> {
    let mut body = String::with_capacity(n + 1024);
    body.push_str(
        "<nav><a href=\"/\">Home</a></nav><article><h1>The lighthouse on the headland</h1>",
    );
    body.push_str(&prose_paragraphs());
    let mut i = 0;
    while body.len() < n {
        i += 1;
        body.push_str(&format!(
            "<p>Section {i}. {} {}</p>\n",
            PROSE[i % PROSE.len()],
            PROSE[(i + 1) % PROSE.len()]
        ));
    }
    body.push_str("</article>");
    page(&body).into_bytes()
}

/// Every container around the article is measured by cleaning and
/// scoring: measuring the whole article for each once made this quadratic.
fn deep_big_page(n: usize) -> Vec<u8> {
    const DEPTH: usize = 500;
    let page = String::from_utf8(big_page(n)).unwrap_or_default();
    page.replacen(
        "<body>",
        &("<body>".to_string() + &"<div>".repeat(DEPTH)),
        1,
    )
    .replacen("</body>", &("</div>".repeat(DEPTH) + "</body>"), 1)
    .into_bytes()
}

fn siblings(n: usize) -> Vec<u8> {
    let mut body = String::with_capacity(n * 40);
    body.push_str("<article><h1>The lighthouse on the headland</h1>");
    body.push_str(&prose_paragraphs());
    for i in 0..n {
        body.push_str(&format!("<p>Note {i}, kept.</p>"));
    }
    body.push_str("</article>");
    page(&body).into_bytes()
}

fn inline_siblings(n: usize) -> Vec<u8> {
    let mut body = String::with_capacity(n * 16);
    body.push_str("<article><h1>The lighthouse on the headland</h1>");
    body.push_str(&prose_paragraphs());
    body.push_str("<p>");
    for i in 0..n {
        body.push_str(&format!("<span>w{i} </span>"));
    }
    body.push_str("</p></article>");
    page(&body).into_bytes()
}

/// The quick check measures the text of every `<article>`, `<p>`...:
/// measured one by one, nested ones were read again at every level.
fn nested_candidates(n: usize) -> Vec<u8> {
    page(&("<article>".repeat(500) + &"<i></i>".repeat(n))).into_bytes()
}

fn many_attributes(n: usize) -> Vec<u8> {
    let mut open = String::with_capacity(n * 10);
    open.push_str("<div");
    for i in 0..n {
        open.push_str(&format!(" a{i}=\"{i}\""));
    }
    open.push('>');
    page(&(open + &article() + "</div>")).into_bytes()
}

fn duplicate_attributes(n: usize) -> Vec<u8> {
    let open = "<div".to_string() + &" onclick=\"x()\"".repeat(n) + ">";
    page(&(open + &article() + "</div>")).into_bytes()
}

fn huge_attribute_value(n: usize) -> Vec<u8> {
    let title = "t".repeat(n);
    page(&format!(
        "<article><h1>The lighthouse on the headland</h1><p title=\"{title}\">{}</p>{}</article>",
        PROSE[0],
        prose_paragraphs()
    ))
    .into_bytes()
}

fn unterminated_comment(n: usize) -> Vec<u8> {
    let mut page = b"<!-- ".to_vec();
    page.extend(big_page(n.saturating_sub(5)));
    page
}

fn unterminated_script(n: usize) -> Vec<u8> {
    let mut page = b"<script>".to_vec();
    page.extend(big_page(n.saturating_sub(8)));
    page
}

fn unterminated_attribute(n: usize) -> Vec<u8> {
    let mut page = b"<div title=\"".to_vec();
    // No double quote may follow: the whole page is the attribute's value.
    page.extend(
        big_page(n.saturating_sub(12))
            .into_iter()
            .map(|b| if b == b'"' { b'\'' } else { b }),
    );
    page
}

/// A deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(n + 8);
        while out.len() < n {
            out.extend_from_slice(&self.next().to_le_bytes());
        }
        out.truncate(n);
        out
    }
}

fn binary_garbage(n: usize) -> Vec<u8> {
    Rng(0x9E37_79B9_7F4A_7C15).bytes(n)
}

/// Invalid sequences of every kind: lone continuation bytes, truncated
/// sequences, overlong encodings, surrogates, bytes above U+10FFFF.
const INVALID_UTF8: &[&[u8]] = &[
    b"\x80",
    b"\xBF",
    b"\xC0\xAF",
    b"\xE0\x80\xAF",
    b"\xED\xA0\x80",
    b"\xF4\x90\x80\x80",
    b"\xF8\x88\x80\x80\x80",
    b"\xFE",
    b"\xFF",
    b"\xE2\x82",
    b"\xF0\x9F\x98",
];

/// A page of `n` bytes of prose in which every paragraph has an invalid
/// sequence in the middle, as in a page with a broken encoding here and
/// there.
fn invalid_utf8(n: usize) -> Vec<u8> {
    let mut body = b"<!DOCTYPE html><html><head><title>The lighthouse on the headland</title></head><body><article><h1>The lighthouse</h1>".to_vec();
    for p in PROSE {
        body.extend_from_slice(b"<p>");
        body.extend_from_slice(p.as_bytes());
        body.extend_from_slice(b"</p>");
    }
    let mut i = 0;
    while body.len() < n {
        let (before, after) = PROSE[i % PROSE.len()].split_at(60);
        body.extend_from_slice(b"<p>");
        body.extend_from_slice(before.as_bytes());
        body.extend_from_slice(INVALID_UTF8[i % INVALID_UTF8.len()]);
        body.extend_from_slice(after.as_bytes());
        body.extend_from_slice(b"</p>");
        i += 1;
    }
    body.extend_from_slice(b"</article></body></html>");
    body
}

fn nul_bytes(n: usize) -> Vec<u8> {
    let mut page = vec![0u8; n];
    page.extend(self::page(&article()).into_bytes());
    page
}

fn frameset(n: usize) -> Vec<u8> {
    let frames: String = (0..n)
        .map(|i| format!("<frame src=\"frame{i}.html\">"))
        .collect();
    format!("<!DOCTYPE html><html><head><title>Frames</title></head><frameset rows=\"*\">{frames}<noframes><p>{}</p></noframes></frameset></html>", PROSE[0]).into_bytes()
}

fn svg_document(n: usize) -> Vec<u8> {
    let mut svg = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"600\"><title>Chart</title>");
    for i in 0..n {
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\">{}</text>",
            i % 800,
            i % 600,
            PROSE[i % PROSE.len()]
        ));
    }
    svg.push_str("</svg>");
    svg.into_bytes()
}

fn xml_feed(n: usize) -> Vec<u8> {
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Headland news</title><link>https://example.com/</link>");
    for i in 0..n {
        xml.push_str(&format!(
            "<item><title>Item {i}</title><link>https://example.com/{i}</link><description><![CDATA[<p>{}</p>]]></description><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item>",
            PROSE[i % PROSE.len()]
        ));
    }
    xml.push_str("</channel></rss>");
    xml.into_bytes()
}

fn plain_text_body(n: usize) -> String {
    let mut text = String::new();
    for p in PROSE {
        text.push_str(p);
        text.push_str("\n\n");
    }
    for i in 0..n {
        text.push_str(&format!("{i}. {}\n\n", PROSE[i % PROSE.len()]));
    }
    text
}

fn plain_text(n: usize) -> Vec<u8> {
    plain_text_body(n).into_bytes()
}

fn plain_text_in_pre(n: usize) -> Vec<u8> {
    let escaped = plain_text_body(n)
        .replace('&', "&amp;")
        .replace('<', "&lt;");
    format!("<html><head><meta name=\"color-scheme\" content=\"light dark\"></head><body><pre style=\"word-wrap: break-word; white-space: pre-wrap;\">{escaped}</pre></body></html>").into_bytes()
}

fn huge_table(n: usize) -> Vec<u8> {
    let mut table = String::with_capacity(n * 120);
    table.push_str("<table><thead><tr><th>Row</th><th>Site</th><th>Count</th><th>Notes</th></tr></thead><tbody>");
    for i in 1..=n {
        table.push_str(&format!(
            "<tr><td>Row {i} of the survey</td><td>Site {}</td><td>{}</td><td>Counted at dawn, in fair weather.</td></tr>",
            i % 97,
            i * 7 % 1000
        ));
    }
    table.push_str("</tbody></table>");
    page(&table).into_bytes()
}

fn many_entities(n: usize) -> Vec<u8> {
    let entities = "&amp;&#233;&eacute;&#x2014;&nbsp;".repeat(n / 5);
    page(&format!(
        "<article><h1>The lighthouse on the headland</h1>{}<p>{entities}</p></article>",
        prose_paragraphs()
    ))
    .into_bytes()
}

fn many_comments(n: usize) -> Vec<u8> {
    let comments = "<!-- c -->".repeat(n / PROSE.len());
    let body: String = PROSE
        .iter()
        .map(|p| format!("<p>{p}</p>{comments}"))
        .collect();
    page(&format!(
        "<article><h1>The lighthouse on the headland</h1>{body}</article>"
    ))
    .into_bytes()
}
