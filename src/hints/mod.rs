//! Hints: word lists that say what an element is. Here, those matched
//! against its `class` and `id` (an article body, a sidebar, an ad); in
//! [`labels`], what its text says (an ad's label, a call to act, a
//! recommendation's heading); in [`bylines`], how a byline is printed and
//! whether it names someone.
//!
//! Each class and id list is a named constant of lowercase fragments,
//! matched as plain substrings of the ASCII-lowercased `class + " " + id`
//! string: exactly what Readability.js's case-insensitive alternation
//! regexes (`/a|b|c/i`) do, so the lists can be copied from it word for
//! word, without a regex engine (nothing to compile per wasm instance,
//! linear in the string's length). Put new class and id lists here, next
//! to these, and match them with [`matches_any`] over
//! [`class_and_id_lower`]; lists of what text says go in [`labels`].

use html5ever::local_name;

use crate::dom::{Document, NodeId};

pub(crate) mod bylines;
pub(crate) mod labels;

pub(crate) use self::bylines::{
    links_to_author_page, names_someone, shown_byline, split_byline_lead, without_byline_lead,
};
pub(crate) use self::labels::{
    has_phrase, is_action_link_text, is_ad_label, is_ad_label_loosely, is_article_tools,
    is_call_to_action, is_caption_toggle, is_cart_label, is_control_label, is_edit_note,
    is_follow_prompt, is_form_consent, is_gallery_counter, is_image_credit, is_loading_placeholder,
    is_machine_timestamp, is_member_stat, is_profile_field, is_reading_time,
    is_recommendation_heading, is_recommendation_lead, is_separator, is_sign_in_prompt,
    is_silent_tex, is_skip_link_text, is_table_of_contents_label, is_template_placeholder,
    is_thread_stats, AFFILIATE_DISCLOSURE_PHRASES, CAPTION_TOGGLE_CHARS, CONTROL_LABEL_MAX_CHARS,
    COOKIE_NOTICE_PHRASES, LABEL_MAX_CHARS, MEMBER_STAT_MAX_CHARS,
};

/// A list of lowercase ASCII fragments, found in a haystack in one pass.
///
/// Hint matching runs on every element of the page, several times over
/// (each scoring attempt, the region, the cleaning), and a `str::contains`
/// per word scans the haystack once per word: that was the largest cost of
/// extraction. Here a 256-bit filter of every word's first two bytes lets
/// one pass skip nearly every position at the price of a lookup, and only
/// the positions that pass it are compared with the words.
pub(crate) struct Words {
    words: &'static [&'static str],
    /// Bit [`pair_bit`] of the first two bytes of each word.
    pairs: [u64; 4],
}

/// A byte pair's bit in [`Words`]'s filter: collisions only cost a
/// comparison.
const fn pair_bit(a: u8, b: u8) -> usize {
    (a as usize * 31 + b as usize) % 256
}

impl Words {
    /// Builds the filter at compile time; words must be ASCII and at least
    /// two bytes long.
    pub(crate) const fn new(words: &'static [&'static str]) -> Words {
        let mut pairs = [0u64; 4];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            assert!(w.len() >= 2 && w.is_ascii());
            let bit = pair_bit(w[0], w[1]);
            pairs[bit / 64] |= 1 << (bit % 64);
            i += 1;
        }
        Words { words, pairs }
    }

    /// The words, as written.
    #[cfg(test)]
    pub(crate) fn iter(&self) -> impl Iterator<Item = &'static str> {
        self.words.iter().copied()
    }

    /// Calls `found(at, word)` for every occurrence of a word in `haystack`
    /// (byte offset `at`, a character boundary since words are ASCII) until
    /// it returns true; whether it did.
    fn any_occurrence(&self, haystack: &str, mut found: impl FnMut(usize, &str) -> bool) -> bool {
        let h = haystack.as_bytes();
        for at in 0..h.len().saturating_sub(1) {
            let bit = pair_bit(h[at], h[at + 1]);
            if (self.pairs[bit / 64] >> (bit % 64)) & 1 == 0 {
                continue;
            }
            let rest = &h[at..];
            for w in self.words {
                // A byte loop: these words are too short for a `memcmp` call
                // to pay.
                let w_bytes = w.as_bytes();
                if w_bytes.len() <= rest.len()
                    && w_bytes.iter().zip(rest).all(|(a, b)| a == b)
                    && found(at, w)
                {
                    return true;
                }
            }
        }
        false
    }
}

