//! The last cleaning, on the content chosen ([`tidy_chosen_content`]). It
//! removes prose shown twice, links that are buttons, bars of links (a
//! site's menu printed as text), the permalink signs beside headings
//! ("¶"), lines crediting pictures, a form's messages and terms,
//! stand-ins for a script's work, a discussion's chrome (prompts to sign
//! in before commenting, a reply's subject line saying the thread's title
//! again), the labels of tables of contents that are not there, the
//! dateline and byline the view's header shows (found by `shown.rs`) and
//! a reading-time estimate, which it gives too, a site's affiliate
//! disclosure, words written twice for the stylesheet to show one copy,
//! what a player holds for browsers that cannot play it, pictures that can
//! show only their placeholder pixel, figures left with only their caption
//! and the line numbers drawn into code; and it puts a space between words
//! the page's stylesheet set apart. Code itself is left as written.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use html5ever::{local_name, LocalName};
use miniserde::json::Value;

use super::images::{captions_of_nothing, placeholder_pictures};
use super::post_authors::show_post_authors;
use super::recommendations::RECOMMENDATION_LINK_DENSITY;
use super::shown::{author_bios, byline_lines, datelines, Shown};
use super::{collect_tag, has_media, holds_picture, CODE_TAGS};
use crate::dom::{Document, NodeId};
use crate::hints;
use crate::measure::{self, inner_text, inner_text_len, TextLengths};
use crate::metadata::has_itemprop;
use crate::score::item_kind;
use crate::text::text_similarity;

/// The longest form terms: a few sentences of legalese.
const FORM_CONSENT_MAX_CHARS: usize = 600;
/// The longest ad marker ("Advertisement - story continues below").
const AD_MARKER_MAX_CHARS: usize = 60;
/// A separator's glyph, with a space on each side.
const SEPARATOR_MAX_CHARS: usize = 3;
/// A code block with fewer lines numbered has no gutter to remove.
const MIN_NUMBERED_LINES: usize = 2;
/// A credit line is short; longer, it is a caption that names one. The
/// shortest credit is an agency's name ("Alamy").
const IMAGE_CREDIT_MAX_CHARS: usize = 100;
const IMAGE_CREDIT_MIN_CHARS: usize = 5;
/// A button-like link says a few words.
const ACTION_LINK_MAX_CHARS: usize = 40;
/// A repeated block is dropped when it is at least this long (and at most
/// a long post: a page of text in one block is not compared)...
const REPEATED_BLOCK_MIN_CHARS: usize = 51;
const REPEATED_BLOCK_MAX_CHARS: usize = 20_000;
/// ... and not mostly links.
const REPEATED_BLOCK_MAX_LINK_DENSITY: f32 = 0.5;
/// How many wrappers deep the first or last character of an inline
/// element is looked for, when telling whether its words run into the
/// next one's.
const WORD_EDGE_MAX_DEPTH: usize = 8;
/// Words written twice for the stylesheet to show one copy are a label's
/// or a price's, a date's or a name's.
const TWIN_MAX_CHARS: usize = 100;
/// An affiliate disclosure is two or three sentences.
const AFFILIATE_DISCLOSURE_MAX_CHARS: usize = 400;
/// A reply's subject says the thread's title when it holds this share of
/// the title's words, as a heading repeats the title for Readability.
const REPLY_SUBJECT_SIMILARITY: f64 = 0.75;
/// A prompt to sign in is a sentence or two.
const SIGN_IN_PROMPT_MAX_CHARS: usize = 250;
/// A script's announcement to a screen reader is a sentence or two.
const STATUS_MAX_CHARS: usize = 250;
/// A count is a number, with its unit perhaps ("1,234 answers").
const MARKED_COUNT_MAX_CHARS: usize = 20;
/// The words of a control around a picture are an instruction, a line.
const PICTURE_CONTROL_LABEL_MAX_CHARS: usize = 80;
/// A reading-time estimate is a few words ("Estimated reading time: 12
/// minutes").
const READING_TIME_MAX_CHARS: usize = 40;
/// A table of contents' label is a few words ("Table of contents [hide]").
const TABLE_OF_CONTENTS_LABEL_MAX_CHARS: usize = 40;
/// A script's data is a record or a list of them: shorter, a text in
/// braces is a word or two ("{name}"), left to the other steps.
const SCRIPT_DATA_MIN_CHARS: usize = 20;

/// The last cleaning, on the content chosen: what it removes must not
/// change which attempt wins (a shorter text can lose the scorer's length
/// test and let a worse attempt through), so it runs only once the choice
/// is made. It removes prose shown twice, links that are buttons, lines
/// crediting pictures, a dateline or a byline the view's header shows
/// already and the card of the author it names (`shown`), a form's
/// messages and terms, stand-ins (loading placeholders, ad labels,
/// controls drawn as text), a discussion's chrome, the labels of tables of
/// contents that are not there, words written twice and a script's data
/// written as text, all found on the tree as it is before any goes, and
/// nothing inside code; then the line breaks that end a block.
pub fn tidy_chosen_content(doc: &mut Document, root: NodeId, shown: &Shown) {
    let lengths = TextLengths::of(doc, root);
    let mut doomed = repeated_blocks(doc, root, &lengths);
    doomed.extend(action_links(doc, root, &lengths));
    doomed.extend(link_bars(doc, root, &lengths));
    doomed.extend(permalinks(doc, root));
    doomed.extend(image_credits(doc, root, &lengths));
    doomed.extend(datelines(doc, root, &lengths, shown.published));
    doomed.extend(byline_lines(doc, root, &lengths, shown.byline));
    doomed.extend(author_bios(doc, root, &lengths, shown.byline));
    doomed.extend(form_messages(doc, root, &lengths));
    doomed.extend(stand_ins(doc, root, &lengths));
    doomed.extend(thread_chrome(doc, root, &lengths, shown.titles));
    doomed.extend(reading_times(doc, root, &lengths));
    doomed.extend(affiliate_disclosures(doc, root, &lengths));
    doomed.extend(tables_of_contents_gone(doc, root, &lengths));
    doomed.extend(twins(doc, root, &lengths));
    doomed.extend(teaser_series(doc, root, &lengths));
    doomed.extend(placeholder_pictures(doc, root));
    doomed.extend(icon_glyphs(doc, root, &lengths));
    doomed.extend(picture_control_labels(doc, root, &lengths));
    doomed.extend(script_data(doc, root, &lengths));
    for n in doomed {
        // One may hold another. And code is as written: a line of YAML
        // ("image: postgres:18") is no picture's credit, whatever it says.
        if doc.is_inclusive_descendant(n, root)
            && !doc
                .inclusive_ancestors(n)
                .any(|a| doc.is_any(a, &CODE_TAGS))
        {
            detach_with_bare_wrappers(doc, n, root);
        }
    }
    remove_media_fallbacks(doc, root);
    for figure in captions_of_nothing(doc, root) {
        doc.remove(figure);
    }
    for line in code_lines_run_together(doc, root) {
        let line_break = doc.create_text("\n");
        doc.insert_before(line, line_break);
    }
    for number in line_number_gutters(doc, root) {
        doc.remove(number);
    }
    for word in words_set_apart_by_style(doc, root) {
        let space = doc.create_text(" ");
        doc.insert_before(word, space);
    }
    remove_brs_ending_blocks(doc, root);
    for link in headings_linked_to_themselves(doc, root) {
        doc.unwrap(link);
    }
    show_post_authors(doc, root);
}

