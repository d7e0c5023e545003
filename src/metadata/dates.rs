//! Published dates: the sources read after every one Readability reads has
//! come up empty (microdata's `datePublished` on any element, the
//! article's `<time>`, a dateline written out: see [`written_date_day`]),
//! and the shape the view gets them in: an ISO value as given, a date
//! written out as its ISO day, so that the view can format every date
//! alike.

use html5ever::local_name;

use super::headline_lines;
use super::js_text::js_trim;
use super::microdata::has_itemprop;
use crate::dom::{Document, NodeId};
use crate::hints;
use crate::measure::{self, is_probably_visible};
use crate::text::normalize_whitespace;

/// Class and id words of a service's testimonials, which hold what others
/// say of it as a shop's reviews do ([`in_reviews`]).
const TESTIMONIAL_WORDS: &[&str] = &["testimonial", "testimonials"];
/// How many `<time>` elements are read for the published date, when
/// nothing else gives it.
const TIME_ELEMENTS_READ: usize = 20;
/// How many parts named as where the date is printed are read for a
/// written date, when nothing else gives one.
const DATE_PARTS_READ: usize = 20;
/// A part longer than this (in characters) holds more than a dateline.
const DATE_LINE_MAX_CHARS: usize = 80;
/// The years a written date may have: the web's, and not the
/// placeholder "9999" some templates print.
pub(super) const WRITTEN_DATE_YEARS: std::ops::RangeInclusive<u32> = 1990..=2100;

/// The microdata `datePublished` of an element other than `<meta>` (those
/// are read with the other meta tags): a `<time>`'s `datetime`, a
/// `content` attribute, a `title` (Blogger's `<abbr title="2011-09-15T...">
/// 12:55 AM</abbr>`) or the element's text, whichever first is an ISO 8601
/// date: the text alone is often a time of day or "3 days ago".
pub(super) fn microdata_date_published(doc: &Document) -> Option<String> {
    let element = doc
        .descendants(Document::ROOT)
        .find(|&n| has_itemprop(doc, n, "datePublished") && !doc.is(n, &local_name!("meta")))?;
    let attrs = [
        local_name!("datetime"),
        local_name!("content"),
        local_name!("title"),
    ];
    attrs
        .iter()
        .filter_map(|a| doc.attr(element, a).map(str::to_string))
        .chain(std::iter::once(normalize_whitespace(
            &doc.text_content(element),
        )))
        .map(|v| js_trim(&v).to_string())
        .find(|v| day_of(v).is_some())
}

/// The last resort for the published date but one: the first `<time
/// datetime>` with an ISO date outside lists and page clutter
/// ([`outside_lists_and_clutter`]) that microdata does not name as another
/// date (`dateModified`).
pub(super) fn time_element_date(doc: &Document) -> Option<String> {
    doc.elements_by_tag(Document::ROOT, &local_name!("time"))
        // The article's date comes early; the bound keeps a page of
        // thousands of deeply nested times linear.
        .take(TIME_ELEMENTS_READ)
        .filter(|&t| {
            !doc.has_attr(t, &local_name!("itemprop")) || has_itemprop(doc, t, "datePublished")
        })
        .filter(|&t| outside_lists_and_clutter(doc, t))
        .filter_map(|t| doc.attr(t, &local_name!("datetime")))
        .map(|v| js_trim(v).to_string())
        .find(|v| day_of(v).is_some())
}

/// The very last resort for the published date: a written date
/// ("Posted on May 18, 2023", "By Jane Doe · December 23, 2025") in a short
/// part of the page whose class or id names where pages print their date
/// ([`hints::DATE_PARTS`]), outside lists and page clutter as for
/// [`time_element_date`]. A line that says "updated" or "modified" gives
/// another day than the article's, read only when no line gives that
/// ([`update_date`]). On WCXB, where nothing else gave a date, this one is
/// the annotators' on 54 pages and another on 13.
pub(super) fn written_date_in_page(doc: &Document) -> Option<String> {
    lines_of_date_parts(doc).find_map(|line| published_day_in_line(&line))
}

/// The text of the short parts of the page named as where pages print
/// their date, shown, outside lists, page clutter and reviews
/// ([`in_reviews`]). A part hidden is for machines: Wikipedia prints an
/// infobox's "February 28, 1998" and hides its ISO day in a `published`
/// part, the software's release.
fn lines_of_date_parts(doc: &Document) -> impl Iterator<Item = String> + '_ {
    doc.descendants(Document::ROOT)
        .filter(|&n| {
            doc.is_element(n)
                && hints::matches_any(&hints::class_and_id_lower(doc, n), &hints::DATE_PARTS)
        })
        // The dateline comes early; the bound keeps a page of thousands of
        // deeply nested parts linear.
        .take(DATE_PARTS_READ)
        .filter(|&n| outside_lists_and_clutter(doc, n) && !in_reviews(doc, n))
        .filter(|&n| {
            doc.inclusive_ancestors(n)
                .all(|a| is_probably_visible(doc, a))
        })
        .filter(|&n| !measure::inner_text_longer_than(doc, n, DATE_LINE_MAX_CHARS))
        .map(|n| measure::line_text(doc, n))
}

