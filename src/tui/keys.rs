//! Keys and mouse to actions, by mode: browsing, typing a search, a popup.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use super::app::{Action, App};
use crate::rows::Section;

/// The action for an event in the app's current mode, if any.
pub fn action(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => key_action(app, key),
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::ScrollDown => Some(Action::Scroll(3)),
            MouseEventKind::ScrollUp => Some(Action::Scroll(-3)),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(mouse.column, mouse.row)),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

fn key_action(app: &App, key: &KeyEvent) -> Option<Action> {
    if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    if app.deck.is_some() {
        return deck_action(key);
    }
    if app.search.editing {
        return match key.code {
            KeyCode::Enter => Some(Action::SearchKeep),
            KeyCode::Esc => Some(Action::SearchClear),
            KeyCode::Backspace => Some(Action::SearchBackspace),
            KeyCode::Char(c) => Some(Action::SearchInput(c)),
            _ => None,
        };
    }
    let common = match key.code {
        KeyCode::Char('j') | KeyCode::Down => Some(Action::Down),
        KeyCode::Char('k') | KeyCode::Up => Some(Action::Up),
        KeyCode::PageDown | KeyCode::Char(' ') => Some(Action::PageDown),
        KeyCode::PageUp => Some(Action::PageUp),
        KeyCode::Char('g') | KeyCode::Home => Some(Action::Top),
        KeyCode::Char('G') | KeyCode::End => Some(Action::Bottom),
        KeyCode::Enter => Some(Action::Open),
        KeyCode::Esc => Some(Action::Close),
        KeyCode::Char('?') => Some(Action::Help),
        KeyCode::Char('q') => Some(Action::Quit),
        _ => None,
    };
    if app.popup.is_some() {
        return common;
    }
    common.or(match key.code {
        KeyCode::Tab | KeyCode::Right | KeyCode::Char('l') => Some(Action::NextSection),
        KeyCode::BackTab | KeyCode::Left | KeyCode::Char('h') => Some(Action::PrevSection),
        KeyCode::Char(d @ '1'..='9') => {
            Some(Action::Section(Section::ALL[d as usize - '1' as usize]))
        }
        KeyCode::Char('/') => Some(Action::StartSearch),
        KeyCode::Char('n') => Some(Action::NextMatch),
        KeyCode::Char('N') => Some(Action::PrevMatch),
        KeyCode::Char('s') => Some(Action::Swap),
        KeyCode::Char('e') => Some(Action::OpenPicker),
        KeyCode::Char('L') => Some(Action::ToggleLang),
        KeyCode::Char('f') => Some(Action::FilterKind),
        KeyCode::Char('p') => Some(Action::Present),
        KeyCode::Char('c') => Some(Action::FilterCountry),
        _ => None,
    })
}

/// Presentation keys: a clicker sends PageDown and PageUp; digits then Enter jump.
fn deck_action(key: &KeyEvent) -> Option<Action> {
    match key.code {
        KeyCode::Right
        | KeyCode::Char(' ')
        | KeyCode::PageDown
        | KeyCode::Char('l')
        | KeyCode::Char('j') => Some(Action::SlideNext),
        KeyCode::Left | KeyCode::PageUp | KeyCode::Char('h') | KeyCode::Char('k') => {
            Some(Action::SlidePrevious)
        }
        KeyCode::Char('g') | KeyCode::Home => Some(Action::SlideFirst),
        KeyCode::Char('G') | KeyCode::End => Some(Action::SlideLast),
        KeyCode::Char(d @ '0'..='9') => Some(Action::SlideDigit(d)),
        KeyCode::Enter => Some(Action::SlideJump),
        KeyCode::Char('b') => Some(Action::SlideBlank),
        KeyCode::Char('t') => Some(Action::SlideClock),
        KeyCode::Char('L') => Some(Action::ToggleLang),
        KeyCode::Char('?') => Some(Action::Help),
        KeyCode::Char('q') | KeyCode::Esc => Some(Action::Close),
        _ => None,
    }
}
