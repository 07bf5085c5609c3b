//! Watching for saves: the content folder (`--watch`) and a talk's deck file. Only the
//! folders confer reads are watched, one by one, never through a link, and anew when the
//! content folder is replaced.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use notify::{RecommendedWatcher, RecursiveMode, Watcher};

use super::app::{Banner, BannerKind, Detail, Unwatched, WhyUnwatched};

/// What the watch of the content folder tells the explorer.
#[derive(Debug)]
pub enum FolderNews {
    /// Something in the content may have changed: read it again.
    Changed,
    /// Folders whose saves are not seen: the banner saying which, and why.
    NotWatched(Banner),
}

/// The watch of a content folder, kept for as long as it should run.
pub struct FolderWatch {
    stop: mpsc::Sender<Message>,
}

impl Drop for FolderWatch {
    fn drop(&mut self) {
        let _ = self.stop.send(Message::Stop);
    }
}

enum Message {
    /// An event from the watcher of this generation.
    Event(u64, notify::Event),
    Stop,
}

/// A file's device and inode: which folder a path names at the moment.
type Identity = (u64, u64);

/// The folders to watch, as the content folder is now: the folder itself, and each real
/// (not linked) folder directly in it that is not hidden: the reader reads files two levels
/// down and no deeper, and never hidden ones (.git), so nothing else can change content.
/// Watching the whole tree instead (notify's recursive mode) followed links (a link to /usr
/// was 16,000 inotify watches) and gave up on the first folder it could not open.
#[derive(Debug, Default, PartialEq, Eq)]
struct Plan {
    root: Option<Identity>,
    folders: Vec<(PathBuf, Identity)>,
    /// Series folders that are links: read, but not followed out of the content folder.
    links: Vec<PathBuf>,
}

fn plan(root: &Path) -> Plan {
    use std::os::unix::fs::MetadataExt;
    let Ok(meta) = std::fs::metadata(root) else {
        return Plan::default();
    };
    let mut plan = Plan {
        root: Some((meta.dev(), meta.ino())),
        ..Plan::default()
    };
    let Ok(listing) = std::fs::read_dir(root) else {
        return plan;
    };
    for entry in listing.flatten() {
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            plan.folders.push((path, (meta.dev(), meta.ino())));
        } else if meta.is_symlink() && path.join("series.toml").is_file() {
            plan.links.push(path);
        }
    }
    plan.folders.sort();
    plan.links.sort();
    plan
}

/// Watches the content folder `root`, telling `tell` of every change. Never fails: what
/// cannot be watched is told as `NotWatched`, and the explorer goes on without it.
pub fn watch_folder(root: &Path, tell: impl Fn(FolderNews) + Send + 'static) -> FolderWatch {
    let (send, receive) = mpsc::channel();
    let root = std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf());
    let stop = send.clone();
    std::thread::spawn(move || follow(&root, &send, &receive, &tell));
    FolderWatch { stop }
}

/// The watch's own thread: it owns the watcher, so that it can watch anew on an event (the
/// watcher's callback runs on notify's thread, which a new watch from there would block).
fn follow(
    root: &Path,
    send: &mpsc::Sender<Message>,
    receive: &mpsc::Receiver<Message>,
    tell: &impl Fn(FolderNews),
) {
    let mut generation = 0;
    let (mut current, mut watcher, mut said) = attach_settled(root, &mut generation, send);
    if let Some(banner) = not_watched(&said) {
        tell(FolderNews::NotWatched(banner));
    }
    // A save made after the content was read and before the watch began would otherwise be
    // missed until the next one: look once (a reload reads again only the files that
    // changed). Told after the banner: the explorer, settling a burst of changes, drops
    // whatever else comes meanwhile.
    tell(FolderNews::Changed);
    while let Ok(Message::Event(from, event)) = receive.recv() {
        // Events of a watcher replaced are of folders no longer at the path (one moved
        // away, say): they do not count.
        if from != generation || !counts(root, &event) {
            continue;
        }
        if plan(root) != current {
            // The old watcher first: its watches end with it.
            drop(watcher);
            generation += 1;
            let skipped;
            (current, watcher, skipped) = attach_settled(root, &mut generation, send);
            if skipped != said {
                said = skipped;
                if let Some(banner) = not_watched(&said) {
                    tell(FolderNews::NotWatched(banner));
                }
            }
        }
        // After any new watch: what changed before it began is read by this reload.
        tell(FolderNews::Changed);
    }
}

/// Whether an event may change what is read: any but a read (confer's own reading makes
/// those) of the content folder or in it; in the folder above, others are about other names.
fn counts(root: &Path, event: &notify::Event) -> bool {
    !event.kind.is_access() && event.paths.iter().any(|p| p.starts_with(root))
}