/// A heading's words linked to the heading itself (MDN's, and many docs
/// sites' and editors': `<h2 id="description"><a
/// href="#description">Description</a></h2>`, or to the section it
/// heads): the link leads nowhere the reader is not, and draws the heading
/// as a link. Its words stay, unlinked. (A sign beside the words is a
/// permalink, and goes: [`permalinks`].)
fn headings_linked_to_themselves(doc: &Document, root: NodeId) -> Vec<NodeId> {
    let mut links = collect_tag(doc, root, &local_name!("a"));
    links.retain(|&a| {
        let Some(place) = measure::place_linked_in_the_page(doc, a) else {
            return false;
        };
        let mut n = a;
        for _ in 0..PERMALINK_MAX_DEPTH {
            match doc.parent(n) {
                Some(up) if up != root => n = up,
                _ => return false,
            }
            if doc.is_any(n, &measure::HEADING_TAGS) {
                let named = |n: NodeId| doc.attr(n, &local_name!("id")) == Some(place);
                return named(n) || doc.parent(n).is_some_and(named);
            }
        }
        false
    });
    links
}

/// A `<br>` that ends its block, with nothing after it but blanks, draws
/// nothing, or a blank line when a no-break space follows it: WordPress's
/// editors space list items so (`<li>Send the invitations.<br>&nbsp;</li>`,
/// one item in two then stands a line apart). The line breaks of code
/// stay, and one in a line of text (a `<span>` ending in it) does its job.
fn remove_brs_ending_blocks(doc: &mut Document, root: NodeId) {
    for br in collect_tag(doc, root, &local_name!("br")) {
        let Some(block) = doc.parent(br) else {
            continue;
        };
        if measure::is_inline_element(doc, block)
            || doc
                .inclusive_ancestors(block)
                .any(|a| doc.is_any(a, &CODE_TAGS))
        {
            continue;
        }
        let mut after = Vec::new();
        let mut next = doc.next_sibling(br);
        while let Some(n) = next {
            if !measure::is_whitespace(doc, n) {
                break;
            }
            after.push(n);
            next = doc.next_sibling(n);
        }
        if next.is_none() {
            doc.remove(br);
            for n in after {
                doc.remove(n);
            }
        }
    }
}

/// Words a page's stylesheet sets apart without a space between them: a
/// product card's brand and name (`<span>La Sportiva</span><span>Aragon
/// Climbing Shoes</span>`), a specification's name and value, a
/// testimonial's name and role, each an inline element the page displays
/// as a block. In the view, where they are inline, they would run
/// together ("SportivaAragon"). Returns each inline element that starts
/// with a capital right after one that ends in a lowercase letter or a
/// digit, with nothing between them; code is left as it is.
fn words_set_apart_by_style(doc: &Document, root: NodeId) -> Vec<NodeId> {
    outside_code(doc, root)
        .filter(|&n| measure::is_inline_element(doc, n))
        .filter_map(|n| {
            let next = std::iter::successors(doc.next_sibling(n), |&m| doc.next_sibling(m))
                .find(|&m| !doc.is_comment(m))
                .filter(|&m| measure::is_inline_element(doc, m))?;
            let ends_word = edge_char(doc, n, Edge::Last)
                .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
            (ends_word && edge_char(doc, next, Edge::First).is_some_and(char::is_uppercase))
                .then_some(next)
        })
        .collect()
}

/// Words a page writes twice side by side, for its stylesheet to show
/// one copy: one for small screens and one for large ("NEW" in a
/// `md:hidden` badge and again in a `hidden md:block` one), one for the
/// eye and one for screen readers (eBay's "EUR 355.58" and its `clipped`
/// copy). In the view both would show ("EUR 355.58EUR 355.58"). Returns
/// each short inline element whose text is that of the text or inline
/// element right before it; code is left as it is.
fn twins(doc: &Document, root: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    outside_code(doc, root)
        .filter(|&n| {
            if !(doc.tag(n).is_some_and(measure::is_phrasing_tag)
                && (1..=TWIN_MAX_CHARS).contains(&lengths.text_len(doc, n)))
            {
                return false;
            }
            let before = std::iter::successors(doc.prev_sibling(n), |&s| doc.prev_sibling(s))
                .find(|&s| !measure::is_whitespace(doc, s))
                .filter(|&s| {
                    doc.text(s).is_some() || doc.tag(s).is_some_and(measure::is_phrasing_tag)
                });
            before.is_some_and(|before| {
                let text = doc.text_content(n);
                let text = text.trim();
                text == doc.text_content(before).trim() && text.chars().any(char::is_alphanumeric)
            })
        })
        .collect()
}

/// The nodes below `root` that are neither code nor inside it, in
/// document order: code is as written, and the steps here leave it so.
fn outside_code(doc: &Document, root: NodeId) -> impl Iterator<Item = NodeId> + '_ {
    let mut cur = doc.first_child(root);
    std::iter::from_fn(move || {
        while let Some(n) = cur {
            let is_code = doc.is_any(n, &CODE_TAGS);
            cur = doc.next_in_order(n, root, is_code);
            if !is_code {
                return Some(n);
            }
        }
        None
    })
}

#[derive(Clone, Copy)]
enum Edge {
    First,
    Last,
}

