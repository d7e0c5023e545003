//! Lucid Reader's extraction engine: given a page's HTML (and its URL), find
//! the article in it and return it clean, with its metadata.
//!
//! The pipeline, one module per stage:
//!
//! 1. [`parse`]: html5ever (the WHATWG parser) builds the project's compact
//!    arena tree ([`dom`]) through a narrow `TreeSink`, once text a site
//!    encoded twice ("Itâ€™s") is read back as written (`mojibake.rs`).
//! 2. [`metadata`]: title, byline, site, date, language... read from JSON-LD,
//!    OpenGraph, Twitter cards, Dublin Core, `<meta>` and the document.
//! 3. [`clean`]: clutter is removed in three passes, which [`score`] runs:
//!    from the whole page before scoring (scripts and styles, forum posts'
//!    author panels, cookie notices, breadcrumb trails, language
//!    switchers; `<br><br>` runs become paragraphs),
//!    from the article each scoring attempt gathers (forms, share bars, ad
//!    slots, link lists, a table layout's column of links), and once from
//!    the content chosen (prose shown twice, the byline the view's header
//!    shows, what stands in for a control or a script's work).
//! 4. [`score`]: candidate containers are scored by text and paragraph
//!    density, commas, link density and class/id/role hints; the best one and
//!    its qualifying siblings become the article (of a page laid out in a
//!    table, the article's cell and the cells that score with it).
//!    Pages that are not articles (products, listings, home pages), where
//!    scoring finds only a small part of the page, are read as their main
//!    region less page chrome instead ([`region`]); content with too little
//!    prose (a sign-in form, a menu of short links) is "not an article";
//!    a listing of headlines or products is shown as its list.
//! 5. [`serialize`]: the article subtree is written out as safe HTML (an
//!    allowlist of elements and attributes, absolute URLs) and as its DOM
//!    `textContent`; [`plain_text`] lays that HTML out as text, as a reader
//!    sees it.
//!
//! Links and images are resolved with [`urls`]: the WHATWG URL parser,
//! the `url` crate's natively and the platform's own in the wasm.
//!
//! [`readerable`] is the quick "is this probably an article?" check, usable
//! before full extraction. [`trace`] tells a listener what the steps
//! remove, and where in the code. The engine never panics, never recurses
//! on the document's depth, and runs in time linear in the page's size.

pub mod article;
pub mod clean;
pub mod dom;
#[cfg(not(target_arch = "wasm32"))]
pub mod encoding;
pub(crate) mod hints;
pub mod measure;
pub mod metadata;
mod mojibake;
pub mod parse;
pub mod plain_text;
pub mod readerable;
pub mod region;
pub mod score;
pub mod serialize;
pub mod text;
pub mod trace;
pub mod urls;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use article::{extract, Article};
pub use readerable::is_probably_readerable;
