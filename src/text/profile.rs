//! What the terminal really does with the characters that terminals disagree on: East Asian
//! Ambiguous characters, emoji sequences and emoji presentation. Layout and drawing both read it.

use ratatui::symbols::border;

/// How wide the terminal draws East Asian Ambiguous characters (·, ①, …, é, ─).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum AmbiguousWidth {
    #[default]
    Narrow,
    /// Two columns: "ambiguous width: double" (iTerm2, Windows Terminal, mintty, xterm -cjk_width).
    Wide,
}

/// How the terminal draws an emoji ZWJ or skin-tone sequence (👨‍👩‍👧, 👍🏽).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum EmojiSequences {
    /// As one two-column glyph, as unicode-width assumes.
    #[default]
    Joined,
    /// As its parts side by side, as tmux and terminals without grapheme clustering do.
    Apart,
}

/// How wide the terminal draws a character followed by VS16 (❤️).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Vs16 {
    #[default]
    Wide,
    /// The width of the base character alone (tmux, many older terminals).
    Narrow,
}

/// The terminal's behaviour, measured by the probe or given on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Profile {
    pub ambiguous: AmbiguousWidth,
    /// Box drawing characters are ambiguous too; a terminal may widen them even when it
    /// draws other ambiguous characters narrow, so the probe measures them apart.
    pub box_drawing: AmbiguousWidth,
    pub emoji_sequences: EmojiSequences,
    pub vs16: Vs16,
    /// Whether to write addresses as links the terminal can open (OSC 8): never measured,
    /// decided from the output and the environment (`hyperlinks_wanted`).
    pub hyperlinks: bool,
}

/// Borders from ASCII only, for terminals that draw box-drawing characters two columns wide.
pub const ASCII_BORDER: border::Set = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

impl Profile {
    /// A terminal with ambiguous characters, box drawing included, two columns wide.
    pub fn ambiguous_wide() -> Profile {
        Profile {
            ambiguous: AmbiguousWidth::Wide,
            box_drawing: AmbiguousWidth::Wide,
            ..Profile::default()
        }
    }

    /// The border characters that keep their place in this terminal.
    pub fn border_set(&self) -> border::Set<'static> {
        match self.box_drawing {
            AmbiguousWidth::Narrow => border::PLAIN,
            AmbiguousWidth::Wide => ASCII_BORDER,
        }
    }

    /// The block that bars are drawn with: a full block, or "#" where blocks are two wide.
    pub fn bar_block(&self) -> &'static str {
        match self.box_drawing {
            AmbiguousWidth::Narrow => "█",
            AmbiguousWidth::Wide => "#",
        }
    }

    /// The block of a second series' bars beside the first's: a shade, or "=" where the
    /// shade would be two columns wide.
    pub fn second_bar_block(&self) -> &'static str {
        match self.box_drawing {
            AmbiguousWidth::Narrow => "▒",
            AmbiguousWidth::Wide => "=",
        }
    }

    /// The mark for "present" in a matrix: a filled circle, or "*" where it is two wide.
    pub fn present_mark(&self) -> &'static str {
        match self.ambiguous {
            AmbiguousWidth::Narrow => "●",
            AmbiguousWidth::Wide => "*",
        }
    }

    /// The mark for "not listed" in a matrix: a middle dot, or "-" where it is two wide.
    pub fn absent_mark(&self) -> &'static str {
        match self.ambiguous {
            AmbiguousWidth::Narrow => "·",
            AmbiguousWidth::Wide => "-",
        }
    }

    /// What ends a truncated text: "…" is ambiguous, so "..." where it would be two columns.
    pub fn ellipsis(&self) -> &'static str {
        match self.ambiguous {
            AmbiguousWidth::Narrow => "…",
            AmbiguousWidth::Wide => "...",
        }
    }
}
