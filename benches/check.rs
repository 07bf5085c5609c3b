//! `confer check` of a file with many errors, in process: read, judge, render the
//! diagnostics as `check` prints them. The time should follow the file, not the file times
//! the errors. And reading two large editions, the case of the memory measurements.

#[path = "support/errors.rs"]
mod errors;
#[path = "support/people.rs"]
mod people;

use confer::content::{ContentLocation, Library, Pace, check, diagnostic};

fn main() {
    // As the binary does, so that reading here costs what it costs there.
    confer::allocator::tune();
    divan::main();
}

/// A file of 20,000 people (about 2 MB) with `errors` of them wrong, checked and printed.
#[divan::bench(args = [0, 1_000, 8_000], sample_count = 10)]
fn check_2mb_file_with_n_errors(bencher: divan::Bencher, errors: usize) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    errors::edition_with_errors(dir.path(), 20_000, errors, 0).expect("generated");
    let location = ContentLocation::Folder(dir.path().into());
    bencher.bench(|| {
        let checked = check(&location, 2);
        assert_eq!(checked.count(confer::content::Severity::Error), errors);
        diagnostic::render_all(
            &checked.diagnostics,
            &checked.sources,
            false,
            &diagnostic::Wording::ENGLISH,
        )
        .len()
    });
}

/// Rendering alone: 8,000 diagnostics of a 2 MB file, every one of them (the cap aside).
#[divan::bench(sample_count = 10)]
fn render_8000_diagnostics_of_a_2mb_file(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    errors::edition_with_errors(dir.path(), 20_000, 8_000, 0).expect("generated");
    let checked = check(&ContentLocation::Folder(dir.path().into()), 2);
    bencher.bench(|| {
        checked
            .diagnostics
            .iter()
            .map(|d| {
                d.render(&checked.sources, false, &diagnostic::Wording::ENGLISH)
                    .len()
            })
            .sum::<usize>()
    });
}

/// What `confer print` reads of two editions of `people` people each (two 13 MB files at
/// 100,000), one after the other; and `confer check` of them. The peak memory of the
/// binary on the same case is measured with `/usr/bin/time -f %M` (see examples/cases.rs).
#[divan::bench(args = [10_000, 100_000], sample_count = 3)]
fn read_two_editions_of_n_people(bencher: divan::Bencher, people: usize) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    people::two_editions(dir.path(), people).expect("generated");
    let location = ContentLocation::Folder(dir.path().into());
    bencher.bench(|| {
        let mut library = Library::open(&location);
        let ids: Vec<_> = library
            .index
            .editions()
            .map(|(_, e)| e.id.clone())
            .collect();
        assert!(library.read_at(&ids, Pace::OneAtATime).is_empty());
        library.stats.entries
    });
}

#[divan::bench(args = [10_000, 100_000], sample_count = 3)]
fn check_two_editions_of_n_people(bencher: divan::Bencher, people: usize) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    people::two_editions(dir.path(), people).expect("generated");
    let location = ContentLocation::Folder(dir.path().into());
    bencher.bench(|| check(&location, 2).stats.entries);
}
