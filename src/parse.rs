//! Parsing: html5ever, the WHATWG parser, hands nodes to a [`TreeSink`] that
//! builds our arena [`Document`]. This is the only module that knows
//! html5ever's tree-building interface.

use std::borrow::Cow;
use std::cell::{Ref, RefCell};

use html5ever::interface::{ElemName, ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{local_name, Attribute, LocalName, Namespace, ParseOpts, QualName};

use crate::dom::{Document, NodeData, NodeId};

/// Parses a whole HTML page. Never fails: the WHATWG algorithm gives every
/// byte sequence a tree, as browsers do.
pub fn parse_document(html: &str) -> Document {
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            // Parse `<noscript>` contents as elements: they hold the image
            // fallbacks of lazy-loading pages.
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    let sink = ArenaSink {
        doc: RefCell::new(Document::new()),
    };
    let mut doc = html5ever::parse_document(sink, opts).one(html);
    attach_declarative_shadow_roots(&mut doc);
    doc
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
