//! Two series as Markdown: a table per figure key both give and one of the themes, a row a
//! year and a column a series, then who is listed in both.

use super::{InBoth, Pair, PairFigure, Side};
use crate::i18n::Lang;
use crate::series::MARK;

/// Content inside Markdown, escaped and on one line, as the series' Markdown writes it.
fn cell(text: &str) -> String {
    crate::print::md(text).replace('\n', " ")
}

/// Both series.
pub fn markdown(pair: Pair, lang: Lang) -> String {
    let words = &lang.words().pair;
    let tag = lang.tag();
    let title = (words.title)(pair.first.name.get(tag), pair.second.name.get(tag));
    let mut out = format!("# {}\n\n", cell(&title));
    for side in [Side::First, Side::Second] {
        let said = pair.legend(side, lang);
        out.push_str(&format!("- {}\n", cell(&said)));
    }
    out.push_str(&format!("\n## {}\n\n", words.figures_heading));
    let figures = pair.figures();
    if figures.is_empty() {
        out.push_str(&format!("{}\n\n", words.no_common_figure));
    }
    for figure in &figures {
        out.push_str(&figure_table(pair, figure, lang));
        out.push('\n');
    }
    out.push_str(&format!("## {}\n\n", words.themes_heading));
    out.push_str(&by_year(pair, lang, |side, column| {
        let theme = pair.model(side).columns[column].theme.as_ref();
        theme.map_or_else(
            || lang.words().series.no_theme_md.to_string(),
            |t| cell(t.get(tag)),
        )
    }));
    out.push('\n');
    out.push_str(&in_both(pair, words.people_heading, &pair.people(), lang));
    out.push_str(&in_both(pair, words.orgs_heading, &pair.orgs(), lang));
    out
}

/// A table of a row a year and a column a series, each cell what `cell_of` says of the
/// series' edition that year (joined where it held two), or that the content has none.
fn by_year(pair: Pair, lang: Lang, cell_of: impl Fn(Side, usize) -> String) -> String {
    let words = &lang.words().pair;
    let mut out = format!(
        "| {} | {} | {} |\n| --- | --- | --- |\n",
        lang.words().series.year,
        cell(&pair.first.id),
        cell(&pair.second.id)
    );
    let editions = pair.editions();
    for year in pair.years() {
        let cells = [Side::First, Side::Second].map(|side| {
            let said: Vec<String> = (editions.iter())
                .filter(|&&(y, s, _)| y == year && s == side)
                .map(|&(_, s, column)| cell_of(s, column))
                .collect();
            if said.is_empty() {
                words.no_edition.to_string()
            } else {
                said.join(" / ")
            }
        });
        out.push_str(&format!("| {year} | {} | {} |\n", cells[0], cells[1]));
    }
    out
}

/// One figure key as a table; the rows counted otherwise than its latest value marked and
/// explained under it, then the notes.
fn figure_table(pair: Pair, figure: &PairFigure, lang: Lang) -> String {
    let mut out = format!("**{}**\n\n", cell(figure.label.get(lang.tag())));
    out.push_str(&by_year(pair, lang, |side, column| {
        let row = figure
            .rows
            .iter()
            .find(|r| r.side == side && r.column == column);
        let Some(row) = row else {
            return String::new();
        };
        let mark = if row.marked {
            format!(" {}", cell(MARK))
        } else {
            String::new()
        };
        // Only a value is marked: a row without one says so, unmarked.
        format!("{}{mark}", cell(&row.words(lang)))
    }));
    let colon = lang.words().series.colon;
    if let Some((heading, marked)) = figure.differing(pair, lang) {
        out.push_str(&format!("\n{}\n\n", cell(&heading)));
        for group in marked {
            let id = &pair.model(group.side).id;
            let (years, basis) = (cell(&group.years), cell(&group.basis));
            out.push_str(&format!("- **{id} {years}**{colon}{basis}\n"));
        }
    }
    let notes: Vec<String> = (figure.notes())
        .map(|(row, note)| {
            let id = &pair.model(row.side).id;
            let said = cell(note.get(lang.tag()));
            format!("- **{} {id}**{colon}{said}\n", row.year)
        })
        .collect();
    if !notes.is_empty() {
        let heading = lang.words().series.notes_heading;
        out.push_str(&format!("\n{heading}{}\n\n", colon.trim_end()));
        out.extend(notes);
    }
    out
}

/// Those listed in both series as a table: the name, then each series' years.
fn in_both(pair: Pair, title: &str, entries: &[InBoth], lang: Lang) -> String {
    let words = &lang.words().pair;
    let mut out = format!("## {title}\n\n");
    if entries.is_empty() {
        out.push_str(&format!(
            "{} {}\n\n",
            words.nobody_in_both, words.lists_caveat
        ));
        return out;
    }
    out.push_str(&format!(
        "| {} | {} | {} |\n| --- | --- | --- |\n",
        words.name,
        cell(&pair.first.id),
        cell(&pair.second.id)
    ));
    let years = |years: &[i64]| -> String {
        let said: Vec<String> = years.iter().map(i64::to_string).collect();
        said.join(words.year_sep)
    };
    for entry in entries {
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            cell(entry.name.get(lang.tag())),
            years(&entry.first),
            years(&entry.second)
        ));
    }
    out.push_str(&format!("\n{}\n\n", words.lists_caveat));
    out
}
