//! A slide's body cut into pages at a screen size, so that a long list continues on the
//! next page ("2/3") instead of being cut. The same functions decide how many pages a slide
//! has (when the deck is built) and what each page shows (when it is drawn).

use crate::i18n::Lang;
use crate::rows::{PaneLineKind, Para, Row, Tone, pane_lines, wrap_cell};
use crate::talk::Block;
use crate::text::{Profile, display_width, wrap};

use super::body::Body;

/// Where a slide's parts go on a screen: the margins, the title, the body, the footer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frame {
    pub margin: u16,
    /// Between the margins.
    pub width: u16,
    pub body_top: u16,
    /// From the body's top to above the banner's row and the footer.
    pub body_height: u16,
}

impl Frame {
    /// The usual margins: four columns either side, two on a narrow screen.
    pub fn new((width, height): (u16, u16)) -> Frame {
        Frame::with_margin((width, height), if width >= 80 { 4 } else { 2 })
    }

    /// `margin` columns either side (the theme's: a projector's are wider).
    pub fn with_margin((width, height): (u16, u16), margin: u16) -> Frame {
        Frame {
            margin,
            width: width.saturating_sub(2 * margin),
            body_top: 4,
            body_height: height.saturating_sub(6),
        }
    }

    /// A column's width, with a three-column gutter between the two.
    pub fn half(&self) -> u16 {
        self.width.saturating_sub(3) / 2
    }

    /// Lines a column has below the editions' labels.
    pub fn column_height(&self) -> usize {
        usize::from(self.body_height).saturating_sub(1).max(1)
    }
}

/// How many pages a body takes in this frame (at least one).
pub fn parts(body: &Body, frame: &Frame, lang: Lang, profile: &Profile) -> usize {
    let (half, height) = (usize::from(frame.half()), frame.column_height());
    match body {
        Body::Rows(rows) => flowing_pages(rows, half, height, profile).len(),
        Body::Paired(rows) => paired_pages(rows, half, height, profile).len(),
        Body::Text(blocks) => text_pages(
            blocks,
            usize::from(frame.width),
            usize::from(frame.body_height).max(1),
            lang,
            profile,
        )
        .len(),
        Body::Title { .. } | Body::Figure { .. } | Body::Chart(_) | Body::Message(_) => 1,
    }
    .max(1)
}

/// Each edition's list in its own column, flowing on from page to page at its own pace,
/// spread over the pages so that a column that has entries left has some on every page.
/// A group's title goes with the entry under it; an entry stays whole unless it is taller
/// than a page.
pub fn flowing_pages(
    rows: &[Row],
    half: usize,
    height: usize,
    profile: &Profile,
) -> Vec<Vec<PaneLineKind>> {
    let height = height.max(1);
    let left = column_blocks(rows, true, half, height, profile);
    let right = column_blocks(rows, false, half, height, profile);
    // As few pages as the longer column needs; the other spread over as many.
    let n = greedy(&left, height)
        .len()
        .max(greedy(&right, height).len())
        .max(1);
    let (l, r) = (spread(&left, n, height), spread(&right, n, height));
    l.into_iter()
        .zip(r)
        .map(|(l, r)| {
            let rows = l.len().max(r.len());
            let (mut l, mut r) = (l.into_iter(), r.into_iter());
            (0..rows)
                .map(|_| PaneLineKind::Cells(l.next(), r.next()))
                .collect()
        })
        .collect()
}

/// One edition's column as blocks of lines: each entry, its group's title glued above the
/// first entry of the group on this side (a group with none here has no title here).
fn column_blocks(
    rows: &[Row],
    left: bool,
    width: usize,
    height: usize,
    profile: &Profile,
) -> Vec<Vec<Para>> {
    let mut blocks = Vec::new();
    let mut title: Vec<Para> = Vec::new();
    for row in rows {
        match row {
            Row::Subheading(text) => {
                title = wrap(text, width, profile)
                    .into_iter()
                    .map(|t| Para::new(t, Tone::Dim))
                    .collect();
            }
            Row::Pair(l, r) | Row::Item(l, r, _) => {
                let cell = if left { l } else { r };
                if cell.is_empty() {
                    continue;
                }
                let mut block = std::mem::take(&mut title);
                block.extend(wrap_cell(cell, width, width, profile));
                // Taller than a page: cut into pages' worth (rare: a long note).
                while block.len() > height {
                    let rest = block.split_off(height);
                    blocks.push(block);
                    block = rest;
                }
                blocks.push(block);
            }
            Row::Heading(_) | Row::Heads(..) | Row::Blank => {}
        }
    }
    blocks
}

