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

use html5ever::local_name;

use crate::dom::{Document, NodeId};

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

/// The element's `class` and `id` (joined by [`Document::class_and_id`]),
/// ASCII-lowercased: the haystack every list here is matched against. ASCII-only lowercasing is
/// what a JS `/i` regex without the `u` flag does for these ASCII words.
pub(crate) fn class_and_id_lower(doc: &Document, id: NodeId) -> String {
    let mut s = doc.class_and_id(id);
    s.make_ascii_lowercase();
    s
}

/// Does any word of `words` occur in `haystack_lower` (already lowercased)?
pub(crate) fn matches_any(haystack_lower: &str, words: &Words) -> bool {
    words.any_occurrence(haystack_lower, |_, _| true)
}

/// Readability's "unlikely candidate" test: an unlikely class/id that no
/// maybe-candidate word rescues.
pub(crate) fn is_unlikely_candidate(haystack_lower: &str) -> bool {
    matches_any(haystack_lower, &UNLIKELY_CANDIDATES)
        && !matches_any(haystack_lower, &MAYBE_CANDIDATE)
}

/// Whether the unlikely words of an unlikely candidate are all among
/// `words`: "header" alone may be a page's header or an article's (its
/// title and standfirst); [`REPLY_WORDS`] alone, a thread's replies.
pub(crate) fn is_unlikely_only_as(haystack_lower: &str, words: &[&str]) -> bool {
    !UNLIKELY_CANDIDATES.any_occurrence(haystack_lower, |_, word| !words.contains(&word))
}

/// Unlikely words that name a page's replies: comments below an article,
/// but the content itself on a page that declares a discussion.
pub(crate) const REPLY_WORDS: &[&str] = &["comment", "replies"];

/// Whether a class (lowercased) names a reply in a thread: `comment`,
/// `comments_subtree`, `reply`, `replies`.
pub(crate) fn names_a_reply(class_lower: &str) -> bool {
    class_lower.contains("comment") || class_lower.contains("repl")
}

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
/// which [`is_negative`] checks as a whole word.
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
]);

/// Readability.js's `REGEXPS.byline`: where the author's name is printed.
pub(crate) const BYLINE: Words =
    Words::new(&["byline", "author", "dateline", "writtenby", "p-author"]);

/// Class and id words of the parts where pages print an article's date
/// ("entry-meta", "post-date", "published", "byline").
pub(crate) const DATE_PARTS: Words = Words::new(&["date", "publish", "posted", "byline", "meta"]);

/// What a link's address (lowercased) holds when it leads to an author's
/// page: the link's text is then the author's name.
pub(crate) const AUTHOR_PAGE_PATHS: Words = Words::new(&["/author", "author=", "/contributor"]);

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

/// Readability's negative test: any [`NEGATIVE`] fragment but those in
/// `except`, or `hid` as a whole class word.
pub(crate) fn is_negative(haystack_lower: &str, except: &[&str]) -> bool {
    NEGATIVE.any_occurrence(haystack_lower, |_, word| !except.contains(&word))
        || haystack_lower.split(' ').any(|w| w == "hid")
}

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

pub(crate) fn is_author_card(haystack_lower: &str) -> bool {
    matches_any(haystack_lower, &AUTHOR_CARD)
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
];

/// Class/id words of a cookie banner or consent panel.
pub(crate) const COOKIE_NOTICE_WORDS: &[&str] = &["cookie", "cookies", "consent", "gdpr"];

/// What a cookie banner says: about the site's use of cookies, not about
/// cookies the reader bakes ("category-cookies" names a recipe too).
pub(crate) const COOKIE_NOTICE_PHRASES: Words = Words::new(&[
    "we use cookies",
    "uses cookies",
    "use of cookies",
    "types of cookies",
    "cookies on your device",
    "cookie policy",
    "cookie preferences",
    "cookie settings",
    "accept cookies",
    "accept all cookies",
    "cookies are disabled",
]);

/// What such boxes say, for those without telling class names.
pub(crate) const CALL_TO_ACTION_PHRASES: Words = Words::new(&[
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
    "log in or register",
    "login or register",
    "sign in or register",
    "register or log in",
    "we use cookies",
    "cookie preferences",
    "accept all cookies",
    "log in to reply",
    "sign in to reply",
    "already have an account?",
]);

