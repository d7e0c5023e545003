//! Scoring: finding the article's container.
//!
//! Readability.js's `grabArticle`, step by step: walk the page once, dropping
//! what is hidden or unlikely and turning text-only `<div>`s into paragraphs;
//! score every paragraph by its length and commas and hand that score up to
//! its ancestors; pick the best-scoring container, widen it to a parent when
//! the content is spread out, and gather the siblings that look like more of
//! the same article. If the result is too short, try again with gentler
//! rules (keep unlikely-looking parts, ignore class names, clean less).

use std::collections::HashMap;

use html5ever::{local_name, LocalName};

use crate::clean;
use crate::dom::{Document, NodeId};
use crate::hints;
use crate::measure::{self, inner_text, inner_text_len, is_probably_visible, link_density};
use crate::metadata::Metadata;
use crate::region;

/// An article shorter than this (in characters) sends extraction into its
/// next, gentler attempt.
pub const CHAR_THRESHOLD: usize = 500;
/// How many of the best candidates are kept to compare against the best.
const TOP_CANDIDATES: usize = 5;
/// How many near-best candidates must share an ancestor for it to win.
const MIN_TOP_CANDIDATES_SHARING_ANCESTOR: usize = 3;
/// A candidate this close (ratio) to the best counts as near-best.
const NEAR_BEST_RATIO: f32 = 0.75;
/// Paragraphs shorter than this do not vote.
const MIN_PARAGRAPH_CHARS: usize = 25;
/// How many ancestors a paragraph's score is handed up to.
const SCORE_ANCESTOR_LEVELS: usize = 5;
/// Class/id hints add or subtract this much.
pub const CLASS_WEIGHT: f32 = 25.0;
/// A `<div>` holding only a paragraph is that paragraph unless it is this linky.
const SINGLE_P_MAX_LINK_DENSITY: f32 = 0.25;
/// Headings this similar to the title (share of words) are the title repeated.
const TITLE_SIMILARITY: f32 = 0.75;
/// A byline longer than this is prose, not a name.
const MAX_BYLINE_CHARS: usize = 100;

/// The article must hold at least this share of the main region's text,
/// or the page is read as a non-article page (see [`region`]): where the
/// scored block is under half of what the page marks as its content, the
/// rest is content too (a product's specifications, a service's sections,
/// a forum's other posts), not chrome, which the region leaves out already.
/// Measured on the development corpus, shares from 0.4 to 0.6 do about
/// equally well on every page type; a half is the plain middle.
const REGION_SHARE: f32 = 0.5;
/// An article this long (about 800 words) is the page's content whatever
/// the page around it holds.
const REGION_MAX_ARTICLE_CHARS: usize = 5000;
/// Pages that call themselves articles (JSON-LD, `og:type`) are trusted
/// further: they are read as their region only when the scored article is
/// short and a small part of it, as a hub page that declares itself an
/// article is. (News pages whose region also holds comments and teasers
/// sit between a quarter and a half.)
const REGION_SHARE_DECLARED_ARTICLE: f32 = 0.25;
const REGION_MAX_DECLARED_ARTICLE_CHARS: usize = 2000;
/// A scored article with more link text than this share is a grid of
/// cards: the page is read as its region. (0.4 to 0.6 measure alike.)
const REGION_CARD_GRID_LINK_DENSITY: f32 = 0.5;
/// Content with more of its text than this in the page's footer is not an
/// article: on a page whose scripts have yet to render it (a store's
/// product, a shell of an app), the footer is all the text left, and
/// the attempts that keep unlikely parts find it. (0.5 to 0.9 measure
/// alike on WCXB.)
const MAX_FOOTER_SHARE: f32 = 0.7;
/// Non-link characters below which a page may be "not an article".
const MIN_PROSE_CHARS: usize = 150;
/// Content with this many links and little prose is a list of links.
const MIN_LINKS_OF_LINK_LIST: usize = 5;
/// A list of links whose entries average this many characters is a
/// listing of headlines or product names, which the view shows as a list;
/// a menu's entries ("World", "Sports & Fitness") are shorter.
const MIN_MEAN_LINK_CHARS_OF_LISTING: f32 = 20.0;
/// How many levels above the best candidate a repeated item is looked for.
const REPEATED_ITEM_MAX_LEVELS: usize = 6;
/// How many same-shaped prose siblings make a series (the item included).
const MIN_REPEATED_ITEMS: usize = 3;
/// How far below an element after a thread's opening post its list of
/// replies is looked for.
const REPLY_LIST_MAX_DEPTH: usize = 3;
/// How many bare wrappers around an item are looked through for its shape.
const MAX_ITEM_WRAPPERS: usize = 2;
/// A repeated item shorter than this is a teaser, not a post.
const MIN_REPEATED_ITEM_CHARS: usize = 80;
/// A repeated item linkier than this is a card or a menu entry.
const MAX_REPEATED_ITEM_LINK_DENSITY: f32 = 0.3;

/// The rules an extraction attempt applies; each retry drops one of the
/// first three.
#[derive(Clone, Copy, Debug)]
pub struct Flags {
    pub strip_unlikely: bool,
    pub weight_classes: bool,
    pub clean_conditionally: bool,
    /// The page declares a discussion: parts named as replies or comments
    /// are its content, neither unlikely nor negative.
    pub replies_are_content: bool,
}

