use crate::content::{Approx, Date, ListKind, PartialDate};
use crate::i18n::numbers::{Numbers, days, group_digits, sign};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_name(month: u8) -> &'static str {
    MONTHS[usize::from(month.clamp(1, 12)) - 1]
}

fn partial_date(d: PartialDate) -> String {
    match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{day} {} {}", month_name(m), d.year),
        (Some(m), None) => format!("{} {}", month_name(m), d.year),
        _ => d.year.to_string(),
    }
}

fn date(d: Date) -> String {
    format!("{} {} {}", d.day, month_name(d.month), d.year)
}

fn date_range(start: Date, end: Date) -> String {
    // A one-day meeting is a date, not a range of one ("1–1 Jan 2030 (1 days)").
    if start == end {
        return format!("{} (1 day)", date(start));
    }
    let range = if start.year == end.year && start.month == end.month {
        format!(
            "{}–{} {} {}",
            start.day,
            end.day,
            month_name(end.month),
            end.year
        )
    } else if start.year == end.year {
        format!(
            "{} {} – {} {} {}",
            start.day,
            month_name(start.month),
            end.day,
            month_name(end.month),
            end.year
        )
    } else {
        format!("{} – {}", date(start), date(end))
    };
    format!("{range} ({} days)", days(start, end))
}

fn value(n: &str, approx: Approx, unit: &str) -> String {
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

fn coverage(
    complete: bool,
    n: &str,
    total: Option<&str>,
    _kind: ListKind,
    note: Option<&str>,
) -> String {
    let said = match (complete, total) {
        (true, _) => format!("complete: all {n} listed"),
        (false, Some(total)) => format!("partial: {n} of {total} listed"),
        (false, None) => format!("partial: {n} listed"),
    };
    match note {
        Some(note) => format!("{said} — {note}"),
        None => said,
    }
}

/// "+600 (+60%)": a change, or a difference between two series, alike.
fn signed(absolute: f64, percent: Option<&str>, _unit: &str) -> String {
    let mut out = format!("{}{}", sign(absolute), group_digits(absolute.abs()));
    if let Some(p) = percent {
        out.push_str(&format!(" ({p})"));
    }
    out
}

pub(crate) const NUMBERS: Numbers = Numbers {
    number: group_digits,
    value,
    kind_count: |kind, n| format!("{kind} {n}"),
    total_count: |n| n.to_string(),
    partial_date,
    date_range,
    editions: |n| {
        if n == 1 {
            "one edition".to_string()
        } else {
            format!("{n} editions")
        }
    },
    years: |first, last| {
        if first == last {
            first.to_string()
        } else {
            format!("{first}–{last}")
        }
    },
    coverage,
    points: "%",
    about_same: "about the same",
    about: |signed| format!("about {signed}"),
    signed_change: signed,
    unknown_change: |rising| {
        if rising {
            "a rise (by how much is not known)".into()
        } else {
            "a fall (by how much is not known)".into()
        }
    },
    same: "the same",
    // A signed difference says nothing of time: the same form as a change.
    difference: signed,
    unknown_difference: |higher| {
        if higher {
            "higher (by how much is not known)".into()
        } else {
            "lower (by how much is not known)".into()
        }
    },
    bounded_difference: |higher, over, magnitude, _unit, percent| {
        let direction = if higher { "higher" } else { "lower" };
        let bound = if over { "over" } else { "under" };
        let percent = percent
            .map(|p| format!(" ({bound} {p}%)"))
            .unwrap_or_default();
        format!("{bound} {magnitude} {direction}{percent}")
    },
    bounded_change: |rising, over, magnitude, _unit, percent| {
        let direction = if rising { "rise" } else { "fall" };
        let bound = if over { "over" } else { "under" };
        let percent = percent
            .map(|p| format!(" ({bound} {p}%)"))
            .unwrap_or_default();
        format!("a {direction} of {bound} {magnitude}{percent}")
    },
    between_bounds: |lower, signed| {
        let which = if lower { "lower" } else { "upper" };
        match signed {
            None => format!("the same {which} bound"),
            Some(signed) => format!("{signed} between the {which} bounds"),
        }
    },
};
