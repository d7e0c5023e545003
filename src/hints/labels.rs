//! What an element's text says of it, whatever its class: an ad's label,
//! a call to act ("Subscribe", "Book now"), a picture's credit, a control
//! drawn as text ("Add to cart"), a table of contents' label, a
//! recommendation's heading ("You may also like"). Each list is matched
//! against the lowercased text, whole or by its lead, as its function says.

use super::Words;
use crate::text::normalize_whitespace;

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
    "preferred source on google",
    "funded by readers",
    "leave a star rating",
]);

/// What a call to action says that an article's sentence may say too ("the
/// newsletter is published monthly", "the hook subscribes us to a friend's
/// status"): a block saying it is a call only where it reads as one
/// ([`is_call_to_action`]).
pub(crate) const MENTIONED_CALL_PHRASES: Words = Words::new(&[
    "newsletter",
    "subscribe",
    "mailing list",
    "sign up for",
    "sign up to",
]);

/// How a call opens a sentence or a clause: with what it asks for ("Sign
/// up for our newsletter", "For daily tips, subscribe"), or its thanks.
const CALL_OPENERS: &[&str] = &[
    "sign up",
    "signup",
    "subscribe",
    "join",
    "get ",
    "thanks for",
    "thank you for",
    "don't miss",
    "don\u{2019}t miss",
    "never miss",
    "stay up to date",
    "stay informed",
    "like what",
    "love ",
    "read more",
    "to read",
    "click",
    "download",
    "sponsor",
    "share ",
    "rate ",
    "watch ",
    "follow",
    "unlock",
];

/// A line this short that speaks of a newsletter or subscribing is a
/// call's heading or button ("Join our newsletter", "The #1 newsletter
/// for the trades.").
const CALL_HEADING_MAX_WORDS: usize = 8;

/// Whether a block's whole text (lowercased) asks the reader to do
/// something: it holds one of [`CALL_TO_ACTION_PHRASES`], or it speaks
/// of a newsletter or subscribing ([`MENTIONED_CALL_PHRASES`]) in a short
/// line or in a sentence or clause that opens with a call
/// ([`CALL_OPENERS`]), rather than in the article's prose.
pub(crate) fn is_call_to_action(text_lower: &str) -> bool {
    if has_phrase(text_lower, &CALL_TO_ACTION_PHRASES) {
        return true;
    }
    if !has_phrase(text_lower, &MENTIONED_CALL_PHRASES) {
        return false;
    }
    text_lower
        .split_whitespace()
        .nth(CALL_HEADING_MAX_WORDS)
        .is_none()
        || text_lower
            .split([
                '.', '!', '?', ',', ';', ':', '\u{2014}', '\u{2013}', '(', ')',
            ])
            .map(|clause| clause.trim_start_matches(|c: char| !c.is_alphanumeric()))
            .any(|clause| CALL_OPENERS.iter().any(|o| clause.starts_with(o)))
}

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
        // A way back, out of the article or up its page ("Back", "Back to
        // all jobs", "Back to our top picks", phpBB's "Return to
        // “Troubleshooting”").
        || text_lower == "back"
        || text_lower.starts_with("back to ")
        || text_lower.starts_with("return to ")
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

/// The longest ad label or loading placeholder ("Loading comments...").
/// Longer, a text is not read as one.
pub(crate) const LABEL_MAX_CHARS: usize = 20;

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
    "reklama",
    "iklan",
    "quảng cáo",
    "إعلان",
    "विज्ञापन",
    // Chinese (simplified, traditional), Japanese ("advertisement",
    // "sponsored link"), Korean.
    "广告",
    "廣告",
    "広告",
    "スポンサーリンク",
    "광고",
];

/// How an ad slot asks the reader to go on past it ("Continues below
/// advertisement", "Advertisement - scroll to continue"). "Story continues
/// below", "Article continues below" and "Continue reading below" are
/// [`CALL_TO_ACTION_PHRASES`]: their blocks are gone before these are asked.
const AD_SLOT_PHRASES: Words = Words::new(&[
    "continues below advertisement",
    "continues below this ad",
    "scroll to continue",
]);

/// Ad labels that are also other words: told apart by where they stand
/// (an element the conditional cleaner judges), not by themselves.
const AMBIGUOUS_AD_LABELS: &[&str] = &["ad", "ads", "advertising", "pub", "werb", "anuncio"];

/// The longest ad label with a note after it: a sentence that begins with
/// "Sponsored - " and goes on is no longer the slot's label.
const AD_LABEL_WITH_NOTE_MAX_BYTES: usize = 48;

