//! How values are said, in one place: numbers ("893,000,000" / 「8億9,300万」), figures
//! ("about 1,000 people" / 「約1,000人」), changes ("+600 (+60%)" / 「約600人増（+60%）」),
//! dates ("19–21 Nov 2014" / 「2014年11月19日〜21日」) and coverage.

use crate::compare::{Change, Precision};
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
        Lang::Ja => match approx {
            Approx::Exact => format!("{n}{unit}"),
            Approx::About => format!("約{n}{unit}"),
            Approx::Over => format!("{n}{unit}以上"),
            Approx::Under => format!("{n}{unit}未満"),
        },
    }
}

/// A change as readers say it: "+600 (+60%)", "about +600 (+60%)"; in Japanese the amount
/// with its unit and 増 or 減, the percentage in full-width brackets: 「約600人増（+60%）」.
/// A change from an approximate figure is approximate too; from or to a bound ("over
/// 2,000") it is a bound: "a rise of under 4,279", 「増加は4,279人未満」; between two bounds
/// of one kind only the bounds' difference is said.
pub fn change(change: Change, unit: &str, lang: Lang) -> String {
    let Change {
        absolute,
        percent,
        precision,
    } = change;
    // A change of a percentage is in points: 0.75ポイント減.
    let unit = if unit == "%" && lang == Lang::Ja {
        "ポイント"
    } else {
        unit
    };
    let magnitude = number_in(absolute.abs(), lang);
    let percent_magnitude = percent.map(|p| number(p.round().abs()));
    let signed = signed_change(absolute, percent, unit, lang);
    let rising = absolute > 0.0;
    match (precision, lang) {
        (Precision::Exact | Precision::About, _) if absolute == 0.0 => match precision {
            Precision::About => match lang {
                Lang::Ja => "ほぼ同じ".into(),
                Lang::En => "about the same".into(),
            },
            _ => crate::i18n::Word::Unchanged.text(lang).into(),
        },
        (Precision::Exact, _) => signed,
        (Precision::About, Lang::En) => format!("about {signed}"),
        (Precision::About, Lang::Ja) => format!("約{signed}"),
        (Precision::Over | Precision::Under, _) if absolute == 0.0 => {
            let higher = precision == Precision::Over;
            match (lang, higher) {
                (Lang::Ja, true) => "増加（幅は不明）".into(),
                (Lang::Ja, false) => "減少（幅は不明）".into(),
                (Lang::En, true) => "a rise (by how much is not known)".into(),
                (Lang::En, false) => "a fall (by how much is not known)".into(),
            }
        }
        // More than a rise of X is a rise of over X; more than a fall of X is a fall of
        // under X; and the reverse for less. Each is true whatever lies beyond the bound.
        (Precision::Over | Precision::Under, _) => {
            let over = (precision == Precision::Over) == rising;
            let p = percent_magnitude;
            match (lang, rising, over) {
                (Lang::Ja, true, true) => {
                    format!("{magnitude}{unit}超の増加{}", ja_percent(p, "超"))
                }
                (Lang::Ja, false, true) => {
                    format!("{magnitude}{unit}超の減少{}", ja_percent(p, "超"))
                }
                (Lang::Ja, true, false) => {
                    format!("増加は{magnitude}{unit}未満{}", ja_percent(p, "未満"))
                }
                (Lang::Ja, false, false) => {
                    format!("減少は{magnitude}{unit}未満{}", ja_percent(p, "未満"))
                }
                (Lang::En, _, _) => {
                    let direction = if rising { "rise" } else { "fall" };
                    let bound = if over { "over" } else { "under" };
                    let percent = p.map(|p| format!(" ({bound} {p}%)")).unwrap_or_default();
                    format!("a {direction} of {bound} {magnitude}{percent}")
                }
            }
        }
        (Precision::BetweenLowerBounds | Precision::BetweenUpperBounds, _) => {
            let lower = precision == Precision::BetweenLowerBounds;
            match (lang, lower, absolute == 0.0) {
                (Lang::Ja, true, true) => "下限は同じ".into(),
                (Lang::Ja, false, true) => "上限は同じ".into(),
                (Lang::Ja, true, false) => format!("下限どうしで{signed}"),
                (Lang::Ja, false, false) => format!("上限どうしで{signed}"),
                (Lang::En, true, true) => "the same lower bound".into(),
                (Lang::En, false, true) => "the same upper bound".into(),
                (Lang::En, true, false) => format!("{signed} between the lower bounds"),
                (Lang::En, false, false) => format!("{signed} between the upper bounds"),
            }
        }
    }
}

