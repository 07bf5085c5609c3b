//! Slides from a comparison, for a seminar: a title, one slide per figure pair in large
//! numerals, the topic shift, who returned, the programme at a glance, outcomes, the
//! timeline, one slide per note topic, sources. Pure; drawing is in the explorer's code.

pub mod chart;
pub mod export;
pub mod font;
pub mod room;

use clap::ValueEnum;

use crate::compare::Comparison;
use crate::i18n::Lang;
use crate::rows::wording::{date_range, figure_value, number};
use crate::rows::{Cell, Item, Para, Row, Section, Tone, change_para, measures_differ, rows};
use crate::series::SeriesModel;

/// The kinds of slide, for `--only`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SlideKind {
    Title,
    Series,
    Figures,
    Topics,
    People,
    Program,
    Outcomes,
    Timeline,
    Notes,
    Sources,
}

/// One slide of the deck.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    Title,
    /// One figure across every edition of the series.
    Series,
    /// A figure pair, by its index in the comparison.
    Figure(usize),
    Topics,
    People,
    Program,
    Outcomes,
    Timeline,
    /// A note group, by its index in the comparison.
    Notes(usize),
    Sources,
}

impl Slide {
    pub fn kind(self) -> SlideKind {
        match self {
            Slide::Title => SlideKind::Title,
            Slide::Series => SlideKind::Series,
            Slide::Figure(_) => SlideKind::Figures,
            Slide::Topics => SlideKind::Topics,
            Slide::People => SlideKind::People,
            Slide::Program => SlideKind::Program,
            Slide::Outcomes => SlideKind::Outcomes,
            Slide::Timeline => SlideKind::Timeline,
            Slide::Notes(_) => SlideKind::Notes,
            Slide::Sources => SlideKind::Sources,
        }
    }
}

/// The deck, in order, keeping only the kinds asked for (all when `only` is empty).
pub fn deck(c: &Comparison, only: &[SlideKind]) -> Vec<Slide> {
    let mut slides = vec![Slide::Title, Slide::Series];
    slides.extend((0..c.figures.len()).map(Slide::Figure));
    slides.extend([
        Slide::Topics,
        Slide::People,
        Slide::Program,
        Slide::Outcomes,
        Slide::Timeline,
    ]);
    slides.extend((0..c.notes.len()).map(Slide::Notes));
    slides.push(Slide::Sources);
    slides.retain(|s| only.is_empty() || only.contains(&s.kind()));
    slides
}

/// A value in large numerals where it can be: the number alone, and how it is said.
#[derive(Clone, Debug, PartialEq)]
pub struct BigValue {
    pub number: String,
    pub words: String,
}

/// What a slide shows.
#[derive(Clone, Debug)]
pub enum Body<'a> {
    /// Both editions' names, dates, places and themes.
    Title {
        series: String,
        left: Cell,
        right: Cell,
    },
    /// One figure of each edition in large numerals, and the change.
    Figure {
        left: Option<BigValue>,
        right: Option<BigValue>,
        change: Option<Para>,
    },
    /// Rows in two columns, as the explorer shows them.
    Rows(Vec<Row<'a>>),
    /// A figure across the series, a bar an edition.
    Chart(chart::Chart),
    /// What is not there yet or at all (the series still being read).
    Message(String),
}

/// A slide's title and body in the reader's language; `series` is the model of the series
/// compared, once it has been read.
pub fn content<'a>(
    slide: Slide,
    c: &'a Comparison<'a>,
    series: Option<&SeriesModel>,
    lang: Lang,
) -> (String, Body<'a>) {
    let section = |section: Section| section.title(lang).to_string();
    match slide {
        Slide::Title => title_slide(c, lang),
        Slide::Series => series_slide(c, series, lang),
        Slide::Figure(i) => figure_slide(&c.figures[i], lang),
        Slide::Topics => (
            section(Section::Topics),
            Body::Rows(without_heading(rows(Section::Topics, c, lang))),
        ),
        Slide::People => people_slide(c, lang),
        Slide::Program => program_slide(c, lang),
        // Titles, dates and status only: the details are for the explorer.
        Slide::Outcomes => (
            section(Section::Outcomes),
            Body::Rows(brief(rows(Section::Outcomes, c, lang), 2)),
        ),
        Slide::Timeline => (
            section(Section::Timeline),
            Body::Rows(without_heading(rows(Section::Timeline, c, lang))),
        ),
        Slide::Notes(i) => notes_slide(i, c, lang),
        Slide::Sources => (
            section(Section::Sources),
            Body::Rows(brief(rows(Section::Sources, c, lang), 1)),
        ),
    }
}

