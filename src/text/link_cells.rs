//! Addresses as links the terminal can open (OSC 8) in a ratatui buffer: a glyph a cell as
//! drawn, so that what is drawn over them cuts them cleanly, then joined once a line.

use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

use super::draw::draw_glyphs;
use super::hyperlink::{LinkTarget, rewrap, wrapped};
use super::profile::Profile;

/// Draws `text`, the address `url` or a piece of it, as [`draw_text`] does, and where the
/// profile says the terminal takes links and `url` makes a [`LinkTarget`], as a link to it.
///
/// Every glyph's cell holds the whole escape around that glyph alone, with the glyph's width
/// forced ([`CellDiffOption::ForcedWidth`]: ratatui would count the escape's bytes as
/// columns). So a cell redrawn on its own is still a whole link, none is ever left open over
/// the cells after it (a border, a popup drawn over the panes), and the cells keep their
/// places; the id in the escape makes the glyphs, and the pieces of an address cut over
/// lines, one link to the terminal.
#[allow(clippy::too_many_arguments)]
pub fn draw_link(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    max_width: u16,
    text: &str,
    url: &str,
    style: Style,
    profile: &Profile,
) -> u16 {
    let target = profile.hyperlinks.then(|| LinkTarget::new(url)).flatten();
    draw_glyphs(
        buf,
        (x, y),
        max_width,
        text,
        style,
        profile,
        target.as_ref(),
    )
}

/// Joins the cells of one link that stand side by side on a row, in one style, into one
/// cell that holds the escape once around all their glyphs, its width forced to theirs, the
/// cells it covers skipped. Drawn a glyph a cell, a link repeats its address in every cell
/// (about a hundred bytes a column, twenty times the frame); joined, once a line. Done once
/// the whole frame is drawn, so that what is drawn over a link (a popup, its cleared edge)
/// has already cut it where it must be cut, and nothing drawing has to know.
///
/// A glyph this terminal draws wider than unicode-width reckons (an ambiguous character
/// set to double width) keeps a cell of its own, as `draw_text` leaves it: ratatui then
/// moves the cursor past it explicitly, so the glyphs after it land in their columns even
/// where the terminal is not what its profile says.
pub fn join_links(buf: &mut Buffer) {
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let width = forced(&buf[(x, y)]).max(1);
            let Some((opening, first)) = joinable(&buf[(x, y)]) else {
                x += width;
                continue;
            };
            let (opening, mut text) = (opening.to_string(), first.to_string());
            let style = buf[(x, y)].style();
            let mut end = x + width;
            while end < area.right() {
                let next = &buf[(end, y)];
                match joinable(next) {
                    Some((same, more)) if same == opening && next.style() == style => {
                        text.push_str(more);
                        end += forced(next).max(1);
                    }
                    _ => break,
                }
            }
            if let Some(joined) = NonZeroU16::new(end - x).filter(|_| end - x > width) {
                buf[(x, y)]
                    .set_symbol(&rewrap(&opening, &text))
                    .set_diff_option(CellDiffOption::ForcedWidth(joined));
                for k in x + 1..end {
                    let covered = &mut buf[(k, y)];
                    covered
                        .set_symbol(" ")
                        .set_diff_option(CellDiffOption::Skip);
                }
            }
            x = end;
        }
    }
}

/// A link's cell whose width is its glyphs' own: the opening escape and the glyphs.
fn joinable(cell: &Cell) -> Option<(&str, &str)> {
    let (opening, text) = wrapped(cell.symbol())?;
    (usize::from(forced(cell)) == text.width()).then_some((opening, text))
}

