//! Videos embedded in the article, shown as links. A video site's player
//! is an `<iframe>`, which the view never shows (it would load and run the
//! site's page); dropped, it left "watch the video below" over nothing,
//! and its figure's caption with it. Each player the article keeps
//! becomes a link to it, named for the video, where the player stood:
//! the reader sees there is a video and can open it. Firefox's reader view
//! shows these players; the hosts taken for players are the ones
//! Readability.js keeps ([`VIDEO_PLAYER_HOSTS`]). A frame of any other
//! site (an ad, a form, a chat, a shop's widget) still goes.

use html5ever::{local_name, LocalName};

use super::collect_tag;
use crate::dom::{Document, NodeId};
use crate::measure;
use crate::text;

/// The hosts whose frames are video players: Readability.js's
/// `allowedVideoRegex`, the list Firefox's reader view keeps embeds of.
/// `www.` before one is the same host.
const VIDEO_PLAYER_HOSTS: &[&str] = &[
    "dailymotion.com",
    "youtube.com",
    "youtube-nocookie.com",
    "player.vimeo.com",
    "v.qq.com",
    "archive.org",
    "upload.wikimedia.org",
    "player.twitch.tv",
];

/// Where a frame's address is: `src`, or where a lazy loader keeps it
/// until the frame scrolls into view.
const FRAME_SOURCE_ATTRS: [&str; 3] = ["src", "data-src", "data-lazy-src"];

/// Words a player's `title` is made of when it names the player, not the
/// video ("YouTube video player", "vimeo Video Player").
const PLAYER_TITLE_WORDS: &[&str] = &[
    "video",
    "player",
    "embed",
    "embedded",
    "media",
    "youtube",
    "vimeo",
    "dailymotion",
    "twitch",
];

/// A player's title longer than this is not a video's name but a
/// description: the link says only that there is a video.
const VIDEO_TITLE_MAX_CHARS: usize = 200;

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

/// The address and host of the video `frame` plays, if it is a video
/// site's player.
fn video_player_source(doc: &Document, frame: NodeId) -> Option<(String, String)> {
    FRAME_SOURCE_ATTRS.iter().find_map(|&attr| {
        let url = doc.attr(frame, &LocalName::from(attr))?;
        let host = host_of(url)?;
        VIDEO_PLAYER_HOSTS
            .contains(&host.as_str())
            .then(|| (url.trim().to_string(), host))
    })
}

/// Whether `node` is a frame of a video site's player: kept through the
/// article's cleaning, as Readability.js keeps it, to be shown as a link.
pub(super) fn is_video_player(doc: &Document, node: NodeId) -> bool {
    doc.is(node, &local_name!("iframe")) && video_player_source(doc, node).is_some()
}

/// The link's text: the video's name when the frame's `title` gives one,
/// else the site it plays on.
fn link_text(title: Option<&str>, host: &str) -> String {
    let title = title.map(str::trim).unwrap_or("");
    let names_the_video = !title.is_empty()
        && title.chars().nth(VIDEO_TITLE_MAX_CHARS).is_none()
        && text::words(title).any(|w| !PLAYER_TITLE_WORDS.contains(&w.to_lowercase().as_str()));
    if names_the_video {
        format!("Video: {title}")
    } else {
        format!("Video on {host}")
    }
}

/// Replaces each video player below `root` with a link to it.
pub(super) fn show_videos_as_links(doc: &mut Document, root: NodeId) {
    for frame in collect_tag(doc, root, &local_name!("iframe")) {
        let Some((url, host)) = video_player_source(doc, frame) else {
            continue;
        };
        let text = link_text(doc.attr(frame, &local_name!("title")), &host);
        let link = doc.create_element(local_name!("a"));
        // Every listed site serves its players over https; a
        // scheme-relative address would take a saved page's scheme.
        let url = if url.starts_with("//") {
            format!("https:{url}")
        } else {
            url
        };
        doc.set_attr(link, "href", &url);
        doc.append_text(link, &text);
        // A player standing among blocks becomes a line of its own.
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
    fn a_player_becomes_a_link_named_for_its_video_and_other_frames_stay() {
        let mut doc = parse_document(
            "<body><div id=a>\
             <iframe title='Shaping the loaf' src='https://player.vimeo.com/video/1'></iframe>\
             <iframe title='YouTube video player' src='about:blank' \
               data-src='//www.youtube-nocookie.com/embed/2'></iframe>\
             <iframe src='https://www.youtube.com.evil.example/embed/3'></iframe>\
             <iframe src='https://ads.example/slot'></iframe>\
             </div></body>",
        );
        let root = doc.body().unwrap();
        show_videos_as_links(&mut doc, root);
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
            ]
        );
        assert_eq!(doc.elements_by_tag(root, &local_name!("iframe")).count(), 2);
        // Each link stands in a paragraph of its own, as the player stood.
        assert_eq!(doc.elements_by_tag(root, &local_name!("p")).count(), 2);
    }
}
