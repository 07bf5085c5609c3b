//! Text as diagnostics quote it: cut at character boundaries, cleaned of escapes.

use crate::sanitize::{TextShape, sanitize};

pub(super) fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Messages quote content (keys, ids, values): never let them carry escapes to the terminal.
pub(super) fn clean(s: &str) -> String {
    sanitize(s, TextShape::Paragraph).text
}