/// Readability.js's `REGEXPS.unlikelyCandidates`: class/id fragments of page
/// parts that are rarely the article (comments, footers, menus, ads).
pub(crate) const UNLIKELY_CANDIDATES: Words = Words::new(&[
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
]);

/// Readability.js's `REGEXPS.okMaybeItsACandidate`: fragments that rescue an
/// element whose class/id also matched [`UNLIKELY_CANDIDATES`] (a
/// "main-header-and-content" wrapper is still a candidate).
pub(crate) const MAYBE_CANDIDATE: Words = Words::new(&[
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
]);

/// Class fragments of an accordion's parts (`accordion-header`,
/// `faq-item__header`, `collapse-item-header`): what such a class calls a
/// header is a line of the content it unfolds, not the page's header.
pub(crate) const DISCLOSURE_PARTS: Words = Words::new(&["accordion", "faq", "collaps"]);

/// The element's `class` and `id` (joined by [`Document::class_and_id`]),
/// ASCII-lowercased: the haystack every list here is matched against.
/// ASCII-only lowercasing is what a JS `/i` regex without the `u` flag does
/// for these ASCII words. Classes with a bracket are left out: they are
/// Tailwind's arbitrary values, CSS written into the class
/// (`md:[grid-area:sidebar]` places an article's byline in a grid area
/// named "sidebar"), not names. So is an `id` that only spells the
/// element's heading ([`is_named_for_its_heading`]).
pub(crate) fn class_and_id_lower(doc: &Document, id: NodeId) -> String {
    let mut s = if is_named_for_its_heading(doc, id) {
        doc.attr(id, &local_name!("class"))
            .unwrap_or("")
            .to_string()
    } else {
        doc.class_and_id(id)
    };
    if s.as_bytes().contains(&b'[') {
        s = s
            .split_ascii_whitespace()
            .filter(|name| !name.as_bytes().contains(&b'['))
            .fold(String::new(), |mut names, name| {
                if !names.is_empty() {
                    names.push(' ');
                }
                names.push_str(name);
                names
            });
    }
    s.make_ascii_lowercase();
    s
}

/// Whether the element's `id` is its heading's words, as documentation
/// generators and editors write them (Sphinx's `<section
/// id="respond-to-review-comments">` over "Respond to review comments"; a
/// heading's own anchor). A name taken from the text says nothing of what
/// the part is for: a kernel guide's section on answering review comments
/// is no comment thread. The heading is the element itself or its first
/// child element that is not empty (an empty one is an anchor: Sphinx's
/// `<span id="interleaved-replies">` for an older link).
fn is_named_for_its_heading(doc: &Document, id: NodeId) -> bool {
    let Some(name) = doc.attr(id, &local_name!("id")).filter(|n| !n.is_empty()) else {
        return false;
    };
    let Some(heading) = std::iter::once(id)
        .chain(
            doc.element_children(id)
                .find(|&c| doc.first_child(c).is_some()),
        )
        .find(|&n| doc.is_any(n, &crate::measure::HEADING_TAGS))
    else {
        return false;
    };
    let slug = slug_of(name);
    !slug.is_empty() && slug == slug_of(&doc.text_content(heading))
}

/// `s`'s letters and digits, ASCII lowercased, with one `-` for each run
/// of anything else between them: "Respond to review comments¶" and
/// "respond-to-review-comments" (or MediaWiki's "Respond_to_review") the
/// same.
fn slug_of(s: &str) -> String {
    let mut slug = String::with_capacity(s.len());
    let mut apart = false;
    for c in s.chars() {
        if !c.is_alphanumeric() {
            apart = !slug.is_empty();
            continue;
        }
        if std::mem::take(&mut apart) {
            slug.push('-');
        }
        slug.push(c.to_ascii_lowercase());
    }
    slug
}

