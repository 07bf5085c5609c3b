//! The edition picker: the left edition first, then the right; choosing asks the shell to
//! read the pair (`Effect::Show`). Its lines are laid out here, grouped by series, each
//! edition with its dates, so that drawing only paints them.

use super::{Action, App, Effect, Effects, Mode};
use crate::content::Index;
use crate::i18n::Lang;
use crate::rows::wording::date_range;
use crate::text::{Profile, display_width, pad_to_width};

/// A line of the picker: a series' name above its editions, or an edition to choose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PickerLine {
    pub text: String,
    /// The edition's place in `index.editions()`; `None` for a series' name.
    pub edition: Option<usize>,
}

/// The picker's lines: each series' name, then its editions offered (`choices`), each as
/// its stem, its label and its dates in columns that line up across every series.
pub fn picker_lines(
    index: &Index,
    choices: &[usize],
    lang: Lang,
    profile: &Profile,
) -> Vec<PickerLine> {
    let tag = lang.tag();
    let all: Vec<_> = index.editions().collect();
    let widest = |f: &dyn Fn(usize) -> usize| choices.iter().map(|&c| f(c)).max().unwrap_or(0);
    let stem_width = widest(&|c| display_width(&all[c].1.id.stem, profile));
    let label_width = widest(&|c| display_width(all[c].1.label_or_name().get(tag), profile));
    let mut lines = Vec::new();
    let mut last_series = None;
    for &c in choices {
        let (series, edition) = all[c];
        if last_series != Some(&series.id) {
            last_series = Some(&series.id);
            lines.push(PickerLine {
                text: series.name.get(tag).to_string(),
                edition: None,
            });
        }
        let text = format!(
            "  {}  {}  {}",
            pad_to_width(&edition.id.stem, stem_width, profile),
            pad_to_width(edition.label_or_name().get(tag), label_width, profile),
            date_range(edition.start, edition.end, lang)
        );
        lines.push(PickerLine {
            text,
            edition: Some(c),
        });
    }
    lines
}

/// The edition offered of the same year as `at` in the next series that has one (the
/// series after it, wrapping round), for "the same year in the other series".
pub fn same_year_elsewhere(index: &Index, choices: &[usize], at: usize) -> Option<usize> {
    let all: Vec<_> = index.editions().collect();
    let (series, edition) = all.get(at)?;
    let year = edition.start.year;
    let order: Vec<&str> = index.series.iter().map(|s| s.id.as_str()).collect();
    let here = order.iter().position(|id| *id == series.id)?;
    (1..order.len())
        .map(|step| order[(here + step) % order.len()])
        .find_map(|other| {
            choices.iter().copied().find(|&c| {
                let (s, e) = all[c];
                s.id == other && e.start.year == year
            })
        })
}

impl App {
    /// The editions the picker offers: all of them for the left, all but the left one for
    /// the right (an edition against itself shows everything twice).
    pub fn picker_choices(&self, choosing_right: bool, left: usize) -> Vec<usize> {
        (0..self.edition_count())
            .filter(|&i| !choosing_right || i != left)
            .collect()
    }

    pub(super) fn update_picker(
        &mut self,
        action: Action,
        choosing_right: bool,
        cursor: usize,
        left: usize,
    ) -> Effects {
        let choices = self.picker_choices(choosing_right, left);
        let at = choices.iter().position(|&c| c == cursor).unwrap_or(0);
        let picked = |k: usize| choices.get(k).copied().unwrap_or(cursor);
        let cursor = match action {
            Action::Close | Action::Leave => {
                self.mode = Mode::Browse;
                return Effects::new();
            }
            Action::Down => picked((at + 1).min(choices.len().saturating_sub(1))),
            Action::Up => picked(at.saturating_sub(1)),
            Action::Top => picked(0),
            Action::Bottom => picked(choices.len().saturating_sub(1)),
            Action::OtherSeries => {
                same_year_elsewhere(&self.library.index, &choices, cursor).unwrap_or(cursor)
            }
            Action::Open if !choosing_right => {
                let others = self.picker_choices(true, cursor);
                let right = if self.right != cursor {
                    self.right
                } else {
                    others.first().copied().unwrap_or(cursor)
                };
                self.mode = Mode::Picker {
                    choosing_right: true,
                    cursor: right,
                    left: cursor,
                };
                return Effects::new();
            }
            Action::Open => {
                self.mode = Mode::Browse;
                // Reading is the shell's to do; the app only asks.
                return vec![Effect::Show {
                    left,
                    right: cursor,
                }];
            }
            _ => cursor,
        };
        self.mode = Mode::Picker {
            choosing_right,
            cursor,
            left,
        };
        Effects::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{ContentLocation, Library};

    /// `north` (2014, 2016) and `south` (2014, 2015).
    fn index() -> Index {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pair");
        Library::open(&ContentLocation::Folder(folder)).index
    }

    #[test]
    fn editions_are_grouped_under_their_series_with_their_dates_in_columns() {
        let index = index();
        let lines = picker_lines(&index, &[0, 1, 2, 3], Lang::En, &Profile::default());
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "North Conference",
                "  2014  2014 North  1–2 May 2014 (2 days)",
                "  2016  2016 North  1–2 Jun 2016 (2 days)",
                "South Forum",
                "  2014  2014 South  1–4 Sep 2014 (4 days)",
                "  2015  2015 South  1–3 Sep 2015 (3 days)",
            ]
        );
        let editions: Vec<Option<usize>> = lines.iter().map(|l| l.edition).collect();
        assert_eq!(editions, [None, Some(0), Some(1), None, Some(2), Some(3)]);
    }

    #[test]
    fn a_series_whose_editions_are_not_offered_has_no_heading() {
        let index = index();
        let lines = picker_lines(&index, &[2, 3], Lang::Ja, &Profile::default());
        assert_eq!(lines[0].text, "南フォーラム");
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn the_same_year_is_found_in_the_other_series_and_back() {
        let index = index();
        let all = [0, 1, 2, 3];
        assert_eq!(
            same_year_elsewhere(&index, &all, 0),
            Some(2),
            "north 2014 → south 2014"
        );
        assert_eq!(same_year_elsewhere(&index, &all, 2), Some(0), "and back");
        assert_eq!(same_year_elsewhere(&index, &all, 1), None, "no south 2016");
        // Choosing the right edition, the left one is not offered.
        assert_eq!(same_year_elsewhere(&index, &[1, 2, 3], 2), None);
    }
}
