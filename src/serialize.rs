//! Serialization: the article subtree as safe HTML and as plain text.
//!
//! The HTML is safe by construction, not by filtering: only elements and
//! attributes on an allowlist are ever written, under names taken from this
//! module's own constants; every URL is resolved and its scheme checked;
//! all text and attribute values are escaped. Whatever the input tree holds,
//! the output can only contain what this module chose to write.
//!
//! Decisions, in one place:
//!
//! - The output is one `<div>` container holding the article root itself,
//!   sanitized like any other node, so a root that is a `<pre>`, `<table>` or
//!   list keeps its meaning (an `<article>`/`<body>` root becomes a `<div>` or
//!   is unwrapped inside the container).
//! - Every element is either kept (possibly renamed: `article`, `header`,
//!   `form`... become `div`; `menu` becomes `ul`; `xmp`/`listing` become
//!   `pre`), unwrapped (its allowed content kept: `font`, `label`, custom
//!   elements...), or dropped with all its content. Dropped: scripts, styles,
//!   templates, leftover `noscript`, frames and plugins, form controls,
//!   document metadata, `canvas`, image maps, `dialog`, and all of SVG
//!   (scriptable, and not cheap to make safe). See [`DROPPED_ELEMENTS`].
//!   (A video's, a recording's or a chart's frame reaches this module as
//!   a link: the cleaning made it one, in `clean/embeds.rs`.)
//! - MathML presentation markup is kept with its rendering attributes; `href`
//!   on MathML elements (a historical link vector) is not among them;
//!   `annotation` keeps its text only; `annotation-xml` is dropped.
//! - `video` and `audio` are kept inert: http(s) sources only, always
//!   `controls`, `preload="none"`, never `autoplay`/`loop`.
//! - No `rel`/`target` is added to links: the reader view opens them like any
//!   link, and the host UI may add a `target` when it renders the content.
//! - `id`s are written only on elements that an in-article `#fragment` link
//!   points to, prefixed with [`ID_PREFIX`] (and the links rewritten to
//!   match), so footnotes work without the page's ids clashing with the
//!   reader view's own or clobbering its globals. A fragment link whose
//!   target is not in the article loses its `href` (its text stays).
//! - `img` without any usable `src`/`srcset` is dropped (nothing to show),
//!   unless a `<source>` of its `<picture>` was written: that gives it one.
//! - A box the view would draw with nothing in it (see `Opened`: a list
//!   item whose buttons were cleaned away, a spacer paragraph) is not
//!   written; after a line of text it leaves a `<br>`, so the line still
//!   breaks there. A link that shows nothing loses its tags (not a Tab
//!   stop to nowhere).
//! - A link nested in a link is unwrapped (parsers would split the outer
//!   one), and a `<p>` holding a block is written as a `<div>` (parsers
//!   would end the paragraph at the block), so the output parses back into
//!   the same tree; comments are dropped; a `&#13;` carriage return is
//!   written back as a reference.
//!
//! [`text_content`] runs the very same walk without writing tags, so the
//! text always matches what the HTML shows. No walk recurses: a tree nested
//! 100,000 deep is handled with an explicit stack.

use std::collections::HashSet;

use html5ever::{local_name, ns};

use crate::dom::{Document, Element, NodeData, NodeId};
use crate::text;
use crate::urls::{srcset_candidates, Url};

/// The element the output is wrapped in: the reader view gets one container.
const CONTAINER: &str = "div";

/// Prefix of every `id` written, and of every `#fragment` link rewritten to
/// point at one.
pub const ID_PREFIX: &str = "lucid-";

/// Media types allowed in `data:` URLs, for `img src` only. Raster formats
/// only: an SVG image could carry script when opened on its own.
const DATA_IMAGE_TYPES: &[&str] = &[
    "image/png",
    "image/gif",
    "image/jpeg",
    "image/webp",
    "image/avif",
];

/// Elements dropped with everything inside them, in any namespace: they run
/// code, embed other documents, are invisible metadata, or are interactive
/// controls whose text is not article text.
pub const DROPPED_ELEMENTS: &[&str] = &[
    // Code and styling.
    "script",
    "style",
    "template",
    "noscript",
    // Other documents and plugins.
    "iframe",
    "frame",
    "frameset",
    "noframes",
    "object",
    "embed",
    "applet",
    "param",
    "noembed",
    "portal",
    "fencedframe",
    // Form controls (a `form` itself is only unwrapped: some sites wrap the
    // whole page in one).
    "input",
    "button",
    "select",
    "selectedcontent",
    "textarea",
    "option",
    "optgroup",
    "datalist",
    "output",
    "keygen",
    // (Not `isindex`: parsers now treat it as an unknown element, never
    // closed by itself, so a stray one holds the rest of the page, which
    // browsers show. It is unwrapped like any unknown element.)
    // Document metadata.
    "head",
    "title",
    "meta",
    "link",
    "base",
    "basefont",
    "bgsound",
    // Drawn by script, or interactive overlays.
    "canvas",
    "map",
    "area",
    "dialog",
    // MathML that can hold arbitrary markup, or is obsolete and unrendered.
    "annotation-xml",
    "mglyph",
    "malignmark",
    "maligngroup",
];

/// Attributes every kept HTML element may carry.
const HTML_GLOBAL_ATTRS: &[&str] = &["title", "lang", "dir"];

/// Attributes every kept MathML element may carry: what presentation MathML
/// needs to render. No `href`, no `style`, no event handlers.
const MATHML_ATTRS: &[&str] = &[
    "dir",
    "display",
    "displaystyle",
    "scriptlevel",
    "mathvariant",
    "mathsize",
    "alttext",
    "encoding",
    "fence",
    "form",
    "separator",
    "stretchy",
    "symmetric",
    "largeop",
    "movablelimits",
    "lspace",
    "rspace",
    "minsize",
    "maxsize",
    "accent",
    "accentunder",
    "linethickness",
    "numalign",
    "denomalign",
    "bevelled",
    "notation",
    "width",
    "height",
    "depth",
    "voffset",
    "open",
    "close",
    "separators",
    "columnalign",
    "rowalign",
    "columnspan",
    "rowspan",
    "columnlines",
    "rowlines",
    "frame",
    "framespacing",
    "equalrows",
    "equalcolumns",
];

/// MathML elements kept as they are (presentation markup and `semantics`).
const MATHML_ELEMENTS: &[&str] = &[
    "math",
    "mi",
    "mo",
    "mn",
    "ms",
    "mtext",
    "mspace",
    "mrow",
    "mfrac",
    "msqrt",
    "mroot",
    "mstyle",
    "merror",
    "mpadded",
    "mphantom",
    "mfenced",
    "menclose",
    "msub",
    "msup",
    "msubsup",
    "munder",
    "mover",
    "munderover",
    "mmultiscripts",
    "mprescripts",
    "none",
    "mtable",
    "mtr",
    "mlabeledtr",
    "mtd",
    "semantics",
    "annotation",
];

/// Elements written without an end tag (and without content).
const VOID_ELEMENTS: &[&str] = &["br", "hr", "img", "source", "col", "wbr", "track"];

/// Parts of a table: parsers ignore their tags anywhere but inside a table.
const TABLE_PARTS: &[&str] = &[
    "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th",
];

/// Written elements in which table parts parse as such (the parser supplies
/// any missing `tbody` or `tr` itself).
const TABLE_CONTEXTS: &[&str] = &["table", "thead", "tbody", "tfoot", "tr", "colgroup"];

/// Written elements whose start tag closes an open `<p>` (the WHATWG
/// parser's list, as our names): a paragraph holding one is written as a
/// `<div>`, or a browser would end the paragraph there and make an empty
/// one of its end tag.
const CLOSES_PARAGRAPH: &[&str] = &[
    "address",
    "blockquote",
    "details",
    "div",
    "dl",
    "dd",
    "dt",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "ul",
];

/// What happens to an element.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Action {
    /// Written under `name` with the attributes in `attrs` (plus the
    /// namespace's global ones); `name` is always one of our constants.
    Keep {
        name: &'static str,
        attrs: &'static [&'static str],
        mathml: bool,
    },
    /// Not written; its content is.
    Unwrap,
    /// Neither it nor anything inside it is written.
    Drop,
}

