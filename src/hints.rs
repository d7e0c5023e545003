//! Class and id hints: word lists matched against an element's `class` and
//! `id` to guess what the element is (an article body, a sidebar, an ad).
//!
//! Every list is a named constant of lowercase fragments, matched as plain
//! substrings of the ASCII-lowercased `class + " " + id` string: exactly what
//! Readability.js's case-insensitive alternation regexes (`/a|b|c/i`) do, so
//! the lists can be copied from it word for word, without a regex engine
//! (nothing to compile per wasm instance, linear in the string's length).
//! Put new hint lists here, next to these, and match them with
//! [`matches_any`] over [`class_and_id_lower`].

use crate::dom::{Document, NodeId};

/// Readability.js's `REGEXPS.unlikelyCandidates`: class/id fragments of page
/// parts that are rarely the article (comments, footers, menus, ads).
pub(crate) const UNLIKELY_CANDIDATES: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
];

/// Readability.js's `REGEXPS.okMaybeItsACandidate`: fragments that rescue an
/// element whose class/id also matched [`UNLIKELY_CANDIDATES`] (a
/// "main-header-and-content" wrapper is still a candidate).
pub(crate) const MAYBE_CANDIDATE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
];

/// The element's `class` and `id` (joined by [`Document::class_and_id`]),
/// ASCII-lowercased: the haystack every list here is matched against. ASCII-only lowercasing is
/// what a JS `/i` regex without the `u` flag does for these ASCII words.
pub(crate) fn class_and_id_lower(doc: &Document, id: NodeId) -> String {
    let mut s = doc.class_and_id(id);
    s.make_ascii_lowercase();
    s
}

/// Does any word of `words` occur in `haystack_lower` (already lowercased)?
pub(crate) fn matches_any(haystack_lower: &str, words: &[&str]) -> bool {
    words.iter().any(|w| haystack_lower.contains(w))
}

/// Readability's "unlikely candidate" test: an unlikely class/id that no
/// maybe-candidate word rescues.
pub(crate) fn is_unlikely_candidate(haystack_lower: &str) -> bool {
    matches_any(haystack_lower, UNLIKELY_CANDIDATES)
        && !matches_any(haystack_lower, MAYBE_CANDIDATE)
}

// ----- Scoring and cleaning hints (used by score.rs and clean.rs) -----

/// Readability.js's `REGEXPS.positive`: class/id fragments of article bodies.
pub(crate) const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
];

/// Readability.js's `REGEXPS.negative`, less its anchored `hid` variants,
/// which [`is_negative`] checks as a whole word.
pub(crate) const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
];

/// Readability.js's `REGEXPS.byline`: where the author's name is printed.
pub(crate) const BYLINE: &[&str] = &["byline", "author", "dateline", "writtenby", "p-author"];

/// ARIA roles of page parts that are never the article.
pub(crate) const UNLIKELY_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
];

/// Readability's negative test: any [`NEGATIVE`] fragment, or `hid` as a
/// whole class word.
pub(crate) fn is_negative(haystack_lower: &str) -> bool {
    matches_any(haystack_lower, NEGATIVE) || haystack_lower.split(' ').any(|w| w == "hid")
}

/// Class/id fragments of the card about the author that closes many
/// articles: a photo, a paragraph of biography, links to their profiles.
/// (The byline, read before cleaning, is shown in the view's header.)
pub(crate) const AUTHOR_CARD: &[&str] = &[
    "author-bio",
    "author_bio",
    "authorbio",
    "about-author",
    "about_author",
    "about-the-author",
    "author-box",
    "author_box",
    "authorbox",
    "author-card",
    "author-profile",
    "author-info",
    "author-details",
    "author-description",
    "author-about",
    "bio-box",
    "biobox",
    "writer-bio",
    "contributor-bio",
];

pub(crate) fn is_author_card(haystack_lower: &str) -> bool {
    matches_any(haystack_lower, AUTHOR_CARD)
}

/// Class/id words of the list of tags or categories an article is filed
/// under: links to other lists of articles.
pub(crate) const TAG_LIST_WORDS: &[&str] = &["tags", "taglist", "tagcloud", "categories"];

/// Readability's `shareElements`: `share` or `sharedaddy` as a word, where
/// `_` also separates words (`post_share_bar`).
pub(crate) fn is_share_element(haystack_lower: &str) -> bool {
    haystack_lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| w == "share" || w == "sharedaddy")
}

/// Class/id fragments of the parts of a forum post that are about its
/// author, not its text: the profile panel beside it (join date, post
/// count, rank) and the signature under it. Forum software of every make
/// names them so (phpBB `postprofile`, vBulletin `userinfo`, XenForo
/// `message-userDetails`, Invision `signature`...).
pub(crate) const POST_CHROME: &[&str] = &[
    "signature",
    "postprofile",
    "userinfo",
    "user-info",
    "userdetails",
    "user-details",
];

