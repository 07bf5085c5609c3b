//! A large content set for benchmarks: `series` series of `editions` editions, each with
//! `people` people, orgs, sessions, figures, topics, outcomes, timeline and notes, written
//! to the content format. Deterministic, so every run measures the same thing.

use std::fmt::Write as _;
use std::path::Path;

pub fn generate(root: &Path, series: usize, editions: usize, people: usize) -> std::io::Result<()> {
    for s in 0..series {
        let dir = root.join(format!("series-{s}"));
        std::fs::create_dir_all(&dir)?;
        std::fs::write(
            dir.join("series.toml"),
            format!(
                "format = 1\n[series]\nname = {{ en = \"Series {s}\", ja = \"シリーズ{s}\" }}\n\
                 [[sources]]\nid = \"src\"\ntitle = {{ en = \"Source\", ja = \"出典\" }}\n\
                 [[orgs]]\nid = \"shared-org\"\nname = {{ en = \"Shared organization\", ja = \"共通の組織\" }}\nkind = \"company\"\ncountry = \"JP\"\n"
            ),
        )?;
        for e in 0..editions {
            std::fs::write(dir.join(format!("{}.toml", 2000 + e)), edition(e, people))?;
        }
    }
    Ok(())
}

fn edition(e: usize, people: usize) -> String {
    let year = 2000 + e;
    let mut out = format!(
        "format = 1\n[edition]\nname = {{ en = \"Edition {e}\", ja = \"第{e}回\" }}\nyear = {year}\n\
         start = {year}-11-01\nend = {year}-11-03\nplace = {{ en = \"Wuzhen\", ja = \"烏鎮\" }}\n\
         summary = {{ en = \"A summary of the edition that runs to a few lines when wrapped.\", ja = \"烏鎮で開かれた会議には、内外のネット企業の大物が多数参加した。\" }}\nsources = [\"src\"]\n"
    );
    for k in 0..20 {
        let _ = write!(
            out,
            "[[figures]]\nkey = \"f{k}\"\nlabel = {{ en = \"Figure {k}\", ja = \"数字{k}\" }}\nvalue = {}\napprox = \"about\"\nunit = {{ en = \"people\", ja = \"人\" }}\nsources = [\"src\"]\n",
            1000 + e * 10 + k
        );
    }
    for k in 0..(people / 10).max(1) {
        let _ = write!(
            out,
            "[[orgs]]\nid = \"org-{k}\"\nname = {{ en = \"Organization {k}\", ja = \"組織{k}\" }}\nkind = \"company\"\ncountry = \"CN\"\n"
        );
    }
    for k in 0..30 {
        let _ = write!(
            out,
            "[[sessions]]\nid = \"s{k}\"\nday = {}\ntitle = {{ en = \"Session {k} on the digital economy\", ja = \"デジタル経済のセッション{k}\" }}\nkind = \"forum\"\nsources = [\"src\"]\n",
            k % 3 + 1
        );
    }
    for p in 0..people {
        let _ = write!(
            out,
            "[[people]]\nid = \"person-{p}\"\nname = {{ en = \"Person {p}\", ja = \"人物{p}\" }}\norg = \"org-{}\"\nrole = {{ en = \"Chief executive\", ja = \"最高経営責任者\" }}\nsessions = [\"s{}\"]\nsources = [\"src\"]\n",
            p % (people / 10).max(1),
            p % 30
        );
    }
    for k in 0..10 {
        let _ = write!(
            out,
            "[[topics]]\nid = \"t{k}\"\nlabel = {{ en = \"Topic {k}\", ja = \"テーマ{k}\" }}\nweight = {}\n",
            k % 3 + 1
        );
        let _ = write!(
            out,
            "[[outcomes]]\nid = \"o{k}\"\nkind = \"report\"\ntitle = {{ en = \"Report {k}\", ja = \"報告書{k}\" }}\ndate = \"{year}-11\"\nsources = [\"src\"]\n"
        );
        let _ = write!(
            out,
            "[[timeline]]\ndate = \"{year}-{:02}\"\ntitle = {{ en = \"Event {k}\", ja = \"出来事{k}\" }}\nsources = [\"src\"]\n",
            k + 1
        );
        let _ = write!(
            out,
            "[[notes]]\nid = \"n{k}\"\ntitle = {{ en = \"Note {k}\", ja = \"論評{k}\" }}\nbody = {{ en = \"A note about topic {k}.\", ja = \"テーマ{k}についての論評。\" }}\ntopic = \"t{k}\"\nsources = [\"src\"]\n"
        );
    }
    out
}
