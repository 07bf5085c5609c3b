//! The deck as Markdown slides for presenterm: `<!-- end_slide -->` between slides, the two
//! editions in two columns, so that a presenter can add slides or export a PDF.

use super::{Body, Slide, content};
use crate::compare::Comparison;
use crate::i18n::Lang;
use crate::print::md;
use crate::rows::{Cell, Row};

pub fn markdown(
    c: &Comparison,
    slides: &[Slide],
    series: Option<&crate::series::SeriesModel>,
    lang: Lang,
) -> String {
    let tag = lang.tag();
    let (left, right) = c.labels();
    let (left, right) = (md(left.get(tag)), md(right.get(tag)));
    let mut out = format!(
        "---\ntitle: \"{}\"\nsub_title: \"{left} / {right}\"\n---\n",
        md(c.left.series.name.get(tag)).replace('"', "'")
    );
    for (i, slide) in slides.iter().enumerate() {
        // Between slides only: after the last one presenterm would show an empty slide.
        if i > 0 {
            out.push_str("\n<!-- end_slide -->\n");
        }
        let (title, body) = content(*slide, c, series, lang);
        out.push_str(&format!("\n{}\n===\n\n", md(&title)));
        match body {
            Body::Title {
                series,
                left: l,
                right: r,
            } => {
                out.push_str(&format!("{}\n\n", md(&series)));
                columns(&mut out, &cell_lines(&l), &cell_lines(&r), (&left, &right));
            }
            Body::Figure {
                left: l,
                right: r,
                change,
            } => {
                let big = |v: Option<super::BigValue>| {
                    v.map(|v| vec![format!("# {}", md(&v.number)), md(&v.words)])
                        .unwrap_or_default()
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
                    if row.compared {
                        out.push_str(&format!("| **{year}** | **{words}** |\n"));
                    } else {
                        out.push_str(&format!("| {year} | {words} |\n"));
                    }
                }
            }
            Body::Message(text) => out.push_str(&format!("{}\n", md(&text))),
            Body::Rows(rows) => {
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
