//! How values are said: numbers with thousands separators, "about 1,000 people" /
//! 「約1,000人」, changes such as "+600 (+60%)", date ranges.

use crate::content::{Approx, Coverage, Date, Figure, ListKind};
use crate::i18n::Lang;

/// 1000 → "1,000"; 0.5 → "0.5"; whole numbers without decimals.
pub fn number(value: f64) -> String {
    let negative = value < 0.0;
    let value = value.abs();
    let rounded = (value * 100.0).round() / 100.0;
    let whole = rounded.trunc() as u64;
    let fraction = ((rounded - rounded.trunc()) * 100.0).round() as u64;
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    if fraction > 0 {
        let decimals = format!("{fraction:02}");
        out.push('.');
        out.push_str(decimals.trim_end_matches('0'));
    }
    if negative { format!("-{out}") } else { out }
}

/// A figure's value as a reader says it: "about 1,000 people", 「約1,000人」, "over 1,600".
pub fn figure_value(figure: &Figure, lang: Lang) -> String {
    let n = number(figure.value);
    let unit = figure
        .unit
        .as_ref()
        .map(|u| u.get(lang.tag()))
        .unwrap_or_default();
    match lang {
        Lang::En => {
            let spaced = if unit.is_empty() || unit.starts_with('%') {
                format!("{n}{unit}")
            } else {
                format!("{n} {unit}")
            };
            match figure.approx {
                Approx::Exact => spaced,
                Approx::About => format!("about {spaced}"),
                Approx::Over => format!("over {spaced}"),
                Approx::Under => format!("under {spaced}"),
            }
        }
        Lang::Ja => match figure.approx {
            Approx::Exact => format!("{n}{unit}"),
            Approx::About => format!("約{n}{unit}"),
            Approx::Over => format!("{n}{unit}以上"),
            Approx::Under => format!("{n}{unit}未満"),
        },
    }
}

/// "+600 (+60%)"; a change from an approximate figure is approximate too.
pub fn change(absolute: f64, percent: Option<f64>, approximate: bool, lang: Lang) -> String {
    // ASCII signs: "−" and "±" are ambiguous-width and would shift columns in some terminals.
    let sign = |v: f64| {
        if v > 0.0 {
            "+"
        } else if v < 0.0 {
            "-"
        } else {
            ""
        }
    };
    let mut out = format!("{}{}", sign(absolute), number(absolute.abs()));
    if let Some(p) = percent {
        let rounded = p.round();
        out.push_str(&format!(" ({}{}%)", sign(rounded), number(rounded.abs())));
    }
    if approximate {
        out = match lang {
            Lang::En => format!("about {out}"),
            Lang::Ja => format!("約{out}"),
        };
    }
    out
}

/// "2014-11-19 – 11-21 (3 days)" / 「2014-11-19〜11-21（3日間）」.
pub fn date_range(start: Date, end: Date, lang: Lang) -> String {
    let days = days_between(start, end) + 1;
    let end_shown = if end.year == start.year {
        format!("{:02}-{:02}", end.month, end.day)
    } else {
        end.to_string()
    };
    match lang {
        Lang::En => format!("{start} – {end_shown} ({days} days)"),
        Lang::Ja => format!("{start}〜{end_shown}（{days}日間）"),
    }
}

/// An edition's dates and place on one line, for pane headers.
pub fn date_range_place(edition: &crate::content::Edition, lang: Lang) -> String {
    format!(
        "{}  {}",
        date_range(edition.start, edition.end, lang),
        edition.place.get(lang.tag())
    )
}

fn days_between(a: Date, b: Date) -> i64 {
    day_number(b) - day_number(a)
}

/// Days since 0000-03-01 in the proleptic Gregorian calendar (for differences only).
fn day_number(d: Date) -> i64 {
    let (y, m) = if d.month <= 2 {
        (i64::from(d.year) - 1, i64::from(d.month) + 9)
    } else {
        (i64::from(d.year), i64::from(d.month) - 3)
    };
    365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + i64::from(d.day) - 1
}

/// What a list's coverage says beside it: "partial: 12 of 26 listed — sessions named in the
/// press", 「一部のみ掲載（全26件中12件）：報道が名前を挙げたセッション」.
pub fn coverage(coverage: &Coverage, listed: usize, kind: ListKind, lang: Lang) -> String {
    let n = number(listed as f64);
    let total = coverage.total.map(|t| number(t as f64));
    let note = coverage.note.as_ref().map(|note| note.get(lang.tag()));
    match lang {
        Lang::En => {
            let said = match (coverage.complete, total) {
                (true, _) => format!("complete: all {n} listed"),
                (false, Some(total)) => format!("partial: {n} of {total} listed"),
                (false, None) => format!("partial: {n} listed"),
            };
            match note {
                Some(note) => format!("{said} — {note}"),
                None => said,
            }
        }
        Lang::Ja => {
            let counter = match kind {
                ListKind::People => "人",
                ListKind::Orgs => "組織",
                ListKind::Sessions | ListKind::Outcomes | ListKind::Timeline => "件",
            };
            let said = match (coverage.complete, total) {
                (true, _) => format!("全{n}{counter}を掲載"),
                (false, Some(total)) => format!("一部のみ掲載（全{total}{counter}中{n}{counter}）"),
                (false, None) => format!("一部のみ掲載（{n}{counter}）"),
            };
            match note {
                Some(note) => format!("{said}：{note}"),
                None => said,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_have_thousands_separators() {
        assert_eq!(number(1000.0), "1,000");
        assert_eq!(number(893_000_000.0), "893,000,000");
        assert_eq!(number(17.0), "17");
        assert_eq!(number(0.5), "0.5");
        assert_eq!(number(-1600.25), "-1,600.25");
    }

    #[test]
    fn changes_carry_sign_and_percent() {
        assert_eq!(change(600.0, Some(60.0), false, Lang::En), "+600 (+60%)");
        assert_eq!(change(-3.0, Some(-33.3), true, Lang::En), "about -3 (-33%)");
        assert_eq!(change(600.0, Some(60.0), true, Lang::Ja), "約+600 (+60%)");
    }

    #[test]
    fn date_ranges_count_days() {
        let d = |y, m, dd| Date::new(y, m, dd).unwrap();
        assert_eq!(
            date_range(d(2014, 11, 19), d(2014, 11, 21), Lang::En),
            "2014-11-19 – 11-21 (3 days)"
        );
        assert_eq!(
            date_range(d(2025, 11, 6), d(2025, 11, 9), Lang::Ja),
            "2025-11-06〜11-09（4日間）"
        );
        assert_eq!(
            date_range(d(2024, 12, 31), d(2025, 1, 1), Lang::En),
            "2024-12-31 – 2025-01-01 (2 days)"
        );
        assert_eq!(days_between(d(2024, 2, 28), d(2024, 3, 1)), 2);
    }
}
