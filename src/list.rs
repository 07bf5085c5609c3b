//! `confer list`: every edition of every series, one line each, columns aligned by display width.

use crate::content::Index;
use crate::i18n::Lang;
use crate::text::{Profile, display_width, pad_to_width};

/// The listing as text, one series heading followed by its editions.
pub fn render(content: &Index, lang: Lang, profile: &Profile) -> String {
    let tag = lang.tag();
    let rows: Vec<[String; 4]> = content
        .editions()
        .map(|(_, e)| {
            [
                e.id.to_string(),
                crate::rows::wording::date_range(e.start, e.end, lang),
                e.label_or_name().get(tag).to_string(),
                e.place.get(tag).to_string(),
            ]
        })
        .collect();
    let widths: Vec<usize> = (0..3)
        .map(|column| {
            rows.iter()
                .map(|r| display_width(&r[column], profile))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    let mut rows = rows.into_iter();
    for series in &content.series {
        out.push_str(&format!("{}  {}\n", series.id, series.name.get(tag)));
        for row in rows.by_ref().take(series.editions.len()) {
            let mut line = String::from("  ");
            for (cell, width) in row[..3].iter().zip(&widths) {
                line.push_str(&pad_to_width(cell, *width, profile));
                line.push_str("  ");
            }
            line.push_str(&row[3]);
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out
}