/// The first or last character of an element's text, looked for through
/// [`WORD_EDGE_MAX_DEPTH`] wrappers at most.
fn edge_char(doc: &Document, id: NodeId, edge: Edge) -> Option<char> {
    let mut node = id;
    for _ in 0..=WORD_EDGE_MAX_DEPTH {
        if let Some(text) = doc.text(node) {
            return match edge {
                Edge::First => text.chars().next(),
                Edge::Last => text.chars().next_back(),
            };
        }
        node = match edge {
            Edge::First => doc.first_child(node)?,
            Edge::Last => doc.last_child(node)?,
        };
        // A comment (a template's marker, `<!--F/-->`) is not shown, and
        // stands between words it does not separate.
        while doc.is_comment(node) {
            node = match edge {
                Edge::First => doc.next_sibling(node)?,
                Edge::Last => doc.prev_sibling(node)?,
            };
        }
    }
    None
}

/// Lines of code drawn as an inline element each (Shiki's `<span
/// class="line">`, Prism's `token-line`, rehype-pretty-code's `data-line`),
/// which the page's stylesheet sets on a line of its own, with no line
/// break between them in the text: without that stylesheet, as in the
/// view, they run together ("npm create vite my-projectcd my-project").
/// Returns each line that follows another with nothing between them but
/// spaces, for a line break to go before it.
fn code_lines_run_together(doc: &Document, root: NodeId) -> Vec<NodeId> {
    let data_line = LocalName::from("data-line");
    let is_line = |n: NodeId| {
        measure::is_inline_element(doc, n)
            && (doc.has_attr(n, &data_line)
                || doc
                    .attr(n, &local_name!("class"))
                    .is_some_and(|c| hints::has_word(c, &["line"])))
    };
    let ends_its_line = |line: NodeId| {
        doc.text_content(line).ends_with('\n')
            || doc
                .descendants(line)
                .last()
                .is_some_and(|n| doc.is(n, &local_name!("br")))
    };
    // Spaces within the line between two lines are no line break.
    let spaces = |m: NodeId| {
        doc.text(m)
            .is_some_and(|t| t.trim().is_empty() && !t.contains('\n'))
    };
    let mut lines = Vec::new();
    for pre in doc.elements_by_tag(root, &local_name!("pre")) {
        for n in doc.descendants(pre).filter(|&n| is_line(n)) {
            let before = std::iter::successors(doc.prev_sibling(n), |&m| doc.prev_sibling(m))
                .find(|&m| !spaces(m));
            if before.is_some_and(|b| is_line(b) && !ends_its_line(b)) {
                lines.push(n);
            }
        }
    }
    lines
}

/// Line numbers drawn into a code block, as each line's first element
/// (1, 2, 3...), are a gutter the page's stylesheet sets apart and keeps
/// from being selected; in the view they would run into the code
/// ("1import os") and be copied with it.
fn line_number_gutters(doc: &Document, root: NodeId) -> Vec<NodeId> {
    doc.elements_by_tag(root, &local_name!("pre"))
        .filter_map(|pre| line_numbers(doc, pre))
        .flatten()
        .collect()
}

/// The elements numbering the lines of a `<pre>`, when every line with
/// text starts with one holding only its number, counting from 1.
fn line_numbers(doc: &Document, pre: NodeId) -> Option<Vec<NodeId>> {
    let mut numbers: Vec<NodeId> = Vec::new();
    let (mut at_line_start, mut after_number) = (true, false);
    for n in doc.descendants(pre) {
        let Some(text) = doc.text(n) else {
            continue;
        };
        let word = text.trim();
        if word.is_empty() {
            at_line_start |= text.contains('\n');
            continue;
        }
        // After a number comes the line's code, or (a blank line) the next
        // line's number.
        if at_line_start || after_number {
            let holder = doc.parent(n).filter(|&h| h != pre)?;
            if word == (numbers.len() + 1).to_string() && inner_text(doc, holder) == word {
                numbers.push(holder);
                (at_line_start, after_number) = (false, true);
                continue;
            }
            if at_line_start {
                return None;
            }
        }
        after_number = false;
        at_line_start = text.trim_end_matches([' ', '\t']).ends_with('\n');
    }
    (numbers.len() >= MIN_NUMBERED_LINES).then_some(numbers)
}

/// What a `<video>` or `<audio>` holds besides its sources and tracks is
/// for browsers that cannot play it ("Your browser does not support the
/// video tag"): never shown where the player is, it would only count in the
/// article's text.
fn remove_media_fallbacks(doc: &mut Document, root: NodeId) {
    let media: Vec<NodeId> = doc.descendants_where(root, &|n| {
        doc.is_any(n, &[local_name!("video"), local_name!("audio")])
    });
    for player in media {
        let fallback: Vec<NodeId> = doc
            .children(player)
            .filter(|&c| !doc.is_any(c, &[local_name!("source"), local_name!("track")]))
            .collect();
        for n in fallback {
            doc.remove(n);
        }
    }
}

/// A teaser is a card of a few lines, the last cut off.
const TEASER_MAX_CHARS: usize = 400;
/// And a few nodes: a box of more (however little text it shows) is no
/// card, and is not walked for its last words.
const TEASER_MAX_NODES: usize = 300;
/// A series of teasers is at least this many cards ...
const TEASER_SERIES_MIN: usize = 3;
/// ... and most of its box (the rest: its heading, a "more" link).
const TEASER_SERIES_MIN_SHARE: f32 = 0.6;

/// Cards whose text is cut off mid-sentence ("The Salvation Army
/// continued its long-standing tradition of...") are teasers: the start of
/// other pages, which the cards link to (or did: cleaning may have taken
/// a card's linked title as a short linked block). Where three or more
/// stand side by side and make most of their box, the series points
/// elsewhere, as a list of related stories does. Paragraphs are not
/// cards (a story's lines may trail off), nor are a table's rows (its
/// data, however they end).
fn teaser_series(doc: &Document, root: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    let is_teaser = |n: NodeId| {
        !doc.is_any(n, &[local_name!("tr"), local_name!("p")])
            && lengths.text_len(doc, n) <= TEASER_MAX_CHARS
            && doc.descendants(n).nth(TEASER_MAX_NODES).is_none()
            && last_text(doc, n).is_some_and(is_cut_off)
    };
    let mut teasers = Vec::new();
    for parent in std::iter::once(root).chain(doc.descendants(root)) {
        let cards: Vec<NodeId> = doc.element_children(parent).collect();
        if cards.len() < TEASER_SERIES_MIN {
            continue;
        }
        let series: Vec<NodeId> = cards.iter().copied().filter(|&c| is_teaser(c)).collect();
        if series.len() >= TEASER_SERIES_MIN
            && series.len() as f32 >= TEASER_SERIES_MIN_SHARE * cards.len() as f32
        {
            teasers.extend(series);
        }
    }
    teasers
}

