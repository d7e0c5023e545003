//! The article as plain text, laid out as a reader sees it: each block on
//! its own line, paragraphs apart, whitespace collapsed as a browser
//! collapses it (except in `<pre>`), table cells apart, hidden elements
//! left out. A simplified `innerText` for a document without style sheets.
//!
//! [`Article::text_content`](crate::Article) is the DOM's `textContent`, as
//! Readability.js gives it: it runs the text of adjacent blocks together
//! (`…the end.</p><h2>Next` reads "end.Next"). This text is what the
//! command-line tool prints and what the evaluation tool compares with
//! reference texts, which are written the same way.

use html5ever::{local_name, LocalName};

use crate::dom::{Document, NodeData, NodeId};
use crate::measure::HEADING_TAGS;
use crate::parse::parse_document;

/// Blocks set off by a blank line, as browsers' `innerText` sets off `<p>`
/// (extended to the other blocks a reader sees as separate paragraphs).
fn is_paragraph_block(tag: &LocalName) -> bool {
    HEADING_TAGS.contains(tag)
        || matches!(
            *tag,
            local_name!("p")
                | local_name!("blockquote")
                | local_name!("pre")
                | local_name!("figure")
                | local_name!("table")
                | local_name!("ul")
                | local_name!("ol")
                | local_name!("dl")
                | local_name!("hr")
        )
}

/// Elements displayed as blocks (or table rows, list items) by default: each
/// starts and ends a line.
fn is_line_block(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("address")
            | local_name!("article")
            | local_name!("aside")
            | local_name!("caption")
            | local_name!("dd")
            | local_name!("details")
            | local_name!("dialog")
            | local_name!("div")
            | local_name!("dt")
            | local_name!("fieldset")
            | local_name!("figcaption")
            | local_name!("footer")
            | local_name!("form")
            | local_name!("header")
            | local_name!("hgroup")
            | local_name!("li")
            | local_name!("main")
            | local_name!("nav")
            | local_name!("section")
            | local_name!("summary")
            | local_name!("tbody")
            | local_name!("tfoot")
            | local_name!("thead")
            | local_name!("tr")
    )
}

/// Elements whose content a reader never sees, or sees drawn: an SVG's
/// `<text>` is a picture's lettering (an avatar's initials beside a
/// byline), and the view draws no SVG.
fn is_unrendered(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("script")
            | local_name!("style")
            | local_name!("template")
            | local_name!("noscript")
            | local_name!("head")
            | local_name!("title")
            | local_name!("svg")
    )
}

/// The plain text of an HTML document or fragment (an article's `content`).
pub fn plain_text_of_html(html: &str) -> String {
    let doc = parse_document(html);
    plain_text(&doc, Document::ROOT)
}

/// One step of the walk: elements are entered, then left after their
/// children.
enum Step {
    Enter(NodeId),
    Leave(NodeId),
}

/// The plain text of `root`'s subtree.
pub fn plain_text(doc: &Document, root: NodeId) -> String {
    let mut text = Text::default();
    let mut pre_depth = 0usize;
    let mut stack = vec![Step::Enter(root)];
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Leave(node) => {
                let tag = doc.tag(node).expect("only elements are left");
                text.block_break(tag);
                if *tag == local_name!("pre") {
                    pre_depth -= 1;
                }
                continue;
            }
            Step::Enter(node) => node,
        };
        match &doc.node(node).data {
            NodeData::Text(t) if pre_depth > 0 => text.push_preformatted(t),
            NodeData::Text(t) => text.push_collapsed(t),
            NodeData::Document | NodeData::Fragment => push_children(doc, node, &mut stack),
            NodeData::Element(e) => {
                let tag = &e.name.local;
                // Hidden text is not read (a page's metadata lines hide
                // copies for machines); an article's hidden parts are
                // already gone.
                if is_unrendered(tag) || crate::measure::is_hidden(doc, node) {
                    continue;
                }
                match *tag {
                    local_name!("br") => text.line_break(),
                    local_name!("td") | local_name!("th") => text.cell_break(),
                    _ => text.block_break(tag),
                }
                if *tag == local_name!("pre") {
                    pre_depth += 1;
                }
                stack.push(Step::Leave(node));
                push_children(doc, node, &mut stack);
            }
            _ => {}
        }
    }
    text.finish()
}

