//! Text measurements of subtrees that the scorer and the cleaner judge
//! content by: inner text, link density, text density, comma counts, and the
//! structural predicates (phrasing content, block children) they rely on.
//! Definitions follow Readability.js so that scores mean the same thing.

use html5ever::{local_name, LocalName};

use crate::dom::{Document, NodeData, NodeId};

/// Links whose target is a fragment (`#section`) are in-page navigation
/// such as footnotes; they count this much of their text as "link text".
const HASH_LINK_WEIGHT: f32 = 0.3;
/// How many empty elements (icons, anchors) beside a phrasing element are
/// looked through for words on its line ([`fills_its_line`]).
const LINE_SIBLINGS_READ: usize = 64;
/// A link that only shows a date holds at most this many nodes (the
/// `<time>`, its text, a wrapper or two).
const DATED_PERMALINK_MAX_NODES: usize = 8;
/// A paragraph this long is prose, not a label or a card's caption.
const PROSE_PARAGRAPH_MIN_CHARS: usize = 120;
/// A question is a sentence or two.
const QUESTION_MAX_CHARS: usize = 200;
/// A link hidden from assistive tech with this much text is a card's
/// teaser, shown ([`is_redundant_link`]). (WCXB: one page up, a news
/// site's topic page whose teasers all link so, +0.53; none down.)
const REDUNDANT_LINK_MIN_CHARS: usize = 50;

/// The text of a subtree, trimmed, with runs of whitespace collapsed: the
/// length of this string is what every density below is measured in.
pub fn inner_text(doc: &Document, id: NodeId) -> String {
    crate::text::normalize_whitespace(&doc.text_content(id))
}

/// [`inner_text`] with its blocks set apart, as a reader sees them: the
/// text of a short line (a byline, a date line), where
/// `<p>Luke Kim</p><small>December 17, 2025</small>` reads "Luke Kim
/// December 17, 2025", not the DOM's "Luke KimDecember 17, 2025".
pub fn line_text(doc: &Document, id: NodeId) -> String {
    crate::text::normalize_whitespace(&crate::plain_text::plain_text(doc, id))
}

/// Length in characters of [`inner_text`], computed without allocating it.
pub fn inner_text_len(doc: &Document, id: NodeId) -> usize {
    let mut len = 0usize;
    let mut pending_space = false;
    let mut visit = |t: &str| count_normalized(t, &mut len, &mut pending_space);
    if let Some(t) = doc.text(id) {
        visit(t);
    } else {
        for n in doc.descendants(id) {
            if let Some(t) = doc.text(n) {
                visit(t);
            }
        }
    }
    len
}

/// How a piece of text joins its neighbours once whitespace is normalized:
/// its own normalized length, and whether it starts or ends with
/// whitespace (both, for whitespace only; neither, for no text at all).
#[derive(Clone, Copy, Default)]
struct TextSpan {
    len: u32,
    lead: bool,
    trail: bool,
}

impl TextSpan {
    fn of(t: &str) -> TextSpan {
        let (mut len, mut pending) = (0, false);
        count_normalized(t, &mut len, &mut pending);
        TextSpan {
            len: len as u32,
            lead: t.chars().next().is_some_and(char::is_whitespace),
            trail: t.chars().next_back().is_some_and(char::is_whitespace),
        }
    }

    /// Any text at all, whitespace included.
    fn is_empty(self) -> bool {
        self.len == 0 && !self.lead
    }

    /// `self` followed by `next`, as [`count_normalized`] counts them: one
    /// space between them if either side has whitespace there, none at the
    /// ends.
    fn then(self, next: TextSpan) -> TextSpan {
        if next.is_empty() {
            return self;
        }
        if self.is_empty() {
            return next;
        }
        let gap = self.len > 0 && next.len > 0 && (self.trail || next.lead);
        TextSpan {
            len: self.len + next.len + u32::from(gap),
            lead: self.lead,
            trail: next.trail,
        }
    }
}

/// [`inner_text_len`] of every node under a root, measured in one pass from
/// the leaves up: for the scorer, which asks it (through
/// [`link_density`]) of every candidate, nested five deep, so that each
/// paragraph's text was counted once per candidate holding it. Valid until
/// the tree changes.
pub struct TextLengths {
    /// By node id; `None` for nodes that were not under the root.
    spans: Vec<Option<TextSpan>>,
}

impl TextLengths {
    pub fn of(doc: &Document, root: NodeId) -> TextLengths {
        let mut spans = vec![None; doc.len()];
        // Children come after their parent in document order: backwards,
        // every node's children are measured before it.
        let order: Vec<NodeId> = std::iter::once(root).chain(doc.descendants(root)).collect();
        for &n in order.iter().rev() {
            let span = match doc.text(n) {
                Some(t) => TextSpan::of(t),
                None => doc
                    .children(n)
                    .filter_map(|c| spans[c.index()])
                    .fold(TextSpan::default(), TextSpan::then),
            };
            spans[n.index()] = Some(span);
        }
        TextLengths { spans }
    }

