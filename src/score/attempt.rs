//! One extraction attempt ([`grab_article`]) under its [`Flags`]: one walk
//! over the page removes what cannot be content (what is hidden or
//! unlikely, dialogs, the printed byline, the heading that repeats the
//! title) and turns text-holding `<div>`s into paragraphs; every paragraph
//! hands its score up to its ancestors; the best candidate, widened, and
//! the siblings that are more of it are gathered into a new element (and
//! after them the FAQ the page declares), which cleaning then prepares
//! ([`clean::prepare_article`]).

use html5ever::{local_name, LocalName};

use super::byline::byline_text;
use super::candidates::{
    climb_while_score_rises, initial_score, is_scored_tag, widen_to_shared_ancestor, Scores,
};
use super::faq::faq_after;
use super::gather::gather_siblings;
use super::threads::{
    opening_post_of, question_with_its_answers, repeated_item_of, thread_of_opening_post,
};
use super::{is_layout_row, Flags, Found};
use crate::clean;
use crate::dom::{Document, NodeId};
use crate::hints;
use crate::measure::{self, is_probably_visible, link_density};
use crate::metadata::Metadata;
use crate::text::text_similarity;

/// How many of the best candidates are kept to compare against the best.
const TOP_CANDIDATES: usize = 5;
/// Paragraphs shorter than this do not vote.
const MIN_PARAGRAPH_CHARS: usize = 25;
/// How many ancestors a paragraph's score is handed up to.
const SCORE_ANCESTOR_LEVELS: usize = 5;
/// A `<div>` holding only a paragraph is that paragraph unless it is this linky.
const SINGLE_P_MAX_LINK_DENSITY: f32 = 0.25;
/// Headings this similar to the title (share of words) are the title repeated.
const TITLE_SIMILARITY: f64 = 0.75;

