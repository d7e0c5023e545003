//! The pathological inputs of `tests/support/pathological.rs` at the sizes
//! the issue names (100,000 nested elements, a 50 MB page, a million
//! siblings, a million attributes...): each must finish without a panic,
//! with safe output and a sensible result. Too slow for the debug suite
//! (which runs them smaller, in `tests/hardening.rs`), so ignored there;
//! scripts/test runs them optimized (the `hardening` profile: release with
//! unwinding, which tests need):
//!
//! ```sh
//! cargo test --profile hardening --test pathological -- --include-ignored --test-threads=1
//! ```
//!
//! Times and memory are measured by `examples/pathological.rs`, not here.

#[path = "support/pathological.rs"]
mod pathological;
#[path = "support/safe_output.rs"]
mod safe_output;

use lucid_reader::encoding::decode_html;
use lucid_reader::{extract, is_probably_readerable};

/// Runs one case at its full size, both ways pages come in.
fn run(name: &str) {
    let case = pathological::CASES
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no case {name}"));
    let bytes = (case.build)(case.full);
    let html = String::from_utf8_lossy(&bytes);
    let article = extract(&html, None);
    safe_output::assert_article_ok(&article, None, name);
    if let Err(e) = pathological::check_expectation(case, &article) {
        panic!("{name} ({}): {e}", case.describe(case.full));
    }
    is_probably_readerable(&html);
    let decoded = decode_html(&bytes);
    if decoded != html {
        safe_output::assert_article_ok(&extract(&decoded, None), None, name);
    }
}

/// One ignored test per case, so that a failure names its input.
macro_rules! full_size {
    ($($test:ident => $case:literal,)*) => {
        $(
            #[test]
            #[ignore = "full size: run in release by scripts/test"]
            fn $test() {
                run($case);
            }
        )*

        #[test]
        fn every_case_has_a_full_size_test() {
            let tested = [$($case),*];
            for case in pathological::CASES {
                assert!(tested.contains(&case.name), "no test for {}", case.name);
            }
        }
    };
}

full_size! {
    nested_divs => "nested-divs",
    nested_unclosed => "nested-unclosed",
    nested_tables => "nested-tables",
    nested_formatting => "nested-formatting",
    misnested_links => "misnested-links",
    deep_big_page => "deep-big-page",
    big_page => "big-page",
    million_siblings => "million-siblings",
    million_inline_siblings => "million-inline-siblings",
    nested_candidates => "nested-candidates",
    million_attributes => "million-attributes",
    million_duplicate_attributes => "million-duplicate-attributes",
    huge_attribute_value => "huge-attribute-value",
    unterminated_comment => "unterminated-comment",
    unterminated_script => "unterminated-script",
    unterminated_attribute => "unterminated-attribute",
    binary_garbage => "binary-garbage",
    invalid_utf8 => "invalid-utf8",
    nul_bytes => "nul-bytes",
    empty => "empty",
    whitespace_only => "whitespace-only",
    empty_elements => "empty-elements",
    frameset => "frameset",
    svg_document => "svg-document",
    xml_feed => "xml-feed",
    plain_text => "plain-text",
    plain_text_in_pre => "plain-text-in-pre",
    huge_table => "huge-table",
    many_entities => "many-entities",
    many_comments => "many-comments",
    byline_leads => "byline-leads",
    style_hidden_blocks => "style-hidden-blocks",
    nested_shop_parts => "nested-shop-parts",
    spaced_headline => "spaced-headline",
    deep_faq => "deep-faq",
    digit_run_date => "digit-run-date",
    wide_table_row => "wide-table-row",
}
