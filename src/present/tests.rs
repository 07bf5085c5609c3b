//! The deck's slides and pages from the built-in comparison, without drawing.

use super::*;
use crate::compare::{Which, with_builtin};
use crate::rows::Row;
use crate::text::Profile;

#[test]
fn the_default_deck_in_order_and_by_kind() {
    with_builtin(|c| {
        let all: Vec<Slide> = default_slides(c, &[]).into_iter().map(|(s, _)| s).collect();
        assert_eq!(all[..3], [Slide::Title, Slide::Series(None), Slide::Glance]);
        assert_eq!(all.last(), Some(&Slide::Sources));
        let both = c
            .figures
            .iter()
            .filter(|f| f.left.is_some() && f.right.is_some())
            .count();
        let numerals = all.iter().filter(|s| matches!(s, Slide::Figure(_))).count();
        assert_eq!(
            numerals, both,
            "large numerals only where both give the figure"
        );
        let only = all
            .iter()
            .filter(|s| matches!(s, Slide::OnlyFigures(_)))
            .count();
        assert!(
            only <= 2,
            "one slide an edition for the figures only it gives"
        );
        let picked = default_slides(c, &[SlideKind::Figures, SlideKind::Topics]);
        assert!(picked.iter().all(|(s, _)| matches!(
            s,
            Slide::Glance | Slide::Figure(_) | Slide::OnlyFigures(_) | Slide::Topics
        )));
    });
}

#[test]
fn a_figure_slide_in_large_numerals() {
    with_builtin(|c| {
        let (title, body) = content(
            &Slide::Figure("participants".into()),
            c,
            SeriesModels::default(),
            None,
            Lang::En,
        );
        assert_eq!(title, "Participants");
        let Body::Figure {
            left,
            right,
            change,
        } = body
        else {
            panic!()
        };
        assert_eq!(left.unwrap().number, "1,000");
        assert_eq!(right.unwrap().words, "over 1,600 people");
        assert_eq!(change.unwrap().text, "a rise of over 600 (over 60%)");
        // 2014 counted every session but the ceremonies: no change across bases.
        let (title, body) = content(
            &Slide::Figure("forums".into()),
            c,
            SeriesModels::default(),
            None,
            Lang::En,
        );
        assert_eq!(title, "Sub-forums");
        let Body::Figure {
            left,
            right,
            change,
        } = body
        else {
            panic!()
        };
        assert_eq!(change.unwrap().text, "counted differently: no change shown");
        assert!(
            left.unwrap()
                .basis
                .unwrap()
                .starts_with("Counted: every session")
        );
        assert_eq!(right.unwrap().basis.unwrap(), "Counted: not stated");
    });
}

#[test]
fn who_and_what_returned() {
    with_builtin(|c| {
        let (_, Body::Paired(people)) = content(
            &Slide::People(Returned::PeopleAndOrgs),
            c,
            SeriesModels::default(),
            None,
            Lang::En,
        ) else {
            panic!()
        };
        let items = people.iter().filter(|r| matches!(r, Row::Item(..))).count();
        assert_eq!(items, c.people.both.len() + c.orgs.both.len());
        assert_eq!(items, 1 + 8, "Richard Liu and the eight organizations");
        let coverage = people.iter().filter(|r| matches!(r, Row::Pair(..))).count();
        assert_eq!(coverage, 2, "how complete the people and orgs lists are");
        let (_, Body::Paired(orgs)) = content(
            &Slide::People(Returned::Orgs),
            c,
            SeriesModels::default(),
            None,
            Lang::En,
        ) else {
            panic!()
        };
        let items = orgs.iter().filter(|r| matches!(r, Row::Item(..))).count();
        assert_eq!(items, 8, "organizations alone");
    });
}

#[test]
fn figures_one_edition_lacks_say_no_figure() {
    with_builtin(|c| {
        let Some(lacking) = c.figures.iter().find(|f| f.right.is_none()) else {
            return;
        };
        let (_, Body::Paired(rows)) = content(
            &Slide::OnlyFigures(Which::Left),
            c,
            SeriesModels::default(),
            None,
            Lang::Ja,
        ) else {
            panic!()
        };
        let label = lacking.left.unwrap().label.get("ja");
        let at = rows
            .iter()
            .position(|r| matches!(r, Row::Subheading(t) if t == label))
            .expect("titled with its label");
        let Some(Row::Item(l, r, _)) = rows.get(at + 1) else {
            panic!("its values under its title")
        };
        assert!(!l.is_empty() && r.iter().any(|p| p.text == "データなし"));
    });
}

#[test]
fn a_resize_keeps_the_reader_on_the_same_slide() {
    with_builtin(|c| {
        let p = Profile::default();
        let small = deck(c, &[], (60, 20), Lang::En, &p);
        let large = deck(c, &[], (120, 40), Lang::En, &p);
        assert!(small.len() > large.len(), "small screens need more pages");
        for (at, page) in small.iter().enumerate() {
            let there = &large[same_place(&small, at, &large)];
            assert_eq!(there.slide, page.slide);
            let back = &small[same_place(&large, same_place(&small, at, &large), &small)];
            assert_eq!(back.slide, page.slide);
        }
    });
}
