//! How values are said, in one place: numbers ("893,000,000" / 「8億9,300万」), figures
//! ("about 1,000 people" / 「約1,000人」), changes (in `change`),
//! dates ("19–21 Nov 2014" / 「2014年11月19日〜21日」) and coverage.

use crate::content::{Approx, Coverage, Date, Figure, ListKind, PartialDate};
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

/// A number as the reader's language writes it: English groups by thousands
/// (893,000,000); Japanese counts in 万 and 億 from ten thousand up (8億9,300万, 7万,
/// 1万2,345), as newspapers do.
pub fn number_in(value: f64, lang: Lang) -> String {
    let whole = value.abs().round();
    // Fractions and small numbers are written the same in both.
    if lang == Lang::En || whole < 10_000.0 || (value.abs() - whole).abs() > 1e-9 {
        return number(value);
    }
    let mut rest = whole as u64;
    let mut out = String::new();
    for (unit, size) in [
        ("兆", 1_000_000_000_000u64),
        ("億", 100_000_000),
        ("万", 10_000),
    ] {
        let count = rest / size;
        if count > 0 {
            out.push_str(&number(count as f64));
            out.push_str(unit);
        }
        rest %= size;
    }
    if rest > 0 {
        out.push_str(&number(rest as f64));
    }
    if value < 0.0 { format!("-{out}") } else { out }
}

/// A figure's value as a reader says it: "about 1,000 people", 「約1,000人」, "over 1,600".
pub fn figure_value(figure: &Figure, lang: Lang) -> String {
    value(figure.value, figure.approx, figure.unit.as_ref(), lang)
}

/// A value with its precision and unit as a reader says it (see `figure_value`).
pub fn value(
    value: f64,
    approx: Approx,
    unit: Option<&crate::content::Text>,
    lang: Lang,
) -> String {
    let n = number_in(value, lang);
    let unit = unit.map(|u| u.get(lang.tag())).unwrap_or_default();
    match lang {
        Lang::En => {
            let spaced = if unit.is_empty() || unit.starts_with('%') {
                format!("{n}{unit}")
            } else {
                format!("{n} {unit}")
            };
            match approx {
                Approx::Exact => spaced,
                Approx::About => format!("about {spaced}"),
                Approx::Over => format!("over {spaced}"),
                Approx::Under => format!("under {spaced}"),
            }
        }
        Lang::Ja => {
            let unit = ja_counter(unit);
            match approx {
                Approx::Exact => format!("{n}{unit}"),
                Approx::About => format!("約{n}{unit}"),
                // "Over" is 超, not 以上 (which includes the number itself); a counter
                // of the か国 kind reads better after it: 「130超の国・地域」.
                Approx::Over => match unit.strip_prefix('か') {
                    Some(noun) if !noun.is_empty() => format!("{n}超の{noun}"),
                    _ => format!("{n}{unit}超"),
                },
                Approx::Under => format!("{n}{unit}未満"),
            }
        }
    }
}

/// A Japanese counter as it stands after a number: a count of days is 日間, since 「3日」
/// alone reads as the third of a month.
pub fn ja_counter(unit: &str) -> &str {
    if unit == "日" { "日間" } else { unit }
}

/// "forum 11" / 「フォーラム11件」: a count of one kind, with its counter in Japanese.
pub fn kind_count(kind: &str, n: usize, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{kind}{n}件"),
        Lang::En => format!("{kind} {n}"),
    }
}

/// "16" / 「計16件」: the total above a list of kind counts.
pub fn total_count(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("計{n}件"),
        Lang::En => n.to_string(),
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_name(month: u8) -> &'static str {
    MONTHS[usize::from(month.clamp(1, 12)) - 1]
}

/// "19 Nov 2014" / 「2014年11月19日」.
pub fn date(d: Date, lang: Lang) -> String {
    partial_date(
        PartialDate {
            year: d.year,
            month: Some(d.month),
            day: Some(d.day),
        },
        lang,
    )
}

/// "Nov 2014", "2014", "19 Nov 2014" / 「2014年11月」「2014年」「2014年11月19日」.
pub fn partial_date(d: PartialDate, lang: Lang) -> String {
    match lang {
        Lang::En => match (d.month, d.day) {
            (Some(m), Some(day)) => format!("{day} {} {}", month_name(m), d.year),
            (Some(m), None) => format!("{} {}", month_name(m), d.year),
            _ => d.year.to_string(),
        },
        Lang::Ja => match (d.month, d.day) {
            (Some(m), Some(day)) => format!("{}年{m}月{day}日", d.year),
            (Some(m), None) => format!("{}年{m}月", d.year),
            _ => format!("{}年", d.year),
        },
    }
}

/// "19–21 Nov 2014 (3 days)" / 「2014年11月19日〜21日（3日間）」: what the two dates share is
/// said once.
pub fn date_range(start: Date, end: Date, lang: Lang) -> String {
    let days = days_between(start, end) + 1;
    // A one-day meeting is a date, not a range of one ("1–1 Jan 2030 (1 days)").
    if start == end {
        return match lang {
            Lang::En => format!("{} (1 day)", date(start, lang)),
            Lang::Ja => format!("{}（1日間）", date(start, lang)),
        };
    }
    let same_year = start.year == end.year;
    let same_month = same_year && start.month == end.month;
    match lang {
        Lang::En => {
            let range = if same_month {
                format!(
                    "{}–{} {} {}",
                    start.day,
                    end.day,
                    month_name(end.month),
                    end.year
                )
            } else if same_year {
                format!(
                    "{} {} – {} {} {}",
                    start.day,
                    month_name(start.month),
                    end.day,
                    month_name(end.month),
                    end.year
                )
            } else {
                format!("{} – {}", date(start, lang), date(end, lang))
            };
            format!("{range} ({days} days)")
        }
        Lang::Ja => {
            let end_shown = if same_month {
                format!("{}日", end.day)
            } else if same_year {
                format!("{}月{}日", end.month, end.day)
            } else {
                date(end, lang)
            };
            format!("{}〜{end_shown}（{days}日間）", date(start, lang))
        }
    }
}

