//! Scoring: finding the article's container.
//!
//! Readability.js's `grabArticle`, step by step: walk the page once, dropping
//! what is hidden or unlikely and turning text-only `<div>`s into paragraphs;
//! score every paragraph by its length and commas and hand that score up to
//! its ancestors; pick the best-scoring container, widen it to a parent when
//! the content is spread out, and gather the siblings that look like more of
//! the same article. If the result is too short, try again with gentler
//! rules (keep unlikely-looking parts, ignore class names, clean less).
//!
//! Where each step is, in the order they run:
//!
//! - This file: [`find_article`] prepares the page
//!   ([`clean::prepare_page`]) and runs the attempts, each with gentler
//!   [`Flags`] than the last, until one finds an article long enough
//!   ([`CHAR_THRESHOLD`]); it reads the page as its main region instead
//!   ([`region`]) where the article is a small part of it, tells an article
//!   from a sign-in page or a menu, and has the content chosen tidied
//!   ([`clean::tidy_chosen_content`]).
//! - `attempt.rs`: one attempt, its steps in order: the walk (which takes
//!   out the printed byline, found by `byline.rs`, and the heading that
//!   repeats the title), the paragraphs' scores handed up, the best
//!   candidates, the gathering, then [`clean::prepare_article`].
//! - `candidates.rs`: what a container scores to begin with, by its tag
//!   and by its class and id ([`class_weight`], which cleaning judges by
//!   too), and the container widened around the best candidate.
//! - `threads.rs`: threads, Q&A pages and comments, where the best
//!   candidate is one post of a series: the content is the whole series,
//!   its opening post first.
//! - `gather.rs`: the siblings of the container that are more of the same
//!   article, gathered with it.
//! - `faq.rs`: the article's FAQ, which the page's JSON-LD declares, where
//!   it stands apart after the body: it closes the article.
//! - `json_ld_body.rs`: the article as the page's JSON-LD gives it, where
//!   the markup holds little of it.

mod attempt;
mod byline;
mod candidates;
mod faq;
mod gather;
mod json_ld_body;
mod threads;

use html5ever::local_name;

use self::attempt::grab_article;
use self::json_ld_body::article_from_json_ld;
pub(crate) use self::threads::{has_series_of_siblings, item_kind};
use crate::clean;
use crate::dom::{Document, NodeId};
use crate::hints;
use crate::measure::{self, inner_text_len, link_density};
use crate::metadata::Metadata;
use crate::region;
use crate::trace;

pub use self::candidates::{class_weight, CLASS_WEIGHT};

/// An article shorter than this (in characters) sends extraction into its
/// next, gentler attempt.
pub const CHAR_THRESHOLD: usize = 500;
/// A page laid out in a table has a few rows in it: a header, the row of
/// columns (sections, the article, teasers), a footer. More rows are a
/// list, a schedule or data.
const LAYOUT_TABLE_MAX_ROWS: usize = 3;

/// A row of a page laid out in a table: two cells or more, among a few
/// rows at most (three, `LAYOUT_TABLE_MAX_ROWS`). The rows counted are the
/// row's siblings that hold cells, not every row under the table: a table
/// nested in the article's cell is the article's, and a row gathered into
/// the article has left its table.
pub fn is_layout_row(doc: &Document, row: NodeId) -> bool {
    // Cells are counted only as far as the answer needs: this is asked of
    // each cell's row, and a row may have thousands.
    let cells = |row: NodeId| {
        doc.element_children(row)
            .filter(|&c| doc.is(c, &local_name!("td")))
    };
    doc.is(row, &local_name!("tr"))
        && cells(row).nth(1).is_some()
        && doc.parent(row).is_some_and(|rows| {
            doc.element_children(rows)
                .filter(|&r| cells(r).next().is_some())
                .nth(LAYOUT_TABLE_MAX_ROWS)
                .is_none()
        })
}

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
    /// The article's FAQ, found apart from its body and appended to it.
    pub faq: Option<NodeId>,
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
    let found = find_content(doc, meta).filter(|f| is_article(doc, f.root, asks_for_password));
    let from_json_ld = meta.article_body.as_deref().and_then(|body| {
        let markup_len = found.as_ref().map_or(0, |f| inner_text_len(doc, f.root));
        article_from_json_ld(doc, body, markup_len)
    });
    let found = match from_json_ld {
        // The markup's byline and direction still hold for the article.
        Some(root) => {
            trace::kept("json-ld");
            let (byline, dir) = found.map_or((None, None), |f| (f.byline, f.dir));
            Found {
                root,
                byline,
                dir,
                faq: None,
            }
        }
        None => found?,
    };
    // What the view's header shows: the content need not say it again.
    let shown = clean::Shown {
        published: meta.published_time.as_deref(),
        byline: meta
            .byline
            .as_deref()
            .or(found.byline.as_deref())
            .or(meta.fallback_byline.as_deref()),
        titles: [meta.headline.as_deref(), meta.title.as_deref()],
    };
    trace::begin("chosen");
    clean::tidy_chosen_content(doc, found.root, &shown);
    Some(found)
}