/// Does any word of `words` occur in `haystack_lower` (already lowercased)?
pub(crate) fn matches_any(haystack_lower: &str, words: &Words) -> bool {
    words.any_occurrence(haystack_lower, |_, _| true)
}

/// Readability's "unlikely candidate" test: an unlikely class/id word, not
/// part of a design term ([`is_design_term`]), that no maybe-candidate
/// word rescues. And a part named `side` (old Reddit's
/// sidebar of a community's rules) as a whole class word: inside a word
/// ("inside", "side-by-side") it names no sidebar.
pub(crate) fn is_unlikely_candidate(haystack_lower: &str) -> bool {
    (names_unlikely_beyond(haystack_lower, &[]) || has_class_token(haystack_lower, "side"))
        && !matches_any(haystack_lower, &MAYBE_CANDIDATE)
}

/// Steps of a type scale that a class may name after "extra" and a hyphen
/// or an underscore: letter and line spacing, weights
/// (`summary-item__dek--extra-spacing`, `tracking-extra-widest`,
/// `leading-extra-tight`, `extra-bold`). Such a class says how the text
/// looks, not that the element is an "extra" box beside the page.
/// Measured on WCXB and left out: sizes (`extra-small` names a grid's
/// columns, which held a shop's filters as often as its content) and steps
/// run together (`font-extrabold` was on boxes rightly removed).
const TYPE_SCALE_STEPS: &[&str] = &["spacing", "wide", "tight", "loose", "bold", "light"];

/// Whether `haystack_lower` has an unlikely word other than `words` that
/// is not part of a design term ([`is_design_term`]).
fn names_unlikely_beyond(haystack_lower: &str, words: &[&str]) -> bool {
    UNLIKELY_CANDIDATES.any_occurrence(haystack_lower, |at, word| {
        !is_design_term(haystack_lower, at, word) && !words.contains(&word)
    })
}

/// Whether the unlikely `word` found at byte `at` of `haystack_lower` is
/// part of a web designer's term that names no clutter: "extra" as a step
/// of a type scale ([`TYPE_SCALE_STEPS`]), and "banner" after "hero"
/// (`hero-banner`, `o-pageHeroBanner`): a page's lead section, its
/// headline and opening words, not an advertiser's banner.
fn is_design_term(haystack_lower: &str, at: usize, word: &str) -> bool {
    match word {
        "extra" => {
            let after = &haystack_lower[at + word.len()..];
            let step = after.trim_start_matches(['-', '_']);
            step.len() < after.len() && TYPE_SCALE_STEPS.iter().any(|s| step.starts_with(s))
        }
        "banner" => haystack_lower[..at]
            .trim_end_matches(['-', '_'])
            .ends_with("hero"),
        _ => false,
    }
}

/// Whether the unlikely words of an unlikely candidate are all among
/// `words`: "header" alone may be a page's header or an article's (its
/// title and standfirst); [`REPLY_WORDS`] alone, a thread's replies.
pub(crate) fn is_unlikely_only_as(haystack_lower: &str, words: &[&str]) -> bool {
    !names_unlikely_beyond(haystack_lower, words)
}

/// Unlikely words that name a page's replies: comments below an article,
/// but the content itself on a page that declares a discussion.
pub(crate) const REPLY_WORDS: &[&str] = &["comment", "replies"];

/// Whether a class (lowercased) names a reply in a thread: `comment`,
/// `comments_subtree`, `reply`, `replies`.
pub(crate) fn names_a_reply(class_lower: &str) -> bool {
    class_lower.contains("comment") || class_lower.contains("repl")
}

/// What names a post in a thread: a forum's `post` or `message`, a Q&A
/// page's `answer`, a comment or a reply.
pub(crate) const POST_WORDS: Words = Words::new(&["post", "message", "answer", "comment", "repl"]);

// ----- Scoring and cleaning hints (used by score/ and clean/) -----

/// Readability.js's `REGEXPS.positive`: class/id fragments of article bodies.
pub(crate) const POSITIVE: Words = Words::new(&[
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
]);