/// A follow prompt is short: "Follow Business Insider Africa", "Follow
/// Jane Doe on Instagram".
const FOLLOW_PROMPT_MAX_CHARS: usize = 80;

/// What "Follow" is followed by in an instruction ("Follow the steps",
/// "Follow these rules"), not in a prompt to follow someone.
const FOLLOW_INSTRUCTION_WORDS: &[&str] = &[
    "the", "these", "this", "that", "those", "our", "my", "your", "its", "his", "her", "their",
    "a", "an", "all", "each", "every", "up", "along", "through", "suit", "me", "us",
];

/// Whether a block's whole text (as written: names are capitalized) asks
/// the reader to follow someone: "Follow", then a name, and no sentence
/// ("FOLLOW BUSINESS INSIDER AFRICA", "Follow Hardtail Canada"). "Follow
/// the steps below:" is an instruction, and "Follow us" is one of
/// [`CALL_TO_ACTION_PHRASES`].
pub(crate) fn is_follow_prompt(text: &str) -> bool {
    let text = text.trim();
    if text.len() > FOLLOW_PROMPT_MAX_CHARS || text.ends_with(['.', ':', '?', ',']) {
        return false;
    }
    let mut words = text.split_whitespace();
    let (Some(verb), Some(next)) = (words.next(), words.next()) else {
        return false;
    };
    verb.eq_ignore_ascii_case("follow")
        && next.chars().next().is_some_and(char::is_uppercase)
        && !FOLLOW_INSTRUCTION_WORDS.contains(&next.to_lowercase().as_str())
}

/// The whole text of a link that is a button to act, not content: it goes
/// where it stands alone (matched lowercased, without arrows and `!`).
pub(crate) const ACTION_LINKS: &[&str] = &[
    "book now",
    "buy now",
    "shop now",
    "order now",
    "get started",
    "get started for free",
    "start free trial",
    "start a free trial",
    "start your free trial",
    "try for free",
    "try it free",
    "sign up",
    "sign up for free",
    "sign in",
    "log in",
    "login",
    "register",
    "subscribe",
    "subscribe now",
    "join now",
    "learn more",
    "read more",
    "find out more",
    "contact us",
    "contact sales",
    "talk to sales",
    "get in touch",
    "get a quote",
    "request a quote",
    "get a demo",
    "book a demo",
    "request a demo",
    "download now",
    "download the app",
    "get the app",
    "open in app",
];

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

/// How the terms a form's button binds the reader to begin ("By signing
/// up, you agree to..."); the agreement follows in the same sentence.
/// Each starts with "by": `clean` looks for that word first, before it
/// reads a paragraph's whole text.
const FORM_CONSENT_LEADS: &[&str] = &[
    "by signing up",
    "by subscribing",
    "by submitting",
    "by clicking",
    "by entering your",
    "by registering",
    "by creating an account",
    "by continuing",
];
/// What the reader is said to do by using the form.
const FORM_CONSENT_VERBS: &[&str] = &["you agree", "you consent", "you accept", "you declare"];

/// Whether a block's text (lowercased) is a form's terms: a lead of
/// [`FORM_CONSENT_LEADS`] and, in its first sentence, the reader agreeing.
/// "By clicking the button twice you'll see..." is an instruction, and
/// stays.
pub(crate) fn is_form_consent(text_lower: &str) -> bool {
    let text = text_lower.trim_start();
    let first_sentence = text.split(". ").next().unwrap_or(text);
    FORM_CONSENT_LEADS.iter().any(|l| text.starts_with(l))
        && FORM_CONSENT_VERBS
            .iter()
            .any(|v| first_sentence.contains(v))
}

/// How a button to a shop starts, the shop's name after it ("Check price
/// on Amazon", "Buy from Walmart").
const ACTION_LINK_LEADS: &[&str] = &[
    "check price",
    "check the price",
    "see price",
    "view price",
    "buy on ",
    "buy from ",
    "buy at ",
    "shop on ",
];

/// Whether a link's whole text (lowercased, trimmed) is a button's (see
/// [`ACTION_LINKS`]).
pub(crate) fn is_action_link_text(text_lower: &str) -> bool {
    ACTION_LINKS.contains(&text_lower)
        || ACTION_LINK_LEADS.iter().any(|l| text_lower.starts_with(l))
}

