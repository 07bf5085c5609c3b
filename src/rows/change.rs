//! How a change between two figures is said: "+600 (+60%)", "about +600 (+60%)",
//! 「約600人増（+60%）」; to or from a bound, as a bound ("a rise of under 4,279",
//! 「600人超の増加（60%超）」); between two bounds of one kind, only their difference.

use super::wording::{number, number_in};
use crate::compare::{Change, Precision};
use crate::i18n::Lang;

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
    // A compound counter right before 増 or 減 is hard to read (「約30か国・地域増」): the
    // figure beside the change already names it, so the change says the number alone.
    let short_unit = if unit.contains('・') { "" } else { unit };
    let signed = signed_change(absolute, percent, short_unit, lang);
    let rising = absolute > 0.0;
    match (precision, lang) {
        (Precision::Exact | Precision::About, _) if absolute == 0.0 => match precision {
            Precision::About => match lang {
                Lang::Ja => "ほぼ同じ".into(),
                Lang::En => "about the same".into(),
            },
            _ => lang.words().labels.unchanged.into(),
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

#[cfg(test)]
mod tests {
    use super::*;

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
            change(ch(30.0, Some(30.0), About), "か国・地域", Lang::Ja),
            "約30増（+30%）"
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
}