/// Blocks packed in order, a page taking blocks while they fit in `cap` lines (a block
/// alone on a page may be taller than `cap`).
fn greedy(blocks: &[Vec<Para>], cap: usize) -> Vec<Vec<Para>> {
    let mut pages: Vec<Vec<Para>> = Vec::new();
    for block in blocks {
        match pages.last_mut() {
            Some(page) if page.len() + block.len() <= cap => page.extend(block.iter().cloned()),
            _ => pages.push(block.clone()),
        }
    }
    pages
}

/// Blocks over exactly `n` pages as evenly as they go: packed under the smallest cap that
/// still needs no more than `n` pages, so that a short list is spread over every page
/// rather than filling the first and leaving the rest of its column blank. Pages past the
/// last block are empty (a list of fewer entries than pages).
fn spread(blocks: &[Vec<Para>], n: usize, height: usize) -> Vec<Vec<Para>> {
    let mut pages = (1..=height)
        .map(|cap| greedy(blocks, cap))
        .find(|pages| pages.len() <= n)
        .unwrap_or_else(|| greedy(blocks, height));
    pages.resize(n.max(pages.len()), Vec::new());
    pages
}

/// Rows whose sides belong together, kept on the same lines: a row (with the title above
/// it) stays on one page unless it is taller than a page; the blank line between two rows
/// is kept within a page and dropped at its top. A page a group goes on to starts with the
/// group's title again, so that its rows are never read as another group's, nor a column
/// left blank there as a list that has ended.
pub fn paired_pages(
    rows: &[Row],
    half: usize,
    height: usize,
    profile: &Profile,
) -> Vec<Vec<PaneLineKind>> {
    let height = height.max(1);
    let mut blocks: Vec<PairedBlock> = Vec::new();
    let mut title: Vec<PaneLineKind> = Vec::new();
    let mut group: Vec<PaneLineKind> = Vec::new();
    let mut gap = false;
    let mut row_at = None;
    for line in pane_lines(rows, half, half, profile) {
        let blank_row = matches!(rows.get(line.row), Some(Row::Blank));
        match line.kind {
            _ if blank_row => {
                // A blank line ends a group: what follows it is not the group's.
                gap = true;
                group.clear();
            }
            PaneLineKind::Title(_) => title.push(line.kind),
            PaneLineKind::Cells(..) => {
                if row_at == Some(line.row) && title.is_empty() {
                    if let Some(block) = blocks.last_mut() {
                        block.lines.push(line.kind);
                    }
                } else {
                    let titled = !title.is_empty();
                    if titled {
                        group.clone_from(&title);
                    }
                    let mut lines = std::mem::take(&mut title);
                    lines.push(line.kind);
                    blocks.push(PairedBlock {
                        gap: std::mem::take(&mut gap),
                        group: if titled { Vec::new() } else { group.clone() },
                        lines,
                    });
                }
                row_at = Some(line.row);
            }
        }
    }
    let mut pages: Vec<Vec<PaneLineKind>> = vec![Vec::new()];
    for block in blocks {
        let used = pages.last().map_or(0, Vec::len);
        let gap = block.gap && used > 0;
        if used > 0 && used + usize::from(gap) + block.lines.len() > height {
            pages.push(block.group);
        } else if gap && let Some(page) = pages.last_mut() {
            page.push(PaneLineKind::Cells(None, None));
        }
        for line in block.lines {
            if pages.last().is_some_and(|p| p.len() >= height) {
                pages.push(Vec::new());
            }
            if let Some(page) = pages.last_mut() {
                page.push(line);
            }
        }
    }
    pages
}

/// A row's lines on a paired page, with whether a blank row came before it and, where it
/// has no title of its own, its group's title.
struct PairedBlock {
    gap: bool,
    group: Vec<PaneLineKind>,
    lines: Vec<PaneLineKind>,
}

