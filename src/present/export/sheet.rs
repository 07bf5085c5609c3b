//! A page's body as presenterm lays it out (blocks across the slide, or two columns under
//! their labels, a blank row between blocks), how many rows each part takes, and the cut of
//! a body too tall for one slide into several: the slides the screen never cuts (a figure,
//! the series' chart) can still be taller than a small presenterm window.

use super::PROFILE;
use super::command::{Command, comment};
use super::layout::Layout;
use super::markdown::{inline, paragraph};
use crate::rows::Para;
use crate::text::truncate;

/// A block of a slide, with the rows it takes known.
#[derive(Clone, Debug)]
pub enum Block {
    /// A heading (`#` before it), one row.
    Heading(String),
    /// Lines already wrapped, a blank where `None`: a paragraph of hard line breaks.
    Lines(Vec<Option<Para>>),
    /// A table: its head (two rows with the rule under it) and its rows, Markdown each.
    Table { head: String, rows: Vec<String> },
}

impl Block {
    fn rows(&self) -> usize {
        match self {
            Block::Heading(_) => 1,
            Block::Lines(lines) => lines.len(),
            Block::Table { rows, .. } => 2 + rows.len(),
        }
    }

    /// The first `room` rows, and the rest (`None` when all fit; the first `None` when none
    /// fits: a heading, or a table without room for a row under its head).
    fn split(self, room: usize) -> (Option<Block>, Option<Block>) {
        match self {
            block if block.rows() <= room => (Some(block), None),
            Block::Lines(mut lines) if room > 0 => {
                let rest = lines.split_off(room);
                (Some(Block::Lines(lines)), Some(Block::Lines(rest)))
            }
            Block::Table { head, mut rows } if room > 2 => {
                let rest = rows.split_off(room - 2);
                let first = Block::Table {
                    head: head.clone(),
                    rows,
                };
                (Some(first), Some(Block::Table { head, rows: rest }))
            }
            block => (None, Some(block)),
        }
    }
}

/// A part of a body: a block across the slide, or a block list in each of two columns.
#[derive(Clone, Debug)]
pub enum Section {
    Across(Block),
    Columns([Vec<Block>; 2]),
}

/// Rows between two blocks; presenterm leaves one more after a column layout.
fn gap(after: Option<&Section>) -> usize {
    match after {
        None => 0,
        Some(Section::Across(_)) => 1,
        Some(Section::Columns(_)) => 2,
    }
}

/// Rows a column's blocks take, one blank row between two.
fn column_rows(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .map(|b| b.rows() + 1)
        .sum::<usize>()
        .saturating_sub(1)
}

/// A column's blocks cut at `room` rows: those that fit, and the rest.
fn split_column(blocks: Vec<Block>, room: usize) -> (Vec<Block>, Vec<Block>) {
    let (mut fits, mut rest, mut used) = (Vec::new(), Vec::new(), 0);
    for block in blocks {
        let gap = usize::from(!fits.is_empty());
        if !rest.is_empty() || used + gap >= room {
            rest.push(block);
            continue;
        }
        let (now, later) = block.split(room - used - gap);
        if let Some(now) = now {
            used += gap + now.rows();
            fits.push(now);
        }
        rest.extend(later);
    }
    (fits, rest)
}

/// The sections cut into slides of the layout's body rows: a block that does not fit goes
/// on, where it can be cut, on the next slide (columns under their labels again).
pub fn cut(sections: Vec<Section>, layout: &Layout) -> Vec<Vec<Section>> {
    let budget = usize::from(layout.body_rows());
    let label = 2;
    let mut slides: Vec<Vec<Section>> = vec![Vec::new()];
    let mut used = 0;
    for section in sections {
        let mut next = Some(section);
        while let Some(section) = next.take() {
            let page = slides.last_mut().expect("there is always a slide");
            let gap = gap(page.last());
            let room = budget.saturating_sub(used + gap);
            let (now, later) = match section {
                Section::Across(block) => {
                    let (now, later) = block.split(room);
                    (now.map(Section::Across), later.map(Section::Across))
                }
                Section::Columns([l, r]) => {
                    let room = room.saturating_sub(label);
                    let ((l, l_rest), (r, r_rest)) = (split_column(l, room), split_column(r, room));
                    let now = (!l.is_empty() || !r.is_empty()).then_some(Section::Columns([l, r]));
                    let later = (!l_rest.is_empty() || !r_rest.is_empty())
                        .then_some(Section::Columns([l_rest, r_rest]));
                    (now, later)
                }
            };
            match now {
                Some(now) => {
                    used += gap + rows(&now, label);
                    page.push(now);
                }
                // Nothing fits on an empty slide: it goes whole rather than nowhere.
                None if page.is_empty() => {
                    if let Some(whole) = later {
                        used += rows(&whole, label);
                        page.push(whole);
                    }
                    continue;
                }
                None => {}
            }
            if later.is_some() {
                slides.push(Vec::new());
                used = 0;
            }
            next = later;
        }
    }
    slides
}

