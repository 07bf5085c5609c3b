//! Only what is shown is read: the index lists every edition, the two shown are read whole,
//! a broken edition that is not shown stops nothing (it is reported), and `check`, which
//! reads everything in parallel and keeps little of it, says exactly what reading it all
//! one file after another says.

mod common;
#[path = "../benches/support/generate.rs"]
mod generate;

use std::path::Path;

use confer::content::{ContentLocation, EditionId, Library, Pace, check, load};
use confer::tui::app::{Action, Mode};

fn edit(dir: &Path, file: &str, change: impl FnOnce(String) -> String) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, change(text)).unwrap();
}

fn id(stem: &str) -> EditionId {
    EditionId {
        series: "wic".into(),
        stem: stem.into(),
    }
}

#[test]
fn the_picker_lists_editions_that_were_not_read_and_reads_the_one_chosen() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_builtin(dir.path());
    let mut app = common::folder_app(dir.path());
    assert_eq!(app.edition_count(), 12);
    assert!(app.library.is_read(&id("2014")) && app.library.is_read(&id("2025")));
    assert!(
        !app.library.is_read(&id("2019")),
        "only the two shown are read"
    );

    app.update(Action::OpenPicker);
    let picker = common::screen(&app);
    for year in 2014..=2025 {
        assert!(
            picker.contains(&format!("{year}  {year} Wuzhen")),
            "{year}:\n{picker}"
        );
    }
    // 2019 on the left, 2025 (already read) stays on the right.
    for _ in 0..5 {
        app.update(Action::Down);
    }
    app.update(Action::Open);
    let asked = app.update(Action::Open);
    assert!(matches!(app.mode, Mode::Browse));
    // The app asks; the shell reads (as the event loop does after every update).
    assert!(!app.library.is_read(&id("2019")));
    common::perform(&mut app, asked);
    assert!(app.library.is_read(&id("2019")));
    let (left, right) = app.sides();
    assert_eq!(
        (
            left.edition.id.stem.as_str(),
            right.edition.id.stem.as_str()
        ),
        ("2019", "2025")
    );
    assert!(common::screen(&app).contains("2019"));
}

/// 2016's `[edition]` table no longer reads (it is left out of the index); 2019 has an
/// unknown key far down (it indexes, and fails when it is read whole).
fn broken_copy(dir: &Path) {
    common::copy_builtin(dir);
    edit(dir, "wic/2016.toml", |t| {
        t.replacen("start = 2016-", "start = \"soon\"\nx = 2016-", 1)
    });
    edit(dir, "wic/2019.toml", |t| {
        format!("{t}\n[[people]]\nid = \"late\"\nnmae = \"x\"\n")
    });
}