/// Whether a text is cut off mid-sentence: an ellipsis right after a word
/// ("tradition of..."). After a space or a comma ("Debian, Fedora, ...")
/// it says "and so on", and the list is whole.
fn is_cut_off(text: &str) -> bool {
    let text = text.trim_end();
    let Some(before) = text.strip_suffix("...").or_else(|| text.strip_suffix('…')) else {
        return false;
    };
    before
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// The last text of `root` that shows something (not only whitespace).
fn last_text(doc: &Document, root: NodeId) -> Option<&str> {
    doc.descendants(root)
        .filter_map(|n| doc.text(n))
        .filter(|t| !t.trim().is_empty())
        .last()
}

/// A block of text that repeats, word for word, one shown earlier in the
/// article is shown once: a forum reply quoting an earlier post, a section
/// printed for both the desktop and the mobile layout, a story the page
/// holds twice. Only text blocks long enough to be prose count, and not
/// table cells (a table repeats values) nor link lists (a table of contents
/// repeats the headings it links to, which stay).
fn repeated_blocks(doc: &Document, article: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    let elements: Vec<NodeId> = doc.descendants_where(article, &|n| doc.is_element(n));
    // Blocks that hold another block are not compared: their innermost
    // blocks are.
    // By node index: flags rather than a hash set (see `mark_data_tables`).
    let mut holds_block = vec![false; doc.len()];
    for &n in &elements {
        if !doc.tag(n).is_some_and(measure::is_phrasing_tag) {
            holds_block[measure::block_of(doc, n, article).index()] = true;
        }
    }
    // Each text, and what holds its first block.
    let mut seen: HashMap<String, NodeId> = HashMap::new();
    let holder = |n: NodeId| {
        doc.parent(n)
            .map(|p| (doc.tag(p), doc.attr(p, &local_name!("class"))))
    };
    let mut repeats = Vec::new();
    for &n in &elements {
        if holds_block[n.index()]
            || doc.tag(n).is_none_or(measure::is_phrasing_tag)
            || doc.is_any(n, &[local_name!("td"), local_name!("th")])
            || !(REPEATED_BLOCK_MIN_CHARS..=REPEATED_BLOCK_MAX_CHARS)
                .contains(&lengths.text_len(doc, n))
            || lengths.link_density(doc, n) > REPEATED_BLOCK_MAX_LINK_DENSITY
        {
            continue;
        }
        match seen.entry(inner_text(doc, n)) {
            Entry::Vacant(first) => {
                first.insert(n);
            }
            // In a box like its twin's, a repeat is meant: a refrain, a
            // page of placeholder text, sections that say the same thing.
            // A quote, a mobile layout's copy, is in a box of another kind.
            Entry::Occupied(first) if holder(*first.get()) != holder(n) => repeats.push(n),
            Entry::Occupied(_) => {}
        }
    }
    repeats
}

/// Words that stand where something else was to be, alone in their block:
/// "Loading..." where a script was to put content (a carousel, a price, a
/// list of reviews), an ad slot's label ("Advertisement", "Story continues
/// below advertisement") where a script was to put the ad, and a control's
/// label ("Add to cart", "Sort by") where a script was to make a button of
/// it, a gallery's counter ("Image 2 of 5") where a script was to show one
/// picture at a time, and a template's placeholder that a script was to
/// fill ("{{ DiscussionBoard.errors[11793116].message }}"; code shows
/// templates as written, and stays). None of those scripts runs in the
/// view, and the words are not the article's; a picture in the same box
/// as a control's words or a counter stays (a shop's photo beside its
/// "Compare" box), an ad's goes with its label. A caption's toggle ("hide
/// caption", after the caption's words) goes from the caption's line
/// itself. So too a forum member's figures beside
/// each post ("Posts: 1,077", "Join Date: Aug 2008", a box of them a line
/// each, and a field of the member's profile beside them, "Location:
/// SIN"): about the member, not the thread. So too a count that
/// schema.org's words mark as one (a post's votes,
/// `itemprop="upvoteCount"`; a post's number in its thread, `position`,
/// even in a line with its date), a post's number linked to the post
/// ("#14"), and what a script tells a screen reader it
/// did (`role="status"`, a sentence or two: "Loaded 24 results", "Slide 1
/// of 8", the price of the size chosen), and a line of a news page's story
/// tools ("Email | Print"), and a separator in a block of its own ("|",
/// "·", "•", a dash: between a card's links, a comment's parts), which
/// separates nothing on a line alone, and TeX that typesets nothing
/// (Stack Exchange's `$\begingroup$` around each post). A table's cell
/// that is only such a word keeps it, whatever it is: a column may be
/// headed "Sponsored" (one on a line of a cell that says more, a layout's
/// column, goes). Not a member's figure, a marked count nor a status
/// line: forums laid out in tables (vBulletin's) print the figures in
/// cells, and markup says what an element is wherever it stands.
fn stand_ins(doc: &Document, root: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    doc.descendants_where(root, &|n| {
        let len = lengths.text_len(doc, n);
        // A post's number in its thread (schema.org's `position`, which
        // Discourse prints in the line of the post's date) is furniture
        // wherever it stands.
        if len <= MARKED_COUNT_MAX_CHARS && has_itemprop(doc, n, "position") {
            return true;
        }
        // A caption's toggle ends the caption's own line, after its words.
        if hints::CAPTION_TOGGLE_CHARS.contains(&len)
            && label_text(doc, n, lengths, len).is_some_and(|t| hints::is_caption_toggle(&t))
        {
            return true;
        }
        // Where it stands next: most short elements are words of a
        // sentence, and their text need not be built. A link so
        // labelled is the control itself, wherever it is.
        if !stands_alone(doc, n, root, lengths) {
            return false;
        }
        if doc.attr(n, &local_name!("role")) == Some("status") && len <= STATUS_MAX_CHARS {
            return true;
        }
        let marked_count = doc.attr(n, &local_name!("itemprop")).is_some_and(|props| {
            props
                .split_ascii_whitespace()
                .any(|p| hints::COUNT_ITEMPROPS.contains(&p))
        });
        if marked_count && len <= MARKED_COUNT_MAX_CHARS {
            return true;
        }
        let Some(text) = label_text(doc, n, lengths, AD_MARKER_MAX_CHARS) else {
            return false;
        };
        // A post's number linked to the post ("#14" beside each XenForo or
        // vBulletin post): the view shows the posts in order, and the
        // number leads back into the page. Linked elsewhere ("#1234" to an
        // issue, in a changelog), a number is a reference.
        if doc.is(n, &local_name!("a"))
            && text.strip_prefix('#').is_some_and(|number| {
                !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())
            })
            && doc
                .attr(n, &local_name!("href"))
                .is_none_or(|href| href.is_empty() || href.to_ascii_lowercase().contains("post"))
        {
            return true;
        }
        let member_stat = (len <= hints::MEMBER_STAT_MAX_CHARS && hints::is_member_stat(&text))
            || member_figures_by_line(doc, n);
        // A title alone in a cell ("Member") may be a column's; a
        // figure, with its number, is the member's, and so is a field
        // of their profile beside a figure.
        if (member_stat && text.bytes().any(|b| b.is_ascii_digit()))
            || (len <= hints::MEMBER_STAT_MAX_CHARS
                && hints::is_profile_field(&text)
                && beside_member_figure(doc, n, lengths))
        {
            return true;
        }
        // A script's words, not the picture they may share a box with (a
        // product's photo beside its "Compare" box, a gallery's picture
        // beside its counter); what an ad's label labels is the ad.
        let words_of_a_script = (len <= hints::LABEL_MAX_CHARS
            && (hints::is_loading_placeholder(&text) || hints::is_gallery_counter(&text)))
            || (len <= hints::CONTROL_LABEL_MAX_CHARS && hints::is_control_label(&text));
        let stand_in = member_stat
            || (words_of_a_script && !holds_picture(doc, n))
            || (hints::is_template_placeholder(&text)
                && !doc.descendants(n).any(|d| doc.is_any(d, &CODE_TAGS)))
            || hints::is_article_tools(&text)
            || hints::is_ad_label(&text)
            || hints::is_separator(&text)
            || hints::is_silent_tex(&text);
        stand_in
            && doc
                .inclusive_ancestors(n)
                .take_while(|&a| a != root)
                .find(|&a| doc.is_any(a, &[local_name!("td"), local_name!("th")]))
                .is_none_or(|cell| lengths.text_len(doc, cell) != len)
    })
}

