//! Content an application builds into itself, read as `ContentLocation::BuiltIn`. This crate
//! builds nothing in: the application's build script checks and compiles its own folder
//! with this crate, and hands the files in through `BuiltIn`.

/// One file of the built-in content, as the application's build script embedded it.
#[derive(Debug)]
pub struct BuiltinFile {
    /// The path under `content/` (`wic/2014.toml`).
    pub path: &'static str,
    /// The file as written: for `check`, and for showing any line of it.
    pub toml: &'static [u8],
    /// Its raw form (a series or an edition file), or empty for a file that is not one.
    pub compiled: &'static [u8],
    /// An edition's `[edition]` table alone, for the index; empty for other files.
    pub header: &'static [u8],
}

/// What `ContentLocation::BuiltIn` reads. A type rather than a value so that the
/// application can name its `Library` once (`type Library = confer_content::Library<Its>`)
/// and every `Library::open(&ContentLocation::BuiltIn)` finds its files.
pub trait BuiltIn {
    const FILES: &'static [BuiltinFile];
    /// The series listed first and compared by default; the others follow in the order of
    /// their ids, as a folder's series all do.
    const LEAD_SERIES: Option<&'static str> = None;
}

/// Moves the lead series, where there is one, to the front of series sorted by id.
pub(crate) fn lead_first<T>(series: &mut [T], lead: Option<&str>, id: impl Fn(&T) -> &str) {
    let Some(lead) = lead else { return };
    if let Some(at) = series.iter().position(|s| id(s) == lead) {
        series[..=at].rotate_right(1);
    }
}

/// Nothing built in: `ContentLocation::BuiltIn` is an empty folder (build scripts, tests).
#[derive(Debug)]
pub struct NoBuiltIn;

impl BuiltIn for NoBuiltIn {
    const FILES: &'static [BuiltinFile] = &[];
}

#[cfg(test)]
mod tests {
    use super::lead_first;

    #[test]
    fn the_lead_series_comes_first_and_the_rest_keep_their_order() {
        let mut ids = vec!["alpha", "igf", "netmundial", "wic"];
        lead_first(&mut ids, Some("wic"), |s| s);
        assert_eq!(ids, ["wic", "alpha", "igf", "netmundial"]);
        lead_first(&mut ids, Some("absent"), |s| s);
        assert_eq!(
            ids,
            ["wic", "alpha", "igf", "netmundial"],
            "no lead there: as it was"
        );
        lead_first(&mut ids, None, |s| s);
        assert_eq!(ids, ["wic", "alpha", "igf", "netmundial"]);
    }
}
