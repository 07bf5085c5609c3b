//! The case of issue 29's memory item: one series and two editions of `people` people each,
//! at about 130 bytes a person, so that 100,000 people make two 13 MB files (the format
//! allows 16 MiB). Half the people of the first edition return in the second, so that the
//! comparison has pairs as well as people on one side. Deterministic.

use std::fmt::Write as _;
use std::path::Path;

/// Writes `root/big/series.toml`, `root/big/2024.toml` and `root/big/2025.toml`.
pub fn two_editions(root: &Path, people: usize) -> std::io::Result<()> {
    let dir = root.join("big");
    std::fs::create_dir_all(&dir)?;
    std::fs::write(
        dir.join("series.toml"),
        "format = 1\n[series]\nname = { en = \"Big\", ja = \"大\" }\n\
         [[sources]]\nid = \"src\"\ntitle = { en = \"Source\", ja = \"出典\" }\n",
    )?;
    for (year, first) in [(2024, 0), (2025, people / 2)] {
        std::fs::write(
            dir.join(format!("{year}.toml")),
            edition(year, first..first + people),
        )?;
    }
    Ok(())
}

fn edition(year: usize, people: std::ops::Range<usize>) -> String {
    let orgs = (people.len() / 100).max(1);
    let mut out = format!(
        "format = 1\n[edition]\nname = {{ en = \"Big {year}\", ja = \"大{year}\" }}\n\
         year = {year}\nstart = {year}-11-01\nend = {year}-11-03\n\
         place = {{ en = \"Wuzhen\", ja = \"烏鎮\" }}\nsources = [\"src\"]\n"
    );
    for k in 0..orgs {
        let _ = write!(
            out,
            "[[orgs]]\nid = \"o{k}\"\nname = {{ en = \"Org {k}\", ja = \"組織{k}\" }}\n"
        );
    }
    for k in 0..30 {
        let _ = write!(
            out,
            "[[sessions]]\nid = \"s{k}\"\nday = {}\ntitle = {{ en = \"Session {k}\", ja = \"会{k}\" }}\n\
             sources = [\"src\"]\n",
            k % 3 + 1
        );
    }
    for p in people {
        let _ = write!(
            out,
            "[[people]]\nid = \"p{p}\"\nname = {{ en = \"Person {p}\", ja = \"人物{p}\" }}\n\
             org = \"o{}\"\nsessions = [\"s{}\"]\nsources = [\"src\"]\n",
            p % orgs,
            p % 30
        );
    }
    out
}
