//! The series view (key 0): every edition of the series shown, laid out by `series::lines`
//! across both panes; with `o`, another series beside it (`series::pair::lines`). It keeps
//! its own place; each model is read by the shell (off the input thread) the first time it
//! is wanted, and again after the content changes.

use std::cell::RefCell;
use std::rc::Rc;

use ratatui::layout::Rect;

use super::{Action, App, Effect, Effects, Mode, Place};
use crate::i18n::Lang;
use crate::present::SeriesModels;
use crate::rows::Tone;
use crate::series::{Compared, SeriesLine, SeriesModel, SeriesRead, Target, lines};
use crate::text::{Profile, wrap};
use crate::tui::screen::{Tab, detail_box, inside};

/// The series view's state.
#[derive(Debug, Default)]
pub struct SeriesPane {
    pub open: bool,
    /// `selected` counts the lines a key acts on (chart rows, people, organizations).
    pub place: Place,
    /// The models read: of the series shown, of the one beside it, and of the right
    /// edition's where it is another series (the series slide sets both side by side).
    pub models: Vec<Loaded>,
    /// The series set beside the one shown (`o`).
    pub beside: Option<String>,
    /// Editions read so far, of how many, while the model is being read.
    pub reading: Option<(usize, usize)>,
    laid: RefCell<Option<(LinesKey, Rc<Laid>)>>,
}

/// The series laid out, and the lines a key acts on (chart rows, people, organizations)
/// with their targets: found once per layout, not on every key and frame.
#[derive(Debug, Default)]
pub struct Laid {
    pub lines: Vec<SeriesLine>,
    pub targets: Vec<(usize, Target)>,
}

/// A model read for one series and one load of the content.
#[derive(Debug)]
pub struct Loaded {
    pub series: String,
    pub generation: u64,
    pub model: Rc<SeriesModel>,
    /// Editions that did not read, left out of the model.
    pub left_out: usize,
}

/// What the laid-out lines depend on.
#[derive(Clone, Debug, PartialEq)]
struct LinesKey {
    series: String,
    beside: Option<String>,
    generation: u64,
    width: usize,
    lang: Lang,
    profile: Profile,
    compared: Compared,
}

impl App {
    /// The tab on screen.
    pub fn tab(&self) -> Tab {
        if self.series.open {
            Tab::Series
        } else {
            Tab::Section(self.section)
        }
    }

    /// The series of the left edition: the one the series view shows.
    pub fn series_id(&self) -> Option<String> {
        self.library
            .index
            .get(self.left)
            .map(|e| e.id.series.clone())
    }

    /// The series of the right edition, where it is not the left's: a comparison across
    /// two series.
    pub fn right_series_id(&self) -> Option<String> {
        let right = self.library.index.get(self.right)?.id.series.clone();
        (self.series_id().as_ref() != Some(&right)).then_some(right)
    }

    /// The model of `series` read for the content on screen, if it has been.
    fn loaded(&self, series: &str) -> Option<&Loaded> {
        (self.series.models.iter()).find(|m| m.series == series && m.generation == self.generation)
    }

    /// The model, when it is the one of the series shown and of the content on screen.
    pub fn series_model(&self) -> Option<&Rc<SeriesModel>> {
        self.loaded(&self.series_id()?).map(|m| &m.model)
    }

    /// The model of the series shown as read, with how many editions were left out.
    pub fn series_loaded(&self) -> Option<&Loaded> {
        self.loaded(&self.series_id()?)
    }

    /// The model of the series set beside the one shown, when it is read for the content
    /// on screen.
    pub fn beside_model(&self) -> Option<&Rc<SeriesModel>> {
        let id = self.series.beside.as_ref()?;
        // Once the editions compared are of that series, it is the one shown.
        if self.series_id().as_ref() == Some(id) {
            return None;
        }
        self.loaded(id).map(|m| &m.model)
    }

