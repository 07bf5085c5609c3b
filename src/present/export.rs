//! The deck as Markdown slides for presenterm: `<!-- end_slide -->` between slides, the two
//! editions in two columns, a talk's notes as speaker notes, so that a presenter can add
//! slides or export a PDF. A slide is never cut: Markdown has no screen to fill.

use super::{Body, Entry, content, no_figure};
use crate::compare::Comparison;
use crate::i18n::Lang;
use crate::print::md;
use crate::rows::{Cell, Row};
use crate::talk::{Block, Talk};

/// The slides (of the default deck or of `talk`) as one presenterm file.
pub fn markdown(
    c: &Comparison,
    talk: Option<&Talk>,
    slides: &[Entry],
    series: Option<&crate::series::SeriesModel>,
    lang: Lang,
) -> String {
    let tag = lang.tag();
    let (left, right) = c.labels();
    let (left, right) = (md(left.get(tag)), md(right.get(tag)));
    let title = talk
        .and_then(|t| t.title.as_ref())
        .unwrap_or(&c.left.series.name);
    let mut out = format!(
        "---\ntitle: \"{}\"\nsub_title: \"{left} / {right}\"\n---\n",
        md(title.get(tag)).replace('"', "'")
    );
    for (i, (slide, talk_slide)) in slides.iter().enumerate() {
        // Between slides only: after the last one presenterm would show an empty slide.
        if i > 0 {
            out.push_str("\n<!-- end_slide -->\n");
        }
        let (title, body) = content(slide, c, series, talk, lang);
        out.push_str(&format!("\n{}\n===\n\n", md(&title)));
        // The notes once, on the first slide their entry brings.
        let first = i == 0 || slides[i - 1].1 != *talk_slide;
        let notes = talk_slide
            .filter(|_| first)
            .and_then(|at| talk?.slides.get(at)?.notes.as_ref());
        if let Some(notes) = notes {
            out.push_str(&speaker_notes(notes.get(tag)));
        }
        match body {
            Body::Title {
                subtitle,
                left: l,
                right: r,
            } => {
                if let Some(subtitle) = subtitle {
                    out.push_str(&format!("{}\n\n", md(&subtitle)));
                }
                columns(&mut out, &cell_lines(&l), &cell_lines(&r), (&left, &right));
            }
            Body::Figure {
                left: l,
                right: r,
                change,
            } => {
                let big = |v: Option<super::BigValue>| match v {
                    Some(v) => [format!("# {}", md(&v.number)), md(&v.words)]
                        .into_iter()
                        .chain(
                            v.basis
                                .iter()
                                .chain(&v.note)
                                .map(|t| format!("*{}*", md(t))),
                        )
                        .collect(),
                    None => vec![format!("*{}*", no_figure(lang))],
                };
                columns(&mut out, &big(l), &big(r), (&left, &right));
                if let Some(change) = change {
                    out.push_str(&format!("\n**{}**\n", md(&change.text)));
                }
            }
            Body::Chart(chart) => {
                // A table presenterm draws as it is; the editions compared in bold.
                let (year, value) = match lang {
                    Lang::Ja => ("年", "数字"),
                    Lang::En => ("Year", "Value"),
                };
                out.push_str(&format!("| {year} | {value} |\n| --- | --- |\n"));
                for row in &chart.rows {
                    let (year, words) = (md(&row.year), md(&row.words));
                    let mark = if row.marked {
                        format!(" {}", md(crate::series::MARK))
                    } else {
                        String::new()
                    };
                    if row.compared {
                        out.push_str(&format!("| **{year}** | **{words}**{mark} |\n"));
                    } else {
                        out.push_str(&format!("| {year} | {words}{mark} |\n"));
                    }
                }
                if let Some(explanation) = &chart.explanation {
                    out.push_str(&format!("\n{}\n", md(explanation)));
                }
                if !chart.notes.is_empty() {
                    out.push('\n');
                    for note in &chart.notes {
                        out.push_str(&format!("- *{}*\n", md(note).replace('\n', " ")));
                    }
                }
            }
            Body::Message(text) => out.push_str(&format!("{}\n", md(&text))),
            Body::Text(blocks) => {
                for block in blocks {
                    match block {
                        Block::Paragraph(text) => out.push_str(&format!("{}\n\n", md(&text))),
                        Block::Bullet(text) => out.push_str(&format!("- {}\n", md(&text))),
                    }
                }
            }
            Body::Rows(rows) | Body::Paired(rows) => {
                let mut l_lines = Vec::new();
                let mut r_lines = Vec::new();
                for row in rows {
                    match row {
                        Row::Subheading(text) => {
                            l_lines.push(format!("**{}**", md(&text)));
                            r_lines.push(format!("**{}**", md(&text)));
                        }
                        Row::Item(l, r, _) | Row::Pair(l, r) => {
                            if !l.is_empty() {
                                l_lines.push(format!("- {}", cell_lines(&l).join(" — ")));
                            }
                            if !r.is_empty() {
                                r_lines.push(format!("- {}", cell_lines(&r).join(" — ")));
                            }
                        }
                        _ => {}
                    }
                }
                columns(&mut out, &l_lines, &r_lines, (&left, &right));
            }
        }
    }
    out
}

/// One presenterm speaker note a line of the note. A "-->" (or "--!>") in the note would
/// end the comment early and show the rest to the audience: a space keeps it inside.
fn speaker_notes(notes: &str) -> String {
    notes
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let safe = line.replace("--!>", "--! >").replace("-->", "-- >");
            format!("<!-- speaker_note: {} -->\n", safe.trim())
        })
        .collect::<String>()
        + "\n"
}

fn cell_lines(cell: &Cell) -> Vec<String> {
    cell.iter()
        .filter(|p| p.bar.is_none())
        .map(|p| md(&p.text))
        .collect()
}

fn columns(out: &mut String, left: &[String], right: &[String], labels: (&str, &str)) {
    out.push_str("<!-- column_layout: [1, 1] -->\n\n<!-- column: 0 -->\n\n");
    out.push_str(&format!("## {}\n\n", labels.0));
    for line in left {
        out.push_str(&format!("{line}\n\n"));
    }
    out.push_str("<!-- column: 1 -->\n\n");
    out.push_str(&format!("## {}\n\n", labels.1));
    for line in right {
        out.push_str(&format!("{line}\n\n"));
    }
    out.push_str("<!-- reset_layout -->\n");
}
