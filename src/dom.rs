//! The project's compact document tree: an arena of nodes addressed by
//! integer ids, with tag and attribute names interned by html5ever's atoms.
//!
//! Nodes are linked both ways (parent, first/last child, previous/next
//! sibling) so that detaching, inserting and walking are O(1) per step and no
//! walk needs recursion: a document nested 100,000 deep is walked with the
//! same constant stack as a flat one. Removed nodes stay in the arena,
//! unlinked; ids are never reused, so side tables indexed by id (scores,
//! flags) stay valid for the whole extraction.

use html5ever::tendril::StrTendril;
use html5ever::{local_name, ns, Attribute, LocalName, Namespace, QualName};

/// A node's index in the arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

impl NodeId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// What a node is.
#[derive(Debug, Clone)]
pub enum NodeData {
    Document,
    /// The contents of a `<template>`: kept apart from the tree, as in a browser.
    Fragment,
    Doctype,
    /// A tendril, as the parser hands text over: the parser's own buffers
    /// are shared, not copied, and each extraction attempt's copy of the
    /// tree (see score/mod.rs) shares them too.
    Text(StrTendril),
    Comment(String),
    Element(Element),
}

/// An element's name and attributes.
#[derive(Debug, Clone)]
pub struct Element {
    pub name: QualName,
    pub attrs: Vec<Attribute>,
    /// For `<template>`: the fragment holding its contents.
    pub template_contents: Option<NodeId>,
}

/// One node of the arena, with its links.
#[derive(Debug, Clone)]
pub struct Node {
    pub data: NodeData,
    pub parent: Option<NodeId>,
    pub first_child: Option<NodeId>,
    pub last_child: Option<NodeId>,
    pub prev_sibling: Option<NodeId>,
    pub next_sibling: Option<NodeId>,
}

/// A parsed page.
#[derive(Debug, Clone)]
pub struct Document {
    nodes: Vec<Node>,
}

impl Default for Document {
    fn default() -> Self {
        Self::new()
    }
}

impl Document {
    /// The id of the document node, the root of every tree.
    pub const ROOT: NodeId = NodeId(0);

    /// An empty document: just the document node.
    pub fn new() -> Self {
        let mut doc = Document { nodes: Vec::new() };
        doc.push(NodeData::Document);
        doc
    }