/// Whether the element before or after `n` is a member's figure.
fn beside_member_figure(doc: &Document, n: NodeId, lengths: &TextLengths) -> bool {
    [doc.prev_element_sibling(n), doc.next_element_sibling(n)]
        .into_iter()
        .flatten()
        .any(|s| {
            label_text(doc, s, lengths, hints::MEMBER_STAT_MAX_CHARS)
                .is_some_and(|t| hints::is_member_stat(&t))
        })
}

/// Whether `n` is a box of a member's figures, one to a line ("Posts:
/// 116<br>Threads: 23<br>Joined: Feb 2019", MyBB's): each line alone
/// would go as one. Asked, as every stand-in is, only of a text of at most
/// [`AD_MARKER_MAX_CHARS`]: three or four figures.
fn member_figures_by_line(doc: &Document, n: NodeId) -> bool {
    doc.element_children(n)
        .any(|c| doc.is(c, &local_name!("br")))
        && crate::plain_text::plain_text(doc, n)
            .to_lowercase()
            .lines()
            .filter(|line| !line.trim().is_empty())
            .all(|line| {
                line.chars().count() <= hints::MEMBER_STAT_MAX_CHARS && hints::is_member_stat(line)
            })
}

/// The lines a discussion prints around its posts: a prompt to sign in
/// before commenting or replying ("Create an account or sign in to
/// comment", "You must log in or register to reply here."), for a view
/// that is for reading and a reader with no account to use it; a post's
/// edit note ("Last edited: Jul 13, 2022", [`hints::is_edit_note`]),
/// about the post and not in it; the thread's statistics ("1.9K views 11
/// replies 12 participants last post by...", [`hints::is_thread_stats`]),
/// about the thread; and a reply's subject, over each post,
/// that says the thread's title again ("Re: Turning off all LED of RPi
/// 5": "Re:" and the words of the headline or the page's title,
/// `titles`), where a post that answers a point ("Re: the wheel, mine
/// turns...") stays. Only a block of a line or two goes, holding no other
/// block (a subject: only inline elements and no line break), so that a
/// short post in the same box stays.
fn thread_chrome(
    doc: &Document,
    root: NodeId,
    lengths: &TextLengths,
    titles: [Option<&str>; 2],
) -> Vec<NodeId> {
    doc.descendants_where(root, &|n| {
        stands_alone(doc, n, root, lengths)
            && doc
                .element_children(n)
                .all(|c| !doc.tag(c).is_some_and(measure::is_div_to_p_block))
            && label_text(doc, n, lengths, SIGN_IN_PROMPT_MAX_CHARS).is_some_and(|text| {
                hints::is_sign_in_prompt(&text)
                    || hints::is_edit_note(&text)
                    || hints::is_thread_stats(&text)
                    || (text.starts_with("re:")
                        && doc.element_children(n).all(|c| {
                            measure::is_inline_element(doc, c) && !doc.is(c, &local_name!("br"))
                        })
                        && titles
                            .into_iter()
                            .flatten()
                            .any(|title| text_similarity(&text, title) > REPLY_SUBJECT_SIMILARITY))
            })
    })
}

/// An icon drawn with an icon font: a single character in an element named
/// as an icon, which the font turns into a picture. Without the font (the
/// view has none of the page's) it is a stray "Z" or "i" among the
/// article's words. Two letters or more are words, an abbreviation on a
/// badge ("HR"); a ligature's name (Material Icons' "check" in a table of
/// features) says what the picture showed, and stays.
fn icon_glyphs(doc: &Document, root: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    doc.descendants_where(root, &|n| {
        doc.is_element(n)
            && lengths.text_len(doc, n) == 1
            && doc.element_children(n).next().is_none()
            && hints::is_named(doc, n, hints::ICON_WORDS)
    })
}

