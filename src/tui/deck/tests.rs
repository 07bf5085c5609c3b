//! The room's count of pages on one screen: stepping, following, jumping, resizing.

use super::*;
use crate::present::Slide;

/// A deck whose slides are cut into these many pages on this screen.
fn deck(parts: &[usize]) -> Deck {
    let pages = parts
        .iter()
        .enumerate()
        .flat_map(|(slide, &parts)| {
            (0..parts).map(move |part| Page {
                slide: Slide::Notes(slide),
                part,
                parts,
                talk_slide: None,
            })
        })
        .collect();
    Deck::new(pages, None, Vec::new(), true)
}

fn at(deck: &Deck) -> (usize, usize) {
    let place = deck.place();
    (place.index, place.part)
}

fn walk(deck: &mut Deck, presses: usize, step: fn(&mut Deck)) -> Vec<(usize, usize)> {
    (0..presses)
        .map(|_| {
            step(deck);
            at(deck)
        })
        .collect()
}

#[test]
fn a_screen_steps_through_the_pages_another_screen_cuts_a_slide_into() {
    // Slide 1 is one page here and three on the audience's screen.
    let mut screen = deck(&[1, 1, 2]);
    screen.elsewhere = vec![(1, 3)];
    let seen = walk(&mut screen, 5, Deck::next);
    assert_eq!(seen, [(1, 0), (1, 1), (1, 2), (2, 0), (2, 1)]);
    assert_eq!(screen.page().unwrap().slide, Slide::Notes(2));
    // Back into slide 1 at the audience's last page, not this screen's.
    let back = walk(&mut screen, 5, Deck::previous);
    assert_eq!(back, [(2, 0), (1, 2), (1, 1), (1, 0), (0, 0)]);
}

#[test]
fn the_console_steps_by_the_audiences_pages_even_where_it_cuts_more() {
    // The console cuts slide 1 into five pages, the audience into two: each press moves
    // the audience's page, and the console's preview shows about the same part.
    let mut console = deck(&[1, 5, 1]);
    console.console = true;
    console.elsewhere = vec![(1, 2)];
    let seen = walk(&mut console, 3, Deck::next);
    assert_eq!(seen, [(1, 0), (1, 1), (2, 0)]);
    console.previous();
    assert_eq!(at(&console), (1, 1));
    assert_eq!(console.at(), (2, 2, 2));
    assert_eq!(
        console.index(),
        1 + 2,
        "its own page 3 of 5 previews page 2 of 2"
    );
    // An audience's screen that cuts the slide into fewer than this one still steps
    // through every page of its own.
    let mut audience = deck(&[1, 5, 1]);
    audience.elsewhere = vec![(1, 2)];
    assert_eq!(walk(&mut audience, 6, Deck::next).len(), 6);
    assert_eq!(at(&audience), (2, 0));
}

#[test]
fn a_number_goes_to_that_slide_and_one_past_the_end_is_said() {
    let mut screen = deck(&[1, 3, 1]);
    screen.jump = "3".into();
    screen.jump();
    assert_eq!((at(&screen), screen.index()), ((2, 0), 4));
    screen.jump = "99".into();
    screen.jump();
    assert_eq!(at(&screen), (2, 0), "nothing moved");
    assert_eq!(
        screen.notice,
        Some(Notice::NoSuchSlide {
            typed: "99".into(),
            slides: 3
        })
    );
    screen.jump = "0".into();
    screen.jump();
    assert_eq!(at(&screen), (2, 0));
}

#[test]
fn following_a_page_this_screen_does_not_have_goes_on_from_it() {
    let mut small = deck(&[1, 1, 1]);
    small.elsewhere = vec![(1, 3)];
    small.go(Position {
        index: 1,
        part: 2,
        blank: false,
    });
    assert_eq!((small.index(), at(&small)), (1, (1, 2)));
    small.previous();
    assert_eq!(at(&small), (1, 1));
    small.next();
    small.next();
    assert_eq!(at(&small), (2, 0));
    // A stray page number costs nothing.
    small.go(Position {
        index: usize::MAX,
        part: usize::MAX,
        blank: false,
    });
    assert_eq!(small.index(), 2);
}

#[test]
fn a_resize_keeps_the_slide_and_about_the_same_page() {
    let mut screen = deck(&[1, 4, 1]);
    screen.next();
    screen.next();
    screen.next();
    assert_eq!(at(&screen), (1, 2));
    let larger = deck(&[1, 2, 1]).pages;
    screen.repage(larger);
    assert_eq!(at(&screen), (1, 1));
    assert_eq!(screen.index(), 2);
}
