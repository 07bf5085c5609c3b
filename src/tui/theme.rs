//! Colours for a dark or light terminal, none (mono, and whenever NO_COLOR is set), or a
//! projector in a seminar room; and the margins each leaves around the explorer and slides.
//! Nothing relies on colour alone: the current tab has brackets, the selection reverses.

use clap::ValueEnum;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

use crate::rows::Tone;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, ValueEnum, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    Dark,
    Light,
    Mono,
    /// For a seminar room: high contrast on solid black, colour-blind-safe colours, wider
    /// margins
    // (Its doc comment is the value's help in `--help` and the man page.)
    Projector,
}

/// The Okabe–Ito palette: told apart with every common kind of colour blindness. As RGB,
/// so that a projector shows the same colours whatever the terminal's own palette.
pub mod okabe_ito {
    use ratatui::style::Color;

    pub const BLACK: Color = Color::Rgb(0x00, 0x00, 0x00);
    pub const ORANGE: Color = Color::Rgb(0xE6, 0x9F, 0x00);
    pub const SKY_BLUE: Color = Color::Rgb(0x56, 0xB4, 0xE9);
    pub const BLUISH_GREEN: Color = Color::Rgb(0x00, 0x9E, 0x73);
    pub const YELLOW: Color = Color::Rgb(0xF0, 0xE4, 0x42);
    pub const BLUE: Color = Color::Rgb(0x00, 0x72, 0xB2);
    pub const VERMILLION: Color = Color::Rgb(0xD5, 0x5E, 0x00);
    pub const REDDISH_PURPLE: Color = Color::Rgb(0xCC, 0x79, 0xA7);
    pub const WHITE: Color = Color::Rgb(0xFF, 0xFF, 0xFF);

    pub const ALL: [Color; 9] = [
        BLACK,
        ORANGE,
        SKY_BLUE,
        BLUISH_GREEN,
        YELLOW,
        BLUE,
        VERMILLION,
        REDDISH_PURPLE,
        WHITE,
    ];
}

use okabe_ito as oi;

impl Theme {
    /// `projector` is the colour a projector shows: each at least 5:1 against black.
    fn color(self, dark: Color, light: Color, projector: Color) -> Style {
        match self {
            Theme::Dark => Style::new().fg(dark),
            Theme::Light => Style::new().fg(light),
            Theme::Mono => Style::new(),
            Theme::Projector => Style::new().fg(projector),
        }
    }

    pub fn tone(self, tone: Tone) -> Style {
        match tone {
            Tone::Plain => Style::new(),
            Tone::Strong => Style::new().add_modifier(Modifier::BOLD),
            Tone::Dim => match self {
                Theme::Mono => Style::new(),
                // Grey washes out on a projector: what is secondary is still read in full.
                _ => self.color(Color::Gray, Color::DarkGray, oi::WHITE),
            },
            // Bluish green and vermillion (6:1 and 5:1 on black) stay apart for readers
            // who cannot tell red from green; the rows' + and - say it without colour.
            Tone::Up => self.color(Color::Green, Color::Green, oi::BLUISH_GREEN),
            Tone::Down => self.color(Color::Red, Color::Red, oi::VERMILLION),
        }
    }

    pub fn title(self) -> Style {
        self.color(Color::Cyan, Color::Blue, oi::SKY_BLUE)
            .add_modifier(Modifier::BOLD)
    }

    pub fn subheading(self) -> Style {
        self.color(Color::Yellow, Color::Magenta, oi::YELLOW)
            .add_modifier(Modifier::BOLD)
    }

    pub fn selected(self) -> Style {
        match self {
            Theme::Mono => Style::new().add_modifier(Modifier::REVERSED),
            Theme::Dark => Style::new().bg(Color::Indexed(237)),
            Theme::Light => Style::new().bg(Color::Indexed(253)),
            // A coloured line's text would be lost on the blue: the selection reads white
            // on blue (5:1), bold, whatever its tone.
            Theme::Projector => Style::new()
                .fg(oi::WHITE)
                .bg(oi::BLUE)
                .add_modifier(Modifier::BOLD),
        }
    }

    pub fn matched(self) -> Style {
        match self {
            Theme::Mono => Style::new().add_modifier(Modifier::UNDERLINED),
            _ => self
                .color(Color::LightYellow, Color::Blue, oi::ORANGE)
                .add_modifier(Modifier::UNDERLINED),
        }
    }

    pub fn tab(self, current: bool) -> Style {
        if current {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            self.tone(Tone::Dim)
        }
    }

    pub fn border(self) -> Style {
        self.color(Color::DarkGray, Color::Gray, oi::WHITE)
    }

    pub fn footer(self) -> Style {
        self.tone(Tone::Dim)
    }

    /// The ground and the default text of every cell, where the theme has its own: a
    /// projector does not trust the terminal's colours, which may be grey on grey.
    pub fn ground(self) -> Option<(Color, Color)> {
        match self {
            Theme::Projector => Some((oi::WHITE, oi::BLACK)),
            Theme::Dark | Theme::Light | Theme::Mono => None,
        }
    }

