//! The title, two ways. Readability's, rule for rule (`_getArticleTitle`:
//! the `<title>` with the site's name and breadcrumbs cut off), because
//! agreeing with it on its test pages is a quality gate. And the headline
//! the reader view shows: the article's `<h1>` when it is about that title,
//! because a `<title>` is written for tabs and search engines and an `<h1>`
//! for readers.

use html5ever::{local_name, LocalName};

use super::js_text::{collapse_space_runs, is_js_space, js_trim, js_word_count, non_empty};
use crate::dom::{Document, NodeId};
use crate::measure::{self, is_probably_visible};
use crate::text::{normalize_whitespace, word_similarity, words};

/// A `<title>` with no separator that is shorter or longer than this (in
/// UTF-16 units, as JavaScript counts) is probably not the headline: the
/// page's only `<h1>`, if it has exactly one, is used instead.
const TITLE_MIN_LEN: usize = 15;
const TITLE_MAX_LEN: usize = 150;
/// A title cut at a separator or colon left with fewer words than this was
/// cut at the wrong end.
const TITLE_MIN_WORDS_AFTER_CUT: usize = 3;
/// More words than this before a colon: the colon belongs to the headline
/// ("Foo, bar and baz explained at length: part 2").
const TITLE_MAX_WORDS_BEFORE_COLON: usize = 5;
/// A cleaned title this short is distrusted and the original kept, unless it
/// lost exactly one breadcrumb level.
const TITLE_SHORT_WORDS: usize = 4;
/// Characters that, with whitespace on each side, separate a headline from
/// the site's name or a breadcrumb path ("Headline | Site", "Site » Section").
const TITLE_SEPARATORS: &[char] = &['|', '-', '–', '—', '\\', '/', '>', '»'];
/// The separators that mean a breadcrumb path rather than a site suffix.
const HIERARCHICAL_SEPARATORS: &[char] = &['\\', '/', '>', '»'];
/// Nodes read inside one `<h1>`/`<h2>` when checking whether its text is the
/// title: a real headline has a handful, and the bound keeps pathological
/// nests of headings linear.
const HEADING_SCAN_NODES: usize = 256;
/// The page's first `<h1>`s weighed as the article's headline: enough for
/// any real page, and bounded on pages with thousands.
const HEADLINE_CANDIDATES: usize = 20;
/// An `<h1>` longer than this (in words) is a blurb set in big type, not a
/// headline.
const HEADLINE_MAX_WORDS: usize = 40;
/// How much of an `<h1>` must be words of the page's title
/// ([`word_similarity`]) for it to be the headline the title stands for.
/// Half lets a headline differ from a title written for search engines
/// ("Top 10 Health and Nutrition Trends to Watch" for "Health And
/// Nutrition Trends For 2026 - Tastewise"); a section heading or a logo
/// shares few words with it.
const HEADLINE_MIN_SIMILARITY: f64 = 0.5;
/// The paths of a link to a site's home page.
const HOME_PATHS: &[&str] = &[
    "",
    "/",
    "./",
    "index.html",
    "/index.html",
    "index.php",
    "/index.php",
];
/// How much of the title an `<h1>` must cover, the other way round: a logo
/// set as the page's `<h1>` ("V8") is all words of the title ("Outside the
/// web: standalone WebAssembly binaries using Emscripten · V8") but covers
/// next to none of it.
const HEADLINE_MIN_COVERAGE: f64 = 0.1;
/// A label before the title in an `<h1>` ([`title_among_labels`]) is a
/// few words at most: "News", "Tips/Techniques", "Thread:".
const HEADLINE_LABEL_MAX_WORDS: usize = 3;
/// A title's last part of more words than this is not the site's name
/// ([`site_name_in_title`]).
const SITE_NAME_MAX_WORDS: usize = 6;
/// A copyright line is short ("© 2004 The Daily Gazette. All rights
/// reserved."); a longer text that says "copyright" is about copyright.
const COPYRIGHT_LINE_MAX_BYTES: usize = 300;
/// "All rights reserved", "copyright" in Chinese (simplified,
/// traditional), Japanese and Korean: a copyright line without "©".
const COPYRIGHT_WORDS: &[&str] = &["版权所有", "版權所有", "著作権", "저작권"];
/// The marks of a heading's permalink, which the headline goes without.
const PERMALINK_MARKS: &[char] = &['¶', '§', '#', '🔗'];
/// Characters that, with whitespace on each side, put the site's name before
/// or after the headline in a title ("How to Build a Terrarium | eHow").
const SITE_NAME_SEPARATORS: &[char] = &['|', '-', '–', '—', '·', '•', '»'];
/// What sets a Chinese or Japanese title's parts apart, with no spaces
/// around it ([`split_at_last_unspaced_separator`]).
const UNSPACED_SEPARATORS: &[char] = &['_', '|', '｜', '-', '－', '—', '：'];
/// Those of them that are never a headline's own, as a dash or a colon
/// may be ("乌克兰-俄罗斯冲突"): behind them, a short last part is a name
/// ([`without_name_suffix`]).
const UNSPACED_NAME_SEPARATORS: &[char] = &['_', '|', '｜'];
/// How many short parts behind those may go: a section's and a site's.
const UNSPACED_NAME_PARTS: usize = 2;
/// Separators that end a title with a name, and are never a headline's own:
/// dashes, by contrast, also set off subtitles ("Zero Waste - A Beginner's
/// Guide").
const NAME_SUFFIX_SEPARATORS: &[char] = &['|', '·', '•'];
/// A title's last part behind one of those, of at most this many words, is
/// a name: of the site, a section, a brand...
const NAME_SUFFIX_MAX_WORDS: usize = 3;
/// ...when at least this many words are left before it.
const NAME_SUFFIX_MIN_WORDS_LEFT: usize = 2;

