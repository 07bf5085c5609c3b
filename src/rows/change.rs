//! How a change between two figures is said: "+600 (+60%)", "about +600 (+60%)",
//! 「約600人増（+60%）」; to or from a bound, as a bound ("a rise of under 4,279",
//! 「600人超の増加（60%超）」); between two bounds of one kind, only their difference.

use super::wording::{number, number_in};
use crate::compare::{Change, Precision};
use crate::i18n::Lang;
use crate::i18n::numbers::sign;

/// A change as readers say it: "+600 (+60%)", "about +600 (+60%)"; in Japanese the amount
/// with its unit and 増 or 減, the percentage in full-width brackets: 「約600人増（+60%）」.
/// A change from an approximate figure is approximate too; from or to a bound ("over
/// 2,000") it is a bound: "a rise of under 4,279", 「増加は4,279人未満」; between two bounds
/// of one kind only the bounds' difference is said.
/// `across`: between editions of two series, said as a difference (「2日多い」).
pub fn change(change: Change, unit: &str, lang: Lang, across: bool) -> String {
    let Change {
        absolute,
        percent,
        precision,
    } = change;
    let words = &lang.words().numbers;
    // Between two series, a difference: the same forms, said without a rise or a fall.
    let (signed_change, unknown_change, bounded_change) = if across {
        let n = words;
        (n.difference, n.unknown_difference, n.bounded_difference)
    } else {
        (
            words.signed_change,
            words.unknown_change,
            words.bounded_change,
        )
    };
    // A change of a percentage is in points: 0.75ポイント減.
    let unit = if unit == "%" { words.points } else { unit };
    let magnitude = number_in(absolute.abs(), lang);
    let percent_magnitude = percent.map(|p| number(p.round().abs()));
    // A compound counter right before 増 or 減 is hard to read (「約30か国・地域増」): the
    // figure beside the change already names it, so the change says the number alone.
    let short_unit = if unit.contains('・') { "" } else { unit };
    let percent = percent.map(|p| {
        let rounded = p.round();
        format!("{}{}%", sign(rounded), number(rounded.abs()))
    });
    let signed = signed_change(absolute, percent.as_deref(), short_unit);
    let rising = absolute > 0.0;
    match precision {
        Precision::Exact | Precision::About if absolute == 0.0 => match precision {
            Precision::About => words.about_same.into(),
            _ if across => words.same.into(),
            _ => lang.words().labels.unchanged.into(),
        },
        Precision::Exact => signed,
        Precision::About => (words.about)(&signed),
        Precision::Over | Precision::Under if absolute == 0.0 => {
            unknown_change(precision == Precision::Over)
        }
        // More than a rise of X is a rise of over X; more than a fall of X is a fall of
        // under X; and the reverse for less. Each is true whatever lies beyond the bound.
        Precision::Over | Precision::Under => {
            let over = (precision == Precision::Over) == rising;
            let p = percent_magnitude.as_deref();
            bounded_change(rising, over, &magnitude, unit, p)
        }
        Precision::BetweenLowerBounds | Precision::BetweenUpperBounds => {
            let lower = precision == Precision::BetweenLowerBounds;
            let signed = (absolute != 0.0).then_some(signed.as_str());
            (words.between_bounds)(lower, signed)
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
            change(ch(600.0, Some(60.0), Exact), "people", Lang::En, false),
            "+600 (+60%)"
        );
        assert_eq!(
            change(ch(-3.0, Some(-33.3), About), "days", Lang::En, false),
            "about -3 (-33%)"
        );
        assert_eq!(
            change(ch(600.0, Some(60.0), About), "人", Lang::Ja, false),
            "約600人増（+60%）"
        );
        assert_eq!(
            change(ch(1.0, Some(33.3), Exact), "日", Lang::Ja, false),
            "1日増（+33%）"
        );
        assert_eq!(
            change(ch(30.0, Some(30.0), About), "か国・地域", Lang::Ja, false),
            "約30増（+30%）"
        );
        assert_eq!(
            change(ch(-20_000.0, None, Exact), "件", Lang::Ja, false),
            "2万件減"
        );
        assert_eq!(
            change(ch(0.0, Some(0.0), Exact), "人", Lang::Ja, false),
            "変化なし"
        );
        assert_eq!(
            change(ch(0.0, Some(0.0), About), "人", Lang::En, false),
            "about the same"
        );
    }

    #[test]
    fn a_change_from_or_to_a_bound_is_worded_as_a_bound() {
        use Precision::*;
        // "over 2,000" → 6,279: the change is less than +4,279, whatever the first was.
        let from_over = ch(4279.0, Some(213.95), Under);
        assert_eq!(
            change(from_over, "people", Lang::En, false),
            "a rise of under 4,279 (under 214%)"
        );
        assert_eq!(
            change(from_over, "人", Lang::Ja, false),
            "増加は4,279人未満（214%未満）"
        );
        // 1,000 → "over 1,600": more than +600.
        let to_over = ch(600.0, Some(60.0), Over);
        assert_eq!(
            change(to_over, "people", Lang::En, false),
            "a rise of over 600 (over 60%)"
        );
        assert_eq!(
            change(to_over, "人", Lang::Ja, false),
            "600人超の増加（60%超）"
        );
        // 1,500 → "under 1,200": a fall of more than 300.
        let to_under = ch(-300.0, Some(-20.0), Under);
        assert_eq!(
            change(to_under, "人", Lang::Ja, false),
            "300人超の減少（20%超）"
        );
        assert_eq!(
            change(ch(-300.0, None, Over), "people", Lang::En, false),
            "a fall of under 300"
        );
        for lang in [Lang::En, Lang::Ja] {
            for precision in [Over, Under] {
                let said = change(ch(600.0, Some(60.0), precision), "人", lang, false);
                assert!(!said.contains("about") && !said.starts_with('約'), "{said}");
            }
        }
    }

    #[test]
    fn two_bounds_of_one_kind_give_only_their_difference() {
        use Precision::*;
        let both_over = ch(1100.0, Some(220.0), BetweenLowerBounds);
        assert_eq!(
            change(both_over, "people", Lang::En, false),
            "+1,100 (+220%) between the lower bounds"
        );
        assert_eq!(
            change(both_over, "人", Lang::Ja, false),
            "下限どうしで1,100人増（+220%）"
        );
        assert_eq!(
            change(
                ch(0.0, Some(0.0), BetweenLowerBounds),
                "人",
                Lang::Ja,
                false
            ),
            "下限は同じ"
        );
    }

    /// Istanbul beside Wuzhen is another conference, not Wuzhen a year on: what lies
    /// between is said as a difference, never as a rise or a fall.
    #[test]
    fn between_two_series_a_difference_not_a_change() {
        use Precision::*;
        let days = ch(2.0, Some(66.7), Exact);
        assert_eq!(change(days, "日", Lang::Ja, true), "2日多い（+67%）");
        assert_eq!(change(days, "days", Lang::En, true), "+2 (+67%)");
        let fewer = ch(-300.0, None, Exact);
        assert_eq!(change(fewer, "人", Lang::Ja, true), "300人少ない");
        let to_over = ch(600.0, Some(60.0), Over);
        assert_eq!(
            change(to_over, "人", Lang::Ja, true),
            "600人超多い（60%超）"
        );
        assert_eq!(
            change(to_over, "people", Lang::En, true),
            "over 600 higher (over 60%)"
        );
        let from_over = ch(4279.0, Some(213.95), Under);
        assert_eq!(
            change(from_over, "人", Lang::Ja, true),
            "多いが、差は4,279人未満（214%未満）"
        );
        assert_eq!(
            change(from_over, "people", Lang::En, true),
            "under 4,279 higher (under 214%)"
        );
        assert_eq!(
            change(ch(0.0, None, Over), "人", Lang::Ja, true),
            "多い（差は不明）"
        );
        assert_eq!(
            change(ch(0.0, Some(0.0), Exact), "人", Lang::Ja, true),
            "同じ"
        );
        let both_over = ch(7479.0, Some(415.5), BetweenLowerBounds);
        assert_eq!(
            change(both_over, "人", Lang::Ja, true),
            "下限どうしで7,479人多い（+416%）"
        );
        for lang in [Lang::Ja, Lang::En] {
            for precision in [Exact, About, Over, Under, BetweenLowerBounds] {
                for absolute in [-300.0, 0.0, 600.0] {
                    let said = change(ch(absolute, Some(10.0), precision), "人", lang, true);
                    for word in ["増", "減", "rise", "fall", "change"] {
                        assert!(!said.contains(word), "{said}");
                    }
                }
            }
        }
    }
}