/// One extraction attempt with the given rules.
pub(super) fn grab_article(doc: &mut Document, meta: &Metadata, flags: Flags) -> Option<Found> {
    let body = doc.body()?;
    let title = meta.title.clone().unwrap_or_default();
    // The page's printed byline is removed from the content (the view shows
    // the byline apart) even when the metadata already names the author.
    let mut found_byline: Option<String> = None;
    let mut should_remove_title_header = !title.is_empty();
    // What held the title's heading: the article's head, with its
    // standfirst, is there.
    let mut title_holder: Option<NodeId> = None;
    let mut to_score: Vec<NodeId> = Vec::new();

    // Step 1: one walk over the page, removing what cannot be content and
    // turning text-holding divs into paragraphs.
    let mut cur = doc.first_child(body);
    // Inside preformatted code, up to this node (the first after the code's
    // subtree; `None` there means to the end): its divs are its lines, an
    // empty one a blank line; as paragraphs they would be set apart by a
    // paragraph's margins.
    let mut code_ends: Option<Option<NodeId>> = None;
    while let Some(node) = cur {
        if code_ends == Some(Some(node)) {
            code_ends = None;
        }
        if !doc.is_element(node) {
            cur = doc.next_in_order(node, body, false);
            continue;
        }
        let class_id = hints::class_and_id_lower(doc, node);

        if !is_probably_visible(doc, node) {
            cur = remove_and_next(doc, node, body);
            continue;
        }
        if doc.attr(node, &local_name!("aria-modal")) == Some("true")
            && doc.attr(node, &local_name!("role")) == Some("dialog")
        {
            cur = remove_and_next(doc, node, body);
            continue;
        }
        if found_byline.is_none() {
            if let Some(b) = byline_text(doc, node, &class_id) {
                found_byline = Some(b);
                cur = remove_and_next(doc, node, body);
                continue;
            }
        }
        if should_remove_title_header && heading_duplicates_title(doc, node, &title) {
            should_remove_title_header = false;
            title_holder = doc.parent(node);
            cur = remove_and_next(doc, node, body);
            continue;
        }
        let tag = doc.tag(node).cloned().unwrap_or(local_name!(""));
        if flags.strip_unlikely {
            if hints::is_unlikely_candidate(&class_id)
                // A discussion's replies are named as comments are.
                && (!flags.replies_are_content
                    || !hints::is_unlikely_only_as(&class_id, hints::REPLY_WORDS))
                && !measure::has_ancestor_tag(doc, node, &local_name!("table"), 0)
                && !measure::has_ancestor_tag(doc, node, &local_name!("code"), 0)
                && tag != local_name!("body")
                && tag != local_name!("a")
                && !declares_content(&tag)
                // A heading is a line of the article whatever its class
                // says (rustdoc's `code-header` signatures, a theme's
                // `section-header`, a utility class's `leading-extra-tight`);
                // a clutter box's heading goes with its box.
                && !doc.is_any(node, &measure::HEADING_TAGS)
                && !is_article_header(doc, node, &class_id)
                && !measure::is_headed_table(doc, node)
            {
                cur = remove_and_next(doc, node, body);
                continue;
            }
            if doc
                .attr(node, &local_name!("role"))
                .is_some_and(|r| hints::UNLIKELY_ROLES.contains(&r))
            {
                cur = remove_and_next(doc, node, body);
                continue;
            }
        }
        if matches!(
            tag,
            local_name!("div")
                | local_name!("section")
                | local_name!("header")
                | local_name!("h1")
                | local_name!("h2")
                | local_name!("h3")
                | local_name!("h4")
                | local_name!("h5")
                | local_name!("h6")
        ) && code_ends.is_none()
            && measure::is_element_without_content(doc, node)
        {
            cur = remove_and_next(doc, node, body);
            continue;
        }
        if is_scored_tag(&tag) {
            to_score.push(node);
        }
        if code_ends.is_none() && matches!(tag, local_name!("pre") | local_name!("code")) {
            code_ends = Some(doc.next_in_order(node, body, true));
        }
        let mut node = node;
        if tag == local_name!("div") && code_ends.is_none() {
            wrap_phrasing_runs_in_paragraphs(doc, node);
            if measure::has_single_child_tag(doc, node, &local_name!("p"))
                && link_density(doc, node) < SINGLE_P_MAX_LINK_DENSITY
            {
                // The div is just a wrapper: score its paragraph instead.
                let only_p = doc.element_children(node).next();
                if let Some(p) = only_p {
                    // What the wrapper is for, its paragraph is: the
                    // cleaning reads an author card's class, the last
                    // cleaning a status line's role, a vote count's
                    // `itemprop`. (The paragraph is often one made just
                    // above, of the div's loose text, with no name.)
                    for name in [
                        local_name!("class"),
                        local_name!("id"),
                        local_name!("role"),
                        local_name!("itemprop"),
                    ] {
                        let meaning = doc.attr(node, &name).map(str::to_owned);
                        if let Some(meaning) = meaning {
                            if !doc.has_attr(p, &name) {
                                doc.set_attr(p, &name, &meaning);
                            }
                        }
                    }
                    doc.replace(node, p);
                    node = p;
                    to_score.push(node);
                }
            } else if !measure::has_block_descendant(doc, node) {
                doc.rename(node, local_name!("p"));
                to_score.push(node);
            }
        }
        cur = doc.next_in_order(node, body, false);
    }

    // Step 2: every paragraph hands its score up to its ancestors. The
    // tree stays as it is until step 4: measured once for steps 2 and 3.
    let lengths = measure::TextLengths::of(doc, body);
    let mut scores = Scores(vec![None; doc.len()]);
    let mut candidates: Vec<NodeId> = Vec::new();
    for &el in &to_score {
        let Some(parent) = doc.parent(el) else {
            continue;
        };
        if !doc.is_element(parent) {
            continue;
        }
        // Measured, not built: every paragraph's text as a string was a
        // large share of scoring's allocations.
        let len = lengths.text_len(doc, el);
        if len < MIN_PARAGRAPH_CHARS {
            continue;
        }
        let commas = measure::char_count(doc, el, measure::is_comma);
        let score = 1.0 + (commas + 1) as f32 + (len / 100).min(3) as f32;
        for (level, ancestor) in doc.ancestors(el).take(SCORE_ANCESTOR_LEVELS).enumerate() {
            // The document and the <html> element are never the article.
            let Some(grand) = doc.parent(ancestor) else {
                break;
            };
            if !doc.is_element(ancestor) || !doc.is_element(grand) {
                continue;
            }
            let current = match scores.get(ancestor) {
                Some(s) => s,
                None => {
                    candidates.push(ancestor);
                    initial_score(doc, ancestor, flags)
                }
            };
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            scores.set(ancestor, current + score / divider);
        }
    }

    // Step 3: the best candidates, by score discounted for links.
    let mut top: Vec<(NodeId, f32)> = Vec::new();
    for &c in &candidates {
        let s = scores.get(c).unwrap_or(0.0) * (1.0 - lengths.link_density(doc, c));
        scores.set(c, s);
        let pos = top.iter().position(|&(_, t)| s > t).unwrap_or(top.len());
        if pos < TOP_CANDIDATES {
            top.insert(pos, (c, s));
            top.truncate(TOP_CANDIDATES);
        }
    }

    let mut top_candidate = match top.first() {
        Some(&(c, _)) if !doc.is(c, &local_name!("body")) => c,
        _ => {
            // Nothing stood out: the whole body is the article.
            let div = doc.create_element(local_name!("div"));
            doc.reparent_children(body, div);
            doc.append(body, div);
            scores.set(div, initial_score(doc, div, flags));
            div
        }
    };

    if top.first().is_some_and(|&(c, _)| c == top_candidate) {
        top_candidate = widen_to_shared_ancestor(doc, &top, top_candidate, body);
        if scores.get(top_candidate).is_none() {
            scores.set(top_candidate, initial_score(doc, top_candidate, flags));
        }
        top_candidate = climb_while_score_rises(doc, &scores, top_candidate, body);
        // An only child's parent holds the same content, and its siblings
        // may hold more of it.
        while let Some(parent) = doc.parent(top_candidate) {
            if parent == body || doc.element_children(parent).count() != 1 {
                break;
            }
            top_candidate = parent;
        }
        if scores.get(top_candidate).is_none() {
            scores.set(top_candidate, initial_score(doc, top_candidate, flags));
        }
        if let Some(cell) = article_cell_of_layout_row(doc, &scores, top_candidate) {
            top_candidate = cell;
        }
    }
    let repeated = repeated_item_of(doc, top_candidate, body);
    let thread = match repeated {
        Some(item) => Some(item),
        None if flags.replies_are_content => thread_of_opening_post(doc, top_candidate, body),
        None => None,
    };
    if let Some(thread) = thread.or_else(|| question_with_its_answers(doc, top_candidate, body)) {
        top_candidate = thread;
    }

    // Step 4: gather the siblings that look like more of the article.
    let article = doc.create_element(local_name!("div"));
    let parent = doc.parent(top_candidate)?;
    let dir = doc
        .inclusive_ancestors(top_candidate)
        .find_map(|n| doc.attr(n, &local_name!("dir")).map(str::to_string));
    let opening_post = repeated.and_then(|item| opening_post_of(doc, item, body));
    let faq = faq_after(doc, body, top_candidate, &meta.faq_questions);
    gather_siblings(
        doc,
        &scores,
        top_candidate,
        parent,
        article,
        repeated.is_some(),
        title_holder,
    );
    if let Some(post) = opening_post {
        doc.rename(post, local_name!("div"));
        match doc.first_child(article) {
            Some(first) => doc.insert_before(first, post),
            None => doc.append(article, post),
        }
    }

    // The article's FAQ, apart from its body, closes it (unless it was
    // gathered as a sibling).
    let faq = faq.filter(|&f| !doc.is_inclusive_descendant(f, article));
    if let Some(faq) = faq {
        // Its heading ("Frequently asked questions") stands before the
        // questions' holder, in a box of its own or beside it.
        if let Some(heading) = doc
            .prev_element_sibling(faq)
            .filter(|&h| doc.is_any(h, &measure::HEADING_TAGS))
        {
            doc.append(article, heading);
        }
        doc.append(article, faq);
    }

    // Step 5: clean what was gathered.
    clean::prepare_article(doc, article, flags);

    Some(Found {
        root: article,
        byline: found_byline,
        dir,
        faq,
    })
}

