//! The compact named-entity table of vendor/web_atoms (see its Cargo.toml)
//! answers every lookup html5ever's tokenizer makes exactly as upstream's
//! phf map does: each entity name gives its code points, each other prefix
//! of a name gives `(0, 0)`, anything else `None`.

use std::collections::BTreeMap;

use html5ever::data::NAMED_ENTITIES;

mod upstream {
    // The entity list upstream generates its map from, unchanged.
    include!("../vendor/web_atoms/entities.rs");
}

/// Upstream's map, built as its build.rs builds it.
fn upstream_map() -> BTreeMap<&'static str, (u32, u32)> {
    let mut map: BTreeMap<&str, (u32, u32)> = upstream::NAMED_ENTITIES
        .iter()
        .map(|&(name, cp1, cp2)| (&name[1..], (cp1, cp2)))
        .collect();
    for key in map.keys().cloned().collect::<Vec<_>>() {
        for n in 1..key.len() {
            map.entry(&key[..n]).or_insert((0, 0));
        }
    }
    map.insert("", (0, 0));
    map
}

#[test]
fn every_name_and_prefix_and_one_more_character_looks_up_as_upstream() {
    let map = upstream_map();
    assert_eq!(map.len(), 9_854);
    assert_eq!(NAMED_ENTITIES.len(), 2_231);
    let extra: Vec<char> = (0u8..0x80)
        .map(char::from)
        .chain(['\u{a0}', 'é', '\u{fffd}', '😀'])
        .collect();
    let mut checked = 0;
    for (&key, value) in &map {
        assert_eq!(NAMED_ENTITIES.get(key), Some(value), "{key:?}");
        for &c in &extra {
            let longer = format!("{key}{c}");
            assert_eq!(
                NAMED_ENTITIES.get(&longer),
                map.get(longer.as_str()),
                "{longer:?}"
            );
            checked += 1;
        }
    }
    assert!(checked > 1_000_000);
    for key in ["\u{0}", "&amp;", "AMP;x", "zzzzz", "\u{10ffff}", "ampamp;"] {
        assert_eq!(NAMED_ENTITIES.get(key), map.get(key), "{key:?}");
    }
}
