//! The default key table: every key of every mode, in the order the help lists them.

use super::{Binding, Chord, Command, Footer, KeyMode, Keys, Says};
use crate::i18n::key_help::KeyHelp;

use KeyMode::{Browse, Detail, Help as HelpMode, Picker, Search, SlideHelp, Slides};

const EVERY: &[KeyMode] = &KeyMode::ALL;
const POPUPS: &[KeyMode] = &[Detail, HelpMode, Picker];
const SCROLLING: &[KeyMode] = &[Detail, HelpMode];

/// The default table, in the order the help lists it.
pub(super) fn defaults() -> Vec<Binding> {
    let row = |command, modes, keys: &[&str], says: fn(&KeyHelp) -> &'static str, footer| Binding {
        command,
        modes,
        keys: Keys::Chords(keys.iter().filter_map(|k| Chord::parse(k)).collect()),
        says: Says(says),
        footer,
    };
    use Command as C;
    use Footer::{Joined, No, Word};
    vec![
        // Browsing.
        row(
            C::NextSection,
            &[Browse],
            &["Tab", "Right", "l"],
            |k| k.next_section,
            No,
        ),
        row(
            C::PrevSection,
            &[Browse],
            &["BackTab", "Left", "h"],
            |k| k.previous_section,
            No,
        ),
        Binding {
            command: C::Section,
            modes: &[Browse],
            keys: Keys::Digits('0', '9'),
            says: Says(|k| k.go_to_a_section),
            footer: No,
        },
        row(
            C::Down,
            &[Browse, Picker],
            &["j", "Down"],
            |k| k.next_entry,
            Word(Says(|k| k.move_word)),
        ),
        row(
            C::Up,
            &[Browse, Picker],
            &["k", "Up"],
            |k| k.previous_entry,
            Joined,
        ),
        row(
            C::Down,
            SCROLLING,
            &["j", "Down"],
            |k| k.scroll_down,
            Word(Says(|k| k.scroll)),
        ),
        row(C::Up, SCROLLING, &["k", "Up"], |k| k.scroll_up, Joined),
        row(
            C::HalfPageDown,
            &[Browse, Detail, HelpMode],
            &["ctrl-d"],
            |k| k.half_a_page_down,
            No,
        ),
        row(
            C::HalfPageUp,
            &[Browse, Detail, HelpMode],
            &["ctrl-u"],
            |k| k.half_a_page_up,
            No,
        ),
        row(
            C::PageDown,
            &[Browse, Detail, HelpMode],
            &["Space", "PageDown", "ctrl-f"],
            |k| k.page_down,
            No,
        ),
        row(
            C::PageUp,
            &[Browse, Detail, HelpMode],
            &["PageUp", "ctrl-b"],
            |k| k.page_up,
            No,
        ),
        row(
            C::Top,
            &[Browse, Detail, HelpMode, Picker],
            &["g", "Home"],
            |k| k.top,
            No,
        ),
        row(
            C::Bottom,
            &[Browse, Detail, HelpMode, Picker],
            &["G", "End"],
            |k| k.bottom,
            No,
        ),
        row(
            C::Open,
            &[Browse],
            &["Enter"],
            |k| k.detail_and_sources,
            Word(Says(|k| k.detail)),
        ),
        row(
            C::StartSearch,
            &[Browse],
            &["/"],
            |k| k.search,
            Word(Says(|k| k.search_word)),
        ),
        row(
            C::NextMatch,
            &[Browse],
            &["n"],
            |k| k.next_match,
            Word(Says(|k| k.next_previous)),
        ),
        row(
            C::PrevMatch,
            &[Browse],
            &["N"],
            |k| k.previous_match,
            Joined,
        ),
        row(
            C::Close,
            &[Browse],
            &["Esc"],
            |k| k.clear_the_search,
            Word(Says(|k| k.clear)),
        ),
        row(
            C::FilterKind,
            &[Browse],
            &["f"],
            |k| k.filter_by_kind,
            Word(Says(|k| k.kind)),
        ),
        row(
            C::FilterCountry,
            &[Browse],
            &["c"],
            |k| k.filter_by_country,
            Word(Says(|k| k.country)),
        ),
        row(
            C::TimelineAxis,
            &[Browse],
            &["m"],
            |k| k.timeline_axis,
            Word(Says(|k| k.axis)),
        ),
        row(
            C::CompareLeft,
            &[Browse],
            &["["],
            |k| k.compare_left,
            Word(Says(|k| k.left)),
        ),
        row(
            C::CompareRight,
            &[Browse],
            &["]"],
            |k| k.compare_right,
            Word(Says(|k| k.right)),
        ),
        row(
            C::OtherSeries,
            &[Browse],
            &["o"],
            |k| k.another_series_beside,
            Word(Says(|k| k.other_series)),
        ),
        row(
            C::Swap,
            &[Browse],
            &["s"],
            |k| k.swap_the_panes,
            Word(Says(|k| k.swap)),
        ),
        row(
            C::OpenPicker,
            &[Browse],
            &["e"],
            |k| k.choose_the_editions,
            Word(Says(|k| k.editions)),
        ),
        row(
            C::Present,
            &[Browse],
            &["p"],
            |k| k.present_as_slides,
            Word(Says(|k| k.slides)),
        ),
        row(
            C::ToggleLang,
            &[Browse, Slides],
            &["L"],
            |k| k.switch_language,
            Word(Says(|k| k.language_word)),
        ),
        row(
            C::Help,
            &[Browse, Slides],
            &["?"],
            |k| k.all_the_keys,
            Word(Says(|k| k.help)),
        ),
        row(
            C::Leave,
            &[Browse],
            &["q"],
            |k| k.quit,
            Word(Says(|k| k.quit)),
        ),
        // Typing a search.
        row(
            C::SearchKeep,
            &[Search],
            &["Enter"],
            |k| k.keep_the_query,
            Word(Says(|k| k.keep)),
        ),
        row(
            C::SearchClear,
            &[Search],
            &["Esc"],
            |k| k.clear_the_query,
            Word(Says(|k| k.clear)),
        ),
        row(
            C::SearchBackspace,
            &[Search],
            &["Backspace"],
            |k| k.delete_a_character,
            No,
        ),
        Binding {
            command: C::SearchInput,
            modes: &[Search],
            keys: Keys::AnyChar,
            says: Says(|k| k.type_the_query),
            footer: No,
        },
        // Popups.
        row(
            C::Open,
            &[Picker],
            &["Enter"],
            |k| k.choose_this_edition,
            Word(Says(|k| k.choose)),
        ),
        row(
            C::OtherSeries,
            &[Picker],
            &["o"],
            |k| k.same_year_other_series,
            Word(Says(|k| k.other_series)),
        ),
        row(C::Help, &[HelpMode], &["?"], |k| k.close, No),
        row(
            C::Close,
            POPUPS,
            &["Esc"],
            |k| k.close,
            Word(Says(|k| k.close)),
        ),
        row(C::Leave, POPUPS, &["q"], |k| k.close, Joined),
        // Slides.
        row(
            C::SlideNext,
            &[Slides],
            &["Right", "Space", "PageDown", "l", "j", "Down"],
            |k| k.next_slide,
            No,
        ),
        row(
            C::SlidePrevious,
            &[Slides],
            &["Left", "PageUp", "h", "k", "Up", "Backspace"],
            |k| k.previous_slide,
            No,
        ),
        row(
            C::SlideFirst,
            &[Slides],
            &["g", "Home"],
            |k| k.first_slide,
            No,
        ),
        row(C::SlideLast, &[Slides], &["G", "End"], |k| k.last_slide, No),
        Binding {
            command: C::SlideDigit,
            modes: &[Slides],
            keys: Keys::Digits('0', '9'),
            says: Says(|k| k.a_slide_number),
            footer: No,
        },
        row(
            C::SlideJump,
            &[Slides],
            &["Enter"],
            |k| k.go_to_the_number_typed,
            No,
        ),
        row(C::SlideBlank, &[Slides], &["b"], |k| k.blank_the_screen, No),
        row(C::SlideClock, &[Slides], &["t"], |k| k.time_elapsed, No),
        row(C::Close, &[Slides], &["Esc"], |k| k.leave_the_slides, No),
        row(C::Leave, &[Slides], &["q"], |k| k.leave_or_quit, No),
        row(C::Help, &[SlideHelp], &["?"], |k| k.close, No),
        row(C::Close, &[SlideHelp], &["Esc"], |k| k.close, No),
        row(C::Leave, &[SlideHelp], &["q"], |k| k.close, No),
        // Everywhere.
        row(C::Quit, EVERY, &["ctrl-c"], |k| k.quit_confer, No),
    ]
}
