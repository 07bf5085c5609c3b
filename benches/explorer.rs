//! The explorer's hot paths: one frame of each section drawn into a TestBackend, and one
//! search keystroke over 100,000 people.

#[path = "support/generate.rs"]
mod generate;

use std::path::Path;

use confer::content::{ContentLocation, Library, load};
use confer::i18n::Lang;
use confer::rows::Section;
use confer::text::Profile;
use confer::tui::app::{Action, App};
use confer::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    // As the binary does, so that reading here costs what it costs there.
    confer::allocator::tune();
    divan::main();
}

/// The content as the explorer opens it: the index, and the editions at `shown` read whole.
fn opened(location: &ContentLocation, shown: [usize; 2]) -> Library {
    let mut library = Library::open(location);
    let ids = shown.map(|at| library.index.get(at).expect("an edition").id.clone());
    assert!(library.read(&ids).is_empty(), "the editions read");
    library
}

fn generated(dir: &Path) -> ContentLocation {
    ContentLocation::Folder(dir.into())
}

const SECTIONS: [Section; 9] = Section::ALL;

#[divan::bench(args = SECTIONS)]
fn frame_120x40(bencher: divan::Bencher, section: Section) {
    frame(bencher, section, (120, 40));
}

#[divan::bench(args = SECTIONS)]
fn frame_300x100(bencher: divan::Bencher, section: Section) {
    frame(bencher, section, (300, 100));
}

fn frame(bencher: divan::Bencher, section: Section, size: (u16, u16)) {
    let last = Library::open(&ContentLocation::BuiltIn).index.len() - 1;
    let mut app = App::new(
        opened(&ContentLocation::BuiltIn, [0, last]),
        0,
        last,
        Lang::En,
        Profile::default(),
        Theme::Dark,
        size,
    );
    app.update(Action::Section(section));
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).expect("a test backend");
    bencher.bench_local(|| {
        terminal
            .draw(|frame| confer::tui::draw(&app, frame.buffer_mut()))
            .expect("drawn");
    });
}

/// Typing one more character of a search in the People section of two editions with
/// 50,000 people each.
#[divan::bench(sample_count = 20)]
fn search_keystroke_100k_people(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    generate::generate(dir.path(), 1, 2, 50_000).expect("generated");
    bencher
        .with_inputs(|| {
            let mut app = searching_people(dir.path());
            for c in "person 4999".chars() {
                app.query.push(c);
            }
            // The folded entries are built once, at the first search; a keystroke reuses them.
            app.view();
            app
        })
        .bench_local_values(|mut app| {
            app.update(Action::SearchInput('9'));
            app
        });
}

/// The explorer on the generated set, in People, a search just started.
fn searching_people(dir: &Path) -> App {
    let mut app = App::new(
        opened(&generated(dir), [0, 1]),
        0,
        1,
        Lang::En,
        Profile::default(),
        Theme::Dark,
        (120, 40),
    );
    app.update(Action::Section(Section::People));
    app.update(Action::StartSearch);
    app
}

/// The first search over 100,000 people: every section's entries folded (the Han forms
/// joined) once, before any keystroke can reuse them.
#[divan::bench(sample_count = 10)]
fn first_search_100k_people(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    generate::generate(dir.path(), 1, 2, 50_000).expect("generated");
    bencher
        .with_inputs(|| searching_people(dir.path()))
        .bench_local_values(|mut app| {
            app.update(Action::SearchInput('p'));
            app
        });
}

/// The large archive: 50 editions with 2,000 people each (21 MB), made once for the
/// benches below.
fn archive() -> &'static Path {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        generate::generate(dir.path(), 1, 50, 2000).expect("generated");
        dir
    })
    .path()
}

/// Opening the archive: its series file, and every edition's `[edition]` table.
#[divan::bench(sample_count = 20)]
fn archive_index(bencher: divan::Bencher) {
    let location = generated(archive());
    bencher.bench(|| Library::open(&location).index.len());
}

/// What the explorer, `print` and `present` read of the archive: the index and the first
/// and last editions whole.
#[divan::bench(sample_count = 20)]
fn archive_open_and_read_two(bencher: divan::Bencher) {
    let location = generated(archive());
    bencher.bench(|| opened(&location, [0, 49]).stats.entries);
}

/// `confer check` of the archive, on the machine's cores.
#[divan::bench(sample_count = 10)]
fn archive_check(bencher: divan::Bencher) {
    let location = generated(archive());
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    bencher.bench(|| confer::content::check(&location, threads).stats.entries);
}

/// Everything read whole, one file after another (what every command did before the
/// index).
#[divan::bench(sample_count = 10)]
fn archive_load_all(bencher: divan::Bencher) {
    let location = generated(archive());
    bencher.bench(|| load(&location).stats.entries);
}

/// Folding Japanese text for search, its Chinese characters joined to their simplified
/// forms: 10,000 characters (the tables are loaded before the first sample).
#[divan::bench]
fn fold_10k_japanese_characters(bencher: divan::Bencher) {
    let text = "烏鎮で開かれた会議には内外の企業の大物が多数参加した".repeat(400);
    confer::tui::search::fold("孫");
    bencher.bench(|| confer::tui::search::fold(divan::black_box(&text)).len());
}

/// The series model of the archive's 50 editions and 100,000 people, from editions already
/// read (the model is built once per load of the content).
#[divan::bench(sample_count = 20)]
fn series_model_50_editions_100k_people(bencher: divan::Bencher) {
    let loaded = load(&generated(archive()));
    let series = &loaded.content.series[0];
    bencher.bench(|| confer::series::build(series).people.len());
}

/// One frame of the series view of the archive at 120x40, its model read and laid out (as
/// every frame after the first).
#[divan::bench(sample_count = 50)]
fn series_frame_120x40(bencher: divan::Bencher) {
    let mut app = App::new(
        opened(&generated(archive()), [0, 49]),
        0,
        49,
        Lang::En,
        Profile::default(),
        Theme::Dark,
        (120, 40),
    );
    let asked = app.update(Action::Series);
    let mut shell = confer::tui::shell::Shell::default();
    shell.perform(&mut app, asked);
    shell.settle(&mut app);
    assert!(app.series_model().is_some(), "the series read");
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test backend");
    terminal
        .draw(|frame| confer::tui::draw(&app, frame.buffer_mut()))
        .expect("drawn");
    bencher.bench_local(|| {
        terminal
            .draw(|frame| confer::tui::draw(&app, frame.buffer_mut()))
            .expect("drawn");
    });
}