/// Readability.js's `REGEXPS.negative`, less its anchored `hid` variants,
/// which [`is_negative`] checks as a whole word, and less `media`: today's
/// themes name a picture set beside its text so (Bootstrap's `media-body`,
/// shop themes' `media-text`, `copy-with-media`), and the text went with
/// the name (WCXB 0.8732 -> 0.8740: a checklist, a service's offer, a
/// documentation page's rows, 22 pages up, 14 down, the largest -0.02,
/// captions kept beside their pictures). A player's caption with no
/// player is [`crate::clean`]'s caption of nothing.
pub(crate) const NEGATIVE: Words = Words::new(&[
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
]);

/// Readability.js's `REGEXPS.byline`: where the author's name is printed.
/// Read by [`names_a_byline`].
pub(crate) const BYLINE: Words =
    Words::new(&["byline", "author", "dateline", "writtenby", "p-author"]);

/// Whether a class or id (lowercased) names a byline ([`BYLINE`]): not
/// where "author" begins another word, a link to authorize (sign in,
/// `authorize__link`) or a page about an authority, nor where the name
/// says there is none (`no-byline`, a theme's mark on a post without one),
/// nor what an author card says of the author (`author-description`,
/// `author-bio`: a role, a biography), which is not their name.
pub(crate) fn names_a_byline(haystack_lower: &str) -> bool {
    BYLINE.any_occurrence(haystack_lower, |at, word| {
        let after = &haystack_lower[at + word.len()..];
        let before = &haystack_lower[..at];
        !(word == "author" && (after.starts_with("iz") || after.starts_with("it")))
            && !before.ends_with("no-")
            && !before.ends_with("no_")
    }) && !has_word(haystack_lower, &["description", "bio"])
}

/// Class and id words of the parts where pages print an article's date
/// ("entry-meta", "post-date", "published", "byline"; phpBB dates a
/// post in its `author` line: "by Ann » Tue Aug 27, 2019 1:47 am").
pub(crate) const DATE_PARTS: Words =
    Words::new(&["date", "publish", "posted", "byline", "meta", "author"]);

/// schema.org's properties for the counts a page prints beside a post or
/// an answer (its votes, how many comments or answers it has): the page's
/// furniture, not the post.
pub(crate) const COUNT_ITEMPROPS: &[&str] = &[
    "upvoteCount",
    "downvoteCount",
    "commentCount",
    "answerCount",
    "interactionCount",
    "userInteractionCount",
];

/// ARIA roles of page parts that are never the article.
pub(crate) const UNLIKELY_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
    // A bubble shown on hover or focus (a glossary's definition beside
    // its term, a menu), written out in the page.
    "tooltip",
];

/// Readability's negative test: any [`NEGATIVE`] fragment but those in
/// `except`, or `hid` as a whole class word. Five fragments are read as
/// what they are, not as clutter: Drupal marks every node it promoted to
/// the front page `node--promoted`, the article's own node among them;
/// Elementor names every block it builds a widget ([`ELEMENTOR_WIDGET`]);
/// Tailwind's scroll margins and paddings (`scroll-mt-2`, `scroll-px-4`)
/// style, a docs site's every code block among others; Docusaurus
/// names every heading of its pages for the navbar that hides on scroll
/// (`anchorWithHideOnScrollNavbar_WYt5`), which the heading's anchor must
/// clear; and "hidden" in the names of a part of a disclosure
/// ([`DISCLOSURE_PARTS`]: `kt-accordion-panel-hidden`,
/// `qaAccordionItem_hiddenAnswer`) is its folded state, an answer the
/// reader opens, which the view shows unfolded. (Tailwind's
/// `overflow-hidden` and `md:hidden`, read as names like the others, took
/// nearly as much from pages as they gave when left out.)
pub(crate) fn is_negative(haystack_lower: &str, except: &[&str]) -> bool {
    NEGATIVE.any_occurrence(haystack_lower, |at, word| {
        let fragment = &haystack_lower[at..];
        !except.contains(&word)
            && !is_folded_state(haystack_lower, word)
            && !haystack_lower[..at + word.len()].ends_with(DRUPAL_PROMOTED)
            && !haystack_lower[..at + word.len()].ends_with(ELEMENTOR_WIDGET)
            && !fragment.starts_with("scroll-m")
            && !fragment.starts_with("scroll-p")
            && !fragment.starts_with("scrollnavbar")
    }) || has_class_token(haystack_lower, "hid")
}

