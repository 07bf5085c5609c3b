//! Completion as the shells ask for it: the script `confer completions SHELL` prints runs
//! `COMPLETE=SHELL confer -- WORDS...` on each Tab, and confer answers with what fits, edition
//! and series ids from the content the line names among them.

mod common;

use std::path::Path;
use std::process::Command;

use clap::ValueEnum;
use clap_complete::Shell;
use common::confer;

/// What confer answers `shell` for the line `words`, the last word being completed, with the
/// variables each shell's registration script sets; its stdout split into candidates (the
/// value only, without the help zsh and fish get after it), and its stderr.
fn complete_in(
    dir: &Path,
    shell: &str,
    words: &[&str],
    env: &[(&str, &str)],
) -> (Vec<String>, String) {
    let index = (words.len() - 1).to_string();
    let output = Command::new(env!("CARGO_BIN_EXE_confer"))
        .current_dir(dir)
        .env_remove("CONFER_CONTENT")
        .env_remove("CONFER_LANG")
        .env("CONFER_CONFIG", "/nonexistent/confer-test-config.toml")
        .env("LANG", "C.UTF-8")
        .env("COMPLETE", shell)
        // bash's and zsh's scripts say which word is being completed, and how they are
        // separated; fish and the others complete the last one.
        .env("_CLAP_COMPLETE_INDEX", &index)
        .env("_CLAP_IFS", "\n")
        .envs(env.iter().copied())
        .arg("--")
        .args(words)
        .output()
        .expect("the confer binary runs");
    assert!(output.status.success(), "{shell} {words:?}: {output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let candidates = stdout
        .lines()
        .map(|line| {
            // zsh: value:help (a ':' in a value escaped); fish and PowerShell: value<TAB>help.
            let value = line.split('\t').next().unwrap_or("");
            match shell {
                "zsh" => value.split(':').next().unwrap_or("").to_string(),
                _ => value.to_string(),
            }
        })
        .filter(|c| !c.is_empty())
        .collect();
    (
        candidates,
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn complete(shell: &str, words: &[&str]) -> Vec<String> {
    let (candidates, stderr) =
        complete_in(Path::new(env!("CARGO_MANIFEST_DIR")), shell, words, &[]);
    assert!(stderr.is_empty(), "{shell} {words:?}: {stderr}");
    candidates
}

const SHELLS: [&str; 5] = ["bash", "zsh", "fish", "elvish", "powershell"];

const BUILTIN_EDITIONS: [&str; 12] = [
    "wic/2014", "wic/2015", "wic/2016", "wic/2017", "wic/2018", "wic/2019", "wic/2020", "wic/2021",
    "wic/2022", "wic/2023", "wic/2024", "wic/2025",
];

#[test]
fn print_completes_the_built_in_editions_in_every_shell() {
    for shell in SHELLS {
        assert_eq!(
            complete(shell, &["confer", "print", "wic/20"]),
            BUILTIN_EDITIONS,
            "{shell}"
        );
        assert_eq!(
            complete(shell, &["confer", "print", "wic/2014", "wic/202"]),
            [
                "wic/2020", "wic/2021", "wic/2022", "wic/2023", "wic/2024", "wic/2025"
            ],
            "{shell}: the second edition"
        );
    }
}

#[test]
fn every_argument_that_takes_an_edition_or_a_series_completes_it() {
    for line in [
        &["confer", "wic/201"][..],
        &["confer", "present", "wic/201"],
        &["confer", "present", "--deck", "talk.toml", "wic/201"],
        &["confer", "export", "--format", "csv", "wic/2014", "wic/201"],
        &["confer", "print", "--width", "80", "igf/201"],
    ] {
        let got = complete("bash", line);
        assert!(
            got.iter().any(|c| c.ends_with("2015")) && got.iter().all(|c| c.contains("201")),
            "{line:?}: {got:?}"
        );
    }
    // A stem alone where one series has it: 2014 to 2019 are wic's and the IGF's.
    assert_eq!(
        complete("bash", &["confer", "print", "201"]),
        ["2010", "2011", "2012", "2013"]
    );
    assert_eq!(complete("bash", &["confer", "series", "w"]), ["wic"]);
    assert_eq!(complete("bash", &["confer", "series", "wic", "i"]), ["igf"]);
    assert_eq!(complete("fish", &["confer", "new", "w"]), ["wic/"]);
}

#[test]
fn the_content_named_on_the_line_or_in_the_environment_is_the_one_completed() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for shell in ["bash", "zsh", "fish"] {
        assert_eq!(
            complete(
                shell,
                &[
                    "confer",
                    "--content",
                    "tests/fixtures/series",
                    "print",
                    "yearly/20"
                ]
            ),
            ["yearly/2022", "yearly/2023", "yearly/2024"],
            "{shell}"
        );
        // After the command, and written with '='.
        assert_eq!(
            complete(
                shell,
                &["confer", "print", "--content=tests/fixtures/series", "two/"]
            ),
            ["two/2020", "two/2021"],
            "{shell}"
        );
        let (from_env, stderr) = complete_in(
            &fixtures,
            shell,
            &["confer", "series", ""],
            &[("CONFER_CONTENT", "series")],
        );
        assert!(stderr.is_empty(), "{stderr}");
        assert!(
            from_env.contains(&"two".to_string()) && from_env.contains(&"yearly".to_string()),
            "{shell}: {from_env:?}"
        );
        assert!(
            !from_env.contains(&"wic".to_string()),
            "{shell}: {from_env:?}"
        );
    }
}

#[test]
fn a_broken_or_missing_content_folder_completes_no_edition_and_says_nothing() {
    for folder in [
        "tests/fixtures/bad/unknown-key",
        "tests/fixtures/bad/many",
        "/nonexistent",
    ] {
        for shell in SHELLS {
            let got = complete(shell, &["confer", "--content", folder, "print", "wic/20"]);
            assert!(got.is_empty(), "{shell} {folder}: {got:?}");
        }
    }
}

#[test]
fn options_and_their_values_still_complete() {
    assert_eq!(
        complete("bash", &["confer", "print", "--section", "fig"]),
        ["figures"]
    );
    assert_eq!(complete("bash", &["confer", "pri"]), ["print"]);
    assert!(complete("bash", &["confer", "print", "--wi"]).contains(&"--width".to_string()));
    assert_eq!(
        complete("fish", &["confer", "--content", "tests/fixtures/ser"]),
        ["tests/fixtures/series/"]
    );
}

#[test]
fn zsh_and_fish_show_each_editions_label_and_dates() {
    let output = Command::new(env!("CARGO_BIN_EXE_confer"))
        .env("COMPLETE", "fish")
        .env("CONFER_CONFIG", "/nonexistent/confer-test-config.toml")
        .env_remove("CONFER_CONTENT")
        .args(["--", "confer", "print", "wic/2014"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.starts_with("wic/2014\t"), "{stdout}");
    assert!(stdout.contains("Nov 2014"), "{stdout}");
}

/// What `confer completions SHELL` prints: the registration that calls confer back with the
/// line, for every shell clap_complete can complete in this way.
#[test]
fn every_shell_gets_a_script_that_asks_confer() {
    for shell in Shell::value_variants() {
        let name = shell.to_possible_value().unwrap().get_name().to_string();
        let run = confer(&["completions", &name]);
        assert_eq!(run.code, 0, "{name}: {}", run.stderr);
        assert!(run.stdout.contains("COMPLETE"), "{name}: {}", run.stdout);
        assert!(run.stdout.contains("confer"), "{name}: {}", run.stdout);
    }
    let zsh = confer(&["completions", "zsh"]).stdout;
    assert!(
        zsh.starts_with("#compdef confer\n"),
        "on $fpath as _confer: {zsh}"
    );
}

/// The bash script, sourced in a real bash, completes `confer print wic/20` through its
/// completion function as Tab does.
#[test]
fn bash_completes_through_the_script() {
    let script = confer(&["completions", "bash"]).stdout;
    let program = Path::new(env!("CARGO_BIN_EXE_confer"));
    // The script calls confer as it was started: here the test's absolute path.
    assert!(script.contains(program.to_str().unwrap()), "{script}");
    let driver = format!(
        "{script}\n\
         COMP_WORDS=(confer print wic/20); COMP_CWORD=2; COMP_TYPE=9\n\
         _clap_complete_confer confer wic/20 print\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"\n"
    );
    let Ok(output) = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &driver])
        .env("CONFER_CONFIG", "/nonexistent/confer-test-config.toml")
        .env_remove("CONFER_CONTENT")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
    else {
        eprintln!("skipped: no bash");
        return;
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.is_empty(), "{stderr}");
    let replies: Vec<&str> = stdout.lines().collect();
    assert_eq!(replies, BUILTIN_EDITIONS);
}