/// A script's data written into the page as text for the script to read:
/// JSON alone in its element (Amazon's prices in a `<div>` its stylesheet
/// hides, an accessibility widget's settings in one set transparent); a
/// date and time for machines alone in an element of a line (Tapatalk's
/// `<time class="hide">2006-09-01T16:07+00:00</time>` after each post's
/// date, Avada's hidden `updated` after the page's title, which ran into
/// it: "index2026-02-16T09:27:01+00:00"). Nobody reads it; a JSON example
/// an article shows is code, and stays (as all code does here).
fn script_data(doc: &Document, root: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    doc.descendants_where(root, &|n| {
        let mut children = doc.children(n);
        let (Some(only), None) = (children.next(), children.next()) else {
            return false;
        };
        let Some(text) = doc.text(only).map(str::trim) else {
            return false;
        };
        let json = || {
            lengths.text_len(doc, n) >= SCRIPT_DATA_MIN_CHARS
                && text.starts_with(['{', '['])
                && miniserde::json::from_str::<Value>(text)
                    .is_ok_and(|data| matches!(data, Value::Object(_) | Value::Array(_)))
        };
        let timestamp = || measure::is_inline_element(doc, n) && hints::is_machine_timestamp(text);
        json() || timestamp()
    })
}

/// The words of a control that opens a picture larger, for those who
/// cannot see it: "Press enter or click to view image in full size", over
/// every one of Medium's pictures. A button (`role="button"`) around the
/// picture, with a line of words beside it: they say how to use the
/// control, and the view has none. The picture stays, and its caption,
/// which is outside the button. A card made a button, to be clicked
/// anywhere (Wired's), links to its story: its words are the story's
/// headline, and stay.
fn picture_control_labels(doc: &Document, root: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    doc.descendants_where(root, &|button| {
        doc.attr(button, &local_name!("role")) == Some("button")
            && lengths.text_len(doc, button) <= PICTURE_CONTROL_LABEL_MAX_CHARS
            && holds_picture(doc, button)
            && doc
                .elements_by_tag(button, &local_name!("a"))
                .next()
                .is_none()
    })
    .into_iter()
    .flat_map(|button| doc.children(button))
    .filter(|&label| lengths.text_len(doc, label) > 0 && !has_media(doc, label))
    .collect()
}

/// A reading-time estimate in a block of its own ("6 min read") is the
/// view's to give: its header shows one, worked out from the text it
/// shows. On a listing, each card's goes too.
fn reading_times(doc: &Document, root: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    doc.descendants_where(root, &|n| {
        stands_alone(doc, n, root, lengths)
            && label_text(doc, n, lengths, READING_TIME_MAX_CHARS)
                .is_some_and(|text| hints::is_reading_time(&text))
    })
}

/// A site's affiliate disclosure ("This post contains affiliate links. If
/// you buy through them, we may earn a commission"): about the site's
/// income, printed above or below every article, never the article's. A
/// paragraph of its own, short: prose about affiliate marketing is longer
/// or says more.
fn affiliate_disclosures(doc: &Document, root: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    doc.descendants_where(root, &|n| {
        doc.is_any(n, &[local_name!("p"), local_name!("div")])
            && lengths.text_len(doc, n) <= AFFILIATE_DISCLOSURE_MAX_CHARS
            && hints::has_phrase(
                &inner_text(doc, n).to_lowercase(),
                &hints::AFFILIATE_DISCLOSURE_PHRASES,
            )
    })
}

/// The label of a table of contents ("Table of contents", "On this page")
/// with no table after it, its list built by a script that does not run
/// here or cleaned away as links: a heading over nothing, or over the
/// article's first paragraph. A table that is there stays, label and all:
/// its links into the page work in the view too (ids are kept, see
/// `serialize`), and a long document is the easier to read with it.
fn tables_of_contents_gone(doc: &Document, root: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    doc.descendants_where(root, &|label| {
        doc.is_element(label)
            && fills_its_block(doc, label, root, lengths)
            && label_text(doc, label, lengths, TABLE_OF_CONTENTS_LABEL_MAX_CHARS)
                .is_some_and(|text| hints::is_table_of_contents_label(&text))
            && !labels_a_list(doc, measure::outermost_holder(doc, label, root), lengths)
    })
}

/// The whole text of `n` (see [`inner_text`]), lowercased, when `n` is an
/// element whose text is at most `max_chars` long: a label's, to be told by
/// its words.
pub(super) fn label_text(
    doc: &Document,
    n: NodeId,
    lengths: &TextLengths,
    max_chars: usize,
) -> Option<String> {
    (doc.is_element(n) && lengths.text_len(doc, n) <= max_chars)
        .then(|| inner_text(doc, n).to_lowercase())
}

/// Whether the first sibling with text after `n` is a list or links.
fn labels_a_list(doc: &Document, n: NodeId, lengths: &TextLengths) -> bool {
    std::iter::successors(doc.next_sibling(n), |&s| doc.next_sibling(s))
        .find(|&s| lengths.text_len(doc, s) > 0)
        .is_some_and(|next| {
            doc.is_any(
                next,
                &[local_name!("ul"), local_name!("ol"), local_name!("nav")],
            ) || measure::count_tag(doc, next, &local_name!("li")) > 0
                || lengths.link_density(doc, next) > RECOMMENDATION_LINK_DENSITY
        })
}

/// Links that are buttons to act ("Book now", "Sign up", "Read more", or
/// any link drawn as a button: `class="btn"`) or skip links ("Skip to main
/// content"), where each stands alone: not a word of a sentence, but the
/// whole text of its block. A button that ends a card saying what to do
/// takes the card with it ([`call_to_action_card`]).
fn action_links(doc: &Document, root: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    doc.elements_by_tag(root, &local_name!("a"))
        .filter_map(|a| {
            if lengths.text_len(doc, a) > ACTION_LINK_MAX_CHARS {
                return None;
            }
            let text = inner_text(doc, a).to_lowercase();
            let text = text.trim_matches(|c: char| {
                c.is_whitespace()
                    || matches!(
                        c,
                        '!' | '→' | '←' | '›' | '»' | '>' | '<' | '‹' | '«' | '+' | '↑' | '^'
                    )
            });
            let to_this_page = measure::links_into_the_page(doc, a);
            let styled_as_button = doc
                .attr(a, &local_name!("class"))
                .is_some_and(|c| hints::has_word(c, hints::BUTTON_CLASSES));
            let skips = to_this_page && hints::is_skip_link_text(text);
            let acts = hints::is_action_link_text(text) || styled_as_button || skips;
            if !acts {
                return None;
            }
            if fills_its_block(doc, a, root, lengths) {
                let button = measure::block_of(doc, a, root);
                return call_to_action_card(doc, button, root, lengths).or(Some(a));
            }
            // A skip link is often a loose child of the page's body, beside
            // everything else: it stands apart from the blocks around it.
            if skips && between_blocks(doc, a) {
                return Some(a);
            }
            call_to_action_card(doc, a, root, lengths)
        })
        .collect()
}

