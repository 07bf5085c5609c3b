//! The explorer's reading, done by the shell for the app, which only asks: the editions
//! chosen, the folder again after a save, the talk's deck again after a save. Each hands
//! the app what was read and returns what the app asks next.

use crate::tui::app::{App, BannerKind, Detail, Effects, said};

/// Reads two editions (positions in the index) and shows them, or says why not.
pub fn show(app: &mut App, left: usize, right: usize) -> Effects {
    let ids = app.ids_at(left, right);
    let errors = app.library.read(&ids);
    app.shown(left, right, &errors)
}

/// Reads the folder again after a save: new content on screen if it reads, else the last
/// good content and a banner naming the first error's file, line and column. Only what
/// changed is read again.
pub fn reload(app: &mut App) -> Effects {
    let shown = app.ids_at(app.left, app.right);
    let (mut new, errors) = app.library.reopen(&shown);
    // Nothing changed (the look taken when the watcher starts, or an editor that touched a
    // file without changing it): the screen, its place and the check stay as they are.
    if errors.is_empty() && new.same_files_as(&app.library) {
        return Effects::new();
    }
    let blocking = new.errors().first().map(|d| (*d).clone());
    if let Some(problem) = blocking.or_else(|| errors.first().cloned()) {
        app.not_reloaded(said(&problem, &new));
        return Effects::new();
    }
    if new.index.len() < 2 {
        app.not_reloaded(Detail::NeedsTwoEditions);
        return Effects::new();
    }
    let (left, right) = app.positions_in(&new);
    // An edition that takes the place of a removed one is read now.
    let ids: Vec<_> = [left, right]
        .into_iter()
        .filter_map(|at| new.index.get(at).map(|e| e.id.clone()))
        .filter(|id| !new.is_read(id))
        .collect();
    if let Some(problem) = new.read(&ids).first() {
        app.not_reloaded(said(problem, &new));
        return Effects::new();
    }
    app.reopened(new, (left, right))
}

/// Reads the talk's deck again after a save: the new deck on screen, on the slide the reader
/// was on, if it reads and names what the content has; else the last good deck and a banner
/// naming the first problem's file, line and column.
pub fn reload_talk(app: &mut App) -> Effects {
    let Some(path) = app
        .deck()
        .and_then(|d| d.talk.as_ref())
        .map(|t| t.path.clone())
    else {
        return Effects::new();
    };
    let file = crate::talk::read(&path, app.lang);
    let problem = file
        .diagnostics
        .iter()
        .find(|d| d.severity == crate::content::Severity::Error);
    if let Some(problem) = problem {
        app.not_reloaded(Detail::of(problem, &file.sources));
        return Effects::new();
    }
    let Some(talk) = file.talk else {
        return Effects::new();
    };
    // The editions on screen are those compared, whatever the deck now names.
    let shown: Vec<String> = app
        .ids_at(app.left, app.right)
        .iter()
        .map(|id| id.to_string())
        .collect();
    let unknown =
        crate::talk::check_references(&file.references, &mut app.library, &shown, app.lang);
    if let Some(problem) = unknown.first() {
        app.not_reloaded(Detail::of(problem, &file.sources));
        return Effects::new();
    }
    if app
        .banner
        .as_ref()
        .is_some_and(|b| b.kind == BannerKind::NotReloaded)
    {
        app.banner = None;
    }
    app.replace_talk(talk)
}