impl Flags {
    const ALL: Flags = Flags {
        strip_unlikely: true,
        weight_classes: true,
        clean_conditionally: true,
        replies_are_content: false,
    };

    /// The next, gentler attempt's rules; `None` when none are left.
    fn relaxed(self) -> Option<Flags> {
        if self.strip_unlikely {
            Some(Flags {
                strip_unlikely: false,
                ..self
            })
        } else if self.weight_classes {
            Some(Flags {
                weight_classes: false,
                ..self
            })
        } else if self.clean_conditionally {
            Some(Flags {
                clean_conditionally: false,
                ..self
            })
        } else {
            None
        }
    }
}

/// What scoring found: the article's root and what was learned on the way.
#[derive(Debug)]
pub struct Found {
    /// A detached element holding the article.
    pub root: NodeId,
    /// A byline printed in the page, when the metadata had none.
    pub byline: Option<String>,
    /// The text direction of the article's container.
    pub dir: Option<String>,
}

/// Finds the article. `doc` is left holding the tree of the attempt that was
/// chosen; the returned root is a detached element of that tree.
pub fn find_article(doc: &mut Document, meta: &Metadata) -> Option<Found> {
    let asks_for_password = doc.descendants(Document::ROOT).any(|n| {
        doc.is(n, &local_name!("input"))
            && doc
                .attr(n, &local_name!("type"))
                .is_some_and(|t| t.eq_ignore_ascii_case("password"))
    });
    let found = find_content(doc, meta)?;
    if !is_article(doc, found.root, asks_for_password) {
        return None;
    }
    // What the view's header shows: the content need not say it again.
    let shown = clean::Shown {
        published: meta.published_time.as_deref(),
        byline: meta
            .byline
            .as_deref()
            .or(found.byline.as_deref())
            .or(meta.printed_byline.as_deref()),
    };
    clean::tidy_chosen_content(doc, found.root, &shown);
    Some(found)
}

/// A sign-in page or a menu has text, but nothing a reader view could
/// show. Content with little text outside links is not an article when
/// the page asks for a password, or when it is a list of short links (a
/// menu); a short page of plain text still is, and so is a listing of
/// headlines or products, whose link text is its content. Nor is content
/// that is mostly the page's footer ([`MAX_FOOTER_SHARE`]).
fn is_article(doc: &Document, root: NodeId, asks_for_password: bool) -> bool {
    if measure::text_share_of(doc, root, |n| is_footer(doc, n), |n| inner_text_len(doc, n))
        > MAX_FOOTER_SHARE
    {
        return false;
    }
    let text_len = inner_text_len(doc, root) as f32;
    let link_density = link_density(doc, root);
    if text_len * (1.0 - link_density) >= MIN_PROSE_CHARS as f32 {
        return true;
    }
    if asks_for_password {
        return false;
    }
    let links = measure::count_tag(doc, root, &local_name!("a"));
    links < MIN_LINKS_OF_LINK_LIST
        || text_len * link_density / links as f32 >= MIN_MEAN_LINK_CHARS_OF_LISTING
}

/// Whether `id` is the page's footer: a `<footer>`, or a part whose class
/// or id has the word "footer" (but not Weebly's "wsite-not-footer").
fn is_footer(doc: &Document, id: NodeId) -> bool {
    doc.is(id, &local_name!("footer"))
        || (hints::is_named(doc, id, &["footer"]) && !hints::is_named(doc, id, &["not"]))
}

/// The content of the page: the article, or for non-article pages the main
/// region; `None` when nothing holds text.
fn find_content(doc: &mut Document, meta: &Metadata) -> Option<Found> {
    clean::prepare_page(doc);
    // Taken, not cloned: `doc` is given back the chosen tree below.
    let pristine = std::mem::take(doc);
    let article = grab_with_retries(&pristine, meta);
    let article_len = article.as_ref().map_or(0, |(_, _, len)| *len);

    // A page whose main region holds much more than the scored article is
    // a product, a listing, a home page or a thread: its content is the
    // whole region.
    let (share, max_article) = if meta.declares_article {
        (
            REGION_SHARE_DECLARED_ARTICLE,
            REGION_MAX_DECLARED_ARTICLE_CHARS,
        )
    } else {
        (REGION_SHARE, REGION_MAX_ARTICLE_CHARS)
    };
    // A scored block that is mostly links is a grid of cards (a
    // catalogue, a section front), whatever its size: the region around
    // it says what the page is better.
    let is_card_grid = article.as_ref().is_some_and(|(page, found, _)| {
        link_density(page, found.root) > REGION_CARD_GRID_LINK_DENSITY
    });
    // A long article that is not a grid of cards is the content whatever
    // the region holds: cutting the region out is then skipped.
    let region_may_win = is_card_grid || article_len < max_article;
    let mut region_page = pristine;
    if let Some(region) = region_may_win
        .then(|| region::main_region(&mut region_page))
        .flatten()
    {
        let region_len = inner_text_len(&region_page, region);
        if is_card_grid
            || (article_len < max_article && (article_len as f32) < share * region_len as f32)
        {
            *doc = region_page;
            let dir = article.and_then(|(_, f, _)| f.dir);
            return Some(Found {
                root: region,
                byline: None,
                dir,
            });
        }
    }
    let (page, found, _) = article?;
    *doc = page;
    Some(found)
}