/// "（60%超）".
fn ja_percent(percent: Option<String>, bound: &str) -> String {
    percent
        .map(|p| format!("（{p}%{bound}）"))
        .unwrap_or_default()
}

/// "+600 (+60%)" / 「600人増（+60%）」: a change as measured, without its precision.
fn signed_change(absolute: f64, percent: Option<f64>, unit: &str, lang: Lang) -> String {
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
    let percent = percent.map(|p| {
        let rounded = p.round();
        format!("{}{}%", sign(rounded), number(rounded.abs()))
    });
    match lang {
        Lang::En => {
            let mut out = format!("{}{}", sign(absolute), number(absolute.abs()));
            if let Some(p) = percent {
                out.push_str(&format!(" ({p})"));
            }
            out
        }
        Lang::Ja => {
            let direction = if absolute < 0.0 { "減" } else { "増" };
            let amount = number_in(absolute.abs(), lang);
            let percent = percent.map(|p| format!("（{p}）")).unwrap_or_default();
            format!("{amount}{unit}{direction}{percent}")
        }
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
/// press", 「一部のみ掲載（全26件中12件）：報道が名前を挙げたセッション」.
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

    fn ch(absolute: f64, percent: Option<f64>, precision: Precision) -> Change {
        Change {
            absolute,
            percent,
            precision,
        }
    }

    #[test]
    fn changes_carry_sign_and_percent() {
        use Precision::*;
        assert_eq!(
            change(ch(600.0, Some(60.0), Exact), "people", Lang::En),
            "+600 (+60%)"
        );
        assert_eq!(
            change(ch(-3.0, Some(-33.3), About), "days", Lang::En),
            "about -3 (-33%)"
        );
        assert_eq!(
            change(ch(600.0, Some(60.0), About), "人", Lang::Ja),
            "約600人増（+60%）"
        );
        assert_eq!(
            change(ch(1.0, Some(33.3), Exact), "日", Lang::Ja),
            "1日増（+33%）"
        );
        assert_eq!(
            change(ch(-20_000.0, None, Exact), "件", Lang::Ja),
            "2万件減"
        );
        assert_eq!(
            change(ch(0.0, Some(0.0), Exact), "人", Lang::Ja),
            "変化なし"
        );
        assert_eq!(
            change(ch(0.0, Some(0.0), About), "人", Lang::En),
            "about the same"
        );
    }

    #[test]
    fn a_change_from_or_to_a_bound_is_worded_as_a_bound() {
        use Precision::*;
        // "over 2,000" → 6,279: the change is less than +4,279, whatever the first was.
        let from_over = ch(4279.0, Some(213.95), Under);
        assert_eq!(
            change(from_over, "people", Lang::En),
            "a rise of under 4,279 (under 214%)"
        );
        assert_eq!(
            change(from_over, "人", Lang::Ja),
            "増加は4,279人未満（214%未満）"
        );
        // 1,000 → "over 1,600": more than +600.
        let to_over = ch(600.0, Some(60.0), Over);
        assert_eq!(
            change(to_over, "people", Lang::En),
            "a rise of over 600 (over 60%)"
        );
        assert_eq!(change(to_over, "人", Lang::Ja), "600人超の増加（60%超）");
        // 1,500 → "under 1,200": a fall of more than 300.
        let to_under = ch(-300.0, Some(-20.0), Under);
        assert_eq!(change(to_under, "人", Lang::Ja), "300人超の減少（20%超）");
        assert_eq!(
            change(ch(-300.0, None, Over), "people", Lang::En),
            "a fall of under 300"
        );
        for lang in [Lang::En, Lang::Ja] {
            for precision in [Over, Under] {
                let said = change(ch(600.0, Some(60.0), precision), "人", lang);
                assert!(!said.contains("about") && !said.starts_with('約'), "{said}");
            }
        }
    }

    #[test]
    fn two_bounds_of_one_kind_give_only_their_difference() {
        use Precision::*;
        let both_over = ch(1100.0, Some(220.0), BetweenLowerBounds);
        assert_eq!(
            change(both_over, "people", Lang::En),
            "+1,100 (+220%) between the lower bounds"
        );
        assert_eq!(
            change(both_over, "人", Lang::Ja),
            "下限どうしで1,100人増（+220%）"
        );
        assert_eq!(
            change(ch(0.0, Some(0.0), BetweenLowerBounds), "人", Lang::Ja),
            "下限は同じ"
        );
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
}