    /// Gives every cell still in the terminal's default colours the theme's own, once the
    /// whole frame is drawn: after it, because clearing a box (a popup, a slide) resets its
    /// cells to the terminal's default; only the defaults, so that a selection keeps its own.
    pub fn paint_ground(self, buf: &mut Buffer) {
        let Some((fg, bg)) = self.ground() else {
            return;
        };
        for cell in &mut buf.content {
            if cell.fg == Color::Reset {
                cell.fg = fg;
            }
            if cell.bg == Color::Reset {
                cell.bg = bg;
            }
        }
    }

    /// Blank columns either side of the explorer and blank rows above and below it, at the
    /// size of `area`: a projected screen's edges are often cut or out of focus.
    pub fn margins(self, area: Rect) -> (u16, u16) {
        match self {
            Theme::Projector => {
                let columns = match area.width {
                    120.. => 4,
                    80.. => 2,
                    _ => 1,
                };
                let rows = match area.height {
                    36.. => 2,
                    24.. => 1,
                    _ => 0,
                };
                (columns, rows)
            }
            Theme::Dark | Theme::Light | Theme::Mono => (0, 0),
        }
    }

    /// A slide's margins: the columns either side of its text, and the rows left blank
    /// above and below the whole slide (its own layout already keeps a row above its
    /// title). Small screens get less, so that 60x20 still shows a slide's body.
    pub fn slide_margins(self, area: Rect) -> (u16, u16) {
        let columns = if area.width >= 80 { 4 } else { 2 };
        match self {
            Theme::Projector => {
                let columns = match area.width {
                    80.. => 6,
                    60.. => 3,
                    _ => columns,
                };
                let rows = match area.height {
                    30.. => 2,
                    20.. => 1,
                    _ => 0,
                };
                (columns, rows)
            }
            Theme::Dark | Theme::Light | Theme::Mono => (columns, 0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TONES: [Tone; 5] = [Tone::Plain, Tone::Strong, Tone::Dim, Tone::Up, Tone::Down];

    /// Every style the theme hands out.
    fn styles(theme: Theme) -> Vec<Style> {
        let mut all: Vec<Style> = TONES.iter().map(|t| theme.tone(*t)).collect();
        all.extend([
            theme.title(),
            theme.subheading(),
            theme.selected(),
            theme.matched(),
            theme.tab(true),
            theme.tab(false),
            theme.border(),
            theme.footer(),
        ]);
        all
    }

    #[test]
    fn projector_uses_only_okabe_ito_and_nothing_dim() {
        for style in styles(Theme::Projector) {
            for color in [style.fg, style.bg].into_iter().flatten() {
                assert!(oi::ALL.contains(&color), "{color:?} in {style:?}");
            }
            assert!(!style.add_modifier.contains(Modifier::DIM), "{style:?}");
            assert!(
                ![Color::DarkGray, Color::Gray].contains(&style.fg.unwrap_or(Color::Reset)),
                "{style:?}"
            );
        }
        assert_eq!(
            Theme::Projector.tone(Tone::Dim),
            Theme::Projector.tone(Tone::Plain).fg(oi::WHITE),
            "secondary text is full strength"
        );
        // Up and down differ by more than red against green.
        let up = Theme::Projector.tone(Tone::Up).fg;
        let down = Theme::Projector.tone(Tone::Down).fg;
        assert_eq!((up, down), (Some(oi::BLUISH_GREEN), Some(oi::VERMILLION)));
    }

    #[test]
    fn only_the_projector_paints_a_ground_and_keeps_what_was_set() {
        let area = Rect::new(0, 0, 3, 1);
        let mut buf = Buffer::empty(area);
        buf[(1, 0)].set_style(Theme::Projector.selected());
        let before = buf.clone();
        Theme::Dark.paint_ground(&mut buf);
        assert_eq!(buf, before);
        Theme::Projector.paint_ground(&mut buf);
        assert_eq!((buf[(0, 0)].fg, buf[(0, 0)].bg), (oi::WHITE, oi::BLACK));
        assert_eq!((buf[(1, 0)].fg, buf[(1, 0)].bg), (oi::WHITE, oi::BLUE));
    }

    #[test]
    fn projector_margins_are_wider_and_shrink_on_small_screens() {
        for (w, h) in [(60, 20), (80, 24), (120, 40)] {
            let area = Rect::new(0, 0, w, h);
            let (pc, pr) = Theme::Projector.slide_margins(area);
            let (dc, dr) = Theme::Dark.slide_margins(area);
            assert!(pc > dc && pr > dr, "{w}x{h}");
            let (ec, er) = Theme::Projector.margins(area);
            assert!(ec > 0 && ec * 10 <= w && er * 10 <= h, "{w}x{h}");
            assert_eq!(Theme::Dark.margins(area), (0, 0));
        }
        assert_eq!(
            Theme::Projector.slide_margins(Rect::new(0, 0, 80, 30)),
            (6, 2)
        );
    }
}