    /// [`inner_text_len`] of `id`, measured again if it was not under the root.
    pub fn text_len(&self, doc: &Document, id: NodeId) -> usize {
        match self.spans.get(id.index()).copied().flatten() {
            Some(span) => span.len as usize,
            None => inner_text_len(doc, id),
        }
    }

    /// [`link_density`] from the measured lengths.
    pub fn link_density(&self, doc: &Document, id: NodeId) -> f32 {
        link_density_by(doc, id, |n| self.text_len(doc, n))
    }
}

/// `char::is_whitespace` for an ASCII byte: U+0009..U+000D and space.
fn is_ascii_space(b: u8) -> bool {
    b == b' ' || b.wrapping_sub(b'\t') < 5
}

/// Adds `t` to a running count of normalized text (whitespace runs as one
/// space, none leading): `len` characters so far, `pending` a space owed
/// before the next character. The hottest loop of extraction (every
/// candidate's text, every link's...), so ASCII goes a block at a time,
/// counted without branches; other text a character at a time.
fn count_normalized(t: &str, len: &mut usize, pending: &mut bool) {
    const BLOCK: usize = 256;
    let bytes = t.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let end = (i + BLOCK).min(bytes.len());
        let block = &bytes[i..end];
        if block.is_ascii() {
            // Sums of u32, not `count()`: they vectorize.
            let chars = block
                .iter()
                .map(|&b| u32::from(!is_ascii_space(b)))
                .sum::<u32>() as usize;
            if chars == 0 {
                *pending = *len > 0;
            } else {
                // Characters right after a space inside the block: each
                // owes one, but for the block's first character when
                // nothing came before it.
                let after_space = block[..block.len() - 1]
                    .iter()
                    .zip(&block[1..])
                    .map(|(&a, &b)| u32::from(is_ascii_space(a) & !is_ascii_space(b)))
                    .sum::<u32>() as usize;
                let spaces = if is_ascii_space(block[0]) {
                    after_space - usize::from(*len == 0)
                } else {
                    after_space + usize::from(*pending)
                };
                *len += chars + spaces;
                *pending = is_ascii_space(block[block.len() - 1]);
            }
            i = end;
            continue;
        }
        // Up to the block's end (or the character across it).
        while i < end {
            let c = t[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            if c.is_whitespace() {
                *pending = *len > 0;
            } else {
                *len += 1 + usize::from(*pending);
                *pending = false;
            }
        }
    }
}

/// Whether a subtree has any text other than whitespace: `inner_text_len`
/// above 0, found at the first such character instead of measuring the
/// whole subtree (which, asked of every element of a deep tree, is
/// quadratic).
pub fn has_text(doc: &Document, id: NodeId) -> bool {
    let visible = |t: &str| t.chars().any(|c| !c.is_whitespace());
    match doc.text(id) {
        Some(t) => visible(t),
        None => doc
            .descendants(id)
            .any(|n| doc.text(n).is_some_and(visible)),
    }
}

/// Whether `id` holds a paragraph of prose: a `<p>` of more than
/// `PROSE_PARAGRAPH_MIN_CHARS` characters.
pub fn holds_prose_paragraph(doc: &Document, id: NodeId) -> bool {
    doc.descendants(id).any(|p| is_prose_paragraph(doc, p))
}

/// Whether `id` is a paragraph of prose: a `<p>` of more than
/// `PROSE_PARAGRAPH_MIN_CHARS` characters.
pub fn is_prose_paragraph(doc: &Document, id: NodeId) -> bool {
    doc.is(id, &local_name!("p")) && inner_text_longer_than(doc, id, PROSE_PARAGRAPH_MIN_CHARS)
}

/// Whether the text of `id` asks a question: a sentence or two that ends
/// in a question mark (an FAQ's "Is this backpack waterproof?").
pub fn asks_a_question(doc: &Document, id: NodeId) -> bool {
    !inner_text_longer_than(doc, id, QUESTION_MAX_CHARS)
        && inner_text(doc, id).trim_end().ends_with('?')
}

/// What answers a question set in a box of its own (`question`, which
/// [`asks_a_question`]): the element right after its box
/// ([`outermost_holder`]: a toggle holds it beside icons, in a button, in
/// a title's box), when that element has text.
pub fn answer_after_question(doc: &Document, question: NodeId) -> Option<NodeId> {
    doc.next_element_sibling(outermost_holder(doc, question, Document::ROOT))
        .filter(|&answer| has_text(doc, answer))
}

