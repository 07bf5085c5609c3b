//! The content format: finding files, reading them against the format, resolving references,
//! and the diagnostics `check` prints. `load` is the one entry point.
//!
//! Content built into an application is handed in as a type (`BuiltIn`): the crate knows
//! no content of its own.

pub mod allocator;
mod builtin;
mod check;
mod compiled;
mod country;
mod country_names;
pub mod decode;
pub mod diagnostic;
pub mod embed;
pub mod fields;
pub mod files;
mod grammar;
pub mod hash;
mod index;
mod library;
mod load;
pub mod model;
pub mod parse;
mod raw;
mod reading;
pub mod regular;
mod resolve;
pub mod sanitize;
mod stats;

pub use builtin::{BuiltIn, BuiltinFile, NoBuiltIn};
pub use check::{Checked, check, check_knowing, check_telling};
/// For the application's build script, which compiles its built-in content with this crate.
pub use compiled::compile;
pub use country_names::country_name;
pub use diagnostic::{Diagnostic, Location, Severity, SourceMap, sort_refs};
pub use files::{ContentLocation, MAX_FILE_BYTES, missing_folder};
pub use reading::Judged;

/// For `confer schema`, whose patterns and lists must say what the loader checks.
pub use country::codes as country_codes;
pub use grammar::{
    ID_PATTERN, LANGUAGE_TAG_PATTERN, PARTIAL_DATE_PATTERN, closest, id_help, is_id,
};
#[doc(hidden)]
pub use grammar::{is_language_tag, parse_partial_date};
pub use index::{Index, IndexedEdition, IndexedSeries};
pub use library::{Library, Pace};
pub use load::{Loaded, load};
pub use model::*;
pub use stats::Stats;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_string_text_is_what_every_reader_sees() {
        let loaded = load::<NoBuiltIn>(&ContentLocation::Folder(
            concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/good").into(),
        ));
        assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
        let series = &loaded.content.series[0];
        assert_eq!(series.name.get("ja"), "NETmundial");
        let about = series.about.as_ref().unwrap().get("en");
        assert!(
            about.contains('\n') && about.contains('\t'),
            "paragraphs keep breaks: {about:?}"
        );
        let edition = &series.editions[0];
        assert_eq!(
            edition.people[0].org.as_ref().unwrap().name.get("en"),
            "ICANN"
        );
        assert_eq!(edition.people[0].sessions[0].id, "plenary");
        assert_eq!(edition.figures[0].approx, Approx::Under);
        assert_eq!(
            edition.notes[0].topic.as_ref().unwrap().scope,
            Scope::Series
        );
    }
}