/// Scoring with gentler rules each time, until the article is long enough;
/// otherwise the longest attempt with any text. Returns the attempt's tree,
/// what it found and its text length.
fn grab_with_retries(pristine: &Document, meta: &Metadata) -> Option<(Document, Found, usize)> {
    let mut flags = Flags {
        replies_are_content: meta.declares_discussion,
        ..Flags::ALL
    };
    let mut attempts: Vec<(Document, Found, usize)> = Vec::new();
    loop {
        let mut page = pristine.clone();
        if let Some(found) = grab_article(&mut page, meta, flags) {
            let len = inner_text_len(&page, found.root);
            if len >= CHAR_THRESHOLD {
                return Some((page, found, len));
            }
            attempts.push((page, found, len));
        }
        match flags.relaxed() {
            Some(f) => flags = f,
            None => break,
        }
    }
    attempts
        .into_iter()
        .enumerate()
        .max_by_key(|(i, (_, _, len))| (*len, std::cmp::Reverse(*i)))
        .map(|(_, a)| a)
        .filter(|a| a.2 > 0)
}

/// Per-node content scores, indexed by node id; nodes created during the
/// attempt get a slot on first write.
struct Scores(Vec<Option<f32>>);

impl Scores {
    fn get(&self, id: NodeId) -> Option<f32> {
        self.0.get(id.index()).copied().flatten()
    }
    fn set(&mut self, id: NodeId, score: f32) {
        if self.0.len() <= id.index() {
            self.0.resize(id.index() + 1, None);
        }
        self.0[id.index()] = Some(score);
    }
}

/// The class/id weight of an element: +25 for article-like hints, -25 for
/// clutter-like ones, each for class and id separately.
pub fn class_weight(doc: &Document, id: NodeId, flags: Flags) -> f32 {
    if !flags.weight_classes {
        return 0.0;
    }
    let mut weight = 0.0;
    let not_negative: &[&str] = if flags.replies_are_content {
        hints::REPLY_WORDS
    } else {
        &[]
    };
    for attr in [local_name!("class"), local_name!("id")] {
        if let Some(v) = doc.attr(id, &attr).filter(|v| !v.is_empty()) {
            let v = v.to_ascii_lowercase();
            if hints::is_negative(&v, not_negative) {
                weight -= CLASS_WEIGHT;
            }
            if hints::matches_any(&v, &hints::POSITIVE) {
                weight += CLASS_WEIGHT;
            }
        }
    }
    weight
}

/// The score a container starts with, from what kind of element it is.
fn initial_score(doc: &Document, id: NodeId, flags: Flags) -> f32 {
    let base = match doc.tag(id) {
        Some(&local_name!("div")) => 5.0,
        Some(&local_name!("pre")) | Some(&local_name!("td")) | Some(&local_name!("blockquote")) => {
            3.0
        }
        Some(&local_name!("address"))
        | Some(&local_name!("ol"))
        | Some(&local_name!("ul"))
        | Some(&local_name!("dl"))
        | Some(&local_name!("dd"))
        | Some(&local_name!("dt"))
        | Some(&local_name!("li"))
        | Some(&local_name!("form")) => -3.0,
        Some(&local_name!("h1"))
        | Some(&local_name!("h2"))
        | Some(&local_name!("h3"))
        | Some(&local_name!("h4"))
        | Some(&local_name!("h5"))
        | Some(&local_name!("h6"))
        | Some(&local_name!("th")) => -5.0,
        _ => 0.0,
    };
    base + class_weight(doc, id, flags)
}

/// Elements whose text is scored as a paragraph.
fn is_scored_tag(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("section")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
            | local_name!("p")
            | local_name!("td")
            | local_name!("pre")
    )
}

/// Words of a title or heading, for comparing them (ASCII word characters,
/// as JavaScript's `\W` splits).
fn title_words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// How much of `b` is made of words of `a` (by length): 1 for the same words.
pub fn text_similarity(a: &str, b: &str) -> f32 {
    let wa = title_words(a);
    let wb = title_words(b);
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let unique: Vec<&str> = wb
        .iter()
        .filter(|w| !wa.contains(w))
        .map(String::as_str)
        .collect();
    let all_len = wb.join(" ").len();
    1.0 - unique.join(" ").len() as f32 / all_len as f32
}

/// An unlikely candidate only for being a "header" that holds a heading
/// and a paragraph of prose is the article's own header (its title and
/// standfirst; MDN's pages their first paragraph), not a site's; one that
/// is itself a heading is one of the article's (rustdoc's `code-header`
/// signatures, a theme's `section-header`). Asked only of unlikely
/// candidates: it reads the element's whole subtree.
fn is_article_header(doc: &Document, id: NodeId, class_id: &str) -> bool {
    hints::is_unlikely_only_as(class_id, &["header"])
        && (doc.is_any(id, &clean::HEADING_TAGS)
            || (measure::holds_prose_paragraph(doc, id)
                && doc
                    .descendants(id)
                    .any(|n| doc.is_any(n, &[local_name!("h1"), local_name!("h2")]))))
}

