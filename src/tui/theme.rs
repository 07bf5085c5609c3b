//! Colours for a dark or light terminal, or none (mono, and whenever NO_COLOR is set).
//! Nothing relies on colour alone: the current tab has brackets, the selection reverses.

use clap::ValueEnum;
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
}

impl Theme {
    fn color(self, dark: Color, light: Color) -> Style {
        match self {
            Theme::Dark => Style::new().fg(dark),
            Theme::Light => Style::new().fg(light),
            Theme::Mono => Style::new(),
        }
    }

    pub fn tone(self, tone: Tone) -> Style {
        match tone {
            Tone::Plain => Style::new(),
            Tone::Strong => Style::new().add_modifier(Modifier::BOLD),
            Tone::Dim => match self {
                Theme::Mono => Style::new(),
                _ => self.color(Color::Gray, Color::DarkGray),
            },
            Tone::Up => self.color(Color::Green, Color::Green),
            Tone::Down => self.color(Color::Red, Color::Red),
        }
    }

    pub fn title(self) -> Style {
        self.color(Color::Cyan, Color::Blue)
            .add_modifier(Modifier::BOLD)
    }

    pub fn subheading(self) -> Style {
        self.color(Color::Yellow, Color::Magenta)
            .add_modifier(Modifier::BOLD)
    }

    pub fn selected(self) -> Style {
        match self {
            Theme::Mono => Style::new().add_modifier(Modifier::REVERSED),
            Theme::Dark => Style::new().bg(Color::Indexed(237)),
            Theme::Light => Style::new().bg(Color::Indexed(253)),
        }
    }

    pub fn matched(self) -> Style {
        match self {
            Theme::Mono => Style::new().add_modifier(Modifier::UNDERLINED),
            _ => self
                .color(Color::LightYellow, Color::Blue)
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
        self.color(Color::DarkGray, Color::Gray)
    }

    pub fn footer(self) -> Style {
        self.tone(Tone::Dim)
    }
}