#[test]
fn a_broken_edition_not_shown_stops_nothing_and_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    broken_copy(dir.path());
    let folder = dir.path().to_str().unwrap();

    let mut app = common::folder_app(dir.path());
    assert_eq!(app.edition_count(), 11, "2016 is left out of the picker");
    let screen = common::screen(&app);
    assert!(
        screen.contains("2014") && screen.contains("2025"),
        "{screen}"
    );
    app.banner = app.left_out_banner();
    let screen = common::screen(&app);
    assert!(
        screen.contains("an edition is left out") && screen.contains("2016.toml"),
        "{screen}"
    );

    // Choosing the edition that does not read leaves the pair, and says why.
    let at_2019 = app.library.index.position(&id("2019")).unwrap();
    let right = app.right;
    confer::tui::shell::show(&mut app, at_2019, right);
    assert_eq!(app.sides().0.edition.id, id("2014"));
    let screen = common::screen(&app);
    assert!(
        screen.contains("cannot open that edition") && screen.contains("2019.toml"),
        "{screen}"
    );

    // Choosing two that read clears that banner (the one about 2016 comes back).
    let at_2015 = app.library.index.position(&id("2015")).unwrap();
    let right = app.right;
    confer::tui::shell::show(&mut app, at_2015, right);
    assert_eq!(app.sides().0.edition.id, id("2015"));
    let screen = common::screen(&app);
    assert!(
        !screen.contains("cannot open") && screen.contains("an edition is left out"),
        "{screen}"
    );

    let print = common::confer(&["--content", folder, "print", "2014", "2025"]);
    assert_eq!(print.code, 0, "{}", print.stderr);
    assert!(print.stdout.contains("Overview"));
    assert!(
        print.stderr.contains("left out") && print.stderr.contains("2016.toml"),
        "{}",
        print.stderr
    );

    // Asked to show the edition that does not read: its errors, exit 1.
    let shown_broken = common::confer(&["--content", folder, "print", "2019", "2025"]);
    assert_eq!(shown_broken.code, 1);
    assert!(shown_broken.stdout.is_empty());
    assert!(
        shown_broken.stderr.contains("unknown key 'nmae'")
            && shown_broken.stderr.contains("2019.toml:"),
        "{}",
        shown_broken.stderr
    );

    // `list` would be silently short: it says why, pointing at the line as `check` does.
    let list = common::confer(&["--content", folder, "list"]);
    assert_eq!(list.code, 1);
    assert!(
        list.stderr.contains("2016.toml:11:1") && list.stderr.contains("x = 2016-"),
        "{}",
        list.stderr
    );

    // While the rest of the folder is checked, the header says how far it is.
    app.checking = Some((3, 12));
    assert!(
        common::screen(&app)
            .lines()
            .next()
            .unwrap()
            .contains("checking 3/12")
    );
    let mut told = Vec::new();
    confer::content::check_telling(&ContentLocation::Folder(dir.path().into()), 2, |d, t| {
        told.push((d, t))
    });
    assert_eq!(told.len(), 12, "once an edition: {told:?}");
    assert_eq!(told.last(), Some(&(12, 12)));

    let check = common::confer(&["check", folder]);
    assert_eq!(check.code, 1);
    assert!(
        check.stdout.contains("2016.toml:") && check.stdout.contains("2019.toml:"),
        "{}",
        check.stdout
    );
    assert!(
        check.stdout.contains("unknown key 'nmae'"),
        "{}",
        check.stdout
    );
}

/// What `confer check` prints, from the parallel check and from reading everything at once.
fn both_ways(location: &ContentLocation) -> (String, String) {
    let render = |diagnostics: &[confer::content::Diagnostic], sources, stats| {
        let mut out: String = diagnostics
            .iter()
            .map(|d| {
                d.render(
                    sources,
                    false,
                    &confer::content::diagnostic::Wording::ENGLISH,
                ) + "\n"
            })
            .collect();
        out.push_str(&format!("{stats:?}"));
        out
    };
    let checked = check(location, 2);
    let loaded = load(location);
    (
        render(&checked.diagnostics, &checked.sources, checked.stats),
        render(&loaded.diagnostics, &loaded.sources, loaded.stats),
    )
}

#[test]
fn check_says_what_reading_everything_at_once_says() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut folders = vec![ContentLocation::BuiltIn];
    for group in [fixtures.clone(), fixtures.join("bad")] {
        for entry in std::fs::read_dir(group).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() && path.file_name().unwrap() != "config" {
                folders.push(ContentLocation::Folder(path));
            }
        }
    }
    for location in &folders {
        let (parallel, at_once) = both_ways(location);
        assert_eq!(parallel, at_once, "{location:?}");
    }
}