/// A presenter's paragraphs and bullets wrapped across the slide (Japanese broken where
/// Japanese readers break it, by the text module), a blank line between blocks, cut into
/// pages between blocks where it can be.
pub fn text_pages(
    blocks: &[Block],
    width: usize,
    height: usize,
    lang: Lang,
    profile: &Profile,
) -> Vec<Vec<String>> {
    // Japanese bullets are the middle dot; both are wide enough to see from the back.
    let mark = lang.words().sections.bullet;
    let mark_width = display_width(mark, profile);
    let indent = " ".repeat(mark_width);
    let mut pages: Vec<Vec<String>> = vec![Vec::new()];
    let mut after_bullet = false;
    for block in blocks {
        // A list's bullets sit line under line; a blank line sets off everything else.
        let bullet = matches!(block, Block::Bullet(_));
        let spaced = !(bullet && after_bullet);
        after_bullet = bullet;
        let lines: Vec<String> = match block {
            Block::Paragraph(text) => wrap(text, width, profile),
            Block::Bullet(text) => wrap(text, width.saturating_sub(mark_width), profile)
                .into_iter()
                .enumerate()
                .map(|(i, line)| {
                    let lead = if i == 0 { mark } else { indent.as_str() };
                    format!("{lead}{line}")
                })
                .collect(),
        };
        let used = pages.last().map_or(0, Vec::len);
        let gap = usize::from(used > 0 && spaced);
        if used > 0 && used + gap + lines.len() > height {
            pages.push(Vec::new());
        } else if gap == 1
            && let Some(page) = pages.last_mut()
        {
            page.push(String::new());
        }
        for line in lines {
            if pages.last().is_some_and(|p| p.len() >= height) {
                pages.push(Vec::new());
            }
            if let Some(page) = pages.last_mut() {
                page.push(line);
            }
        }
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::talk::blocks;

    fn item(left: &[&str], right: &[&str]) -> Row<'static> {
        let cell = |texts: &[&str]| texts.iter().map(|t| Para::new(*t, Tone::Plain)).collect();
        Row::Pair(cell(left), cell(right))
    }

    fn has(page: &[PaneLineKind], left: bool) -> bool {
        page.iter().any(|line| match line {
            PaneLineKind::Cells(l, r) => if left { l } else { r }.is_some(),
            PaneLineKind::Title(_) => true,
        })
    }

    #[test]
    fn a_long_column_continues_and_the_short_one_is_spread() {
        // Twelve entries against three, five lines a page.
        let mut rows: Vec<Row> = (0..12).map(|i| item(&[&format!("L{i}")], &[])).collect();
        rows.extend((0..3).map(|i| item(&[], &[&format!("R{i}")])));
        let pages = flowing_pages(&rows, 20, 5, &Profile::default());
        assert_eq!(pages.len(), 3);
        assert!(pages.iter().all(|p| p.len() <= 5));
        assert!(
            pages.iter().all(|p| has(p, true) && has(p, false)),
            "{pages:?}"
        );
        let shown: Vec<String> = pages
            .iter()
            .flatten()
            .filter_map(|l| match l {
                PaneLineKind::Cells(l, r) => Some([l, r]),
                PaneLineKind::Title(_) => None,
            })
            .flatten()
            .flatten()
            .map(|p| p.text.clone())
            .collect();
        assert_eq!(shown.len(), 15, "nothing cut, nothing twice");
    }

    #[test]
    fn a_group_title_goes_with_its_first_entry() {
        let rows = vec![
            item(&["a"], &["b"]),
            item(&["c"], &["d"]),
            Row::Subheading("Only in 2014".into()),
            item(&["e"], &[]),
        ];
        let pages = flowing_pages(&rows, 20, 2, &Profile::default());
        let last = pages.last().unwrap();
        assert!(matches!(&last[0], PaneLineKind::Cells(Some(t), _) if t.text == "Only in 2014"));
        assert!(matches!(&last[1], PaneLineKind::Cells(Some(t), _) if t.text == "e"));
    }

    #[test]
    fn own_text_wraps_and_continues_between_blocks() {
        let body = blocks("最初の段落です。\n\n- 一つ目\n- 二つ目\n- 三つ目");
        let pages = text_pages(&body, 40, 3, Lang::Ja, &Profile::default());
        assert_eq!(pages[0], ["最初の段落です。", "", "・一つ目"]);
        assert_eq!(pages[1], ["・二つ目", "・三つ目"]);
    }

    #[test]
    fn a_group_that_goes_on_to_the_next_page_is_titled_there_again() {
        let mut rows = vec![Row::Subheading("In both".into()), item(&["a"], &["a"])];
        rows.push(Row::Subheading("Not listed for 2025".into()));
        rows.extend((0..4).map(|i| item(&[&format!("L{i}")], &[])));
        let pages = paired_pages(&rows, 20, 4, &Profile::default());
        assert_eq!(pages.len(), 2, "{pages:?}");
        assert!(matches!(&pages[1][0], PaneLineKind::Title(t) if t.text == "Not listed for 2025"));
        assert!(matches!(&pages[1][1], PaneLineKind::Cells(Some(t), None) if t.text == "L1"));
        assert_eq!(pages[1].len(), 4, "{pages:?}");
    }

    #[test]
    fn paired_rows_stay_together() {
        let rows = vec![
            Row::Subheading("Participants".into()),
            item(&["1,000", "bar"], &["1,600", "bar", "+60%"]),
            Row::Subheading("Days".into()),
            item(&["3"], &["4"]),
        ];
        let pages = paired_pages(&rows, 20, 4, &Profile::default());
        assert_eq!(pages.len(), 2);
        assert!(matches!(&pages[1][0], PaneLineKind::Title(t) if t.text == "Days"));
    }
}