/// What a call to act says around its button is a line or two.
const CALL_TO_ACTION_CARD_MAX_CHARS: usize = 120;

/// The card a button to act ends, when the card is nothing but a line or
/// two saying what to do and the button to do it ("Start asking to get
/// answers / Find the answer to your question by asking. / Ask question"):
/// without its button, the card's words still ask the reader to act. Only
/// after the content's last words, and not one of a series of cards alike:
/// a service's cards, a listing's items, each end in a button too ("Learn
/// more"), and are what the page offers.
fn call_to_action_card(
    doc: &Document,
    button: NodeId,
    root: NodeId,
    lengths: &TextLengths,
) -> Option<NodeId> {
    // The button's block may be the content itself, whose parent is the
    // page's.
    let card = doc
        .parent(button)
        .filter(|&c| c != root && button != root)?;
    let lines = doc.element_children(card).count().saturating_sub(1);
    let words = lengths
        .text_len(doc, card)
        .saturating_sub(lengths.text_len(doc, button));
    if doc.element_children(card).last() != Some(button)
        || !(1..=2).contains(&lines)
        || words > CALL_TO_ACTION_CARD_MAX_CHARS
        || measure::count_tag(doc, card, &local_name!("a")) != 1
    {
        return None;
    }
    let around = || doc.inclusive_ancestors(card).take_while(|&n| n != root);
    let mut words_after = 0;
    for n in around() {
        let mut next = doc.next_sibling(n);
        while let Some(s) = next {
            words_after += lengths.text_len(doc, s);
            next = doc.next_sibling(s);
        }
    }
    let one_of_a_series = around().any(|n| {
        [doc.prev_element_sibling(n), doc.next_element_sibling(n)]
            .into_iter()
            .flatten()
            .any(|s| item_kind(doc, s) == item_kind(doc, n))
    });
    (words_after <= CALL_TO_ACTION_CARD_MAX_CHARS && !one_of_a_series).then_some(card)
}

/// A bar of links is this many links at least...
const LINK_BAR_MIN_LINKS: usize = 3;
/// ...each a few words, and a line at most.
const LINK_BAR_MAX_CHARS: usize = 300;
/// What sets a bar's links apart: "Home | Search | Help", "A · B · C".
const LINK_BAR_SEPARATORS: [char; 9] = ['|', '¦', '·', '•', '-', '–', '—', '/', '~'];

/// A bar of links: a block or a line that is nothing but three links or
/// more with separators between them ("Guidelines | FAQ | API | Legal",
/// "Home -- Search -- New Listings"), the site's menu printed as text at
/// the foot of a page or an article. Links set apart by spaces alone may
/// be tags, or a list of sources; words between links make a sentence.
fn link_bars(doc: &Document, root: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    let mut bars: Vec<NodeId> = Vec::new();
    // Each holder of links is read once, at its first link.
    let mut read = vec![false; doc.len()];
    for a in doc.elements_by_tag(root, &local_name!("a")) {
        let Some(bar) = doc.parent(a) else { continue };
        if bar == root || std::mem::replace(&mut read[bar.index()], true) {
            continue;
        }
        if lengths.text_len(doc, bar) > LINK_BAR_MAX_CHARS {
            continue;
        }
        let (mut links, mut separators) = (0, 0);
        let mut only_separators = |text: &str| {
            text.chars().all(|c| {
                let separates = LINK_BAR_SEPARATORS.contains(&c);
                separators += usize::from(separates);
                separates || c.is_whitespace()
            })
        };
        let only_links_and_separators = doc.children(bar).all(|c| {
            if doc.is(c, &local_name!("a")) {
                links += 1;
                lengths.text_len(doc, c) <= ACTION_LINK_MAX_CHARS
            } else if doc.is_element(c) {
                only_separators(&inner_text(doc, c))
            } else {
                only_separators(doc.text(c).unwrap_or_default())
            }
        });
        if only_links_and_separators
            && links >= LINK_BAR_MIN_LINKS
            && separators + 1 >= links
            && (!measure::is_inline_element(doc, bar)
                || measure::fills_its_line(doc, bar, root, |x| lengths.text_len(doc, x)))
        {
            bars.push(bar);
        }
    }
    bars
}

/// The elements a documentation generator gives a permalink besides
/// headings: an API reference's entries, the captions of figures, tables
/// and code.
const PERMALINKED: [html5ever::LocalName; 3] = [
    local_name!("dt"),
    local_name!("caption"),
    local_name!("figcaption"),
];

/// A permalink's sign is a character or two ("¶", "#", a zero-width space).
const PERMALINK_MAX_CHARS: usize = 4;
/// A permalink sits in its heading, or in a wrapper or two within it.
const PERMALINK_MAX_DEPTH: usize = 3;
/// A link back to the page's top says so in a few words ("Back to top").
const BACK_TO_TOP_MAX_CHARS: usize = 16;

/// A heading's permalink: a link to its own place in the page, drawn as a
/// sign ("¶", "§", "#", an icon font's glyph, or nothing visible), which
/// Sphinx, MkDocs, Docusaurus, rustdoc and most blog engines put beside
/// every heading and API entry, for copying the section's address: in the
/// heading, or beside it in the section it links to. In the view it is a
/// stray sign glued to the heading ("What comes next¶"). So too a
/// heading's link back to the page's top (man7.org's "top" beside every
/// section's name of a manual page): the view has a top of its own.
/// A picture linked to its own figure (The Guardian's, to open it larger)
/// shows no sign but is no permalink: it is the figure's picture.
fn permalinks(doc: &Document, root: NodeId) -> Vec<NodeId> {
    doc.elements_by_tag(root, &local_name!("a"))
        .filter(|&a| {
            let Some(place) = measure::place_linked_in_the_page(doc, a) else {
                return false;
            };
            if holds_picture(doc, a) {
                return false;
            }
            // Where a permalink stands: in its heading, or beside it.
            let within = |holds: &dyn Fn(NodeId) -> bool| {
                doc.ancestors(a)
                    .take_while(|&n| n != root)
                    .take(PERMALINK_MAX_DEPTH)
                    .any(holds)
            };
            let heading = |n: NodeId| doc.is_any(n, &measure::HEADING_TAGS);
            if measure::inner_text_longer_than(doc, a, BACK_TO_TOP_MAX_CHARS) {
                return false;
            }
            let text = inner_text(doc, a).to_lowercase();
            if text == "top" || hints::is_skip_link_text(&text) {
                return within(&heading);
            }
            text.chars().count() <= PERMALINK_MAX_CHARS
                && !text.chars().any(char::is_alphanumeric)
                && within(&|n| {
                    heading(n)
                        || doc.is_any(n, &PERMALINKED)
                        || doc.attr(n, &local_name!("id")) == Some(place)
                })
        })
        .collect()
}