/// The outermost element around `n` (below `root`) whose text is `n`'s:
/// the box of a label or a question, whose siblings are what stands
/// beside it. Each box up is read no further than `n`'s length: a list of
/// a thousand labels is not read a thousand times.
pub fn outermost_holder(doc: &Document, n: NodeId, root: NodeId) -> NodeId {
    let len = inner_text_len(doc, n);
    let mut holder = n;
    while let Some(parent) = doc
        .parent(holder)
        .filter(|&p| p != root && !inner_text_longer_than(doc, p, len))
    {
        holder = parent;
    }
    holder
}

/// The pixels a `width` or `height` attribute's value declares, read as
/// HTML reads a dimension: its leading digits ("600", "600px", " 1.5";
/// "100%" reads as 100). `None` for a value with no digits ("auto").
pub fn declared_pixels(value: &str) -> Option<u32> {
    let digits: String = value
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// Whether [`inner_text`] is longer than `max` characters. Stops reading at
/// the first character past `max`, so asking it of every element of a deep
/// tree costs `max` per element rather than the subtree's whole text.
pub fn inner_text_longer_than(doc: &Document, id: NodeId, max: usize) -> bool {
    let mut len = 0usize;
    let mut pending_space = false;
    let mut count = |t: &str| {
        for c in t.chars() {
            if c.is_whitespace() {
                pending_space = len > 0;
            } else {
                len += 1 + usize::from(pending_space);
                pending_space = false;
            }
            if len > max {
                return true;
            }
        }
        false
    };
    if let Some(t) = doc.text(id) {
        return count(t);
    }
    doc.descendants(id)
        .any(|n| doc.text(n).is_some_and(&mut count))
}

/// Share of a subtree's text that sits inside links: near 1 for menus and
/// lists of related articles, near 0 for prose.
pub fn link_density(doc: &Document, id: NodeId) -> f32 {
    link_density_by(doc, id, |n| inner_text_len(doc, n))
}

/// [`link_density`] with `text_len` giving [`inner_text_len`].
pub fn link_density_by(doc: &Document, id: NodeId, text_len: impl Fn(NodeId) -> usize) -> f32 {
    let total = text_len(id);
    if total == 0 {
        return 0.0;
    }
    let mut linked = 0.0f32;
    let mut cur = doc.first_child(id);
    while let Some(n) = cur {
        if doc.is(n, &local_name!("a")) {
            linked += text_len(n) as f32 * link_weight(doc, n);
            // Nested links are counted once, with their outer link.
            cur = doc.next_in_order(n, id, true);
        } else {
            cur = doc.next_in_order(n, id, false);
        }
    }
    linked / total as f32
}

/// How much of a link's text [`link_density`] counts as linked: none of a
/// post's permalink shown as its date ([`is_dated_permalink`]), a little of
/// a link into the page ([`links_into_the_page`]), all of any other.
pub fn link_weight(doc: &Document, link: NodeId) -> f32 {
    if is_dated_permalink(doc, link) {
        0.0
    } else if links_into_the_page(doc, link) {
        HASH_LINK_WEIGHT
    } else {
        1.0
    }
}

/// A link to a place on this page (`href="#comments"`), not to another
/// page: a table of contents, a footnote, "skip to content". A bare `#` is
/// a script's handle, not a place.
pub fn links_into_the_page(doc: &Document, link: NodeId) -> bool {
    place_linked_in_the_page(doc, link).is_some()
}

/// The id of the place on this page a link goes to (its `#fragment`), if
/// it links into the page ([`links_into_the_page`]).
pub fn place_linked_in_the_page(doc: &Document, link: NodeId) -> Option<&str> {
    doc.attr(link, &local_name!("href"))?
        .trim_start()
        .strip_prefix('#')
        .filter(|fragment| !fragment.is_empty())
}

/// A link that shows only a date (`<a href="/posts/530715"><time>Apr 12,
/// 2024</time></a>`) is a post's permalink: the date it was written, which a
/// forum or a blog shows on every post, not a way elsewhere. Counted as
/// links, the dates of a thread went with their post headers.
fn is_dated_permalink(doc: &Document, link: NodeId) -> bool {
    let mut dated = false;
    // A date and its wrappers are a few nodes: a link holding more is
    // never one, and is not walked (link density is asked of every
    // ancestor of every link).
    for (i, n) in doc.descendants(link).enumerate() {
        if i == DATED_PERMALINK_MAX_NODES {
            return false;
        }
        if doc.text(n).is_some_and(|t| !t.trim().is_empty()) {
            if !doc
                .ancestors(n)
                .take_while(|&a| a != link)
                .any(|a| doc.is(a, &local_name!("time")))
            {
                return false;
            }
            dated = true;
        }
    }
    dated
}

/// Share of a subtree's text inside elements with the given tags.
///
/// Only the outermost matching elements are measured: the text of one nested
/// in another is already inside the outer one. (Readability.js sums every
/// match, counting nested text again, which can exceed 1 and costs time
/// cubic in the depth of nested matches: measured on every `div` of a chain
/// of nested `div`s, that was seconds for a few hundred levels.) Linear in
/// the subtree's size.
pub fn text_density(doc: &Document, id: NodeId, tags: &[LocalName]) -> f32 {
    text_density_by(doc, id, tags, |n| inner_text_len(doc, n))
}

/// [`text_density`] with `text_len` giving [`inner_text_len`] (for a caller
/// that has measured some of it already).
pub fn text_density_by(
    doc: &Document,
    id: NodeId,
    tags: &[LocalName],
    text_len: impl Fn(NodeId) -> usize,
) -> f32 {
    text_share_of(doc, id, |n| doc.is_any(n, tags), text_len)
}

/// Share of a subtree's text inside the parts `matches` picks, the
/// outermost only, as in [`text_density`]; `text_len` gives
/// [`inner_text_len`].
pub fn text_share_of(
    doc: &Document,
    id: NodeId,
    matches: impl Fn(NodeId) -> bool,
    text_len: impl Fn(NodeId) -> usize,
) -> f32 {
    let total = text_len(id);
    if total == 0 {
        return 0.0;
    }
    let mut inside = 0usize;
    let mut cur = doc.first_child(id);
    while let Some(n) = cur {
        let matched = matches(n);
        if matched {
            inside += text_len(n);
        }
        cur = doc.next_in_order(n, id, matched);
    }
    inside as f32 / total as f32
}

/// Commas of any script (Latin, Arabic, CJK...), which separate clauses in
/// prose and rarely appear in navigation.
pub fn is_comma(c: char) -> bool {
    matches!(
        c,
        '\u{002C}'
            | '\u{060C}'
            | '\u{FE50}'
            | '\u{FE10}'
            | '\u{FE11}'
            | '\u{2E41}'
            | '\u{2E34}'
            | '\u{2E32}'
            | '\u{FF0C}'
    )
}

/// How many characters of the subtree's text other than whitespace are
/// `matches`: the same count in [`inner_text`], which only collapses
/// whitespace, without building it.
pub fn char_count(doc: &Document, id: NodeId, matches: impl Fn(char) -> bool) -> usize {
    let count = |t: &str| {
        t.chars()
            .filter(|&c| !c.is_whitespace() && matches(c))
            .count()
    };
    match doc.text(id) {
        Some(t) => count(t),
        None => doc
            .descendants(id)
            .filter_map(|n| doc.text(n))
            .map(count)
            .sum(),
    }
}

/// How many elements with this tag the subtree holds (not counting itself).
pub fn count_tag(doc: &Document, id: NodeId, tag: &LocalName) -> usize {
    doc.elements_by_tag(id, tag).count()
}

/// The six heading levels, one kind of element to every stage: cleaning
/// weighs a block's headings and finds the blocks they introduce, scoring
/// keeps an "unlikely" header that is one, plain text sets them off as
/// paragraphs.
pub(crate) const HEADING_TAGS: [LocalName; 6] = [
    local_name!("h1"),
    local_name!("h2"),
    local_name!("h3"),
    local_name!("h4"),
    local_name!("h5"),
    local_name!("h6"),
];

/// Elements that are inline "phrasing content" in the HTML sense: a run of
/// them (with text) reads as one paragraph.
pub fn is_phrasing_tag(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("abbr")
            | local_name!("audio")
            | local_name!("b")
            | local_name!("bdo")
            | local_name!("br")
            | local_name!("button")
            | local_name!("cite")
            | local_name!("code")
            | local_name!("data")
            | local_name!("datalist")
            | local_name!("dfn")
            | local_name!("em")
            | local_name!("embed")
            | local_name!("i")
            | local_name!("img")
            | local_name!("input")
            | local_name!("kbd")
            | local_name!("label")
            | local_name!("mark")
            | local_name!("math")
            | local_name!("meter")
            | local_name!("noscript")
            | local_name!("object")
            | local_name!("output")
            | local_name!("progress")
            | local_name!("q")
            | local_name!("ruby")
            | local_name!("samp")
            | local_name!("script")
            | local_name!("select")
            | local_name!("small")
            | local_name!("span")
            | local_name!("strong")
            | local_name!("sub")
            | local_name!("sup")
            | local_name!("textarea")
            | local_name!("time")
            | local_name!("var")
            | local_name!("wbr")
    )
}

