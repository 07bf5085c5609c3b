//! Where everything goes on the screen, from its size alone: header, tabs, two panes side
//! by side (or stacked under 90 columns), footer. Pure, so that drawing, scrolling and
//! mouse clicks agree on it.

use ratatui::layout::Rect;

use crate::i18n::Lang;
use crate::rows::Section;
use crate::text::{Profile, display_width};

/// A centred area of at most `w` x `h`, leaving a margin: two columns either side, so that
/// the blank column around a popup never falls on the panes' borders. Never wider or taller
/// than `area`, which may be empty (a terminal that reports no size).
pub fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width.saturating_sub(4)).max(1).min(area.width);
    let h = h.min(area.height.saturating_sub(2)).max(1).min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// Inside a box's border.
pub fn inside(area: Rect) -> Rect {
    Rect::new(
        area.x + 1,
        area.y + 1,
        area.width.saturating_sub(2),
        area.height.saturating_sub(2),
    )
}

/// The detail popup: nearly the whole screen.
pub fn detail_box(area: Rect) -> Rect {
    centred(
        area,
        area.width.saturating_sub(4).max(40),
        area.height.saturating_sub(2),
    )
}

/// A list of keys: 72 columns, as tall as its lines allow.
pub fn keys_box(area: Rect, lines: usize) -> Rect {
    centred(area, 72, u16::try_from(lines + 2).unwrap_or(u16::MAX))
}

/// The smallest screen the explorer draws on.
pub const MIN_SIZE: (u16, u16) = (40, 12);

/// The largest area drawn in, columns by rows; a larger terminal shows it in its top left
/// corner. Past any real screen: 1000 columns of a 6-pixel font are 6000 pixels, wider
/// than a 5K display, and 500 rows of a 12-pixel one 6000 pixels, taller than an 8K. A
/// size beyond comes from a misconfigured terminal (`stty cols 65535`), where drawing all
/// of it would cost some 48 bytes a cell for each of the frame buffers: 1.5 GB at
/// 4000x4000, more than memory at 65535x65535. At this bound a buffer is 24 MB.
pub const MAX_SIZE: (u16, u16) = (1000, 500);

/// A terminal's size as drawn in: at most `MAX_SIZE`.
pub fn bounded((width, height): (u16, u16)) -> (u16, u16) {
    (width.min(MAX_SIZE.0), height.min(MAX_SIZE.1))
}
/// Below this width the panes are stacked, one above the other.
pub const SIDE_BY_SIDE_MIN: u16 = 90;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Screen {
    pub header: Rect,
    pub tabs: Rect,
    pub left: Rect,
    pub right: Rect,
    pub footer: Rect,
    /// A row above the footer for a problem with the content, when there is one.
    pub banner: Option<Rect>,
    pub stacked: bool,
}

impl Screen {
    /// `None` when the screen is too small to be useful.
    pub fn new(width: u16, height: u16) -> Option<Screen> {
        Screen::inset(width, height, (0, 0))
    }

    /// The screen laid out inside margins of `columns` either side and `rows` above and
    /// below (a theme's); `None` when the screen is too small to be useful. Margins that
    /// would leave less than the smallest screen are dropped, not half kept.
    pub fn inset(width: u16, height: u16, (columns, rows): (u16, u16)) -> Option<Screen> {
        if width < MIN_SIZE.0 || height < MIN_SIZE.1 {
            return None;
        }
        let columns = if width.saturating_sub(2 * columns) >= MIN_SIZE.0 {
            columns
        } else {
            0
        };
        let rows = if height.saturating_sub(2 * rows) >= MIN_SIZE.1 {
            rows
        } else {
            0
        };
        let (x, width) = (columns, width - 2 * columns);
        let (top, height) = (rows, height - 2 * rows);
        let row = |y| Rect::new(x, top + y, width, 1);
        let body = Rect::new(x, top + 2, width, height - 3);
        // Whether the panes fit side by side is a matter of the room they have.
        let stacked = width < SIDE_BY_SIDE_MIN;
        let (left, right) = if stacked {
            let upper = body.height / 2;
            (
                Rect::new(x, body.y, width, upper),
                Rect::new(x, body.y + upper, width, body.height - upper),
            )
        } else {
            let half = width / 2;
            (
                Rect::new(x, body.y, half, body.height),
                Rect::new(x + half, body.y, width - half, body.height),
            )
        };
        Some(Screen {
            header: row(0),
            tabs: row(1),
            left,
            right,
            footer: row(height - 1),
            banner: None,
            stacked,
        })
    }

    /// The same screen with a row above the footer taken from the panes for a banner, so
    /// that the footer keeps saying which keys do what.
    pub fn with_banner(mut self) -> Screen {
        // Stacked, only the lower pane reaches the footer; side by side, both do.
        if !self.stacked {
            self.left.height = self.left.height.saturating_sub(1);
        }
        self.right.height = self.right.height.saturating_sub(1);
        self.banner = Some(Rect::new(
            self.footer.x,
            self.footer.y - 1,
            self.footer.width,
            1,
        ));
        self
    }

    /// Where the two panes are: the series view takes all of it.
    pub fn body(&self) -> Rect {
        self.left.union(self.right)
    }

    /// Columns for text inside a pane (inside its border).
    pub fn pane_text_width(&self) -> (usize, usize) {
        (
            usize::from(self.left.width.saturating_sub(2)),
            usize::from(self.right.width.saturating_sub(2)),
        )
    }

    /// Lines of content a pane shows: inside the border, under the edition's dates line.
    pub fn page(&self) -> usize {
        usize::from(self.left.height.min(self.right.height).saturating_sub(3)).max(1)
    }
}