fn series_slide<'a>(
    c: &Comparison,
    series: Option<&SeriesModel>,
    lang: Lang,
) -> (String, Body<'a>) {
    let ja = lang == Lang::Ja;
    let title = if ja { "推移" } else { "Over the years" };
    let Some(model) = series else {
        let reading = if ja {
            "全回を読み込み中…"
        } else {
            "Reading every edition…"
        };
        return (title.to_string(), Body::Message(reading.to_string()));
    };
    let compared = [&c.left.edition.id, &c.right.edition.id];
    match chart::series_chart(model, compared, lang) {
        Some((title, chart)) => (title, Body::Chart(chart)),
        None => {
            let none = if ja {
                "二つ以上の回に共通する数字はない。"
            } else {
                "No figure is given for more than one edition."
            };
            (title.to_string(), Body::Message(none.to_string()))
        }
    }
}

fn title_slide<'a>(c: &Comparison, lang: Lang) -> (String, Body<'a>) {
    let tag = lang.tag();
    let side = |e: &crate::content::Edition| -> Cell {
        let mut cell = vec![
            Para::new(e.name.get(tag), Tone::Strong),
            Para::new(date_range(e.start, e.end, lang), Tone::Plain),
            Para::new(e.place.get(tag), Tone::Plain),
        ];
        if let Some(theme) = &e.theme {
            cell.push(Para::new(theme.get(tag), Tone::Dim));
        }
        cell
    };
    let series = c.left.series.name.get(tag).to_string();
    let title = format!("{} / {}", c.labels().0.get(tag), c.labels().1.get(tag));
    let body = Body::Title {
        series,
        left: side(c.left.edition),
        right: side(c.right.edition),
    };
    (title, body)
}

fn figure_slide<'a>(pair: &crate::compare::FigurePair, lang: Lang) -> (String, Body<'a>) {
    let differ = measures_differ(pair, lang).is_some();
    // Both labels where the editions count under different ones.
    let label = match (pair.left, pair.right) {
        (Some(l), Some(r)) if differ => {
            format!("{} / {}", l.label.get(lang.tag()), r.label.get(lang.tag()))
        }
        _ => pair
            .left
            .or(pair.right)
            .map(|f| f.label.get(lang.tag()).to_string())
            .unwrap_or_default(),
    };
    let big = |f: Option<&crate::content::Figure>| {
        f.map(|f| BigValue {
            number: number(f.value),
            words: figure_value(f, lang),
        })
    };
    // Only a real change earns a place on a slide.
    let mut change = change_para(pair, lang).filter(|_| pair.change.is_some());
    if let Some(change) = change.as_mut().filter(|_| differ) {
        change.text.push_str(match lang {
            Lang::Ja => "（指標が異なる）",
            Lang::En => " (different measures)",
        });
    }
    let body = Body::Figure {
        left: big(pair.left),
        right: big(pair.right),
        change,
    };
    (label, body)
}

fn people_slide<'a>(c: &'a Comparison<'a>, lang: Lang) -> (String, Body<'a>) {
    let title = match lang {
        Lang::Ja => "両方に登場した人と組織",
        Lang::En => "Who and what returned",
    };
    let kept = keep_groups(rows(Section::People, c, lang), |item| match item {
        Item::Person(l, r) => l.is_some() && r.is_some(),
        Item::Org(l, r) => l.is_some() && r.is_some(),
        _ => false,
    });
    (title.to_string(), Body::Rows(kept))
}

fn program_slide<'a>(c: &'a Comparison<'a>, lang: Lang) -> (String, Body<'a>) {
    let ja = lang == Lang::Ja;
    let title = if ja {
        "プログラムの概観"
    } else {
        "The programme at a glance"
    };
    // The count of sessions: the rows by kind below say how complete each list is.
    let days = |e: &crate::content::Edition| -> Cell {
        let d = date_range(e.start, e.end, lang);
        let sessions = e.sessions.len();
        let count = if ja {
            format!("セッション {sessions}")
        } else {
            format!("{sessions} sessions")
        };
        vec![Para::new(d, Tone::Plain), Para::new(count, Tone::Strong)]
    };
    let mut body = vec![Row::Pair(days(c.left.edition), days(c.right.edition))];
    let program = rows(Section::Program, c, lang);
    if let Some(at) = program
        .iter()
        .rposition(|r| matches!(r, Row::Subheading(_)))
    {
        body.push(Row::Blank);
        body.extend(program.into_iter().skip(at));
    }
    (title.to_string(), Body::Rows(body))
}

