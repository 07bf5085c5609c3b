//! A deck's problems (`confer check talk.toml`, `confer present --deck`): the deck file's
//! own, and its references the content does not have. Keys, values and names are the
//! deck's and the content's own words, quoted as written.

use super::area::area;

area! {
    /// A deck's problems.
    pub struct Deck {
        words {
            /// The help on a deck file that is not UTF-8.
            not_utf8_help,
            no_slides,
            no_slides_help,
            too_many_editions,
            too_many_editions_help,
            not_an_edition_help,
            needs_key_help,
            key_only_with,
            key_only_with_help,
            show_and_title,
            show_and_title_help,
            show_or_title,
            show_or_title_help,
            body_only_own,
            body_only_own_help,
            /// Under the caret of an unknown key.
            not_a_deck_key,
            too_large_help,
            point_at_a_deck,
            does_not_read_help,
            check_content_help,
            /// The names listed after an unknown one (`the series are: …`).
            series_are,
            editions_are,
            their_figures_are,
            its_figures_are,
        }
        sentences {
            /// (value): not `series/stem` or a stem.
            not_an_edition: fn(&str) -> String,
            /// (the `show` word): a slide that needs a key has none.
            needs_key: fn(&str) -> String,
            /// (size in MiB, the limit in MiB)
            too_large: fn(f64, u64) -> String,
            /// (deck file, what it is)
            not_a_file: fn(&str, &str) -> String,
            /// (deck file)
            missing: fn(&str) -> String,
            /// (deck file, why)
            unreadable: fn(&str, &str) -> String,
            /// (series)
            no_series: fn(&str) -> String,
            /// (edition)
            no_edition: fn(&str) -> String,
            /// (edition): in the content, but its file has errors.
            does_not_read: fn(&str) -> String,
            /// (stem)
            more_than_one: fn(&str) -> String,
            /// (the editions it may name)
            write_series_stem: fn(&[String]) -> String,
            /// (why the pair cannot be chosen)
            keys_unchecked: fn(&str) -> String,
            /// (the editions): the content of the pair has errors.
            keys_content_errors: fn(&str) -> String,
            /// (key, the editions)
            no_figure: fn(&str, &str) -> String,
            /// (key, series)
            no_figure_in_series: fn(&str, &str) -> String,
            /// (a near name)
            did_you_mean: fn(&str) -> String,
            /// (what the names are, the names; none when empty)
            listing: fn(&str, &[&str]) -> String,
            /// `wic/2014 and wic/2025` (both = true) or `wic/2014 or wic/2025`.
            editions: fn(&[String], bool) -> String,
        }
    }
}
