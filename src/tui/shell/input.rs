//! What wakes the app, and how the shell hands each to it: keys through the one dispatch,
//! the room's news, saves (a burst of them read once), and the work of the background.

use std::time::Duration;

use crossterm::event::Event;

use super::{Shell, reload, reload_talk};
use crate::present::room::News;
use crate::tui::app::{Action, App, Banner};

/// What wakes the loop: the reader, the room, a saved file, the work of the background, or
/// the terminal itself.
pub enum Input {
    Terminal(Event),
    ContentChanged,
    Checked(Banner),
    /// How far the check of the folder is: editions judged, of how many.
    Checking(usize, usize),
    /// How far the reading of a series is: editions read, of how many.
    SeriesProgress(usize, usize),
    /// A series read into its model, for the content of this generation.
    SeriesRead(String, u64, Box<Option<crate::series::SeriesRead>>),
    /// Another screen of the talk moved (to follow through the room, if still the newest),
    /// told how it cuts a slide, or told an earlier start of the talk.
    Room(News),
    /// The talk's deck file was saved.
    DeckChanged,
    /// Continued after a stop: the shell wrote over the screen meanwhile.
    Resumed,
    /// The terminal is gone (its input ended or failed): nobody is left to read the screen.
    Gone,
}

/// What the terminal is to do after an input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// Draw the next frame as usual.
    Go,
    /// Draw the whole screen anew: something else wrote on it.
    Anew,
    /// End quietly: the terminal is gone.
    Gone,
}

/// How long a burst of file events must be quiet before reloading: an editor's save is
/// several events (write, rename, chmod) within a few milliseconds.
const SETTLE: Duration = Duration::from_millis(120);

impl Shell {
    /// The next input: one held back first, else the next to come, waiting at most `tick`
    /// (`None` when the tick passed with nothing: a clock to draw).
    pub fn next(&mut self, tick: Option<Duration>) -> Option<Input> {
        if let Some(input) = self.held.pop_front() {
            return Some(input);
        }
        // The shell holds a sender itself: the channel never closes under it.
        match tick {
            Some(tick) => self.inputs.recv_timeout(tick).ok(),
            None => self.inputs.recv().ok(),
        }
    }

    /// Hands one input to the app, and does what that asks.
    pub fn handle(&mut self, app: &mut App, input: Input) -> Flow {
        match input {
            Input::Terminal(event) => self.event(app, &event),
            Input::Room(news) => self.heard(app, news),
            Input::DeckChanged => {
                // An editor's save is several events: let them settle.
                while let Ok(more) = self.inputs.recv_timeout(SETTLE) {
                    if !matches!(more, Input::DeckChanged) {
                        self.held.push_back(more);
                        break;
                    }
                }
                let effects = reload_talk(app);
                self.perform(app, effects);
            }
            Input::ContentChanged => self.content_changed(app),
            Input::Checked(banner) => app.checked(banner),
            Input::Checking(done, total) => app.checking = (done < total).then_some((done, total)),
            Input::SeriesProgress(done, total) => app.series_progress(done, total),
            Input::SeriesRead(series, generation, read) => {
                let effects = app.series_read(series, generation, *read);
                self.perform(app, effects);
            }
            Input::Resumed => return Flow::Anew,
            Input::Gone => return Flow::Gone,
        }
        Flow::Go
    }

    /// News from the room: a move to follow, if still the newest; the audience's page counts;
    /// an earlier start of the talk.
    fn heard(&mut self, app: &mut App, news: News) {
        let Some(room) = &self.around.room else {
            return;
        };
        let action = match news {
            News::Moved(heard) => match room.follow(heard) {
                Some(to) => Action::SlideFollow(to),
                None => return,
            },
            // A console that joins late says the audience's page at once.
            News::Pages => Action::SlidePagesElsewhere(room.pages_elsewhere()),
            News::Clock(since) => Action::SlideStartedAt(since),
        };
        let effects = app.update(action);
        self.perform(app, effects);
    }

    /// A save in the content folder: once the burst settles, the folder read again, then the
    /// keys typed meanwhile, replayed on the new content the way every key is done.
    fn content_changed(&mut self, app: &mut App) {
        // Only the burst's own changes are one: keys that came meanwhile are replayed after
        // the reload, everything else (a banner of what is not watched, a series read, the
        // terminal gone) is held for after it.
        let mut keys = Vec::new();
        while let Ok(more) = self.inputs.recv_timeout(SETTLE) {
            match more {
                Input::Terminal(event) => keys.push(event),
                Input::ContentChanged => {}
                other => self.held.push_back(other),
            }
        }
        if self.around.content.is_some() {
            let generation = app.generation;
            let effects = reload(app);
            if app.generation != generation {
                self.check(app);
            }
            // The series view, if open, asked for the new content's series.
            self.perform(app, effects);
        }
        for event in keys {
            self.event(app, &event);
        }
    }
}
