//! Writes the large cases `check` and the explorer are measured on:
//! `cargo run --release --example cases -- people DIR [PEOPLE]`: one series, two editions of
//! PEOPLE people each (default 100,000: two files of about 13 MB);
//! `cargo run --release --example cases -- errors DIR [PEOPLE ERRORS WARNINGS]`: one
//! edition of PEOPLE people (default 20,000: about 2 MB), ERRORS of them with an unknown key
//! (default 8,000), WARNINGS without sources (default none).

#[path = "../benches/support/errors.rs"]
mod errors;
#[path = "../benches/support/people.rs"]
mod people;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |at: usize, default| {
        args.get(at)
            .and_then(|a| a.replace('_', "").parse().ok())
            .unwrap_or(default)
    };
    let written = match (args.first().map(String::as_str), args.get(1)) {
        (Some("people"), Some(dir)) => people::two_editions(dir.as_ref(), number(2, 100_000)),
        (Some("errors"), Some(dir)) => {
            let (people, errors, warnings) = (number(2, 20_000), number(3, 8_000), number(4, 0));
            errors::edition_with_errors(dir.as_ref(), people, errors, warnings)
        }
        _ => {
            eprintln!(
                "usage: cases people DIR [PEOPLE] | cases errors DIR [PEOPLE ERRORS WARNINGS]"
            );
            std::process::exit(2);
        }
    };
    if let Err(e) = written {
        eprintln!("cases: {e}");
        std::process::exit(1);
    }
}