    /// How many nodes the arena holds (detached ones included): the size for
    /// side tables indexed by [`NodeId`].
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.index()]
    }

    pub fn node_mut(&mut self, id: NodeId) -> &mut Node {
        &mut self.nodes[id.index()]
    }

    fn push(&mut self, data: NodeData) -> NodeId {
        // A u32 arena holds four billion nodes: far more than any page that
        // fits in memory, so the cast cannot wrap in practice.
        let id = NodeId(self.nodes.len() as u32);
        self.nodes.push(Node {
            data,
            parent: None,
            first_child: None,
            last_child: None,
            prev_sibling: None,
            next_sibling: None,
        });
        id
    }

    // ----- creating nodes -------------------------------------------------

    pub fn create_fragment(&mut self) -> NodeId {
        self.push(NodeData::Fragment)
    }

    pub fn create_doctype(&mut self) -> NodeId {
        self.push(NodeData::Doctype)
    }

    pub fn create_text(&mut self, text: &str) -> NodeId {
        self.push(NodeData::Text(StrTendril::from_slice(text)))
    }

    /// A text node holding the parser's tendril as it is.
    pub fn create_text_tendril(&mut self, text: StrTendril) -> NodeId {
        self.push(NodeData::Text(text))
    }

    pub fn create_comment(&mut self, text: &str) -> NodeId {
        self.push(NodeData::Comment(text.to_string()))
    }

    pub fn create_element_qual(&mut self, name: QualName, attrs: Vec<Attribute>) -> NodeId {
        self.push(NodeData::Element(Element {
            name,
            attrs,
            template_contents: None,
        }))
    }

    /// A new, detached HTML element with no attributes.
    pub fn create_element(&mut self, local: LocalName) -> NodeId {
        self.create_element_qual(QualName::new(None, ns!(html), local), Vec::new())
    }

    // ----- reading nodes --------------------------------------------------

    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.node(id).data {
            NodeData::Element(e) => Some(e),
            _ => None,
        }
    }

    pub fn element_mut(&mut self, id: NodeId) -> Option<&mut Element> {
        match &mut self.node_mut(id).data {
            NodeData::Element(e) => Some(e),
            _ => None,
        }
    }

    pub fn is_element(&self, id: NodeId) -> bool {
        matches!(self.node(id).data, NodeData::Element(_))
    }

    pub fn is_text(&self, id: NodeId) -> bool {
        matches!(self.node(id).data, NodeData::Text(_))
    }

    pub fn is_comment(&self, id: NodeId) -> bool {
        matches!(self.node(id).data, NodeData::Comment(_))
    }

    /// The text of a text node; `None` for any other node.
    pub fn text(&self, id: NodeId) -> Option<&str> {
        match &self.node(id).data {
            NodeData::Text(t) => Some(t),
            _ => None,
        }
    }

    /// An element's local name (lowercase for HTML); `None` for non-elements.
    pub fn tag(&self, id: NodeId) -> Option<&LocalName> {
        self.element(id).map(|e| &e.name.local)
    }

    /// Is this an element with this local name, in any namespace?
    pub fn is(&self, id: NodeId, local: &LocalName) -> bool {
        self.tag(id) == Some(local)
    }

    /// Is this an element with one of these local names?
    pub fn is_any(&self, id: NodeId, locals: &[LocalName]) -> bool {
        self.tag(id).is_some_and(|t| locals.contains(t))
    }

    /// An element's attributes as owned name/value pairs (no namespaces), for
    /// going through them while changing the element.
    pub fn attributes(&self, id: NodeId) -> Vec<(String, String)> {
        self.element(id).map_or_else(Vec::new, |e| {
            e.attrs
                .iter()
                .map(|a| (a.name.local.to_string(), a.value.to_string()))
                .collect()
        })
    }

    /// Is this an HTML element (not SVG or MathML)?
    pub fn is_html(&self, id: NodeId) -> bool {
        self.element(id).is_some_and(|e| e.name.ns == ns!(html))
    }

    pub fn namespace(&self, id: NodeId) -> Option<&Namespace> {
        self.element(id).map(|e| &e.name.ns)
    }

    /// An attribute's value (no namespace), by its name as an atom:
    /// `&local_name!("class")`, compared as a number, not as a string.
    pub fn attr(&self, id: NodeId, name: &LocalName) -> Option<&str> {
        self.element(id)?
            .attrs
            .iter()
            .find(|a| a.name.local == *name && a.name.ns == ns!())
            .map(|a| &*a.value)
    }

    pub fn has_attr(&self, id: NodeId, name: &LocalName) -> bool {
        self.attr(id, name).is_some()
    }

    pub fn set_attr(&mut self, id: NodeId, name: &str, value: &str) {
        if let Some(e) = self.element_mut(id) {
            if let Some(a) = e
                .attrs
                .iter_mut()
                .find(|a| a.name.ns == ns!() && &*a.name.local == name)
            {
                a.value = value.into();
            } else {
                e.attrs.push(Attribute {
                    name: QualName::new(None, ns!(), LocalName::from(name)),
                    value: value.into(),
                });
            }
        }
    }

    pub fn remove_attr(&mut self, id: NodeId, name: &str) {
        if let Some(e) = self.element_mut(id) {
            e.attrs
                .retain(|a| !(a.name.ns == ns!() && &*a.name.local == name));
        }
    }

    /// Renames an element in place, keeping its attributes and children.
    pub fn rename(&mut self, id: NodeId, local: LocalName) {
        if let Some(e) = self.element_mut(id) {
            e.name = QualName::new(None, ns!(html), local);
        }
    }

    /// The `class` and `id` attributes joined: the string most hints match.
    pub fn class_and_id(&self, id: NodeId) -> String {
        let class = self.attr(id, &local_name!("class")).unwrap_or("");
        let ident = self.attr(id, &local_name!("id")).unwrap_or("");
        if ident.is_empty() {
            class.to_string()
        } else {
            format!("{class} {ident}")
        }
    }

    // ----- walking --------------------------------------------------------

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.node(id).parent
    }

    pub fn first_child(&self, id: NodeId) -> Option<NodeId> {
        self.node(id).first_child
    }

    pub fn last_child(&self, id: NodeId) -> Option<NodeId> {
        self.node(id).last_child
    }

    pub fn next_sibling(&self, id: NodeId) -> Option<NodeId> {
        self.node(id).next_sibling
    }

    pub fn prev_sibling(&self, id: NodeId) -> Option<NodeId> {
        self.node(id).prev_sibling
    }

    /// The children of a node, in order.
    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            doc: self,
            next: self.first_child(id),
        }
    }

    /// The element children of a node, in order.
    pub fn element_children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.children(id).filter(move |&c| self.is_element(c))
    }

    pub fn next_element_sibling(&self, id: NodeId) -> Option<NodeId> {
        let mut cur = self.next_sibling(id);
        while let Some(c) = cur {
            if self.is_element(c) {
                return Some(c);
            }
            cur = self.next_sibling(c);
        }
        None
    }

    pub fn prev_element_sibling(&self, id: NodeId) -> Option<NodeId> {
        let mut cur = self.prev_sibling(id);
        while let Some(c) = cur {
            if self.is_element(c) {
                return Some(c);
            }
            cur = self.prev_sibling(c);
        }
        None
    }

    /// The ancestors of a node, nearest first, not including the node.
    pub fn ancestors(&self, id: NodeId) -> Ancestors<'_> {
        Ancestors {
            doc: self,
            next: self.parent(id),
        }
    }

    /// The node, then its ancestors, nearest first.
    pub fn inclusive_ancestors(&self, id: NodeId) -> Ancestors<'_> {
        Ancestors {
            doc: self,
            next: Some(id),
        }
    }

    /// The node after `id` in document order within the subtree of `root`,
    /// skipping `id`'s own children when `skip_children` is set.
    pub fn next_in_order(&self, id: NodeId, root: NodeId, skip_children: bool) -> Option<NodeId> {
        if !skip_children {
            if let Some(c) = self.first_child(id) {
                return Some(c);
            }
        }
        let mut cur = id;
        loop {
            if cur == root {
                return None;
            }
            if let Some(s) = self.next_sibling(cur) {
                return Some(s);
            }
            cur = self.parent(cur)?;
        }
    }

    /// Every node below `root` (not `root` itself), in document order.
    pub fn descendants(&self, root: NodeId) -> Descendants<'_> {
        Descendants {
            doc: self,
            root,
            next: self.first_child(root),
        }
    }

    /// The nodes below `root` that `matches` picks, in document order,
    /// collected so that the tree can then be changed. (A `dyn` function:
    /// the wasm keeps one copy of the loop for all callers.)
    pub fn descendants_where(&self, root: NodeId, matches: &dyn Fn(NodeId) -> bool) -> Vec<NodeId> {
        self.descendants(root).filter(|&n| matches(n)).collect()
    }

    /// Every element below `root` with this local name, in document order.
    pub fn elements_by_tag<'a>(
        &'a self,
        root: NodeId,
        local: &'a LocalName,
    ) -> impl Iterator<Item = NodeId> + 'a {
        self.descendants(root).filter(move |&n| self.is(n, local))
    }

    /// Is `id` inside `ancestor` (or `ancestor` itself)?
    pub fn is_inclusive_descendant(&self, id: NodeId, ancestor: NodeId) -> bool {
        id == ancestor || self.ancestors(id).any(|a| a == ancestor)
    }

    /// Does `a` come before `b` in document order? An ancestor comes
    /// before its descendants; nodes of different trees are in no order.
    pub fn precedes(&self, a: NodeId, b: NodeId) -> bool {
        let root_first = |n: NodeId| {
            let mut path: Vec<NodeId> = self.inclusive_ancestors(n).collect();
            path.reverse();
            path
        };
        let (to_a, to_b) = (root_first(a), root_first(b));
        let shared = to_a.iter().zip(&to_b).take_while(|(x, y)| x == y).count();
        match (to_a.get(shared), to_b.get(shared)) {
            _ if shared == 0 => false,
            (None, Some(_)) => true,
            (Some(&from_a), Some(&from_b)) => {
                std::iter::successors(self.next_sibling(from_a), |&s| self.next_sibling(s))
                    .any(|s| s == from_b)
            }
            _ => false,
        }
    }

    /// Is this node still attached below the document node?
    pub fn is_connected(&self, id: NodeId) -> bool {
        self.is_inclusive_descendant(id, Self::ROOT)
    }

    // ----- well-known elements -------------------------------------------

    /// The first child element of `parent` with this local name.
    pub fn child_by_tag(&self, parent: NodeId, local: &LocalName) -> Option<NodeId> {
        self.children(parent).find(|&c| self.is(c, local))
    }

    pub fn html_element(&self) -> Option<NodeId> {
        self.child_by_tag(Self::ROOT, &local_name!("html"))
    }

    pub fn head(&self) -> Option<NodeId> {
        self.child_by_tag(self.html_element()?, &local_name!("head"))
    }

    pub fn body(&self) -> Option<NodeId> {
        let html = self.html_element()?;
        self.child_by_tag(html, &local_name!("body"))
            .or_else(|| self.child_by_tag(html, &local_name!("frameset")))
    }

    // ----- text -----------------------------------------------------------

    /// All text below a node, concatenated, as `textContent` gives it.
    pub fn text_content(&self, id: NodeId) -> String {
        if let Some(t) = self.text(id) {
            return t.to_string();
        }
        // Measured first: one allocation, not one per doubling.
        let len = self
            .descendants(id)
            .filter_map(|n| self.text(n))
            .map(str::len)
            .sum();
        let mut out = String::with_capacity(len);
        for n in self.descendants(id) {
            if let Some(t) = self.text(n) {
                out.push_str(t);
            }
        }
        out
    }

    // ----- changing the tree ----------------------------------------------

    /// Unlinks a node (with its subtree) from its parent. It stays in the
    /// arena and can be inserted elsewhere.
    pub fn detach(&mut self, id: NodeId) {
        let (parent, prev, next) = {
            let n = self.node(id);
            (n.parent, n.prev_sibling, n.next_sibling)
        };
        let Some(parent) = parent else { return };
        match prev {
            Some(p) => self.node_mut(p).next_sibling = next,
            None => self.node_mut(parent).first_child = next,
        }
        match next {
            Some(n) => self.node_mut(n).prev_sibling = prev,
            None => self.node_mut(parent).last_child = prev,
        }
        let n = self.node_mut(id);
        n.parent = None;
        n.prev_sibling = None;
        n.next_sibling = None;
    }

    /// Removes a node (with its subtree) from the page for good: what a
    /// step takes out, where [`Document::detach`] is for what moves. The
    /// line that calls it is told to a listener (see [`crate::trace`]).
    #[track_caller]
    pub fn remove(&mut self, id: NodeId) {
        crate::trace::removed(self, id, std::panic::Location::caller());
        self.detach(id);
    }

    /// Appends `child` as the last child of `parent`, detaching it first.
    pub fn append(&mut self, parent: NodeId, child: NodeId) {
        self.detach(child);
        let last = self.node(parent).last_child;
        {
            let c = self.node_mut(child);
            c.parent = Some(parent);
            c.prev_sibling = last;
        }
        match last {
            Some(l) => self.node_mut(l).next_sibling = Some(child),
            None => self.node_mut(parent).first_child = Some(child),
        }
        self.node_mut(parent).last_child = Some(child);
    }

    /// Inserts `new` just before `sibling`, detaching it first.
    pub fn insert_before(&mut self, sibling: NodeId, new: NodeId) {
        self.detach(new);
        let Some(parent) = self.parent(sibling) else {
            return;
        };
        let prev = self.node(sibling).prev_sibling;
        {
            let n = self.node_mut(new);
            n.parent = Some(parent);
            n.prev_sibling = prev;
            n.next_sibling = Some(sibling);
        }
        self.node_mut(sibling).prev_sibling = Some(new);
        match prev {
            Some(p) => self.node_mut(p).next_sibling = Some(new),
            None => self.node_mut(parent).first_child = Some(new),
        }
    }

    /// Moves every child of `from` to the end of `to`, in order.
    pub fn reparent_children(&mut self, from: NodeId, to: NodeId) {
        while let Some(c) = self.first_child(from) {
            self.append(to, c);
        }
    }

    /// Replaces `old` by `new` at its place in the tree.
    pub fn replace(&mut self, old: NodeId, new: NodeId) {
        if old == new {
            return;
        }
        self.insert_before(old, new);
        self.detach(old);
    }

    /// Replaces an element by its children (unwraps it).
    pub fn unwrap(&mut self, id: NodeId) {
        while let Some(c) = self.first_child(id) {
            self.insert_before(id, c);
        }
        self.detach(id);
    }

    /// Appends text to `parent`, merging with a trailing text node as the
    /// DOM does for parsed text.
    pub fn append_text(&mut self, parent: NodeId, text: &str) {
        self.append_text_tendril(parent, StrTendril::from_slice(text));
    }

    /// [`Document::append_text`] with the parser's tendril.
    pub fn append_text_tendril(&mut self, parent: NodeId, text: StrTendril) {
        if let Some(last) = self.last_child(parent) {
            if let NodeData::Text(t) = &mut self.node_mut(last).data {
                t.push_tendril(&text);
                return;
            }
        }
        let t = self.create_text_tendril(text);
        self.append(parent, t);
    }
}

/// Iterator over a node's children.
pub struct Children<'a> {
    doc: &'a Document,
    next: Option<NodeId>,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = self.next?;
        self.next = self.doc.next_sibling(cur);
        Some(cur)
    }
}

/// Iterator over a node's ancestors, nearest first.
pub struct Ancestors<'a> {
    doc: &'a Document,
    next: Option<NodeId>,
}

impl Iterator for Ancestors<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = self.next?;
        self.next = self.doc.parent(cur);
        Some(cur)
    }
}

/// Iterator over a subtree in document order, without recursion.
pub struct Descendants<'a> {
    doc: &'a Document,
    root: NodeId,
    next: Option<NodeId>,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = self.next?;
        self.next = self.doc.next_in_order(cur, self.root, false);
        Some(cur)
    }
}
