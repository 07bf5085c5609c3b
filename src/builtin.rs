//! The content built into the binary: `content/` as build.rs found, checked and compiled
//! it (a broken file fails the build, with the diagnostics `confer check` prints).

use confer_content::{BuiltIn, BuiltinFile};

pub static FILES: &[BuiltinFile] = include!(concat!(env!("OUT_DIR"), "/builtin_content.rs"));

/// What `ContentLocation::BuiltIn` reads in this binary (`content::Library`, `content::load`).
#[derive(Debug)]
pub struct Builtin;

impl BuiltIn for Builtin {
    const FILES: &'static [BuiltinFile] = FILES;
    /// The World Internet Conference comes first and is compared by default (its first
    /// edition against its latest); the IGF, the model it is measured against, follows.
    const LEAD_SERIES: Option<&'static str> = Some("wic");
}

#[cfg(test)]
mod tests {
    use crate::content::*;

    #[test]
    fn built_in_content_loads_clean_with_references_resolved() {
        let loaded = load(&ContentLocation::BuiltIn);
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        let ids: Vec<String> = loaded
            .content
            .editions()
            .map(|(_, e)| e.id.to_string())
            .collect();
        // The lead series first, then the IGF, each in date order.
        let wic = (2014..=2025).map(|y| format!("wic/{y}"));
        let igf = (2006..=2025).map(|y| format!("igf/{y}"));
        let years: Vec<String> = wic.chain(igf).collect();
        assert_eq!(ids, years, "twelve editions of wic, then twenty of the IGF");

        let (series, first) = loaded.content.editions().next().unwrap();
        let declaration = first
            .outcomes
            .iter()
            .find(|o| o.id == "wuzhen-declaration")
            .unwrap();
        // A series-level source cited from an edition is the series' own entry, not a copy.
        let yomiuri = declaration
            .sources
            .iter()
            .find(|s| s.id == "yomiuri-2014-11-21")
            .unwrap();
        assert_eq!(yomiuri.scope, Scope::Series);
        assert!(
            series
                .own_sources
                .iter()
                .any(|s| std::sync::Arc::ptr_eq(s, yomiuri))
        );
        assert_eq!(declaration.status, Some(OutcomeStatus::Withdrawn));
        assert_eq!(declaration.topics[0].id, "sovereignty");
    }

    /// The built-in content is read from the form build.rs compiled it into, its texts
    /// borrowed from the binary: it must be exactly what its TOML says.
    #[test]
    fn built_in_content_from_its_compiled_form_is_its_toml() {
        let compiled = load(&ContentLocation::BuiltIn);
        let parsed = load(&ContentLocation::Folder(
            concat!(env!("CARGO_MANIFEST_DIR"), "/content").into(),
        ));
        assert!(compiled.diagnostics.is_empty() && parsed.diagnostics.is_empty());
        assert_eq!(compiled.content.series.len(), parsed.content.series.len());
        // The folder lists its series by id; the binary puts its lead series first.
        for from_binary in &compiled.content.series {
            let from_toml = (parsed.content.series.iter())
                .find(|s| s.id == from_binary.id)
                .unwrap();
            assert_eq!(from_binary.name, from_toml.name);
            assert_eq!(from_binary.editions.len(), from_toml.editions.len());
            for (a, b) in from_binary.editions.iter().zip(&from_toml.editions) {
                assert_eq!(format!("{a:?}"), format!("{b:?}"), "{}", a.id);
            }
        }
        let first = &compiled.content.series[0].editions[0];
        assert!(first.people.iter().any(|p| p.name.get("ja").contains('習')));
    }
}