/// How a line crediting a picture starts ("Credit: The Spruce Eats",
/// "Image by Jo Bloggs via Unsplash"): a credit, not the article's words.
pub(crate) const IMAGE_CREDIT_LEADS: &[&str] = &[
    "credit:",
    "credits:",
    "image credit",
    "image credits",
    "photo credit",
    "photo credits",
    "picture credit",
    "image courtesy",
    "photo courtesy",
    "courtesy of ",
    "image by ",
    "photo by ",
    "image:",
    "photo:",
    "photograph:",
    "photographer:",
    "image source:",
    "photo source:",
];

/// The whole of a credit line naming only a picture agency.
pub(crate) const PICTURE_AGENCIES: &[&str] = &[
    "getty images",
    "shutterstock",
    "unsplash",
    "istock",
    "alamy",
    "ap photo",
];

/// A credit may name the photographer beside the agency ("Getty Images /
/// Jo Bloggs", "Jo Bloggs/Getty Images"): a name is at most this many words.
const CREDITED_NAME_MAX_WORDS: usize = 4;

/// Whether a short text (lowercased, trimmed) credits a picture, in
/// parentheses or not ("(Image credit: Wareable)").
pub(crate) fn is_image_credit(text_lower: &str) -> bool {
    let text = text_lower
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(text_lower)
        .trim();
    IMAGE_CREDIT_LEADS.iter().any(|l| text.starts_with(l))
        || PICTURE_AGENCIES.iter().any(|&agency| {
            text == agency
                || text
                    .strip_prefix(agency)
                    .and_then(|rest| rest.trim_start().strip_prefix(['/', '|']))
                    .is_some_and(is_credited_name)
                || text
                    .strip_suffix(agency)
                    .and_then(|rest| rest.trim_end().strip_suffix(['/', '|']))
                    .is_some_and(is_credited_name)
        })
}

/// A photographer's name beside an agency's: a few words, not a sentence
/// (a caption that ends with its credit keeps it).
fn is_credited_name(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=CREDITED_NAME_MAX_WORDS).contains(&words) && !text.contains(['.', ',', ';', ':'])
}

/// Whether a link's whole text (lowercased) is a skip link's ("Skip to
/// main content", "Jump to recipe", "Back to top"): navigation within the
/// page, not content.
pub(crate) fn is_skip_link_text(text_lower: &str) -> bool {
    text_lower.starts_with("skip to ")
        || text_lower.starts_with("skip navigation")
        || text_lower.starts_with("jump to ")
        || text_lower.starts_with("back to top")
        || text_lower.starts_with("return to top")
        || text_lower.starts_with("scroll to top")
}

/// What a page shows where a script has yet to put its content: never the
/// content itself. (Readability.js's words, and a few longer ones.)
const LOADING_PLACEHOLDERS: &[&str] = &[
    "loading",
    "正在加载",
    "загрузка",
    "chargement",
    "cargando",
    "loading more",
    "loading content",
    "loading comments",
    "please wait",
];

/// What an ad slot says of itself, in the text where it stands: a label
/// over the ad, which the page's scripts were to fill, never the
/// article's words. ("Ad" alone is left out, an era's name in a table of
/// dates, and so is "Advertising", a heading over a list of services.)
const AD_LABELS: &[&str] = &[
    "advertisement",
    "sponsored",
    "paid advertisement",
    "werbung",
    "anzeige",
    "publicité",
    "publicidad",
    "pubblicità",
    "реклама",
    "广告",
];

/// How an ad slot asks the reader to go on past it ("Continues below
/// advertisement", "Advertisement - scroll to continue"). "Story continues
/// below", "Article continues below" and "Continue reading below" are
/// [`CALL_TO_ACTION_PHRASES`]: their blocks are gone before these are asked.
const AD_SLOT_PHRASES: &[&str] = &[
    "continues below advertisement",
    "continues below this ad",
    "scroll to continue",
];

/// Ad labels that are also other words: told apart by where they stand
/// (an element the conditional cleaner judges), not by themselves.
const AMBIGUOUS_AD_LABELS: &[&str] = &["ad", "ads", "advertising", "pub", "werb", "anuncio"];

