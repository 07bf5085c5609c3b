//! The loader never panics, whatever a file holds: arbitrary text, TOML-shaped noise, and
//! the built-in content with bytes cut out or put in.

use confer::content::{ContentLocation, load};
use proptest::prelude::*;

const SERIES: &str = "format = 1\n[series]\nname = \"S\"\n";
const BUILTIN_2014: &str = include_str!("../content/wic/2014.toml");

fn load_edition(text: &[u8]) -> usize {
    let dir = tempfile::tempdir().unwrap();
    let series = dir.path().join("s");
    std::fs::create_dir(&series).unwrap();
    std::fs::write(series.join("series.toml"), SERIES).unwrap();
    std::fs::write(series.join("2020.toml"), text).unwrap();
    let loaded = load(&ContentLocation::Folder(dir.path().into()));
    // Every problem names where it is.
    for d in &loaded.diagnostics {
        assert!(d.position(&loaded.sources).is_some(), "{d:?}");
    }
    loaded.diagnostics.len()
}

fn toml_noise() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("format = 1\n".to_string()),
        Just("[edition]\n".to_string()),
        Just("[[people]]\n".to_string()),
        Just("[[figures]]\n".to_string()),
        "[a-z]{1,8} = \"[^\"\\\\]{0,10}\"\n",
        "[a-z]{1,8} = [0-9.e+-]{1,8}\n",
        "[a-z]{1,8} = \\{ [a-z]{2} = \"x\" \\}\n",
        "[a-z]{1,8} = \\[\"[a-z]{1,5}\"\\]\n",
        "start = [0-9]{4}-[0-9]{2}-[0-9]{2}\n",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        load_edition(&bytes);
    }

    #[test]
    fn toml_shaped_noise_never_panics(text in toml_noise()) {
        load_edition(text.as_bytes());
    }

    #[test]
    fn the_built_in_content_damaged_never_panics(
        at in 0usize..BUILTIN_2014.len(),
        cut in 0usize..40,
        insert in "[\\[\\]{}=\",\\n a-z0-9]{0,5}",
    ) {
        let mut bytes = BUILTIN_2014.as_bytes().to_vec();
        let end = (at + cut).min(bytes.len());
        bytes.splice(at..end, insert.bytes());
        load_edition(&bytes);
    }
}