/// The headline as the document's `<title>` gives it, with the site's name
/// and breadcrumbs cut off: Readability's `_getArticleTitle`, rule for rule.
pub(super) fn article_title(doc: &Document) -> String {
    let orig = document_title(doc);
    let mut cur = orig.clone();
    let mut hierarchical = false;

    let separators = separator_positions(&orig);
    if let Some(&last) = separators.last() {
        hierarchical = separator_positions_of(&orig, HIERARCHICAL_SEPARATORS)
            .next()
            .is_some();
        cur = orig.get(..last).unwrap_or("").to_string();
        if js_word_count(&cur) < TITLE_MIN_WORDS_AFTER_CUT {
            // "Site | Headline": drop everything up to the first separator.
            cur = match orig
                .char_indices()
                .find(|(_, c)| TITLE_SEPARATORS.contains(c))
            {
                Some((i, c)) => orig.get(i + c.len_utf8()..).unwrap_or("").to_string(),
                None => orig.clone(),
            };
        }
    } else if cur.contains(": ") {
        // A heading that reads exactly like the title means the colon is
        // part of the headline.
        if !heading_equals(doc, js_trim(&cur)) {
            let after_last = orig
                .rfind(':')
                .map_or("", |i| orig.get(i + 1..).unwrap_or(""));
            cur = after_last.to_string();
            if js_word_count(&cur) < TITLE_MIN_WORDS_AFTER_CUT {
                cur = orig
                    .find(':')
                    .map_or("", |i| orig.get(i + 1..).unwrap_or(""))
                    .to_string();
            } else {
                let before_first = orig.find(':').map_or("", |i| orig.get(..i).unwrap_or(""));
                if js_word_count(before_first) > TITLE_MAX_WORDS_BEFORE_COLON {
                    cur = orig.clone();
                }
            }
        }
    } else {
        let len = cur.encode_utf16().count();
        if !(TITLE_MIN_LEN..=TITLE_MAX_LEN).contains(&len) {
            if let Some(h1) = only_h1(doc) {
                cur = collapse_space_runs(js_trim(&visible_text(doc, h1)));
            }
        }
    }

    cur = collapse_space_runs(js_trim(&cur));
    // Four words or fewer: keep the original, unless cutting it removed
    // exactly one level of a breadcrumb path.
    let words = js_word_count(&cur);
    if words <= TITLE_SHORT_WORDS {
        let orig_words = js_word_count(&orig.replace(TITLE_SEPARATORS, ""));
        if !hierarchical || words + 1 != orig_words {
            cur = orig;
        }
    }
    cur
}

/// `document.title`: the first HTML `<title>`'s text, its ASCII whitespace
/// stripped and collapsed, then trimmed as JavaScript trims.
fn document_title(doc: &Document) -> String {
    let Some(title) = doc
        .elements_by_tag(Document::ROOT, &local_name!("title"))
        .find(|&t| doc.is_html(t))
    else {
        return String::new();
    };
    let text: String = doc.children(title).filter_map(|c| doc.text(c)).collect();
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| c.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    js_trim(&out).to_string()
}

/// The title as the reader view shows it. The page's title is often written
/// for search engines and browser tabs ("Average Cost of Online College
/// [2025]: Yearly Tuition + Fees"); the article's `<h1>` is what its readers
/// see ("Average Cost of Online College"), and is taken when it is about the
/// title ([`HEADLINE_MIN_SIMILARITY`]). Failing that, the title without the
/// site's name, which the view shows above it. On WCXB the annotators' title
/// is the `<h1>` far more often than the `<title>`.
/// Either way, a last part that is the site's address by another name
/// goes ("Scalable Interpretability — LessWrong" on lesswrong.com, an `<h1>`
/// "Best UK Art Exhibitions 2025 – Artlyst" on artlyst.com): where the
/// page does not declare its site's name, its host says it, and that part
/// is returned too, as the site's name the view shows above the headline.
pub(super) fn headline(
    heading: Option<&(NodeId, String)>,
    title: Option<&str>,
    site_name: Option<&str>,
    host: Option<&str>,
) -> (Option<String>, Option<String>) {
    let Some(headline) = heading
        .map(|(_, text)| text.as_str())
        .or_else(|| non_empty(title?).map(|t| headline_in_title(t, site_name)))
    else {
        return (None, None);
    };
    match host.and_then(|host| host_name_suffix(headline, host)) {
        Some((before, site)) => (Some(before.to_string()), Some(site.to_string())),
        None => (Some(headline.to_string()), None),
    }
}

/// `title` split before a last part, behind one of the
/// [`SITE_NAME_SEPARATORS`], that spells a label of `host` ("LessWrong",
/// "lesswrong.com"; "The Stack Overflow Blog - Stack Overflow",
/// "stackoverflow.blog"), letters and digits alike whatever their case.
fn host_name_suffix<'a>(title: &'a str, host: &str) -> Option<(&'a str, &'a str)> {
    let (before, suffix) = split_at_last_separator(title, SITE_NAME_SEPARATORS)?;
    let suffix = js_trim(suffix);
    // Host names are ASCII (a browser gives them in punycode).
    let spelled = || {
        suffix
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
    };
    let names_host = spelled().next().is_some()
        && host.split('.').any(|label| {
            spelled().eq(label
                .chars()
                .filter(|&c| c != '-')
                .map(|c| c.to_ascii_lowercase()))
        });
    (names_host && !before.is_empty()).then_some((before, suffix))
}

/// The `<h1>` that [`headline`] takes, and its text: the one most similar
/// to the title, and about it.
pub(super) fn headline_heading(
    doc: &Document,
    title: Option<&str>,
    site_name: Option<&str>,
) -> Option<(NodeId, String)> {
    most_similar_heading(doc, &[local_name!("h1")], title.unwrap_or(""), site_name).map(
        |(h1, text)| {
            let text = title
                .and_then(|title| title_among_labels(doc, h1, headline_in_title(title, site_name)))
                .unwrap_or(text);
            (h1, text)
        },
    )
}

