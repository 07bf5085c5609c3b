//! What the reader, the terminal or the room asks of the explorer (`Action`), and, from the
//! same list, what kind of action it is (`Command`): the key table binds kinds, the config
//! file's `[keys]` names them, so there is no second list to keep in step with this one.

/// Declares `Action` and `Command` from one list: each variant with the fields its action
/// carries and, for those a key can ask for, its name in the config file. A variant added
/// here is at once an action, a command the table can bind, and (named) a `[keys]` entry.
macro_rules! actions {
    ($(
        $(#[$doc:meta])*
        $variant:ident $(($($field:ty),+))? $(= $name:literal)?,
    )*) => {
        /// What the reader asked for (or the terminal, or another screen of the talk).
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub enum Action {
            $($(#[$doc])* $variant $(($($field),+))?,)*
        }

        /// What kind of action it is, without what it carries: what a row of the key table
        /// binds. Ordered as declared, which is the order conflicts are named in.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Command {
            $($(#[$doc])* $variant,)*
        }

        impl Action {
            pub fn command(&self) -> Command {
                match self {
                    $(Action::$variant { .. } => Command::$variant,)*
                }
            }
        }

        impl Command {
            /// The name the config file's `[keys]` table uses; `None` for what no key asks.
            pub fn name(self) -> Option<&'static str> {
                match self {
                    $(Command::$variant => actions!(@name $($name)?),)*
                }
            }

            /// The action of a command that carries nothing; `None` for one whose value the
            /// key gives (a digit, a character) or that no key asks for with a value.
            pub fn bare(self) -> Option<Action> {
                match self {
                    $(Command::$variant => actions!(@bare $variant $(($($field),+))?),)*
                }
            }
        }
    };
    (@name) => { None };
    (@name $name:literal) => { Some($name) };
    (@bare $variant:ident) => { Some(Action::$variant) };
    (@bare $variant:ident ($($field:ty),+)) => { None };
}

actions! {
    /// Ctrl-C: leave confer, from any mode.
    Quit = "quit",
    /// `q`: close what is open (a popup, the slides); quit from browsing.
    Leave = "leave",
    /// Esc: close what is open; clear a search.
    Close = "close",
    NextSection = "next-section",
    PrevSection = "prev-section",
    /// The digit keys, one per section (`0` is `Series`).
    Section(crate::rows::Section) = "section",
    /// `0`: the series view.
    Series,
    /// `[` and `]` on a chart row of the series view: that edition on the left or right.
    CompareLeft = "compare-left",
    CompareRight = "compare-right",
    Down = "down",
    Up = "up",
    HalfPageDown = "half-page-down",
    HalfPageUp = "half-page-up",
    PageDown = "page-down",
    PageUp = "page-up",
    Top = "top",
    Bottom = "bottom",
    /// Mouse wheel: lines down (positive) or up.
    Scroll(i32),
    Click(u16, u16),
    StartSearch = "search",
    NextMatch = "next-match",
    PrevMatch = "prev-match",
    Open = "open",
    Swap = "swap",
    OpenPicker = "editions",
    /// `o` in the edition picker: the same year in the other series.
    OtherSeries = "other-series",
    ToggleLang = "language",
    FilterKind = "filter-kind",
    FilterCountry = "filter-country",
    /// `m` in the Timeline: side by side, or both on one date axis.
    TimelineAxis = "timeline-axis",
    /// `p`: the comparison as slides.
    Present = "present",
    Help = "help",
    SearchKeep = "search-keep",
    SearchClear = "search-clear",
    SearchBackspace = "search-backspace",
    /// Any character while typing a search.
    SearchInput(char) = "type",
    SlideNext = "slide-next",
    SlidePrevious = "slide-previous",
    SlideFirst = "slide-first",
    SlideLast = "slide-last",
    /// A digit of a slide number.
    SlideDigit(char) = "slide-digit",
    SlideJump = "slide-jump",
    SlideBlank = "slide-blank",
    SlideClock = "slide-clock",
    Resize(u16, u16),
    /// Another screen of the talk (the console or an audience screen) moved here.
    SlideFollow(crate::present::room::Position),
    /// How many pages the audience's screens of the talk cut each slide into (slide, pages),
    /// so that moving here steps through every page the audience sees.
    SlidePagesElsewhere(Vec<(usize, usize)>),
    /// The talk's clock started then: the first screen of the room's start.
    SlideStartedAt(std::time::SystemTime),
}

impl Action {
    /// Whether the room, not this screen's reader, asked for it: what follows it is not a
    /// move of this screen to tell the others.
    pub fn from_room(&self) -> bool {
        matches!(
            self,
            Action::SlideFollow(_) | Action::SlidePagesElsewhere(_) | Action::SlideStartedAt(_)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_action_is_of_its_own_command_and_a_bare_command_is_its_action() {
        assert_eq!(Action::Swap.command(), Command::Swap);
        assert_eq!(Action::SearchInput('x').command(), Command::SearchInput);
        assert_eq!(Command::Swap.bare(), Some(Action::Swap));
        assert_eq!(Command::SlideDigit.bare(), None);
        assert_eq!(Command::OpenPicker.name(), Some("editions"));
        assert_eq!(Command::Resize.name(), None);
    }
}
