//! Listing the content built into the binary, as a folder would be listed.

use crate::builtin::BuiltinFile;
use crate::diagnostic::{Location, Problem};
use crate::grammar::is_id;

use super::{FoundEdition, FoundSeries, MAX_FILE_BYTES, Member, Place, Reader, member};

impl Reader {
    /// Reads the built-in copy of `content/` (a list of paths, as build.rs found them).
    pub fn builtin(&mut self, files: &'static [BuiltinFile]) -> Vec<FoundSeries> {
        let shown = |relative: &str| format!("<built-in>/{relative}");
        let series_of = |relative: &str| {
            relative
                .split_once('/')
                .filter(|(_, name)| !name.contains('/'))
                .map(|(series, _)| series.to_string())
        };
        let series_names: Vec<String> = files
            .iter()
            .filter_map(|file| file.path.strip_suffix("/series.toml"))
            .filter(|series| !series.contains('/'))
            .map(str::to_string)
            .collect();
        for BuiltinFile { path: relative, .. } in files {
            if !series_of(relative).is_some_and(|s| series_names.contains(&s)) {
                let problem = Problem::IgnoredBuiltIn {
                    path: relative.to_string(),
                };
                self.report(problem, Location::Path(shown(relative)));
            }
        }
        let mut found = Vec::new();
        for series in series_names {
            if !is_id(&series) {
                self.bad_series_name(&series, shown(&series));
                continue;
            }
            let mut series_file = None;
            let mut compiled = None;
            let mut editions = Vec::new();
            // series.toml first, as on disk, so that diagnostics follow the order of reading.
            let mut members: Vec<_> = files.iter().collect();
            members.sort_by_key(|file| !file.path.ends_with("/series.toml"));
            for file in members {
                let (relative, bytes) = (file.path, file.toml);
                if series_of(relative).as_ref() != Some(&series) {
                    continue;
                }
                let name = &relative[series.len() + 1..];
                if bytes.len() as u64 > MAX_FILE_BYTES {
                    self.too_large(shown(relative), bytes.len() as u64);
                    continue;
                }
                match member(name) {
                    Member::SeriesFile => {
                        series_file = self.add_text(shown(relative), bytes.into());
                        compiled = Some(file);
                    }
                    Member::Edition(stem) => {
                        let name = shown(relative);
                        editions.push(FoundEdition {
                            stem: stem.to_string(),
                            file: self.sources.reserve(name.clone()),
                            name,
                            place: Place::BuiltIn(file),
                            stamp: None,
                        });
                    }
                    Member::BadStem(stem) => self.bad_stem(stem, shown(relative)),
                    Member::NotToml => {
                        let problem = Problem::IgnoredInSeries {
                            name: name.to_string(),
                            folder: false,
                        };
                        self.report(problem, Location::Path(shown(relative)));
                    }
                }
            }
            if let Some(series_file) = series_file {
                found.push(FoundSeries {
                    id: series,
                    series_file,
                    editions,
                    compiled,
                });
            }
        }
        found
    }
}