/// Is this an `h1`/`h2` repeating the article's title (shown separately)?
fn heading_duplicates_title(doc: &Document, id: NodeId, title: &str) -> bool {
    if !(doc.is(id, &local_name!("h1")) || doc.is(id, &local_name!("h2"))) {
        return false;
    }
    text_similarity(title, &doc.text_content(id)) > TITLE_SIMILARITY
}

/// A byline printed in the page: marked by `rel=author`, `itemprop=author`
/// or a byline-like class, and short enough to be a name.
fn byline_text(doc: &Document, id: NodeId, class_id: &str) -> Option<String> {
    let marked = doc.attr(id, &local_name!("rel")) == Some("author")
        || doc
            .attr(id, &local_name!("itemprop"))
            .is_some_and(|p| p.contains("author"))
        || hints::matches_any(class_id, &hints::BYLINE);
    if !marked {
        return None;
    }
    // The whole element must be short: a long one (an `<article
    // class="author-jane">`) holds more than a byline.
    let text = crate::text::normalize_whitespace(&doc.text_content(id));
    if text.is_empty() || text.chars().count() >= MAX_BYLINE_CHARS {
        return None;
    }
    // Prefer the name itself where the byline marks it: microdata's `name`,
    // as Readability.js does.
    if let Some(name) = marked_name(doc, id, |n| {
        doc.attr(n, &local_name!("itemprop"))
            .is_some_and(|p| p.contains("name"))
    }) {
        return Some(name);
    }
    // Or a part whose class says it is the name ("author-name",
    // "byline__name", "fn"), or else a link to the author's page, when the
    // line holds more than a lead and the name: a date, a role or share
    // buttons, often run together without spaces ("By Jane DoePublished on
    // July 18"). A line that is only "By Jane Doe" is kept as printed, as
    // Readability.js keeps it.
    let name = marked_name(doc, id, |n| class_names_a_name(doc, n))
        .or_else(|| marked_name(doc, id, |n| links_to_author_page(doc, n)))
        .filter(|name| hints::without_byline_lead(&text.to_lowercase()) != name.to_lowercase());
    Some(name.unwrap_or(text))
}

/// The text of the first part of a byline that `marks` as the name and that
/// names someone (not only "By": see [`hints::names_someone`]).
fn marked_name(doc: &Document, byline: NodeId, marks: impl Fn(NodeId) -> bool) -> Option<String> {
    doc.descendants(byline)
        .filter(|&n| marks(n))
        .map(|n| crate::text::normalize_whitespace(&doc.text_content(n)))
        .find(|name| hints::names_someone(name))
}

/// Whether `id` is a link to an author's page ("/author/jane-doe",
/// "/blog?author=5fde35", "/contributor/jane-doe/").
fn links_to_author_page(doc: &Document, id: NodeId) -> bool {
    doc.is(id, &local_name!("a"))
        && doc.attr(id, &local_name!("href")).is_some_and(|href| {
            hints::matches_any(&href.to_ascii_lowercase(), &hints::AUTHOR_PAGE_PATHS)
        })
}

/// Whether an element's class says it holds a person's name: a class with
/// "name" in it, or microformats' `fn`. Next.js names its font classes
/// "__className_d44908", on any element: those say nothing.
fn class_names_a_name(doc: &Document, id: NodeId) -> bool {
    doc.attr(id, &local_name!("class")).is_some_and(|class| {
        class.split_ascii_whitespace().any(|c| {
            let c = c.to_ascii_lowercase();
            c == "fn" || (c.contains("name") && !c.contains("classname"))
        })
    })
}

/// Removes `id` and returns the node where a document-order walk goes on.
fn remove_and_next(doc: &mut Document, id: NodeId, root: NodeId) -> Option<NodeId> {
    let next = doc.next_in_order(id, root, true);
    doc.detach(id);
    next
}

/// One extraction attempt with the given rules.
fn grab_article(doc: &mut Document, meta: &Metadata, flags: Flags) -> Option<Found> {
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
                && !is_article_header(doc, node, &class_id)
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
    }
    let repeated = repeated_item_of(doc, top_candidate, body);
    if let Some(item) = repeated {
        top_candidate = item;
    } else if flags.replies_are_content {
        if let Some(thread) = thread_of_opening_post(doc, top_candidate, body) {
            top_candidate = thread;
        }
    }

    // Step 4: gather the siblings that look like more of the article.
    let article = doc.create_element(local_name!("div"));
    let parent = doc.parent(top_candidate)?;
    let dir = std::iter::once(top_candidate)
        .chain(doc.ancestors(top_candidate))
        .find_map(|n| doc.attr(n, &local_name!("dir")).map(str::to_string));
    let opening_post = repeated.and_then(|item| opening_post_of(doc, item, body));
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

    // Step 5: clean what was gathered.
    clean::prepare_article(doc, article, flags);

    Some(Found {
        root: article,
        byline: found_byline,
        dir,
    })
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
            trim_trailing_whitespace(doc, done);
        }
        child = next;
    }
    if let Some(done) = p {
        trim_trailing_whitespace(doc, done);
    }
}

