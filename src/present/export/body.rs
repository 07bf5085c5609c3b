//! A page's body for presenterm: the lines the screen draws for that page (the paging
//! functions cut and wrap them), in two columns or across the slide, as sections that
//! `sheet` lays out and writes.

use super::PROFILE;
use super::layout::Layout;
use super::markdown::inline;
use super::sheet::{Block, Section, cut, render};
use crate::i18n::Lang;
use crate::present::chart::Chart;
use crate::present::paging::{flowing_pages, paired_pages, text_pages};
use crate::present::{BigValue, Body, no_figure};
use crate::rows::{PaneLineKind, Para, Tone, wrap_cell};
use crate::talk::Block as TextBlock;
use crate::text::{truncate, wrap};

/// Part `part` of `body` as the Markdown of one slide, or of several where presenterm's
/// window is too small for a body the screen shows whole (a figure, the series' chart).
pub fn slides(
    body: Body,
    part: usize,
    labels: (&str, &str),
    layout: &Layout,
    lang: Lang,
) -> Vec<String> {
    cut(sections(body, part, layout, lang), layout)
        .iter()
        .map(|sections| {
            let mut out = String::new();
            render(&mut out, sections, labels, layout);
            out
        })
        .collect()
}

fn sections(body: Body, part: usize, layout: &Layout, lang: Lang) -> Vec<Section> {
    let frame = layout.frame();
    let (half, height) = (usize::from(frame.half()), frame.column_height());
    let width = usize::from(frame.width);
    let lines = |paras: Vec<Para>| Block::Lines(paras.into_iter().map(Some).collect());
    match body {
        Body::Title {
            subtitle,
            left,
            right,
        } => {
            let cell = |cell| vec![lines(wrap_cell(cell, half, half, &PROFILE))];
            let mut out: Vec<Section> = subtitle
                .map(|s| Section::Across(across(&s, width, Tone::Plain)))
                .into_iter()
                .collect();
            out.push(Section::Columns([cell(&left), cell(&right)]));
            out
        }
        Body::Figure {
            left,
            right,
            change,
        } => {
            let big = |value: Option<BigValue>| match value {
                Some(v) => {
                    let mut paras = vec![Para::new(v.words, Tone::Plain)];
                    paras.extend(v.basis.into_iter().chain(v.note).map(Para::note));
                    // The theme's prefix before a first-level heading ("██ ") takes three.
                    let number = truncate(&v.number, half.saturating_sub(3), &PROFILE);
                    vec![
                        Block::Heading(inline(&number)),
                        lines(wrap_cell(&paras, half, half, &PROFILE)),
                    ]
                }
                None => vec![lines(vec![Para::new(no_figure(lang), Tone::Dim)])],
            };
            let mut out = vec![Section::Columns([big(left), big(right)])];
            out.extend(change.map(|c| Section::Across(across(&c.text, width, Tone::Strong))));
            out
        }
        Body::Rows(rows) => page_of_columns(
            &flowing_pages(&rows, half, height, &PROFILE),
            part,
            half,
            lang,
        ),
        Body::Paired(rows) => page_of_columns(
            &paired_pages(&rows, half, height, &PROFILE),
            part,
            half,
            lang,
        ),
        Body::Chart(chart) => chart_sections(chart, width, lang),
        Body::Message(message) => vec![Section::Across(across(&message, width, Tone::Plain))],
        Body::Text(blocks) => {
            let page = (width, usize::from(frame.body_height).max(1));
            text(&blocks, part, page, Tone::Plain, lang)
        }
    }
}

/// A chart as a table presenterm draws as it is, and what the screen says under it.
fn chart_sections(chart: Chart, width: usize, lang: Lang) -> Vec<Section> {
    // A table presenterm draws as it is; the editions compared in bold.
    let words = &lang.words().slides;
    let (year, value) = (words.year, words.value);
    // Two series on one chart: a column says which each row is.
    let two = chart.rows.iter().any(|row| row.series.is_some());
    let rows = chart.rows.iter().map(|row| {
        let mut cells = vec![inline(&row.year)];
        if two {
            cells.push(row.series.as_deref().map(inline).unwrap_or_default());
        }
        cells.push(inline(&row.words));
        if row.compared {
            cells = cells
                .into_iter()
                .map(|cell| format!("**{cell}**"))
                .collect();
        }
        if row.marked
            && let Some(value) = cells.last_mut()
        {
            value.push_str(&format!(" {}", inline(crate::series::MARK)));
        }
        format!("| {} |", cells.join(" | "))
    });
    let head = if two {
        let series = lang.words().labels.conference;
        format!("| {year} | {series} | {value} |\n| --- | --- | --- |")
    } else {
        format!("| {year} | {value} |\n| --- | --- |")
    };
    let table = Block::Table {
        head,
        rows: rows.collect(),
    };
    // Above it, which series is which.
    let legend: Vec<TextBlock> = (chart.legend.iter())
        .map(|line| TextBlock::Paragraph(line.clone()))
        .collect();
    // Under it, the explanation, and the notes in italics as the screen lists them
    // (all of it: the slide goes on to another where presenterm's window is small).
    let explanation: Vec<TextBlock> = chart
        .explanation
        .into_iter()
        .map(TextBlock::Paragraph)
        .collect();
    let notes: Vec<TextBlock> = chart.notes.into_iter().map(TextBlock::Bullet).collect();
    let whole = (width, usize::MAX);
    let mut out = text(&legend, 0, whole, Tone::Dim, lang);
    out.push(Section::Across(table));
    out.extend(text(&explanation, 0, whole, Tone::Plain, lang));
    out.extend(text(&notes, 0, whole, Tone::Dim, lang));
    out
}