/// The title, where an `<h1>` prints it beside words of its own: after a
/// label (a forum thread's prefix, XenForo's `<span class="label">News</span>`
/// or vBulletin's "Thread:", a badge), a few words in nodes of their own
/// before those that say the title word for word; or before links of its
/// own (Slashdot's, after the story's: its source, "(latimes.com)", and
/// its count of comments, "87"). The same words run into the title's are
/// the headline's ("The Best Scooters" for "Best Scooters"), and so are
/// words after it that are no link ("Best Scooters 2025").
fn title_among_labels(doc: &Document, heading: NodeId, title: &str) -> Option<String> {
    // Each node's words read once: a heading of forty words may still hold
    // megabytes of spaces, which joining the nodes at every split would
    // copy again and again.
    let texts: Vec<(NodeId, &str, Vec<String>)> = text_chunks(doc, heading)
        .take(HEADING_SCAN_NODES)
        .map(|(node, text)| (node, text, words(text).collect::<Vec<_>>()))
        .filter(|(_, _, words)| !words.is_empty())
        .collect();
    let title_words: Vec<String> = words(title).collect();
    let link_of = |node: NodeId| {
        doc.ancestors(node)
            .take_while(|&a| a != heading)
            .find(|&a| doc.is(a, &local_name!("a")))
    };
    (0..texts.len()).find_map(|start| {
        let (label, rest) = texts.split_at(start);
        let label_words: usize = label
            .iter()
            .map(|(_, text, _)| crate::text::phrase_length(text))
            .sum();
        if label_words > HEADLINE_LABEL_MAX_WORDS {
            return None;
        }
        // Only the nodes that hold as many words as the title can say it.
        let mut count = 0;
        let end = 1 + rest.iter().position(|(_, _, words)| {
            count += words.len();
            count >= title_words.len()
        })?;
        let (said, after) = rest.split_at(end);
        let title_link = link_of(said[end - 1].0);
        let own_links = after
            .iter()
            .all(|&(node, _, _)| link_of(node).is_some_and(|link| Some(link) != title_link));
        ((start > 0 || !after.is_empty())
            && own_links
            && said
                .iter()
                .flat_map(|(_, _, words)| words)
                .eq(title_words.iter()))
        .then(|| {
            let said: String = said.iter().map(|&(_, text, _)| text).collect();
            normalize_whitespace(&said)
        })
    })
}

/// The `<h2>` about the title, where pages that give their `<h1>` to the
/// site's name print the article's headline (a blog's older themes, a news
/// page of the 2000s): not the view's headline (an `<h2>` so similar is as
/// often a section's), but where its byline and date are printed.
pub(super) fn headline_subheading(
    doc: &Document,
    title: Option<&str>,
    site_name: Option<&str>,
) -> Option<NodeId> {
    let title = title.filter(|t| !t.is_empty())?;
    most_similar_heading(doc, &[local_name!("h2")], title, site_name).map(|(h2, _)| h2)
}

/// The line in bold or large type about the title, where pages set in
/// tables and `<font>`s (the 2000s' news) print the headline with no
/// heading element: `<b><font size=5>City council approves budget</font>
/// </b><br><i>By John Smith</i>`. Only a line of its own
/// ([`measure::fills_its_line`]): the same words in bold within a
/// paragraph are the article's. Like [`headline_subheading`], where the
/// byline and date are printed, not the view's headline.
pub(super) fn headline_line(
    doc: &Document,
    title: Option<&str>,
    site_name: Option<&str>,
) -> Option<NodeId> {
    let title = title.filter(|t| !t.is_empty())?;
    let emphasis = [
        local_name!("b"),
        local_name!("strong"),
        local_name!("big"),
        local_name!("font"),
    ];
    most_similar_heading(doc, &emphasis, title, site_name)
        .map(|(line, _)| line)
        .filter(|&line| {
            measure::fills_its_line(doc, line, Document::ROOT, |n| {
                measure::inner_text_len(doc, n)
            })
        })
}

/// Of the first [`HEADLINE_CANDIDATES`] elements of the given kinds (the
/// headings of a rank), shown outside menus, the one most similar to the
/// title and about it, or the first when there is no title.
fn most_similar_heading(
    doc: &Document,
    kinds: &[LocalName],
    title: &str,
    site_name: Option<&str>,
) -> Option<(NodeId, String)> {
    // The most similar heading wins; of equally similar ones, the first.
    let mut best: Option<(f64, NodeId, String)> = None;
    let h1s = doc
        .descendants(Document::ROOT)
        .filter(|&h| doc.is_any(h, kinds) && doc.is_html(h))
        .take(HEADLINE_CANDIDATES);
    for h1 in h1s {
        let Some(text) = heading_text(doc, h1) else {
            continue;
        };
        if !shown_outside_menus(doc, h1)
            || site_name.is_some_and(|s| same_text(s, &text))
            || links_home(doc, h1)
        {
            continue;
        }
        // A page without a title has its `<h1>` for one.
        let (similarity, coverage) = if title.is_empty() {
            (1.0, 1.0)
        } else {
            (word_similarity(title, &text), word_similarity(&text, title))
        };
        if similarity >= HEADLINE_MIN_SIMILARITY
            && coverage >= HEADLINE_MIN_COVERAGE
            && best.as_ref().is_none_or(|(b, _, _)| similarity > *b)
        {
            best = Some((similarity, h1, text));
        }
    }
    best.map(|(_, h1, text)| (h1, text))
}

/// A heading's text, whitespace collapsed, if it reads as a headline: not
/// empty, not longer than [`HEADLINE_MAX_WORDS`].
fn heading_text(doc: &Document, heading: NodeId) -> Option<String> {
    let mut text = String::new();
    for (visited, (node, chunk)) in text_chunks(doc, heading).enumerate() {
        if visited >= HEADING_SCAN_NODES {
            return None;
        }
        // A line break or a block sets the words either side apart, as
        // shown ("Remote<br>Full Stack Jobs"), where the DOM's text runs
        // them together.
        let breaks_line = doc
            .tag(node)
            .is_some_and(|t| *t == local_name!("br") || !measure::is_phrasing_tag(t));
        if breaks_line {
            text.push(' ');
        }
        text.push_str(chunk);
    }
    let text = normalize_whitespace(&text);
    // Documentation generators end headings with a permalink ("Logging
    // HOWTO¶").
    let text = text.trim_end_matches(PERMALINK_MARKS).trim_end();
    (!text.is_empty() && crate::text::phrase_length(text) <= HEADLINE_MAX_WORDS)
        .then(|| text.to_string())
}