const fn keep(name: &'static str, attrs: &'static [&'static str]) -> Action {
    Action::Keep {
        name,
        attrs,
        mathml: false,
    }
}

/// HTML elements written under their own name, with only the global
/// attributes.
const PLAIN_HTML_ELEMENTS: &[&str] = &[
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "div",
    "section",
    "span",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "s",
    "small",
    "sub",
    "sup",
    "mark",
    "abbr",
    "cite",
    "dfn",
    "code",
    "kbd",
    "samp",
    "var",
    "pre",
    "ul",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "picture",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "summary",
    "ruby",
    "rt",
    "rp",
    "rb",
    "rtc",
    "bdi",
    "bdo",
    "wbr",
    "address",
];

/// The allowlist for HTML elements. Written names always come from this
/// module's constants, never from the input.
fn html_action(local: &str) -> Action {
    if let Some(name) = PLAIN_HTML_ELEMENTS.iter().find(|&&n| n == local) {
        return keep(name, &[]);
    }
    match local {
        "a" => keep("a", &["href"]),
        "blockquote" => keep("blockquote", &["cite"]),
        "q" => keep("q", &["cite"]),
        "time" => keep("time", &["datetime"]),
        "del" => keep("del", &["cite", "datetime"]),
        "ins" => keep("ins", &["cite", "datetime"]),
        "ol" => keep("ol", &["start", "reversed", "type"]),
        // A list item's own number: a list split by an ad, or a ranking,
        // goes on counting from it.
        "li" => keep("li", &["value"]),
        "td" => keep("td", &["colspan", "rowspan", "headers"]),
        "th" => keep("th", &["colspan", "rowspan", "headers", "scope", "abbr"]),
        "colgroup" => keep("colgroup", &["span"]),
        "col" => keep("col", &["span"]),
        "details" => keep("details", &["open"]),
        "img" => keep("img", &["src", "srcset", "sizes", "alt", "width", "height"]),
        // Which of these a `source` may use depends on its parent.
        "source" => keep("source", &["src", "srcset", "media", "type", "sizes"]),
        "video" => keep("video", &["src", "poster", "width", "height"]),
        "audio" => keep("audio", &["src"]),
        "track" => keep("track", &["src", "kind", "srclang", "label"]),
        // Block containers whose own meaning a reader view does not need;
        // a `div` keeps their content on its own lines.
        "article" | "main" | "header" | "footer" | "aside" | "nav" | "center" | "form"
        | "fieldset" | "legend" | "search" | "hgroup" => keep("div", &[]),
        "menu" | "dir" => keep("ul", &[]),
        "xmp" | "listing" | "plaintext" => keep("pre", &[]),
        "tt" => keep("code", &[]),
        "strike" => keep("s", &[]),
        // `html`, `body`, `font`, `label`, custom elements...
        _ => Action::Unwrap,
    }
}

/// What to do with an element, from its name and namespace alone: whether a
/// subtree is dropped never depends on where it is, which keeps
/// [`to_safe_html`] and [`text_content`] in agreement.
fn action(e: &Element) -> Action {
    let local: &str = &e.name.local;
    if DROPPED_ELEMENTS.contains(&local) {
        return Action::Drop;
    }
    match e.name.ns {
        ns!(html) => html_action(local),
        ns!(mathml) => match MATHML_ELEMENTS.iter().find(|&&m| m == local) {
            Some(name) => Action::Keep {
                name,
                attrs: MATHML_ATTRS,
                mathml: true,
            },
            None => Action::Unwrap,
        },
        // SVG, and any namespace we do not know.
        _ => Action::Drop,
    }
}

/// Is this node's subtree left out of the output entirely?
fn is_dropped(doc: &Document, node: NodeId) -> bool {
    match doc.element(node) {
        Some(e) => match action(e) {
            Action::Drop => true,
            // A void element's children, if tree surgery gave it any, cannot
            // be written.
            Action::Keep { name, .. } => VOID_ELEMENTS.contains(&name),
            Action::Unwrap => false,
        },
        None => false,
    }
}

/// The URL relative links resolve against: `<base href>` over the page URL.
///
/// The first `<base>` with an `href` wins, resolved against the page URL (an
/// absolute one works without a page URL). A base that is not http(s)
/// (`javascript:`, `data:`...) or cannot be resolved is ignored.
pub fn base_url(doc: &Document, url: Option<&Url>) -> Option<Url> {
    let href = doc
        .elements_by_tag(Document::ROOT, &local_name!("base"))
        .filter(|&b| doc.is_html(b))
        .find_map(|b| doc.attr(b, &local_name!("href")));
    let Some(href) = href else {
        return url.cloned();
    };
    let cleaned = clean_url(href);
    let resolved = match url {
        Some(page) => page.join(&cleaned).ok(),
        None => Url::parse(&cleaned).ok(),
    };
    match resolved {
        Some(b) if matches!(b.scheme(), "http" | "https") => Some(b),
        _ => url.cloned(),
    }
}

/// The article as safe HTML: one `<div>` holding the sanitized subtree of
/// `root` (see the module documentation for what is kept). Relative URLs are
/// resolved against `base`; without one they stay relative.
pub fn to_safe_html(doc: &Document, root: NodeId, base: Option<&Url>) -> String {
    let targets = FragmentTargets::collect(doc, root);
    let mut w = Writer::new(doc, base, Some(targets));
    w.holds_block = holding_blocks(doc, root);
    w.out.push('<');
    w.out.push_str(CONTAINER);
    w.out.push('>');
    w.walk(root);
    w.out.push_str("</");
    w.out.push_str(CONTAINER);
    w.out.push('>');
    w.out
}

/// The text of the article as the DOM's `textContent` of [`to_safe_html`]'s
/// output gives it: text inside dropped elements is not counted, and
/// whitespace is left as it is.
pub fn text_content(doc: &Document, root: NodeId) -> String {
    let mut w = Writer::new(doc, None, None);
    w.walk(root);
    w.out
}

/// By node index: whether an element of [`CLOSES_PARAGRAPH`] (or a
/// table's part) is written within the node, in `root`'s subtree. Found
/// from the leaves up, in one pass, whatever the depth.
fn holding_blocks(doc: &Document, root: NodeId) -> Vec<bool> {
    let mut walked = Vec::new();
    let mut cur = Some(root);
    while let Some(node) = cur {
        walked.push(node);
        cur = doc.next_in_order(node, root, is_dropped(doc, node));
    }
    let mut holds = vec![false; doc.len()];
    for &node in walked.iter().rev() {
        // A table's part outside a table gets one (`table_context_for`).
        let closes = matches!(
            doc.element(node).map(action),
            Some(Action::Keep { name, mathml: false, .. })
                if CLOSES_PARAGRAPH.contains(&name) || TABLE_PARTS.contains(&name)
        );
        if node != root && (closes || holds[node.index()]) {
            if let Some(parent) = doc.parent(node) {
                holds[parent.index()] = true;
            }
        }
    }
    holds
}

/// The whitespace-normalized text of the first `p` in `root` (`root`
/// included) that has any: the excerpt when the page gives none.
pub fn first_paragraph_text(doc: &Document, root: NodeId) -> Option<String> {
    let mut cur = Some(root);
    while let Some(node) = cur {
        let dropped = is_dropped(doc, node);
        if !dropped && doc.is_html(node) && doc.is(node, &local_name!("p")) {
            let t = text::normalize_whitespace(&text_content(doc, node));
            if !t.is_empty() {
                return Some(t);
            }
        }
        cur = doc.next_in_order(node, root, dropped);
    }
    None
}

/// One step of the iterative walk.
enum Step {
    Enter(NodeId),
    /// Write the innermost open element's end tag (and leave its context).
    Close,
}

/// The walk shared by [`to_safe_html`] and [`text_content`]; with
/// `targets: None` it only collects text.
struct Writer<'a> {
    doc: &'a Document,
    base: Option<&'a Url>,
    /// `Some` when writing HTML.
    targets: Option<FragmentTargets>,
    out: String,
    /// The elements written and not yet closed, innermost last.
    opened: Vec<Opened>,
    /// The line being written holds text or a picture: a block would
    /// break it.
    inline_run: bool,
    /// How many things that show (text, a picture, a player, a link
    /// target) have been written: an element opened when it was `n` and
    /// closed with it still `n` shows nothing.
    shown: usize,
    /// How many `annotation` elements are open: inside one only text is kept.
    annotation_depth: usize,
    /// How many `a` elements are open: a link inside a link is unwrapped,
    /// since parsers would split the outer one around it.
    link_depth: usize,
    /// Positions in `opened` of the `table`s this writer added around table
    /// parts that lost their table (scoring renames a `tbody` it takes into
    /// the article, as Readability does): without one, parsers would drop
    /// the rows' and cells' tags and run their text together.
    synthetic_tables: Vec<usize>,
    /// How many `math` elements are open. A MathML element outside one (its
    /// `math` was cleaned away, or the article starts inside it) is
    /// unwrapped: written in HTML context it would parse back as an unknown
    /// HTML element, not as what was written.
    math_depth: usize,
    /// A `<pre>` start tag was just written: a leading newline of the next
    /// text must be doubled, since parsers drop the first one.
    pre_just_opened: bool,
    ids_written: HashSet<String>,
    /// By node index, when writing HTML: an element of [`CLOSES_PARAGRAPH`]
    /// is written within it (see [`holding_blocks`]).
    holds_block: Vec<bool>,
}

impl<'a> Writer<'a> {
    fn new(doc: &'a Document, base: Option<&'a Url>, targets: Option<FragmentTargets>) -> Self {
        Writer {
            doc,
            base,
            targets,
            out: String::new(),
            opened: Vec::new(),
            shown: 0,
            inline_run: false,
            annotation_depth: 0,
            link_depth: 0,
            math_depth: 0,
            synthetic_tables: Vec::new(),
            pre_just_opened: false,
            ids_written: HashSet::new(),
            holds_block: Vec::new(),
        }
    }

    fn html(&self) -> bool {
        self.targets.is_some()
    }