/// Links and edits are phrasing content only when everything inside is.
fn is_transparent(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("a") | local_name!("del") | local_name!("ins")
    )
}

/// Elements that sit in a line of text rather than break it: phrasing
/// content, and the elements whose content model follows their parent's
/// (`a`, `del`, `ins`) or that browsers draw inline (`u`, `s`, `picture`,
/// ruby's parts...).
pub fn is_inline_tag(tag: &LocalName) -> bool {
    is_phrasing_tag(tag)
        || matches!(
            *tag,
            local_name!("a")
                | local_name!("del")
                | local_name!("ins")
                | local_name!("u")
                | local_name!("s")
                | local_name!("strike")
                | local_name!("tt")
                | local_name!("bdi")
                | local_name!("picture")
                | local_name!("rt")
                | local_name!("rp")
        )
}

/// Is this node inline content (text, or an inline element whose content is
/// inline too)? Checked without recursion.
pub fn is_phrasing_content(doc: &Document, id: NodeId) -> bool {
    match &doc.node(id).data {
        NodeData::Text(_) => true,
        NodeData::Element(e) => {
            if is_phrasing_tag(&e.name.local) {
                return true;
            }
            if !is_transparent(&e.name.local) {
                return false;
            }
            let mut cur = doc.first_child(id);
            while let Some(n) = cur {
                match doc.tag(n) {
                    Some(t) if is_phrasing_tag(t) => cur = doc.next_in_order(n, id, true),
                    Some(t) if is_transparent(t) => cur = doc.next_in_order(n, id, false),
                    Some(_) => return false,
                    None if doc.is_text(n) => cur = doc.next_in_order(n, id, true),
                    None => return false,
                }
            }
            true
        }
        _ => false,
    }
}

