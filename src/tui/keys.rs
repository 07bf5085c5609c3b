//! Keys and mouse to actions: keys through the key map of the current mode, the mouse and
//! resizes the same everywhere.

use crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};

use super::app::{Action, App};

/// The action for an event in the app's current mode, if any.
pub fn action(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            app.keymap.action(app.mode.keys(), key)
        }
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