/// Whether an element's whole text (lowercased) is an ad slot's label or
/// marker (see [`AD_LABELS`], [`AD_SLOT_PHRASES`]).
pub(crate) fn is_ad_label(text_lower: &str) -> bool {
    let text = without_ellipsis(text_lower);
    AD_LABELS.contains(&text) || AD_SLOT_PHRASES.iter().any(|p| text.contains(p))
}

/// [`is_ad_label`], or one of the [`AMBIGUOUS_AD_LABELS`].
pub(crate) fn is_ad_label_loosely(text_lower: &str) -> bool {
    is_ad_label(text_lower) || AMBIGUOUS_AD_LABELS.contains(&without_ellipsis(text_lower))
}

/// A label's text without the dots or colon after it.
fn without_ellipsis(text: &str) -> &str {
    text.trim().trim_end_matches(['.', '…', ':']).trim_end()
}

/// What a shop's or a list's controls say, drawn as text for a script to
/// make buttons of ("Add to cart" in a `<div>`, "Sort by:" over a menu the
/// script fills): they do nothing in the view.
const CONTROL_LABELS: &[&str] = &[
    "add to cart",
    "add to bag",
    "add to basket",
    "add to wishlist",
    "add to wish list",
    "quick view",
    "quick shop",
    "sort by",
    "filter by",
    "results per page",
    "items per page",
];

/// Whether an element's whole text (lowercased) is one of
/// [`CONTROL_LABELS`].
pub(crate) fn is_control_label(text_lower: &str) -> bool {
    CONTROL_LABELS.contains(&without_ellipsis(text_lower))
}

/// Leads that label a byline rather than print it with the name: the
/// view's header shows the name alone ("Written by Emma Ryan" as "Emma
/// Ryan", WordPress's "View all posts by Ray Ansari" as "Ray Ansari").
const LABEL_LEADS: &[&str] = &[
    "view all posts by ",
    "written by ",
    "authored by: ",
    "authored by ",
    "posted by ",
    "words by ",
    "story by ",
    "authors: ",
    "author: ",
];
/// Leads printed with the name, as a newspaper prints a byline ("By Jane
/// Doe", "Von Jana Müller"): the byline keeps them, as Readability.js
/// gives it.
const PRINTED_LEADS: &[&str] = &["by: ", "by ", "von ", "par "];

/// How a byline line leads its name ([`LABEL_LEADS`], then
/// [`PRINTED_LEADS`]; a longer lead before one it starts with).
fn byline_leads() -> impl Iterator<Item = &'static str> {
    LABEL_LEADS.iter().chain(PRINTED_LEADS).copied()
}

/// Words that label a byline without naming anyone: a byline of only
/// these, numbers and single letters ("Author", "About the author", "By",
/// "G", an avatar's initial) names no one. (A byline that is only a date,
/// "Last Updated: January 7, 2025", is read as no name by
/// `metadata::name_in_dated_byline`, where the page's marked byline is
/// read.)
const NOT_A_NAME_WORDS: &[&str] = &[
    "about",
    "the",
    "author",
    "authors",
    "name",
    "by",
    "written",
    "posted",
    "follow",
    "undefined",
    "null",
];

/// Bylines that are a site's account, not a person: WordPress's default
/// user, whom many sites leave as the author of every post.
const ACCOUNT_NAMES: &[&str] = &["admin", "administrator"];

/// Whether a byline names someone: not a label ending in a lead
/// ([`byline_leads`]) or a colon, not an address nor an account
/// ([`ACCOUNT_NAMES`]), and some word of it is more than a letter and not
/// one of [`NOT_A_NAME_WORDS`] or a number.
pub(crate) fn names_someone(byline: &str) -> bool {
    let lower = byline.trim().to_lowercase();
    // A label whose name is printed apart ("How we reviewed this article:",
    // "Jun 2 Written By"): what it holds is not the name.
    let ends_in_label = lower.ends_with(':')
        || byline_leads().any(|lead| {
            lower
                .strip_suffix(lead.trim_end())
                .is_some_and(|before| !before.ends_with(char::is_alphanumeric))
        });
    if ends_in_label
        || ACCOUNT_NAMES.contains(&lower.as_str())
        || lower.starts_with("http://")
        || lower.starts_with("https://")
    {
        return false;
    }
    lower.split(|c: char| !c.is_alphanumeric()).any(|word| {
        word.chars().filter(|c| c.is_alphabetic()).count() > 1 && !NOT_A_NAME_WORDS.contains(&word)
    })
}

