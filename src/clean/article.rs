//! The article a scoring attempt gathered, cleaned in place
//! ([`prepare_article`]): what may sit inside an article container without
//! being the article goes (forms, embeds, share bars, author cards, tag
//! lists, calls to action, recommendations, headings named as clutter,
//! paragraphs left empty), while data tables, figures and code stay. What
//! reads as no prose is removed by the conditional cleaning
//! (`conditional.rs`), links to elsewhere by `recommendations.rs`.

use html5ever::local_name;

use super::conditional::{mark_data_tables, Conditional};
use super::embeds::{is_shown_embed, show_embeds_as_links};
use super::images::fix_lazy_images;
use super::recommendations::{
    remove_inline_recommendations, remove_recommendation_blocks, RECOMMENDATION_LINK_DENSITY,
};
use super::{collect_tag, has_media, next_non_blank, remove_all, remove_elements_where};
use crate::dom::{Document, NodeId};
use crate::hints;
use crate::measure::{self, inner_text, link_density};
use crate::score::{class_weight, is_layout_row, Flags, CHAR_THRESHOLD};

/// A tag list is a line of links.
const TAG_LIST_MAX_CHARS: usize = 300;
/// An author card is a paragraph or two; longer is content so named.
const AUTHOR_CARD_MAX_CHARS: usize = 1000;
/// A call-to-action box is short; longer text is content that mentions one.
const CALL_TO_ACTION_MAX_CHARS: usize = 200;
/// A call-to-action box is small: a block of more nodes than this is a
/// container of the page, whatever its text (and measuring the text of
/// every element of a deep tree of empty elements would be quadratic).
const CALL_TO_ACTION_MAX_NODES: usize = 1_000;
/// A column of a layout table at least this linky is the page's
/// navigation beside the article (WCXB: one page up, a wine site's column
/// of sections, +0.015; Readability's hukumusume +0.03; none down).
const NAVIGATION_COLUMN_MIN_LINK_DENSITY: f32 = 0.5;
/// A navigation column is a menu and an ad or two: a cell of more nodes
/// than this holds more than that.
const NAVIGATION_COLUMN_MAX_NODES: usize = 2_000;

/// Cleans the gathered article in place.
pub fn prepare_article(doc: &mut Document, article: NodeId, flags: Flags) {
    let data_tables = mark_data_tables(doc, article);
    fix_lazy_images(doc, article);
    let cleaner = Conditional::new(flags, &data_tables);
    cleaner.clean(doc, article, &local_name!("form"));
    cleaner.clean(doc, article, &local_name!("fieldset"));
    remove_all(
        doc,
        article,
        &[
            local_name!("object"),
            local_name!("embed"),
            local_name!("footer"),
            local_name!("link"),
        ],
    );
    remove_asides(doc, article);
    remove_navigation_after_the_article(doc, article);
    remove_share_elements(doc, article);
    remove_author_cards(doc, article);
    remove_tag_lists(doc, article);
    remove_calls_to_action(doc, article);
    remove_recommendation_blocks(doc, article);
    remove_inline_recommendations(doc, article);
    remove_elements_where(doc, article, |doc, n| {
        doc.is(n, &local_name!("iframe")) && !is_shown_embed(doc, n)
    });
    remove_all(
        doc,
        article,
        &[
            local_name!("input"),
            local_name!("textarea"),
            local_name!("select"),
            local_name!("button"),
        ],
    );
    remove_negative_headers(doc, article, flags);
    remove_navigation_columns(doc, article, &data_tables);
    cleaner.clean(doc, article, &local_name!("table"));
    cleaner.clean(doc, article, &local_name!("ul"));
    cleaner.clean(doc, article, &local_name!("div"));
    // The title is shown separately; headings in the article start at h2.
    for h1 in collect_tag(doc, article, &local_name!("h1")) {
        doc.rename(h1, local_name!("h2"));
    }
    show_embeds_as_links(doc, article);
    remove_empty_paragraphs(doc, article);
    remove_brs_before_paragraphs(doc, article);
    unwrap_single_cell_tables(doc, article);
}

