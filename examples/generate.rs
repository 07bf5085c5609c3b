//! Writes the large benchmark content set: `cargo run --release --example generate -- DIR
//! [SERIES EDITIONS PEOPLE]` (default 1 series of 50 editions with 2,000 people each).

#[path = "../benches/support/generate.rs"]
mod generate;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: generate DIR [SERIES EDITIONS PEOPLE]");
        std::process::exit(2);
    };
    let mut number = |default| args.next().and_then(|a| a.parse().ok()).unwrap_or(default);
    let (series, editions, people) = (number(1), number(50), number(2000));
    if let Err(e) = generate::generate(std::path::Path::new(&dir), series, editions, people) {
        eprintln!("generate: {e}");
        std::process::exit(1);
    }
}