/// Whether an element's whole text (lowercased) is an ad slot's label or
/// marker (see [`AD_LABELS`], [`AD_SLOT_PHRASES`]): alone, framed ("•
/// SPONSORED •"), or with a short note after a mark ("Advertisement -
/// Members don't see this ad", "Advertisement (gone after registration)",
/// "Advertisement: New AI Book"). A word after it makes a sentence
/// ("Advertisement revenue fell").
pub(crate) fn is_ad_label(text_lower: &str) -> bool {
    let text = without_ellipsis(text_lower);
    let label = text
        .split([':', '(', '-', '–', '—', '|', '•'])
        .map(str::trim)
        .find(|part| !part.is_empty());
    (label.is_some_and(|l| AD_LABELS.contains(&l)) && text.len() <= AD_LABEL_WITH_NOTE_MAX_BYTES)
        || super::matches_any(text, &AD_SLOT_PHRASES)
}

/// [`is_ad_label`], or one of the [`AMBIGUOUS_AD_LABELS`].
pub(crate) fn is_ad_label_loosely(text_lower: &str) -> bool {
    is_ad_label(text_lower) || AMBIGUOUS_AD_LABELS.contains(&without_ellipsis(text_lower))
}

/// A label's text without the dots, colon or exclamation mark after it.
fn without_ellipsis(text: &str) -> &str {
    text.trim()
        .trim_end_matches(['.', '…', ':', '!'])
        .trim_end()
}

/// The longest control label: "Be the first to comment", a sort menu's
/// label with its choice ("Sort: Price, low to high"). Longer, a text is
/// not read as one.
pub(crate) const CONTROL_LABEL_MAX_CHARS: usize = 32;

/// What a shop's or a list's controls say, drawn as text for a script to
/// make buttons of ("Add to cart" in a `<div>`, "Sort by:" over a menu the
/// script fills, a product card's "Compare" box, a list's "Load more", a
/// forum post's "Quote", a code block's "Copy"): they do nothing in the
/// view.
const CONTROL_LABELS: &[&str] = &[
    "add to wishlist",
    "add to wish list",
    "quick view",
    "quick shop",
    "sort by",
    "filter by",
    "results per page",
    "items per page",
    "add to compare",
    "reply with quote",
    "compare",
    "view options",
    "select options",
    "choose options",
    "quick add",
    "select size",
    "load more",
    "show more",
    "view more",
    "see more",
    "write a review",
    "calculate shipping",
    "filters",
    "view full details",
    "read full details",
    "shop now",
    "quote",
    "tags",
    "no posts",
    "be the first to comment",
    "sign in or join",
    "sign in / join",
    // An app's banner on its site's pages (Medium's "Open in app").
    "open in app",
    "download the app",
    "get the app",
    // A code block's button to copy it, and what it says once clicked.
    "copy",
    "copy code",
    "copy to clipboard",
    "copied",
    // A button back to the page's head, drawn as text where it is no
    // link (as a link, it is a skip link: `is_skip_link_text`).
    "back to top",
    "return to top",
    "scroll to top",
    // Pinterest's button to save a picture, on recipe and craft sites.
    "pin it",
    "pin it for later",
    "pin this for later",
    "pin for later",
];

/// A caption's button that folds it away and back, at the end of the
/// caption it folds (NPR's "hide caption", after the credit): no words of
/// an article say that alone.
const CAPTION_TOGGLES: &[&str] = &["toggle caption", "show caption", "hide caption"];

/// The lengths of [`CAPTION_TOGGLES`]: an element of another length needs
/// no look at its words.
pub(crate) const CAPTION_TOGGLE_CHARS: std::ops::RangeInclusive<usize> = 12..=14;

/// Whether an element's whole text (lowercased) is one of
/// [`CAPTION_TOGGLES`].
pub(crate) fn is_caption_toggle(text_lower: &str) -> bool {
    CAPTION_TOGGLES.contains(&without_ellipsis(text_lower))
}

/// Whether an element's whole text (lowercased) is one of
/// [`CONTROL_LABELS`], a sort menu's label with its choice ("Sort: Best
/// Match"), a count of what readers did with a post or a product ("3
/// likes", "0 reply", "12comments", "1,113 reviews": [`COUNTED_THINGS`]),
/// a button's label too, or a share button's label, whose icons (not in
/// the view) were the buttons.
pub(crate) fn is_control_label(text_lower: &str) -> bool {
    let label = without_ellipsis(text_lower);
    let to_share = label.strip_prefix("share").is_some_and(|rest| {
        let mut words = rest.split_whitespace();
        matches!(
            (words.next(), words.next(), words.next()),
            (None, _, _) | (Some("this"), _, None) | (Some("on" | "via"), Some(_), None)
        )
    });
    let is_count = COUNTED_THINGS
        .iter()
        .find_map(|unit| label.strip_suffix(unit))
        .map(str::trim_end)
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b','));
    CONTROL_LABELS.contains(&label)
        || CART_LABELS.contains(&label)
        || label.starts_with("sort:")
        || is_count
        || to_share
}