/// Text across the slide, wrapped at `width`.
fn across(text: &str, width: usize, tone: Tone) -> Block {
    Block::Lines(
        wrap(text, width, &PROFILE)
            .into_iter()
            .map(|line| Some(Para::new(line, tone)))
            .collect(),
    )
}

/// A presenter's paragraphs and bullets (or a chart's notes), in `tone`, page `part` as the
/// screen cuts it in a page of `width` and `height`: each run of lines between blank lines a paragraph of its own, so
/// that a paragraph after a list is set off from the last bullet by a blank line (Markdown
/// would carry it on into the bullet).
fn text(
    blocks: &[TextBlock],
    part: usize,
    (width, height): (usize, usize),
    tone: Tone,
    lang: Lang,
) -> Vec<Section> {
    let pages = text_pages(blocks, width, height, lang, &PROFILE);
    let Some(lines) = pages.get(part).or(pages.last()) else {
        return Vec::new();
    };
    lines
        .split(|line| line.is_empty())
        .filter(|run| !run.is_empty())
        .map(|run| {
            let run = run.iter().map(|l| Some(Para::new(l.clone(), tone)));
            Section::Across(Block::Lines(run.collect()))
        })
        .collect()
}

/// One page of a list in two columns, each column's lines as the screen draws them; a
/// column with nothing on this page says why (its list ended on an earlier page, or it
/// lists nothing), as the screen does.
fn page_of_columns(
    pages: &[Vec<PaneLineKind>],
    part: usize,
    half: usize,
    lang: Lang,
) -> Vec<Section> {
    let part = part.min(pages.len().saturating_sub(1));
    let mut sides: [Vec<Option<Para>>; 2] = [Vec::new(), Vec::new()];
    for line in pages.get(part).into_iter().flatten() {
        let (l, r) = match line {
            // A group's title over both columns: in each, as presenterm has no spanning line.
            PaneLineKind::Title(p) => (Some(p.clone()), Some(p.clone())),
            PaneLineKind::Cells(l, r) => (l.clone(), r.clone()),
        };
        sides[0].push(l);
        sides[1].push(r);
    }
    let listed_before = |side: usize| {
        pages[..part].iter().flatten().any(|line| match line {
            PaneLineKind::Title(_) => true,
            PaneLineKind::Cells(l, r) => [l, r][side].is_some(),
        })
    };
    let columns = [0, 1].map(|side| {
        let lines = std::mem::take(&mut sides[side]);
        let shown = lines.iter().flatten().any(|p| !p.text.trim().is_empty());
        let lines = if shown {
            lines
        } else {
            let why = nothing_here(listed_before(side), lang);
            wrap(&why, half, &PROFILE)
                .into_iter()
                .map(|line| Some(Para::new(line, Tone::Dim)))
                .collect()
        };
        vec![Block::Lines(lines)]
    });
    vec![Section::Columns(columns)]
}

/// What a column without lines on a page says, in brackets as the screen says it.
fn nothing_here(ended: bool, lang: Lang) -> String {
    let why = if ended {
        lang.words().labels.list_ended
    } else {
        lang.words().labels.none_listed
    };
    (lang.words().labels.bracketed)(why)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::export::Size;
    use crate::talk::blocks;

    fn exported(body: &str, lang: Lang) -> String {
        let layout = Layout::new(Size::DEFAULT);
        let mut slides = self::slides(Body::Text(blocks(body)), 0, ("L", "R"), &layout, lang);
        assert_eq!(slides.len(), 1);
        slides.remove(0)
    }

    #[test]
    fn a_paragraph_after_a_list_stays_a_paragraph() {
        for body in ["- a\n- b\n\nAfter.", "- a\n- b\nAfter."] {
            assert_eq!(
                exported(body, Lang::En),
                "\\- a\\\n\\- b\n\nAfter.\n\n",
                "{body}"
            );
        }
        assert_eq!(
            exported("- 一つ目\n- 二つ目\n後の段落。", Lang::Ja),
            "・一つ目\\\n・二つ目\n\n後の段落。\n\n"
        );
    }
}
