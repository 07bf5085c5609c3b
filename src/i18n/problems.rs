//! The messages of confer's parts beyond the command line's own: the presenter's room,
//! `export`'s options, `confer new`, the terminal, completions, a deck's check and the
//! settings. Paths and values come in already shown (sanitized where they need it).

use super::area::area;

/// What a deck's check counted, for its summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeckSummary<'a> {
    /// The deck's file, as shown.
    pub name: &'a str,
    /// Its slides; `None` when the deck was not read whole.
    pub slides: Option<usize>,
    /// The content folder checked against; `None` for the built-in content.
    pub folder: Option<&'a str>,
    pub errors: usize,
    pub warnings: usize,
}

area! {
    /// The messages of confer's parts beyond the command line's own.
    pub struct Problems {
        words {
            /// `export`'s options that do not go together.
            csv_needs_out,
            out_needs_csv,
            bom_needs_csv,
        }
        sentences {
            /// (folder): the room's private folder is a symbolic link.
            room_symlink: fn(&str) -> String,
            /// (folder): it is a file.
            room_not_folder: fn(&str) -> String,
            /// (folder, its owner's uid, the reader's uid)
            room_not_yours: fn(&str, u32, u32) -> String,
            /// (folder, its permission bits)
            room_open: fn(&str, u32) -> String,
            /// (socket, its length in bytes, the most a socket path can have)
            socket_too_long: fn(&str, usize, usize) -> String,
            /// (edition file): `confer new` never overwrites.
            edition_exists: fn(&str) -> String,
            /// (file, why)
            not_written: fn(&str, &str) -> String,
            /// (folder): `.confer` is not a folder.
            schema_folder: fn(&str) -> String,
            /// (errors) in the editions the explorer was to show.
            explore_content: fn(usize) -> String,
            /// (why)
            terminal_not_opened: fn(&str) -> String,
            terminal_failed: fn(&str) -> String,
            /// (shell)
            no_completions: fn(&str) -> String,
            /// A deck's check, its last line.
            deck_summary: fn(&DeckSummary<'_>) -> String,
            /// (value as typed): `--size` is not COLSxROWS.
            size_unread: fn(&str) -> String,
            /// (size, the smallest)
            size_too_small: fn(&str, &str) -> String,
            /// (size, the most columns or rows)
            size_too_large: fn(&str, u16) -> String,
            /// (value as typed): `confer new`'s target is not SERIES/STEM.
            target_unread: fn(&str) -> String,
            /// (the series' part (else the stem's), the part, the English help on ids)
            target_not_an_id: fn(bool, &str, &str) -> String,
            /// (value): CONFER_LANG names no language.
            ignoring_lang: fn(&str) -> String,
        }
    }
}