/// Whether `id` is in a part of the page that holds what others say of it
/// (a shop's reviews, [`hints::CUSTOMER_REVIEW_WORDS`]; a service's
/// testimonials, [`TESTIMONIAL_WORDS`]): a date
/// there is the day a reviewer wrote, not the page's.
fn in_reviews(doc: &Document, id: NodeId) -> bool {
    parts_holding(doc, id).any(|a| {
        hints::is_named(doc, a, hints::CUSTOMER_REVIEW_WORDS)
            || hints::is_named(doc, a, TESTIMONIAL_WORDS)
    })
}

/// When the page prints no other date: the day it says it was updated
/// ("Updated on July 9, 2025"), under the headline or where pages print
/// their date. It is the date of the version the reader reads, and where a
/// page gives only that one, the date its readers (and WCXB's annotators,
/// on 13 of the 17 pages where it is read) take for the article's.
pub(super) fn update_date(doc: &Document, heading: Option<NodeId>) -> Option<String> {
    heading
        .into_iter()
        .flat_map(|h| headline_lines::lines_around_headline(doc, h))
        .chain(lines_of_date_parts(doc))
        .find_map(|line| written_date_day(split_at_update(&line).1?))
}

/// The last resort for the published date: a written date in a
/// short line under the headline ([`headline_lines`]), where pages print
/// it with nothing marking it ("By Summer Swann - June 12, 2025"), else
/// just above it, as a kicker ("Sunday, Feb 1, 2015 11:57 AM"). A date
/// after "updated" is not read, as in [`written_date_in_page`]. On WCXB,
/// where nothing else gave a date, the lines under the headline give the
/// annotators' on 30 pages and another on 2; those above, on 9 and 1.
pub(super) fn date_around_headline(doc: &Document, heading: NodeId) -> Option<String> {
    headline_lines::lines_around_headline(doc, heading)
        .find_map(|line| published_day_in_line(&line))
}

/// The words that tell of an update in a dateline, in the languages whose
/// dates are read ([`written_date_day`]): Chinese and Japanese "更新",
/// Chinese "修改", Korean "수정".
const UPDATE_WORDS: &[&str] = &["updated", "modified", "更新", "修改", "수정"];

/// The day a dateline says the article was published: its first date,
/// before any word that tells of an update ("2019-02-23, 09:14 PM (This
/// post was last modified: 2024-01-05)"; Korean "입력 2026.11.03 수정
/// 2026.11.04"). A line that begins with the update ("Last updated: Dec
/// 12, 2025") gives none: its date is another day than the article's.
fn published_day_in_line(line: &str) -> Option<String> {
    written_date_day(split_at_update(line).0)
}

/// A dateline split before the first word that tells of an update
/// ([`UPDATE_WORDS`]), if one does.
fn split_at_update(line: &str) -> (&str, Option<&str>) {
    // ASCII lowercase keeps every byte where it was.
    let lower = line.to_ascii_lowercase();
    match UPDATE_WORDS.iter().filter_map(|w| lower.find(w)).min() {
        Some(at) => (&line[..at], Some(&line[at..])),
        None => (line, None),
    }
}

/// Whether `id` is neither in nor itself a list item, a menu, a footer, an
/// aside or a part named as page clutter (comments, related posts, a
/// sidebar: see [`hints::is_unlikely_candidate`]; an article's `header` is
/// where its date is). Lists are where the dates of other posts are: a
/// blog's index, a thread's replies, "recent posts". The names of `<html>`
/// and `<body>` say what the page's layout has ("hasRightSidebar",
/// "NoSidebar"), not that everything in it is that part.
pub(super) fn outside_lists_and_clutter(doc: &Document, id: NodeId) -> bool {
    !parts_holding(doc, id).any(|a| {
        doc.is_any(
            a,
            &[
                local_name!("li"),
                local_name!("nav"),
                local_name!("footer"),
                local_name!("aside"),
            ],
        ) || {
            let names = hints::class_and_id_lower(doc, a);
            hints::is_unlikely_candidate(&names) && !hints::is_unlikely_only_as(&names, &["header"])
        }
    })
}