/// Whether `word` is "hidden" in the names of a part of a disclosure
/// ([`DISCLOSURE_PARTS`]): its folded state (see [`is_negative`]).
fn is_folded_state(haystack_lower: &str, word: &str) -> bool {
    word == "hidden" && matches_any(haystack_lower, &DISCLOSURE_PARTS)
}

/// Whether one of the space-separated class and id names of
/// `haystack_lower` is `token` whole: "hid", not "hidden" or "side-by-side".
fn has_class_token(haystack_lower: &str, token: &str) -> bool {
    haystack_lower.split(' ').any(|w| w == token)
}

/// Elementor names every block it builds a widget (`elementor-widget`,
/// `elementor-widget-container`): the page's text as much as its sidebar,
/// so the word says nothing of the block. Read as clutter, it cost a guide
/// its sections and a service page its offer (WCXB 0716 0.56 -> 0.99,
/// 4576 0.87 -> 1.00; 8 pages up, 7 down, +0.36 page-points: a builder's
/// "recent posts" and price plans, now left to the other steps, went with
/// the word before).
const ELEMENTOR_WIDGET: &str = "elementor-widget";

/// The start of Drupal's `node--promoted` class, up to its "promo".
const DRUPAL_PROMOTED: &str = "node--promo";

/// Class/id fragments of the card about the author that closes many
/// articles: a photo, a paragraph of biography, links to their profiles.
/// (The byline, read before cleaning, is shown in the view's header.)
pub(crate) const AUTHOR_CARD: Words = Words::new(&[
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
]);

/// Whether a class/id names an author card. BEM's separators of a
/// block's element (`author__bio`) and modifier (`hero-author--bio`) read
/// as the hyphen the fragments are written with.
pub(crate) fn is_author_card(haystack_lower: &str) -> bool {
    let bem = haystack_lower.contains("__") || haystack_lower.contains("--");
    matches_any(haystack_lower, &AUTHOR_CARD)
        || (bem
            && matches_any(
                &haystack_lower.replace("__", "-").replace("--", "-"),
                &AUTHOR_CARD,
            ))
}

/// Class/id words of a recipe's list of ingredients, which recipe sites
/// set beside the method (`<aside class="recipe__ingredients">`).
pub(crate) const RECIPE_INGREDIENTS_WORDS: &[&str] = &["ingredients", "ingredient"];

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
pub(crate) const POST_CHROME: Words = Words::new(&[
    "signature",
    "postprofile",
    "userinfo",
    "user-info",
    "userdetails",
    "user-details",
]);

pub(crate) fn is_post_chrome(haystack_lower: &str) -> bool {
    matches_any(haystack_lower, &POST_CHROME)
}

/// Class/id words (whole words, split at `-`, `_` and spaces) of the boxes
/// that interrupt an article to ask something of the reader: follow us,
/// subscribe, allow notifications, accept cookies; and `cta`, page
/// builders' and marketers' name for any such box ("Start your free
/// trial").
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
    "cta",
];

/// Class/id words of a product's customer reviews, their list or one of
/// them (`product-reviews`, `customer-review`, `user_reviews`).
pub(crate) const CUSTOMER_REVIEW_WORDS: &[&str] = &["review", "reviews"];

/// Class words of an icon drawn with an icon font's glyph (Divi's
/// `et-pb-icon`, Bootstrap's `glyphicon`).
pub(crate) const ICON_WORDS: &[&str] = &["icon", "icons", "glyphicon"];

/// Class/id (or `aria-label`) words of a breadcrumb trail.
pub(crate) const BREADCRUMB_WORDS: &[&str] = &["breadcrumb", "breadcrumbs"];

/// Class/id words of a cookie banner or consent panel.
pub(crate) const COOKIE_NOTICE_WORDS: &[&str] = &["cookie", "cookies", "consent", "gdpr"];

/// Class words of a link drawn as a button ("btn btn-primary"): a call to
/// act, whatever it says.
pub(crate) const BUTTON_CLASSES: &[&str] = &["btn", "button", "cta"];

