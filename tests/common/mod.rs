//! Running the real `confer` binary the way a user does, with a clean environment.

#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs confer in `dir` with `args`, no colour, and no content or language from the caller's
/// environment.
pub fn confer_in(dir: &Path, args: &[&str]) -> Run {
    confer_env(dir, args, &[])
}

/// The confer binary to run in `dir` with `args`: no colour, and no content, language or
/// config file from the caller's environment. Tests that spawn it themselves (to bound its
/// time, or to choose its standard streams) start from this.
pub fn command(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_confer"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("CONFER_CONTENT")
        .env_remove("CONFER_LANG")
        // A developer's own config file must not change what the tests see.
        .env_remove("CONFER_CONFIG")
        .env("XDG_CONFIG_HOME", "/nonexistent/confer-test-config")
        .env("NO_COLOR", "1")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    command
}

/// As `confer_in`, with these environment variables set besides.
pub fn confer_env(dir: &Path, args: &[&str], vars: &[(&str, &str)]) -> Run {
    let output: Output = command(dir, args)
        .envs(vars.iter().copied())
        .output()
        .expect("the confer binary runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Runs confer from the repository root (so fixture paths read `tests/fixtures/…`).
pub fn confer(args: &[&str]) -> Run {
    confer_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

/// The explorer's screen as text, one line a row, each wide character once (not with the
/// cells it hides).
pub fn screen(app: &confer::tui::app::App) -> String {
    use unicode_width::UnicodeWidthStr;
    let (w, h) = app.size;
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|frame| confer::tui::draw(app, frame.buffer_mut()))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..h {
        let mut skip = 0;
        for x in 0..w {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = symbol.width().saturating_sub(1);
            out.push_str(symbol);
        }
        out.push('\n');
    }
    out
}

/// The explorer on the built-in content, the first edition against the latest, as `confer`
/// opens it.
pub fn builtin_app(
    size: (u16, u16),
    lang: confer::i18n::Lang,
    theme: confer::tui::theme::Theme,
) -> confer::tui::app::App {
    opened_app(
        &confer::content::ContentLocation::BuiltIn,
        size,
        lang,
        theme,
    )
}

/// The explorer on the built-in content comparing two editions named as on the command line
/// (`wic/2014`, `igf/2014`).
pub fn builtin_app_on(
    editions: [&str; 2],
    size: (u16, u16),
    lang: confer::i18n::Lang,
) -> confer::tui::app::App {
    let location = confer::content::ContentLocation::BuiltIn;
    let named = editions.map(String::from);
    opened_app_on(
        &location,
        &named,
        size,
        lang,
        confer::tui::theme::Theme::Mono,
    )
}

/// As the explorer opens `location`: the index of every edition, the first and last read
/// whole.
fn opened_app(
    location: &confer::content::ContentLocation,
    size: (u16, u16),
    lang: confer::i18n::Lang,
    theme: confer::tui::theme::Theme,
) -> confer::tui::app::App {
    // The pair `confer` compares with no edition named.
    opened_app_on(location, &[], size, lang, theme)
}

/// As the explorer opens `location` on the editions `named` (none: the first and last).
fn opened_app_on(
    location: &confer::content::ContentLocation,
    named: &[String],
    size: (u16, u16),
    lang: confer::i18n::Lang,
    theme: confer::tui::theme::Theme,
) -> confer::tui::app::App {
    let mut library = confer::content::Library::open(location);
    let (first, last) = confer::editions::indices(&library.index, named).unwrap();
    let shown = [first, last].map(|at| library.index.get(at).unwrap().id.clone());
    assert!(library.read(&shown).is_empty());
    confer::tui::app::App::new(
        library,
        first,
        last,
        lang,
        confer::text::Profile::default(),
        theme,
        size,
    )
}

/// One key, through the key map of the app's mode, as a reader presses it.
pub fn key(
    app: &mut confer::tui::app::App,
    code: crossterm::event::KeyCode,
    modifiers: crossterm::event::KeyModifiers,
) {
    use crossterm::event::{Event, KeyEvent};
    let event = Event::Key(KeyEvent::new(code, modifiers));
    // Through the shell, as the event loop does: what the app asked for is done (and waited
    // for) before the next key.
    let mut shell = confer::tui::shell::Shell::default();
    shell.event(app, &event);
    shell.settle(app);
}

/// Does what the app asked for through the shell, as the event loop does, and waits for it
/// (the series read on a thread of its own, for one).
pub fn perform(app: &mut confer::tui::app::App, asked: confer::tui::app::Effects) {
    let mut shell = confer::tui::shell::Shell::default();
    shell.perform(app, asked);
    shell.settle(app);
}

/// Reads the content folder again after a save, as the event loop does, and does what that
/// asks (the series again, when its view is open).
pub fn reload(app: &mut confer::tui::app::App) {
    let asked = confer::tui::shell::reload(app);
    perform(app, asked);
}

/// Presses keys the way a reader does: characters, and \n Enter, \x1b Esc, \t Tab,
/// \x08 Backspace.
pub fn press(app: &mut confer::tui::app::App, keys: &str) {
    use crossterm::event::{KeyCode, KeyModifiers};
    for c in keys.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\u{1b}' => KeyCode::Esc,
            '\t' => KeyCode::Tab,
            '\u{8}' => KeyCode::Backspace,
            c => KeyCode::Char(c),
        };
        key(app, code, KeyModifiers::NONE);
    }
}

