//! Parsing: html5ever, the WHATWG parser, hands nodes to a [`TreeSink`] that
//! builds our arena [`Document`]. This is the only module that knows
//! html5ever's tree-building interface.

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};
use std::collections::HashMap;

use html5ever::interface::{ElemName, ElementFlags, NodeOrText, QuirksMode, Tracer, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use html5ever::{local_name, Attribute, LocalName, Namespace, QualName, TokenizerResult};

use crate::dom::{Document, NodeData, NodeId};

/// How deep elements may nest before further start tags are flattened into
/// the deepest open element. Browsers do the same (Blink caps the parser's
/// tree at 512): html5ever's tree builder scans the stack of open elements
/// for every start tag, so without a cap a page of 100,000 nested `<div>`s
/// costs time quadratic in its size, and the tree it builds costs the later
/// stages more. Real articles nest a few dozen deep.
pub const MAX_NESTING_DEPTH: usize = 512;

/// How many nodes a page may create per byte of its markup, beyond
/// [`NODE_BUDGET_FLOOR`]. Markup costs at least three bytes per element
/// (`<b>`), so a page's own tags stay far within it; only the nodes the
/// tree builder creates by itself can exceed it: the "reconstruction" of
/// formatting elements clones every open `<b>`, `<font>`... into each new
/// block, which a hostile page turns into millions of nodes from a few
/// kilobytes (every `<p>x</p>` cloning hundreds of `<font>`s).
const NODES_PER_INPUT_BYTE: f64 = 0.5;

/// Nodes any page may create, however small.
const NODE_BUDGET_FLOOR: usize = 100_000;

/// Whether `<noscript>` is parsed as markup (scripting disabled) or raw
/// text (enabled).
const SCRIPTING_ENABLED: bool = false;

/// How many attributes a tag keeps; the rest are dropped before parsing.
/// html5ever's tokenizer checks each new attribute against all the tag's
/// earlier ones, so one tag with a million attributes takes minutes. Real
/// tags have a handful, and none of the engine's decisions reads the
/// hundredth attribute of an element.
pub const MAX_ATTRIBUTES: usize = 256;

/// Parses a whole HTML page. Never fails: the WHATWG algorithm gives every
/// byte sequence a tree, as browsers do. A page that shows its text
/// encoded twice is repaired first (see `mojibake.rs`).
pub fn parse_document(html: &str) -> Document {
    let opts = TreeBuilderOpts {
        // Parse `<noscript>` contents as elements: they hold the image
        // fallbacks of lazy-loading pages.
        scripting_enabled: SCRIPTING_ENABLED,
        ..Default::default()
    };
    let sink = ArenaSink {
        doc: RefCell::new(Document::new()),
    };
    let node_budget = NODE_BUDGET_FLOOR + (html.len() as f64 * NODES_PER_INPUT_BYTE) as usize;
    let guard = DepthGuard::new(TreeBuilder::new(sink, opts), node_budget);
    let tokenizer = Tokenizer::new(guard, TokenizerOpts::default());
    let input = BufferQueue::default();
    // A site's text encoded twice reads as written (see mojibake.rs).
    let repaired = crate::mojibake::repaired(html);
    let html = repaired.as_deref().unwrap_or(html);
    let limited = limit_attributes(html);
    input.push_back(StrTendril::from_slice(limited.as_deref().unwrap_or(html)));
    // Scripts never run here, so a script result just means "go on".
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    let mut doc = tokenizer.sink.inner.sink.doc.into_inner();
    attach_declarative_shadow_roots(&mut doc);
    doc
}

/// Sits between html5ever's tokenizer and tree builder and keeps the tree
/// builder's work linear in the page's size:
///
/// - start tags (with their end tags) that would open an element deeper
///   than [`MAX_NESTING_DEPTH`] are dropped, so their content lands in the
///   deepest element. The depth is the tree builder's own (its stack of open
///   elements, read through `trace_handles`), not a guess from the tags: the
///   adoption agency algorithm (`<b><div>x</b>`) and the reconstruction of
///   formatting elements deepen the tree without any start tag.
/// - once the page has created more nodes than its budget (see
///   [`NODES_PER_INPUT_BYTE`]), only text reaches the tree builder.
///
/// Raw-text elements (`<script>`, `<textarea>`...) always pass, start and
/// end tag: they switch the tokenizer's state, and dropping one would turn
/// its content into markup. Except inside `<noscript>`, which we read as
/// markup and browsers as text (see [`SCRIPTING_ENABLED`]): there, a
/// browser never enters an `<iframe>`'s or a `<textarea>`'s raw text, and
/// one that is not closed (`<noscript><iframe src=... /></noscript>`, a
/// tracking pixel written as JSX writes it) would turn the rest of the
/// page into its text. Their start tags are dropped there; `<script>` and
/// `<style>` still pass, as their text is no content.
struct DepthGuard {
    inner: TreeBuilder<NodeId, ArenaSink>,
    node_budget: usize,
    /// `<noscript>` start tags seen less their end tags.
    open_noscripts: Cell<usize>,
    /// End tags still to swallow, per name, for start tags that were dropped.
    /// Keyed by `String`, the key other passes' counting maps have: each
    /// key type brings its own copy of the hash table's code to the wasm.
    dropped: RefCell<HashMap<String, usize>>,
    any_dropped: Cell<bool>,
}

/// Counts the handles the tree builder holds: the document, its stack of
/// open elements, its list of active formatting elements (which
/// reconstruction may re-open) and a few pointers. An upper bound of the
/// open elements' depth, and of what one reconstruction can create.
struct HandleCounter(Cell<usize>);

impl Tracer for HandleCounter {
    type Handle = NodeId;

    fn trace_handle(&self, _node: &NodeId) {
        self.0.set(self.0.get() + 1);
    }
}

impl DepthGuard {
    fn new(inner: TreeBuilder<NodeId, ArenaSink>, node_budget: usize) -> Self {
        DepthGuard {
            inner,
            node_budget,
            open_noscripts: Cell::new(0),
            dropped: RefCell::new(HashMap::new()),
            any_dropped: Cell::new(false),
        }
    }

    fn over_budget(&self) -> bool {
        self.inner.sink.doc.borrow().len() > self.node_budget
    }

    /// The tree builder's depth, see [`HandleCounter`].
    fn depth(&self) -> usize {
        let counter = HandleCounter(Cell::new(0));
        self.inner.trace_handles(&counter);
        counter.0.get()
    }

    /// Returns whether the tag should reach the tree builder.
    fn admit(&self, tag: &Tag) -> bool {
        if tag.name == local_name!("noscript") {
            let open = self.open_noscripts.get();
            self.open_noscripts.set(match tag.kind {
                TagKind::StartTag => open + 1,
                TagKind::EndTag => open.saturating_sub(1),
            });
        }
        if is_raw_text(&tag.name) {
            let in_noscript = self.open_noscripts.get() > 0;
            let is_code = matches!(tag.name, local_name!("script") | local_name!("style"));
            return tag.kind == TagKind::EndTag || !in_noscript || is_code;
        }
        match tag.kind {
            TagKind::StartTag => {
                let over_budget = self.over_budget();
                let leaf = tag.self_closing || is_void(&tag.name);
                if !over_budget && (leaf || self.depth() < MAX_NESTING_DEPTH) {
                    return true;
                }
                if !leaf {
                    *self
                        .dropped
                        .borrow_mut()
                        .entry(tag.name.to_string())
                        .or_insert(0) += 1;
                    self.any_dropped.set(true);
                }
                false
            }
            TagKind::EndTag => {
                if self.over_budget() {
                    return false;
                }
                if self.any_dropped.get() {
                    let mut dropped = self.dropped.borrow_mut();
                    if let Some(n) = dropped.get_mut(&*tag.name) {
                        if *n > 0 {
                            *n -= 1;
                            return false;
                        }
                    }
                }
                true
            }
        }
    }
}

impl TokenSink for DepthGuard {
    type Handle = NodeId;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<NodeId> {
        let admitted = match &token {
            Token::TagToken(tag) => self.admit(tag),
            Token::CommentToken(_) | Token::DoctypeToken(_) => !self.over_budget(),
            _ => true,
        };
        if !admitted {
            return TokenSinkResult::Continue;
        }
        self.inner.process_token(token, line_number)
    }

    fn end(&self) {
        self.inner.end()
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// Elements that never have content or an end tag.
fn is_void(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("area")
            | local_name!("base")
            | local_name!("br")
            | local_name!("col")
            | local_name!("embed")
            | local_name!("hr")
            | local_name!("img")
            | local_name!("input")
            | local_name!("link")
            | local_name!("meta")
            | local_name!("source")
            | local_name!("track")
            | local_name!("wbr")
    )
}

/// Elements whose content is text, not markup: their start tag switches the
/// tokenizer's state and their end tag switches it back, so both must always
/// reach the tree builder. They cannot nest. (`<noscript>` is one only when
/// scripting is enabled, see [`SCRIPTING_ENABLED`].)
const RAW_TEXT_ELEMENTS: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

fn is_raw_text(name: &LocalName) -> bool {
    RAW_TEXT_ELEMENTS.contains(&&**name) || (SCRIPTING_ENABLED && *name == local_name!("noscript"))
}

/// The page with every tag's attributes past [`MAX_ATTRIBUTES`] removed, or
/// `None` (no copy) when no tag has that many, which is every real page.
///
/// Tags are found the way the tokenizer finds them, closely enough: comments,
/// `<!...>`/`<?...>` declarations and the content of raw-text elements are
/// skipped, and inside a tag the attribute syntax is followed exactly
/// (quoted and unquoted values), so what counts as an attribute is what the
/// tokenizer will count. Where the scan could mistake text for a tag (inside
/// a script with `<!--` escapes, or a CDATA section), the text is dropped
/// content anyway, and only a "tag" of more than [`MAX_ATTRIBUTES`]
/// attributes is ever changed.
fn limit_attributes(html: &str) -> Option<String> {
    let b = html.as_bytes();
    let mut out: Option<String> = None;
    // Up to where `html` has been copied into `out`.
    let mut copied = 0;
    let mut i = 0;
    while let Some(lt) = find_byte(b, b'<', i) {
        let rest = &b[lt + 1..];
        if rest.starts_with(b"!--") {
            // "<!-->" and "<!--->" are whole comments: search from the dashes.
            match comment_end(b, lt + 2) {
                Some(end) => i = end,
                None => return finish(out, html, copied),
            }
            continue;
        }
        if matches!(rest.first(), Some(b'!' | b'?')) {
            match find_byte(b, b'>', lt) {
                Some(gt) => i = gt + 1,
                None => return finish(out, html, copied),
            }
            continue;
        }
        let name_start = if rest.first() == Some(&b'/') {
            lt + 2
        } else {
            lt + 1
        };
        if !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            i = lt + 1;
            continue;
        }
        let is_end_tag = name_start == lt + 2;
        let tag = scan_tag(b, name_start);
        if let Some(cut) = tag.cut {
            let kept = out.get_or_insert_with(|| String::with_capacity(html.len()));
            kept.push_str(html.get(copied..cut.0).unwrap_or_default());
            copied = cut.1;
        }
        let Some(end) = tag.end else {
            return finish(out, html, copied);
        };
        i = end + 1;
        if is_end_tag {
            continue;
        }
        let name = b.get(name_start..tag.name_end).unwrap_or_default();
        if name.eq_ignore_ascii_case(b"plaintext") {
            // Everything after it is text.
            return finish(out, html, copied);
        }
        if RAW_TEXT_ELEMENTS
            .iter()
            .any(|r| name.eq_ignore_ascii_case(r.as_bytes()))
        {
            i = raw_text_end(b, i, name);
        }
    }
    finish(out, html, copied)
}

/// `out` with the rest of `html` from `copied`, if anything was cut.
fn finish(out: Option<String>, html: &str, copied: usize) -> Option<String> {
    let mut out = out?;
    out.push_str(html.get(copied..).unwrap_or_default());
    Some(out)
}

/// One tag as [`scan_tag`] reads it.
struct ScannedTag {
    /// Where the tag name ends.
    name_end: usize,
    /// The position of the closing `>`; `None` when the page ends first.
    end: Option<usize>,
    /// The byte range to remove: from the first attribute past
    /// [`MAX_ATTRIBUTES`] to the end of the tag (its `/>` or `>` kept).
    cut: Option<(usize, usize)>,
}

/// Reads a tag from its name at `start`, following the tokenizer's states
/// from "tag name" to the end of the tag.
fn scan_tag(b: &[u8], start: usize) -> ScannedTag {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Name,
        BeforeAttrName,
        AttrName,
        AfterAttrName,
        BeforeValue,
        Quoted(u8),
        Unquoted,
        AfterQuoted,
        SelfClosing,
    }
    let is_space = |c: u8| matches!(c, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ');
    let mut state = State::Name;
    let mut name_end = b.len();
    let mut attributes = 0usize;
    let mut cut_from = None;
    let mut i = start;
    while let Some(&c) = b.get(i) {
        let mut reconsume = false;
        match state {
            State::Name => match c {
                b'>' => name_end = i,
                b'/' => {
                    name_end = i;
                    state = State::SelfClosing;
                }
                c if is_space(c) => {
                    name_end = i;
                    state = State::BeforeAttrName;
                }
                _ => {}
            },
            State::BeforeAttrName => match c {
                c if is_space(c) => {}
                b'/' => state = State::SelfClosing,
                b'>' => {}
                _ => {
                    attributes += 1;
                    if attributes == MAX_ATTRIBUTES + 1 {
                        cut_from = Some(i);
                    }
                    state = State::AttrName;
                }
            },
            State::AttrName => match c {
                b'=' => state = State::BeforeValue,
                b'/' | b'>' => reconsume = true,
                c if is_space(c) => state = State::AfterAttrName,
                _ => {}
            },
            State::AfterAttrName => match c {
                c if is_space(c) => {}
                b'=' => state = State::BeforeValue,
                _ => {
                    state = State::BeforeAttrName;
                    reconsume = true;
                }
            },
            State::BeforeValue => match c {
                c if is_space(c) => {}
                b'"' | b'\'' => state = State::Quoted(c),
                b'>' => {}
                _ => state = State::Unquoted,
            },
            State::Quoted(q) => {
                if c == q {
                    state = State::AfterQuoted;
                } else {
                    // A value is text to its closing quote: skip to it.
                    i = find_byte(b, q, i).unwrap_or(b.len());
                    continue;
                }
            }
            State::Unquoted => match c {
                c if is_space(c) => state = State::BeforeAttrName,
                b'>' => {}
                _ => {}
            },
            State::AfterQuoted => {
                state = State::BeforeAttrName;
                reconsume = true;
            }
            State::SelfClosing => {
                if c != b'>' {
                    state = State::BeforeAttrName;
                    reconsume = true;
                }
            }
        }
        if reconsume {
            // Reprocess this byte in the new state.
            if state == State::AttrName {
                state = State::AfterAttrName;
            }
            continue;
        }
        if c == b'>' && !matches!(state, State::Quoted(_)) {
            // The `/` of a self-closing `/>` stays with the `>`.
            let keep_from = if state == State::SelfClosing {
                i - 1
            } else {
                i
            };
            return ScannedTag {
                name_end: name_end.min(i),
                end: Some(i),
                cut: cut_from.map(|from| (from, keep_from.max(from))),
            };
        }
        i += 1;
    }
    ScannedTag {
        name_end,
        end: None,
        cut: cut_from.map(|from| (from, b.len())),
    }
}

/// Where a raw-text element's content ends: at its end tag (`</name`
/// followed by a space, `/` or `>`), found case-insensitively from `from`;
/// the page's end if there is none.
fn raw_text_end(b: &[u8], from: usize, name: &[u8]) -> usize {
    let mut i = from;
    while let Some(lt) = find(b, b"</", i) {
        let after = lt + 2 + name.len();
        let matches_name = b
            .get(lt + 2..after)
            .is_some_and(|n| n.eq_ignore_ascii_case(name));
        if matches_name
            && b.get(after)
                .is_none_or(|&c| matches!(c, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ' | b'/' | b'>'))
        {
            return lt;
        }
        i = lt + 2;
    }
    b.len()
}

/// Where a comment whose dashes start at `from` ends (just after its `-->`
/// or `--!>`), reading no further than that.
fn comment_end(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(dashes) = find(b, b"--", i) {
        match b.get(dashes + 2..) {
            Some([b'>', ..]) => return Some(dashes + 3),
            Some([b'!', b'>', ..]) => return Some(dashes + 4),
            _ => i = dashes + 1,
        }
    }
    None
}

fn find_byte(b: &[u8], byte: u8, from: usize) -> Option<usize> {
    memchr::memchr(byte, b.get(from..)?).map(|p| p + from)
}

fn find(b: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    // memchr to each candidate first byte: `memmem` would cost the wasm
    // about 6 KB, for needles of two bytes.
    let (&first, rest) = needle.split_first()?;
    let mut i = from;
    while let Some(at) = find_byte(b, first, i) {
        if b.get(at + 1..).is_some_and(|after| after.starts_with(rest)) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// `<template shadowrootmode>` is how server-rendered web components ship
/// their shadow DOM; a browser shows its contents in place, so we do too.
fn attach_declarative_shadow_roots(doc: &mut Document) {
    let templates: Vec<NodeId> = doc
        .elements_by_tag(Document::ROOT, &local_name!("template"))
        .filter(|&t| doc.has_attr(t, &local_name!("shadowrootmode")))
        .collect();
    for t in templates {
        if let Some(contents) = doc.element(t).and_then(|e| e.template_contents) {
            while let Some(c) = doc.first_child(contents) {
                doc.insert_before(t, c);
            }
        }
        doc.detach(t);
    }
}

struct ArenaSink {
    doc: RefCell<Document>,
}

/// An element's name borrowed out of the arena, as html5ever asks for it.
#[derive(Debug)]
struct BorrowedName<'a>(Ref<'a, QualName>);

impl ElemName for BorrowedName<'_> {
    fn ns(&self) -> &Namespace {
        &self.0.ns
    }
    fn local_name(&self) -> &LocalName {
        &self.0.local
    }
}

impl ArenaSink {
    fn insert(&self, parent: NodeId, child: NodeOrText<NodeId>) {
        let mut doc = self.doc.borrow_mut();
        match child {
            NodeOrText::AppendNode(n) => doc.append(parent, n),
            NodeOrText::AppendText(t) => doc.append_text_tendril(parent, t),
        }
    }
}

impl TreeSink for ArenaSink {
    type Handle = NodeId;
    type Output = Document;
    type ElemName<'a> = BorrowedName<'a>;

    fn finish(self) -> Document {
        self.doc.into_inner()
    }

    // Parse errors are normal on the web; the tree is still well defined.
    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        Document::ROOT
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> BorrowedName<'a> {
        BorrowedName(Ref::map(self.doc.borrow(), |d| {
            match &d.node(*target).data {
                NodeData::Element(e) => &e.name,
                // html5ever only asks for the names of elements it created.
                _ => unreachable_name(),
            }
        }))
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        let mut doc = self.doc.borrow_mut();
        let id = doc.create_element_qual(name, attrs);
        if flags.template {
            let contents = doc.create_fragment();
            if let Some(e) = doc.element_mut(id) {
                e.template_contents = Some(contents);
            }
        }
        id
    }

    fn create_comment(&self, text: StrTendril) -> NodeId {
        self.doc.borrow_mut().create_comment(&text)
    }

    fn create_pi(&self, _target: StrTendril, data: StrTendril) -> NodeId {
        // Processing instructions only occur in XML; keep them inert.
        self.doc.borrow_mut().create_comment(&data)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        self.insert(*parent, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        let has_parent = self.doc.borrow().parent(*element).is_some();
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.insert(*prev_element, child);
        }
    }

    fn append_doctype_to_document(
        &self,
        _name: StrTendril,
        _public: StrTendril,
        _system: StrTendril,
    ) {
        let mut doc = self.doc.borrow_mut();
        let d = doc.create_doctype();
        doc.append(Document::ROOT, d);
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        let mut doc = self.doc.borrow_mut();
        if let Some(c) = doc.element(*target).and_then(|e| e.template_contents) {
            return c;
        }
        // html5ever promises a template here; if it ever is not, give it an
        // empty fragment of its own rather than fail.
        let c = doc.create_fragment();
        if let Some(e) = doc.element_mut(*target) {
            e.template_contents = Some(c);
        }
        c
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        let mut doc = self.doc.borrow_mut();
        match new_node {
            NodeOrText::AppendNode(n) => doc.insert_before(*sibling, n),
            NodeOrText::AppendText(t) => {
                if let Some(prev) = doc.prev_sibling(*sibling) {
                    if let NodeData::Text(existing) = &mut doc.node_mut(prev).data {
                        existing.push_tendril(&t);
                        return;
                    }
                }
                let n = doc.create_text_tendril(t);
                doc.insert_before(*sibling, n);
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        let mut doc = self.doc.borrow_mut();
        if let Some(e) = doc.element_mut(*target) {
            for a in attrs {
                // Repeated `<body a1 a2...>` tags would otherwise grow one
                // element's attributes, and this search, without bound.
                if e.attrs.len() >= MAX_ATTRIBUTES {
                    break;
                }
                if !e.attrs.iter().any(|x| x.name == a.name) {
                    e.attrs.push(a);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.doc.borrow_mut().detach(*target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        self.doc.borrow_mut().reparent_children(*node, *new_parent);
    }
}

/// html5ever never asks for the name of a non-element; if it did, an empty
/// name is a harmless answer (it matches no tag) and avoids a panic.
fn unreachable_name() -> &'static QualName {
    use std::sync::OnceLock;
    static EMPTY: OnceLock<QualName> = OnceLock::new();
    EMPTY.get_or_init(|| QualName::new(None, html5ever::ns!(), LocalName::from("")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_html_head_body() {
        let doc = parse_document("<title>T</title><p>Hello <b>world</b>");
        let body = doc.body().expect("body");
        assert_eq!(doc.text_content(body), "Hello world");
        let head = doc.head().expect("head");
        assert_eq!(doc.text_content(head), "T");
    }

    #[test]
    fn an_unclosed_iframe_in_noscript_does_not_swallow_the_page() {
        let doc = parse_document(
            "<body><noscript><iframe src=/pixel height=0 /></noscript>\
             <p>First paragraph.</p><noscript><style>.lazy{display:none}</style></noscript>\
             <p>Second <b>paragraph</b>.</p><textarea><b>typed</b></textarea>",
        );
        let body = doc.body().unwrap();
        let paragraphs: Vec<String> = doc
            .elements_by_tag(body, &local_name!("p"))
            .map(|p| doc.text_content(p))
            .collect();
        assert_eq!(paragraphs, ["First paragraph.", "Second paragraph."]);
        // Style inside `<noscript>` is still text of its element, not
        // content; a textarea outside it still holds raw text.
        let style = doc.elements_by_tag(body, &local_name!("style")).next();
        assert_eq!(doc.text_content(style.unwrap()), ".lazy{display:none}");
        let textarea = doc.elements_by_tag(body, &local_name!("textarea")).next();
        assert_eq!(doc.text_content(textarea.unwrap()), "<b>typed</b>");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let depth = 100_000;
        let html = "<div>".repeat(depth) + "deep" + &"</div>".repeat(depth);
        let doc = parse_document(&html);
        let body = doc.body().unwrap();
        assert_eq!(doc.text_content(body), "deep");
    }

    #[test]
    fn nesting_beyond_the_cap_is_flattened_keeping_all_text() {
        let depth = MAX_NESTING_DEPTH * 3;
        let html = "<div>x".repeat(depth) + &"</div>".repeat(depth) + "<p>after";
        let doc = parse_document(&html);
        let body = doc.body().unwrap();
        let deepest = doc
            .descendants(body)
            .map(|n| doc.ancestors(n).count())
            .max()
            .unwrap_or(0);
        assert!(deepest <= MAX_NESTING_DEPTH + 4, "depth {deepest}");
        assert_eq!(doc.text_content(body), "x".repeat(depth) + "after");
        // The paragraph after the runaway nesting is still a sibling at the top.
        let p = doc.elements_by_tag(body, &local_name!("p")).next().unwrap();
        assert_eq!(doc.parent(p), Some(body));
    }

    #[test]
    fn unclosed_paragraphs_do_not_count_as_nesting() {
        let n = MAX_NESTING_DEPTH * 2;
        let html = "<div>".to_string() + &"<p>para".repeat(n) + "</div>";
        let doc = parse_document(&html);
        let body = doc.body().unwrap();
        assert_eq!(doc.elements_by_tag(body, &local_name!("p")).count(), n);
    }

    /// The deepest element below the document node.
    fn max_depth(doc: &Document) -> usize {
        let mut depth = vec![0usize; doc.len()];
        let mut deepest = 0;
        for n in doc.descendants(Document::ROOT) {
            let d = doc.parent(n).map_or(0, |p| depth[p.index()] + 1);
            depth[n.index()] = d;
            deepest = deepest.max(d);
        }
        deepest
    }

    #[test]
    fn nested_tables_are_capped_too() {
        let html = "<table><tr><td>".repeat(5_000) + "deep";
        let doc = parse_document(&html);
        assert!(
            max_depth(&doc) <= MAX_NESTING_DEPTH + 4,
            "{}",
            max_depth(&doc)
        );
        assert_eq!(doc.text_content(doc.body().unwrap()), "deep");
    }

    #[test]
    fn misnested_formatting_cannot_deepen_the_tree_without_bound() {
        // Each `</b>` runs the adoption agency algorithm, which moves the
        // `<div>` one level deeper: no start tag is nested, yet the tree
        // grows one level per repetition.
        let n = 5_000;
        let doc = parse_document(&"<b><div>x</b>".repeat(n));
        assert!(
            max_depth(&doc) <= MAX_NESTING_DEPTH + 4,
            "{}",
            max_depth(&doc)
        );
        assert_eq!(doc.text_content(doc.body().unwrap()), "x".repeat(n));
    }

    #[test]
    fn reconstructed_formatting_cannot_multiply_nodes_without_bound() {
        // 200 distinct open <font>s, closed by </div>, are reconstructed
        // (cloned) into every following paragraph.
        let fonts: String = (0..200).map(|i| format!("<font face=f{i}>")).collect();
        let html = format!("<div>{fonts}</div>") + &"<p>x</p>".repeat(20_000);
        let doc = parse_document(&html);
        let budget = NODE_BUDGET_FLOOR + (html.len() as f64 * NODES_PER_INPUT_BYTE) as usize;
        assert!(
            doc.len() <= budget + MAX_NESTING_DEPTH * 2,
            "{} nodes",
            doc.len()
        );
        // All the text is still there.
        assert_eq!(doc.text_content(doc.body().unwrap()), "x".repeat(20_000));
    }

    #[test]
    fn attributes_past_the_limit_are_dropped_before_parsing() {
        let attrs: String = (0..MAX_ATTRIBUTES + 50)
            .map(|i| format!(" a{i}=\"v>{i}\""))
            .collect();
        let html = format!("<p id=x{attrs}>text</p><img{attrs}/><p>after</p>");
        let doc = parse_document(&html);
        let body = doc.body().unwrap();
        let p = doc.first_child(body).unwrap();
        let e = doc.element(p).unwrap();
        assert_eq!(e.attrs.len(), MAX_ATTRIBUTES);
        assert_eq!(doc.attr(p, &local_name!("id")), Some("x"));
        assert_eq!(doc.attr(p, &LocalName::from("a254")), Some("v>254"));
        assert_eq!(doc.text_content(body), "textafter");
        let img = doc
            .elements_by_tag(body, &local_name!("img"))
            .next()
            .unwrap();
        assert_eq!(doc.element(img).unwrap().attrs.len(), MAX_ATTRIBUTES);
    }

    #[test]
    fn the_attribute_limit_follows_the_tag_syntax() {
        let many: String = (0..MAX_ATTRIBUTES * 2).map(|i| format!(" a{i}")).collect();
        // Not tags: in a comment, a script, a quoted value; nothing changes.
        for page in [
            format!("<!-- <p{many}> -->"),
            format!("<!-- a --!><!--><!---><!-- <p{many}> --->"),
            format!("<script>if (a <b{many}>) {{}}</script>"),
            format!("<p title='<b{many}>'>t</p>"),
            format!("<p title=\"{many}\">"),
        ] {
            assert!(limit_attributes(&page).is_none(), "{page:.80}");
        }
        // Comments end where the tokenizer ends them.
        for page in ["<!-- a --!>", "<!-->", "<!--->", "<!-- a -- b -->"] {
            let cut = limit_attributes(&format!("{page}<p{many}>")).unwrap();
            assert!(cut.starts_with(&format!("{page}<p a0 ")), "{cut:.40}");
        }
        // A tag: cut after the limit, the `/>` kept.
        let cut = limit_attributes(&format!("<br{many}/><p>after")).unwrap();
        assert!(cut.ends_with(&format!(" a{} /><p>after", MAX_ATTRIBUTES - 1)));
        // Unterminated at the end of the page.
        let cut = limit_attributes(&format!("<p>x<p{many}")).unwrap();
        assert!(cut.ends_with(&format!(" a{} ", MAX_ATTRIBUTES - 1)));
        // And in a quoted value that never closes.
        let cut = limit_attributes(&format!("<p{many} title='open > <b>")).unwrap();
        assert!(
            cut.ends_with(&format!(" a{} ", MAX_ATTRIBUTES - 1)),
            "{cut:.40}"
        );
        // Valueless, quoted, unquoted and `=`-led names all count.
        let mixed: String = (0..MAX_ATTRIBUTES + 1)
            .map(|i| match i % 4 {
                0 => format!(" b{i}"),
                1 => format!(" b{i}=\"1 2\""),
                2 => format!(" b{i}=x"),
                _ => format!(" =b{i}"),
            })
            .collect();
        let cut = limit_attributes(&format!("<i{mixed}>")).unwrap();
        assert!(
            cut.ends_with(&format!(" =b{} >", MAX_ATTRIBUTES - 1)),
            "{cut}"
        );
    }

    #[test]
    fn repeated_body_tags_cannot_grow_its_attributes_without_bound() {
        let bodies: String = (0..100)
            .map(|k| {
                let attrs: String = (0..100).map(|i| format!(" b{k}x{i}")).collect();
                format!("<body{attrs}>")
            })
            .collect();
        let doc = parse_document(&format!("<p>x{bodies}"));
        let body = doc.body().unwrap();
        assert_eq!(doc.element(body).unwrap().attrs.len(), MAX_ATTRIBUTES);
    }

    #[test]
    fn declarative_shadow_root_contents_are_shown_in_place() {
        let doc = parse_document(
            "<div id=host><template shadowrootmode=open><p>Shadow text</p></template></div>",
        );
        let body = doc.body().unwrap();
        assert_eq!(doc.text_content(body), "Shadow text");
        assert_eq!(
            doc.elements_by_tag(body, &local_name!("template")).count(),
            0
        );
    }

    #[test]
    fn noscript_contents_are_elements() {
        let doc = parse_document("<noscript><img src=a.jpg></noscript>");
        let body = doc.body().unwrap();
        assert_eq!(doc.elements_by_tag(body, &local_name!("img")).count(), 1);
    }
}
