//! Parsing: html5ever, the WHATWG parser, hands nodes to a [`TreeSink`] that
//! builds our arena [`Document`]. This is the only module that knows
//! html5ever's tree-building interface.

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};
use std::collections::HashMap;

use html5ever::interface::{ElemName, ElementFlags, NodeOrText, QuirksMode, TreeSink};
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
/// costs time quadratic in its size. Real articles nest a few dozen deep.
pub const MAX_NESTING_DEPTH: usize = 512;

/// How far down the approximate stack an end tag looks for its start tag.
/// A bound keeps stray end tags from costing a scan of the whole stack.
const END_TAG_SEARCH_WINDOW: usize = 64;

/// Parses a whole HTML page. Never fails: the WHATWG algorithm gives every
/// byte sequence a tree, as browsers do.
pub fn parse_document(html: &str) -> Document {
    let opts = TreeBuilderOpts {
        // Parse `<noscript>` contents as elements: they hold the image
        // fallbacks of lazy-loading pages.
        scripting_enabled: false,
        ..Default::default()
    };
    let sink = ArenaSink {
        doc: RefCell::new(Document::new()),
    };
    let guard = DepthGuard::new(TreeBuilder::new(sink, opts));
    let tokenizer = Tokenizer::new(guard, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    // Scripts never run here, so a script result just means "go on".
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    let mut doc = tokenizer.sink.inner.sink.doc.into_inner();
    attach_declarative_shadow_roots(&mut doc);
    doc
}

/// Sits between html5ever's tokenizer and tree builder and drops start tags
/// (with their end tags) nested deeper than [`MAX_NESTING_DEPTH`], so their
/// content lands in the deepest kept element. It tracks an approximate stack
/// of open elements from the tokens alone: exact enough to notice runaway
/// nesting, and never consulted for pages of normal depth.
struct DepthGuard<S> {
    inner: S,
    open: RefCell<Vec<LocalName>>,
    /// End tags still to swallow, per name, for start tags that were dropped.
    dropped: RefCell<HashMap<LocalName, usize>>,
    any_dropped: Cell<bool>,
}

impl<S> DepthGuard<S> {
    fn new(inner: S) -> Self {
        DepthGuard {
            inner,
            open: RefCell::new(Vec::new()),
            dropped: RefCell::new(HashMap::new()),
            any_dropped: Cell::new(false),
        }
    }

    /// Returns whether the tag should reach the tree builder.
    fn admit(&self, tag: &Tag) -> bool {
        let mut open = self.open.borrow_mut();
        match tag.kind {
            TagKind::StartTag => {
                if tag.self_closing || is_void(&tag.name) {
                    return true;
                }
                if closes_itself(&tag.name) {
                    let window = open.len().saturating_sub(8);
                    if let Some(pos) = open[window..].iter().rposition(|n| *n == tag.name) {
                        open.truncate(window + pos);
                    }
                }
                if open.len() >= MAX_NESTING_DEPTH && !switches_tokenizer(&tag.name) {
                    *self
                        .dropped
                        .borrow_mut()
                        .entry(tag.name.clone())
                        .or_insert(0) += 1;
                    self.any_dropped.set(true);
                    return false;
                }
                open.push(tag.name.clone());
                true
            }
            TagKind::EndTag => {
                if self.any_dropped.get() {
                    let mut dropped = self.dropped.borrow_mut();
                    if let Some(n) = dropped.get_mut(&tag.name) {
                        if *n > 0 {
                            *n -= 1;
                            return false;
                        }
                    }
                }
                let window = open.len().saturating_sub(END_TAG_SEARCH_WINDOW);
                if let Some(pos) = open[window..].iter().rposition(|n| *n == tag.name) {
                    open.truncate(window + pos);
                }
                true
            }
        }
    }
}

impl<S: TokenSink> TokenSink for DepthGuard<S> {
    type Handle = S::Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<S::Handle> {
        if let Token::TagToken(tag) = &token {
            if !self.admit(tag) {
                return TokenSinkResult::Continue;
            }
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

/// Elements whose start tag implicitly closes an open one of the same name
/// (`<p>one<p>two`), common in hand-written pages.
fn closes_itself(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("p")
            | local_name!("li")
            | local_name!("dt")
            | local_name!("dd")
            | local_name!("option")
            | local_name!("tr")
            | local_name!("td")
            | local_name!("th")
    )
}

/// Elements whose start tag changes how the tokenizer reads what follows;
/// they must always reach the tree builder.
fn switches_tokenizer(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("script")
            | local_name!("style")
            | local_name!("textarea")
            | local_name!("title")
            | local_name!("xmp")
            | local_name!("iframe")
            | local_name!("noembed")
            | local_name!("noframes")
            | local_name!("noscript")
            | local_name!("plaintext")
            | local_name!("svg")
            | local_name!("math")
    )
}

/// `<template shadowrootmode>` is how server-rendered web components ship
/// their shadow DOM; a browser shows its contents in place, so we do too.
fn attach_declarative_shadow_roots(doc: &mut Document) {
    let templates: Vec<NodeId> = doc
        .elements_by_tag(Document::ROOT, &local_name!("template"))
        .filter(|&t| doc.has_attr(t, "shadowrootmode"))
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
            NodeOrText::AppendText(t) => doc.append_text(parent, &t),
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
                        existing.push_str(&t);
                        return;
                    }
                }
                let n = doc.create_text(&t);
                doc.insert_before(*sibling, n);
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        let mut doc = self.doc.borrow_mut();
        if let Some(e) = doc.element_mut(*target) {
            for a in attrs {
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