/// The i-th group of notes: from its subheading to the next, titled by its topic.
fn notes_slide<'a>(i: usize, c: &'a Comparison<'a>, lang: Lang) -> (String, Body<'a>) {
    let all = rows(Section::Notes, c, lang);
    let starts: Vec<usize> = all
        .iter()
        .enumerate()
        .filter(|(_, r)| matches!(r, Row::Subheading(_)))
        .map(|(k, _)| k)
        .collect();
    let start = starts.get(i).copied().unwrap_or(all.len());
    let end = starts.get(i + 1).copied().unwrap_or(all.len());
    let mut group: Vec<Row> = all.into_iter().take(end).skip(start).collect();
    let title = match group.first() {
        Some(Row::Subheading(t)) => t.clone(),
        _ => Section::Notes.title(lang).to_string(),
    };
    if !group.is_empty() {
        group.remove(0);
    }
    (title, Body::Rows(group))
}

/// A section's rows with each entry cut to its first paragraphs.
fn brief(rows: Vec<Row>, paragraphs: usize) -> Vec<Row> {
    without_heading(rows)
        .into_iter()
        .map(|row| match row {
            Row::Item(l, r, item) => Row::Item(
                l.into_iter().take(paragraphs).collect(),
                r.into_iter().take(paragraphs).collect(),
                item,
            ),
            other => other,
        })
        .collect()
}

fn without_heading(mut rows: Vec<Row>) -> Vec<Row> {
    rows.retain(|r| !matches!(r, Row::Heading(_)));
    rows
}

/// Keeps the item rows `keep` accepts, the subheadings of groups that still have some, and
/// the rows that say how complete the lists are.
fn keep_groups<'a>(rows: Vec<Row<'a>>, keep: impl Fn(&Item) -> bool) -> Vec<Row<'a>> {
    let mut out: Vec<Row> = Vec::new();
    let mut pending: Option<Row> = None;
    for row in rows {
        match row {
            Row::Subheading(_) => pending = Some(row),
            Row::Pair(..) => out.push(row),
            Row::Item(_, _, ref item) if keep(item) => {
                if let Some(heading) = pending.take() {
                    out.push(heading);
                }
                out.push(row);
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{Side, compare};
    use crate::content::{ContentLocation, load};

    #[test]
    fn the_deck_in_order_and_by_kind() {
        let loaded = load(&ContentLocation::BuiltIn);
        let series = &loaded.content.series[0];
        let side = |e| Side { series, edition: e };
        let c = compare(
            side(&series.editions[0]),
            side(series.editions.last().unwrap()),
        );
        let all = deck(&c, &[]);
        assert_eq!(all[0], Slide::Title);
        assert_eq!(all[1], Slide::Series);
        assert_eq!(all[2], Slide::Figure(0));
        assert_eq!(all.last(), Some(&Slide::Sources));
        assert_eq!(all.len(), 2 + c.figures.len() + 5 + c.notes.len() + 1);
        let only = deck(&c, &[SlideKind::Figures, SlideKind::Topics]);
        assert!(
            only.iter()
                .all(|s| matches!(s, Slide::Figure(_) | Slide::Topics))
        );
        let (title, body) = content(Slide::Figure(0), &c, None, Lang::En);
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
        assert_eq!(change.unwrap().text, "about +600 (+60%)");
        let (_, Body::Rows(people)) = content(Slide::People, &c, None, Lang::En) else {
            panic!()
        };
        let items = people.iter().filter(|r| matches!(r, Row::Item(..))).count();
        assert_eq!(
            items,
            c.people.both.len() + c.orgs.both.len(),
            "who and what returned"
        );
        assert_eq!(items, 1 + 8, "Richard Liu and the eight organizations");
        let forums = c.figures.iter().position(|f| f.key == "forums").unwrap();
        let (title, body) = content(Slide::Figure(forums), &c, None, Lang::En);
        assert_eq!(
            title, "Forums / Sub-forums",
            "both labels where they differ"
        );
        let Body::Figure { change, .. } = body else {
            panic!()
        };
        assert_eq!(change.unwrap().text, "+11 (+85%) (different measures)");
        let coverage = people.iter().filter(|r| matches!(r, Row::Pair(..))).count();
        assert_eq!(coverage, 2, "how complete the people and orgs lists are");
    }
}