    fn walk(&mut self, root: NodeId) {
        let doc = self.doc;
        let mut stack = vec![Step::Enter(root)];
        while let Some(step) = stack.pop() {
            let node = match step {
                Step::Close => {
                    self.close_synthetic_table();
                    self.close();
                    continue;
                }
                Step::Enter(node) => node,
            };
            if self.html() {
                self.table_context_for(node);
            }
            match &doc.node(node).data {
                NodeData::Text(t) => self.text(t),
                NodeData::Document | NodeData::Fragment => push_children(doc, node, &mut stack),
                NodeData::Element(e) => match action(e) {
                    Action::Drop => {}
                    Action::Unwrap => push_children(doc, node, &mut stack),
                    Action::Keep { name, mathml, .. }
                        if self.annotation_depth > 0
                            || (name == "a" && self.link_depth > 0)
                            || (mathml && name != "math" && self.math_depth == 0) =>
                    {
                        push_children(doc, node, &mut stack)
                    }
                    Action::Keep {
                        name,
                        attrs,
                        mathml,
                    } => {
                        // Scoring makes paragraphs of `<div>`s by their
                        // children, as Readability does; a heading or
                        // list deeper in would not stay in one.
                        let name = if name == "p"
                            && self.holds_block.get(node.index()).copied().unwrap_or(false)
                        {
                            "div"
                        } else {
                            name
                        };
                        if VOID_ELEMENTS.contains(&name) {
                            if self.html() {
                                self.void_element(node, e, name, attrs);
                            }
                            continue;
                        }
                        let inline = crate::measure::is_inline_tag(&e.name.local);
                        let removable = !inline && !mathml && !TABLE_PARTS.contains(&name);
                        let mut opened = Opened::new(self, name, inline, removable);
                        if self.html() {
                            self.start_tag(node, e, name, attrs, mathml);
                        }
                        if name == "a" {
                            // Whether the link shows anything is what it
                            // holds: its own `id`, a target, shows already.
                            opened.shown = self.shown;
                        }
                        if !opened.inline {
                            self.inline_run = false;
                        }
                        self.opened.push(opened);
                        match name {
                            "annotation" => self.annotation_depth += 1,
                            "a" => self.link_depth += 1,
                            "math" => self.math_depth += 1,
                            _ => {}
                        }
                        stack.push(Step::Close);
                        push_children(doc, node, &mut stack);
                    }
                },
                NodeData::Comment(_) | NodeData::Doctype => {}
            }
        }
        self.close_synthetic_table();
    }

    /// Before `node` is written: opens a `table` around a table part that
    /// is outside one, and closes such a table at the first sibling after
    /// its run of table parts that cannot go inside it.
    fn table_context_for(&mut self, node: NodeId) {
        let written = match &self.doc.node(node).data {
            NodeData::Element(e) => match action(e) {
                Action::Keep { name, .. } if self.annotation_depth == 0 => Some(name),
                // Dropped elements write nothing; unwrapped ones leave it to
                // their children.
                _ => return,
            },
            NodeData::Text(t) if t.chars().all(char::is_whitespace) => return,
            NodeData::Text(_) => None,
            _ => return,
        };
        let table_part = written.is_some_and(|n| TABLE_PARTS.contains(&n));
        if !table_part {
            self.close_synthetic_table();
            return;
        }
        let context = self.opened.last().map_or(CONTAINER, |o| o.name);
        if !TABLE_CONTEXTS.contains(&context) {
            self.synthetic_tables.push(self.opened.len());
            let opened = Opened::new(self, "table", false, true);
            self.opened.push(opened);
            self.write_tag("table", &[], "");
            self.inline_run = false;
        }
    }

    /// Closes the `table` [`Self::table_context_for`] opened, if it is the
    /// innermost open element.
    fn close_synthetic_table(&mut self) {
        if self.synthetic_tables.last() == Some(&self.opened.len().wrapping_sub(1)) {
            self.synthetic_tables.pop();
            self.close();
        }
    }

    fn text(&mut self, t: &str) {
        if t.is_empty() {
            return;
        }
        if !self.html() {
            self.out.push_str(t);
            return;
        }
        if std::mem::take(&mut self.pre_just_opened) && t.starts_with('\n') {
            self.out.push('\n');
        }
        // A text of format characters alone (`<p>&zwj;</p>`, an editor's
        // empty line) draws nothing, and leaves its box to go.
        if text::shows(t) {
            self.shown += 1;
            self.inline_run = true;
        }
        push_escaped(&mut self.out, t, false);
    }

    /// Closes the innermost open element.
    fn close(&mut self) {
        let Some(opened) = self.opened.pop() else {
            return;
        };
        let name = opened.name;
        match name {
            "annotation" => self.annotation_depth = self.annotation_depth.saturating_sub(1),
            "a" => self.link_depth = self.link_depth.saturating_sub(1),
            "math" => self.math_depth = self.math_depth.saturating_sub(1),
            _ => {}
        }
        if self.html() {
            self.pre_just_opened = false;
            if opened.removable && opened.shown == self.shown {
                self.out.truncate(opened.at);
                // After a line's text (`text<p></p>more`) the box still
                // broke the line.
                self.inline_run = false;
                if opened.in_line {
                    self.out.push_str("<br>");
                }
                return;
            }
            if name == "a" && opened.shown == self.shown {
                self.unlink(opened.at);
                return;
            }
            if !opened.inline {
                self.inline_run = false;
            }
            self.out.push_str("</");
            self.out.push_str(name);
            self.out.push('>');
        }
    }

    /// Makes the link whose start tag begins at `at`, and which shows
    /// nothing (its icon was cleaned away), no link: as one it would be a
    /// stop for the Tab key leading nowhere, with no name for a screen
    /// reader. Its tags go and what it held stays (a space parting two
    /// words, a `<br>`); a link's target keeps its tags and `id`, written
    /// first, and nothing else. Attribute values escape `>` and `"`, so the
    /// first `>` ends the start tag and the first `"` after `id="` the id.
    fn unlink(&mut self, at: usize) {
        const TARGET: &str = "<a id=\"";
        let Some(tag_end) = self.out.get(at..).and_then(|t| t.find('>')) else {
            return;
        };
        let tag = &self.out[at..at + tag_end];
        let target_end = tag
            .strip_prefix(TARGET)
            .and_then(|id| id.find('"'))
            .map(|len| TARGET.len() + len + 1);
        let (cut, end_tag) = match target_end {
            Some(kept) => (at + kept..at + tag_end, "</a>"),
            None => (at..at + tag_end + 1, ""),
        };
        let rest = self.out.split_off(cut.end);
        self.out.truncate(cut.start);
        self.out.push_str(&rest);
        self.out.push_str(end_tag);
    }

    fn start_tag(
        &mut self,
        node: NodeId,
        e: &Element,
        name: &'static str,
        allowed: &'static [&'static str],
        mathml: bool,
    ) {
        let attrs = self.attributes(node, e, name, allowed, mathml);
        // Inert media: the user starts it, and nothing loads before.
        let extra = match name {
            "video" | "audio" => " controls preload=\"none\"",
            _ => "",
        };
        if !extra.is_empty() {
            self.shown += 1;
        }
        self.write_tag(name, &attrs, extra);
        self.pre_just_opened = name == "pre";
    }

    /// Writes a void element, unless it would be useless or out of place:
    /// an `img` with nothing to show, a `source` or `track` outside media.
    fn void_element(
        &mut self,
        node: NodeId,
        e: &Element,
        name: &'static str,
        allowed: &'static [&'static str],
    ) {
        let parent = self.opened.last().map_or("", |o| o.name);
        let allowed: &'static [&'static str] = match name {
            "source" if parent == "picture" => &["srcset", "media", "type", "sizes"],
            "source" if parent == "video" || parent == "audio" => &["src", "type", "media"],
            "source" => return,
            "track" if parent != "video" && parent != "audio" => return,
            _ => allowed,
        };
        let attrs = self.attributes(node, e, name, allowed, false);
        let has = |n: &str| attrs.iter().any(|(a, _)| *a == n);
        let useless = match name {
            "img" => {
                !has("src") && !has("srcset") && !self.opened.last().is_some_and(|o| o.has_source)
            }
            "source" => !has("src") && !has("srcset"),
            "track" => !has("src"),
            _ => false,
        };
        if !useless {
            self.write_tag(name, &attrs, "");
            if name == "source" && parent == "picture" {
                if let Some(picture) = self.opened.last_mut() {
                    picture.has_source = true;
                }
            }
            match name {
                "img" => {
                    self.shown += 1;
                    self.inline_run = true;
                }
                "hr" => {
                    self.shown += 1;
                    self.inline_run = false;
                }
                "br" => self.inline_run = false,
                _ => {}
            }
        }
        self.pre_just_opened = false;
    }

    /// Writes a start tag; `extra` is a constant attribute string of ours.
    fn write_tag(&mut self, name: &'static str, attrs: &[(&'static str, String)], extra: &str) {
        self.pre_just_opened = false;
        // A link's target shows, though empty: the link leads there.
        if attrs.iter().any(|(a, _)| *a == "id") {
            self.shown += 1;
        }
        self.out.push('<');
        self.out.push_str(name);
        for (attr, value) in attrs {
            self.out.push(' ');
            self.out.push_str(attr);
            self.out.push_str("=\"");
            push_escaped(&mut self.out, value, true);
            self.out.push('"');
        }
        self.out.push_str(extra);
        self.out.push('>');
    }

    /// The attributes to write, names from our constants, values sanitized.
    fn attributes(
        &mut self,
        node: NodeId,
        e: &Element,
        name: &'static str,
        allowed: &'static [&'static str],
        mathml: bool,
    ) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if !mathml {
            if let Some(id) = self.target_id(node, name) {
                out.push(("id", id));
            }
        }
        let global = if mathml { &[][..] } else { HTML_GLOBAL_ATTRS };
        for a in &e.attrs {
            // Namespaced attributes (`xlink:href`, `xml:base`...) never pass.
            if a.name.ns != ns!() {
                continue;
            }
            let local: &str = &a.name.local;
            let Some(&attr) = allowed.iter().chain(global).find(|&&n| n == local) else {
                continue;
            };
            let value: &str = &a.value;
            let value = match attr {
                "href" => self.href(value),
                "src" if name == "img" => sanitize_url(value, self.base, UrlKind::Image),
                "src" | "cite" | "poster" => sanitize_url(value, self.base, UrlKind::Resource),
                "srcset" => sanitize_srcset(value, self.base),
                // A size of 0 is for the page's stylesheet to set (Next.js
                // writes `width="0" height="0"` and sizes the picture in
                // CSS; a CMS writes `height="0"` for "as the width says"):
                // the view's stylesheet keeps a declared width, and would
                // draw the picture 0 pixels wide.
                "width" | "height" if crate::measure::declared_pixels(value) == Some(0) => None,
                _ => Some(value.to_string()),
            };
            if let Some(v) = value {
                out.push((attr, v));
            }
        }
        out
    }

    /// `href` of a link: a fragment stays in-page if its target is in the
    /// article (and points at the prefixed id); anything else must be an
    /// http(s) or mailto URL.
    fn href(&self, value: &str) -> Option<String> {
        let cleaned = clean_url(value);
        if let Some(fragment) = cleaned.strip_prefix('#') {
            let targets = self.targets.as_ref()?;
            return targets
                .has_target(fragment)
                .then(|| format!("#{ID_PREFIX}{fragment}"));
        }
        sanitize_url(&cleaned, self.base, UrlKind::Link)
    }

    /// The prefixed id for this element, if an in-article link points at it
    /// and no earlier element took it.
    fn target_id(&mut self, node: NodeId, name: &str) -> Option<String> {
        let targets = self.targets.as_ref()?;
        let id = element_anchor(self.doc, node, name)?;
        if !targets.is_linked(id) || !self.ids_written.insert(id.to_string()) {
            return None;
        }
        Some(format!("{ID_PREFIX}{id}"))
    }
}

