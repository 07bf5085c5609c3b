//! The keys of the explorer and of the slides as `--help` and the man page list them, read
//! from the default key table that the explorer's own `?` help is drawn from, so that the
//! three cannot drift apart.

use crate::i18n::Lang;
use crate::text::{Profile, display_width, pad_to_width};
use crate::tui::keymap::{KeyMap, KeyMode};

/// The keys of one mode, under a heading.
pub struct KeyGroup {
    pub heading: &'static str,
    /// A sentence under the heading, before the keys.
    pub note: Option<&'static str>,
    /// Each row's keys as the help writes them ("j ↓"), and what they do.
    pub keys: Vec<(String, &'static str)>,
}

/// What the lists are: the defaults, which the config file can change.
pub const PREAMBLE: &str = "The defaults: [keys] in the config file rebinds a command, and the \
    explorer's own list of keys shows those in force.";

/// Under the first list after browsing, of those lists.
const REPEATS_LEFT_OUT: &str = "This list and those of the popups leave out the keys that do the \
    same as in the explorer (paging, Ctrl-C).";

/// The explorer's keys: browsing, then typing a search and each popup, in the order its `?`
/// lists them. The later lists leave out the rows browsing has already (paging, Ctrl-C), so
/// that what is particular to each stands out.
pub fn explorer() -> Vec<KeyGroup> {
    let mut groups = groups(&[
        (KeyMode::Browse, "The explorer"),
        (KeyMode::Search, "While typing a search"),
        (KeyMode::Detail, "In the detail"),
        (KeyMode::Picker, "In the edition picker"),
        (KeyMode::Help, "In the list of keys"),
    ]);
    let browsing = groups[0].keys.clone();
    for group in &mut groups[1..] {
        group.keys.retain(|row| !browsing.contains(row));
    }
    groups[1].note = Some(REPEATS_LEFT_OUT);
    groups
}

/// The explorer's keys, then the slides': all that `confer` alone can open.
pub fn explorer_and_slides() -> Vec<KeyGroup> {
    let mut groups = explorer();
    groups.extend(slides());
    groups
}

/// The slides' keys (`confer present`, or presenting from the explorer).
pub fn slides() -> Vec<KeyGroup> {
    groups(&[(KeyMode::Slides, "The slides")])
}

fn groups(modes: &[(KeyMode, &'static str)]) -> Vec<KeyGroup> {
    let map = KeyMap::default();
    modes
        .iter()
        .map(|&(mode, heading)| KeyGroup {
            heading,
            note: None,
            keys: map.help(mode, Lang::En),
        })
        .collect()
}

/// The groups as plain text for `--help`: `text` first, then each group under its heading,
/// keys in a column as wide as the widest.
pub fn help_text(text: &str, groups: &[KeyGroup]) -> String {
    let profile = Profile::default();
    let column = groups
        .iter()
        .flat_map(|g| &g.keys)
        .map(|(keys, _)| display_width(keys, &profile))
        .max()
        .unwrap_or(0);
    let mut out = if text.is_empty() {
        String::new()
    } else {
        format!("{text}\n\n")
    };
    out.push_str(&format!("Keys. {PREAMBLE}\n"));
    for group in groups {
        out.push_str(&format!("\n{}:\n", group.heading));
        if let Some(note) = group.note {
            out.push_str(&format!("{note}\n"));
        }
        for (keys, words) in &group.keys {
            out.push_str(&format!(
                "  {}  {words}\n",
                pad_to_width(keys, column, &profile)
            ));
        }
    }
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_the_explorer_help_lists_is_there() {
        let map = KeyMap::default();
        let groups = explorer();
        let browsing = &groups[0].keys;
        assert_eq!(browsing, &map.help(KeyMode::Browse, Lang::En));
        let modes = [
            KeyMode::Search,
            KeyMode::Detail,
            KeyMode::Picker,
            KeyMode::Help,
        ];
        for (mode, group) in modes.into_iter().zip(&groups[1..]) {
            for row in map.help(mode, Lang::En) {
                // Listed there, or in browsing, doing the same.
                assert!(
                    group.keys.contains(&row) || browsing.contains(&row),
                    "{mode:?}: {row:?}"
                );
            }
            assert!(!group.keys.is_empty(), "{mode:?}");
        }
        let detail = &groups[2].keys;
        assert!(
            detail.contains(&("j ↓".to_string(), "scroll down")),
            "{detail:?}"
        );
        assert!(
            !detail.iter().any(|(keys, _)| keys == "Ctrl-C"),
            "{detail:?}"
        );
        let slides: Vec<(String, &str)> = slides().into_iter().flat_map(|g| g.keys).collect();
        assert_eq!(slides, map.help(KeyMode::Slides, Lang::En));
    }

    #[test]
    fn the_help_text_puts_the_keys_in_one_column() {
        let text = help_text("Before.", &explorer());
        assert!(text.starts_with("Before.\n\nKeys."), "{text}");
        let next = text.lines().find(|l| l.ends_with("next section")).unwrap();
        let search = text
            .lines()
            .find(|l| l.ends_with("search (a name in any language)"));
        let profile = Profile::default();
        let at =
            |line: &str, words: &str| display_width(&line[..line.find(words).unwrap()], &profile);
        assert_eq!(
            at(next, "next section"),
            at(search.unwrap(), "search"),
            "{text}"
        );
    }
}