/// `id` and the elements that hold it, below `<body>`: the parts of the
/// page it is in. (The names of `<html>` and `<body>` say what the page's
/// layout has, not that everything in it is that part.)
fn parts_holding(doc: &Document, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
    doc.inclusive_ancestors(id)
        .take_while(|&a| !doc.is_any(a, &[local_name!("body"), local_name!("html")]))
}

/// The day of an ISO 8601 date or date and time ("2017-02-13" of
/// "2017-02-13T16:44:00+00:00"): what the view can show as a date.
pub fn day_of(value: &str) -> Option<&str> {
    let day = value.trim().get(..10)?;
    // Bytes, not string slices: a character of several bytes may straddle
    // any of these places ("2024-0é-01").
    let b = day.as_bytes();
    let digits_at = |range: std::ops::Range<usize>| b[range].iter().all(u8::is_ascii_digit);
    (digits_at(0..4) && b[4] == b'-' && digits_at(5..7) && b[7] == b'-' && digits_at(8..10))
        .then_some(day)
}

/// English month names, January first; three letters (or "sept") abbreviate
/// them.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Months' names in the languages of Europe's larger news sites and a few
/// more, January first: German, French, Spanish, Italian, Portuguese,
/// Dutch, Russian and Polish (as a date says them: "3 марта", "3 marca"),
/// Indonesian, Turkish, Arabic (as Egypt and the Gulf name them). In full
/// only: their abbreviations are English words ("ago", Spanish August).
#[rustfmt::skip]
const MONTHS_ELSEWHERE: [[&str; 12]; 11] = [
    ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
     "oktober", "november", "dezember"],
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
     "octobre", "novembre", "décembre"],
    ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
     "octubre", "noviembre", "diciembre"],
    ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
     "settembre", "ottobre", "novembre", "dicembre"],
    ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
     "outubro", "novembro", "dezembro"],
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
     "oktober", "november", "december"],
    ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
     "октября", "ноября", "декабря"],
    ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
     "września", "października", "listopada", "grudnia"],
    ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
     "oktober", "november", "desember"],
    ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
     "kasım", "aralık"],
    ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
     "نوفمبر", "ديسمبر"],
];

/// Words a date is written with between its day, month and year ("3rd of
/// March", "3 de marzo de 2024"), read past.
const DATE_FILLERS: &[&str] = &["of", "de", "del"];

/// A published date as the view can format it: an ISO 8601 value as given
/// (quotes that some pages leave around it dropped), a date written out
/// ([`written_date_day`]: "Feb 08, 2022", "Thursday, 3 March 2024 at
/// 9:15", "2026年11月3日") or with slashes where no reading takes it for
/// another day ("13/11/2025": see `slashed_date_day`), as its ISO day,
/// anything else as given.
pub(super) fn published_date(value: &str) -> String {
    let value = value.trim().trim_matches('"').trim();
    if day_of(value).is_some() {
        return value.to_string();
    }
    written_date_day(value)
        .or_else(|| slashed_date_day(value))
        .unwrap_or_else(|| value.to_string())
}

/// The ISO day of a date written with slashes: year first ("2025/12/18",
/// "2025/1/5 10:00"), or year last where the day and the month cannot be
/// taken one for the other ("13/11/2025", "09/25/2025": one of them is over
/// 12), after a weekday's name if one leads ("Thu, 09/25/2025 - 11:38").
/// "02/03/2025" is the 2nd of March in Europe and the 3rd of February in
/// the United States: left as given.
fn slashed_date_day(value: &str) -> Option<String> {
    let date = value.split_whitespace().find(|w| w.contains('/'))?;
    let mut parts = date.split('/').map(|p| p.parse::<u32>().ok());
    let (Some(Some(first)), Some(Some(second)), Some(Some(third)), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let (year, month, day) = if WRITTEN_DATE_YEARS.contains(&first) {
        (first, second, third)
    } else if second > 12 {
        (third, first, second)
    } else if first > 12 {
        (third, second, first)
    } else {
        return None;
    };
    iso_day(year, month, day)
}

/// The ISO day ("2022-02-08") of the first date written in `text` with its
/// month's name ([`named_month_date_day`]), else in digits, year first
/// ([`year_first_date_day`]), as Chinese, Japanese and Korean pages write
/// it and ISO does, else day first between dots ([`dotted_date_day`]), as
/// Europe writes it; digits of other scripts read as digits
/// ([`OTHER_DIGITS`]).
pub(crate) fn written_date_day(text: &str) -> Option<String> {
    let text = with_ascii_digits(text);
    named_month_date_day(&text).or_else(|| {
        let chars: Vec<char> = text.chars().collect();
        year_first_date_day(&chars).or_else(|| dotted_date_day(&chars))
    })
}

/// The digits of other scripts a date may be written in, zero to nine:
/// fullwidth ("２０２６年"), Arabic ("٣ مارس ٢٠٢٤"), Persian, Devanagari.
const OTHER_DIGITS: [std::ops::RangeInclusive<char>; 4] = [
    '\u{FF10}'..='\u{FF19}',
    '\u{0660}'..='\u{0669}',
    '\u{06F0}'..='\u{06F9}',
    '\u{0966}'..='\u{096F}',
];

/// `text` with its [`OTHER_DIGITS`] as ASCII digits.
fn with_ascii_digits(text: &str) -> std::borrow::Cow<'_, str> {
    let ascii = |c: char| {
        OTHER_DIGITS
            .iter()
            .find(|digits| digits.contains(&c))
            .map(|digits| char::from(b'0' + (c as u32 - *digits.start() as u32) as u8))
    };
    if !text.chars().any(|c| ascii(c).is_some()) {
        return text.into();
    }
    text.chars()
        .map(|c| ascii(c).unwrap_or(c))
        .collect::<String>()
        .into()
}