/// A cell's forced width, 0 where none is forced.
fn forced(cell: &Cell) -> u16 {
    match cell.diff_option {
        CellDiffOption::ForcedWidth(width) => width.get(),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{clear_under, draw_text};
    use ratatui::layout::Rect;

    fn linking() -> Profile {
        Profile {
            hyperlinks: true,
            ..Profile::default()
        }
    }

    /// A cell's symbol with confer's link escape taken off, and the address it links to.
    fn unlinked(symbol: &str) -> (String, Option<String>) {
        let Some(rest) = symbol.strip_prefix("\x1b]8;") else {
            return (symbol.to_string(), None);
        };
        let (head, rest) = rest.split_once("\x1b\\").unwrap();
        let uri = head.split_once(';').unwrap().1.to_string();
        let text = rest.strip_suffix("\x1b]8;;\x1b\\").unwrap();
        (text.to_string(), Some(uri))
    }

    #[test]
    fn a_link_is_written_glyph_by_glyph_each_cell_a_whole_link_of_its_width() {
        let url = "https://example.com/a";
        let mut buf = Buffer::empty(Rect::new(0, 0, 30, 1));
        let used = draw_link(&mut buf, 2, 0, 28, url, url, Style::default(), &linking());
        assert_eq!(usize::from(used), url.len());
        for (k, c) in url.chars().enumerate() {
            let cell = &buf[(2 + k as u16, 0)];
            assert_eq!(unlinked(cell.symbol()), (c.to_string(), Some(url.into())));
            assert_eq!(
                cell.diff_option,
                CellDiffOption::ForcedWidth(NonZeroU16::new(1).unwrap())
            );
        }
        assert_eq!(buf[(1, 0)].symbol(), " ");
        assert_eq!(buf[(2 + url.len() as u16, 0)].symbol(), " ");
    }

    #[test]
    fn without_links_an_address_is_plain_text() {
        let url = "https://example.com/a";
        let mut buf = Buffer::empty(Rect::new(0, 0, 30, 1));
        draw_link(
            &mut buf,
            0,
            0,
            30,
            url,
            url,
            Style::default(),
            &Profile::default(),
        );
        assert_eq!(buf[(0, 0)].symbol(), "h");
        assert_eq!(buf[(0, 0)].diff_option, CellDiffOption::None);
        // Nor where the address is not one a link may open.
        let mut buf = Buffer::empty(Rect::new(0, 0, 30, 1));
        draw_link(
            &mut buf,
            0,
            0,
            30,
            "javascript:x",
            "javascript:x",
            Style::default(),
            &linking(),
        );
        assert_eq!(buf[(0, 0)].symbol(), "j");
    }

    #[test]
    fn a_crafted_address_puts_no_escape_of_its_own_into_a_cell() {
        let url = "https://evil.example/\u{1b}]0;pwned\u{7}\u{1b}\\\u{9b}2J例";
        let shown = "https://evil.example/␛]0;pwned␇";
        let mut buf = Buffer::empty(Rect::new(0, 0, 60, 1));
        draw_link(&mut buf, 0, 0, 60, shown, url, Style::default(), &linking());
        for x in 0..60 {
            let symbol = buf[(x, 0)].symbol();
            assert!(
                !symbol.contains('\u{7}') && !symbol.contains('\u{9b}'),
                "{symbol:?}"
            );
            // The only escapes are the four of the link around the glyph.
            let escapes = symbol.matches('\x1b').count();
            assert!(escapes == 0 || escapes == 4, "{symbol:?}");
            if let (_, Some(uri)) = unlinked(symbol) {
                assert!(uri.bytes().all(|b| (0x21..=0x7e).contains(&b)), "{uri:?}");
            }
        }
    }

    #[test]
    fn a_wide_glyph_in_a_link_covers_its_cells_as_plain_text_does() {
        let profile = Profile {
            hyperlinks: true,
            ..Profile::ambiguous_wide()
        };
        let mut buf = Buffer::empty(Rect::new(0, 0, 8, 1));
        let used = draw_link(
            &mut buf,
            0,
            0,
            8,
            "a①b",
            "https://x.example/",
            Style::default(),
            &profile,
        );
        assert_eq!(used, 4);
        assert_eq!(
            buf[(1, 0)].diff_option,
            CellDiffOption::ForcedWidth(NonZeroU16::new(2).unwrap())
        );
        assert_eq!(buf[(2, 0)].diff_option, CellDiffOption::Skip);
        assert_eq!(unlinked(buf[(3, 0)].symbol()).0, "b");
        // A box over it gives the glyph that reaches in way, measured by its forced width,
        // not by the bytes of its escape.
        clear_under(&mut buf, Rect::new(2, 0, 2, 1), &profile);
        assert_eq!(buf[(1, 0)].symbol(), " ");
        assert_eq!(
            unlinked(buf[(0, 0)].symbol()).0,
            "a",
            "what stands clear stays"
        );
    }

    /// Through ratatui's diff and crossterm, into a terminal model: the glyphs of a link land
    /// in their columns and what follows them stays in its place.
    #[test]
    fn on_a_terminal_the_link_takes_exactly_its_columns() {
        use ratatui::backend::{Backend, CrosstermBackend};
        let url = "https://example.com/path";
        let wide = Profile {
            hyperlinks: true,
            ..Profile::ambiguous_wide()
        };
        for profile in [linking(), wide] {
            let mut buf = Buffer::empty(Rect::new(0, 0, 40, 2));
            draw_text(&mut buf, 0, 0, 40, "|", Style::default(), &profile);
            // A wide character and an ambiguous one.
            let w = draw_link(&mut buf, 1, 0, 38, "例·", url, Style::default(), &profile);
            draw_text(&mut buf, 1 + w, 0, 2, "|", Style::default(), &profile);
            let mut bytes = Vec::new();
            let mut backend = CrosstermBackend::new(&mut bytes);
            backend
                .draw(Buffer::empty(buf.area).diff(&buf).into_iter())
                .unwrap();
            Backend::flush(&mut backend).unwrap();
            let mut parser = vt100::Parser::new(2, 40, 0);
            parser.process(&bytes);
            let row = parser.screen().rows(0, 40).next().unwrap();
            // vt100 draws · narrow: where the terminal draws it wide, the cell it covers is
            // skipped, and blank in the model.
            let expected = if profile == wide {
                "|例· |"
            } else {
                "|例·|"
            };
            assert_eq!(row.trim_end(), expected, "{profile:?}");
            assert_eq!(bytes.windows(4).filter(|w| *w == b"\x1b]8;").count(), 4);
        }
    }

    /// Frames through ratatui's diff and crossterm into one terminal model, each against
    /// the one before, as the explorer's event loop draws them; the model's rows.
    fn on_screen(frames: &[Buffer]) -> (Vec<String>, Vec<u8>) {
        use ratatui::backend::{Backend, CrosstermBackend};
        let area = frames[0].area;
        let mut parser = vt100::Parser::new(area.height, area.width, 0);
        let mut previous = Buffer::empty(area);
        let mut all = Vec::new();
        for frame in frames {
            let mut bytes = Vec::new();
            let mut backend = CrosstermBackend::new(&mut bytes);
            backend.draw(previous.diff(frame).into_iter()).unwrap();
            Backend::flush(&mut backend).unwrap();
            parser.process(&bytes);
            all.extend(bytes);
            previous = frame.clone();
        }
        let rows = parser.screen().rows(0, area.width).collect();
        (rows, all)
    }

    #[test]
    fn the_cells_of_a_link_are_joined_into_one_escape_a_run() {
        let url = "https://example.com/a/long/enough/path";
        let mut buf = Buffer::empty(Rect::new(0, 0, 60, 2));
        draw_text(&mut buf, 0, 0, 1, "[", Style::default(), &linking());
        let w = draw_link(&mut buf, 1, 0, 50, url, url, Style::default(), &linking());
        draw_text(&mut buf, 1 + w, 0, 1, "]", Style::default(), &linking());
        // A second run of the same link in another style, and another link, stay apart.
        let bold = Style::new().add_modifier(ratatui::style::Modifier::BOLD);
        draw_link(&mut buf, 0, 1, 5, "https", url, bold, &linking());
        draw_link(
            &mut buf,
            5,
            1,
            5,
            "://ex",
            url,
            Style::default(),
            &linking(),
        );
        draw_link(
            &mut buf,
            10,
            1,
            5,
            "other",
            "https://other.example/",
            Style::default(),
            &linking(),
        );
        join_links(&mut buf);
        assert_eq!(
            unlinked(buf[(1, 0)].symbol()),
            (url.to_string(), Some(url.into()))
        );
        assert_eq!(
            buf[(1, 0)].diff_option,
            CellDiffOption::ForcedWidth(NonZeroU16::new(w).unwrap())
        );
        assert!((2..1 + w).all(|x| buf[(x, 0)].diff_option == CellDiffOption::Skip));
        assert_eq!(buf[(1 + w, 0)].symbol(), "]");
        assert_eq!(unlinked(buf[(0, 1)].symbol()).0, "https");
        assert_eq!(unlinked(buf[(5, 1)].symbol()).0, "://ex");
        assert_eq!(unlinked(buf[(10, 1)].symbol()).0, "other");
        let (rows, bytes) = on_screen(&[buf]);
        assert_eq!(rows[0].trim_end(), format!("[{url}]"));
        assert_eq!(rows[1].trim_end(), "https://exother");
        assert_eq!(
            bytes.windows(4).filter(|w| *w == b"\x1b]8;").count(),
            8,
            "4 links"
        );
        // Where the terminal draws an ambiguous glyph wide, it keeps a cell of its own.
        let wide = Profile {
            hyperlinks: true,
            ..Profile::ambiguous_wide()
        };
        let mut buf = Buffer::empty(Rect::new(0, 0, 20, 1));
        draw_link(&mut buf, 0, 0, 20, "ab①cd", url, Style::default(), &wide);
        join_links(&mut buf);
        let texts: Vec<String> = [0, 2, 4].map(|x| unlinked(buf[(x, 0)].symbol()).0).into();
        assert_eq!(texts, ["ab", "①", "cd"]);
    }

    #[test]
    fn joined_links_redraw_cleanly_when_what_is_under_them_changes() {
        let profile = linking();
        let url = "https://example.com/例/path";
        let frame = |link_at: Option<u16>, text: &str| {
            let mut buf = Buffer::empty(Rect::new(0, 0, 40, 1));
            draw_text(&mut buf, 0, 0, 40, text, Style::default(), &profile);
            if let Some(x) = link_at {
                draw_link(&mut buf, x, 0, 40 - x, url, url, Style::default(), &profile);
            }
            // A popup's edge over the middle of it.
            clear_under(&mut buf, Rect::new(12, 0, 3, 1), &profile);
            draw_text(&mut buf, 12, 0, 3, "|x|", Style::default(), &profile);
            join_links(&mut buf);
            buf
        };
        let (rows, _) = on_screen(&[
            frame(Some(2), ""),
            frame(None, "plain text where the link was"),
            frame(Some(0), ""),
        ]);
        // The link cut by the popup's edge, and drawn again on text that was longer.
        assert_eq!(rows[0].trim_end(), "https://exam|x|.com/例/path");
    }
}
