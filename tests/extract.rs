//! Integration tests of the engine's public API, [`lucid_reader::extract`] and
//! [`lucid_reader::is_probably_readerable`], on pages the project wrote: the
//! demo page (`www/demo/article.html`, a cluttered news article) and the
//! focused fixtures in `tests/fixtures/`. Each test states a property a
//! correct reader view must have: the article's text is all there and in
//! order, the clutter is gone, the markup is safe, URLs are absolute and the
//! metadata is right.
//!
//! `content` is checked both as a string and by parsing it back with the
//! engine's own (WHATWG) parser, so that a check does not depend on how the
//! serializer quotes attributes or escapes characters.

use lucid_reader::dom::{Document, NodeId};
use lucid_reader::parse::parse_document;
use lucid_reader::{extract, is_probably_readerable, Article};
use url::Url;

// ----- the demo page --------------------------------------------------------

const DEMO: &str = include_str!("../www/demo/article.html");

/// Where the demo page claims to live (its canonical URL).
const DEMO_URL: &str = "https://africa.businessinsider.com/politics/watch-a-us-led-strike-knock-out-an-isis-tank-near-the-terrorist-groups-shrinking-iraqi/5kq8wzt";

const DEMO_HEADLINE: &str =
    "Watch a US-led strike knock out an ISIS tank near the terrorist group's shrinking Iraqi stronghold";

const DEMO_DEK: &str = "US-led coalition aircraft continued targeting ISIS weaponry and infrastructure around Mosul ahead of Iraqi forces' advance on the western side of the city.";

const DEMO_CAPTION: &str = "An Iraqi soldier with his weapon near corpses of ISIS militants killed in clashes in Mosul, February 6, 2017.";

/// The article's body, exactly as the seed text gives it (typos included).
const DEMO_PARAGRAPHS: [&str; 12] = [
    "Iraqi government forces recently launched the next phase of their offensive against ISIS in Mosul, the terrorist group's last urban stronghold in the country.",
    "US-led coalition forces have supported Iraqi troops since the campaign against ISIS in Mosul began in mid-October, and that backing as continued in the weeks since the eastern side of the city was retaken in late January.",
    "In a February 11 strike, shown in footage below provided by the US Defense Department, coalition aircraft knocked out an ISIS tank near the city.",
    "The strike against the tank near Mosul was one of 28 engagements conducted during six airstrikes in the country that day, Operation Inherent Resolve officials said in a release.",
    "Five airstrikes near Mosul targeted two ISIS tactical units and destroyed three motor systems, two supply caches, two ISIS-held buildings, and engineering equipment. The strikes also destroyed 13 watercraft like the ones the group has used to maneuver along the Tigris River, which divides Mosul into western and eastern portions.",
    "Farther north, near Irbil, a coalition strike destroyed an ISIS-held building and a weapons cache.",
    "Iraqi forces recaptured eastern Mosul in late January, after three months of fighting that took a heavy toll on elite Iraqi units charged with leading the offensive as well as on Iraqi civilians, hundreds of thousands of whom remain in both sides of the city.",
    "While eastern Mosul is back in Iraqi government hands, many people in that part of the city say ISIS fighters remain and pose a deadly threat. Suicide bombers have targeted Iraqi troops and government-allied tribal forces, as well as restaurants and civilians on the eastern side of Mosul.",
    "Despite that latent danger, Iraqi forces early on Sunday kicked off the next phase of the campaign against ISIS in Mosul, as ground units advanced on villages southwest of the city, backed by US-led coalition air support and artillery fired by .",
    "\"They'll try to cause as many losses as possible, because they know they're going to die anyway,\" said Alaa, an Iraqi trooper, referring to ISIS fighters.",
    "\"This battle of Mosul is my first, and with the help of God we will rid the country of these Daesh rats,\" he added, according to AFP, using an Arabic acronym for ISIS.",
    "US special-operations forces are also embedded with some Iraqi units, and they appear to be involved in operations against western Mosul.",
];

/// The "Recommended articles" cards' titles.
const DEMO_RECOMMENDED: [&str; 9] = [
    "10 African countries that waste the most food in 2024",
    "US troop withdrawal from Niger hangs in the balance",
    "Detained Binance executives sue Nigerian authorities for human right violation",
    "Nigeria's central bank increases minimum capital base for banks",
    "Sony’s creators convention redefines the creative landscape for content creators",
    "Exploring the popularity of progressive jackpot slots in Indonesia",
    "Egypt, Nigeria, and South Africa ranked as Africa's most polluted countries in new report",
    "10 African countries with the lowest life expectancy according to the World Bank",
    "Kenyan women are more obese than their men - here’s why",
];

/// Text of the page's clutter, one or more snippets per kind, none of which
/// the article itself contains.
const DEMO_CLUTTER: &[&str] = &[
    // ad slots and the scripts that fill them
    "ADVERTISEMENT",
    "div-gpt-ad",
    "googletag",
    "dataLayer",
    // "follow us" box and notifications nag
    "FOLLOW BUSINESS INSIDER",
    "Unblock notifications",
    // recommendations grid and sidebar
    "Recommended articles",
    "Most read this week",
    "Naira hits a new low",
    // cookie banner
    "We use cookies",
    "Accept all cookies",
    "Manage preferences",
    // newsletter sign-up
    "Get the best of Africa's business news",
    "Sign up for our daily newsletter",
    "Subscribe",
    // site navigation and search
    "Markets & Economy",
    "Careers & Leadership",
    "BI Africa Podcasts",
    "Sign in",
    "Search Business Insider Africa",
    // share bars
    "Share on Facebook",
    "Share on LinkedIn",
    "Copy link",
    "sharer",
    // footer
    "About us",
    "Advertise with us",
    "Terms of Service",
    "All rights reserved",
    "Ringier",
];

/// Words a byline and date line may add to the article's text ("Christopher
/// Woody 13 February 2017"; the view shows both in its header).
const DEMO_BYLINE_WORDS: usize = 8;

// ----- fixtures -------------------------------------------------------------

const BLOG: &str = include_str!("fixtures/blog-post.html");
const LAZY_IMAGES: &str = include_str!("fixtures/lazy-images.html");
const BASE_HREF: &str = include_str!("fixtures/base-href.html");
const LOGIN: &str = include_str!("fixtures/login.html");
const SECTION_FRONT: &str = include_str!("../www/playground/samples/section-front.html");
const RELATED_LISTS: &str = include_str!("fixtures/related-lists.html");
const ARABIC_RTL: &str = include_str!("fixtures/arabic-rtl.html");
const JSONLD_ONLY: &str = include_str!("fixtures/jsonld-only.html");
const HOSTILE: &str = include_str!("fixtures/hostile.html");
const PRODUCT: &str = include_str!("fixtures/product-page.html");
const FORUM: &str = include_str!("fixtures/forum-thread.html");
const CHINESE_NEWS: &str = include_str!("fixtures/chinese-news.html");
const JAPANESE_NEWS: &str = include_str!("fixtures/japanese-news.html");
const KOREAN_NEWS: &str = include_str!("fixtures/korean-news.html");
const CHINESE_NEWS_2007: &str = include_str!("fixtures/chinese-news-2007.html");

/// Elements that must never reach the reader view: they run code, load
/// third-party content or collect input.
const FORBIDDEN_ELEMENTS: &[&str] = &[
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "param", "form",
    "input", "button", "textarea", "select", "base", "meta", "link", "template",
];

/// URL schemes that run code or smuggle a document when followed or loaded.
const FORBIDDEN_SCHEMES: &[&str] = &["javascript:", "vbscript:", "data:text", "data:application"];

// ----- helpers --------------------------------------------------------------

fn url(s: &str) -> Url {
    Url::parse(s).expect("test URL is valid")
}

fn extract_at(html: &str, page_url: &str) -> Article {
    extract(html, Some(&url(page_url)))
}

/// A page that is one `<article>` under its title, holding `body`.
fn article_page(title: &str, body: &str) -> String {
    format!(
        "<html><head><title>{title}</title></head><body><article>\
         <h1>{title}</h1>{body}</article></body></html>"
    )
}

/// A paragraph of prose, for an article around what a test looks at.
const FERRY_PARAGRAPH: &str = "The ferry to the island runs twice a day in summer, and once on \
     Sundays; the timetable changes with the tides in spring and autumn, \
     and the harbour office posts each week's crossings on its door.";