fn trim_trailing_whitespace(doc: &mut Document, id: NodeId) {
    while let Some(last) = doc.last_child(id) {
        if !measure::is_whitespace(doc, last) {
            break;
        }
        doc.detach(last);
    }
}

/// When several near-best candidates share an ancestor, the article is
/// spread over them: that ancestor is the better container.
fn widen_to_shared_ancestor(
    doc: &Document,
    top: &[(NodeId, f32)],
    best: NodeId,
    body: NodeId,
) -> NodeId {
    let best_score = top.first().map_or(0.0, |t| t.1);
    let near: Vec<Vec<NodeId>> = top
        .iter()
        .skip(1)
        .filter(|&&(_, s)| best_score > 0.0 && s / best_score >= NEAR_BEST_RATIO)
        .map(|&(c, _)| doc.ancestors(c).collect())
        .collect();
    if near.len() < MIN_TOP_CANDIDATES_SHARING_ANCESTOR {
        return best;
    }
    let mut ancestor = doc.parent(best);
    while let Some(a) = ancestor {
        if a == body || !doc.is_element(a) {
            break;
        }
        let sharing = near.iter().filter(|anc| anc.contains(&a)).count();
        if sharing >= MIN_TOP_CANDIDATES_SHARING_ANCESTOR {
            return a;
        }
        ancestor = doc.parent(a);
    }
    best
}

/// Parents hold half their child's score; a parent scoring *higher* than
/// the candidate holds more content worth taking along.
fn climb_while_score_rises(doc: &Document, scores: &Scores, best: NodeId, body: NodeId) -> NodeId {
    let Some(mut last) = scores.get(best) else {
        return best;
    };
    let threshold = last / 3.0;
    let mut parent = doc.parent(best);
    while let Some(p) = parent {
        if p == body || !doc.is_element(p) {
            break;
        }
        if let Some(s) = scores.get(p) {
            if s < threshold {
                break;
            }
            if s > last {
                return p;
            }
            last = s;
        }
        parent = doc.parent(p);
    }
    best
}

/// Elements kept under their own name when gathered; anything else (a
/// `td`, a `form`) becomes a `div` so later cleaning treats it as a block.
fn keeps_its_tag_when_gathered(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("div")
            | local_name!("article")
            | local_name!("section")
            | local_name!("p")
            | local_name!("ol")
            | local_name!("ul")
    )
}

/// Moves the top candidate and its article-like siblings into `article`.
fn gather_siblings(
    doc: &mut Document,
    scores: &Scores,
    top_candidate: NodeId,
    parent: NodeId,
    article: NodeId,
    take_repeated_items: bool,
    title_holder: Option<NodeId>,
) {
    let top_score = scores.get(top_candidate).unwrap_or(0.0);
    let top_kind = item_kind(doc, top_candidate);
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = doc
        .attr(top_candidate, &local_name!("class"))
        .unwrap_or("")
        .to_string();
    let siblings: Vec<NodeId> = doc.element_children(parent).collect();
    let mut before_top = true;
    for sibling in siblings {
        let append = if sibling == top_candidate {
            before_top = false;
            true
        } else if before_top
            && title_holder.is_some_and(|h| doc.is_inclusive_descendant(h, sibling))
            && measure::holds_prose_paragraph(doc, sibling)
        {
            // The article's head, before its body: its title (shown apart)
            // and its standfirst.
            true
        } else if take_repeated_items && item_kind(doc, sibling) == top_kind {
            is_series_member(doc, sibling)
        } else {
            let mut bonus = 0.0;
            if !top_class.is_empty()
                && doc.attr(sibling, &local_name!("class")) == Some(top_class.as_str())
            {
                bonus += top_score * 0.2;
            }
            if scores.get(sibling).is_some_and(|s| s + bonus >= threshold) {
                true
            } else if doc.is(sibling, &local_name!("p")) {
                let density = link_density(doc, sibling);
                let text = inner_text(doc, sibling);
                let len = text.chars().count();
                (len > 80 && density < 0.25)
                    || (len < 80 && len > 0 && density == 0.0 && ends_a_sentence(&text))
            } else {
                false
            }
        };
        if append {
            if !doc.tag(sibling).is_some_and(keeps_its_tag_when_gathered) {
                doc.rename(sibling, local_name!("div"));
            }
            doc.append(article, sibling);
        }
    }
}

/// The class list that gives an element its shape: its own; for an element
/// without one, its numbered id's stem (`#post` of `post1234`); or for a
/// bare wrapper (a `<div>` around each post), that of what it wraps,
/// prefixed with the wrapped tags.
fn shape_class(doc: &Document, id: NodeId) -> String {
    let mut node = id;
    let mut wrapped = String::new();
    for _ in 0..=MAX_ITEM_WRAPPERS {
        if let Some(class) = doc
            .attr(node, &local_name!("class"))
            .filter(|c| !c.trim().is_empty())
        {
            wrapped.push_str(class);
            return wrapped;
        }
        if let Some(stem) = doc
            .attr(node, &local_name!("id"))
            .and_then(numbered_id_stem)
        {
            wrapped.push('#');
            wrapped.push_str(stem);
            return wrapped;
        }
        let mut children = doc.element_children(node);
        let (Some(only), None) = (children.next(), children.next()) else {
            break;
        };
        wrapped.push_str(doc.tag(only).map_or("", |t| t));
        wrapped.push('>');
        node = only;
    }
    String::new()
}