/// Pages laid out before CSS (and some since) set their columns as the
/// cells of a table's row: the site's sections and an ad down the left,
/// the article on the right. Every cell is scored as a paragraph, so the
/// row outscores the article's cell and is taken whole, as Readability.js
/// takes it. A cell of such a row, beside others, that is mostly links is
/// the navigation column, and goes; a picture's cell beside the text
/// stays. Not in data tables, whose cells are data.
fn remove_navigation_columns(doc: &mut Document, article: NodeId, data_tables: &[bool]) {
    let in_data_table = |doc: &Document, cell: NodeId| {
        doc.ancestors(cell).any(|a| {
            doc.is(a, &local_name!("table")) && data_tables.get(a.index()).copied().unwrap_or(false)
        })
    };
    // Cheapest first: a page of tables nested thousands deep must not
    // measure each cell's whole subtree.
    remove_elements_where(doc, article, |doc, cell| {
        doc.is(cell, &local_name!("td"))
            && doc.parent(cell).is_some_and(|row| is_layout_row(doc, row))
            && doc
                .descendants(cell)
                .nth(NAVIGATION_COLUMN_MAX_NODES)
                .is_none()
            && measure::has_text(doc, cell)
            && link_density(doc, cell) > NAVIGATION_COLUMN_MIN_LINK_DENSITY
            && !in_data_table(doc, cell)
    });
}

/// A `<nav>` after the article's last paragraph of prose, linking to other
/// pages, is the site's: "Post navigation" to the previous and next posts,
/// pages of comments, a category's pages. Its links go with the other link
/// lists, but its heading would stay, alone at the end. A `<nav>` among
/// the paragraphs (a table of contents, which links into the page) is the
/// article's own.
fn remove_navigation_after_the_article(doc: &mut Document, article: NodeId) {
    let links_elsewhere = |doc: &Document, nav: NodeId| {
        doc.elements_by_tag(nav, &local_name!("a"))
            .any(|a| doc.has_attr(a, &local_name!("href")) && !measure::links_into_the_page(doc, a))
    };
    // One walk: each paragraph of prose forgets the navs before it.
    let mut after_prose: Vec<NodeId> = Vec::new();
    for n in doc.descendants(article) {
        if measure::is_prose_paragraph(doc, n) {
            after_prose.clear();
        } else if doc.is(n, &local_name!("nav"))
            && !measure::holds_prose_paragraph(doc, n)
            && links_elsewhere(doc, n)
        {
            after_prose.push(n);
        }
    }
    for nav in after_prose {
        doc.remove(nav);
    }
}

/// An aside inside the article is a sidebar, a pull quote or a promotion,
/// and goes; but a recipe sets its ingredients beside its method in one
/// (`<aside class="recipe__ingredients">`), and they are the recipe.
fn remove_asides(doc: &mut Document, article: NodeId) {
    remove_elements_where(doc, article, |doc, n| {
        doc.is(n, &local_name!("aside"))
            && !hints::is_named(doc, n, hints::RECIPE_INGREDIENTS_WORDS)
    });
}

/// Small blocks named like share bars ("share", "sharedaddy") inside the
/// article's top-level children; the children themselves are kept.
fn remove_share_elements(doc: &mut Document, article: NodeId) {
    let tops: Vec<NodeId> = doc.element_children(article).collect();
    for top in tops {
        remove_elements_where(doc, top, |doc, n| {
            hints::is_share_element(&hints::class_and_id_lower(doc, n))
                && doc.text_content(n).chars().count() < CHAR_THRESHOLD
        });
    }
}

/// The card about the author after an article (see [`hints::AUTHOR_CARD`])
/// is about the writer, not the subject: it goes when short.
fn remove_author_cards(doc: &mut Document, article: NodeId) {
    remove_elements_where(doc, article, |doc, n| {
        hints::is_author_card(&hints::class_and_id_lower(doc, n))
            && !measure::inner_text_longer_than(doc, n, AUTHOR_CARD_MAX_CHARS)
    });
}

/// The tags or categories an article is filed under ("Tags: a, b, c") are
/// links to other lists of articles: short blocks so named that are mostly
/// links go.
fn remove_tag_lists(doc: &mut Document, article: NodeId) {
    remove_elements_where(doc, article, |doc, n| {
        hints::is_named(doc, n, hints::TAG_LIST_WORDS)
            && !measure::inner_text_longer_than(doc, n, TAG_LIST_MAX_CHARS)
            && link_density(doc, n) > RECOMMENDATION_LINK_DENSITY
    });
}