/// Every cell of a table scores as a paragraph, so that the row of a page
/// laid out in a table (the sections, the article, a column of teasers)
/// outscores the article's own cell, and the climb takes the row whole.
/// The row's best cell is the article; the others join it as siblings do,
/// by their own scores (a picture's column too, see `gather`).
fn article_cell_of_layout_row(doc: &Document, scores: &Scores, row: NodeId) -> Option<NodeId> {
    if !is_layout_row(doc, row) {
        return None;
    }
    doc.element_children(row)
        .filter(|&c| doc.is(c, &local_name!("td")))
        .filter_map(|c| scores.get(c).map(|s| (c, s)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(c, _)| c)
}

/// Removes `id` and returns the node where a document-order walk goes on.
#[track_caller]
fn remove_and_next(doc: &mut Document, id: NodeId, root: NodeId) -> Option<NodeId> {
    let next = doc.next_in_order(id, root, true);
    doc.remove(id);
    next
}

/// Readability turns runs of inline content directly inside a `<div>` into
/// paragraphs, so text that sits loose in a div is scored like a `<p>`.
fn wrap_phrasing_runs_in_paragraphs(doc: &mut Document, div: NodeId) {
    let mut p: Option<NodeId> = None;
    let mut child = doc.first_child(div);
    while let Some(c) = child {
        let next = doc.next_sibling(c);
        if measure::is_phrasing_content(doc, c) {
            if let Some(p) = p {
                doc.append(p, c);
            } else if !measure::is_whitespace(doc, c) {
                let new_p = doc.create_element(local_name!("p"));
                doc.replace(c, new_p);
                doc.append(new_p, c);
                p = Some(new_p);
            }
        } else if let Some(done) = p.take() {
            clean::trim_trailing_whitespace(doc, done);
        }
        child = next;
    }
    if let Some(done) = p {
        clean::trim_trailing_whitespace(doc, done);
    }
}

/// `<article>` and `<main>` say in HTML itself that they hold the page's
/// content, which outweighs a class name: a theme's
/// `<article class="template-with-sidebar">` holds the article, and
/// stripping it as a sidebar left only a disclosure note to find.
fn declares_content(tag: &LocalName) -> bool {
    matches!(*tag, local_name!("article") | local_name!("main"))
}

/// An unlikely candidate only for being a "header" that holds a heading
/// and a paragraph of prose is the article's own header (its title and
/// standfirst; MDN's pages their first paragraph) or one of its parts'
/// (a guide's `component-header`, its question and the paragraph opening
/// the answer, at any heading level), not a site's. So is an accordion's item
/// header (`accordion-header`, Webflow's `faq_item-header`), and a header
/// that asks a question over its answer: the question, without which the
/// answer the page keeps answers nothing. So is a header that runs on in
/// prose, one paragraph after another (a listicle's `listicle-header`, its
/// introduction without a heading): no site's header holds paragraphs
/// in a row, while its cards may each hold one. Asked only of unlikely
/// candidates: it reads the element's whole subtree.
fn is_article_header(doc: &Document, id: NodeId, class_id: &str) -> bool {
    hints::is_unlikely_only_as(class_id, &["header"])
        && (hints::matches_any(class_id, &hints::DISCLOSURE_PARTS)
            || (measure::asks_a_question(doc, id)
                && measure::answer_after_question(doc, id).is_some())
            || (measure::holds_prose_paragraph(doc, id)
                && doc
                    .descendants(id)
                    .any(|n| doc.is_any(n, &measure::HEADING_TAGS)))
            || doc.descendants(id).any(|p| {
                measure::is_prose_paragraph(doc, p)
                    && doc
                        .next_element_sibling(p)
                        .is_some_and(|q| measure::is_prose_paragraph(doc, q))
            }))
}

/// Is this an `h1`/`h2` repeating the article's title (shown separately)?
fn heading_duplicates_title(doc: &Document, id: NodeId, title: &str) -> bool {
    if !(doc.is(id, &local_name!("h1")) || doc.is(id, &local_name!("h2"))) {
        return false;
    }
    text_similarity(title, &doc.text_content(id)) > TITLE_SIMILARITY
}
