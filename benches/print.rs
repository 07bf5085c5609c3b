//! Load, compare and print the built-in content, in process: the work `confer print` does.

use confer::compare::{Side, compare};
use confer::content::{ContentLocation, Library, load};
use confer::editions::{choose, indices};
use confer::i18n::Lang;
use confer::print::{self, PrintOptions};
use confer::rows::Section;
use confer::text::Profile;

fn main() {
    // As the binary does, so that reading here costs what it costs there.
    confer::allocator::tune();
    divan::main();
}

fn options(lang: Lang) -> PrintOptions {
    PrintOptions {
        sections: Section::ALL.to_vec(),
        width: 100,
        lang,
        color: false,
        profile: Profile::default(),
    }
}

/// The whole of `confer print` but the process: open the index, read the two editions
/// shown (built in: read at build time), compare, lay out, print.
#[divan::bench(args = [Lang::En, Lang::Ja])]
fn open_read_compare_print(lang: Lang) -> usize {
    let mut library = Library::open(&ContentLocation::BuiltIn);
    let (l, r) = indices(&library.index, &[]).expect("two editions");
    let ids = [l, r].map(|at| library.index.get(at).expect("an edition").id.clone());
    assert!(library.read(&ids).is_empty());
    let side = |id| {
        let (series, edition) = library.edition(id).expect("read");
        Side { series, edition }
    };
    print::text(&compare(side(&ids[0]), side(&ids[1])), &options(lang)).len()
}

/// Opening the built-in content: its series file and the index of its editions.
#[divan::bench]
fn open_index() -> usize {
    Library::open(&ContentLocation::BuiltIn).index.len()
}

/// Every edition parsed from its TOML and checked, one after another (the series view's
/// cost, and `check`'s on one thread).
#[divan::bench]
fn load_and_check() -> usize {
    load(&ContentLocation::BuiltIn).stats.entries
}

#[divan::bench(args = [Lang::En, Lang::Ja])]
fn compare_and_print(bencher: divan::Bencher, lang: Lang) {
    let loaded = load(&ContentLocation::BuiltIn);
    let (left, right) = choose(&loaded.content, &[]).expect("two editions");
    bencher.bench(|| print::text(&compare(left, right), &options(lang)).len());
}

#[divan::bench]
fn compare_only(bencher: divan::Bencher) {
    let loaded = load(&ContentLocation::BuiltIn);
    let (left, right) = choose(&loaded.content, &[]).expect("two editions");
    bencher.bench(|| compare(left, right).figures.len());
}