/// Whether `n` stands between blocks, no words of a line beside it: each
/// sibling next to it is a block or blank.
fn between_blocks(doc: &Document, n: NodeId) -> bool {
    let apart = |sibling: Option<NodeId>| {
        sibling.is_none_or(|s| {
            measure::is_whitespace(doc, s)
                || (doc.is_element(s) && !measure::is_inline_element(doc, s))
        })
    };
    doc.parent(n)
        .is_some_and(|p| !doc.tag(p).is_some_and(measure::is_phrasing_tag))
        && apart(doc.prev_sibling(n))
        && apart(doc.next_sibling(n))
}

/// Lines crediting a picture ("Credit: The Spruce Eats", "Getty Images"),
/// in a caption or under the picture, are for the rights holder, not the
/// reader. Only a whole short line goes: a caption that ends with its
/// credit keeps it, its words are the article's.
fn image_credits(doc: &Document, root: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    doc.descendants_where(root, &|n| {
        doc.is_element(n)
            && (IMAGE_CREDIT_MIN_CHARS..=IMAGE_CREDIT_MAX_CHARS).contains(&lengths.text_len(doc, n))
            && hints::is_image_credit(inner_text(doc, n).to_lowercase().trim())
            && !has_media(doc, n)
    })
}

/// What a form says once sent ("Thank you! Your submission has been
/// received!") or when sending fails: shown by the page's scripts after a
/// submission, hidden until then by its stylesheets, which are not read
/// here. Form builders mark them with their own classes. And the terms
/// beside its button ("By signing up, you agree to..."), which stay when
/// the form itself is cleaned away.
fn form_messages(doc: &Document, root: NodeId, lengths: &TextLengths) -> Vec<NodeId> {
    doc.descendants_where(root, &|n| {
        let marked = doc.attr(n, &local_name!("class")).is_some_and(|c| {
            c.split_ascii_whitespace().any(|w| {
                hints::FORM_MESSAGE_CLASSES
                    .iter()
                    .any(|m| m.eq_ignore_ascii_case(w))
            })
        });
        marked
            || (doc.is_any(n, &[local_name!("p"), local_name!("div")])
                    && lengths.text_len(doc, n) <= FORM_CONSENT_MAX_CHARS
                    // Every form's terms start so: asked before the text
                    // of every paragraph is built.
                    && starts_with_word(doc, n, "by")
                    && hints::is_form_consent(&inner_text(doc, n).to_lowercase()))
    })
}

/// Whether the text of `n` starts with the word `word` (ASCII, in any
/// case), read from its first text alone.
fn starts_with_word(doc: &Document, n: NodeId, word: &str) -> bool {
    let first = doc
        .descendants(n)
        .filter_map(|d| doc.text(d))
        .map(str::trim_start)
        .find(|t| !t.is_empty());
    first.is_some_and(|t| {
        t.get(..word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
            && !t[word.len()..].starts_with(char::is_alphanumeric)
    })
}

/// Whether `n` stands on a line of its own: a block, or a phrasing element
/// that is its line's whole text ([`measure::fills_its_line`]).
fn stands_alone(doc: &Document, n: NodeId, root: NodeId, lengths: &TextLengths) -> bool {
    !doc.tag(n).is_some_and(measure::is_phrasing_tag)
        || measure::fills_its_line(doc, n, root, |x| lengths.text_len(doc, x))
}

/// Whether `n` holds the whole text of the block it sits in
/// ([`measure::block_of`]): a link that is the whole line, not a word of a
/// sentence.
pub(super) fn fills_its_block(
    doc: &Document,
    n: NodeId,
    root: NodeId,
    lengths: &TextLengths,
) -> bool {
    lengths.text_len(doc, measure::block_of(doc, n, root)) == lengths.text_len(doc, n)
}

/// Detaches `n`, with the boxes around it (below `root`) that hold nothing
/// else, no text and no other element (a picture): removing a quote's text
/// removes the quote's frame, a credit's its line, but not the figure.
/// A box then left holding only a separator goes too, and so on up. The
/// trace names the caller's line: what it removes, the caller found.
#[track_caller]
fn detach_with_bare_wrappers(doc: &mut Document, n: NodeId, root: NodeId) {
    let mut n = n;
    loop {
        let len = inner_text_len(doc, n);
        let mut gone = n;
        while let Some(parent) = doc.parent(gone) {
            if parent == root
                || doc.element_children(parent).nth(1).is_some()
                || inner_text_len(doc, parent) != len
            {
                break;
            }
            gone = parent;
        }
        let parent = doc.parent(gone);
        doc.remove(gone);
        // A line's separator left alone by what went ("·" between a
        // post's author and date, both shown in the view's header) goes
        // with them.
        match parent {
            Some(p) if p != root && is_left_separator(doc, p) => n = p,
            _ => return,
        }
    }
}

/// Whether `n` holds nothing but a separator ([`hints::is_separator`]).
fn is_left_separator(doc: &Document, n: NodeId) -> bool {
    !measure::inner_text_longer_than(doc, n, SEPARATOR_MAX_CHARS)
        && !has_media(doc, n)
        && hints::is_separator(&inner_text(doc, n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_document;

    #[test]
    fn a_separator_left_alone_by_what_went_goes_with_it() {
        let mut doc = parse_document(
            "<div id=root><p id=line><span id=who>Ana Lima</span><span>\u{b7}</span>\
             <span id=when>May 3</span></p><p id=kept><span id=one>Ana</span> | Bo</p></div>",
        );
        let by_id = |id: &str| {
            doc.descendants(Document::ROOT)
                .find(|&n| doc.attr(n, &local_name!("id")) == Some(id))
                .unwrap()
        };
        let [root, line, kept] = ["root", "line", "kept"].map(by_id);
        let gone = ["who", "when", "one"].map(by_id);
        for n in gone {
            detach_with_bare_wrappers(&mut doc, n, root);
        }
        assert!(!doc.is_inclusive_descendant(line, root));
        assert!(doc.is_inclusive_descendant(kept, root));
        assert_eq!(inner_text(&doc, kept).trim(), "| Bo");
    }
}