pub(crate) fn is_post_chrome(haystack_lower: &str) -> bool {
    matches_any(haystack_lower, POST_CHROME)
}

/// Class/id words (whole words, split at `-`, `_` and spaces) of the boxes
/// that interrupt an article to ask something of the reader: follow us,
/// subscribe, allow notifications, accept cookies.
pub(crate) const CALL_TO_ACTION_WORDS: &[&str] = &[
    "nag",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "follow",
    "notification",
    "notifications",
    "cookie",
    "cookies",
    "consent",
    "paywall",
    "promo",
    "toc",
    "bio",
    "authorbox",
];

/// What such boxes say, for those without telling class names.
pub(crate) const CALL_TO_ACTION_PHRASES: &[&str] = &[
    "unblock notifications",
    "enable notifications",
    "allow notifications",
    "turn on notifications",
    "follow us",
    "newsletter",
    "subscribe",
    "mailing list",
    "sign up for",
    "sign up to",
    "continue reading below",
    "article continues below",
    "story continues below",
];

/// Does `text_lower` contain one of `phrases` as whole words ("subscribe"
/// matches "Subscribe here", not "5 million subscribers")?
pub(crate) fn has_phrase(text_lower: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| {
        text_lower.match_indices(p).any(|(at, _)| {
            let before = text_lower[..at].chars().next_back();
            let after = text_lower[at + p.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// Does any class/id word of `haystack_lower` equal one of `words`?
pub(crate) fn has_word(haystack_lower: &str, words: &[&str]) -> bool {
    haystack_lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| words.contains(&w))
}

/// Headings of blocks that point away from the page: recommendations,
/// "related" and "most popular" lists, store cross-selling.
pub(crate) const RECOMMENDATION_HEADINGS: &[&str] = &[
    "you may also like",
    "you might also like",
    "you may be interested in",
    "recommended for you",
    "recommended articles",
    "recommended stories",
    "recommended reading",
    "related articles",
    "related posts",
    "related stories",
    "related content",
    "related products",
    "more to explore",
    "more stories",
    "more from",
    "most popular",
    "most read",
    "popular posts",
    "trending",
    "read next",
    "read more",
    "customers also",
    "people also",
    "frequently bought together",
];

/// Phrases that make a heading a recommendation heading wherever they
/// stand in it ("People who viewed this item also viewed", "Shop similar
/// items"): store cross-selling.
pub(crate) const RECOMMENDATION_PHRASES: &[&str] = &[
    "also viewed",
    "also bought",
    "also purchased",
    "also liked",
    "also like",
    "similar items",
    "similar products",
    "you may enjoy",
    "you might enjoy",
    "you may like",
    "you might like",
    "you may be interested",
    "you might be interested",
    "others are reading",
    "sponsored products",
    "related items",
];

/// Leads of a paragraph that is one recommended link ("Also read: …"),
/// besides the recommendation headings.
pub(crate) const RECOMMENDATION_LEADS: &[&str] = &[
    "also read",
    "read also",
    "related",
    "recommended",
    "don't miss",
    "don’t miss",
    "must read",
    "see more",
];

/// Whether the (lowercased, trimmed) words before a paragraph's only link
/// say the link is a recommendation.
pub(crate) fn is_recommendation_lead(lead_lower: &str) -> bool {
    RECOMMENDATION_LEADS.contains(&lead_lower) || is_recommendation_heading(lead_lower)
}

/// Whether a (lowercased) heading introduces recommendations.
pub(crate) fn is_recommendation_heading(text_lower: &str) -> bool {
    RECOMMENDATION_HEADINGS
        .iter()
        .any(|h| text_lower.starts_with(h))
        || has_phrase(text_lower, RECOMMENDATION_PHRASES)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_document;
    use html5ever::local_name;

    #[test]
    fn lists_are_lowercase_so_they_can_match() {
        for w in UNLIKELY_CANDIDATES.iter().chain(MAYBE_CANDIDATE) {
            assert_eq!(*w, w.to_ascii_lowercase());
            assert!(!w.is_empty());
        }
    }

    #[test]
    fn unlikely_unless_rescued() {
        assert!(is_unlikely_candidate("site-footer "));
        assert!(is_unlikely_candidate("x -ad- y"));
        assert!(!is_unlikely_candidate("footer main-content"));
        // "and" rescues as a bare substring, as in Readability: "sidebar-land".
        assert!(!is_unlikely_candidate("sidebar-land "));
        assert!(!is_unlikely_candidate("post-body "));
        assert!(!is_unlikely_candidate(" "));
    }

    #[test]
    fn class_and_id_are_joined_and_lowercased() {
        let doc = parse_document(r#"<div class="Big SideBar" id="Top">x</div>"#);
        let div = doc
            .elements_by_tag(Document::ROOT, &local_name!("div"))
            .next()
            .unwrap();
        let s = class_and_id_lower(&doc, div);
        assert_eq!(s, "big sidebar top");
        assert!(is_unlikely_candidate(&s));
    }
}