#[test]
fn check_of_a_generated_archive_with_problems_is_the_same_both_ways() {
    let dir = tempfile::tempdir().unwrap();
    generate::generate(dir.path(), 2, 6, 40).unwrap();
    let series = dir.path().join("series-1");
    let change = |file: &str, from: &str, to: &str| {
        let path = series.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    // Across editions: a person named differently, a figure's unit changed.
    change("2002.toml", "en = \"Person 5\"", "en = \"Person Five\"");
    change(
        "2003.toml",
        "en = \"people\", ja = \"人\"",
        "en = \"visits\", ja = \"回\"",
    );
    // Within one: a syntax error, an unknown key, a dangling reference, bad UTF-8.
    change("2001.toml", "[[people]]", "[[people]");
    change("2004.toml", "[[notes]]\nid", "[[notes]]\nnmae = 1\nid");
    change("2005.toml", "org = \"org-3\"", "org = \"org-x\"");
    let mut bytes = std::fs::read(series.join("2000.toml")).unwrap();
    bytes.extend_from_slice(b"\n# \xff\n");
    std::fs::write(series.join("2000.toml"), bytes).unwrap();

    let location = ContentLocation::Folder(dir.path().into());
    let (parallel, at_once) = both_ways(&location);
    assert_eq!(parallel, at_once);
    for expected in [
        "named differently",
        "different unit",
        "TOML syntax",
        "unknown key 'nmae'",
        "unknown org 'org-x'",
        "not valid UTF-8",
    ] {
        assert!(parallel.contains(expected), "{expected}:\n{parallel}");
    }
}

/// What the explorer's check says, taking what the library judged of the editions it read
/// (read again after a save too), is what `check` says reading every file.
#[test]
fn the_check_beside_the_explorer_says_what_check_says_without_reading_the_shown_again() {
    let dir = tempfile::tempdir().unwrap();
    generate::generate(dir.path(), 1, 6, 40).unwrap();
    let series = dir.path().join("series-0");
    let change = |file: &str, from: &str, to: &str| {
        let path = series.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    // A problem inside an edition shown, and across editions both shown and not.
    change("2000.toml", "[[notes]]\nid", "[[notes]]\nnmae = 1\nid");
    change("2002.toml", "en = \"Person 5\"", "en = \"Person Five\"");
    let location = ContentLocation::Folder(dir.path().into());
    let render = |checked: &confer::content::Checked| {
        let mut out: String = checked
            .diagnostics
            .iter()
            .map(|d| {
                d.render(
                    &checked.sources,
                    false,
                    &confer::content::diagnostic::Wording::ENGLISH,
                ) + "\n"
            })
            .collect();
        out.push_str(&format!("{:?}", checked.stats));
        out
    };
    let everything = render(&check(&location, 1));
    for expected in ["named differently", "unknown key 'nmae'"] {
        assert!(everything.contains(expected), "{expected}: {everything}");
    }

    let mut library = Library::open(&location);
    let shown = [id_in("series-0", "2000"), id_in("series-0", "2005")];
    library.read(&shown);
    let known = library.judged();
    assert_eq!(known.len(), 2, "one judgement for each edition read");
    let knowing = confer::content::check_knowing(&location, 1, &known, |_, _| {});
    assert_eq!(render(&knowing), everything);

    // A file changed since it was read is read again, not taken as it was.
    change("2005.toml", "[[people]]", "[[people]");
    let changed = render(&check(&location, 1));
    assert!(changed.contains("TOML syntax"), "{changed}");
    let knowing = confer::content::check_knowing(&location, 1, &known, |_, _| {});
    assert_eq!(render(&knowing), changed);
}

/// The judgement is taken, not made again: a file that reads as it was listed when the
/// explorer read it (same length, same time) is not read by the check beside it.
#[test]
fn the_check_beside_the_explorer_takes_the_judgement_of_a_file_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    generate::generate(dir.path(), 1, 3, 10).unwrap();
    let location = ContentLocation::Folder(dir.path().into());
    let mut library = Library::open(&location);
    library.read(&[id_in("series-0", "2000")]);
    let known = library.judged();
    // The same bytes' length and time, but an unknown key in place of a known one: only a
    // check that reads the file again sees it.
    let path = dir.path().join("series-0/2000.toml");
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let at = text.find("\nyear").expect("an [edition] year key");
    let text = format!("{}\nyaer{}", &text[..at], &text[at + 5..]);
    std::fs::write(&path, &text).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    let read_again = check(&location, 1);
    assert!(
        read_again
            .diagnostics
            .iter()
            .any(|d| d.message.contains("yaer")),
        "a plain check reads the file"
    );
    let knowing = confer::content::check_knowing(&location, 1, &known, |_, _| {});
    assert!(
        !knowing
            .diagnostics
            .iter()
            .any(|d| d.message.contains("yaer")),
        "the check beside the explorer took what was judged of it"
    );
}

fn id_in(series: &str, stem: &str) -> EditionId {
    EditionId {
        series: series.into(),
        stem: stem.into(),
    }
}

/// `print` reads its two editions one after another (half the peak memory), the explorer
/// on two threads (sooner): the same editions and the same errors, in the same order.
#[test]
fn reading_one_at_a_time_gives_what_reading_on_two_threads_gives() {
    let dir = tempfile::tempdir().unwrap();
    // Large enough (about 50 kB an edition) to be read on two threads.
    generate::generate(dir.path(), 1, 4, 400).unwrap();
    let series = dir.path().join("series-0");
    let broken = series.join("2002.toml");
    let text = std::fs::read_to_string(&broken).unwrap();
    std::fs::write(
        &broken,
        text.replacen("[[notes]]\nid", "[[notes]]\nnmae = 1\nid", 1),
    )
    .unwrap();
    let location = ContentLocation::Folder(dir.path().into());
    let ids: Vec<EditionId> = ["2003", "2002", "2000"]
        .into_iter()
        .map(|stem| EditionId {
            series: "series-0".into(),
            stem: stem.into(),
        })
        .collect();
    let read = |pace| {
        let mut library = Library::open(&location);
        let errors: Vec<String> = library
            .read_at(&ids, pace)
            .iter()
            .map(|d| {
                d.render(
                    &library.sources,
                    false,
                    &confer::content::diagnostic::Wording::ENGLISH,
                )
            })
            .collect();
        let editions: Vec<_> = ids
            .iter()
            .map(|id| library.edition(id).map(|(_, e)| format!("{e:?}")))
            .collect();
        (errors, editions)
    };
    let (soonest, one_at_a_time) = (read(Pace::Soonest), read(Pace::OneAtATime));
    assert!(
        soonest.0.len() == 1 && soonest.0[0].contains("unknown key 'nmae'"),
        "{:?}",
        soonest.0
    );
    assert!(soonest.1[0].is_some() && soonest.1[1].is_none() && soonest.1[2].is_some());
    assert_eq!(soonest, one_at_a_time);
}

#[test]
fn a_reload_reads_again_only_the_edition_that_changed() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_builtin(dir.path());
    let mut library = Library::open(&ContentLocation::Folder(dir.path().into()));
    let shown = [id("2014"), id("2025")];
    assert!(library.read(&shown).is_empty());
    // Where each edition's people are in memory: the same place after a reload means the
    // edition was carried over, not read again.
    let people_at = |library: &Library, stem: &str| {
        library.edition(&id(stem)).unwrap().1.people.as_ptr() as usize
    };
    let (at_2014, at_2025) = (people_at(&library, "2014"), people_at(&library, "2025"));

    edit(dir.path(), "wic/2025.toml", |t| {
        format!("{t}\n# saved again\n")
    });
    let (mut reopened, errors) = library.reopen(&shown);
    assert!(errors.is_empty(), "{errors:?}");
    reopened.carry_over(library);
    assert!(reopened.is_read(&id("2014")) && reopened.is_read(&id("2025")));
    assert_eq!(people_at(&reopened, "2014"), at_2014, "2014 did not change");
    assert_ne!(people_at(&reopened, "2025"), at_2025, "2025 was read again");

    // A change to the series file reads every edition shown again: they refer into it.
    let library = reopened;
    let at_2014 = people_at(&library, "2014");
    edit(dir.path(), "wic/series.toml", |t| format!("{t}\n# saved\n"));
    let (mut reopened, errors) = library.reopen(&shown);
    assert!(errors.is_empty());
    reopened.carry_over(library);
    assert_ne!(people_at(&reopened, "2014"), at_2014);
}