/// Whether a heading is all one link to the site's home page: the site's
/// name over every page of a blog (`<h1><a href="/">Gardening Notes</a>`),
/// not the article's headline.
fn links_home(doc: &Document, heading: NodeId) -> bool {
    let a = local_name!("a");
    let mut links = doc.elements_by_tag(heading, &a);
    let (Some(link), None) = (links.next(), links.next()) else {
        return false;
    };
    is_home_link(doc, link)
        && measure::inner_text_len(doc, link) == measure::inner_text_len(doc, heading)
}

/// Whether the link goes to the site's home page ([`HOME_PATHS`]).
fn is_home_link(doc: &Document, link: NodeId) -> bool {
    let Some(href) = doc.attr(link, &local_name!("href")) else {
        return false;
    };
    let href = href.trim();
    // The path of an absolute or scheme-relative link, else the link.
    let path = match href.split_once("//") {
        Some((scheme, rest)) if scheme.is_empty() || scheme.ends_with(':') => {
            rest.find('/').map_or("", |at| &rest[at..])
        }
        _ => href,
    };
    HOME_PATHS.contains(&path)
}

/// The site's name, where the page does not declare it, but its title (as
/// the metadata gives it, else as `<title>` does) ends with it and the page
/// prints it again where sites print their own name: a link to the home
/// page (its text, or its logo's `alt`), or the copyright line ("Outdoor
/// Gear – The Bush Company USA" and "© 2025 The Bush Company USA"), or a
/// heading while another says the title's part before it (a book's name
/// over each of its chapters). The headline goes without it, and the view
/// shows it above the headline.
pub(super) fn site_name_in_title(doc: &Document, title: Option<&str>) -> Option<String> {
    title
        .and_then(|title| site_name_ending(doc, title))
        .or_else(|| site_name_ending(doc, &document_title(doc)))
}

/// [`site_name_in_title`] of one title.
fn site_name_ending(doc: &Document, title: &str) -> Option<String> {
    let (before, name) = split_at_last_separator(title, SITE_NAME_SEPARATORS)
        .or_else(|| split_at_last_unspaced_separator(title, UNSPACED_SEPARATORS))?;
    let name = js_trim(name);
    let words = crate::text::phrase_length(name);
    if before.is_empty() || words == 0 || words > SITE_NAME_MAX_WORDS {
        return None;
    }
    let names_home = |link: NodeId| {
        is_home_link(doc, link)
            && ((!measure::inner_text_longer_than(doc, link, 2 * name.len())
                && same_text(&measure::inner_text(doc, link), name))
                || doc.elements_by_tag(link, &local_name!("img")).any(|img| {
                    doc.attr(img, &local_name!("alt"))
                        .is_some_and(|alt| same_text(alt, name))
                }))
    };
    let spelled = words_of(name);
    let in_copyright_line = |text: &str| {
        text.len() <= COPYRIGHT_LINE_MAX_BYTES
            && (text.contains('©')
                || text.to_ascii_lowercase().contains("copyright")
                || COPYRIGHT_WORDS.iter().any(|w| text.contains(w)))
            && format!(" {} ", words_of(text)).contains(&format!(" {spelled} "))
    };
    // A book's generator (mdBook) titles each chapter's page "What is
    // Ownership? - The Rust Programming Language" and prints both parts,
    // each a heading: the book's name over every chapter, the chapter's
    // name over its text.
    // Both parts looked for in one walk over the page's headings.
    let headings_say_both = || {
        let (mut name_said, mut before_said) = (false, false);
        let headings = doc
            .descendants(Document::ROOT)
            .filter(|&h| doc.is_any(h, &measure::HEADING_TAGS))
            .take(HEADLINE_CANDIDATES);
        for said in headings.filter_map(|h| heading_text(doc, h)) {
            name_said |= same_text(&said, name);
            before_said |= same_text(&said, before);
            if name_said && before_said {
                return true;
            }
        }
        false
    };
    let named = doc
        .elements_by_tag(Document::ROOT, &local_name!("a"))
        .any(names_home)
        || doc
            .descendants(Document::ROOT)
            .any(|n| doc.text(n).is_some_and(in_copyright_line))
        || headings_say_both();
    named.then(|| name.to_string())
}

/// The words of `text`, lowercase, one space apart: how a name is matched
/// within a line, whatever its punctuation.
fn words_of(text: &str) -> String {
    words(text).collect::<Vec<_>>().join(" ")
}

/// Whether a reader sees `id`, and outside the site's menus.
fn shown_outside_menus(doc: &Document, id: NodeId) -> bool {
    doc.inclusive_ancestors(id)
        .all(|n| !doc.is(n, &local_name!("nav")) && is_probably_visible(doc, n))
}

/// The headline a `<title>` gives: without the site's name
/// ([`without_site_name`]) nor a short name after it
/// ([`without_name_suffix`]).
fn headline_in_title<'a>(title: &'a str, site_name: Option<&str>) -> &'a str {
    without_name_suffix(without_site_name(title, site_name))
}

/// `title` without the site's name before or after it, behind one of the
/// [`SITE_NAME_SEPARATORS`]; unchanged when nothing would be left.
fn without_site_name<'a>(title: &'a str, site_name: Option<&str>) -> &'a str {
    let Some(site) = site_name else {
        return title;
    };
    let last_parts = [
        split_at_last_separator(title, SITE_NAME_SEPARATORS),
        split_at_last_unspaced_separator(title, UNSPACED_SEPARATORS),
    ];
    for (before, last) in last_parts.into_iter().flatten() {
        if same_text(last, site) && !before.is_empty() {
            return before;
        }
    }
    if let Some(first) = separator_positions_of(title, SITE_NAME_SEPARATORS).next() {
        let rest = js_trim(after_separator(title, first));
        if same_text(&title[..first], site) && !rest.is_empty() {
            return rest;
        }
    }
    title
}

