//! What each key does, as the help and the footer say it.

use super::area::area;

/// Picks one word out of the key help, whatever the language: a key binding holds this
/// instead of a word per language.
#[derive(Clone, Copy)]
pub struct Says(pub fn(&KeyHelp) -> &'static str);

impl Says {
    pub fn said(self, lang: super::Lang) -> &'static str {
        (self.0)(&lang.words().key_help)
    }
}

/// Two bindings say the same when they say the same in every language (function
/// addresses are not a meaningful identity).
impl PartialEq for Says {
    fn eq(&self, other: &Says) -> bool {
        super::Lang::ALL
            .iter()
            .all(|&lang| self.said(lang) == other.said(lang))
    }
}

impl Eq for Says {}

impl std::fmt::Debug for Says {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Says({:?})", self.said(super::Lang::En))
    }
}

area! {
    /// What each key does, as the help and the footer say it.
    pub struct KeyHelp {
        words {
            next_section,
            previous_section,
            next_entry,
            previous_entry,
            scroll_down,
            scroll_up,
            half_a_page_down,
            half_a_page_up,
            page_down,
            page_up,
            top,
            bottom,
            detail_and_sources,
            search,
            next_match,
            previous_match,
            clear_the_search,
            filter_by_kind,
            filter_by_country,
            timeline_axis,
            compare_left,
            compare_right,
            swap_the_panes,
            choose_the_editions,
            present_as_slides,
            switch_language,
            all_the_keys,
            quit,
            keep_the_query,
            clear_the_query,
            delete_a_character,
            choose_this_edition,
            same_year_other_series,
            another_series_beside,
            close,
            next_slide,
            previous_slide,
            first_slide,
            last_slide,
            go_to_the_number_typed,
            blank_the_screen,
            time_elapsed,
            leave_the_slides,
            leave_or_quit,
            quit_confer,
            go_to_a_section,
            type_the_query,
            a_slide_number,
            move_word,
            scroll,
            detail,
            search_word,
            next_previous,
            clear,
            kind,
            country,
            axis,
            left,
            right,
            swap,
            editions,
            slides,
            language_word,
            help,
            keep,
            choose,
            other_series,
        }
    }
}