/// The ISO day of the first date written with its month's name in `text`:
/// month, day and year, the month first or second ("Feb 08, 2022", "18
/// November 2025", "Posted on Thursday, 3rd March 2024 at 9:15", "3rd of
/// March 2024"), in English or in the languages of Europe's larger news
/// sites ([`MONTHS_ELSEWHERE`]: "3. März 2024", "1er mars 2024", "3 de
/// marzo de 2024").
fn named_month_date_day(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty() && !DATE_FILLERS.contains(w))
        .collect();
    let day = |w: &str| {
        let w = w.trim_end_matches(['.', 'º', '°']);
        ["st", "nd", "rd", "th", "er"]
            .iter()
            .find_map(|suffix| w.strip_suffix(suffix))
            .unwrap_or(w)
            .parse::<u32>()
            .ok()
    };
    words.windows(3).find_map(|w| {
        let (m, d) = match month_number(w[0]) {
            Some(m) => (m, day(w[1])?),
            None => (month_number(w[1])?, day(w[0])?),
        };
        iso_day(w[2].parse().ok()?, m as u32, d)
    })
}

/// The ISO day of the first date in `chars` written in digits, year first:
/// "2026-11-03 10:25", "2026/11/3", "2026.11.03" and Korean "2026. 11. 3.",
/// Chinese and Japanese "2026年11月3日" (fullwidth digits too). Only a year
/// in [`WRITTEN_DATE_YEARS`], a month and a day that are one; the digits
/// of a longer number ("12026-11-03") are none. A timestamp is read too:
/// some pages print one ("2022-11-23T08:10+02:00" under the author's name).
fn year_first_date_day(chars: &[char]) -> Option<String> {
    (0..chars.len())
        .filter(|&i| i == 0 || !chars[i - 1].is_ascii_digit())
        .find_map(|at| year_first_date_at(&chars[at..]))
}

/// [`year_first_date_day`] of a date at the start of `chars`.
fn year_first_date_at(chars: &[char]) -> Option<String> {
    let mut rest = chars;
    let year = number(&mut rest, 4..=4)?;
    let (first, second) = match rest.first()? {
        '年' => ('年', '月'),
        &sep @ ('-' | '/' | '.') => (sep, sep),
        _ => return None,
    };
    // Korean puts a space after each dot; some Japanese pages one after
    // each of their signs.
    let spaced = first != '-' && first != '/';
    let after = |rest: &mut &[char], sep: char| {
        sign(rest, sep)?;
        if spaced {
            let spaces = rest.iter().take_while(|c| c.is_whitespace()).count();
            *rest = &rest[spaces..];
        }
        Some(())
    };
    after(&mut rest, first)?;
    let month = number(&mut rest, 1..=2)?;
    after(&mut rest, second)?;
    let day = number(&mut rest, 1..=2)?;
    iso_day(year, month, day)
}

/// The ISO day of the first date in `chars` written day first between dots,
/// as Germany, Russia and most of Europe write it ("23.07.2025 · 6 min
/// read", "3.11.2026"): a dotted date with the year last is never month
/// first. Not a version's numbers ("1.2.3.2024") nor a longer number's.
fn dotted_date_day(chars: &[char]) -> Option<String> {
    (0..chars.len())
        .filter(|&i| i == 0 || (!chars[i - 1].is_ascii_digit() && chars[i - 1] != '.'))
        .find_map(|at| {
            let mut rest = &chars[at..];
            let day = number(&mut rest, 1..=2)?;
            sign(&mut rest, '.')?;
            let month = number(&mut rest, 1..=2)?;
            sign(&mut rest, '.')?;
            let year = number(&mut rest, 4..=4)?;
            // "23.07.2025.1" is a version's.
            if rest.first() == Some(&'.') && rest.get(1).is_some_and(char::is_ascii_digit) {
                return None;
            }
            iso_day(year, month, day)
        })
}

