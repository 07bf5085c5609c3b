//! A series as Markdown: a table per figure, themes and topics as lists, and the people and
//! organizations who came back as tables with a column per edition. For handouts, and for
//! the presenterm export of the series slide.

use super::{MARK, Returning, SeriesModel};
use crate::i18n::Lang;
use crate::rows::labelled;

/// Content inside Markdown: escaped as `print` escapes it (a `|` would end a cell, `*` or
/// `<` would format), and on one line (a line break would end a table row).
fn cell(text: &str) -> String {
    crate::print::md(text).replace('\n', " ")
}

/// The whole series.
pub fn markdown(model: &SeriesModel, lang: Lang) -> String {
    let words = &lang.words().series;
    let tag = lang.tag();
    let mut out = format!("# {}\n\n", cell(model.name.get(tag)));
    out.push_str(&format!("## {}\n\n", words.figures_heading));
    for figure in &model.figures {
        out.push_str(&figure_table(model, figure, lang));
        out.push('\n');
    }
    out.push_str(&single(model, lang));
    out.push_str(&format!("## {}\n\n", words.themes_heading));
    for column in &model.columns {
        let theme = column
            .theme
            .as_ref()
            .map_or_else(|| words.no_theme_md.to_string(), |t| cell(t.get(tag)));
        out.push_str(&format!("- **{}**{}{theme}\n", column.year, colon(lang)));
    }
    out.push('\n');
    out.push_str(&format!("## {}\n\n", words.people_heading));
    out.push_str(&matrix(model, &model.people, lang));
    out.push_str(&format!("## {}\n\n", words.orgs_heading));
    out.push_str(&matrix(model, &model.orgs, lang));
    out.push_str(words.topics_heading_md);
    for column in &model.columns {
        let topics: Vec<String> = column
            .topics
            .iter()
            .map(|(label, weight)| (words.weighted)(&cell(label.get(tag)), *weight))
            .collect();
        let joined = topics.join(words.list_sep);
        out.push_str(&format!("- **{}**{}{joined}\n", column.year, colon(lang)));
    }
    out
}

/// One figure as a table: a row per edition, the value in the content's wording, "no
/// figure" where an edition has none (never a zero or a blank), the years counted otherwise
/// than the latest marked and explained under it, then each year's note.
pub fn figure_table(model: &SeriesModel, figure: &super::FigureLine, lang: Lang) -> String {
    let words = &lang.words().series;
    let mut out = format!("**{}**\n\n", cell(figure.label.get(lang.tag())));
    out.push_str(&format!(
        "| {} | {} |\n| --- | --- |\n",
        words.year, words.value
    ));
    for column in 0..figure.values.len() {
        let mark = if figure.counted_differently(column) {
            format!(" {}", cell(MARK))
        } else {
            String::new()
        };
        out.push_str(&format!(
            "| {} | {}{mark} |\n",
            model.columns[column].year,
            cell(&figure.words(column, lang))
        ));
    }
    if let Some(differing) = figure.differing(model) {
        out.push_str(&format!("\n{}\n\n", cell(&differing.heading(lang))));
        for (years, basis) in differing.groups(lang) {
            out.push_str(&format!("- **{years}**{}{}\n", colon(lang), cell(&basis)));
        }
    }
    let mut notes = figure.notes().peekable();
    if notes.peek().is_some() {
        out.push_str(&format!(
            "\n{}{}\n\n",
            words.notes_heading,
            words.colon.trim_end()
        ));
    }
    for (column, note) in notes {
        let year = model.columns[column].year;
        out.push_str(&format!(
            "- **{year}**{}{}\n",
            colon(lang),
            cell(note.get(lang.tag()))
        ));
    }
    out
}

/// The figures only one edition gives, a list item each: the label, the year, the value,
/// and how it was counted and its note where the content says.
fn single(model: &SeriesModel, lang: Lang) -> String {
    if model.single.is_empty() {
        return String::new();
    }
    let tag = lang.tag();
    let words = &lang.words().series;
    let mut out = format!("**{}**\n\n", words.single_heading);
    for figure in &model.single {
        let year = model.columns[figure.edition].year;
        let (label, value) = (cell(figure.label.get(tag)), cell(&figure.value.words(lang)));
        out.push_str(&(words.single_md)(&label, year, &value));
        if let Some(basis) = &figure.value.basis {
            let said = labelled(lang.words().labels.basis, basis.get(tag), lang);
            out.push_str(&format!("  - {}\n", cell(&said)));
        }
        if let Some(note) = &figure.value.note {
            let said = labelled(lang.words().labels.note, note.get(tag), lang);
            out.push_str(&format!("  - {}\n", cell(&said)));
        }
    }
    out.push('\n');
    out
}

fn matrix(model: &SeriesModel, entries: &[Returning], lang: Lang) -> String {
    let words = &lang.words().series;
    if entries.is_empty() {
        return format!("{}\n\n", words.nobody_returns_md);
    }
    let mut out = format!("| {} |", words.name);
    for column in &model.columns {
        out.push_str(&format!(" {} |", column.year));
    }
    out.push_str("\n| --- |");
    out.push_str(&" :-: |".repeat(model.columns.len()));
    out.push('\n');
    for entry in entries {
        out.push_str(&format!("| {} |", cell(entry.name.get(lang.tag()))));
        for column in 0..model.columns.len() {
            out.push_str(if entry.at(column).is_some() {
                " ● |"
            } else {
                "   |"
            });
        }
        out.push('\n');
    }
    out.push_str(&format!("\n{}\n\n", words.matrix_note_md));
    out
}

/// After a label: ": " in English, the full-width 「：」 in Japanese (no space after it).
fn colon(lang: Lang) -> &'static str {
    lang.words().series.colon
}