fn rows(section: &Section, label: usize) -> usize {
    match section {
        Section::Across(block) => block.rows(),
        Section::Columns([l, r]) => label + column_rows(l).max(column_rows(r)),
    }
}

/// One slide's sections as Markdown, `labels` heading the columns.
pub fn render(out: &mut String, sections: &[Section], labels: (&str, &str), layout: &Layout) {
    for section in sections {
        match section {
            Section::Across(block) => push(out, markdown(block)),
            Section::Columns(columns) => {
                // The theme's prefix before a second-level heading ("▓▓▓ ") takes four columns.
                let width = usize::from(layout.column_width()).saturating_sub(4);
                push(out, Some(comment(&Command::columns(&[1, 1]))));
                for (at, (blocks, label)) in columns.iter().zip([labels.0, labels.1]).enumerate() {
                    push(out, Some(comment(&Command::Column(at))));
                    let label = truncate(label, width, &PROFILE);
                    push(out, Some(format!("## {}", inline(&label))));
                    for block in blocks {
                        push(out, markdown(block));
                    }
                }
                push(out, Some(comment(&Command::ResetLayout)));
            }
        }
    }
}

fn markdown(block: &Block) -> Option<String> {
    match block {
        Block::Heading(text) => Some(format!("# {text}")),
        Block::Lines(lines) => paragraph(lines),
        Block::Table { head, rows } => Some([head.clone(), rows.join("\n")].join("\n")),
    }
}

/// A block of Markdown and the blank line that ends it.
fn push(out: &mut String, block: Option<String>) {
    if let Some(block) = block {
        out.push_str(&block);
        out.push_str("\n\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::export::Size;
    use crate::rows::Tone;

    fn lines(n: usize) -> Block {
        Block::Lines(
            (0..n)
                .map(|i| Some(Para::new(format!("{i}"), Tone::Plain)))
                .collect(),
        )
    }

    fn rows_of(slide: &[Section]) -> usize {
        slide
            .iter()
            .enumerate()
            .map(|(i, s)| gap(i.checked_sub(1).map(|p| &slide[p])) + rows(s, 2))
            .sum()
    }

    #[test]
    fn a_body_that_fits_is_one_slide() {
        let layout = Layout::new(Size::DEFAULT);
        let sections = vec![Section::Across(lines(10)), Section::Across(lines(21))];
        let slides = cut(sections, &layout);
        assert_eq!(slides.len(), 1);
        assert_eq!(rows_of(&slides[0]), 32);
    }

    #[test]
    fn tall_columns_and_tables_go_on_with_their_labels_and_head() {
        let layout = Layout::new(Size {
            columns: 80,
            rows: 24,
        });
        // Sixteen rows of body: labels, a heading and 20 lines in a column, then a table.
        let columns =
            Section::Columns([vec![Block::Heading("1".into()), lines(20)], vec![lines(3)]]);
        let table = Block::Table {
            head: "| a | b |\n| --- | --- |".into(),
            rows: (0..20).map(|i| format!("| {i} | x |")).collect(),
        };
        let slides = cut(vec![columns, Section::Across(table)], &layout);
        assert!(slides.len() >= 3, "{slides:?}");
        for slide in &slides {
            assert!(rows_of(slide) <= 16, "{slide:?}");
        }
        let listed: usize = slides
            .iter()
            .flatten()
            .map(|s| match s {
                Section::Columns([l, _]) => l.iter().map(|b| b.rows()).sum::<usize>(),
                Section::Across(Block::Table { rows, .. }) => rows.len(),
                Section::Across(b) => b.rows(),
            })
            .sum();
        assert_eq!(listed, 1 + 20 + 20, "nothing lost, nothing twice");
    }
}