/// `title` without a short last part behind one of the
/// [`NAME_SUFFIX_SEPARATORS`]: a name the page does not declare as its
/// site's ("Weekend Coding Agent | TheFocus.AI Labs", "Scalable
/// Interpretability · LessWrong"). Chinese and Japanese titles run a
/// section's name and the site's after the headline, behind separators
/// with no spaces ("…不同_教育频道_中国青年网"): up to
/// [`UNSPACED_NAME_PARTS`] such parts go.
fn without_name_suffix(title: &str) -> &str {
    let is_name = |before: &str, suffix: &str| {
        crate::text::phrase_length(suffix) <= NAME_SUFFIX_MAX_WORDS
            && crate::text::phrase_length(before) >= NAME_SUFFIX_MIN_WORDS_LEFT
    };
    if let Some((before, suffix)) = split_at_last_separator(title, NAME_SUFFIX_SEPARATORS) {
        return if is_name(before, suffix) {
            before
        } else {
            title
        };
    }
    let mut title = title;
    for _ in 0..UNSPACED_NAME_PARTS {
        match split_at_last_unspaced_separator(title, UNSPACED_NAME_SEPARATORS) {
            Some((before, suffix)) if is_name(before, suffix) => title = before,
            _ => break,
        }
    }
    title
}

/// `title` split at the last of `separators` ([`UNSPACED_SEPARATORS`])
/// that follows a Han character or kana, where Chinese and Japanese titles
/// set their parts apart with no spaces ("城市地铁新线路今日开通_社会频道_
/// 晨光新闻网"), the separator doubled or not ("我市举办读书节活动--晨光网").
fn split_at_last_unspaced_separator<'a>(
    title: &'a str,
    separators: &[char],
) -> Option<(&'a str, &'a str)> {
    let (at, separator) = title.char_indices().rfind(|(at, c)| {
        separators.contains(c)
            && title[..*at]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(crate::text::is_han_or_kana)
    })?;
    let after = title[at + separator.len_utf8()..]
        .trim_start_matches(|c: char| separators.contains(&c) || c.is_whitespace());
    Some((js_trim(&title[..at]), after))
}

/// `title` split at its last of `separators` ([`separator_positions_of`]):
/// what stands before it, trimmed, and what follows it
/// ([`after_separator`]).
fn split_at_last_separator<'a>(title: &'a str, separators: &[char]) -> Option<(&'a str, &'a str)> {
    let last = separator_positions_of(title, separators).last()?;
    Some((js_trim(&title[..last]), after_separator(title, last)))
}

/// What follows the separator [`separator_positions_of`] found at `at`: a
/// space, the separator and a space.
fn after_separator(title: &str, at: usize) -> &str {
    let len = title[at..]
        .chars()
        .take(3)
        .map(char::len_utf8)
        .sum::<usize>();
    &title[at + len..]
}

/// Whether two names read the same, whatever their case and spacing.
fn same_text(a: &str, b: &str) -> bool {
    normalize_whitespace(a).to_lowercase() == normalize_whitespace(b).to_lowercase()
}

/// Byte offsets of each " X " (X a title separator, the spaces any
/// whitespace) in `title`, found left to right without overlap, as a global
/// regex finds them.
fn separator_positions(title: &str) -> Vec<usize> {
    separator_positions_of(title, TITLE_SEPARATORS).collect()
}

fn separator_positions_of<'a>(
    title: &'a str,
    separators: &'a [char],
) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        let rest = title.get(from..)?;
        let found = rest.char_indices().find_map(|(i, c)| {
            let mut next = rest.get(i + c.len_utf8()..)?.chars();
            let sep = next.next()?;
            let after = next.next()?;
            (is_js_space(c) && separators.contains(&sep) && is_js_space(after))
                .then(|| (i, c.len_utf8() + sep.len_utf8() + after.len_utf8()))
        });
        let (i, len) = found?;
        from += i + len;
        Some(from - len)
    })
}

/// Whether some `<h1>` or `<h2>` has exactly `target` as its trimmed text.
fn heading_equals(doc: &Document, target: &str) -> bool {
    doc.descendants(Document::ROOT)
        .filter(|&n| doc.is(n, &local_name!("h1")) || doc.is(n, &local_name!("h2")))
        .any(|h| text_trims_to(doc, h, target))
}

/// Streams the heading's text and compares it with `target` (which has no
/// surrounding whitespace), stopping at the first difference.
fn text_trims_to(doc: &Document, heading: NodeId, target: &str) -> bool {
    let mut expected = target.chars();
    let mut pending = expected.next();
    let mut started = false;
    for (visited, (_, text)) in text_chunks(doc, heading).enumerate() {
        if visited >= HEADING_SCAN_NODES {
            return false;
        }
        for c in text.chars() {
            if !started && is_js_space(c) {
                continue;
            }
            started = true;
            match pending {
                Some(e) if e == c => pending = expected.next(),
                Some(_) => return false,
                None if is_js_space(c) => {}
                None => return false,
            }
        }
    }
    pending.is_none()
}

/// The page's `<h1>`, if it has exactly one.
fn only_h1(doc: &Document) -> Option<NodeId> {
    let h1 = local_name!("h1");
    let mut h1s = doc.elements_by_tag(Document::ROOT, &h1);
    let first = h1s.next()?;
    h1s.next().is_none().then_some(first)
}

/// The text below `root` as a reader sees it: without `<script>` and
/// `<style>`, which Readability removes before reading titles.
fn visible_text(doc: &Document, root: NodeId) -> String {
    text_chunks(doc, root).map(|(_, text)| text).collect()
}

