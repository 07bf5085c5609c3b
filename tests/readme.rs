//! The README's console examples, run: each `$ confer …` line followed by output in a
//! ```console block must print exactly that output (with `| head -N` taken as head does),
//! so that the tour a reader follows is the program they get.

mod common;

use common::confer;

/// A command of the README and the output it shows.
struct Example {
    line: usize,
    args: Vec<String>,
    head: Option<usize>,
    shown: String,
}

/// Every example with output in the README's console blocks. A command that writes to a
/// file, a pager or a terminal shows no output and is not run.
fn examples(readme: &str) -> Vec<Example> {
    let mut out = Vec::new();
    let mut in_console = false;
    let mut current: Option<(usize, String, Vec<String>)> = None;
    let mut finish = |current: &mut Option<(usize, String, Vec<String>)>| {
        if let Some((line, command, mut shown)) = current.take() {
            while shown.last().is_some_and(|l| l.is_empty()) {
                shown.pop();
            }
            if shown.is_empty() {
                return;
            }
            let (command, head) = match command.split_once(" | head -") {
                Some((command, n)) => (command.to_string(), n.trim().parse().ok()),
                None => (command, None),
            };
            let args = command
                .split_whitespace()
                .skip(1)
                .map(String::from)
                .collect();
            out.push(Example {
                line,
                args,
                head,
                shown: shown.join("\n"),
            });
        }
    };
    for (n, text) in readme.lines().enumerate() {
        if text.starts_with("```") {
            finish(&mut current);
            in_console = text == "```console";
            continue;
        }
        if !in_console {
            continue;
        }
        if let Some(command) = text.strip_prefix("$ ") {
            finish(&mut current);
            let command = command.split("  #").next().unwrap_or(command).trim_end();
            if command.starts_with("confer") {
                current = Some((n + 1, command.to_string(), Vec::new()));
            }
        } else if text.starts_with("# ") {
            finish(&mut current);
        } else if let Some((_, _, shown)) = current.as_mut() {
            shown.push(text.to_string());
        }
    }
    finish(&mut current);
    out
}

#[test]
fn every_console_example_prints_what_the_readme_shows() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let examples = examples(&readme);
    assert!(
        examples.len() >= 5,
        "the README's tour has examples with output: {}",
        examples.len()
    );
    let mut wrong = Vec::new();
    for example in &examples {
        let args: Vec<&str> = example.args.iter().map(String::as_str).collect();
        let run = confer(&args);
        assert_eq!(run.code, 0, "README line {}: {}", example.line, run.stderr);
        let lines: Vec<&str> = run.stdout.lines().collect();
        let printed = lines[..example.head.unwrap_or(lines.len()).min(lines.len())]
            .join("\n")
            .trim_end()
            .to_string();
        if printed != example.shown {
            wrong.push(format!(
                "README line {} `confer {}`:\n--- shown\n{}\n--- printed\n{printed}",
                example.line,
                args.join(" "),
                example.shown
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}
