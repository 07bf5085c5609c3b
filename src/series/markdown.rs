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
    let ja = lang == Lang::Ja;
    let tag = lang.tag();
    let mut out = format!("# {}\n\n", cell(model.name.get(tag)));
    out.push_str(&if ja {
        "## 数値の推移\n\n".to_string()
    } else {
        "## Figures over the years\n\n".to_string()
    });
    for figure in &model.figures {
        out.push_str(&figure_table(model, figure, lang));
        out.push('\n');
    }
    out.push_str(&single(model, lang));
    out.push_str(if ja {
        "## 各回のテーマ\n\n"
    } else {
        "## Themes by year\n\n"
    });
    for column in &model.columns {
        let theme = column.theme.as_ref().map_or_else(
            || {
                if ja {
                    "（記録なし）"
                } else {
                    "(none recorded)"
                }
                .to_string()
            },
            |t| cell(t.get(tag)),
        );
        out.push_str(&format!("- **{}**{}{theme}\n", column.year, colon(lang)));
    }
    out.push('\n');
    let (people, orgs) = if ja {
        ("## 複数回登場した人物\n\n", "## 複数回登場した組織\n\n")
    } else {
        (
            "## People who came back\n\n",
            "## Organizations that came back\n\n",
        )
    };
    out.push_str(people);
    out.push_str(&matrix(model, &model.people, lang));
    out.push_str(orgs);
    out.push_str(&matrix(model, &model.orgs, lang));
    out.push_str(if ja {
        "## 各回のトピック\n\n重要度：3＝中心、1＝言及のみ\n\n"
    } else {
        "## Topics by year\n\n"
    });
    for column in &model.columns {
        let topics: Vec<String> = column
            .topics
            .iter()
            .map(|(label, weight)| {
                let label = cell(label.get(tag));
                if ja {
                    format!("{label}（{weight}）")
                } else {
                    format!("{label} ({weight})")
                }
            })
            .collect();
        let joined = topics.join(if ja { "、" } else { ", " });
        out.push_str(&format!("- **{}**{}{joined}\n", column.year, colon(lang)));
    }
    out
}

/// One figure as a table: a row per edition, the value in the content's wording, "no
/// figure" where an edition has none (never a zero or a blank), the years counted otherwise
/// than the latest marked and explained under it, then each year's note.
pub fn figure_table(model: &SeriesModel, figure: &super::FigureLine, lang: Lang) -> String {
    let ja = lang == Lang::Ja;
    let mut out = format!("**{}**\n\n", cell(figure.label.get(lang.tag())));
    out.push_str(if ja {
        "| 年 | 数値 |\n| --- | --- |\n"
    } else {
        "| Year | Value |\n| --- | --- |\n"
    });
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
        for (year, basis) in differing.years(lang) {
            out.push_str(&format!("- **{year}**{}{}\n", colon(lang), cell(&basis)));
        }
    }
    let mut notes = figure.notes().peekable();
    if notes.peek().is_some() {
        out.push_str(if ja { "\n注：\n\n" } else { "\nNotes:\n\n" });
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
    let mut out = String::from(if lang == Lang::Ja {
        "**一つの回だけにある数値**\n\n"
    } else {
        "**Given by one edition only**\n\n"
    });
    for figure in &model.single {
        let year = model.columns[figure.edition].year;
        let (label, value) = (cell(figure.label.get(tag)), cell(&figure.value.words(lang)));
        out.push_str(&match lang {
            Lang::Ja => format!("- **{label}**（{year}年）：{value}\n"),
            Lang::En => format!("- **{label}** ({year}): {value}\n"),
        });
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
    let ja = lang == Lang::Ja;
    if entries.is_empty() {
        return if ja {
            "二つ以上の回の名簿に載った例はない。\n\n".into()
        } else {
            "No one is listed in more than one edition.\n\n".into()
        };
    }
    let mut out = String::from(if ja { "| 名前 |" } else { "| Name |" });
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
    out.push_str(if ja {
        "\n●は名簿に載っている回。空欄はいなかったという意味ではない。\n\n"
    } else {
        "\n● marks the editions whose lists name them; a blank is not proof of absence.\n\n"
    });
    out
}

/// After a label: ": " in English, the full-width 「：」 in Japanese (no space after it).
fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "：",
        Lang::En => ": ",
    }
}