/// The text nodes below `root`, skipping scripts and styles; yields one
/// (possibly empty) item per node visited, with the node, so callers can
/// bound their work.
fn text_chunks(doc: &Document, root: NodeId) -> impl Iterator<Item = (NodeId, &str)> + '_ {
    let mut next = doc.first_child(root);
    std::iter::from_fn(move || {
        let node = next?;
        let skip = doc.is(node, &local_name!("script")) || doc.is(node, &local_name!("style"));
        next = doc.next_in_order(node, root, skip);
        Some((
            node,
            if skip {
                ""
            } else {
                doc.text(node).unwrap_or("")
            },
        ))
    })
}

#[cfg(test)]
mod tests {
    use crate::metadata::tests::meta;

    fn title_of(head_title: &str, body: &str) -> Option<String> {
        meta(&format!(
            "<html><head><title>{head_title}</title></head><body>{body}</body></html>"
        ))
        .title
    }

    #[test]
    fn title_loses_site_suffix_and_breadcrumbs() {
        assert_eq!(
            title_of("How the engine was built | The Engine Blog", "").as_deref(),
            Some("How the engine was built")
        );
        assert_eq!(
            title_of("Lorem ipsum dolor sit amet – My website", "").as_deref(),
            Some("Lorem ipsum dolor sit amet")
        );
        // Site name first: the part before the first separator goes.
        assert_eq!(
            title_of("Engine | How the engine was built", "").as_deref(),
            Some("How the engine was built")
        );
        // Too little left after cutting: the whole title is kept.
        assert_eq!(
            title_of("Short one | Some Site", "").as_deref(),
            Some("Short one | Some Site")
        );
    }

    #[test]
    fn title_colon_rules() {
        // " :: " and ": " separate a site from a headline...
        assert_eq!(
            title_of("Site :: Some long headline with words", "").as_deref(),
            Some("Some long headline with words")
        );
        // ...unless a heading shows the colon belongs to the headline.
        assert_eq!(
            title_of(
                "Rust: a language empowering everyone",
                "<h2> Rust: a language empowering <b>everyone</b> </h2>"
            )
            .as_deref(),
            Some("Rust: a language empowering everyone")
        );
        // Many words before the colon: it is part of the headline.
        assert_eq!(
            title_of("One two three four five six: seven eight nine", "").as_deref(),
            Some("One two three four five six: seven eight nine")
        );
    }

    fn headline_of(head: &str, body: &str) -> Option<String> {
        meta(&format!(
            "<html><head>{head}</head><body>{body}</body></html>"
        ))
        .headline
    }

    #[test]
    fn a_label_before_the_title_in_the_h1_is_not_the_headlines() {
        let title = "<title>Digital Cameras: a status symbol? | Cameraderie</title>";
        for h1 in [
            // XenForo's thread prefix, vBulletin's, a badge.
            "<h1><span class=label>News</span><span> </span>Digital Cameras: a status symbol?</h1>",
            "<h1> Thread: <span><a href=t.php>Digital Cameras: a status symbol?</a></span></h1>",
            "<h1><em>New</em> Digital Cameras: a status symbol?</h1>",
        ] {
            assert_eq!(
                headline_of(title, h1).as_deref(),
                Some("Digital Cameras: a status symbol?"),
                "{h1}"
            );
        }
        // Words that run into the title's are the headline's own; more than
        // a few before it are a headline of its own.
        for (h1, shown) in [
            (
                "<h1>Our Digital Cameras: a status symbol?</h1>",
                "Our Digital Cameras: a status symbol?",
            ),
            (
                "<h1><span>Why are the new</span> Digital Cameras: a status symbol?</h1>",
                "Why are the new Digital Cameras: a status symbol?",
            ),
        ] {
            assert_eq!(headline_of(title, h1).as_deref(), Some(shown), "{h1}");
        }
    }

    #[test]
    fn links_after_the_title_in_the_h1_are_not_the_headlines() {
        let title = "<title>Stanford Grads Find Fewer Jobs - Slashdot</title>\
                     <meta property=og:site_name content=Slashdot>";
        // Slashdot's story: its source and its count of comments, each a
        // link of its own after the story's.
        let story =
            "<h1><span class=story-title><a href=/story/1>Stanford Grads Find Fewer Jobs</a> \
                     <span><a href=https://www.latimes.com/jobs>(latimes.com)</a></span></span> \
                     <span class=comment-bubble><a href=/story/1#comments>87</a></span></h1>";
        assert_eq!(
            headline_of(title, story).as_deref(),
            Some("Stanford Grads Find Fewer Jobs")
        );
        // Words after the title's that are no link, or in the title's own
        // link, are the headline's.
        for (h1, shown) in [
            (
                "<h1>Stanford Grads Find Fewer Jobs <span>in 2025</span></h1>",
                "Stanford Grads Find Fewer Jobs in 2025",
            ),
            (
                "<h1><a href=/story/1>Stanford Grads Find Fewer Jobs <b>in 2025</b></a></h1>",
                "Stanford Grads Find Fewer Jobs in 2025",
            ),
        ] {
            assert_eq!(headline_of(title, h1).as_deref(), Some(shown), "{h1}");
        }
    }