/// An element written and not yet closed, as [`Writer::close`] needs it.
struct Opened {
    /// The name it is written under.
    name: &'static str,
    /// Where its start tag begins in the output.
    at: usize,
    /// [`Writer::shown`] when it was opened: still the same at its end, it
    /// shows nothing.
    shown: usize,
    /// It was opened within a line of text.
    in_line: bool,
    /// It sits in a line of text rather than breaking it.
    inline: bool,
    /// It goes if it shows nothing. A block the view would draw as a
    /// bullet beside nothing (a carousel's dots and a product's colour
    /// swatches, `<li>`s whose buttons were cleaned away) or as a blank
    /// gap (a spacer paragraph). Not an inline element, whose spaces part
    /// words; not a table's part, whose place makes the table; not
    /// MathML, whose empty parts hold places in a formula; nothing in
    /// preformatted text, where an empty line is a line of the code.
    removable: bool,
    /// It is or is in a `<pre>`.
    in_pre: bool,
    /// A `<picture>` with a `<source>` that gives a picture: its `<img>`
    /// shows that picture, with no `src` of its own (Medium's every one).
    has_source: bool,
}

impl Opened {
    fn new(writer: &Writer, name: &'static str, inline: bool, removable: bool) -> Opened {
        let in_pre = writer.opened.last().is_some_and(|o| o.in_pre);
        Opened {
            name,
            at: writer.out.len(),
            shown: writer.shown,
            in_line: writer.inline_run,
            inline,
            removable: removable && !in_pre,
            in_pre: in_pre || name == "pre",
            has_source: false,
        }
    }
}

/// Pushes the children of `node` so that they pop in document order.
fn push_children(doc: &Document, node: NodeId, stack: &mut Vec<Step>) {
    let mut cur = doc.last_child(node);
    while let Some(c) = cur {
        stack.push(Step::Enter(c));
        cur = doc.prev_sibling(c);
    }
}

/// The anchor name of an element that will be written: its `id`, or the
/// `name` of an old-style `<a name>` anchor.
fn element_anchor<'d>(doc: &'d Document, node: NodeId, written_name: &str) -> Option<&'d str> {
    doc.attr(node, &local_name!("id"))
        .filter(|id| !id.is_empty())
        .or_else(|| {
            if written_name == "a" {
                doc.attr(node, &local_name!("name"))
                    .filter(|n| !n.is_empty())
            } else {
                None
            }
        })
}

/// Which in-article fragment links and anchors match each other.
struct FragmentTargets {
    /// Fragments of `#...` links, as written and percent-decoded.
    linked: HashSet<String>,
    /// Anchors (ids, `a[name]`) of elements that will be written.
    anchors: HashSet<String>,
}

impl FragmentTargets {
    fn collect(doc: &Document, root: NodeId) -> Self {
        let mut linked = HashSet::new();
        let mut anchors = HashSet::new();
        let mut cur = Some(root);
        while let Some(node) = cur {
            let dropped = is_dropped(doc, node);
            if let Some(Action::Keep {
                name,
                mathml: false,
                ..
            }) = doc.element(node).map(action)
            {
                if let Some(anchor) = element_anchor(doc, node, name) {
                    anchors.insert(anchor.to_string());
                }
                if name == "a" {
                    if let Some(href) = doc.attr(node, &local_name!("href")) {
                        if let Some(f) = clean_url(href).strip_prefix('#') {
                            if !f.is_empty() {
                                linked.insert(percent_decode(f));
                                linked.insert(f.to_string());
                            }
                        }
                    }
                }
            }
            cur = doc.next_in_order(node, root, dropped);
        }
        FragmentTargets { linked, anchors }
    }

    /// Does a `#fragment` link find its target in the article? Browsers
    /// match the fragment both as written and percent-decoded.
    fn has_target(&self, fragment: &str) -> bool {
        !fragment.is_empty()
            && (self.anchors.contains(fragment) || self.anchors.contains(&percent_decode(fragment)))
    }

    fn is_linked(&self, anchor: &str) -> bool {
        self.linked.contains(anchor)
    }
}

/// Which schemes a URL attribute accepts.
#[derive(Clone, Copy, PartialEq, Debug)]
enum UrlKind {
    /// `a href`: http, https, mailto.
    Link,
    /// `img src`: http, https, and raster `data:` images.
    Image,
    /// Everything else (`srcset`, media `src`, `poster`, `cite`): http, https.
    Resource,
}

impl UrlKind {
    fn allows(self, scheme: &str) -> bool {
        match scheme {
            "http" | "https" => true,
            "mailto" => self == UrlKind::Link,
            _ => false,
        }
    }
}