/// A tab: the series view (key 0), or a section of the comparison (keys 1 to 9).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Series,
    Section(Section),
}

impl Tab {
    /// Every tab in order, with its key.
    pub fn all() -> impl Iterator<Item = (char, Tab)> {
        std::iter::once(('0', Tab::Series)).chain(
            Section::ALL
                .iter()
                .zip('1'..='9')
                .map(|(s, key)| (key, Tab::Section(*s))),
        )
    }

    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            Tab::Series => lang.words().explorer.series_tab,
            Tab::Section(s) => s.title(lang),
        }
    }
}

/// The tabs as (tab, text, x where it starts), fitted to the width: every name where they
/// fit, else the current one named and the others by their key.
pub fn tabs(current: Tab, lang: Lang, width: u16, profile: &Profile) -> Vec<(Tab, String, u16)> {
    // `padded`: a space either side of each name; without it, one space between names.
    let label = |key: char, tab: Tab, named: bool, padded: bool| {
        let name = if named {
            format!(" {}", tab.title(lang))
        } else {
            String::new()
        };
        if tab == current {
            format!("[{key}{name}]")
        } else if padded {
            format!(" {key}{name} ")
        } else {
            format!("{key}{name}")
        }
    };
    let layout = |named_all: bool, padded: bool| {
        let mut x = 0u16;
        let mut out = Vec::new();
        for (key, tab) in Tab::all() {
            let text = label(key, tab, named_all || tab == current, padded);
            let w = display_width(&text, profile) as u16;
            out.push((tab, text, x));
            x = x.saturating_add(w + 1);
        }
        (out, x)
    };
    // Every name with room around it; else every name closer together; else only keys.
    let (roomy, used) = layout(true, true);
    if used <= width {
        return roomy;
    }
    let (close, used) = layout(true, false);
    if used <= width {
        close
    } else {
        layout(false, true).0
    }
}

/// The tab under column `x`.
pub fn tab_at(x: u16, current: Tab, lang: Lang, width: u16, profile: &Profile) -> Option<Tab> {
    tabs(current, lang, width, profile)
        .into_iter()
        .find(|(_, text, start)| x >= *start && x < start + display_width(text, profile) as u16)
        .map(|(tab, _, _)| tab)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panes_side_by_side_from_90_columns_and_stacked_below() {
        let wide = Screen::new(120, 40).unwrap();
        assert!(!wide.stacked);
        assert_eq!((wide.left.width, wide.right.width), (60, 60));
        let narrow = Screen::new(80, 24).unwrap();
        assert!(narrow.stacked);
        assert_eq!(narrow.left.y + narrow.left.height, narrow.right.y);
        assert!(Screen::new(39, 24).is_none() && Screen::new(80, 11).is_none());
        // A banner takes the row above the footer from the panes, never the footer.
        for screen in [wide, narrow] {
            let with = screen.with_banner();
            let banner = with.banner.unwrap();
            assert_eq!(
                (banner.y, with.footer),
                (screen.footer.y - 1, screen.footer)
            );
            assert_eq!(with.right.bottom(), banner.y);
            assert!(with.left.bottom() <= banner.y);
        }
    }

    #[test]
    fn margins_move_everything_in_and_give_way_on_small_screens() {
        let plain = Screen::new(120, 40).unwrap();
        let inset = Screen::inset(120, 40, (4, 2)).unwrap();
        assert_eq!(inset.header, Rect::new(4, 2, 112, 1));
        assert_eq!(inset.footer, Rect::new(4, 37, 112, 1));
        assert_eq!((inset.left.x, inset.right.right()), (4, 116));
        assert_eq!(
            inset.left.y, inset.right.y,
            "side by side, rows still align"
        );
        assert!(!inset.stacked && inset.page() < plain.page());
        let with = inset.with_banner();
        assert_eq!(with.banner, Some(Rect::new(4, 36, 112, 1)));
        // Room for the panes decides stacking: 90 columns less margins is too narrow.
        assert!(Screen::inset(90, 24, (2, 1)).unwrap().stacked);
        assert_eq!(
            Screen::inset(40, 12, (2, 1)).unwrap(),
            Screen::new(40, 12).unwrap()
        );
    }

    #[test]
    fn tabs_fit_and_can_be_clicked() {
        let p = Profile::default();
        let figures = Tab::Section(Section::Figures);
        let all = tabs(figures, Lang::En, 200, &p);
        assert!(all.iter().all(|(_, text, _)| text.len() > 4));
        assert_eq!(
            (all[0].1.as_str(), all[2].1.as_str()),
            (" 0 Series ", "[2 Figures]")
        );
        let tight = tabs(figures, Lang::En, 60, &p);
        assert_eq!(tight[1].1, " 1 ");
        let (_, _, x) = &tight[4];
        assert_eq!(
            tab_at(*x + 1, figures, Lang::En, 60, &p),
            Some(Tab::Section(Section::People))
        );
        assert_eq!(tab_at(1, figures, Lang::En, 60, &p), Some(Tab::Series));
    }

    #[test]
    fn every_japanese_tab_is_named_at_80_columns() {
        let p = Profile::default();
        let current = Tab::Section(Section::Overview);
        let shown = tabs(current, Lang::Ja, 80, &p);
        for (key, tab) in Tab::all() {
            let (_, text, x) = shown.iter().find(|(t, _, _)| *t == tab).unwrap();
            assert!(text.contains(tab.title(Lang::Ja)), "{key}: {text}");
            assert!(*x + display_width(text, &p) as u16 <= 80, "{key} at {x}");
        }
        assert_eq!(shown[5].1, "5 日程");
    }
}
