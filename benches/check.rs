//! `confer check` of a file with many errors, in process: read, judge, render the
//! diagnostics as `check` prints them. The time should follow the file, not the file times
//! the errors.

#[path = "support/errors.rs"]
mod errors;

use confer::content::{ContentLocation, check, diagnostic};

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
        diagnostic::render_all(&checked.diagnostics, &checked.sources, false).len()
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
            .map(|d| d.render(&checked.sources, false).len())
            .sum::<usize>()
    });
}