/// Boxes asking the reader to follow, subscribe or allow notifications sit
/// between paragraphs on news sites; they are short, and named or worded
/// for what they ask. The words of a heading's line are its section's
/// title, whatever they are named: docutils (Sphinx, Mercurial's docs)
/// makes each heading's words a link back to the table of contents,
/// `toc-backref`. (A box set in a heading is still a box.)
fn remove_calls_to_action(doc: &mut Document, article: NodeId) {
    let blocks: Vec<NodeId> = doc.descendants_where(article, &|n| doc.is_element(n));
    for block in blocks.into_iter().rev() {
        let in_a_headings_line = || {
            measure::is_inline_element(doc, block)
                && doc
                    .ancestors(block)
                    .take_while(|&n| n != article)
                    .any(|n| doc.is_any(n, &measure::HEADING_TAGS))
        };
        if doc.parent(block).is_none() || in_a_headings_line() {
            continue;
        }
        // Checked before building the text: that costs the whole subtree's
        // text for every element, quadratic in a deep tree. (Lowercasing
        // never shortens a text, so the check is the same.)
        if doc
            .descendants(block)
            .nth(CALL_TO_ACTION_MAX_NODES)
            .is_some()
            || measure::inner_text_longer_than(doc, block, CALL_TO_ACTION_MAX_CHARS)
        {
            continue;
        }
        let written = inner_text(doc, block);
        if written.chars().count() > CALL_TO_ACTION_MAX_CHARS {
            continue;
        }
        let text = written.to_lowercase();
        // A heading that plugins name for the table of contents that lists
        // it (`class="toc"`, `id="toc_how-it-works"`) is the article's; one
        // named `hide-from-toc` is a box's.
        let listed_heading = || {
            doc.is_any(block, &measure::HEADING_TAGS)
                && (doc
                    .attr(block, &local_name!("class"))
                    .is_some_and(|c| c.split_ascii_whitespace().any(|w| w == "toc"))
                    || doc
                        .attr(block, &local_name!("id"))
                        .is_some_and(|id| id.starts_with("toc")))
        };
        let named = hints::is_named(doc, block, hints::CALL_TO_ACTION_WORDS) && !listed_heading();
        let worded = hints::is_call_to_action(&text) || hints::is_follow_prompt(&written);
        if named || worded {
            doc.remove(block);
        }
    }
}

/// Headings whose class says "clutter" (e.g. a "related" heading). An id
/// that spells the heading's words says what the heading says, in
/// whatever words ("Reading the meta-analysis"), not what it is for (see
/// [`hints::class_and_id_lower`]).
fn remove_negative_headers(doc: &mut Document, article: NodeId, flags: Flags) {
    let headings: Vec<NodeId> = doc.descendants_where(article, &|n| {
        doc.is(n, &local_name!("h1")) || doc.is(n, &local_name!("h2"))
    });
    for h in headings {
        if class_weight(doc, h, flags) < 0.0
            && hints::is_negative(&hints::class_and_id_lower(doc, h), &[])
        {
            doc.remove(h);
        }
    }
}

/// Paragraphs left with no text and no media.
fn remove_empty_paragraphs(doc: &mut Document, article: NodeId) {
    for p in collect_tag(doc, article, &local_name!("p")) {
        if !has_media(doc, p) && !measure::has_text(doc, p) {
            doc.remove(p);
        }
    }
}

/// A `<br>` right before a paragraph only adds a blank line.
fn remove_brs_before_paragraphs(doc: &mut Document, article: NodeId) {
    for br in collect_tag(doc, article, &local_name!("br")) {
        let next = next_non_blank(doc, doc.next_sibling(br));
        if next.is_some_and(|n| doc.is(n, &local_name!("p"))) {
            doc.remove(br);
        }
    }
}

/// Layout tables of a single cell are just a box around content.
fn unwrap_single_cell_tables(doc: &mut Document, article: NodeId) {
    for table in collect_tag(doc, article, &local_name!("table")) {
        let tbody = if measure::has_single_child_tag(doc, table, &local_name!("tbody")) {
            doc.element_children(table).next().unwrap_or(table)
        } else {
            table
        };
        if !measure::has_single_child_tag(doc, tbody, &local_name!("tr")) {
            continue;
        }
        let Some(row) = doc.element_children(tbody).next() else {
            continue;
        };
        if !measure::has_single_child_tag(doc, row, &local_name!("td")) {
            continue;
        }
        let Some(cell) = doc.element_children(row).next() else {
            continue;
        };
        let inline = doc
            .children(cell)
            .all(|c| measure::is_phrasing_content(doc, c));
        doc.rename(
            cell,
            if inline {
                local_name!("p")
            } else {
                local_name!("div")
            },
        );
        doc.replace(table, cell);
    }
}