    #[test]
    fn headline_is_the_h1_the_title_stands_for() {
        // A title written for search engines: the article's heading is shown.
        assert_eq!(
            headline_of(
                "<title>Health And Nutrition Trends For 2026 - Tastewise</title>",
                "<h1>Top 10 Health and <br>Nutrition Trends to Watch</h1>"
            )
            .as_deref(),
            Some("Top 10 Health and Nutrition Trends to Watch")
        );
        // Its lines set apart, as shown, where the DOM's text runs them
        // together ("RemoteFull Stack Programming Jobs").
        assert_eq!(
            headline_of(
                "<title>Remote Full Stack Programming Jobs | We Work Remotely</title>",
                "<h1><a href=/><span>Remote</span><br><span>Full Stack Programming Jobs</span></a></h1>"
            )
            .as_deref(),
            Some("Remote Full Stack Programming Jobs")
        );
        // Without the permalink documentation generators end it with.
        assert_eq!(
            headline_of(
                "<title>Logging HOWTO — Python 3.14 documentation</title>",
                "<h1>Logging HOWTO<a class=headerlink href='#logging-howto'>¶</a></h1>"
            )
            .as_deref(),
            Some("Logging HOWTO")
        );
        // Of several, the one most like the title; a logo that is a word of
        // the title covers too little of it.
        let logo_then_headline = "<header><h1><a href=/>V8</a></h1></header>\
            <article><h1 itemprop=headline>Outside the web: standalone binaries</h1></article>";
        assert_eq!(
            headline_of(
                "<title>Outside the web: standalone binaries · V8</title>",
                logo_then_headline
            )
            .as_deref(),
            Some("Outside the web: standalone binaries")
        );
    }

    #[test]
    fn an_h1_that_links_home_is_the_sites_name_not_the_headline() {
        let title = "<title>Gardening Notes: Tomatoes in June</title>";
        // A blog's name over every page, linked to its home page: the
        // title is the headline, not the name.
        for home in [
            "/",
            "https://notes.example/",
            "//notes.example",
            "index.html",
        ] {
            let body = format!(
                "<h1 class=title><a href='{home}'>Gardening Notes</a></h1>\
                 <h3 class=post-title>Tomatoes in June</h3><p>Text</p>"
            );
            assert_eq!(
                headline_of(title, &body).as_deref(),
                Some("Gardening Notes: Tomatoes in June"),
                "{home}"
            );
        }
        // A heading linked to the post itself is the post's.
        assert_eq!(
            headline_of(
                title,
                "<h1><a href=/2008/06/tomatoes.html>Tomatoes in June</a></h1><p>Text</p>"
            )
            .as_deref(),
            Some("Tomatoes in June")
        );
    }

    #[test]
    fn headline_drops_a_short_name_after_a_pipe_or_dot() {
        for (title, shown) in [
            (
                "Weekend Coding Agent | TheFocus.AI Labs",
                "Weekend Coding Agent",
            ),
            (
                "Scalable End-to-End Interpretability · LessWrong",
                "Scalable End-to-End Interpretability",
            ),
            // A dash may set off a subtitle; a long last part is no name;
            // one word left is too little to be the headline.
            (
                "Zero Waste - A Beginner's Guide",
                "Zero Waste - A Beginner's Guide",
            ),
            (
                "Cloud Based HR Software | HRMS Solution For Growing Teams",
                "Cloud Based HR Software | HRMS Solution For Growing Teams",
            ),
            ("Payments | Stripe", "Payments | Stripe"),
        ] {
            assert_eq!(
                headline_of(&format!("<title>{title}</title>"), "").as_deref(),
                Some(shown),
                "{title}"
            );
        }
    }

    #[test]
    fn a_last_part_the_page_prints_as_its_own_name_is_the_sites_name() {
        let meta_of = |body: &str| {
            crate::metadata::tests::meta(&format!(
                "<html><head><title>Bridge reopens after repairs - The Daily Gazette</title>\
                 </head><body>{body}<p>The Main Street bridge reopened on Monday.</p></body></html>"
            ))
        };
        // The home page's link, its logo, or the copyright line says it;
        // or a heading, while another says the title's first part (mdBook's
        // book name over each chapter's).
        for body in [
            "<a href=/>The Daily Gazette</a>",
            "<a href='https://gazette.example/'><img src=logo.gif alt='The Daily Gazette'></a>",
            "<font size=1>Copyright 2004 The Daily Gazette. All rights reserved.</font>",
            "<footer>&copy; 2004 The Daily Gazette</footer>",
            "<h1 class=menu-title>The Daily Gazette</h1>\
             <h2><a class=header href=#bridge>Bridge Reopens After Repairs</a></h2>",
        ] {
            let m = meta_of(body);
            assert_eq!(m.site_name.as_deref(), Some("The Daily Gazette"), "{body}");
            assert_eq!(
                m.headline.as_deref(),
                Some("Bridge reopens after repairs"),
                "{body}"
            );
        }
        // Said nowhere, or not as the site's own, the last part is kept: it
        // may be a subtitle.
        for body in [
            "",
            "<a href=/about>The Daily Gazette</a>",
            "<p>The Daily Gazette reported it first.</p>",
            "<p>Copyright 2004 The Daily Gazetteer.</p>",
            "<h2>The Daily Gazette</h2><h2>Roads closed this week</h2>",
        ] {
            let m = meta_of(body);
            assert_eq!(m.site_name, None, "{body}");
            assert_eq!(
                m.headline.as_deref(),
                Some("Bridge reopens after repairs - The Daily Gazette"),
                "{body}"
            );
        }
    }