fn push_children(doc: &Document, node: NodeId, stack: &mut Vec<Step>) {
    let mut cur = doc.last_child(node);
    while let Some(c) = cur {
        stack.push(Step::Enter(c));
        cur = doc.prev_sibling(c);
    }
}

/// Plain text being written: breaks are held back until text follows, so
/// runs of them merge (the larger wins) and none is left at either end.
#[derive(Default)]
struct Text {
    out: String,
    /// Newlines owed before the next text (1: a line, 2: a blank line).
    pending_newlines: usize,
    /// A cell break is owed before the next text.
    pending_tab: bool,
    /// Collapsed whitespace is owed before the next word.
    pending_space: bool,
}

impl Text {
    fn block_break(&mut self, tag: &LocalName) {
        if is_paragraph_block(tag) {
            self.pending_newlines = 2;
        } else if is_line_block(tag) {
            self.pending_newlines = self.pending_newlines.max(1);
        }
    }

    fn line_break(&mut self) {
        // A `<br>` always breaks, even after text that ended a line.
        self.flush_breaks();
        self.out.push('\n');
        self.pending_space = false;
    }

    fn cell_break(&mut self) {
        self.pending_tab = true;
    }

    fn push_collapsed(&mut self, t: &str) {
        for (i, word) in t.split_ascii_whitespace().enumerate() {
            if i > 0 || t.starts_with(|c: char| c.is_ascii_whitespace()) {
                self.pending_space = true;
            }
            self.push_word(word);
        }
        if t.ends_with(|c: char| c.is_ascii_whitespace()) {
            self.pending_space = true;
        }
    }

    fn push_preformatted(&mut self, t: &str) {
        if t.is_empty() {
            return;
        }
        self.flush_breaks();
        self.out.push_str(t);
        self.pending_space = false;
    }

    fn push_word(&mut self, word: &str) {
        let at_line_start = self.out.is_empty() || self.out.ends_with(['\n', '\t']);
        let broke = self.flush_breaks();
        if self.pending_space && !broke && !at_line_start {
            self.out.push(' ');
        }
        self.pending_space = false;
        self.out.push_str(word);
    }

    /// Writes the breaks owed, if any text came before; says whether any.
    fn flush_breaks(&mut self) -> bool {
        let (newlines, tab) = (
            std::mem::take(&mut self.pending_newlines),
            std::mem::take(&mut self.pending_tab),
        );
        if self.out.is_empty() {
            return false;
        }
        if newlines > 0 {
            let owed = newlines - trailing_newlines(&self.out).min(newlines);
            self.out.extend(std::iter::repeat_n('\n', owed));
            true
        } else if tab && !self.out.ends_with(['\n', '\t']) {
            self.out.push('\t');
            true
        } else {
            false
        }
    }

    fn finish(self) -> String {
        self.out
    }
}

fn trailing_newlines(s: &str) -> usize {
    s.bytes().rev().take_while(|&b| b == b'\n').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_set_apart_and_inline_text_is_not() {
        let text = plain_text_of_html(
            "<h1>The  title</h1><p>One <a href=x>linked</a> <em>word</em>.</p>\
             <p>Two\n lines<br>broken</p><ul><li>a</li><li>b</li></ul><div>end</div>",
        );
        assert_eq!(
            text,
            "The title\n\nOne linked word.\n\nTwo lines\nbroken\n\na\nb\n\nend"
        );
    }

    #[test]
    fn preformatted_text_and_table_cells_keep_their_layout() {
        let text = plain_text_of_html(
            "<p>Code:</p><pre>fn main() {\n    run();\n}</pre>\
             <table><tr><th>k</th><th>v</th></tr><tr><td>a</td><td>1</td></tr></table>",
        );
        assert_eq!(text, "Code:\n\nfn main() {\n    run();\n}\n\nk\tv\na\t1");
    }

    #[test]
    fn unrendered_content_is_not_text() {
        let text = plain_text_of_html(
            "<head><title>T</title><style>p{}</style></head>\
             <p>seen<script>hidden()</script></p><template>no</template>\
             <p><svg><text>JB</text></svg></p>",
        );
        assert_eq!(text, "seen");
        // Hidden as a browser hides it without style sheets.
        let text = plain_text_of_html(
            r#"<p>1998<span style="display: none"> (1998-02-28)</span><span hidden>x</span>
             <span style="visibility:hidden">y</span></p>"#,
        );
        assert_eq!(text, "1998");
    }
}
