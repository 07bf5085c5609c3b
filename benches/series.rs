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
    let options = text_options();
    bencher.bench(|| {
        let library = Library::open(&location);
        let read = confer::series::read(&library, "series-0", &mut |_, _| ()).expect("read");
        confer::series::text(&read.model, &options).len()
    });
}

/// Two series of the archive's size side by side, laid out as `confer series series-0
/// series-1` prints them at 100 columns: the models read once, outside the timing, so that
/// this is the cost of pairing the figures, the themes and the 2,000 people listed in both.
#[divan::bench(sample_count = 10)]
fn pair_text_two_series_of_50_editions_each(bencher: divan::Bencher) {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let dir = DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        generate::generate(dir.path(), 2, 50, 2000).expect("generated");
        dir
    });
    let library = Library::open(&ContentLocation::Folder(dir.path().into()));
    let read = |id: &str| {
        let read = confer::series::read(&library, id, &mut |_, _| ()).expect("read");
        assert!(read.left_out.is_empty());
        read.model
    };
    let (first, second) = (read("series-0"), read("series-1"));
    let options = text_options();
    bencher.bench(|| {
        let pair = confer::series::pair::Pair {
            first: &first,
            second: &second,
        };
        confer::series::pair_text(pair, &options).len()
    });
}

/// `confer series wic igf` on the built-in content, in process: both series read (32
/// editions) and laid out side by side.
#[divan::bench(sample_count = 20)]
fn pair_text_built_in_wic_and_igf(bencher: divan::Bencher) {
    let options = text_options();
    bencher.bench(|| {
        let library = Library::open(&ContentLocation::BuiltIn);
        let read = |id: &str| confer::series::read(&library, id, &mut |_, _| ()).expect("read");
        let (wic, igf) = (read("wic").model, read("igf").model);
        let pair = confer::series::pair::Pair {
            first: &wic,
            second: &igf,
        };
        confer::series::pair_text(pair, &options).len()
    });
}

fn text_options() -> confer::series::TextOptions {
    confer::series::TextOptions {
        width: 100,
        lang: Lang::En,
        color: false,
        profile: Profile::default(),
    }
}
