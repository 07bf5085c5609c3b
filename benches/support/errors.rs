//! A content folder whose one edition holds `people` people: `errors` of them with an
//! unknown key `rol` (one error each) and `warnings` without sources (one warning each),
//! each kind spread evenly through the file. What `check` prints for a large file with many
//! mistakes; about 95 bytes a person. Deterministic.

use std::fmt::Write as _;
use std::path::Path;

/// Writes `root/bad/series.toml` and `root/bad/2024.toml`.
pub fn edition_with_errors(
    root: &Path,
    people: usize,
    errors: usize,
    warnings: usize,
) -> std::io::Result<()> {
    let dir = root.join("bad");
    std::fs::create_dir_all(&dir)?;
    std::fs::write(
        dir.join("series.toml"),
        "format = 1\n[series]\nname = { en = \"Bad\" }\n\
         [[sources]]\nid = \"src\"\ntitle = { en = \"Source\" }\n",
    )?;
    let mut out = String::from(
        "format = 1\n[edition]\nname = { en = \"Bad 2024\" }\nyear = 2024\n\
         start = 2024-11-01\nend = 2024-11-03\nplace = { en = \"Wuzhen\" }\nsources = [\"src\"]\n",
    );
    let mut error = Spread::new(people, errors);
    let mut warning = Spread::new(people, warnings);
    for p in 0..people {
        let _ = write!(
            out,
            "[[people]]\nid = \"p{p}\"\nname = {{ en = \"Person {p}\", ja = \"人物{p}\" }}\n"
        );
        if error.next(p) {
            out.push_str("rol = \"x\"\n");
        }
        if !warning.next(p) {
            out.push_str("sources = [\"src\"]\n");
        }
    }
    std::fs::write(dir.join("2024.toml"), out)
}

/// `count` of `of` places, every `of / count`-th one from the first.
struct Spread {
    every: usize,
    left: usize,
}

impl Spread {
    fn new(of: usize, count: usize) -> Spread {
        Spread {
            every: of.checked_div(count).unwrap_or(usize::MAX).max(1),
            left: count,
        }
    }

    /// Whether place `at` is one of them.
    fn next(&mut self, at: usize) -> bool {
        let hit = self.left > 0 && at.is_multiple_of(self.every);
        self.left -= usize::from(hit);
        hit
    }
}