/// What a browser's URL parser does to an attribute value before parsing:
/// leading and trailing C0 controls and spaces go, and every tab and newline
/// anywhere (`java\tscript:` is `javascript:`).
fn clean_url(raw: &str) -> String {
    raw.trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|&c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// The scheme of a cleaned URL, lowercased, as the URL standard reads it: an
/// ASCII letter, then letters, digits, `+`, `-`, `.`, then `:`. `None` for a
/// relative URL.
fn url_scheme(cleaned: &str) -> Option<String> {
    let mut chars = cleaned.char_indices();
    match chars.next() {
        Some((_, c)) if c.is_ascii_alphabetic() => {}
        _ => return None,
    }
    for (i, c) in chars {
        match c {
            ':' => return cleaned.get(..i).map(str::to_ascii_lowercase),
            c if c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.') => {}
            _ => return None,
        }
    }
    None
}

/// A URL attribute's value, resolved against `base` and kept only if its
/// scheme is allowed for `kind`. Without a base a relative URL stays
/// relative: it has no scheme, so it takes the reader view's own.
fn sanitize_url(raw: &str, base: Option<&Url>, kind: UrlKind) -> Option<String> {
    let cleaned = clean_url(raw);
    if cleaned.is_empty() {
        return None;
    }
    let scheme = url_scheme(&cleaned);
    match scheme.as_deref() {
        Some("data") => {
            return (kind == UrlKind::Image && is_raster_data_image(&cleaned)).then_some(cleaned)
        }
        Some(s) if !kind.allows(s) => return None,
        _ => {}
    }
    let resolved = match (base, &scheme) {
        (Some(b), _) => b.join(&cleaned),
        (None, Some(_)) => Url::parse(&cleaned),
        (None, None) => return Some(cleaned),
    };
    let resolved = resolved.ok()?;
    // A page opened from disk links its images and pages relatively: those
    // stay on disk. An explicit `file:` URL on the web is still dropped.
    let local_relative = scheme.is_none() && resolved.scheme() == "file";
    (kind.allows(resolved.scheme()) || local_relative).then(|| resolved.into())
}

/// Is this `data:` URL a raster image ([`DATA_IMAGE_TYPES`])?
fn is_raster_data_image(cleaned: &str) -> bool {
    // The scheme was matched as "data:" case-insensitively: 5 ASCII bytes.
    let Some(rest) = cleaned.get(5..) else {
        return false;
    };
    let Some((header, _data)) = rest.split_once(',') else {
        return false;
    };
    let mime = header.split(';').next().unwrap_or("").trim();
    DATA_IMAGE_TYPES
        .iter()
        .any(|t| t.eq_ignore_ascii_case(mime))
}

/// A `srcset` with every candidate's URL sanitized (http(s) only) and
/// resolved, and only well-formed descriptors (`2x`, `640w`, `1.5x`) kept;
/// `None` if no candidate survives.
fn sanitize_srcset(raw: &str, base: Option<&Url>) -> Option<String> {
    let mut out = String::new();
    for (url, descriptors) in srcset_candidates(raw) {
        let Some(url) = sanitize_url(url, base, UrlKind::Resource) else {
            continue;
        };
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push_str(&url);
        for d in descriptors
            .split_ascii_whitespace()
            .filter(|d| is_descriptor(d))
        {
            out.push(' ');
            out.push_str(d);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// `2x`, `1.5x`, `640w`, `300h`: a positive number and a unit letter.
fn is_descriptor(d: &str) -> bool {
    let Some(number) = d
        .strip_suffix('x')
        .or_else(|| d.strip_suffix('w'))
        .or_else(|| d.strip_suffix('h'))
    else {
        return false;
    };
    is_positive_decimal(number)
}

/// Digits with at most one dot, not all zeros: a number above zero.
/// Checked by hand: `str::parse::<f64>` would link the float parser and its
/// tables, 17 KB of the wasm, for this alone. (The float parser also reads
/// a value under about 2.5e-324 as zero; no real descriptor is that small.)
fn is_positive_decimal(number: &str) -> bool {
    let (int, frac) = number.split_once('.').unwrap_or((number, ""));
    int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
        && number.bytes().any(|b| (b'1'..=b'9').contains(&b))
}

/// Decodes `%XX` escapes (invalid ones stay as written; bytes that are not
/// UTF-8 become U+FFFD), as browsers do to match a fragment to an id.
fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = |j: usize| bytes.get(j).and_then(|&h| (h as char).to_digit(16));
        match (b, hex(i + 1), hex(i + 2)) {
            (b'%', Some(hi), Some(lo)) => {
                // Two hex digits make at most 255.
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Appends `s` escaped for HTML text (`in_attribute: false`) or a
/// double-quoted attribute value. `<` and `>` are escaped in attributes too:
/// no reparse in any context can then see markup in a value.
fn push_escaped(out: &mut String, s: &str, in_attribute: bool) {
    let mut last = 0;
    for (i, c) in s.char_indices() {
        let entity = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '\u{A0}' => "&nbsp;",
            // A raw CR would be read back as LF: only a character reference
            // keeps one (from `&#13;` in the page) as it is.
            '\r' => "&#13;",
            '"' if in_attribute => "&quot;",
            _ => continue,
        };
        // `i` and `last` are char boundaries from `char_indices`.
        out.push_str(s.get(last..i).unwrap_or(""));
        out.push_str(entity);
        last = i + c.len_utf8();
    }
    out.push_str(s.get(last..).unwrap_or(""));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_document;
    use html5ever::Namespace;

    fn is_known_namespace(ns: &Namespace) -> bool {
        *ns == ns!(html) || *ns == ns!(mathml)
    }

    fn page() -> Url {
        Url::parse("http://example.com/dir/page.html").unwrap()
    }

    /// Sanitizes the body of `html` against the page URL (or `<base>`).
    fn safe(html: &str) -> String {
        safe_with(html, Some(&page()))
    }

    fn safe_with(html: &str, url: Option<&Url>) -> String {
        let doc = parse_document(html);
        let body = doc.body().unwrap();
        let base = base_url(&doc, url);
        to_safe_html(&doc, body, base.as_ref())
    }

    /// Every element name the sanitizer may write.
    const WRITABLE_HTML: &[&str] = &[
        "p",
        "br",
        "hr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "div",
        "section",
        "span",
        "a",
        "em",
        "strong",
        "b",
        "i",
        "u",
        "s",
        "small",
        "sub",
        "sup",
        "mark",
        "abbr",
        "cite",
        "q",
        "dfn",
        "time",
        "code",
        "kbd",
        "samp",
        "var",
        "pre",
        "blockquote",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "figure",
        "figcaption",
        "img",
        "picture",
        "source",
        "table",
        "caption",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "th",
        "td",
        "colgroup",
        "col",
        "details",
        "summary",
        "video",
        "audio",
        "track",
        "ruby",
        "rt",
        "rp",
        "rb",
        "rtc",
        "bdi",
        "bdo",
        "wbr",
        "del",
        "ins",
        "address",
    ];

    /// Re-parses sanitized output and checks, node by node, that nothing
    /// outside the allowlist survived.
    fn assert_round_trip_safe(out: &str) {
        let doc = parse_document(out);
        for n in doc.descendants(Document::ROOT) {
            let Some(e) = doc.element(n) else {
                assert!(!doc.is_comment(n), "comment in {out}");
                continue;
            };
            let local: &str = &e.name.local;
            assert!(is_known_namespace(&e.name.ns), "namespace {:?}", e.name);
            let structural = ["html", "head", "body"].contains(&local);
            assert!(
                structural
                    || (e.name.ns == ns!(html) && WRITABLE_HTML.contains(&local))
                    || (e.name.ns == ns!(mathml) && MATHML_ELEMENTS.contains(&local))
                    // A kept HTML element inside <math> re-parses as MathML.
                    || (e.name.ns == ns!(mathml) && WRITABLE_HTML.contains(&local)),
                "element {local} in {out}"
            );
            for a in &e.attrs {
                let name: &str = &a.name.local;
                assert!(a.name.ns == ns!(), "namespaced attribute {name}");
                assert!(!name.starts_with("on"), "handler {name} in {out}");
                assert!(
                    !["style", "class", "srcdoc", "formaction", "xmlns"].contains(&name),
                    "{name} in {out}"
                );
                assert!(!name.starts_with("data-"), "{name} in {out}");
                let value: &str = &a.value;
                let urls: Vec<&str> = match name {
                    "href" | "src" | "cite" | "poster" => vec![value],
                    "srcset" => value
                        .split(", ")
                        .filter_map(|c| c.split_whitespace().next())
                        .collect(),
                    _ => vec![],
                };
                for u in urls {
                    let scheme = url_scheme(&clean_url(u));
                    let ok = match scheme.as_deref() {
                        None => true,
                        Some("http" | "https") => true,
                        Some("mailto") => name == "href",
                        Some("data") => name == "src" && local == "img" && is_raster_data_image(u),
                        Some(_) => false,
                    };
                    assert!(ok, "{name}={u} in {out}");
                }
            }
        }
    }

    const XSS_VECTORS: &str = r#"
        <p onclick="alert(1)" ONMOUSEOVER="alert(2)" style="color:red" class="x" id="y" data-x="1">Hello</p>
        <img src="a.png" onerror="alert(3)" alt="A">
        <img src=x  onerror = "alert(4)" >
        <img/src="b.png"/onload=alert(5)>
        <a href="javascript:alert(6)">j1</a>
        <a href="JaVaScRiPt:alert(7)">j2</a>
        <a href="  javascript:alert(8)">j3</a>
        <a href="jav&#x09;ascript:alert(9)">j4</a>
        <a href="jav&#10;ascript:alert(10)">j5</a>
        <a href="&#x01;javascript:alert(11)">j6</a>
        <a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(12)">j7</a>
        <a href="vbscript:msgbox(13)">vb</a>
        <a href="data:text/html,<script>alert(14)</script>">d1</a>
        <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxNSk8L3NjcmlwdD4=">d2</a>
        <iframe src="data:text/html,<script>alert(16)</script>"></iframe>
        <iframe srcdoc="<script>alert(17)</script>"></iframe>
        <svg onload="alert(18)"><script>alert(19)</script><a xlink:href="javascript:alert(20)"><text>svgtext</text></a></svg>
        <math><mi href="javascript:alert(21)">x</mi><maction actiontype="statusline" xlink:href="javascript:alert(22)">y</maction></math>
        <math><mtext><table><mglyph><style><img src=x onerror=alert(23)></style></mglyph></table></mtext></math>
        <form action="javascript:alert(24)"><input onfocus="alert(25)" autofocus><button formaction="javascript:alert(26)">b</button><textarea>ta</textarea><select><option>o</option></select></form>
        <object data="javascript:alert(27)"></object><embed src="javascript:alert(28)">
        <script>alert(29)</script><style>body{background:url(javascript:alert(30))}</style>
        <noscript><p title="</noscript><img src=x onerror=alert(31)>"></p></noscript>
        <p title="</noscript><img src=x onerror=alert(32)>">t</p>
        <img src="data:image/svg+xml,<svg onload=alert(33)>">
        <img src="data:image/png;base64,iVBORw0KGgo=" alt="png">
        <img srcset="javascript:alert(34) 1x, ok.png 2x">
        <video src="javascript:alert(35)" autoplay onplay="alert(36)" poster="javascript:alert(37)"><source src="v.mp4" onerror="alert(38)"></video>
        <blockquote cite="javascript:alert(39)">quote</blockquote>
        <a href="mailto:someone@example.com">mail</a>
        <details open ontoggle="alert(40)"><summary>s</summary>d</details>
        <!-- <img src=x onerror=alert(41)> -->
        <template><img src=x onerror=alert(42)></template>
        <base href="javascript:alert(43)//">
        <link rel=import href="x.html"><meta http-equiv="refresh" content="0;url=javascript:alert(44)">
        <a href="http://ok.example/" target="_blank" ping="http://track.example/">ok</a>
        <custom-el onclick="alert(45)">custom</custom-el>
        <div style="background:url(javascript:alert(46))">styled</div>
        <table background="javascript:alert(47)"><tr><td onclick="alert(48)" colspan="2">cell</td></tr></table>
    "#;

    #[test]
    fn xss_vectors_are_neutralized() {
        let out = safe(XSS_VECTORS);
        assert_round_trip_safe(&out);
        for banned in [
            "alert(2",
            "alert(3",
            "onerror",
            "onclick",
            "javascript",
            "vbscript",
        ] {
            // Only the `title` text of a paragraph (escaped) may mention any.
            let outside_title = out.replace(
                "title=\"&lt;/noscript&gt;&lt;img src=x onerror=alert(32)&gt;\"",
                "",
            );
            assert!(!outside_title.contains(banned), "{banned} in {out}");
        }
        for gone in [
            "svgtext",
            "<svg",
            "<math><mi href",
            "<form",
            "<input",
            "<button",
            "ta<",
            ">o<",
            "<iframe",
            "<object",
            "<embed",
            "<script",
            "<style",
            "<template",
            "<!--",
            "style=",
            "class=",
            "data-x",
            "srcdoc",
            "formaction",
            "xlink",
            "autoplay",
            "ping=",
            "target=",
            "background=",
            "<noscript",
        ] {
            assert!(!out.contains(gone), "{gone} in {out}");
        }
        // What is safe is still there.
        for kept in [
            "<p>Hello</p>",
            r#"<img src="http://example.com/dir/a.png" alt="A">"#,
            "<a>j1</a>",
            "<a>j7</a>",
            "<a>vb</a>",
            "<a>d2</a>",
            r#"<a href="mailto:someone@example.com">mail</a>"#,
            r#"<a href="http://ok.example/">ok</a>"#,
            r#"<img src="data:image/png;base64,iVBORw0KGgo=" alt="png">"#,
            r#"<img srcset="http://example.com/dir/ok.png 2x">"#,
            r#"<video controls preload="none"><source src="http://example.com/dir/v.mp4"></video>"#,
            "<blockquote>quote</blockquote>",
            "<details open=\"\"><summary>s</summary>d</details>",
            "<math><mi>x</mi>y</math>",
            "custom",
            "<div>styled</div>",
            r#"<td colspan="2">cell</td>"#,
        ] {
            assert!(out.contains(kept), "{kept} not in {out}");
        }
        // The base was ignored: relative URLs resolved against the page.
        assert!(!out.contains("src=\"x\""));
    }

    #[test]
    fn output_is_stable_when_sanitized_again() {
        let out = safe(XSS_VECTORS);
        let doc = parse_document(&out);
        let container = doc.body().and_then(|b| doc.first_child(b)).unwrap();
        let again = to_safe_html(&doc, container, Some(&page()));
        assert_eq!(again, format!("<div>{out}</div>"));
    }

    #[test]
    fn handler_attributes_in_every_spelling_are_dropped() {
        let out = safe(
            "<p OnClick=a() onmouseover\n=b() onfocus\t=\"c()\" ONLOAD='d()' \
             onauxclick=e() title=t>x</p>",
        );
        assert_eq!(out, r#"<div><p title="t">x</p></div>"#);
    }

    #[test]
    fn script_urls_are_dropped_whatever_their_spelling() {
        for href in [
            "javascript:alert(1)",
            " JAVASCRIPT:alert(1)",
            "\u{1}\u{2}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "java\rscript:alert(1)",
            "javascript\t:alert(1)",
            "jav&#x61;script:alert(1)",
            "&#x6A;avascript&colon;alert(1)",
            "vbscript:x",
            "data:text/html,x",
            "DATA:text/html;base64,eA==",
            "data:image/svg+xml,<svg/onload=alert(1)>",
            "livescript:x",
            "file:///etc/passwd",
        ] {
            let html = format!(r#"<a href="{href}">t</a>"#);
            for url in [Some(page()), None] {
                let out = safe_with(&html, url.as_ref());
                assert_eq!(out, "<div><a>t</a></div>", "{href:?}");
            }
        }
    }

    #[test]
    fn img_data_urls_are_raster_only() {
        assert!(safe(r#"<img src="data:image/gif;base64,R0lG">"#).contains("data:image/gif"));
        assert!(safe(r#"<img src=" DATA:IMAGE/WEBP,x">"#).contains("DATA:IMAGE/WEBP"));
        for bad in [
            "data:image/svg+xml;base64,PHN2Zz4=",
            "data:text/html,<b>",
            "data:image/png",
            "data:,x",
        ] {
            let out = safe(&format!(r#"<img src="{bad}" alt=x>"#));
            assert_eq!(out, "<div></div>", "{bad}");
        }
        // `data:` is for `img src` only.
        let out = safe(r#"<a href="data:image/png;base64,x">t</a>"#);
        assert_eq!(out, "<div><a>t</a></div>");
    }

    #[test]
    fn relative_urls_resolve_against_page_and_base() {
        let html = r#"<a href="../x.html?q=1#top">x</a><img src="/i.png">"#;
        assert_eq!(
            safe(html),
            r#"<div><a href="http://example.com/x.html?q=1#top">x</a><img src="http://example.com/i.png"></div>"#
        );
        let with_base = format!(r#"<base href="https://cdn.example.org/a/">{html}"#);
        assert_eq!(
            safe(&with_base),
            r#"<div><a href="https://cdn.example.org/x.html?q=1#top">x</a><img src="https://cdn.example.org/i.png"></div>"#
        );
        // A relative base resolves against the page.
        let doc = parse_document(r#"<base href="sub/">"#);
        assert_eq!(
            base_url(&doc, Some(&page())).unwrap().as_str(),
            "http://example.com/dir/sub/"
        );
        // An absolute base works without a page URL; a relative one cannot.
        assert_eq!(
            safe_with(&with_base, None),
            r#"<div><a href="https://cdn.example.org/x.html?q=1#top">x</a><img src="https://cdn.example.org/i.png"></div>"#
        );
        assert_eq!(base_url(&doc, None), None);
        // Only the first base with an href counts.
        let doc = parse_document(
            r#"<base target=_blank><base href="http://one.example/"><base href="http://two.example/">"#,
        );
        assert_eq!(
            base_url(&doc, None).unwrap().as_str(),
            "http://one.example/"
        );
    }

    #[test]
    fn script_bases_are_ignored() {
        for b in ["javascript:alert(1)//", "data:text/html,x", " JavaScript:x"] {
            let doc = parse_document(&format!(r#"<base href="{b}"><a href="p">x</a>"#));
            assert_eq!(base_url(&doc, Some(&page())), Some(page()));
            assert_eq!(base_url(&doc, None), None);
        }
    }

    /// Host names in any script resolve to their ASCII form (punycode), as
    /// browsers send them; one that is no host name at all is dropped as any
    /// unparsable URL is, and the link keeps its text.
    #[test]
    fn non_ascii_hosts_resolve_to_punycode() {
        let out = safe(
            r#"<a href="http://bücher.example/x">idn</a> <a href="//Bücher.example/y">rel</a> <img src="http://例え.テスト/i.png" srcset="https://bücher.example/a.png 1x, b.png 2x"> <a href="http://bü cher.example/z">bad</a> <a href="javascript://bücher.example/%0aalert(1)">js</a>"#,
        );
        assert_eq!(
            out,
            r#"<div><a href="http://xn--bcher-kva.example/x">idn</a> <a href="http://xn--bcher-kva.example/y">rel</a> <img src="http://xn--r8jz45g.xn--zckzah/i.png" srcset="https://xn--bcher-kva.example/a.png 1x, http://example.com/dir/b.png 2x"> <a>bad</a> <a>js</a></div>"#
        );
        let doc = parse_document(r#"<base href="http://bücher.example/">"#);
        assert_eq!(
            base_url(&doc, Some(&page())).unwrap().as_str(),
            "http://xn--bcher-kva.example/"
        );
    }

    #[test]
    fn a_page_on_disk_keeps_its_relative_files_but_not_explicit_ones() {
        let page = Url::parse("file:///home/me/page.html").unwrap();
        let out = safe_with(
            r#"<img src="images/a.png"><a href="file:///etc/passwd">x</a>"#,
            Some(&page),
        );
        assert!(
            out.contains(r#"src="file:///home/me/images/a.png""#),
            "{out}"
        );
        assert!(!out.contains("/etc/passwd"), "{out}");
    }

    #[test]
    fn without_any_base_relative_urls_stay_relative() {
        let out = safe_with(
            "<a href=' ../x.html '>x</a><img src='i.png' srcset='a.png 1x, b.png 2x'>",
            None,
        );
        assert_eq!(
            out,
            r#"<div><a href="../x.html">x</a><img src="i.png" srcset="a.png 1x, b.png 2x"></div>"#
        );
    }

    #[test]
    fn srcset_candidates_are_each_resolved_and_checked() {
        let out = safe(
            "<img srcset=' a.png 1x,b.png   2x , /c,d.png 640w, \
             javascript:x 3x, //cdn.example/e.png 1.5x bogus,f.png,'>",
        );
        assert_eq!(
            out,
            r#"<div><img srcset="http://example.com/dir/a.png 1x, http://example.com/dir/b.png 2x, http://example.com/c,d.png 640w, http://cdn.example/e.png 1.5x, http://example.com/dir/f.png"></div>"#
        );
        let picture = safe(
            "<picture><source srcset='w.webp' type='image/webp' media='(min-width: 1px)' src='no.png'>\
             <img src='p.png'></picture><source srcset='alone.png'>",
        );
        assert_eq!(
            picture,
            r#"<div><picture><source srcset="http://example.com/dir/w.webp" type="image/webp" media="(min-width: 1px)"><img src="http://example.com/dir/p.png"></picture></div>"#
        );
    }

    #[test]
    fn pre_keeps_its_whitespace_and_leading_newline() {
        let html = "<pre>\n\n  indented\n\ttab  </pre><pre>plain</pre><pre>\nonly-stripped</pre>";
        let out = safe(html);
        assert_eq!(
            out,
            "<div><pre>\n\n  indented\n\ttab  </pre><pre>plain</pre><pre>only-stripped</pre></div>"
        );
        // Re-parsing gives the same text back.
        let doc = parse_document(html);
        let again = parse_document(&out);
        assert_eq!(
            doc.text_content(doc.body().unwrap()),
            again.text_content(again.body().unwrap())
        );
        // The newline is doubled even when the text comes from an unwrapped child.
        let out = safe("<pre><font>\n\nx</font></pre>");
        assert_eq!(out, "<div><pre>\n\n\nx</pre></div>");
        // xmp text is literal markup: it is escaped into a pre.
        assert_eq!(
            safe("<xmp><b>&amp;</b></xmp>"),
            "<div><pre>&lt;b&gt;&amp;amp;&lt;/b&gt;</pre></div>"
        );
    }

    #[test]
    fn lists_keep_their_numbering() {
        let out = safe(
            r#"<ol start="4" reversed type="a" class="x"><li value="7" id="y">seven</li><li>eight</li></ol>"#,
        );
        assert_eq!(
            out,
            r#"<div><ol start="4" reversed="" type="a"><li value="7">seven</li><li>eight</li></ol></div>"#
        );
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        let out = safe(r#"<p title='say "hi" & <go>'>a &lt; b &amp;&amp; c &gt; d&nbsp;e</p>"#);
        assert_eq!(
            out,
            r#"<div><p title="say &quot;hi&quot; &amp; &lt;go&gt;">a &lt; b &amp;&amp; c &gt; d&nbsp;e</p></div>"#
        );
    }

    #[test]
    fn carriage_returns_survive_a_reparse() {
        let out = safe("<p title='a&#13;b'>c&#13;\nd</p>");
        assert_eq!(out, "<div><p title=\"a&#13;b\">c&#13;\nd</p></div>");
        let doc = parse_document(&out);
        assert_eq!(doc.text_content(doc.body().unwrap()), "c\r\nd");
    }

    #[test]
    fn links_inside_links_are_unwrapped() {
        let mut doc = parse_document("<a href=/outer>o <b>x</b></a><a href=/inner>i</a>");
        let body = doc.body().unwrap();
        let links: Vec<NodeId> = doc.elements_by_tag(body, &local_name!("a")).collect();
        let bold = doc.elements_by_tag(body, &local_name!("b")).next().unwrap();
        doc.append(bold, links[1]);
        let out = to_safe_html(&doc, body, None);
        assert_eq!(out, "<div><a href=\"/outer\">o <b>xi</b></a></div>");
        assert_eq!(text_content(&doc, body), "o xi");
    }

    #[test]
    fn mathml_is_kept_with_rendering_attributes() {
        let out = safe(
            r#"<math display="block" onclick="x()" style="color:red"><semantics><mrow><msup><mi mathvariant="normal">e</mi><mn>2</mn></msup><mo stretchy="false">+</mo><mfrac linethickness="0"><mi>a</mi><mi>b</mi></mfrac></mrow><annotation encoding="application/x-tex">e^2</annotation><annotation-xml encoding="MathML-Content"><ci>x</ci></annotation-xml></semantics></math>"#,
        );
        assert_eq!(
            out,
            r#"<div><math display="block"><semantics><mrow><msup><mi mathvariant="normal">e</mi><mn>2</mn></msup><mo stretchy="false">+</mo><mfrac linethickness="0"><mi>a</mi><mi>b</mi></mfrac></mrow><annotation encoding="application/x-tex">e^2</annotation></semantics></math></div>"#
        );
        assert_round_trip_safe(&out);
    }

    #[test]
    fn footnote_links_keep_working_with_prefixed_ids() {
        let out = safe(
            "<p id=intro>Text<sup id=ref1><a href='#fn1'>1</a></sup> <a href='#missing'>m</a> \
             <a href='#'>top</a> <a href='#n%202'>2</a></p>\
             <ol><li id=fn1>Note <a href='#ref1'>back</a></li><li id='n 2'>Two</li>\
             <li id=fn1>dup</li></ol><p><a name=old href='#old'>self</a></p>",
        );
        assert_eq!(
            out,
            "<div><p>Text<sup id=\"lucid-ref1\"><a href=\"#lucid-fn1\">1</a></sup> <a>m</a> \
             <a>top</a> <a href=\"#lucid-n%202\">2</a></p>\
             <ol><li id=\"lucid-fn1\">Note <a href=\"#lucid-ref1\">back</a></li>\
             <li id=\"lucid-n 2\">Two</li><li>dup</li></ol>\
             <p><a id=\"lucid-old\" href=\"#lucid-old\">self</a></p></div>"
        );
    }

    #[test]
    fn containers_are_renamed_unwrapped_or_dropped() {
        let out = safe(
            "<article><header><h1>T</h1></header><font color=red>f</font>\
             <menu><li>m</li></menu><form><label>l</label><input value=v><fieldset>fs</fieldset></form>\
             <dialog>d</dialog><canvas>c</canvas><my-el>e</my-el><tt>t</tt></article>",
        );
        assert_eq!(
            out,
            "<div><div><div><h1>T</h1></div>f<ul><li>m</li></ul><div>l<div>fs</div></div>\
             e<code>t</code></div></div>"
        );
    }

    #[test]
    fn root_is_wrapped_with_its_own_meaning() {
        let doc = parse_document("<pre id=code>  x\n</pre><p>after</p>");
        let pre = doc
            .elements_by_tag(Document::ROOT, &local_name!("pre"))
            .next()
            .unwrap();
        assert_eq!(to_safe_html(&doc, pre, None), "<div><pre>  x\n</pre></div>");
        assert_eq!(text_content(&doc, pre), "  x\n");
        // The whole document: head and its title are dropped.
        let doc = parse_document("<title>T</title><p>x</p>");
        assert_eq!(
            to_safe_html(&doc, Document::ROOT, None),
            "<div><p>x</p></div>"
        );
    }

    #[test]
    fn text_content_matches_the_html() {
        let html = "<p>One <script>var a;</script><b>two</b><style>p{}</style></p>\
                    <noscript>ns</noscript><svg><text>svg</text></svg><template>tp</template>\
                    <select><option>opt</option></select><textarea>ta</textarea>\
                    <math><mi>m</mi><annotation-xml>ax</annotation-xml></math>\
                    <pre>\n\ncode</pre><img src=x alt=alt><!--c--> three";
        let doc = parse_document(html);
        let body = doc.body().unwrap();
        let text = text_content(&doc, body);
        assert_eq!(text, "One twom\ncode three");
        // textContent of the re-parsed HTML is the same.
        let out = to_safe_html(&doc, body, None);
        let again = parse_document(&out);
        assert_eq!(again.text_content(again.body().unwrap()), text);
    }

    #[test]
    fn first_paragraph_skips_empty_and_dropped_ones() {
        let doc = parse_document(
            "<div><p> </p><noscript><p>no script</p></noscript>\
             <p><script>x</script>  First\n real   <b>one</b> </p><p>second</p></div>",
        );
        let body = doc.body().unwrap();
        assert_eq!(
            first_paragraph_text(&doc, body).as_deref(),
            Some("First real one")
        );
        let doc = parse_document("<div>no paragraphs</div>");
        assert_eq!(first_paragraph_text(&doc, doc.body().unwrap()), None);
    }

    /// A document whose body holds `depth` nested `tag` elements around a
    /// `<p>`. Built by hand: the parser itself caps nesting at 512, but tree
    /// surgery by later stages has no such cap.
    fn nested(tag: &str, depth: usize) -> (Document, NodeId) {
        let mut doc = parse_document("");
        let body = doc.body().unwrap();
        let mut parent = body;
        for _ in 0..depth {
            let e = doc.create_element(tag.into());
            doc.append(parent, e);
            parent = e;
        }
        let p = doc.create_element(local_name!("p"));
        doc.append(parent, p);
        doc.append_text(p, "deep & low");
        (doc, body)
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let depth = 100_000;
        let (doc, body) = nested("div", depth);
        let out = to_safe_html(&doc, body, None);
        let tail = format!("<p>deep &amp; low</p>{}</div>", "</div>".repeat(depth));
        assert!(out.ends_with(&tail));
        assert_eq!(out.matches("<div>").count(), depth + 1);
        assert_eq!(text_content(&doc, body), "deep & low");
        assert_eq!(
            first_paragraph_text(&doc, body).as_deref(),
            Some("deep & low")
        );
        // Deep unwrapped elements vanish; a deep dropped one takes its content.
        let (doc, body) = nested("font", depth);
        assert_eq!(
            to_safe_html(&doc, body, None),
            "<div><p>deep &amp; low</p></div>"
        );
        let (doc, body) = nested("noscript", depth);
        assert_eq!(to_safe_html(&doc, body, None), "<div></div>");
        assert_eq!(text_content(&doc, body), "");
    }

    #[test]
    fn boxes_that_would_show_nothing_are_not_written() {
        // A carousel's dots, swatches whose buttons went, a spacer
        // paragraph, a figure whose embed went, a table of empty cells.
        let out = safe(
            "<ul><li></li><li> <button>Red</button> </li><li>&nbsp;</li></ul>\
             <p>Text.</p><p> &nbsp; </p><p><br></p>\
             <figure><iframe src='https://v.example/1'></iframe><figcaption> </figcaption></figure>\
             <h2> <svg><text>icon</text></svg> </h2><blockquote>\n</blockquote><pre>\n</pre>\
             <table><tr><td></td><td> </td></tr></table><p>More.</p>",
        );
        assert_eq!(out, "<div><p>Text.</p><p>More.</p></div>");
        // An editor's empty line, a paragraph of a zero-width joiner (or
        // of other characters that draw nothing), is a blank gap too; the
        // same characters within words and emoji stay.
        let out = safe(
            "<p>&zwj;</p><p>One.</p><p>\u{200B}\u{FEFF} \u{200E}</p>\
             <p>Family: \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}, long\u{200B}word</p>",
        );
        assert_eq!(
            out,
            "<div><p>One.</p><p>Family: \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}, \
             long\u{200B}word</p></div>"
        );
    }

    #[test]
    fn a_size_of_zero_is_left_to_the_view() {
        // Next.js sizes its pictures in CSS over `width="0" height="0"`, a
        // CMS writes `height="0"` for "as wide as said": a width of 0,
        // written, would have the view draw nothing, and a height of 0
        // says nothing the view needs.
        assert_eq!(
            safe("<img src='https://example.com/a.jpg' width=0 height='0'>\
                  <img src='https://example.com/b.jpg' width=570 height=0>\
                  <video src='https://example.com/c.mp4' width=0 height=360></video>"),
            "<div><img src=\"https://example.com/a.jpg\">\
             <img src=\"https://example.com/b.jpg\" width=\"570\">\
             <video src=\"https://example.com/c.mp4\" height=\"360\" controls preload=\"none\"></video></div>"
        );
    }

    #[test]
    fn boxes_with_a_picture_a_player_a_link_target_or_a_rule_are_written() {
        let kept = [
            "<p><img src=\"https://example.com/a.jpg\"></p>",
            "<figure><video src=\"https://example.com/a.mp4\" controls preload=\"none\"></video></figure>",
            "<ul><li><hr></li></ul>",
            "<table><tbody><tr><td>1</td><td></td></tr></tbody></table>",
            // In code an empty line is a line.
            "<pre><div>fn main() {</div><div></div><div>}</div></pre>",
        ];
        for html in kept {
            assert_eq!(safe(html), format!("<div>{html}</div>"));
        }
        let footnote = safe("<p><a href='#n1'>1</a></p><ol><li id=n1></li></ol>");
        assert!(footnote.contains("<li id=\"lucid-n1\"></li>"), "{footnote}");
    }

    #[test]
    fn an_empty_box_after_a_line_of_text_still_breaks_the_line() {
        assert_eq!(
            safe("<div>across the forum!<p> </p><a href='/t/1'>Next thread</a></div>"),
            "<div><div>across the forum!<br><a href=\"http://example.com/t/1\">Next thread</a></div></div>"
        );
        // An empty inline element is no line of text, and a line a `<br>`
        // ended needs no other break.
        assert_eq!(
            safe("<div><i></i><p></p>Text</div>"),
            "<div><div><i></i>Text</div></div>"
        );
        assert_eq!(
            safe("<div>One<br><p></p>Two</div>"),
            "<div><div>One<br>Two</div></div>"
        );
        // The text is the HTML's, the boxes drawn or not.
        let doc = parse_document("<p>One</p><p> </p><ul><li></li></ul><p>Two</p>");
        assert_eq!(text_content(&doc, doc.body().unwrap()), "One Two");
    }

    #[test]
    fn a_paragraph_holding_a_block_is_written_as_a_div() {
        // Scoring renames a `<div>` whose children are inline to `<p>`;
        // a heading inside its `<span>`, or a paragraph's table part, is
        // still there. Written as a `<p>`, a browser would end the
        // paragraph at the block and make an empty one of its end tag.
        let mut doc = parse_document(
            "<div><span>Intro <h2>Title</h2></span> text</div>\
             <div><p>Inner</p><b>bold</b></div><div id=cells></div><div><i>plain</i></div>",
        );
        let body = doc.body().unwrap();
        let cells = doc.element_children(body).nth(2).unwrap();
        doc.remove_attr(cells, "id");
        let td = doc.create_element(local_name!("td"));
        let cell = doc.create_text("cell");
        doc.append(td, cell);
        doc.append(cells, td);
        let divs: Vec<NodeId> = doc.element_children(body).collect();
        for div in divs {
            doc.rename(div, local_name!("p"));
        }
        let out = to_safe_html(&doc, body, None);
        assert_eq!(
            out,
            "<div><div><span>Intro <h2>Title</h2></span> text</div>\
             <div><p>Inner</p><b>bold</b></div>\
             <div><table><td>cell</td></table></div><p><i>plain</i></p></div>"
        );
        // Parsed back, the paragraphs are the two written.
        let back = parse_document(&out);
        let paragraphs = back.descendants(Document::ROOT);
        assert_eq!(
            paragraphs
                .filter(|&n| back.is(n, &local_name!("p")))
                .count(),
            2
        );
    }

    #[test]
    fn a_link_that_shows_nothing_is_no_link() {
        // A share link whose icon went; a heading's permalink; what the
        // link held stays, a space between words, a line break.
        assert_eq!(
            safe("<p>One<a href='/share'> <svg></svg> </a>two<a href='/x'><br></a>three</p>"),
            "<div><p>One  two<br>three</p></div>"
        );
        // Its target stays one, without the link to itself (or its title).
        assert_eq!(
            safe("<p><a href='#top'>Top</a></p><h2><a id=top href='#top' title='Permalink'></a>Title</h2>"),
            "<div><p><a href=\"#lucid-top\">Top</a></p>\
             <h2><a id=\"lucid-top\"></a>Title</h2></div>"
        );
        // A link to a picture, or with words, is a link.
        for kept in [
            "<p><a href=\"https://example.com/a\"><img src=\"https://example.com/a.jpg\"></a></p>",
            "<p><a href=\"https://example.com/a\"><b>Read</b></a></p>",
        ] {
            assert_eq!(safe(kept), format!("<div>{kept}</div>"));
        }
    }

    #[test]
    fn url_helpers() {
        assert_eq!(url_scheme("HTTP://x").as_deref(), Some("http"));
        assert_eq!(url_scheme("a+b-c.d:x").as_deref(), Some("a+b-c.d"));
        assert_eq!(url_scheme("1http:x"), None);
        assert_eq!(url_scheme("/a:b"), None);
        assert_eq!(url_scheme("java\u{FFFD}script:x"), None);
        assert_eq!(url_scheme("nocolon"), None);
        assert_eq!(clean_url(" \u{0}\u{1F}a\tb\nc\r \u{7F}"), "abc \u{7F}");
        assert_eq!(percent_decode("a%20b%zz%e2%82%ac%"), "a b%zz\u{20AC}%");
        assert!(is_descriptor("1.5x") && is_descriptor("640w") && !is_descriptor("0x"));
        assert!(!is_descriptor("1.2.3x") && !is_descriptor(".x") && is_descriptor(".5x"));
        // As the float parser reads them, for every short string of '0', '5'
        // and '.'.
        let mut strings = vec![String::new()];
        for _ in 0..6 {
            strings = strings
                .iter()
                .flat_map(|s| ["0", "5", "."].map(|c| format!("{s}{c}")))
                .collect();
            for s in &strings {
                let by_parser = s.parse::<f64>().is_ok_and(|n| n > 0.0);
                assert_eq!(is_positive_decimal(s), by_parser, "{s}");
            }
        }
        assert!(!is_descriptor("x") && !is_descriptor("-1x") && !is_descriptor("1e3w"));
    }
}