/// An element laid out inline where no stylesheet says otherwise: a
/// phrasing element or a link.
pub fn is_inline_element(doc: &Document, id: NodeId) -> bool {
    doc.tag(id)
        .is_some_and(|t| *t == local_name!("a") || is_phrasing_tag(t))
}

/// The nearest ancestor of `n` that is not phrasing content, or `root`:
/// the block a link or a word (or a block) sits in.
pub fn block_of(doc: &Document, n: NodeId, root: NodeId) -> NodeId {
    doc.ancestors(n)
        .take_while(|&a| a != root)
        .find(|&a| !doc.tag(a).is_some_and(is_phrasing_tag))
        .unwrap_or(root)
}

/// Whether `n` is the whole text of the line it is on: its block's whole
/// text ([`block_of`]), or words set on a line of their own within it, as
/// a browser lays them out, with nothing beside them up to a block or a
/// `<br>` ("E-mail this story | Print" after a story's last paragraph, in
/// the same cell; a 2000s page's bold headline above its byline). Beside
/// more than 64 empty elements (icons, anchors), it is read as not alone.
/// `text_len` is [`inner_text_len`], or a cache of it.
pub fn fills_its_line(
    doc: &Document,
    n: NodeId,
    root: NodeId,
    text_len: impl Fn(NodeId) -> usize,
) -> bool {
    let block = block_of(doc, n, root);
    if text_len(block) == text_len(n) {
        return true;
    }
    let ends_line = |s: NodeId| {
        doc.is_element(s) && (!is_inline_element(doc, s) || doc.is(s, &local_name!("br")))
    };
    let alone_toward = |from: NodeId, step: &dyn Fn(NodeId) -> Option<NodeId>| {
        let mut sibling = step(from);
        for _ in 0..LINE_SIBLINGS_READ {
            match sibling {
                None => return true,
                Some(s) if ends_line(s) => return true,
                Some(s) if text_len(s) > 0 => return false,
                Some(s) => sibling = step(s),
            }
        }
        false
    };
    let mut cur = n;
    while cur != block {
        if !alone_toward(cur, &|s| doc.prev_sibling(s))
            || !alone_toward(cur, &|s| doc.next_sibling(s))
        {
            return false;
        }
        match doc.parent(cur) {
            Some(parent) => cur = parent,
            None => return false,
        }
    }
    true
}

/// Whitespace-only text, or a `<br>`: nothing a reader would see as content.
pub fn is_whitespace(doc: &Document, id: NodeId) -> bool {
    match doc.text(id) {
        Some(t) => t.trim().is_empty(),
        None => doc.is(id, &local_name!("br")),
    }
}

/// Block-level elements that stop a `<div>` from being read as a paragraph.
pub fn is_div_to_p_block(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("blockquote")
            | local_name!("dl")
            | local_name!("div")
            | local_name!("img")
            | local_name!("ol")
            | local_name!("p")
            | local_name!("pre")
            | local_name!("table")
            | local_name!("ul")
    )
}