/// A sign-in page or a menu has text, but nothing a reader view could
/// show. Content with little text outside links is not an article when
/// the page asks for a password, or when it is a list of short links (a
/// menu); a short page of plain text still is, and so is a listing of
/// headlines or products, whose link text is its content (counted over
/// the links with words: a product card's picture is a link too). Nor is
/// content that is mostly the page's footer ([`MAX_FOOTER_SHARE`]).
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
    let links = doc
        .elements_by_tag(root, &local_name!("a"))
        .filter(|&a| measure::has_text(doc, a))
        .count();
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
    trace::begin("page");
    clean::prepare_page(doc, meta);
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
        .then(|| {
            trace::begin("region");
            region::main_region(&mut region_page)
        })
        .flatten()
    {
        let region_len = inner_text_len(&region_page, region);
        if is_card_grid
            || (article_len < max_article && (article_len as f32) < share * region_len as f32)
        {
            *doc = region_page;
            trace::kept("region");
            let dir = article.and_then(|(_, f, _)| f.dir);
            return Some(Found {
                root: region,
                byline: None,
                dir,
                faq: None,
            });
        }
    }
    let (page, found, _) = article?;
    *doc = page;
    Some(found)
}

/// The length of the article's text less its FAQ's: how much of the
/// page the article found is, weighed against the page's region and
/// [`CHAR_THRESHOLD`]. An FAQ closes an article; it does not make one (a
/// hub page's scored block of cards, with its FAQ, is no longer article).
fn body_len(page: &Document, found: &Found) -> usize {
    let faq_len = found
        .faq
        .filter(|&faq| page.is_inclusive_descendant(faq, found.root))
        .map_or(0, |faq| inner_text_len(page, faq));
    inner_text_len(page, found.root).saturating_sub(faq_len)
}

/// Scoring with gentler rules each time, until the article is long enough;
/// otherwise the longest attempt with any text. Returns the attempt's tree,
/// what it found and its text length.
fn grab_with_retries(pristine: &Document, meta: &Metadata) -> Option<(Document, Found, usize)> {
    let mut flags = Flags {
        replies_are_content: meta.declares_discussion,
        ..Flags::ALL
    };
    // The longest attempt so far; of two as long, the stricter.
    let mut longest: Option<(Document, Found, usize)> = None;
    let mut number = 1;
    loop {
        trace::begin(format_args!("attempt {number}"));
        let mut page = pristine.clone();
        if let Some(found) = grab_article(&mut page, meta, flags) {
            let len = body_len(&page, &found);
            if len >= CHAR_THRESHOLD {
                trace::kept(format_args!("attempt {number}"));
                return Some((page, found, len));
            }
            if len > longest.as_ref().map_or(0, |(_, _, l)| *l) {
                trace::kept(format_args!("attempt {number}"));
                longest = Some((page, found, len));
            }
        }
        match flags.relaxed() {
            Some(f) => flags = f,
            None => break,
        }
        number += 1;
    }
    longest
}
