//! The edition picker: the left edition first, then the right; choosing asks the shell to
//! read the pair (`Effect::Show`).

use super::{Action, App, Effect, Effects, Mode};

impl App {
    /// The editions the picker offers: all of them for the left, all but the left one for
    /// the right (an edition against itself shows everything twice).
    pub fn picker_choices(&self, choosing_right: bool, left: usize) -> Vec<usize> {
        (0..self.edition_count())
            .filter(|&i| !choosing_right || i != left)
            .collect()
    }

    pub(super) fn update_picker(
        &mut self,
        action: Action,
        choosing_right: bool,
        cursor: usize,
        left: usize,
    ) -> Effects {
        let choices = self.picker_choices(choosing_right, left);
        let at = choices.iter().position(|&c| c == cursor).unwrap_or(0);
        let picked = |k: usize| choices.get(k).copied().unwrap_or(cursor);
        let cursor = match action {
            Action::Close | Action::Leave => {
                self.mode = Mode::Browse;
                return Effects::new();
            }
            Action::Down => picked((at + 1).min(choices.len().saturating_sub(1))),
            Action::Up => picked(at.saturating_sub(1)),
            Action::Top => picked(0),
            Action::Bottom => picked(choices.len().saturating_sub(1)),
            Action::Open if !choosing_right => {
                let others = self.picker_choices(true, cursor);
                let right = if self.right != cursor {
                    self.right
                } else {
                    others.first().copied().unwrap_or(cursor)
                };
                self.mode = Mode::Picker {
                    choosing_right: true,
                    cursor: right,
                    left: cursor,
                };
                return Effects::new();
            }
            Action::Open => {
                self.mode = Mode::Browse;
                // Reading is the shell's to do; the app only asks.
                return vec![Effect::Show {
                    left,
                    right: cursor,
                }];
            }
            _ => cursor,
        };
        self.mode = Mode::Picker {
            choosing_right,
            cursor,
            left,
        };
        Effects::new()
    }
}