/// Does the subtree hold any block-level element?
pub fn has_block_descendant(doc: &Document, id: NodeId) -> bool {
    doc.descendants(id)
        .any(|n| doc.tag(n).is_some_and(is_div_to_p_block))
}

/// Is the element's only content one child element with this tag (and no
/// text beside it)?
pub fn has_single_child_tag(doc: &Document, id: NodeId, tag: &LocalName) -> bool {
    let mut elements = doc.element_children(id);
    let (Some(only), None) = (elements.next(), elements.next()) else {
        return false;
    };
    doc.is(only, tag)
        && !doc
            .children(id)
            .any(|c| doc.text(c).is_some_and(|t| !t.trim().is_empty()))
}

/// An element with no text, whose only children (if any) are `<br>`/`<hr>`.
pub fn is_element_without_content(doc: &Document, id: NodeId) -> bool {
    if !doc.is_element(id) || has_text(doc, id) {
        return false;
    }
    let children = doc.element_children(id).count();
    children == 0
        || children
            == count_tag(doc, id, &local_name!("br")) + count_tag(doc, id, &local_name!("hr"))
}

/// A table with a caption or header cells of its own holds data, whatever
/// its class says: Wikipedia's lists are `wikitable sortable
/// sticky-header`, which names it as a page's header would.
pub fn is_headed_table(doc: &Document, id: NodeId) -> bool {
    doc.is(id, &local_name!("table"))
        && (doc
            .element_children(id)
            .any(|c| doc.is(c, &local_name!("caption")))
            || doc.elements_by_tag(id, &local_name!("th")).any(|th| {
                doc.ancestors(th)
                    .find(|&a| doc.is(a, &local_name!("table")))
                    == Some(id)
            }))
}

/// Does an ancestor within `max_depth` levels (0: any) have this tag?
pub fn has_ancestor_tag(doc: &Document, id: NodeId, tag: &LocalName, max_depth: usize) -> bool {
    doc.ancestors(id)
        .take(if max_depth == 0 {
            usize::MAX
        } else {
            max_depth
        })
        .any(|a| doc.is(a, tag))
}

/// Can a reader see this element? Hidden parts of the page are not content.
pub fn is_probably_visible(doc: &Document, id: NodeId) -> bool {
    if is_hidden(doc, id) {
        return false;
    }
    // Lazy-loading scripts hide the fallback image from assistive tech only.
    if doc.attr(id, &local_name!("aria-hidden")) == Some("true")
        && !doc
            .attr(id, &local_name!("class"))
            .is_some_and(|c| c.contains("fallback-image"))
        && !is_redundant_link(doc, id)
    {
        return false;
    }
    true
}

/// Whether the element is hidden from every reader, as a browser hides it
/// without style sheets: by its `hidden` attribute or its own style
/// (`display: none`, `visibility: hidden`).
pub fn is_hidden(doc: &Document, id: NodeId) -> bool {
    if let Some(style) = doc.attr(id, &local_name!("style")) {
        let mut squeezed = String::with_capacity(style.len());
        squeezed.extend(
            style
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| c.to_ascii_lowercase()),
        );
        let style = squeezed;
        if style.contains("display:none") || style.contains("visibility:hidden") {
            return true;
        }
    }
    doc.has_attr(id, &local_name!("hidden"))
}