#[test]
fn a_reload_indexes_again_only_the_files_that_changed() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_builtin(dir.path());
    let mut library = Library::open(&ContentLocation::Folder(dir.path().into()));
    let shown = [id("2014"), id("2025")];
    assert!(library.read(&shown).is_empty());
    let place = |library: &Library, stem: &str| {
        let at = library.index.position(&id(stem)).unwrap();
        library.index.get(at).unwrap().place.get("en").to_string()
    };

    // 2019 rewritten to the same length and given back its time: to a reload it has not
    // changed, and its entry is taken over without reading the file (the old words stay).
    let path = dir.path().join("wic/2019.toml");
    let time = std::fs::metadata(&path).unwrap().modified().unwrap();
    edit(dir.path(), "wic/2019.toml", |t| {
        t.replacen("en = \"Wuzhen, Zhejiang", "en = \"WUZHEN, Zhejiang", 1)
    });
    let file = std::fs::File::options().write(true).open(&path).unwrap();
    file.set_modified(time).unwrap();
    // 2020 changed: read again.
    edit(dir.path(), "wic/2020.toml", |t| {
        t.replacen("en = \"Wuzhen, Zhejiang", "en = \"Wuzhen town, Zhejiang", 1)
    });

    let (mut reopened, errors) = library.reopen(&shown);
    assert!(errors.is_empty(), "{errors:?}");
    reopened.carry_over(library);
    assert!(
        place(&reopened, "2019").starts_with("Wuzhen,"),
        "taken over unread"
    );
    assert!(
        place(&reopened, "2020").starts_with("Wuzhen town"),
        "read again"
    );
}