/// The stem of a numbered `id` (`post` of `post1234`, `edit` of
/// `edit37597539`): a template's items that carry no class are told apart
/// by number, and alike by stem.
fn numbered_id_stem(id: &str) -> Option<&str> {
    let stem = id.trim_end_matches(|c: char| c.is_ascii_digit());
    (stem.len() < id.len() && !stem.is_empty()).then_some(stem)
}

/// The looser shape of the items of a series already found: tag and first
/// class. Later classes vary from item to item while the shape stays: a
/// thread's `post bg1` and `post bg2` alternate, an answer is also
/// `accepted-answer`.
fn item_kind(doc: &Document, id: NodeId) -> (Option<LocalName>, String) {
    (
        doc.tag(id).cloned(),
        first_class(&shape_class(doc, id)).to_string(),
    )
}

/// The first class of a class list, or "".
fn first_class(classes: &str) -> &str {
    classes.split_ascii_whitespace().next().unwrap_or("")
}

/// An item of a repeated structure that reads as content (a forum post, a
/// comment in a Q&A thread), not as a teaser card or a menu entry.
fn is_prose_item(doc: &Document, id: NodeId) -> bool {
    inner_text_len(doc, id) >= MIN_REPEATED_ITEM_CHARS
        && link_density(doc, id) < MAX_REPEATED_ITEM_LINK_DENSITY
}

/// An item of a series found ([`repeated_item_of`]) belongs to it however
/// short, a reply of a few words as much as a long one, unless it is a
/// card or a menu entry: the length asked of items that make a series
/// ([`is_prose_item`]) is for telling a thread from a grid of teasers.
fn is_series_member(doc: &Document, id: NodeId) -> bool {
    measure::has_text(doc, id) && link_density(doc, id) < MAX_REPEATED_ITEM_LINK_DENSITY
}

/// Threads, Q&A pages and comment-style pages are series of items of the
/// same shape, each scoring alone: when the best candidate is (inside) one
/// such item and several of its same-shaped siblings read as prose too, the
/// content is the whole series. Returns the item the candidate belongs to.
fn repeated_item_of(doc: &Document, candidate: NodeId, body: NodeId) -> Option<NodeId> {
    let mut node = candidate;
    for _ in 0..=REPEATED_ITEM_MAX_LEVELS {
        let parent = doc.parent(node)?;
        if node == body {
            return None;
        }
        if has_series_of_siblings(doc, node) {
            return Some(node);
        }
        // A reply to a reply, in a thread drawn as a tree, has few
        // siblings of its own: the series is that of an item of its kind
        // it is nested in, however deep. Only for items named as replies:
        // a page's layout nests boxes of one kind too (a grid's `row` in a
        // `row`), and its series of boxes is not a thread.
        if let Some(outer) =
            nesting_items(doc, node, body).find(|&n| has_series_of_siblings(doc, n))
        {
            return Some(outer);
        }
        if parent == body {
            return None;
        }
        node = parent;
    }
    None
}

/// Whether enough of `node`'s siblings are items of its kind and shape,
/// reading as prose, to make a series with it. The item may be set apart
/// from them by more classes (the accepted answer among the answers),
/// never by fewer or others.
fn has_series_of_siblings(doc: &Document, node: NodeId) -> bool {
    let Some(parent) = doc.parent(node) else {
        return false;
    };
    let shape = shape_class(doc, node);
    let own: Vec<&str> = shape.split_ascii_whitespace().collect();
    let Some(&kind) = own.first() else {
        return false;
    };
    let alike = doc
        .element_children(parent)
        .filter(|&s| {
            if s == node || doc.tag(s) != doc.tag(node) {
                return false;
            }
            let theirs = shape_class(doc, s);
            first_class(&theirs) == kind
                && theirs.split_ascii_whitespace().all(|c| own.contains(&c))
                && is_prose_item(doc, s)
        })
        .count();
    alike >= MIN_REPEATED_ITEMS - 1
}

/// The ancestors of `item` (below `body`) of its kind ([`item_kind`]),
/// innermost first, when its kind is named as a reply: the replies it
/// answers, in a tree of nested replies.
fn nesting_items<'a>(
    doc: &'a Document,
    item: NodeId,
    body: NodeId,
) -> impl Iterator<Item = NodeId> + 'a {
    let kind = item_kind(doc, item);
    let named_as_reply = hints::names_a_reply(&kind.1.to_ascii_lowercase());
    doc.ancestors(item)
        .take_while(move |&a| named_as_reply && a != body)
        .filter(move |&a| item_kind(doc, a) == kind)
}