/// The built-in content copied to `dir/wic`, to be edited as an author would.
pub fn copy_builtin(dir: &Path) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/wic");
    std::fs::create_dir_all(dir.join("wic")).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join("wic").join(path.file_name().unwrap())).unwrap();
    }
}

/// The explorer as it opens on a content folder: the index of every edition, the first
/// and last read whole; 120x40, English, no colour.
pub fn folder_app(dir: &Path) -> confer::tui::app::App {
    opened_app(
        &confer::content::ContentLocation::Folder(dir.into()),
        (120, 40),
        confer::i18n::Lang::En,
        confer::tui::theme::Theme::Mono,
    )
}

/// A text in Japanese and English, as a deck or content file would give it.
pub fn text(ja: &str, en: &str) -> confer::content::Text {
    confer::content::Text::written(&[("ja", ja), ("en", en)]).unwrap()
}

/// The built-in comparison the app shows by default (the series' first edition against its
/// last), for what a screen must say.
pub fn with_comparison<T>(check: impl FnOnce(&confer::compare::Comparison) -> T) -> T {
    use confer::compare::{Side, compare};
    use confer::content::{ContentLocation, load};
    let loaded = load(&ContentLocation::BuiltIn);
    let series = &loaded.content.series[0];
    let side = |e| Side { series, edition: e };
    check(&compare(
        side(&series.editions[0]),
        side(series.editions.last().unwrap()),
    ))
}

/// The drawn screen as cells, a wide character in its first cell and nothing in the next.
pub fn cells(a: &confer::tui::app::App) -> Vec<Vec<String>> {
    use unicode_width::UnicodeWidthStr;
    let (w, h) = a.size;
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|frame| confer::tui::draw(a, frame.buffer_mut()))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..h)
        .map(|y| {
            let mut row = Vec::new();
            let mut skip = 0;
            for x in 0..w {
                if skip > 0 {
                    skip -= 1;
                    row.push(String::new());
                    continue;
                }
                let symbol = buffer[(x, y)].symbol().to_string();
                skip = symbol.width().saturating_sub(1);
                row.push(symbol);
            }
            row
        })
        .collect()
}

/// A talk a presenter might write: the title, `own` slide of theirs, a figure, the series
/// chart, then lists, each shown slide with `notes`. The slides' many layouts in one deck.
pub fn talk_with(own: confer::talk::TalkSlide, notes: confer::content::Text) -> confer::talk::Talk {
    use confer::talk::{Show, Talk, TalkSlide, TalkSlideKind};
    let show = |show, key: Option<&str>| TalkSlide {
        kind: TalkSlideKind::Show {
            show,
            key: key.map(String::from),
        },
        notes: Some(notes.clone()),
    };
    Talk {
        path: "talk.toml".into(),
        title: Some(text("烏鎮の11年", "Eleven years of Wuzhen")),
        editions: Vec::new(),
        series: None,
        slides: vec![
            show(Show::Title, None),
            own,
            show(Show::Figure, Some("participants")),
            show(Show::Series, Some("participants")),
            show(Show::Figures, None),
            show(Show::Orgs, None),
            show(Show::Timeline, None),
        ],
    }
}

/// Every view and popup a reader can reach in the explorer: the sections 0-9, the detail of
/// each section's first entry, the help to its end, both pickers, the People filters, a
/// search, the series view and a person's appearances, and the slides with their help.
pub fn every_screen(a: &mut confer::tui::app::App) -> Vec<(String, String)> {
    let mut shown = Vec::new();
    for section in confer::rows::Section::ALL {
        a.update(confer::tui::app::Action::Section(section));
        shown.push((format!("{section:?}"), screen(a)));
        press(a, "\n");
        shown.push((format!("{section:?} detail"), screen(a)));
        press(a, "\u{1b}");
    }
    a.update(confer::tui::app::Action::Section(
        confer::rows::Section::People,
    ));
    for filter in ["f", "ff", "c", "cc", "m"] {
        press(a, filter);
        shown.push((format!("People filter {filter}"), screen(a)));
    }
    press(a, "/wuzhen");
    shown.push(("search typed".into(), screen(a)));
    press(a, "\n");
    shown.push(("search found".into(), screen(a)));
    press(a, "\u{1b}?");
    for page in 0..8 {
        shown.push((format!("help {page}"), screen(a)));
        press(a, "f");
    }
    press(a, "\u{1b}e");
    shown.push(("left picker".into(), screen(a)));
    press(a, "\n");
    shown.push(("right picker".into(), screen(a)));
    press(a, "\u{1b}\u{1b}0");
    shown.push(("series".into(), screen(a)));
    press(a, "jjjjj\n");
    shown.push(("appearances".into(), screen(a)));
    press(a, "\u{1b}1p");
    for page in 0..30 {
        shown.push((format!("slide {page}"), screen(a)));
        a.update(confer::tui::app::Action::SlideNext);
    }
    press(a, "?");
    shown.push(("slide help".into(), screen(a)));
    shown
}
