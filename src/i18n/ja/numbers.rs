use crate::content::{Approx, Date, ListKind, PartialDate};
use crate::i18n::numbers::{Numbers, days, group_digits};

/// Japanese counts in 万 and 億 from ten thousand up (8億9,300万, 7万, 1万2,345), as
/// newspapers do; fractions and small numbers are grouped by thousands.
fn number(value: f64) -> String {
    let whole = value.abs().round();
    if whole < 10_000.0 || (value.abs() - whole).abs() > 1e-9 {
        return group_digits(value);
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
            out.push_str(&group_digits(count as f64));
            out.push_str(unit);
        }
        rest %= size;
    }
    if rest > 0 {
        out.push_str(&group_digits(rest as f64));
    }
    if value < 0.0 { format!("-{out}") } else { out }
}

/// A counter as it stands after a number: a count of days is 日間, since 「3日」 alone
/// reads as the third of a month.
fn counter(unit: &str) -> &str {
    if unit == "日" { "日間" } else { unit }
}

fn value(n: &str, approx: Approx, unit: &str) -> String {
    let unit = counter(unit);
    match approx {
        Approx::Exact => format!("{n}{unit}"),
        Approx::About => format!("約{n}{unit}"),
        // "Over" is 超, not 以上 (which includes the number itself); a counter of the か国
        // kind reads better after it: 「130超の国・地域」.
        Approx::Over => match unit.strip_prefix('か') {
            Some(noun) if !noun.is_empty() => format!("{n}超の{noun}"),
            _ => format!("{n}{unit}超"),
        },
        Approx::Under => format!("{n}{unit}未満"),
    }
}

fn partial_date(d: PartialDate) -> String {
    match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{}年{m}月{day}日", d.year),
        (Some(m), None) => format!("{}年{m}月", d.year),
        _ => format!("{}年", d.year),
    }
}

fn date(d: Date) -> String {
    format!("{}年{}月{}日", d.year, d.month, d.day)
}

fn date_range(start: Date, end: Date) -> String {
    if start == end {
        return format!("{}（1日間）", date(start));
    }
    let end_shown = if start.year == end.year && start.month == end.month {
        format!("{}日", end.day)
    } else if start.year == end.year {
        format!("{}月{}日", end.month, end.day)
    } else {
        date(end)
    };
    format!("{}〜{end_shown}（{}日間）", date(start), days(start, end))
}

fn coverage(
    complete: bool,
    n: &str,
    total: Option<&str>,
    kind: ListKind,
    note: Option<&str>,
) -> String {
    let counter = match kind {
        ListKind::People => "人",
        ListKind::Orgs => "組織",
        ListKind::Sessions | ListKind::Outcomes | ListKind::Timeline => "件",
    };
    let said = match (complete, total) {
        (true, _) => format!("全{n}{counter}を掲載"),
        (false, Some(total)) => format!("掲載は一部（全{total}{counter}中{n}{counter}）"),
        (false, None) => format!("掲載は一部（{n}{counter}）"),
    };
    match note {
        Some(note) => format!("{said}：{note}"),
        None => said,
    }
}

pub(crate) const NUMBERS: Numbers = Numbers {
    number,
    value,
    kind_count: |kind, n| format!("{kind}{n}件"),
    total_count: |n| format!("計{n}件"),
    partial_date,
    date_range,
    editions: |n| format!("{n}回"),
    years: |first, last| {
        if first == last {
            format!("{first}年")
        } else {
            format!("{first}〜{last}年")
        }
    },
    coverage,
    points: "ポイント",
    about_same: "ほぼ同じ",
    about: |signed| format!("約{signed}"),
    signed_change: |absolute, percent, unit| {
        let direction = if absolute < 0.0 { "減" } else { "増" };
        let amount = number(absolute.abs());
        let percent = percent.map(|p| format!("（{p}）")).unwrap_or_default();
        format!("{amount}{unit}{direction}{percent}")
    },
    unknown_change: |rising| {
        if rising {
            "増加（幅は不明）".into()
        } else {
            "減少（幅は不明）".into()
        }
    },
    same: "同じ",
    difference: |absolute, percent, unit| {
        let direction = if absolute < 0.0 {
            "少ない"
        } else {
            "多い"
        };
        let amount = number(absolute.abs());
        let percent = percent.map(|p| format!("（{p}）")).unwrap_or_default();
        format!("{amount}{unit}{direction}{percent}")
    },
    unknown_difference: |higher| {
        if higher {
            "多い（差は不明）".into()
        } else {
            "少ない（差は不明）".into()
        }
    },
    bounded_difference: |higher, over, magnitude, unit, percent| {
        let direction = if higher { "多い" } else { "少ない" };
        let bound = if over { "超" } else { "未満" };
        let percent = percent
            .map(|p| format!("（{p}%{bound}）"))
            .unwrap_or_default();
        if over {
            format!("{magnitude}{unit}超{direction}{percent}")
        } else {
            format!("{direction}が、差は{magnitude}{unit}未満{percent}")
        }
    },
    bounded_change: |rising, over, magnitude, unit, percent| {
        let direction = if rising { "増加" } else { "減少" };
        let bound = if over { "超" } else { "未満" };
        let percent = percent
            .map(|p| format!("（{p}%{bound}）"))
            .unwrap_or_default();
        if over {
            format!("{magnitude}{unit}超の{direction}{percent}")
        } else {
            format!("{direction}は{magnitude}{unit}未満{percent}")
        }
    },
    between_bounds: |lower, signed| {
        let which = if lower { "下限" } else { "上限" };
        match signed {
            None => format!("{which}は同じ"),
            Some(signed) => format!("{which}どうしで{signed}"),
        }
    },
};
