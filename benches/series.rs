//! `confer series` of the large archive (50 editions of 2,000 people, 21 MB), in process:
//! the index opened, every edition of the series read and gathered into the model, and the
//! model printed as text, as the command does. The whole process, and its peak memory, is
//! measured with `/usr/bin/time -f '%e s %M KiB' target/release/confer series --content DIR`
//! on the folder `cargo run --release --example generate -- DIR` writes.

#[path = "support/generate.rs"]
mod generate;

use std::path::Path;

use confer::content::{ContentLocation, Library};
use confer::i18n::Lang;
use confer::text::Profile;

fn main() {
    // As the binary does, so that reading here costs what it costs there.
    confer::allocator::tune();
    divan::main();
}

/// The archive, made once for the benches below.
fn archive() -> &'static Path {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        generate::generate(dir.path(), 1, 50, 2000).expect("generated");
        dir
    })
    .path()
}

/// The model of the archive's series: the index opened, then its 50 editions read (on
/// both cores where there are two) and gathered.
#[divan::bench(sample_count = 10)]
fn series_read_50_editions_100k_people(bencher: divan::Bencher) {
    let location = ContentLocation::Folder(archive().into());
    bencher.bench(|| {
        let library = Library::open(&location);
        let read = confer::series::read(&library, "series-0", &mut |_, _| ()).expect("read");
        assert!(read.left_out.is_empty());
        read.model.people.len()
    });
}

/// As `confer series` runs: the model read, then printed as text at 100 columns.
#[divan::bench(sample_count = 10)]
fn series_text_50_editions_100k_people(bencher: divan::Bencher) {
    let location = ContentLocation::Folder(archive().into());
    let options = confer::series::TextOptions {
        width: 100,
        lang: Lang::En,
        color: false,
        profile: Profile::default(),
    };
    bencher.bench(|| {
        let library = Library::open(&location);
        let read = confer::series::read(&library, "series-0", &mut |_, _| ()).expect("read");
        confer::series::text(&read.model, &options).len()
    });
}
