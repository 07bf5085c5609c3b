//! The explorer's chrome: header, footer, banners, popups' titles and the help's groups.

use super::area::area;

area! {
    /// The explorer's chrome: header, footer, banners, popups' titles and the help's groups.
    pub struct Explorer {
        words {
            /// The header's reminder of the help key.
            help,
            /// A People filter set to nothing.
            all,
            /// The timeline's axis: one per edition.
            side_by_side,
            /// The timeline's axis: one for both.
            merged,
            /// Between a footer key's word and what it is set to.
            value_sep,
            /// Between a banner's kind and its detail.
            colon,
            not_reloaded,
            /// Why content read again is not shown: it has fewer than two editions.
            needs_two_editions,
            not_opened,
            alone,
            /// The tab of the series view.
            series_tab,
            listed_in_title,
            detail_title,
            /// The title of the help popups.
            keys_title,
            choose_left,
            choose_right,
            nothing_matches,
            /// The help's groups, one per mode.
            search_mode,
            detail_mode,
            picker_mode,
            help_mode,
            /// The help's name for any letter typed.
            any_char,
        }
        sentences {
            /// The heading of the first group of the help, where the language heads it so that it is not read as the title's.
            browse_mode: Option<&'static str>,
            /// The header while the editions are checked.
            checking: fn(usize, usize) -> String,
            /// The country filter's value: Japanese names the country, English keeps the code the key cycles.
            country: fn(&str) -> &str,
            /// The footer's lead while searching: (query, hits, hits by section).
            search_found: fn(&str, usize, &[String]) -> String,
            left_out: fn(usize) -> String,
            problems: fn(usize) -> String,
            not_watched: fn(usize) -> String,
            /// A folder not watched, and the system's words for why: (path, why).
            unwatched: fn(&str, &str) -> String,
            /// A folder not watched because the system's limit of watches is reached.
            unwatched_limit: fn(&str) -> String,
            /// A symbolic link, which the watch does not follow out of the content folder.
            unwatched_link: fn(&str) -> String,
            /// The screen too small to draw on: (needed width, height, this width, height), in phrases kept whole on a line.
            too_small: fn(u16, u16, u16, u16) -> Vec<String>,
        }
    }
}