/// A thread's opening post (a Q&A page's question, a link's submission
/// above its comments) often sits before the list of replies rather than in
/// it: the element just before the replies' container, when it reads as
/// prose and is built like a reply (a child of the same class), is the
/// thread's start and comes first.
fn opening_post_of(doc: &Document, item: NodeId, body: NodeId) -> Option<NodeId> {
    let container = doc.parent(item).filter(|&c| c != body)?;
    let post = doc.prev_element_sibling(container)?;
    let child_classes = |n: NodeId| -> Vec<String> {
        doc.element_children(n)
            .map(|c| first_class(&shape_class(doc, c)).to_string())
            .filter(|c| !c.is_empty())
            .collect()
    };
    let reply_parts = child_classes(item);
    let built_like_a_reply = child_classes(post).iter().any(|c| reply_parts.contains(c));
    (built_like_a_reply && is_prose_item(doc, post)).then_some(post)
}

/// A discussion's opening post often stands apart from its replies (a
/// topic's `<article>`, then a `<section>` of replies), so that the best
/// candidate is the post alone. When an element after the post, or after
/// one of its ancestors, holds a list of replies, the thread is their
/// parent. Asked only on pages that declare a discussion: below an
/// article, such a list is its comments.
fn thread_of_opening_post(doc: &Document, post: NodeId, body: NodeId) -> Option<NodeId> {
    let mut node = post;
    for _ in 0..=REPEATED_ITEM_MAX_LEVELS {
        let parent = doc.parent(node).filter(|&p| p != body && node != body)?;
        let mut next = doc.next_element_sibling(node);
        while let Some(sibling) = next {
            if holds_reply_list(doc, sibling, REPLY_LIST_MAX_DEPTH) {
                return Some(parent);
            }
            next = doc.next_element_sibling(sibling);
        }
        node = parent;
    }
    None
}

/// Is `id`, or an element at most `depth` levels below it, a list of
/// replies: prose items of one kind, enough to be a series without the
/// opening post?
fn holds_reply_list(doc: &Document, id: NodeId, depth: usize) -> bool {
    // Counted by kind: comparing every item with every other is quadratic
    // in a long list.
    let mut items_of_kind: HashMap<(Option<LocalName>, String), usize> = HashMap::new();
    for child in doc.element_children(id).filter(|&c| is_prose_item(doc, c)) {
        let kind = item_kind(doc, child);
        if !kind.1.is_empty() {
            *items_of_kind.entry(kind).or_default() += 1;
        }
    }
    let is_list = items_of_kind.values().any(|&n| n >= MIN_REPEATED_ITEMS - 1);
    is_list
        || (depth > 0
            && doc
                .element_children(id)
                .any(|c| holds_reply_list(doc, c, depth - 1)))
}

/// `<article>` and `<main>` say in HTML itself that they hold the page's
/// content, which outweighs a class name: a theme's
/// `<article class="template-with-sidebar">` holds the article, and
/// stripping it as a sidebar left only a disclosure note to find.
fn declares_content(tag: &LocalName) -> bool {
    matches!(*tag, local_name!("article") | local_name!("main"))
}

