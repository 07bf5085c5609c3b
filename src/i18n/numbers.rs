//! How numbers, counts, values and dates are written: rules, not words, one per language.

use crate::content::{Approx, Date, ListKind, PartialDate};

/// The rules of one language. Numbers come in as `f64` and go out as the language writes
/// them; the grouping of digits shared by both is `group_digits`.
pub struct Numbers {
    /// A number as the language writes it: "893,000,000" / 「8億9,300万」.
    pub number: fn(f64) -> String,
    /// A number, its precision and its unit: "about 1,000 people" / 「約1,000人」.
    pub value: fn(&str, Approx, &str) -> String,
    /// A count of one kind: "forum 11" / 「フォーラム11件」.
    pub kind_count: fn(&str, usize) -> String,
    /// The total above a list of kind counts: "16" / 「計16件」.
    pub total_count: fn(usize) -> String,
    /// "Nov 2014" / 「2014年11月」.
    pub partial_date: fn(PartialDate) -> String,
    /// "19–21 Nov 2014 (3 days)" / 「2014年11月19日〜21日（3日間）」.
    pub date_range: fn(Date, Date) -> String,
    /// A count of editions: "12 editions" / 「12回」.
    pub editions: fn(usize) -> String,
    /// The years from the first to the last: "2014–2025" / 「2014〜2025年」.
    pub years: fn(i64, i64) -> String,
    /// What a list's coverage says: (complete, listed, total, kind, note).
    pub coverage: fn(bool, &str, Option<&str>, ListKind, Option<&str>) -> String,
    /// The unit of a change of a percentage: 「ポイント」 ("%" in English).
    pub points: &'static str,
    /// A change of about nothing: "about the same".
    pub about_same: &'static str,
    /// An approximate change: "about +600" / 「約600人増」.
    pub about: fn(&str) -> String,
    /// A change measured exactly: (change, its percent, the unit): "+600 (+60%)" /
    /// 「600人増（+60%）」.
    pub signed_change: fn(f64, Option<&str>, &str) -> String,
    /// A change from or to a bound whose size is not known (rising).
    pub unknown_change: fn(bool) -> String,
    /// A change to or from a bound: (rising, over, magnitude, unit, percent):
    /// "a rise of under 4,279 (under 214%)" / 「増加は4,279人未満（214%未満）」.
    pub bounded_change: fn(bool, bool, &str, &str, Option<&str>) -> String,
    /// A change between two bounds of one kind: (lower, the change or None when the same).
    pub between_bounds: fn(bool, Option<&str>) -> String,
    /// Between editions of two series the right is not a later state of the left but
    /// another conference: a difference, not a change. The forms below say it as one.
    /// Two figures that are equal: "the same" / 「同じ」.
    pub same: &'static str,
    /// As `signed_change`: "+600 (+60%)" / 「600人多い（+60%）」.
    pub difference: fn(f64, Option<&str>, &str) -> String,
    /// As `unknown_change`: "higher (by how much is not known)" / 「多い（差は不明）」.
    pub unknown_difference: fn(bool) -> String,
    /// As `bounded_change`: "over 600 higher (over 60%)" / 「600人超多い（60%超）」.
    pub bounded_difference: fn(bool, bool, &str, &str, Option<&str>) -> String,
}

/// The ASCII sign of a change: "−" and "±" are ambiguous-width and would shift columns in
/// some terminals.
pub fn sign(v: f64) -> &'static str {
    if v > 0.0 {
        "+"
    } else if v < 0.0 {
        "-"
    } else {
        ""
    }
}

/// 1000 → "1,000"; 0.5 → "0.5"; whole numbers without decimals.
pub fn group_digits(value: f64) -> String {
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

/// The days from `start` to `end`, both counted.
pub fn days(start: Date, end: Date) -> i64 {
    start.days_to(end) + 1
}
