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
pub fn change(change: Change, unit: &str, lang: Lang) -> String {
    let Change {
        absolute,
        percent,
        precision,
    } = change;
    let words = &lang.words().numbers;
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
    let signed = (words.signed_change)(absolute, percent.as_deref(), short_unit);
    let rising = absolute > 0.0;
    match precision {
        Precision::Exact | Precision::About if absolute == 0.0 => match precision {
            Precision::About => words.about_same.into(),
            _ => lang.words().labels.unchanged.into(),
        },
        Precision::Exact => signed,
        Precision::About => (words.about)(&signed),
        Precision::Over | Precision::Under if absolute == 0.0 => {
            (words.unknown_change)(precision == Precision::Over)
        }
        // More than a rise of X is a rise of over X; more than a fall of X is a fall of
        // under X; and the reverse for less. Each is true whatever lies beyond the bound.
        Precision::Over | Precision::Under => {
            let over = (precision == Precision::Over) == rising;
            let p = percent_magnitude.as_deref();
            (words.bounded_change)(rising, over, &magnitude, unit, p)
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