/// Classes of the messages a form shows once sent or failed (Webflow,
/// Contact Form 7, Gravity Forms, HubSpot and generic names).
pub(crate) const FORM_MESSAGE_CLASSES: &[&str] = &[
    "w-form-done",
    "w-form-fail",
    "wpcf7-response-output",
    "gform_confirmation_message",
    "submitted-message",
    "form-success",
    "form-error",
    "form-message",
    "form-status",
];

/// Does any class/id word of `haystack` equal one of `words` (lowercase),
/// ASCII case ignored?
pub(crate) fn has_word(haystack: &str, words: &[&str]) -> bool {
    // Bytes, not chars: a non-ASCII character is a separator either way,
    // and decoding every class name's characters cost more than the rest.
    haystack
        .as_bytes()
        .split(|b| !b.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| words.iter().any(|k| w.eq_ignore_ascii_case(k.as_bytes())))
}

/// Does the element's class or id hold one of `words` as a word (see
/// [`has_word`])? Each attribute is read where it is, not joined and
/// lowercased into a copy: this is asked of every element of a page.
pub(crate) fn is_named(doc: &Document, id: NodeId, words: &[&str]) -> bool {
    [local_name!("class"), local_name!("id")]
        .iter()
        .any(|name| doc.attr(id, name).is_some_and(|v| has_word(v, words)))
}

#[cfg(test)]
mod tests {
    use super::labels::{CALL_TO_ACTION_PHRASES, MENTIONED_CALL_PHRASES, RECOMMENDATION_PHRASES};
    use super::*;
    use crate::parse::parse_document;
    use html5ever::local_name;

    #[test]
    fn lists_are_lowercase_so_they_can_match() {
        for w in UNLIKELY_CANDIDATES.iter().chain(MAYBE_CANDIDATE.iter()) {
            assert_eq!(*w, w.to_ascii_lowercase());
            assert!(!w.is_empty());
        }
    }

    /// Every list, for the tests below.
    const ALL_WORDS: [&Words; 12] = [
        &UNLIKELY_CANDIDATES,
        &MAYBE_CANDIDATE,
        &POSITIVE,
        &NEGATIVE,
        &BYLINE,
        &POST_CHROME,
        &CALL_TO_ACTION_PHRASES,
        &MENTIONED_CALL_PHRASES,
        &COOKIE_NOTICE_PHRASES,
        &RECOMMENDATION_PHRASES,
        &AUTHOR_CARD,
        &AFFILIATE_DISCLOSURE_PHRASES,
    ];

    #[test]
    fn names_frameworks_give_their_blocks_are_no_clutter() {
        assert!(!is_negative(
            "node node--type-article node--promoted node--view-mode-full",
            &[]
        ));
        for promotion in [
            "promo-box",
            "promotedlinkssection",
            "node--promoted sidebar",
        ] {
            assert!(is_negative(promotion, &[]), "{promotion:?}");
        }
        assert!(!is_negative(
            "group mt-2 scroll-mt-2 scroll-px-4 rounded",
            &[]
        ));
        assert!(is_negative("scroller", &[]));
        // Docusaurus's headings, named for the navbar their anchors clear.
        assert!(!is_negative(
            "anchor anchorwithhideonscrollnavbar_wyt5",
            &[]
        ));
        // A picture beside its text, in the media-object layouts of
        // Bootstrap and shop themes, is content.
        for layout in [
            "media-body",
            "media-text__wrapper",
            "copy-with-media-holder",
        ] {
            assert!(!is_negative(layout, &[]), "{layout:?}");
        }
        // Elementor's blocks are all widgets; a sidebar's widget is one.
        assert!(!is_negative(
            "elementor-element elementor-widget elementor-widget-text-editor",
            &[]
        ));
        assert!(!is_negative("elementor-widget-container", &[]));
        assert!(is_negative("widget widget_recent_entries", &[]));
        assert!(is_negative("elementor-column sidebar-widget", &[]));
        // An accordion's folded panel is an answer yet to be opened; a
        // hidden box of anything else stays clutter.
        assert!(!is_negative(
            "kt-accordion-pane kt-accordion-panel-hidden",
            &[]
        ));
        assert!(!is_negative("qaaccordionitem_hiddenanswer__v1rzs", &[]));
        assert!(is_negative("hidden", &[]));
        assert!(is_negative("accordion-item related-links", &[]));
    }

