//! Videos, audio and charts embedded in the article, shown as links. A
//! video site's player, a podcast's, or a chart made with a charting
//! service, is an `<iframe>`, which the view never shows (it would load
//! and run the site's page); dropped, it left "watch the video below" or
//! "the chart below shows" over nothing, and its figure's caption with
//! it. Each such frame the article keeps becomes a link to it, named for
//! what it shows, where it stood: the reader sees there is a video, a
//! recording or a chart, and can open it. The sites are listed
//! ([`EMBEDS`]): for videos, the ones Readability.js keeps players of
//! (Firefox's reader view shows them); for audio, the music services and
//! the largest podcast hosts; for charts, the services newsrooms chart
//! with. A frame of any other site (an ad, a form, a chat, a shop's
//! widget) still goes.

use html5ever::{local_name, LocalName};

use super::collect_tag;
use crate::dom::{Document, NodeId};
use crate::measure;
use crate::text;

/// A kind of embed shown as a link: what the link calls it, and the hosts
/// whose frames are of that kind (`www.` before one is the same host).
struct EmbedKind {
    label: &'static str,
    hosts: &'static [&'static str],
}

const EMBEDS: &[EmbedKind] = &[
    // Readability.js's `allowedVideoRegex`.
    EmbedKind {
        label: "Video",
        hosts: &[
            "dailymotion.com",
            "youtube.com",
            "youtube-nocookie.com",
            "player.vimeo.com",
            "v.qq.com",
            "archive.org",
            "upload.wikimedia.org",
            "player.twitch.tv",
        ],
    },
    // Music and podcasts: Spotify, SoundCloud, Apple's, and the largest
    // podcast hosts' players.
    EmbedKind {
        label: "Audio",
        hosts: &[
            "open.spotify.com",
            "w.soundcloud.com",
            "embed.podcasts.apple.com",
            "embed.music.apple.com",
            "player.simplecast.com",
            "html5-player.libsyn.com",
            "playlist.megaphone.fm",
            "omny.fm",
            "embed.acast.com",
            "player.captivate.fm",
            "buzzsprout.com",
            "podbean.com",
        ],
    },
    // Datawrapper, Flourish, Infogram, Tableau Public, Observable: their
    // embeds' hosts.
    EmbedKind {
        label: "Chart",
        hosts: &[
            "datawrapper.dwcdn.net",
            "flo.uri.sh",
            "e.infogram.com",
            "public.tableau.com",
            "observablehq.com",
        ],
    },
];

/// Where a frame's address is: `src`, or where a lazy loader keeps it
/// until the frame scrolls into view.
const FRAME_SOURCE_ATTRS: [&str; 3] = ["src", "data-src", "data-lazy-src"];

/// Words a frame's `title` is made of when it names the frame, not what
/// it shows ("YouTube video player", "Interactive or visual content").
const FRAME_TITLE_WORDS: &[&str] = &[
    "video",
    "player",
    "embed",
    "embedded",
    "media",
    "youtube",
    "vimeo",
    "dailymotion",
    "twitch",
    "audio",
    "podcast",
    "spotify",
    "soundcloud",
    "chart",
    "graphic",
    "interactive",
    "visual",
    "visualisation",
    "visualization",
    "content",
    "or",
    "datawrapper",
    "flourish",
    "infogram",
];

/// A frame's title longer than this is not a name but a description: the
/// link says only what kind of thing it is, and where.
const EMBED_TITLE_MAX_CHARS: usize = 200;

/// The host of an `http(s)` or scheme-relative address, lowercased,
/// without `www.`.
fn host_of(url: &str) -> Option<String> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        url.strip_prefix("//")?
    };
    let host = rest
        .split(['/', '?', '#', ':', '\\'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty()).then_some(host)
}

/// What `frame` embeds, if it is of a listed kind: its address, its
/// host, and its kind.
fn shown_embed(doc: &Document, frame: NodeId) -> Option<(String, String, &'static EmbedKind)> {
    if !doc.is(frame, &local_name!("iframe")) {
        return None;
    }
    FRAME_SOURCE_ATTRS.iter().find_map(|&attr| {
        let url = doc.attr(frame, &LocalName::from(attr))?;
        let host = host_of(url)?;
        let kind = EMBEDS.iter().find(|k| k.hosts.contains(&host.as_str()))?;
        Some((url.trim().to_string(), host, kind))
    })
}

/// Whether `node` is a frame of a listed kind: kept through the article's
/// cleaning, as Readability.js keeps a video's player, to be shown as a
/// link.
pub(super) fn is_shown_embed(doc: &Document, node: NodeId) -> bool {
    shown_embed(doc, node).is_some()
}