/// A count of editions as a reader says it: "one edition", "12 editions"; 「12回」.
pub fn editions(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{n}回"),
        Lang::En if n == 1 => "one edition".to_string(),
        Lang::En => format!("{n} editions"),
    }
}

/// The years from `first` to `last`, one year said once: "2014–2025", "2014"; 「2014〜2025年」.
pub fn years(first: i64, last: i64, lang: Lang) -> String {
    match lang {
        Lang::Ja if first == last => format!("{first}年"),
        Lang::Ja => format!("{first}〜{last}年"),
        Lang::En if first == last => first.to_string(),
        Lang::En => format!("{first}–{last}"),
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
    a.days_to(b)
}

/// What a list's coverage says beside it: "partial: 12 of 26 listed — sessions named in the
/// press", 「掲載は一部（全26件中12件）：報道が名前を挙げたセッション」.
pub fn coverage(coverage: &Coverage, listed: usize, kind: ListKind, lang: Lang) -> String {
    let n = number_in(listed as f64, lang);
    let total = coverage.total.map(|t| number_in(t as f64, lang));
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
                (false, Some(total)) => format!("掲載は一部（全{total}{counter}中{n}{counter}）"),
                (false, None) => format!("掲載は一部（{n}{counter}）"),
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
    fn japanese_numbers_count_in_man_and_oku() {
        let ja = |v| number_in(v, Lang::Ja);
        assert_eq!(ja(0.0), "0");
        assert_eq!(ja(1600.0), "1,600");
        assert_eq!(ja(9999.0), "9,999");
        assert_eq!(ja(10_000.0), "1万");
        assert_eq!(ja(12_345.0), "1万2,345");
        assert_eq!(ja(70_000.0), "7万");
        assert_eq!(ja(85_000_000.0), "8,500万");
        assert_eq!(ja(100_000_000.0), "1億");
        assert_eq!(ja(893_000_000.0), "8億9,300万");
        assert_eq!(ja(1_118_000_000.0), "11億1,800万");
        assert_eq!(ja(2.5), "2.5");
        assert_eq!(ja(-20_000.0), "-2万");
        assert_eq!(number_in(893_000_000.0, Lang::En), "893,000,000");
    }

    #[test]
    fn dates_as_each_language_writes_them() {
        let d = |y, m, dd| Date::new(y, m, dd).unwrap();
        assert_eq!(
            date_range(d(2014, 11, 19), d(2014, 11, 21), Lang::En),
            "19–21 Nov 2014 (3 days)"
        );
        assert_eq!(
            date_range(d(2014, 11, 19), d(2014, 11, 21), Lang::Ja),
            "2014年11月19日〜21日（3日間）"
        );
        assert_eq!(
            date_range(d(2025, 10, 30), d(2025, 11, 2), Lang::En),
            "30 Oct – 2 Nov 2025 (4 days)"
        );
        assert_eq!(
            date_range(d(2025, 10, 30), d(2025, 11, 2), Lang::Ja),
            "2025年10月30日〜11月2日（4日間）"
        );
        assert_eq!(
            date_range(d(2024, 12, 31), d(2025, 1, 1), Lang::En),
            "31 Dec 2024 – 1 Jan 2025 (2 days)"
        );
        assert_eq!(
            (
                date_range(d(2030, 1, 1), d(2030, 1, 1), Lang::En),
                date_range(d(2030, 1, 1), d(2030, 1, 1), Lang::Ja),
            ),
            ("1 Jan 2030 (1 day)".into(), "2030年1月1日（1日間）".into())
        );
        assert_eq!(days_between(d(2024, 2, 28), d(2024, 3, 1)), 2);
        let month = PartialDate {
            year: 2014,
            month: Some(11),
            day: None,
        };
        assert_eq!(partial_date(month, Lang::Ja), "2014年11月");
        assert_eq!(partial_date(month, Lang::En), "Nov 2014");
    }

    #[test]
    fn japanese_values_count_days_as_durations_and_say_over_with_cho() {
        use crate::content::Text;
        let unit = |ja: &str| Text::written(&[("ja", ja), ("en", "x")]).unwrap();
        let ja = |v, approx, u: &str| value(v, approx, Some(&unit(u)), Lang::Ja);
        assert_eq!(ja(3.0, Approx::Exact, "日"), "3日間");
        assert_eq!(ja(1600.0, Approx::Over, "人"), "1,600人超");
        assert_eq!(ja(130.0, Approx::Over, "か国・地域"), "130超の国・地域");
        assert_eq!(ja(130.0, Approx::About, "か国・地域"), "約130か国・地域");
        assert_eq!(kind_count("フォーラム", 11, Lang::Ja), "フォーラム11件");
        assert_eq!(total_count(16, Lang::Ja), "計16件");
        assert_eq!(kind_count("forum", 11, Lang::En), "forum 11");
    }
}