/// The ISO day ("2022-02-08") of a date read in a page, if its year is one
/// of [`WRITTEN_DATE_YEARS`] and its month and day are a month's and a
/// day's.
fn iso_day(year: u32, month: u32, day: u32) -> Option<String> {
    (WRITTEN_DATE_YEARS.contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// Whether `chars` starts with `sign`, moving past it if so.
fn sign(chars: &mut &[char], sign: char) -> Option<()> {
    (chars.first() == Some(&sign)).then(|| *chars = &chars[1..])
}

/// The number of the digits at the start of `chars`, if they are as many
/// as `len` allows and no more, moving `chars` past them.
fn number(chars: &mut &[char], len: std::ops::RangeInclusive<usize>) -> Option<u32> {
    let digits: Vec<u32> = chars
        .iter()
        .map_while(|c| c.to_digit(10))
        .take(len.end() + 1)
        .collect();
    if !len.contains(&digits.len()) {
        return None;
    }
    *chars = &chars[digits.len()..];
    Some(digits.iter().fold(0, |n, d| n * 10 + d))
}

/// The month (1 to 12) an English month's name or abbreviation names
/// ("February", "Feb", "Feb.", "Sept"), or another language's month in
/// full ([`MONTHS_ELSEWHERE`]: "März", "février").
pub(super) fn month_number(word: &str) -> Option<usize> {
    let w = word.trim_end_matches('.').to_lowercase();
    MONTHS
        .iter()
        .position(|m| {
            *m == w || (w.len() == 3 && m.starts_with(&w)) || (w == "sept" && *m == "september")
        })
        .or_else(|| {
            MONTHS_ELSEWHERE
                .iter()
                .find_map(|months| months.iter().position(|m| *m == w))
        })
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::tests::meta;

    #[test]
    fn the_day_of_a_date_and_not_of_anything_else() {
        assert_eq!(day_of(" 2017-02-13T16:44:00+00:00"), Some("2017-02-13"));
        assert_eq!(day_of("2017-02-13"), Some("2017-02-13"));
        for not_a_date in ["2017-2-13", "13 Feb 2017", "2017-02-1", ""] {
            assert_eq!(day_of(not_a_date), None, "{not_a_date}");
        }
        // Found by the fuzzer: a character of several bytes across the
        // places looked at panicked when they were string slices.
        for straddling in ["2024-0\u{e9}-01", "2024\u{e9}02-01", "2024-02\u{20ac}1"] {
            assert_eq!(day_of(straddling), None, "{straddling}");
        }
    }

    #[test]
    fn published_dates_written_out_become_iso_days() {
        for (given, shown) in [
            ("2024-03-01T10:00:00Z", "2024-03-01T10:00:00Z"),
            ("\"2025-12-17T13:22:47Z\"", "2025-12-17T13:22:47Z"),
            ("Feb 08, 2022", "2022-02-08"),
            ("November 18, 2025", "2025-11-18"),
            ("Sept. 3 2021", "2021-09-03"),
            ("18 November 2025", "2025-11-18"),
            ("Thursday, 3rd March 2024 at 9:15", "2024-03-03"),
            ("Posted by Jane on Feb 8, 2022", "2022-02-08"),
            ("3rd of March 2024", "2024-03-03"),
            // Europe's larger languages, their months in full.
            ("3. März 2024", "2024-03-03"),
            ("1er mars 2024", "2024-03-01"),
            ("3 de marzo de 2024", "2024-03-03"),
            ("12 ottobre 2025", "2025-10-12"),
            ("3 de março de 2024", "2024-03-03"),
            ("3 maart 2024", "2024-03-03"),
            ("3 марта 2024 г.", "2024-03-03"),
            ("3 marca 2024", "2024-03-03"),
            ("3 Maret 2024", "2024-03-03"),
            ("3 Mart 2024", "2024-03-03"),
            ("الأحد ٣ مارس ٢٠٢٤", "2024-03-03"),
            ("٢٠٢٤/٠٣/٠٣", "2024-03-03"),
            ("2025/12/18", "2025-12-18"),
            ("2025/1/5 10:00", "2025-01-05"),
            ("13/11/2025 09:21:40", "2025-11-13"),
            ("Thu, 09/25/2025 - 11:38", "2025-09-25"),
            ("02/28/2023 05:17:31 AM", "2023-02-28"),
            // Not a date written so, or not one day: as given.
            ("02/03/2025", "02/03/2025"),
            ("13/13/2025", "13/13/2025"),
            ("2025/13/01", "2025/13/01"),
            ("May the fourth 2024", "May the fourth 2024"),
            ("Feb 8x, 2022", "Feb 8x, 2022"),
            ("Feb 32, 2022", "Feb 32, 2022"),
            ("Feb 08, 22", "Feb 08, 22"),
            ("Nov 20, 9999", "Nov 20, 9999"),
            // Their abbreviations are not read: "ago" is an English word.
            ("2 ago 2024", "2 ago 2024"),
        ] {
            assert_eq!(published_date(given), shown, "{given}");
        }
    }

    #[test]
    fn published_time_is_read_from_microdata_on_any_element_when_a_date() {
        // Blogger: the date in a title, the time of day as the text.
        let blogger = r#"<h2>Post</h2><abbr class="published" itemprop="datePublished"
            title="2016-05-08T00:55:00-07:00">12:55 AM</abbr>"#;
        assert_eq!(
            meta(blogger).published_time.as_deref(),
            Some("2016-05-08T00:55:00-07:00")
        );
        let time =
            r#"<p>Posted <time itemprop="datePublished" datetime="2021-04-21">April 21</time>"#;
        assert_eq!(meta(time).published_time.as_deref(), Some("2021-04-21"));
        let text = r#"<span itemprop="datePublished"> 2020-06-29 </span>"#;
        assert_eq!(meta(text).published_time.as_deref(), Some("2020-06-29"));
        // No date in it: nothing, rather than "3 days ago" as a date.
        let relative = r#"<span itemprop="datePublished">3 days ago</span>"#;
        assert_eq!(meta(relative).published_time, None);
        // A meta tag's date is still the first choice.
        let both = r#"<meta itemprop="datePublished" content="2019-04-30">
            <time itemprop="datePublished" datetime="2021-04-21"></time>"#;
        assert_eq!(meta(both).published_time.as_deref(), Some("2019-04-30"));
    }

    #[test]
    fn published_time_falls_back_to_the_article_s_time_element() {
        let post = r#"<header class="entry-header"><h1>Post</h1>
            <time class="entry-date" datetime="2020-06-29T15:00:23-05:00">June 29</time></header>
            <p>Text</p><div class="comments"><time datetime="2021-01-01">Jan 1</time></div>"#;
        assert_eq!(
            meta(post).published_time.as_deref(),
            Some("2020-06-29T15:00:23-05:00")
        );
        // Other posts' dates, a modified date, a time that is no date:
        // nothing, rather than a wrong date.
        for not_the_date in [
            r#"<ul><li><a href="/a">Older post</a> <time datetime="2019-02-03">Feb 3</time></li></ul>"#,
            r#"<div id="comments"><time datetime="2021-01-01">Jan 1</time></div>"#,
            r#"<aside><time datetime="2021-01-01">Jan 1</time></aside>"#,
            r#"<p>Updated <time itemprop="dateModified" datetime="2021-01-01">Jan 1</time></p>"#,
            r#"<p>At <time datetime="PDT08:05:41-07:00">8:05</time></p>"#,
        ] {
            assert_eq!(meta(not_the_date).published_time, None, "{not_the_date}");
        }
        // The page's metadata comes first.
        let tagged = r#"<meta property="article:published_time" content="2023-02-03">
            <p><time datetime="2020-06-29">June 29</time></p>"#;
        assert_eq!(meta(tagged).published_time.as_deref(), Some("2023-02-03"));
    }

    #[test]
    fn published_time_falls_back_to_other_meta_names_for_it_last() {
        for tag in [
            r#"<meta name="DC.date.issued" content="2014-12-15">"#,
            r#"<meta name="citation_publication_date" content="2014-12-15">"#,
            r#"<meta name="article:published_time" content="2014-12-15T08:00:00Z">"#,
            r#"<meta name="pubdate" content="December 15, 2014">"#,
        ] {
            let day = meta(tag)
                .published_time
                .and_then(|t| day_of(&t).map(str::to_string));
            assert_eq!(day.as_deref(), Some("2014-12-15"), "{tag}");
        }
        // Not a date: nothing. A modified date's name is not among them.
        for tag in [
            r#"<meta name="date" content="today">"#,
            r#"<meta name="dc.date.modified" content="2014-12-15">"#,
        ] {
            assert_eq!(meta(tag).published_time, None, "{tag}");
        }
        // Read after the page's printed date, which such tags (often the
        // last change's) may contradict.
        let printed = r#"<meta name="DC.date" content="2024-07-05T14:20:08Z">
            <h1>Post</h1><div class="entry-meta">Posted on March 1, 2024</div><p>Text</p>"#;
        assert_eq!(meta(printed).published_time.as_deref(), Some("2024-03-01"));
    }

    #[test]
    fn published_time_falls_back_to_a_dateline_written_in_english() {
        let post = r#"<h1>Post</h1><div class="entry-meta">Posted on May 18, 2023 by Jane Doe</div>
            <p>Text</p>"#;
        assert_eq!(meta(post).published_time.as_deref(), Some("2023-05-18"));
        // A thread's first post, dated in its author line (phpBB).
        let thread = r#"<h2>Football thread</h2><div class="post"><p class="author">by
            <strong>Outer Armatonisdaristan</strong> &raquo; Tue Aug 27, 2019 1:47 am</p>
            <div class="content">Fixtures, please.</div></div>"#;
        assert_eq!(meta(thread).published_time.as_deref(), Some("2019-08-27"));
        // Other posts' dates, a long paragraph, a part not named as where
        // the date is: nothing, rather than a wrong date.
        for not_the_date in [
            r#"<ul><li class="post-date">May 18, 2023</li></ul>"#,
            r#"<div class="sidebar"><span class="date">May 18, 2023</span></div>"#,
            r#"<p class="meta">On May 18, 2023 the council met, and after a long debate that
                ran well into the night it voted to keep the library open.</p>"#,
            r#"<p class="intro">May 18, 2023</p>"#,
            // A reviewer's or a customer's day, not the page's.
            r#"<div class="customer-review"><span class="review-author">Ann, 27.03.2023</span></div>"#,
            r#"<section id=testimonials><p class=author>Linda, May 18, 2023</p></section>"#,
        ] {
            assert_eq!(meta(not_the_date).published_time, None, "{not_the_date}");
        }
    }

    #[test]
    fn published_time_falls_back_to_a_date_printed_under_the_headline() {
        let story = "<h1>Software for small firms</h1>\
            <p>By Summer Swann - June 12, 2025</p><p>Text</p>";
        assert_eq!(meta(story).published_time.as_deref(), Some("2025-06-12"));
        // A dateline named as one comes first.
        let both = "<h1>Story</h1><p>June 12, 2025</p>\
            <div class=entry-meta>Posted on May 18, 2023</div>";
        assert_eq!(meta(both).published_time.as_deref(), Some("2023-05-18"));
        // Just above the headline, as a kicker, where none is under it.
        let kicker = "<nav><a href=/>Blog</a></nav><div><span>Sunday, Feb 1, 2015 11:57 AM\
            </span></div><h1>Story</h1><p>By Jo Bloggs</p><p>Text</p>";
        assert_eq!(meta(kicker).published_time.as_deref(), Some("2015-02-01"));
        let under_first = "<p>May 3, 2020</p><h1>Story</h1><p>June 12, 2025</p>";
        assert_eq!(
            meta(under_first).published_time.as_deref(),
            Some("2025-06-12")
        );
        // An update's day, a date past the next section's heading or before
        // an earlier one, in a menu above the headline, or farther above it
        // than a kicker is, a date in prose: nothing.
        let far_above = format!(
            "<p>June 12, 2025</p>{}<h1>Story</h1>",
            "<p>·</p>".repeat(12)
        );
        for not_the_date in [
            "<h1>Story</h1><h2>History</h2><p>June 12, 2025</p>",
            "<p>June 12, 2025</p><h2>Elsewhere</h2><h1>Story</h1>",
            "<nav><p>June 12, 2025</p></nav><h1>Story</h1>",
            &far_above,
            "<h1>Story</h1><p>On June 12, 2025 the council met, and after a long \
                debate that ran well into the night it voted to keep the library.</p>",
        ] {
            assert_eq!(meta(not_the_date).published_time, None, "{not_the_date}");
        }
    }

    #[test]
    fn a_page_whose_own_names_mention_a_sidebar_still_has_its_dateline_read() {
        // XenForo's `<html class="... NoSidebar hasRightSidebar">`, a
        // theme's `<body class="sidebar-right">`: the layout, not the part.
        for (html, body) in [
            (r#" class="NoJs NoSidebar hasRightSidebar""#, ""),
            ("", r#" class="single-post sidebar-right""#),
        ] {
            let page = format!(
                "<!DOCTYPE html><html{html}><head><title>Hosts</title></head><body{body}>\
                 <h1>Hosts</h1><p>Discussion started by pelex, May 26, 2025.</p>\
                 <div class=entry-meta>Posted on May 18, 2023</div><p>Text</p></body></html>"
            );
            assert_eq!(
                meta(&page).published_time.as_deref(),
                Some("2023-05-18"),
                "{page}"
            );
        }
    }

    #[test]
    fn an_update_s_day_is_the_date_only_where_the_page_prints_no_other() {
        for (page, day) in [
            (
                "<h1>Story</h1><p>Last updated: Dec 12, 2025</p><p>Text</p>",
                "2025-12-12",
            ),
            (
                r#"<div class="post-date">Last updated on Feb 27, 2026</div>"#,
                "2026-02-27",
            ),
            // The day it was first published comes first, wherever printed.
            (
                "<h1>Story</h1><p>Updated Dec 12, 2025</p>                 <div class=entry-meta>Posted on May 18, 2023</div>",
                "2023-05-18",
            ),
            (
                "<h1>Story</h1><p>Published May 18, 2023</p><p>Updated Dec 12, 2025</p>",
                "2023-05-18",
            ),
        ] {
            assert_eq!(meta(page).published_time.as_deref(), Some(day), "{page}");
        }
        // An update's line in the page's clutter: nothing.
        let sidebar = r#"<h1>Story</h1><p>Text</p>
            <div class="sidebar"><span class="date">Updated May 18, 2023</span></div>"#;
        assert_eq!(meta(sidebar).published_time, None);
    }

    #[test]
    fn dates_written_in_digits_are_read_year_first_or_day_first_between_dots() {
        for (line, day) in [
            ("2026-11-03 10:25 来源：晨光日报", Some("2026-11-03")),
            ("2026年11月3日 10時25分", Some("2026-11-03")),
            ("２０２６年１１月３日", Some("2026-11-03")),
            ("입력 2026. 11. 3. 오전 10:25", Some("2026-11-03")),
            ("Posted 2019/02/15 by kovarex", Some("2019-02-15")),
            // An English date first, as before.
            ("Feb 8, 2022 (2021-01-01)", Some("2022-02-08")),
            ("2022-11-23T08:10+02:00", Some("2022-11-23")),
            // Day first between dots, as Europe writes it.
            ("23.07.2025 · 6 min read", Some("2025-07-23")),
            ("Erschienen am 3.11.2026 um 10:25", Some("2026-11-03")),
            ("07.23.2025", None),
            ("v1.2.3.2024", None),
            ("23.07.2025.1", None),
            ("123.07.2025", None),
            // Not a day, or part of a longer number.
            ("2026-13-03", None),
            ("2026-11-32", None),
            ("12026-11-03", None),
            ("2026-11-033", None),
            ("1890-01-01", None),
            ("version 2.1.3", None),
        ] {
            assert_eq!(written_date_day(line).as_deref(), day, "{line}");
        }
    }

    #[test]
    fn a_dateline_s_date_after_an_update_word_is_the_update_s() {
        for (page, day) in [
            // A forum post's date, and its edit's (MyBB).
            (
                "<h1>Thread</h1><div>2019-02-23, 09:14 PM (This post was last modified: \
                 2024-01-05 by Sky.)</div><p>Text</p>",
                "2019-02-23",
            ),
            // Korean: "input" (published) and "modified"; Chinese "updated".
            (
                "<h1>기사</h1><div>입력 2026.11.03 10:25 수정 2026.11.04 09:00</div>",
                "2026-11-03",
            ),
            (
                "<h1>新闻</h1><div>发布时间：2026-11-03 更新时间：2026-11-04</div>",
                "2026-11-03",
            ),
            // Only the update's: it is the date, as in English.
            ("<h1>記事</h1><p>更新：2026年11月4日</p>", "2026-11-04"),
        ] {
            assert_eq!(meta(page).published_time.as_deref(), Some(day), "{page}");
        }
    }

    #[test]
    fn a_date_hidden_for_machines_is_not_the_article_s() {
        // Wikipedia prints an infobox's date and hides its ISO copy in a
        // part named "published": the software's release, not the page's.
        let infobox = r#"<h1>Mozilla</h1><p>Mozilla is a free software community.</p>
            <table class="infobox"><tr><th>Initial release</th><td>February 28,
            1998; 18 years ago<span style="display:none"> (<span class="bday dtstart
            published updated">1998-02-28</span>)</span></td></tr></table>"#;
        assert_eq!(meta(infobox).published_time, None);
        // Shown, the same part is read: the hiding is what tells.
        let shown = infobox.replace(r#" style="display:none""#, "");
        assert_eq!(meta(&shown).published_time.as_deref(), Some("1998-02-28"));
    }
}