/// Does the text contain a full stop followed by a space or the end?
fn ends_a_sentence(text: &str) -> bool {
    text.ends_with('.') || text.contains(". ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similarity_of_title_and_heading() {
        assert!(text_similarity("Hello World", "hello world") > 0.99);
        assert!(text_similarity("Hello World", "Something else entirely") < 0.1);
        assert_eq!(text_similarity("", "x"), 0.0);
    }

    #[test]
    fn byline_is_a_short_element_and_prefers_the_marked_name() {
        let doc = crate::parse::parse_document(
            "<div class=byline>By <span itemprop=name>Ada Lovelace</span></div>\
             <article class='entry author-ada'><span itemprop=name>Ada</span>\
             <p>A whole article body that is much longer than any byline could be, \
             with sentences and sentences of text in it.</p></article>",
        );
        let body = doc.body().unwrap();
        let els: Vec<_> = doc.element_children(body).collect();
        let class_id = |n| hints::class_and_id_lower(&doc, n);
        assert_eq!(
            byline_text(&doc, els[0], &class_id(els[0])).as_deref(),
            Some("Ada Lovelace")
        );
        assert_eq!(byline_text(&doc, els[1], &class_id(els[1])), None);
    }

    #[test]
    fn byline_prefers_the_part_that_is_the_name() {
        let byline_of = |html: &str| {
            let doc = crate::parse::parse_document(html);
            let line = doc.element_children(doc.body().unwrap()).next().unwrap();
            byline_text(&doc, line, &hints::class_and_id_lower(&doc, line))
        };
        // The lead, a role and a date run into the name without spaces.
        assert_eq!(
            byline_of(
                "<div class=byline>Written By<span class=author-name>Stephen Jesudunsin</span>\
                 <span class=role>AI Writer</span><time>July 18, 2025</time></div>"
            )
            .as_deref(),
            Some("Stephen Jesudunsin")
        );
        assert_eq!(
            byline_of("<span class=byline>By <span class='vcard'><span class=fn>Ann Lee</span></span>, Staff Writer</span>")
                .as_deref(),
            Some("Ann Lee")
        );
        // Else a link to the author's page.
        assert_eq!(
            byline_of(
                "<div class=byline>Guide by <a href='/authors/will-judd'>Will Judd</a> \
                 Former Deputy Tech Editor</div>"
            )
            .as_deref(),
            Some("Will Judd")
        );
        // A part named as the name that holds only the lead is not the name.
        assert_eq!(
            byline_of(
                "<p class=byline><span class=name-prefix>By</span> \
                 <a class=author-name>April Fulton</a> <time>May 2</time></p>"
            )
            .as_deref(),
            Some("April Fulton")
        );
        // A lead and the name alone, or nothing named: the line as printed.
        for line in [
            "<p class=byline>Par <a class=author-name>Sébastien Farcis</a></p>",
            "<p class=byline>Par <a href=/a/x>Sébastien Farcis</a></p>",
        ] {
            assert_eq!(byline_of(line).as_deref(), Some("Par Sébastien Farcis"));
        }
    }

    #[test]
    fn numbered_ids_are_alike_by_stem() {
        assert_eq!(
            numbered_id_stem("post_message_37601655"),
            Some("post_message_")
        );
        assert_eq!(numbered_id_stem("edit1"), Some("edit"));
        assert_eq!(numbered_id_stem("main"), None);
        assert_eq!(numbered_id_stem("2024"), None);
    }

    #[test]
    fn items_of_a_series_are_alike_by_tag_and_first_class() {
        let doc = crate::parse::parse_document(
            "<div class='post bg1'>a</div><div class='post bg2'>b</div>\
             <div class='post'>c</div><article class='post bg1'>d</article>\
             <div class='bg1 post'>e</div>",
        );
        let body = doc.body().unwrap();
        let els: Vec<_> = doc.element_children(body).collect();
        let kind = |i: usize| item_kind(&doc, els[i]);
        assert_eq!(kind(0), kind(1));
        assert_eq!(kind(0), kind(2));
        assert_ne!(kind(0), kind(3));
        assert_ne!(kind(0), kind(4));
        // Finding a series asks for the candidate's classes, or fewer.
        assert_ne!(shape_class(&doc, els[0]), shape_class(&doc, els[1]));
    }

    #[test]
    fn the_accepted_answer_belongs_to_the_series_of_answers() {
        let answer = "An answer long enough to be a post, with a sentence or two of \
                      advice in it and no links at all.";
        let page = |first: &str| {
            crate::parse::parse_document(&format!(
                "<div id=answers><div class='{first}'><p>{answer}</p></div>\
                 <div class='answer js-answer'><p>{answer}</p></div>\
                 <div class='answer js-answer'><p>{answer}</p></div></div>"
            ))
        };
        for (first, in_series) in [
            ("answer js-answer accepted-answer", true),
            ("answer js-answer", true),
            // Same first class, but not the series' classes and more.
            ("answer featured", false),
        ] {
            let doc = page(first);
            let body = doc.body().unwrap();
            let answers = doc.element_children(body).next().unwrap();
            let accepted = doc.element_children(answers).next().unwrap();
            let candidate = doc.element_children(accepted).next().unwrap();
            let found = repeated_item_of(&doc, candidate, body);
            assert_eq!(found == Some(accepted), in_series, "{first}");
        }
    }

    #[test]
    fn posts_each_in_a_bare_wrapper_are_a_series_of_wrappers() {
        let post = "<div><article class='post-article post-box'><div class=post-body><p>A \
                    reply long enough to be a post, with a sentence or two of good advice in \
                    it, and no links.</p></div></article></div>";
        let doc = crate::parse::parse_document(&format!("<div id=thread>{post}{post}{post}</div>"));
        let body = doc.body().unwrap();
        let thread = doc.element_children(body).next().unwrap();
        let wrapper = doc.element_children(thread).next().unwrap();
        let paragraph = doc
            .descendants(wrapper)
            .find(|&n| doc.is(n, &local_name!("p")));
        assert_eq!(
            repeated_item_of(&doc, paragraph.unwrap(), body),
            Some(wrapper)
        );
        assert_eq!(shape_class(&doc, wrapper), "article>post-article post-box");
    }

    #[test]
    fn a_reply_deep_in_a_tree_of_replies_belongs_to_the_top_level_series() {
        // Three threads at the top; the candidate is a reply to a reply in
        // the first, with no sibling of its own.
        let text = "A reply long enough to be a post, with a sentence or two of good \
                    advice in it, and no links.";
        let page = |kind: &str| {
            let item = |inner: &str| {
                format!("<li class={kind}><div class=body><p>{text}</p></div><ol>{inner}</ol></li>")
            };
            // Deeper than a series is looked for above a candidate.
            let deep = (0..REPEATED_ITEM_MAX_LEVELS / 2).fold(item(""), |inner, _| item(&inner));
            crate::parse::parse_document(&format!(
                "<ol id=thread>{deep}{}{}</ol>",
                item(""),
                item("")
            ))
        };
        for (kind, in_series) in [("comments_subtree", true), ("row", false)] {
            let doc = page(kind);
            let body = doc.body().unwrap();
            let thread = doc.element_children(body).next().unwrap();
            let first = doc.element_children(thread).next().unwrap();
            let deepest = doc
                .descendants(first)
                .filter(|&n| doc.is(n, &local_name!("p")))
                .last()
                .unwrap();
            let found = repeated_item_of(&doc, deepest, body);
            // A layout's boxes nested alike are no thread.
            assert_eq!(found == Some(first), in_series, "{kind}");
        }
    }
}