/// A watcher of the folders as they are, with the plan it follows and what it could not
/// watch. The folders are looked at again once watched: one made between the look and the
/// watch of the folder holding it would make no event, so the watch is made again until
/// the look stays the same (a few tries: a folder changing without end is seen anyway by
/// the watches already there).
fn attach_settled(
    root: &Path,
    generation: &mut u64,
    send: &mpsc::Sender<Message>,
) -> (Plan, Option<RecommendedWatcher>, Vec<Unwatched>) {
    let mut planned = plan(root);
    for _ in 0..8 {
        let (watcher, skipped) = attach(root, &planned, *generation, send);
        let now = plan(root);
        if now == planned {
            return (planned, watcher, skipped);
        }
        drop(watcher);
        *generation += 1;
        planned = now;
    }
    let (watcher, skipped) = attach(root, &planned, *generation, send);
    (planned, watcher, skipped)
}

/// A watcher of the folders of `plan`, and what could not be watched (each said in a line).
fn attach(
    root: &Path,
    plan: &Plan,
    generation: u64,
    send: &mpsc::Sender<Message>,
) -> (Option<RecommendedWatcher>, Vec<Unwatched>) {
    let send = send.clone();
    let made = notify::recommended_watcher(move |result: notify::Result<notify::Event>| {
        if let Ok(event) = result {
            let _ = send.send(Message::Event(generation, event));
        }
    });
    let mut watcher = match made {
        Ok(watcher) => watcher,
        Err(e) => {
            let why = WhyUnwatched::System(e.to_string());
            return (None, vec![unwatched(root, why)]);
        }
    };
    let mut skipped = Vec::new();
    // The folder above, for the content folder made again or another moved into its place.
    // Events there about other names are dropped by `counts`; if it cannot be watched, a
    // replaced folder is still seen at the next event of the old one.
    if let Some(parent) = root.parent() {
        let _ = watcher.watch(parent, RecursiveMode::NonRecursive);
    }
    if plan.root.is_some() {
        let folders = std::iter::once(root).chain(plan.folders.iter().map(|(p, _)| p.as_path()));
        for folder in folders {
            if let Err(e) = watcher.watch(folder, RecursiveMode::NonRecursive) {
                skipped.push(unwatched(folder, reason(&e)));
            }
        }
    }
    for link in &plan.links {
        skipped.push(unwatched(link, WhyUnwatched::Link));
    }
    (Some(watcher), skipped)
}

fn unwatched(path: &Path, why: WhyUnwatched) -> Unwatched {
    Unwatched {
        path: path.display().to_string(),
        why,
    }
}

/// Why a folder could not be watched: the system's words, or the limit it reached.
fn reason(error: &notify::Error) -> WhyUnwatched {
    match &error.kind {
        notify::ErrorKind::Io(e) => WhyUnwatched::System(e.to_string()),
        notify::ErrorKind::MaxFilesWatch => WhyUnwatched::Limit,
        other => WhyUnwatched::System(format!("{other:?}")),
    }
}

fn not_watched(skipped: &[Unwatched]) -> Option<Banner> {
    Some(Banner {
        kind: BannerKind::NotWatched {
            count: skipped.len(),
        },
        detail: Detail::Unwatched(skipped.first()?.clone()),
    })
}

/// Watches the folder of the talk's deck, for saves of the deck itself (an editor saves by
/// writing a new file and renaming it over the old, so the file alone cannot be watched).
pub fn watch_deck_file(
    deck: &Path,
    tell: impl Fn() + Send + 'static,
) -> io::Result<RecommendedWatcher> {
    let name = deck.file_name().map(|n| n.to_os_string());
    let mut watcher = notify::recommended_watcher(move |result: notify::Result<notify::Event>| {
        if let Ok(event) = result
            && !event.kind.is_access()
            && event.paths.iter().any(|p| p.file_name() == name.as_deref())
        {
            tell();
        }
    })
    .map_err(io::Error::other)?;
    let folder = match deck.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    watcher
        .watch(folder, RecursiveMode::NonRecursive)
        .map_err(io::Error::other)?;
    Ok(watcher)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    /// Waits for the next news that is a change, or `None` after `within`.
    fn next_change(news: &mpsc::Receiver<FolderNews>, within: Duration) -> Option<()> {
        let until = std::time::Instant::now() + within;
        loop {
            let left = until.checked_duration_since(std::time::Instant::now())?;
            match news.recv_timeout(left).ok()? {
                FolderNews::Changed => return Some(()),
                FolderNews::NotWatched(_) => {}
            }
        }
    }

    #[test]
    fn saves_in_a_content_folder_moved_away_no_longer_count() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("content");
        std::fs::create_dir_all(root.join("series")).unwrap();
        let (send, news) = mpsc::channel();
        let _watch = watch_folder(&root, move |n| {
            let _ = send.send(n);
        });
        let long = Duration::from_secs(5);
        assert!(next_change(&news, long).is_some(), "the first look");
        let old = dir.path().join("old");
        std::fs::rename(&root, &old).unwrap();
        std::fs::create_dir_all(root.join("series")).unwrap();
        assert!(next_change(&news, long).is_some(), "the folder replaced");
        // The burst of the replacement told, nothing more comes from the old folder.
        while next_change(&news, Duration::from_millis(300)).is_some() {}
        std::fs::write(old.join("series/2030.toml"), "saved").unwrap();
        assert!(next_change(&news, Duration::from_millis(500)).is_none());
        // While a save in the new one does.
        std::fs::write(root.join("series/2030.toml"), "saved").unwrap();
        assert!(next_change(&news, long).is_some());
    }
}
