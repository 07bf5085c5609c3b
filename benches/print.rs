//! Load, compare and print the built-in content, in process: the work `confer print` does.

use confer::compare::compare;
use confer::content::{ContentLocation, load};
use confer::editions::choose;
use confer::i18n::Lang;
use confer::print::{self, PrintOptions};
use confer::rows::Section;
use confer::text::Profile;

fn main() {
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

/// The whole of `confer print` but the process: load and check, compare, lay out, print.
#[divan::bench(args = [Lang::En, Lang::Ja])]
fn load_compare_print(lang: Lang) -> usize {
    let loaded = load(&ContentLocation::BuiltIn);
    let (left, right) = choose(&loaded.content, &[]).expect("two editions");
    print::text(&compare(left, right), &options(lang)).len()
}

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