/// The tools a news page sets over or under its story, links drawn as a
/// line of text ("E-mail this story | Printer-friendly version", "Email |
/// Print | Text size: A A"): they work on the page, not in the view.
const ARTICLE_TOOLS: &[&str] = &[
    "email",
    "e-mail",
    "email this",
    "e-mail this",
    "email this story",
    "e-mail this story",
    "email this article",
    "e-mail this article",
    "email this page",
    "email to a friend",
    "e-mail to a friend",
    "send to a friend",
    "print",
    "print this",
    "print this story",
    "print this article",
    "print this page",
    "printer-friendly",
    "printer friendly",
    "printer-friendly version",
    "printer friendly version",
    "printable version",
    "print version",
    "reprints",
    "share",
    "share this",
    "save",
    "bookmark",
    // Chinese (simplified, traditional), Japanese, Korean: print, print
    // this page, close (the window), bookmark, report an error, share.
    "打印",
    "打印本页",
    "打印此页",
    "关闭",
    "关闭窗口",
    "收藏",
    "纠错",
    "我要纠错",
    "分享",
    "列印",
    "關閉",
    "關閉視窗",
    "印刷",
    "印刷する",
    "シェア",
    "ブックマーク",
    "인쇄",
    "공유",
    "스크랩",
];

/// Whether a line's whole text (lowercased) is article tools (see
/// [`ARTICLE_TOOLS`]), two at least, set apart by bars or dots or each in
/// brackets ("【打印本页】 【关闭窗口】"), a text size control among them
/// ("Text size: A A", "Font size A+ A-", "字体：大 中 小").
pub(crate) fn is_article_tools(text_lower: &str) -> bool {
    let is_size_control = |part: &str| {
        [
            "text size",
            "font size",
            "text",
            "font",
            "字体",
            "字號",
            "字号",
            "字體",
            "文字サイズ",
            "글자크기",
        ]
        .iter()
        .find_map(|lead| part.strip_prefix(lead))
        .is_some_and(|rest| {
            let rest = rest.trim_start_matches([':', '：']);
            !rest.trim().is_empty()
                && rest.split_whitespace().all(|w| {
                    [
                        "a", "a+", "a-", "a−", "aa", "aaa", "+", "-", "larger", "smaller", "大",
                        "中", "小", "標準", "拡大", "縮小", "가", "크게", "작게",
                    ]
                    .contains(&w)
                })
        })
    };
    let mut parts = 0;
    for part in text_lower.split(['|', '·', '•', '｜', '【', '】', '[', ']']) {
        let part = normalize_whitespace(part);
        let part = part.trim_end_matches([':', '：']).trim();
        if part.is_empty() {
            continue;
        }
        if !(ARTICLE_TOOLS.contains(&part) || is_size_control(part)) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// What readers do with a post or a product that a page counts beside it,
/// the count a link to them or a button: the page's furniture, not its
/// content. (On WCXB, 131 such counts in the view's text alone on their
/// line, 12 of them in the annotators'.)
const COUNTED_THINGS: &[&str] = &[
    "likes", "like", "replies", "reply", "comments", "comment", "reviews", "review", "ratings",
    "rating",
];

/// Labels of a shop's button that adds what the page shows to a cart.
const CART_LABELS: &[&str] = &["add to cart", "add to bag", "add to basket"];

/// Whether a button's label (lowercased) adds to a cart, whatever else it
/// says ("Add to Cart - $24.99").
pub(crate) fn is_cart_label(text_lower: &str) -> bool {
    let words = normalize_whitespace(text_lower);
    CART_LABELS.iter().any(|cart| words.contains(cart))
}

/// A forum member's figure is a label and a value: "Registered:
/// 2024-01-27", "Reaction score: 1,234". Longer, a text is not read as one.
pub(crate) const MEMBER_STAT_MAX_CHARS: usize = 32;

/// The figures a forum prints on its member's card beside each post
/// ("Posts: 1,077", "Join Date: Aug 2008"): about the member, not the post.
const MEMBER_STAT_LABELS: &[&str] = &[
    "posts",
    "threads",
    "messages",
    "reaction score",
    "likes received",
    "joined",
    "join date",
    "points",
    "registered",
    "reputation",
];

/// A forum member's rank and status beside each post: about the member.
const MEMBER_TITLES: &[&str] = &[
    "member",
    "new member",
    "junior member",
    "full member",
    "senior member",
    "active member",
    "well-known member",
    "registered user",
    "original poster",
    "thread starter",
    "former member",
    "offline",
];

/// Whether a text (lowercased) is a field of a member's profile, printed
/// beside their figures: "Location: Singapore", FluxBB's "From: Oslo".
/// Only beside a figure is it the member's: an event's "Location: Town
/// Hall" is the event's.
pub(crate) fn is_profile_field(text_lower: &str) -> bool {
    ["location:", "from:"]
        .iter()
        .any(|label| text_lower.trim_start().starts_with(label))
}

/// Whether an element's whole text (lowercased) is a forum member's
/// figure: one of [`MEMBER_STAT_LABELS`], then a colon or a space (or
/// nothing: a term and its definition, `<dt>Posts</dt><dd>116</dd>`), and
/// a number or a date; or one of the [`MEMBER_TITLES`].
pub(crate) fn is_member_stat(text_lower: &str) -> bool {
    let text = text_lower.trim();
    MEMBER_TITLES.contains(&text)
        || MEMBER_STAT_LABELS.iter().any(|label| {
            text.strip_prefix(label).is_some_and(|rest| {
                let value = rest.strip_prefix(':').unwrap_or(rest).trim();
                rest.starts_with(|c: char| c == ':' || c.is_whitespace() || c.is_ascii_digit())
                    && value.split_whitespace().count() <= 3
                    && value.bytes().any(|b| b.is_ascii_digit())
            })
        })
}

/// What a prompt to sign in says of the account: "Create an account or
/// sign in to comment", "You need to be a member in order to leave a
/// comment"...
const SIGN_IN_WORDS: Words = Words::new(&[
    "sign in",
    "sign-in",
    "sign up",
    "log in",
    "login",
    "register",
    "an account",
    "a member",
]);

/// ... and of the taking part it allows.
const TAKING_PART_PHRASES: Words = Words::new(&[
    "to comment",
    "to reply",
    "to post",
    "to answer",
    "leave a comment",
]);

/// Whether a short block's text (lowercased) asks the reader to sign in
/// before taking part in the discussion ("You must log in or register to
/// reply here."): a forum's or a comment section's chrome, shown to every
/// visitor, not a post. Both halves are needed: "the login form is sent
/// with the POST method" is about logging in, and a post may say "post".
pub(crate) fn is_sign_in_prompt(text_lower: &str) -> bool {
    has_phrase(text_lower, &SIGN_IN_WORDS) && has_phrase(text_lower, &TAKING_PART_PHRASES)
}

/// Whether a short block's text (lowercased) is a post's edit note, which
/// forum software prints under a post that was changed: "Last edited: Jul
/// 13, 2022", "Last edited by Minoa on Tue Aug 27, 2019 10:03 pm, edited 1
/// time in total", "Edited June 14, 2024 by Lisias", "... (see edit
/// history)". It is about the post, not in it. Only a dated note goes:
/// "Edited for a typo." is the poster's own words, and "Edited by" a
/// name alone credits a book's or an article's editor.
pub(crate) fn is_edit_note(text_lower: &str) -> bool {
    let text = text_lower.trim();
    let dated = |t: &str| t.chars().any(|c| c.is_ascii_digit());
    // "Edited <when> by <who>": the date before the name.
    let edited_when_by = text
        .strip_prefix("edited ")
        .and_then(|rest| rest.split_once(" by "))
        .is_some_and(|(when, _)| dated(when));
    // "Last edited: <when>", "Last edited by <who> on <when>".
    let last_edited = text.strip_prefix("last edited").is_some_and(|rest| {
        [":", " by ", " on ", " at "]
            .iter()
            .any(|lead| rest.starts_with(lead))
            && dated(rest)
    });
    last_edited || edited_when_by || text.ends_with("(see edit history)")
}

/// Whether a text is only a separator, the glyph set between the items of
/// a line ("author · date", "Timetable | Fares"): alone, it separates
/// nothing.
pub(crate) fn is_separator(text: &str) -> bool {
    matches!(text.trim(), "|" | "·" | "•" | "–" | "—")
}

/// Whether a text is only TeX that typesets nothing: the `$\begingroup$`
/// and `$\endgroup$` (`\$\begingroup\$` where a dollar is text) that
/// Stack Exchange's sites write around each post for MathJax, which
/// scopes the post's macros with them. On the page MathJax prints
/// nothing for them; as text they are code the reader never saw.
pub(crate) fn is_silent_tex(text: &str) -> bool {
    matches!(
        text.trim(),
        r"$\begingroup$" | r"$\endgroup$" | r"\$\begingroup\$" | r"\$\endgroup\$"
    )
}

/// What a thread counts of itself, after the count ("1.9K views").
const THREAD_COUNTS: &[&str] = &[
    "view",
    "views",
    "reply",
    "replies",
    "participant",
    "participants",
    "post",
    "posts",
];

/// Whether a short block's text (lowercased) is a thread's statistics,
/// which forum software prints over its first post: "1.9K views 11
/// replies 12 participants last post by sanmartinwatch Jan 18, 2024". It
/// opens with a count and counts two things at least; it is about the
/// thread, not in it.
pub(crate) fn is_thread_stats(text_lower: &str) -> bool {
    let words: Vec<&str> = text_lower.split_whitespace().collect();
    let is_count = |w: &str| {
        let digits = w.trim_end_matches(['k', 'm']);
        !digits.is_empty()
            && digits.starts_with(|c: char| c.is_ascii_digit())
            && digits
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    };
    let counted = words
        .windows(2)
        .filter(|pair| is_count(pair[0]) && THREAD_COUNTS.contains(&pair[1]))
        .count();
    words.first().is_some_and(|w| is_count(w)) && counted >= 2
}

/// Whether an element's whole text (lowercased) is a loading placeholder
/// ("Loading...", "Please wait…").
pub(crate) fn is_loading_placeholder(text_lower: &str) -> bool {
    LOADING_PLACEHOLDERS.contains(&without_ellipsis(text_lower))
}

/// What a gallery calls the picture it shows, one at a time: "Image 2 of
/// 5", "Slide 1 of 5".
const GALLERY_ITEMS: &[&str] = &["image", "slide", "picture", "photo"];

/// Whether an element's whole text (lowercased) is a gallery's counter
/// ("Image 2 of 5"): the view shows every picture, and counts none.
pub(crate) fn is_gallery_counter(text_lower: &str) -> bool {
    let mut words = text_lower.split_whitespace();
    let number = |word: Option<&str>| word.and_then(|w| w.parse::<u32>().ok());
    match (
        words.next(),
        number(words.next()),
        words.next(),
        number(words.next()),
    ) {
        (Some(item), Some(shown), Some("of"), Some(all)) => {
            GALLERY_ITEMS.contains(&item) && (1..=all).contains(&shown) && words.next().is_none()
        }
        _ => false,
    }
}

/// Whether a text is a date and time written for machines, ISO 8601's
/// ("2019-01-21T21:40:59.62Z", "2006-09-01T16:07+00:00"): what a page
/// gives a script or a search engine, in a `<time>` or a microformat's
/// `updated` its stylesheet hides. People read dates written otherwise.
pub(crate) fn is_machine_timestamp(text: &str) -> bool {
    let b = text.trim().as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        b.get(range)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    crate::metadata::day_of(text).is_some()
        && at(10, b'T')
        && digits(11..13)
        && at(13, b':')
        && digits(14..16)
        && b[16..]
            .iter()
            .all(|c| c.is_ascii_digit() || b":.Z+-".contains(c))
}

/// Whether an element's whole text is a template's placeholder that no
/// script filled in: "{{ DiscussionBoard.errors[11793116].message }}".
/// (Inside code, where templates are shown, nothing is looked at.)
pub(crate) fn is_template_placeholder(text: &str) -> bool {
    let text = text.trim();
    text.starts_with("{{") && text.ends_with("}}")
}

/// What a site's affiliate disclosure says, wherever in it: the site is
/// paid when a reader buys through its links.
pub(crate) const AFFILIATE_DISCLOSURE_PHRASES: Words = Words::new(&[
    "contains affiliate links",
    "contain affiliate links",
    "includes affiliate links",
    "uses affiliate links",
    "use affiliate links",
    "may earn a commission",
    "may earn a small commission",
    "may earn us a commission",
    "may earn commissions",
    "may receive a small commission",
    "earn a small commission",
    "earn from qualifying purchases",
    "earns from qualifying purchases",
    "earn commissions from",
    "reader-supported",
]);

/// Leads of a reading-time estimate given as a label ("Reading time: 6
/// minutes").
const READING_TIME_LEADS: &[&str] = &[
    "reading time",
    "read time",
    "estimated reading time",
    "time to read",
];

/// Whether an element's whole text (lowercased) is a reading-time
/// estimate: "6 min read", "6-minute read", "Reading time: 6 minutes".
pub(crate) fn is_reading_time(text_lower: &str) -> bool {
    let text = text_lower.trim();
    let (minutes, label_first) = match READING_TIME_LEADS
        .iter()
        .find_map(|lead| text.strip_prefix(lead))
    {
        Some(rest) => (rest.trim_start_matches([':', ' ']), true),
        None => match text.strip_suffix("read") {
            Some(rest) => (rest.trim_end(), false),
            None => return false,
        },
    };
    let unit = minutes.trim_start_matches(|c: char| c.is_ascii_digit());
    let has_number = unit.len() < minutes.len();
    let unit = unit.trim_start_matches([' ', '-']).trim_end_matches('.');
    let unit = if label_first {
        unit.strip_suffix(" read").unwrap_or(unit)
    } else {
        unit
    };
    has_number && ["min", "mins", "minute", "minutes"].contains(&unit)
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

/// Headings of blocks that point away from the page: recommendations,
/// "related", "most popular" and "latest posts" lists, editors' picks,
/// store cross-selling. ("More on <topic>" is left out: a news front page
/// heads its own sections so.)
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
    "related threads",
    "related discussions",
    "related searches",
    "related pages",
    "related reports",
    "related reading",
    "related links",
    "related videos",
    "related news",
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
    "more like this",
    "most viewed",
    "latest stories",
    "latest posts",
    "latest articles",
    "recent posts",
    "recent articles",
    "more articles",
    "editor's picks",
    "editors' picks",
    "editor’s picks",
    "don't miss",
    "don’t miss",
    "keep reading",
    "what to read next",
    "also in the news",
    "similar ",
    "recently viewed",
    "mehr zum thema",
    "das könnte sie auch interessieren",
    "ähnliche artikel",
    "weitere artikel",
    "sur le même sujet",
    "articles similaires",
    "dans la même rubrique",
    "te puede interesar",
    "también te puede interesar",
    "noticias relacionadas",
    "artículos relacionados",
    "articoli correlati",
    "potrebbe interessarti",
    "notícias relacionadas",
    "artigos relacionados",
    "gerelateerde artikelen",
    // Russian, Polish, Indonesian, Vietnamese, Arabic, Hindi: "related
    // articles", "read also", "related news".
    "похожие статьи",
    "читайте также",
    "powiązane artykuły",
    "czytaj także",
    "berita terkait",
    "artikel terkait",
    "baca juga",
    "tin liên quan",
    "bài viết liên quan",
    "مقالات ذات صلة",
    "اقرأ أيضا",
    "संबंधित खबरें",
    // Chinese (simplified, traditional), Japanese, Korean: "related
    // reading", "related news", "you may like", "recommended", "most
    // read" and the like. (Their words run on without spaces: each is a
    // whole heading's start.)
    "相关阅读",
    "相关新闻",
    "相关文章",
    "相关推荐",
    "相关报道",
    "延伸阅读",
    "推荐阅读",
    "猜你喜欢",
    "热门推荐",
    "热门文章",
    "热点排行",
    "相關閱讀",
    "相關新聞",
    "相關文章",
    "延伸閱讀",
    "推薦閱讀",
    "熱門文章",
    "関連記事",
    "関連ニュース",
    "おすすめ記事",
    "あわせて読みたい",
    "こちらもおすすめ",
    "人気記事",
    "よく読まれている記事",
    "관련기사",
    "관련 기사",
    "추천 기사",
    "많이 본 뉴스",
    "인기 기사",
];

/// Phrases that make a heading a recommendation heading wherever they
/// stand in it ("People who viewed this item also viewed", "Shop similar
/// items"): store cross-selling, and forums' pointers to other threads
/// (XenForo's "Similar threads", Invision's "Recommended Posts", Q&A
/// sites' "Explore related questions").
pub(crate) const RECOMMENDATION_PHRASES: Words = Words::new(&[
    "also viewed",
    "also bought",
    "also purchased",
    "also liked",
    "also like",
    "similar items",
    "similar products",
    "similar threads",
    "similar questions",
    "related questions",
    "hot network questions",
    "recommended posts",
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
    // The same in the languages of Europe's larger news sites.
    "lesen sie auch",
    "lies auch",
    "auch interessant",
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "lire également",
    "voir aussi",
    "lee también",
    "lea también",
    "leer más",
    "leggi anche",
    "leia também",
    "veja também",
    "lees ook",
    // Russian, Polish, Indonesian, Vietnamese, Hindi. (Their "read also"
    // that are headings too, Indonesian "Baca juga" between nearly every two
    // paragraphs of its news, and the Chinese, Japanese, Korean and Arabic
    // ones, are among the RECOMMENDATION_HEADINGS, which are leads as well.)
    "смотрите также",
    "czytaj też",
    "zobacz też",
    "zobacz także",
    "simak juga",
    "xem thêm",
    "ये भी पढ़ें",
    "यह भी पढ़ें",
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
            "• sponsored •",
            "advertisement - members don't see this ad",
            "advertisement (gone after registration)",
            "advertisement: new ai book",
            "广告",
            "- 広告 -",
            "スポンサーリンク",
            "광고",
            "reklama",
            "quảng cáo",
        ] {
            assert!(is_ad_label(label), "{label:?}");
        }
        for text in [
            "ad",
            "advertisement revenue fell",
            "sponsored by the city council",
            "sponsored - the city council pays for the new bridge over the river",
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
    fn a_line_of_article_tools_is_two_tools_or_more() {
        for tools in [
            "email | print | text size: a a",
            "e-mail this story | printer-friendly version",
            "print · email · share",
            "font size a+ a- | print this article",
            "[print] [email]",
            "【字体：大 中 小】 打印",
            "【打印本页】 【关闭窗口】",
            "印刷 | シェア",
        ] {
            assert!(is_article_tools(tools), "{tools}");
        }
        for text in [
            "print",
            "【我要纠错】 责任编辑：李明",
            "[1] [2]",
            "email us | call us",
            "print and email editions",
            "share | the rest of the story",
            "text size matters | print",
        ] {
            assert!(!is_article_tools(text), "{text}");
        }
    }

    #[test]
    fn a_members_figures_are_a_label_and_a_number_or_a_date() {
        for stat in [
            "posts: 1,077",
            "join date: aug 2008",
            "joined: feb 2019",
            "threads:23",
            "joined jun 29, 2016",
            "reaction score 10",
            "posts116",
            "registered: 2024-01-27",
            "original poster",
            "thread starter",
        ] {
            assert!(is_member_stat(stat), "{stat:?}");
        }
        for text in [
            "posts: see the list below",
            "joined: the two teams met in 2019 at the final",
            "messages:",
            "note: 3 posts",
            "posts see the list below",
            "postscript 2",
            "a member since 2019",
        ] {
            assert!(!is_member_stat(text), "{text:?}");
        }
    }

    #[test]
    fn an_edit_note_is_dated_and_a_poster_s_own_words_are_not_one() {
        for note in [
            "last edited: jul 13, 2022",
            "last edited by minoa on tue aug 27, 2019 10:03 pm, edited 1 time in total.",
            "last edited by trilby (2024-08-03 16:13:39)",
            "last edited by lowjhg; feb 14, 2026 at 9:25 pm",
            "edited june 14, 2024 by lisias",
            "edited february 27 by tivimadaim (see edit history)",
            "i forgot something to add (see edit history)",
        ] {
            assert!(is_edit_note(note), "{note:?}");
        }
        for text in [
            "edited for a typo.",
            "edited by jane doe",
            "edited & fact-checked by oleg parashchak, 25+ years in insurance media",
            "last edited the draft in 2019, she sent it to her agent.",
            "i edited the config on 3 may and it works now",
        ] {
            assert!(!is_edit_note(text), "{text:?}");
        }
    }

    #[test]
    fn a_sign_in_prompt_names_an_account_and_taking_part() {
        for prompt in [
            "create an account or sign in to comment",
            "you need to be a member in order to leave a comment",
            "you must log in or register to reply here.",
            "you can post now and register later. if you have an account, sign in now to post with your account.",
            "you must log in to answer this question.",
        ] {
            assert!(is_sign_in_prompt(prompt), "{prompt:?}");
        }
        for text in [
            "the login form is sent with the post method",
            "a version of this post also appeared in the orange county register.",
            "sign in to see your orders",
            "i tried to comment on the ticket, but the page hung",
            "the registered voters were asked to comment",
        ] {
            assert!(!is_sign_in_prompt(text), "{text:?}");
        }
    }

    #[test]
    fn every_label_listed_fits_the_length_it_is_looked_for_at() {
        for label in CONTROL_LABELS.iter().chain(CART_LABELS) {
            assert!(
                label.chars().count() <= CONTROL_LABEL_MAX_CHARS,
                "{label:?}"
            );
        }
        for label in LOADING_PLACEHOLDERS
            .iter()
            .chain(AD_LABELS)
            .chain(AMBIGUOUS_AD_LABELS)
        {
            assert!(label.chars().count() <= LABEL_MAX_CHARS, "{label:?}");
        }
        for title in MEMBER_TITLES {
            assert!(title.chars().count() <= MEMBER_STAT_MAX_CHARS, "{title:?}");
        }
    }

    #[test]
    fn control_labels_are_whole_texts() {
        for label in [
            "add to cart",
            "sort by:",
            " results per page: ",
            "compare",
            "load more...",
            "see more",
            "read full details",
            "sort: best match",
            "1 like",
            "12 likes",
            "0 \u{a0} reply",
            "11comments",
            "1 comment",
            "1,113 reviews",
            "7 ratings",
            "quote",
            "share",
            "share:",
            "share this article",
            "share on pinterest",
            "pin this for later!",
        ] {
            assert!(is_control_label(label), "{label:?}");
        }
        for counter in [
            "image 2 of 5",
            "slide 1 of 5",
            "picture 1 of 4",
            "photo 12 of 12",
        ] {
            assert!(is_gallery_counter(counter), "{counter:?}");
        }
        for text in [
            "image 6 of 5",
            "step 1 of 5",
            "slide 1 of 5 shows the harbour",
            "photo 1 of",
        ] {
            assert!(!is_gallery_counter(text), "{text:?}");
        }
        for toggle in CAPTION_TOGGLES {
            assert!(
                CAPTION_TOGGLE_CHARS.contains(&toggle.chars().count()),
                "{toggle:?}"
            );
            assert!(is_caption_toggle(toggle), "{toggle:?}");
        }
        assert!(is_caption_toggle("Hide caption".to_lowercase().as_str()));
        assert!(!is_caption_toggle("hide captions from the menu"));
        for text in [
            "sort by size before packing",
            "add to cart and pay",
            "compare the two plans",
            "i like",
            "likes",
            "two likes",
            "3 likes from me",
            "4.5 rating",
            "peer review",
            "comments",
            "quote of the day",
            "close",
            "shares",
            "share prices fell",
            "share this with a friend who bakes",
            "see more of the coast",
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
    fn a_cart_button_is_told_from_a_sentence_about_carts() {
        for label in [
            "add to cart",
            "add to cart - $24.99",
            "  add to\n bag ",
            "add to basket",
        ] {
            assert!(is_cart_label(label), "{label:?}");
        }
        for label in ["view cart", "cart (2)", "add to wishlist", "buy the cart"] {
            assert!(!is_cart_label(label), "{label:?}");
        }
    }

    #[test]
    fn reading_times_are_told_from_sentences_about_reading() {
        for estimate in [
            "6 min read",
            "12 min. read",
            "6-minute read",
            "8 minutes read",
            "reading time: 6 minutes",
            "read time: 4 min",
            "estimated reading time 3 minutes",
        ] {
            assert!(is_reading_time(estimate), "{estimate}");
        }
        for other in [
            "a must read",
            "min read",
            "reading time matters",
            "6 books to read",
            "reading time: an hour",
        ] {
            assert!(!is_reading_time(other), "{other}");
        }
    }

    #[test]
    fn pointers_to_other_threads_and_searches_are_recommendations() {
        for heading in [
            "similar threads",
            "recommended posts",
            "related discussions",
            "related questions",
            "related searches",
            "related pages",
            "related reports and studies",
            "related reading: how to clean a robot vacuum",
            "explore related questions",
            "see similar questions with these tags",
            "hot network questions",
            "more like this",
            "most viewed this week",
            "editor’s picks",
            "also in the news",
            "similar articles",
            "recently viewed products",
            "相关阅读",
            "猜你喜欢",
            "延伸閱讀",
            "関連記事",
            "あわせて読みたい",
            "많이 본 뉴스",
            "похожие статьи",
            "berita terkait",
            "tin liên quan",
        ] {
            assert!(is_recommendation_heading(heading), "{heading}");
        }
        // A section about related things is no pointer to elsewhere.
        for heading in [
            "related work",
            "related resources",
            "threads and posts",
            "similarities between the two",
        ] {
            assert!(!is_recommendation_heading(heading), "{heading}");
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
            .chain(MENTIONED_CALL_PHRASES.iter())
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
        assert!(has_phrase("please subscribe.", &MENTIONED_CALL_PHRASES));
        assert!(has_phrase("subscribe", &MENTIONED_CALL_PHRASES));
        assert!(!has_phrase(
            "5 million subscribers",
            &MENTIONED_CALL_PHRASES
        ));
        assert!(!has_phrase("\u{e9}subscribe", &MENTIONED_CALL_PHRASES));
        assert!(has_phrase("subscribers subscribe", &MENTIONED_CALL_PHRASES));
    }

    #[test]
    fn a_newsletter_in_a_call_is_asked_for_and_in_a_sentence_is_spoken_of() {
        for call in [
            "join our newsletter",
            "the #1 newsletter for the trades.",
            "sign up for our newsletter to get the latest in streaming.",
            "for daily wit & wisdom, sign up for the almanac newsletter.",
            "thanks for reading! subscribe for free to receive new posts.",
            "\u{1f680} sign up for the replay newsletter",
            "love tech world with milan newsletter? tell your friends and get rewards.",
            "to read the rest of this story subscribe to stat+.",
            "we use cookies to improve the site and show you relevant offers.",
        ] {
            assert!(is_call_to_action(call), "{call:?}");
        }
        for prose in [
            "for example, with this newsletter, i might say something like:",
            "the purpose of our usefriendstatus hook is to subscribe us to a friend\u{2019}s status.",
            "it\u{2019}s very important to sign up for automated contributions for each savings plan.",
            "as is frequently quoted on the mailing list, the patch is the documentation.",
            "the guardian us added 680,000 newsletter subscribers in a single year.",
            "the ferry leaves at nine and the last boat comes back at six.",
        ] {
            assert!(!is_call_to_action(prose), "{prose:?}");
        }
    }

    #[test]
    fn machine_timestamps_are_told_from_dates_people_read() {
        for stamp in [
            "2006-09-01T16:07+00:00",
            " 2019-01-21T21:40:59.62Z+00:00 ",
            "2026-02-16T09:27:01+00:00",
            "2023-02-05T19:24",
        ] {
            assert!(is_machine_timestamp(stamp), "{stamp}");
        }
        for date in [
            "2006-09-01",
            "Sep 01, 2006",
            "2006-09-01T16",
            "2006-09-01T16:07 in the harbour",
            "2006-09-01 16:07",
            "2006-09-01T16:07é",
        ] {
            assert!(!is_machine_timestamp(date), "{date}");
        }
    }

    #[test]
    fn a_threads_statistics_are_told_from_a_posts_words() {
        for stats in [
            "1.9k views 11 replies 12 participants last post by aardnoldarrdvark jan 18, 2024",
            "6.3k views 23 replies",
            "12 posts 1,204 views",
        ] {
            assert!(is_thread_stats(stats), "{stats}");
        }
        for words in [
            "11 replies",
            "we had 11 replies and 1.9k views by monday",
            "views 11 replies 12",
            "2 views of the harbour",
        ] {
            assert!(!is_thread_stats(words), "{words}");
        }
    }
}