/// A byline's text (lowercased) without its lead ([`byline_leads`]): the
/// name(s) alone.
pub(crate) fn without_byline_lead(text_lower: &str) -> &str {
    let text = text_lower.trim();
    split_byline_lead(text)
        .map_or(text, |(_, name)| name)
        .trim()
}

/// A line that starts with a byline's lead ([`byline_leads`], in any
/// case), split into the lead as printed and what follows it. A lead in a
/// part of its own runs into the name when the parts have no space between
/// them ("ByTrevor Jones", "Written byAAA Travel Editor"): a capital right
/// after a "by" or a colon starts the name, where no word goes on so
/// (after a small letter or a colon, or before a small one: "BYU" is no
/// lead and name).
pub(crate) fn split_byline_lead(line: &str) -> Option<(&str, &str)> {
    byline_leads().find_map(|lead| {
        let spaced = line
            .get(..lead.len())
            .filter(|printed| printed.eq_ignore_ascii_case(lead))
            .map(|printed| (printed, &line[lead.len()..]));
        let glued = || {
            let lead = lead.trim_end();
            if !lead.ends_with("by") && !lead.ends_with(':') {
                return None;
            }
            let printed = line.get(..lead.len())?;
            let rest = &line[lead.len()..];
            let mut name = rest.chars();
            let lead_end = printed.chars().next_back()?;
            (printed.eq_ignore_ascii_case(lead)
                && name.next().is_some_and(char::is_uppercase)
                && (lead_end.is_lowercase()
                    || lead_end == ':'
                    || name.next().is_some_and(char::is_lowercase)))
            .then_some((printed, rest))
        };
        spaced
            .or_else(glued)
            .filter(|(_, rest)| !rest.trim().is_empty())
    })
}

/// A byline as the view's header shows it: without a lead that labels it
/// ([`LABEL_LEADS`]; a printed lead, "By", stays), if it names someone
/// ([`names_someone`]).
pub(crate) fn shown_byline(byline: &str) -> Option<&str> {
    let byline = byline.trim();
    let is_label = |lead: &str| {
        LABEL_LEADS
            .iter()
            .any(|l| l.trim_end().eq_ignore_ascii_case(lead.trim_end()))
    };
    let name = match split_byline_lead(byline) {
        Some((lead, name)) if is_label(lead) => name.trim(),
        _ => byline,
    };
    Some(name).filter(|name| names_someone(name))
}

/// Whether an element's whole text (lowercased) is a loading placeholder
/// ("Loading...", "Please wait…").
pub(crate) fn is_loading_placeholder(text_lower: &str) -> bool {
    LOADING_PLACEHOLDERS.contains(&without_ellipsis(text_lower))
}

/// What a table of contents is headed with: the page's own navigation,
/// not a section of the article. ("Contents" alone also heads a book's
/// list of chapters, which is why a label goes only where no list follows
/// it: see `clean::tables_of_contents_gone`.)
const TABLE_OF_CONTENTS_LABELS: &[&str] = &[
    "table of contents",
    "table of content",
    "contents",
    "page contents",
    "article contents",
    "in this article",
    "in this post",
    "in this guide",
    "on this page",
    "jump to",
    "jump to section",
    "what's inside",
    "inhaltsverzeichnis",
    "inhalt",
    "sommaire",
    "índice",
    "indice",
    "tabla de contenidos",
];

/// Whether an element's whole text (lowercased) labels a table of
/// contents ("Table of Contents", "On this page:", "Contents [hide]").
pub(crate) fn is_table_of_contents_label(text_lower: &str) -> bool {
    let text = text_lower.trim();
    // A toggle beside the label, the colon or arrow after it.
    let text = ["[hide]", "[show]", "hide", "show", "toggle"]
        .iter()
        .find_map(|toggle| text.strip_suffix(toggle))
        .unwrap_or(text)
        .trim_end()
        .trim_end_matches([':', '⤵', '↓', '▾', '▼'])
        .trim_end();
    TABLE_OF_CONTENTS_LABELS.contains(&text)
}