    #[test]
    fn chinese_and_japanese_titles_have_their_headline_and_site_name_read() {
        // Words of Han characters and kana are compared one character to a
        // word: the `<h1>` is the headline.
        let m = crate::metadata::tests::meta(
            "<html><head><title>城市地铁新线路今日开通 沿线居民出行更便捷_社会频道_晨光新闻网\
             </title></head><body><a href=/>首页</a><h1>城市地铁新线路今日开通 沿线居民出行更便捷\
             </h1><p>本报讯，全长三十二公里的地铁六号线正式开通运营。</p>\
             <div>Copyright © 2026 晨光新闻网 版权所有</div></body></html>",
        );
        assert_eq!(
            m.headline.as_deref(),
            Some("城市地铁新线路今日开通 沿线居民出行更便捷")
        );
        // The title's last part behind "_", with no spaces, is the site's
        // name the copyright line prints.
        assert_eq!(m.site_name.as_deref(), Some("晨光新闻网"));
        // A name of eight characters is a site's name (as long as four
        // words), after a fullwidth colon.
        let m = crate::metadata::tests::meta(
            "<html><head><title>新型ロケットの打ち上げに成功：東都新報デジタル</title></head>\
             <body><a href=/><img src=logo.png alt=東都新報デジタル></a>\
             <p>宇宙航空研究機構は3日午前、新型ロケットの初号機を打ち上げた。</p></body></html>",
        );
        assert_eq!(m.site_name.as_deref(), Some("東都新報デジタル"));
        // The separator doubled; a section's name and the site's behind
        // "_" both leave a headline read from the title, a dash within it
        // stays.
        for (title, headline) in [
            (
                "我市举办第三届读书节活动--晨光网",
                "我市举办第三届读书节活动",
            ),
            (
                "海外留学生看两会：关注点大不同_教育频道_晨光网",
                "海外留学生看两会：关注点大不同",
            ),
            (
                "乌克兰-俄罗斯冲突进入新阶段_国际频道_晨光网",
                "乌克兰-俄罗斯冲突进入新阶段",
            ),
        ] {
            let m = crate::metadata::tests::meta(&format!(
                "<html><head><title>{title}</title></head><body><a href=/><img src=logo.gif \
                 alt=晨光网></a><p>4月23日是世界读书日，我市第三届读书节正式开幕。</p></body></html>"
            ));
            assert_eq!(m.site_name.as_deref(), Some("晨光网"), "{title}");
            assert_eq!(m.headline.as_deref(), Some(headline), "{title}");
        }
        // Printed nowhere as the site's own: no name.
        let m = crate::metadata::tests::meta(
            "<html><head><title>地铁开通_社会频道_晨光新闻网</title></head>\
             <body><p>晨光新闻网报道了这条新闻。</p></body></html>",
        );
        assert_eq!(m.site_name, None);
    }

    #[test]
    fn headline_drops_a_last_part_that_names_the_host() {
        let meta_at = |url: &str, head: &str, body: &str| {
            let html = format!("<html><head>{head}</head><body>{body}</body></html>");
            let url = url::Url::parse(url).unwrap();
            crate::metadata::extract_metadata(&crate::parse::parse_document(&html), Some(&url))
        };
        let headline_at = |url: &str, head: &str, body: &str| meta_at(url, head, body).headline;
        let lesswrong = "<title>Scalable End-to-End Interpretability — LessWrong</title>";
        let m = meta_at("https://www.lesswrong.com/posts/x", lesswrong, "");
        assert_eq!(
            m.headline.as_deref(),
            Some("Scalable End-to-End Interpretability")
        );
        // The part dropped names the site, which the page did not declare.
        assert_eq!(m.site_name.as_deref(), Some("LessWrong"));
        // The site's own `<h1>` with its name in it.
        assert_eq!(
            headline_at(
                "https://artlyst.com/features/x",
                "<title>Best UK Art Exhibitions 2025</title>",
                "<h1>Best UK Art Exhibitions 2025 – Artlyst</h1>"
            )
            .as_deref(),
            Some("Best UK Art Exhibitions 2025")
        );
        // On another host, or a last part that is not its name: kept.
        assert_eq!(
            headline_at("https://example.com/x", lesswrong, "").as_deref(),
            Some("Scalable End-to-End Interpretability — LessWrong")
        );
        assert_eq!(
            headline_at(
                "https://lesswrong.com/x",
                "<title>Why we wrong — less</title>",
                ""
            )
            .as_deref(),
            Some("Why we wrong — less")
        );
    }

    #[test]
    fn headline_is_never_a_heading_about_something_else() {
        let title = "<title>How to Build a Terrarium | eHow</title>\
            <meta property=og:site_name content=eHow>";
        // A heading sharing too few words with the title, the site's name,
        // a hidden heading, one in a menu, a blurb set in big type: none is
        // the headline, and the title shows without the site's name.
        for body in [
            "<h1>Garden projects for spring</h1>",
            "<h1>eHow</h1>",
            "<h1 hidden>How to Build a Terrarium in a Jar</h1>",
            "<nav><h1>How to Build a Terrarium</h1></nav>",
            &format!("<h1>{}</h1>", "How to build a terrarium ".repeat(10)),
        ] {
            assert_eq!(
                headline_of(title, body).as_deref(),
                Some("How to Build a Terrarium"),
                "{body}"
            );
        }
        // The site's name may come first, too.
        assert_eq!(
            headline_of("<title>eHow » How to Build a Terrarium</title><meta property=og:site_name content=eHow>", "").as_deref(),
            Some("How to Build a Terrarium")
        );
        // A title that is only the site's name stays whole.
        assert_eq!(
            headline_of(
                "<title>eHow</title><meta property=og:site_name content=eHow>",
                ""
            )
            .as_deref(),
            Some("eHow")
        );
        // No title at all: the page's heading is its headline.
        assert_eq!(
            headline_of("", "<h1>Notes on a quiet harbour</h1>").as_deref(),
            Some("Notes on a quiet harbour")
        );
        assert_eq!(headline_of("", "<p>Nothing</p>"), None);
    }

    #[test]
    fn title_falls_back_to_the_only_h1() {
        assert_eq!(
            title_of("Home", "<h1>  A much longer   real headline </h1>").as_deref(),
            Some("A much longer real headline")
        );
        // Script text inside the heading is not part of the headline.
        assert_eq!(
            title_of(
                "Home",
                "<h1>The real headline is here<script>var x;</script></h1>"
            )
            .as_deref(),
            Some("The real headline is here")
        );
        // Four words or fewer from the h1: not trusted over the title.
        assert_eq!(
            title_of("Home", "<h1>Real headline here</h1>").as_deref(),
            Some("Home")
        );
        // Two h1s: no way to tell which, the title stays.
        assert_eq!(
            title_of("Home", "<h1>One headline here</h1><h1>Another one</h1>").as_deref(),
            Some("Home")
        );
        // No <title> at all.
        assert_eq!(
            meta("<body><h1>Only heading of the page</h1></body>")
                .title
                .as_deref(),
            Some("Only heading of the page")
        );
    }
}