/// The link's text: the frame's title when it names what the frame shows,
/// else where it is.
fn link_text(title: Option<&str>, kind: &EmbedKind, host: &str) -> String {
    let title = title.map(str::trim).unwrap_or("");
    let names_it = !title.is_empty()
        && title.chars().nth(EMBED_TITLE_MAX_CHARS).is_none()
        && text::words(title).any(|w| !FRAME_TITLE_WORDS.contains(&w.to_lowercase().as_str()));
    if names_it {
        format!("{}: {title}", kind.label)
    } else {
        format!("{} on {host}", kind.label)
    }
}

/// Replaces each listed kind of frame below `root` with a link to it.
pub(super) fn show_embeds_as_links(doc: &mut Document, root: NodeId) {
    for frame in collect_tag(doc, root, &local_name!("iframe")) {
        let Some((url, host, kind)) = shown_embed(doc, frame) else {
            continue;
        };
        let text = link_text(doc.attr(frame, &local_name!("title")), kind, &host);
        let link = doc.create_element(local_name!("a"));
        // Every listed site serves its frames over https; a
        // scheme-relative address would take a saved page's scheme.
        let url = if url.starts_with("//") {
            format!("https:{url}")
        } else {
            url
        };
        doc.set_attr(link, "href", &url);
        doc.append_text(link, &text);
        // A frame standing among blocks becomes a line of its own.
        let among_blocks = doc.parent(frame).is_some_and(|p| {
            !doc.is(p, &local_name!("p")) && !doc.tag(p).is_some_and(measure::is_phrasing_tag)
        });
        let shown = if among_blocks {
            let paragraph = doc.create_element(local_name!("p"));
            doc.append(paragraph, link);
            paragraph
        } else {
            link
        };
        doc.replace(frame, shown);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_document;

    #[test]
    fn hosts_are_read_from_http_and_scheme_relative_addresses_only() {
        assert_eq!(
            host_of("https://www.YouTube.com/embed/x").as_deref(),
            Some("youtube.com")
        );
        assert_eq!(
            host_of("//player.vimeo.com/video/1").as_deref(),
            Some("player.vimeo.com")
        );
        assert_eq!(
            host_of("http://dailymotion.com:80/x").as_deref(),
            Some("dailymotion.com")
        );
        assert_eq!(host_of("javascript://youtube.com/%0aalert(1)"), None);
        assert_eq!(host_of("/embed/youtube.com"), None);
        assert_eq!(host_of("about:blank"), None);
    }

    #[test]
    fn a_video_a_chart_or_a_podcast_becomes_a_link_named_for_what_it_shows_and_other_frames_stay() {
        let mut doc = parse_document(
            "<body><div id=a>\
             <iframe title='Shaping the loaf' src='https://player.vimeo.com/video/1'></iframe>\
             <iframe title='YouTube video player' src='about:blank' \
               data-src='//www.youtube-nocookie.com/embed/2'></iframe>\
             <iframe src='https://www.youtube.com.evil.example/embed/3'></iframe>\
             <iframe src='https://ads.example/slot'></iframe>\
             <iframe title='Interactive or visual content' src='https://flo.uri.sh/visualisation/7/embed'></iframe>\
             <iframe title='Rents in the valley, 2015-2025' src='https://datawrapper.dwcdn.net/Ab1Cd/2/'></iframe>\
             <iframe title='Spotify Embed: The night the library stayed open' \
               src='https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk'></iframe>\
             </div></body>",
        );
        let root = doc.body().unwrap();
        show_embeds_as_links(&mut doc, root);
        let links: Vec<(String, String)> = doc
            .elements_by_tag(root, &local_name!("a"))
            .map(|a| {
                (
                    doc.attr(a, &local_name!("href")).unwrap().to_string(),
                    doc.text_content(a),
                )
            })
            .collect();
        assert_eq!(
            links,
            [
                (
                    "https://player.vimeo.com/video/1".to_string(),
                    "Video: Shaping the loaf".to_string()
                ),
                (
                    "https://www.youtube-nocookie.com/embed/2".to_string(),
                    "Video on youtube-nocookie.com".to_string()
                ),
                (
                    "https://flo.uri.sh/visualisation/7/embed".to_string(),
                    "Chart on flo.uri.sh".to_string()
                ),
                (
                    "https://datawrapper.dwcdn.net/Ab1Cd/2/".to_string(),
                    "Chart: Rents in the valley, 2015-2025".to_string()
                ),
                (
                    "https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk".to_string(),
                    "Audio: Spotify Embed: The night the library stayed open".to_string()
                ),
            ]
        );
        assert_eq!(doc.elements_by_tag(root, &local_name!("iframe")).count(), 2);
        // Each link stands in a paragraph of its own, as the frame stood.
        assert_eq!(doc.elements_by_tag(root, &local_name!("p")).count(), 5);
    }
}