    #[test]
    fn one_pass_matching_finds_what_contains_finds() {
        let mut haystacks = vec![
            String::new(),
            "x".into(),
            "site-footer main".into(),
            "a-ad-b hidden".into(),
            "caf\u{e9}-comment\u{e9}".into(),
        ];
        for words in ALL_WORDS {
            for w in words.iter() {
                haystacks.push(w.into());
                haystacks.push(format!("x{w}"));
                haystacks.push(format!("{w}\u{e9}"));
                haystacks.push(w[..w.len() - 1].into());
                haystacks.push(w[1..].into());
            }
        }
        for words in ALL_WORDS {
            for h in &haystacks {
                let naive = words.iter().any(|w| h.contains(w));
                assert_eq!(matches_any(h, words), naive, "{h:?}");
            }
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
        assert!(is_unlikely_candidate("side "));
        assert!(!is_unlikely_candidate("inside side-by-side "));
        // "extra" as a step of a type scale names no extra box.
        assert!(is_unlikely_candidate("extra-links"));
        assert!(is_unlikely_candidate("message-userextras"));
        assert!(is_unlikely_candidate("extra"));
        assert!(!is_unlikely_candidate("summary-item__dek--extra-spacing"));
        assert!(!is_unlikely_candidate(
            "tracking-extra-widest leading-extra-tight"
        ));
        assert!(is_unlikely_candidate("tracking-extra-widest extra-panel"));
        assert!(is_unlikely_only_as("comments--extra-spacing", REPLY_WORDS));
        // Nor "banner" as a page's hero: its lead section.
        assert!(!is_unlikely_candidate("hero-banner-wrapper"));
        assert!(!is_unlikely_candidate("o-pageherobanner"));
        assert!(!is_unlikely_candidate(
            "experience-commerce_assets-herobanner"
        ));
        assert!(is_unlikely_candidate("top-banner"));
        assert!(is_unlikely_candidate("herobanner cookie-banner"));
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

    #[test]
    fn what_names_a_byline_and_what_only_looks_like_one() {
        for name in [
            "byline",
            "post-author",
            "author-name",
            "authors",
            "p-author h-card",
        ] {
            assert!(names_a_byline(name), "{name}");
        }
        for name in [
            "authorize__link",
            "authorization-form",
            "authority-score",
            "post-date",
            "post-meta no-byline",
            "entry no_author",
            "dynamic-author-description",
            "author-bio",
        ] {
            assert!(!names_a_byline(name), "{name}");
        }
    }

    #[test]
    fn an_id_that_spells_its_heading_is_no_name() {
        let doc = parse_document(
            "<section class=section id=respond-to-review-comments>\
             <h2>Respond to review comments<a href='#respond-to-review-comments'>¶</a></h2>\
             </section>\
             <section id=use-trimmed-replies><span id=replies></span>\
             <h2>Use trimmed replies</h2></section>\
             <h3 id=Related_Posts>Related posts</h3>\
             <div id=comments><h2>Leave a reply</h2></div>\
             <div id=comments-policy><p>Comments policy</p></div>",
        );
        let names: Vec<String> = doc
            .descendants(Document::ROOT)
            .filter(|&n| doc.has_attr(n, &local_name!("id")))
            .map(|n| class_and_id_lower(&doc, n))
            .collect();
        assert_eq!(
            names,
            [
                "section",
                "",
                " replies",
                "",
                " comments",
                " comments-policy"
            ]
        );
    }

    #[test]
    fn tailwind_arbitrary_values_are_not_names() {
        let doc = parse_document(
            "<div class='mb-6\tmd:[grid-area:sidebar] [&_.footer]:mt-2' id=byline>x</div>",
        );
        let div = doc
            .elements_by_tag(Document::ROOT, &local_name!("div"))
            .next()
            .unwrap();
        let s = class_and_id_lower(&doc, div);
        assert_eq!(s, "mb-6 byline");
        assert!(!is_unlikely_candidate(&s));
    }
}
