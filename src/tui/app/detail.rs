//! The detail popup's lines: every field of the selected entry, both editions side by
//! side, laid out once per entry and width rather than once per frame.

use std::rc::Rc;

use ratatui::layout::Rect;

use super::App;
use crate::compare::Side;
use crate::rows::{PaneLine, Para, Row, Tone, detail, pane_lines};
use crate::tui::screen::{detail_box, inside};

impl App {
    /// The detail of the selected entry, laid out for the popup: once per entry and size,
    /// not once per frame.
    pub fn detail_lines(&self) -> Rc<Vec<PaneLine>> {
        let view = self.view();
        let Some(row) = self.selected_row(&view) else {
            return Rc::new(Vec::new());
        };
        let area = Rect::new(0, 0, self.size.0, self.size.1);
        let inner = inside(detail_box(area));
        let key = (self.layout().key.clone(), row, inner.width);
        if let Some((_, lines)) = self
            .detail_cache
            .borrow()
            .as_ref()
            .filter(|(k, _)| *k == key)
        {
            return Rc::clone(lines);
        }
        let lines = Rc::new(self.detail_lines_of(row, inner.width));
        *self.detail_cache.borrow_mut() = Some((key, Rc::clone(&lines)));
        lines
    }

    fn detail_lines_of(&self, row: usize, width: u16) -> Vec<PaneLine> {
        let (left, right) = self.sides();
        let label = |side: Side| {
            vec![Para::new(
                side.edition.label_or_name().get(self.lang.tag()),
                Tone::Strong,
            )]
        };
        self.with_rows(|comparison, rows| {
            let Some(Row::Item(_, _, item)) = rows.get(row) else {
                return Vec::new();
            };
            let (l, r) = detail(item, comparison, self.lang);
            let half = usize::from(width.saturating_sub(3)) / 2;
            let detail_rows = [Row::Pair(label(left), label(right)), Row::Pair(l, r)];
            pane_lines(&detail_rows, half, half, &self.profile)
        })
    }
}
