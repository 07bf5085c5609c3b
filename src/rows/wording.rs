//! How values are said, in one place: numbers ("893,000,000" / 「8億9,300万」), figures
//! ("about 1,000 people" / 「約1,000人」), changes (in `change`),
//! dates ("19–21 Nov 2014" / 「2014年11月19日〜21日」) and coverage. The rules themselves are
//! the catalogue's (`i18n::numbers`), one per language.

use crate::compare::Comparison;
use crate::content::{Approx, Coverage, Date, Figure, ListKind, PartialDate, Series};
use crate::i18n::Lang;

pub use crate::i18n::numbers::group_digits as number;

/// The two editions' labels in the reader's language: here, below every section's rows
/// (`sections`) and lists' headings (`lists`), so that neither imports the other.
pub(super) fn labels(c: &Comparison, lang: Lang) -> (String, String) {
    let (l, r) = c.labels();
    (l.get(lang.tag()).to_string(), r.get(lang.tag()).to_string())
}

/// A number as the reader's language writes it: English groups by thousands
/// (893,000,000); Japanese counts in 万 and 億 from ten thousand up (8億9,300万, 7万,
/// 1万2,345), as newspapers do.
pub fn number_in(value: f64, lang: Lang) -> String {
    (lang.words().numbers.number)(value)
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
    (lang.words().numbers.value)(&n, approx, unit)
}

/// "forum 11" / 「フォーラム11件」: a count of one kind, with its counter in Japanese.
pub fn kind_count(kind: &str, n: usize, lang: Lang) -> String {
    (lang.words().numbers.kind_count)(kind, n)
}

/// "16" / 「計16件」: the total above a list of kind counts.
pub fn total_count(n: usize, lang: Lang) -> String {
    (lang.words().numbers.total_count)(n)
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
    (lang.words().numbers.partial_date)(d)
}

/// "19–21 Nov 2014 (3 days)" / 「2014年11月19日〜21日（3日間）」: what the two dates share is
/// said once.
pub fn date_range(start: Date, end: Date, lang: Lang) -> String {
    (lang.words().numbers.date_range)(start, end)
}

/// A count of editions as a reader says it: "one edition", "12 editions"; 「12回」.
pub fn editions(n: usize, lang: Lang) -> String {
    (lang.words().numbers.editions)(n)
}

/// The years from `first` to `last`, one year said once: "2014–2025", "2014"; 「2014〜2025年」.
pub fn years(first: i64, last: i64, lang: Lang) -> String {
    (lang.words().numbers.years)(first, last)
}

/// What the comparison is of: the series' name, or both names where the editions are of
/// two series ("World Internet Conference and Internet Governance Forum").
pub fn series_title(left: &Series, right: &Series, lang: Lang) -> String {
    let tag = lang.tag();
    let name = left.name.get(tag);
    if left.id == right.id {
        name.to_string()
    } else {
        (lang.words().pair.title)(name, right.name.get(tag))
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

/// What a list's coverage says beside it: "partial: 12 of 26 listed — sessions named in the
/// press", 「掲載は一部（全26件中12件）：報道が名前を挙げたセッション」.
pub fn coverage(coverage: &Coverage, listed: usize, kind: ListKind, lang: Lang) -> String {
    let n = number_in(listed as f64, lang);
    let total = coverage.total.map(|t| number_in(t as f64, lang));
    let note = coverage.note.as_ref().map(|note| note.get(lang.tag()));
    (lang.words().numbers.coverage)(coverage.complete, &n, total.as_deref(), kind, note)
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
        assert_eq!(crate::i18n::numbers::days(d(2024, 2, 28), d(2024, 3, 1)), 3);
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