/// Does `text_lower` contain one of `phrases` as whole words ("subscribe"
/// matches "Subscribe here", not "5 million subscribers")?
pub(crate) fn has_phrase(text_lower: &str, phrases: &Words) -> bool {
    phrases.any_occurrence(text_lower, |at, p| {
        let before = text_lower[..at].chars().next_back();
        let after = text_lower[at + p.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

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
pub(crate) const RECOMMENDATION_PHRASES: Words = Words::new(&[
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
    "who viewed this",
    "who bought this",
]);

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
    "read more",
    "read next",
    "read our full",
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
        || has_phrase(text_lower, &RECOMMENDATION_PHRASES)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_document;
    use html5ever::local_name;

    #[test]
    fn a_byline_names_someone_or_is_no_byline() {
        for name in [
            "Ada Lovelace",
            "By Jane Doe",
            "hackermondev",
            "李明",
            "Staff",
            "J. Smith",
            "q_admin",
            "NOC Admin",
        ] {
            assert!(names_someone(name), "{name}");
        }
        for label in [
            "By",
            "Author",
            "About the Author",
            "Name *",
            "G",
            "26",
            "undefined",
            "admin",
            " Administrator ",
            "https://example.com/user/jane-doe",
            "Follow Author",
            "Reviewed by:",
            "Dec 4 Written by",
        ] {
            assert!(!names_someone(label), "{label}");
        }
        // Names that end as a lead does, within a word.
        assert!(names_someone("Tom Kirby"));
        assert!(names_someone("Jo Abby"));
    }

    #[test]
    fn a_lead_runs_into_the_name_only_where_no_word_could() {
        assert_eq!(
            split_byline_lead("By Jo Bloggs"),
            Some(("By ", "Jo Bloggs"))
        );
        assert_eq!(split_byline_lead("ByJo Bloggs"), Some(("By", "Jo Bloggs")));
        assert_eq!(
            split_byline_lead("Written byAAA Travel Editor"),
            Some(("Written by", "AAA Travel Editor"))
        );
        assert_eq!(
            split_byline_lead("Author:Jo Bloggs"),
            Some(("Author:", "Jo Bloggs"))
        );
        for not_a_lead in ["BYU Cougars", "Byron Bay", "ByteDance", "VonDerAhe", "By"] {
            assert_eq!(split_byline_lead(not_a_lead), None, "{not_a_lead}");
        }
    }

    #[test]
    fn the_shown_byline_loses_a_label_and_keeps_a_printed_lead() {
        assert_eq!(shown_byline(" Written by Jo Bloggs "), Some("Jo Bloggs"));
        assert_eq!(shown_byline("WRITTEN BY Jo Bloggs"), Some("Jo Bloggs"));
        assert_eq!(shown_byline("By Jo Bloggs"), Some("By Jo Bloggs"));
        assert_eq!(shown_byline("Von Jana Müller"), Some("Von Jana Müller"));
        assert_eq!(shown_byline("Written by admin"), None);
        assert_eq!(shown_byline("Written by"), None);
    }

    #[test]
    fn lists_are_lowercase_so_they_can_match() {
        for w in UNLIKELY_CANDIDATES.iter().chain(MAYBE_CANDIDATE.iter()) {
            assert_eq!(*w, w.to_ascii_lowercase());
            assert!(!w.is_empty());
        }
    }

    /// Every list, for the tests below.
    const ALL_WORDS: [&Words; 10] = [
        &UNLIKELY_CANDIDATES,
        &MAYBE_CANDIDATE,
        &POSITIVE,
        &NEGATIVE,
        &BYLINE,
        &POST_CHROME,
        &CALL_TO_ACTION_PHRASES,
        &COOKIE_NOTICE_PHRASES,
        &RECOMMENDATION_PHRASES,
        &AUTHOR_CARD,
    ];

    #[test]
    fn picture_credits_are_told_from_captions() {
        for credit in [
            "credit: the spruce eats",
            "(image credit: wareable)",
            "getty images",
            "getty images / holger leue",
            "holger leue/getty images",
            "photo by jo smith",
        ] {
            assert!(is_image_credit(credit), "{credit}");
        }
        for caption in [
            "firefighters at the blaze. jo smith/getty images",
            "the getty images archive holds millions of pictures",
            "a credit union in ohio",
            "(a bowl of soup)",
        ] {
            assert!(!is_image_credit(caption), "{caption}");
        }
    }

    #[test]
    fn table_of_contents_labels_are_told_from_headings_that_mention_contents() {
        for label in [
            "table of contents",
            "  contents [hide]",
            "on this page:",
            "jump to ↓",
            "in this article",
        ] {
            assert!(is_table_of_contents_label(label), "{label:?}");
        }
        for heading in [
            "contents of the box",
            "table of contents for volume 2",
            "in this article we look at",
            "jump to conclusions",
        ] {
            assert!(!is_table_of_contents_label(heading), "{heading:?}");
        }
    }

    #[test]
    fn ad_labels_are_told_from_sentences_about_ads() {
        for label in [
            "advertisement",
            " sponsored ",
            "advertisement - scroll to continue",
            "story continues below advertisement",
            "anzeige",
        ] {
            assert!(is_ad_label(label), "{label:?}");
        }
        for text in [
            "ad",
            "advertisement revenue fell",
            "sponsored by the city council",
        ] {
            assert!(!is_ad_label(text), "{text:?}");
        }
    }

    #[test]
    fn follow_prompts_are_told_from_instructions() {
        for prompt in [
            "FOLLOW BUSINESS INSIDER AFRICA",
            "Follow Hardtail Canada",
            "Follow Jane Doe on Instagram",
        ] {
            assert!(is_follow_prompt(prompt), "{prompt:?}");
        }
        for text in [
            "Follow the steps below:",
            "FOLLOW THESE RULES",
            "Follow up with the clinic in a week.",
            "follow",
            "Following Kim's advice, we left early",
        ] {
            assert!(!is_follow_prompt(text), "{text:?}");
        }
    }

    #[test]
    fn control_labels_are_whole_texts() {
        for label in ["add to cart", "sort by:", " results per page: "] {
            assert!(is_control_label(label), "{label:?}");
        }
        for text in [
            "sort by size before packing",
            "add to cart and pay",
            "close",
        ] {
            assert!(!is_control_label(text), "{text:?}");
        }
    }

    #[test]
    fn form_terms_start_with_by() {
        for lead in FORM_CONSENT_LEADS {
            assert!(lead.starts_with("by "), "{lead:?}");
        }
    }

    #[test]
    fn store_cross_selling_headings_are_recommendations() {
        for heading in [
            "people who viewed this item also viewed",
            "this is what customers who viewed this product bought",
            "customers who bought this item also bought",
            "shop similar items",
            "you may also like",
        ] {
            assert!(is_recommendation_heading(heading), "{heading}");
        }
        for heading in ["product details", "who we are", "what customers say"] {
            assert!(!is_recommendation_heading(heading), "{heading}");
        }
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
    fn overlapping_phrases_are_never_whole_words() {
        // `has_phrase` looks at every occurrence of a phrase, overlapping
        // ones too, where `match_indices` (which it replaced) saw only
        // non-overlapping ones. They agree: an occurrence overlapping an
        // earlier one starts where that one ends with the same characters
        // (a suffix of the phrase that is also its prefix), so what comes
        // right before it is the phrase's own character, a letter, and it
        // is not a whole word.
        for p in CALL_TO_ACTION_PHRASES
            .iter()
            .chain(RECOMMENDATION_PHRASES.iter())
        {
            for k in 1..p.len() {
                if p[..k] == p[p.len() - k..] {
                    let before = p.as_bytes()[p.len() - k - 1];
                    assert!(before.is_ascii_alphanumeric(), "{p:?}");
                }
            }
        }
    }

    #[test]
    fn phrases_are_whole_words() {
        assert!(has_phrase("please subscribe.", &CALL_TO_ACTION_PHRASES));
        assert!(has_phrase("subscribe", &CALL_TO_ACTION_PHRASES));
        assert!(!has_phrase(
            "5 million subscribers",
            &CALL_TO_ACTION_PHRASES
        ));
        assert!(!has_phrase("\u{e9}subscribe", &CALL_TO_ACTION_PHRASES));
        assert!(has_phrase("subscribers subscribe", &CALL_TO_ACTION_PHRASES));
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