/// A card links to its story twice, from the headline and from the teaser
/// under it, and hides the second link from screen readers and the Tab key
/// (`<a aria-hidden="true" tabindex="-1">`) so that the story is announced
/// once. Sighted readers still see that link: its text is a sentence.
/// (`aria-hidden` alone hides carousels' clones and icons, which stay
/// hidden, as do such links around an image or a pilcrow.)
fn is_redundant_link(doc: &Document, id: NodeId) -> bool {
    doc.is(id, &local_name!("a"))
        && doc.attr(id, &local_name!("tabindex")) == Some("-1")
        && inner_text_longer_than(doc, id, REDUNDANT_LINK_MIN_CHARS - 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_document;

    fn body(html: &str) -> (Document, NodeId) {
        let doc = parse_document(html);
        let b = doc.body().unwrap();
        (doc, b)
    }

    #[test]
    fn a_dimension_declares_its_leading_digits() {
        for (value, px) in [
            ("600", Some(600)),
            (" 1px", Some(1)),
            ("0", Some(0)),
            ("1.5", Some(1)),
            ("100%", Some(100)),
        ] {
            assert_eq!(declared_pixels(value), px, "{value:?}");
        }
        for value in ["auto", "", "-1", "px"] {
            assert_eq!(declared_pixels(value), None, "{value:?}");
        }
    }

    #[test]
    fn a_link_into_the_page_goes_to_a_place_on_it() {
        let into = |a: &str| {
            let (doc, b) = body(a);
            let link = doc.elements_by_tag(b, &local_name!("a")).next().unwrap();
            links_into_the_page(&doc, link)
        };
        assert!(into("<a href='#comments'>12 comments</a>"));
        assert!(into("<a href=' #top'>Back to top</a>"));
        // A script's handle, another page's place, no address at all.
        assert!(!into("<a href='#'>Menu</a>"));
        assert!(!into("<a href='/news#top'>News</a>"));
        assert!(!into("<a name=top>Top</a>"));
    }

    #[test]
    fn fills_its_line_is_words_with_nothing_beside_them_up_to_a_block_or_a_break() {
        let fills = |html: &str| {
            let (doc, b) = body(html);
            let target = doc
                .descendants(b)
                .find(|&n| doc.attr(n, &local_name!("id")) == Some("t"))
                .expect("an element with id t");
            fills_its_line(&doc, target, b, |n| inner_text_len(&doc, n))
        };
        for html in [
            // Its block's whole text, or a line of its own within one.
            "<p><b id=t>City council approves budget</b></p>",
            "<td><b id=t>City council</b><br><i>By Ann Lee</i><br>March 3</td>",
            "<div>The last paragraph.<p>Text</p><span><a id=t>Email</a></span> <br>Copyright</div>",
            // Empty elements beside it (an icon) are not words.
            "<div><i class=icon></i><a id=t>Print</a><br>More text here</div>",
        ] {
            assert!(fills(html), "{html}");
        }
        for html in [
            // Words in a sentence, or beside other words on the line.
            "<p>Rain came early for <b id=t>spring planting</b> this year.</p>",
            "<div><a id=t>Email</a> | <a>Print</a><br>Text</div>",
            "<div><span>Posted</span><span><b id=t>Ann</b></span><br></div>",
        ] {
            assert!(!fills(html), "{html}");
        }
        // Past 64 empty elements it is read as not alone, to bound the walk.
        let beside = |empty: usize| {
            format!(
                "<div>Before<br>{}<b id=t>Alone</b></div>",
                "<i></i>".repeat(empty)
            )
        };
        assert!(fills(&beside(63)));
        assert!(!fills(&beside(65)));
    }

    #[test]
    fn inner_text_len_matches_normalized_text() {
        let (doc, b) = body("<p>  Hello \n\n <b>big</b>   world  </p>");
        assert_eq!(inner_text(&doc, b), "Hello big world");
        assert_eq!(inner_text_len(&doc, b), "Hello big world".len());
    }

    #[test]
    fn inner_text_len_counts_characters_across_blocks_and_nodes() {
        let mut pages = vec![
            "<p>  Hello \n\n <b>big</b>   world  </p>".to_string(),
            "<p>caf\u{e9} \u{a0} na\u{ef}ve \u{3000}\u{65e5}\u{672c}\u{8a9e}</p>".to_string(),
        ];
        for n in [62, 63, 64, 65, 127, 128, 129, 255, 256, 257] {
            for filler in ["x", " ", "\u{e9}", "ab \t", "\u{2003}"] {
                let run = filler.repeat(n);
                pages.push(format!(
                    "<p>{run}<b> {run}</b>{run} <i>\u{65e5} {run}</i> </p>"
                ));
                pages.push(format!("<p> {run}<b>y</b></p>"));
            }
        }
        for html in pages {
            let (doc, b) = body(&html);
            let expected = inner_text(&doc, b).chars().count();
            assert_eq!(inner_text_len(&doc, b), expected, "{html:?}");
        }
    }

    #[test]
    fn has_text_is_inner_text_len_above_zero() {
        for html in ["", " \n ", "<b> </b>", "x", "<i> <b>y</b></i>", "&nbsp;"] {
            let (doc, b) = body(html);
            assert_eq!(has_text(&doc, b), inner_text_len(&doc, b) > 0, "{html:?}");
        }
    }

    #[test]
    fn inner_text_longer_than_agrees_with_inner_text_len() {
        let (doc, b) = body("<p>  Hello \n\n <b>big</b>   world  </p><div> </div>");
        let len = inner_text_len(&doc, b);
        assert_eq!(len, "Hello big world".len());
        for max in 0..len + 3 {
            assert_eq!(inner_text_longer_than(&doc, b, max), len > max, "max {max}");
        }
    }

    #[test]
    fn text_lengths_are_inner_text_lengths() {
        let mut pages = vec![
            "<p>  Hello \n\n <b>big</b>   world  </p><div> </div>".to_string(),
            "<div><b></b> <i> a</i><i>b </i><!-- c --> c<span> </span><span>d</span></div>"
                .to_string(),
            "x<a href=#f> y </a>z<p></p><p> <b> </b> </p>w\u{3000}".to_string(),
            "<ul><li>one</li><li> two<a href=/x>three</a></li></ul> ".to_string(),
        ];
        for filler in ["x", " ", "\u{e9}", "ab \t"] {
            let run = filler.repeat(300);
            pages.push(format!(
                "<p>{run}<b> {run}</b>{run} <i>\u{65e5} {run}</i> </p>"
            ));
        }
        for html in pages {
            let doc = parse_document(&html);
            let lengths = TextLengths::of(&doc, Document::ROOT);
            for n in std::iter::once(Document::ROOT).chain(doc.descendants(Document::ROOT)) {
                assert_eq!(
                    lengths.text_len(&doc, n),
                    inner_text_len(&doc, n),
                    "{html:?}"
                );
                assert_eq!(
                    lengths.link_density(&doc, n).to_bits(),
                    link_density(&doc, n).to_bits()
                );
            }
        }
    }

    #[test]
    fn char_count_counts_in_the_inner_text() {
        let (doc, b) = body("<p>a, b,<b>c ,</b>\u{3001}\u{ff0c} ,</p>");
        let commas = inner_text(&doc, b).chars().filter(|&c| is_comma(c)).count();
        assert_eq!(commas, 5);
        assert_eq!(char_count(&doc, b, is_comma), commas);
    }

    #[test]
    fn text_density_counts_nested_matches_once() {
        // Summing every match would give (10 + 5) / 20.
        let (doc, b) = body("<div>abcde<div>fghij</div></div>klmnopqrst");
        let d = text_density(&doc, b, &[local_name!("div")]);
        assert!((d - 0.5).abs() < 1e-6, "{d}");
        assert_eq!(text_density(&doc, b, &[local_name!("ul")]), 0.0);
    }

    #[test]
    fn link_density_weighs_hash_links_less() {
        let (doc, b) = body("<div><a href=/x>abcde</a>fghij</div>");
        assert!((link_density(&doc, b) - 0.5).abs() < 1e-6);
        let (doc, b) = body("<div><a href=#fn>abcde</a>fghij</div>");
        assert!((link_density(&doc, b) - 0.15).abs() < 1e-6);
    }

    #[test]
    fn link_density_reads_a_dated_permalink_as_text() {
        let (doc, b) = body("<div><a href=/p/1><time>Apr 12, 2024</time></a> #1</div>");
        assert_eq!(link_density(&doc, b), 0.0);
        // A date beside other words is a link like any.
        let (doc, b) = body("<div><a href=/p/1><time>Apr 12</time> story</a> #1</div>");
        assert!(link_density(&doc, b) > 0.5);
        let (doc, b) = body("<div><a href=/p/1>Apr 12, 2024</a> #1</div>");
        assert!(link_density(&doc, b) > 0.5);
    }

    #[test]
    fn phrasing_content_looks_inside_links() {
        let (doc, b) = body("<a href=#><span>x</span></a><a href=#><div>y</div></a>");
        let links: Vec<_> = doc.elements_by_tag(b, &local_name!("a")).collect();
        assert!(is_phrasing_content(&doc, links[0]));
        assert!(!is_phrasing_content(&doc, links[1]));
    }

    #[test]
    fn single_child_tag_ignores_whitespace_but_not_text() {
        let (doc, b) = body("<div id=a> <p>x</p> </div><div id=b>t<p>x</p></div>");
        let divs: Vec<_> = doc.elements_by_tag(b, &local_name!("div")).collect();
        assert!(has_single_child_tag(&doc, divs[0], &local_name!("p")));
        assert!(!has_single_child_tag(&doc, divs[1], &local_name!("p")));
    }

    #[test]
    fn visibility_from_style_and_attributes() {
        let doc = crate::parse::parse_document(
            "<div style='display: none'>a</div><div hidden>b</div>\
             <div aria-hidden=true class=fallback-image>c</div><div>d</div>\
             <a aria-hidden=true tabindex=-1 href=/s>Sonos announced its first headphones today; we tried them.</a>\
             <a aria-hidden=true href=/s>Sonos announced its first headphones today; we tried them.</a>\
             <a aria-hidden=true tabindex=-1 href=#h>#</a>\
             <div aria-hidden=true tabindex=-1>Sonos announced its first headphones today; we tried them.</div>",
        );
        let body = doc.body().unwrap();
        let divs: Vec<_> = doc.element_children(body).collect();
        let visible: Vec<bool> = divs.iter().map(|&d| is_probably_visible(&doc, d)).collect();
        assert_eq!(
            visible,
            vec![false, false, true, true, true, false, false, false]
        );
    }
}