    /// The model of the right edition's series, where the comparison is across two.
    pub fn right_model(&self) -> Option<&Rc<SeriesModel>> {
        self.loaded(&self.right_series_id()?).map(|m| &m.model)
    }

    /// The models a series slide draws from: the left edition's series and, across two
    /// series, the right's.
    pub fn slide_models(&self) -> SeriesModels<'_> {
        SeriesModels {
            left: self.series_model().map(Rc::as_ref),
            right: self.right_model().map(Rc::as_ref),
        }
    }

    /// `o` in the series view: the next other series beside the one shown, then none again.
    fn next_beside(&mut self) -> Option<Effect> {
        let shown = self.series_id()?;
        let others: Vec<&str> = (self.library.index.series.iter())
            .map(|s| s.id.as_str())
            .filter(|id| *id != shown)
            .collect();
        let next = match &self.series.beside {
            None => others.first(),
            Some(now) => {
                let at = others.iter().position(|id| id == now);
                at.and_then(|at| others.get(at + 1))
            }
        };
        self.series.beside = next.map(|id| id.to_string());
        self.series.place = Place::default();
        self.want_series()
    }

    /// Opens the series view; asks the shell to read the series the first time.
    pub fn open_series(&mut self) -> Option<Effect> {
        self.series.open = true;
        self.want_series()
    }

    /// Asks for the model of the series shown if it is not there and not on its way, then
    /// for the one beside it.
    pub fn want_series(&mut self) -> Option<Effect> {
        if self.series.reading.is_some() {
            return None;
        }
        // The series shown, the one beside it, the right edition's (for a series slide
        // only: the view shows the left's): the first not read.
        let right = self
            .right_series_id()
            .filter(|_| self.deck_has_series_slide());
        let wanted = [self.series_id(), self.series.beside.clone(), right];
        let id = wanted
            .into_iter()
            .flatten()
            .find(|id| self.loaded(id).is_none())?;
        let total = self
            .library
            .index
            .series
            .iter()
            .find(|s| s.id == id)
            .map_or(0, |s| s.editions.len());
        self.series.reading = Some((0, total));
        Some(Effect::ReadSeries {
            series: id,
            generation: self.generation,
        })
    }

    /// How far the reading of the series has got.
    pub fn series_progress(&mut self, done: usize, total: usize) {
        if self.series.reading.is_some() {
            self.series.reading = Some((done, total));
        }
    }

    /// The series read by the shell; dropped if the content changed meanwhile (and asked
    /// again if the view is open).
    pub fn series_read(
        &mut self,
        series: String,
        generation: u64,
        read: Option<SeriesRead>,
    ) -> Effects {
        self.series.reading = None;
        if generation != self.generation {
            return self.want_series_where_shown().into_iter().collect();
        }
        if let Some(read) = read {
            // Models of an earlier load of the content, or of this series, give way.
            (self.series.models).retain(|m| m.generation == generation && m.series != series);
            self.series.models.push(Loaded {
                series,
                generation,
                model: Rc::new(read.model),
                left_out: read.left_out.len(),
            });
        }
        // The series beside or the right edition's, if wanted and not read yet.
        self.want_series_where_shown().into_iter().collect()
    }

    /// After the content or the editions changed, or a model came: the series view, if
    /// open, or a deck with a series slide asks for what it still lacks.
    pub fn want_series_where_shown(&mut self) -> Option<Effect> {
        if self.series.open || self.deck_has_series_slide() {
            self.want_series()
        } else {
            None
        }
    }

    /// Whether the slides are up with a series slide among them.
    fn deck_has_series_slide(&self) -> bool {
        (self.deck()).is_some_and(|d| {
            (d.pages.iter()).any(|p| matches!(p.slide, crate::present::Slide::Series(_)))
        })
    }

    /// The columns of the two editions compared.
    fn compared(&self, model: &SeriesModel) -> Compared {
        let column = |at: usize| {
            self.library
                .index
                .get(at)
                .and_then(|e| model.column_of(&e.id))
        };
        Compared {
            left: column(self.left),
            right: column(self.right),
        }
    }

    /// Where the series view is drawn, inside its border.
    pub fn series_area(&self) -> Rect {
        let body = self.screen().map_or(Rect::new(0, 2, 80, 20), |s| s.body());
        inside(body)
    }

    /// Lines of the series a screen shows (one line of the area is its status line).
    pub fn series_page(&self) -> usize {
        usize::from(self.series_area().height.saturating_sub(1)).max(1)
    }

    /// The series laid out at the view's width: once per width, language and pair, not
    /// once per frame.
    pub fn series_lines(&self) -> Rc<Laid> {
        let Some(model) = self.series_model() else {
            return Rc::new(Laid::default());
        };
        let beside = self.beside_model();
        let key = LinesKey {
            series: model.id.clone(),
            beside: beside.map(|m| m.id.clone()),
            generation: self.generation,
            width: usize::from(self.series_area().width),
            lang: self.lang,
            profile: self.profile,
            compared: self.compared(model),
        };
        if let Some((_, laid)) = self
            .series
            .laid
            .borrow()
            .as_ref()
            .filter(|(k, _)| *k == key)
        {
            return Rc::clone(laid);
        }
        let lines = match beside {
            Some(second) => {
                let pair = crate::series::pair::Pair {
                    first: model,
                    second,
                };
                crate::series::pair::lines(pair, key.width, self.lang, &self.profile)
            }
            None => lines(model, key.width, self.lang, &self.profile, key.compared),
        };
        let targets = lines
            .iter()
            .enumerate()
            .filter_map(|(n, line)| line.target.map(|t| (n, t)))
            .collect();
        let laid = Rc::new(Laid { lines, targets });
        *self.series.laid.borrow_mut() = Some((key, Rc::clone(&laid)));
        laid
    }

    /// The selected line's target and the line it is on.
    pub fn series_selected(&self) -> Option<(usize, Target)> {
        self.series_lines()
            .targets
            .get(self.series.place.selected)
            .copied()
    }

    /// Browsing the series view: what follows when the action was the view's to take,
    /// `None` when it was not.
    pub(super) fn update_series(&mut self, action: &Action) -> Option<Effects> {
        let laid = self.series_lines();
        let targets = &laid.targets;
        let lines = laid.lines.len();
        let page = self.series_page();
        let place = &mut self.series.place;
        let last_scroll = lines.saturating_sub(page);
        match action {
            Action::Down | Action::Up if !targets.is_empty() => {
                place.selected = if *action == Action::Down {
                    (place.selected + 1).min(targets.len() - 1)
                } else {
                    place.selected.saturating_sub(1)
                };
                let line = targets[place.selected].0;
                if line < place.scroll {
                    place.scroll = line;
                } else if line >= place.scroll + page {
                    place.scroll = line + 1 - page;
                }
            }
            Action::Down | Action::Up | Action::Scroll(_) => {
                let by = match action {
                    Action::Down => 1,
                    Action::Up => -1,
                    Action::Scroll(n) => *n as isize,
                    _ => 0,
                };
                self.series_scroll_by(by, targets);
            }
            Action::HalfPageDown => self.series_scroll_by((page / 2).max(1) as isize, targets),
            Action::HalfPageUp => self.series_scroll_by(-((page / 2).max(1) as isize), targets),
            Action::PageDown => self.series_scroll_by(page as isize, targets),
            Action::PageUp => self.series_scroll_by(-(page as isize), targets),
            Action::Top => self.series.place = Place::default(),
            Action::Bottom => {
                place.scroll = last_scroll;
                place.selected = targets.len().saturating_sub(1);
            }
            Action::Open => {
                if matches!(
                    self.series_selected(),
                    Some((_, Target::Person(_) | Target::Org(_)))
                ) {
                    self.mode = Mode::Appearances { scroll: 0 };
                }
            }
            Action::CompareLeft | Action::CompareRight => {
                return Some(self.compare_selected(action).into_iter().collect());
            }
            Action::OtherSeries => return Some(self.next_beside().into_iter().collect()),
            _ => return None,
        }
        Some(Effects::new())
    }

    /// Scrolls by lines; the selection follows onto the screen.
    fn series_scroll_by(&mut self, lines: isize, targets: &[(usize, Target)]) {
        let page = self.series_page();
        let last = self.series_lines().lines.len().saturating_sub(page);
        let place = &mut self.series.place;
        place.scroll = place.scroll.saturating_add_signed(lines).min(last);
        let visible = place.scroll..place.scroll + page;
        if targets
            .get(place.selected)
            .is_some_and(|(line, _)| !visible.contains(line))
            && let Some(k) = targets.iter().position(|(line, _)| visible.contains(line))
        {
            place.selected = k;
        }
    }

    /// `[` and `]` on a chart row: that edition on the left or the right.
    fn compare_selected(&self, action: &Action) -> Option<Effect> {
        let Some((_, Target::Edition(column))) = self.series_selected() else {
            return None;
        };
        let at = self
            .library
            .index
            .position(&self.series_model()?.columns[column].id)?;
        let (left, right) = if *action == Action::CompareLeft {
            (at, self.right)
        } else {
            (self.left, at)
        };
        ((left, right) != (self.left, self.right)).then_some(Effect::Show { left, right })
    }

    /// The popup for the selected person or organization: every edition they appear in,
    /// with role, organization and sources, wrapped at the popup's width.
    pub fn appearance_lines(&self) -> Vec<(String, Tone)> {
        let (Some(model), Some((_, target))) = (self.series_model(), self.series_selected()) else {
            return Vec::new();
        };
        let entry = match target {
            Target::Person(k) => model.people.get(k),
            Target::Org(k) => model.orgs.get(k),
            Target::Edition(_) => None,
        };
        let Some(entry) = entry else {
            return Vec::new();
        };
        let area = Rect::new(0, 0, self.size.0, self.size.1);
        let width = usize::from(inside(detail_box(area)).width).max(10);
        let tag = self.lang.tag();
        let words = &self.lang.words().series;
        let mut out = Vec::new();
        let mut push = |text: &str, tone: Tone, indent: usize| {
            if text.is_empty() {
                out.push((String::new(), tone));
                return;
            }
            for line in wrap(text, width.saturating_sub(indent).max(1), &self.profile) {
                out.push((format!("{}{line}", " ".repeat(indent)), tone));
            }
        };
        push(entry.name.get(tag), Tone::Strong, 0);
        let count = entry.appearances.len();
        let of = model.columns.len();
        push(&(words.listed_in)(count, of), Tone::Dim, 0);
        for appearance in &entry.appearances {
            let column = &model.columns[appearance.edition];
            push("", Tone::Plain, 0);
            // The label where it names the year already ("2022 烏鎮"), else the year first.
            let label = column.label.get(tag);
            let year = column.year.to_string();
            let heading = if label.contains(&year) {
                label.to_string()
            } else {
                format!("{year}  {label}")
            };
            push(&heading, Tone::Strong, 0);
            let role = appearance.role.as_ref().map(|r| r.get(tag));
            let org = appearance.org.as_ref().map(|o| o.name.get(tag));
            let said: Vec<&str> = [role, org].into_iter().flatten().collect();
            if !said.is_empty() {
                push(&said.join(words.list_sep), Tone::Plain, 2);
            }
            let sources: Vec<&str> = appearance
                .sources
                .iter()
                .map(|s| s.title.get(tag))
                .collect();
            if !sources.is_empty() {
                let (lead, sep) = (words.sources_lead, words.source_sep);
                push(&format!("{lead}{}", sources.join(sep)), Tone::Dim, 2);
            }
        }
        out
    }
}