/// Each text as a paragraph, in order.
fn paragraphs(texts: &[&str]) -> String {
    texts.iter().map(|t| format!("<p>{t}</p>")).collect()
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Asserts that every needle occurs in `haystack`, in the given order, after
/// whitespace normalization of both.
fn assert_in_order(haystack: &str, needles: &[&str], what: &str) {
    let hay = norm(haystack);
    let mut from = 0;
    for needle in needles {
        let needle = norm(needle);
        match hay.get(from..).and_then(|rest| rest.find(&needle)) {
            Some(at) => from += at + needle.len(),
            None if hay.contains(&needle) => {
                panic!("{what}: out of order: {needle:?}\n--- text ---\n{hay}")
            }
            None => panic!("{what}: missing: {needle:?}\n--- text ---\n{hay}"),
        }
    }
}

fn assert_absent(haystack: &str, needles: &[&str], what: &str) {
    let hay = norm(haystack);
    let found: Vec<&&str> = needles.iter().filter(|n| hay.contains(&norm(n))).collect();
    assert!(
        found.is_empty(),
        "{what}: clutter present: {found:?}\n--- text ---\n{hay}"
    );
}

fn words(texts: &[&str]) -> usize {
    texts.iter().map(|t| t.split_whitespace().count()).sum()
}

/// `content` parsed back into a tree, for checks that must not depend on the
/// serializer's quoting and escaping.
struct Parsed {
    doc: Document,
}

impl Parsed {
    fn new(content: &str) -> Self {
        Parsed {
            doc: parse_document(content),
        }
    }

    fn elements(&self) -> Vec<NodeId> {
        self.doc
            .descendants(Document::ROOT)
            .filter(|&n| self.doc.is_element(n))
            .collect()
    }

    fn tag(&self, id: NodeId) -> String {
        self.doc.tag(id).map(|t| t.to_string()).unwrap_or_default()
    }

    fn by_tag(&self, tag: &str) -> Vec<NodeId> {
        self.elements()
            .into_iter()
            .filter(|&n| self.tag(n) == tag)
            .collect()
    }

    /// Attributes as (qualified name, value).
    fn attrs(&self, id: NodeId) -> Vec<(String, String)> {
        self.doc
            .element(id)
            .map(|e| {
                e.attrs
                    .iter()
                    .map(|a| {
                        let name = match &a.name.prefix {
                            Some(p) => format!("{}:{}", &**p, &*a.name.local),
                            None => a.name.local.to_string(),
                        };
                        (name, a.value.to_string())
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn attr(&self, id: NodeId, name: &str) -> Option<String> {
        self.attrs(id)
            .into_iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    }

    fn text(&self, id: NodeId) -> String {
        self.doc.text_content(id)
    }

    /// The text of each `tag` element, in document order.
    fn texts(&self, tag: &str) -> Vec<String> {
        self.by_tag(tag).into_iter().map(|n| self.text(n)).collect()
    }

    /// Every text and attribute value in the content: what a reader could see
    /// or what a click could follow.
    fn text_and_attrs(&self) -> String {
        let mut out = self.doc.text_content(Document::ROOT);
        for el in self.elements() {
            for (_, value) in self.attrs(el) {
                out.push(' ');
                out.push_str(&value);
            }
        }
        out
    }

    /// Every URL the content would load or link to: `src`, `href`,
    /// `poster`, and each candidate of `srcset`.
    fn urls(&self) -> Vec<String> {
        let mut out = Vec::new();
        for el in self.elements() {
            for (name, value) in self.attrs(el) {
                match name.as_str() {
                    "src" | "href" | "poster" | "xlink:href" => out.push(value.trim().to_string()),
                    "srcset" => out.extend(
                        value
                            .split(',')
                            .filter_map(|c| c.split_whitespace().next())
                            .map(str::to_string),
                    ),
                    _ => {}
                }
            }
        }
        out
    }
}

/// A URL attribute as a browser reads its scheme: ASCII tab and newlines are
/// removed anywhere, leading control characters and spaces are ignored, and
/// the scheme is case-insensitive.
fn effective_url(value: &str) -> String {
    value
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .trim_start_matches(|c: char| c <= ' ')
        .to_ascii_lowercase()
}

/// Finds ` onxxx=` inside a tag of serialized HTML.
fn has_inline_handler(html: &str) -> bool {
    let lower = html.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut in_tag = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => in_tag = true,
            b'>' => in_tag = false,
            b' ' | b'\t' | b'\n' | b'/' if in_tag && lower[i + 1..].starts_with("on") => {
                let name_len = lower[i + 3..]
                    .bytes()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
                let rest = lower[i + 3 + name_len..].trim_start();
                if name_len > 0 && rest.starts_with('=') {
                    return true;
                }
            }
            _ => {}
        }
        i += 1;
    }
    false
}

/// What every `content` must satisfy, whatever the page: no code, no
/// handlers, no code-running URLs, no third-party frames, no forms.
fn assert_safe(article: &Article) {
    let content = &article.content;
    let lower = content.to_ascii_lowercase();
    assert!(
        !lower.contains("<script"),
        "content has a <script>:\n{content}"
    );
    assert!(
        !lower.contains("javascript:"),
        "content has javascript::\n{content}"
    );
    assert!(
        !has_inline_handler(content),
        "content has an on…= handler:\n{content}"
    );

    let parsed = Parsed::new(content);
    for el in parsed.elements() {
        let tag = parsed.tag(el);
        assert!(
            !FORBIDDEN_ELEMENTS.contains(&tag.as_str()),
            "content has a <{tag}>:\n{content}"
        );
        for (name, value) in parsed.attrs(el) {
            assert!(
                !name.to_ascii_lowercase().starts_with("on"),
                "content has {name}={value:?} on <{tag}>"
            );
            assert_ne!(name, "srcdoc", "content has srcdoc on <{tag}>");
            let effective = effective_url(&value);
            for scheme in FORBIDDEN_SCHEMES {
                assert!(
                    !effective.starts_with(scheme),
                    "content has {name}={value:?} on <{tag}>"
                );
            }
            if name == "style" {
                assert!(
                    !effective.contains("javascript:") && !effective.contains("expression("),
                    "content has style={value:?} on <{tag}>"
                );
            }
        }
    }
}

/// Every URL in the content is absolute http(s) or a mail link.
fn assert_urls_absolute(article: &Article) {
    let parsed = Parsed::new(&article.content);
    for u in parsed.urls() {
        assert!(
            u.starts_with("https://") || u.starts_with("http://") || u.starts_with("mailto:"),
            "relative or placeholder URL {u:?} in content:\n{}",
            article.content
        );
    }
}

fn assert_not_an_article(html: &str, what: &str) {
    let article = extract_at(html, "https://example.com/somewhere");
    assert!(
        !article.readerable,
        "{what}: readerable; text: {:?}",
        article.text_content
    );
    assert_eq!(article.content, "", "{what}: content not empty");
    assert_eq!(article.text_content, "", "{what}: textContent not empty");
    assert_eq!(article.word_count, 0, "{what}: word count");
    assert!(
        !is_probably_readerable(html),
        "{what}: is_probably_readerable"
    );
}

// ----- the demo page --------------------------------------------------------

#[test]
fn demo_keeps_every_paragraph_in_order() {
    let article = extract_at(DEMO, DEMO_URL);
    assert_in_order(&article.text_content, &DEMO_PARAGRAPHS, "demo textContent");
    // The paragraphs stay paragraphs.
    let parsed = Parsed::new(&article.content);
    let paragraphs: Vec<String> = parsed.texts("p").iter().map(|t| norm(t)).collect();
    for expected in DEMO_PARAGRAPHS {
        assert!(
            paragraphs.iter().any(|p| p == &norm(expected)),
            "no <p> holds exactly {expected:?}; <p>s: {paragraphs:#?}"
        );
    }
}

#[test]
fn the_demo_article_in_bare_markup_keeps_every_paragraph_and_none_of_the_rest() {
    // The seed page's text (../shared/seed/cluttered-article.txt) as a page
    // without a class or id to tell its clutter by: ad markers between the
    // paragraphs, a follow prompt, a notifications nag and a list of
    // recommended articles, each a picture and a title, all in the article.
    let (first, rest) = DEMO_PARAGRAPHS.split_at(6);
    let cards: String = DEMO_RECOMMENDED
        .iter()
        .enumerate()
        .map(|(i, t)| {
            format!("<div><a href=/r/{i}><img src=/i/{i}.jpg alt=''><p>{t}</p></a></div>")
        })
        .collect();
    let html = format!(
        "<html><head><title>{DEMO_HEADLINE}</title></head><body><article>\
         <h1>{DEMO_HEADLINE}</h1>{}<p>ADVERTISEMENT</p>{}\
         <p>FOLLOW BUSINESS INSIDER AFRICA</p><p>Unblock notifications in browser settings.</p>\
         <p>ADVERTISEMENT</p><div><h2>Recommended articles</h2><div>{cards}</div></div>\
         <p>ADVERTISEMENT</p></article></body></html>",
        paragraphs(first),
        paragraphs(rest),
    );
    let text = extract_at(&html, DEMO_URL).text_content;
    assert_in_order(&text, &DEMO_PARAGRAPHS, "bare demo");
    assert_absent(
        &text,
        &[
            "ADVERTISEMENT",
            "FOLLOW BUSINESS INSIDER",
            "Unblock notifications",
            "Recommended articles",
        ],
        "bare demo",
    );
    assert_absent(&text, &DEMO_RECOMMENDED, "bare demo");
}

#[test]
fn asks_for_a_rating_a_donation_or_a_search_engine_preference_go() {
    let (first, rest) = DEMO_PARAGRAPHS.split_at(5);
    // Said within a paragraph of the article, the same words stay.
    let told = "The station says its reporting is funded by readers, and that \
                it has never taken money from the companies it covers, which \
                is why the strike coverage ran without a sponsor for the first \
                time in the paper's long history.";
    let html = format!(
        "<html><head><title>{DEMO_HEADLINE}</title></head><body><article>\
         <h1>{DEMO_HEADLINE}</h1>{}\
         <a href='https://www.google.com/preferences/source?q=example.com'>Add as a preferred source on Google</a>\
         {}<p>{told}</p>\
         <div><h2><strong>This story is funded by readers like you</strong></h2></div>\
         <p>Did you make one of my recipes? Please take a moment to leave a star rating.</p>\
         </article></body></html>",
        paragraphs(first),
        paragraphs(rest),
    );
    let text = extract_at(&html, DEMO_URL).text_content;
    assert_in_order(&text, &DEMO_PARAGRAPHS, "asks");
    assert!(norm(&text).contains(&norm(told)), "{text}");
    assert_absent(
        &text,
        &["preferred source", "readers like you", "star rating"],
        "asks",
    );
}

#[test]
fn the_opening_in_a_box_of_its_own_before_the_body_is_kept() {
    let (opening, body) = DEMO_PARAGRAPHS.split_at(2);
    let hero = format!("<div class=hero><h1>{DEMO_HEADLINE}</h1></div>");
    // A long body's box scores alone: its opening, two paragraphs in a
    // box of their own before it, scores as a sibling far below it.
    let page = |before: &str| {
        format!(
            "<html><head><title>{DEMO_HEADLINE}</title></head><body>{hero}\
             <div class=column>{before}\
             <div class=promo-strip><a href=/demo>Book a demo</a></div>\
             <div class=entry-content>{}</div></div></body></html>",
            paragraphs(body).repeat(3)
        )
    };
    let intro = format!(
        "<div class=body-intro><div>{}</div></div>",
        paragraphs(opening)
    );
    let text = extract_at(&page(&intro), DEMO_URL).text_content;
    assert_in_order(&text, &DEMO_PARAGRAPHS, "opening");
    assert_absent(&text, &["Book a demo"], "opening");

    // Not a box asking for something, nor one with a list or a heading.
    let ask = "Join over a million readers who get our weekly letter on the \
               war, the region and what comes next, every Sunday morning, with \
               the week's reporting from our correspondents in Mosul, Irbil and \
               Baghdad, and the maps and pictures that go with it.";
    // Nor a box before the headline: the site's notice.
    let notice = "<div class=notice><p>Our offices are closed for the holidays \
                  from December 24 to January 2, and orders placed in that \
                  time will ship in the first week of the new year.</p>\
                  <p>Thank you for your patience.</p></div>";
    let html = format!(
        "<html><head><title>{DEMO_HEADLINE}</title></head><body>\
         <div class=column>{notice}<div class=entry-content><h1>{DEMO_HEADLINE}</h1>{}</div>\
         </div></body></html>",
        paragraphs(body).repeat(3)
    );
    let text = extract_at(&html, DEMO_URL).text_content;
    assert_in_order(&text, body, "notice");
    assert_absent(&text, &["Our offices are closed"], "notice");

    let free = "<p>It is free, and you may stop it at any time.</p>";
    for before in [
        format!("<div class=newsletter-box><p>{ask}</p>{free}</div>"),
        format!("<div><h3>Our pledge</h3><p>{ask}</p>{free}</div>"),
        format!("<div><p>{ask}</p><ul><li>Weekly</li><li>Free</li></ul></div>"),
    ] {
        let text = extract_at(&page(&before), DEMO_URL).text_content;
        assert_in_order(&text, body, &before);
        assert_absent(&text, &["Join over a million readers"], &before);
    }
}

#[test]
fn a_tooltips_bubble_goes_and_its_term_stays_in_the_sentence() {
    let (first, rest) = DEMO_PARAGRAPHS.split_at(3);
    // The bubble a glossary shows over a term on hover (ARIA's
    // `role=tooltip`), written out in the page beside the term.
    let sentence = "<p>The strike cut the group's supply of <span class=term>\
                    <dfn tabindex=0 aria-describedby=tip-1>armour</dfn>\
                    <span role=tooltip id=tip-1><strong>Armour</strong><br>\
                    Tanks and armoured vehicles, in our glossary of military terms.\
                    </span></span> in the city, officials said.</p>";
    let html = format!(
        "<html><head><title>{DEMO_HEADLINE}</title></head><body><article>\
         <h1>{DEMO_HEADLINE}</h1>{}{sentence}{}</article></body></html>",
        paragraphs(first),
        paragraphs(rest),
    );
    let text = extract_at(&html, DEMO_URL).text_content;
    assert_in_order(&text, &DEMO_PARAGRAPHS, "tooltip");
    assert!(
        norm(&text).contains("supply of armour in the city, officials said."),
        "{text}"
    );
    assert_absent(&text, &["glossary of military terms"], "tooltip");
}

#[test]
fn a_short_box_named_a_call_to_action_goes() {
    let (first, rest) = DEMO_PARAGRAPHS.split_at(4);
    // Page builders name the box by what it is for, "cta" (a call to
    // action), as a word of the class: not inside another word.
    let html = format!(
        "<html><head><title>{DEMO_HEADLINE}</title></head><body><article>\
         <h1>{DEMO_HEADLINE}</h1>{}\
         <div class='post-cta-wrapper'><div class='post-cta'>\
         <h4>Want to win more jobs with less effort?</h4>\
         <p>Try the planner free for 14 days.</p></div></div>\
         <h2><div class=ez-toc-container><p class=ez-toc-title>In this article:</p>\
         <ul><li><a href=#hearings>Hearings</a></li></ul></div></h2>\
         {}<div class='octave'><p>{told}</p></div>\
         <div class=section id=hearings><h2><a class=toc-backref href=#id3>The hearings</a>\
         <a class=headerlink href=#hearings>\u{b6}</a></h2><p>{told}</p></div>\
         <h2 class='wp-block-heading toc' id=verdict>The verdict</h2><p>{told}</p>\
         <h2 id=toc_appeals>The appeals</h2><p>{told}</p>\
         </article></body></html>",
        paragraphs(first),
        paragraphs(rest),
        told = "The council's octave of hearings ends on Friday.",
    );
    let text = extract_at(&html, DEMO_URL).text_content;
    assert_in_order(&text, &DEMO_PARAGRAPHS, "cta");
    assert!(text.contains("octave of hearings"), "{text}");
    assert_absent(&text, &["win more jobs", "planner free"], "cta");
    // A heading's words are its title, named for the table of contents
    // (docutils links each back to it) or not; a box of the table of
    // contents set in a heading still goes. A heading the table of
    // contents lists is named "toc" by plugins, and is the article's.
    assert!(text.contains("The hearings"), "{text}");
    assert_in_order(&text, &["The verdict", "The appeals"], "listed headings");
    assert_absent(&text, &["In this article"], "table of contents");
}

#[test]
fn a_table_layouts_navigation_column_goes_and_its_picture_column_stays() {
    // A page laid out before CSS: the sections and an ad down the left,
    // the article (paragraphs split by <br><br> in a <font>) on the right.
    let article_cell = format!(
        "<td valign=top><font face=Arial><b>{DEMO_HEADLINE}</b><br><br>{}<br><br>\
         <font size=2><a href=/email>E-mail this story</a> | \
         <a href=/print>Printer-friendly version</a></font></font></td>",
        DEMO_PARAGRAPHS.join("<br><br>")
    );
    let page = |beside: &str| {
        format!(
            "<html><head><title>{DEMO_HEADLINE}</title></head><body>\
             <table width=100%><tr><td colspan=2><a href=/>Home</a> | <a href=/news>News</a></td></tr>\
             <tr>{beside}{article_cell}</tr>\
             <tr><td colspan=2><font size=1>Copyright 2004 The Gazette.</font></td></tr>\
             </table></body></html>"
        )
    };
    let sections = "<td width=150 valign=top><font size=2><b>Sections</b><br>\
         <a href=/local>Local news</a><br><a href=/state>State politics</a><br>\
         <a href=/world>World affairs</a><br><a href=/business>Business desk</a><br><br>\
         <b>Advertisement</b></font></td>";
    let text = extract_at(&page(sections), DEMO_URL).text_content;
    assert_in_order(&text, &DEMO_PARAGRAPHS, "table layout");
    assert_absent(
        &text,
        &[
            "Sections",
            "Local news",
            "Business desk",
            "Advertisement",
            "E-mail this story",
            "Printer-friendly",
        ],
        "table layout",
    );

    // A column of teasers on the right: the row's best cell is the article.
    let teasers = "<td width=200 valign=top><b>Top Stories</b><br>\
         <a href=/s1>Governor signs road bill</a><br><font size=1>The plan will repave \
         400 miles of highway over five years.</font><br><br>\
         <a href=/s2>Fire destroys warehouse</a><br><font size=1>No one was hurt in the \
         blaze, which burned for six hours.</font></td>";
    let three_columns = page(sections).replace(
        "</td></tr><tr><td colspan=2><font size=1>",
        &format!("</td>{teasers}</tr><tr><td colspan=2><font size=1>"),
    );
    assert!(three_columns.contains("Top Stories"));
    let text = extract_at(&three_columns, DEMO_URL).text_content;
    assert_in_order(&text, &DEMO_PARAGRAPHS, "three columns");
    assert_absent(
        &text,
        &[
            "Sections",
            "Top Stories",
            "Governor signs",
            "No one was hurt",
        ],
        "three columns",
    );

    // A table in the article's cell is the article's: its rows do not make
    // the page's table a list.
    let casualties = "<table border=1><tr><th>Year</th><th>Killed</th></tr>\
         <tr><td>2003</td><td>486</td></tr><tr><td>2004</td><td>849</td></tr>\
         <tr><td>2005</td><td>846</td></tr></table>";
    let with_a_table = three_columns.replace("<br><br>Copyright", "").replacen(
        "</font></font></td>",
        &format!("</font>{casualties}</font></td>"),
        1,
    );
    assert!(with_a_table.contains("<td>849</td>"));
    let text = extract_at(&with_a_table, DEMO_URL).text_content;
    assert_in_order(&text, &DEMO_PARAGRAPHS, "a table in the article");
    assert!(text.contains("849"), "{text}");
    assert_absent(
        &text,
        &["Top Stories", "Governor signs"],
        "a table in the article",
    );

    let picture = "<td valign=top><img src=/tank.jpg width=300 height=200 alt='A tank'>\
         <br><font size=1>The tank, hit near Mosul.</font></td>";
    let article = extract_at(&page(picture), DEMO_URL);
    assert_in_order(&article.text_content, &DEMO_PARAGRAPHS, "picture column");
    assert!(article.content.contains("tank.jpg"), "{}", article.content);
    assert!(article.text_content.contains("The tank, hit near Mosul."));
}

#[test]
fn a_2004_news_page_reads_with_its_byline_date_and_site() {
    // No heading element, no metadata: the headline in bold type, the
    // byline and the dateline on lines of their own under it, the site's
    // name at the end of the title, on its logo and in its copyright line.
    let html = format!(
        "<html><head><title>{DEMO_HEADLINE} - The Daily Gazette</title></head>\
         <body bgcolor=white><table width=100%>\
         <tr><td colspan=2><a href=/><img src=logo.gif alt='The Daily Gazette'></a><br>\
         <a href=/>Home</a> | <a href=/news>News</a> | <a href=/sports>Sports</a></td></tr>\
         <tr><td width=150 valign=top><font size=2><b>Sections</b><br><a href=/local>Local</a><br>\
         <a href=/state>State</a><br><a href=/world>World</a><br><a href=/business>Business</a><br>\
         <br><b>Advertisement</b></font></td>\
         <td valign=top><font face=Arial><b><font size=5>{DEMO_HEADLINE}</font></b><br>\
         <i>By Christopher Woody, Staff Writer</i><br>February 13, 2017<br><br>{}<br><br>\
         <font size=2><a href=/email>E-mail this story</a> | <a href=/print>Printer-friendly \
         version</a></font></font></td></tr>\
         <tr><td colspan=2><font size=1>Copyright 2017 The Daily Gazette. All rights reserved.\
         </font></td></tr></table></body></html>",
        DEMO_PARAGRAPHS.join("<br><br>")
    );
    let article = extract_at(&html, DEMO_URL);
    assert_eq!(article.headline.as_deref(), Some(DEMO_HEADLINE));
    assert_eq!(article.site_name.as_deref(), Some("The Daily Gazette"));
    assert_eq!(article.byline.as_deref(), Some("Christopher Woody"));
    assert_eq!(article.published_time.as_deref(), Some("2017-02-13"));
    assert_in_order(&article.text_content, &DEMO_PARAGRAPHS, "2004 page");
    assert_absent(
        &article.text_content,
        &[
            "Sections",
            "Business",
            "Advertisement",
            "E-mail this story",
            "Copyright",
        ],
        "2004 page",
    );
}

#[test]
fn a_news_pages_line_of_story_tools_goes() {
    let (first, rest) = DEMO_PARAGRAPHS.split_at(4);
    let html = article_page(
        DEMO_HEADLINE,
        &format!(
            "<div class=story-tools><a href=/email>Email</a> | <a href=/print>Print</a> | \
             Text size: <a href=#>A</a> <a href=#>A</a></div>{}\
             <div class=tools><a href=/email>E-mail this story</a> \
             &middot; <a href=/print>Printer-friendly version</a></div>{}",
            paragraphs(first),
            paragraphs(rest),
        ),
    );
    let text = extract_at(&html, DEMO_URL).text_content;
    assert_in_order(&text, &DEMO_PARAGRAPHS, "story tools");
    assert_absent(
        &text,
        &[
            "Email",
            "Text size",
            "E-mail this story",
            "Printer-friendly",
        ],
        "story tools",
    );
}

#[test]
fn the_sites_navigation_after_the_article_goes() {
    let (first, rest) = DEMO_PARAGRAPHS.split_at(6);
    let html = format!(
        "<html><head><title>{DEMO_HEADLINE}</title></head><body><main>\
         <article><h1>{DEMO_HEADLINE}</h1>\
         <h2 id=strike>The strike</h2>{}<h2 id=mosul>Mosul</h2>{}\
         <nav class='navigation post-navigation'><h2 class=screen-reader-text>Post navigation</h2>\
         <div><a href=/prev>Previous post: Bridges of the Tigris</a></div>\
         <div><a href=/next>Next post: A year in Erbil</a></div></nav></article></main></body></html>",
        paragraphs(first),
        paragraphs(rest),
    );
    let text = extract_at(&html, DEMO_URL).text_content;
    assert_in_order(&text, &DEMO_PARAGRAPHS, "post navigation");
    assert_absent(
        &text,
        &[
            "Post navigation",
            "Bridges of the Tigris",
            "A year in Erbil",
        ],
        "post navigation",
    );
}

#[test]
fn a_schedules_linky_cells_stay() {
    // A table of many rows is a list or a schedule, not a page's columns:
    // its cells of links are its items.
    let rows: String = ["Sep 6", "Sep 11", "Sep 13", "Sep 18"]
        .iter()
        .enumerate()
        .map(|(i, day)| {
            format!(
                "<tr><td>{day}: tensors, moments, and mixtures, lecture {i}</td>\
                 <td><a href=/n{i}>instructor notes</a>, <a href=/s{i}>slides</a></td></tr>"
            )
        })
        .collect();
    let html = article_page(
        DEMO_HEADLINE,
        &format!(
            "{}<table>{rows}</table>{}",
            paragraphs(&DEMO_PARAGRAPHS[..6]),
            paragraphs(&DEMO_PARAGRAPHS[6..])
        ),
    );
    let text = extract_at(&html, DEMO_URL).text_content;
    assert_in_order(&text, &DEMO_PARAGRAPHS, "schedule");
    assert_eq!(text.matches("instructor notes").count(), 4, "{text}");
}

#[test]
fn demo_title_is_the_headline_without_site_suffix() {
    let article = extract_at(DEMO, DEMO_URL);
    assert_eq!(article.title.as_deref(), Some(DEMO_HEADLINE));
}

#[test]
fn demo_metadata() {
    let article = extract_at(DEMO, DEMO_URL);
    let byline = article.byline.as_deref().unwrap_or_default();
    assert!(byline.contains("Christopher Woody"), "byline {byline:?}");
    assert_eq!(
        article.site_name.as_deref(),
        Some("Business Insider Africa")
    );
    let published = article.published_time.as_deref().unwrap_or_default();
    assert!(
        published.starts_with("2017-02-13"),
        "publishedTime {published:?}"
    );
    assert_eq!(article.lang.as_deref(), Some("en"));
    assert_eq!(article.excerpt.as_deref(), Some(DEMO_DEK));
    let lead = url(DEMO_URL).join("images/mosul.png").expect("joins");
    assert_eq!(article.lead_image.as_deref(), Some(lead.as_str()));
}

#[test]
fn demo_drops_all_clutter() {
    let article = extract_at(DEMO, DEMO_URL);
    assert!(!article.text_content.is_empty(), "no article found");
    // Text and attributes both: a kept card would show its title as alt text.
    let seen = Parsed::new(&article.content).text_and_attrs();
    for field in [&article.text_content, &seen] {
        assert_absent(field, DEMO_CLUTTER, "demo");
        assert_absent(field, &DEMO_RECOMMENDED, "demo recommendations");
        let lower = field.to_lowercase();
        assert!(!lower.contains("advertisement"), "an ad label is left");
        assert!(
            !lower.contains("follow business insider"),
            "the follow box is left"
        );
    }
}

#[test]
fn demo_content_is_safe() {
    let article = extract_at(DEMO, DEMO_URL);
    assert!(!article.content.is_empty(), "no article found");
    assert_safe(&article);
}

#[test]
fn demo_shows_its_video_as_a_link_where_the_player_stood() {
    // The third paragraph speaks of "footage below": a video site's player
    // (lazy-loaded, its address in `data-lazy-src`), which the view does
    // not embed. It stays as a link named for the video, where it stood.
    let article = extract_at(DEMO, DEMO_URL);
    let named = "Video: Coalition airstrike destroys ISIS tank near Mosul";
    assert_in_order(
        &article.text_content,
        &[DEMO_PARAGRAPHS[2], named, DEMO_PARAGRAPHS[3]],
        "demo text",
    );
    let parsed = Parsed::new(&article.content);
    let links: Vec<(Option<String>, String)> = parsed
        .by_tag("a")
        .into_iter()
        .filter(|&a| norm(&parsed.text(a)) == named)
        .map(|a| (parsed.attr(a, "href"), norm(&parsed.text(a))))
        .collect();
    assert_eq!(
        links,
        [(
            Some("https://www.youtube-nocookie.com/embed/Xq7vTQm2pLc".to_string()),
            named.to_string()
        )],
        "{}",
        article.content
    );
    assert!(parsed.by_tag("iframe").is_empty());
}

#[test]
fn a_video_in_a_captioned_figure_and_a_chart_stay_as_links_and_other_frames_go() {
    let (first, rest) = DEMO_PARAGRAPHS.split_at(3);
    let html = article_page(
        DEMO_HEADLINE,
        &format!(
            "{}<figure><div class=video-wrapper>\
             <iframe src='//player.vimeo.com/video/2046' title='The tank, struck from the air'>\
             </iframe></div><figcaption>Footage: US Department of Defense</figcaption></figure>\
             <div class=embed><iframe src='https://ads.example/slot?size=300x250' \
             title='Advertisement'></iframe></div>\
             <iframe src='https://forms.example/newsletter' title='Sign up'></iframe>\
             <div class=chart-wrapper><iframe title='Coalition sorties per day, February 2017' \
             src='https://datawrapper.dwcdn.net/Xy12Z/1/'></iframe></div>{}",
            paragraphs(first),
            paragraphs(rest)
        ),
    );
    let article = extract_at(&html, DEMO_URL);
    assert_in_order(
        &article.text_content,
        &[
            DEMO_PARAGRAPHS[2],
            "Video: The tank, struck from the air",
            "Footage: US Department of Defense",
            "Chart: Coalition sorties per day, February 2017",
            DEMO_PARAGRAPHS[3],
        ],
        "figure",
    );
    assert_absent(
        &article.text_content,
        &["Advertisement", "Sign up"],
        "frames",
    );
    assert!(
        article
            .content
            .contains("href=\"https://player.vimeo.com/video/2046\""),
        "{}",
        article.content
    );
    assert!(
        article
            .content
            .contains("href=\"https://datawrapper.dwcdn.net/Xy12Z/1/\""),
        "{}",
        article.content
    );
    assert!(!article.content.contains("example/"), "{}", article.content);
    assert!(Parsed::new(&article.content).by_tag("iframe").is_empty());
}

#[test]
fn demo_keeps_the_figure_with_its_caption_and_an_absolute_image() {
    let article = extract_at(DEMO, DEMO_URL);
    assert!(
        norm(&article.text_content).contains(DEMO_CAPTION),
        "caption missing: {:?}",
        article.text_content
    );
    let parsed = Parsed::new(&article.content);
    let image = url(DEMO_URL).join("images/mosul.png").expect("joins");
    let imgs = parsed.by_tag("img");
    assert!(
        imgs.iter()
            .any(|&i| parsed.attr(i, "src").as_deref() == Some(image.as_str())),
        "no <img src={image}> in content:\n{}",
        article.content
    );
    let captions: Vec<String> = parsed.texts("figcaption").iter().map(|t| norm(t)).collect();
    assert_eq!(captions, [DEMO_CAPTION], "figcaptions");
    assert_urls_absolute(&article);
}

#[test]
fn demo_is_readerable() {
    assert!(is_probably_readerable(DEMO));
    assert!(extract_at(DEMO, DEMO_URL).readerable);
}

#[test]
fn demo_word_count_is_plausible() {
    let article = extract_at(DEMO, DEMO_URL);
    // At least the body; at most the body plus what may legitimately frame
    // it (headline, dek, caption, byline line).
    let body = words(&DEMO_PARAGRAPHS);
    let most = body + words(&[DEMO_HEADLINE, DEMO_DEK, DEMO_CAPTION]) + DEMO_BYLINE_WORDS;
    assert!(
        (body..=most).contains(&article.word_count),
        "wordCount {} not in {body}..={most}; text: {:?}",
        article.word_count,
        article.text_content
    );
    assert_eq!(
        article.word_count,
        article.text_content.split_whitespace().count()
    );
}

#[test]
fn demo_without_url_gives_the_same_text() {
    let with = extract_at(DEMO, DEMO_URL);
    let without = extract(DEMO, None);
    assert!(!with.text_content.is_empty(), "no article found");
    assert_eq!(norm(&without.text_content), norm(&with.text_content));
}

// ----- a blog post: structure is kept ------------------------------------------

const BLOG_URL: &str = "https://workbench.example.org/2024/03/bounded-channels/";

/// The Rust block as the browser shows it: the parser drops nothing here (no
/// newline right after `<pre>`), entities are decoded.
const BLOG_RUST_CODE: &str = r#"use std::sync::mpsc::sync_channel;
use std::thread;

fn main() {
    // A bound of 4: the producer waits when the consumer falls behind.
    let (tx, rx) = sync_channel::<Vec<u8>>(4);
    let producer = thread::spawn(move || {
        for i in 0..16 {
            if tx.send(vec![0; i * 1024]).is_err() && i > 0 {
                break;
            }
        }
    });

    for chunk in rx {
        println!("got {} bytes", chunk.len());
    }
    producer.join().expect("producer panicked");
}"#;

/// The makefile block: its recipe lines are tab-indented.
const BLOG_MAKEFILE: &str =
    "bench:\n\tcargo build --release\n\t./target/release/bounded --items 16";

#[test]
fn code_drawn_as_a_div_per_line_keeps_its_lines_as_they_are() {
    // Highlighters draw each line as a <div>. Made paragraphs (as text-only
    // divs elsewhere are), each line would stand a paragraph's margin apart.
    let code = [
        "from twilio.rest import Client",
        "",
        "client = Client(sid, token)",
    ]
    .iter()
    .map(|line| format!("<div class=line><span>{line}</span>\n</div>"))
    .collect::<String>();
    let article = article_around(
        "Send an SMS",
        "Create a file called send_sms.py anywhere on your machine and paste \
         in the following code, then fill in your account's SID and token. ",
        &format!("<pre class=code><div class=lines>{code}</div></pre>"),
        "",
    );
    let parsed = Parsed::new(&article.content);
    let pre = parsed.by_tag("pre");
    assert_eq!(pre.len(), 1, "{}", article.content);
    assert_eq!(
        parsed.text(pre[0]),
        "from twilio.rest import Client\n\nclient = Client(sid, token)\n"
    );
    let pre_start = article.content.find("<pre>").unwrap() + "<pre>".len();
    let inside = &article.content[pre_start..];
    let inside = &inside[..inside.find("</pre>").unwrap()];
    assert!(!inside.contains("<p>"), "lines made paragraphs: {inside}");
}

#[test]
fn code_drawn_as_a_span_per_line_keeps_its_lines_apart() {
    // Highlighters draw each line as an inline element (Shiki's span.line,
    // Prism's token-line, rehype-pretty-code's data-line), which the page's
    // stylesheet sets on a line of its own; some leave no line break
    // between them, and without the stylesheet the lines run together.
    let shiki = "<pre class=shiki><code>\
        <span class=line><span style=color:red>npm</span><span> create vite</span></span>\
        <span class=line><span>cd</span><span> my-project</span></span>\
        <span class=line></span>\
        <span class=line><span>npm run dev</span></span></code></pre>";
    let prism = "<pre><code>\
        <span class=token-line>let a = 1;<br></span>\
        <span class=token-line>let b = 2;<br></span></code></pre>";
    let pretty = "<pre><code><span data-line>x = 1</span> <span data-line>y = 2</span>\n\
        <span data-line>z = 3</span></code></pre>";
    let article = article_around(
        "Start a project",
        "Create the project with the package manager, then change into its \
         folder and start the development server to see the page. ",
        &format!("{shiki}<p>Then the editor:</p>{prism}<p>And the rest:</p>{pretty}"),
        "",
    );
    let parsed = Parsed::new(&article.content);
    let blocks = parsed.texts("pre");
    assert_eq!(
        blocks,
        [
            "npm create vite\ncd my-project\n\nnpm run dev",
            // A line that ends with its own break (a <br>) gets no other.
            "let a = 1;let b = 2;",
            // Spaces between lines are no break; a break is enough.
            "x = 1 \ny = 2\nz = 3",
        ],
        "{}",
        article.content
    );
    assert!(article
        .content
        .contains("<span>let a = 1;<br></span><span>let b = 2;<br></span>"));
}

#[test]
fn line_numbers_drawn_into_code_go_and_numbers_in_code_stay() {
    // Each line: its number, then its code.
    let numbered = ["import os", "", "print(os.getcwd())"]
        .iter()
        .enumerate()
        .map(|(i, line)| {
            format!(
                "<div class=line><span class=ln>{}</span><div class=code>{line}\n</div></div>",
                i + 1
            )
        })
        .collect::<String>();
    // Numbers in the code itself, one of them first on its line.
    let literal = "<span class=n>1</span> + <span class=n>2</span>\n<span class=n>2</span> * x\n";
    let article = article_around(
        "Where am I",
        "Paste the following code into a file called cwd.py, run it, and the \
         folder it was started from is printed, as the shell would. ",
        &format!("<pre>{numbered}</pre>"),
        &format!("<pre>{literal}</pre>"),
    );
    let parsed = Parsed::new(&article.content);
    let pres = parsed.texts("pre");
    assert_eq!(
        pres,
        ["import os\n\nprint(os.getcwd())\n", "1 + 2\n2 * x\n"],
        "{}",
        article.content
    );
}

#[test]
fn blog_keeps_headings_lists_quote_table_and_figure() {
    let article = extract_at(BLOG, BLOG_URL);
    let parsed = Parsed::new(&article.content);
    let texts = |tag: &str| -> Vec<String> {
        parsed
            .by_tag(tag)
            .into_iter()
            .map(|n| norm(&parsed.text(n)))
            .collect()
    };

    let h2 = texts("h2");
    for heading in [
        "The problem with unbounded queues",
        "A bounded channel in twenty lines",
        "Some numbers",
    ] {
        assert!(
            h2.iter().any(|h| h == heading),
            "h2 {heading:?} missing: {h2:?}"
        );
    }
    assert!(
        texts("h3").iter().any(|h| h == "Choosing the bound"),
        "h3 missing"
    );

    let li = texts("li");
    for item in [
        "wait until there is room (back-pressure),",
        "drop the new item and count the drop (load shedding),",
        "fail the request and let the caller retry later.",
        "Measure how long the consumer takes per item under realistic load.",
        "Decide the longest queueing delay you can tolerate.",
        "Divide the second number by the first and round up.",
    ] {
        assert!(li.iter().any(|l| l == item), "li {item:?} missing: {li:?}");
    }
    assert_eq!(parsed.by_tag("ul").len(), 1, "one <ul>");
    assert_eq!(parsed.by_tag("ol").len(), 1, "one <ol>");

    assert_eq!(
        texts("blockquote"),
        ["Queues don't fix overload. They only move it somewhere you are not looking."]
    );

    assert_eq!(texts("th"), ["Bound", "Items in flight", "Peak memory"]);
    assert_eq!(
        texts("td"),
        [
            "1",
            "1",
            "2.1 MB",
            "4",
            "4",
            "2.3 MB",
            "unbounded",
            "16",
            "3.4 MB"
        ]
    );

    assert_eq!(
        texts("figcaption"),
        ["A producer and a consumer joined by a channel with four slots: when all four are full, the producer waits."]
    );
    let img = url(BLOG_URL)
        .join("/images/2024/bounded-channel.png")
        .expect("joins");
    assert!(
        parsed
            .by_tag("img")
            .iter()
            .any(|&i| parsed.attr(i, "src").as_deref() == Some(img.as_str())),
        "figure image missing or not absolute:\n{}",
        article.content
    );
    assert_safe(&article);
    assert_urls_absolute(&article);
}

#[test]
fn blog_preserves_preformatted_code_byte_for_byte() {
    let article = extract_at(BLOG, BLOG_URL);
    // The tree: each <pre>'s text is exactly the page's.
    let parsed = Parsed::new(&article.content);
    let pres = parsed.texts("pre");
    assert_eq!(pres, [BLOG_RUST_CODE, BLOG_MAKEFILE], "<pre> texts");
    // The string: escaped as HTML requires, whitespace untouched (">" may
    // or may not be escaped; both are correct HTML).
    let content = article.content.replace("&gt;", ">");
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;");
    assert!(
        content.contains(&escape(BLOG_RUST_CODE)),
        "Rust block altered:\n{}",
        article.content
    );
    assert!(content.contains(BLOG_MAKEFILE), "makefile block altered");
    // The text: textContent keeps the code's whitespace too.
    assert!(
        article.text_content.contains(BLOG_RUST_CODE),
        "code missing from textContent"
    );
    assert!(
        article.text_content.contains(BLOG_MAKEFILE),
        "makefile missing from textContent"
    );
}

#[test]
fn blog_drops_sidebar_and_site_chrome() {
    let article = extract_at(BLOG, BLOG_URL);
    assert_in_order(
        &article.text_content,
        &[
            "Every pipeline has a slowest stage.",
            "The bound is not a performance knob",
            "That flat line is the whole point",
        ],
        "blog",
    );
    assert_absent(
        &article.text_content,
        &[
            "About me",
            "Opinions are my own",
            "databases",
            "Built with a static site generator",
            "Archive",
        ],
        "blog",
    );
    assert_eq!(
        article.title.as_deref(),
        Some("Back-pressure with bounded channels in Rust")
    );
    assert!(is_probably_readerable(BLOG));
}

// ----- lazy images, <base href> ----------------------------------------------

const LAZY_URL: &str = "https://news.example.org/features/2024/05/night-market.html";

#[test]
fn lazy_images_get_their_real_absolute_urls() {
    let article = extract_at(LAZY_IMAGES, LAZY_URL);
    let c = &article.content;
    let abs = |path: &str| url(LAZY_URL).join(path).expect("joins").to_string();
    // data-src over a data: placeholder.
    assert!(
        c.contains(&abs("/media/2024/05/harbour-dawn.jpg")),
        "data-src:\n{c}"
    );
    // data-srcset: either candidate is the real image.
    assert!(
        c.contains(&abs("/media/2024/05/crates-960.jpg"))
            || c.contains(&abs("/media/2024/05/crates-480.jpg")),
        "data-srcset:\n{c}"
    );
    // <noscript><img> fallback next to a placeholder.
    assert!(
        c.contains(&abs("/media/2024/05/auction.jpg")),
        "noscript fallback:\n{c}"
    );
    // <picture> with lazy <source>s and img.
    assert!(c.contains(&abs("/media/2024/05/ice-")), "picture:\n{c}");
    // No placeholder is left to show as a blank, not even one whose real
    // picture's URL is nowhere in the page (a 4501 by 4501 blank box); its
    // caption goes with it, a caption of nothing the reader sees, while
    // the text around it stays.
    assert!(
        !article
            .text_content
            .contains("The night's landings, chalked on the board"),
        "{c}"
    );
    assert!(!c.contains("4501"), "{c}");
    for placeholder in ["data:image/gif", "placeholder.svg", "blank.gif"] {
        assert!(
            !c.contains(placeholder),
            "placeholder {placeholder} left:\n{c}"
        );
    }
    assert_urls_absolute(&article);
    // One image per photo: the noscript fallback replaces its placeholder.
    let parsed = Parsed::new(c);
    let auction = parsed
        .by_tag("img")
        .into_iter()
        .filter(|&i| {
            parsed.attr(i, "alt").as_deref() == Some("The auctioneer calling the first lot")
        })
        .count();
    assert_eq!(auction, 1, "auction photo images:\n{c}");
    assert_in_order(
        &article.text_content,
        &[
            "The first boats come in",
            "Grading starts as soon as",
            "The auction itself is fast",
            "By six the hall is being hosed down",
        ],
        "lazy-images",
    );
}

#[test]
fn base_href_resolves_relative_urls() {
    // The page's <base> is absolute, so the page URL does not matter; without
    // one the result must be the same.
    for page_url in [
        Some(url(
            "https://www.example.com/stories/lighthouse-keepers.html",
        )),
        None,
    ] {
        let article = extract(BASE_HREF, page_url.as_ref());
        let c = &article.content;
        for expected in [
            "https://static.example.net/archive/2019/photos/lighthouse.jpg",
            "https://static.example.net/archive/notes/keepers-logbooks.html",
            "https://static.example.net/about/corrections.html",
        ] {
            assert!(
                c.contains(expected),
                "{expected} missing (url {page_url:?}):\n{c}"
            );
        }
        assert_urls_absolute(&article);
        assert!(
            norm(&article.text_content)
                .contains("The full transcription is in our notes on the logbooks."),
            "link text lost"
        );
    }
}

#[test]
fn an_embed_held_back_by_cookie_preferences_leaves_no_notice_in_the_view() {
    // The live page shows this where a video would be until the reader
    // accepts cookies; the view has no video to offer either.
    let sentence = "The bakery on the corner opened before dawn, and the queue reached \
                    the river by six, with regulars trading news about the harvest. ";
    let page = format!(
        "<html><head><title>Morning at the bakery</title></head><body><article>\
         <h1>Morning at the bakery</h1><p>{0}{0}</p>\
         <div><p>This content isn't visible due to your cookie preferences.</p>\
         <a href='#'>Allow</a></div>\
         <p>{0}The cookie jar by the till was empty by nine.</p></article></body></html>",
        sentence.repeat(2)
    );
    let article = extract_at(&page, "https://example.com/bakery");
    let text = &article.text_content;
    assert!(text.contains("The cookie jar by the till"), "{text}");
    assert_absent(text, &["cookie preferences"], "cookie notice");
}

// ----- pages without an article ----------------------------------------------

#[test]
fn login_page_is_not_an_article() {
    assert_not_an_article(LOGIN, "login page");
}

#[test]
fn a_page_of_menus_is_not_an_article() {
    // Links one or two words long are ways around the site, not content.
    let sections = [
        "World", "Business", "Science", "Culture", "Opinion", "Sport",
    ];
    let menu: String = sections
        .iter()
        .map(|s| format!("<li><a href=\"/{s}/\">{s}</a></li>"))
        .collect();
    let page = format!(
        "<!DOCTYPE html><html><head><title>The Daily Ledger</title></head><body>\
         <main><h1>Sections</h1><ul>{menu}</ul><ul>{menu}</ul></main></body></html>"
    );
    assert_not_an_article(&page, "page of menus");
}

#[test]
fn a_list_in_a_table_named_a_sticky_header_is_kept() {
    // Wikipedia's list tables are `wikitable sortable sticky-header`: the
    // class names a page's header, the header cells say it holds data.
    let rows: String = (0..40)
        .map(|i| {
            format!(
                "<tr><td>{}</td><td><a href=/wiki/P{i}>Physicist number {i}</a></td>\
                 <td><a href=/wiki/C{i}>Chemist number {i}</a></td></tr>",
                1901 + i
            )
        })
        .collect();
    let intro = "<p>The Nobel Prizes are awarded each year by the Royal Swedish Academy \
                 of Sciences and others, to people and organizations whose work has \
                 been of the greatest benefit to humankind.</p>";
    // Read as the page's main region (the table is most of it), and as
    // its article (prose around it).
    for paragraphs in [3, 12] {
        let intro = intro.repeat(paragraphs);
        let page = format!(
            "<html><head><title>List of Nobel laureates</title></head><body><div id=content>\
             <h1>List of Nobel laureates</h1>{intro}<h2>Laureates</h2>\
             <table class='wikitable sortable sticky-header'><tbody><tr><th>Year</th>\
             <th>Physics</th><th>Chemistry</th></tr>{rows}</tbody></table></div></body></html>"
        );
        let text = extract_at(&page, "https://en.example.org/wiki/List").text_content;
        assert_in_order(
            &text,
            &[
                "greatest benefit",
                "Physicist number 0",
                "Chemist number 39",
            ],
            &format!("list page, {paragraphs} paragraphs"),
        );
    }
}

#[test]
fn a_small_catalogue_is_a_listing_though_each_product_has_a_picture_link() {
    // Each card links its picture and its name to the product: the
    // picture's link has no words, and the names are what the page lists.
    let products = [
        "Roc Loc 5 LED Light",
        "Mountain Helmet Vent Light",
        "Register II Helmet Vent Light",
        "Caden Helmet Vent Light",
        "Scamp II Helmet Vent Light",
        "Sport Recreational Vent Light",
    ];
    let cards: String = products
        .iter()
        .enumerate()
        .map(|(i, name)| {
            format!(
                "<div class=tile><a href=/p/{i}><img src=/i/{i}.jpg alt=''></a>\
                 <a href=/p/{i}>{name}</a><span class=price>$29.95</span></div>"
            )
        })
        .collect();
    let page = format!(
        "<!DOCTYPE html><html><head><title>Lights | Giro</title></head><body>\
         <main><h1>Lights</h1><p>6 Results</p><div class=grid>{cards}</div></main>\
         </body></html>"
    );
    let article = extract_at(&page, "https://shop.example.org/lights");
    assert!(article.readerable, "{:?}", article.text_content);
    assert_in_order(&article.text_content, &products, "catalogue");
}

#[test]
fn a_page_whose_only_text_is_its_footer_is_not_an_article() {
    // A store's product page before its scripts have rendered it: the
    // footer is all the text there is, and it is not what the page is.
    let notice = "If you or someone you know is in crisis and needs help now, call \
                  the helpline or go to the nearest emergency room. ";
    let links: String = [
        "Help Center",
        "Returns and refunds",
        "Shipping",
        "Contact us",
    ]
    .iter()
    .map(|l| format!("<li><a href=/help>{l}</a></li>"))
    .collect();
    let page = |footer: &str| {
        let tag = footer.split(' ').next().unwrap_or(footer);
        format!(
            "<html><head><title>Linen shirt</title></head><body><div class=page>\
             <div id=app><div class=spinner></div></div>\
             <{footer}><p>{notice}{notice}</p><ul>{links}</ul></{tag}></div></body></html>"
        )
    };
    for footer in ["div class='site-footer'", "div id=footer"] {
        assert_not_an_article(&page(footer), footer);
    }
    // A bare `<footer>` is no clutter by its name to Readability.js's
    // readerable check, which is then wrong; the extraction is not.
    let article = extract_at(&page("footer"), "https://example.com/somewhere");
    assert!(!article.readerable, "{:?}", article.text_content);
    assert_eq!(article.content, "");
}

#[test]
fn a_pages_only_article_element_is_its_main_region_not_the_menus_around_it() {
    // An older news page: no `<main>`, no `<nav>`, its menus and lists of
    // other stories plain lists of links in `<div>`s, three times the
    // article's text. Its one `<article>` says where the content is.
    let menu = |name: &str| {
        (1..=12)
            .map(|i| {
                format!("<li><a href='/{name}/{i}/'>{name} section number {i} of the site</a></li>")
            })
            .collect::<String>()
    };
    let paragraph = "The town council voted on Tuesday to keep the old harbour \
        crane, which has stood over the quay since 1911, and to repaint it in \
        its first colours before the summer.";
    let html = format!(
        "<html><head><title>Council keeps the harbour crane</title></head><body>\
         <div id=top><ul>{}</ul><ul>{}</ul></div>\
         <div id=middle><div id=news><article><h1>Council keeps the harbour crane</h1>\
         <p>{paragraph}</p><p>{paragraph} Work starts in March.</p><p>{paragraph} Its \
         lamp will be lit again.</p></article></div>\
         <div id=more><ul>{}</ul><ul>{}</ul></div></div></body></html>",
        menu("News"),
        menu("Sport"),
        menu("Business"),
        menu("Culture"),
    );
    let article = extract(&html, None);
    let text = &article.text_content;
    assert_in_order(
        text,
        &["Work starts in March.", "Its lamp will be lit again."],
        "only article",
    );
    assert_absent(
        text,
        &["News section number 1", "Culture section number 12"],
        "only article",
    );
    // Two articles are a list of stories: neither is the page's region.
    let second = "<article><h2>Ferry timetable changes</h2><p>The winter ferry \
        timetable starts on the first of November, with two fewer crossings on \
        weekdays and one more on Saturday mornings.</p></article></div><div id=more>";
    let listing = extract(&html.replacen("</div><div id=more>", second, 1), None);
    assert!(
        listing.text_content.contains("two fewer crossings"),
        "{}",
        listing.text_content
    );
}

// ----- pages that are not articles but have main content ----------------------

#[test]
fn a_section_front_shows_its_headlines_without_the_site_menus() {
    // A page of headlines has no prose, but its headlines are its content:
    // the view lists them, as it lists a catalogue's products.
    let article = extract_at(SECTION_FRONT, "https://ledger.example.com/world/");
    assert!(article.readerable, "a section front has headlines to show");
    let text = &article.text_content;
    assert_in_order(
        text,
        &[
            "Coalition talks stall after a second round of negotiations",
            "Floods force evacuations along the river valley",
            "Election commission publishes the final count",
        ],
        "section front",
    );
    assert_absent(
        text,
        &["Business", "Opinion", "About us", "Privacy"],
        "section front",
    );
    assert!(
        article
            .content
            .contains("href=\"https://ledger.example.com/world/2024/06/02/"),
        "headlines keep their links:\n{}",
        article.content
    );
}

#[test]
fn a_product_page_keeps_its_specifications_and_features_not_just_the_blurb() {
    // The description paragraph scores best, but it is under half of what
    // the page marks as main: the specifications and features around it are
    // the page's content too.
    let article = extract_at(PRODUCT, "https://shop.example.org/harbour-40");
    assert!(article.readerable, "a product page has content to read");
    let text = &article.text_content;
    assert_in_order(
        text,
        &[
            "The Harbour 40 is the shell we reach for",
            "Specifications",
            "20,000 mm hydrostatic head",
            "Helmet-compatible hood with a laminated brim",
            "Tumble dry low to restore the water repellency",
        ],
        "product page",
    );
    assert_absent(
        text,
        &["Find a store", "Free returns within 60 days", "Privacy"],
        "product page",
    );
}

#[test]
fn a_product_page_leaves_out_its_customer_reviews_as_an_article_its_comments() {
    let reviews = [
        "Customer reviews",
        "212 reviews",
        "six hours of sideways rain",
        "Posted by Dev",
    ];
    let product = extract_at(PRODUCT, "https://shop.example.org/harbour-40");
    assert!(
        product.text_content.contains("Tumble dry low"),
        "{}",
        product.text_content
    );
    assert_absent(&product.text_content, &reviews, "a product's page");
    // A page that declares an article as well is a review or a buying
    // guide: what it calls reviews is its content.
    let guide = PRODUCT.replace(
        r#"<meta property="og:site_name""#,
        r#"<meta property="og:type" content="article"><meta property="og:site_name""#,
    );
    let guide = extract_at(&guide, "https://shop.example.org/harbour-40");
    assert_in_order(&guide.text_content, &reviews, "a buying guide");
    // A shop that declares nothing (Amazon) still offers its cart.
    let undeclared = PRODUCT.replace(r#"<meta property="og:type" content="product">"#, "");
    let shop = undeclared.replace(
        r#"<p class="price">€189</p>"#,
        r#"<p class="price">€189</p><button type="submit">Add to Cart</button>"#,
    );
    let shop = extract_at(&shop, "https://shop.example.org/harbour-40");
    assert_absent(&shop.text_content, &reviews, "a shop's page");
    let undeclared = extract_at(&undeclared, "https://shop.example.org/harbour-40");
    assert_in_order(
        &undeclared.text_content,
        &reviews,
        "a page that sells nothing",
    );
}

#[test]
fn a_forum_thread_keeps_every_post_in_order_without_profiles_or_signatures() {
    let article = extract_at(FORUM, "https://boats.example.org/viewtopic.php?t=88");
    let text = &article.text_content;
    assert_in_order(
        text,
        &[
            "Has anyone fitted a wood stove in a narrowboat",
            "We fitted a double-skinned flue",
            "Agree with the double-skinned flue",
        ],
        "forum thread",
    );
    assert_absent(
        text,
        &[
            "Posts:",
            "Joined:",
            "Regular member",
            "cruising the Grand Union since 2019",
            "Lister SR3",
            "views my own",
            "Powered by",
        ],
        "forum thread",
    );
}

#[test]
fn a_signature_named_by_its_data_role_goes_from_each_post() {
    // Invision names a post's signature for its scripts, not its styles.
    let post = |body: &str, signature: &str| {
        format!(
            "<article class='cPost ipsComment'><div class='ipsComment_content'>\
             <div data-role='commentContent'><p>{body}</p></div>\
             <div data-role='memberSignature' class='ipsBorder_top'><p><em>{signature}</em></p>\
             </div></div></article>"
        )
    };
    let html = format!(
        "<html><head><title>Editing PC build</title></head><body><div class=cTopic>{}{}{}</div>\
         </body></html>",
        post(
            "I am editing a video a week on a build from last year and the timeline stutters \
             whenever I scrub through 4K footage. Is the processor or the drive to blame here?",
            "80+ ratings certify electrical efficiency. Not quality."
        ),
        post(
            "Scrubbing 4K footage is mostly the drive and the codec: make proxies first and \
             the timeline will play smoothly on the processor you already have in that build.",
            "My build: a Ryzen 5 and far too many fans."
        ),
        post(
            "Proxies fixed it, thank you. The timeline now plays at full speed even while the \
             export runs in the background, and the fans have finally calmed down as well.",
            "80+ ratings certify electrical efficiency. Not quality."
        ),
    );
    let article = extract_at(
        &html,
        "https://forum.example/topic/1571202-editing-pc-build/",
    );
    assert_in_order(
        &article.text_content,
        &[
            "I am editing a video",
            "Scrubbing 4K footage",
            "Proxies fixed it",
        ],
        "posts",
    );
    assert_absent(
        &article.text_content,
        &["80+ ratings", "too many fans"],
        "signatures",
    );
}

#[test]
fn each_post_of_a_thread_shows_its_author_whose_panel_went() {
    // XenForo marks each post with its author; the panel with the name,
    // the avatar and the member's figures goes as post chrome.
    let post = |author: &str, body: &str| {
        format!(
            "<article class='message' data-author='{author}'><div class='message-userDetails'>\
             <h4><a href='/members/{author}.1/'>{author}</a></h4><dl><dt>Messages</dt>\
             <dd>1,204</dd></dl></div><div class=message-body><p>{body}</p></div></article>"
        )
    };
    let html = format!(
        "<html><head><title>Wood stoves</title></head><body><div class=thread>{}{}{}</div>\
         </body></html>",
        post(
            "Ann Boater",
            "Has anyone fitted a wood stove in a narrowboat and kept the flue from \
             dripping tar down the roof? Ours drips after every cold night."
        ),
        post(
            "Bob",
            "We fitted a double-skinned flue and the dripping stopped within a week: \
             the inner pipe stays warm enough that the smoke does not condense on it."
        ),
        post(
            "Cy",
            "Agree with the double-skinned flue, and sweep it twice a winter, or the \
             tar comes back whatever the pipe is made of."
        ),
    );
    let article = extract_at(&html, "https://boats.example.org/threads/stoves.88/");
    assert_in_order(
        &article.text_content,
        &[
            "Ann Boater",
            "Has anyone fitted a wood stove",
            "Bob",
            "We fitted a double-skinned flue",
            "Cy",
            "Agree with the double-skinned flue",
        ],
        "thread",
    );
    assert_absent(&article.text_content, &["Messages", "1,204"], "thread");
    assert_safe(&article);
}

#[test]
fn a_posts_linked_number_goes_and_a_numbered_reference_in_a_post_stays() {
    let post = |n: usize, body: &str| {
        format!(
            "<article class='message' id='js-post-{n}'><div class=message-main>\
             <ul class=message-attribution><li><a href='/threads/stoves.88/post-{n}'>\
             <time>Apr {n}, 2024</time></a></li><li><a href='/threads/stoves.88/post-{n}'>\
             #{n}</a></li></ul><div class=message-body><p>{body}</p></div></div></article>"
        )
    };
    let html = format!(
        "<html><head><title>Wood stoves</title></head><body><div class=thread>{}{}{}</div>\
         </body></html>",
        post(
            1,
            "Has anyone fitted a wood stove in a narrowboat and kept the flue from \
             dripping tar down the roof? Ours drips after every cold night, and the \
             installer says that is normal, which I doubt very much."
        ),
        post(
            2,
            "We fitted a double-skinned flue and the dripping stopped within a week: \
             the inner pipe stays warm enough that the smoke does not condense on it \
             on the way out, even in a hard frost."
        ),
        post(
            3,
            "The stove's firmware reads the flue sensor wrong below freezing, fixed in \
             the maker's release notes (<a href='https://github.com/stoves/fw/issues/1234'>\
             #1234</a>), so update it before you buy a new flue."
        ),
    );
    let article = extract_at(&html, "https://boats.example.org/threads/stoves.88/");
    let text = &article.text_content;
    assert_in_order(
        text,
        &[
            "Has anyone fitted a wood stove",
            "We fitted a double-skinned flue",
            "release notes (#1234)",
        ],
        "thread",
    );
    for number in ["#1", "#2", "#3"] {
        assert!(
            !article.content.contains(&format!(">{number}</a>")),
            "{number} in {}",
            article.content
        );
    }
}

#[test]
fn a_question_before_its_list_of_answers_comes_first() {
    // The accepted answer is long, the others short: the best candidate is
    // inside one answer, and the thread is found as the series of answers,
    // whose list the question is not in.
    let answer = |n: usize, body: &str| {
        format!(
            "<div class='answer'><div class='layout'><div class='body'><p>Answer {n}:</p>\
             {body}</div></div></div>"
        )
    };
    let long = "<p>Press F6 until the file list has the focus, then an arrow key, and \
                the first file is selected. It works in every version since the first, \
                and in the save dialogs too, which surprises people.</p>"
        .repeat(4);
    let short = "<p>Alt and D, then Tab twice, lands in the list of files as well, and \
                 it is easy to remember.</p>";
    // Between the question and the answers, nothing, or an empty ad slot
    // (Stack Overflow's).
    for between in ["", "<div class=zone-container><div id=dfp-isb></div></div>"] {
        let html = format!(
            "<html><head><title>Focus the file list?</title></head><body>\
             <nav><a href=/q>Questions</a> <a href=/tags>Tags</a></nav><div class=main>\
             <div class='question'><div class='layout'><div class='body'><p>How do I \
             move the keyboard's focus to the list of files in the file manager, \
             without the mouse? Tab takes five presses.</p></div></div></div>{between}\
             <div id=answers><h2>4 answers</h2>{}{}{}{}</div></div>\
             <aside><h3>Related</h3><a href=/1>Another question</a></aside></body></html>",
            answer(1, &long),
            answer(2, short),
            answer(3, short),
            answer(4, short)
        );
        let article = extract_at(&html, "https://qa.example/questions/1");
        assert_in_order(
            &article.text_content,
            &[
                "How do I move the keyboard's focus",
                "Answer 1:",
                "Answer 2:",
                "Answer 4:",
            ],
            between,
        );
        assert_absent(&article.text_content, &["Another question"], "sidebar");
    }
}

#[test]
fn a_question_declared_in_microdata_keeps_its_only_answer() {
    // A Q&A page declares its question as a schema.org item holding its
    // answers. With one short answer, no series of answers widens the best
    // candidate, the question's long text; the answer is part of the
    // page's content all the same, and the header and sidebar around them
    // are not.
    let question = "<p>I join loop devices in linear mode with a script that takes \
                    each device as an argument, and I run it with a glob. How do I pass \
                    exactly thirty-three devices, in order, without typing them all?</p>"
        .repeat(5);
    let code = "<pre><code>for dev in \"$@\"; do\n  size=$(blockdev --getsz \"$dev\")\n\
                echo \"$sum $size linear $dev 0\"\ndone</code></pre>";
    let html = format!(
        "<html><head><title>Join a number of devices</title></head><body>\
         <div itemscope itemtype=https://schema.org/Question><div class=inner-content>\
         <div id=question-header><h1 itemprop=name>Join a number of devices</h1>\
         <div class=meta>Asked 1 year ago. Viewed 89 times</div></div>\
         <div id=mainbar><div class=question><div class=post-layout><div class=postcell>\
         <div class=s-prose itemprop=text>{question}{code}</div></div></div></div>\
         <div id=answers><div class=answer itemprop=acceptedAnswer itemscope \
         itemtype=https://schema.org/Answer><div class=post-layout><div class=answercell>\
         <div class=s-prose itemprop=text><p>Use a loop from zero to thirty-two that adds \
         each device's name to an array, then pass the array.</p>{code}</div></div></div>\
         </div></div></div><div id=sidebar><h3>Hot network questions</h3>\
         <a href=/q/2>Why is the sky blue?</a></div></div></div></body></html>"
    );
    let article = extract_at(&html, "https://qa.example/questions/780353");
    assert_in_order(
        &article.text_content,
        &["How do I pass exactly thirty-three", "Use a loop from zero"],
        "question and answer",
    );
    assert_absent(
        &article.text_content,
        &["Viewed 89 times", "Why is the sky blue?"],
        "header and sidebar",
    );
}

#[test]
fn a_threads_short_replies_stay_with_its_long_ones() {
    // The first post is the longest and wins the scoring (each post is
    // deeper than a paragraph's score reaches up), long enough to be read
    // as the page's content without its region; the long replies make it a
    // series, and a reply of a few words is one of them too.
    let post = |who: &str, body: &str| {
        // Unread posts are marked so: a series is by first class.
        let unread = if who == "bo" { " is-unread" } else { "" };
        format!(
            "<article class='message{unread}'><div class=inner><div class=user>\
             <a href=/u/{who}>{who}</a></div><div class=main><div class=content>\
             <div class=body><div class=text><p>{body}</p></div></div></div></div></div>\
             </article>"
        )
    };
    let long = |topic: &str| {
        format!(
            "The {topic} is the part I would check first, since it wears out sooner than \
             the rest and costs little to replace."
        )
    };
    let html = format!(
        "<html><head><title>Which parts wear first?</title></head><body>\
         <nav><a href=/>Forums</a> <a href=/new>New posts</a></nav><div class=posts>\
         {}{}{}{}</div></body></html>",
        post("ana", &long("chain").repeat(50)),
        post("bo", "Same here, thanks!"),
        post("cy", &long("brake pad")),
        post("di", &long("cassette"))
    );
    let article = extract_at(&html, "https://bikes.example/threads/wear.7");
    assert_in_order(
        &article.text_content,
        &[
            "The chain is",
            "Same here, thanks!",
            "The brake pad is",
            "The cassette is",
        ],
        "thread",
    );
}

#[test]
fn short_posts_whose_dates_are_links_stay_in_their_thread() {
    // Simple Machines Forum: each post links its subject ("Re: ...") and its
    // date to itself, and names its author by a link. In a short post those
    // links are most of the words; the date is a permalink, not a way out,
    // and the posts are the thread's as the long one is.
    let post = |n: usize, who: &str, body: &str| {
        format!(
            "<div class=windowbg id=msg{n}><div class=post_wrapper><div class=poster>\
             <h4><a href='/index.php?action=profile;u={n}'>{who}</a></h4></div>\
             <div class=postarea><div class=keyinfo><div class=subject_title>\
             <a href='/index.php?msg={n}'>Re: Forum software and chatbots</a></div>\
             <div class=postinfo><a href='/index.php?msg={n}'>June 0{n}, 2024, \
             11:23:55 AM</a></div></div><div class=post><div class=inner>{body}</div>\
             </div></div></div></div><hr class=post_separator>"
        )
    };
    let long = "Support forums have tried a chatbot's first answer to a question, with \
                mixed results: it helps with the common questions and misleads on the \
                rare ones, where a person would have said they did not know. "
        .repeat(6);
    let html = format!(
        "<html><head><title>Forum software and chatbots</title></head><body>\
         <div id=forumposts><form id=quickModForm>{}{}{}{}</form></div></body></html>",
        post(
            1,
            "Ana",
            "How have you used a chatbot on your forum so far, to answer or to moderate?"
        ),
        post(2, "Bo", &long),
        post(
            3,
            "Cy",
            "It can write a pretty mean haiku about nearly anything."
        ),
        post(
            4,
            "Di",
            "Last time I asked it for a haiku, it could not count the syllables."
        )
    );
    let article = extract_at(&html, "https://forum.example/index.php?topic=589061.0");
    assert_in_order(
        &article.text_content,
        &[
            "How have you used a chatbot",
            "Support forums have tried",
            "It can write a pretty mean haiku",
            "it could not count the syllables",
        ],
        "thread",
    );
}

#[test]
fn a_short_post_with_a_link_stays_in_its_thread() {
    // phpBB: each post links its subject ("Re: ...") to itself and its
    // author to a profile, inside a box or two. A short reply that gives a
    // link (a bug report's) is mostly links, which Readability's link test
    // removes; in a thread it is a post like the others.
    let post = |n: usize, body: &str| {
        format!(
            "<div class='post bg{}' id=p{n}><div class=inner><div class=postbody>\
             <h3><a href='#p{n}'>Re: Discuss the 7.1 release</a></h3>\
             <p class=author>Post by <a href='/memberlist.php?u={n}'>member{n}</a> \
             » 12. Sep 2024, 0{n}:42</p><div class=content>{body}</div></div></div></div>",
            n % 2 + 1
        )
    };
    let long = "I updated both hosts this morning and the shared folders work again, \
                but the network adapter in bridged mode drops the connection after a \
                few minutes on the Windows guest, so I went back to NAT for now.";
    let link = "Created a bug report for the NAT issue: \
                <a href='https://bugs.example/ticket/22164'>https://bugs.example/ticket/22164</a>";
    let html = format!(
        "<html><head><title>Discuss the 7.1 release</title></head><body>\
         <div id=page-body><h2>Discuss the 7.1 release</h2>{}{}{}{}{}</div></body></html>",
        post(1, long),
        post(2, long),
        post(3, long),
        post(4, long),
        post(5, link)
    );
    let article = extract_at(&html, "https://forums.example/viewtopic.php?t=112301");
    assert_in_order(
        &article.text_content,
        &[
            "Post by member4",
            "Post by member5",
            "Created a bug report for the NAT issue: https://bugs.example/ticket/22164",
        ],
        "thread",
    );
}

#[test]
fn a_posts_body_with_a_link_stays_beside_its_author_panel() {
    // XenForo sets a post's text eight boxes deep inside the post, beside
    // the author's panel; a short reply that gives a video's address is
    // mostly that link, and Readability's link test removed it.
    let post = |n: usize, body: &str| {
        format!(
            "<article class='message message--post'><div class=message-inner>\
             <div class='message-cell message-cell--user'><a href='/members/{n}'>member{n}</a>\
             </div><div class='message-cell message-cell--main'><div class=message-main>\
             <div class=message-content><div class=message-userContent>\
             <article class=message-body><div><div class=bbWrapper>{body}</div></div>\
             </article></div></div></div></div></div></article>"
        )
    };
    let long = "Both cards use the same chip, so the difference is the cooler and the \
                factory clock, which gives a few frames at most in the games I play, and \
                the quieter fans are worth more to me than that.";
    let video = "Most cards of one model are within a few percent of each other. \
                 This might help: <a href='https://video.example/w/TiYwjxmcU8'>\
                 https://video.example/w/TiYwjxmcU8?si=21VlALqe8f</a>";
    let html = format!(
        "<html><head><title>Which of these cards?</title></head><body>\
         <div class=block-body><h1>Which of these cards?</h1>{}{}{}{}{}</div></body></html>",
        post(1, long),
        post(2, long),
        post(3, video),
        post(4, long),
        post(5, long)
    );
    let article = extract_at(&html, "https://forums.example/threads/which-card.3859/");
    assert_in_order(
        &article.text_content,
        &[
            "the quieter fans",
            "Most cards of one model",
            "the quieter fans",
        ],
        "thread",
    );
}

#[test]
fn a_posts_photos_and_its_lines_between_them_stay() {
    // XenForo writes a post as lines between <br>s, each photo in a box of
    // its own (with its zoom control and loading shimmer): more pictures
    // than paragraphs, as a gallery has, but the text of a post, not
    // captions.
    let photo = |n: usize| {
        format!(
            "<div class=lbContainer><div class=lbContainer-zoomer aria-label=Zoom></div>\
             <picture><img src='/attachments/tailgate-{n}.jpg' alt='Tailgate wiring, step \
             {n}'><div class=shimmer></div></picture></div><br>"
        )
    };
    let post = format!(
        "<article class=message-body><div class=bbWrapper>I fitted the liftgate lights \
         to a 2024 Highlander and kept them switching with the gate. I took off the back \
         panel and found the wire that carries twelve volts when the gate opens.<br>\
         It is the black wire on the left of the last plug on the right of the control \
         unit. I spliced the red lead of the harness onto it with a quick splice and \
         tested the lights before closing up.<br>Now they come on when the gate opens and \
         go off when it closes. The splice adds two minutes to the install and nothing \
         else changes.<br>{}{}{}</div></article>",
        photo(1),
        photo(2),
        photo(3)
    );
    let reply = |text: &str| {
        format!("<article class=message-body><div class=bbWrapper>{text}</div></article>")
    };
    let long = "Mine came with the same harness, and I wired it the same way, although I \
                used a tap on the fuse box instead, which is tidier, and I would do that \
                again. "
        .repeat(5);
    let html = format!(
        "<html><head><title>Liftgate lights</title></head><body><div class=thread>{post}\
         {}{}{}</div></body></html>",
        reply(&long),
        reply("Do they stay on if the gate is left open overnight? That would drain it."),
        reply("They time out after twenty minutes, like the dome light does in these.")
    );
    let article = extract_at(&html, "https://cars.example/threads/liftgate-lights.17/");
    assert_in_order(
        &article.text_content,
        &[
            "I fitted the liftgate lights",
            "It is the black wire",
            "Now they come on",
            "Mine came with the same harness",
        ],
        "post",
    );
    for n in 1..=3 {
        assert!(
            article.content.contains(&format!("tailgate-{n}.jpg")),
            "photo {n}: {}",
            article.content
        );
    }
}

#[test]
fn posts_told_apart_only_by_numbered_ids_are_one_thread() {
    // An old forum template: each post a class-less <div id="edit…"> around
    // a layout table. The first post is the longest and wins the
    // scoring; the others are found as its series by their ids' stem.
    let post = |n: usize, body: &str| {
        format!(
            "<div id='edit{n}0417'><table><tr><td><b>member{n}</b></td>\
             <td><div id='post_message_{n}0417'>{body}</div></td></tr></table></div>"
        )
    };
    let first = "We flew out on the morning train to the coast, then a ferry across \
                 the strait, and spent the first night in a small harbour town. "
        .repeat(12);
    let reply = |who: &str| {
        format!(
            "{who}: what a start to the trip. Looking forward to the photos and the \
             rest of the report."
        )
    };
    let html = format!(
        "<html><head><title>Trip report: the coast</title></head><body>\
         <div class=menu><a href=/>Forums</a> <a href=/new>New posts</a></div>\
         <div id=posts>{}{}{}{}</div></body></html>",
        post(1, &first),
        post(2, &reply("Kim")),
        post(3, &reply("Lou")),
        post(4, &reply("Max"))
    );
    let article = extract_at(&html, "https://travel.example/forum/t/42");
    assert_in_order(
        &article.text_content,
        &[
            "We flew out on the morning train",
            "Kim: what a start",
            "Lou:",
            "Max:",
        ],
        "numbered posts",
    );
}

#[test]
fn a_declared_discussion_keeps_its_replies_after_the_opening_post() {
    // A topic's own <article>, then its replies in a <section id=replies>:
    // "replies" is an unlikely word and "comment" a negative one, right for
    // the comments under a news story, wrong for a forum's replies. The
    // schema.org type tells the two apart.
    let reply = |who: &str, text: &str| {
        format!(
            "<li class='reply' itemprop=comment><header>Posted by {who}</header>\
             <div class=comment-body><p>{text}</p></div></li>"
        )
    };
    let page = |itemtype: &str| {
        format!(
            "<html><head><title>First trip to Japan</title></head><body>\
             <nav><a href=/>Forum</a> <a href=/travel>Travel</a></nav>\
             <div class=thread {itemtype}><article class=topic><h1>First trip to Japan</h1>\
             <div class='content'><p>We have travelled a lot, but never to Japan, and \
             cannot decide between planning it ourselves and taking a tour. We like \
             to walk, and want Tokyo, Kyoto and Osaka, with a day in Hiroshima. \
             Fifteen to eighteen days in all.</p><p>A tour from one company mixes the \
             two: a guide for the first week, then trains booked and the days our own. \
             Planning it ourselves feels overwhelming, as planning Europe rarely does, \
             and the reviews we have read pull both ways.</p><p>Spring or autumn, if \
             that matters. Thanks for any advice.</p></div></article>\
             <section id=replies><ul class=comment-list>{}{}{}</ul></section></div></body></html>",
            reply(
                "Barbara",
                "We are finalizing a 22 day trip with a tour company that books the \
                 hotels and trains, and leaves the days free. It suits a first visit."
            ),
            reply(
                "Geova",
                "Do it yourself: the trains are easy, the signs are in English, and a \
                 rail pass is rarely worth it now. Book Kyoto early."
            ),
            reply(
                "Lee",
                "We took a small-group walking tour and loved it; the guides were \
                 wonderful, and the restaurants were ones we would never have found."
            ),
        )
    };
    let thread = extract_at(
        &page("itemscope itemtype='https://schema.org/DiscussionForumPosting'"),
        "https://travel.example/forum/first-trip-to-japan",
    );
    assert_in_order(
        &thread.text_content,
        &[
            "never to Japan",
            "a 22 day trip",
            "the trains are easy",
            "small-group walking tour",
        ],
        "declared discussion",
    );
    let story = extract_at(&page(""), "https://travel.example/news/first-trip-to-japan");
    assert!(story.text_content.contains("never to Japan"));
    assert_absent(&story.text_content, &["the trains are easy"], "comments");
}

#[test]
fn a_single_signature_is_an_article_byline_not_forum_chrome() {
    // French news sites sign their articles in a `signature` block.
    let para = "Le conseil municipal a voté mardi soir la rénovation du vieux pont, \
                après trois ans de débats, de pétitions et de réunions publiques. ";
    let html = format!(
        "<html lang=fr><head><title>Le vieux pont sera rénové</title></head><body><article>\
         <h1>Le vieux pont sera rénové</h1><p class=signature>Par Jeanne Martin, à Lyon</p>\
         <p>{}</p><p>{}</p></article></body></html>",
        para.repeat(4),
        para.repeat(3)
    );
    let article = extract_at(&html, "https://journal.example.fr/2024/pont.html");
    assert!(
        article.text_content.contains("Par Jeanne Martin, à Lyon"),
        "{}",
        article.text_content
    );
    // The header shows its name, read from the line under the headline.
    assert_eq!(article.byline.as_deref(), Some("Jeanne Martin"));
}

#[test]
fn an_article_element_is_content_whatever_its_class_says() {
    // A theme names the article's own box after its layout: "sidebar" is
    // an unlikely-content word, yet `<article>` says what the box is. The
    // page's other text, a disclosure note, is long enough to pass for the
    // article when the real one is stripped.
    let para = "Renting a car abroad is simpler than it was, but the fees hidden in \
                the small print still add up: tolls, second drivers and fuel. ";
    let note = "Some of the offers on this site come from partners who may pay us \
                when a reader clicks through, which may affect where they appear. ";
    let html = format!(
        "<html><head><title>Renting a car abroad</title></head><body>\
         <div class=disclosure><p>{}</p></div>\
         <article class='full-width-template-with-sidebar'><div class=body>\
         <p>{}</p><p>{}</p><p>{}</p></div></article></body></html>",
        note.repeat(6),
        para.repeat(4),
        para.repeat(3),
        para.repeat(5)
    );
    let article = extract_at(&html, "https://travel.example/car-rentals/");
    assert!(
        article
            .text_content
            .matches("Renting a car abroad is simpler")
            .count()
            >= 12,
        "{}",
        article.text_content
    );
}

// ----- lists inside the article container -------------------------------------

#[test]
fn the_author_card_and_tags_after_the_article_are_removed() {
    let para = "The orchard's old pear trees were grafted onto new rootstock this \
                spring, and the first blossoms came within weeks of the work. ";
    let bio = "Mara Lind has written about fruit trees for twenty years, and \
               teaches pruning at the county college.";
    // The card as themes write it: a paragraph in a named box, or the
    // text loose in a box named the BEM way (a block's element, a
    // modifier), which scoring makes a paragraph of.
    for card in [
        format!(
            "<div class=blog-item-author-profile-wrapper><div class=author-bio>\
             <p>{bio}</p></div></div>"
        ),
        format!("<div class=single-content-author__about><p>{bio}</p></div>"),
        format!(
            "<div class=hero-author><div class=hero-author--name>Mara Lind</div>\
             <div class=hero-author--bio>{bio}</div></div>"
        ),
    ] {
        let html = format!(
            "<html><head><title>Grafting old pears</title></head><body><article>\
             <h1>Grafting old pears</h1><p>{p}</p><p>{p}</p><p>{p}</p>{card}\
             <div class=post-tags>Tags: <a href=/t/pears>pears</a>, \
             <a href=/t/grafting>grafting</a>, <a href=/t/orchards>orchards</a></div>\
             </article></body></html>",
            p = para.repeat(3)
        );
        let article = extract_at(&html, "https://orchard.example/grafting");
        assert_absent(&article.text_content, &["Mara Lind has written"], &card);
        assert_eq!(
            article
                .text_content
                .matches("The orchard's old pear trees")
                .count(),
            9
        );
    }
}

#[test]
fn inline_recommended_links_between_paragraphs_are_removed() {
    let para = "The harbour authority approved the new breakwater on Monday, after \
                a decade of storms that flooded the fish market twice a winter. ";
    let html = format!(
        "<html><head><title>Breakwater approved</title></head><body><article>\
         <h1>Breakwater approved</h1><p>{p}</p>\
         <p><strong>ALSO READ:</strong> <a href=/a>Fish market floods again</a></p>\
         <p>{p}</p><p>You might also like: <a href=/b>Ten harbours to visit</a></p>\
         <p>{p}</p><p>Related: <a href=/c>The storm of 2019</a></p>\
         <p>Read our full <a href=/r>harbour crane review</a></p>\
         <p>Lire aussi&nbsp;: <a href=/f>La digue en images</a></p>\
         <p><strong>Baca juga:</strong> <a href=/i>Pelabuhan baru dibuka</a></p>\
         <p>Читайте также: <a href=/j>Шторм в гавани</a></p>\
         <p>{p}</p><h3>Mehr zum Thema</h3><ul><li><a href=/g>Der Hafen im Sturm</a></li>\
         <li><a href=/h>Neue Kräne für den Hafen</a></li></ul>\
         <p>Read the <a href=/report>engineers' report</a> for the design.</p>\
         <p>{p}</p><p>YOU MAY ALSO LIKE:</p><p><em>Recommended</em></p><p>Related: the storm surge of 1953.</p>\
         <p>{p}</p><h2>Other posts you may enjoy</h2>\
         <ul><li><a href=/d>Lighthouses of the coast</a></li>\
         <li><a href=/e>A year on a trawler</a></li></ul></article></body></html>",
        p = para.repeat(3)
    );
    let article = extract_at(&html, "https://harbour.example/news/breakwater");
    assert_absent(
        &article.text_content,
        &[
            "ALSO READ",
            "YOU MAY ALSO LIKE",
            "Fish market floods again",
            "Ten harbours to visit",
            "The storm of 2019",
            "harbour crane review",
            "Other posts you may enjoy",
            "A year on a trawler",
            "La digue en images",
            "Baca juga",
            "Pelabuhan baru dibuka",
            "Шторм в гавани",
            "Mehr zum Thema",
            "Der Hafen im Sturm",
        ],
        "recommendations",
    );
    // A sentence with a link in it is not a recommendation.
    assert!(article
        .text_content
        .contains("Read the engineers' report for the design."));
    // Nor is a short paragraph that links nowhere.
    assert!(article.text_content.contains("Recommended"));
    assert!(article
        .text_content
        .contains("Related: the storm surge of 1953."));
    assert_eq!(
        article
            .text_content
            .matches("The harbour authority")
            .count(),
        18
    );
}

#[test]
fn prose_that_links_stays_and_a_line_of_links_goes() {
    // Readability removes a block with more than a fifth of its text in
    // links, unless it has ten commas. An answer written in sentences that
    // links to its details is prose all the same.
    let html = home_cleaning_page(
        "<div class=answer><p>Yes, for up to three months at a time, and it takes a minute. Read \
         <a href=/pause>how to pause your plan from the app</a>.</p></div>\
         <div class=answer><p>Our partners: <a href=/acme>Acme Laundry Services</a> and \
         <a href=/bright>Bright Windows</a> for the rest of your home, your garden and your \
         garage</p></div>\
         <div class=answer><p>Shop <a href=/shop>our range of cleaning products</a> for every \
         room of your home, your garden and your garage this winter.</p></div>\
         <div class=answer><p>See <a href=/prices>our prices for every size of home</a>. \
         See <a href=/areas>the areas we cover this year</a>. See <a href=/jobs>our jobs \
         for cleaners near you</a>.</p></div>",
    );
    let article = extract_at(&html, "https://clean.example/home");
    assert!(
        article
            .text_content
            .contains("it takes a minute. Read how to pause your plan from the app."),
        "{}",
        article.text_content
    );
    // Not sentences, one line, or sentences that are mostly links: a box
    // of links.
    assert_absent(
        &article.text_content,
        &["Our partners", "Shop our range", "See our prices"],
        "links",
    );
}

#[test]
fn cards_under_a_recommendation_heading_are_removed_though_only_their_pictures_link() {
    let para = "The mill's new stone-ground flour is milled from heritage wheat grown \
                within ten miles, and the miller sets the stones by hand each morning. ";
    let card = |name: &str| {
        format!(
            "<div class=card><a href=/p/{name}><img src=/i/{name}.jpg alt=''></a>\
             <span class=title>{name} flour, stone ground, 1.5 kg bag</span>\
             <span class=price>$6.40</span><span>+ $2.10 delivery</span></div>"
        )
    };
    let cards: String = ["Spelt", "Rye", "Emmer", "Einkorn"]
        .iter()
        .map(|n| card(n))
        .collect();
    let html = format!(
        "<html><head><title>Heritage wheat flour</title></head><body><main>\
         <h1>Heritage wheat flour</h1><p>{p}</p><p>{p}</p>\
         <h2>People who viewed this item also viewed</h2><div class=carousel>{cards}</div>\
         <h2>Read more about the mill</h2><div><p>{p} See <a href=/a>the miller's notes</a>, \
         <a href=/b>the wheat</a> and <a href=/c>the stones</a>.</p></div></main></body></html>",
        p = para.repeat(2)
    );
    let article = extract_at(&html, "https://mill.example/flour/heritage");
    assert_absent(
        &article.text_content,
        &["also viewed", "Spelt flour", "Einkorn flour", "$6.40"],
        "recommended cards",
    );
    // Prose under a heading that starts like a recommendation stays.
    assert!(article.text_content.contains("the miller's notes"));
    assert_eq!(article.text_content.matches("The mill's new").count(), 6);
}

#[test]
fn a_reply_quoting_an_earlier_post_shows_the_post_once_and_a_refrain_stays() {
    let first = "The mill pond silts up every autumn, and the sluice gate sticks \
                 until someone digs the channel out by hand with a long spade.";
    let reply = "We had the same trouble at Eling: a second, lower sluice fixed it, \
                 since the silt then settles where a single person can clear it.";
    let refrain = "Turn the wheel, turn the wheel, the tide is coming in again.";
    let post = |author: &str, body: &str| {
        format!(
            "<div class=post><div class=author>{author}</div>\
             <div class=post-body>{body}</div></div>"
        )
    };
    let html = format!(
        "<html><head><title>Sluice gates that stick</title></head><body>\
         <div class=thread><h1>Sluice gates that stick</h1>{}{}{}</div></body></html>",
        post(
            "millwright",
            &format!("<p>{first}</p><p>{first} Then it rains.</p>")
        ),
        post(
            "eling",
            &format!(
                "<blockquote><div class=quote-body><p>{first}</p></div></blockquote><p>{reply}</p>"
            )
        ),
        post(
            "singer",
            &format!("<p>{refrain}</p><p>{refrain}</p><p>{reply} So we sing.</p>")
        ),
    );
    let article = extract_at(&html, "https://mills.example/forum/sluice-gates");
    let text = &article.text_content;
    assert_eq!(text.matches(first).count(), 2, "{text}"); // Its post's two.
    assert!(text.contains(reply), "{text}");
    assert_eq!(text.matches(refrain).count(), 2, "{text}");
}

#[test]
fn a_script_shell_shows_the_content_it_keeps_in_noscript_whatever_its_scripts_hold() {
    let para = "The sluice gate sticks every autumn until someone digs the channel \
                out by hand, and the mill stands idle for a week while they do. ";
    // The app's data, as the page preloads it for its scripts: more text
    // than the fallback for readers without them.
    let preload = format!("{{\"posts\":[\"{}\"]}}", para.repeat(12));
    let html = format!(
        "<html><head><title>Sluice gates</title></head><body>\
         <div id=app><a href=#main>Skip to content</a><div class=loading>Loading…</div></div>\
         <script id=preload type=application/json>{preload}</script>\
         <noscript id=content><div class=container><h1>Sluice gates</h1>\
         <article><p>{p}</p><p>{p}</p></article></div></noscript></body></html>",
        p = para.repeat(3)
    );
    let article = extract_at(&html, "https://mills.example/d/sluice-gates");
    assert!(article.readerable);
    assert_eq!(
        article
            .text_content
            .matches("The sluice gate sticks")
            .count(),
        6
    );
    assert!(!article.text_content.contains("posts"));
}

#[test]
fn a_recipes_ingredients_set_aside_stay_and_a_sidebar_goes() {
    let step = "Add the lukewarm water; warmer water will shorten the rise a \
                bit, while cooler water will lengthen the rise time. ";
    let ingredients = "<aside class=recipe__ingredients><ul>\
         <li>4 cups (500g) bread flour</li><li>1 3/4 teaspoons table salt</li>\
         <li>2 cups (450g) water</li></ul></aside>";
    let promotion = "<aside class=promo-box><p>Our flour, delivered to your door.</p></aside>";
    // The method scored as the article, the ingredients beside it; and
    // the method a list too, the recipe in a Drupal node promoted to the
    // front page (`node--promoted`, no promotion).
    let pages = [
        format!(
            "<div class=recipe>{ingredients}<div class=recipe__instructions>\
             <p>{s}</p><p>{s}</p><p>{s}</p></div>{promotion}</div>",
            s = step.repeat(2)
        ),
        format!(
            "<p>{s}</p><p>{s}</p><div class='node node--type-recipe node--promoted'>\
             <section class=recipe>{ingredients}<article class=recipe__instructions>\
             <ol><li>Knead, then bake for 45 minutes, until golden.</li></ol>\
             </article></section>{promotion}</div>",
            s = step.repeat(4)
        ),
    ];
    for body in pages {
        let html = format!(
            "<html><head><title>Easy bread</title></head><body><main>\
             <h1>Easy bread</h1>{body}</main></body></html>"
        );
        let text = extract_at(&html, "https://bakery.example/recipes/easy-bread").text_content;
        for line in [
            "4 cups (500g) bread flour",
            "table salt",
            "Add the lukewarm water",
        ] {
            assert!(text.contains(line), "{line}: {text}");
        }
        assert!(!text.contains("delivered to your door"), "{text}");
    }
}

#[test]
fn a_code_block_stays_whole_whatever_its_wrapper_and_lines_say() {
    let para = "By default Compose sets up a single network for your app, and \
                each container for a service joins it and is reachable by the \
                others on it. ";
    // Tailwind's scroll margin on the block's wrapper ("scroll" is one of
    // Readability's clutter words), and a line that reads like a
    // picture's credit.
    let html = format!(
        "<html><head><title>Networking in Compose</title></head><body><main>\
         <article><h1>Networking in Compose</h1><p>{p}</p><p>{p}</p>\
         <div class='group mt-2 scroll-mt-2 rounded'><div class=highlight><pre><code>\
         <span class=line>services:</span>\n<span class=line>  db:</span>\n\
         <span class=line>    image: postgres:18</span>\n</code></pre></div></div>\
         <p>{p}</p></article></main></body></html>",
        p = para.repeat(3)
    );
    let text = extract_at(&html, "https://docs.example/compose/networking").text_content;
    for line in ["services:", "db:", "image: postgres:18"] {
        assert!(text.contains(line), "{line}: {text}");
    }
}

/// A forum post's sentence, for the threads below.
const SLUICE_POST: &str = "The sluice gate sticks when the river is low; a turn of \
                           the wheel each morning keeps it free. ";

#[test]
fn a_replys_subject_line_goes_and_its_post_stays() {
    let html = format!(
        "<html><head><title>Sluice gate sticks - River Forum</title></head><body><main>\
         <h1>Sluice gate sticks</h1><div class=post><p>{p}</p></div>\
         <div class=post><h3><b>Re:</b> Sluice gate sticks</h3><p>{p}</p></div>\
         <div class=post><div class=subject>Re: Sluice gate sticks \
         <span>by Ann: 2:55pm</span></div><p>{p}</p></div>\
         <div class=post><h3>Re: Sluice gate sticks</h3><p>Same here, thanks!</p></div>\
         <div class=post><p>Re: the wheel, mine turns the other way, and \
         the gate still sticks.</p><p>{p}</p></div>\
         </main></body></html>",
        p = SLUICE_POST.repeat(3)
    );
    let text = extract_at(&html, "https://forum.example/t/sluice").text_content;
    assert_absent(&text, &["Re: Sluice gate sticks", "by Ann"], "forum thread");
    // A short reply in the subject's box stays; a post that answers a
    // point ("Re: the wheel") stays.
    for kept in ["Same here, thanks!", "Re: the wheel, mine turns"] {
        assert!(text.contains(kept), "{kept}: {text}");
    }
}

#[test]
fn a_prompt_to_sign_in_goes_and_the_short_post_beside_it_stays() {
    let html = format!(
        "<html><head><title>Sluice gate sticks</title></head><body><main>\
         <h1>Sluice gate sticks</h1>\
         <div class=post><p>{p}</p></div><div class=post><p>{p}</p></div>\
         <div class=post><p>{p}</p></div>\
         <div class=last><p>Same here, thanks!</p>\
         <p>You need to be <a href=/join>a member</a> in order to leave a \
         comment.</p></div>\
         <h3>Create an account or sign in to comment</h3>\
         </main></body></html>",
        p = SLUICE_POST.repeat(4)
    );
    let article = extract_at(&html, "https://forum.example/t/sluice");
    assert_absent(
        &article.text_content,
        &["leave a comment", "sign in to comment"],
        "forum thread",
    );
    assert!(article.text_content.contains("Same here, thanks!"));
}

#[test]
fn a_posts_edit_note_and_the_threads_statistics_go_and_the_posters_words_stay() {
    let html = format!(
        "<html><head><title>Sluice gate sticks</title></head><body><main>\
         <h1>Sluice gate sticks</h1>\
         <div class=post><div class=toprow><span>1.9K views</span> <span>11 replies</span> \
         <span>12 participants</span> last post by <a href=/u/ann>Ann</a> Jan 18, 2024</div>\
         <p>{p}</p><div class=edited>Last edited: Jul 13, 2022</div></div>\
         <div class=post><p>{p}</p><div>Last edited by Ann on Tue Aug 27, 2019 \
         10:03 pm, edited 1 time in total.</div></div>\
         <div class=post><p>{p}</p><p>Edited for a typo.</p>\
         <span class=note>Edited June 14, 2024 by Ann</span></div>\
         </main></body></html>",
        p = SLUICE_POST.repeat(3)
    );
    let text = extract_at(&html, "https://forum.example/t/sluice").text_content;
    assert_absent(
        &text,
        &[
            "Last edited",
            "edited 1 time",
            "June 14, 2024 by Ann",
            "11 replies",
        ],
        "forum thread",
    );
    assert!(text.contains("Edited for a typo."), "{text}");
    assert_eq!(text.matches(SLUICE_POST.trim()).count(), 9, "{text}");
}

#[test]
fn a_skip_link_between_blocks_goes_and_one_in_a_sentence_stays() {
    let para = "The ferry to the island runs twice a day in summer, and once on \
                Sundays, from the slipway below the old customs house. ";
    let html = format!(
        "<html><head><title>The island ferry</title></head><body><article>\
         <a href=#timetable>Skip to main content</a>\
         <p>{p}</p><p><a href=#top>&lt; back to top</a></p>\
         <p>{p} You can <a href=#timetable>jump to the timetable</a> \
         at the end.</p><p id=timetable>{p}</p>\
         <div class=back-to-top-btn><div>Back To Top</div></div></article></body></html>",
        p = para.repeat(3)
    );
    let article = extract_at(&html, "https://ferry.example/island");
    assert!(!article.text_content.contains("Skip to main content"));
    // A link back to the page's head, and the same control drawn as text.
    assert!(
        !article.text_content.to_lowercase().contains("back to top"),
        "{}",
        article.text_content
    );
    assert!(article
        .text_content
        .contains("You can jump to the timetable at the end."));
}

#[test]
fn a_chapters_contents_in_a_description_list_stays_as_in_a_bulleted_one() {
    // DocBook's chapter pages (PostgreSQL's manual among them) list their
    // sections as a <dl> of links to the pages that hold them. (As long as
    // a chapter's: a short box named `toc` goes, as a call to act would.)
    let intro = "Indexes are a common way to enhance database performance. An index \
                 allows the database server to find and retrieve specific rows much \
                 faster than it could do without an index, but indexes also add \
                 overhead to the database system as a whole, so they should be used \
                 sensibly.";
    let sections = [
        "11.1. Introduction",
        "11.2. Index Types",
        "11.2.1. B-Tree",
        "11.2.2. Hash",
        "11.3. Multicolumn Indexes",
        "11.4. Indexes and ORDER BY",
        "11.5. Combining Multiple Indexes",
        "11.6. Unique Indexes",
        "11.7. Indexes on Expressions",
        "11.8. Partial Indexes",
        "11.9. Index-Only Scans and Covering Indexes",
        "11.10. Operator Classes and Operator Families",
    ];
    let entry = |i: usize| format!("<a href=indexes-{i}.html>{}</a>", sections[i]);
    let entries = |tag: &str, range: std::ops::Range<usize>| -> String {
        range
            .map(|i| format!("<{tag}>{}</{tag}>", entry(i)))
            .collect()
    };
    let description_list = format!(
        "<dl class=toc>{}<dd><dl>{}</dl></dd>{}</dl>",
        entries("dt", 0..2),
        entries("dt", 2..4),
        entries("dt", 4..sections.len())
    );
    let bulleted_list = format!(
        "<ul class=toc>{}<li><ul>{}</ul></li>{}</ul>",
        entries("li", 0..2),
        entries("li", 2..4),
        entries("li", 4..sections.len())
    );
    for list in [description_list, bulleted_list] {
        let body = format!(
            "<div class=chapter><h2>Chapter 11. Indexes</h2>\
             <div class=toc><p><strong>Table of Contents</strong></p>{list}</div>\
             <p>{intro}</p><p>{intro}</p><p>{intro}</p></div>"
        );
        let text = extract(&article_page("Chapter 11. Indexes", &body), None).text_content;
        let mut expected = sections.to_vec();
        expected.push("Indexes are a common way");
        assert_in_order(&text, &expected, &list);
    }
}

#[test]
fn a_bar_of_links_goes_and_links_in_sentences_or_lists_stay() {
    let para = "The catalogue lists every hardware maker's book the library \
                holds, from hinges and locks to files and rasps. ";
    let stays = [
        "Read <a href=/a>the first list</a> and <a href=/b>the second</a>, or \
         <a href=/c>the third</a>.",
        "<a href=/h>Hinges</a> <a href=/l>Locks</a> <a href=/f>Files</a>",
        "Sizes: <a href=/s>S</a> | <a href=/m>M</a> | <a href=/l>L</a>",
    ];
    let body = format!(
        "<p>{p}</p><p>{}</p><p>{p}</p><p>{}</p><p>{p}</p><p>{}</p><p>{p}</p>\
         <h3><a href=/recent>Past 30 Days</a> | <a href=/reviews>Reviews</a> | \
         <a href=/rss>RSS Feed</a></h3>\
         <p style=text-align:center><a href=/>Home</a> -- <a href=/search>Search</a> \
         -- <a href=/new>New Listings</a> -- <a href=/authors>Authors</a></p>\
         <div><span class=links><a href=/faq>FAQ</a> \u{b7} <a href=/api>API</a> \
         \u{b7} <a href=/legal>Legal</a></span></div>",
        stays[0],
        stays[1],
        stays[2],
        p = para.repeat(2)
    );
    let text = extract(&article_page("Hardware catalogues", &body), None).text_content;
    assert_absent(
        &text,
        &["Past 30 Days", "New Listings", "Legal"],
        "bars of links",
    );
    for kept in ["the first list", "Hinges Locks Files", "Sizes: S | M | L"] {
        assert!(norm(&text).contains(kept), "{kept:?} in {text}");
    }
}

#[test]
fn permalink_signs_beside_headings_go_and_links_to_places_stay() {
    let para = "The tokenizer reads the input once, from the first byte to the \
                last, and hands each token to the tree builder as it goes. ";
    let body = format!(
        "<p>{p}</p>\
         <h2 id=tokens>Tokens<a class=headerlink href=#tokens title='Permalink'>\u{b6}</a></h2>\
         <p>{p}</p>\
         <h2 id=tree><a class=anchor href=#tree>#</a>The tree</h2>\
         <p>{p} See <a href=#tokens>Tokens</a> and note<sup><a href=#n1>1</a></sup>.</p>\
         <dl><dt id=api-feed>feed(bytes)<a class=headerlink href=#api-feed>\u{a7}</a></dt>\
         <dd>Hands the next bytes of the page to the tokenizer, which may \
         hold back a few that end in the middle of a character.</dd></dl>\
         <h3 id=docs>Docs<a class=hash-link href=#docs aria-label='Direct link'>\u{200b}</a></h3>\
         <section id=variant.Err><a class=anchor href=#variant.Err>\u{a7}</a><h3>Err(E)</h3>\
         <p>Contains the error value, which says what went wrong and where.</p></section>\
         <p>{p}</p><ol><li id=n1>A note. <a href=#tokens>\u{21a9}</a></li></ol>\
         <h2><a id=STATUS href=#STATUS></a>Exit status &nbsp; &nbsp; \
         <a href=#top_of_page><span class=top-link>top</span></a></h2>\
         <p>{p} The usage line is at the <a href=#tokens>top</a> of the page.</p>\
         <figure id=img-3><a href=#img-3 class=lightbox><picture>\
         <img src='https://example.com/tree.jpg' alt='A parse tree'></picture></a>\
         <figcaption>The tree of this page.</figcaption></figure><p>{p}</p>\
         <section id=errors><h2 id=errors-heading><a href=#errors-heading>Errors</a></h2>\
         <p>Each error names the byte where the tokenizer stopped.</p></section>",
        p = para.repeat(2)
    );
    let article = extract(&article_page("How the parser works", &body), None);
    // A picture linked to its own figure is the figure's, not a sign.
    assert!(
        article.content.contains("https://example.com/tree.jpg"),
        "{}",
        article.content
    );
    // A heading's link back to the page's top (man7.org's) goes; a word
    // of a sentence linked to a place stays.
    assert!(
        article.content.contains("<h2>Exit status")
            && !article.content.contains("<span>top</span>"),
        "{}",
        article.content
    );
    assert!(article.text_content.contains("at the top of the page"));
    for sign in ["\u{b6}", "\u{a7}", "#", "\u{200b}"] {
        assert!(
            !article.text_content.contains(sign),
            "{sign:?} in {}",
            article.content
        );
    }
    for heading in [
        "<h2 id=\"lucid-tokens\">Tokens</h2>",
        "<h2>The tree</h2>",
        "<dt>feed(bytes)</dt><dd>Hands the next bytes",
        "<h3>Docs</h3>",
        "<h3>Err(E)</h3>",
        // A heading's words linked to the heading (MDN's): no link.
        "<h2>Errors</h2><p>Each error names",
    ] {
        assert!(
            article.content.contains(heading),
            "{heading} in {}",
            article.content
        );
    }
    // Links to places that say where they go, and a note's way back, stay.
    assert!(article
        .content
        .contains("<a href=\"#lucid-tokens\">Tokens</a>"));
    assert!(article.content.contains("<a href=\"#lucid-n1\">1</a>"));
    assert!(article
        .content
        .contains("<a href=\"#lucid-tokens\">\u{21a9}</a>"));
}

#[test]
fn an_icon_fonts_glyph_goes_and_an_icons_words_stay() {
    let body = "<p>The ferry to the island runs twice a day in summer, and once on \
         Sundays; the timetable changes with the tides in spring and autumn.</p>\
         <div class=blurb><span class='et-pb-icon et_pb_animation_top'>Z</span>\
         <h4>Day tickets</h4><p>A day ticket takes you there and back on the same \
         day, on any crossing, and is sold at the harbour office and on board.</p></div>\
         <div class=blurb><span class=et-pb-icon>Z</span>\
         <h4>Season tickets</h4><p>A season ticket covers every crossing from April \
         to October, for one named traveller and a bicycle.</p></div>\
         <p>Return fare, $30.00 <i class='glyphicon glyphicon-info'>i</i> in cash \
         <span class=icon>\u{e80b}</span>or by card.</p>\
         <ul><li><span class=icon>HR</span> Harbour office</li>\
         <li>Refunds <span class=material-icons>check</span></li></ul>";
    let article = extract(&article_page("Ferry tickets", body), None);
    let text = norm(&article.text_content);
    for glyph in ["Z", " i ", "\u{e80b}"] {
        assert!(!text.contains(glyph), "{glyph:?} in {text}");
    }
    assert!(text.contains("$30.00 in cash or by card"), "{text}");
    // Two letters or more are words (a badge's "HR"), and a ligature's
    // name says what its picture showed.
    for words in [
        "HR Harbour office",
        "Refunds check",
        "Day tickets",
        "Season tickets",
    ] {
        assert!(text.contains(words), "{words:?} in {text}");
    }
}

#[test]
fn a_picture_given_by_its_sources_shows_without_its_zoom_controls_words() {
    // Medium's picture: its <img> has no src, its <source>s give the
    // picture; the button around it opens it larger, and says so.
    let medium = "<figure><div role=button tabindex=0><span class=speechify-ignore>\
         Press enter or click to view image in full size</span><div><picture>\
         <source srcSet='https://miro.medium.com/harbour.webp 640w' type=image/webp>\
         <source srcSet='https://miro.medium.com/harbour.png 640w'>\
         <img alt='The harbour at low tide' width=700 height=466 role=presentation>\
         </picture></div></div><figcaption>The slipway at low tide</figcaption></figure>";
    let para = FERRY_PARAGRAPH;
    let body = format!(
        "<p>{para}</p><p>{para}</p>{medium}<p>{para}</p>\
         <picture><img alt='A picture with nothing to show'></picture>\
         <div class=faq><div role=button><p>Can I take a bicycle on board?</p>\
         <img src=/chevron.svg alt=Open width=24 height=24></div>\
         <div><p>Yes, for a small fare, on every crossing but the last one of the day.</p></div></div>\
         <p>{para}</p>"
    );
    let article = extract(&article_page("Ferry tickets", &body), None);
    assert!(
        article.content.contains("<picture><source srcset=\"https://miro.medium.com/harbour.webp 640w\" type=\"image/webp\"><source srcset=\"https://miro.medium.com/harbour.png 640w\"><img alt=\"The harbour at low tide\" width=\"700\" height=\"466\"></picture>"),
        "{}",
        article.content
    );
    assert!(
        !article.content.contains("nothing to show"),
        "a picture without a source: {}",
        article.content
    );
    let text = norm(&article.text_content);
    assert!(!text.contains("Press enter"), "{text}");
    // A caption is the article's; so is an accordion's question, in a
    // button beside its chevron.
    for words in ["The slipway at low tide", "Can I take a bicycle on board?"] {
        assert!(text.contains(words), "{words:?} in {text}");
    }
}

#[test]
fn links_that_are_buttons_or_skip_links_go_where_they_stand_alone() {
    let para = "The ferry to the island runs twice a day in summer, and once on \
                Sundays, from the slipway below the old customs house. ";
    let html = format!(
        "<html><head><title>The island ferry</title></head><body><main>\
         <a href=#content>Skip to main content</a><div id=content>\
         <h1>The island ferry</h1><p>{p}</p>\
         <div class=cta><a class=button href=/book>Book now →</a></div>\
         <p>{p} You can <a href=/timetable>read more</a> in the timetable.</p>\
         <p><a href=/signup>Sign up!</a></p><p>{p}</p>\
         <p><a href=https://shop.example/ferry-hat>Check price on Shop</a></p>\
         <p><a href=#content>Back to top ↑</a></p>\
         <p><a class='btn btn-lg' href=/poster>Get the poster</a></p>\
         <nav><a href=/routes><img src=/arrow.svg alt='All routes'> <span>Back</span></a></nav>\
         <p><a href=/routes>← Back to all routes</a></p>\
         <p><a href=/forum/ferries>Return to “Ferries and boats”</a></p>\
         <p>{p} The <a class=button href=/map>harbour map</a> shows the slipway.</p>\
         </div></main></body></html>",
        p = para.repeat(3)
    );
    let article = extract_at(&html, "https://ferry.example/island");
    assert_absent(
        &article.text_content,
        &[
            "Skip to main content",
            "Book now",
            "Sign up",
            "Check price",
            "Back to top",
            "Get the poster",
            "Back",
            "all routes",
            "Ferries and boats",
        ],
        "buttons",
    );
    assert!(article
        .text_content
        .contains("You can read more in the timetable."));
    assert!(article
        .text_content
        .contains("The harbour map shows the slipway."));
    assert_eq!(
        article
            .text_content
            .matches("The ferry to the island")
            .count(),
        12
    );
}

#[test]
fn a_call_to_act_in_a_card_of_its_own_after_the_article_goes_with_its_button() {
    let para = "The ferry to the island runs twice a day in summer, and once on \
                Sundays, from the slipway below the old customs house. ";
    let page = |tail: &str| {
        format!(
            "<html><head><title>The island ferry</title></head><body><main><div id=content>\
             <h1>The island ferry</h1><p>{p}</p>\
             <div class=card><p>Tickets from the kiosk</p><p>Open at seven, by the slipway, on board, or online.</p>\
             <a class=btn href=/kiosk>Find the kiosk</a></div>\
             <p>{p}</p><p>{p}</p>{tail}</div></main></body></html>",
            p = para.repeat(3)
        )
    };
    // After the last words, a line or two and a button: the page asking
    // the reader to act.
    let ask = "<div class=notice><p>Start planning your trip</p>\
               <p>Find the crossing that suits you by asking.</p>\
               <a class=btn href=/ask>Ask us</a></div>";
    let article = extract_at(&page(ask), "https://ferry.example/island");
    assert_absent(
        &article.text_content,
        &[
            "Start planning",
            "Find the crossing",
            "Ask us",
            "Find the kiosk",
        ],
        "the call to act",
    );
    // A card among the paragraphs is the article's, less its button.
    assert!(article.text_content.contains("Tickets from the kiosk"));
    assert!(article
        .text_content
        .contains("Open at seven, by the slipway, on board, or online."));
    assert_eq!(
        article
            .text_content
            .matches("The ferry to the island")
            .count(),
        9
    );

    // The last of a series of cards ends the content too, and is one of
    // the page's items.
    let stops = "<div class=stop><h3>Harbour</h3>\
                 <p>Ferries at nine, at noon, and at five, all year.</p>\
                 <a class=btn href=/harbour>Timetable</a></div>\
                 <div class=stop><h3>Lighthouse</h3>\
                 <p>Ferries at ten, at one, and at six, in summer.</p>\
                 <a class=btn href=/lighthouse>Timetable</a></div>";
    let article = extract_at(&page(stops), "https://ferry.example/island");
    for stop in [
        "Harbour",
        "Ferries at nine, at noon, and at five, all year.",
        "Lighthouse",
        "Ferries at ten, at one, and at six, in summer.",
    ] {
        assert!(article.text_content.contains(stop), "{stop} is missing");
    }
}

#[test]
fn a_header_with_a_heading_and_prose_is_content_and_a_site_header_is_not() {
    let para = "Quality engineering starts before the first test is written: with \
                the questions a release must answer, and who answers them. ";
    let html = format!(
        "<html><head><title>Quality engineering</title></head><body>\
         <div class=site-header><a href=/>Home</a> <a href=/about>About us</a>\
         <p>Software, tested.</p></div>\
         <section class=header-wrapper><h2>Quality engineering for modern releases</h2>\
         <p>{p}</p><p>{p}</p><p>{p}</p><p>{p}</p></section>\
         <div class=offices><p>{o}</p><p>{o}</p></div>\
         <footer><a href=/jobs>Jobs</a></footer></body></html>",
        p = para.repeat(2),
        o = "Our offices are in Leeds, Porto and Pune, and open from nine to six, \
             local time, every working day of the year. "
            .repeat(3)
    );
    let article = extract_at(&html, "https://qe.example/services/quality");
    assert!(article.readerable);
    assert_eq!(
        article
            .text_content
            .matches("Quality engineering starts")
            .count(),
        8
    );
    assert_absent(
        &article.text_content,
        &["Software, tested.", "About us"],
        "site header",
    );
}

#[test]
fn a_sections_header_with_its_heading_and_prose_is_content() {
    // A buying guide's parts are `component-header`s over their text: a
    // heading of any level and the paragraph that opens the part.
    let opening = "A hybrid blends a gas engine with a small battery that it charges \
                   itself, while a plug-in hybrid adds a larger battery you charge at home.";
    let body = "Each kind suits a different driver, and the difference shows in what \
                you pay for fuel, how far you go on a charge, and how you refuel. "
        .repeat(3);
    let html = format!(
        "<html><head><title>Hybrids, plug-ins and EVs</title></head><body>\
         <div class=site-header><a href=/>Home</a> <a href=/cars>Cars</a></div>\
         <article><div class=guide-component-header><h3>What is the difference?</h3>\
         <p>{opening}</p></div><p>{body}</p><p>{body}</p><p>{body}</p></article></body></html>"
    );
    let article = extract_at(&html, "https://cars.example/guides/hybrids");
    assert!(
        article
            .text_content
            .contains("A hybrid blends a gas engine"),
        "{}",
        article.text_content
    );
    assert_absent(&article.text_content, &["Cars"], "site header");
}

#[test]
fn a_header_that_runs_on_in_prose_is_the_articles_introduction() {
    // A listicle's `listicle-header` holds its introduction, paragraphs in
    // a row under no heading; a services page's `big-header` of cards holds
    // one paragraph in each card, and goes.
    let intro = "So you have decided to give your home a refresh, but where to begin? \
                 Between paint swatches and furniture, the choices never seem to end. ";
    let item = "The first service pairs you with a designer who sends a plan, a floor \
                layout and a shopping list within two weeks of your first call. "
        .repeat(2);
    let card = "Our funnel-driven approach connects with customers from research to \
                conversion, tracked to your goals and backed by the data we gather.";
    let html = format!(
        "<html><head><title>The best online design services</title></head><body>\
         <article><section class=listicle-header><div class=intro>\
         <p>{intro}</p><p>{intro}</p></div></section>\
         <h2>1. Havenly</h2><p>{item}</p><h2>2. Decorist</h2><p>{item}</p>\
         <h2>3. Modsy</h2><p>{item}</p></article>\
         <div class=big-header><div class=card><a href=/seo>SEO</a><p>{card}</p></div>\
         <div class=card><a href=/ppc>Paid media</a><p>{card}</p></div></div>\
         </body></html>"
    );
    let article = extract_at(&html, "https://decor.example/design/online-services");
    assert_eq!(
        article.text_content.matches("where to begin").count(),
        2,
        "{}",
        article.text_content
    );
    assert_absent(&article.text_content, &["funnel-driven"], "cards' header");
}

#[test]
fn an_accordions_item_headers_keep_their_questions() {
    // Webflow's FAQ items and Bootstrap-style accordions name each item's
    // header "…-header": its question, or the name of the part it unfolds.
    // Read as a site's header, the question went and its answer stayed,
    // answering nothing. A header that asks a question over its answer,
    // whatever its class says, is the same.
    let answer = |what: &str| {
        format!(
            "<div class=faq-answer><p>{what} It depends on the team's size, where              it works from and how long the project runs, and a fixed-price              contract moves the risk of a long project to the firm.</p></div>"
        )
    };
    let html = article_page(
        "What software costs",
        &format!(
            "<p>Software is priced by the hour, by the project or by the team, and              each model suits a different kind of work and a different budget.</p>             <p>Hourly rates run from fifty dollars for a freelancer to several              hundred for a large consultancy, for reasons this guide explains.</p>             <div class=blog-faq_item><div class=blog-faq_item-header role=button>             <h3>How much does an hour cost?</h3></div>{}</div>             <div class=blog-faq_item><div class=blog-faq_item-header role=button>             <h3>Who owns the code?</h3></div>{}</div>             <div class=item><div class=card-header>Is a fixed price cheaper?</div>{}</div>",
            answer("Rates vary."),
            answer("You do, by contract."),
            answer("Not always.")
        ),
    );
    let article = extract_at(&html, "https://dev.example/blog/software-cost");
    assert_in_order(
        &article.text_content,
        &[
            "How much does an hour cost?",
            "Rates vary.",
            "Who owns the code?",
            "You do, by contract.",
            "Is a fixed price cheaper?",
            "Not always.",
        ],
        "questions with their answers",
    );
}

#[test]
fn a_heading_named_for_its_own_words_stays_and_a_hidden_one_goes() {
    // Editors and table-of-contents plugins give each heading an anchor
    // spelled from its words: "Reading the meta-analysis" is
    // `id="reading-the-meta-analysis"`, and "meta" is one of the words that
    // name clutter (Readability's negative words). That name says what the
    // heading says. A heading named hidden is for screen readers alone.
    let (first, rest) = DEMO_PARAGRAPHS.split_at(4);
    let html = article_page(
        DEMO_HEADLINE,
        &format!(
            "{}<h2 id=reading-the-meta-analysis>Reading the meta-analysis</h2>{}\
             <h2 class=visually-hidden>Site search navigation</h2>",
            paragraphs(first),
            paragraphs(rest)
        ),
    );
    let text = extract_at(&html, DEMO_URL).text_content;
    assert_in_order(
        &text,
        &[first[3], "Reading the meta-analysis", rest[0]],
        "headings",
    );
    assert_absent(&text, &["Site search navigation"], "hidden heading");
}

#[test]
fn headings_named_as_headers_are_the_articles_headings() {
    // rustdoc's signatures are `<h4 class=code-header>`; many themes name
    // section headings `section-header`, and utility classes hold any word
    // (`leading-extra-tight`). "header" or "extra" makes a container an
    // unlikely candidate (a site's header, an extra's box), never a
    // heading.
    let method = |name: &str, what: &str| {
        format!(
            "<section class=method><h4 class=code-header>pub fn {name}(&amp;self) -&gt; bool</h4>\
             <div class=docblock><p>Returns true if the result is {what}. It looks at \
             the variant only, never at the value inside, and costs nothing: the \
             compiler turns it into a single comparison of the tag.</p></div></section>"
        )
    };
    let html = article_page(
        "Enum Result",
        &format!(
            "<p>Result is a type that represents either success or failure, and is \
             returned by every operation that can fail in the standard library.</p>\
             <h2 class=section-header>Implementations</h2>{}{}{}{}\
             <h2 class='font-bold leading-extra-tight'>Trait Implementations</h2>{}",
            method("is_ok", "Ok"),
            method("is_err", "Err"),
            method("is_ok_and", "Ok with a value that matches"),
            method("is_err_and", "Err with an error that matches"),
            method("clone", "a copy")
        ),
    );
    let article = extract_at(&html, "https://docs.example/std/result/enum.Result.html");
    assert_in_order(
        &article.text_content,
        &[
            "Implementations",
            "pub fn is_ok(&self) -> bool",
            "Returns true if the result is Ok.",
            "pub fn is_err(&self) -> bool",
            "Trait Implementations",
            "pub fn clone(&self) -> bool",
        ],
        "signatures",
    );
}

#[test]
fn the_standfirst_beside_the_title_before_the_body_is_kept() {
    // A reference page's layout: the head (title, standfirst), a table of
    // contents, then the body in sections. The body wins the scoring; the
    // head, holding the title, comes with it.
    let section = |n: usize| {
        format!(
            "<section><h2>Part {n}</h2><p>A function declaration binds a name to a \
             function, and the binding is hoisted: the function can be called \
             above it, in the same scope, before the line that declares it runs.</p>\
             <p>Parameters are passed by value, though an object passed is a \
             reference, and changing its properties is seen by the caller.</p>\
             <p>A function expression can be anonymous, or named for its own \
             recursion, and is not hoisted: it exists once its line has run.</p>\
             <p>Arrow functions have no `this` of their own, take the one around \
             them, and cannot be called with `new`, unlike the others.</p></section>"
        )
    };
    let html = format!(
        "<html><head><title>Functions</title></head><body><main>\
         <div class=page-header><h1>Functions</h1><section><p>Functions are one of \
         the building blocks of the language: a set of statements that performs a \
         task or computes a value, given some input, returning an output.</p>\
         </section></div><aside class=toc><a href=#p1>Part 1</a> <a href=#p2>Part 2</a>\
         </aside><div class=page-body>{}</div></main></body></html>",
        (1..=8).map(section).collect::<String>()
    );
    let article = extract_at(&html, "https://docs.example/functions");
    assert_in_order(
        &article.text_content,
        &[
            "Functions are one of the building blocks",
            "A function declaration binds",
        ],
        "standfirst, then body",
    );
}

/// The article of a paragraph (`para`, three times over), then `between`,
/// the paragraph again, then `after`: the place of clutter, or of a block
/// under test, in a page.
fn article_around(title: &str, para: &str, between: &str, after: &str) -> Article {
    let html = article_page(
        title,
        &format!("<p>{p}</p>{between}<p>{p}</p>{after}", p = para.repeat(3)),
    );
    extract_at(&html, "https://news.example/story")
}

/// The text of [`article_around`].
fn text_around(title: &str, para: &str, between: &str, after: &str) -> String {
    article_around(title, para, between, after).text_content
}

#[test]
fn a_filled_recommendation_widget_goes() {
    // What Outbrain's and Taboola's scripts write into their boxes on a
    // live page: cards of sponsored stories, each with a line of teaser.
    let widget = |id: &str| {
        format!(
            "<div id={id}><div class=trc_rbox_header>Promoted Stories</div>\
             <div class=trc_rbox_container><div class=videoCube><a href=https://ads.example/1>\
             <span class=video-title>Doctors stunned by this simple morning habit, which \
             takes only two minutes a day and costs nothing at all</span>\
             <span class=branding>Health Digest</span></a></div></div></div>"
        )
    };
    for id in ["taboola-below-article-thumbnails", "outbrain_widget_0"] {
        let text = text_around(
            "Council reopens the baths",
            "Councillors have voted to reopen the Victorian swimming baths on \
             Mill Lane after a decade of campaigning by local swimmers. ",
            "",
            &widget(id),
        );
        assert_absent(
            &text,
            &["Promoted Stories", "Doctors stunned", "Health Digest"],
            id,
        );
        assert!(text.contains("Victorian swimming baths"), "{text}");
    }
}

#[test]
fn a_series_of_teasers_cut_off_mid_sentence_goes_but_a_list_that_says_and_so_on_stays() {
    let teaser = |title: &str, start: &str| {
        format!(
            "<div class=card><p class=category>Front Page</p>\
             <h3><a href=/{n}>{title}</a></h3><p>December 19, 2025</p>\
             <div class=excerpt>{start}...</div></div>",
            n = title.len()
        )
    };
    let text = text_around(
        "Council reopens the baths",
        "Councillors have voted to reopen the Victorian swimming baths on \
         Mill Lane after a decade of campaigning by local swimmers. ",
        "<p>Contents of this week's edition:</p><ul><li>Security: package \
         downloads; openssl, python-django ...</li><li>Distributions: \
         Debian, Fedora, ...</li><li>Development: GlusterFS, LibreOffice \
         Online, ...</li></ul><blockquote><p>\"I thought the water was warmer \
         then...</p><p>\"Warmer, or only closer to the sun...</p><p>\"Only \
         that we were younger, and the summers longer...</p></blockquote>",
        &format!(
            "<div class=more>{}{}{}</div>",
            teaser(
                "Hampers for 1,500 families",
                "THE SALVATION ARMY continued its long-standing tradition of \
                 community outreach with the distribution of 1,500 hampers on Tuesday, December 1"
            ),
            teaser(
                "Clerk called out of retirement",
                "NICOLE HERBERT, who served as Clerk of the House for 25 years, \
                 has been called out of retirement. A notice dated Decembe"
            ),
            teaser(
                "Festival launched with a parade",
                "THE national Christmas festival was launched on Sunday with a \
                 colourful parade through the streets of Kingst"
            ),
        ),
    );
    assert_in_order(
        &text,
        &[
            "Councillors have voted to reopen",
            "Security: package downloads; openssl, python-django ...",
            "Distributions: Debian, Fedora, ...",
            "Development: GlusterFS, LibreOffice Online, ...",
            "I thought the water was warmer then...",
            "and the summers longer...",
        ],
        "teasers",
    );
    assert_absent(
        &text,
        &["SALVATION ARMY", "NICOLE HERBERT", "colourful parade"],
        "teasers",
    );
}

#[test]
fn words_a_stylesheet_set_apart_do_not_run_together_in_the_view() {
    let text = text_around(
        "Our picks",
        "We climbed in each of these shoes for a month, indoors and on the \
         granite at the coast, and these are the ones we would buy again. ",
        "<ul><li><a href=/aragon><span class=brand>La Sportiva</span>\
         <span class=name>Aragon Climbing Shoes</span></a></li>\
         <li><a href=/veloce><span class=brand>Scarpa</span>\
         <span class=name>Veloce</span></a></li></ul>\
         <p><span class=name><!--F#1--><span>Publisher</span><!--F/--></span>\
         <!--F#2--><span class=value><!--F#3--><span>Houghton Mifflin</span></span></p>\
         <blockquote><p>The best shoe for beginners.</p><cite>\
         <span class=name>Vanessa Williamson</span><span class=role>STUDENT</span>\
         </cite></blockquote>",
        "<p>Our script calls <code><span>add</span><span>Todo</span></code> \
         and the shop styles its name in two halves: <b>Mar</b><b>ch</b> \
         <span>NASA</span><span>Ames</span>.</p>",
    );
    for words in [
        "La Sportiva Aragon Climbing Shoes",
        "Scarpa Veloce",
        // A template's markers between the words do not keep them apart.
        "Publisher Houghton Mifflin",
        "Vanessa Williamson STUDENT",
        // Code as written; a word drawn in two styles stays one word.
        "addTodo",
        "March NASAAmes.",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
}

#[test]
fn words_written_twice_for_the_stylesheet_to_pick_one_show_once() {
    let text = text_around(
        "Our picks",
        "We climbed in each of these shoes for a month, indoors and on the \
         granite at the coast, and these are the ones we would buy again. ",
        "<ul><li><span class='badge md:hidden'>NEW</span>\
         <span class='badge hidden md:block'>NEW</span> Aragon Climbing Shoes \
         <span class=price>EUR 155.00<span class=clipped>EUR 155.00</span></span></li>\
         <li>Veloce <time class=date>Jan 5, 2026</time>\
         <time class=date-mobile>Jan 5, 2026</time></li></ul>",
        "<p>They said it was <em>very</em> <em>good</em>, and it was. Our \
         script calls <code><span>tick</span><span>tick</span>()</code> to \
         check.</p>",
    );
    for words in [
        "NEW Aragon Climbing Shoes EUR 155.00",
        "Veloce Jan 5, 2026",
        "very good",
        // Code as written.
        "ticktick()",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
    for twice in ["NEWNEW", "155.00EUR", "2026 Jan"] {
        assert!(!text.contains(twice), "{twice}: {text}");
    }
}

#[test]
fn a_sites_affiliate_disclosure_goes_and_prose_about_affiliates_stays() {
    let text = text_around(
        "The best trail shoes",
        "We ran two hundred miles in each pair, on mud, scree and the tarmac \
         between trailheads, and these are the ones we would buy again. ",
        "<p><em>Disclosure: this post contains affiliate links. If you buy \
         through them, we may earn a small commission.</em></p>",
        "<p>Some brands pay running clubs through affiliate programs, and we \
         asked each of them whether that changes which shoes their coaches \
         recommend to beginners; none would say.</p>",
    );
    assert!(!text.contains("Disclosure"), "{text}");
    assert!(text.contains("through affiliate programs"), "{text}");
}

#[test]
fn the_pages_reading_time_goes_as_the_view_gives_its_own() {
    let text = text_around(
        "Mocking in Go",
        "Browsing the subreddit, you might get the impression that mock is a \
         dirty word, and that the tests worth writing need none at all. ",
        "<div class=meta><span>Dec 30, 2013</span></div><div class=meta>6 min read</div>",
        "<p>The whole series is a 40 minute read, in five parts.</p>",
    );
    assert!(!text.contains("6 min read"), "{text}");
    assert!(text.contains("a 40 minute read, in five parts"), "{text}");
}

#[test]
fn a_forms_terms_go_with_it_and_instructions_stay() {
    let text = text_around(
        "A laptop deal",
        "The laptop is three years old but has a new battery, and at this \
         price it is the cheapest way into the line we have seen this year. ",
        "<section><p>Deals by text</p><form><input type=tel>\
         <button>Sign me up</button></form><p>By signing up, you agree to receive \
         recurring automated marketing messages at the number provided. Msg and \
         data rates may apply. Reply STOP to opt out.</p></section>",
        "<p>By clicking the battery icon twice you see how many cycles it has \
         run, which is the first thing to check.</p>",
    );
    assert_absent(&text, &["you agree to receive", "Reply STOP"], "form terms");
    assert!(text.contains("By clicking the battery icon twice"));
}

#[test]
fn what_a_script_tells_a_screen_reader_goes_and_a_long_status_box_stays() {
    let update = "The harbour master reports that the north pier is open again after \
                  the storm, that the ferries run to the winter timetable, and that \
                  the fuel berth takes cards only until the new till is fitted. \
                  Boats waiting outside may come in from four o'clock, one at a time.";
    let text = text_around(
        "Island ferries",
        "The ferry timetable changes with the tides, so check it the evening \
         before; the first boat leaves at six and the last at nine. ",
        "<div role=status>Loaded 24 results</div>\
         <div role=status><span>Regular price</span> <span>$39.99</span></div>",
        &format!("<div role=status><p>{update}</p></div>"),
    );
    assert_absent(&text, &["Loaded 24", "Regular price"], "status lines");
    assert!(text.contains("the north pier is open again"), "{text}");
}

#[test]
fn a_separator_left_alone_in_its_line_goes_and_one_between_words_stays() {
    // A bar, a dot or a dash in a block of its own separates what stood
    // beside it (two links of a card, a comment's parts); alone, it
    // separates nothing.
    let html = article_page(
        "Night trains",
        &format!(
            "<p>{}</p><div><div><a href=/a>Timetable</a></div><div>|</div><div>\
             <a href=/b>Fares</a></div></div><p>\u{2022}</p><div>\u{2013}</div>\
             <div><span>\u{b7}</span></div><p>Sleepers board first | seats after them, \
             at every station.</p>",
            "The sleeper leaves at ten and wakes you at seven, with a tray of coffee, \
             bread and jam, an hour before the border. "
                .repeat(4)
        ),
    );
    let content = extract_at(&html, "https://trains.example/night").content;
    for separator in ["|", "\u{2022}", "\u{2013}", "\u{b7}"] {
        assert!(
            !content.contains(&format!(">{separator}<")),
            "{separator:?} in {content}"
        );
    }
    assert!(
        content.contains("Sleepers board first | seats"),
        "{content}"
    );
}

#[test]
fn tex_that_typesets_nothing_goes_and_tex_in_a_sentence_stays() {
    // Stack Exchange's math sites open and close each post with TeX that
    // MathJax prints as nothing: shown as text, it is code the reader
    // never saw on the page.
    let html = article_page(
        "Why does the bridge sway?",
        &format!(
            "<div class=post><span class=d-none>$\\begingroup$</span><p>{}</p>\
             <p>Group the terms with $\\begingroup$ and close them again.</p>\
             <span class=d-none>\\$\\endgroup\\$</span></div>",
            "The deck sways when the wind's gusts come at the rate it swings at, and \
             each push adds to the last until the motion is plain to see. "
                .repeat(4)
        ),
    );
    let text = extract_at(&html, "https://physics.example/q/1").text_content;
    assert_eq!(
        text.matches("begingroup").count(),
        1,
        "the sentence's only: {text}"
    );
    assert!(!text.contains("endgroup"), "{text}");
    assert!(
        text.contains("Group the terms with $\\begingroup$ and close them"),
        "{text}"
    );
}

#[test]
fn stand_ins_go_and_sentences_and_tables_about_them_stay() {
    // What stands where a script was to put something: content still
    // loading, an ad slot's markers (as between the paragraphs of
    // ../shared/seed's page), controls drawn as text; and a prompt to log
    // in, which the view has no use for.
    let text = text_around(
        "Island ferries",
        "The ferry timetable changes with the tides, so check it the evening \
         before; the first boat leaves at six and the last at nine. ",
        "<div class=carousel><span>Loading...</span></div>\
         <p>ADVERTISEMENT</p><div><span>Sponsored</span></div>\
         <div class=slot><p>Story continues below advertisement</p></div>\
         <div><div>Add to cart</div></div><p>Sort by:</p><p>Sort: Price, low to high</p>\
         <div><h4>Be the first to comment</h4></div>\
         <div class=error>{{ DiscussionBoard.errors[11793116].message }}</div>\
         <div><span>You must log in or register to reply here.</span></div>\
         <dl><dd><span>Registered: 2024-01-27</span></dd><dd>Reaction score: 1,234</dd>\
         <dd><span>From: Oslo</span></dd></dl>\
         <div>Posts: 116<br>Threads: 23<br>Joined: Feb 2019<br>\
         Reputation: <a href=/rep><strong>7</strong></a></div>\
         <div><div>Join Date: Aug 2008</div><div>Location: <b>SIN</b></div>\
         <div>Posts: <b>1,077</b></div></div>\
         <table><tr><td><div>Join Date: Jun 2024</div><div>Location: Bergen</div></td>\
         <td><p>The late boat waits for the last train, most nights.</p></td></tr></table>\
         <div itemprop=upvoteCount data-value=67>\n67 </div>\
         <div><time>May 3, 2024, 11:39am</time> <span itemprop=position>4817</span></div>\
         <div><p>Tickets are sold on board and at the kiosk by the pier.</p><span>Load more</span></div>\
         <div>Bikes ride free on every crossing.<br><a href=#>Quick view</a><br>Dogs ride free too.</div>\
         <table><tr><td><p>Cars board first, then foot passengers.</p><span>Write a review</span></td>\
         <td>Deck 2</td></tr></table>\
         <div class=highlight><div class=copy-btn role=button>Copy</div><pre>ferry --next</pre></div>\
         <div><span>Open in app</span></div>",
        "<div class=reviews><p>Loading…</p></div>\
         <p>Tap <b>Compare</b> on the map to see both routes.</p>\
         <p>Loading the car takes ten minutes, and the crew directs it.</p>\
         <p>Advertisement revenue paid for the new pier.</p>\
         <p>Sort by size before you pack the car.</p><p>Location: the old pier</p>\
         <dl><dt><code>{{ ferry.name }}</code></dt><dd>Prints the ferry's name.</dd></dl>\
         <p>Registered: 2024-01-27, the day the ferry got its new name.</p>\
         <p>The notice drew <span itemprop=commentCount>12</span> replies by noon.</p>\
         <p itemprop=description>Twelve boats, one harbour.</p>\
         <p itemprop=interactionCount>40,000 crossings a year</p>\
         <div>Threads: 23<br>That is the count of ropes, each spun by hand.</div>\
         <table><tr><th>Route</th><th>Sponsored</th></tr>\
         <tr><td>North</td><td>No</td></tr><tr><td>Member</td><td>Yes</td></tr></table>",
    );
    assert_absent(
        &text,
        &[
            "Loading...",
            "Loading…",
            "ADVERTISEMENT",
            "Story continues below",
            "Add to cart",
            "Sort by:",
            "Sort: Price",
            "Be the first to comment",
            "DiscussionBoard",
            "log in or register",
            "Reaction score",
            "Posts: 116",
            "Joined: Feb",
            "Reputation",
            "Join Date",
            "Location: SIN",
            "Location: Bergen",
            "From: Oslo",
            "1,077",
            "67",
            "4817",
            "Load more",
            "Quick view",
            "Write a review",
            "Copy",
            "Open in app",
        ],
        "stand-ins",
    );
    // Each on a line of its own, beside the words that stay.
    for line in [
        "Tickets are sold on board",
        "Bikes ride free on every crossing.",
        "Dogs ride free too.",
        "Cars board first",
        "Tap Compare on the map",
    ] {
        assert!(norm(&text).contains(line), "{line}: {text}");
    }
    assert_eq!(
        text.matches("Sponsored").count(),
        1,
        "the table's only: {text}"
    );
    assert!(text.contains("May 3, 2024, 11:39am"), "{text}");
    assert!(text.contains("Loading the car takes ten minutes"));
    assert!(
        text.contains("The notice drew 12 replies by noon."),
        "{text}"
    );
    assert!(text.contains("Twelve boats, one harbour."), "{text}");
    assert!(text.contains("40,000 crossings a year"), "{text}");
    assert!(text.contains("Sort by size before you pack the car."));
    assert_eq!(
        text.matches("Registered:").count(),
        1,
        "the sentence's only: {text}"
    );
    assert!(text.contains("Registered: 2024-01-27, the day the ferry"));
    assert!(
        text.contains("Threads: 23That is the count of ropes"),
        "{text}"
    );
    assert!(text.contains("The late boat waits for the last train"));
    assert!(
        text.contains("Location: the old pier"),
        "not beside a figure: {text}"
    );
    assert!(text.contains("MemberYes"), "a table's title stays: {text}");
    assert!(
        text.contains("{{ ferry.name }}"),
        "a template in code: {text}"
    );
    assert!(text.contains("Advertisement revenue paid for the new pier."));
}

#[test]
fn a_table_of_contents_label_over_nothing_goes_and_a_real_table_stays() {
    let para = "The canal was dug by hand over eleven years, and its locks still \
                open with the same iron gears the first keepers turned. ";
    // The list a script was to build is not there: its label goes, over
    // nothing or over the article's next paragraph.
    let text = text_around(
        "The old canal",
        para,
        "<div><h2>Table of Contents</h2></div>",
        "<section><p>Updated in May</p><div><h3><span>Jump to ↓</span></h3></div></section>",
    );
    assert_absent(
        &text,
        &["Table of Contents", "Jump to"],
        "label over nothing",
    );
    assert!(text.contains("Updated in May"));
    // A table that is there stays with its label, and its links work.
    let article = article_around(
        "The old canal",
        para,
        "<nav class=contents><p>On this page:</p><ol><li><a href=#locks>Locks</a></li>\
         <li><a href=#keepers>Keepers</a></li><li><a href=#gears>Gears</a></li></ol></nav>",
        "<h2 id=locks>Locks</h2><p>Twelve of them.</p>",
    );
    assert_in_order(
        &article.text_content,
        &["On this page:", "Locks", "Keepers"],
        "table",
    );
    // A heading that only says it: a section of the article.
    let text = text_around(
        "The old canal",
        para,
        "",
        "<h2>Contents of the keeper's chest</h2><p>A lamp, a log book and keys.</p>",
    );
    assert!(text.contains("Contents of the keeper's chest"));
}

#[test]
fn a_forms_sent_and_failed_messages_go() {
    let para = "The library lends tools as well as books: drills, ladders, a \
                sewing machine, all for two weeks and free with a card. ";
    let html = article_page(
        "Tools to borrow",
        &format!(
            "<p>{p}</p><div class=w-form>\
             <form><input name=email><button>Ask</button></form>\
             <div class=w-form-done><div>Thank you! Your submission has been received!</div></div>\
             <div class=w-form-fail><div>Oops! Something went wrong.</div></div></div>\
             <p>{p}</p>",
            p = para.repeat(3)
        ),
    );
    let article = extract_at(&html, "https://library.example/tools");
    assert_absent(
        &article.text_content,
        &["Your submission has been received", "Something went wrong"],
        "form messages",
    );
    assert_eq!(article.text_content.matches("The library lends").count(), 6);
}

#[test]
fn a_players_fallback_text_goes_and_the_player_stays() {
    let para = "The tide tables for the estuary are read at dawn, when the \
                channel markers show against the mud flats. ";
    let html = article_page(
        "Tide tables",
        &format!(
            "<p>{p}</p>\
             <video src=/tide.mp4 poster=/tide.jpg>Your browser does not support the video tag.</video>\
             <p>{p}</p><audio><source src=/gulls.ogg type=audio/ogg>\
             <p>Sorry, your browser cannot play this.</p></audio><p>{p}</p>",
            p = para.repeat(3)
        ),
    );
    let article = extract_at(&html, "https://estuary.example/tides");
    assert_absent(
        &article.text_content,
        &["does not support", "cannot play"],
        "fallbacks",
    );
    for kept in ["<video", "tide.mp4", "<audio", "gulls.ogg"] {
        assert!(article.content.contains(kept), "{kept}");
    }
}

#[test]
fn picture_credits_go_and_their_pictures_and_captions_stay() {
    let para = "The soup takes a day: the stock simmers overnight, and the beans \
                soak from the morning before, in water changed twice. ";
    let html = article_page(
        "A day of soup",
        &format!(
            "<p>{p}</p>\
             <figure><img src=/soup.jpg alt='A bowl of soup'><figcaption>\
             <span>A bowl of bean soup, hot from the pot.</span> \
             <span class=credit>Credit: The Spruce Eats</span></figcaption></figure>\
             <p>{p}</p><figure><img src=/beans.jpg alt=Beans></figure>\
             <p>Photo by Joan Bardeletti</p><p>{p}</p>\
             <figure><img src=/pot.jpg alt=Pot><figcaption>The pot at dawn. Photo by Jo \
             Smith.</figcaption></figure><p>Credit is per room, per stay, say the inns, \
             which is why the soup is free.</p>",
            p = para.repeat(3)
        ),
    );
    let article = extract_at(&html, "https://soup.example/a-day-of-soup");
    assert_absent(
        &article.text_content,
        &["The Spruce Eats", "Joan Bardeletti"],
        "credits",
    );
    for kept in [
        "A bowl of bean soup, hot from the pot.",
        "The pot at dawn. Photo by Jo Smith.",
        "which is why the soup is free.",
    ] {
        assert!(article.text_content.contains(kept), "{kept}");
    }
    for image in ["/soup.jpg", "/beans.jpg", "/pot.jpg"] {
        assert!(article.content.contains(image), "{image}");
    }
}

#[test]
fn a_pictures_box_whose_words_are_a_linked_credit_stays_and_an_avatars_goes() {
    let para = "The earbuds cancel more noise than any pair tested this year, \
                and their sound kept its detail at every volume we tried. ";
    let html = article_page(
        "The best earbuds",
        &format!(
            "<p>{p}</p><h2>Sony: best earbuds</h2>\
             <div class='image-holder credit-image-wrap'><picture>\
             <source srcset=/sony.webp type=image/webp>\
             <img src=/sony.jpg width=780 height=438 alt='The earbuds in their case'>\
             </picture><a class=credit href=https://maker.example/earbuds>Sony</a></div>\
             <p>{p}</p><div class=poster><img src=/avatar.gif alt=''>\
             <a href=/members/osowens>osowens</a> <a href=/t/1#p2>2 years ago</a></div>\
             <p>{p}</p><div class=teaser><a href=/other-story>\
             <img src=/other.jpg width=300 alt=''></a>\
             <a href=/other-story>Headphones, ranked</a></div><p>{p}</p>",
            p = para.repeat(2)
        ),
    );
    let article = extract_at(&html, "https://reviews.example/best-earbuds");
    // The article's picture stays, with its maker's name under it.
    assert!(article.content.contains("/sony.jpg"), "{}", article.content);
    assert!(article.text_content.contains("Sony"));
    // A member's avatar and name, a card that links to another story, go.
    for gone in ["/avatar.gif", "osowens", "/other.jpg", "Headphones, ranked"] {
        assert!(
            !article.content.contains(gone),
            "{gone}: {}",
            article.content
        );
    }
}

#[test]
fn a_line_break_that_ends_its_block_goes_and_code_keeps_its_lines() {
    let body = "<p>The week before the wedding is for the last calls and the \
         small things that are easy to forget in the rush.</p>\
         <ul><li>Send out the rehearsal dinner invitations.<br>&nbsp;</li>\
         <li>Confirm the vows with your officiant.<br><br></li>\
         <li>Pick up the <b>rings<br></b>and proofread the engraving.</li></ul>\
         <pre><code>check_list()<br><br>print(done)</code></pre>\
         <p>On the day itself, leave the rest to the people you hired, and \
         enjoy the company of everyone who came.</p>";
    let article = extract(&article_page("The last week", body), None);
    let c = &article.content;
    for item in [
        "<li>Send out the rehearsal dinner invitations.</li>",
        "<li>Confirm the vows with your officiant.</li>",
        // A break in a line of text is the line's end.
        "<b>rings<br></b>",
        // Code keeps its blank line.
        "check_list()<br><br>print(done)",
    ] {
        assert!(c.contains(item), "{item} in {c}");
    }
}

#[test]
fn a_dateline_the_header_shows_goes_and_other_dates_stay() {
    let para = "The ferry ran late all week: fog in the mornings, then a gale that \
                kept the boats in harbour from Tuesday to Thursday noon. ";
    let html = format!(
        "<html><head><title>A week of fog</title>\
         <meta property='article:published_time' content='2024-03-01T10:00:00Z'></head>\
         <body><article><h1>A week of fog</h1>\
         <div class=when><p>Published <time datetime='2024-03-01T10:00:00Z'>1 March \
         2024</time></p></div><p>{p}</p>\
         <p>Updated <time datetime='2024-03-02'>2 March 2024</time></p><p>{p}</p>\
         <p>On <time datetime='2024-03-01'>1 March</time> the first boat left at nine.</p>\
         </article></body></html>",
        p = para.repeat(3)
    );
    let article = extract_at(&html, "https://ferry.example/fog");
    assert_eq!(
        article.published_time.as_deref(),
        Some("2024-03-01T10:00:00Z")
    );
    assert_absent(&article.text_content, &["1 March 2024"], "dateline");
    for kept in ["2 March 2024", "On 1 March the first boat left at nine."] {
        assert!(article.text_content.contains(kept), "{kept}");
    }
}

#[test]
fn the_authors_card_goes_and_what_the_article_says_of_people_stays() {
    let para = "The ferry ran late all week: fog in the mornings, then a gale that \
                kept the boats in harbour from Tuesday to Thursday noon. ";
    let html = format!(
        "<html><head><title>A week of fog</title>\
         <meta name=author content='Jane Roe'></head>\
         <body><article><h1>A week of fog</h1><p>{p}</p>\
         <p>John Smith is the ferry's captain, and has sailed this crossing for \
         thirty years without losing a day to the weather until now.</p><p>{p}</p>\
         <div class=closing><p>Jane Roe is a reporter covering the islands and their \
         ferries. Follow her on Mastodon.</p></div>\
         </article></body></html>",
        p = para.repeat(3)
    );
    let article = extract_at(&html, "https://ferry.example/fog");
    assert_eq!(article.byline.as_deref(), Some("Jane Roe"));
    assert_absent(
        &article.text_content,
        &["a reporter covering"],
        "author's card",
    );
    assert!(article
        .text_content
        .contains("John Smith is the ferry's captain"));
}

#[test]
fn a_dateline_written_in_english_gives_the_date_and_goes() {
    let para = "The ferry ran late all week: fog in the mornings, then a gale that \
                kept the boats in harbour from Tuesday to Thursday noon. ";
    let html = format!(
        "<html><head><title>A week of fog</title></head>\
         <body><article><h1>A week of fog</h1>\
         <div class=entry-meta><p>Published March 1, 2024</p></div><p>{p}</p>\
         <p>Updated March 2, 2024</p><p>{p}</p>\
         <p>On March 1, 2024 the first boat left at nine.</p>\
         </article></body></html>",
        p = para.repeat(3)
    );
    let article = extract_at(&html, "https://ferry.example/fog");
    assert_eq!(article.published_time.as_deref(), Some("2024-03-01"));
    assert_absent(
        &article.text_content,
        &["Published March 1, 2024"],
        "dateline",
    );
    for kept in [
        "Updated March 2, 2024",
        "On March 1, 2024 the first boat left at nine.",
    ] {
        assert!(article.text_content.contains(kept), "{kept}");
    }
}

#[test]
fn an_embedded_post_under_the_headline_gives_neither_the_date_nor_the_byline() {
    let para = "The senator's message went out on a quiet Sunday morning, and by \
                noon the budget talks that were to end that week were in doubt. ";
    let html = format!(
        "<html><head><title>The post that stalled the budget</title></head>\
         <body><article><h1>The post that stalled the budget</h1><p>{p}</p>\
         <blockquote class=twitter-tweet><p>We will not vote for this budget \
         until the schools are funded.</p>&mdash; Jane Roe (@SenJaneRoe) \
         <a href=https://x.example/SenJaneRoe/status/1>March 3, 2024</a></blockquote>\
         <p>{p}</p><p>{p}</p></article></body></html>",
        p = para.repeat(2)
    );
    let article = extract_at(&html, "https://news.example/budget");
    // The post's day and author are the post's, not the article's.
    assert_eq!(article.published_time, None);
    assert_eq!(article.byline, None);
    assert!(
        article.content.contains(
            "<a href=\"https://x.example/SenJaneRoe/status/1\">March 3, 2024</a></blockquote>"
        ),
        "{}",
        article.content
    );
}

#[test]
fn a_byline_line_the_header_shows_goes_and_the_name_in_sentences_stays() {
    let para = "The ferry ran late all week: fog in the mornings, then a gale that \
                kept the boats in harbour from Tuesday to Thursday noon. ";
    let html = format!(
        "<html><head><title>A week of fog</title><meta name=author content='Jo Bloggs'>\
         </head><body><article><h1>A week of fog</h1><div><p>Written by Jo Bloggs</p></div>\
         <p>{p}</p><p>Ask <a href=/jo>Jo Bloggs</a> about the gale.</p><p>{p}</p>\
         </article></body></html>",
        p = para.repeat(3)
    );
    let article = extract_at(&html, "https://ferry.example/fog");
    assert_eq!(article.byline.as_deref(), Some("Jo Bloggs"));
    assert_absent(&article.text_content, &["Written by"], "byline line");
    assert!(article
        .text_content
        .contains("Ask Jo Bloggs about the gale."));
}

#[test]
fn byline_and_datelines_on_lines_of_their_own_in_a_block_go() {
    // A 2000s page prints them between <br>s in the article's one block.
    let para = "The ferry ran late all week: fog in the mornings, then a gale that \
                kept the boats in harbour from Tuesday to Thursday noon. ";
    let page = |byline_line: &str| {
        format!(
            "<html><head><title>A week of fog</title><meta name=author content='Jo Bloggs'>\
             <meta property=article:published_time content=2004-03-01></head><body>\
             <article><h1>A week of fog</h1><div><i>{byline_line}</i><br>March 1, 2004<br><br>\
             {p}<br><br>{p}<br><br>It was March 1, 2004 when the fog came.</div></article>\
             </body></html>",
            p = para.repeat(3)
        )
    };
    let text = extract_at(&page("By Jo Bloggs"), "https://ferry.example/fog").text_content;
    assert!(
        text.trim_start().starts_with("The ferry ran late"),
        "{text}"
    );
    assert!(
        text.contains("It was March 1, 2004 when the fog came."),
        "{text}"
    );
    // A line that says more than the header (the writer's role, where
    // they wrote from) stays, as it would in a block of its own.
    let text =
        extract_at(&page("By Jo Bloggs, at Dover"), "https://ferry.example/fog").text_content;
    assert!(text.contains("By Jo Bloggs, at Dover"), "{text}");
}

/// An article, "A week of fog", with `head` between its `<h1>` and its
/// paragraphs: where pages print the byline.
fn fog_article_with(head: &str) -> String {
    let para = "The ferry ran late all week: fog in the mornings, then a gale that \
                kept the boats in harbour from Tuesday to Thursday noon. ";
    format!(
        "<html><head><title>A week of fog</title></head><body><article>\
         <h1>A week of fog</h1>{head}<p>{p}</p><p>{p}</p></article></body></html>",
        p = para.repeat(3)
    )
}

#[test]
fn a_byline_printed_only_under_the_headline_is_the_byline_and_leaves_the_content() {
    let page = |byline_line: &str| fog_article_with(&format!("<div><p>{byline_line}</p></div>"));
    let article = extract_at(&page("By Jo Bloggs"), "https://ferry.example/fog");
    assert_eq!(article.byline.as_deref(), Some("Jo Bloggs"));
    assert_absent(&article.text_content, &["Jo Bloggs"], "byline line");
    // With the date run on, the name alone; a line that is prose is none.
    let article = extract_at(
        &page("By Jo Bloggs March 2, 2024 at 9:15"),
        "https://ferry.example/fog",
    );
    assert_eq!(article.byline.as_deref(), Some("Jo Bloggs"));
    let article = extract_at(
        &page("By the end of the week the harbour was closed."),
        "https://ferry.example/fog",
    );
    assert_eq!(article.byline, None);
}

#[test]
fn a_marked_byline_that_runs_on_into_its_date_gives_the_name_and_a_date_alone_none() {
    let byline = |line: &str| {
        let page = fog_article_with(&format!("<div class=\"byline\">{line}</div>"));
        extract_at(&page, "https://ferry.example/fog").byline
    };
    assert_eq!(
        byline("By Jo Bloggs June 3, 2021").as_deref(),
        Some("Jo Bloggs")
    );
    assert_eq!(
        byline("Jo Bloggs30 Sep 2022, 11:07am").as_deref(),
        Some("Jo Bloggs")
    );
    assert_eq!(
        byline("by jbloggs » Tue Aug 27, 2019 1:47 am").as_deref(),
        Some("jbloggs")
    );
    // Its blocks are read apart, as they are shown: the DOM's text runs
    // them together ("Jo BloggsDecember 17, 2025").
    assert_eq!(
        byline("<p>Jo Bloggs</p><small>December 17, 2025</small>").as_deref(),
        Some("Jo Bloggs")
    );
    // An avatar drawn with the author's initials is a picture, not a word
    // of the name: the view draws no SVG.
    assert_eq!(
        byline(
            "<svg viewBox=\"0 0 80 80\"><circle r=\"40\"></circle><text>JB</text></svg>\
             <a href=\"/people/jo\">Jo Bloggs</a>"
        )
        .as_deref(),
        Some("Jo Bloggs")
    );
    for date_alone in [
        "Sun Dec 17, 2023 11:23 am",
        "Updated March 13, 2024",
        "Sat, 20 Dec, 2025 - 06:36",
    ] {
        assert_eq!(byline(date_alone), None, "{date_alone}");
    }
    // Undated lines are kept as printed, as Readability.js keeps them.
    assert_eq!(byline("By Jo Bloggs").as_deref(), Some("By Jo Bloggs"));
    assert_eq!(
        byline("Jo Bloggs, Ann Lee").as_deref(),
        Some("Jo Bloggs, Ann Lee")
    );
    assert_eq!(byline("SeaDog45").as_deref(), Some("SeaDog45"));
}

#[test]
fn a_byline_shows_the_name_without_a_label_and_a_label_alone_is_none() {
    let byline = |line: &str| {
        let page = fog_article_with(&format!("<div class=\"byline\">{line}</div>"));
        extract_at(&page, "https://ferry.example/fog").byline
    };
    for (line, name) in [
        ("Written by Jo Bloggs", "Jo Bloggs"),
        ("Author: Jo Bloggs", "Jo Bloggs"),
        ("Authored by: Jo Bloggs", "Jo Bloggs"),
        ("View all posts by Jo Bloggs", "Jo Bloggs"),
        (
            "<span>Written by</span><a href=/jo>Jo Bloggs</a>",
            "Jo Bloggs",
        ),
        // A lead printed with the name stays, as Readability.js keeps it.
        ("By Jo Bloggs", "By Jo Bloggs"),
    ] {
        assert_eq!(byline(line).as_deref(), Some(name), "{line}");
    }
    // A label whose name is printed elsewhere, or a call to follow.
    for label in [
        "How we reviewed this article:",
        "Jun 2 Written By",
        "Follow the author",
        // A pricing table's `byline`: its terms, naming no one.
        "billed annually, or $50/mo billed monthly",
    ] {
        assert_eq!(byline(label), None, "{label}");
    }
    // What an author card says of the author is not their name.
    let page = fog_article_with(
        "<div class=\"author-description\">Licensed coffee grader, M.A. Journalism</div>",
    );
    assert_eq!(extract_at(&page, "https://ferry.example/fog").byline, None);
}

#[test]
fn a_page_veiled_while_its_scripts_load_is_read_and_its_hidden_parts_are_not() {
    let para = "Machine learning lets a program improve at a task from examples \
                rather than from rules written out by hand, one case at a time. ";
    let html = format!(
        "<html><head><title>Machine learning</title></head><body>\
         <div id=__next><div style='visibility:hidden;min-height:100vh'><div class=page><article>\
         <h1>Machine learning</h1><p>{p}</p><p>{p}</p><p>{p}</p>\
         <div style='display:none'><p>A hidden quiz answer that nobody sees.</p></div>\
         </article></div></div></div></body></html>",
        p = para.repeat(2)
    );
    let article = extract_at(&html, "https://learn.example/ml");
    assert!(article.readerable);
    assert_eq!(
        article
            .text_content
            .matches("Machine learning lets")
            .count(),
        6
    );
    assert!(!article.text_content.contains("hidden quiz"));
}

#[test]
fn a_page_hidden_with_its_headline_until_its_scripts_run_is_read() {
    // A store's product inside a wrapper its scripts show: it hides the
    // headline and more text than the menus and footer the page shows.
    let para = "Roasted dark for a bold cup, with notes of dark chocolate and \
                black cherry, from beans grown on two continents and blended here. ";
    let html = format!(
        "<html><head><title>Dark Roast</title></head><body>\
         <nav><a href=/a>Coffee</a> <a href=/b>Merchandise</a> <a href=/c>Rewards</a></nav>\
         <div class=lock-content style='display:none'><div class=product><h1>Dark Roast</h1>\
         <p>{p}</p><p>{p}</p><p>{p}</p></div></div>\
         <footer><p>{f}</p></footer>\
         </body></html>",
        p = para.repeat(2),
        f = "Sign up for our emails and get ten per cent off your first order. ".repeat(5)
    );
    let article = extract_at(&html, "https://shop.example/dark-roast");
    assert_eq!(article.text_content.matches("Roasted dark").count(), 6);
    // Hidden text without the headline is still hidden, however long: a
    // closed dialog, a part the page does not show.
    let html = format!(
        "<html><head><title>Dark Roast</title></head><body>\
         <main><h1>Dark Roast</h1><p>{p}</p></main>\
         <div style='display:none'><p>{q}</p><p>{q}</p></div></body></html>",
        p = para.repeat(3),
        q = "A part of the page that it never shows to its readers at all. ".repeat(4)
    );
    let article = extract_at(&html, "https://shop.example/dark-roast");
    assert!(article.text_content.contains("Roasted dark"));
    assert!(!article.text_content.contains("never shows"));
}

/// A cleaning service's page whose questions are `questions`, between two
/// paragraphs of prose.
fn home_cleaning_page(questions: &str) -> String {
    let p = "Our cleaners work through every room in the order you choose, \
             and bring their own supplies unless you ask them to use yours. "
        .repeat(2);
    format!(
        "<html><head><title>Home cleaning</title></head><body><main>\
         <h1>Home cleaning</h1><p>{p}</p>\
         <h2>Questions</h2>{questions}<p>{p}</p></main></body></html>"
    )
}

#[test]
fn sentences_about_newsletters_stay_and_calls_to_subscribe_go() {
    // An article about newsletters says "newsletter" and "subscribe" in
    // its sentences; the boxes between them ask the reader to sign up.
    let body = paragraphs(&[
        "Axios is running high open rates and just launched a paid tier built \
         entirely from a free newsletter, a first for a newsroom of its size.",
        "For example, with this newsletter, I might say something like:",
        "Sign up for our newsletter to get the latest in media, every Friday.",
        "The Guardian added 680,000 newsletter subscribers in a single year, \
         more than any other paper in the country over the same period.",
        "I also subscribe to many newsletters myself, such as a few on cooking.",
        "Thanks for reading! Subscribe for free to receive new posts.",
        "The newsletter industry has never been healthier, on paper at least, \
         and the numbers of the last quarter say the same again this year.",
    ]) + "<div><h3>Join our newsletter</h3></div>";
    let prose = "<p>Inboxes fill faster than anyone reads them, and the tools that sort \
                 mail now decide, more and more, which letters a reader ever opens, \
                 long before the reader sees the subject line at all.</p>"
        .repeat(8);
    let article = extract(
        &article_page("What AI triage means for newsletters", &(prose + &body)),
        None,
    );
    assert_in_order(
        &article.text_content,
        &[
            "Axios is running",
            "For example, with this newsletter, I might say something like:",
            "The Guardian added 680,000 newsletter subscribers",
            "I also subscribe to many newsletters myself",
            "The newsletter industry has never been healthier",
        ],
        "sentences about newsletters",
    );
    assert_absent(
        &article.text_content,
        &[
            "Sign up for our newsletter",
            "Thanks for reading",
            "Join our newsletter",
        ],
        "calls to subscribe",
    );
}

#[test]
fn folded_panels_are_shown_unfolded_and_popups_stay_hidden() {
    let html = home_cleaning_page(
        "<button aria-expanded=false aria-controls=answer-1>Do I need to be home?</button>\
         <div id=answer-1 hidden><p>No: most clients leave a key with the concierge.</p></div>\
         <div role=tablist><button role=tab aria-controls=tab-2>Prices</button></div>\
         <div role=tabpanel id=tab-2 style='display: none'><p>A two-bedroom flat costs 90 pounds.</p></div>\
         <div hidden=until-found><p>Gift cards are sold at every branch.</p></div>\
         <div><a href='javascript:void(0)' aria-expanded=false>How we price a clean</a></div>\
         <div class=hide aria-hidden=true><p>Each room has its price, whatever its size.</p></div>\
         <div class=faq-question>Can I book for the same day?</div>\
         <div class=faq-answer style='display: none'>Yes, before ten in the morning.</div>\
         <button aria-haspopup=menu aria-controls=acct-1>Account</button>\
         <div id=acct-1 hidden><p>Sign out of every device you have used.</p></div>\
         <div role=dialog aria-controls=x style='display:none'><p>Subscribe to our newsletter today.</p></div>\
         <div style='display:none'><p>A hidden part no control opens.</p></div>",
    );
    let article = extract_at(&html, "https://clean.example/home");
    assert_in_order(
        &article.text_content,
        &[
            "Our cleaners work",
            // The accordion's question stays with its answer.
            "Do I need to be home?",
            "most clients leave a key",
            "A two-bedroom flat costs",
            "Gift cards are sold",
            // A disclosure's control right before its panel, without
            // `aria-controls`.
            "Each room has its price",
            // An FAQ's question over the answer a script shows.
            "Can I book for the same day?",
            "before ten in the morning",
        ],
        "folded panels",
    );
    // A tab's button is its row's, a menu of the panels, not content.
    assert!(!article.text_content.contains("Prices"));
    assert_absent(
        &article.text_content,
        &[
            "Sign out of every device",
            "Subscribe to our newsletter",
            "no control opens",
        ],
        "popups and hidden parts",
    );
}

#[test]
fn a_panel_unfolded_loses_the_class_word_that_folded_it() {
    // Readability's negative words read `hidden` in a class as clutter;
    // once its control's panel is shown, the word that folded it is gone.
    let prose = "<p>The ferry leaves the harbour at dawn, and the crossing takes two \
                 hours when the sea is calm, longer when the wind comes from the west.</p>"
        .repeat(4);
    let html = article_page(
        "Crossing to the island",
        &format!(
            "{prose}<div class=faq><button aria-expanded=false aria-controls=a1>Can I take \
             a bicycle?</button><div id=a1 class='faq-answer is-hidden' hidden><p>Yes: \
             bicycles travel free, in the hold, and are loaded first, before the cars.</p>\
             <p>So arrive a quarter of an hour early.</p></div></div>{prose}"
        ),
    );
    let article = extract_at(&html, "https://ferry.example/crossing");
    assert!(
        article.text_content.contains("bicycles travel free"),
        "{}",
        article.text_content
    );
}

#[test]
fn an_accordion_in_markup_alone_shows_its_questions_and_answers() {
    // WAI-ARIA's accordion without the `aria-controls` its script would
    // add: a heading that is all one button, over its panel, folded by a
    // class (Kadence's) or by `hidden`.
    let html = home_cleaning_page(
        "<div class=accordion>\
         <h3 class=accordion-title><button class=accordion-header-button>Can I pause my plan?</button></h3>\
         <div class='accordion-panel accordion-panel-hidden'><div><p>Yes, for up to \
         three months, from your account page or by telephone.</p></div></div>\
         <h3><button class=accordion-header-button>Do you bring a vacuum?</button></h3>\
         <div hidden><p>Every cleaner carries one.</p></div>\
         <div class=toggle><h3>Do you clean ovens?</h3><i class=icon-plus></i></div>\
         <div class=answer><p>Yes, on request.</p></div>\
         <div class=faq-item><button class=faq-toggle><h3>Do you work on Sundays?</h3></button>\
         <div class=faq-answer><p>Yes, from ten until four.</p></div></div>\
         <div class=faq-title><button aria-controls=faq-9><div class=icon-chevron></div>\
         <h3>Can I tip the cleaner?</h3></button></div>\
         <div class='collapse faq-answer' id=faq-9><p>Tips go to them in full.</p></div>\
         <div class=toggle-wrap><button class=toggle><div class=title><h3>Is parking free?</h3>\
         </div><div class=chevron><svg></svg></div></button></div>\
         <div class=content><p>Yes, behind the shop.</p></div>\
         </div>\
         <div><button class=cta>Book a clean</button><p>Bookings open a month ahead.</p></div>\
         <div><h3><button>Specifications</button></h3><h3><button>In the box</button></h3>\
         <h3><button>Reviews</button></h3><div class=reviews></div></div>\
         <h3>Delivery times <button>Change postcode</button></h3>\
         <div><p>Within two working days of your booking.</p></div>",
    );
    let article = extract_at(&html, "https://clean.example/home");
    assert_in_order(
        &article.text_content,
        &[
            "Our cleaners work",
            "Can I pause my plan?",
            "for up to three months",
            "Do you bring a vacuum?",
            "Every cleaner carries one",
            // A question alone in the box its script toggles.
            "Do you clean ovens?",
            "on request",
            // A question set as a button over its answer, shown.
            "Do you work on Sundays?",
            "from ten until four",
            // Its answer after the question's box (Bootstrap's collapse).
            "Can I tip the cleaner?",
            "Tips go to them in full",
            // Beside an icon, in a button alone in the toggle's box.
            "Is parking free?",
            "behind the shop",
        ],
        "accordion",
    );
    // A row of buttons over no panel, or over an empty one, opens what the
    // page's scripts fetch.
    assert_absent(
        &article.text_content,
        &["Specifications", "In the box", "Reviews"],
        "buttons over no panel",
    );
    // A button beside a heading's words is a control, not its question;
    // so is one over a paragraph that asks nothing.
    assert!(!article.text_content.contains("Change postcode"));
    assert!(!article.text_content.contains("Book a clean"));
}

/// A guide whose FAQ, which its JSON-LD declares when `declared`, stands in
/// a section of its own after the article's (`faq_first` puts it before).
fn guide_with_faq(declared: bool, faq_first: bool) -> String {
    let questions = [
        (
            "How often should a chimney be swept?",
            "Once a year for wood, every two years for gas.",
        ),
        (
            "Can I sweep it myself?",
            "You can, with rods and a brush, but a sweep checks the flue too.",
        ),
        (
            "What does a sweep cost?",
            "Between sixty and ninety pounds for a single flue.",
        ),
    ];
    let json_ld = if declared {
        let entities: Vec<String> = questions
            .iter()
            .map(|(q, a)| {
                format!(
                    "{{\"@type\": \"Question\", \"name\": \"{q}\", \
                     \"acceptedAnswer\": {{\"@type\": \"Answer\", \"text\": \"{a}\"}}}}"
                )
            })
            .collect();
        format!(
            "<script type=application/ld+json>{{\"@context\": \"https://schema.org\", \
             \"@type\": \"FAQPage\", \"mainEntity\": [{}]}}</script>",
            entities.join(", ")
        )
    } else {
        String::new()
    };
    let faq: String = questions
        .iter()
        .map(|(q, a)| {
            format!("<div class=faq-item><h3>{q}</h3><div class=faq-text>{a}</div></div>")
        })
        .collect();
    let faq = format!(
        "<div class=section-wrap><div class=container><h2>Frequently asked questions</h2>\
         <div class=faq-list>{faq}</div></div></div>"
    );
    let prose = "<p>A chimney gathers soot and tar with every fire, and a flue that is \
                 never swept draws badly, smokes into the room and, in the end, can \
                 catch fire itself, which is why insurers ask when it was last done.</p>"
        .repeat(6);
    let article = format!(
        "<div class=article-wrap><article><h1>Sweeping a chimney</h1>\
         <div class=article-body>{prose}</div></article></div>"
    );
    let (first, second) = if faq_first {
        (&faq, &article)
    } else {
        (&article, &faq)
    };
    format!(
        "<html><head><title>Sweeping a chimney</title>{json_ld}</head>\
         <body><main>{first}{second}</main></body></html>"
    )
}

#[test]
fn an_faq_its_json_ld_declares_closes_the_article_it_stands_apart_from() {
    let text = |declared, faq_first| {
        extract_at(
            &guide_with_faq(declared, faq_first),
            "https://flue.example/guide",
        )
        .text_content
    };
    assert_in_order(
        &text(true, false),
        &[
            "A chimney gathers soot",
            "Frequently asked questions",
            "How often should a chimney be swept?",
            "Once a year for wood",
            "Can I sweep it myself?",
            "What does a sweep cost?",
            "sixty and ninety pounds",
        ],
        "declared FAQ after the article",
    );
    // Undeclared, the section is one of the page's others; before the
    // article, it is not the article's.
    for (declared, faq_first) in [(false, false), (true, true)] {
        let text = text(declared, faq_first);
        assert!(text.contains("A chimney gathers soot"), "{text}");
        assert!(
            !text.contains("Can I sweep it myself?"),
            "{declared} {faq_first}: {text}"
        );
    }
}

/// A page whose markup is `markup` and whose JSON-LD article has
/// `article_body` (a JSON string literal, quotes included).
fn json_ld_article_page(markup: &str, article_body: &str) -> String {
    format!(
        "<html><head><title>Tide tables | Harbour Gazette</title>\
         <script type=application/ld+json>{{\"@context\": \"https://schema.org\", \
         \"@type\": \"NewsArticle\", \"headline\": \"Tide tables\", \
         \"articleBody\": {article_body}}}</script></head><body>{markup}</body></html>"
    )
}

#[test]
fn an_article_only_in_json_ld_is_read_from_its_article_body() {
    let para = |n: usize| {
        format!(
            "Paragraph {n}: the harbour master publishes the tide tables each spring, \
             and the fishing fleet plans its season around them, week by week. \
             The tables give the height of every high and low water at the quay."
        )
    };
    let body = format!("\"{}\\n\\n{}\\n{}\"", para(1), para(2), para(3));
    // A shell its scripts fill in.
    let shell = json_ld_article_page("<div id=app>Loading…</div>", &body);
    let article = extract_at(&shell, "https://harbour.example/tides");
    assert!(article.readerable);
    assert_in_order(
        &article.text_content,
        &[&para(1), &para(2), &para(3)],
        "JSON-LD body",
    );
    assert_eq!(
        article.content.matches("<p>").count(),
        3,
        "{}",
        article.content
    );
    assert!(!article.text_content.contains("Loading"));
    // A teaser: the markup holds the first paragraph only.
    let teaser = json_ld_article_page(
        &format!(
            "<article><h1>Tide tables</h1><p>{}</p><p>Subscribe to read on.</p></article>",
            para(1)
        ),
        &body,
    );
    let article = extract_at(&teaser, "https://harbour.example/tides");
    assert_in_order(&article.text_content, &[&para(1), &para(3)], "teaser");
    // The markup holds the article: it is read, with its image.
    let full = json_ld_article_page(
        &format!(
            "<article><h1>Tide tables</h1><p>{}</p><img src=/chart.png alt=Chart><p>{}</p><p>{}</p></article>",
            para(1),
            para(2),
            para(3)
        ),
        &body,
    );
    let article = extract_at(&full, "https://harbour.example/tides");
    assert!(article.content.contains("chart.png"), "{}", article.content);
    // A body too short to be an article (a summary) is not one.
    let summary = json_ld_article_page("<div id=app></div>", "\"The tide tables are out.\"");
    assert!(!extract_at(&summary, "https://harbour.example/tides").readerable);
}

#[test]
fn an_article_body_given_as_html_is_laid_out_and_made_safe() {
    let para = "The harbour master publishes the tide tables each spring, and the fishing \
                fleet plans its season around them, week by week, boat by boat. The \
                tables give the height of every high and low water at the quay.";
    // In a page's JSON, `</` is written `<\/`, or it would end the script.
    let body = format!(
        "\"<p>{para}<\\/p><script>alert(1)<\\/script><p onclick='steal()'>{para}<\\/p>\
         <a href='javascript:steal()'>{para}<\\/a><br>Last line.\""
    );
    let article = extract_at(
        &json_ld_article_page("<div id=app></div>", &body),
        "https://harbour.example/tides",
    );
    assert_safe(&article);
    assert_eq!(article.text_content.matches("harbour master").count(), 3);
    assert!(!article.text_content.contains("alert"));
    assert!(!article.text_content.contains("<p>"));
    assert!(article.text_content.contains("Last line."));
}

#[test]
fn related_and_popular_lists_and_share_buttons_are_removed() {
    let article = extract_at(RELATED_LISTS, "https://westmoor.example/news/2024/06/baths");
    assert_in_order(
        &article.text_content,
        &[
            "Councillors have voted unanimously to reopen the Victorian swimming baths on Mill Lane",
            "The baths, opened in 1887, were among the first public pools in the county.",
            "Under the plan approved on Tuesday, a community trust will lease the building",
            "\"People learned to swim here, their parents learned to swim here",
            "The council's cabinet member for leisure said that review would take place and that its findings would be published.",
        ],
        "related-lists",
    );
    let seen = Parsed::new(&article.content).text_and_attrs();
    for field in [&article.text_content, &seen] {
        assert_absent(
            field,
            &[
                "Related articles",
                "Campaigners hand in petition",
                "Six local buildings added",
                "Leisure centre prices to rise",
                "Most popular",
                "Road closures announced",
                "What the new bus timetable means",
                "Town promoted after a dramatic play-off win",
                "Family bakery closes",
                "Share on Facebook",
                "Tweet this",
                "Email a friend",
                "Share this story",
                "Share on WhatsApp",
                "sharer",
            ],
            "related-lists",
        );
    }
    assert_safe(&article);
}

// ----- language and direction ---------------------------------------------------

/// What a reader of a Chinese, Japanese or Korean news page expects of its
/// view, as of an English one: the headline without the site's name, who
/// wrote it and when, the site, the reading time, and the article without
/// its ads and "related" lists.
struct EastAsianPage {
    html: &'static str,
    url: &'static str,
    headline: &'static str,
    byline: &'static str,
    site_name: &'static str,
    published: &'static str,
    reading_minutes: u32,
    paragraphs: &'static [&'static str],
    absent: &'static [&'static str],
}

#[test]
fn chinese_japanese_and_korean_news_pages_read_as_english_ones_do() {
    let pages = [
        EastAsianPage {
            html: CHINESE_NEWS,
            url: "https://news.example.cn/society/2026/1103/subway.html",
            headline: "城市地铁新线路今日开通 沿线居民出行更便捷",
            byline: "张伟",
            site_name: "晨光新闻网",
            published: "2026-11-03",
            // Some 500 characters: a word count of spaces would say 14
            // words, one minute.
            reading_minutes: 2,
            paragraphs: &[
                "本报讯（记者 张伟）11月3日上午",
                "开通当天早上六点",
                "据市轨道交通集团介绍",
                "六号线的建设历时五年",
                "交通专家认为",
                "据悉，地铁七号线和八号线",
            ],
            absent: &[
                "广告",
                "延伸阅读",
                "地铁五号线客流量创新高",
                "猜你喜欢",
                "冬季出行注意事项",
                "热点排行",
                "网友评论",
                // The page's tools over and under the story.
                "字体",
                "打印",
                "关闭窗口",
            ],
        },
        // As such a page was made in 2007: a table of columns, <font>,
        // paragraphs set apart by <br><br>, the headline in bold type, the
        // date, source and author on one line, the title's site name
        // behind "--".
        EastAsianPage {
            html: CHINESE_NEWS_2007,
            url: "http://www.chenguang.example/news/2007-04/23/content_1234.htm",
            headline: "我市举办第三届读书节活动",
            byline: "王明",
            site_name: "晨光网",
            // "发布时间：2007年4月23日".
            published: "2007-04-23",
            reading_minutes: 1,
            paragraphs: &[
                "4月23日是世界读书日",
                "开幕式上，市图书馆向社区图书室赠送了图书一万册",
                "据了解，今年读书节还特别设立了",
                "市图书馆馆长表示",
            ],
            absent: &[
                "栏目导航",
                "本地新闻",
                "打印本页",
                "关闭窗口",
                "相关链接",
                "市图书馆新馆明年开工",
                "版权所有",
            ],
        },
        EastAsianPage {
            html: JAPANESE_NEWS,
            url: "https://www.toto-shimpo.example/science/rocket",
            headline: "新型ロケットの打ち上げに成功 宇宙開発に弾み",
            byline: "山田太郎",
            site_name: "東都新報デジタル",
            published: "2026-11-03",
            reading_minutes: 2,
            paragraphs: &[
                "宇宙航空研究機構は3日午前",
                "ロケットは午前10時すぎに発射台を離れ",
                "新型ロケットは、エンジンの部品に民生品を",
                "一方で、初号機の開発は当初の計画から",
            ],
            absent: &[
                "広告",
                "あわせて読みたい",
                "月面探査車",
                "関連記事",
                "衛星データ",
                "おすすめ記事",
                "この記事をシェア",
            ],
        },
        EastAsianPage {
            html: KOREAN_NEWS,
            url: "https://www.hanbit.example/news/science/20261103",
            headline: "신형 로켓 발사 성공… 우주 개발 탄력",
            // As Korean papers print it: the name, then "reporter".
            byline: "홍길동 기자",
            site_name: "한빛일보",
            published: "2026-11-03",
            reading_minutes: 1,
            paragraphs: &[
                "우주항공연구원은 3일 오전",
                "로켓은 오전 10시쯤 발사대를 떠나",
                "신형 로켓은 엔진 부품에 민간 제품을",
                "다만 1호기 개발은 당초 계획보다",
            ],
            absent: &["광고", "관련기사", "달 탐사 로버", "많이 본 뉴스"],
        },
    ];
    for page in pages {
        let article = extract_at(page.html, page.url);
        assert_eq!(article.headline.as_deref(), Some(page.headline));
        assert_eq!(
            article.byline.as_deref(),
            Some(page.byline),
            "{}",
            page.headline
        );
        assert_eq!(
            article.site_name.as_deref(),
            Some(page.site_name),
            "{}",
            page.headline
        );
        // Written year first, in digits: "2026-11-03 10:25", "2026年11月3日",
        // "입력 2026.11.03 10:25 수정 2026.11.04 09:00" (published, modified).
        assert_eq!(
            article.published_time.as_deref(),
            Some(page.published),
            "{}",
            page.headline
        );
        assert_eq!(
            article.reading_time_minutes, page.reading_minutes,
            "{}",
            page.headline
        );
        assert_in_order(&article.text_content, page.paragraphs, page.headline);
        assert_absent(&article.text_content, page.absent, page.headline);
        assert_safe(&article);
    }
}

#[test]
fn arabic_rtl_article_keeps_lang_dir_and_text() {
    let article = extract_at(
        ARABIC_RTL,
        "https://alwaha.example/local/2024/dates-harvest",
    );
    assert_eq!(article.lang.as_deref(), Some("ar"));
    assert_eq!(article.dir.as_deref(), Some("rtl"));
    assert_eq!(
        article.title.as_deref(),
        Some("موسم حصاد التمور في واحة الأحساء يبدأ مبكرا هذا العام")
    );
    assert_in_order(
        &article.text_content,
        &[
            "بدأ المزارعون في واحة الأحساء شرقي المملكة العربية السعودية",
            "وتضم الواحة، التي أدرجتها منظمة اليونسكو",
            "ويقول عبد الله الحسن، وهو مزارع ورث أرضه عن والده",
            "وتشهد أسواق التمور في المدينة حركة نشطة",
            "للحفاظ على إنتاجية النخيل وجودة التمور على المدى الطويل.",
        ],
        "arabic",
    );
    assert_absent(
        &article.text_content,
        &["الرئيسية", "جميع الحقوق محفوظة"],
        "arabic",
    );
    assert!(article.readerable);
    assert!(is_probably_readerable(ARABIC_RTL));
    // "Sunday, 15 September 2024", its digits Arabic: the header shows it,
    // the content does not again.
    assert_eq!(article.published_time.as_deref(), Some("2024-09-15"));
    assert_absent(&article.text_content, &["الأحد"], "arabic dateline");
}

// ----- metadata from JSON-LD only ---------------------------------------------------

#[test]
fn jsonld_only_metadata_is_read() {
    let article = extract_at(
        JSONLD_ONLY,
        "https://harbour-gazette.example/community/last-ferry",
    );
    assert_eq!(
        article.title.as_deref(),
        Some("The last ferry across the estuary")
    );
    assert_eq!(article.byline.as_deref(), Some("Maren Solberg"));
    assert_eq!(
        article.published_time.as_deref(),
        Some("2023-10-04T07:30:00+02:00")
    );
    assert_eq!(article.site_name.as_deref(), Some("Harbour Gazette"));
    assert_eq!(
        article.excerpt.as_deref(),
        Some("After ninety-one years, the foot ferry between Kessock Point and the old town makes its final crossing on Sunday.")
    );
    assert_eq!(
        article.lead_image.as_deref(),
        Some("https://harbour-gazette.example/img/ferry-1200.jpg")
    );
    assert_eq!(article.lang.as_deref(), Some("en"));
    assert_in_order(
        &article.text_content,
        &[
            "The little green ferry that has carried foot passengers",
            "For most of its life the ferry was the quickest way to work",
            "Regular passengers plan to make the last crossing together.",
            "if volunteers can be found to crew it.",
        ],
        "jsonld-only",
    );
}

// ----- hostile markup inside the article ---------------------------------------------

#[test]
fn hostile_markup_is_removed_and_the_text_around_it_kept() {
    let article = extract_at(
        HOSTILE,
        "https://rivermouth-herald.example/transport/cycle-lanes",
    );
    assert_safe(&article);
    assert_in_order(
        &article.text_content,
        &[
            "The city council has approved a network of protected cycle lanes linking the station",
            "Officers presented figures showing cycling trips up by a third since the pilot lanes opened. The figures were collected by automatic counters at nine sites across the city.",
            "Residents can read the full proposal on the council website before the final designs are published in the autumn.",
            "which the council calls phase one, followed by the school routes in the second year.",
            "a survey of shoppers on the road had found most arrived on foot or by bus.",
            "the council has promised letters to every affected household at least two weeks before work begins.",
            "Cyclists' groups welcomed the vote but said the network must be finished on time.",
            "the council says the timetable for the whole network will be reviewed every spring.",
        ],
        "hostile",
    );
    let seen = Parsed::new(&article.content).text_and_attrs();
    for field in [&article.text_content, &seen] {
        assert_absent(
            field,
            &[
                "Your session has expired",
                "Confirm your details",
                "Sponsored: cheap flights",
                "alert(",
                "document.cookie",
                "color: red",
                "collect.example.net",
                "ads.example.net",
                "route-map.swf",
            ],
            "hostile",
        );
    }
    // The image stays; only its handlers go.
    let parsed = Parsed::new(&article.content);
    let chart = url("https://rivermouth-herald.example/img/cycling-trips-chart.png");
    assert!(
        parsed
            .by_tag("img")
            .iter()
            .any(|&i| parsed.attr(i, "src").as_deref() == Some(chart.as_str())),
        "chart image missing:\n{}",
        article.content
    );
}

// ----- readerable, across fixtures ---------------------------------------------------

#[test]
fn articles_are_probably_readerable() {
    for (name, html) in [
        ("blog", BLOG),
        ("lazy-images", LAZY_IMAGES),
        ("base-href", BASE_HREF),
        ("related-lists", RELATED_LISTS),
        ("jsonld-only", JSONLD_ONLY),
        ("hostile", HOSTILE),
    ] {
        assert!(
            is_probably_readerable(html),
            "{name}: is_probably_readerable"
        );
        let article = extract(html, None);
        assert!(article.readerable, "{name}: extract().readerable");
        assert!(article.word_count > 0, "{name}: no words");
    }
}

// ----- the test helpers themselves ---------------------------------------------------

#[test]
fn helpers_detect_what_they_look_for() {
    assert!(has_inline_handler(r#"<img src="a" onerror="x()">"#));
    assert!(has_inline_handler("<p\nONCLICK = 'x'>"));
    assert!(!has_inline_handler("<p>carry on=regardless</p>"));
    assert!(!has_inline_handler(r#"<a href="/only">x</a>"#));
    assert_eq!(effective_url(" \n java\tscript:x"), "javascript:x");
    let parsed = Parsed::new(r#"<img srcset="a.jpg 1x, /b.jpg 2x"><a href=" /c ">c</a>"#);
    assert_eq!(parsed.urls(), ["a.jpg", "/b.jpg", "/c"]);
}

#[test]
fn text_encoded_twice_by_the_site_reads_as_written() {
    // A site that read its UTF-8 as Windows-1252 and wrote it out again:
    // "Itâ€™s" for "It’s", in the title, the byline and every paragraph.
    let para = "The ferryâ€™s crew waited out the fog â€” three days of it â€” \
                before the cafÃ© on the pier opened again for the season. ";
    let page = format!(
        "<html><head><title>The ferryâ€™s week</title></head><body><article>\
         <h1>The ferryâ€™s week</h1><p class=byline>By JosÃ© Ortiz</p>\
         <p>{p}</p><p>{p}</p></article></body></html>",
        p = para.repeat(3)
    );
    let article = extract_at(&page, "https://ferry.example/week");
    assert_eq!(article.title.as_deref(), Some("The ferry’s week"));
    assert_eq!(article.byline.as_deref(), Some("By José Ortiz"));
    assert!(
        article
            .text_content
            .contains("The ferry’s crew waited out the fog — three days of it — before the café"),
        "{}",
        article.text_content
    );
    assert_absent(&article.content, &["â€", "Ã©"], "the twice-encoded text");
}

#[test]
fn a_scripts_data_written_as_text_goes_and_a_json_example_stays() {
    let para = FERRY_PARAGRAPH;
    // Data for a script: a shop's prices in a <div> its stylesheet hides,
    // a widget's settings in one set transparent.
    let prices = r#"<div class="a-section aok-hidden">{"ticket_group_1":[{"displayPrice":"EUR 15.49","priceAmount":15.49,"currencySymbol":"EUR"}]}</div>"#;
    let settings = r#"<div id=widget-config style="opacity:0">{"statementLink":"","hideMobile":false,"language":"en"}</div>"#;
    // What the article shows of JSON: code, and words in braces.
    let example = r#"<pre>{"crossing": "07:40", "berth": 2}</pre>"#;
    let braces = "<p>{Harbour office closed on Sundays}</p>";
    // A date and time for machines, hidden by the stylesheet beside the
    // date people read; and one an article writes in its prose.
    let stamp = "<p>The first crossing was logged on <span>Sep 01, 2006</span> \
         <time class=hide datetime='2006-09-01T16:07+00:00'>2006-09-01T16:07+00:00</time></p>";
    let prose = "<p>The log's first line reads 2006-09-01T16:07:00Z, the day the \
         ferry first ran to the island.</p>";
    let body = format!(
        "<p>{para}</p>{prices}<p>{para}</p>{settings}<p>The timetable reads:</p>\
         {example}{braces}{stamp}<p>{para}</p>{prose}"
    );
    let article = extract(&article_page("Ferry tickets", &body), None);
    let text = norm(&article.text_content);
    assert_absent(
        &text,
        &["displayPrice", "statementLink", "+00:00"],
        "a script's data",
    );
    for kept in [
        r#"{"crossing": "07:40", "berth": 2}"#,
        "{Harbour office closed on Sundays}",
        "Sep 01, 2006",
        "reads 2006-09-01T16:07:00Z, the day",
    ] {
        assert!(text.contains(kept), "{kept:?} in {text}");
    }
}

#[test]
fn a_captions_toggle_goes_from_the_end_of_the_caption() {
    let para = FERRY_PARAGRAPH;
    // NPR's caption: its words, its credit, and the button that folds it,
    // all in one line.
    let figure = "<div class=imagewrap><img src=/slipway.jpg alt=''></div>\
         <div class=caption><p>The slipway at low tide. \
         <b class=credit>Jane Doe/Harbour News</b> \
         <b class=hide-caption><b>hide caption</b></b></p>\
         <b class=toggle-caption><b>toggle caption</b></b></div>";
    let body = format!(
        "<p>{para}</p>{figure}<p>{para}</p>\
         <p>Readers may <b>hide captions</b> in the app's settings.</p><p>{para}</p>"
    );
    let article = extract(&article_page("Ferry tickets", &body), None);
    let text = norm(&article.text_content);
    assert_absent(&text, &["toggle caption"], "a caption's toggle");
    assert_eq!(text.matches("hide caption").count(), 1, "{text}");
    for kept in ["The slipway at low tide.", "Readers may hide captions"] {
        assert!(text.contains(kept), "{kept:?} in {text}");
    }
}

#[test]
fn a_gallerys_counters_go_and_its_pictures_stay() {
    let para = FERRY_PARAGRAPH;
    // A product's gallery: a script shows one picture at a time, and says
    // which.
    let gallery = "<div>\
         <div><p><img src=/deck.jpg alt='The upper deck' width=600 height=400><span>Image 1 of 2</span></p></div>\
         <div><p><img src=/cabin.jpg alt='The cabin' width=600 height=400><span>Image 2 of 2</span></p></div></div>";
    let body = format!("<p>{para}</p>{gallery}<p>{para}</p><p>Step 1 of 3: buy a ticket.</p>");
    let article = extract(&article_page("Ferry tickets", &body), None);
    let text = norm(&article.text_content);
    assert_absent(
        &text,
        &["Image 1 of 2", "Image 2 of 2"],
        "a gallery's counters",
    );
    assert!(text.contains("Step 1 of 3: buy a ticket."), "{text}");
    for picture in ["/deck.jpg", "/cabin.jpg"] {
        assert!(
            article.content.contains(picture),
            "{picture} in {}",
            article.content
        );
    }
}

#[test]
fn a_controls_words_go_and_the_picture_beside_them_stays_but_an_ads_does_not() {
    let para = FERRY_PARAGRAPH;
    // A shop's card: the product's photo and its "Compare" box in one
    // box, the words a script makes a checkbox of.
    let card = |n: u32| {
        format!(
            "<div class=product><div class=image-wrap><a href=/ticket-{n}>\
             <img src=/ticket-{n}.jpg alt='Ticket {n}' width=250 height=250></a>\
             <div class=compare><input type=checkbox><label>Compare</label></div></div>\
             <h2><a href=/ticket-{n}>Day ticket {n}</a></h2><p>{para}</p></div>"
        )
    };
    // An ad's picture with its label, and a chevron beside "Show more".
    let ad =
        "<div><img src=/banner.jpg alt='' width=300 height=250><span>Advertisement</span></div>";
    let more = "<div><span>Show more</span><img src=/chevron-down.svg alt=''></div>";
    let body = format!("{}{ad}{}{more}{}", card(1), card(2), card(3));
    let article = extract(&article_page("Ferry tickets", &body), None);
    let text = norm(&article.text_content);
    assert_absent(
        &text,
        &["Compare", "Advertisement", "Show more"],
        "a control's words",
    );
    for picture in ["/ticket-1.jpg", "/ticket-2.jpg", "/ticket-3.jpg"] {
        assert!(
            article.content.contains(picture),
            "{picture} in {}",
            article.content
        );
    }
    for gone in ["/banner.jpg", "/chevron-down.svg"] {
        assert!(
            !article.content.contains(gone),
            "{gone} in {}",
            article.content
        );
    }
}
