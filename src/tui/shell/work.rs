//! Work done off the input thread, so that the keys keep working and the last frame stays:
//! reading a series (an archive takes a while) and checking the whole content folder. Each
//! tells how far it is and what it found through the shell's channel.

use std::sync::mpsc::Sender;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::Input;
use crate::content::{Checked, ContentLocation, Library, Severity};
use crate::tui::app::{App, Banner, BannerKind, Detail};

/// How often progress is told: each is a frame.
const PROGRESS_EVERY: Duration = Duration::from_millis(150);

/// A teller of progress that says the end and a few steps a second at most.
fn progress(
    send: Sender<Input>,
    input: fn(usize, usize) -> Input,
) -> impl FnMut(usize, usize) + Send {
    let mut told = Instant::now();
    move |done, total| {
        if done == total || told.elapsed() >= PROGRESS_EVERY {
            told = Instant::now();
            let _ = send.send(input(done, total));
        }
    }
}

/// Reads every edition of a series of the content at `location`, opened anew on a thread of
/// its own (the app's library stays on the app's).
pub(super) fn read_series(
    location: ContentLocation,
    series: String,
    generation: u64,
    send: Sender<Input>,
) -> JoinHandle<()> {
    std::thread::spawn(move || {
        let library = Library::open(&location);
        let mut tell = progress(send.clone(), Input::SeriesProgress);
        let read = crate::series::read(&library, &series, &mut tell);
        let _ = send.send(Input::SeriesRead(series, generation, Box::new(read)));
    })
}

/// Checks the whole content folder on a thread of its own, at low cost to the screen: only
/// the editions shown were read, and a problem in another one should not wait until it is
/// picked to be seen. The built-in content was checked when it was built.
pub(super) fn check(app: &App, send: Sender<Input>) -> Option<JoinHandle<()>> {
    let location @ ContentLocation::Folder(_) = app.library.location().cloned()? else {
        return None;
    };
    // What the explorer read of the editions it shows is taken, not read again beside them.
    let known = app.library.judged();
    Some(std::thread::spawn(move || {
        let tell = progress(send.clone(), Input::Checking);
        let checked = crate::content::check_knowing(&location, 1, &known, tell);
        if let Some(banner) = problems_banner(&checked) {
            let _ = send.send(Input::Checked(banner));
        }
    }))
}

/// The first error of a check, and how many there are.
fn problems_banner(checked: &Checked) -> Option<Banner> {
    let errors: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    let first = errors.first()?;
    Some(Banner {
        kind: BannerKind::Problems {
            count: errors.len(),
        },
        detail: Detail::of(first, &checked.sources),
    })
}
